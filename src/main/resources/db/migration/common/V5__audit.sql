-- The audit trail is append-only: the application inserts rows and never updates or deletes them.
-- Each row carries the hash of the row before it, so an altered or removed row breaks the chain.
CREATE TABLE audit_event (
  seq            BIGINT PRIMARY KEY,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  actor          VARCHAR(100) NOT NULL,
  remote_address VARCHAR(64),
  action         VARCHAR(40) NOT NULL,
  subject_type   VARCHAR(40),
  subject_id     VARCHAR(100),
  summary        VARCHAR(500),
  before_state   VARCHAR(20000),
  after_state    VARCHAR(20000),
  reason         VARCHAR(500),
  previous_hash  VARCHAR(64) NOT NULL,
  hash           VARCHAR(64) NOT NULL
);
CREATE INDEX audit_event_by_subject ON audit_event (subject_type, subject_id);
CREATE INDEX audit_event_by_actor ON audit_event (actor);
CREATE INDEX audit_event_by_time ON audit_event (occurred_at);

-- The head of the chain: locked while a row is appended, so rows follow one another without gaps.
CREATE TABLE audit_chain_head (
  id        INT PRIMARY KEY,
  last_seq  BIGINT NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
