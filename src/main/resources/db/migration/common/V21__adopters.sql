-- Adopters: households from enquiry to approval. A household belongs to one agency. Its stage and its
-- deadlines are not stored: they follow from the dates below (see docs/adr/0006-adopters-journey.md).
CREATE TABLE household (
  id                       UUID PRIMARY KEY,
  reference                VARCHAR(20) NOT NULL UNIQUE,
  agency_id                VARCHAR(40) NOT NULL REFERENCES agency (id),
  borough_code             VARCHAR(9) REFERENCES local_authority (ons_code),
  contact_name             VARCHAR(200) NOT NULL,
  email                    VARCHAR(320),
  phone                    VARCHAR(40),
  address                  VARCHAR(400),
  postcode                 VARCHAR(10),
  relationship             VARCHAR(30),
  named_worker             VARCHAR(100),
  enquiry_on               DATE NOT NULL,
  fast_track               VARCHAR(30),
  roi_accepted_on          DATE,
  stage1_plan_agreed_on    DATE,
  stage1_extension_reason  VARCHAR(1000),
  stage1_decision_on       DATE,
  stage1_outcome           VARCHAR(30),
  stage2_started_on        DATE,
  stage2_extension_reason  VARCHAR(1000),
  training_attended_on     DATE,
  par_drafted_on           DATE,
  par_shared_on            DATE,
  par_comments_on          DATE,
  par_quality_assured_on   DATE,
  ready_for_panel_on       DATE,
  panel_on                 DATE,
  panel_recommendation     VARCHAR(30),
  decision_on              DATE,
  decision                 VARCHAR(30),
  qd_on                    DATE,
  qd_kind                  VARCHAR(30),
  qd_response_on           DATE,
  qd_response              VARCHAR(30),
  final_decision_on        DATE,
  final_decision           VARCHAR(30),
  approved_on              DATE,
  approval_ended_on        DATE,
  child_placed_on          DATE,
  adoption_order_on        DATE,
  left_on                  DATE,
  left_because             VARCHAR(30),
  created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  version                  INT NOT NULL
);
CREATE INDEX household_by_agency ON household (agency_id);
CREATE INDEX household_by_worker ON household (named_worker);
CREATE INDEX household_by_email ON household (email);
CREATE INDEX household_by_phone ON household (phone);

-- The one or two people applying. Ethnicity, religion, sexuality and disability are special category data.
CREATE TABLE applicant (
  id               UUID PRIMARY KEY,
  household_id     UUID NOT NULL REFERENCES household (id),
  position         INT NOT NULL,
  name             VARCHAR(200) NOT NULL,
  date_of_birth    DATE,
  sex              VARCHAR(10),
  ethnicity        VARCHAR(4),
  religion         VARCHAR(100),
  languages        VARCHAR(200),
  sexuality        VARCHAR(30),
  sexuality_described VARCHAR(100),
  disability       VARCHAR(200)
);
CREATE INDEX applicant_by_household ON applicant (household_id);

-- Everyone else in the home: children, adult children, lodgers. Every adult needs checks.
CREATE TABLE household_member (
  id             UUID PRIMARY KEY,
  household_id   UUID NOT NULL REFERENCES household (id),
  name           VARCHAR(200) NOT NULL,
  date_of_birth  DATE NOT NULL,
  relationship   VARCHAR(30) NOT NULL
);
CREATE INDEX household_member_by_household ON household_member (household_id);

-- Stage 1 statutory checks and references, each requested, returned, with outcome and expiry.
CREATE TABLE statutory_check (
  id              UUID PRIMARY KEY,
  household_id    UUID NOT NULL REFERENCES household (id),
  person_id       UUID,
  kind            VARCHAR(30) NOT NULL,
  referee         VARCHAR(200),
  referee_related BOOLEAN NOT NULL DEFAULT FALSE,
  requested_on    DATE NOT NULL,
  returned_on     DATE,
  outcome         VARCHAR(20),
  expires_on      DATE
);
CREATE INDEX statutory_check_by_household ON statutory_check (household_id);

-- What the household can offer, as approved.
CREATE TABLE approval_range (
  household_id        UUID PRIMARY KEY REFERENCES household (id),
  children_up_to      INT NOT NULL,
  youngest_age        INT NOT NULL,
  oldest_age          INT NOT NULL,
  sexes               VARCHAR(10) NOT NULL,
  sibling_group       BOOLEAN NOT NULL,
  needs               VARCHAR(400) NOT NULL,
  heritage            VARCHAR(1000),
  early_permanence    BOOLEAN NOT NULL,
  contact             VARCHAR(1000),
  max_distance_miles  INT
);

-- Each enquiry at the front door, by web, phone or email; a repeat enquiry joins the household it repeats.
CREATE TABLE enquiry (
  id            UUID PRIMARY KEY,
  household_id  UUID NOT NULL REFERENCES household (id),
  received_on   DATE NOT NULL,
  received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  via           VARCHAR(10) NOT NULL,
  source        VARCHAR(30) NOT NULL,
  campaign      VARCHAR(200),
  duplicate     BOOLEAN NOT NULL,
  recorded_by   VARCHAR(100)
);
CREATE INDEX enquiry_by_household ON enquiry (household_id);

-- The household's history: contacts, documents received, assessment sessions, worker changes, steps.
CREATE TABLE household_log (
  id            UUID PRIMARY KEY,
  household_id  UUID NOT NULL REFERENCES household (id),
  kind          VARCHAR(30) NOT NULL,
  on_date       DATE NOT NULL,
  detail        VARCHAR(1000),
  recorded_by   VARCHAR(100) NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX household_log_by_household ON household_log (household_id, kind);

-- Information events and who booked and came.
CREATE TABLE information_event (
  id         UUID PRIMARY KEY,
  agency_id  VARCHAR(40) NOT NULL REFERENCES agency (id),
  title      VARCHAR(200) NOT NULL,
  held_on    DATE NOT NULL,
  place      VARCHAR(200) NOT NULL,
  capacity   INT NOT NULL
);
CREATE TABLE event_booking (
  event_id      UUID NOT NULL REFERENCES information_event (id),
  household_id  UUID NOT NULL REFERENCES household (id),
  booked_on     DATE NOT NULL,
  attended      BOOLEAN,
  PRIMARY KEY (event_id, household_id)
);
