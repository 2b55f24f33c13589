//! The admin's promo code pages: the list, creating a code, its usage, new terms, pausing.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::store::{PromoSpec, PromoView};
use rms_core::Money;
use rms_core::billing::ResetPeriod;
use rms_core::money::BasisPoints;
use rms_i18n::Locale;
use serde::Deserialize;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::state::AppState;
use crate::web::{PageCtx, PageRequest, Staff, day, money, redirect, render, settle};

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
        (Some(bp), _) => format!("{} %", bp.percent()),
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

async fn promos_page(page: &PageRequest, who: &Principal, error: Option<String>, status: StatusCode) -> Response {
    let state = &page.state;
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
pub async fn promos(page: PageRequest, Staff(who): Staff) -> Response {
    promos_page(&page, &who, None, StatusCode::OK).await
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
        // The form's radio: `amount` off, or (anything else) a percentage.
        let (percent_bp, amount_off_minor) = match self.kind.as_str() {
            "amount" => (None, Some(Money::parse_decimal(&self.value, currency).ok_or(bad("value"))?.minor)),
            _ => {
                let percent: f64 = self.value.trim().replace(',', ".").parse().map_err(|_| bad("value"))?;
                let bp = BasisPoints::from_percent_rounded(percent).map_err(|_| bad("value"))?;
                if bp == BasisPoints::ZERO {
                    return Err(bad("value"));
                }
                (Some(bp), None)
            }
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
            // The form's select: empty (never) or a period's word.
            reset_period: ResetPeriod::parse(&self.reset_period).ok(),
            paused: false,
        })
    }
}

/// `POST /admin/promo-codes`: creates a code.
pub async fn create_promo(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<PromoForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let created = match form.spec(state) {
        Ok(spec) => state.services.store.create_promo(&who, &spec, meta).await,
        Err(e) => Err(e),
    };
    settle(
        created,
        page.locale,
        async |v| redirect(&format!("/admin/promo-codes/{}", v.id)),
        async |status, detail| promos_page(&page, &who, Some(detail), status).await,
    )
    .await
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
    page: &PageRequest,
    who: &Principal,
    id: Uuid,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let state = &page.state;
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
            (Some(bp), _) => format!("{}", bp.percent()),
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
            when: ctx.date(u.created_at),
        })
        .collect();
    let promo = promo_line(state, locale, &view);
    let title = format!("{} {}", ctx.t("admin-promos-title"), promo.code);
    let mut res = render(&ctx, &title, PromoPage { ctx: &ctx, promo, uses, form, error }.render(), page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/promo-codes/{id}`: usage and terms.
pub async fn promo(page: PageRequest, Staff(who): Staff, Path(id): Path<Uuid>) -> Response {
    let _state = &page.state;
    promo_page(&page, &who, id, None, StatusCode::OK).await
}

/// `POST /admin/promo-codes/{id}`: `action=save` (new terms), `pause` or `resume`.
pub async fn change_promo(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<PromoForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let changed = match form.action.as_str() {
        "pause" => state.services.store.pause_promo(&who, id, true, meta).await,
        "resume" => state.services.store.pause_promo(&who, id, false, meta).await,
        _ => match form.spec(state) {
            Ok(spec) => {
                // Saving terms keeps the code's paused state.
                let paused =
                    state.services.store.promo_usage(&who, id).await.map(|(v, _)| v.spec.paused).unwrap_or(false);
                state.services.store.update_promo(&who, id, &PromoSpec { paused, ..spec }, meta).await
            }
            Err(e) => Err(e),
        },
    };
    settle(
        changed,
        page.locale,
        async |_| promo_page(&page, &who, id, None, StatusCode::OK).await,
        async |status, detail| promo_page(&page, &who, id, Some(detail), status).await,
    )
    .await
}
