-- Money: the wallet ledger (billing.md §3), idempotency keys, promo codes, invoices with gapless
-- numbers, payments through the built-in gateways, affiliates, and the store's settings.

-- One row per account. `balance_minor` is a cache of the sum of the account's entries, changed only
-- in the transaction that inserts them, by a conditional update: a wallet can never go below zero.
CREATE TABLE ledger_accounts (
    id              BLOB     NOT NULL PRIMARY KEY,
    -- `wallet:<user id>`, `clearing:<gateway>`, `revenue`, `promo_expense`, `affiliate_payable`,
    -- `adjustments`.
    name            TEXT     NOT NULL UNIQUE,
    kind            TEXT     NOT NULL CHECK (kind IN ('wallet', 'clearing', 'revenue', 'promo_expense',
                                                      'affiliate_payable', 'adjustments')),
    owner_id        BLOB     REFERENCES users (id),
    currency        TEXT     NOT NULL,
    balance_minor   BIGINT   NOT NULL DEFAULT 0,
    may_go_negative BIGINT   NOT NULL CHECK (may_go_negative IN (0, 1)),
    created_at      BIGINT   NOT NULL,
    CHECK (may_go_negative = 1 OR balance_minor >= 0)
);

-- A movement of money. Its entries sum to zero. `external_key` makes an outside event (a gateway
-- payment) move money at most once.
CREATE TABLE ledger_txns (
    id           BLOB    NOT NULL PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('top_up', 'purchase', 'refund', 'adjustment', 'commission',
                                                   'commission_release', 'commission_reversal')),
    user_id      BLOB    REFERENCES users (id),
    reference    TEXT,
    external_key TEXT    UNIQUE,
    memo         TEXT    NOT NULL DEFAULT '',
    actor_id     BLOB    REFERENCES users (id),
    created_at   BIGINT  NOT NULL
);
CREATE INDEX ledger_txns_user ON ledger_txns (user_id, created_at);

-- Append-only: never updated, never deleted.
CREATE TABLE ledger_entries (
    id           BLOB    NOT NULL PRIMARY KEY,
    txn_id       BLOB    NOT NULL REFERENCES ledger_txns (id),
    account_id   BLOB    NOT NULL REFERENCES ledger_accounts (id),
    amount_minor BIGINT  NOT NULL CHECK (amount_minor <> 0),
    created_at   BIGINT  NOT NULL
);
CREATE INDEX ledger_entries_account ON ledger_entries (account_id, created_at);
CREATE INDEX ledger_entries_txn ON ledger_entries (txn_id);

-- Client `Idempotency-Key`s, scoped per user (Stripe's rules; billing.md §3). A claim is `running`
-- until the request's own transaction marks it `done` with the answer to replay.
CREATE TABLE idempotency_keys (
    user_id      BLOB    NOT NULL REFERENCES users (id),
    key          TEXT    NOT NULL,
    route        TEXT    NOT NULL,
    request_hash BLOB    NOT NULL,
    claim        BLOB    NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('running', 'done')),
    status       BIGINT,
    body         TEXT,
    locked_until BIGINT  NOT NULL,
    created_at   BIGINT  NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);

CREATE TABLE promo_codes (
    id                  BLOB    NOT NULL PRIMARY KEY,
    -- Upper-case; customers type it in any case.
    code                TEXT    NOT NULL UNIQUE,
    percent_bp          BIGINT  CHECK (percent_bp BETWEEN 1 AND 10000),
    amount_minor        BIGINT  CHECK (amount_minor >= 1),
    valid_from          BIGINT,
    valid_until         BIGINT,
    -- Plan ids, comma-separated; empty = every plan.
    plans               TEXT    NOT NULL DEFAULT '',
    min_order_minor     BIGINT  NOT NULL DEFAULT 0 CHECK (min_order_minor >= 0),
    first_purchase_only BIGINT  NOT NULL DEFAULT 0 CHECK (first_purchase_only IN (0, 1)),
    stacks_with_volume  BIGINT  NOT NULL DEFAULT 1 CHECK (stacks_with_volume IN (0, 1)),
    -- Uses per period when `reset_period` is set, else in all.
    max_uses            BIGINT  CHECK (max_uses >= 1),
    per_user_limit      BIGINT  CHECK (per_user_limit >= 1),
    reset_period        TEXT    CHECK (reset_period IN ('day', 'week', 'month')),
    -- Start of the period `period_uses` counts (0 without a reset period).
    period_start        BIGINT  NOT NULL DEFAULT 0,
    period_uses         BIGINT  NOT NULL DEFAULT 0 CHECK (period_uses >= 0),
    total_uses          BIGINT  NOT NULL DEFAULT 0 CHECK (total_uses >= 0),
    paused              BIGINT  NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    created_at          BIGINT  NOT NULL,
    updated_at          BIGINT  NOT NULL,
    CHECK ((percent_bp IS NULL) <> (amount_minor IS NULL))
);

-- Gapless numbering: one counter row per series and year, bumped inside the invoice's transaction
-- (a rollback gives the number back).
CREATE TABLE invoice_counters (
    series TEXT   NOT NULL,
    year   BIGINT NOT NULL,
    last   BIGINT NOT NULL,
    PRIMARY KEY (series, year)
);

CREATE TABLE invoices (
    id                    BLOB    NOT NULL PRIMARY KEY,
    number                TEXT    NOT NULL UNIQUE,
    kind                  TEXT    NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    user_id               BLOB    NOT NULL REFERENCES users (id),
    -- A credit note names the invoice it cancels.
    refers_to             BLOB    REFERENCES invoices (id),
    currency              TEXT    NOT NULL,
    subtotal_minor        BIGINT  NOT NULL,
    volume_discount_minor BIGINT  NOT NULL,
    promo_discount_minor  BIGINT  NOT NULL,
    total_minor           BIGINT  NOT NULL,
    promo_code            TEXT,
    -- What the document shows, frozen at issue (JSON): lines, buyer, seller.
    lines                 TEXT    NOT NULL,
    buyer                 TEXT    NOT NULL,
    seller                TEXT    NOT NULL,
    payment_method        TEXT    NOT NULL,
    locale                TEXT    NOT NULL,
    status                TEXT    NOT NULL CHECK (status IN ('paid', 'refunded', 'issued')),
    txn_id                BLOB    REFERENCES ledger_txns (id),
    pdf_status            TEXT    NOT NULL CHECK (pdf_status IN ('pending', 'ready', 'failed')),
    pdf_sha256            BLOB   ,
    created_at            BIGINT  NOT NULL,
    updated_at            BIGINT  NOT NULL
);
CREATE INDEX invoices_user ON invoices (user_id, created_at);

CREATE TABLE promo_redemptions (
    id             BLOB    NOT NULL PRIMARY KEY,
    promo_id       BLOB    NOT NULL REFERENCES promo_codes (id),
    user_id        BLOB    NOT NULL REFERENCES users (id),
    invoice_id     BLOB    NOT NULL REFERENCES invoices (id),
    discount_minor BIGINT  NOT NULL,
    created_at     BIGINT  NOT NULL
);
CREATE INDEX promo_redemptions_user ON promo_redemptions (promo_id, user_id);

-- Rendered documents, content-addressed: a stored PDF never changes.
CREATE TABLE documents (
    sha256       BLOB    NOT NULL PRIMARY KEY,
    content_type TEXT    NOT NULL,
    content      BLOB    NOT NULL,
    created_at   BIGINT  NOT NULL
);

-- Top-ups through a gateway. Credited at most once: the credit's ledger transaction carries
-- `<gateway>:<gateway_ref>` as its external key.
CREATE TABLE payments (
    id           BLOB    NOT NULL PRIMARY KEY,
    user_id      BLOB    NOT NULL REFERENCES users (id),
    gateway      TEXT    NOT NULL,
    gateway_ref  TEXT    NOT NULL,
    amount_minor BIGINT  NOT NULL CHECK (amount_minor >= 1),
    currency     TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'paid', 'failed', 'expired')),
    txn_id       BLOB    REFERENCES ledger_txns (id),
    confirmed_by BLOB    REFERENCES users (id),
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    UNIQUE (gateway, gateway_ref)
);
CREATE INDEX payments_user ON payments (user_id, created_at);
CREATE INDEX payments_status ON payments (status, created_at);

CREATE TABLE affiliates (
    user_id    BLOB    NOT NULL PRIMARY KEY REFERENCES users (id),
    code       TEXT    NOT NULL UNIQUE,
    created_at BIGINT  NOT NULL
);

-- First touch wins: one row per referred user, never replaced.
CREATE TABLE referrals (
    user_id      BLOB    NOT NULL PRIMARY KEY REFERENCES users (id),
    affiliate_id BLOB    NOT NULL REFERENCES users (id),
    -- Purchases until then earn the affiliate a commission.
    expires_at   BIGINT  NOT NULL,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX referrals_affiliate ON referrals (affiliate_id, created_at);

CREATE TABLE commissions (
    id           BLOB    NOT NULL PRIMARY KEY,
    affiliate_id BLOB    NOT NULL REFERENCES users (id),
    invoice_id   BLOB    NOT NULL UNIQUE REFERENCES invoices (id),
    amount_minor BIGINT  NOT NULL CHECK (amount_minor >= 1),
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'available', 'reversed')),
    available_at BIGINT  NOT NULL,
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL
);
CREATE INDEX commissions_affiliate ON commissions (affiliate_id, created_at);
CREATE INDEX commissions_due ON commissions (status, available_at);

-- Admin-editable settings (seller details, commission rate, …), one value per key.
CREATE TABLE settings (
    key        TEXT   NOT NULL PRIMARY KEY,
    value      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Exchange rates to the base currency: units of `currency` per one unit of the base, as a decimal
-- string, with where it came from and when.
CREATE TABLE currency_rates (
    currency   TEXT   NOT NULL PRIMARY KEY,
    rate       TEXT   NOT NULL,
    source     TEXT   NOT NULL,
    fetched_at BIGINT NOT NULL
);

-- What a refund does to the licenses a purchase issued.
ALTER TABLE plans ADD COLUMN refund_action TEXT NOT NULL DEFAULT 'revoke' CHECK (refund_action IN ('revoke', 'suspend'));
-- Affiliate commission for this product in basis points; NULL = the global rate.
ALTER TABLE products ADD COLUMN commission_bp BIGINT CHECK (commission_bp BETWEEN 0 AND 10000);
-- The purchase that issued a license.
ALTER TABLE licenses ADD COLUMN invoice_id BLOB   REFERENCES invoices (id);
