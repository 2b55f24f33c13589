//! Invoice PDFs: the stored invoice turned into a localised document, typeset by the
//! [`InvoiceRenderer`] port off the async runtime, stored content-addressed with its SHA-256.

use rms_core::invoice::{InvoiceDoc, Line, Logo, LogoFormat, Party, Row};
use rms_core::{Currency, Money};
use rms_i18n::{Arg, Direction, Locale};
use rms_store::billing::{self, InvoiceRow};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::Store;
use crate::accounts::Principal;
use crate::{AppError, RequestMeta};

/// Wraps customer text and amounts in a first-strong isolate: a Latin address or a `US$` amount
/// in an Arabic invoice keeps its own order ("10115 Berlin" stays so) instead of being reordered
/// by the paragraph's direction.
fn iso(s: impl AsRef<str>) -> String {
    format!("\u{2068}{}\u{2069}", s.as_ref())
}

/// The settings key of the seller's logo: `<sha256 hex>:<png|svg>`.
pub(crate) const LOGO_SETTING: &str = "seller.logo";

/// The digest in a reference to a stored document (`<sha256 hex>:<extension>`, as the logo
/// setting and a product's picture keep it); `None` when empty or malformed.
pub(crate) fn stored_sha(reference: &str) -> Option<Vec<u8>> {
    let (hex, _) = reference.split_once(':')?;
    (0..hex.len()).step_by(2).map(|i| hex.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok())).collect()
}

/// The document an invoice row shows, in its buyer's language.
pub(crate) fn document(row: &InvoiceRow, refers_to: Option<&str>, logo: Option<Logo>) -> Result<InvoiceDoc, AppError> {
    let locale = Locale::parse(&row.locale).unwrap_or_else(Locale::english);
    let currency = Currency::parse(&row.currency).map_err(|e| AppError::Internal(e.to_string()))?;
    let money = |minor: i64| iso(locale.format_money(Money::new(minor, currency)));
    let (lines, seller, buyer) = (&row.lines.0, &row.seller.0, &row.buyer.0);
    let credit = row.kind == rms_core::billing::InvoiceKind::CreditNote;
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
        let place =
            if buyer.region.is_empty() { buyer.country.clone() } else { format!("{}-{}", buyer.country, buyer.region) };
        buyer_lines.push(iso(place));
    }
    buyer_lines.push(iso(&buyer.email));
    buyer_lines.extend(tax_line(&buyer.tax_id));
    let mut facts = vec![
        Row { label: locale.t("invoice-date"), amount: locale.format_date(row.created_at) },
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
        // A discount without a code is a renewal's (the plan's renewal discount).
        let label = match row.promo_code.clone() {
            Some(code) => locale.t_args("invoice-promo-discount", &[("code", Arg::from(code))]),
            None => locale.t("invoice-renewal-discount"),
        };
        rows.push(Row { label, amount: money(-sign * row.promo_discount_minor.abs()) });
    }
    let rate = Arg::from(locale.format_percent_number(row.tax_rate_bp.get()));
    let mut notes = Vec::new();
    if row.reverse_charge == 1 {
        // The legal mention an EU invoice without VAT must carry, and what an inclusive price
        // shed of the tax it contained.
        notes.push(locale.t("invoice-reverse-charge"));
        let after_discounts = row.subtotal_minor - row.volume_discount_minor - row.promo_discount_minor;
        let removed = after_discounts.abs() - row.total_minor.abs();
        if removed != 0 {
            rows.push(Row { label: locale.t("invoice-tax-removed"), amount: money(-sign * removed) });
        }
    } else if row.tax_minor != 0 || row.tax_rate_bp.get() != 0 {
        let label = if row.tax_inclusive == 1 { "invoice-tax-included" } else { "invoice-tax" };
        rows.push(Row { label: locale.t_args(label, &[("rate", rate)]), amount: money(sign * row.tax_minor.abs()) });
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
        footer: seller.footer.clone(),
        notes,
        logo,
        logo_path: None,
    })
}

impl Store {
    /// Renders and stores invoice `id`'s PDF (the worker's job). Done once: an invoice with a PDF
    /// keeps it, so a re-run cannot change a document that was already downloaded.
    pub async fn render_invoice(&self, id: Uuid) -> Result<(), AppError> {
        let Some(row) = billing::invoice(&self.db, id).await? else { return Ok(()) };
        if row.pdf_sha256.is_some() {
            return Ok(());
        }
        let refers_to = match row.refers_to {
            Some(original) => billing::invoice(&self.db, original).await?.map(|o| o.number),
            None => None,
        };
        let doc = document(&row, refers_to.as_deref(), self.logo().await?)?;
        // Typesetting takes tens of milliseconds of CPU: keep it off the async workers.
        let renderer = self.invoices.clone();
        let pdf = tokio::task::spawn_blocking(move || renderer.render(&doc))
            .await
            .map_err(|e| AppError::Internal(format!("the renderer stopped: {e}")))?
            .map_err(AppError::Internal)?;
        let sha = Sha256::digest(&pdf);
        billing::store_invoice_pdf(&self.db, id, sha.as_slice(), &pdf, self.clock.now()).await?;
        Ok(())
    }

    /// The seller's logo, when an admin set one.
    pub async fn logo(&self) -> Result<Option<Logo>, AppError> {
        let settings = billing::settings(&self.db).await?;
        let Some((_, value)) = settings.iter().find(|(k, _)| k == LOGO_SETTING) else { return Ok(None) };
        let Some(bytes) = (match stored_sha(value) {
            Some(sha) => billing::document(&self.db, &sha).await?,
            None => None,
        }) else {
            return Ok(None);
        };
        Ok(LogoFormat::sniff(&bytes).map(|format| Logo { bytes, format }))
    }

    /// Sets (or with `None` removes) the logo printed on invoices from now on: a PNG or SVG of at
    /// most 512 KiB. Audited.
    pub async fn set_logo(&self, who: &Principal, image: Option<&[u8]>, meta: &RequestMeta) -> Result<(), AppError> {
        super::admin_only(who)?;
        let now = self.clock.now();
        let value = match image {
            Some(bytes) => {
                let bad = || AppError::Invalid { field: "logo", reason: rms_core::account::InvalidInput::Range };
                if bytes.len() > 512 * 1024 {
                    return Err(bad());
                }
                let format = LogoFormat::sniff(bytes).ok_or_else(bad)?;
                let sha = Sha256::digest(bytes);
                let content_type = if format == LogoFormat::Png { "image/png" } else { "image/svg+xml" };
                billing::put_document(&self.db, sha.as_slice(), content_type, bytes, now).await?;
                let hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();
                format!("{hex}:{}", format.extension())
            }
            None => String::new(),
        };
        billing::set_setting(&self.db, LOGO_SETTING, &value, now).await?;
        let entry = meta.audit(
            Some(who.user_id),
            "admin.billing.logo_set",
            ("settings", "logo".into()),
            serde_json::json!({ "logo": value }),
        );
        crate::audit_alone(&self.db, &entry, now).await
    }

    /// Marks an invoice whose PDF could not be made (the job gave up).
    pub async fn invoice_render_failed(&self, id: Uuid) -> Result<(), AppError> {
        billing::set_pdf_failed(&self.db, id, self.clock.now()).await?;
        Ok(())
    }
}
