//! `/api/v1/api-keys`: keys for integrations. Managed only from a signed-in session.

use axum::Json;
use axum::extract::Path;
use axum::http::StatusCode;
use rms_app::api_keys::ApiKeyView;
use rms_core::account::Scope;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

/// A scope an API key may carry (the document's name for the strings in `scopes`).
#[derive(ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)] // documentation only: requests carry plain strings, parsed by the use case
enum ScopeName {
    Read,
    Licenses,
    Wallet,
    Releases,
    Admin,
}

#[derive(Serialize, ToSchema)]
pub struct ApiKey {
    id: Uuid,
    name: String,
    /// The key's first characters, to recognise it (`rms_AbC123`).
    prefix: String,
    /// Among `read`, `licenses`, `releases`, `admin`.
    scopes: Vec<String>,
    created_at: String,
    last_used_at: Option<String>,
    expires_at: Option<String>,
    revoked: bool,
}

fn scope_names(scopes: &[Scope]) -> Vec<String> {
    scopes.iter().map(|s| s.as_str().to_owned()).collect()
}

impl From<ApiKeyView> for ApiKey {
    fn from(k: ApiKeyView) -> Self {
        Self {
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            scopes: scope_names(&k.scopes),
            created_at: k.created_at.to_string(),
            last_used_at: k.last_used_at.map(|t| t.to_string()),
            expires_at: k.expires_at.map(|t| t.to_string()),
            revoked: k.revoked,
        }
    }
}

/// The caller's API keys (never their secrets).
#[utoipa::path(get, path = "/api/v1/api-keys", tag = "account", security(("bearer" = ["session"])), responses(
    (status = 200, body = [ApiKey]),
    (status = 401, body = ProblemBody),
    (status = 403, description = "`FORBIDDEN`: keys cannot list keys", body = ProblemBody)))]
pub async fn list(Call { state, who, .. }: Call) -> Result<Json<Vec<ApiKey>>, ApiError> {
    Ok(Json(state.services.api_keys.list(&who).await?.into_iter().map(ApiKey::from).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewApiKeyRequest {
    /// 1 to 100 characters once trimmed, no control characters.
    #[schema(min_length = 1, max_length = 100)]
    name: String,
    /// At least one of `read`, `licenses`, `wallet`, `releases`, `admin` (`admin` only for admins).
    #[schema(min_items = 1, max_items = 5, value_type = Vec<ScopeName>)]
    scopes: Vec<String>,
    /// Days until the key stops working (1–3650); none: until revoked.
    #[schema(minimum = 1, maximum = 3650)]
    expires_in_days: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct CreatedApiKey {
    #[serde(flatten)]
    key: ApiKey,
    /// The key itself. Shown only now: store it, it cannot be retrieved again.
    secret: String,
}

/// Create an API key. Use it as `Authorization: Bearer rms_…`.
#[utoipa::path(post, path = "/api/v1/api-keys", tag = "account", security(("bearer" = ["session"])), request_body = NewApiKeyRequest,
    responses(
        (status = 201, body = CreatedApiKey),
        (status = 422, description = "`INVALID_NAME`, `INVALID_SCOPE`, `OUT_OF_RANGE`", body = ProblemBody),
        (status = 409, description = "`LIMIT_REACHED`: too many active keys", body = ProblemBody)))]
pub async fn create(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<NewApiKeyRequest>,
) -> Result<(StatusCode, Json<CreatedApiKey>), ApiError> {
    let (view, secret) =
        state.services.api_keys.create(&who, &body.name, &body.scopes, body.expires_in_days, &meta).await?;
    Ok((StatusCode::CREATED, Json(CreatedApiKey { key: view.into(), secret })))
}

/// Revoke one of the caller's keys. It stops working at once.
#[utoipa::path(delete, path = "/api/v1/api-keys/{id}", tag = "account", security(("bearer" = ["session"])),
    params(("id" = Uuid, Path, description = "The key's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 404, description = "No such active key of the caller", body = ProblemBody)))]
pub async fn revoke(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<StatusCode, ApiError> {
    state.services.api_keys.revoke(&who, id, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
