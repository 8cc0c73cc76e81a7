-- Households approved by agencies outside the hub, entered by hand by a hub agency's family finders
-- from the other agency's profile, so a widened search ranks them with the hub's own. A profile only:
-- no names, no address; the other agency's reference to ask them about it.
CREATE TABLE outside_household (
  id                      UUID PRIMARY KEY,
  entered_by_agency       VARCHAR(60) NOT NULL,
  agency_name             VARCHAR(200) NOT NULL,
  agency_kind             VARCHAR(40) NOT NULL,
  agency_in_london        BOOLEAN NOT NULL,
  their_reference         VARCHAR(100) NOT NULL,
  borough_code            VARCHAR(9) NOT NULL,
  children_up_to          INT NOT NULL,
  youngest_age            INT NOT NULL,
  oldest_age              INT NOT NULL,
  sexes                   VARCHAR(20) NOT NULL,
  sibling_groups          BOOLEAN NOT NULL,
  needs                   VARCHAR(400) NOT NULL,
  heritage_codes          VARCHAR(200) NOT NULL,
  religions               VARCHAR(200) NOT NULL,
  languages               VARCHAR(200) NOT NULL,
  fostering_for_adoption  BOOLEAN NOT NULL,
  contact                 VARCHAR(200) NOT NULL,
  entered_by              VARCHAR(100) NOT NULL,
  entered_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outside_household_by_agency ON outside_household (entered_by_agency);
