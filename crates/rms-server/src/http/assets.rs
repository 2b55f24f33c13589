//! Static assets (CSS, JS, vendored htmx and the API reference renderer), embedded in the binary.
//!
//! Pages link them as `/static/<name>?v=<content hash>`: a request carrying the current hash may be
//! cached forever (`immutable`), so a new release's assets are fetched again because their URL
//! changed. Paths are looked up in the embedded table only; nothing is ever read from disk by a
//! request-supplied path.

use std::collections::HashMap;
use std::sync::LazyLock;

use axum::extract::{Path, Query};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_embed::Embed;
use serde::Deserialize;

use crate::http::problem::Problem;

#[derive(Embed)]
#[folder = "assets/"]
struct Assets;

/// name → first 16 hex digits of the SHA-256 of its content.
static HASHES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    Assets::iter()
        .filter_map(|name| {
            let file = Assets::get(&name)?;
            let hex: String = file.metadata.sha256_hash().iter().take(8).map(|b| format!("{b:02x}")).collect();
            Some((name.into_owned(), hex))
        })
        .collect()
});

/// The cache-busting URL of an embedded asset.
pub fn url(name: &str) -> String {
    match HASHES.get(name) {
        Some(hash) => format!("/static/{name}?v={hash}"),
        None => format!("/static/{name}"),
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

#[derive(Deserialize)]
pub struct Version {
    v: Option<String>,
}

/// `GET /static/{*name}`
pub async fn serve(Path(name): Path<String>, Query(version): Query<Version>, headers: HeaderMap) -> Response {
    let (Some(file), Some(hash)) = (Assets::get(&name), HASHES.get(&name)) else {
        return Problem::not_found().into_response();
    };
    let etag = format!("\"{hash}\"");
    let cache =
        if version.v.as_deref() == Some(hash.as_str()) { "public, max-age=31536000, immutable" } else { "no-cache" };
    let mut res = if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str()) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, content_type(&name))], file.data.into_owned()).into_response()
    };
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    res
}
