//! Gateway payments (top-ups): created pending, paid once, expired when abandoned.

use rms_core::Timestamp;
use rms_core::billing::{Gateway, PaymentStatus};
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PaymentRow {
    pub id: Uuid,
    pub user_id: Uuid,
    #[sqlx(try_from = "String")]
    pub gateway: Gateway,
    pub gateway_ref: String,
    pub amount_minor: i64,
    pub currency: String,
    #[sqlx(try_from = "String")]
    pub status: PaymentStatus,
    pub txn_id: Option<Uuid>,
    pub confirmed_by: Option<Uuid>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

const PAYMENT_COLUMNS: &str =
    "id, user_id, gateway, gateway_ref, amount_minor, currency, status, txn_id, confirmed_by, created_at, updated_at";

pub async fn insert_payment(tx: &mut Tx, p: &PaymentRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO payments ({PAYMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
    ));
    exec_tx!(tx, sql;
        p.id, p.user_id, p.gateway.as_str(), &p.gateway_ref, p.amount_minor, &p.currency, p.status.as_str(),
        p.txn_id, p.confirmed_by, p.created_at, p.updated_at)?;
    Ok(())
}

pub async fn payment(db: &Db, id: Uuid) -> Result<Option<PaymentRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PAYMENT_COLUMNS} FROM payments WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

/// Payments newest first: one user's, or everybody's in `status`.
pub async fn payments(
    db: &Db,
    user: Option<Uuid>,
    status: Option<PaymentStatus>,
    limit: i64,
) -> Result<Vec<PaymentRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {PAYMENT_COLUMNS} FROM payments WHERE ($1 IS NULL OR user_id = $1) AND ($2 IS NULL OR status = $2) \
         ORDER BY created_at DESC LIMIT $3"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; user, status.map(PaymentStatus::as_str), limit)?)
}

/// Marks a pending payment paid by ledger transaction `txn`; `false` when it was not pending.
pub async fn mark_paid(
    tx: &mut Tx,
    id: Uuid,
    txn: Uuid,
    confirmed_by: Option<Uuid>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE payments SET status = 'paid', txn_id = $2, confirmed_by = $3, updated_at = $4 WHERE id = $1 AND status = 'pending'";
        id, txn, confirmed_by, now.as_millis())?;
    Ok(rows == 1)
}

/// How many payments `user` has waiting (pending).
pub async fn pending_payments(tx: &mut Tx, user: Uuid) -> Result<i64, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM payments WHERE user_id = $1 AND status = 'pending'";
        user)?)
}

/// Expires payments still pending since before `before`.
pub async fn expire_payments(db: &Db, before: Timestamp, now: Timestamp) -> Result<u64, StoreError> {
    Ok(exec!(db,
        "UPDATE payments SET status = 'expired', updated_at = $2 WHERE status = 'pending' AND created_at < $1";
        before.as_millis(), now.as_millis())?)
}
