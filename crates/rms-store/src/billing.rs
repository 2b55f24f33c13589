//! The store's money rows besides the ledger: idempotency keys, promo codes and their use,
//! invoices and their gapless numbers, stored documents, gateway payments, affiliates, settings
//! and exchange rates.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, on_db, on_tx};

// ----- Idempotency keys ------------------------------------------------------------------------

/// What an `Idempotency-Key` says about a request that carries it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyState {
    /// First use (or a dead attempt taken over): run the request under this claim.
    Run(Uuid),
    /// Done before with the same body: answer exactly this again.
    Replay { status: i64, body: String },
    /// The key was used with another request body or route.
    Mismatch,
    /// Another request with this key is running right now (its claim holds until `until`).
    Running { until: Timestamp },
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    route: String,
    request_hash: Vec<u8>,
    claim: Uuid,
    state: String,
    status: Option<i64>,
    body: Option<String>,
    locked_until: i64,
}

/// A request carrying an idempotency key: whose, which key, where to, and the body's hash.
#[derive(Clone, Copy, Debug)]
pub struct KeyedRequest<'a> {
    pub user: Uuid,
    pub key: &'a str,
    pub route: &'a str,
    pub hash: &'a [u8],
}

/// Claims the key for one run of the request, or says why not. A key older than
/// `retention_start` is forgotten first; a running claim whose lease ran out (its process died) is
/// taken over.
pub async fn claim_key(
    db: &Db,
    request: KeyedRequest<'_>,
    now: Timestamp,
    lease_until: Timestamp,
    retention_start: Timestamp,
) -> Result<KeyState, StoreError> {
    let KeyedRequest { user, key, route, hash } = request;
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, conn => sqlx::query("DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at < $3")
        .bind(user)
        .bind(key)
        .bind(retention_start.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    let claim = Uuid::now_v7();
    let inserted = on_tx!(&mut tx, conn => sqlx::query(
        "INSERT INTO idempotency_keys (user_id, key, route, request_hash, claim, state, locked_until, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'running', $6, $7) ON CONFLICT DO NOTHING")
        .bind(user)
        .bind(key)
        .bind(route)
        .bind(hash)
        .bind(claim)
        .bind(lease_until.as_millis())
        .bind(now.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    let state = if inserted == 1 {
        KeyState::Run(claim)
    } else {
        let row: KeyRow = on_tx!(&mut tx, conn => sqlx::query_as(
            "SELECT route, request_hash, claim, state, status, body, locked_until FROM idempotency_keys \
             WHERE user_id = $1 AND key = $2")
            .bind(user)
            .bind(key)
            .fetch_one(conn).await)?;
        if row.route != route || row.request_hash != hash {
            KeyState::Mismatch
        } else if row.state == "done" {
            KeyState::Replay { status: row.status.unwrap_or(200), body: row.body.unwrap_or_default() }
        } else if row.locked_until > now.as_millis() {
            KeyState::Running { until: Timestamp::from_millis(row.locked_until) }
        } else {
            on_tx!(&mut tx, conn => sqlx::query(
                "UPDATE idempotency_keys SET claim = $3, locked_until = $4 WHERE user_id = $1 AND key = $2 AND claim = $5")
                .bind(user)
                .bind(key)
                .bind(claim)
                .bind(lease_until.as_millis())
                .bind(row.claim)
                .execute(conn).await.map(|r| r.rows_affected()))?;
            KeyState::Run(claim)
        }
    };
    tx.commit().await?;
    Ok(state)
}

/// Records the answer inside the request's own transaction. `false` when the claim was lost (its
/// lease ran out and another attempt took over): the caller must roll back.
pub async fn finish_key(
    tx: &mut Tx,
    user: Uuid,
    key: &str,
    claim: Uuid,
    status: i64,
    body: &str,
) -> Result<bool, StoreError> {
    let rows = on_tx!(tx, conn => sqlx::query(
        "UPDATE idempotency_keys SET state = 'done', status = $4, body = $5 \
         WHERE user_id = $1 AND key = $2 AND claim = $3 AND state = 'running'")
        .bind(user)
        .bind(key)
        .bind(claim)
        .bind(status)
        .bind(body)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(rows == 1)
}

/// Lets go of a claim whose request changed nothing (it was refused), so the key can be used again.
pub async fn release_key(db: &Db, user: Uuid, key: &str, claim: Uuid) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query("DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND claim = $3 AND state = 'running'")
        .bind(user)
        .bind(key)
        .bind(claim)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Every stored (sealed) answer, for re-encryption: (user, key, answer).
pub async fn all_sealed_answers(tx: &mut Tx) -> Result<Vec<(Uuid, String, String)>, StoreError> {
    Ok(on_tx!(tx, conn => sqlx::query_as(
        "SELECT user_id, key, body FROM idempotency_keys WHERE state = 'done' AND body IS NOT NULL")
        .fetch_all(conn)
        .await)?)
}

pub async fn reseal_answer(tx: &mut Tx, user: Uuid, key: &str, body: &str) -> Result<(), StoreError> {
    on_tx!(tx, conn => sqlx::query("UPDATE idempotency_keys SET body = $3 WHERE user_id = $1 AND key = $2")
        .bind(user)
        .bind(key)
        .bind(body)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Forgets keys created before `before`.
pub async fn prune_keys(db: &Db, before: Timestamp) -> Result<u64, StoreError> {
    Ok(on_db!(db, pool => sqlx::query("DELETE FROM idempotency_keys WHERE created_at < $1")
        .bind(before.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?)
}

// ----- Promo codes -----------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PromoRow {
    pub id: Uuid,
    pub code: String,
    pub percent_bp: Option<i64>,
    pub amount_minor: Option<i64>,
    pub valid_from: Option<i64>,
    pub valid_until: Option<i64>,
    pub plans: String,
    pub min_order_minor: i64,
    pub first_purchase_only: i64,
    pub stacks_with_volume: i64,
    pub max_uses: Option<i64>,
    pub per_user_limit: Option<i64>,
    pub reset_period: Option<String>,
    pub period_start: i64,
    pub period_uses: i64,
    pub total_uses: i64,
    pub paused: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

const PROMO_COLUMNS: &str = "id, code, percent_bp, amount_minor, valid_from, valid_until, plans, min_order_minor, \
     first_purchase_only, stacks_with_volume, max_uses, per_user_limit, reset_period, period_start, period_uses, \
     total_uses, paused, created_at, updated_at";

/// Inserts a promo code; `false` when the code exists.
pub async fn insert_promo(db: &Db, p: &PromoRow) -> Result<bool, StoreError> {
    let rows = on_db!(db, pool => sqlx::query(
        "INSERT INTO promo_codes (id, code, percent_bp, amount_minor, valid_from, valid_until, plans, min_order_minor, \
             first_purchase_only, stacks_with_volume, max_uses, per_user_limit, reset_period, period_start, period_uses, \
             total_uses, paused, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 0, 0, 0, $14, $15, $15) \
         ON CONFLICT (code) DO NOTHING")
        .bind(p.id)
        .bind(&p.code)
        .bind(p.percent_bp)
        .bind(p.amount_minor)
        .bind(p.valid_from)
        .bind(p.valid_until)
        .bind(&p.plans)
        .bind(p.min_order_minor)
        .bind(p.first_purchase_only)
        .bind(p.stacks_with_volume)
        .bind(p.max_uses)
        .bind(p.per_user_limit)
        .bind(p.reset_period.as_deref())
        .bind(p.paused)
        .bind(p.created_at)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(rows == 1)
}

/// Changes a promo code's terms (its counters stay).
pub async fn update_promo(db: &Db, p: &PromoRow) -> Result<bool, StoreError> {
    let rows = on_db!(db, pool => sqlx::query(
        "UPDATE promo_codes SET percent_bp = $2, amount_minor = $3, valid_from = $4, valid_until = $5, plans = $6, \
             min_order_minor = $7, first_purchase_only = $8, stacks_with_volume = $9, max_uses = $10, \
             per_user_limit = $11, reset_period = $12, paused = $13, updated_at = $14 WHERE id = $1")
        .bind(p.id)
        .bind(p.percent_bp)
        .bind(p.amount_minor)
        .bind(p.valid_from)
        .bind(p.valid_until)
        .bind(&p.plans)
        .bind(p.min_order_minor)
        .bind(p.first_purchase_only)
        .bind(p.stacks_with_volume)
        .bind(p.max_uses)
        .bind(p.per_user_limit)
        .bind(p.reset_period.as_deref())
        .bind(p.paused)
        .bind(p.updated_at)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(rows == 1)
}

pub async fn promo(db: &Db, id: Uuid) -> Result<Option<PromoRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PROMO_COLUMNS} FROM promo_codes WHERE id = $1"));
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await)?)
}

pub async fn promo_by_code(db: &Db, code: &str) -> Result<Option<PromoRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PROMO_COLUMNS} FROM promo_codes WHERE code = $1"));
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(code).fetch_optional(pool).await)?)
}

pub async fn promo_by_code_tx(tx: &mut Tx, code: &str) -> Result<Option<PromoRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PROMO_COLUMNS} FROM promo_codes WHERE code = $1"));
    Ok(on_tx!(tx, conn => sqlx::query_as(sql).bind(code).fetch_optional(conn).await)?)
}

pub async fn promos(db: &Db) -> Result<Vec<PromoRow>, StoreError> {
    let sql =
        sqlx::AssertSqlSafe(format!("SELECT {PROMO_COLUMNS} FROM promo_codes ORDER BY created_at DESC LIMIT 500"));
    Ok(on_db!(db, pool => sqlx::query_as(sql).fetch_all(pool).await)?)
}

/// Takes one use of promo `id` in the period starting at `period_start` (0 without resets): one
/// conditional statement, so a cap holds under any number of concurrent checkouts. A new period
/// starts its count at this use. `false` when paused or the cap is reached.
pub async fn take_promo_use(tx: &mut Tx, id: Uuid, period_start: i64, now: Timestamp) -> Result<bool, StoreError> {
    let rows = on_tx!(tx, conn => sqlx::query(
        "UPDATE promo_codes SET \
             period_uses = CASE WHEN period_start = $2 THEN period_uses + 1 ELSE 1 END, \
             period_start = $2, total_uses = total_uses + 1, updated_at = $3 \
         WHERE id = $1 AND paused = 0 \
           AND (max_uses IS NULL OR (CASE WHEN period_start = $2 THEN period_uses ELSE 0 END) < max_uses)")
        .bind(id)
        .bind(period_start)
        .bind(now.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(rows == 1)
}

/// How many times `user` used promo `id`.
pub async fn promo_uses_by(tx: &mut Tx, id: Uuid, user: Uuid) -> Result<i64, StoreError> {
    let row: (i64,) = on_tx!(tx, conn => sqlx::query_as(
        "SELECT COUNT(*) FROM promo_redemptions WHERE promo_id = $1 AND user_id = $2")
        .bind(id)
        .bind(user)
        .fetch_one(conn).await)?;
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
    on_tx!(tx, conn => sqlx::query(
        "INSERT INTO promo_redemptions (id, promo_id, user_id, invoice_id, discount_minor, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(Uuid::now_v7())
        .bind(promo)
        .bind(user)
        .bind(invoice)
        .bind(discount_minor)
        .bind(now.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// One use of a promo code, for its usage page.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RedemptionRow {
    pub email: String,
    pub invoice_number: String,
    pub discount_minor: i64,
    pub created_at: i64,
}

pub async fn redemptions(db: &Db, promo: Uuid) -> Result<Vec<RedemptionRow>, StoreError> {
    Ok(on_db!(db, pool => sqlx::query_as(
        "SELECT u.email, i.number AS invoice_number, r.discount_minor, r.created_at FROM promo_redemptions r \
         JOIN users u ON u.id = r.user_id JOIN invoices i ON i.id = r.invoice_id \
         WHERE r.promo_id = $1 ORDER BY r.created_at DESC LIMIT 200")
        .bind(promo)
        .fetch_all(pool).await)?)
}

// ----- Invoices --------------------------------------------------------------------------------

/// The next number of `series` in `year`: the counter row is bumped in the caller's transaction,
/// so numbers are unique and a rolled-back purchase gives its number back (no gaps).
pub async fn next_invoice_number(tx: &mut Tx, series: &str, year: i64) -> Result<i64, StoreError> {
    on_tx!(tx, conn => sqlx::query("INSERT INTO invoice_counters (series, year, last) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING")
        .bind(series)
        .bind(year)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    let row: (i64,) = on_tx!(tx, conn => sqlx::query_as(
        "UPDATE invoice_counters SET last = last + 1 WHERE series = $1 AND year = $2 RETURNING last")
        .bind(series)
        .bind(year)
        .fetch_one(conn).await)?;
    Ok(row.0)
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct InvoiceRow {
    pub id: Uuid,
    pub number: String,
    pub kind: String,
    pub user_id: Uuid,
    pub refers_to: Option<Uuid>,
    pub currency: String,
    pub subtotal_minor: i64,
    pub volume_discount_minor: i64,
    pub promo_discount_minor: i64,
    pub total_minor: i64,
    pub promo_code: Option<String>,
    pub lines: String,
    pub buyer: String,
    pub seller: String,
    pub payment_method: String,
    pub locale: String,
    pub status: String,
    pub txn_id: Option<Uuid>,
    pub pdf_status: String,
    pub pdf_sha256: Option<Vec<u8>>,
    pub created_at: i64,
    pub updated_at: i64,
}

const INVOICE_COLUMNS: &str = "id, number, kind, user_id, refers_to, currency, subtotal_minor, volume_discount_minor, \
     promo_discount_minor, total_minor, promo_code, lines, buyer, seller, payment_method, locale, status, txn_id, \
     pdf_status, pdf_sha256, created_at, updated_at";

pub async fn insert_invoice(tx: &mut Tx, i: &InvoiceRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO invoices ({INVOICE_COLUMNS}) VALUES \
         ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)"
    ));
    on_tx!(tx, conn => sqlx::query(sql)
        .bind(i.id)
        .bind(&i.number)
        .bind(&i.kind)
        .bind(i.user_id)
        .bind(i.refers_to)
        .bind(&i.currency)
        .bind(i.subtotal_minor)
        .bind(i.volume_discount_minor)
        .bind(i.promo_discount_minor)
        .bind(i.total_minor)
        .bind(i.promo_code.as_deref())
        .bind(&i.lines)
        .bind(&i.buyer)
        .bind(&i.seller)
        .bind(&i.payment_method)
        .bind(&i.locale)
        .bind(&i.status)
        .bind(i.txn_id)
        .bind(&i.pdf_status)
        .bind(i.pdf_sha256.as_deref())
        .bind(i.created_at)
        .bind(i.updated_at)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn invoice(db: &Db, id: Uuid) -> Result<Option<InvoiceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {INVOICE_COLUMNS} FROM invoices WHERE id = $1"));
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await)?)
}

pub async fn invoice_tx(tx: &mut Tx, id: Uuid) -> Result<Option<InvoiceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {INVOICE_COLUMNS} FROM invoices WHERE id = $1"));
    Ok(on_tx!(tx, conn => sqlx::query_as(sql).bind(id).fetch_optional(conn).await)?)
}

/// A user's invoices and credit notes, newest first; every user's for `None`.
pub async fn invoices(db: &Db, user: Option<Uuid>, limit: i64) -> Result<Vec<InvoiceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {INVOICE_COLUMNS} FROM invoices WHERE ($1 IS NULL OR user_id = $1) ORDER BY created_at DESC, number DESC LIMIT $2"
    ));
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(user).bind(limit).fetch_all(pool).await)?)
}

/// Whether `user` has bought anything before (for first-purchase-only promo codes).
pub async fn has_purchased(tx: &mut Tx, user: Uuid) -> Result<bool, StoreError> {
    let row: (i64,) = on_tx!(tx, conn => sqlx::query_as(
        "SELECT COUNT(*) FROM invoices WHERE user_id = $1 AND kind = 'invoice'")
        .bind(user)
        .fetch_one(conn).await)?;
    Ok(row.0 > 0)
}

/// Moves an invoice from status `from` to `to`; `false` when it was not in `from`.
pub async fn set_invoice_status(
    tx: &mut Tx,
    id: Uuid,
    from: &str,
    to: &str,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = on_tx!(tx, conn => sqlx::query("UPDATE invoices SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2")
        .bind(id)
        .bind(from)
        .bind(to)
        .bind(now.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(rows == 1)
}

/// Stores a rendered PDF and records it on the invoice, once: a PDF already recorded stays.
pub async fn store_invoice_pdf(
    db: &Db,
    id: Uuid,
    sha256: &[u8],
    pdf: &[u8],
    now: Timestamp,
) -> Result<bool, StoreError> {
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, conn => sqlx::query(
        "INSERT INTO documents (sha256, content_type, content, created_at) VALUES ($1, 'application/pdf', $2, $3) \
         ON CONFLICT DO NOTHING")
        .bind(sha256)
        .bind(pdf)
        .bind(now.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    let rows = on_tx!(&mut tx, conn => sqlx::query(
        "UPDATE invoices SET pdf_status = 'ready', pdf_sha256 = $2, updated_at = $3 WHERE id = $1 AND pdf_sha256 IS NULL")
        .bind(id)
        .bind(sha256)
        .bind(now.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(rows == 1)
}

pub async fn set_pdf_failed(db: &Db, id: Uuid, now: Timestamp) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query("UPDATE invoices SET pdf_status = 'failed', updated_at = $2 WHERE id = $1 AND pdf_sha256 IS NULL")
        .bind(id)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// Stores a document under its SHA-256 (a no-op when it is there already).
pub async fn put_document(
    db: &Db,
    sha256: &[u8],
    content_type: &str,
    content: &[u8],
    now: Timestamp,
) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query(
        "INSERT INTO documents (sha256, content_type, content, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(sha256)
        .bind(content_type)
        .bind(content)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn document(db: &Db, sha256: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
    let row: Option<(Vec<u8>,)> = on_db!(db, pool => sqlx::query_as("SELECT content FROM documents WHERE sha256 = $1")
        .bind(sha256)
        .fetch_optional(pool).await)?;
    Ok(row.map(|r| r.0))
}

/// Records which purchase issued a license.
pub async fn set_license_invoice(tx: &mut Tx, license: Uuid, invoice: Uuid) -> Result<(), StoreError> {
    on_tx!(tx, conn => sqlx::query("UPDATE licenses SET invoice_id = $2 WHERE id = $1")
        .bind(license)
        .bind(invoice)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The licenses a purchase issued, with their plan's refund action and refund window (days).
pub async fn invoice_licenses(tx: &mut Tx, invoice: Uuid) -> Result<Vec<(Uuid, String, Option<i64>)>, StoreError> {
    Ok(on_tx!(tx, conn => sqlx::query_as(
        "SELECT l.id, p.refund_action, p.refund_window_days FROM licenses l JOIN plans p ON p.id = l.plan_id \
         WHERE l.invoice_id = $1")
        .bind(invoice)
        .fetch_all(conn).await)?)
}

// ----- Payments --------------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PaymentRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub gateway: String,
    pub gateway_ref: String,
    pub amount_minor: i64,
    pub currency: String,
    pub status: String,
    pub txn_id: Option<Uuid>,
    pub confirmed_by: Option<Uuid>,
    pub created_at: i64,
    pub updated_at: i64,
}

const PAYMENT_COLUMNS: &str =
    "id, user_id, gateway, gateway_ref, amount_minor, currency, status, txn_id, confirmed_by, created_at, updated_at";

pub async fn insert_payment(tx: &mut Tx, p: &PaymentRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO payments ({PAYMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
    ));
    on_tx!(tx, conn => sqlx::query(sql)
        .bind(p.id)
        .bind(p.user_id)
        .bind(&p.gateway)
        .bind(&p.gateway_ref)
        .bind(p.amount_minor)
        .bind(&p.currency)
        .bind(&p.status)
        .bind(p.txn_id)
        .bind(p.confirmed_by)
        .bind(p.created_at)
        .bind(p.updated_at)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn payment(db: &Db, id: Uuid) -> Result<Option<PaymentRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PAYMENT_COLUMNS} FROM payments WHERE id = $1"));
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(id).fetch_optional(pool).await)?)
}

/// Payments newest first: one user's, or everybody's in `status`.
pub async fn payments(
    db: &Db,
    user: Option<Uuid>,
    status: Option<&str>,
    limit: i64,
) -> Result<Vec<PaymentRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {PAYMENT_COLUMNS} FROM payments WHERE ($1 IS NULL OR user_id = $1) AND ($2 IS NULL OR status = $2) \
         ORDER BY created_at DESC LIMIT $3"
    ));
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(user).bind(status).bind(limit).fetch_all(pool).await)?)
}

/// Marks a pending payment paid by ledger transaction `txn`; `false` when it was not pending.
pub async fn mark_paid(
    tx: &mut Tx,
    id: Uuid,
    txn: Uuid,
    confirmed_by: Option<Uuid>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = on_tx!(tx, conn => sqlx::query(
        "UPDATE payments SET status = 'paid', txn_id = $2, confirmed_by = $3, updated_at = $4 WHERE id = $1 AND status = 'pending'")
        .bind(id)
        .bind(txn)
        .bind(confirmed_by)
        .bind(now.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(rows == 1)
}

/// Expires payments still pending since before `before`.
/// How many payments `user` has waiting (pending).
pub async fn pending_payments(tx: &mut Tx, user: Uuid) -> Result<i64, StoreError> {
    Ok(on_tx!(tx, conn => sqlx::query_scalar(
        "SELECT COUNT(*) FROM payments WHERE user_id = $1 AND status = 'pending'")
        .bind(user)
        .fetch_one(conn).await)?)
}

pub async fn expire_payments(db: &Db, before: Timestamp, now: Timestamp) -> Result<u64, StoreError> {
    Ok(on_db!(db, pool => sqlx::query(
        "UPDATE payments SET status = 'expired', updated_at = $2 WHERE status = 'pending' AND created_at < $1")
        .bind(before.as_millis())
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?)
}

// ----- Affiliates ------------------------------------------------------------------------------

/// Makes `user` an affiliate with `code`; `false` when the code is taken or the user is one already.
pub async fn insert_affiliate(db: &Db, user: Uuid, code: &str, now: Timestamp) -> Result<bool, StoreError> {
    let rows = on_db!(db, pool => sqlx::query(
        "INSERT INTO affiliates (user_id, code, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(user)
        .bind(code)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(rows == 1)
}

/// The affiliate code of `user`, when they are one.
pub async fn affiliate_code(db: &Db, user: Uuid) -> Result<Option<String>, StoreError> {
    let row: Option<(String,)> = on_db!(db, pool => sqlx::query_as("SELECT code FROM affiliates WHERE user_id = $1")
        .bind(user)
        .fetch_optional(pool).await)?;
    Ok(row.map(|r| r.0))
}

/// The affiliate whose code this is.
pub async fn affiliate_by_code(db: &Db, code: &str) -> Result<Option<Uuid>, StoreError> {
    let row: Option<(Uuid,)> = on_db!(db, pool => sqlx::query_as("SELECT user_id FROM affiliates WHERE code = $1")
        .bind(code)
        .fetch_optional(pool).await)?;
    Ok(row.map(|r| r.0))
}

pub async fn affiliate_by_code_tx(tx: &mut Tx, code: &str) -> Result<Option<Uuid>, StoreError> {
    let row: Option<(Uuid,)> = on_tx!(tx, conn => sqlx::query_as("SELECT user_id FROM affiliates WHERE code = $1")
        .bind(code)
        .fetch_optional(conn).await)?;
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
    let rows = on_tx!(tx, conn => sqlx::query(
        "INSERT INTO referrals (user_id, affiliate_id, expires_at, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(user)
        .bind(affiliate)
        .bind(expires_at.as_millis())
        .bind(now.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(rows == 1)
}

/// Who referred `user`, while the attribution lasts at `now`.
pub async fn referrer(tx: &mut Tx, user: Uuid, now: Timestamp) -> Result<Option<Uuid>, StoreError> {
    let row: Option<(Uuid,)> = on_tx!(tx, conn => sqlx::query_as(
        "SELECT affiliate_id FROM referrals WHERE user_id = $1 AND expires_at > $2")
        .bind(user)
        .bind(now.as_millis())
        .fetch_optional(conn).await)?;
    Ok(row.map(|r| r.0))
}

/// How many users an affiliate referred.
pub async fn referral_count(db: &Db, affiliate: Uuid) -> Result<i64, StoreError> {
    let row: (i64,) = on_db!(db, pool => sqlx::query_as("SELECT COUNT(*) FROM referrals WHERE affiliate_id = $1")
        .bind(affiliate)
        .fetch_one(pool).await)?;
    Ok(row.0)
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct CommissionRow {
    pub id: Uuid,
    pub affiliate_id: Uuid,
    pub invoice_id: Uuid,
    pub amount_minor: i64,
    pub status: String,
    pub available_at: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

const COMMISSION_COLUMNS: &str =
    "id, affiliate_id, invoice_id, amount_minor, status, available_at, created_at, updated_at";

pub async fn insert_commission(tx: &mut Tx, c: &CommissionRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO commissions ({COMMISSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    ));
    on_tx!(tx, conn => sqlx::query(sql)
        .bind(c.id)
        .bind(c.affiliate_id)
        .bind(c.invoice_id)
        .bind(c.amount_minor)
        .bind(&c.status)
        .bind(c.available_at)
        .bind(c.created_at)
        .bind(c.updated_at)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// An affiliate's commissions summed by status: (status, count, total).
pub async fn commission_totals(db: &Db, affiliate: Uuid) -> Result<Vec<(String, i64, i64)>, StoreError> {
    Ok(on_db!(db, pool => sqlx::query_as(
        "SELECT status, COUNT(*), CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM commissions \
         WHERE affiliate_id = $1 GROUP BY status")
        .bind(affiliate)
        .fetch_all(pool).await)?)
}

pub async fn commission_of_invoice(tx: &mut Tx, invoice: Uuid) -> Result<Option<CommissionRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COMMISSION_COLUMNS} FROM commissions WHERE invoice_id = $1"));
    Ok(on_tx!(tx, conn => sqlx::query_as(sql).bind(invoice).fetch_optional(conn).await)?)
}

/// Pending commissions whose hold ended by `now`.
pub async fn due_commissions(db: &Db, now: Timestamp, limit: i64) -> Result<Vec<CommissionRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COMMISSION_COLUMNS} FROM commissions WHERE status = 'pending' AND available_at <= $1 \
         ORDER BY available_at LIMIT $2"
    ));
    Ok(on_db!(db, pool => sqlx::query_as(sql).bind(now.as_millis()).bind(limit).fetch_all(pool).await)?)
}

/// Moves a commission from `from` to `to`; `false` when it was not in `from` (somebody was first).
pub async fn set_commission_status(
    tx: &mut Tx,
    id: Uuid,
    from: &str,
    to: &str,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = on_tx!(tx, conn => sqlx::query("UPDATE commissions SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2")
        .bind(id)
        .bind(from)
        .bind(to)
        .bind(now.as_millis())
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(rows == 1)
}

// ----- Settings and exchange rates ------------------------------------------------------------

pub async fn settings(db: &Db) -> Result<Vec<(String, String)>, StoreError> {
    Ok(on_db!(db, pool => sqlx::query_as("SELECT key, value FROM settings ORDER BY key").fetch_all(pool).await)?)
}

pub async fn setting_tx(tx: &mut Tx, key: &str) -> Result<Option<String>, StoreError> {
    let row: Option<(String,)> = on_tx!(tx, conn => sqlx::query_as("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(conn).await)?;
    Ok(row.map(|r| r.0))
}

pub async fn set_setting(db: &Db, key: &str, value: &str, now: Timestamp) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query(
        "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
        .bind(key)
        .bind(value)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct RateRow {
    pub currency: String,
    pub rate: String,
    pub source: String,
    pub fetched_at: i64,
}

pub async fn set_rate(db: &Db, r: &RateRow) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query(
        "INSERT INTO currency_rates (currency, rate, source, fetched_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (currency) DO UPDATE SET rate = excluded.rate, source = excluded.source, fetched_at = excluded.fetched_at")
        .bind(&r.currency)
        .bind(&r.rate)
        .bind(&r.source)
        .bind(r.fetched_at)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn rates(db: &Db) -> Result<Vec<RateRow>, StoreError> {
    Ok(
        on_db!(db, pool => sqlx::query_as("SELECT currency, rate, source, fetched_at FROM currency_rates ORDER BY currency")
        .fetch_all(pool).await)?,
    )
}

// ----- Billing profiles ------------------------------------------------------------------------

/// What a customer's invoices show besides their name and email.
#[derive(Clone, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct ProfileRow {
    pub company: String,
    pub tax_id: String,
    pub address: String,
    pub country: String,
}

pub async fn billing_profile(db: &Db, user: Uuid) -> Result<Option<ProfileRow>, StoreError> {
    Ok(on_db!(db, pool => sqlx::query_as(
        "SELECT company, tax_id, address, country FROM billing_profiles WHERE user_id = $1")
        .bind(user)
        .fetch_optional(pool).await)?)
}

pub async fn set_billing_profile(db: &Db, user: Uuid, p: &ProfileRow, now: Timestamp) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query(
        "INSERT INTO billing_profiles (user_id, company, tax_id, address, country, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (user_id) DO UPDATE SET company = excluded.company, tax_id = excluded.tax_id, \
             address = excluded.address, country = excluded.country, updated_at = excluded.updated_at")
        .bind(user)
        .bind(&p.company)
        .bind(&p.tax_id)
        .bind(&p.address)
        .bind(&p.country)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}
