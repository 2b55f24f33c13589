-- The catalog in other languages (issue 18): a product's name, description and features, and a
-- plan's name and features, by language tag, as a JSON object
-- (`{"ar": {"name": "…", "description": "…", "features": ["…"]}}`). A language without its own
-- words, or a field left empty, shows the main ones.
ALTER TABLE products ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE plans ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
