-- An account's name identifies a person beyond their email address: it is sealed under the master
-- key in `name_sealed` (bound to the account's id), and `name` is left empty. Staff still find
-- customers by name through `name_index`: keyed digests (HMAC under a key derived from the master
-- key) of the lower-cased words of the name and their prefixes, sorted, space-separated, so a
-- search compares digests and the database holds nothing readable. Rows written before this
-- migration are sealed when a node first starts with it.
ALTER TABLE users ADD COLUMN name_sealed BLOB;
ALTER TABLE users ADD COLUMN name_index TEXT NOT NULL DEFAULT '';
