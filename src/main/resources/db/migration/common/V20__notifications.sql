-- The outbox: every email and in-app message Hearth sends, kept with when it went.
-- A message is written in the same transaction as the change that causes it; a scheduled sender
-- (one node at a time, ShedLock) sends the emails. The dedupe key makes a reminder go out once,
-- however many nodes or runs try to write it.
CREATE TABLE notification (
  id          UUID PRIMARY KEY,
  channel     VARCHAR(10) NOT NULL,
  recipient   VARCHAR(320) NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  body        VARCHAR(4000) NOT NULL,
  link        VARCHAR(300),
  about_type  VARCHAR(40),
  about_id    VARCHAR(100),
  dedupe_key  VARCHAR(200) NOT NULL,
  queued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at     TIMESTAMP WITH TIME ZONE,
  attempts    INT NOT NULL DEFAULT 0,
  last_error  VARCHAR(500),
  CONSTRAINT notification_once UNIQUE (dedupe_key)
);
CREATE INDEX notification_by_recipient ON notification (channel, recipient);
CREATE INDEX notification_by_subject ON notification (about_type, about_id);
CREATE INDEX notification_unsent ON notification (sent_at);
