//! Which language a request is answered in; remembers an explicit choice in a cookie.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use rms_i18n::{LOCALE_COOKIE, Locale};

/// The `lang` query parameter, if the request carries one.
pub(crate) fn query_choice(req: &Request) -> Option<String> {
    req.uri().query()?.split('&').find_map(|pair| pair.strip_prefix("lang=").map(str::to_owned))
}

fn cookie(req: &Request, name: &str) -> Option<String> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('=').map(str::to_owned))
}

/// Negotiates the [`Locale`] (explicit `?lang=` > cookie > `Accept-Language` > English) and puts it
/// in the request's extensions for handlers and the problem renderer.
pub async fn negotiate(mut req: Request, next: Next) -> Response {
    let explicit = query_choice(&req).and_then(|tag| Locale::language(&tag));
    let remembered = cookie(&req, LOCALE_COOKIE);
    let accept = req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let locale = Locale::negotiate(explicit.map(Locale::tag), remembered.as_deref(), accept.as_deref());
    req.extensions_mut().insert(locale);
    let mut res = next.run(req).await;
    if let Some(chosen) = explicit {
        // A year; Lax so following a link from elsewhere keeps the language.
        let cookie = format!("{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", chosen.tag());
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res.headers_mut().append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    res
}
