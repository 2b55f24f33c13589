//! Releases: `/api/v1/admin/products/{id}/releases` and `/api/v1/admin/releases/{id}*` for admins
//! and CI (an admin's key with the `releases` scope), the artifact upload streamed to storage,
//! and each published release's signed manifest for everyone.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::releases::{Artifact, NewRelease as NewReleaseSpec, Release, UpdateRequest};
use rms_core::releases::FileName;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::licenses::licensing::{ProductCall, Reply, signed};
use crate::http::extract::{ApiJson, Call, Meta};
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
    /// WordPress products: `requires`, `tested`, `requires_php` as given.
    requires: Option<String>,
    tested: Option<String>,
    requires_php: Option<String>,
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
            requires: r.wordpress.requires,
            tested: r.wordpress.tested,
            requires_php: r.wordpress.requires_php,
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
    /// WordPress products: the lowest WordPress version needed (`6.4`).
    #[schema(max_length = 20)]
    requires: Option<String>,
    /// WordPress products: the WordPress version it was tested up to.
    #[schema(max_length = 20)]
    tested: Option<String>,
    /// WordPress products: the lowest PHP version needed (`8.1`).
    #[schema(max_length = 20)]
    requires_php: Option<String>,
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
    let spec = NewReleaseSpec {
        version: &body.version,
        channel: body.channel.as_deref(),
        notes: &body.notes,
        requires: body.requires.as_deref(),
        tested: body.tested.as_deref(),
        requires_php: body.requires_php.as_deref(),
    };
    let r = state.services.releases.create(&who, product, &spec, &meta).await?;
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
        (status = 409, description = "`WRONG_STATE`: not a draft, or it has no files yet", body = ProblemBody), (status = 403, body = ProblemBody)))]
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

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UpdateCheckRequest {
    #[schema(min_length = 1, max_length = 512)]
    key: String,
    /// The product's id or slug: the answer is signed with its key.
    #[schema(min_length = 1, max_length = 64)]
    product: String,
    /// Software products: the device fingerprint (checked like a validation when given).
    #[schema(min_length = 1, max_length = 256, pattern = "^[!-~]+$")]
    fingerprint: Option<String>,
    /// Site products: the site's domain or URL.
    #[schema(min_length = 1, max_length = 253)]
    domain: Option<String>,
    /// `stable` (default), `beta` (also sees stable) or `alpha` (sees all).
    channel: Option<String>,
    /// The version running now; absent: the newest is offered.
    #[schema(max_length = 100)]
    current_version: Option<String>,
    /// The platform to download for (`windows-x86_64`, `wordpress`, …).
    #[schema(min_length = 1, max_length = 64, pattern = "^[a-z0-9_-]+$")]
    platform: String,
    /// 8–128 visible ASCII characters, fresh per request; echoed in the signed answer.
    #[schema(min_length = 8, max_length = 128, pattern = "^[!-~]{8,128}$")]
    nonce: String,
}

/// Is there an update for this license, channel and platform?
///
/// Answered like a validation (200, signed in `RMS-Signature`, the same codes; `valid` says whether
/// the license may run) with `update`:
/// the newest release the license may have, with a download link valid for 10 minutes and the
/// signed manifest to check the file against; `null` when nothing newer is. When newer releases
/// exist that the license's maintenance does not cover, `code` is `VERSION_NOT_COVERED` and
/// `update` is the newest release it does cover (or `null`).
#[utoipa::path(post, path = "/api/v1/releases/check", tag = "product API", request_body = UpdateCheckRequest,
    responses(
        (status = 200, body = rms_license::wire::LicenseAnswer, description = "Signed, whatever the code"),
        (status = 404, body = ProblemBody, description = "No such product"),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE` (nonce, channel), `INVALID_PLATFORM`, \
            `INVALID_VERSION` (current_version)"),
        (status = 429, body = ProblemBody)))]
pub async fn check(call: ProductCall, ApiJson(body): ApiJson<UpdateCheckRequest>) -> Result<Response, ApiError> {
    call.admit(&body.key, &body.nonce).await?;
    let request = UpdateRequest {
        key: &body.key,
        product: &body.product,
        fingerprint: body.fingerprint.as_deref(),
        domain: body.domain.as_deref(),
        channel: body.channel.as_deref(),
        current_version: body.current_version.as_deref(),
        platform: &body.platform,
    };
    let checked = call.state.services.releases.check_update(&request).await?;
    let reply = Reply {
        nonce: Some(body.nonce),
        always_ok: true,
        update: Some(checked.update),
        valid: Some(checked.licensed),
        ..Reply::default()
    };
    Ok(signed(&call, checked.answer, reply))
}

#[derive(Deserialize, IntoParams)]
pub struct DownloadQuery {
    /// The link's token, as an update check or the downloads page gave it.
    token: String,
}

/// Download an artifact through a short-lived link (from an update check or the downloads
/// page). Supports `Range` (one range) and `If-None-Match`; the `ETag` is the file's SHA-256.
/// An expired or altered link, or one for a yanked release: 403 `DOWNLOAD_LINK_INVALID`.
#[utoipa::path(get, path = "/api/v1/downloads/{id}", tag = "releases", params(DownloadQuery),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 206, description = "The range asked", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 304, description = "Not modified (`If-None-Match`)"),
        (status = 403, body = ProblemBody, description = "`DOWNLOAD_LINK_INVALID`"),
        (status = 416, body = ProblemBody, description = "The range is outside the file")))]
pub async fn download(
    State(state): State<AppState>,
    Meta(meta): Meta,
    method: Method,
    Path(id): Path<Uuid>,
    Query(query): Query<DownloadQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    // A leaked link must not become a way to hammer the store: downloads share the per-address
    // budget of the product API.
    if let Some(ip) = meta.ip.as_deref() {
        state.limits.check(crate::http::ratelimit::Class::ProductIp, ip).await?;
    }
    let ok = state.services.releases.authorize_download(id, &query.token).await?;
    serve_file(&state, &ok, &method, &headers).await
}

/// Streams an authorised file: `Range` (one range), `If-None-Match` against the `ETag` (its
/// SHA-256), `Content-Disposition` with its name. A whole-file GET counts as a download.
pub(crate) async fn serve_file(
    state: &AppState,
    ok: &rms_app::releases::Authorized,
    method: &Method,
    headers: &HeaderMap,
) -> Result<Response, ApiError> {
    let releases = &state.services.releases;
    let a = &ok.artifact;
    let size = u64::try_from(a.size).unwrap_or_default();
    let etag = format!("\"{}\"", a.sha256);
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag))
    {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response());
    }
    let range = match headers.get(header::RANGE).and_then(|v| v.to_str().ok()) {
        None => None,
        Some(raw) => match crate::http::range::parse(raw, size) {
            crate::http::range::Asked::Whole => None,
            crate::http::range::Asked::Part(r) => Some(r),
            crate::http::range::Asked::Unsatisfiable => {
                let mut res = crate::http::problem::Problem::new(
                    StatusCode::RANGE_NOT_SATISFIABLE,
                    crate::http::problem_code::ProblemCode::OutOfRange,
                )
                .arg("field", "range")
                .into_response();
                if let Ok(v) = HeaderValue::from_str(&format!("bytes */{size}")) {
                    res.headers_mut().insert(header::CONTENT_RANGE, v);
                }
                return Ok(res);
            }
        },
    };
    let partial = range.is_some();
    // HEAD runs this handler too (its body is dropped): it is not counted.
    let file = releases.stream(ok, range, *method != Method::HEAD).await?;
    let (served, total) = (file.range.clone(), file.total);
    let mut res = Response::new(Body::from_stream(file.bytes));
    *res.status_mut() = if partial { StatusCode::PARTIAL_CONTENT } else { StatusCode::OK };
    let name = FileName::parse(&a.file_name).map_err(|_| ApiError::Internal("a stored file name".into()))?;
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/octet-stream"));
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(served.end - served.start));
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-transform"));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if let Ok(v) = HeaderValue::from_str(&content_disposition(&name)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if partial && let Ok(v) = HeaderValue::from_str(&format!("bytes {}-{}/{total}", served.start, served.end - 1)) {
        h.insert(header::CONTENT_RANGE, v);
    }
    Ok(res)
}

/// `attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded>` (RFC 6266):
/// the name was checked when it was uploaded; quotes, separators and controls never get here.
fn content_disposition(name: &FileName) -> String {
    let encoded: String = name
        .as_str()
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{}\"; filename*=UTF-8''{encoded}", name.ascii_fallback())
}

#[derive(Deserialize, IntoParams)]
pub struct LatestQuery {
    /// The product's id or slug.
    product: String,
    /// `stable` (default), `beta` or `alpha`.
    channel: Option<String>,
    /// The version running now: the answer says whether the latest is newer.
    current: Option<String>,
    /// Only releases with a file for this platform.
    platform: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct LatestOut {
    /// Whether `latest` is newer than `current` (always true without `current`).
    update_available: bool,
    latest: Option<LatestInfo>,
}

#[derive(Serialize, ToSchema)]
pub struct LatestInfo {
    id: Uuid,
    version: String,
    channel: String,
    released_at: String,
    /// Markdown.
    notes: String,
    /// The platforms it has files for.
    platforms: Vec<String>,
    /// Its signed manifest.
    manifest_url: String,
}

/// The upgrade question without a license: the newest published release of a product on a
/// channel (by semver precedence), for "a new version is out" notices. No download link: that
/// takes a license (`POST /api/v1/releases/check`).
#[utoipa::path(get, path = "/api/v1/releases/latest", tag = "releases", params(LatestQuery),
    responses((status = 200, body = LatestOut), (status = 404, body = ProblemBody, description = "No such product"),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE` (channel), `INVALID_PLATFORM`, `INVALID_VERSION`"),
        (status = 429, body = ProblemBody)))]
pub async fn latest(
    State(state): State<AppState>,
    Meta(meta): Meta,
    Query(q): Query<LatestQuery>,
) -> Result<Json<LatestOut>, ApiError> {
    if let Some(ip) = meta.ip.as_deref() {
        state.limits.check(crate::http::ratelimit::Class::ProductIp, ip).await?;
    }
    let found = state
        .services
        .releases
        .latest(&q.product, q.channel.as_deref(), q.current.as_deref(), q.platform.as_deref())
        .await?;
    Ok(Json(match found {
        None => LatestOut { update_available: false, latest: None },
        Some(l) => {
            let r = l.release;
            LatestOut {
                update_available: l.newer,
                latest: Some(LatestInfo {
                    id: r.id,
                    version: r.version.to_string(),
                    channel: r.channel.to_string(),
                    released_at: r.released_at.to_string(),
                    notes: r.notes,
                    platforms: r.artifacts.into_iter().map(|a| a.platform).collect(),
                    manifest_url: format!("/api/v1/releases/{}/manifest", r.id),
                }),
            }
        }
    }))
}
