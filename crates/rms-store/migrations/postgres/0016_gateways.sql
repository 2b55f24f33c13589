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
    credentials  BYTEA,
    -- JSON: partial-payment and mismatch policies, bank details per currency (manual).
    options      TEXT    NOT NULL DEFAULT '{}',
    updated_at   BIGINT  NOT NULL,
    updated_by   UUID    REFERENCES users (id)
);

ALTER TABLE payments DROP CONSTRAINT payments_status_check;
ALTER TABLE payments ADD CONSTRAINT payments_status_check
    CHECK (status IN ('pending', 'paid', 'failed', 'expired', 'review', 'refunded'));
-- The gateway's id to read the payment back with (order, invoice, uuid, txn id).
ALTER TABLE payments ADD COLUMN external_ref TEXT;
-- The gateway's id of the money that was credited (PayPal capture, NOWPayments payment, …).
ALTER TABLE payments ADD COLUMN gateway_payment_id TEXT;
ALTER TABLE payments ADD COLUMN pay_url TEXT;
-- The order in the base currency (amount_minor/currency are what the payer pays), at `rate`
-- (units of the payer's currency per base unit) from `rate_source` at `rate_at`.
ALTER TABLE payments ADD COLUMN base_amount_minor BIGINT CHECK (base_amount_minor >= 1);
ALTER TABLE payments ADD COLUMN rate TEXT;
ALTER TABLE payments ADD COLUMN rate_source TEXT;
ALTER TABLE payments ADD COLUMN rate_at BIGINT;
-- What the wallet received, in the base currency (a partial payment credits less).
ALTER TABLE payments ADD COLUMN credited_minor BIGINT CHECK (credited_minor >= 0);
-- The gateway's last status word, and why an admin must look at the payment.
ALTER TABLE payments ADD COLUMN gateway_status TEXT;
ALTER TABLE payments ADD COLUMN review_reason TEXT;
CREATE UNIQUE INDEX payments_gateway_payment ON payments (gateway, gateway_payment_id);
CREATE INDEX payments_external ON payments (gateway, external_ref);

CREATE TABLE payment_events (
    id           UUID    NOT NULL PRIMARY KEY,
    gateway      TEXT    NOT NULL,
    -- Unique per event at the gateway: a redelivery finds its first copy.
    event_id     TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    payment_id   UUID    REFERENCES payments (id),
    headers      TEXT    NOT NULL,
    body         BYTEA   NOT NULL,
    received_at  BIGINT  NOT NULL,
    processed_at BIGINT,
    outcome      TEXT,
    UNIQUE (gateway, event_id)
);
CREATE INDEX payment_events_payment ON payment_events (payment_id, received_at);
CREATE INDEX payment_events_received ON payment_events (received_at);

CREATE TABLE payment_checks (
    id                 UUID    NOT NULL PRIMARY KEY,
    payment_id         UUID    NOT NULL REFERENCES payments (id),
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
