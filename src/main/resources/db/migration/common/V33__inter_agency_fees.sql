-- The agency's own rows of the inter-agency fee table, each in force from a date for a kind of
-- providing agency. The published defaults apply where the agency has no row of that kind and date.
CREATE TABLE inter_agency_fee (
  agency_id               VARCHAR(60) NOT NULL,
  kind                    VARCHAR(40) NOT NULL,
  from_date               DATE NOT NULL,
  first_child_pence       BIGINT NOT NULL,
  each_further_pence      BIGINT NOT NULL,
  london_uplift_percent   INT NOT NULL,
  source                  VARCHAR(400) NOT NULL,
  changed_by              VARCHAR(100) NOT NULL,
  changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (agency_id, kind, from_date)
);
