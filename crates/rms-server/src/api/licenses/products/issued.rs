//! Licenses as their issuer manages them (`/api/v1/admin/licenses*`: issue, find, change, resend,
//! issue to many) and as their holder lists them with their keys (`/api/v1/licenses`).

use axum::Json;
use axum::extract::Path;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::present;
use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLicense {
    /// The owner's email: an account's, or an address to invite.
    #[schema(format = Email, max_length = 254)]
    email: String,
    plan_id: Uuid,
    /// Seats; defaults to the plan's `max_activations`.
    #[schema(minimum = 1, maximum = 1_000_000)]
    seats: Option<i64>,
}

/// Issue a license to an account, or to an address with no account yet: then `invited` is
/// `true` and the address gets an email whose link creates the account and hands it the license.
#[utoipa::path(post, path = "/api/v1/admin/licenses", tag = "catalog", security(("bearer" = ["admin"])), request_body = NewLicense,
    responses(
        (status = 201, body = LicenseWithKey),
        (status = 404, description = "No such plan", body = ProblemBody),
        (status = 422, description = "`INVALID_EMAIL`, `OUT_OF_RANGE`", body = ProblemBody)))]
pub async fn issue_license(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<NewLicense>,
) -> Result<(StatusCode, Json<LicenseWithKey>), ApiError> {
    let (l, key) = state.services.catalog.issue_license(&who, &body.email, body.plan_id, body.seats, &meta).await?;
    Ok((StatusCode::CREATED, Json(LicenseWithKey::of(l, key))))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct LicenseQuery {
    /// The start of a key, or part of the owner's email.
    query: Option<String>,
    product: Option<Uuid>,
    /// `active`, `suspended`, `expired` or `revoked`.
    #[param(pattern = "^(active|suspended|expired|revoked)$")]
    status: Option<String>,
    #[param(minimum = 1, maximum = 1_000_000)]
    page: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct LicenseSummary {
    id: Uuid,
    /// The first characters of the key.
    key_prefix: String,
    product_id: Uuid,
    plan_id: Uuid,
    owner_id: Uuid,
    status: String,
    seats: i64,
    /// Seats taken by live activations and sub-licenses.
    seats_used: i64,
    /// Sub-licenses: the license whose seats they were carved from.
    parent_id: Option<Uuid>,
    label: Option<String>,
    expires_at: Option<String>,
    /// A sub-license handed to this address: whoever has it takes the license on their next look.
    #[serde(skip_serializing_if = "Option::is_none")]
    invited_email: Option<String>,
    /// Renewed from the owner's wallet when its term ends (`PUT /api/v1/licenses/{id}/auto-renew`).
    auto_renew: bool,
}

impl From<rms_app::catalog::IssuedLicense> for LicenseSummary {
    fn from(l: rms_app::catalog::IssuedLicense) -> Self {
        Self {
            id: l.id,
            key_prefix: l.key_prefix,
            product_id: l.product_id,
            plan_id: l.plan_id,
            owner_id: l.owner_id,
            status: l.status.to_string(),
            seats: l.seats,
            seats_used: l.seats_used,
            parent_id: l.parent_id,
            label: l.label,
            expires_at: l.expires_at.map(|t| t.to_string()),
            invited_email: l.invited_email,
            auto_renew: l.auto_renew,
        }
    }
}

/// Find licenses by key prefix, owner email, product and status.
#[utoipa::path(get, path = "/api/v1/admin/licenses", tag = "catalog", security(("bearer" = ["read"])), params(LicenseQuery),
    responses((status = 200, body = [LicenseSummary]), (status = 403, body = ProblemBody),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE`: `page`")))]
pub async fn licenses(
    Call { state, who, .. }: Call,
    axum::extract::Query(q): axum::extract::Query<LicenseQuery>,
) -> Result<Json<Vec<LicenseSummary>>, ApiError> {
    if q.page.is_some_and(|p| !(1..=1_000_000).contains(&p)) {
        let range = rms_core::account::InvalidInput::Range;
        return Err(rms_app::AppError::Invalid { field: "page", reason: range }.into());
    }
    let found = state
        .services
        .catalog
        .licenses(
            &who,
            q.query.as_deref(),
            q.product,
            q.status.as_deref(),
            rms_app::catalog::LicenseOrder::Newest,
            q.page.unwrap_or(1),
        )
        .await?
        .0;
    Ok(Json(found.into_iter().map(LicenseSummary::from).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LicensePatch {
    /// `active` (reinstate), `suspended`, `expired` or `revoked` (final).
    #[schema(pattern = "^(active|suspended|expired|revoked)$")]
    status: Option<String>,
    /// RFC 3339, or `null` for perpetual; absent keeps it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    expires_at: Option<Option<String>>,
    #[schema(minimum = 1, maximum = 1_000_000)]
    seats: Option<i64>,
}

/// Suspend, reinstate, revoke, extend or resize a license. Audited.
#[utoipa::path(patch, path = "/api/v1/admin/licenses/{id}", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path)), request_body = LicensePatch, responses(
        (status = 200, body = LicenseSummary),
        (status = 404, body = ProblemBody),
        (status = 409, description = "`LICENSE_REVOKED`: a revoked license cannot be reinstated; `SEATS_IN_USE`: fewer seats than are in use", body = ProblemBody),
        (status = 422, description = "`OUT_OF_RANGE`", body = ProblemBody)))]
pub async fn change_license(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<LicensePatch>,
) -> Result<Json<LicenseSummary>, ApiError> {
    use rms_app::AppError;
    use rms_core::account::InvalidInput;
    let status = body
        .status
        .as_deref()
        .map(rms_app::catalog::LicenseStatus::parse)
        .transpose()
        .map_err(AppError::unknown("status"))?;
    let expires_at = match body.expires_at {
        None => None,
        Some(None) => Some(None),
        Some(Some(s)) => Some(Some(
            rms_core::Timestamp::parse_rfc3339(&s)
                .ok_or(AppError::Invalid { field: "expires_at", reason: InvalidInput::Range })?,
        )),
    };
    let change = rms_app::catalog::LicenseChange { status, expires_at, seats: body.seats };
    Ok(Json(state.services.catalog.change_license(&who, id, change, &meta).await?.into()))
}

/// A license with its full key: `RMS1-…` (signed, software products) or `XXXXX-…` (short, site
/// products).
#[derive(Serialize, ToSchema)]
pub struct LicenseWithKey {
    #[serde(flatten)]
    license: LicenseSummary,
    key: String,
    /// Whether the license waits for an address with no account yet (an invitation was
    /// emailed to it).
    invited: bool,
}

impl LicenseWithKey {
    /// The license's id (the export lists each license's activations under it).
    pub fn id(&self) -> Uuid {
        self.license.id
    }

    fn of(l: rms_app::catalog::IssuedLicense, key: String) -> Self {
        let invited = l.invited_email.is_some();
        Self { license: l.into(), key, invited }
    }
}

/// The caller's licenses, with their keys.
#[utoipa::path(get, path = "/api/v1/licenses", tag = "catalog", security(("bearer" = ["read"])),
    responses((status = 200, body = [LicenseWithKey]), (status = 401, body = ProblemBody)))]
pub async fn my_licenses(Call { state, who, meta }: Call) -> Result<Json<Vec<LicenseWithKey>>, ApiError> {
    let found = state.services.catalog.my_licenses(&who, None, &meta).await?;
    Ok(Json(found.into_iter().map(|(l, key)| LicenseWithKey::of(l, key)).collect()))
}

/// One of the caller's licenses. Another user's license is "not found".
#[utoipa::path(get, path = "/api/v1/licenses/{id}", tag = "catalog", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path)), responses((status = 200, body = LicenseWithKey), (status = 404, body = ProblemBody)))]
pub async fn my_license(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
) -> Result<Json<LicenseWithKey>, ApiError> {
    let mut found = state.services.catalog.my_licenses(&who, Some(id), &meta).await?;
    let (l, key) = found.pop().ok_or(rms_app::AppError::NotFound)?;
    Ok(Json(LicenseWithKey::of(l, key)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkLicenses {
    plan_id: Uuid,
    /// 1 to 500 addresses (trimmed; each taken once). An address with no account is invited.
    #[schema(min_items = 1, max_items = 500)]
    emails: Vec<String>,
}

/// One address of a bulk issue: its license and key, or why it was refused.
#[derive(Serialize, ToSchema)]
pub struct BulkResult {
    email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    license: Option<LicenseWithKey>,
    /// The problem code that refused this address (`INVALID_EMAIL`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct BulkIssued {
    issued: usize,
    refused: usize,
    results: Vec<BulkResult>,
}

/// Issue a license on one plan to many addresses (resellers, giveaways), each on its own: one
/// refused address does not hold up the rest. Each issued license carries its full key, shown
/// here once. Audited per license.
#[utoipa::path(post, path = "/api/v1/admin/licenses/bulk", tag = "catalog", security(("bearer" = ["admin"])),
    request_body = BulkLicenses,
    responses((status = 200, body = BulkIssued), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 422, description = "`OUT_OF_RANGE`: no address, or more than 500", body = ProblemBody)))]
pub async fn issue_licenses(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<BulkLicenses>,
) -> Result<Json<BulkIssued>, ApiError> {
    who.require_admin()?;
    let done = state.services.catalog.issue_licenses(&who, &body.emails, body.plan_id, &meta).await?;
    let results: Vec<BulkResult> = done
        .into_iter()
        .map(|(email, outcome)| match outcome {
            Ok((license, key)) => BulkResult { email, license: Some(LicenseWithKey::of(license, key)), error: None },
            Err(e) => {
                let code = crate::http::problem::Problem::from(ApiError::from(e)).code.as_str().to_owned();
                BulkResult { email, license: None, error: Some(code) }
            }
        })
        .collect();
    let issued = results.iter().filter(|r| r.license.is_some()).count();
    Ok(Json(BulkIssued { refused: results.len() - issued, issued, results }))
}

/// Tell a license's holder about it again: the invitation email for a license waiting for an
/// address, the "license issued" notice for one already taken. Audited.
#[utoipa::path(post, path = "/api/v1/admin/licenses/{id}/resend", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path)),
    responses((status = 204), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: revoked", body = ProblemBody)))]
pub async fn resend_license(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<StatusCode, ApiError> {
    who.require_admin()?;
    state.services.catalog.resend_license(&who, id, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
