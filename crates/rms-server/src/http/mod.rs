//! The HTTP surface: routes and the middleware every request passes through.

pub mod assets;
pub mod docs;
pub mod extract;
pub mod health;
pub mod idempotency;
pub mod locale;
pub mod metrics;
pub mod problem;
pub mod problem_code;
pub mod proxy;
pub mod ratelimit;
pub mod security;
pub mod session;
pub mod wire;

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
use axum::{Extension, Router};
use tower::ServiceBuilder;
use tower_http::LatencyUnit;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;
use crate::web;

/// Builds the application: every route, then the middleware stack around all of them.
///
/// `extra` lets tests mount routes of their own (a handler that panics) behind the very same
/// middleware.
pub fn router(state: AppState, extra: Option<Router<AppState>>) -> Router {
    let (api, spec) = OpenApiRouter::with_openapi(docs::ApiDoc::openapi())
        .routes(routes!(health::healthz))
        .routes(routes!(health::readyz))
        .routes(routes!(metrics::scrape))
        .merge(crate::api::routes())
        .split_for_parts();
    let spec = docs::finish(&spec);

    // Pages: behind the browser-session middleware (who is signed in, CSRF token).
    let pages = Router::new()
        .route("/", get(web::landing))
        .route("/api/docs", get(web::api_docs))
        .route("/verify-email", get(web::account::ask).post(web::account::confirm))
        .route("/reset-password", get(web::account::reset_form).post(web::account::reset_submit))
        .route("/setup", get(web::account::setup_form).post(web::account::setup_submit))
        .route("/sign-in", get(web::session_pages::sign_in_form).post(web::session_pages::sign_in))
        .route("/sign-up", get(web::session_pages::sign_up_form).post(web::session_pages::sign_up))
        .route("/forgot-password", get(web::session_pages::forgot_form).post(web::session_pages::forgot))
        .route("/sign-out", post(web::session_pages::sign_out))
        .route("/account", get(web::session_pages::account))
        .route("/account/profile", post(web::session_pages::save_profile))
        .route("/account/password", post(web::session_pages::change_password))
        .route("/account/sessions", post(web::session_pages::end_all_sessions))
        .route("/account/2fa", get(web::security_pages::two_factor))
        .route("/account/2fa/enroll", post(web::security_pages::enroll))
        .route("/account/2fa/confirm", post(web::security_pages::confirm))
        .route("/account/2fa/disable", post(web::security_pages::disable))
        .route("/account/api-keys", get(web::security_pages::api_keys).post(web::security_pages::create_key))
        .route("/account/api-keys/{id}/revoke", post(web::security_pages::revoke_key))
        .route("/licenses", get(web::license_pages::licenses))
        .route("/licenses/{id}/activations/{activation}/deactivate", post(web::license_pages::deactivate))
        .route("/licenses/{id}/activations/{activation}/license-file", post(web::license_pages::license_file))
        .route("/licenses/{id}/offline-activation", post(web::license_pages::offline_activation))
        .route("/licenses/{id}/sub-licenses", post(web::license_pages::split))
        .route("/licenses/{id}/sub-licenses/{sub}/revoke", post(web::license_pages::revoke_sub))
        .route("/licenses/{id}/sub-licenses/{sub}/resize", post(web::license_pages::resize_sub))
        .route(
            "/admin/products",
            get(web::admin_license_pages::products).post(web::admin_license_pages::create_product),
        )
        .route("/admin/products/{id}/plans", post(web::admin_license_pages::create_plan))
        .route("/admin/products/{id}/rotate-key", post(web::admin_license_pages::rotate_key))
        .route("/admin/products/{id}/staging", post(web::admin_license_pages::set_staging))
        .route("/admin/licenses", get(web::admin_license_pages::licenses).post(web::admin_license_pages::issue))
        .route("/admin/licenses/{id}", get(web::admin_license_pages::license).post(web::admin_license_pages::act))
        .route("/admin/licenses/{id}/offline-activation", post(web::admin_license_pages::offline_activation))
        .route("/admin/users", get(web::admin_pages::users))
        .route("/admin/users/{id}", get(web::admin_pages::user).post(web::admin_pages::act))
        .route("/admin/audit", get(web::admin_pages::audit))
        .route("/admin/audit.csv", get(web::admin_pages::audit_csv))
        .route("/store", get(web::store_pages::store))
        .route("/store/{slug}", get(web::store_pages::product).post(web::store_pages::buy))
        .route("/wallet", get(web::store_pages::wallet))
        .route("/wallet/top-up", post(web::store_pages::top_up))
        .route("/wallet/billing-profile", post(web::store_pages::save_profile))
        .route("/pay/sandbox/{id}", get(web::store_pages::sandbox_page).post(web::store_pages::sandbox_pay))
        .route("/invoices/{id}/pdf", get(web::store_pages::invoice_pdf))
        .route("/affiliate", get(web::affiliate_pages::affiliate).post(web::affiliate_pages::join_affiliate))
        .route("/admin/promo-codes", get(web::admin_promo_pages::promos).post(web::admin_promo_pages::create_promo))
        .route("/admin/promo-codes/{id}", get(web::admin_promo_pages::promo).post(web::admin_promo_pages::change_promo))
        .route("/admin/billing", get(web::admin_billing_pages::billing).post(web::admin_billing_pages::save_settings))
        .route("/admin/payments/{id}/confirm", post(web::admin_billing_pages::confirm_payment))
        .route("/admin/invoices/{id}/refund", post(web::admin_billing_pages::refund))
        .route("/admin/plans/{id}/price", post(web::admin_billing_pages::set_price))
        .route("/admin/currency-rates", post(web::admin_billing_pages::set_rate))
        .route_layer(from_fn_with_state(state.clone(), session::web));

    let mut app = Router::new()
        .merge(api)
        .merge(pages)
        .route("/api/openapi.json", get(docs::openapi_json))
        .route("/static/{*name}", get(assets::serve));
    if let Some(extra) = extra {
        app = app.merge(extra);
    }
    let app = app
        .fallback(|| async { problem::Problem::not_found() })
        // WordPress plugins speak EDD's protocol to the root URL; people get the landing page.
        .layer(from_fn_with_state(state.clone(), crate::api::edd::intercept));

    let limit = state.config.body_limit_bytes;
    // Outermost first. Security headers sit outside everything that can answer on its own
    // (CORS preflight, timeout, body limit, panic), so every response carries them; the problem
    // renderer sits outside those too, so their bare errors become problems.
    let layers = ServiceBuilder::new()
        .layer(from_fn_with_state(state.clone(), proxy::request_id))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request| {
                    let id = req.extensions().get::<proxy::RequestId>().map(|r| r.0.as_str()).unwrap_or("-");
                    // The query string is left out on purpose: it can carry tokens.
                    tracing::info_span!(
                        "request",
                        method = %req.method(),
                        path = %req.uri().path(),
                        request_id = %id,
                        client_ip = tracing::field::Empty,
                    )
                })
                .on_request(())
                .on_response(DefaultOnResponse::new().level(Level::INFO).latency_unit(LatencyUnit::Millis)),
        )
        .layer(from_fn_with_state(state.clone(), proxy::client_ip))
        .layer(from_fn_with_state(state.clone(), security::headers))
        .layer(security::cors(&state))
        .layer(CompressionLayer::new())
        .layer(from_fn(metrics::track))
        .layer(from_fn(locale::negotiate))
        .layer(from_fn_with_state(problem::Rendering { state: state.clone(), page: web::error_page }, problem::render))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, state.config.request_timeout()))
        .layer(RequestBodyLimitLayer::new(limit))
        .layer(DefaultBodyLimit::max(limit))
        .layer(CatchPanicLayer::custom(problem::panic_response));

    // What each authenticated route needs, as its OpenAPI operation declares it. The annotations
    // are compiled in: a bad one is a programming error the test suite reports, caught here too.
    let needs = match extract::RouteNeeds::from_spec(&spec) {
        Ok(n) => n,
        Err(e) => {
            tracing::error!(error = %e, "the OpenAPI document declares a bad scope; those routes refuse every caller");
            extract::RouteNeeds::default()
        }
    };
    app.layer(layers).layer(Extension(Arc::new(spec))).layer(Extension(Arc::new(needs))).with_state(state)
}

/// The operators' private address (`RMS_METRICS_LISTEN`): metrics and the detailed readiness,
/// without a token. Nothing else is served there.
pub fn internal_router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(metrics::scrape))
        .route("/readyz", get(health::readyz))
        .route("/healthz", get(health::healthz))
        .layer(Extension(metrics::InternalListener))
        .with_state(state)
}
