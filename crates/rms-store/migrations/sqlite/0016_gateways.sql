-- Real payment gateways: their settings (credentials sealed under the master key), the raw
-- webhooks they send (stored before anything is decided), what each read-back saw, failure
-- counters, and what a top-up through them records: the gateway's ids, the payer's currency
-- converted at a recorded rate, what was credited, and an admin review state.

CREATE TABLE gateway_settings (
    gateway      TEXT    NOT NULL PRIMARY KEY,
    enabled      BIGINT  NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
    -- JSON array of ISO 4217 codes the gateway takes payments in ([] = the base currency).
    currencies   TEXT    NOT NULL DEFAULT '[]',
    -- NULL: the gateway's live API.
    api_base_url TEXT,
    -- Sealed JSON object of the gateway's credentials by their own field names.
    credentials  BLOB,
    -- JSON: partial-payment and mismatch policies, bank details per currency (manual).
    options      TEXT    NOT NULL DEFAULT '{}',
    updated_at   BIGINT  NOT NULL,
    updated_by   BLOB    REFERENCES users (id)
);

-- SQLite cannot change a CHECK constraint: the payments table is rebuilt with the new states
-- and columns (nothing references it yet).
CREATE TABLE payments_v2 (
    id                 BLOB    NOT NULL PRIMARY KEY,
    user_id            BLOB    NOT NULL REFERENCES users (id),
    gateway            TEXT    NOT NULL,
    gateway_ref        TEXT    NOT NULL,
    amount_minor       BIGINT  NOT NULL CHECK (amount_minor >= 1),
    currency           TEXT    NOT NULL,
    status             TEXT    NOT NULL
        CHECK (status IN ('pending', 'paid', 'failed', 'expired', 'review', 'refunded')),
    txn_id             BLOB    REFERENCES ledger_txns (id),
    confirmed_by       BLOB    REFERENCES users (id),
    created_at         BIGINT  NOT NULL,
    updated_at         BIGINT  NOT NULL,
    -- The gateway's id to read the payment back with (order, invoice, uuid, txn id).
    external_ref       TEXT,
    -- The gateway's id of the money that was credited (PayPal capture, NOWPayments payment, …).
    gateway_payment_id TEXT,
    pay_url            TEXT,
    -- The order in the base currency (amount_minor/currency are what the payer pays), at `rate`
    -- (units of the payer's currency per base unit) from `rate_source` at `rate_at`.
    base_amount_minor  BIGINT  CHECK (base_amount_minor >= 1),
    rate               TEXT,
    rate_source        TEXT,
    rate_at            BIGINT,
    -- What the wallet received, in the base currency (a partial payment credits less).
    credited_minor     BIGINT  CHECK (credited_minor >= 0),
    -- The gateway's last status word, and why an admin must look at the payment.
    gateway_status     TEXT,
    review_reason      TEXT,
    UNIQUE (gateway, gateway_ref)
);
INSERT INTO payments_v2 (id, user_id, gateway, gateway_ref, amount_minor, currency, status, txn_id, confirmed_by,
                         created_at, updated_at)
    SELECT id, user_id, gateway, gateway_ref, amount_minor, currency, status, txn_id, confirmed_by, created_at, updated_at
    FROM payments;
DROP TABLE payments;
ALTER TABLE payments_v2 RENAME TO payments;
CREATE INDEX payments_user ON payments (user_id, created_at);
CREATE INDEX payments_status ON payments (status, created_at);
CREATE UNIQUE INDEX payments_gateway_payment ON payments (gateway, gateway_payment_id);
CREATE INDEX payments_external ON payments (gateway, external_ref);

CREATE TABLE payment_events (
    id           BLOB    NOT NULL PRIMARY KEY,
    gateway      TEXT    NOT NULL,
    -- Unique per event at the gateway: a redelivery finds its first copy.
    event_id     TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    payment_id   BLOB    REFERENCES payments (id),
    headers      TEXT    NOT NULL,
    body         BLOB    NOT NULL,
    received_at  BIGINT  NOT NULL,
    processed_at BIGINT,
    outcome      TEXT,
    UNIQUE (gateway, event_id)
);
CREATE INDEX payment_events_payment ON payment_events (payment_id, received_at);
CREATE INDEX payment_events_received ON payment_events (received_at);

CREATE TABLE payment_checks (
    id                 BLOB    NOT NULL PRIMARY KEY,
    payment_id         BLOB    NOT NULL REFERENCES payments (id),
    -- webhook, return, cleanup, admin
    source             TEXT    NOT NULL,
    gateway_status     TEXT    NOT NULL,
    state              TEXT    NOT NULL,
    amount             TEXT,
    currency           TEXT,
    gateway_payment_id TEXT,
    outcome            TEXT    NOT NULL,
    checked_at         BIGINT  NOT NULL
);
CREATE INDEX payment_checks_payment ON payment_checks (payment_id, checked_at);

-- Refused webhooks and failed calls, counted per gateway for the admin pages (a refused
-- webhook changes nothing else).
CREATE TABLE gateway_failures (
    gateway TEXT   NOT NULL,
    kind    TEXT   NOT NULL,
    count   BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    PRIMARY KEY (gateway, kind)
);
