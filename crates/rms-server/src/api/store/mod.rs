//! The store's price API: admins price plans (`PUT /api/v1/admin/plans/{id}/price`), anyone asks
//! what a cart costs (`POST /api/v1/store/quote`). The client never sends a price.

pub mod payments;
pub mod promos;
pub mod purchases;
pub mod rates;
pub mod taxes;
pub mod wallet;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rms_core::Money;
use rms_core::money::{BadShare, BasisPoints};
use rms_core::pricing::{Quote, Sale, Tier, TierMode, Tiers, Visibility};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::instant;
use crate::http::extract::{ApiJson, Call, MaybeAuth, Meta};
use crate::http::problem::{ApiError, ProblemBody};
use crate::http::ratelimit::Class;
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TierIn {
    /// From this many units on (at least 2).
    #[schema(minimum = 2, maximum = 1_000_000)]
    min_quantity: u32,
    /// Basis points off the unit price (1000 = 10 %).
    #[schema(minimum = 0, maximum = 10_000)]
    off_bp: Option<u32>,
    /// Percent off the unit price, up to two decimals (12.5); instead of `off_bp`.
    #[schema(minimum = 0, maximum = 100, multiple_of = 0.01)]
    percent_off: Option<f64>,
}

/// Basis points from exactly one of `off_bp` and `percent_off` (two decimals at most).
pub(crate) fn basis_points(
    field: &'static str,
    bp: Option<u32>,
    percent: Option<f64>,
) -> Result<BasisPoints, ApiError> {
    let share = match (bp, percent) {
        (Some(bp), None) => BasisPoints::new(bp),
        (None, Some(p)) => BasisPoints::from_percent(p),
        _ => Err(BadShare),
    };
    share.map_err(|_| rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range }.into())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SaleIn {
    #[schema(minimum = 0, maximum = 100_000_000_000i64)]
    unit_minor: i64,
    /// RFC 3339; absent = already running.
    from: Option<String>,
    /// RFC 3339, exclusive; absent = until changed.
    until: Option<String>,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PriceIn {
    /// Unit price in minor units of the base currency (cents for USD, yen for JPY).
    #[serde(alias = "amount_minor")]
    #[schema(minimum = 0, maximum = 100_000_000_000i64)]
    unit_minor: i64,
    #[serde(default)]
    #[schema(max_items = 20)]
    tiers: Vec<TierIn>,
    /// `graduated` (each unit at its tier) or `all_units` (default: every unit at the reached tier).
    #[serde(alias = "mode")]
    #[schema(pattern = "^(graduated|all_units)$")]
    tier_mode: Option<String>,
    sale: Option<SaleIn>,
    /// `public` (default), `hidden` (direct link only) or `archived` (not sold).
    #[schema(pattern = "^(public|hidden|archived)$")]
    visibility: Option<String>,
}

/// Set what a plan costs (`amount_minor`, `tiers: [{min_quantity, percent_off}]`, `mode`).
/// Audited. The same as `PUT /api/v1/admin/plans/{id}/price`.
#[utoipa::path(post, path = "/api/v1/admin/plans/{id}/prices", tag = "store", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The plan")), request_body = PriceIn,
    responses((status = 204), (status = 404, body = ProblemBody), (status = 422, description = "`OUT_OF_RANGE`", body = ProblemBody)))]
pub async fn post_prices(call: Call, id: Path<Uuid>, body: ApiJson<PriceIn>) -> Result<StatusCode, ApiError> {
    set_price(call, id, body).await
}

/// Set what a plan costs. Audited.
#[utoipa::path(put, path = "/api/v1/admin/plans/{id}/price", tag = "store", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The plan")), request_body = PriceIn,
    responses((status = 204), (status = 404, body = ProblemBody), (status = 422, description = "`OUT_OF_RANGE`", body = ProblemBody)))]
pub async fn set_price(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<PriceIn>,
) -> Result<StatusCode, ApiError> {
    // Who may set prices is decided before what they sent is read: a stranger gets 403, not 422.
    who.require_admin()?;
    let mode = TierMode::parse(body.tier_mode.as_deref().unwrap_or("all_units"))
        .map_err(rms_app::AppError::unknown("tier_mode"))?;
    let visibility = Visibility::parse(body.visibility.as_deref().unwrap_or("public"))
        .map_err(rms_app::AppError::unknown("visibility"))?;
    let sale = match &body.sale {
        Some(s) => Some(Sale {
            unit_minor: s.unit_minor,
            from: instant("sale", s.from.as_deref())?,
            until: instant("sale", s.until.as_deref())?,
        }),
        None => None,
    };
    let spec = rms_app::store::PriceSpec {
        unit_minor: body.unit_minor,
        tiers: Tiers::parse(
            body.tiers
                .iter()
                .map(|t| {
                    Ok(Tier { min_quantity: t.min_quantity, off_bp: basis_points("tiers", t.off_bp, t.percent_off)? })
                })
                .collect::<Result<_, ApiError>>()?,
        )
        .map_err(|_| rms_app::AppError::Invalid { field: "tiers", reason: rms_core::account::InvalidInput::Range })?,
        mode,
        sale,
        visibility,
    };
    state.services.store.set_price(&who, id, spec, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuoteItem {
    pub(crate) plan_id: Uuid,
    #[schema(minimum = 1, maximum = 100_000)]
    pub(crate) quantity: i64,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct QuoteIn {
    #[schema(min_items = 1, max_items = 50)]
    items: Vec<QuoteItem>,
    #[schema(max_length = 40)]
    promo_code: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct QuoteLineOut {
    plan_id: Uuid,
    quantity: u32,
    unit: i64,
    gross: i64,
    volume_discount: i64,
    promo_discount: i64,
    net: i64,
    /// The tax this line charges (contained in `net` when prices include tax).
    tax: i64,
    /// What the line charges: `net + tax` with tax-exclusive prices, else `net` (less the tax it
    /// contains under a reverse charge).
    amount: i64,
}

/// A price breakdown; amounts in minor units of `currency`.
#[derive(Serialize, ToSchema)]
pub struct QuoteOut {
    currency: String,
    /// Digits after the decimal point in `currency` (2 for USD, 0 for JPY, 3 for KWD).
    minor_digits: u8,
    lines: Vec<QuoteLineOut>,
    subtotal: i64,
    volume_discount: i64,
    promo_discount: i64,
    promo_code: Option<String>,
    /// Tax in minor units: added to the price (exclusive prices) or part of it (inclusive).
    /// Taxed for the signed-in buyer's billing country; a stranger's quote carries none.
    tax: i64,
    /// The rate charged in basis points (1900 = 19 %); 0 under a reverse charge.
    tax_rate_bp: u32,
    /// Whether the prices include the tax.
    tax_inclusive: bool,
    /// The buyer accounts for the tax (an EU business with a VAT id): none is charged.
    reverse_charge: bool,
    /// What the buyer pays.
    total: i64,
    /// `total` as a decimal string in major units, exact.
    total_decimal: String,
}

impl From<Quote<Uuid>> for QuoteOut {
    fn from(q: Quote<Uuid>) -> Self {
        let m = |x: Money| x.minor;
        Self {
            currency: q.total.currency.as_str().to_owned(),
            minor_digits: q.total.currency.minor_digits(),
            lines: q
                .lines
                .into_iter()
                .map(|l| QuoteLineOut {
                    plan_id: l.plan,
                    quantity: l.quantity,
                    unit: m(l.unit),
                    gross: m(l.gross),
                    volume_discount: m(l.volume_discount),
                    promo_discount: m(l.promo_discount),
                    net: m(l.net),
                    tax: m(l.tax),
                    amount: m(l.amount),
                })
                .collect(),
            subtotal: m(q.subtotal),
            volume_discount: m(q.volume_discount),
            promo_discount: m(q.promo_discount),
            promo_code: q.promo,
            tax: m(q.tax),
            tax_rate_bp: q.tax_rate.get(),
            tax_inclusive: q.tax_inclusive,
            reverse_charge: q.reverse_charge,
            total_decimal: q.total.to_decimal_string(),
            total: m(q.total),
        }
    }
}

/// What a cart costs: plans and quantities in, the full breakdown out (volume tiers, sale prices,
/// promo code). The same function prices the checkout and the charge.
#[utoipa::path(post, path = "/api/v1/store/quote", tag = "store", request_body = QuoteIn,
    responses(
        (status = 200, body = QuoteOut),
        (status = 422, description = "`NOT_FOR_SALE`, `OUT_OF_RANGE`, `PROMO_NOT_FOUND`, `PROMO_EXPIRED`, \
            `PROMO_NOT_APPLICABLE`, `PROMO_BELOW_MINIMUM`, `PROMO_FIRST_PURCHASE_ONLY`, `PROMO_EXHAUSTED`, `PROMO_PAUSED` \
            (without a sign-in, a code that expired, is paused or used up answers `PROMO_NOT_FOUND`)",
            body = ProblemBody),
        (status = 429, description = "`TOO_MANY_REQUESTS`: anonymous quotes per address, or promo codes tried", body = ProblemBody)))]
pub async fn quote(
    State(state): State<AppState>,
    MaybeAuth(who): MaybeAuth,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<QuoteIn>,
) -> Result<Json<QuoteOut>, ApiError> {
    let items: Vec<(Uuid, i64)> = body.items.iter().map(|i| (i.plan_id, i.quantity)).collect();
    let buyer = who.map(|w| w.user_id);
    if buyer.is_none() {
        // Signed-in callers count against their API budget already; strangers against their address.
        state.limits.check(Class::Quote, meta.ip.as_deref().unwrap_or("unknown")).await?;
    }
    if body.promo_code.as_deref().is_some_and(|c| !c.trim().is_empty()) {
        state.limits.promo_attempt(meta.ip.as_deref(), buyer).await?;
    }
    Ok(Json(state.services.store.quote(buyer, &items, body.promo_code.as_deref()).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommissionIn {
    /// This product's affiliate commission in basis points (1000 = 10 %); `null`: the global rate.
    #[schema(minimum = 0, maximum = 10_000)]
    commission_bp: Option<u32>,
}

/// Sets a product's own affiliate commission. Audited.
#[utoipa::path(put, path = "/api/v1/admin/products/{id}/commission", tag = "store", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")), request_body = CommissionIn,
    responses((status = 204), (status = 404, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn set_commission(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<CommissionIn>,
) -> Result<StatusCode, ApiError> {
    who.require_admin()?;
    let bp = body.commission_bp.map(|bp| basis_points("commission_bp", Some(bp), None)).transpose()?;
    state.services.store.set_product_commission(&who, id, bp, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundActionIn {
    /// What a refund does to this plan's licenses: `revoke` (default) or `suspend`.
    #[schema(pattern = "^(revoke|suspend)$")]
    action: String,
    /// Days after a purchase its invoice may still be refunded (0–3650); absent or `null`: no
    /// limit.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 3650)]
    refund_window_days: Option<i64>,
}

/// Sets what a refund does to a plan's licenses. Audited.
#[utoipa::path(put, path = "/api/v1/admin/plans/{id}/refund-action", tag = "store", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The plan")), request_body = RefundActionIn,
    responses((status = 204), (status = 404, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn set_refund_action(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<RefundActionIn>,
) -> Result<StatusCode, ApiError> {
    state.services.store.set_refund_action(&who, id, &body.action, body.refund_window_days, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
