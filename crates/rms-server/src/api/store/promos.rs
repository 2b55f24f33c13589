//! Promo codes (admins), billing settings (admins) and the affiliate programme (everyone).

use axum::Json;
use axum::extract::Path;
use axum::http::StatusCode;
use rms_app::store::{BillingSettings, PromoSpec, PromoView};
use rms_core::billing::ResetPeriod;
use rms_core::money::BasisPoints;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::instant;
use crate::api::store::basis_points;
use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PromoIn {
    /// 3 to 40 letters, digits, `-` or `_`; case does not matter. Ignored when editing.
    code: Option<String>,
    /// Percent off, up to two decimals; or `amount_off_minor`.
    percent_off: Option<f64>,
    /// A fixed amount off the eligible lines, in minor units of the base currency.
    amount_off_minor: Option<i64>,
    /// RFC 3339.
    valid_from: Option<String>,
    /// RFC 3339, exclusive.
    valid_until: Option<String>,
    /// Plans it applies to; absent or empty: every plan.
    #[serde(default)]
    plans: Vec<Uuid>,
    #[serde(default)]
    min_order_minor: i64,
    #[serde(default)]
    first_purchase_only: bool,
    /// Whether it adds to volume discounts (default) or competes with them (best of per line).
    stacks_with_volume: Option<bool>,
    /// Uses in all, or per period with `reset_period`.
    max_uses: Option<i64>,
    per_user_limit: Option<i64>,
    /// `day`, `week` (from Monday) or `month` (UTC): the use count starts again each period.
    reset_period: Option<String>,
    #[serde(default)]
    paused: bool,
}

impl PromoIn {
    fn spec(&self) -> Result<PromoSpec, ApiError> {
        let percent_bp = self.percent_off.map(|p| basis_points("percent_off", None, Some(p))).transpose()?;
        let reset_period = match self.reset_period.as_deref().filter(|p| !p.is_empty()) {
            Some(p) => Some(ResetPeriod::parse(p).map_err(rms_app::AppError::unknown("reset_period"))?),
            None => None,
        };
        Ok(PromoSpec {
            code: self.code.clone().unwrap_or_default(),
            percent_bp,
            amount_off_minor: self.amount_off_minor,
            valid_from: instant("valid_from", self.valid_from.as_deref())?,
            valid_until: instant("valid_until", self.valid_until.as_deref())?,
            plans: self.plans.clone(),
            min_order_minor: self.min_order_minor,
            first_purchase_only: self.first_purchase_only,
            stacks_with_volume: self.stacks_with_volume.unwrap_or(true),
            max_uses: self.max_uses,
            per_user_limit: self.per_user_limit,
            reset_period,
            paused: self.paused,
        })
    }
}

#[derive(Serialize, ToSchema)]
pub struct PromoOut {
    id: Uuid,
    code: String,
    percent_off: Option<f64>,
    amount_off_minor: Option<i64>,
    valid_from: Option<String>,
    valid_until: Option<String>,
    plans: Vec<Uuid>,
    min_order_minor: i64,
    first_purchase_only: bool,
    stacks_with_volume: bool,
    max_uses: Option<i64>,
    per_user_limit: Option<i64>,
    reset_period: Option<String>,
    paused: bool,
    /// Uses in the current period (in all without a reset period).
    uses_this_period: i64,
    total_uses: i64,
    created_at: String,
}

impl From<PromoView> for PromoOut {
    fn from(v: PromoView) -> Self {
        let s = v.spec;
        Self {
            id: v.id,
            code: s.code,
            percent_off: s.percent_bp.map(BasisPoints::percent),
            amount_off_minor: s.amount_off_minor,
            valid_from: s.valid_from.map(|t| t.to_string()),
            valid_until: s.valid_until.map(|t| t.to_string()),
            plans: s.plans,
            min_order_minor: s.min_order_minor,
            first_purchase_only: s.first_purchase_only,
            stacks_with_volume: s.stacks_with_volume,
            max_uses: s.max_uses,
            per_user_limit: s.per_user_limit,
            reset_period: s.reset_period.map(|p| p.as_str().to_owned()),
            paused: s.paused,
            uses_this_period: v.uses_this_period,
            total_uses: v.total_uses,
            created_at: v.created_at.to_string(),
        }
    }
}

/// Creates a promo code. Audited.
#[utoipa::path(post, path = "/api/v1/admin/promo-codes", tag = "store", security(("bearer" = ["admin"])), request_body = PromoIn,
    responses((status = 201, body = PromoOut), (status = 409, description = "`PROMO_CODE_TAKEN`", body = ProblemBody),
        (status = 422, body = ProblemBody)))]
pub async fn create(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<PromoIn>,
) -> Result<(StatusCode, Json<PromoOut>), ApiError> {
    let view = state.services.store.create_promo(&who, &body.spec()?, &meta).await?;
    Ok((StatusCode::CREATED, Json(view.into())))
}

/// Every promo code with its usage, newest first.
#[utoipa::path(get, path = "/api/v1/admin/promo-codes", tag = "store", security(("bearer" = ["admin"])),
    responses((status = 200, body = [PromoOut]), (status = 403, body = ProblemBody)))]
pub async fn list(Call { state, who, .. }: Call) -> Result<Json<Vec<PromoOut>>, ApiError> {
    Ok(Json(state.services.store.promos(&who).await?.into_iter().map(PromoOut::from).collect()))
}

#[derive(Serialize, ToSchema)]
pub struct RedemptionOut {
    email: String,
    invoice_number: String,
    discount_minor: i64,
    created_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct PromoUsageOut {
    promo: PromoOut,
    redemptions: Vec<RedemptionOut>,
}

/// One promo code and who used it.
#[utoipa::path(get, path = "/api/v1/admin/promo-codes/{id}", tag = "store", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The promo code")),
    responses((status = 200, body = PromoUsageOut), (status = 404, body = ProblemBody)))]
pub async fn usage(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Json<PromoUsageOut>, ApiError> {
    let (promo, uses) = state.services.store.promo_usage(&who, id).await?;
    Ok(Json(PromoUsageOut {
        promo: promo.into(),
        redemptions: uses
            .into_iter()
            .map(|r| RedemptionOut {
                email: r.email,
                invoice_number: r.invoice_number,
                discount_minor: r.discount_minor,
                created_at: r.created_at.to_string(),
            })
            .collect(),
    }))
}

/// Replaces a promo code's terms (its name and use counts stay). Audited.
#[utoipa::path(put, path = "/api/v1/admin/promo-codes/{id}", tag = "store", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The promo code")), request_body = PromoIn,
    responses((status = 200, body = PromoOut), (status = 404, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn update(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<PromoIn>,
) -> Result<Json<PromoOut>, ApiError> {
    Ok(Json(state.services.store.update_promo(&who, id, &body.spec()?, &meta).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PauseIn {
    paused: bool,
}

/// Pauses or resumes a promo code. Audited.
#[utoipa::path(post, path = "/api/v1/admin/promo-codes/{id}/pause", tag = "store", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The promo code")), request_body = PauseIn,
    responses((status = 200, body = PromoOut), (status = 404, body = ProblemBody)))]
pub async fn pause(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<PauseIn>,
) -> Result<Json<PromoOut>, ApiError> {
    Ok(Json(state.services.store.pause_promo(&who, id, body.paused, &meta).await?.into()))
}

/// Seller details, invoice numbering and the affiliate programme's terms.
#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingsIo {
    seller_name: String,
    seller_address: String,
    seller_email: String,
    seller_tax_id: String,
    invoice_footer: String,
    /// `{YYYY}` is the year, a run of digits in braces the zero-padded sequence: `INV-{YYYY}-{000001}`.
    invoice_number_format: String,
    credit_note_number_format: String,
    /// Basis points of each referred purchase (1000 = 10 %); products may set their own.
    commission_bp: u32,
    commission_hold_days: u32,
    referral_window_days: u32,
    /// Whether plan prices include tax (`true`: the buyer pays the price, part of it is tax) or
    /// tax is added on top (`false`, the default). Absent from a PUT: unchanged.
    #[serde(default)]
    prices_include_tax: Option<bool>,
    /// Where the seller is established (ISO 3166-1 alpha-2), or empty. An EU business buyer in
    /// another country is reverse charged; in this one (or when empty), taxed. Absent from a PUT:
    /// unchanged.
    #[serde(default)]
    seller_country: Option<String>,
}

impl From<BillingSettings> for SettingsIo {
    fn from(s: BillingSettings) -> Self {
        Self {
            seller_name: s.seller_name,
            seller_address: s.seller_address,
            seller_email: s.seller_email,
            seller_tax_id: s.seller_tax_id,
            invoice_footer: s.invoice_footer,
            invoice_number_format: s.invoice_number_format,
            credit_note_number_format: s.credit_note_number_format,
            commission_bp: s.commission_bp.get(),
            commission_hold_days: s.commission_hold_days,
            referral_window_days: s.referral_window_days,
            prices_include_tax: Some(s.prices_include_tax),
            seller_country: Some(s.seller_country),
        }
    }
}

/// The billing settings.
#[utoipa::path(get, path = "/api/v1/admin/billing/settings", tag = "store", security(("bearer" = ["admin"])),
    responses((status = 200, body = SettingsIo), (status = 403, body = ProblemBody)))]
pub async fn settings(Call { state, who, .. }: Call) -> Result<Json<SettingsIo>, ApiError> {
    who.require_admin()?;
    Ok(Json(state.services.store.billing_settings().await?.into()))
}

/// Replaces the billing settings. Audited.
#[utoipa::path(put, path = "/api/v1/admin/billing/settings", tag = "store", security(("bearer" = ["admin"])), request_body = SettingsIo,
    responses((status = 204), (status = 403, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn set_settings(
    Call { state, who, meta }: Call,
    ApiJson(b): ApiJson<SettingsIo>,
) -> Result<StatusCode, ApiError> {
    who.require_admin()?;
    // Fields added after a script was written keep what they were when it leaves them out.
    let current = state.services.store.billing_settings().await?;
    let s = BillingSettings {
        seller_name: b.seller_name,
        seller_address: b.seller_address,
        seller_email: b.seller_email,
        seller_tax_id: b.seller_tax_id,
        invoice_footer: b.invoice_footer,
        invoice_number_format: b.invoice_number_format,
        credit_note_number_format: b.credit_note_number_format,
        commission_bp: basis_points("commission_bp", Some(b.commission_bp), None)?,
        commission_hold_days: b.commission_hold_days,
        referral_window_days: b.referral_window_days,
        prices_include_tax: b.prices_include_tax.unwrap_or(current.prices_include_tax),
        seller_country: b.seller_country.map_or(current.seller_country, |c| c.trim().to_ascii_uppercase()),
    };
    state.services.store.set_billing_settings(&who, &s, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An affiliate's link and numbers; amounts in minor units of the base currency.
#[derive(Serialize, ToSchema)]
pub struct AffiliateOut {
    code: String,
    /// Share it: sign-ups through it are attributed to you.
    link: String,
    referred_users: i64,
    purchases: i64,
    pending_minor: i64,
    available_minor: i64,
    reversed_minor: i64,
    /// Commission clawed back after it was paid out that the wallet did not cover; the next
    /// commissions settle it.
    owed_minor: i64,
    commission_bp: u32,
    hold_days: u32,
}

fn affiliate_out(state: &AppState, v: rms_app::store::AffiliateView) -> AffiliateOut {
    let base =
        state.config.public_url.as_ref().map(|u| u.0.as_str().trim_end_matches('/').to_owned()).unwrap_or_default();
    AffiliateOut {
        link: format!("{base}/sign-up?ref={}", v.code),
        code: v.code,
        referred_users: v.referred_users,
        purchases: v.purchases,
        pending_minor: v.pending_minor,
        available_minor: v.available_minor,
        reversed_minor: v.reversed_minor,
        owed_minor: v.owed_minor,
        commission_bp: v.commission_bp.get(),
        hold_days: v.hold_days,
    }
}

/// Joins the affiliate programme (once; again answers the same code).
#[utoipa::path(post, path = "/api/v1/affiliate", tag = "store", security(("bearer" = ["wallet"])),
    responses((status = 200, body = AffiliateOut)))]
pub async fn join(Call { state, who, .. }: Call) -> Result<Json<AffiliateOut>, ApiError> {
    let view = state.services.store.become_affiliate(&who).await?;
    Ok(Json(affiliate_out(&state, view)))
}

/// The caller's affiliate dashboard; 404 until they join.
#[utoipa::path(get, path = "/api/v1/affiliate", tag = "store", security(("bearer" = ["read"])),
    responses((status = 200, body = AffiliateOut), (status = 404, body = ProblemBody)))]
pub async fn dashboard(Call { state, who, .. }: Call) -> Result<Json<AffiliateOut>, ApiError> {
    let view = state.services.store.affiliate(&who).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(affiliate_out(&state, view)))
}

/// Sets the logo invoices print: the request body is the image itself, PNG or SVG, at most
/// 512 KiB. Audited.
#[utoipa::path(put, path = "/api/v1/admin/billing/logo", tag = "store", security(("bearer" = ["admin"])),
    request_body(content = Vec<u8>, content_type = "image/png", description = "A PNG or SVG file"),
    responses((status = 204), (status = 403, body = ProblemBody), (status = 422, description = "not a PNG or SVG, or too large", body = ProblemBody)))]
pub async fn set_logo(Call { state, who, meta }: Call, body: axum::body::Bytes) -> Result<StatusCode, ApiError> {
    state.services.store.set_logo(&who, Some(&body), &meta).await?;
    state.services.brand.changed();
    Ok(StatusCode::NO_CONTENT)
}

/// Removes the logo: invoices show the seller's name instead. Audited.
#[utoipa::path(delete, path = "/api/v1/admin/billing/logo", tag = "store", security(("bearer" = ["admin"])),
    responses((status = 204), (status = 403, body = ProblemBody)))]
pub async fn remove_logo(Call { state, who, meta }: Call) -> Result<StatusCode, ApiError> {
    state.services.store.set_logo(&who, None, &meta).await?;
    state.services.brand.changed();
    Ok(StatusCode::NO_CONTENT)
}
