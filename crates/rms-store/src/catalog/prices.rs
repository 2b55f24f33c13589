//! Plans' prices: unit price and tiers, sales, and whether the store shows them.

use rms_core::Timestamp;
use rms_core::pricing::{TierMode, Tiers, Visibility};
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, fetch, fetch_tx};

/// What a plan costs (minor units of the base currency).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PriceRow {
    pub plan_id: Uuid,
    pub unit_minor: i64,
    #[sqlx(try_from = "String")]
    pub tiers: Tiers,
    #[sqlx(try_from = "String")]
    pub tier_mode: TierMode,
    pub sale_minor: Option<i64>,
    pub sale_from: Option<Timestamp>,
    pub sale_until: Option<Timestamp>,
    #[sqlx(try_from = "String")]
    pub visibility: Visibility,
    pub updated_at: Timestamp,
}

/// Sets a plan's price (insert or replace).
pub async fn set_price(db: &Db, p: &PriceRow) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO plan_prices (plan_id, unit_minor, tiers, tier_mode, sale_minor, sale_from, sale_until, visibility, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
         ON CONFLICT (plan_id) DO UPDATE SET unit_minor = excluded.unit_minor, tiers = excluded.tiers, \
             tier_mode = excluded.tier_mode, sale_minor = excluded.sale_minor, sale_from = excluded.sale_from, \
             sale_until = excluded.sale_until, visibility = excluded.visibility, updated_at = excluded.updated_at";
        p.plan_id, p.unit_minor, p.tiers.to_stored(), p.tier_mode.as_str(), p.sale_minor, p.sale_from, p.sale_until,
        p.visibility.as_str(), p.updated_at)?;
    Ok(())
}

pub async fn price(db: &Db, plan: Uuid) -> Result<Option<PriceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PRICE_COLUMNS} FROM {PRICED} WHERE pp.plan_id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; plan)?)
}

/// A plan's price row as the store sells it: a plan of a retired product reads as archived.
const PRICE_COLUMNS: &str = "pp.plan_id, pp.unit_minor, pp.tiers, pp.tier_mode, pp.sale_minor, pp.sale_from, \
     pp.sale_until, CASE WHEN pr.archived_at IS NULL THEN pp.visibility ELSE 'archived' END AS visibility, pp.updated_at";
const PRICED: &str = "plan_prices pp JOIN plans pl ON pl.id = pp.plan_id JOIN products pr ON pr.id = pl.product_id";

/// [`price`] inside a transaction (a purchase prices its cart where it charges it).
pub async fn price_tx(tx: &mut Tx, plan: Uuid) -> Result<Option<PriceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PRICE_COLUMNS} FROM {PRICED} WHERE pp.plan_id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; plan)?)
}

/// A plan's price as its admin set it: unlike [`price`], a retired product's plans keep their
/// own visibility here (the admin's forms show and keep it).
pub async fn price_as_set(db: &Db, plan: Uuid) -> Result<Option<PriceRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_optional,
        "SELECT plan_id, unit_minor, tiers, tier_mode, sale_minor, sale_from, sale_until, visibility, updated_at \
         FROM plan_prices WHERE plan_id = $1";
        plan)?)
}
