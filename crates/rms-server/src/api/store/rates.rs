//! Exchange rates to the base currency (admins): the recorded rates with their source and time,
//! and hand-set rates for the embedded default.

use axum::Json;
use axum::extract::Path;
use rms_app::rates::QuotedRate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct RateOut {
    currency: String,
    /// Units of `currency` per one unit of `base`, exact decimal.
    rate: String,
    base: String,
    /// `admin` for hand-set rates, else the provider's name.
    source: String,
    fetched_at: String,
}

fn out(state: &AppState, q: QuotedRate) -> RateOut {
    RateOut {
        currency: q.currency.as_str().to_owned(),
        rate: q.rate.to_decimal_string(),
        base: state.services.store.currency().as_str().to_owned(),
        source: q.source,
        fetched_at: q.at.to_string(),
    }
}

/// The recorded exchange rates.
#[utoipa::path(get, path = "/api/v1/admin/currency-rates", tag = "store", security(("bearer" = ["admin"])),
    responses((status = 200, body = [RateOut]), (status = 403, body = ProblemBody)))]
pub async fn list(Call { state, who, .. }: Call) -> Result<Json<Vec<RateOut>>, ApiError> {
    let rates = state.services.rates.list(&who).await?;
    Ok(Json(rates.into_iter().map(|q| out(&state, q)).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RateIn {
    /// Units of the currency per one unit of the base currency (`"0.9234"`), up to 12 decimals.
    rate: String,
}

/// Sets a currency's rate by hand. Audited.
#[utoipa::path(put, path = "/api/v1/admin/currency-rates/{currency}", tag = "store", security(("bearer" = ["admin"])),
    params(("currency" = String, Path, description = "ISO 4217 code, not the base currency", pattern = "^[A-Z]{3}$")), request_body = RateIn,
    responses((status = 200, body = RateOut), (status = 403, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn set(
    Call { state, who, meta }: Call,
    Path(currency): Path<String>,
    ApiJson(body): ApiJson<RateIn>,
) -> Result<Json<RateOut>, ApiError> {
    let q = state.services.rates.set(&who, &currency, &body.rate, &meta).await?;
    Ok(Json(out(&state, q)))
}
