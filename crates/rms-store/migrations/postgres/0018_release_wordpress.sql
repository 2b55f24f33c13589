-- What WordPress's updater shows about a release (EDD's `get_version` fields): the lowest
-- WordPress and PHP versions it needs and the WordPress version it was tested up to.

ALTER TABLE releases ADD COLUMN wp_requires TEXT;
ALTER TABLE releases ADD COLUMN wp_tested TEXT;
ALTER TABLE releases ADD COLUMN wp_requires_php TEXT;
