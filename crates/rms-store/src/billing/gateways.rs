//! Payment gateways' rows: their settings, the raw webhooks they sent, what each read-back of a
//! payment saw, and counters of refused webhooks and failed calls.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct GatewaySettingsRow {
    pub gateway: String,
    pub enabled: bool,
    /// JSON array of currency codes.
    pub currencies: String,
    pub api_base_url: Option<String>,
    /// Sealed JSON object of credentials.
    pub credentials: Option<Vec<u8>>,
    /// JSON object of options.
    pub options: String,
    pub updated_at: Timestamp,
    pub updated_by: Option<Uuid>,
}

const SETTINGS_COLUMNS: &str =
    "gateway, enabled <> 0 AS enabled, currencies, api_base_url, credentials, options, updated_at, updated_by";

pub async fn gateway_settings(db: &Db) -> Result<Vec<GatewaySettingsRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {SETTINGS_COLUMNS} FROM gateway_settings ORDER BY gateway"));
    Ok(fetch!(db, query_as.fetch_all, sql;)?)
}

pub async fn gateway_setting(db: &Db, gateway: &str) -> Result<Option<GatewaySettingsRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {SETTINGS_COLUMNS} FROM gateway_settings WHERE gateway = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; gateway)?)
}

/// Saves a gateway's settings whole (the caller merged what it keeps).
pub async fn put_gateway_setting(tx: &mut Tx, row: &GatewaySettingsRow) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO gateway_settings (gateway, enabled, currencies, api_base_url, credentials, options, updated_at, updated_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (gateway) DO UPDATE SET enabled = excluded.enabled, currencies = excluded.currencies, \
         api_base_url = excluded.api_base_url, credentials = excluded.credentials, options = excluded.options, \
         updated_at = excluded.updated_at, updated_by = excluded.updated_by";
        &row.gateway, i64::from(row.enabled), &row.currencies, &row.api_base_url, &row.credentials, &row.options,
        row.updated_at, row.updated_by)?;
    Ok(())
}

/// Every gateway's sealed credentials (to re-seal them under a new master key).
pub async fn sealed_gateway_credentials(tx: &mut Tx) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all,
        "SELECT gateway, credentials FROM gateway_settings WHERE credentials IS NOT NULL ORDER BY gateway";)?)
}

pub async fn reseal_gateway_credentials(tx: &mut Tx, gateway: &str, sealed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE gateway_settings SET credentials = $2 WHERE gateway = $1"; gateway, sealed)?;
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PaymentEventRow {
    pub id: Uuid,
    pub gateway: String,
    pub event_id: String,
    pub kind: String,
    pub payment_id: Option<Uuid>,
    /// JSON object of the request's headers.
    pub headers: String,
    pub body: Vec<u8>,
    pub received_at: Timestamp,
    pub processed_at: Option<Timestamp>,
    pub outcome: Option<String>,
}

const EVENT_COLUMNS: &str =
    "id, gateway, event_id, kind, payment_id, headers, body, received_at, processed_at, outcome";

/// Stores a webhook's raw event; `false` when the gateway delivered it before.
pub async fn insert_event(tx: &mut Tx, e: &PaymentEventRow) -> Result<bool, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO payment_events ({EVENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (gateway, event_id) DO NOTHING"
    ));
    let rows = exec_tx!(tx, sql;
        e.id, &e.gateway, &e.event_id, &e.kind, e.payment_id, &e.headers, &e.body, e.received_at, e.processed_at,
        &e.outcome)?;
    Ok(rows == 1)
}

pub async fn event(db: &Db, id: Uuid) -> Result<Option<PaymentEventRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {EVENT_COLUMNS} FROM payment_events WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

/// A payment's webhooks, oldest first.
pub async fn events_of(db: &Db, payment: Uuid) -> Result<Vec<PaymentEventRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {EVENT_COLUMNS} FROM payment_events WHERE payment_id = $1 ORDER BY received_at, id"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; payment)?)
}

/// Records how an event was handled.
pub async fn event_processed(
    db: &Db,
    id: Uuid,
    payment: Option<Uuid>,
    outcome: &str,
    now: Timestamp,
) -> Result<(), StoreError> {
    exec!(db,
        "UPDATE payment_events SET payment_id = COALESCE($2, payment_id), outcome = $3, processed_at = $4 WHERE id = $1";
        id, payment, outcome, now.as_millis())?;
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PaymentCheckRow {
    pub id: Uuid,
    pub payment_id: Uuid,
    /// `webhook`, `return`, `cleanup`, `admin`.
    pub source: String,
    pub gateway_status: String,
    pub state: String,
    pub amount: Option<String>,
    pub currency: Option<String>,
    pub gateway_payment_id: Option<String>,
    pub outcome: String,
    pub checked_at: Timestamp,
}

pub async fn insert_check(db: &Db, c: &PaymentCheckRow) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO payment_checks (id, payment_id, source, gateway_status, state, amount, currency, \
         gateway_payment_id, outcome, checked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
        c.id, c.payment_id, &c.source, &c.gateway_status, &c.state, &c.amount, &c.currency, &c.gateway_payment_id,
        &c.outcome, c.checked_at)?;
    Ok(())
}

/// A payment's read-backs, oldest first.
pub async fn checks_of(db: &Db, payment: Uuid) -> Result<Vec<PaymentCheckRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT id, payment_id, source, gateway_status, state, amount, currency, gateway_payment_id, outcome, checked_at \
         FROM payment_checks WHERE payment_id = $1 ORDER BY checked_at, id";
        payment)?)
}

/// Counts one failure of `kind` (`bad_signature`, `unverifiable`, `unavailable`, …) at `gateway`.
pub async fn count_failure(db: &Db, gateway: &str, kind: &str, now: Timestamp) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO gateway_failures (gateway, kind, count, last_at) VALUES ($1, $2, 1, $3) \
         ON CONFLICT (gateway, kind) DO UPDATE SET count = gateway_failures.count + 1, last_at = excluded.last_at";
        gateway, kind, now.as_millis())?;
    Ok(())
}

/// Failure counts: (gateway, kind, count, last time).
pub async fn failures(db: &Db) -> Result<Vec<(String, String, i64, Timestamp)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT gateway, kind, count, last_at FROM gateway_failures ORDER BY gateway, kind";)?)
}

/// Webhook events received per gateway: (gateway, received, not processed yet, last received).
pub async fn webhook_counts(db: &Db) -> Result<Vec<(String, i64, i64, Timestamp)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT gateway, CAST(COUNT(*) AS BIGINT), \
                CAST(SUM(CASE WHEN processed_at IS NULL THEN 1 ELSE 0 END) AS BIGINT), MAX(received_at) \
         FROM payment_events GROUP BY gateway ORDER BY gateway";)?)
}
