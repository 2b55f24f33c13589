-- Analytics (issue 17): what the licensing hot path counted, written in the same coalesced
-- batches as the validation counters (never a write per call), and the daily rollups the
-- dashboards read.

-- Protocol answers by day, product, license, call and result code. `license_id` is the nil UUID
-- when the key was unknown (or another product's).
CREATE TABLE usage_counts (
    day        BIGINT NOT NULL,
    product_id UUID   NOT NULL,
    license_id UUID   NOT NULL,
    -- validate, activate, heartbeat
    event      TEXT   NOT NULL,
    code       TEXT   NOT NULL,
    count      BIGINT NOT NULL CHECK (count >= 0),
    PRIMARY KEY (day, product_id, license_id, event, code)
);
CREATE INDEX usage_counts_license ON usage_counts (license_id, day);

-- Which activations checked in (validated or sent a heartbeat) on which day: active devices.
CREATE TABLE activation_days (
    day           BIGINT NOT NULL,
    activation_id UUID   NOT NULL,
    license_id    UUID   NOT NULL,
    PRIMARY KEY (day, activation_id)
);
CREATE INDEX activation_days_license ON activation_days (license_id, day);

-- One row per day and metric and dimensions (empty text where a dimension does not apply):
-- `count` events and `amount` minor units. Rewritten whole for a day each time the day is rolled
-- up, so re-running a day gives the same rows.
CREATE TABLE analytics_daily (
    day        BIGINT NOT NULL,
    metric     TEXT   NOT NULL,
    product_id TEXT   NOT NULL DEFAULT '',
    plan_id    TEXT   NOT NULL DEFAULT '',
    currency   TEXT   NOT NULL DEFAULT '',
    gateway    TEXT   NOT NULL DEFAULT '',
    country    TEXT   NOT NULL DEFAULT '',
    -- The metric's own dimension: a result code, a release id, a promo code, an affiliate id.
    dim        TEXT   NOT NULL DEFAULT '',
    count      BIGINT NOT NULL,
    amount     BIGINT NOT NULL,
    PRIMARY KEY (day, metric, product_id, plan_id, currency, gateway, country, dim)
);

-- Days whose rollup is written (dashboards compute later days live from the events).
CREATE TABLE analytics_days (
    day         BIGINT NOT NULL PRIMARY KEY,
    rows_count  BIGINT NOT NULL,
    computed_at BIGINT NOT NULL
);

-- Day-bounded scans for the rollup of each source.
CREATE INDEX invoices_created ON invoices (created_at);
CREATE INDEX activations_created ON activations (created_at);
CREATE INDEX activations_deactivated ON activations (deactivated_at);
CREATE INDEX licenses_created ON licenses (created_at);
CREATE INDEX release_downloads_created ON release_downloads (created_at);
CREATE INDEX promo_redemptions_created ON promo_redemptions (created_at);
CREATE INDEX ledger_txns_created ON ledger_txns (kind, created_at);
CREATE INDEX commissions_created ON commissions (created_at);
