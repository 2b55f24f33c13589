//! Invoices and credit notes: gapless numbers per series and year, statuses, PDFs, and the
//! licenses a purchase issued.

use rms_core::Timestamp;
use rms_core::billing::{InvoiceKind, InvoiceLine, InvoiceParty, InvoiceStatus, PdfStatus, RefundAction};
use uuid::Uuid;

use crate::{Db, Json, StoreError, Tx, on_db, on_tx};

/// The next number of `series` in `year`: the counter row is bumped in the caller's transaction,
/// so numbers are unique and a rolled-back purchase gives its number back (no gaps).
pub async fn next_invoice_number(tx: &mut Tx, series: InvoiceKind, year: i64) -> Result<i64, StoreError> {
    on_tx!(tx, conn => sqlx::query("INSERT INTO invoice_counters (series, year, last) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING")
        .bind(series.as_str())
        .bind(year)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    let row: (i64,) = on_tx!(tx, conn => sqlx::query_as(
        "UPDATE invoice_counters SET last = last + 1 WHERE series = $1 AND year = $2 RETURNING last")
        .bind(series.as_str())
        .bind(year)
        .fetch_one(conn).await)?;
    Ok(row.0)
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct InvoiceRow {
    pub id: Uuid,
    pub number: String,
    #[sqlx(try_from = "String")]
    pub kind: InvoiceKind,
    pub user_id: Uuid,
    pub refers_to: Option<Uuid>,
    pub currency: String,
    pub subtotal_minor: i64,
    pub volume_discount_minor: i64,
    pub promo_discount_minor: i64,
    pub total_minor: i64,
    pub promo_code: Option<String>,
    #[sqlx(try_from = "String")]
    pub lines: Json<Vec<InvoiceLine>>,
    #[sqlx(try_from = "String")]
    pub buyer: Json<InvoiceParty>,
    #[sqlx(try_from = "String")]
    pub seller: Json<InvoiceParty>,
    pub payment_method: String,
    pub locale: String,
    #[sqlx(try_from = "String")]
    pub status: InvoiceStatus,
    pub txn_id: Option<Uuid>,
    #[sqlx(try_from = "String")]
    pub pdf_status: PdfStatus,
    pub pdf_sha256: Option<Vec<u8>>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

const INVOICE_COLUMNS: &str = "id, number, kind, user_id, refers_to, currency, subtotal_minor, volume_discount_minor, \
     promo_discount_minor, total_minor, promo_code, lines, buyer, seller, payment_method, locale, status, txn_id, \
     pdf_status, pdf_sha256, created_at, updated_at";

pub async fn insert_invoice(tx: &mut Tx, i: &InvoiceRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO invoices ({INVOICE_COLUMNS}) VALUES \
         ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)"
    ));
    let (lines, buyer, seller) = (i.lines.to_stored()?, i.buyer.to_stored()?, i.seller.to_stored()?);
    on_tx!(tx, conn => sqlx::query(sql)
        .bind(i.id)
        .bind(&i.number)
        .bind(i.kind.as_str())
        .bind(i.user_id)
        .bind(i.refers_to)
        .bind(&i.currency)
        .bind(i.subtotal_minor)
        .bind(i.volume_discount_minor)
        .bind(i.promo_discount_minor)
        .bind(i.total_minor)
        .bind(i.promo_code.as_deref())
        .bind(&lines)
        .bind(&buyer)
        .bind(&seller)
        .bind(&i.payment_method)
        .bind(&i.locale)
        .bind(i.status.as_str())
        .bind(i.txn_id)
        .bind(i.pdf_status.as_str())
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
    from: InvoiceStatus,
    to: InvoiceStatus,
    now: Timestamp,
) -> Result<bool, StoreError> {
    super::transition(tx, "invoices", id, from.as_str(), to.as_str(), now).await
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

/// Records which purchase issued a license.
pub async fn set_license_invoice(tx: &mut Tx, license: Uuid, invoice: Uuid) -> Result<(), StoreError> {
    on_tx!(tx, conn => sqlx::query("UPDATE licenses SET invoice_id = $2 WHERE id = $1")
        .bind(license)
        .bind(invoice)
        .execute(conn).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// The licenses a purchase issued, with their plan's refund action and refund window (days).
pub async fn invoice_licenses(
    tx: &mut Tx,
    invoice: Uuid,
) -> Result<Vec<(Uuid, RefundAction, Option<i64>)>, StoreError> {
    let rows: Vec<(Uuid, String, Option<i64>)> = on_tx!(tx, conn => sqlx::query_as(
        "SELECT l.id, p.refund_action, p.refund_window_days FROM licenses l JOIN plans p ON p.id = l.plan_id \
         WHERE l.invoice_id = $1")
        .bind(invoice)
        .fetch_all(conn).await)?;
    rows.into_iter().map(|(id, action, days)| Ok((id, RefundAction::parse(&action)?, days))).collect()
}
