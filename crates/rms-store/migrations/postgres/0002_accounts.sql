-- Accounts, sessions (refresh-token families), signing keys, single-use email tokens, audit log.

CREATE TABLE users (
    id                UUID   NOT NULL PRIMARY KEY,
    email             TEXT   NOT NULL UNIQUE,
    password_hash     TEXT   NOT NULL,
    name              TEXT   NOT NULL,
    role              TEXT   NOT NULL CHECK (role IN ('user', 'support', 'admin')),
    locale            TEXT   NOT NULL,
    timezone          TEXT   NOT NULL,
    email_verified_at BIGINT,
    locked_at         BIGINT,
    token_version     BIGINT NOT NULL DEFAULT 0,
    totp_secret       BYTEA,
    totp_enabled_at   BIGINT,
    totp_last_step    BIGINT,
    referral_code     TEXT,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL
);

-- One row per refresh token. Tokens rotate within a family; presenting a used or revoked token
-- revokes the whole family (it was stolen, or the thief already used it).
CREATE TABLE sessions (
    id         UUID   NOT NULL PRIMARY KEY,
    user_id    UUID   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id  UUID   NOT NULL,
    token_hash BYTEA   NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT,
    revoked_at BIGINT,
    ip         TEXT,
    user_agent TEXT
);

CREATE INDEX sessions_family ON sessions (family_id);
CREATE INDEX sessions_user ON sessions (user_id);

-- Token-signing keys; the private seed is sealed under the master key.
CREATE TABLE signing_keys (
    kid         TEXT   NOT NULL PRIMARY KEY,
    purpose     TEXT   NOT NULL,
    sealed_seed BYTEA   NOT NULL,
    public_key  BYTEA   NOT NULL,
    created_at  BIGINT NOT NULL,
    retired_at  BIGINT
);

CREATE TABLE email_tokens (
    token_hash BYTEA  NOT NULL PRIMARY KEY,
    user_id    UUID   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT   NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);

CREATE TABLE audit_log (
    id          UUID   NOT NULL PRIMARY KEY,
    at          BIGINT NOT NULL,
    actor_id    UUID,
    action      TEXT   NOT NULL,
    target_type TEXT,
    target_id   TEXT,
    ip          TEXT,
    user_agent  TEXT,
    request_id  TEXT,
    details     JSONB  NOT NULL
);

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
