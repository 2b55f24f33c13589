//! Invoices and credit notes as their buyer (or an admin) reads them: the list, one with its
//! lines, and its PDF once the worker has rendered it.

use rms_core::Timestamp;
use rms_core::account::Scope;
use rms_core::billing::{InvoiceKind, InvoiceLine, InvoiceStatus, PdfStatus};
use rms_store::billing::{self, InvoiceRow};
use serde::Serialize;
use uuid::Uuid;

use super::Store;
use crate::AppError;
use crate::accounts::Principal;

/// An invoice or credit note as its buyer (or an admin) sees it.
#[derive(Clone, Debug, Serialize)]
pub struct InvoiceView {
    pub id: Uuid,
    pub number: String,
    pub kind: InvoiceKind,
    pub user_id: Uuid,
    pub refers_to: Option<Uuid>,
    pub currency: String,
    pub subtotal_minor: i64,
    pub volume_discount_minor: i64,
    pub promo_discount_minor: i64,
    pub total_minor: i64,
    pub promo_code: Option<String>,
    pub status: InvoiceStatus,
    /// `pending` while the worker renders it, then `ready` (or `failed`).
    pub pdf_status: PdfStatus,
    pub created_at: Timestamp,
    /// Tax charged, part of `total_minor` (negative on a credit note).
    pub tax_minor: i64,
    /// The rate charged; zero under a reverse charge.
    pub tax_rate_bp: u32,
    /// Whether the prices included the tax.
    pub tax_inclusive: bool,
    /// The buyer accounts for the tax (EU reverse charge).
    pub reverse_charge: bool,
}

impl InvoiceView {
    /// Whether an admin may refund it now (a paid invoice, not a credit note).
    pub fn refundable(&self) -> bool {
        rms_core::billing::refundable(self.kind, self.status)
    }
}

impl From<InvoiceRow> for InvoiceView {
    fn from(i: InvoiceRow) -> Self {
        Self {
            id: i.id,
            number: i.number,
            kind: i.kind,
            user_id: i.user_id,
            refers_to: i.refers_to,
            currency: i.currency,
            subtotal_minor: i.subtotal_minor,
            volume_discount_minor: i.volume_discount_minor,
            promo_discount_minor: i.promo_discount_minor,
            total_minor: i.total_minor,
            promo_code: i.promo_code,
            status: i.status,
            pdf_status: i.pdf_status,
            created_at: i.created_at,
            tax_minor: i.tax_minor,
            tax_rate_bp: i.tax_rate_bp.get(),
            tax_inclusive: i.tax_inclusive == 1,
            reverse_charge: i.reverse_charge == 1,
        }
    }
}

/// An invoice's PDF, or why it cannot be had yet.
pub enum Pdf {
    Ready { number: String, bytes: Vec<u8> },
    Pending,
    Failed,
}

impl Store {
    /// The caller's invoices and credit notes, newest first; `all` (admins) for everybody's.
    pub async fn invoices(&self, who: &Principal, all: bool) -> Result<Vec<InvoiceView>, AppError> {
        let user = who.listing(all)?;
        Ok(billing::invoices(&self.db, user, 500).await?.into_iter().map(InvoiceView::from).collect())
    }

    /// One invoice its buyer (or an admin) may see; another user's is "not found".
    pub(crate) async fn invoice(&self, who: &Principal, id: Uuid) -> Result<InvoiceRow, AppError> {
        let row = billing::invoice(&self.db, id).await?.ok_or(AppError::NotFound)?;
        let admin = who.is_admin();
        if row.user_id != who.user_id && !admin {
            return Err(AppError::NotFound);
        }
        if !who.may(Scope::Read) {
            return Err(AppError::Forbidden);
        }
        Ok(row)
    }

    /// An invoice with its lines, for its buyer's receipt page (another's is "not found").
    pub async fn receipt(&self, who: &Principal, id: Uuid) -> Result<(InvoiceView, Vec<InvoiceLine>), AppError> {
        let row = self.invoice(who, id).await?;
        let lines = row.lines.0.clone();
        Ok((row.into(), lines))
    }

    /// An invoice's stored PDF, or whether it is still being made.
    pub async fn invoice_pdf(&self, who: &Principal, id: Uuid) -> Result<Pdf, AppError> {
        let row = self.invoice(who, id).await?;
        match (row.pdf_status, row.pdf_sha256) {
            (PdfStatus::Ready, Some(sha)) => {
                let bytes = billing::document(&self.db, &sha).await?.ok_or(AppError::NotFound)?;
                Ok(Pdf::Ready { number: row.number, bytes })
            }
            (PdfStatus::Failed, _) => Ok(Pdf::Failed),
            _ => Ok(Pdf::Pending),
        }
    }
}
