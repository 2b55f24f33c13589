//! `/api/v1/auth/*`: registering, signing in and out, rotating sessions.

use axum::Extension;
use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use rms_app::accounts::{Credentials, Registration, TokenPair};
use rms_i18n::Locale;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::http::extract::{ApiJson, Call, Meta};
use crate::http::problem::{ApiError, ProblemBody};
use crate::http::ratelimit::Class;
use crate::state::AppState;

async fn limit_ip(state: &AppState, meta: &rms_app::RequestMeta) -> Result<(), ApiError> {
    let ip = meta.ip.as_deref().unwrap_or("unknown");
    Ok(state.limits.check(Class::AuthIp, ip).await?)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    #[schema(example = "alice@example.com", format = Email, max_length = 254)]
    email: String,
    /// 12 to 128 characters; not one of the most common passwords; not containing the email.
    #[schema(min_length = 12, max_length = 128)]
    password: String,
    #[schema(min_length = 1, max_length = 100)]
    name: String,
    /// Interface language (`en`, `ar`, `ru`, …); defaults to the request's language.
    locale: Option<String>,
    /// IANA time zone (`Europe/Berlin`) dates are shown in; `UTC` when absent. The sign-up page
    /// sends the browser's own.
    timezone: Option<String>,
    referral_code: Option<String>,
    /// The token of an invitation link (`/sign-up?invite=…`): when it was sent to `email`, the
    /// address is verified at once.
    invite: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Accepted {
    /// Always `accepted`. The answer is the same whether or not the address already has an
    /// account, so that sign-up cannot be used to discover who is registered.
    status: &'static str,
}

/// Create an account.
#[utoipa::path(post, path = "/api/v1/auth/register", tag = "auth", request_body = RegisterRequest, responses(
    (status = 201, body = Accepted),
    (status = 422, description = "A field is invalid (`INVALID_EMAIL`, `PASSWORD_LENGTH`, `PASSWORD_TOO_COMMON`, `INVALID_TIMEZONE`, …)", body = ProblemBody),
    (status = 400, description = "Malformed JSON or an unknown field", body = ProblemBody)))]
pub async fn register(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<RegisterRequest>,
) -> Result<impl IntoResponse, ApiError> {
    limit_ip(&state, &meta).await?;
    let registration = Registration {
        email: &body.email,
        password: &body.password,
        name: &body.name,
        locale: body.locale.as_deref(),
        timezone: body.timezone.as_deref(),
        browser_timezone: None,
        referral_code: body.referral_code.as_deref(),
        invite: body.invite.as_deref(),
    };
    state.services.accounts.register(registration, locale, &meta).await?;
    Ok((StatusCode::CREATED, Json(Accepted { status: "accepted" })))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    email: String,
    password: String,
    /// The current code from the authenticator app, for accounts with two-factor sign-in.
    totp_code: Option<String>,
    /// A single-use recovery code instead of `totp_code`.
    recovery_code: Option<String>,
}

/// Access and refresh tokens.
#[derive(Serialize, ToSchema)]
pub struct Tokens {
    /// Send as `Authorization: Bearer …`; valid for `expires_in` seconds.
    access_token: String,
    /// Trade at `/api/v1/auth/refresh` for a new pair; single use.
    refresh_token: String,
    token_type: &'static str,
    expires_in: i64,
}

impl From<TokenPair> for Tokens {
    fn from(p: TokenPair) -> Self {
        Self {
            access_token: p.access_token,
            refresh_token: p.refresh_token,
            token_type: p.token_type,
            expires_in: p.expires_in,
        }
    }
}

/// Sign in with email and password.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = LoginRequest, responses(
    (status = 200, body = Tokens),
    (status = 401, description = "`INVALID_CREDENTIALS` (the same answer for an unknown email and a wrong password), `TOTP_REQUIRED` (send `totp_code` or `recovery_code`), `TOTP_INVALID`", body = ProblemBody),
    (status = 403, description = "`ACCOUNT_LOCKED`, `TOTP_LOCKED` (five wrong codes: 15 minutes)", body = ProblemBody),
    (status = 429, description = "`TOO_MANY_REQUESTS`, with `Retry-After`", body = ProblemBody)))]
pub async fn login(
    State(state): State<AppState>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<LoginRequest>,
) -> Result<Json<Tokens>, ApiError> {
    limit_ip(&state, &meta).await?;
    // Keyed by the address as typed (normalised), whether or not an account has it: the answer
    // must not tell the two apart.
    let account = body.email.trim().to_lowercase();
    state.limits.check(Class::LoginAccount, &account).await?;
    let creds = Credentials {
        email: &body.email,
        password: &body.password,
        totp_code: body.totp_code.as_deref(),
        recovery_code: body.recovery_code.as_deref(),
    };
    Ok(Json(state.services.accounts.login(creds, &meta).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    refresh_token: String,
}

/// Trade a refresh token for a new token pair. Each refresh token works once; presenting one
/// again ends every session that descends from the same sign-in.
#[utoipa::path(post, path = "/api/v1/auth/refresh", tag = "auth", request_body = RefreshRequest, responses(
    (status = 200, body = Tokens),
    (status = 401, description = "`INVALID_REFRESH_TOKEN`", body = ProblemBody)))]
pub async fn refresh(
    State(state): State<AppState>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<RefreshRequest>,
) -> Result<Json<Tokens>, ApiError> {
    limit_ip(&state, &meta).await?;
    Ok(Json(state.services.accounts.refresh(&body.refresh_token, &meta).await?.into()))
}

/// End the session a refresh token belongs to.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth", request_body = RefreshRequest, responses(
    (status = 204, description = "Signed out (also when the token was unknown)")))]
pub async fn logout(
    State(state): State<AppState>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<RefreshRequest>,
) -> Result<StatusCode, ApiError> {
    state.services.accounts.logout(&body.refresh_token, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// End every session of the caller and invalidate all access tokens issued so far.
#[utoipa::path(post, path = "/api/v1/auth/logout-all", tag = "auth", security(("bearer" = ["session"])), responses(
    (status = 204, description = "Every session ended"),
    (status = 401, description = "`UNAUTHENTICATED`", body = ProblemBody),
    (status = 403, description = "`FORBIDDEN`: API keys cannot end sessions", body = ProblemBody)))]
pub async fn logout_all(Call { state, who, meta }: Call) -> Result<StatusCode, ApiError> {
    state.services.accounts.logout_everywhere(&who, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyEmailRequest {
    /// The `token` parameter of the link in the verification email.
    token: String,
}

/// Confirm an email address with the token from the verification email (single use, 30 minutes).
#[utoipa::path(post, path = "/api/v1/auth/verify-email", tag = "auth", request_body = VerifyEmailRequest, responses(
    (status = 204, description = "The address is verified"),
    (status = 400, description = "`INVALID_LINK_TOKEN`: unknown, used or expired", body = ProblemBody)))]
pub async fn verify_email(
    State(state): State<AppState>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<VerifyEmailRequest>,
) -> Result<StatusCode, ApiError> {
    limit_ip(&state, &meta).await?;
    state.services.accounts.verify_email(&body.token, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ForgotRequest {
    email: String,
}

/// Ask for a password-reset link. The answer is the same whether or not the address has an
/// account; if it has, a link valid for 30 minutes is emailed.
#[utoipa::path(post, path = "/api/v1/auth/password/forgot", tag = "auth", request_body = ForgotRequest, responses(
    (status = 202, body = Accepted),
    (status = 429, body = ProblemBody)))]
pub async fn forgot_password(
    State(state): State<AppState>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<ForgotRequest>,
) -> Result<(StatusCode, Json<Accepted>), ApiError> {
    limit_ip(&state, &meta).await?;
    state.limits.check(Class::LoginAccount, &format!("reset:{}", body.email.trim().to_lowercase())).await?;
    state.services.accounts.forgot_password(&body.email, &meta).await?;
    Ok((StatusCode::ACCEPTED, Json(Accepted { status: "accepted" })))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetRequest {
    /// The `token` of the emailed link.
    token: String,
    password: String,
}

/// Set a new password with the emailed token. Every session ends; sign in again (with the second
/// factor, if it is on).
#[utoipa::path(post, path = "/api/v1/auth/password/reset", tag = "auth", request_body = ResetRequest, responses(
    (status = 204, description = "The password is changed"),
    (status = 400, description = "`INVALID_LINK_TOKEN`", body = ProblemBody),
    (status = 422, description = "The new password breaks the policy; the link stays usable", body = ProblemBody)))]
pub async fn reset_password(
    State(state): State<AppState>,
    Meta(meta): Meta,
    ApiJson(body): ApiJson<ResetRequest>,
) -> Result<StatusCode, ApiError> {
    limit_ip(&state, &meta).await?;
    state.services.accounts.reset_password(&body.token, &body.password, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangePasswordRequest {
    current_password: String,
    new_password: String,
}

/// Change the password. Every other session ends; this one continues with the returned tokens.
#[utoipa::path(post, path = "/api/v1/auth/password/change", tag = "auth", security(("bearer" = ["session"])),
    request_body = ChangePasswordRequest, responses(
        (status = 200, body = Tokens),
        (status = 422, description = "`INVALID_CODE` for a wrong current password, or a policy problem", body = ProblemBody)))]
pub async fn change_password(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<ChangePasswordRequest>,
) -> Result<Json<Tokens>, ApiError> {
    // It asks for the current password: a stolen session must not be a way to guess it.
    state.limits.check(Class::LoginAccount, &crate::http::session::password_bucket(&who)).await?;
    let pair = state.services.accounts.change_password(&who, &body.current_password, &body.new_password, &meta).await?;
    Ok(Json(pair.into()))
}
