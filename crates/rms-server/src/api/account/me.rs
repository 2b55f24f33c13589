//! `/api/v1/me`: the caller's own account.

use axum::Json;
use rms_app::AppError;
use rms_app::accounts::{AccountView, ProfileChange};
use rms_core::account::Scope;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

/// How numbers are written: `native`, the language's own digits as CLDR has them (Persian
/// ۱۲۳), or `latin`, 0–9.
#[derive(Serialize, Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum Digits {
    Native,
    Latin,
}

impl Digits {
    fn as_str(self) -> &'static str {
        match self {
            Digits::Native => "native",
            Digits::Latin => "latin",
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    id: uuid::Uuid,
    email: String,
    name: String,
    /// `user`, `support` or `admin`.
    role: String,
    locale: String,
    /// `native`: numbers in the language's own digits (Persian ۱۲۳), as CLDR has them;
    /// `latin`: 0–9. The same for languages whose own digits are 0–9.
    digits: Digits,
    timezone: String,
    email_verified: bool,
    two_factor_enabled: bool,
    /// RFC 3339, UTC.
    created_at: String,
}

impl From<AccountView> for Me {
    fn from(p: AccountView) -> Self {
        Self {
            id: p.id,
            email: p.email,
            name: p.name,
            role: p.role,
            locale: p.locale,
            digits: if p.latin_digits { Digits::Latin } else { Digits::Native },
            timezone: p.timezone,
            email_verified: p.email_verified,
            two_factor_enabled: p.two_factor_enabled,
            created_at: p.created_at.to_string(),
        }
    }
}

/// The caller's account.
#[utoipa::path(get, path = "/api/v1/me", tag = "account", security(("bearer" = ["read"])), responses(
    (status = 200, body = Me),
    (status = 401, description = "`UNAUTHENTICATED`", body = ProblemBody),
    (status = 403, description = "`FORBIDDEN`: an API key without the `read` scope", body = ProblemBody)))]
pub async fn get_me(Call { state, who, .. }: Call) -> Result<Json<Me>, ApiError> {
    if !who.may(Scope::Read) {
        return Err(AppError::Forbidden.into());
    }
    Ok(Json(state.services.accounts.profile(&who).await?.into()))
}

/// Changeable profile fields. Any other field (`email`, `role`, …) is refused with 400.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MePatch {
    name: Option<String>,
    /// An interface language tag such as `en`, `ar`, `ru`.
    locale: Option<String>,
    /// An IANA time zone such as `Europe/Berlin`.
    timezone: Option<String>,
    /// Kept when only `locale` changes.
    digits: Option<Digits>,
}

/// Change the caller's name, language, digits or time zone.
#[utoipa::path(patch, path = "/api/v1/me", tag = "account", security(("bearer" = ["session"])), request_body = MePatch, responses(
    (status = 200, body = Me),
    (status = 400, description = "Malformed JSON or a field that cannot be changed here", body = ProblemBody),
    (status = 403, description = "`FORBIDDEN`: API keys cannot change the account", body = ProblemBody),
    (status = 422, description = "`INVALID_NAME`, `UNSUPPORTED_LOCALE`, `INVALID_TIMEZONE`", body = ProblemBody)))]
pub async fn patch_me(Call { state, who, meta }: Call, ApiJson(body): ApiJson<MePatch>) -> Result<Json<Me>, ApiError> {
    let change = ProfileChange {
        name: body.name.as_deref(),
        locale: body.locale.as_deref(),
        timezone: body.timezone.as_deref(),
        digits: body.digits.map(Digits::as_str),
    };
    Ok(Json(state.services.accounts.change_profile(&who, change, &meta).await?.into()))
}
