//! Invoice PDFs: the stored invoice turned into a localised document, typeset by the
//! [`InvoiceRenderer`] port off the async runtime, stored content-addressed with its SHA-256.

use std::sync::Arc;

use rms_core::invoice::{InvoiceDoc, InvoiceRenderer, Line, Party, Row};
use rms_core::{Currency, Money, Timestamp};
use rms_i18n::{Arg, Direction, Locale};
use rms_store::billing::{self, InvoiceRow};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::Store;
use crate::AppError;

/// An invoice line as frozen at purchase.
#[derive(Deserialize)]
struct StoredLine {
    product: String,
    plan: String,
    quantity: u32,
    seats: i64,
    unit_minor: i64,
    gross_minor: i64,
}

#[derive(Deserialize, Default)]
struct StoredParty {
    #[serde(default)]
    name: String,
    #[serde(default)]
    company: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    tax_id: String,
    #[serde(default)]
    footer: String,
}

/// Wraps customer text and amounts in a first-strong isolate: a Latin address or a `US$` amount
/// in an Arabic invoice keeps its own order ("10115 Berlin" stays so) instead of being reordered
/// by the paragraph's direction.
fn iso(s: impl AsRef<str>) -> String {
    format!("\u{2068}{}\u{2069}", s.as_ref())
}

fn parse<T: for<'de> Deserialize<'de>>(what: &str, json: &str) -> Result<T, AppError> {
    serde_json::from_str(json).map_err(|e| AppError::Internal(format!("stored invoice {what}: {e}")))
}

/// The document an invoice row shows, in its buyer's language.
pub(crate) fn document(row: &InvoiceRow, refers_to: Option<&str>) -> Result<InvoiceDoc, AppError> {
    let locale = Locale::parse(&row.locale).unwrap_or_else(Locale::english);
    let currency = Currency::parse(&row.currency).map_err(|e| AppError::Internal(e.to_string()))?;
    let money = |minor: i64| iso(locale.format_money(Money::new(minor, currency)));
    let lines: Vec<StoredLine> = parse("lines", &row.lines)?;
    let seller: StoredParty = parse("seller", &row.seller)?;
    let buyer: StoredParty = parse("buyer", &row.buyer)?;
    let credit = row.kind == "credit_note";
    // A credit note shows the cancelled lines as negative amounts.
    let sign = if credit { -1 } else { 1 };
    let tax_line =
        |id: &str| (!id.is_empty()).then(|| locale.t_args("invoice-tax-id", &[("id", Arg::from(id.to_owned()))]));
    let mut seller_lines: Vec<String> = seller.address.lines().filter(|l| !l.trim().is_empty()).map(iso).collect();
    seller_lines.extend((!seller.email.is_empty()).then(|| iso(&seller.email)));
    seller_lines.extend(tax_line(&seller.tax_id));
    // A company buyer is billed as the company, attention of the person.
    let mut buyer_lines: Vec<String> = Vec::new();
    if !buyer.company.is_empty() {
        buyer_lines.push(iso(&buyer.name));
    }
    buyer_lines.extend(buyer.address.lines().filter(|l| !l.trim().is_empty()).map(iso));
    if !buyer.country.is_empty() {
        buyer_lines.push(iso(&buyer.country));
    }
    buyer_lines.push(iso(&buyer.email));
    buyer_lines.extend(tax_line(&buyer.tax_id));
    let mut facts = vec![
        Row { label: locale.t("invoice-date"), amount: locale.format_date(Timestamp::from_millis(row.created_at)) },
        Row { label: locale.t("invoice-payment-method"), amount: locale.t("invoice-paid-from-wallet") },
    ];
    if let Some(original) = refers_to {
        facts.push(Row { label: locale.t("invoice-cancels"), amount: original.to_owned() });
    }
    let mut rows = vec![Row { label: locale.t("invoice-subtotal"), amount: money(sign * row.subtotal_minor.abs()) }];
    if row.volume_discount_minor != 0 {
        rows.push(Row {
            label: locale.t("invoice-volume-discount"),
            amount: money(-sign * row.volume_discount_minor.abs()),
        });
    }
    if row.promo_discount_minor != 0 {
        let code = row.promo_code.clone().unwrap_or_default();
        rows.push(Row {
            label: locale.t_args("invoice-promo-discount", &[("code", Arg::from(code))]),
            amount: money(-sign * row.promo_discount_minor.abs()),
        });
    }
    Ok(InvoiceDoc {
        lang: row.locale.split(['-', '_']).next().unwrap_or("en").to_owned(),
        dir: if locale.dir() == Direction::Rtl { "rtl" } else { "ltr" }.to_owned(),
        title: locale.t(if credit { "invoice-credit-note-title" } else { "invoice-title" }),
        number: row.number.clone(),
        facts,
        seller_label: locale.t("invoice-seller"),
        seller: Party { name: iso(&seller.name), lines: seller_lines },
        buyer_label: locale.t("invoice-buyer"),
        buyer: Party {
            name: iso(if buyer.company.is_empty() { &buyer.name } else { &buyer.company }),
            lines: buyer_lines,
        },
        columns: [
            locale.t("invoice-column-item"),
            locale.t("invoice-column-quantity"),
            locale.t("invoice-column-unit-price"),
            locale.t("invoice-column-amount"),
        ],
        lines: lines
            .iter()
            .map(|l| Line {
                description: iso(format!("{} — {}", l.product, l.plan)),
                detail: locale.t_args("invoice-seats", &[("seats", Arg::Number(l.seats))]),
                quantity: locale.format_integer(i64::from(l.quantity)),
                unit_price: money(l.unit_minor),
                amount: money(sign * l.gross_minor),
            })
            .collect(),
        rows,
        total: Row { label: locale.t("invoice-total"), amount: money(row.total_minor) },
        footer: seller.footer,
    })
}

impl Store {
    /// Renders and stores invoice `id`'s PDF (the worker's job). Done once: an invoice with a PDF
    /// keeps it, so a re-run cannot change a document that was already downloaded.
    pub async fn render_invoice(&self, id: Uuid, renderer: Arc<dyn InvoiceRenderer>) -> Result<(), AppError> {
        let Some(row) = billing::invoice(&self.db, id).await? else { return Ok(()) };
        if row.pdf_sha256.is_some() {
            return Ok(());
        }
        let refers_to = match row.refers_to {
            Some(original) => billing::invoice(&self.db, original).await?.map(|o| o.number),
            None => None,
        };
        let doc = document(&row, refers_to.as_deref())?;
        // Typesetting takes tens of milliseconds of CPU: keep it off the async workers.
        let pdf = tokio::task::spawn_blocking(move || renderer.render(&doc))
            .await
            .map_err(|e| AppError::Internal(format!("the renderer stopped: {e}")))?
            .map_err(AppError::Internal)?;
        let sha = Sha256::digest(&pdf);
        billing::store_invoice_pdf(&self.db, id, sha.as_slice(), &pdf, self.clock.now()).await?;
        Ok(())
    }

    /// Marks an invoice whose PDF could not be made (the job gave up).
    pub async fn invoice_render_failed(&self, id: Uuid) -> Result<(), AppError> {
        billing::set_pdf_failed(&self.db, id, self.clock.now()).await?;
        Ok(())
    }
}
