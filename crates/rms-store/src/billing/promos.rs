//! Promo codes, their use counters and redemptions.

use rms_core::Timestamp;
use rms_core::billing::{Redemption, ResetPeriod};
use rms_core::money::BasisPoints;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

/// The plans a code applies to (empty: every plan); stored comma-separated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PromoPlans(pub Vec<Uuid>);

impl PromoPlans {
    fn to_stored(&self) -> String {
        self.0.iter().map(Uuid::to_string).collect::<Vec<_>>().join(",")
    }
}

impl TryFrom<String> for PromoPlans {
    type Error = uuid::Error;
    fn try_from(stored: String) -> Result<Self, uuid::Error> {
        stored.split(',').filter(|p| !p.is_empty()).map(str::parse).collect::<Result<_, _>>().map(Self)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PromoRow {
    pub id: Uuid,
    pub code: String,
    pub percent_bp: Option<BasisPoints>,
    pub amount_minor: Option<i64>,
    pub valid_from: Option<Timestamp>,
    pub valid_until: Option<Timestamp>,
    #[sqlx(try_from = "String")]
    pub plans: PromoPlans,
    pub min_order_minor: i64,
    pub first_purchase_only: i64,
    pub stacks_with_volume: i64,
    pub max_uses: Option<i64>,
    pub per_user_limit: Option<i64>,
    pub reset_period: Option<ResetPeriod>,
    /// The start of the period `period_uses` counts (the epoch without resets).
    pub period_start: Timestamp,
    pub period_uses: i64,
    pub total_uses: i64,
    pub paused: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

const PROMO_COLUMNS: &str = "id, code, percent_bp, amount_minor, valid_from, valid_until, plans, min_order_minor, \
     first_purchase_only, stacks_with_volume, max_uses, per_user_limit, reset_period, period_start, period_uses, \
     total_uses, paused, created_at, updated_at";

/// Inserts a promo code; `false` when the code exists.
pub async fn insert_promo(db: &Db, p: &PromoRow) -> Result<bool, StoreError> {
    let rows = exec!(db,
        "INSERT INTO promo_codes (id, code, percent_bp, amount_minor, valid_from, valid_until, plans, min_order_minor, \
             first_purchase_only, stacks_with_volume, max_uses, per_user_limit, reset_period, period_start, period_uses, \
             total_uses, paused, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 0, 0, 0, $14, $15, $15) \
         ON CONFLICT (code) DO NOTHING";
        p.id, &p.code, p.percent_bp.map(|bp| i64::from(bp.get())), p.amount_minor, p.valid_from, p.valid_until, p.plans.to_stored(),
        p.min_order_minor, p.first_purchase_only, p.stacks_with_volume, p.max_uses, p.per_user_limit,
        p.reset_period.map(ResetPeriod::as_str), p.paused, p.created_at)?;
    Ok(rows == 1)
}

/// Changes a promo code's terms (its counters stay).
pub async fn update_promo(db: &Db, p: &PromoRow) -> Result<bool, StoreError> {
    let rows = exec!(db,
        "UPDATE promo_codes SET percent_bp = $2, amount_minor = $3, valid_from = $4, valid_until = $5, plans = $6, \
             min_order_minor = $7, first_purchase_only = $8, stacks_with_volume = $9, max_uses = $10, \
             per_user_limit = $11, reset_period = $12, paused = $13, updated_at = $14 WHERE id = $1";
        p.id, p.percent_bp.map(|bp| i64::from(bp.get())), p.amount_minor, p.valid_from, p.valid_until, p.plans.to_stored(), p.min_order_minor,
        p.first_purchase_only, p.stacks_with_volume, p.max_uses, p.per_user_limit, p.reset_period.map(ResetPeriod::as_str),
        p.paused, p.updated_at)?;
    Ok(rows == 1)
}

pub async fn promo(db: &Db, id: Uuid) -> Result<Option<PromoRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PROMO_COLUMNS} FROM promo_codes WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

pub async fn promo_by_code(db: &Db, code: &str) -> Result<Option<PromoRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PROMO_COLUMNS} FROM promo_codes WHERE code = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; code)?)
}

pub async fn promo_by_code_tx(tx: &mut Tx, code: &str) -> Result<Option<PromoRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PROMO_COLUMNS} FROM promo_codes WHERE code = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; code)?)
}

pub async fn promos(db: &Db) -> Result<Vec<PromoRow>, StoreError> {
    let sql =
        sqlx::AssertSqlSafe(format!("SELECT {PROMO_COLUMNS} FROM promo_codes ORDER BY created_at DESC LIMIT 500"));
    Ok(fetch!(db, query_as.fetch_all, sql;)?)
}

/// Takes one use of promo `id` in the period starting at `period_start` (0 without resets): one
/// conditional statement, so a cap holds under any number of concurrent checkouts. A new period
/// starts its count at this use. `false` when paused or the cap is reached.
pub async fn take_promo_use(
    tx: &mut Tx,
    id: Uuid,
    period_start: Timestamp,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE promo_codes SET \
             period_uses = CASE WHEN period_start = $2 THEN period_uses + 1 ELSE 1 END, \
             period_start = $2, total_uses = total_uses + 1, updated_at = $3 \
         WHERE id = $1 AND paused = 0 \
           AND (max_uses IS NULL OR (CASE WHEN period_start = $2 THEN period_uses ELSE 0 END) < max_uses)";
        id, period_start, now.as_millis())?;
    Ok(rows == 1)
}

/// How many times `user` used promo `id`.
pub async fn promo_uses_by(tx: &mut Tx, id: Uuid, user: Uuid) -> Result<i64, StoreError> {
    let row: (i64,) = fetch_tx!(tx, query_as.fetch_one,
        "SELECT COUNT(*) FROM promo_redemptions WHERE promo_id = $1 AND user_id = $2";
        id, user)?;
    Ok(row.0)
}

pub async fn insert_redemption(
    tx: &mut Tx,
    promo: Uuid,
    user: Uuid,
    invoice: Uuid,
    discount_minor: i64,
    now: Timestamp,
) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO promo_redemptions (id, promo_id, user_id, invoice_id, discount_minor, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)";
        Uuid::now_v7(), promo, user, invoice, discount_minor, now.as_millis())?;
    Ok(())
}

pub async fn redemptions(db: &Db, promo: Uuid) -> Result<Vec<Redemption>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT u.email, i.number AS invoice_number, r.discount_minor, r.created_at FROM promo_redemptions r \
         JOIN users u ON u.id = r.user_id JOIN invoices i ON i.id = r.invoice_id \
         WHERE r.promo_id = $1 ORDER BY r.created_at DESC LIMIT 200";
        promo)?)
}
