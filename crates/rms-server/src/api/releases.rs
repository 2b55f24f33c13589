//! Releases: `/api/v1/admin/products/{id}/releases` and `/api/v1/admin/releases/{id}*` for admins
//! and CI (an admin's key with the `releases` scope), the artifact upload streamed to storage,
//! and each published release's signed manifest for everyone.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::releases::{Artifact, Release};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct ArtifactOut {
    id: Uuid,
    /// `windows-x86_64`, `macos-aarch64`, `linux-x86_64`, `wordpress`, …
    platform: String,
    file_name: String,
    /// Lowercase hex.
    sha256: String,
    size: i64,
    downloads: i64,
}

impl From<Artifact> for ArtifactOut {
    fn from(a: Artifact) -> Self {
        Self {
            id: a.id,
            platform: a.platform,
            file_name: a.file_name,
            sha256: a.sha256,
            size: a.size,
            downloads: a.downloads,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ReleaseOut {
    id: Uuid,
    product_id: Uuid,
    version: String,
    /// `stable`, `beta` or `alpha`.
    channel: String,
    /// `draft`, `published` or `yanked`.
    state: String,
    /// Markdown.
    notes: String,
    created_at: String,
    /// The release date.
    published_at: Option<String>,
    yanked_at: Option<String>,
    artifacts: Vec<ArtifactOut>,
}

impl From<Release> for ReleaseOut {
    fn from(r: Release) -> Self {
        Self {
            id: r.id,
            product_id: r.product_id,
            version: r.version,
            channel: r.channel.to_string(),
            state: r.state.to_string(),
            notes: r.notes,
            created_at: r.created_at.to_string(),
            published_at: r.published_at.map(|t| t.to_string()),
            yanked_at: r.yanked_at.map(|t| t.to_string()),
            artifacts: r.artifacts.into_iter().map(ArtifactOut::from).collect(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRelease {
    /// A semantic version (`1.4.0`, `2.0.0-beta.1`; a leading `v` is dropped). Stable releases
    /// carry no pre-release tag.
    version: String,
    /// `stable` (default), `beta` or `alpha`.
    #[serde(default)]
    channel: Option<String>,
    /// Release notes in Markdown (raw HTML is shown as text).
    #[serde(default)]
    notes: String,
}

/// Create a draft release of a product.
#[utoipa::path(post, path = "/api/v1/admin/products/{id}/releases", tag = "releases",
    security(("bearer" = ["releases"])), request_body = NewRelease,
    responses(
        (status = 201, body = ReleaseOut),
        (status = 404, body = ProblemBody),
        (status = 409, description = "`VERSION_TAKEN`", body = ProblemBody),
        (status = 422, description = "`INVALID_VERSION`, `OUT_OF_RANGE` (`channel`: a pre-release on stable)", body = ProblemBody),
        (status = 403, body = ProblemBody)))]
pub async fn create(
    Call { state, who, meta }: Call,
    Path(product): Path<Uuid>,
    ApiJson(body): ApiJson<NewRelease>,
) -> Result<(StatusCode, Json<ReleaseOut>), ApiError> {
    let channel = body.channel.as_deref().unwrap_or("stable");
    let r = state.services.releases.create(&who, product, &body.version, channel, &body.notes, &meta).await?;
    Ok((StatusCode::CREATED, Json(r.into())))
}

/// A product's releases in every state, newest version first, with download counts.
#[utoipa::path(get, path = "/api/v1/admin/products/{id}/releases", tag = "releases",
    security(("bearer" = ["releases"])),
    responses((status = 200, body = [ReleaseOut]), (status = 404, body = ProblemBody), (status = 403, body = ProblemBody)))]
pub async fn list(Call { state, who, .. }: Call, Path(product): Path<Uuid>) -> Result<Json<Vec<ReleaseOut>>, ApiError> {
    let releases = state.services.releases.list(&who, product).await?;
    Ok(Json(releases.into_iter().map(ReleaseOut::from).collect()))
}

/// One release.
#[utoipa::path(get, path = "/api/v1/admin/releases/{id}", tag = "releases", security(("bearer" = ["releases"])),
    responses((status = 200, body = ReleaseOut), (status = 404, body = ProblemBody), (status = 403, body = ProblemBody)))]
pub async fn get(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Json<ReleaseOut>, ApiError> {
    Ok(Json(state.services.releases.get(&who, id).await?.into()))
}

/// Publish a draft: its manifest is signed with the product's key and entitled owners are
/// told. Its artifacts cannot change after this.
#[utoipa::path(post, path = "/api/v1/admin/releases/{id}/publish", tag = "releases",
    security(("bearer" = ["releases"])),
    responses((status = 200, body = ReleaseOut), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: not a draft", body = ProblemBody), (status = 403, body = ProblemBody)))]
pub async fn publish(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<Json<ReleaseOut>, ApiError> {
    Ok(Json(state.services.releases.publish(&who, id, &meta).await?.into()))
}

/// Yank a published release: never offered again, and its download links stop working.
#[utoipa::path(post, path = "/api/v1/admin/releases/{id}/yank", tag = "releases", security(("bearer" = ["releases"])),
    responses((status = 200, body = ReleaseOut), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: not published", body = ProblemBody), (status = 403, body = ProblemBody)))]
pub async fn yank(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<Json<ReleaseOut>, ApiError> {
    Ok(Json(state.services.releases.yank(&who, id, &meta).await?.into()))
}

#[derive(Deserialize, IntoParams)]
pub struct UploadQuery {
    /// The name the file is downloaded as (`app-1.4.0.dmg`): one plain name.
    filename: String,
}

/// Upload (or replace) a draft's artifact for a platform: the raw bytes are the body, streamed
/// to storage and stored by their SHA-256. Larger than `RMS_ARTIFACT_MAX_BYTES`: 413.
#[utoipa::path(put, path = "/api/v1/admin/releases/{id}/artifacts/{platform}", tag = "releases",
    security(("bearer" = ["releases"])), params(UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses(
        (status = 201, body = ArtifactOut),
        (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: the release is published", body = ProblemBody),
        (status = 413, description = "`PAYLOAD_TOO_LARGE`", body = ProblemBody),
        (status = 422, description = "`INVALID_PLATFORM`, `INVALID_FILE_NAME`", body = ProblemBody),
        (status = 403, body = ProblemBody)))]
pub async fn upload(
    Call { state, who, meta }: Call,
    Path((id, platform)): Path<(Uuid, String)>,
    Query(query): Query<UploadQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<(StatusCode, Json<ArtifactOut>), ApiError> {
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok());
    let stream = body.into_data_stream();
    let a = state.services.releases.upload(&who, id, &platform, &query.filename, stream, declared, &meta).await?;
    Ok((StatusCode::CREATED, Json(a.into())))
}

/// A published release's manifest (`rms-manifest/v1`: product, version, channel, date, and each
/// artifact's platform, file name, size and SHA-256), exactly as signed. `RMS-Signature` is
/// Ed25519 by the product's key over `"rms-manifest/v1\n"` + the body (not bound to this path:
/// save both beside the file and check it later).
#[utoipa::path(get, path = "/api/v1/releases/{id}/manifest", tag = "releases",
    responses((status = 200, description = "The manifest, signed in `RMS-Signature`", body = serde_json::Value),
        (status = 404, body = ProblemBody)))]
pub async fn manifest(State(state): State<AppState>, Path(id): Path<Uuid>) -> Result<Response, ApiError> {
    let signed = state.services.releases.manifest(id).await?;
    let signature = HeaderValue::from_str(&signed.signature)
        .map_err(|_| ApiError::Internal("a manifest signature that is not a header value".into()))?;
    let mut response = (StatusCode::OK, signed.bytes).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    h.insert(rms_license::response::HEADER, signature);
    // A published manifest never changes.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
    Ok(response)
}
