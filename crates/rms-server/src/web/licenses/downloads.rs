//! A license's downloads: the newest file per channel and platform, then every release with its
//! notes, checksums and manifest; files of releases outside the license's update period are
//! listed but not offered. A download button mints a fresh 10-minute link for that license.

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use rms_app::releases::{LicenseDownloads, OwnedFile};
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::web::{PageCtx, PageRequest, SignedIn, redirect, render};

pub struct FileRow {
    pub id: Uuid,
    pub platform: String,
    pub file_name: String,
    pub size: String,
    pub sha256: String,
}

pub struct LatestRow {
    pub channel: String,
    pub version: String,
    pub file: FileRow,
}

pub struct ReleaseRow {
    pub id: Uuid,
    pub version: String,
    pub channel: String,
    pub date: String,
    /// Safe HTML (rendered from Markdown with raw HTML escaped).
    pub notes: String,
    pub covered: bool,
    pub files: Vec<FileRow>,
}

#[derive(Template)]
#[template(path = "license_downloads.html")]
struct DownloadsPage<'a> {
    ctx: &'a PageCtx,
    license: Uuid,
    product: String,
    usable: bool,
    maintenance: Option<String>,
    latest: Vec<LatestRow>,
    releases: Vec<ReleaseRow>,
}

/// A size people read: bytes, KiB, MiB or GiB with one decimal, numbers in the page's language.
pub fn size(ctx: &PageCtx, bytes: i64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut value = bytes.max(0) as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        return format!("{} {}", ctx.locale.format_integer(bytes), UNITS[0]);
    }
    let tenths = (value * 10.0).round() as i64;
    let whole = ctx.locale.format_integer(tenths / 10);
    format!("{whole}.{} {}", tenths % 10, UNITS[unit])
}

fn file_row(ctx: &PageCtx, f: &OwnedFile) -> FileRow {
    FileRow {
        id: f.id,
        platform: f.platform.clone(),
        file_name: f.file_name.clone(),
        size: size(ctx, f.size),
        sha256: f.sha256.clone(),
    }
}

fn page_of(ctx: &PageCtx, d: LicenseDownloads) -> DownloadsPage<'_> {
    let channel = |c: rms_core::releases::Channel| ctx.t(&format!("downloads-channel-{c}"));
    DownloadsPage {
        ctx,
        license: d.license_id,
        product: d.product,
        usable: d.usable,
        maintenance: d.maintenance_until.map(|t| ctx.date(t)),
        latest: d
            .latest
            .iter()
            .map(|l| LatestRow {
                channel: channel(l.channel),
                version: l.version.clone(),
                file: file_row(ctx, &l.file),
            })
            .collect(),
        releases: d
            .releases
            .iter()
            .map(|r| ReleaseRow {
                id: r.id,
                version: r.version.clone(),
                channel: channel(r.channel),
                date: ctx.date(r.released_at),
                notes: rms_app::markdown::to_html(&r.notes),
                covered: r.covered,
                files: r.files.iter().map(|f| file_row(ctx, f)).collect(),
            })
            .collect(),
    }
}

/// `GET /licenses/{id}/downloads`
pub async fn downloads(page: PageRequest, SignedIn(who): SignedIn, Path(id): Path<Uuid>) -> Response {
    let ctx = page.ctx(&format!("/licenses/{id}/downloads"));
    match page.state.services.releases.for_license(&who, id).await {
        Ok(d) => {
            let title = format!("{} · {}", ctx.t("downloads-title"), d.product);
            render(&ctx, &title, page_of(&ctx, d).render(), page.partial)
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /licenses/{id}/downloads/{artifact}`: a fresh link for this license, then the file.
pub async fn download(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path((id, artifact)): Path<(Uuid, Uuid)>,
) -> Response {
    match page.state.services.releases.owner_link(&who, id, artifact).await {
        Ok(link) => redirect(&link),
        Err(e) => ApiError::from(e).into_response(),
    }
}
