-- Links: a child (or a sibling group to be placed together) and a household, from the shortlist to the
-- placement. The current step and the status are not stored: they follow from the dated steps, the
-- closing and the placement (see docs/matching.md).
CREATE TABLE matching_link (
  id                      UUID PRIMARY KEY,
  household_id            UUID NOT NULL, -- a hub agency's household, or an outside agency's entered by hand
  household_agency_id     VARCHAR(60) NOT NULL,
  searching_agency_id     VARCHAR(60) NOT NULL,
  borough_code            VARCHAR(9) NOT NULL,
  search_id               UUID,
  closed_on               DATE,
  close_reason            VARCHAR(40),
  close_shared            VARCHAR(2000),
  close_note              VARCHAR(2000),
  closed_by               VARCHAR(100),
  closed_at               TIMESTAMP WITH TIME ZONE,
  placement_kind          VARCHAR(20),
  provider_agency_id      VARCHAR(60),
  provider_agency_name    VARCHAR(200),
  provider_agency_kind    VARCHAR(40),
  provider_in_london      BOOLEAN,
  fee_pence               BIGINT,
  fee_basis               VARCHAR(1000),
  fee_unconfirmed         BOOLEAN,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  version                 INT NOT NULL
);
CREATE INDEX matching_link_by_agency ON matching_link (searching_agency_id);
CREATE INDEX matching_link_by_borough ON matching_link (borough_code);
CREATE INDEX matching_link_by_household ON matching_link (household_id);

-- The child, or each child of the sibling group, in the order given.
CREATE TABLE matching_link_child (
  link_id   UUID NOT NULL REFERENCES matching_link (id),
  position  INT NOT NULL,
  child_id  UUID NOT NULL REFERENCES child (id),
  PRIMARY KEY (link_id, position)
);
CREATE INDEX matching_link_child_by_child ON matching_link_child (child_id);

-- The dated steps, in the order recorded: never changed or deleted.
CREATE TABLE matching_link_step (
  link_id      UUID NOT NULL REFERENCES matching_link (id),
  position     INT NOT NULL,
  step         VARCHAR(30) NOT NULL,
  step_on      DATE NOT NULL,
  outcome      VARCHAR(30),
  note         VARCHAR(2000),
  recorded_by  VARCHAR(100) NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (link_id, position)
);
