//! Gateway payments (top-ups): created pending, settled once (paid, failed, held for an admin's
//! review), expired when abandoned, refunded when the gateway takes the money back.

use rms_core::Timestamp;
use rms_core::billing::PaymentStatus;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PaymentRow {
    pub id: Uuid,
    pub user_id: Uuid,
    /// The gateway's registry name.
    pub gateway: String,
    /// Our reference (quoted on bank transfers).
    pub gateway_ref: String,
    /// What the payer pays, in `currency`.
    pub amount_minor: i64,
    pub currency: String,
    #[sqlx(try_from = "String")]
    pub status: PaymentStatus,
    pub txn_id: Option<Uuid>,
    pub confirmed_by: Option<Uuid>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// The gateway's id to read the payment back with.
    pub external_ref: Option<String>,
    /// The gateway's id of the money credited.
    pub gateway_payment_id: Option<String>,
    pub pay_url: Option<String>,
    /// The order in the base currency (`None` on payments from before conversions: then
    /// `amount_minor` is in the base currency).
    pub base_amount_minor: Option<i64>,
    pub rate: Option<String>,
    pub rate_source: Option<String>,
    pub rate_at: Option<Timestamp>,
    /// What the wallet received, in the base currency.
    pub credited_minor: Option<i64>,
    pub gateway_status: Option<String>,
    pub review_reason: Option<String>,
    /// Why an admin must look at a settled payment (money the gateway reported after it was
    /// paid); `None` once handled. Set by [`flag_attention`], never on insert.
    pub attention: Option<String>,
    /// The gateway event that last flagged it (kept once handled).
    pub attention_key: Option<String>,
}

impl PaymentRow {
    /// The order's amount in the base currency.
    pub fn base_amount(&self) -> i64 {
        self.base_amount_minor.unwrap_or(self.amount_minor)
    }
}

const PAYMENT_COLUMNS: &str = "id, user_id, gateway, gateway_ref, amount_minor, currency, status, txn_id, confirmed_by, \
     created_at, updated_at, external_ref, gateway_payment_id, pay_url, base_amount_minor, rate, rate_source, rate_at, \
     credited_minor, gateway_status, review_reason";
/// What reads of a payment select: the inserted columns and the attention flag.
const PAYMENT_READ: &str = "id, user_id, gateway, gateway_ref, amount_minor, currency, status, txn_id, confirmed_by, \
     created_at, updated_at, external_ref, gateway_payment_id, pay_url, base_amount_minor, rate, rate_source, rate_at, \
     credited_minor, gateway_status, review_reason, attention, attention_key";

pub async fn insert_payment(tx: &mut Tx, p: &PaymentRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO payments ({PAYMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, \
         $15, $16, $17, $18, $19, $20, $21)"
    ));
    exec_tx!(tx, sql;
        p.id, p.user_id, &p.gateway, &p.gateway_ref, p.amount_minor, &p.currency, p.status.as_str(),
        p.txn_id, p.confirmed_by, p.created_at, p.updated_at, &p.external_ref, &p.gateway_payment_id, &p.pay_url,
        p.base_amount_minor, &p.rate, &p.rate_source, p.rate_at, p.credited_minor, &p.gateway_status,
        &p.review_reason)?;
    Ok(())
}

pub async fn payment(db: &Db, id: Uuid) -> Result<Option<PaymentRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PAYMENT_READ} FROM payments WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

/// The payment in `tx`, its row locked against concurrent settlement (PostgreSQL; SQLite's
/// writer turn already serialises).
pub async fn payment_for_update(tx: &mut Tx, id: Uuid) -> Result<Option<PaymentRow>, StoreError> {
    exec_tx!(tx, "UPDATE payments SET updated_at = updated_at WHERE id = $1"; id)?;
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PAYMENT_READ} FROM payments WHERE id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; id)?)
}

/// The payment `gateway` knows as `external_ref`.
pub async fn payment_by_external(db: &Db, gateway: &str, external_ref: &str) -> Result<Option<PaymentRow>, StoreError> {
    let sql =
        sqlx::AssertSqlSafe(format!("SELECT {PAYMENT_READ} FROM payments WHERE gateway = $1 AND external_ref = $2"));
    Ok(fetch!(db, query_as.fetch_optional, sql; gateway, external_ref)?)
}

/// The payment whose credited money `gateway` knows as `gateway_payment_id`.
pub async fn payment_by_gateway_payment(
    db: &Db,
    gateway: &str,
    gateway_payment_id: &str,
) -> Result<Option<PaymentRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {PAYMENT_READ} FROM payments WHERE gateway = $1 AND gateway_payment_id = $2"
    ));
    Ok(fetch!(db, query_as.fetch_optional, sql; gateway, gateway_payment_id)?)
}

/// Payments newest first: one user's, or everybody's in `status`.
pub async fn payments(
    db: &Db,
    user: Option<Uuid>,
    status: Option<PaymentStatus>,
    limit: i64,
) -> Result<Vec<PaymentRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {PAYMENT_READ} FROM payments WHERE ($1 IS NULL OR user_id = $1) AND ($2 IS NULL OR status = $2) \
         ORDER BY created_at DESC LIMIT $3"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; user, status.map(PaymentStatus::as_str), limit)?)
}

/// Settled payments an admin must look at, oldest flag first.
pub async fn needing_attention(db: &Db, limit: i64) -> Result<Vec<PaymentRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {PAYMENT_READ} FROM payments WHERE attention IS NOT NULL ORDER BY attention_at, id LIMIT $1"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; limit)?)
}

/// Flags a settled payment for an admin because of gateway event `key` (`reason` says what it
/// was). `false` when that event flagged it already (open or handled): a repeated webhook or
/// read-back raises nothing new.
pub async fn flag_attention(
    tx: &mut Tx,
    id: Uuid,
    reason: &str,
    key: &str,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE payments SET attention = $2, attention_key = $3, attention_at = $4 \
         WHERE id = $1 AND (attention_key IS NULL OR attention_key <> $3)";
        id, reason, key, now.as_millis())?;
    Ok(rows == 1)
}

/// An admin handled a flagged payment: the reason it was flagged for, `None` when it was not.
pub async fn clear_attention(tx: &mut Tx, id: Uuid) -> Result<Option<String>, StoreError> {
    let seen: Option<Option<String>> =
        fetch_tx!(tx, query_scalar.fetch_optional, "SELECT attention FROM payments WHERE id = $1"; id)?;
    let Some(Some(reason)) = seen else { return Ok(None) };
    // Cleared only as it was read: a flag raised meanwhile stays for the admin to see.
    let rows = exec_tx!(tx, "UPDATE payments SET attention = NULL WHERE id = $1 AND attention = $2"; id, &reason)?;
    Ok((rows == 1).then_some(reason))
}

/// Records what the gateway created for a pending payment (its id and the payer's page).
pub async fn set_created_tx(
    tx: &mut Tx,
    id: Uuid,
    external_ref: &str,
    pay_url: &str,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE payments SET external_ref = $2, pay_url = $3, updated_at = $4 WHERE id = $1 AND status = 'pending'";
        id, external_ref, pay_url, now.as_millis())?;
    Ok(rows == 1)
}

/// What a settlement credits.
pub struct Settlement<'a> {
    pub txn: Uuid,
    pub confirmed_by: Option<Uuid>,
    pub credited_minor: i64,
    pub gateway_payment_id: Option<&'a str>,
    pub gateway_status: Option<&'a str>,
}

/// Marks a payment not yet paid (pending, in review, or ended without money and paid late after
/// all) paid by ledger transaction `txn`; `false` when it was paid or refunded already.
pub async fn mark_paid(tx: &mut Tx, id: Uuid, s: &Settlement<'_>, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE payments SET status = 'paid', txn_id = $2, confirmed_by = $3, credited_minor = $4, \
         gateway_payment_id = COALESCE($5, gateway_payment_id), gateway_status = COALESCE($6, gateway_status), \
         review_reason = NULL, updated_at = $7 WHERE id = $1 AND status IN ('pending', 'review', 'expired', 'failed')";
        id, s.txn, s.confirmed_by, s.credited_minor, s.gateway_payment_id, s.gateway_status, now.as_millis())?;
    Ok(rows == 1)
}

/// Puts a payment not yet credited in the admin review queue: a pending one, or one that ended
/// without money and then reported money we cannot credit as it is (never one an admin rejected
/// from the queue already). `false` otherwise.
pub async fn mark_review(
    tx: &mut Tx,
    id: Uuid,
    reason: &str,
    gateway_status: Option<&str>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE payments SET status = 'review', review_reason = $2, gateway_status = COALESCE($3, gateway_status), \
         updated_at = $4 WHERE id = $1 AND (status = 'pending' OR \
         (status IN ('expired', 'failed') AND review_reason IS NULL))";
        id, reason, gateway_status, now.as_millis())?;
    Ok(rows == 1)
}

/// Ends a pending (or in-review) payment without money: `failed` or `expired`.
pub async fn mark_unpaid(
    tx: &mut Tx,
    id: Uuid,
    to: PaymentStatus,
    gateway_status: Option<&str>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE payments SET status = $2, gateway_status = COALESCE($3, gateway_status), updated_at = $4 \
         WHERE id = $1 AND status IN ('pending', 'review')";
        id, to.as_str(), gateway_status, now.as_millis())?;
    Ok(rows == 1)
}

/// Marks a paid payment refunded; `false` when it was not paid.
pub async fn mark_refunded(
    tx: &mut Tx,
    id: Uuid,
    gateway_status: Option<&str>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE payments SET status = 'refunded', gateway_status = COALESCE($2, gateway_status), updated_at = $3 \
         WHERE id = $1 AND status = 'paid'";
        id, gateway_status, now.as_millis())?;
    Ok(rows == 1)
}

/// Remembers the gateway's latest status word of a payment still pending.
pub async fn set_gateway_status(db: &Db, id: Uuid, status: &str, now: Timestamp) -> Result<(), StoreError> {
    exec!(db,
        "UPDATE payments SET gateway_status = $2, updated_at = $3 WHERE id = $1 AND status = 'pending'";
        id, status, now.as_millis())?;
    Ok(())
}

/// Records the gateway's status word on a settled payment (a paid one partly refunded).
pub async fn set_gateway_status_tx(tx: &mut Tx, id: Uuid, status: &str, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE payments SET gateway_status = $2, updated_at = $3 WHERE id = $1"; id, status, now.as_millis())?;
    Ok(())
}

/// How many payments `user` has waiting (pending).
pub async fn pending_payments(tx: &mut Tx, user: Uuid) -> Result<i64, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM payments WHERE user_id = $1 AND status = 'pending'";
        user)?)
}

/// Payments still pending since before `before`, oldest first.
pub async fn stale_payments(db: &Db, before: Timestamp, limit: i64) -> Result<Vec<PaymentRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {PAYMENT_READ} FROM payments WHERE status = 'pending' AND created_at < $1 ORDER BY created_at LIMIT $2"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; before.as_millis(), limit)?)
}

/// How many payments are in `status` (through `gateway`, when given).
pub async fn count_payments(db: &Db, status: &str, gateway: Option<&str>) -> Result<i64, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM payments WHERE status = $1 AND ($2 IS NULL OR gateway = $2)";
        status, gateway)?)
}
