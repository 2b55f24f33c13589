-- One-time links that let the first administrator be created in the browser.

CREATE TABLE setup_tokens (
    token_hash BYTEA   NOT NULL PRIMARY KEY,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
