-- Per product, the hosts its admin declares as staging (licensing.md §2): they run free on plans
-- that let staging run free. A JSON list of patterns (`staging.*`, `*.preview.shop.com`); the
-- reserved names (`localhost`, `*.test`…) are built in and need no entry.
ALTER TABLE products ADD COLUMN staging_patterns TEXT NOT NULL DEFAULT '[]';
