//! Plans: the terms a product's licenses are issued on, their words in other languages, and what
//! a refund does to them.

use rms_core::Timestamp;
use rms_core::billing::RefundAction;
use rms_core::licensing::Entitlements;
use rms_core::money::BasisPoints;
use rms_core::product::CatalogTexts;
use uuid::Uuid;

use crate::{Db, Json, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PlanRow {
    pub id: Uuid,
    pub product_id: Uuid,
    pub name: String,
    pub max_activations: i64,
    pub duration_days: Option<i64>,
    pub heartbeat_interval_secs: i64,
    pub max_reassignments: Option<i64>,
    pub heartbeat_grace_secs: i64,
    pub offline_grace_secs: i64,
    pub reassign_window_days: i64,
    pub reassign_cooldown_secs: i64,
    /// Feature codes, comma-separated.
    #[sqlx(try_from = "String")]
    pub entitlements: Entitlements,
    pub trial: i64,
    pub staging_domains_free: i64,
    /// `None`: devices are recognised by their exact fingerprint; `Some(k)`: by any k components.
    pub fingerprint_min_components: Option<i64>,
    /// Update rights in days from issue; `None`: always.
    pub maintenance_days: Option<i64>,
    pub created_at: Timestamp,
    /// What the plan includes, one short line each (the store's plan card).
    #[sqlx(try_from = "String")]
    pub features: Json<Vec<String>>,
    /// Off the price of a renewal, in basis points.
    pub renewal_discount_bp: BasisPoints,
    /// Its name and features in other languages.
    #[sqlx(try_from = "String")]
    pub translations: Json<CatalogTexts>,
}

const PLAN_COLUMNS: &str = "id, product_id, name, max_activations, duration_days, heartbeat_interval_secs, \
     max_reassignments, heartbeat_grace_secs, offline_grace_secs, reassign_window_days, reassign_cooldown_secs, \
     entitlements, trial, staging_domains_free, fingerprint_min_components, maintenance_days, created_at, features, \
     renewal_discount_bp, translations";

pub async fn insert_plan(db: &Db, p: &PlanRow) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO plans (id, product_id, name, max_activations, duration_days, heartbeat_interval_secs, \
                            max_reassignments, heartbeat_grace_secs, offline_grace_secs, reassign_window_days, \
                            reassign_cooldown_secs, entitlements, trial, staging_domains_free, created_at, updated_at, \
                            fingerprint_min_components, maintenance_days, features, renewal_discount_bp) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16, $17, $18, $19)";
        p.id, p.product_id, &p.name, p.max_activations, p.duration_days, p.heartbeat_interval_secs,
        p.max_reassignments, p.heartbeat_grace_secs, p.offline_grace_secs, p.reassign_window_days,
        p.reassign_cooldown_secs, p.entitlements.to_stored(), p.trial, p.staging_domains_free, p.created_at,
        p.fingerprint_min_components, p.maintenance_days, p.features.to_stored()?, i64::from(p.renewal_discount_bp.get()))?;
    Ok(())
}

/// Replaces everything about a plan but its id, product and creation, over the plan as `read`
/// (its entitlements unchanged since): `false` when there is no such plan or it changed meanwhile.
pub async fn update_plan(tx: &mut Tx, p: &PlanRow, read: &PlanRow, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE plans SET name = $2, max_activations = $3, duration_days = $4, heartbeat_interval_secs = $5, \
             max_reassignments = $6, heartbeat_grace_secs = $7, offline_grace_secs = $8, reassign_window_days = $9, \
             reassign_cooldown_secs = $10, entitlements = $11, trial = $12, staging_domains_free = $13, \
             fingerprint_min_components = $14, maintenance_days = $15, features = $16, renewal_discount_bp = $17, \
             updated_at = $18 \
         WHERE id = $1 AND entitlements = $19";
        p.id, &p.name, p.max_activations, p.duration_days, p.heartbeat_interval_secs, p.max_reassignments,
        p.heartbeat_grace_secs, p.offline_grace_secs, p.reassign_window_days, p.reassign_cooldown_secs,
        p.entitlements.to_stored(), p.trial, p.staging_domains_free, p.fingerprint_min_components, p.maintenance_days,
        p.features.to_stored()?, i64::from(p.renewal_discount_bp.get()), now.as_millis(), read.entitlements.to_stored())?;
    Ok(rows == 1)
}

pub async fn plan_tx(tx: &mut Tx, id: Uuid) -> Result<Option<PlanRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; id)?)
}

pub async fn plan(db: &Db, id: Uuid) -> Result<Option<PlanRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

/// A product's plans, oldest first.
pub async fn plans(db: &Db, product: Uuid) -> Result<Vec<PlanRow>, StoreError> {
    let sql =
        sqlx::AssertSqlSafe(format!("SELECT {PLAN_COLUMNS} FROM plans WHERE product_id = $1 ORDER BY created_at, id"));
    Ok(fetch!(db, query_as.fetch_all, sql; product)?)
}

/// The plans `owner` holds licenses of.
pub async fn plans_of_owner(db: &Db, owner: Uuid) -> Result<Vec<PlanRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {PLAN_COLUMNS} FROM plans \
         WHERE EXISTS (SELECT 1 FROM licenses l WHERE l.plan_id = plans.id AND l.owner_id = $1) ORDER BY created_at, id"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; owner)?)
}

/// Replaces a plan's words in other languages; `false` when there is no such plan.
pub async fn set_plan_texts(tx: &mut Tx, id: Uuid, texts: &CatalogTexts, now: Timestamp) -> Result<bool, StoreError> {
    let stored = Json(texts.clone()).to_stored()?;
    let rows = exec_tx!(tx, "UPDATE plans SET translations = $2, updated_at = $3 WHERE id = $1";
        id, &stored, now.as_millis())?;
    Ok(rows == 1)
}

/// What a refund does to a plan's licenses and within how many days it may be asked.
pub async fn refund_terms(db: &Db, plan: Uuid) -> Result<Option<(RefundAction, Option<i64>)>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Terms {
        #[sqlx(try_from = "String")]
        refund_action: RefundAction,
        refund_window_days: Option<i64>,
    }
    let row: Option<Terms> = fetch!(db, query_as.fetch_optional,
        "SELECT refund_action, refund_window_days FROM plans WHERE id = $1";
        plan)?;
    Ok(row.map(|t| (t.refund_action, t.refund_window_days)))
}

/// Sets what a refund does to a plan's licenses (`revoke` or `suspend`).
pub async fn set_refund_action(
    db: &Db,
    plan: Uuid,
    action: RefundAction,
    window_days: Option<i64>,
) -> Result<bool, StoreError> {
    let rows = exec!(db, "UPDATE plans SET refund_action = $2, refund_window_days = $3 WHERE id = $1";
        plan, action.as_str(), window_days)?;
    Ok(rows == 1)
}
