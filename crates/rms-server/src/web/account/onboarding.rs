//! Account pages reached from emails.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::{Extension, Form};
use axum_htmx::HxRequest;
use rms_i18n::Locale;
use serde::Deserialize;

use crate::http::extract::Meta;
use crate::http::problem::{ApiError, Problem};
use crate::state::AppState;
use crate::web::{PageCtx, render};

pub enum VerifyOutcome {
    Ask(String),
    Done,
    Failed(String),
}

#[derive(Template)]
#[template(path = "verify_email.html")]
struct VerifyEmail<'a> {
    ctx: &'a PageCtx,
    outcome: VerifyOutcome,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenParam {
    token: String,
}

fn page(locale: Locale, partial: bool, outcome: VerifyOutcome) -> Response {
    let ctx = PageCtx::new(locale, "/verify-email");
    let failed = matches!(outcome, VerifyOutcome::Failed(_));
    let main = VerifyEmail { ctx: &ctx, outcome }.render();
    let mut res = render(&ctx, &ctx.t("verify-email-page-title"), main, partial);
    if failed {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    res
}

/// `GET /verify-email?token=…`: asks for a click before using the token, because mail scanners
/// open links on their own; only the form's POST verifies.
pub async fn ask(
    Extension(locale): Extension<Locale>,
    HxRequest(partial): HxRequest,
    Query(q): Query<TokenParam>,
) -> Response {
    page(locale, partial, VerifyOutcome::Ask(q.token.chars().take(128).collect()))
}

/// `POST /verify-email` (form): uses the token.
pub async fn confirm(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    HxRequest(partial): HxRequest,
    Meta(meta): Meta,
    Form(form): Form<TokenParam>,
) -> Response {
    match state.services.accounts.verify_email(&form.token, &meta).await {
        Ok(()) => page(locale, partial, VerifyOutcome::Done),
        Err(e) => {
            let problem = Problem::from(ApiError::from(e));
            if problem.status.is_server_error() {
                return axum::response::IntoResponse::into_response(problem);
            }
            page(locale, partial, VerifyOutcome::Failed(problem.body(locale, None).detail))
        }
    }
}

pub enum ResetOutcome {
    /// The form, with the token and the problem of the last attempt.
    Ask(String, Option<String>),
    Done,
}

#[derive(Template)]
#[template(path = "reset_password.html")]
struct ResetPassword<'a> {
    ctx: &'a PageCtx,
    outcome: ResetOutcome,
}

fn reset_page(locale: Locale, partial: bool, outcome: ResetOutcome, status: StatusCode) -> Response {
    let ctx = PageCtx::new(locale, "/reset-password");
    let main = ResetPassword { ctx: &ctx, outcome }.render();
    let mut res = render(&ctx, &ctx.t("reset-page-title"), main, partial);
    *res.status_mut() = status;
    res
}

/// `GET /reset-password?token=…`: the form for a new password.
pub async fn reset_form(
    Extension(locale): Extension<Locale>,
    HxRequest(partial): HxRequest,
    Query(q): Query<TokenParam>,
) -> Response {
    reset_page(locale, partial, ResetOutcome::Ask(q.token.chars().take(128).collect(), None), StatusCode::OK)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    token: String,
    password: String,
}

/// `POST /reset-password` (form).
pub async fn reset_submit(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    HxRequest(partial): HxRequest,
    Meta(meta): Meta,
    Form(form): Form<ResetForm>,
) -> Response {
    match state.services.accounts.reset_password(&form.token, &form.password, &meta).await {
        Ok(()) => reset_page(locale, partial, ResetOutcome::Done, StatusCode::OK),
        Err(e) => {
            let problem = Problem::from(ApiError::from(e));
            if problem.status.is_server_error() {
                return axum::response::IntoResponse::into_response(problem);
            }
            let detail = problem.body(locale, None).detail;
            let token = form.token.chars().take(128).collect();
            reset_page(locale, partial, ResetOutcome::Ask(token, Some(detail)), problem.status)
        }
    }
}

// A page model, built once per request: boxing the form's fields would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum SetupOutcome {
    /// The form: token, what was typed (email, name, the store's name) and the problem of the
    /// last attempt.
    Ask {
        token: String,
        email: String,
        name: String,
        store_name: String,
        /// The seller's details as typed: (legal name, address, country, tax id).
        seller: (String, String, String, String),
        error: Option<String>,
    },
    Done,
}

#[derive(Template)]
#[template(path = "setup.html")]
struct Setup<'a> {
    ctx: &'a PageCtx,
    outcome: SetupOutcome,
}

fn setup_page(locale: Locale, partial: bool, outcome: SetupOutcome, status: StatusCode) -> Response {
    let ctx = PageCtx::new(locale, "/setup");
    let main = Setup { ctx: &ctx, outcome }.render();
    let mut res = render(&ctx, &ctx.t("setup-page-title"), main, partial);
    *res.status_mut() = status;
    res
}

/// `GET /setup?token=…`: the form that creates the first administrator.
pub async fn setup_form(
    Extension(locale): Extension<Locale>,
    HxRequest(partial): HxRequest,
    Query(q): Query<TokenParam>,
) -> Response {
    let token = q.token.chars().take(128).collect();
    setup_page(
        locale,
        partial,
        SetupOutcome::Ask {
            token,
            email: String::new(),
            name: String::new(),
            store_name: String::new(),
            seller: Default::default(),
            error: None,
        },
        StatusCode::OK,
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SetupForm {
    token: String,
    email: String,
    name: String,
    password: String,
    /// The store's name (optional: the brand page names it later).
    #[serde(default)]
    store_name: String,
    /// Who sells, for the invoices (each optional: the billing page fills it later).
    seller_name: String,
    seller_address: String,
    seller_country: String,
    seller_tax_id: String,
}

/// `POST /setup` (form). Done, the new administrator is signed in and lands on the admin home.
pub async fn setup_submit(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    HxRequest(partial): HxRequest,
    Meta(meta): Meta,
    Form(form): Form<SetupForm>,
) -> Response {
    let admin = &state.services.admin;
    let seller = rms_app::admin::SetupSeller {
        name: form.seller_name.clone(),
        address: form.seller_address.clone(),
        country: form.seller_country.clone(),
        tax_id: form.seller_tax_id.clone(),
    };
    match admin.complete_setup(&form.token, &form.email, &form.password, &form.name, &form.store_name, &seller).await {
        Ok(()) => {
            let creds = rms_app::accounts::Credentials {
                email: &form.email,
                password: &form.password,
                totp_code: None,
                recovery_code: None,
            };
            match state.services.accounts.login(creds, &meta).await {
                Ok(pair) => crate::web::with_cookies(
                    crate::web::redirect("/admin"),
                    crate::http::session::session_cookies(&pair, state.config.is_https()),
                ),
                // The account exists either way: the page links the sign-in.
                Err(_) => setup_page(locale, partial, SetupOutcome::Done, StatusCode::OK),
            }
        }
        Err(e) => {
            let problem = Problem::from(ApiError::from(e));
            if problem.status.is_server_error() {
                return axum::response::IntoResponse::into_response(problem);
            }
            let outcome = SetupOutcome::Ask {
                token: form.token.chars().take(128).collect(),
                email: form.email.chars().take(254).collect(),
                name: form.name.chars().take(100).collect(),
                store_name: form.store_name.chars().take(100).collect(),
                seller: (
                    form.seller_name.chars().take(200).collect(),
                    form.seller_address.chars().take(2000).collect(),
                    form.seller_country.chars().take(2).collect(),
                    form.seller_tax_id.chars().take(100).collect(),
                ),
                error: Some(problem.body(locale, None).detail),
            };
            setup_page(locale, partial, outcome, problem.status)
        }
    }
}

pub enum UnsubscribeOutcome {
    /// The button (mail scanners open links on their own: only a POST unsubscribes).
    Ask(String),
    Done,
    Failed(String),
}

#[derive(Template)]
#[template(path = "unsubscribe.html")]
struct Unsubscribe<'a> {
    ctx: &'a PageCtx,
    outcome: UnsubscribeOutcome,
}

/// An unsubscribe link's parameters (the link is its own credential).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UnsubscribeParams {
    user: String,
    kind: String,
    sig: String,
}

fn unsubscribe_page(locale: Locale, partial: bool, outcome: UnsubscribeOutcome) -> Response {
    let ctx = PageCtx::new(locale, "/unsubscribe");
    let failed = matches!(outcome, UnsubscribeOutcome::Failed(_));
    let main = Unsubscribe { ctx: &ctx, outcome }.render();
    let mut res = render(&ctx, &ctx.t("notify-unsubscribe"), main, partial);
    if failed {
        *res.status_mut() = StatusCode::BAD_REQUEST;
    }
    res
}

/// `GET /unsubscribe?user=…&kind=…&sig=…` from an email's footer: asks for a click.
pub async fn ask_unsubscribe(
    Extension(locale): Extension<Locale>,
    HxRequest(partial): HxRequest,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> Response {
    let action = format!("/unsubscribe?{}", query.unwrap_or_default().chars().take(400).collect::<String>());
    unsubscribe_page(locale, partial, UnsubscribeOutcome::Ask(action))
}

/// `POST /unsubscribe?user=…&kind=…&sig=…`: the page's button, or a mail provider's one-click
/// POST (RFC 8058, body `List-Unsubscribe=One-Click`). Turns email off for that kind only.
pub async fn unsubscribe(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    HxRequest(partial): HxRequest,
    Query(q): Query<UnsubscribeParams>,
) -> Response {
    let done = match uuid::Uuid::try_parse(&q.user) {
        Ok(user) => state.services.notifications.unsubscribe(user, &q.kind, &q.sig).await.map(drop),
        Err(_) => Err(rms_app::AppError::InvalidLinkToken),
    };
    match done {
        Ok(()) => unsubscribe_page(locale, partial, UnsubscribeOutcome::Done),
        Err(e) => {
            let problem = Problem::from(ApiError::from(e));
            if problem.status.is_server_error() {
                return axum::response::IntoResponse::into_response(problem);
            }
            unsubscribe_page(locale, partial, UnsubscribeOutcome::Failed(problem.body(locale, None).detail))
        }
    }
}
