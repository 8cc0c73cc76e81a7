-- The kinds of contact with birth family a household can support, as matching compares them with a
-- child's plan (names separated by commas); the notes stay in "contact". The need areas are those
-- matching uses: "birth family history" is now part of "developmental uncertainty", and "trauma and
-- attachment" takes its place, starting at the lowest level.
ALTER TABLE approval_range ADD COLUMN contact_kinds VARCHAR(200);
UPDATE approval_range SET needs = REPLACE(needs, 'BIRTH_FAMILY_HISTORY:HIGH', 'TRAUMA_AND_ATTACHMENT:LOW');
UPDATE approval_range SET needs = REPLACE(needs, 'BIRTH_FAMILY_HISTORY:MEDIUM', 'TRAUMA_AND_ATTACHMENT:LOW');
UPDATE approval_range SET needs = REPLACE(needs, 'BIRTH_FAMILY_HISTORY:LOW', 'TRAUMA_AND_ATTACHMENT:LOW');
