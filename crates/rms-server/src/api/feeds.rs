//! Updater feeds (Sparkle, Tauri, electron-updater, Velopack) under
//! `/api/v1/feeds/{product}/{channel}`, with the license key after `/key/` or in the
//! `RMS-License-Key` header, and their configuration for admins under
//! `/api/v1/admin/products/{id}/feeds`. The rules are in `rms_app::releases::feeds`.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::releases::{FeedAccess, FeedBase, FeedConfig, FeedDocument, FeedKeyView, FeedRequest, FeedSettingsInput};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::http::extract::{ApiJson, Call, Meta};
use crate::http::problem::{ApiError, ProblemBody};
use crate::state::AppState;

/// The header an updater may send the license key in instead of the URL.
pub const LICENSE_KEY_HEADER: &str = "rms-license-key";

#[derive(Serialize, ToSchema)]
pub struct FeedKeyOut {
    /// minisign's key id (16 hex digits); feeds name a retired key with `?kid=`.
    kid: String,
    /// `active`, `retired` (still signs; served when named) or `revoked`.
    state: String,
    /// Sparkle's `SUPublicEDKey` (the raw Ed25519 public key, base64).
    sparkle_public_key: String,
    /// Tauri's `plugins.updater.pubkey` (minisign's public key, base64).
    minisign_public_key: String,
    created_at: String,
    retired_at: Option<String>,
}

impl From<FeedKeyView> for FeedKeyOut {
    fn from(k: FeedKeyView) -> Self {
        Self {
            kid: k.kid,
            state: serde_json::to_value(k.state).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
            sparkle_public_key: k.sparkle_public_key,
            minisign_public_key: k.minisign_public_key,
            created_at: k.created_at.to_string(),
            retired_at: k.retired_at.map(|t| t.to_string()),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct FeedConfigOut {
    product_id: Uuid,
    /// The stable feed answers without a license key.
    public_stable: bool,
    /// Updates from a version below this are marked mandatory.
    minimum_supported_version: Option<String>,
    /// Newest first; exactly one is `active`.
    keys: Vec<FeedKeyOut>,
    /// Every feed's URL starts with this, then `/{channel}` (`stable`, `beta`, `alpha`), then
    /// `/key/{license key}` for licensed feeds, then `/sparkle/{platform}.xml`,
    /// `/tauri/{{target}}/{{arch}}/{{current_version}}`, `/electron/` or `/velopack/`.
    base_url: String,
}

impl From<FeedConfig> for FeedConfigOut {
    fn from(c: FeedConfig) -> Self {
        Self {
            product_id: c.product_id,
            public_stable: c.public_stable,
            minimum_supported_version: c.minimum_supported_version,
            keys: c.keys.into_iter().map(FeedKeyOut::from).collect(),
            base_url: c.base_url,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FeedSettings {
    /// Open the stable feed to anyone (beta and alpha always need a license).
    public_stable: bool,
    /// A semantic version; empty or absent: none.
    #[serde(default)]
    minimum_supported_version: Option<String>,
}

/// A product's updater feed settings and signing keys (its first key is made if it has none).
#[utoipa::path(get, path = "/api/v1/admin/products/{id}/feeds", tag = "releases", security(("bearer" = ["releases"])),
    responses((status = 200, body = FeedConfigOut), (status = 404, body = ProblemBody), (status = 403, body = ProblemBody)))]
pub async fn config(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Json<FeedConfigOut>, ApiError> {
    Ok(Json(state.services.releases.feed_config(&who, id).await?.into()))
}

/// Set whether the stable feed is public and the minimum supported version.
#[utoipa::path(put, path = "/api/v1/admin/products/{id}/feeds", tag = "releases", security(("bearer" = ["releases"])),
    request_body = FeedSettings,
    responses((status = 200, body = FeedConfigOut), (status = 404, body = ProblemBody),
        (status = 422, body = ProblemBody, description = "`INVALID_VERSION`"), (status = 403, body = ProblemBody)))]
pub async fn set_config(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<FeedSettings>,
) -> Result<Json<FeedConfigOut>, ApiError> {
    let input = FeedSettingsInput {
        public_stable: body.public_stable,
        minimum_supported_version: body.minimum_supported_version.as_deref(),
    };
    Ok(Json(state.services.releases.set_feed_settings(&who, id, &input, &meta).await?.into()))
}

/// Rotate the feed signing key: a new key becomes active, the old one is retired (it still
/// signs, and feeds that name it with `?kid=` keep serving apps built with it), and every
/// stored file is signed with the new key in the background.
#[utoipa::path(post, path = "/api/v1/admin/products/{id}/feeds/keys", tag = "releases",
    security(("bearer" = ["releases"])),
    responses((status = 201, body = FeedConfigOut), (status = 404, body = ProblemBody),
        (status = 409, body = ProblemBody, description = "`WRONG_STATE`: another rotation won at the same moment"),
        (status = 403, body = ProblemBody)))]
pub async fn rotate_key(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
) -> Result<(StatusCode, Json<FeedConfigOut>), ApiError> {
    Ok((StatusCode::CREATED, Json(state.services.releases.rotate_feed_key(&who, id, &meta).await?.into())))
}

/// Revoke a retired feed key: it signs nothing more and feeds naming it are refused.
#[utoipa::path(post, path = "/api/v1/admin/products/{id}/feeds/keys/{kid}/revoke", tag = "releases",
    security(("bearer" = ["releases"])),
    responses((status = 200, body = FeedConfigOut), (status = 404, body = ProblemBody),
        (status = 409, body = ProblemBody, description = "`WRONG_STATE`: the key is active (rotate first) or revoked"),
        (status = 403, body = ProblemBody)))]
pub async fn revoke_key(
    Call { state, who, meta }: Call,
    Path((id, kid)): Path<(Uuid, String)>,
) -> Result<Json<FeedConfigOut>, ApiError> {
    Ok(Json(state.services.releases.revoke_feed_key(&who, id, &kid, &meta).await?.into()))
}

/// What every feed request names: the product and channel, and the key when it is in the path.
#[derive(Deserialize)]
pub struct FeedPath {
    product: String,
    channel: String,
    #[serde(default)]
    key: Option<String>,
}

#[derive(Deserialize, IntoParams)]
pub struct KidQuery {
    /// A retired key's id, for apps built with it (default: the active key).
    kid: Option<String>,
}

#[derive(Deserialize, IntoParams)]
pub struct VelopackQuery {
    /// Velopack sends its app id (and `localVersion`); the feed's `PackageId` echoes it.
    id: Option<String>,
}

/// Checks who reads the feed; answers the access and the base the feed's file URLs start with.
async fn open(
    state: &AppState,
    meta: &rms_app::RequestMeta,
    path: &FeedPath,
    headers: &HeaderMap,
) -> Result<(FeedAccess, FeedBase), ApiError> {
    if let Some(ip) = meta.ip.as_deref() {
        state.limits.check(crate::http::ratelimit::Class::ProductIp, ip).await?;
    }
    let header_key = headers.get(LICENSE_KEY_HEADER).and_then(|v| v.to_str().ok());
    let key = path.key.as_deref().or(header_key);
    let releases = &state.services.releases;
    let access = releases.feed_access(&FeedRequest { product: &path.product, channel: &path.channel, key }).await?;
    let base = FeedBase::new(releases.link_base(), &path.product, &path.channel, path.key.as_deref())?;
    Ok((access, base))
}

/// A feed answer: licensed feeds are private to their reader, the public one may be cached.
fn answer(access: &FeedAccess, content_type: &'static str, body: String) -> Response {
    let cache = if access.license.is_some() { "private, no-store" } else { "public, max-age=60" };
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    res
}

fn document(access: &FeedAccess, doc: FeedDocument) -> Response {
    answer(access, doc.content_type, doc.body)
}

async fn sparkle_feed(
    state: AppState,
    meta: rms_app::RequestMeta,
    path: FeedPath,
    platform: String,
    kid: Option<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (access, base) = open(&state, &meta, &path, &headers).await?;
    let platform = platform.strip_suffix(".xml").unwrap_or(&platform);
    let doc = state.services.releases.sparkle_feed(&access, &base, platform, kid.as_deref()).await?;
    Ok(document(&access, doc))
}

/// Sparkle's appcast for a platform (`…/sparkle/macos-universal.xml`): every release the
/// reader may have, newest first, each signed (`sparkle:edSignature`) with the feed key.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/sparkle/{platform}", tag = "feeds", params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$"), KidQuery),
    responses((status = 200, description = "The appcast", content_type = "application/rss+xml", body = String),
        (status = 401, body = ProblemBody, description = "`FEED_LICENSE_REQUIRED`"),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn sparkle(
    State(state): State<AppState>,
    Meta(meta): Meta,
    Path((product, channel, platform)): Path<(String, String, String)>,
    Query(q): Query<KidQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    sparkle_feed(state, meta, FeedPath { product, channel, key: None }, platform, q.kid, headers).await
}

/// [`sparkle`] with the license key in the path.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/key/{key}/sparkle/{platform}", tag = "feeds",
    params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$"), KidQuery),
    responses((status = 200, description = "The appcast", content_type = "application/rss+xml", body = String),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn sparkle_keyed(
    State(state): State<AppState>,
    Meta(meta): Meta,
    Path((product, channel, key, platform)): Path<(String, String, String, String)>,
    Query(q): Query<KidQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    sparkle_feed(state, meta, FeedPath { product, channel, key: Some(key) }, platform, q.kid, headers).await
}

async fn tauri_feed(
    state: AppState,
    meta: rms_app::RequestMeta,
    path: FeedPath,
    (target, arch, current): (String, String, String),
    kid: Option<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (access, base) = open(&state, &meta, &path, &headers).await?;
    let found = state.services.releases.tauri_feed(&access, &base, &target, &arch, &current, kid.as_deref()).await?;
    Ok(match found {
        None => StatusCode::NO_CONTENT.into_response(),
        Some(json) => answer(&access, "application/json", json.to_string()),
    })
}

/// Tauri's updater endpoint (`…/tauri/{{target}}/{{arch}}/{{current_version}}`): `204` when up
/// to date, else the newest release with its minisign signature, plus `mandatory` when the
/// running version is below the minimum supported one.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/tauri/{target}/{arch}/{current_version}",
    tag = "feeds", params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$"), KidQuery),
    responses((status = 200, description = "An update", content_type = "application/json", body = Object),
        (status = 204, description = "Up to date"),
        (status = 401, body = ProblemBody, description = "`FEED_LICENSE_REQUIRED`"),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn tauri(
    State(state): State<AppState>,
    Meta(meta): Meta,
    Path((product, channel, target, arch, current)): Path<(String, String, String, String, String)>,
    Query(q): Query<KidQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    tauri_feed(state, meta, FeedPath { product, channel, key: None }, (target, arch, current), q.kid, headers).await
}

/// [`tauri`] with the license key in the path.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/key/{key}/tauri/{target}/{arch}/{current_version}",
    tag = "feeds", params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$"), KidQuery),
    responses((status = 200, description = "An update", content_type = "application/json", body = Object),
        (status = 204, description = "Up to date"),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn tauri_keyed(
    State(state): State<AppState>,
    Meta(meta): Meta,
    Path((product, channel, key, target, arch, current)): Path<(String, String, String, String, String, String)>,
    Query(q): Query<KidQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    tauri_feed(state, meta, FeedPath { product, channel, key: Some(key) }, (target, arch, current), q.kid, headers)
        .await
}

async fn electron_feed(
    state: AppState,
    meta: rms_app::RequestMeta,
    path: FeedPath,
    file: String,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (access, base) = open(&state, &meta, &path, &headers).await?;
    let doc = state.services.releases.electron_feed(&access, &base, &file).await?;
    Ok(document(&access, doc))
}

/// electron-updater's generic provider (`url` = `…/electron`): `latest.yml`, `latest-mac.yml`,
/// `latest-linux.yml` (or another channel name before the suffix), with SHA-512 per file.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/electron/{file}", tag = "feeds", params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$")),
    responses((status = 200, description = "The channel file", content_type = "text/yaml", body = String),
        (status = 401, body = ProblemBody, description = "`FEED_LICENSE_REQUIRED`"),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn electron(
    State(state): State<AppState>,
    Meta(meta): Meta,
    Path((product, channel, file)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    electron_feed(state, meta, FeedPath { product, channel, key: None }, file, headers).await
}

/// [`electron`] with the license key in the path.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/key/{key}/electron/{file}", tag = "feeds", params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$")),
    responses((status = 200, description = "The channel file", content_type = "text/yaml", body = String),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn electron_keyed(
    State(state): State<AppState>,
    Meta(meta): Meta,
    Path((product, channel, key, file)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    electron_feed(state, meta, FeedPath { product, channel, key: Some(key) }, file, headers).await
}

#[allow(clippy::too_many_arguments)]
async fn velopack_feed(
    state: AppState,
    meta: rms_app::RequestMeta,
    path: FeedPath,
    file: String,
    q: VelopackQuery,
    method: Method,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (access, _) = open(&state, &meta, &path, &headers).await?;
    let releases = &state.services.releases;
    // Velopack reads `releases.{channel}.json` and then fetches files by name next to it.
    if let Some(channel) = file.strip_prefix("releases.").and_then(|f| f.strip_suffix(".json")) {
        let feed = releases.velopack_feed(&access, channel, q.id.as_deref()).await?;
        return Ok(answer(&access, "application/json", feed.to_string()));
    }
    // Velopack fetches a package by its name alone (its channel is not in the URL): names are
    // unique per platform in practice (`vpk` puts the channel in them), the newest wins.
    let ok = releases.feed_file(&access, None, &file, &[]).await?;
    crate::api::releases::serve_file(&state, &ok, &method, &headers).await
}

/// Velopack's HTTP source (`url` = `…/velopack`): `releases.{channel}.json` (the channel is a
/// platform name, or `win`, `osx`, `linux`) and the packages it lists, by file name.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/velopack/{file}", tag = "feeds", params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$"), VelopackQuery),
    responses((status = 200, description = "The feed, or a package", body = Object),
        (status = 401, body = ProblemBody, description = "`FEED_LICENSE_REQUIRED`"),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn velopack(
    State(state): State<AppState>,
    Meta(meta): Meta,
    method: Method,
    Path((product, channel, file)): Path<(String, String, String)>,
    Query(q): Query<VelopackQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    velopack_feed(state, meta, FeedPath { product, channel, key: None }, file, q, method, headers).await
}

/// [`velopack`] with the license key in the path.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/key/{key}/velopack/{file}", tag = "feeds",
    params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$"), VelopackQuery),
    responses((status = 200, description = "The feed, or a package", body = Object),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn velopack_keyed(
    State(state): State<AppState>,
    Meta(meta): Meta,
    method: Method,
    Path((product, channel, key, file)): Path<(String, String, String, String)>,
    Query(q): Query<VelopackQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    velopack_feed(state, meta, FeedPath { product, channel, key: Some(key) }, file, q, method, headers).await
}

async fn feed_file(
    state: AppState,
    meta: rms_app::RequestMeta,
    path: FeedPath,
    artifact: Uuid,
    method: Method,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (access, _) = open(&state, &meta, &path, &headers).await?;
    let ok = state.services.releases.feed_file(&access, Some(artifact), "", &[]).await?;
    crate::api::releases::serve_file(&state, &ok, &method, &headers).await
}

/// A file a feed lists, checked against the reader's license at every request (`Range`,
/// `ETag`, counted like every download). The file name at the end is for the updater's sake.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/files/{artifact}/{file_name}", tag = "feeds", params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$")),
    responses((status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 206, description = "The range asked", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 304, description = "Not modified"),
        (status = 401, body = ProblemBody, description = "`FEED_LICENSE_REQUIRED`"),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 416, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn file(
    State(state): State<AppState>,
    Meta(meta): Meta,
    method: Method,
    Path((product, channel, artifact, _name)): Path<(String, String, Uuid, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    feed_file(state, meta, FeedPath { product, channel, key: None }, artifact, method, headers).await
}

/// [`file`] with the license key in the path.
#[utoipa::path(get, path = "/api/v1/feeds/{product}/{channel}/key/{key}/files/{artifact}/{file_name}", tag = "feeds", params(("channel" = String, Path, description = "`stable`, `beta` or `alpha`", pattern = "^(stable|beta|alpha)$")),
    responses((status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 206, description = "The range asked", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 304, description = "Not modified"),
        (status = 403, body = ProblemBody, description = "`FEED_LICENSE_REFUSED`"),
        (status = 404, body = ProblemBody), (status = 416, body = ProblemBody), (status = 429, body = ProblemBody)))]
pub async fn file_keyed(
    State(state): State<AppState>,
    Meta(meta): Meta,
    method: Method,
    Path((product, channel, key, artifact, _name)): Path<(String, String, String, Uuid, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    feed_file(state, meta, FeedPath { product, channel, key: Some(key) }, artifact, method, headers).await
}
