-- A child in the regional tracker. The tracker stage is not stored: it is derived from journey_entry.
CREATE TABLE child (
  id                         UUID PRIMARY KEY,
  borough_code               VARCHAR(9) NOT NULL REFERENCES local_authority (ons_code),
  case_reference             VARCHAR(40) NOT NULL,
  first_names                VARCHAR(200) NOT NULL,
  last_name                  VARCHAR(200) NOT NULL,
  prospective_adoptive_name  VARCHAR(400),
  birth_date                 DATE NOT NULL,
  born                       BOOLEAN NOT NULL,
  sex                        VARCHAR(1) NOT NULL,
  ethnicity                  VARCHAR(4) NOT NULL,
  religion                   VARCHAR(100),
  first_languages            VARCHAR(200),
  disabilities               VARCHAR(200) NOT NULL,
  health_and_needs           VARCHAR(4000),
  borough_social_worker      VARCHAR(200),
  borough_team_manager       VARCHAR(200),
  family_finding_worker      VARCHAR(100),
  sibling_group              VARCHAR(40),
  sibling_plan_decided       BOOLEAN NOT NULL,
  siblings_placed_with       INT NOT NULL,
  sibling_plan_reason        VARCHAR(1000),
  early_permanence           VARCHAR(30) NOT NULL,
  early_permanence_outcome   VARCHAR(1000),
  life_story_started         DATE,
  life_story_first_stage     DATE,
  life_story_completed       DATE,
  celebration_hearing        DATE,
  later_life_letter_given    DATE,
  created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT child_case_reference_unique UNIQUE (borough_code, case_reference)
);
CREATE INDEX child_by_borough ON child (borough_code);

-- The journey: entries are only ever added. A correction is a new entry naming the one it replaces.
CREATE TABLE journey_entry (
  id                UUID PRIMARY KEY,
  child_id          UUID NOT NULL REFERENCES child (id),
  position          INT NOT NULL,
  event_type        VARCHAR(40) NOT NULL,
  event_date        DATE NOT NULL,
  reason            VARCHAR(4),
  note              VARCHAR(2000),
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by       VARCHAR(100) NOT NULL,
  corrects          UUID,
  correction_reason VARCHAR(1000),
  withdrawal        BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT journey_entry_position_unique UNIQUE (child_id, position)
);
CREATE INDEX journey_entry_by_child ON journey_entry (child_id);
