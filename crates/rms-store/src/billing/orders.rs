//! Orders waiting for the payment of their shortfall.

use rms_core::Timestamp;
use rms_core::billing::OrderStatus;
use uuid::Uuid;

use crate::{Db, Json, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

/// What was asked: plans and quantities, a promo code, a referral code; and the request as its
/// idempotency key knows it (the route and the body it was first sent with), so completing the
/// order is that same request, answered once.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderRequest {
    pub items: Vec<(Uuid, i64)>,
    pub promo_code: Option<String>,
    pub referral_code: Option<String>,
    pub route: String,
    pub body: serde_json::Value,
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct OrderRow {
    pub payment_id: Uuid,
    pub user_id: Uuid,
    #[sqlx(try_from = "String")]
    pub request: Json<OrderRequest>,
    pub idempotency_key: String,
    pub status: OrderStatus,
    pub invoice_id: Option<Uuid>,
    pub failure: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

const ORDER_COLUMNS: &str =
    "payment_id, user_id, request, idempotency_key, status, invoice_id, failure, created_at, updated_at";

pub async fn insert_order(db: &Db, o: &OrderRow) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO pending_orders (payment_id, user_id, request, idempotency_key, status, invoice_id, failure, \
                                     created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
        o.payment_id, o.user_id, o.request.to_stored()?, &o.idempotency_key, o.status.as_str(), o.invoice_id, &o.failure,
        o.created_at, o.updated_at)?;
    Ok(())
}

pub async fn order(db: &Db, payment: Uuid) -> Result<Option<OrderRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {ORDER_COLUMNS} FROM pending_orders WHERE payment_id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; payment)?)
}

/// The order waiting under a buyer's idempotency key, when there is one.
pub async fn waiting_order(db: &Db, user: Uuid, key: &str) -> Result<Option<OrderRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {ORDER_COLUMNS} FROM pending_orders WHERE user_id = $1 AND idempotency_key = $2 AND status = 'waiting'"
    ));
    Ok(fetch!(db, query_as.fetch_optional, sql; user, key)?)
}

pub async fn order_tx(tx: &mut Tx, payment: Uuid) -> Result<Option<OrderRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {ORDER_COLUMNS} FROM pending_orders WHERE payment_id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; payment)?)
}

/// Fails a waiting order with why (in a transaction that may also tell the buyer); `false` when
/// it was not waiting any more.
pub async fn fail_order_tx(tx: &mut Tx, payment: Uuid, failure: &str, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE pending_orders SET status = 'failed', failure = $2, updated_at = $3 \
         WHERE payment_id = $1 AND status = 'waiting'";
        payment, failure, now.as_millis())?;
    Ok(rows == 1)
}

/// Completes the waiting order of `payment` with its invoice; `false` when it was not waiting any
/// more. In the transaction that bought it, `false` rolls the purchase back: an order failed
/// meanwhile (and its buyer told so) is not bought after all.
pub async fn complete_order_tx(tx: &mut Tx, payment: Uuid, invoice: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE pending_orders SET status = 'completed', invoice_id = $2, failure = NULL, updated_at = $3 \
         WHERE payment_id = $1 AND status = 'waiting'";
        payment, invoice, now.as_millis())?;
    Ok(rows == 1)
}
