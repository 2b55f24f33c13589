-- What each plan costs, in the store's base currency (billing.md §1–2).

CREATE TABLE plan_prices (
    plan_id    UUID   NOT NULL PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
    unit_minor BIGINT NOT NULL CHECK (unit_minor >= 0),
    -- Volume tiers: "min_quantity:basis_points" pairs, comma-separated ("5:1000,20:2000").
    tiers      TEXT   NOT NULL DEFAULT '',
    tier_mode  TEXT   NOT NULL CHECK (tier_mode IN ('graduated', 'all_units')),
    sale_minor BIGINT CHECK (sale_minor >= 0),
    sale_from  BIGINT,
    sale_until BIGINT,
    visibility TEXT   NOT NULL CHECK (visibility IN ('public', 'hidden', 'archived')),
    updated_at BIGINT NOT NULL
);
