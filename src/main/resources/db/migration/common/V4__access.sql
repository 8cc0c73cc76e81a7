CREATE TABLE staff_account (
  id              UUID PRIMARY KEY,
  username        VARCHAR(100) NOT NULL UNIQUE,
  display_name    VARCHAR(200) NOT NULL,
  email           VARCHAR(320),
  role            VARCHAR(40) NOT NULL,
  agency_id       VARCHAR(40),
  borough_code    VARCHAR(9),
  password_hash   VARCHAR(200),
  enabled         BOOLEAN NOT NULL,
  failed_sign_ins INT NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP WITH TIME ZONE,
  totp_secret     VARCHAR(64),
  totp_enabled    BOOLEAN NOT NULL DEFAULT FALSE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_token (
  id         UUID PRIMARY KEY,
  account_id UUID NOT NULL REFERENCES staff_account (id),
  name       VARCHAR(100) NOT NULL,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_by_account ON api_token (account_id);
