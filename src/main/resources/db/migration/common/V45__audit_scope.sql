-- Each audit row names whose it is, so that the trail is scoped like the records it describes: the
-- borough of a child, the agency of a household, or the administration (sign-in, accounts, organisation).
ALTER TABLE audit_event ADD COLUMN scope_agency VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN scope_borough VARCHAR(9);
ALTER TABLE audit_event ADD COLUMN scope_administration BOOLEAN DEFAULT FALSE NOT NULL;

-- Rows written before scopes: sign-ins and administration, children by their borough, households by
-- their agency. Any other old row stays without a scope, and no one sees it on the audit pages.
UPDATE audit_event SET scope_administration = TRUE
WHERE action IN ('SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'ACCOUNT_LOCKED')
   OR subject_type IN ('staff-account', 'api-token', 'hub', 'agency', 'local-authority', 'team', 'local-base');
UPDATE audit_event SET scope_borough =
  (SELECT c.borough_code FROM child c WHERE CAST(c.id AS VARCHAR(100)) = audit_event.subject_id)
WHERE subject_type = 'child';
UPDATE audit_event SET scope_agency =
  (SELECT h.agency_id FROM household h WHERE CAST(h.id AS VARCHAR(100)) = audit_event.subject_id)
WHERE subject_type = 'household';
-- a failed sign-in kept what was typed in the user-name box, which may have been a password
UPDATE audit_event SET actor = 'unknown account', subject_id = NULL
WHERE action = 'SIGN_IN_FAILED'
  AND LOWER(actor) NOT IN (SELECT LOWER(username) FROM staff_account);

CREATE INDEX audit_event_by_scope_agency ON audit_event (scope_agency, occurred_at);
CREATE INDEX audit_event_by_scope_borough ON audit_event (scope_borough, occurred_at);
