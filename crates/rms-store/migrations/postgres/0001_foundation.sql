-- Foundation: the durable job queue, periodic schedules and worker presence.
-- Portable schema rules (see ARCHITECTURE.md §3): integers are BIGINT, timestamps are unix
-- milliseconds bound from the application clock, ids are UUIDs.

CREATE TABLE jobs (
    id              UUID    NOT NULL PRIMARY KEY,
    kind            TEXT    NOT NULL,
    payload         JSONB   NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('queued', 'running', 'done', 'dead')),
    attempts        BIGINT  NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts    BIGINT  NOT NULL CHECK (max_attempts >= 1),
    run_at          BIGINT  NOT NULL,
    locked_by       UUID,
    locked_until    BIGINT,
    last_error      TEXT,
    idempotency_key TEXT    UNIQUE,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    finished_at     BIGINT
);

CREATE INDEX jobs_due ON jobs (state, run_at);

CREATE TABLE job_schedules (
    name        TEXT   NOT NULL PRIMARY KEY,
    next_run_at BIGINT NOT NULL,
    last_run_at BIGINT,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE workers (
    id           UUID   NOT NULL PRIMARY KEY,
    hostname     TEXT   NOT NULL,
    started_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    stopped_at   BIGINT
);
