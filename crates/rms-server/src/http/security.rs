//! Security headers on every response, and CORS from an exact allow-list.
//!
//! Values follow the OWASP Secure Headers Project and `docs/spec/security.md`. HTML gets a CSP that
//! allows our own scripts and styles only (no inline script anywhere); everything else gets the
//! strictest policy, `default-src 'none'`. A handler that needs a looser policy for one page (the
//! API reference, whose renderer injects styles) sets its own `Content-Security-Policy`, which is
//! then kept.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::state::AppState;

const HTML_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                        connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
                        form-action 'self'; frame-ancestors 'none'";
const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'";
const PERMISSIONS: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), \
                           fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), \
                           midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), \
                           screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=()";
/// One year, the OWASP value and well above Mozilla Observatory's six-month threshold.
const HSTS: &str = "max-age=31536000; includeSubDomains";

fn set_default(headers: &mut HeaderMap, name: HeaderName, value: &'static str) {
    if !headers.contains_key(&name) {
        headers.insert(name, HeaderValue::from_static(value));
    }
}

pub async fn headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    let h = res.headers_mut();
    // Every body names its character set (ASVS 5.0 4.1.1), JSON included.
    let json_without_charset = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|ct| ct.ends_with("json") && !ct.contains("charset"))
        .map(|ct| format!("{ct}; charset=utf-8"));
    if let Some(ct) = json_without_charset.and_then(|ct| HeaderValue::from_str(&ct).ok()) {
        h.insert(header::CONTENT_TYPE, ct);
    }
    set_default(h, header::CONTENT_SECURITY_POLICY, if is_html { HTML_CSP } else { API_CSP });
    set_default(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set_default(h, header::X_FRAME_OPTIONS, "DENY");
    set_default(h, header::REFERRER_POLICY, "strict-origin-when-cross-origin");
    set_default(h, HeaderName::from_static("permissions-policy"), PERMISSIONS);
    set_default(h, HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    set_default(h, HeaderName::from_static("cross-origin-resource-policy"), "same-origin");
    set_default(h, HeaderName::from_static("x-permitted-cross-domain-policies"), "none");
    // Dynamic answers are never cached by shared caches unless a handler says otherwise
    // (static assets set their own, long, Cache-Control).
    set_default(h, header::CACHE_CONTROL, "no-store");
    if state.config.is_https() {
        set_default(h, header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
    h.remove(header::SERVER);
    h.remove(HeaderName::from_static("x-powered-by"));
    res
}

/// CORS for the configured exact origins. With none configured, no cross-origin request is
/// allowed (no `Access-Control-Allow-Origin` is ever sent). Credentials are not allowed: the API
/// authenticates with bearer tokens, and cookies stay first-party.
pub fn cors(state: &AppState) -> CorsLayer {
    let origins: Vec<HeaderValue> =
        state.config.cors_origins.iter().filter_map(|o| HeaderValue::from_str(&o.0).ok()).collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST, Method::PUT, Method::PATCH, Method::DELETE])
        .allow_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            header::ACCEPT_LANGUAGE,
            HeaderName::from_static("idempotency-key"),
            HeaderName::from_static("x-request-id"),
        ])
        .expose_headers([HeaderName::from_static("x-request-id"), header::RETRY_AFTER])
        .max_age(std::time::Duration::from_secs(600))
}
