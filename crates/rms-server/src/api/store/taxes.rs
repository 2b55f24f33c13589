//! Tax rates by buyer country or region (admins): `GET /api/v1/admin/tax-rates`,
//! `PUT`/`DELETE /api/v1/admin/tax-rates/{country}`. Sales from then on charge the rate of the
//! buyer's billing country (or region); issued invoices keep the rate they charged.

use axum::Json;
use axum::extract::Path;
use axum::http::StatusCode;
use rms_app::store::TaxRateView;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

#[derive(Serialize, ToSchema)]
pub struct TaxRateOut {
    /// ISO 3166-1 alpha-2 (`DE`), or an ISO 3166-2 region (`US-CA`) whose rate wins over its
    /// country's.
    country: String,
    /// Basis points: 1900 = 19 %.
    rate_bp: u32,
    updated_at: String,
}

impl From<TaxRateView> for TaxRateOut {
    fn from(v: TaxRateView) -> Self {
        Self { country: v.country, rate_bp: v.rate_bp, updated_at: v.updated_at.to_string() }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TaxRateIn {
    /// Basis points: 1900 = 19 %, 725 = 7.25 %.
    #[schema(minimum = 0, maximum = 10_000)]
    rate_bp: u32,
}

/// Every tax rate, by country or region code.
#[utoipa::path(get, path = "/api/v1/admin/tax-rates", tag = "store", security(("bearer" = ["admin"])),
    responses((status = 200, body = [TaxRateOut]), (status = 403, body = ProblemBody)))]
pub async fn list(Call { state, who, .. }: Call) -> Result<Json<Vec<TaxRateOut>>, ApiError> {
    who.require_admin()?;
    Ok(Json(state.services.store.tax_rates(&who).await?.into_iter().map(TaxRateOut::from).collect()))
}

/// Sets the tax rate of a country (`DE`) or region (`US-CA`). Audited.
#[utoipa::path(put, path = "/api/v1/admin/tax-rates/{country}", tag = "store", security(("bearer" = ["admin"])),
    params(("country" = String, Path, description = "`DE`, or a region such as `US-CA`",
        pattern = "^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$")), request_body = TaxRateIn,
    responses((status = 200, body = TaxRateOut), (status = 403, body = ProblemBody),
        (status = 422, description = "`OUT_OF_RANGE` (`country` not a country or region code, `rate_bp` above 10000)", body = ProblemBody)))]
pub async fn set(
    Call { state, who, meta }: Call,
    Path(country): Path<String>,
    ApiJson(body): ApiJson<TaxRateIn>,
) -> Result<Json<TaxRateOut>, ApiError> {
    who.require_admin()?;
    Ok(Json(state.services.store.set_tax_rate(&who, &country, body.rate_bp, &meta).await?.into()))
}

/// Removes a country's or region's tax rate: its buyers are not taxed any more (a region's fall
/// back to their country's rate). Audited.
#[utoipa::path(delete, path = "/api/v1/admin/tax-rates/{country}", tag = "store", security(("bearer" = ["admin"])),
    params(("country" = String, Path, description = "`DE`, or a region such as `US-CA`",
        pattern = "^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$")),
    responses((status = 204), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 422, body = ProblemBody)))]
pub async fn delete(Call { state, who, meta }: Call, Path(country): Path<String>) -> Result<StatusCode, ApiError> {
    who.require_admin()?;
    state.services.store.delete_tax_rate(&who, &country, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
