//! The billing settings admins edit: the seller as invoices print it, invoice numbering, the
//! affiliate programme's terms and how prices carry tax.

use rms_core::account::InvalidInput;
use rms_core::billing::{InvoiceParty, NumberFormat};
use rms_core::money::BasisPoints;
use rms_store::Json;
use rms_store::billing;
use serde::Serialize;

use super::{Store, admin_only};
use crate::accounts::Principal;
use crate::{AppError, RequestMeta};

/// The admin-editable settings billing reads (the `settings` table, with defaults).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BillingSettings {
    pub seller_name: String,
    /// Several lines: street, city, country.
    pub seller_address: String,
    pub seller_email: String,
    pub seller_tax_id: String,
    /// Legal text at the bottom of every invoice.
    pub invoice_footer: String,
    pub invoice_number_format: String,
    pub credit_note_number_format: String,
    /// Global affiliate commission in basis points (a product may set its own).
    pub commission_bp: BasisPoints,
    /// Days a commission stays pending (the refund window) before the affiliate can spend it.
    pub commission_hold_days: u32,
    /// Days after sign-up during which a referred user's purchases earn commission.
    pub referral_window_days: u32,
    /// Whether plan prices include tax (the buyer pays the price; part of it is tax) or tax is
    /// added on top.
    pub prices_include_tax: bool,
    /// Where the seller is established (ISO 3166-1 alpha-2), or empty: an EU business buyer in
    /// the same country pays domestic VAT, elsewhere the reverse charge applies.
    pub seller_country: String,
}

impl Default for BillingSettings {
    fn default() -> Self {
        Self {
            seller_name: "RMS License Server".into(),
            seller_address: String::new(),
            seller_email: String::new(),
            seller_tax_id: String::new(),
            invoice_footer: String::new(),
            invoice_number_format: NumberFormat::default().as_str().to_owned(),
            credit_note_number_format: "CN-{YYYY}-{000001}".into(),
            commission_bp: BasisPoints::new(1_000).unwrap_or_default(),
            commission_hold_days: 30,
            referral_window_days: 30,
            prices_include_tax: false,
            seller_country: String::new(),
        }
    }
}

impl BillingSettings {
    pub(crate) fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut s = Self::default();
        for (k, v) in pairs {
            let number = |fallback: u32| v.parse().unwrap_or(fallback);
            match k.as_str() {
                "seller.name" => s.seller_name = v.clone(),
                "seller.address" => s.seller_address = v.clone(),
                "seller.email" => s.seller_email = v.clone(),
                "seller.tax_id" => s.seller_tax_id = v.clone(),
                "invoice.footer" => s.invoice_footer = v.clone(),
                "invoice.number_format" => s.invoice_number_format = v.clone(),
                "credit_note.number_format" => s.credit_note_number_format = v.clone(),
                "affiliate.commission_bp" => {
                    s.commission_bp = v.parse().ok().and_then(|bp| BasisPoints::new(bp).ok()).unwrap_or(s.commission_bp)
                }
                "affiliate.hold_days" => s.commission_hold_days = number(s.commission_hold_days),
                "affiliate.window_days" => s.referral_window_days = number(s.referral_window_days),
                "tax.prices_include_tax" => s.prices_include_tax = v == "1",
                "seller.country" => s.seller_country = v.clone(),
                _ => {}
            }
        }
        s
    }

    fn pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("seller.name", self.seller_name.clone()),
            ("seller.address", self.seller_address.clone()),
            ("seller.email", self.seller_email.clone()),
            ("seller.tax_id", self.seller_tax_id.clone()),
            ("invoice.footer", self.invoice_footer.clone()),
            ("invoice.number_format", self.invoice_number_format.clone()),
            ("credit_note.number_format", self.credit_note_number_format.clone()),
            ("affiliate.commission_bp", self.commission_bp.get().to_string()),
            ("affiliate.hold_days", self.commission_hold_days.to_string()),
            ("affiliate.window_days", self.referral_window_days.to_string()),
            ("tax.prices_include_tax", if self.prices_include_tax { "1" } else { "0" }.to_owned()),
            ("seller.country", self.seller_country.clone()),
        ]
    }

    /// The seller as invoices issued now print it.
    pub(super) fn seller(&self) -> Json<InvoiceParty> {
        Json(InvoiceParty {
            name: self.seller_name.clone(),
            address: self.seller_address.clone(),
            email: self.seller_email.clone(),
            tax_id: self.seller_tax_id.clone(),
            country: self.seller_country.clone(),
            footer: self.invoice_footer.clone(),
            ..InvoiceParty::default()
        })
    }
}

impl Store {
    /// The billing settings, defaults where unset.
    pub async fn billing_settings(&self) -> Result<BillingSettings, AppError> {
        Ok(BillingSettings::from_pairs(&billing::settings(&self.db).await?))
    }

    /// Replaces the billing settings (admins). Audited.
    pub async fn set_billing_settings(
        &self,
        who: &Principal,
        s: &BillingSettings,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        admin_only(who)?;
        let field = |field: &'static str| AppError::Invalid { field, reason: InvalidInput::Range };
        let pattern = |value: &str, field: &'static str| {
            NumberFormat::parse(value).ok_or(AppError::Invalid { field, reason: InvalidInput::NumberFormat })
        };
        let invoices = pattern(&s.invoice_number_format, "invoice_number_format")?;
        let credit_notes = pattern(&s.credit_note_number_format, "credit_note_number_format")?;
        if !credit_notes.is_apart_from(&invoices) {
            return Err(AppError::Invalid {
                field: "credit_note_number_format",
                reason: InvalidInput::NumberFormatsClash,
            });
        }
        if s.commission_hold_days > 3650 {
            return Err(field("commission_hold_days"));
        }
        if !(1..=3650).contains(&s.referral_window_days) {
            return Err(field("referral_window_days"));
        }
        if !(s.seller_country.is_empty() || rms_core::tax::is_country(&s.seller_country)) {
            return Err(field("seller_country"));
        }
        let long = [&s.seller_name, &s.seller_address, &s.seller_email, &s.seller_tax_id, &s.invoice_footer];
        if long.iter().any(|v| v.chars().count() > 2_000) {
            return Err(field("seller"));
        }
        let now = self.clock.now();
        for (k, v) in s.pairs() {
            billing::set_setting(&self.db, k, &v, now).await?;
        }
        let details = serde_json::to_value(s).unwrap_or_default();
        let entry =
            meta.audit(Some(who.user_id), "admin.billing.settings_changed", ("settings", "billing".into()), details);
        crate::audit_alone(&self.db, &entry, now).await
    }
}
