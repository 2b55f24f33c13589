//! Affiliates: codes, referrals and commissions.

use rms_core::Timestamp;
use rms_core::billing::CommissionStatus;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

/// Makes `user` an affiliate with `code`; `false` when the code is taken or the user is one already.
pub async fn insert_affiliate(db: &Db, user: Uuid, code: &str, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec!(db,
        "INSERT INTO affiliates (user_id, code, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";
        user, code, now.as_millis())?;
    Ok(rows == 1)
}

/// The affiliate code of `user`, when they are one.
pub async fn affiliate_code(db: &Db, user: Uuid) -> Result<Option<String>, StoreError> {
    let row: Option<(String,)> = fetch!(db, query_as.fetch_optional, "SELECT code FROM affiliates WHERE user_id = $1";
        user)?;
    Ok(row.map(|r| r.0))
}

/// The affiliate whose code this is.
pub async fn affiliate_by_code(db: &Db, code: &str) -> Result<Option<Uuid>, StoreError> {
    let row: Option<(Uuid,)> = fetch!(db, query_as.fetch_optional, "SELECT user_id FROM affiliates WHERE code = $1";
        code)?;
    Ok(row.map(|r| r.0))
}

pub async fn affiliate_by_code_tx(tx: &mut Tx, code: &str) -> Result<Option<Uuid>, StoreError> {
    let row: Option<(Uuid,)> = fetch_tx!(tx, query_as.fetch_optional, "SELECT user_id FROM affiliates WHERE code = $1";
        code)?;
    Ok(row.map(|r| r.0))
}

/// Attributes `user` to `affiliate` unless somebody was first. `false` then.
pub async fn insert_referral(
    tx: &mut Tx,
    user: Uuid,
    affiliate: Uuid,
    expires_at: Timestamp,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "INSERT INTO referrals (user_id, affiliate_id, expires_at, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";
        user, affiliate, expires_at.as_millis(), now.as_millis())?;
    Ok(rows == 1)
}

/// Who referred `user`, while the attribution lasts at `now`.
pub async fn referrer(tx: &mut Tx, user: Uuid, now: Timestamp) -> Result<Option<Uuid>, StoreError> {
    let row: Option<(Uuid,)> = fetch_tx!(tx, query_as.fetch_optional,
        "SELECT affiliate_id FROM referrals WHERE user_id = $1 AND expires_at > $2";
        user, now.as_millis())?;
    Ok(row.map(|r| r.0))
}

/// How many users an affiliate referred.
pub async fn referral_count(db: &Db, affiliate: Uuid) -> Result<i64, StoreError> {
    let row: (i64,) = fetch!(db, query_as.fetch_one, "SELECT COUNT(*) FROM referrals WHERE affiliate_id = $1";
        affiliate)?;
    Ok(row.0)
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct CommissionRow {
    pub id: Uuid,
    pub affiliate_id: Uuid,
    pub invoice_id: Uuid,
    pub amount_minor: i64,
    #[sqlx(try_from = "String")]
    pub status: CommissionStatus,
    pub available_at: Timestamp,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

const COMMISSION_COLUMNS: &str =
    "id, affiliate_id, invoice_id, amount_minor, status, available_at, created_at, updated_at";

pub async fn insert_commission(tx: &mut Tx, c: &CommissionRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO commissions ({COMMISSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    ));
    exec_tx!(tx, sql;
        c.id, c.affiliate_id, c.invoice_id, c.amount_minor, c.status.as_str(), c.available_at, c.created_at,
        c.updated_at)?;
    Ok(())
}

/// An affiliate's commissions summed by status: (status, count, total).
pub async fn commission_totals(db: &Db, affiliate: Uuid) -> Result<Vec<(CommissionStatus, i64, i64)>, StoreError> {
    let rows: Vec<(String, i64, i64)> = fetch!(db, query_as.fetch_all,
        "SELECT status, COUNT(*), CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM commissions \
         WHERE affiliate_id = $1 GROUP BY status";
        affiliate)?;
    rows.into_iter().map(|(s, n, total)| Ok((CommissionStatus::parse(&s)?, n, total))).collect()
}

pub async fn commission_of_invoice(tx: &mut Tx, invoice: Uuid) -> Result<Option<CommissionRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COMMISSION_COLUMNS} FROM commissions WHERE invoice_id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; invoice)?)
}

/// Pending commissions whose hold ended by `now`.
pub async fn due_commissions(db: &Db, now: Timestamp, limit: i64) -> Result<Vec<CommissionRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COMMISSION_COLUMNS} FROM commissions WHERE status = 'pending' AND available_at <= $1 \
         ORDER BY available_at LIMIT $2"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; now.as_millis(), limit)?)
}

/// Moves a commission from `from` to `to`; `false` when it was not in `from` (somebody was first).
pub async fn set_commission_status(
    tx: &mut Tx,
    id: Uuid,
    from: CommissionStatus,
    to: CommissionStatus,
    now: Timestamp,
) -> Result<bool, StoreError> {
    super::transition(tx, "commissions", id, from.as_str(), to.as_str(), now).await
}
