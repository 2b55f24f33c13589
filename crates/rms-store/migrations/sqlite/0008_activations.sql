-- Activations (seats in use), the reassignment log, and the plan knobs they need.

ALTER TABLE plans ADD COLUMN heartbeat_grace_secs BIGINT NOT NULL DEFAULT 0 CHECK (heartbeat_grace_secs >= 0);
ALTER TABLE plans ADD COLUMN offline_grace_secs BIGINT NOT NULL DEFAULT 604800 CHECK (offline_grace_secs >= 0);
ALTER TABLE plans ADD COLUMN reassign_window_days BIGINT NOT NULL DEFAULT 30 CHECK (reassign_window_days >= 1);
ALTER TABLE plans ADD COLUMN reassign_cooldown_secs BIGINT NOT NULL DEFAULT 0 CHECK (reassign_cooldown_secs >= 0);
-- Feature codes, comma-separated ("export,cloud-sync").
ALTER TABLE plans ADD COLUMN entitlements TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN trial BIGINT NOT NULL DEFAULT 0 CHECK (trial IN (0, 1));
ALTER TABLE plans ADD COLUMN staging_domains_free BIGINT NOT NULL DEFAULT 1 CHECK (staging_domains_free IN (0, 1));

-- Seats taken: live activations that count plus seats carved out into sub-licenses. Changed only by
-- conditional updates (`seats_used + n <= seats`), so concurrent activations cannot overshoot.
ALTER TABLE licenses ADD COLUMN seats_used BIGINT NOT NULL DEFAULT 0 CHECK (seats_used >= 0);
ALTER TABLE licenses ADD COLUMN label TEXT;
-- Validation counters, aggregated in memory and flushed in batches (never a write per call).
ALTER TABLE licenses ADD COLUMN last_validated_at BIGINT;
ALTER TABLE licenses ADD COLUMN validations BIGINT NOT NULL DEFAULT 0;
-- Reassignments before this time no longer count (an admin reset the budget).
ALTER TABLE licenses ADD COLUMN reassignments_reset_at BIGINT;
-- When the "expiring soon" event was raised, so it is raised once.
ALTER TABLE licenses ADD COLUMN expiry_warned_at BIGINT;

CREATE INDEX licenses_parent ON licenses (parent_id);
CREATE INDEX licenses_expiry ON licenses (status, expires_at);

CREATE TABLE activations (
    id                BLOB   NOT NULL PRIMARY KEY,
    license_id        BLOB   NOT NULL REFERENCES licenses (id),
    -- The device fingerprint (software) or the normalised domain (site).
    binding           TEXT   NOT NULL,
    -- 0 for staging domains on plans that let them run free.
    counts_seat       BIGINT NOT NULL CHECK (counts_seat IN (0, 1)),
    name              TEXT,
    platform          TEXT,
    ip                TEXT,
    created_at        BIGINT NOT NULL,
    last_seen_at      BIGINT NOT NULL,
    last_heartbeat_at BIGINT,
    -- The heartbeat chain: the value the next heartbeat must present, the one before it, and the
    -- nonce of the heartbeat that issued `chain` (a retry of that very request may present
    -- `prev_chain` again; anything else that does is a clone).
    chain             TEXT,
    prev_chain        TEXT,
    chain_nonce       TEXT,
    -- Set once a heartbeat presented a chain: from then on a missing or stale chain is a clone signal.
    chain_enforced_at BIGINT,
    cloned_at         BIGINT,
    deactivated_at    BIGINT,
    deactivated_by    TEXT CHECK (deactivated_by IN ('product', 'owner', 'admin', 'culled', 'license'))
);

-- One live activation per device or domain and license: activation is idempotent.
CREATE UNIQUE INDEX activations_live ON activations (license_id, binding) WHERE deactivated_at IS NULL;
CREATE INDEX activations_license ON activations (license_id, created_at);

-- Deactivations that count against a plan's reassignment budget.
CREATE TABLE reassignments (
    id            BLOB   NOT NULL PRIMARY KEY,
    license_id    BLOB   NOT NULL REFERENCES licenses (id),
    activation_id BLOB   NOT NULL REFERENCES activations (id),
    at            BIGINT NOT NULL
);

CREATE INDEX reassignments_license ON reassignments (license_id, at);
