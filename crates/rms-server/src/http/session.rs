//! Browser sessions: the access and refresh tokens in `HttpOnly; SameSite=Lax` cookies (`Secure`
//! when the public URL is HTTPS), and CSRF protection for every state-changing form.
//!
//! CSRF uses the double-submit pattern: a random token lives in its own cookie and must come back
//! in the form's hidden `csrf` field; a cross-site page can make the browser send the cookie but
//! cannot read it to fill the field. SameSite=Lax is a second, independent barrier.

use axum::Form;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rms_app::RequestMeta;
use rms_app::accounts::{AccountView, Principal, TokenPair};
use rms_crypto::token;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::http::problem::Problem;
use crate::http::problem_code::ProblemCode;
use crate::http::proxy::{ClientIp, RequestId};
use crate::http::ratelimit::{Class, Limited};
use crate::state::AppState;

pub const ACCESS_COOKIE: &str = "rms_access";
pub const REFRESH_COOKIE: &str = "rms_refresh";
pub const CSRF_COOKIE: &str = "rms_csrf";

/// The signed-in person viewing a page, if any.
#[derive(Clone, Debug, Default)]
pub struct Viewer(pub Option<Account>);

#[derive(Clone, Debug)]
pub struct Account {
    pub principal: Principal,
    pub name: String,
    /// Their IANA time zone: pages show dates on their calendar.
    pub timezone: String,
    /// Unread in-app notifications (the header's bell).
    pub unread: i64,
}

/// This browser's CSRF token, for forms.
#[derive(Clone, Debug)]
pub struct Csrf(pub String);

impl Csrf {
    /// Checks the token a script sent in `X-CSRF-Token` (uploads send the file as the body, so
    /// the token cannot ride in a form field): refused with `403 CSRF_FAILED` unless it matches.
    pub fn check_header(&self, headers: &HeaderMap) -> Result<(), Response> {
        let sent = headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or_default();
        if self.0.is_empty() || !token::constant_time_eq(self.0.as_bytes(), sent.as_bytes()) {
            return Err(Problem::new(StatusCode::FORBIDDEN, ProblemCode::CsrfFailed).into_response());
        }
        Ok(())
    }
}

pub fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('='))
        .filter(|v| !v.is_empty())
}

fn cookie(name: &str, value: &str, max_age: i64, secure: bool) -> Option<HeaderValue> {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}")).ok()
}

/// The affiliate code a visitor arrived with (`/sign-up?ref=…`), kept for the referral window.
pub const REFERRAL_COOKIE: &str = "rms_ref";

/// The referral cookie: first touch, so only set when the browser has none yet.
pub fn referral_cookie(code: &str, max_age_secs: i64, secure: bool) -> Option<HeaderValue> {
    cookie(REFERRAL_COOKIE, code, max_age_secs, secure)
}

/// The cookies that hold a session.
pub fn session_cookies(pair: &TokenPair, secure: bool) -> Vec<HeaderValue> {
    let refresh_age = rms_app::accounts::REFRESH_TTL.as_secs() as i64;
    [
        cookie(ACCESS_COOKIE, &pair.access_token, pair.expires_in, secure),
        cookie(REFRESH_COOKIE, &pair.refresh_token, refresh_age, secure),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The cookies that end a session in this browser.
pub fn cleared_cookies(secure: bool) -> Vec<HeaderValue> {
    [cookie(ACCESS_COOKIE, "", 0, secure), cookie(REFRESH_COOKIE, "", 0, secure)].into_iter().flatten().collect()
}

fn meta_of(req: &Request) -> RequestMeta {
    RequestMeta {
        ip: req.extensions().get::<ClientIp>().map(|ip| ip.0.to_string()),
        user_agent: req.headers().get(header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned),
        request_id: req.extensions().get::<RequestId>().map(|r| r.0.clone()),
    }
}

/// For every page: who is signed in (renewing an expired access cookie with the refresh cookie on
/// full page loads), and the CSRF token.
pub async fn web(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let secure = state.config.is_https();
    let mut set_cookies = Vec::new();
    let csrf = match cookie_value(req.headers(), CSRF_COOKIE).filter(|t| t.len() == 43) {
        Some(t) => t.to_owned(),
        None => {
            let t = token::generate("");
            set_cookies.extend(cookie(CSRF_COOKIE, &t, 365 * 86_400, secure));
            t
        }
    };
    let mut principal = match cookie_value(req.headers(), ACCESS_COOKIE) {
        Some(access) => state.services.accounts.authenticate(access).await.ok(),
        None => None,
    };
    // Renew only on full page loads: concurrent htmx requests presenting the same refresh token
    // would look like token theft and end the session.
    let full_page = !req.headers().contains_key("hx-request");
    if principal.is_none()
        && full_page
        && let Some(refresh) = cookie_value(req.headers(), REFRESH_COOKIE).map(str::to_owned)
    {
        match state.services.accounts.refresh(&refresh, &meta_of(&req)).await {
            Ok(pair) => {
                principal = state.services.accounts.authenticate(&pair.access_token).await.ok();
                set_cookies.extend(session_cookies(&pair, secure));
            }
            Err(_) => set_cookies.extend(cleared_cookies(secure)),
        }
    }
    if req.method() == axum::http::Method::POST
        && let Err(limited) = form_budget(&state, req.uri().path(), principal.as_ref(), &meta_of(&req)).await
    {
        let mut res = limited.into_response();
        for c in set_cookies {
            res.headers_mut().append(header::SET_COOKIE, c);
        }
        return res;
    }
    let viewer = match principal {
        Some(p) => {
            let unread = state.services.notifications.unread(p.user_id).await.unwrap_or_default();
            match state.services.accounts.profile(&p).await {
                Ok(profile) => {
                    one_language(&state, &mut req, &p, &profile).await;
                    Some(Account { principal: p, name: profile.name, timezone: profile.timezone, unread })
                }
                Err(_) => None,
            }
        }
        None => None,
    };
    req.extensions_mut().insert(Viewer(viewer));
    req.extensions_mut().insert(Csrf(csrf));
    // Every page this request renders shows the vendor's brand (a database hiccup shows the
    // default one rather than no page).
    let brand = state.services.brand.current().await.unwrap_or_default();
    let page = crate::web::BRAND.scope(brand, next.run(req));
    let mut res = crate::web::FAULT.scope(std::cell::RefCell::new(None), page).await;
    for c in set_cookies {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

/// One language setting for a signed-in person: their pages are in their account's language (so a
/// new browser starts in it), and a language they pick in the selector (`?lang=`) becomes their
/// account's, which their emails, notifications and invoices follow too.
/// Their choice of digits goes with whichever language is shown.
async fn one_language(state: &AppState, req: &mut Request, who: &Principal, account: &AccountView) {
    let picked = crate::http::locale::query_choice(req).and_then(|tag| rms_i18n::Locale::language(&tag));
    if let Some(locale) = picked
        && locale.tag() != account.locale
    {
        let change = rms_app::accounts::ProfileChange { locale: Some(locale.tag()), ..Default::default() };
        if let Err(e) = state.services.accounts.change_profile(who, change, &meta_of(req)).await {
            tracing::warn!(error = %e, "the language picked could not be saved on the account");
        }
    }
    if let Some(locale) = picked.or_else(|| account.interface_locale()) {
        let locale = if account.latin_digits { locale.with_latin_digits() } else { locale };
        req.extensions_mut().insert(locale);
    }
}

/// Every state-changing form counts against the budget of the request it stands for: a signed-in
/// person's forms against their API budget (the one their API calls use), admin forms against the
/// admin budget too, the password form against a per-account budget for guessing the current
/// password; anonymous forms (sign-in, sign-up, links from emails) against their address.
async fn form_budget(
    state: &AppState,
    path: &str,
    principal: Option<&Principal>,
    meta: &RequestMeta,
) -> Result<(), Limited> {
    match principal {
        Some(p) => {
            let caller = format!("user:{}", p.user_id);
            state.limits.check(Class::Api, &caller).await?;
            if path.starts_with("/admin/") {
                state.limits.check(Class::Admin, &caller).await?;
            }
            if path == "/account/password" {
                state.limits.check(Class::LoginAccount, &password_bucket(p)).await?;
            }
            Ok(())
        }
        None => state.limits.check(Class::AuthIp, meta.ip.as_deref().unwrap_or("unknown")).await,
    }
}

/// The bucket of attempts at someone's current password (changing it asks for it).
pub fn password_bucket(who: &Principal) -> String {
    format!("password:{}", who.user_id)
}

/// A form whose hidden `csrf` field must match the CSRF cookie; anything else is refused with 403
/// before the rest of the form is read. The form proper is read on its own (not flattened beside
/// the token), so a field it cannot read is named in the refusal.
pub struct CsrfForm<T>(pub T);

#[derive(Deserialize)]
struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

impl<T, S> FromRequest<S> for CsrfForm<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Response> {
        let expected = cookie_value(req.headers(), CSRF_COOKIE).map(str::to_owned);
        let (parts, body) = req.into_parts();
        let bytes = axum::body::Bytes::from_request(Request::from_parts(parts.clone(), body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let again = || Request::from_parts(parts.clone(), axum::body::Body::from(bytes.clone()));
        let Form(token) = Form::<CsrfOnly>::from_request(again(), state).await.map_err(IntoResponse::into_response)?;
        match expected {
            Some(cookie) if token::constant_time_eq(cookie.as_bytes(), token.csrf.as_bytes()) => {}
            _ => return Err(Problem::new(StatusCode::FORBIDDEN, ProblemCode::CsrfFailed).into_response()),
        }
        let Form(form) = Form::<T>::from_request(again(), state).await.map_err(IntoResponse::into_response)?;
        Ok(CsrfForm(form))
    }
}
