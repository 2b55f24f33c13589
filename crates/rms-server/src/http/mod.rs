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
pub mod range;
pub mod ratelimit;
pub mod refusal;
pub mod security;
pub mod session;
pub mod wire;

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request};
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post, put};
use axum::{Extension, Router};
use tower::ServiceBuilder;
use tower_http::LatencyUnit;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
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
    // Streaming routes are mounted apart, outside the timeout and body limit; the document
    // lists them with the rest.
    let (streaming, streaming_spec) = crate::api::streaming_routes().split_for_parts();
    // The admin page's uploads stream too, behind the browser session.
    let streaming = streaming.merge(
        Router::new()
            .route("/admin/releases/{id}/artifacts/{platform}", put(web::admin::releases::upload))
            .route_layer(from_fn_with_state(state.clone(), session::web)),
    );
    let mut spec = spec;
    spec.merge(streaming_spec);
    let spec = docs::finish(&spec);

    // Pages: behind the browser-session middleware (who is signed in, CSRF token).
    let pages = Router::new()
        .route("/", get(web::landing))
        .route("/api/docs", get(web::api_docs))
        .route("/verify-email", get(web::account::onboarding::ask).post(web::account::onboarding::confirm))
        .route(
            "/unsubscribe",
            get(web::account::onboarding::ask_unsubscribe).post(web::account::onboarding::unsubscribe),
        )
        .route(
            "/reset-password",
            get(web::account::onboarding::reset_form).post(web::account::onboarding::reset_submit),
        )
        .route("/setup", get(web::account::onboarding::setup_form).post(web::account::onboarding::setup_submit))
        .route("/sign-in", get(web::account::session::sign_in_form).post(web::account::session::sign_in))
        .route("/sign-up", get(web::account::session::sign_up_form).post(web::account::session::sign_up))
        .route("/forgot-password", get(web::account::session::forgot_form).post(web::account::session::forgot))
        .route("/sign-out", post(web::account::session::sign_out))
        .route("/account", get(web::account::session::account))
        .route("/account/export", get(web::account::session::export))
        .route(
            "/account/notifications",
            get(web::account::notifications::preferences).post(web::account::notifications::save_preferences),
        )
        .route("/account/release-subscriptions/{id}", post(web::account::notifications::save_product_news))
        .route("/account/telegram", post(web::account::notifications::link_telegram))
        .route("/account/telegram/unlink", post(web::account::notifications::unlink_telegram))
        .route("/notifications", get(web::account::notifications::inbox))
        .route("/notifications/stream", get(web::account::notifications::stream))
        .route("/notifications/read", post(web::account::notifications::read_all))
        .route("/account/profile", post(web::account::session::save_profile))
        .route("/account/password", post(web::account::session::change_password))
        .route("/account/sessions", post(web::account::session::end_all_sessions))
        .route("/account/2fa", get(web::account::security::two_factor))
        .route("/account/2fa/enroll", post(web::account::security::enroll))
        .route("/account/2fa/confirm", post(web::account::security::confirm))
        .route("/account/2fa/disable", post(web::account::security::disable))
        .route("/account/api-keys", get(web::account::security::api_keys).post(web::account::security::create_key))
        .route("/account/api-keys/{id}/revoke", post(web::account::security::revoke_key))
        .route("/licenses", get(web::licenses::licenses))
        .route("/licenses/{id}/activations/{activation}/deactivate", post(web::licenses::deactivate))
        .route("/licenses/{id}/activations/{activation}/license-file", post(web::licenses::license_file))
        .route("/licenses/{id}/offline-activation", post(web::licenses::offline_activation))
        .route("/licenses/{id}/renew", post(web::licenses::renew))
        .route("/licenses/{id}/auto-renew", post(web::licenses::auto_renew))
        .route("/licenses/{id}/downloads", get(web::licenses::downloads::downloads))
        .route("/licenses/{id}/usage", get(web::licenses::usage::usage))
        .route("/admin/licenses/{id}/usage", get(web::licenses::usage::admin_usage))
        .route("/licenses/{id}/downloads/{artifact}", get(web::licenses::downloads::download))
        .route("/admin/products/{id}/releases", get(web::admin::releases::releases).post(web::admin::releases::create))
        .route("/admin/releases/{id}/{action}", post(web::admin::releases::act))
        .route("/admin/artifacts/{id}/download", get(web::admin::releases::download))
        .route("/admin/products/{id}/feeds", post(web::admin::releases::set_feeds))
        .route("/admin/products/{id}/feeds/rotate", post(web::admin::releases::rotate_feed_key))
        .route("/admin/products/{id}/feeds/keys/{kid}/revoke", post(web::admin::releases::revoke_feed_key))
        .route("/licenses/{id}/sub-licenses", post(web::licenses::split))
        .route("/licenses/{id}/sub-licenses/{sub}/revoke", post(web::licenses::revoke_sub))
        .route("/licenses/{id}/sub-licenses/{sub}/resize", post(web::licenses::resize_sub))
        .route("/admin/products", get(web::admin::licenses::products).post(web::admin::licenses::create_product))
        .route("/admin/products/{id}/plans", post(web::admin::licenses::create_plan))
        .route("/admin/products/{id}/rotate-key", post(web::admin::licenses::rotate_key))
        .route("/admin/products/{id}/staging", post(web::admin::licenses::set_staging))
        .route("/admin/products/{id}/edit", post(web::admin::licenses::edit_product))
        .route("/admin/products/{id}/archive", post(web::admin::licenses::archive_product))
        .route("/admin/products/{id}/image", axum::routing::put(web::admin::licenses::upload_image))
        .route("/admin/products/{id}/image/remove", post(web::admin::licenses::remove_image))
        .route("/admin/plans/{id}/edit", post(web::admin::licenses::edit_plan))
        .route("/admin/plans/{id}/pricing", post(web::admin::licenses::set_pricing))
        .route("/admin/licenses", get(web::admin::licenses::licenses).post(web::admin::licenses::issue))
        .route("/admin/licenses/{id}", get(web::admin::licenses::license).post(web::admin::licenses::act))
        .route("/admin/licenses/{id}/offline-activation", post(web::admin::licenses::offline_activation))
        .route("/admin/licenses/bulk", post(web::admin::licenses::issue_bulk))
        .route("/admin/licenses/{id}/resend", post(web::admin::licenses::resend))
        .route("/admin/users", get(web::admin::users::users))
        .route("/admin/users/{id}", get(web::admin::users::user).post(web::admin::users::act))
        .route("/admin/audit", get(web::admin::users::audit))
        .route("/admin/brand", get(web::admin::brand::brand).post(web::admin::brand::save_brand))
        .route("/admin/brand/logo", axum::routing::put(web::admin::brand::upload_logo))
        .route("/admin/brand/logo/remove", post(web::admin::brand::remove_logo))
        .route("/admin", get(web::admin::operations::home))
        .route("/admin/jobs", get(web::admin::operations::jobs))
        .route("/admin/analytics", get(web::admin::analytics::sales))
        .route("/admin/analytics/licenses", get(web::admin::analytics::licenses))
        .route("/admin/analytics/usage", get(web::admin::analytics::usage))
        .route("/admin/analytics/downloads", get(web::admin::analytics::downloads))
        .route("/admin/analytics/sales.csv", get(analytics_csv::<0>))
        .route("/admin/analytics/licenses.csv", get(analytics_csv::<1>))
        .route("/admin/analytics/usage.csv", get(analytics_csv::<2>))
        .route("/admin/analytics/downloads.csv", get(analytics_csv::<3>))
        .route(
            "/admin/announcements",
            get(web::admin::operations::announcements).post(web::admin::operations::announce),
        )
        .route("/admin/jobs/{id}/retry", post(web::admin::operations::retry_job))
        .route("/admin/jobs/{id}/discard", post(web::admin::operations::discard_job))
        .route("/admin/jobs/reconcile", post(web::admin::operations::reconcile))
        .route("/admin/telegram", get(web::admin::operations::telegram).post(web::admin::operations::save_telegram))
        .route("/admin/audit.csv", get(web::admin::users::audit_csv))
        .route("/store", get(web::store::store))
        .route("/store/{slug}", get(web::store::product).post(web::store::buy))
        .route("/store/receipts/{id}", get(web::store::receipt))
        .route("/wallet", get(web::store::wallet))
        .route("/wallet/top-up", post(web::store::top_up))
        .route("/wallet/billing-profile", post(web::store::save_profile))
        .route("/pay/sandbox/{id}", get(web::store::sandbox_page).post(web::store::sandbox_pay))
        .route("/pay/return/{id}", get(web::store::pay::returned))
        .route("/pay/cancel/{id}", get(web::store::pay::cancelled))
        .route("/pay/transfer/{id}", get(web::store::pay::transfer))
        .route("/invoices/{id}/pdf", get(web::store::invoice_pdf))
        .route("/affiliate", get(web::store::affiliates::affiliate).post(web::store::affiliates::join_affiliate))
        .route("/admin/promo-codes", get(web::admin::promos::promos).post(web::admin::promos::create_promo))
        .route("/admin/promo-codes/{id}", get(web::admin::promos::promo).post(web::admin::promos::change_promo))
        .route("/admin/billing", get(web::admin::billing::billing).post(web::admin::billing::save_settings))
        .route("/admin/payments/{id}/confirm", post(web::admin::billing::confirm_payment))
        .route("/admin/payments", get(web::admin::payments::payments))
        .route("/admin/payments/{id}", get(web::admin::payments::payment))
        .route("/admin/payments/{id}/review", post(web::admin::payments::review))
        .route("/admin/payments/{id}/recheck", post(web::admin::payments::recheck))
        .route("/admin/payments/{id}/handled", post(web::admin::payments::handled))
        .route("/admin/gateways", get(web::admin::payments::gateways))
        .route("/admin/gateways/manual/bank", post(web::admin::payments::save_bank))
        .route("/admin/gateways/{gateway}", post(web::admin::payments::save_gateway))
        .route("/admin/gateways/{gateway}/test", post(web::admin::payments::test_gateway))
        .route("/admin/invoices/{id}/refund", post(web::admin::billing::refund))
        .route("/admin/plans/{id}/price", post(web::admin::billing::set_price))
        .route("/admin/currency-rates", post(web::admin::billing::set_rate))
        .route("/admin/tax-rates", post(web::admin::billing::set_tax_rate))
        .route("/admin/tax-rates/{country}/delete", post(web::admin::billing::delete_tax_rate))
        .route_layer(from_fn_with_state(state.clone(), session::web));

    let mut app = Router::new()
        .merge(api)
        .merge(pages)
        .route("/api/openapi.json", get(docs::openapi_json))
        .route("/static/{*name}", get(assets::serve))
        .route("/brand/logo", get(web::store::brand_logo))
        .route("/store/{slug}/image", get(web::store::product_image))
        .route("/brand/theme.css", get(web::store::brand_theme));
    if let Some(extra) = extra {
        app = app.merge(extra);
    }
    let app = app
        .fallback(|| async { problem::Problem::not_found() })
        // WordPress plugins speak EDD's protocol to the root URL; people get the landing page.
        .layer(from_fn_with_state(state.clone(), crate::api::licenses::edd::intercept));

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
                    // The query string is left out on purpose: it can carry tokens; so is a license
                    // key in a feed's path (`/key/<key>/`).
                    tracing::info_span!(
                        "request",
                        method = %req.method(),
                        path = %loggable_path(req.uri().path()),
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
        // Files (downloads) go out as stored: compressing them on the fly would cost CPU per
        // download and drop the Content-Length and ranges that resumable downloads rely on.
        .layer(
            CompressionLayer::new()
                .compress_when(DefaultPredicate::new().and(NotForContentType::const_new("application/octet-stream"))),
        )
        .layer(from_fn(metrics::track))
        .layer(from_fn(locale::negotiate))
        .layer(from_fn_with_state(problem::Rendering { state: state.clone(), page: web::error_page }, problem::render))
        .layer(CatchPanicLayer::custom(problem::panic_response));
    // Every route but the streaming ones gets the request timeout and the body limit (a layer
    // applies to the routes a router has when it is added).
    let app = app
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, state.config.request_timeout()))
        .layer(RequestBodyLimitLayer::new(limit))
        .layer(DefaultBodyLimit::max(limit))
        .merge(streaming.layer(DefaultBodyLimit::disable()));

    // What each authenticated route needs, as its OpenAPI operation declares it. The annotations
    // are compiled in: a bad one is a programming error the test suite reports, caught here too.
    let needs = match extract::RouteNeeds::from_spec(&spec) {
        Ok(n) => n,
        Err(e) => {
            tracing::error!(error = %e, "the OpenAPI document declares a bad scope; those routes refuse every caller");
            extract::RouteNeeds::default()
        }
    };
    let spec = docs::OpenApiJson::new(&spec);
    app.layer(layers).layer(Extension(spec)).layer(Extension(Arc::new(needs))).with_state(state)
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

/// A request path fit for logs: the segment after `/key/` (a license key in an updater feed's
/// URL) is replaced.
fn loggable_path(path: &str) -> std::borrow::Cow<'_, str> {
    match path.split_once("/key/") {
        Some((before, after)) if path.starts_with("/api/v1/feeds/") => {
            let rest = after.split_once('/').map_or("", |(_, rest)| rest);
            std::borrow::Cow::Owned(format!("{before}/key/…/{rest}"))
        }
        _ => std::borrow::Cow::Borrowed(path),
    }
}

/// `GET /admin/analytics/{report}.csv`, report `R` of sales, licenses, usage, downloads.
async fn analytics_csv<const R: usize>(
    page: web::PageRequest,
    web::Staff(who): web::Staff,
    axum::extract::Query(form): axum::extract::Query<web::admin::analytics::CsvForm>,
) -> axum::response::Response {
    let report = ["sales", "licenses", "usage", "downloads"][R.min(3)];
    web::admin::analytics::csv(page, who, report, form).await
}

#[cfg(test)]
mod log_tests {
    #[test]
    fn license_keys_in_feed_paths_stay_out_of_the_logs() {
        let logged = super::loggable_path("/api/v1/feeds/desk/stable/key/RMS-SECRET-KEY/sparkle/macos.xml");
        assert_eq!(logged, "/api/v1/feeds/desk/stable/key/…/sparkle/macos.xml");
        assert_eq!(super::loggable_path("/api/v1/releases/check"), "/api/v1/releases/check");
    }
}
