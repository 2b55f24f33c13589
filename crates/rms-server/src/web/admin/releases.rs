//! The admin's releases of a product: drafts to fill (uploads stream from the page with a
//! progress bar), publish and yank, and each file's checksum and download count; and the
//! product's updater feeds (their address, whether stable is public, the minimum supported
//! version, the signing keys to build into apps, rotation and revocation).

use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::releases::{FeedConfig, FeedSettingsInput, KeyState, NewRelease, Release};
use serde::Deserialize;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::licenses::downloads::size;
use crate::web::{PageCtx, PageRequest, Staff, redirect, render, settle};

pub struct FileRow {
    pub id: Uuid,
    pub platform: String,
    pub file_name: String,
    pub size: String,
    pub sha256: String,
    pub downloads: i64,
}

pub struct ReleaseRow {
    pub id: Uuid,
    pub version: String,
    pub channel: String,
    pub state: String,
    pub draft: bool,
    pub published: bool,
    pub date: String,
    pub notes: String,
    pub files: Vec<FileRow>,
}

pub struct FeedKeyRow {
    pub kid: String,
    pub state: String,
    pub sparkle: String,
    pub minisign: String,
    /// Retired keys may be revoked (the active one is replaced by rotating).
    pub revocable: bool,
}

pub struct FeedsView {
    pub base_url: String,
    pub public_stable: bool,
    pub minimum: String,
    pub keys: Vec<FeedKeyRow>,
}

fn feeds_view(ctx: &PageCtx, c: FeedConfig) -> FeedsView {
    FeedsView {
        base_url: c.base_url,
        public_stable: c.public_stable,
        minimum: c.minimum_supported_version.unwrap_or_default(),
        keys: c
            .keys
            .into_iter()
            .map(|k| {
                let state = match k.state {
                    KeyState::Active => "active",
                    KeyState::Retired => "retired",
                    KeyState::Revoked => "revoked",
                };
                FeedKeyRow {
                    state: ctx.t(&format!("admin-feeds-key-{state}")),
                    revocable: k.state == KeyState::Retired,
                    kid: k.kid,
                    sparkle: k.sparkle_public_key,
                    minisign: k.minisign_public_key,
                }
            })
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "admin_releases.html")]
struct ReleasesPage<'a> {
    ctx: &'a PageCtx,
    product: Uuid,
    name: String,
    releases: Vec<ReleaseRow>,
    feeds: FeedsView,
    error: Option<String>,
}

fn row(ctx: &PageCtx, r: Release) -> ReleaseRow {
    let date = r.published_at.or(Some(r.created_at)).map(|t| ctx.date(t)).unwrap_or_default();
    ReleaseRow {
        id: r.id,
        version: r.version,
        channel: ctx.t(&format!("downloads-channel-{}", r.channel)),
        state: ctx.t(&format!("admin-release-state-{}", r.state)),
        draft: r.state == rms_core::releases::ReleaseState::Draft,
        published: r.state == rms_core::releases::ReleaseState::Published,
        date,
        notes: rms_app::markdown::to_html(&r.notes),
        files: r
            .artifacts
            .into_iter()
            .map(|a| FileRow {
                id: a.id,
                platform: a.platform,
                file_name: a.file_name,
                size: size(ctx, a.size),
                sha256: a.sha256,
                downloads: a.downloads,
            })
            .collect(),
    }
}

async fn releases_page(
    page: &PageRequest,
    who: &Principal,
    product: Uuid,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let services = &page.state.services;
    let loaded = async {
        let name = services.catalog.products(who).await?.into_iter().find(|p| p.id == product).map(|p| p.name);
        let releases = services.releases.list(who, product).await?;
        Ok::<_, rms_app::AppError>((name, releases, services.releases.feed_config(who, product).await?))
    };
    let (name, releases, feeds) = match loaded.await {
        Ok((Some(name), releases, feeds)) => (name, releases, feeds),
        Ok((None, _, _)) => return ApiError::from(rms_app::AppError::NotFound).into_response(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx(&format!("/admin/products/{product}/releases"));
    let releases = releases.into_iter().map(|r| row(&ctx, r)).collect();
    let feeds = feeds_view(&ctx, feeds);
    let title = format!("{} · {name}", ctx.t("admin-releases-title"));
    let main = ReleasesPage { ctx: &ctx, product, name, releases, feeds, error }.render();
    let mut res = render(&ctx, &title, main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/products/{id}/releases`
pub async fn releases(page: PageRequest, Staff(who): Staff, Path(product): Path<Uuid>) -> Response {
    releases_page(&page, &who, product, None, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReleaseForm {
    version: String,
    channel: String,
    notes: String,
    requires: String,
    tested: String,
    requires_php: String,
}

/// `POST /admin/products/{id}/releases`: a new draft.
pub async fn create(
    page: PageRequest,
    Staff(who): Staff,
    Path(product): Path<Uuid>,
    CsrfForm(form): CsrfForm<ReleaseForm>,
) -> Response {
    let optional = |s: &str| Some(s.trim()).filter(|s| !s.is_empty()).map(str::to_owned);
    let (requires, tested, requires_php) =
        (optional(&form.requires), optional(&form.tested), optional(&form.requires_php));
    let spec = NewRelease {
        version: &form.version,
        channel: Some(form.channel.as_str()).filter(|c| !c.is_empty()),
        notes: &form.notes,
        requires: requires.as_deref(),
        tested: tested.as_deref(),
        requires_php: requires_php.as_deref(),
    };
    settle(
        page.state.services.releases.create(&who, product, &spec, &page.meta).await,
        page.locale,
        async |_| redirect(&format!("/admin/products/{product}/releases")),
        async |status, detail| releases_page(&page, &who, product, Some(detail), status).await,
    )
    .await
}

/// `POST /admin/releases/{id}/{publish|yank}`
pub async fn act(
    page: PageRequest,
    Staff(who): Staff,
    Path((id, action)): Path<(Uuid, String)>,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    let releases = &page.state.services.releases;
    let product = match releases.get(&who, id).await {
        Ok(r) => r.product_id,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let done = match action.as_str() {
        "publish" => releases.publish(&who, id, &page.meta).await,
        "yank" => releases.yank(&who, id, &page.meta).await,
        _ => return ApiError::from(rms_app::AppError::NotFound).into_response(),
    };
    settle(
        done,
        page.locale,
        async |_| redirect(&format!("/admin/products/{product}/releases")),
        async |status, detail| releases_page(&page, &who, product, Some(detail), status).await,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FeedsForm {
    /// A checkbox: present ("on") when ticked.
    public_stable: Option<String>,
    minimum_supported_version: String,
}

/// `POST /admin/products/{id}/feeds`: whether stable is public, and the minimum version.
pub async fn set_feeds(
    page: PageRequest,
    Staff(who): Staff,
    Path(product): Path<Uuid>,
    CsrfForm(form): CsrfForm<FeedsForm>,
) -> Response {
    let input = FeedSettingsInput {
        public_stable: form.public_stable.is_some(),
        minimum_supported_version: Some(form.minimum_supported_version.as_str()),
    };
    settle(
        page.state.services.releases.set_feed_settings(&who, product, &input, &page.meta).await,
        page.locale,
        async |_| redirect(&format!("/admin/products/{product}/releases#feeds")),
        async |status, detail| releases_page(&page, &who, product, Some(detail), status).await,
    )
    .await
}

/// Back to the feeds after a key change, or the page with what went wrong.
async fn after_key_change(
    page: &PageRequest,
    who: &Principal,
    product: Uuid,
    done: Result<FeedConfig, rms_app::AppError>,
) -> Response {
    settle(
        done,
        page.locale,
        async |_| redirect(&format!("/admin/products/{product}/releases#feeds")),
        async |status, detail| releases_page(page, who, product, Some(detail), status).await,
    )
    .await
}

/// `POST /admin/products/{id}/feeds/rotate`
pub async fn rotate_feed_key(
    page: PageRequest,
    Staff(who): Staff,
    Path(product): Path<Uuid>,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    let done = page.state.services.releases.rotate_feed_key(&who, product, &page.meta).await;
    after_key_change(&page, &who, product, done).await
}

/// `POST /admin/products/{id}/feeds/keys/{kid}/revoke`
pub async fn revoke_feed_key(
    page: PageRequest,
    Staff(who): Staff,
    Path((product, kid)): Path<(Uuid, String)>,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    let done = page.state.services.releases.revoke_feed_key(&who, product, &kid, &page.meta).await;
    after_key_change(&page, &who, product, done).await
}

#[derive(Deserialize)]
pub struct UploadQuery {
    filename: String,
}

/// `PUT /admin/releases/{id}/artifacts/{platform}?filename=…` from the page's script: the raw
/// file as the body (streamed, like the API's), the CSRF token in `X-CSRF-Token`. Answers the
/// problem or 201.
pub async fn upload(
    page: PageRequest,
    Staff(who): Staff,
    Path((id, platform)): Path<(Uuid, String)>,
    Query(query): Query<UploadQuery>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Err(refused) = page.csrf.check_header(&headers) {
        return refused;
    }
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok());
    let releases = &page.state.services.releases;
    match releases.upload(&who, id, &platform, &query.filename, body.into_data_stream(), declared, &page.meta).await {
        Ok(_) => StatusCode::CREATED.into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /admin/artifacts/{id}/download`: a fresh admin link, then the file (drafts included).
pub async fn download(page: PageRequest, Staff(who): Staff, Path(artifact): Path<Uuid>) -> Response {
    match page.state.services.releases.admin_link(&who, artifact).await {
        Ok(link) => redirect(&link),
        Err(e) => ApiError::from(e).into_response(),
    }
}
