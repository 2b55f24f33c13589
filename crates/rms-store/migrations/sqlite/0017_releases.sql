-- Releases (licensing.md §8): versions of a product on a channel, their artifacts stored by
-- SHA-256 (never under a name anyone supplied), the manifest signed at publishing, and every
-- download counted.

CREATE TABLE releases (
    id           BLOB   NOT NULL PRIMARY KEY,
    product_id   BLOB   NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    -- As written (build metadata kept); `version_key` drops the metadata so that two versions
    -- of the same precedence cannot both exist.
    version      TEXT   NOT NULL,
    version_key  TEXT   NOT NULL,
    channel      TEXT   NOT NULL CHECK (channel IN ('stable', 'beta', 'alpha')),
    state        TEXT   NOT NULL CHECK (state IN ('draft', 'published', 'yanked')),
    -- Markdown; rendered without raw HTML.
    notes        TEXT   NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    created_by   BLOB   REFERENCES users (id),
    -- The release date: when it was published (maintenance windows compare against it).
    published_at BIGINT,
    yanked_at    BIGINT,
    -- The manifest exactly as signed at publishing, and its `RMS-Signature` value.
    manifest     TEXT,
    signature    TEXT,
    UNIQUE (product_id, version_key)
);
CREATE INDEX releases_product ON releases (product_id, state);

CREATE TABLE release_artifacts (
    id         BLOB   NOT NULL PRIMARY KEY,
    release_id BLOB   NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    platform   TEXT   NOT NULL,
    file_name  TEXT   NOT NULL,
    -- Lowercase hex; the stored object's name.
    sha256     TEXT   NOT NULL CHECK (length(sha256) = 64),
    size       BIGINT NOT NULL CHECK (size >= 0),
    created_at BIGINT NOT NULL,
    UNIQUE (release_id, platform)
);
CREATE INDEX release_artifacts_sha ON release_artifacts (sha256);

CREATE TABLE release_downloads (
    id          BLOB   NOT NULL PRIMARY KEY,
    release_id  BLOB   NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    artifact_id BLOB   NOT NULL REFERENCES release_artifacts (id) ON DELETE CASCADE,
    license_id  BLOB   REFERENCES licenses (id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX release_downloads_release ON release_downloads (release_id, artifact_id);
CREATE INDEX release_downloads_license ON release_downloads (license_id);

-- Who is told about new releases of a product on a channel (the notifications issue adds the
-- delivery); until then publishing records one event per entitled subscriber.
CREATE TABLE release_events (
    id         BLOB   NOT NULL PRIMARY KEY,
    release_id BLOB   NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    user_id    BLOB   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    UNIQUE (release_id, user_id)
);
