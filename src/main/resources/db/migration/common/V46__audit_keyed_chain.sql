-- Rows are written in the caller's transaction without a shared lock, with an id from a sequence; a
-- sealer chains committed rows afterwards, giving each its place in the chain (seq), the previous row's
-- hash and its own HMAC-SHA256 under a key kept outside the database. See docs/adr/0012.
ALTER TABLE audit_event RENAME COLUMN seq TO id;
ALTER TABLE audit_event ADD COLUMN seq BIGINT;
ALTER TABLE audit_event ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_event ALTER COLUMN hash DROP NOT NULL;
CREATE UNIQUE INDEX audit_event_by_seq ON audit_event (seq);
-- new ids follow every row already written
CREATE SEQUENCE audit_event_ids START WITH 1000000000000;

-- The unkeyed chain proved nothing against anyone who could write to the table: every row is sealed
-- again, in its order, under the key.
UPDATE audit_event SET previous_hash = NULL, hash = NULL;
UPDATE audit_chain_head SET last_seq = 0,
  last_hash = '0000000000000000000000000000000000000000000000000000000000000000';
