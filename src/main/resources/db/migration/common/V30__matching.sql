-- Matching: what the family finder records of a child for matching, family-finding searches with
-- their sign-offs, and the agency's matching settings.

-- The child's needs for matching (levels per need area), the contact in the plan, and the birth
-- family's borough when it is not the responsible borough. Special category data: never logged.
CREATE TABLE child_matching_needs (
  child_id              UUID PRIMARY KEY REFERENCES child (id),
  needs                 VARCHAR(400) NOT NULL,
  contact_plan          VARCHAR(200) NOT NULL,
  birth_family_borough  VARCHAR(9),
  recorded_by           VARCHAR(100) NOT NULL,
  recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A family-finding search for a child or a sibling group to be placed together, run by an agency.
CREATE TABLE family_finding_search (
  id            UUID PRIMARY KEY,
  agency_id     VARCHAR(60) NOT NULL,
  borough_code  VARCHAR(9) NOT NULL,
  started_by    VARCHAR(100) NOT NULL,
  started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  scope         VARCHAR(20) NOT NULL,
  widened_at    TIMESTAMP WITH TIME ZONE,
  widened_by    VARCHAR(100),
  version       INT NOT NULL
);

CREATE TABLE family_finding_search_child (
  search_id  UUID NOT NULL REFERENCES family_finding_search (id),
  position   INT NOT NULL,
  child_id   UUID NOT NULL REFERENCES child (id),
  PRIMARY KEY (search_id, position)
);
CREATE INDEX family_finding_search_child_by_child ON family_finding_search_child (child_id);

-- The two managers' sign-offs that allow a search to be widened to other agencies.
CREATE TABLE family_finding_sign_off (
  search_id   UUID NOT NULL REFERENCES family_finding_search (id),
  role        VARCHAR(40) NOT NULL,
  signed_by   VARCHAR(100) NOT NULL,
  signed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (search_id, role)
);

-- The agency's matching weights and distance policy; an agency with no row uses the documented defaults.
CREATE TABLE matching_settings (
  agency_id         VARCHAR(60) PRIMARY KEY,
  heritage          INT NOT NULL,
  religion          INT NOT NULL,
  language          INT NOT NULL,
  needs_capacity    INT NOT NULL,
  early_permanence  INT NOT NULL,
  contact           INT NOT NULL,
  distance          INT NOT NULL,
  distance_policy   VARCHAR(40) NOT NULL,
  changed_by        VARCHAR(100) NOT NULL,
  changed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
