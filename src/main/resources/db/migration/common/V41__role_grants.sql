-- A role with case access given by an administrator waits here until a second person approves it.
CREATE TABLE role_grant (
  id           UUID PRIMARY KEY,
  account_id   UUID NOT NULL REFERENCES staff_account (id),
  role         VARCHAR(40) NOT NULL,
  agency_id    VARCHAR(40),
  borough_code VARCHAR(9),
  requested_by UUID NOT NULL REFERENCES staff_account (id),
  requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by   UUID REFERENCES staff_account (id),
  decided_at   TIMESTAMP WITH TIME ZONE,
  outcome      VARCHAR(20)
);
CREATE INDEX role_grant_by_account ON role_grant (account_id);
