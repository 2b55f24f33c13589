-- Checkout paying the shortfall through a gateway (issue 16): the order waits for its payment and
-- is bought, under the buyer's idempotency key, when the payment is credited. One order per
-- payment.
CREATE TABLE pending_orders (
    payment_id      UUID   NOT NULL PRIMARY KEY REFERENCES payments (id),
    user_id         UUID   NOT NULL REFERENCES users (id),
    -- The purchase as asked (JSON: items, promo_code, referral_code).
    request         TEXT   NOT NULL,
    idempotency_key TEXT   NOT NULL,
    status          TEXT   NOT NULL CHECK (status IN ('waiting', 'completed', 'failed')),
    invoice_id      UUID   REFERENCES invoices (id),
    -- Why it could not be bought (a problem code), for the buyer's page.
    failure         TEXT,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX pending_orders_user ON pending_orders (user_id, created_at);
-- One waiting order per buyer and key: a retried checkout finds the order it started.
CREATE UNIQUE INDEX pending_orders_one_waiting ON pending_orders (user_id, idempotency_key) WHERE status = 'waiting';
