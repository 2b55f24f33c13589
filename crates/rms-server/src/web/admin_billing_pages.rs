//! The admin's money pages: promo codes (create, edit, pause, usage), payments waiting for a
//! bank transfer (confirm), invoices (refund), billing settings, and plan prices.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::store::{BillingSettings, PromoSpec, PromoView};
use rms_core::billing::ResetPeriod;
use rms_core::{Money, Timestamp};
use rms_i18n::Locale;
use serde::Deserialize;
use uuid::Uuid;

use crate::http::extract::Meta;
use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::state::AppState;
use crate::web::session_pages::Nothing;
use crate::web::{PageCtx, PageRequest, day, money, problem_text, redirect, render};

/// The page's answer to a refused action: the page again with the reason (server errors get the
/// error page).
fn refusal(e: impl Into<ApiError>, locale: Locale) -> Result<(StatusCode, String), Response> {
    problem_text(e, locale)
}

pub struct PromoLine {
    pub id: Uuid,
    pub code: String,
    pub value: String,
    pub uses: String,
    pub total_uses: i64,
    pub per_user: String,
    pub until: String,
    pub paused: bool,
}

fn promo_line(state: &AppState, locale: Locale, v: &PromoView) -> PromoLine {
    let s = &v.spec;
    let value = match (s.percent_bp, s.amount_off_minor) {
        (Some(bp), _) => format!("{} %", f64::from(bp) / 100.0),
        (_, Some(a)) => money(state, locale, a),
        _ => String::new(),
    };
    let cap = s.max_uses.map_or_else(|| "∞".to_owned(), |m| m.to_string());
    let period =
        s.reset_period.map(|p| format!(" / {}", locale.t(&format!("promo-per-{}", p.as_str())))).unwrap_or_default();
    PromoLine {
        id: v.id,
        code: s.code.clone(),
        value,
        uses: format!("{} / {cap}{period}", v.uses_this_period),
        total_uses: v.total_uses,
        per_user: s.per_user_limit.map_or_else(|| "∞".to_owned(), |m| m.to_string()),
        until: s.valid_until.map_or_else(String::new, |t| locale.format_date(t)),
        paused: s.paused,
    }
}

#[derive(Template)]
#[template(path = "admin_promos.html")]
struct PromosPage<'a> {
    ctx: &'a PageCtx,
    promos: Vec<PromoLine>,
    form: PromoEdit,
    error: Option<String>,
}

async fn promos_page(
    state: &AppState,
    page: &PageRequest,
    who: &Principal,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let ctx = page.ctx("/admin/promo-codes");
    match state.services.store.promos(who).await {
        Ok(list) => {
            let promos = list.iter().map(|v| promo_line(state, page.locale, v)).collect();
            let mut res = render(
                &ctx,
                &ctx.t("admin-promos-title"),
                PromosPage { ctx: &ctx, promos, form: PromoEdit::default(), error }.render(),
                page.partial,
            );
            *res.status_mut() = status;
            res
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /admin/promo-codes`
pub async fn promos(State(state): State<AppState>, page: PageRequest) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
    promos_page(&state, &page, &who, None, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
pub struct PromoForm {
    #[serde(default)]
    code: String,
    /// `percent` or `amount`.
    #[serde(default)]
    kind: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    max_uses: String,
    #[serde(default)]
    per_user_limit: String,
    #[serde(default)]
    reset_period: String,
    /// `YYYY-MM-DD`: valid until the end of that day (UTC).
    #[serde(default)]
    valid_until: String,
    #[serde(default)]
    first_purchase_only: Option<String>,
    #[serde(default)]
    min_order: String,
    /// `save`, `pause` or `resume` on the edit page.
    #[serde(default)]
    action: String,
}

fn optional_number(raw: &str) -> Result<Option<i64>, ()> {
    let raw = raw.trim();
    if raw.is_empty() { Ok(None) } else { raw.parse().map(Some).map_err(|_| ()) }
}

impl PromoForm {
    fn spec(&self, state: &AppState) -> Result<PromoSpec, rms_app::AppError> {
        let bad = |field| rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range };
        let currency = state.services.store.currency();
        let (percent_bp, amount_off_minor) = if self.kind == "amount" {
            (None, Some(Money::parse_decimal(&self.value, currency).ok_or(bad("value"))?.minor))
        } else {
            let percent: f64 = self.value.trim().replace(',', ".").parse().map_err(|_| bad("value"))?;
            let bp = (percent * 100.0).round();
            if !(1.0..=10_000.0).contains(&bp) {
                return Err(bad("value"));
            }
            (Some(bp as u32), None)
        };
        let valid_until = match self.valid_until.trim() {
            "" => None,
            d => Some(day(d, true).ok_or(bad("valid_until"))?),
        };
        let min_order_minor = match self.min_order.trim() {
            "" => 0,
            m => Money::parse_decimal(m, currency).ok_or(bad("min_order"))?.minor,
        };
        Ok(PromoSpec {
            code: self.code.clone(),
            percent_bp,
            amount_off_minor,
            valid_from: None,
            valid_until,
            plans: Vec::new(),
            min_order_minor,
            first_purchase_only: self.first_purchase_only.is_some(),
            stacks_with_volume: true,
            max_uses: optional_number(&self.max_uses).map_err(|_| bad("max_uses"))?,
            per_user_limit: optional_number(&self.per_user_limit).map_err(|_| bad("per_user_limit"))?,
            reset_period: ResetPeriod::parse(&self.reset_period),
            paused: false,
        })
    }
}

/// `POST /admin/promo-codes`: creates a code.
pub async fn create_promo(
    State(state): State<AppState>,
    page: PageRequest,
    Meta(meta): Meta,
    CsrfForm(form): CsrfForm<PromoForm>,
) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
    let created = match form.spec(&state) {
        Ok(spec) => state.services.store.create_promo(&who, &spec, &meta).await,
        Err(e) => Err(e),
    };
    match created {
        Ok(v) => redirect(&format!("/admin/promo-codes/{}", v.id)),
        Err(e) => match refusal(e, page.locale) {
            Ok((status, detail)) => promos_page(&state, &page, &who, Some(detail), status).await,
            Err(res) => res,
        },
    }
}

pub struct UseLine {
    pub email: String,
    pub invoice: String,
    pub discount: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "admin_promo.html")]
struct PromoPage<'a> {
    ctx: &'a PageCtx,
    promo: PromoLine,
    uses: Vec<UseLine>,
    form: PromoEdit,
    error: Option<String>,
}

/// The edit form's current values.
#[derive(Default)]
pub struct PromoEdit {
    pub kind: String,
    pub value: String,
    pub max_uses: String,
    pub per_user_limit: String,
    pub reset_period: String,
    pub valid_until: String,
    pub first_purchase_only: bool,
    pub min_order: String,
}

async fn promo_page(
    state: &AppState,
    page: &PageRequest,
    who: &Principal,
    id: Uuid,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let ctx = page.ctx(&format!("/admin/promo-codes/{id}"));
    let locale = page.locale;
    let (view, uses) = match state.services.store.promo_usage(who, id).await {
        Ok(x) => x,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let s = &view.spec;
    let currency = state.services.store.currency();
    let form = PromoEdit {
        kind: if s.amount_off_minor.is_some() { "amount" } else { "percent" }.into(),
        value: match (s.percent_bp, s.amount_off_minor) {
            (Some(bp), _) => format!("{}", f64::from(bp) / 100.0),
            (_, Some(a)) => Money::new(a, currency).to_decimal_string(),
            _ => String::new(),
        },
        max_uses: s.max_uses.map(|m| m.to_string()).unwrap_or_default(),
        per_user_limit: s.per_user_limit.map(|m| m.to_string()).unwrap_or_default(),
        reset_period: s.reset_period.map(|p| p.as_str().to_owned()).unwrap_or_default(),
        // The stored instant is the start of the day after the last valid one.
        valid_until: s
            .valid_until
            .and_then(|t| t.to_utc().date().previous_day())
            .map(|d| d.to_string())
            .unwrap_or_default(),
        first_purchase_only: s.first_purchase_only,
        min_order: if s.min_order_minor > 0 {
            Money::new(s.min_order_minor, currency).to_decimal_string()
        } else {
            String::new()
        },
    };
    let uses = uses
        .into_iter()
        .map(|u| UseLine {
            email: u.email,
            invoice: u.invoice_number,
            discount: money(state, locale, u.discount_minor),
            when: ctx.date(Timestamp::from_millis(u.created_at)),
        })
        .collect();
    let promo = promo_line(state, locale, &view);
    let title = format!("{} {}", ctx.t("admin-promos-title"), promo.code);
    let mut res = render(&ctx, &title, PromoPage { ctx: &ctx, promo, uses, form, error }.render(), page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/promo-codes/{id}`: usage and terms.
pub async fn promo(State(state): State<AppState>, page: PageRequest, Path(id): Path<Uuid>) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
    promo_page(&state, &page, &who, id, None, StatusCode::OK).await
}

/// `POST /admin/promo-codes/{id}`: `action=save` (new terms), `pause` or `resume`.
pub async fn change_promo(
    State(state): State<AppState>,
    page: PageRequest,
    Meta(meta): Meta,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<PromoForm>,
) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
    let changed = match form.action.as_str() {
        "pause" => state.services.store.pause_promo(&who, id, true, &meta).await,
        "resume" => state.services.store.pause_promo(&who, id, false, &meta).await,
        _ => match form.spec(&state) {
            Ok(spec) => {
                // Saving terms keeps the code's paused state.
                let paused =
                    state.services.store.promo_usage(&who, id).await.map(|(v, _)| v.spec.paused).unwrap_or(false);
                state.services.store.update_promo(&who, id, &PromoSpec { paused, ..spec }, &meta).await
            }
            Err(e) => Err(e),
        },
    };
    match changed {
        Ok(_) => promo_page(&state, &page, &who, id, None, StatusCode::OK).await,
        Err(e) => match refusal(e, page.locale) {
            Ok((status, detail)) => promo_page(&state, &page, &who, id, Some(detail), status).await,
            Err(res) => res,
        },
    }
}

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
    notice: Option<String>,
    error: Option<String>,
}

async fn billing_page(
    state: &AppState,
    page: &PageRequest,
    who: &Principal,
    notice: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let ctx = page.ctx("/admin/billing");
    let locale = page.locale;
    let loaded = async {
        let payments = state.services.wallet.payments(who, true, Some("pending")).await?;
        let invoices = state.services.store.invoices(who, true).await?;
        let settings = state.services.store.billing_settings().await?;
        let rates = state.services.rates.list(who).await?;
        Ok::<_, rms_app::AppError>((payments, invoices, settings, rates))
    }
    .await;
    let (payments, invoices, settings, rates) = match loaded {
        Ok(x) => x,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let mut emails = std::collections::HashMap::new();
    for id in payments.iter().map(|p| p.user_id).chain(invoices.iter().map(|i| i.user_id)) {
        if let std::collections::hash_map::Entry::Vacant(slot) = emails.entry(id) {
            let email = rms_store::accounts::user_by_id(&state.db, id).await.ok().flatten().map(|u| u.email);
            slot.insert(email.unwrap_or_default());
        }
    }
    let email = |id: &Uuid| emails.get(id).cloned().unwrap_or_default();
    let main = BillingPage {
        ctx: &ctx,
        payments: payments
            .iter()
            .filter(|p| p.gateway == "manual")
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
                kind: locale.t(if i.kind == "credit_note" { "invoice-credit-note-title" } else { "invoice-title" }),
                email: email(&i.user_id),
                total: money(state, locale, i.total_minor),
                status: locale.t(&format!("wallet-invoice-{}", i.status)),
                refundable: i.kind == "invoice" && i.status == "paid",
                when: ctx.date(i.created_at),
            })
            .collect(),
        settings,
        rates: rates
            .into_iter()
            .map(|r| (r.currency.as_str().to_owned(), r.rate.to_decimal_string(), r.source, ctx.date(r.at)))
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
pub async fn billing(State(state): State<AppState>, page: PageRequest) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
    if let Err(e) = who.require_admin() {
        return ApiError::from(e).into_response();
    }
    billing_page(&state, &page, &who, None, None, StatusCode::OK).await
}

async fn after(
    state: &AppState,
    page: &PageRequest,
    who: &Principal,
    done: Result<(), rms_app::AppError>,
    notice: &str,
) -> Response {
    match done {
        Ok(()) => billing_page(state, page, who, Some(page.locale.t(notice)), None, StatusCode::OK).await,
        Err(e) => match refusal(e, page.locale) {
            Ok((status, detail)) => billing_page(state, page, who, None, Some(detail), status).await,
            Err(res) => res,
        },
    }
}

/// `POST /admin/payments/{id}/confirm`: the bank transfer arrived.
pub async fn confirm_payment(
    State(state): State<AppState>,
    page: PageRequest,
    Meta(meta): Meta,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
    let done = state.services.wallet.confirm_manual(&who, id, &meta).await.map(|_| ());
    after(&state, &page, &who, done, "admin-payment-confirmed").await
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
    State(state): State<AppState>,
    page: PageRequest,
    Meta(meta): Meta,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<RefundForm>,
) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
    let done =
        state.services.store.refund(&who, id, &form.reason, form.override_window.is_some(), &meta).await.map(|_| ());
    after(&state, &page, &who, done, "admin-refunded").await
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    seller_name: String,
    #[serde(default)]
    seller_address: String,
    #[serde(default)]
    seller_email: String,
    #[serde(default)]
    seller_tax_id: String,
    #[serde(default)]
    invoice_footer: String,
    #[serde(default)]
    invoice_number_format: String,
    #[serde(default)]
    credit_note_number_format: String,
    #[serde(default)]
    commission_percent: String,
    #[serde(default)]
    commission_hold_days: String,
    #[serde(default)]
    referral_window_days: String,
}

/// `POST /admin/billing`: saves the billing settings.
pub async fn save_settings(
    State(state): State<AppState>,
    page: PageRequest,
    Meta(meta): Meta,
    CsrfForm(f): CsrfForm<SettingsForm>,
) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
    let bad = |field| rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range };
    let number = |raw: &str, field| raw.trim().parse::<u32>().map_err(|_| bad(field));
    let settings = (|| {
        let percent: f64 =
            f.commission_percent.trim().replace(',', ".").parse().map_err(|_| bad("commission_percent"))?;
        // NaN, negative or above 100 %: refused, never clamped into something else.
        if !(0.0..=100.0).contains(&percent) {
            return Err(bad("commission_percent"));
        }
        Ok::<_, rms_app::AppError>(BillingSettings {
            seller_name: f.seller_name.clone(),
            seller_address: f.seller_address.clone(),
            seller_email: f.seller_email.clone(),
            seller_tax_id: f.seller_tax_id.clone(),
            invoice_footer: f.invoice_footer.clone(),
            invoice_number_format: f.invoice_number_format.clone(),
            credit_note_number_format: f.credit_note_number_format.clone(),
            commission_bp: (percent * 100.0).round().clamp(0.0, 1_000_000.0) as u32,
            commission_hold_days: number(&f.commission_hold_days, "commission_hold_days")?,
            referral_window_days: number(&f.referral_window_days, "referral_window_days")?,
        })
    })();
    let done = match settings {
        Ok(s) => state.services.store.set_billing_settings(&who, &s, &meta).await,
        Err(e) => Err(e),
    };
    after(&state, &page, &who, done, "admin-settings-saved").await
}

#[derive(Deserialize)]
pub struct PriceForm {
    #[serde(default)]
    price: String,
    #[serde(default)]
    visibility: String,
}

/// `POST /admin/plans/{id}/price`: sets a plan's unit price and visibility from the products page.
pub async fn set_price(
    State(state): State<AppState>,
    page: PageRequest,
    Meta(meta): Meta,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<PriceForm>,
) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
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

#[derive(Deserialize)]
pub struct RateForm {
    #[serde(default)]
    currency: String,
    #[serde(default)]
    rate: String,
}

/// `POST /admin/currency-rates`: sets a rate by hand.
pub async fn set_rate(
    State(state): State<AppState>,
    page: PageRequest,
    Meta(meta): Meta,
    CsrfForm(form): CsrfForm<RateForm>,
) -> Response {
    let who = match page.signed_in() {
        Ok(w) => w,
        Err(res) => return res,
    };
    let currency = form.currency.trim().to_uppercase();
    let done = state.services.rates.set(&who, &currency, &form.rate, &meta).await.map(|_| ());
    after(&state, &page, &who, done, "admin-rate-saved").await
}
