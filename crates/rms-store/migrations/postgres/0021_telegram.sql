-- Telegram: the bot an admin set up (its token sealed under the master key), the chats people
-- linked to their accounts, and the one-time tokens of the links that do it.

CREATE TABLE telegram_bot (
    id             BIGINT NOT NULL PRIMARY KEY CHECK (id = 1),
    token_sealed   BYTEA  NOT NULL,
    username       TEXT   NOT NULL,
    api_base       TEXT   NOT NULL,
    -- Where admin alerts go (a group or a person's chat id), if anywhere.
    admin_chat_id  BIGINT,
    -- Checked against X-Telegram-Bot-Api-Secret-Token on webhook updates.
    webhook_secret TEXT   NOT NULL,
    -- `webhook` (the public URL is https) or `polling` (the worker asks getUpdates).
    mode           TEXT   NOT NULL CHECK (mode IN ('webhook', 'polling')),
    -- getUpdates' next offset (polling).
    update_offset  BIGINT NOT NULL DEFAULT 0,
    updated_at     BIGINT NOT NULL
);

CREATE TABLE telegram_links (
    user_id   UUID   NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    chat_id   BIGINT NOT NULL UNIQUE,
    linked_at BIGINT NOT NULL
);

CREATE TABLE telegram_link_tokens (
    token_hash BYTEA  NOT NULL PRIMARY KEY,
    user_id    UUID   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL
);
