-- An uploaded tracker file is personal data kept only while it is needed: deleted as soon as it is
-- imported, or once it has been left unused for the retention period (hearth.imports.retention).
-- The job stays as the record of what happened, without the file or its problem list.
ALTER TABLE child_import ALTER COLUMN content DROP NOT NULL;
ALTER TABLE child_import ADD COLUMN file_deleted_at TIMESTAMP WITH TIME ZONE;
-- Whose import it is, for the audit row of its deletion: the uploader's agency or borough.
ALTER TABLE child_import ADD COLUMN audit_agency VARCHAR(100);
ALTER TABLE child_import ADD COLUMN audit_borough VARCHAR(9);
