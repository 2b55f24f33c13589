//! `/api/v1/auth/2fa/*`: turning two-factor sign-in (TOTP) on and off.

use axum::Json;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

#[derive(Serialize, ToSchema)]
pub struct TotpEnrollment {
    /// The secret in base32, for typing into an authenticator app.
    secret: String,
    /// The same as an `otpauth://` URI, for a QR code.
    otpauth_uri: String,
}

/// Start enrolment: returns a new secret, active only once confirmed with a code.
#[utoipa::path(post, path = "/api/v1/auth/2fa/enroll", tag = "auth", security(("bearer" = ["session"])), responses(
    (status = 200, body = TotpEnrollment),
    (status = 409, description = "`TOTP_ALREADY_ENABLED`", body = ProblemBody)))]
pub async fn enroll(Call { state, who, meta }: Call) -> Result<Json<TotpEnrollment>, ApiError> {
    let e = state.services.accounts.totp_enroll(&who, &meta).await?;
    Ok(Json(TotpEnrollment { secret: e.secret_base32, otpauth_uri: e.otpauth_uri }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CodeRequest {
    /// The 6-digit code the authenticator app shows now.
    code: String,
}

#[derive(Serialize, ToSchema)]
pub struct RecoveryCodes {
    /// Ten single-use codes for when the authenticator is lost. Shown only now.
    recovery_codes: Vec<String>,
}

/// Confirm enrolment with a first code. Two-factor sign-in is on from now; every session ends,
/// this one included, so sign in again with a code.
#[utoipa::path(post, path = "/api/v1/auth/2fa/confirm", tag = "auth", security(("bearer" = ["session"])), request_body = CodeRequest,
    responses(
        (status = 200, body = RecoveryCodes),
        (status = 422, description = "`INVALID_CODE`", body = ProblemBody),
        (status = 409, description = "`TOTP_ALREADY_ENABLED`, `TOTP_NOT_ENABLED` (no enrolment started)", body = ProblemBody)))]
pub async fn confirm(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<CodeRequest>,
) -> Result<Json<RecoveryCodes>, ApiError> {
    // The API answers the codes only: its caller's tokens end with every other session.
    let (codes, _) = state.services.accounts.totp_confirm(&who, &body.code, None, &meta).await?;
    Ok(Json(RecoveryCodes { recovery_codes: codes }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DisableRequest {
    password: String,
    code: String,
}

/// Turn two-factor sign-in off (password and a current code). Every session ends.
#[utoipa::path(post, path = "/api/v1/auth/2fa/disable", tag = "auth", security(("bearer" = ["session"])), request_body = DisableRequest,
    responses(
        (status = 204, description = "Two-factor sign-in is off"),
        (status = 422, description = "`INVALID_CODE` for a wrong password or code", body = ProblemBody),
        (status = 409, description = "`TOTP_NOT_ENABLED`", body = ProblemBody)))]
pub async fn disable(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<DisableRequest>,
) -> Result<StatusCode, ApiError> {
    state.services.accounts.totp_disable(&who, &body.password, &body.code, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
