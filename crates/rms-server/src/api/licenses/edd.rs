//! The EDD-compatible endpoint for WordPress plugins and themes: requests to the server's root URL
//! carrying `edd_action`, as a query string (GET) or a form body (POST, what `wp_remote_post`
//! sends). Intercepted before the page routes, so `/` stays the landing page for people.

use axum::Json;
use axum::extract::{Form, FromRequest, FromRequestParts, Query, Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rms_app::licensing::{EddAction, EddAnswer, EddRequest};
use rms_app::releases::EddVersion;
use serde::{Deserialize, Serialize};

use crate::http::extract::Meta;
use crate::http::problem::ApiError;
use crate::state::AppState;

/// What WordPress sends. Unknown fields (`environment`, `version`, `slug`…) are accepted and
/// ignored: the updater classes in the wild send many.
#[derive(Deserialize, Default)]
struct Params {
    edd_action: Option<String>,
    license: Option<String>,
    item_id: Option<String>,
    item_name: Option<String>,
    url: Option<String>,
    /// `get_version`: also offer beta releases (`1`, `true`).
    beta: Option<String>,
}

/// `get_version`'s JSON, in EDD's field names. `sections`, `banners` and `icons` are objects
/// (the updater class unserialises them only when they arrive as PHP-serialised strings).
#[derive(Serialize)]
struct EddVersionJson {
    new_version: String,
    stable_version: String,
    name: String,
    slug: String,
    url: String,
    homepage: String,
    package: String,
    download_link: String,
    last_updated: String,
    sections: Sections,
    banners: serde_json::Map<String, serde_json::Value>,
    icons: serde_json::Map<String, serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    requires: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tested: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    requires_php: Option<String>,
}

#[derive(Serialize)]
struct Sections {
    description: String,
    changelog: String,
}

impl From<EddVersion> for EddVersionJson {
    fn from(v: EddVersion) -> Self {
        Self {
            new_version: v.new_version,
            stable_version: v.stable_version,
            name: v.name,
            slug: v.slug,
            url: v.url,
            homepage: v.homepage,
            package: v.package,
            download_link: v.download_link,
            last_updated: v.last_updated,
            sections: Sections { description: v.description, changelog: v.changelog },
            banners: serde_json::Map::new(),
            icons: serde_json::Map::new(),
            requires: v.requires,
            tested: v.tested,
            requires_php: v.requires_php,
        }
    }
}

/// EDD's JSON, field for field (absent fields are left out, as EDD does).
#[derive(Serialize)]
struct EddJson {
    success: bool,
    license: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    item_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    item_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expires: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    payment_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    customer_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    license_limit: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    site_count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    activations_left: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    price_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'static str>,
}

impl From<EddAnswer> for EddJson {
    fn from(a: EddAnswer) -> Self {
        Self {
            success: a.success,
            license: a.license,
            item_id: a.item_id,
            item_name: a.item_name,
            expires: a.expires,
            payment_id: a.payment_id,
            customer_name: a.customer_name,
            customer_email: a.customer_email,
            license_limit: a.license_limit,
            site_count: a.site_count,
            activations_left: a.activations_left,
            price_id: a.price_id,
            error: a.error,
        }
    }
}

fn is_form(req: &Request) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"))
}

/// Answers EDD requests to `/`; everything else goes on to the routes.
pub async fn intercept(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let root = req.uri().path() == "/";
    let in_query = req.uri().query().is_some_and(|q| q.split('&').any(|p| p.starts_with("edd_action=")));
    let posted = req.method() == Method::POST && is_form(&req);
    if !root || !(in_query || posted) {
        return next.run(req).await;
    }
    match answer(state, req).await {
        Ok(res) => res,
        Err(e) => e.into_response(),
    }
}

async fn answer(state: AppState, req: Request) -> Result<Response, ApiError> {
    let (mut parts, body) = req.into_parts();
    let Meta(meta) = match Meta::from_request_parts(&mut parts, &state).await {
        Ok(meta) => meta,
        Err(never) => match never {},
    };
    let params: Params = if parts.method == Method::POST {
        let req = Request::from_parts(parts, body);
        let Form(params) =
            Form::<Params>::from_request(req, &state).await.map_err(|e| ApiError::BadRequest(e.body_text()))?;
        params
    } else {
        let Query(params) =
            Query::<Params>::try_from_uri(&parts.uri).map_err(|e| ApiError::BadRequest(e.body_text()))?;
        params
    };
    match params.license.as_deref() {
        Some(key) => crate::api::licenses::licensing::limit(&state, key, meta.ip.as_deref()).await?,
        // Without a key (get_version asks without one too), the address's budget still applies.
        None => {
            if let Some(ip) = meta.ip.as_deref() {
                state.limits.check(crate::http::ratelimit::Class::ProductIp, ip).await?;
            }
        }
    }
    let request = EddRequest {
        license: params.license.as_deref(),
        item_id: params.item_id.as_deref(),
        item_name: params.item_name.as_deref(),
        url: params.url.as_deref(),
    };
    if params.edd_action.as_deref() == Some("get_version") {
        let beta = params.beta.as_deref().is_some_and(|b| matches!(b.trim(), "1" | "true" | "on" | "yes"));
        return Ok(match state.services.releases.edd_version(&request, beta).await? {
            Ok(version) => Json(EddVersionJson::from(version)).into_response(),
            Err(error) => {
                Json(serde_json::json!({ "success": false, "error": error, "new_version": false })).into_response()
            }
        });
    }
    let action = params.edd_action.as_deref().and_then(EddAction::parse).ok_or_else(|| {
        ApiError::BadRequest(
            "edd_action must be activate_license, deactivate_license, check_license or get_version".into(),
        )
    })?;
    let answer = state.services.licensing.edd(action, &request, &meta).await?;
    Ok(Json(EddJson::from(answer)).into_response())
}
