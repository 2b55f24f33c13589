-- no-transaction
-- The ledger gets a `tax_payable` account: tax collected on sales is owed to the tax office, not
-- revenue. SQLite cannot change a CHECK constraint in place, so the accounts table is rebuilt the
-- way SQLite's documentation prescribes (foreign keys off outside a transaction, copy, swap, check,
-- commit). Rerunning it after an interruption before its bookkeeping row is harmless: the rebuild
-- is idempotent.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TABLE ledger_accounts_rebuilt (
    id              BLOB     NOT NULL PRIMARY KEY,
    -- `wallet:<user id>`, `clearing:<gateway>`, `revenue`, `promo_expense`, `affiliate_payable`,
    -- `affiliate_debt:<user id>`, `adjustments`, `tax_payable`.
    name            TEXT     NOT NULL UNIQUE,
    kind            TEXT     NOT NULL CHECK (kind IN ('wallet', 'clearing', 'revenue', 'promo_expense',
                                                      'affiliate_payable', 'adjustments', 'tax_payable')),
    owner_id        BLOB     REFERENCES users (id),
    currency        TEXT     NOT NULL,
    balance_minor   BIGINT   NOT NULL DEFAULT 0,
    may_go_negative BIGINT   NOT NULL CHECK (may_go_negative IN (0, 1)),
    created_at      BIGINT   NOT NULL,
    CHECK (may_go_negative = 1 OR balance_minor >= 0)
);
INSERT INTO ledger_accounts_rebuilt (id, name, kind, owner_id, currency, balance_minor, may_go_negative, created_at)
    SELECT id, name, kind, owner_id, currency, balance_minor, may_go_negative, created_at FROM ledger_accounts;
DROP TABLE ledger_accounts;
ALTER TABLE ledger_accounts_rebuilt RENAME TO ledger_accounts;
COMMIT;
PRAGMA foreign_keys = ON;
