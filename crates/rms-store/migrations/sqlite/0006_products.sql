-- Products, their signing keys, and plans (the policy a purchase grants).

CREATE TABLE products (
    id         BLOB   NOT NULL PRIMARY KEY,
    slug       TEXT   NOT NULL UNIQUE,
    name       TEXT   NOT NULL,
    kind       TEXT   NOT NULL CHECK (kind IN ('software', 'site')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Ed25519 keys that sign a product's license keys, files and answers; seeds sealed under the
-- master key. Retired keys still verify old files until removed.
CREATE TABLE product_keys (
    product_id  BLOB   NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    kid         TEXT   NOT NULL,
    sealed_seed BLOB   NOT NULL,
    public_key  BLOB   NOT NULL,
    created_at  BIGINT NOT NULL,
    retired_at  BIGINT,
    PRIMARY KEY (product_id, kid)
);

CREATE TABLE plans (
    id                      BLOB   NOT NULL PRIMARY KEY,
    product_id              BLOB   NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    name                    TEXT   NOT NULL,
    max_activations         BIGINT NOT NULL CHECK (max_activations >= 1),
    duration_days           BIGINT CHECK (duration_days >= 1),
    heartbeat_interval_secs BIGINT NOT NULL DEFAULT 0 CHECK (heartbeat_interval_secs >= 0),
    max_reassignments       BIGINT CHECK (max_reassignments >= 0),
    created_at              BIGINT NOT NULL,
    updated_at              BIGINT NOT NULL
);

CREATE INDEX plans_product ON plans (product_id);
