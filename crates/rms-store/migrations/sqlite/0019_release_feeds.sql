-- Feeds for the updaters desktop apps already use (Sparkle, Tauri, electron-updater, Velopack),
-- built from the same releases. Per product: whether the stable feed is open to anyone, and the
-- lowest version still supported (an update from below it is marked mandatory).

CREATE TABLE feed_settings (
    product_id      BLOB   NOT NULL PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    public_stable   BIGINT NOT NULL DEFAULT 0 CHECK (public_stable IN (0, 1)),
    minimum_version TEXT,
    updated_at      BIGINT NOT NULL
);

-- The Ed25519 keys Sparkle and Tauri check archives with, per product. They are not the license
-- keys: vendors build the public half into their apps, so it rotates on its own schedule. Seeds
-- sealed under the master key. `active` signs and is served by default; `retired` still signs
-- (apps built with it still update) and is served when a feed names it; `revoked` does neither.
CREATE TABLE feed_keys (
    id          BLOB   NOT NULL PRIMARY KEY,
    product_id  BLOB   NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    -- minisign's key id: 8 random bytes as 16 uppercase hex digits.
    kid         TEXT   NOT NULL,
    sealed_seed BLOB   NOT NULL,
    public_key  BLOB   NOT NULL,
    state       TEXT   NOT NULL CHECK (state IN ('active', 'retired', 'revoked')),
    created_at  BIGINT NOT NULL,
    retired_at  BIGINT,
    UNIQUE (product_id, kid)
);
CREATE UNIQUE INDEX feed_keys_one_active ON feed_keys (product_id) WHERE state = 'active';

-- The digests other updaters check, taken in the same pass as the SHA-256 at upload:
-- SHA-512 in base64 (electron-updater), SHA-1 in hex (Velopack), BLAKE2b-512 in hex (what
-- minisign signs for Tauri).
ALTER TABLE release_artifacts ADD COLUMN sha512 TEXT;
ALTER TABLE release_artifacts ADD COLUMN sha1 TEXT;
ALTER TABLE release_artifacts ADD COLUMN blake2b TEXT;

-- Sparkle's `edSignature`: Ed25519 over the whole file, which takes reading it twice, so it is
-- made while the upload is spooled (or by a job after a key rotation) and kept per content and key.
CREATE TABLE artifact_signatures (
    sha256     TEXT   NOT NULL,
    key_id     BLOB   NOT NULL REFERENCES feed_keys (id) ON DELETE CASCADE,
    ed25519    TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (sha256, key_id)
);
