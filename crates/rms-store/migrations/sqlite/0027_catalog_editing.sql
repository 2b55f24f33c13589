-- The catalog edited from the UI (issue 16): a product's description (Markdown) and features, its
-- retirement (archived: no longer sold; its licenses carry on), a plan's features and renewal
-- discount, and a license's auto-renewal from the wallet.
ALTER TABLE products ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN features TEXT NOT NULL DEFAULT '[]';
ALTER TABLE products ADD COLUMN archived_at BIGINT;
-- The product's picture on its store page: `<sha256 hex>:<png|svg>` of a stored document, or empty.
ALTER TABLE products ADD COLUMN image TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN features TEXT NOT NULL DEFAULT '[]';
ALTER TABLE plans ADD COLUMN renewal_discount_bp BIGINT NOT NULL DEFAULT 0
    CHECK (renewal_discount_bp >= 0 AND renewal_discount_bp <= 10000);
-- 1: renewed from the wallet when its term ends. `renewal_reminded_for` is the end date the last
-- reminder was sent for, so each term is reminded once.
ALTER TABLE licenses ADD COLUMN auto_renew BIGINT NOT NULL DEFAULT 0 CHECK (auto_renew IN (0, 1));
ALTER TABLE licenses ADD COLUMN renewal_reminded_for BIGINT;
