-- A borough tracker file uploaded for import, and how far checking or importing it has gone.
-- Only the person who uploaded it sees it. status: CHECKING, INVALID, READY, APPLYING, APPLIED, REFUSED, FAILED.
CREATE TABLE child_import (
  id                  UUID PRIMARY KEY,
  created_by          VARCHAR(100) NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  file_name           VARCHAR(255) NOT NULL,
  content             TEXT NOT NULL,
  status              VARCHAR(20) NOT NULL,
  total               INT NOT NULL DEFAULT 0,
  processed           INT NOT NULL DEFAULT 0,
  new_children        INT,
  changed_children    INT,
  unchanged_children  INT,
  errors              TEXT
);
CREATE INDEX child_import_by_creator ON child_import (created_by, created_at);
