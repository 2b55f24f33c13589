//! A product's signing keys: the public ones for everyone (`/api/v1/products/{id}/public-keys`),
//! and the staged rotation for admins.

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::http::extract::Call;
use crate::http::problem::{ApiError, ProblemBody};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct PublicKey {
    kid: String,
    /// Always `ed25519`.
    alg: &'static str,
    /// The 32 raw bytes of the key, base64.
    public_key: String,
    pem: String,
    /// Whether it signs now (older keys still verify).
    active: bool,
    /// When it signs (or signed) from, RFC 3339: a later time is a staged key, listed ahead so
    /// products can trust it before it signs.
    signs_from: String,
}

impl From<rms_app::catalog::PublicKey> for PublicKey {
    fn from(k: rms_app::catalog::PublicKey) -> Self {
        Self {
            kid: k.kid,
            alg: "ed25519",
            public_key: k.public_key,
            pem: k.pem,
            active: k.active,
            signs_from: k.signs_from.to_string(),
        }
    }
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct RotateKey {
    /// When the new key starts signing (RFC 3339; default 30 days from now; now or earlier:
    /// at once; at most a year ahead).
    switch_at: Option<String>,
}

/// Rotate a product's signing key, staged: the new key is listed with the public keys at once
/// and signs from `switch_at` (default 30 days later), so shipped apps that pin keys can learn
/// it first; until then answers, license files and new keys keep the old `kid`. Old keys stay
/// listed and keep verifying what they signed. 409 `WRONG_STATE` while another staged key
/// waits. The body may be empty. Audited.
#[utoipa::path(post, path = "/api/v1/admin/products/{id}/keys/rotate", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")), request_body(content = Option<RotateKey>),
    responses((status = 200, body = [PublicKey]), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 409, body = ProblemBody, description = "`WRONG_STATE`: a staged key waits already"),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE`: `switch_at`")))]
pub async fn rotate_key(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    body: axum::body::Bytes,
) -> Result<Json<Vec<PublicKey>>, ApiError> {
    let body: RotateKey = match body.iter().all(u8::is_ascii_whitespace) {
        true => RotateKey::default(),
        false => serde_json::from_slice(&body).map_err(|_| {
            ApiError::from(rms_app::AppError::Invalid {
                field: "switch_at",
                reason: rms_core::account::InvalidInput::Range,
            })
        })?,
    };
    let switch_at = crate::api::instant("switch_at", body.switch_at.as_deref())?;
    let keys = state.services.catalog.rotate_product_key(&who, id, switch_at, &meta).await?;
    Ok(Json(keys.into_iter().map(PublicKey::from).collect()))
}

/// A product's public keys, for verifying its license keys, license files and signed answers.
#[utoipa::path(get, path = "/api/v1/products/{id}/public-keys", tag = "catalog",
    params(("id" = Uuid, Path, description = "The product")),
    responses((status = 200, body = [PublicKey]), (status = 404, body = ProblemBody)))]
pub async fn public_keys(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
) -> Result<Json<Vec<PublicKey>>, ApiError> {
    let keys = state.services.catalog.public_keys(id).await?;
    Ok(Json(keys.into_iter().map(PublicKey::from).collect()))
}
