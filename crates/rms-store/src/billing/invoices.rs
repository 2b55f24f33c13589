//! Invoices and credit notes: gapless numbers per series and year, statuses, PDFs, and the
//! licenses a purchase issued.

use rms_core::Timestamp;
use rms_core::billing::{InvoiceKind, InvoiceLine, InvoiceParty, InvoiceStatus, PdfStatus, RefundAction};
use rms_core::money::BasisPoints;
use uuid::Uuid;

use crate::{Db, Json, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

/// The next number of `series` in `year`: the counter row is bumped in the caller's transaction,
/// so numbers are unique and a rolled-back purchase gives its number back (no gaps).
pub async fn next_invoice_number(tx: &mut Tx, series: InvoiceKind, year: i64) -> Result<i64, StoreError> {
    exec_tx!(tx, "INSERT INTO invoice_counters (series, year, last) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING";
        series.as_str(), year)?;
    let row: (i64,) = fetch_tx!(tx, query_as.fetch_one,
        "UPDATE invoice_counters SET last = last + 1 WHERE series = $1 AND year = $2 RETURNING last";
        series.as_str(), year)?;
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
    /// Tax charged (negative on a credit note).
    pub tax_minor: i64,
    /// The rate charged (zero under a reverse charge).
    pub tax_rate_bp: BasisPoints,
    /// 1 when the prices included the tax.
    pub tax_inclusive: i64,
    /// 1 when the buyer accounts for the tax (EU reverse charge).
    pub reverse_charge: i64,
}

const INVOICE_COLUMNS: &str = "id, number, kind, user_id, refers_to, currency, subtotal_minor, volume_discount_minor, \
     promo_discount_minor, total_minor, promo_code, lines, buyer, seller, payment_method, locale, status, txn_id, \
     pdf_status, pdf_sha256, created_at, updated_at, tax_minor, tax_rate_bp, tax_inclusive, reverse_charge";

pub async fn insert_invoice(tx: &mut Tx, i: &InvoiceRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO invoices ({INVOICE_COLUMNS}) VALUES \
         ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, \
          $23, $24, $25, $26)"
    ));
    let (lines, buyer, seller) = (i.lines.to_stored()?, i.buyer.to_stored()?, i.seller.to_stored()?);
    exec_tx!(tx, sql;
        i.id, &i.number, i.kind.as_str(), i.user_id, i.refers_to, &i.currency, i.subtotal_minor,
        i.volume_discount_minor, i.promo_discount_minor, i.total_minor, i.promo_code.as_deref(), &lines, &buyer,
        &seller, &i.payment_method, &i.locale, i.status.as_str(), i.txn_id, i.pdf_status.as_str(),
        i.pdf_sha256.as_deref(), i.created_at, i.updated_at, i.tax_minor, i64::from(i.tax_rate_bp.get()),
        i.tax_inclusive, i.reverse_charge)?;
    Ok(())
}

pub async fn invoice(db: &Db, id: Uuid) -> Result<Option<InvoiceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {INVOICE_COLUMNS} FROM invoices WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

pub async fn invoice_tx(tx: &mut Tx, id: Uuid) -> Result<Option<InvoiceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {INVOICE_COLUMNS} FROM invoices WHERE id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; id)?)
}

/// A user's invoices and credit notes, newest first; every user's for `None`.
pub async fn invoices(db: &Db, user: Option<Uuid>, limit: i64) -> Result<Vec<InvoiceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {INVOICE_COLUMNS} FROM invoices WHERE ($1 IS NULL OR user_id = $1) ORDER BY created_at DESC, number DESC LIMIT $2"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; user, limit)?)
}

/// Whether `user` has bought anything before (for first-purchase-only promo codes).
pub async fn has_purchased(tx: &mut Tx, user: Uuid) -> Result<bool, StoreError> {
    let row: (i64,) = fetch_tx!(tx, query_as.fetch_one,
        "SELECT COUNT(*) FROM invoices WHERE user_id = $1 AND kind = 'invoice'";
        user)?;
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
    exec_tx!(&mut tx,
        "INSERT INTO documents (sha256, content_type, content, created_at) VALUES ($1, 'application/pdf', $2, $3) \
         ON CONFLICT DO NOTHING";
        sha256, pdf, now.as_millis())?;
    let rows = exec_tx!(&mut tx,
        "UPDATE invoices SET pdf_status = 'ready', pdf_sha256 = $2, updated_at = $3 WHERE id = $1 AND pdf_sha256 IS NULL";
        id, sha256, now.as_millis())?;
    tx.commit().await?;
    Ok(rows == 1)
}

pub async fn set_pdf_failed(db: &Db, id: Uuid, now: Timestamp) -> Result<(), StoreError> {
    exec!(db, "UPDATE invoices SET pdf_status = 'failed', updated_at = $2 WHERE id = $1 AND pdf_sha256 IS NULL";
        id, now.as_millis())?;
    Ok(())
}

/// Records which purchase issued a license.
pub async fn set_license_invoice(tx: &mut Tx, license: Uuid, invoice: Uuid) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE licenses SET invoice_id = $2 WHERE id = $1"; license, invoice)?;
    Ok(())
}

/// The licenses a purchase issued, with their plan's refund action and refund window (days).
pub async fn invoice_licenses(
    tx: &mut Tx,
    invoice: Uuid,
) -> Result<Vec<(Uuid, RefundAction, Option<i64>)>, StoreError> {
    let rows: Vec<(Uuid, String, Option<i64>)> = fetch_tx!(tx, query_as.fetch_all,
        "SELECT l.id, p.refund_action, p.refund_window_days FROM licenses l JOIN plans p ON p.id = l.plan_id \
         WHERE l.invoice_id = $1";
        invoice)?;
    rows.into_iter().map(|(id, action, days)| Ok((id, RefundAction::parse(&action)?, days))).collect()
}

/// The refund window (days) of the plan whose license a renewal invoice renewed: `None` when the
/// invoice renewed nothing or the plan has no window.
pub async fn renewal_refund_window(tx: &mut Tx, invoice: Uuid) -> Result<Option<i64>, StoreError> {
    let days: Option<Option<i64>> = fetch_tx!(tx, query_scalar.fetch_optional,
        "SELECT p.refund_window_days FROM license_renewals r JOIN licenses l ON l.id = r.license_id \
         JOIN plans p ON p.id = l.plan_id WHERE r.invoice_id = $1";
        invoice)?;
    Ok(days.flatten())
}

/// Invoices (not credit notes) issued since `since`, and their total in minor units.
pub async fn sales_since(db: &Db, since: Timestamp) -> Result<(i64, i64), StoreError> {
    Ok(fetch!(db, query_as.fetch_one,
        "SELECT COUNT(*), CAST(COALESCE(SUM(total_minor), 0) AS BIGINT) FROM invoices \
         WHERE kind = 'invoice' AND created_at >= $1";
        since.as_millis())?)
}
