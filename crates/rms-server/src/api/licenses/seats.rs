//! Seats as people manage them: an owner lists and frees their devices and domains and downloads
//! license files (`/api/v1/licenses/{id}/activations…`); an admin resets bindings and budgets
//! (`/api/v1/admin/licenses/{id}/…`). Another user's license is "not found".

use axum::Json;
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rms_app::licensing::{Budget, Seats};
use rms_license::wire::Activation;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::licenses::licensing::activation;
use crate::http::extract::Call;
use crate::http::problem::{ApiError, ProblemBody};

/// A license file as a download (`application/x-rms-license`).
pub(crate) fn license_download(file: String, name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/x-rms-license".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        file,
    )
        .into_response()
}

/// The reassignment budget: moves of a seat to another device or domain.
#[derive(Serialize, ToSchema)]
pub struct Reassignments {
    /// Moves allowed per window; absent = unlimited.
    max: Option<i64>,
    used: i64,
    remaining: Option<i64>,
    /// When the next move is allowed (unix seconds), when it is not allowed now.
    next_allowed_at: Option<i64>,
}

impl From<Budget> for Reassignments {
    fn from(b: Budget) -> Self {
        Self { max: b.max, used: b.used, remaining: b.remaining, next_allowed_at: b.next_allowed_at }
    }
}

#[derive(Serialize, ToSchema)]
pub struct SeatList {
    activations: Vec<Activation>,
    reassignments: Reassignments,
}

impl From<Seats> for SeatList {
    fn from(s: Seats) -> Self {
        Self { activations: s.activations.into_iter().map(activation).collect(), reassignments: s.budget.into() }
    }
}

/// The live activations of one of the caller's licenses, with the reassignment budget.
#[utoipa::path(get, path = "/api/v1/licenses/{id}/activations", tag = "licenses", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path, description = "The license")),
    responses((status = 200, body = SeatList), (status = 404, body = ProblemBody)))]
pub async fn mine(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Json<SeatList>, ApiError> {
    Ok(Json(state.services.licensing.seats(&who, id, false).await?.into()))
}

/// Free one of the caller's seats (counts against the reassignment budget).
#[utoipa::path(delete, path = "/api/v1/licenses/{id}/activations/{activation_id}", tag = "licenses", security(("bearer" = ["licenses"])),
    params(("id" = Uuid, Path, description = "The license"), ("activation_id" = Uuid, Path)),
    responses(
        (status = 200, body = SeatList),
        (status = 409, description = "`REASSIGNMENT_LIMIT`: the detail says when the next move is allowed", body = ProblemBody),
        (status = 404, body = ProblemBody)))]
pub async fn free_mine(
    Call { state, who, meta }: Call,
    Path((id, activation)): Path<(Uuid, Uuid)>,
) -> Result<Json<SeatList>, ApiError> {
    state.services.licensing.owner_deactivate(&who, id, activation, &meta).await?;
    Ok(Json(state.services.licensing.seats(&who, id, false).await?.into()))
}

/// Download a license file for one of the caller's live devices or domains.
#[utoipa::path(post, path = "/api/v1/licenses/{id}/activations/{activation_id}/license-file", tag = "licenses",
    security(("bearer" = ["licenses"])),
    params(("id" = Uuid, Path, description = "The license"), ("activation_id" = Uuid, Path)),
    responses(
        (status = 200, content_type = "application/x-rms-license", body = String),
        (status = 409, description = "`LICENSE_UNUSABLE`", body = ProblemBody),
        (status = 404, body = ProblemBody)))]
pub async fn my_license_file(
    Call { state, who, .. }: Call,
    Path((id, activation)): Path<(Uuid, Uuid)>,
) -> Result<Response, ApiError> {
    let file = state.services.licensing.owner_license_file(&who, id, activation).await?;
    Ok(license_download(file, &format!("license-{activation}.lic")))
}

/// A license's live activations and budget (admins).
#[utoipa::path(get, path = "/api/v1/admin/licenses/{id}/activations", tag = "licenses", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path, description = "The license")),
    responses((status = 200, body = SeatList), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)))]
pub async fn of_license(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Json<SeatList>, ApiError> {
    Ok(Json(state.services.licensing.seats(&who, id, true).await?.into()))
}

/// Reset a binding: frees the seat without touching the budget (admins). Audited.
#[utoipa::path(delete, path = "/api/v1/admin/licenses/{id}/activations/{activation_id}", tag = "licenses",
    security(("bearer" = ["licenses"])),
    params(("id" = Uuid, Path, description = "The license"), ("activation_id" = Uuid, Path)),
    responses((status = 200, body = SeatList), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)))]
pub async fn reset_binding(
    Call { state, who, meta }: Call,
    Path((id, activation)): Path<(Uuid, Uuid)>,
) -> Result<Json<SeatList>, ApiError> {
    state.services.licensing.admin_deactivate(&who, id, activation, &meta).await?;
    Ok(Json(state.services.licensing.seats(&who, id, true).await?.into()))
}

/// Give a license its full reassignment budget back (admins). Audited.
#[utoipa::path(post, path = "/api/v1/admin/licenses/{id}/reassignments/reset", tag = "licenses",
    security(("bearer" = ["licenses"])),
    params(("id" = Uuid, Path, description = "The license")),
    responses((status = 200, body = Reassignments), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)))]
pub async fn reset_budget(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
) -> Result<Json<Reassignments>, ApiError> {
    Ok(Json(state.services.licensing.reset_budget(&who, id, &meta).await?.into()))
}

/// A sub-license carved out of a license's seat pool.
#[derive(Serialize, ToSchema)]
pub struct SubLicense {
    #[serde(flatten)]
    license: crate::api::licenses::products::LicenseSummary,
    /// Its own key, for the team or machine it is handed to.
    key: String,
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSubLicense {
    /// Seats taken from the parent's pool.
    #[schema(minimum = 1, maximum = 1_000_000)]
    seats: i64,
    /// A name for it ("Design team").
    #[schema(max_length = 100)]
    label: Option<String>,
    /// An email address to hand it to: an invitation goes there, and whoever has the address
    /// (verified) takes the license on their next look. Without one it stays yours.
    assignee_email: Option<String>,
}

/// The sub-licenses carved out of one of the caller's licenses.
#[utoipa::path(get, path = "/api/v1/licenses/{id}/sub-licenses", tag = "licenses", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path, description = "The parent license")),
    responses((status = 200, body = [SubLicense]), (status = 404, body = ProblemBody)))]
pub async fn sub_licenses(
    Call { state, who, .. }: Call,
    Path(id): Path<Uuid>,
) -> Result<Json<Vec<SubLicense>>, ApiError> {
    let found = state.services.catalog.sub_licenses(&who, id).await?;
    Ok(Json(found.into_iter().map(|(l, key)| SubLicense { license: l.into(), key }).collect()))
}

/// Carve a sub-license out of a license's seats. The pool never hands out more than it has, even
/// under concurrent requests: 409 `NOT_ENOUGH_SEATS` says how many are free.
#[utoipa::path(post, path = "/api/v1/licenses/{id}/sub-licenses", tag = "licenses", security(("bearer" = ["licenses"])),
    params(("id" = Uuid, Path, description = "The parent license")), request_body = NewSubLicense,
    responses(
        (status = 201, body = SubLicense),
        (status = 409, description = "`NOT_ENOUGH_SEATS`, `LICENSE_UNUSABLE`", body = ProblemBody),
        (status = 404, body = ProblemBody),
        (status = 422, description = "`OUT_OF_RANGE`, `INVALID_EMAIL`", body = ProblemBody)))]
pub async fn carve(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    crate::http::extract::ApiJson(body): crate::http::extract::ApiJson<NewSubLicense>,
) -> Result<(axum::http::StatusCode, Json<SubLicense>), ApiError> {
    let (l, key) = state
        .services
        .catalog
        .carve(&who, id, body.seats, body.label.as_deref(), body.assignee_email.as_deref(), &meta)
        .await?;
    Ok((axum::http::StatusCode::CREATED, Json(SubLicense { license: l.into(), key })))
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubLicensePatch {
    #[schema(minimum = 1, maximum = 1_000_000)]
    seats: i64,
}

/// Grow or shrink a sub-license (seats go to or come from the pool).
#[utoipa::path(patch, path = "/api/v1/licenses/{id}/sub-licenses/{sub_id}", tag = "licenses", security(("bearer" = ["licenses"])),
    params(("id" = Uuid, Path, description = "The parent license"), ("sub_id" = Uuid, Path)), request_body = SubLicensePatch,
    responses(
        (status = 200, body = crate::api::licenses::products::LicenseSummary),
        (status = 409, description = "`NOT_ENOUGH_SEATS`, `SEATS_IN_USE`, `LICENSE_REVOKED`", body = ProblemBody),
        (status = 404, body = ProblemBody)))]
pub async fn resize_sub(
    Call { state, who, meta }: Call,
    Path((id, sub)): Path<(Uuid, Uuid)>,
    crate::http::extract::ApiJson(body): crate::http::extract::ApiJson<SubLicensePatch>,
) -> Result<Json<crate::api::licenses::products::LicenseSummary>, ApiError> {
    Ok(Json(state.services.catalog.resize_sub(&who, id, sub, body.seats, &meta).await?.into()))
}

/// Revoke a sub-license: its seats go back to the pool and its devices stop validating.
#[utoipa::path(delete, path = "/api/v1/licenses/{id}/sub-licenses/{sub_id}", tag = "licenses", security(("bearer" = ["licenses"])),
    params(("id" = Uuid, Path, description = "The parent license"), ("sub_id" = Uuid, Path)),
    responses((status = 204), (status = 404, body = ProblemBody)))]
pub async fn revoke_sub(
    Call { state, who, meta }: Call,
    Path((id, sub)): Path<(Uuid, Uuid)>,
) -> Result<axum::http::StatusCode, ApiError> {
    state.services.catalog.revoke_sub(&who, id, sub, &meta).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OfflineActivation {
    /// The activation request file the air-gapped machine wrote (`-----BEGIN RMS ACTIVATION
    /// REQUEST-----…`).
    request: String,
}

/// Activate an air-gapped machine: upload its activation request, get its license file back.
#[utoipa::path(post, path = "/api/v1/licenses/{id}/offline-activation", tag = "licenses", security(("bearer" = ["licenses"])),
    params(("id" = Uuid, Path, description = "The license")), request_body = OfflineActivation,
    responses(
        (status = 200, content_type = "application/x-rms-license", body = String),
        (status = 409, description = "`LICENSE_UNUSABLE` (e.g. every seat is taken)", body = ProblemBody),
        (status = 422, description = "`INVALID_ACTIVATION_REQUEST`", body = ProblemBody),
        (status = 404, body = ProblemBody)))]
pub async fn offline_activation(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    crate::http::extract::ApiJson(body): crate::http::extract::ApiJson<OfflineActivation>,
) -> Result<Response, ApiError> {
    let file = state.services.licensing.activate_offline(&who, id, &body.request, false, &meta).await?;
    Ok(license_download(file, "license.lic"))
}

/// Activate a customer's air-gapped machine from the activation request they sent (admins): the
/// license file comes back to hand to them. Audited like the customer's own activation.
#[utoipa::path(post, path = "/api/v1/admin/licenses/{id}/offline-activation", tag = "licenses", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The license")), request_body = OfflineActivation,
    responses(
        (status = 200, content_type = "application/x-rms-license", body = String),
        (status = 403, body = ProblemBody),
        (status = 409, description = "`LICENSE_UNUSABLE` (e.g. every seat is taken)", body = ProblemBody),
        (status = 422, description = "`INVALID_ACTIVATION_REQUEST`", body = ProblemBody),
        (status = 404, body = ProblemBody)))]
pub async fn admin_offline_activation(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    crate::http::extract::ApiJson(body): crate::http::extract::ApiJson<OfflineActivation>,
) -> Result<Response, ApiError> {
    let file = state.services.licensing.activate_offline(&who, id, &body.request, true, &meta).await?;
    Ok(license_download(file, "license.lic"))
}
