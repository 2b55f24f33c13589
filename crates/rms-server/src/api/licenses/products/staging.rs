//! A site product's staging hosts (`/api/v1/admin/products/{id}/staging-domains`): the patterns
//! whose sites take no seat.

use axum::Json;
use axum::extract::Path;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

/// A product's staging hosts: the patterns its admin listed, and the reserved names that run free
/// on every site product.
#[derive(Serialize, ToSchema)]
pub struct StagingDomains {
    /// As written: `staging.shop.com`, `*.preview.shop.com`, `staging.*`, `*.staging.*`.
    patterns: Vec<String>,
    /// Built in, not editable: `localhost`, private IP addresses, `*.local`, `*.test`…
    reserved: Vec<&'static str>,
}

fn staging_out(patterns: Vec<String>) -> Json<StagingDomains> {
    Json(StagingDomains { patterns, reserved: rms_app::catalog::RESERVED_STAGING.to_vec() })
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StagingDomainsIn {
    /// At most 50 patterns; the list replaces the current one.
    #[schema(max_items = 50)]
    patterns: Vec<String>,
}

/// A product's staging hosts: sites on them do not take a seat on plans that let staging run
/// free (`staging_domains_free`).
#[utoipa::path(get, path = "/api/v1/admin/products/{id}/staging-domains", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")),
    responses((status = 200, body = StagingDomains), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)))]
pub async fn staging_domains(
    Call { state, who, .. }: Call,
    Path(id): Path<Uuid>,
) -> Result<Json<StagingDomains>, ApiError> {
    Ok(staging_out(state.services.catalog.staging_patterns(&who, id).await?))
}

/// Replace a product's staging hosts. Public top-level domains (`*.dev`) are refused: only the
/// reserved names run free without being listed. Audited.
#[utoipa::path(put, path = "/api/v1/admin/products/{id}/staging-domains", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")), request_body = StagingDomainsIn,
    responses((status = 200, body = StagingDomains), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 422, description = "`INVALID_STAGING_PATTERN`, `OUT_OF_RANGE` (more than 50)", body = ProblemBody)))]
pub async fn set_staging_domains(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<StagingDomainsIn>,
) -> Result<Json<StagingDomains>, ApiError> {
    Ok(staging_out(state.services.catalog.set_staging_patterns(&who, id, &body.patterns, &meta).await?))
}
