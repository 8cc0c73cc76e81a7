CREATE TABLE hub (
  id   VARCHAR(40) PRIMARY KEY,
  name VARCHAR(200) NOT NULL
);

CREATE TABLE agency (
  id         VARCHAR(40) PRIMARY KEY,
  hub_id     VARCHAR(40) NOT NULL REFERENCES hub (id),
  name       VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE local_authority (
  ons_code  VARCHAR(9) PRIMARY KEY,
  name      VARCHAR(200) NOT NULL UNIQUE,
  agency_id VARCHAR(40) NOT NULL REFERENCES agency (id),
  host      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE team (
  id        UUID PRIMARY KEY,
  agency_id VARCHAR(40) NOT NULL REFERENCES agency (id),
  name      VARCHAR(200) NOT NULL,
  kind      VARCHAR(40) NOT NULL
);

CREATE TABLE local_base (
  id                   UUID PRIMARY KEY,
  agency_id            VARCHAR(40) NOT NULL REFERENCES agency (id),
  name                 VARCHAR(200) NOT NULL,
  local_authority_code VARCHAR(9) REFERENCES local_authority (ons_code),
  address              VARCHAR(400)
);
