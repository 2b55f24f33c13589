//! The admin's money pages: payments waiting for a bank transfer (confirm), invoices (refund),
//! billing settings, plan prices and currency rates. Promo codes are in `promos`.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::store::BillingSettings;
use rms_core::Money;
use rms_core::money::BasisPoints;
use serde::Deserialize;
use uuid::Uuid;

use crate::http::extract::Meta;
use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::state::AppState;
use crate::web::Nothing;
use crate::web::{PageCtx, PageRequest, Said, Staff, answer, money, redirect, render};

pub struct PaymentLine {
    pub id: Uuid,
    pub email: String,
    pub reference: String,
    pub amount: String,
    pub when: String,
}

pub struct InvoiceLine {
    pub id: Uuid,
    pub number: String,
    pub kind: String,
    pub email: String,
    pub total: String,
    pub status: String,
    pub refundable: bool,
    pub when: String,
}

#[derive(Template)]
#[template(path = "admin_billing.html")]
struct BillingPage<'a> {
    ctx: &'a PageCtx,
    payments: Vec<PaymentLine>,
    invoices: Vec<InvoiceLine>,
    settings: BillingSettings,
    /// (currency, rate per one unit of the base, source, date).
    rates: Vec<(String, String, String, String)>,
    /// (country or region, percent, date).
    taxes: Vec<(String, String, String)>,
    notice: Option<String>,
    error: Option<String>,
}

async fn billing_page(page: &PageRequest, who: &Principal, said: Said) -> Response {
    let Said { notice, error, status } = said;
    let state = &page.state;
    let ctx = page.ctx("/admin/billing");
    let locale = page.locale;
    let loaded = async {
        let payments =
            state.services.payments.payments(who, true, Some(rms_core::billing::PaymentStatus::Pending)).await?;
        let invoices = state.services.store.invoices(who, true).await?;
        let settings = state.services.store.billing_settings().await?;
        let rates = state.services.rates.list(who).await?;
        let taxes = state.services.store.tax_rates(who).await?;
        Ok::<_, rms_app::AppError>((payments, invoices, settings, rates, taxes))
    }
    .await;
    let (payments, invoices, settings, rates, taxes) = match loaded {
        Ok(x) => x,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let mut emails = std::collections::HashMap::new();
    for id in payments.iter().map(|p| p.user_id).chain(invoices.iter().map(|i| i.user_id)) {
        if let std::collections::hash_map::Entry::Vacant(slot) = emails.entry(id) {
            let email = state.services.admin.user(who, id).await.ok().map(|u| u.email);
            slot.insert(email.unwrap_or_default());
        }
    }
    let email = |id: &Uuid| emails.get(id).cloned().unwrap_or_default();
    let main = BillingPage {
        ctx: &ctx,
        payments: payments
            .iter()
            .filter(|p| p.gateway.awaits_admin())
            .map(|p| PaymentLine {
                id: p.id,
                email: email(&p.user_id),
                reference: p.reference.clone(),
                amount: money(state, locale, p.amount_minor),
                when: ctx.date(p.created_at),
            })
            .collect(),
        invoices: invoices
            .iter()
            .map(|i| InvoiceLine {
                id: i.id,
                number: i.number.clone(),
                kind: locale.t(crate::web::invoice_title(i.kind)),
                email: email(&i.user_id),
                total: money(state, locale, i.total_minor),
                status: locale.t(&format!("wallet-invoice-{}", i.status)),
                refundable: i.refundable(),
                when: ctx.date(i.created_at),
            })
            .collect(),
        settings,
        rates: rates
            .into_iter()
            .map(|r| (r.currency.as_str().to_owned(), r.rate.to_decimal_string(), r.source, ctx.date(r.at)))
            .collect(),
        taxes: taxes
            .into_iter()
            .map(|t| (t.country, locale.format_percent_number(t.rate_bp), ctx.date(t.updated_at)))
            .collect(),
        notice,
        error,
    }
    .render();
    let mut res = render(&ctx, &ctx.t("admin-billing-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/billing`: bank transfers to confirm, invoices to refund, billing settings.
pub async fn billing(page: PageRequest, Staff(who): Staff) -> Response {
    if let Err(e) = who.require_admin() {
        return ApiError::from(e).into_response();
    }
    billing_page(&page, &who, Said::nothing()).await
}

async fn after(page: &PageRequest, who: &Principal, done: Result<(), rms_app::AppError>, notice: &str) -> Response {
    answer(done, page.locale, notice, async |said| billing_page(page, who, said).await).await
}

/// `POST /admin/payments/{id}/confirm`: the bank transfer arrived.
pub async fn confirm_payment(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let done = state.services.payments.confirm_manual(&who, id, None, meta).await.map(|_| ());
    after(&page, &who, done, "admin-payment-confirmed").await
}

#[derive(Deserialize)]
pub struct RefundForm {
    #[serde(default)]
    reason: String,
    /// The checkbox "refund although the refund window has passed".
    #[serde(default)]
    override_window: Option<String>,
}

/// `POST /admin/invoices/{id}/refund`
pub async fn refund(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<RefundForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let done =
        state.services.store.refund(&who, id, &form.reason, form.override_window.is_some(), meta).await.map(|_| ());
    after(&page, &who, done, "admin-refunded").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    seller_name: String,
    seller_address: String,
    seller_email: String,
    seller_tax_id: String,
    invoice_footer: String,
    invoice_number_format: String,
    credit_note_number_format: String,
    commission_percent: String,
    commission_hold_days: String,
    referral_window_days: String,
    seller_country: String,
    /// The checkbox "prices include tax".
    prices_include_tax: Option<String>,
}

/// `POST /admin/billing`: saves the billing settings.
pub async fn save_settings(page: PageRequest, Staff(who): Staff, CsrfForm(f): CsrfForm<SettingsForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let bad = |field| rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range };
    let number = |raw: &str, field| raw.trim().parse::<u32>().map_err(|_| bad(field));
    let settings = (|| {
        let percent: f64 =
            f.commission_percent.trim().replace(',', ".").parse().map_err(|_| bad("commission_percent"))?;
        // NaN, negative or above 100 %: refused, never clamped into something else.
        let commission_bp = BasisPoints::from_percent_rounded(percent).map_err(|_| bad("commission_percent"))?;
        Ok::<_, rms_app::AppError>(BillingSettings {
            seller_name: f.seller_name.clone(),
            seller_address: f.seller_address.clone(),
            seller_email: f.seller_email.clone(),
            seller_tax_id: f.seller_tax_id.clone(),
            invoice_footer: f.invoice_footer.clone(),
            invoice_number_format: f.invoice_number_format.clone(),
            credit_note_number_format: f.credit_note_number_format.clone(),
            commission_bp,
            commission_hold_days: number(&f.commission_hold_days, "commission_hold_days")?,
            referral_window_days: number(&f.referral_window_days, "referral_window_days")?,
            prices_include_tax: f.prices_include_tax.is_some(),
            seller_country: f.seller_country.trim().to_ascii_uppercase(),
        })
    })();
    let done = match settings {
        Ok(s) => state.services.store.set_billing_settings(&who, &s, meta).await,
        Err(e) => Err(e),
    };
    after(&page, &who, done, "admin-settings-saved").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PriceForm {
    price: String,
    visibility: String,
}

/// `POST /admin/plans/{id}/price`: sets a plan's unit price and visibility from the products page.
pub async fn set_price(
    State(state): State<AppState>,
    Staff(who): Staff,
    Meta(meta): Meta,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<PriceForm>,
) -> Response {
    let Some(price) = Money::parse_decimal(&form.price, state.services.store.currency()) else {
        let e = rms_app::AppError::Invalid { field: "price", reason: rms_core::account::InvalidInput::Range };
        return ApiError::from(e).into_response();
    };
    let visibility = if form.visibility.is_empty() { "public" } else { form.visibility.as_str() };
    match state.services.store.set_unit_price(&who, id, price.minor, visibility, &meta).await {
        Ok(()) => redirect("/admin/products"),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RateForm {
    currency: String,
    rate: String,
}

/// `POST /admin/currency-rates`: sets a rate by hand.
pub async fn set_rate(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<RateForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let currency = form.currency.trim().to_uppercase();
    let done = state.services.rates.set(&who, &currency, &form.rate, meta).await.map(|_| ());
    after(&page, &who, done, "admin-rate-saved").await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TaxForm {
    country: String,
    /// A percentage with up to two decimals: `19`, `7.25` (`7,25` too).
    percent: String,
}

/// `POST /admin/tax-rates`: sets a country's or region's tax rate.
pub async fn set_tax_rate(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<TaxForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let bad = || rms_app::AppError::Invalid { field: "percent", reason: rms_core::account::InvalidInput::Range };
    let done = match form.percent.trim().replace(',', ".").parse::<f64>().ok().map(BasisPoints::from_percent) {
        Some(Ok(bp)) => state.services.store.set_tax_rate(&who, &form.country, bp.get(), meta).await.map(|_| ()),
        _ => Err(bad()),
    };
    after(&page, &who, done, "admin-tax-saved").await
}

/// `POST /admin/tax-rates/{country}/delete`: removes a rate.
pub async fn delete_tax_rate(
    page: PageRequest,
    Staff(who): Staff,
    Path(country): Path<String>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let done = state.services.store.delete_tax_rate(&who, &country, meta).await;
    after(&page, &who, done, "admin-tax-deleted").await
}
