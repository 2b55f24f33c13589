-- Notifications: what each person is told (also the in-app list), their choices of channels per
-- kind, and what was sent on which channel (so a delivery job that runs again sends nothing).

CREATE TABLE notifications (
    id         UUID   NOT NULL PRIMARY KEY,
    user_id    UUID   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL,
    -- The arguments its messages are rendered with: a JSON object of strings and numbers.
    data       TEXT   NOT NULL,
    -- Keeps one event from being recorded twice (an expiry threshold, a job run again).
    dedupe     TEXT   UNIQUE,
    -- Shown in the app's list (the person's choice for this kind when it was recorded).
    in_app     BIGINT NOT NULL CHECK (in_app IN (0, 1)),
    created_at BIGINT NOT NULL,
    read_at    BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, in_app, created_at);

-- Choices that differ from the defaults (rms-core::notifications).
CREATE TABLE notification_preferences (
    user_id  UUID   NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind     TEXT   NOT NULL,
    email    BIGINT NOT NULL CHECK (email IN (0, 1)),
    telegram BIGINT NOT NULL CHECK (telegram IN (0, 1)),
    in_app   BIGINT NOT NULL CHECK (in_app IN (0, 1)),
    PRIMARY KEY (user_id, kind)
);

CREATE TABLE notification_deliveries (
    notification_id UUID   NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    channel         TEXT   NOT NULL,
    sent_at         BIGINT NOT NULL,
    PRIMARY KEY (notification_id, channel)
);
