//! Server-rendered pages (askama + htmx).
//!
//! Every page is one "main" template rendered into a shell. The shell comes in a full/partial
//! pair: `layout.html` is the whole document, `page.html` the `#page` fragment alone, which htmx
//! swaps in place (the language selector uses it to switch languages without reloading). The same
//! handler answers both; [`render`] picks by the `HX-Request` header.

pub mod account;
pub mod admin;
pub mod chart;
pub mod licenses;
pub mod store;

use askama::Template;
use axum::Extension;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum_htmx::HxRequest;
use rms_app::accounts::Principal;
use rms_core::account::Role;
use rms_i18n::{Arg, Locale};

use crate::http::assets;
use crate::http::docs::with_docs_csp;
use crate::http::problem::{Problem, ProblemBody};
use crate::http::session::{Csrf, Viewer};
use crate::state::AppState;

tokio::task_local! {
    /// The vendor's brand for the page being rendered: set around every page request by the
    /// session middleware, read by [`PageCtx`] (pages rendered outside one show the default).
    pub static BRAND: std::sync::Arc<rms_app::brand::Brand>;
}

tokio::task_local! {
    /// The form field a refused action was about (set by [`problem_text`], read by the page that
    /// shows the refusal): the error is shown next to that field, which is marked invalid.
    pub static FAULT: std::cell::RefCell<Option<String>>;
}

fn current_brand() -> std::sync::Arc<rms_app::brand::Brand> {
    BRAND.try_with(std::sync::Arc::clone).unwrap_or_default()
}

/// What every template knows about the request it renders for.
pub struct PageCtx {
    /// The vendor's name, logo, colours, footer and landing text.
    pub brand: std::sync::Arc<rms_app::brand::Brand>,
    pub locale: Locale,
    /// The current path, target of the language selector.
    pub path: String,
    /// The signed-in person's name, for the header.
    pub viewer: Option<String>,
    /// The CSRF token every state-changing form carries.
    pub csrf: String,
    /// Whether the viewer is staff (the side navigation links the admin panel).
    pub staff: bool,
    /// Whether the viewer is an administrator (support staff do not see admin-only sections).
    pub admin: bool,
    /// The viewer's IANA time zone (UTC for visitors): dates are shown on their calendar.
    pub timezone: String,
    /// The viewer's unread notifications (the bell in the header).
    pub unread: i64,
    /// The field a refused form was refused for (its error is shown beside it).
    pub fault: Option<String>,
}

/// Everything a page handler needs for this request, in one extractor: the server, language,
/// viewer, CSRF token, whether htmx asked for a fragment, and the facts the audit log records.
pub struct PageRequest {
    pub state: AppState,
    pub locale: Locale,
    pub viewer: Viewer,
    pub csrf: Csrf,
    pub partial: bool,
    pub meta: rms_app::RequestMeta,
}

impl axum::extract::FromRequestParts<AppState> for PageRequest {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &AppState) -> Result<Self, Response> {
        let locale = parts.extensions.get::<Locale>().copied().unwrap_or_else(Locale::english);
        let viewer = parts.extensions.get::<Viewer>().cloned().unwrap_or_default();
        let csrf = parts.extensions.get::<Csrf>().cloned().unwrap_or_else(|| Csrf(String::new()));
        let partial = parts.headers.contains_key("hx-request");
        let Ok(crate::http::extract::Meta(meta)) = crate::http::extract::Meta::from_request_parts(parts, state).await;
        Ok(Self { state: state.clone(), locale, viewer, csrf, partial, meta })
    }
}

impl PageRequest {
    pub fn ctx(&self, path: &str) -> PageCtx {
        PageCtx::of(self.locale, path, &self.viewer, &self.csrf)
    }
}

/// The signed-in person a page acts for. Anyone else is sent to the sign-in page before the
/// handler runs (and before its form is read).
pub struct SignedIn(pub Principal);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, _: &S) -> Result<Self, Response> {
        let viewer = parts.extensions.get::<Viewer>().and_then(|v| v.0.as_ref());
        viewer.map(|v| SignedIn(v.principal.clone())).ok_or_else(|| {
            // A page asked for (a link in an email): signing in leads back to it.
            match parts.uri.path_and_query().filter(|_| parts.method == axum::http::Method::GET) {
                Some(asked) => {
                    let next: String = url::form_urlencoded::byte_serialize(asked.as_str().as_bytes()).collect();
                    redirect(&format!("/sign-in?next={next}"))
                }
                None => redirect("/sign-in"),
            }
        })
    }
}

/// A staff member on an admin page: signed in (else the sign-in page), admin or support with
/// the two-factor sign-in the deployment asks staff for (else the problem page). What each
/// role may do there is still the use case's to decide.
pub struct Staff(pub Principal);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &S) -> Result<Self, Response> {
        let SignedIn(who) = SignedIn::from_request_parts(parts, state).await?;
        who.require_staff(rms_core::account::Scope::Read)
            .map_err(|e| crate::http::problem::ApiError::from(e).into_response())?;
        Ok(Staff(who))
    }
}

fn current_fault() -> Option<String> {
    FAULT.try_with(|f| f.borrow().clone()).ok().flatten()
}

/// The localised detail and status of an error, for showing it inside a page; server errors
/// become the generic problem response instead. The field at fault is remembered for the page.
pub fn problem_text(
    e: impl Into<crate::http::problem::ApiError>,
    locale: Locale,
) -> Result<(StatusCode, String), Response> {
    let problem = Problem::from(e.into());
    if problem.status.is_server_error() {
        return Err(problem.into_response());
    }
    let _ = FAULT.try_with(|f| f.borrow_mut().clone_from(&problem.field.as_deref().map(str::to_owned)));
    Ok((problem.status, problem.body(locale, None).detail))
}

/// What a page says above its content: nothing, a notice after an action, or why an action was
/// refused, with the status the page is answered with.
pub struct Said {
    pub notice: Option<String>,
    pub error: Option<String>,
    pub status: StatusCode,
}

impl Said {
    /// The page as it is.
    pub fn nothing() -> Self {
        Said { notice: None, error: None, status: StatusCode::OK }
    }

    /// The page after an action that was done.
    pub fn notice(text: String) -> Self {
        Said { notice: Some(text), ..Said::nothing() }
    }

    /// The page again, with the refusal's localised reason and status.
    pub fn refused(status: StatusCode, detail: String) -> Self {
        Said { notice: None, error: Some(detail), status }
    }
}

/// A form action answered on its own page: the page with `notice` (a message id) when it was
/// done, with the localised reason when it was refused; a server error → the problem page.
pub async fn answer<T, E: Into<crate::http::problem::ApiError>>(
    done: Result<T, E>,
    locale: Locale,
    notice: &str,
    page: impl AsyncFnOnce(Said) -> Response,
) -> Response {
    match done {
        Ok(_) => page(Said::notice(locale.t(notice))).await,
        Err(e) => refused(e, locale, async |status, detail| page(Said::refused(status, detail)).await).await,
    }
}

/// A form action's answer as a page: done → `done` (a redirect, or the page with a notice);
/// refused → `again`, the form's page once more with the localised reason and the refusal's
/// status; a server error → the problem page.
pub async fn settle<T, E: Into<crate::http::problem::ApiError>>(
    result: Result<T, E>,
    locale: Locale,
    done: impl AsyncFnOnce(T) -> Response,
    again: impl AsyncFnOnce(StatusCode, String) -> Response,
) -> Response {
    match result {
        Ok(value) => done(value).await,
        Err(e) => refused(e, locale, again).await,
    }
}

/// A refused action's answer as a page: [`settle`]'s refusal half, for actions whose success
/// needs more than a closure.
pub async fn refused(
    e: impl Into<crate::http::problem::ApiError>,
    locale: Locale,
    again: impl AsyncFnOnce(StatusCode, String) -> Response,
) -> Response {
    match problem_text(e, locale) {
        Ok((status, detail)) => again(status, detail).await,
        Err(res) => res,
    }
}

/// An amount in the store's currency, as `locale` writes money.
pub fn money(state: &crate::state::AppState, locale: Locale, minor: i64) -> String {
    locale.format_money(rms_core::Money::new(minor, state.services.store.currency()))
}

/// A date field (`YYYY-MM-DD`, UTC) as an instant: its first moment, or with `end_of_day` the
/// first moment of the next day (so a "valid until" or "until" date includes itself).
pub fn day(raw: &str, end_of_day: bool) -> Option<rms_core::Timestamp> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(raw.trim(), &format).ok()?;
    let date = if end_of_day { date.next_day()? } else { date };
    Some(rms_core::Timestamp::from_utc(date.midnight().assume_utc()))
}

pub fn with_status(mut res: Response, status: StatusCode) -> Response {
    *res.status_mut() = status;
    res
}

pub fn with_cookies(mut res: Response, cookies: Vec<HeaderValue>) -> Response {
    for c in cookies {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

/// A list's page number as typed in `?page=`: anything that is not a positive number is the
/// first page, and it is bounded so the offset and the next page's number cannot overflow.
pub fn page_number(raw: &str) -> i64 {
    raw.parse::<i64>().ok().filter(|p| *p > 0).unwrap_or(1).min(100_000)
}

/// A list page's address with its non-empty parameters, in order (`page` 1 and a default sort
/// are left out by the caller passing them empty).
pub fn list_href(base: &str, params: &[(&str, &str)]) -> String {
    let mut q = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in params.iter().filter(|(_, v)| !v.is_empty()) {
        q.append_pair(k, v);
    }
    let q = q.finish();
    if q.is_empty() { base.to_owned() } else { format!("{base}?{q}") }
}

/// The admin panel's sections: address, title, and whether only administrators may open it.
const ADMIN_SECTIONS: &[(&str, &str, bool)] = &[
    ("/admin", "admin-home-title", false),
    ("/admin/analytics", "analytics-title", true),
    ("/admin/users", "admin-users-title", false),
    ("/admin/licenses", "admin-licenses-title", false),
    ("/admin/payments", "admin-payments-title", true),
    ("/admin/products", "admin-products-title", true),
    ("/admin/promo-codes", "admin-promos-title", true),
    ("/admin/billing", "admin-billing-title", true),
    ("/admin/gateways", "admin-gateways-title", true),
    ("/admin/brand", "admin-brand-title", true),
    ("/admin/announcements", "admin-announce-title", true),
    ("/admin/audit", "admin-audit-title", false),
    ("/admin/jobs", "admin-jobs-title", true),
    ("/admin/telegram", "admin-telegram-title", true),
];

/// A group of the side navigation, under an optional heading.
pub struct NavGroup {
    pub heading: Option<String>,
    pub links: Vec<NavLink>,
}

/// One link of the side navigation.
pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    /// The page being shown is in this section (`aria-current="page"`).
    pub current: bool,
}

/// A state shown as a coloured badge: the word, and the tone the stylesheet colours it by
/// (`ok`, `warn`, `bad`, `quiet`).
pub struct Badge {
    pub text: String,
    pub tone: &'static str,
}

impl Badge {
    pub fn license(locale: Locale, status: rms_core::licensing::LicenseStatus) -> Self {
        use rms_core::licensing::LicenseStatus as S;
        let tone = match status {
            S::Active => "ok",
            S::Suspended => "warn",
            S::Expired => "quiet",
            S::Revoked => "bad",
        };
        Self { text: locale.t(&format!("licenses-status-{status}")), tone }
    }

    pub fn payment(locale: Locale, status: rms_core::billing::PaymentStatus) -> Self {
        use rms_core::billing::PaymentStatus as S;
        let tone = match status {
            S::Paid => "ok",
            S::Pending | S::Review => "warn",
            S::Failed => "bad",
            S::Expired | S::Refunded => "quiet",
        };
        Self { text: locale.t(&format!("pay-status-{status}")), tone }
    }

    pub fn invoice(locale: Locale, status: rms_core::billing::InvoiceStatus) -> Self {
        use rms_core::billing::InvoiceStatus as S;
        let tone = match status {
            S::Paid => "ok",
            S::Issued => "warn",
            S::Refunded => "quiet",
        };
        Self { text: locale.t(&format!("wallet-invoice-{status}")), tone }
    }
}

/// One entry of the language selector.
pub struct LangOption {
    pub tag: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

impl PageCtx {
    pub fn new(locale: Locale, path: impl Into<String>) -> Self {
        Self {
            brand: current_brand(),
            locale,
            path: path.into(),
            viewer: None,
            csrf: String::new(),
            staff: false,
            admin: false,
            timezone: "UTC".into(),
            unread: 0,
            fault: current_fault(),
        }
    }

    /// The context of a page behind the session middleware.
    pub fn of(locale: Locale, path: impl Into<String>, viewer: &Viewer, csrf: &Csrf) -> Self {
        let staff = viewer.0.as_ref().is_some_and(|v| matches!(v.principal.role, Role::Admin | Role::Support));
        let admin = viewer.0.as_ref().is_some_and(|v| v.principal.role == Role::Admin);
        Self {
            brand: current_brand(),
            locale,
            path: path.into(),
            viewer: viewer.0.as_ref().map(|v| v.name.clone()),
            csrf: csrf.0.clone(),
            staff,
            admin,
            timezone: viewer.0.as_ref().map_or_else(|| "UTC".to_owned(), |v| v.timezone.clone()),
            unread: viewer.0.as_ref().map_or(0, |v| v.unread),
            fault: current_fault(),
        }
    }

    /// The calendar day of `at` in the viewer's language and time zone.
    pub fn date(&self, at: rms_core::Timestamp) -> String {
        self.locale.format_date_in(at, &self.timezone)
    }

    pub fn t(&self, key: &str) -> String {
        self.locale.t(key)
    }

    pub fn lang(&self) -> &'static str {
        self.locale.tag()
    }

    pub fn dir(&self) -> &'static str {
        self.locale.dir().as_str()
    }

    pub fn asset(&self, name: &str) -> String {
        assets::url(name)
    }

    /// Whether `href` is the section being shown (the side navigation marks it current).
    pub fn here(&self, href: &str) -> bool {
        self.path == href || (href != "/admin" && href != "/" && self.path.starts_with(&format!("{href}/")))
    }

    /// The side navigation of a signed-in viewer: their own pages, then the admin sections their
    /// role may open (support staff do not see the administrator's).
    pub fn side_groups(&self) -> Vec<NavGroup> {
        let link = |href: &'static str, key: &str| NavLink { href, label: self.t(key), current: self.here(href) };
        let mut groups = vec![NavGroup {
            heading: None,
            links: vec![
                link("/store", "nav-store"),
                link("/licenses", "nav-licenses"),
                link("/wallet", "nav-wallet"),
                link("/notifications", "nav-notifications"),
                link("/affiliate", "nav-affiliate"),
                link("/account", "account-title"),
            ],
        }];
        if self.staff {
            let sections = ADMIN_SECTIONS.iter().filter(|s| self.admin || !s.2);
            groups.push(NavGroup {
                heading: Some(self.t("nav-admin")),
                links: sections.map(|&(href, key, _)| link(href, key)).collect(),
            });
        }
        groups
    }

    pub fn locales(&self) -> Vec<LangOption> {
        Locale::all().map(|l| LangOption { tag: l.tag(), name: l.name(), selected: l == self.locale }).collect()
    }
}

#[derive(Template)]
#[template(path = "layout.html")]
struct FullPage<'a> {
    ctx: &'a PageCtx,
    title: &'a str,
    main: &'a str,
}

#[derive(Template)]
#[template(path = "page.html")]
struct PartialPage<'a> {
    ctx: &'a PageCtx,
    title: &'a str,
    main: &'a str,
}

/// Wraps rendered main content in the full document, or in the `#page` fragment for htmx.
pub fn render(ctx: &PageCtx, title: &str, main: Result<String, askama::Error>, partial: bool) -> Response {
    let shell = main.and_then(|main| {
        if partial {
            PartialPage { ctx, title, main: &main }.render()
        } else {
            FullPage { ctx, title, main: &main }.render()
        }
    });
    match shell {
        Ok(html) => {
            let mut res = Html(html).into_response();
            res.headers_mut().insert(header::VARY, HeaderValue::from_static("HX-Request"));
            res
        }
        Err(e) => {
            tracing::error!(error = %e, "template rendering failed");
            Problem::internal().into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "landing.html")]
struct Landing<'a> {
    ctx: &'a PageCtx,
    languages: String,
}

/// A redirect after a form: 303 for plain browsers, `HX-Redirect` for htmx (which would otherwise
/// swap the target page into the current one).
pub fn redirect(to: &str) -> Response {
    let mut res = axum::response::Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        res.headers_mut().insert("hx-redirect", v);
    }
    res
}

/// `GET /`: what this server is, with the way in.
pub async fn landing(
    Extension(locale): Extension<Locale>,
    Extension(viewer): Extension<Viewer>,
    Extension(csrf): Extension<Csrf>,
    HxRequest(partial): HxRequest,
) -> Response {
    let ctx = PageCtx::of(locale, "/", &viewer, &csrf);
    let count = Locale::all().count() as i64;
    let languages = locale.t_args("landing-languages", &[("count", Arg::Number(count))]);
    let main = Landing { ctx: &ctx, languages }.render();
    let title = if ctx.brand.configured { ctx.brand.display_name.clone() } else { ctx.t("landing-page-title") };
    render(&ctx, &title, main, partial)
}

#[derive(Template)]
#[template(path = "docs.html")]
struct Docs<'a> {
    ctx: &'a PageCtx,
    noscript: String,
}

/// `GET /api/docs`: the API reference, rendered in the browser from `/api/openapi.json`.
pub async fn api_docs(
    Extension(locale): Extension<Locale>,
    Extension(viewer): Extension<Viewer>,
    Extension(csrf): Extension<Csrf>,
    HxRequest(partial): HxRequest,
) -> Response {
    let ctx = PageCtx::of(locale, "/api/docs", &viewer, &csrf);
    let noscript = locale.t_args("docs-noscript", &[("url", Arg::from("/api/openapi.json"))]);
    let main = Docs { ctx: &ctx, noscript }.render();
    with_docs_csp(render(&ctx, &ctx.t("docs-page-title"), main, partial))
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorMain<'a> {
    ctx: &'a PageCtx,
    problem: &'a ProblemBody,
    request_id_line: Option<String>,
}

/// The HTML face of a problem, for browsers.
pub fn error_page(locale: Locale, path: &str, problem: &ProblemBody, partial: bool) -> Response {
    let ctx = PageCtx::new(locale, path);
    let request_id_line =
        problem.request_id.as_ref().map(|id| locale.t_args("error-page-request-id", &[("id", Arg::from(id.as_str()))]));
    let main = ErrorMain { ctx: &ctx, problem, request_id_line }.render();
    let mut res = render(&ctx, &problem.title, main, partial);
    *res.status_mut() = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    res
}

/// The localised title of an invoice or credit note.
pub(crate) fn invoice_title(kind: rms_core::billing::InvoiceKind) -> &'static str {
    match kind {
        rms_core::billing::InvoiceKind::Invoice => "invoice-title",
        rms_core::billing::InvoiceKind::CreditNote => "invoice-credit-note-title",
    }
}

/// The form of an action that takes no fields (its CSRF token is checked all the same).
#[derive(serde::Deserialize)]
pub struct Nothing {}
