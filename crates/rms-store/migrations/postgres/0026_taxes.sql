-- Taxes (billing.md §2.4): the admin's rates by the buyer's country or region, the region on a
-- billing profile, and what tax each invoice charged, frozen at issue.

-- `DE` (a country) or `US-CA` (a region of it, ISO 3166-2): the region's rate wins over its
-- country's.
CREATE TABLE tax_rates (
    region     TEXT   NOT NULL PRIMARY KEY,
    rate_bp    BIGINT NOT NULL CHECK (rate_bp >= 0 AND rate_bp <= 10000),
    updated_at BIGINT NOT NULL
);

-- The region part of an ISO 3166-2 code (`CA` of `US-CA`), or empty.
ALTER TABLE billing_profiles ADD COLUMN region TEXT NOT NULL DEFAULT '';

-- Tax charged (minor units, negative on a credit note), the rate charged, whether the prices
-- included it, and whether the buyer accounts for it (EU reverse charge).
ALTER TABLE invoices ADD COLUMN tax_minor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN tax_rate_bp BIGINT NOT NULL DEFAULT 0 CHECK (tax_rate_bp >= 0 AND tax_rate_bp <= 10000);
ALTER TABLE invoices ADD COLUMN tax_inclusive BIGINT NOT NULL DEFAULT 0 CHECK (tax_inclusive IN (0, 1));
ALTER TABLE invoices ADD COLUMN reverse_charge BIGINT NOT NULL DEFAULT 0 CHECK (reverse_charge IN (0, 1));
