//! Tax rates (billing.md §2.4): admins keep a rate per buyer country or region; a sale is taxed
//! at the rate of the buyer's billing country (its region's when one is set), added on top or
//! contained in the price as the billing settings say, and not at all for an EU business buyer
//! outside the seller's country (reverse charge).

use rms_core::Timestamp;
use rms_core::account::InvalidInput;
use rms_core::billing::BillingProfile;
use rms_core::money::BasisPoints;
use rms_core::tax::{TaxBuyer, TaxRegion, TaxRule};
use rms_store::billing::{self, TaxRateRow};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::{BillingSettings, Store, admin_only};
use crate::accounts::Principal;
use crate::{AppError, RequestMeta};

/// A tax rate as the admin API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TaxRateView {
    /// `DE`, or `US-CA` for a region.
    pub country: String,
    pub rate_bp: u32,
    pub updated_at: Timestamp,
}

impl From<TaxRateRow> for TaxRateView {
    fn from(r: TaxRateRow) -> Self {
        Self { country: r.region, rate_bp: r.rate_bp.get(), updated_at: r.updated_at }
    }
}

/// The rule for a buyer with `profile`, given the rates of their country and its regions.
pub(super) fn rule(settings: &BillingSettings, profile: &BillingProfile, rates: &[TaxRateRow]) -> TaxRule {
    let buyer = TaxBuyer { country: &profile.country, region: &profile.region, vat_id: &profile.tax_id };
    rms_core::tax::rule_for(&buyer, &settings.seller_country, settings.prices_include_tax, |code| {
        rates.iter().find(|r| r.region == code).map(|r| r.rate_bp)
    })
}

fn region(code: &str) -> Result<TaxRegion, AppError> {
    TaxRegion::parse(code).map_err(|_| AppError::Invalid { field: "country", reason: InvalidInput::Range })
}

impl Store {
    /// The tax rule for `buyer` now (none for a stranger, whose country is not known; prices
    /// still say whether they include tax).
    pub(super) async fn tax_rule(&self, buyer: Option<Uuid>) -> Result<TaxRule, AppError> {
        let settings = self.billing_settings().await?;
        let Some(user) = buyer else { return Ok(TaxRule { inclusive: settings.prices_include_tax, ..TaxRule::NONE }) };
        let profile = self.profiles.get(user).await?;
        let rates = if rms_core::tax::is_country(&profile.country) {
            billing::tax_rates_of(&self.db, &profile.country).await?
        } else {
            Vec::new()
        };
        Ok(rule(&settings, &profile, &rates))
    }

    /// Every tax rate (admins).
    pub async fn tax_rates(&self, who: &Principal) -> Result<Vec<TaxRateView>, AppError> {
        admin_only(who)?;
        Ok(billing::tax_rates(&self.db).await?.into_iter().map(TaxRateView::from).collect())
    }

    /// Sets the rate of a country (`DE`) or region (`US-CA`), 0 to 10 000 basis points (admins).
    /// Sales from now on charge it; issued invoices keep theirs. Audited with before and after.
    pub async fn set_tax_rate(
        &self,
        who: &Principal,
        code: &str,
        rate_bp: u32,
        meta: &RequestMeta,
    ) -> Result<TaxRateView, AppError> {
        admin_only(who)?;
        let region = region(code)?;
        let rate = BasisPoints::new(rate_bp)
            .map_err(|_| AppError::Invalid { field: "rate_bp", reason: InvalidInput::Range })?;
        let now = self.clock.now();
        let before = billing::set_tax_rate(&self.db, region.as_str(), rate, now).await?;
        let details = json!({ "before": before.map(BasisPoints::get), "after": rate.get() });
        let entry =
            meta.audit(Some(who.user_id), "admin.tax_rate.set", ("tax_rate", region.as_str().to_owned()), details);
        crate::audit_alone(&self.db, &entry, now).await?;
        Ok(TaxRateView { country: region.as_str().to_owned(), rate_bp: rate.get(), updated_at: now })
    }

    /// Removes a country's or region's rate (admins): its buyers are no longer taxed (a region's
    /// buyers fall back to their country's rate). `NOT_FOUND` when none was set. Audited.
    pub async fn delete_tax_rate(&self, who: &Principal, code: &str, meta: &RequestMeta) -> Result<(), AppError> {
        admin_only(who)?;
        let region = region(code)?;
        let before = billing::delete_tax_rate(&self.db, region.as_str()).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let details = json!({ "before": before.get() });
        let entry =
            meta.audit(Some(who.user_id), "admin.tax_rate.deleted", ("tax_rate", region.as_str().to_owned()), details);
        crate::audit_alone(&self.db, &entry, now).await
    }
}
