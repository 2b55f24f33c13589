-- Licenses: the key is stored as a SHA-256 digest for lookup, a short prefix for admin search, and
-- sealed under the master key so its owner can see it again.

CREATE TABLE licenses (
    id         UUID   NOT NULL PRIMARY KEY,
    product_id UUID   NOT NULL REFERENCES products (id),
    plan_id    UUID   NOT NULL REFERENCES plans (id),
    owner_id   UUID   NOT NULL REFERENCES users (id),
    parent_id  UUID   REFERENCES licenses (id),
    key_hash   BYTEA   NOT NULL UNIQUE,
    key_prefix TEXT   NOT NULL,
    key_sealed BYTEA   NOT NULL,
    status     TEXT   NOT NULL CHECK (status IN ('active', 'suspended', 'expired', 'revoked')),
    seats      BIGINT NOT NULL CHECK (seats >= 1),
    expires_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX licenses_owner ON licenses (owner_id, created_at);
CREATE INDEX licenses_prefix ON licenses (key_prefix);
