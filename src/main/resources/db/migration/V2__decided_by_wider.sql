-- The signed-in name is stored with each decision; bearer tokens may carry longer subjects than local accounts
-- (an e-mail address is up to 320 characters). Widening keeps every stored value as it was.
ALTER TABLE decision ALTER COLUMN decided_by SET DATA TYPE VARCHAR(320);
