//! The OpenAPI document and the API reference page (Redoc, vendored: no CDN).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa::OpenApi;

use crate::http::problem::ProblemBody;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "RMS License Server API",
        description = "Licensing and billing: license keys, activations, a store with a wallet, invoices and releases.\n\n\
                       Errors are RFC 9457 problem documents (`application/problem+json`) with a stable `code`; \
                       their `title` and `detail` follow the request's `Accept-Language`.",
        license(name = "AGPL-3.0-or-later")
    ),
    components(schemas(ProblemBody)),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Accounts and sessions: register, sign in, rotate and end sessions"),
        (name = "account", description = "The signed-in user's own account"),
        (name = "admin", description = "Users and the audit log, for staff"),
        (name = "analytics", description = "Sales, licensing, usage and download figures from daily rollups, as JSON or CSV"),
        (name = "catalog", description = "Products, their plans and public keys"),
        (name = "releases", description = "Releases, their artifacts and signed manifests"),
        (name = "feeds", description = "Feeds for Sparkle, Tauri, electron-updater and Velopack"),
        (name = "notifications", description = "Notifications: the in-app list and stream, preferences, Telegram"),
        (name = "operations", description = "Health, readiness and metrics for operators and load balancers"),
    )
)]
pub struct ApiDoc;

/// Declares the `bearer` security scheme the authenticated routes refer to.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .description(Some("An access token from /api/v1/auth/login"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "metrics_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("RMS_METRICS_TOKEN (not needed on RMS_METRICS_LISTEN)"))
                    .build(),
            ),
        );
    }
}

/// Makes the document say what the server does for every operation, on top of what each
/// handler's annotation lists:
///
/// - error bodies (`ProblemBody`, and the product API's refusals) are `application/problem+json`,
///   as served;
/// - the answers every route can give whatever its handler does: 400/413/415 for a body that is
///   malformed, too large or not JSON; 401/403 for a missing, wrong or insufficient credential;
///   429 from the rate limits.
///
/// A test runs schemathesis against the document, so the two cannot drift apart again. The
/// finished document is served as JSON (it is only ever read as such).
pub fn finish(spec: &utoipa::openapi::OpenApi) -> serde_json::Value {
    let mut doc = serde_json::to_value(spec).unwrap_or_default();
    let problem = serde_json::json!({"schema": {"$ref": "#/components/schemas/ProblemBody"}});
    let answer = |description: &str| serde_json::json!({"description": description, "content": {crate::http::problem::PROBLEM_JSON: problem.clone()}});
    let Some(paths) = doc.get_mut("paths").and_then(|p| p.as_object_mut()) else { return doc };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for (_, op) in item.iter_mut() {
            let has_body = op.get("requestBody").is_some();
            let params: Vec<&str> =
                op["parameters"].as_array().into_iter().flatten().filter_map(|p| p["in"].as_str()).collect();
            let has_path_params = params.contains(&"path");
            let validates = has_body || !params.is_empty();
            let secured = op["security"].as_array().is_some_and(|r| r.iter().any(|r| r.get("bearer").is_some()));
            let Some(responses) = op.get_mut("responses").and_then(|r| r.as_object_mut()) else { continue };
            for (status, response) in responses.iter_mut() {
                let error = status.starts_with('4') || status.starts_with('5');
                if response.get("description").is_none()
                    && let Some(r) = response.as_object_mut()
                {
                    // OpenAPI requires one; the annotation left it out.
                    let reason = status.parse().ok().and_then(|s: u16| StatusCode::from_u16(s).ok());
                    let reason = reason.and_then(|s| s.canonical_reason()).unwrap_or("Answer");
                    r.insert("description".to_owned(), serde_json::Value::from(reason));
                }
                let Some(content) = response.get_mut("content").and_then(|c| c.as_object_mut()) else { continue };
                let is_problem = content
                    .get("application/json")
                    .and_then(|c| c["schema"]["$ref"].as_str())
                    .is_some_and(|r| r.ends_with("/ProblemBody") || (error && r.ends_with("/LicenseAnswer")));
                if is_problem && let Some(json) = content.remove("application/json") {
                    content.insert(crate::http::problem::PROBLEM_JSON.to_owned(), json);
                }
            }
            let mut add = |status: &str, description: &str| {
                responses.entry(status.to_owned()).or_insert_with(|| answer(description));
            };
            if has_path_params {
                add("404", "`NOT_FOUND`: no such object (or not yours)");
            }
            if validates {
                add("422", "`OUT_OF_RANGE` and the other validation codes: a value is refused; `field` names it");
            }
            if validates {
                add("400", "`BAD_REQUEST`: a parameter or the body cannot be read (unknown fields are refused)");
            }
            if has_body {
                add("413", "`PAYLOAD_TOO_LARGE`: the body is over `RMS_BODY_LIMIT_BYTES`");
                add("415", "`UNSUPPORTED_MEDIA_TYPE`: the body is not sent as `application/json`");
            }
            if secured {
                add("401", "`UNAUTHENTICATED`: no valid access token or API key");
                add("403", "`FORBIDDEN`, `INSUFFICIENT_SCOPE`, `TWO_FACTOR_REQUIRED_FOR_STAFF`");
            }
            if path.starts_with("/api/v1/") {
                add("429", "`TOO_MANY_REQUESTS`, with `Retry-After`");
            }
        }
    }
    doc
}

/// The finished document, serialised once: kept as a JSON tree it held about 5 MB of small
/// allocations for the life of the process, and was serialised again on every request.
#[derive(Clone)]
pub struct OpenApiJson(axum::body::Bytes);

impl OpenApiJson {
    pub fn new(doc: &serde_json::Value) -> Self {
        Self(serde_json::to_vec(doc).unwrap_or_default().into())
    }
}

/// `GET /api/openapi.json`
pub async fn openapi_json(spec: axum::Extension<OpenApiJson>) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], spec.0.0).into_response()
}

/// The API reference renderer injects its own `<style>` elements and runs its search in a worker
/// created from a blob; scripts still come from our origin only.
pub const DOCS_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                            img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; \
                            object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

pub fn with_docs_csp(mut res: Response) -> Response {
    res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(DOCS_CSP));
    res
}
