//! The OpenAPI document and the API reference page (Redoc, vendored: no CDN).

use axum::Json;
use axum::http::{HeaderValue, header};
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
        (name = "catalog", description = "Products, their plans and public keys"),
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
    }
}

/// `GET /api/openapi.json`
pub async fn openapi_json(spec: axum::Extension<std::sync::Arc<utoipa::openapi::OpenApi>>) -> Response {
    Json(spec.0.as_ref().clone()).into_response()
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
