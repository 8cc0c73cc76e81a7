-- A public enquiry that shares an email address or phone number with an existing household of the same
-- agency is kept as its own household; staff decide whether it is the same family.
CREATE TABLE possible_duplicate (
  household_id  UUID NOT NULL REFERENCES household (id),
  other_id      UUID NOT NULL REFERENCES household (id),
  found_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  decision      VARCHAR(20),
  decided_by    VARCHAR(100),
  decided_at    TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (household_id, other_id)
);
