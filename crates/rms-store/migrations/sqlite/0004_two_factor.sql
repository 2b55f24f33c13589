-- Two-factor sign-in: wrong-code counting with a temporary lock, and single-use recovery codes.

ALTER TABLE users ADD COLUMN totp_failures BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN totp_locked_until BIGINT;

CREATE TABLE recovery_codes (
    code_hash  BLOB   NOT NULL PRIMARY KEY,
    user_id    BLOB   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    used_at    BIGINT
);

CREATE INDEX recovery_codes_user ON recovery_codes (user_id);
