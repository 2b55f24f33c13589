-- The ledger gets a `tax_payable` account: tax collected on sales is owed to the tax office, not
-- revenue.
ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check;
ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check
    CHECK (kind IN ('wallet', 'clearing', 'revenue', 'promo_expense', 'affiliate_payable', 'adjustments',
                    'tax_payable'));
