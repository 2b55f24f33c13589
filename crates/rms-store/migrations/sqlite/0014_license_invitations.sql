-- A sub-license handed to an email address: it stays with the pool's owner until a person with
-- that (verified) address looks at their licenses, and then it is theirs. Carving answers the
-- same whether or not an account has the address, so the form tells nobody who has one.
ALTER TABLE licenses ADD COLUMN invited_email TEXT;
CREATE INDEX licenses_invited ON licenses (invited_email) WHERE invited_email IS NOT NULL;
