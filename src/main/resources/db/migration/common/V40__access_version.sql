-- Raised by every change of an account's enabled state, role, agency, borough or password: a session
-- signed in with an older version ends on its next request.
ALTER TABLE staff_account ADD COLUMN access_version INT NOT NULL DEFAULT 0;
