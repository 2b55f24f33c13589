//! Signing up, in and out in the browser, and the account settings page. Every state-changing
//! form carries the CSRF token (see `http::session`).

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_app::accounts::{AccountView, Credentials, ProfileChange, Registration};
use rms_i18n::{LOCALE_COOKIE, Locale};
use serde::Deserialize;

use crate::http::extract::Meta;
use crate::http::problem::ApiError;
use crate::http::ratelimit::Class;
use crate::http::session::{self, CsrfForm, REFRESH_COOKIE};
use crate::state::AppState;
use crate::web::{PageCtx, PageRequest, SignedIn, problem_text, redirect, refused, render, with_cookies, with_status};

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignIn<'a> {
    ctx: &'a PageCtx,
    email: String,
    needs_code: bool,
    error: Option<String>,
    /// Where to go once signed in (a page of this site), carried through the form.
    next: String,
}

fn sign_in_page(
    ctx: &PageCtx,
    partial: bool,
    email: String,
    needs_code: bool,
    error: Option<String>,
    next: &str,
) -> Response {
    let main = SignIn { ctx, email, needs_code, error, next: next.to_owned() }.render();
    render(ctx, &ctx.t("sign-in-title"), main, partial)
}

/// A page of this site to go to after signing in: a path, never another site (`//host`, a
/// scheme, a backslash that some browsers read as a slash), nor the sign-in page itself.
fn local_page(next: &str) -> Option<&str> {
    let next = next.trim();
    (next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        // Visible ASCII only (a path as browsers send it, percent-encoded): the redirect's
        // header cannot carry anything else.
        && next.bytes().all(|b| b.is_ascii_graphic())
        && next.len() <= 2000
        && !next.starts_with("/sign-in"))
    .then_some(next)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInQuery {
    next: String,
}

/// `GET /sign-in`; `?next=/path` (what a signed-out visitor asked for) is where signing in
/// leads.
pub async fn sign_in_form(page: PageRequest, axum::extract::Query(q): axum::extract::Query<SignInQuery>) -> Response {
    let partial = page.partial;
    let next = local_page(&q.next).unwrap_or("");
    if page.viewer.0.is_some() {
        return redirect(if next.is_empty() { "/account" } else { next });
    }
    let ctx = page.ctx("/sign-in");
    sign_in_page(&ctx, partial, String::new(), false, None, next)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInForm {
    email: String,
    password: String,
    totp_code: String,
    next: String,
}

/// `POST /sign-in`: on success, the session cookies and a redirect to the account page; when the
/// account has two-factor sign-in, the same form again with the code field.
pub async fn sign_in(page: PageRequest, CsrfForm(form): CsrfForm<SignInForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let (locale, partial) = (page.locale, page.partial);
    let ctx = page.ctx("/sign-in");
    // The address's budget was counted for every anonymous form (`session::web`); the account's
    // is counted here.
    let limited = state.limits.check(Class::LoginAccount, &form.email.trim().to_lowercase()).await;
    let outcome = match limited {
        Err(l) => Err(ApiError::from(l)),
        Ok(()) => {
            let code = Some(form.totp_code.trim()).filter(|c| !c.is_empty());
            // A code longer than six digits is a recovery code.
            let (totp_code, recovery_code) = match code {
                Some(c) if c.len() > 8 => (None, Some(c)),
                other => (other, None),
            };
            let creds = Credentials { email: &form.email, password: &form.password, totp_code, recovery_code };
            state.services.accounts.login(creds, meta).await.map_err(ApiError::from)
        }
    };
    let next = local_page(&form.next).unwrap_or("");
    match outcome {
        Ok(pair) => {
            let to = if next.is_empty() { "/account" } else { next };
            with_cookies(redirect(to), session::session_cookies(&pair, state.config.is_https()))
        }
        Err(ApiError::App(AppError::TotpRequired)) => sign_in_page(&ctx, partial, form.email, true, None, next),
        Err(e) => {
            let needs_code = matches!(e, ApiError::App(AppError::TotpInvalid | AppError::TotpLocked));
            refused(e, locale, async |status, detail| {
                with_status(sign_in_page(&ctx, partial, form.email, needs_code, Some(detail), next), status)
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "sign_up.html")]
struct SignUp<'a> {
    ctx: &'a PageCtx,
    name: String,
    email: String,
    /// An invitation link's token, carried through the form.
    invite: String,
    done: bool,
    /// Done through an invitation that proved the address: the account is ready.
    ready: bool,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct SignUpQuery {
    /// An affiliate's code (`/sign-up?ref=…`).
    #[serde(rename = "ref", default)]
    referral: String,
    /// An invitation's token and the address it was sent to (`/sign-up?invite=…&email=…`).
    #[serde(default)]
    invite: String,
    #[serde(default)]
    email: String,
}

/// An affiliate code as it may appear in a link: short and plain.
fn plain_code(code: &str) -> Option<&str> {
    let code = code.trim();
    ((1..=64).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .then_some(code)
}

/// `GET /sign-up`; with `?ref=<code>` the visitor's browser keeps the affiliate's code for the
/// referral window, unless it already holds one (first touch wins).
pub async fn sign_up_form(
    page: PageRequest,
    headers: HeaderMap,
    axum::extract::Query(q): axum::extract::Query<SignUpQuery>,
) -> Response {
    let state = &page.state;
    let partial = page.partial;
    let ctx = page.ctx("/sign-up");
    let invite: String = q.invite.chars().take(200).collect();
    let email: String = q.email.chars().take(254).collect();
    let main =
        SignUp { ctx: &ctx, name: String::new(), email, invite, done: false, ready: false, error: None }.render();
    let res = render(&ctx, &ctx.t("sign-up-title"), main, partial);
    match plain_code(&q.referral) {
        Some(code) if session::cookie_value(&headers, session::REFERRAL_COOKIE).is_none() => {
            let days = state.services.store.billing_settings().await.map_or(30, |s| s.referral_window_days);
            let cookie = session::referral_cookie(code, i64::from(days) * 86_400, state.config.is_https());
            with_cookies(res, cookie.into_iter().collect())
        }
        _ => res,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignUpForm {
    name: String,
    email: String,
    password: String,
    invite: String,
    /// The browser's IANA time zone, set by `app.js`.
    timezone: String,
}

/// `POST /sign-up`: the same "check your email" answer whether or not the address is taken.
pub async fn sign_up(page: PageRequest, headers: HeaderMap, CsrfForm(form): CsrfForm<SignUpForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let referral = session::cookie_value(&headers, session::REFERRAL_COOKIE).and_then(plain_code);
    let (locale, partial) = (page.locale, page.partial);
    let ctx = page.ctx("/sign-up");
    let r = Registration {
        email: &form.email,
        password: &form.password,
        name: &form.name,
        locale: None,
        timezone: None,
        browser_timezone: Some(form.timezone.as_str()),
        referral_code: referral,
        invite: Some(form.invite.as_str()).filter(|i| !i.is_empty()),
    };
    let ready = state.services.accounts.invitation_proves(&form.invite, &form.email);
    let result = state.services.accounts.register(r, locale, meta).await.map_err(ApiError::from);
    let (status, done, error) = match result {
        Ok(()) => (StatusCode::OK, true, None),
        Err(e) => match problem_text(e, locale) {
            Ok((status, detail)) => (status, false, Some(detail)),
            Err(res) => return res,
        },
    };
    let main =
        SignUp { ctx: &ctx, name: form.name, email: form.email, invite: form.invite, done, ready, error }.render();
    with_status(render(&ctx, &ctx.t("sign-up-title"), main, partial), status)
}

#[derive(Template)]
#[template(path = "forgot.html")]
struct Forgot<'a> {
    ctx: &'a PageCtx,
    done: bool,
}

/// `GET /forgot-password`
pub async fn forgot_form(page: PageRequest) -> Response {
    let partial = page.partial;
    let ctx = page.ctx("/forgot-password");
    render(&ctx, &ctx.t("forgot-title"), Forgot { ctx: &ctx, done: false }.render(), partial)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

/// `POST /forgot-password`: always the same answer.
pub async fn forgot(page: PageRequest, CsrfForm(form): CsrfForm<ForgotForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let partial = page.partial;
    let ctx = page.ctx("/forgot-password");
    if let Err(e) = state.services.accounts.forgot_password(&form.email, meta).await {
        return ApiError::from(e).into_response();
    }
    render(&ctx, &ctx.t("forgot-title"), Forgot { ctx: &ctx, done: true }.render(), partial)
}

/// `POST /sign-out`: ends this browser's session.
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    Meta(meta): Meta,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    if let Some(refresh) = session::cookie_value(&headers, REFRESH_COOKIE)
        && let Err(e) = state.services.accounts.logout(refresh, &meta).await
    {
        return ApiError::from(e).into_response();
    }
    clear_site_data(with_cookies(redirect("/"), session::cleared_cookies(state.config.is_https())))
}

#[derive(Template)]
#[template(path = "account.html")]
struct Account<'a> {
    ctx: &'a PageCtx,
    profile: AccountView,
    /// The IANA zones to choose from (the bundled database), the person's own among them.
    zones: &'a [String],
    /// The person's zone is in the list (else it is offered first, as it is, so saving the page
    /// never changes it silently).
    zone_listed: bool,
    /// The two ways of writing numbers, when the account's language has digits of its own.
    digits: Vec<DigitChoice>,
    notice: Option<String>,
    error: Option<String>,
}

/// One option of the digits choice, named by an example number written that way ("۱۲۳٬۴۵۶" or
/// "123,456"), which needs no translation.
pub struct DigitChoice {
    value: &'static str,
    example: String,
    selected: bool,
}

fn digit_choices(profile: &rms_app::accounts::AccountView) -> Vec<DigitChoice> {
    let Some(language) = Locale::parse(&profile.locale).filter(|l| l.has_native_digits()) else { return Vec::new() };
    [
        ("native", language.with_native_digits(), !profile.latin_digits),
        ("latin", language.with_latin_digits(), profile.latin_digits),
    ]
    .into_iter()
    .map(|(value, locale, selected)| DigitChoice { value, example: locale.format_integer(1_234_567_890), selected })
    .collect()
}

/// The zone list, built once: it is the same for every page.
fn zones() -> &'static [String] {
    static ZONES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ZONES.get_or_init(rms_i18n::time_zones)
}

async fn account_page(
    state: &AppState,
    ctx: &PageCtx,
    who: &rms_app::accounts::Principal,
    partial: bool,
    notice: Option<String>,
    error: Option<String>,
) -> Response {
    match state.services.accounts.profile(who).await {
        Ok(profile) => {
            let zone_listed = zones().contains(&profile.timezone);
            let digits = digit_choices(&profile);
            let main = Account { ctx, profile, zones: zones(), zone_listed, digits, notice, error }.render();
            render(ctx, &ctx.t("account-title"), main, partial)
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /account`
/// `GET /account/export`: the signed-in person's data, as `GET /api/v1/me/export` gives it.
pub async fn export(page: PageRequest, SignedIn(who): SignedIn) -> Response {
    let call = crate::http::extract::Call { state: page.state.clone(), who, meta: page.meta.clone() };
    crate::api::account::export::export(call).await.unwrap_or_else(IntoResponse::into_response)
}

pub async fn account(page: PageRequest, SignedIn(who): SignedIn) -> Response {
    let state = &page.state;
    let partial = page.partial;
    let ctx = page.ctx("/account");
    account_page(state, &ctx, &who, partial, None, None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProfileForm {
    name: String,
    locale: String,
    timezone: String,
    /// Only on the form when the language has digits of its own.
    digits: String,
}

/// `POST /account/profile`; a new language also becomes the interface language at once.
pub async fn save_profile(
    page: PageRequest,
    SignedIn(who): SignedIn,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let (locale, partial) = (page.locale, page.partial);
    let change = ProfileChange {
        name: Some(&form.name),
        locale: Some(&form.locale),
        timezone: Some(&form.timezone),
        digits: Some(form.digits.as_str()).filter(|d| !d.is_empty()),
    };
    match state.services.accounts.change_profile(&who, change, meta).await {
        Ok(profile) => {
            let shown = profile.interface_locale().unwrap_or(locale);
            let mut ctx = PageCtx::of(shown, "/account", &page.viewer, &page.csrf);
            ctx.viewer = Some(profile.name.clone());
            let res = account_page(state, &ctx, &who, partial, Some(ctx.t("account-saved")), None).await;
            let lang = HeaderValue::from_str(&format!(
                "{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                shown.tag()
            ));
            with_cookies(res, lang.into_iter().collect())
        }
        Err(e) => {
            let ctx = page.ctx("/account");
            refused(e, locale, async |status, detail| {
                with_status(account_page(state, &ctx, &who, partial, None, Some(detail)).await, status)
            })
            .await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
}

/// `POST /account/password`: other sessions end; this browser gets fresh cookies.
pub async fn change_password(
    page: PageRequest,
    SignedIn(who): SignedIn,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let (locale, partial) = (page.locale, page.partial);
    let ctx = page.ctx("/account");
    match state.services.accounts.change_password(&who, &form.current_password, &form.new_password, meta).await {
        Ok(pair) => {
            let res = account_page(state, &ctx, &who, partial, Some(ctx.t("account-password-changed")), None).await;
            with_cookies(res, session::session_cookies(&pair, state.config.is_https()))
        }
        Err(e) => {
            refused(e, locale, async |status, detail| {
                with_status(account_page(state, &ctx, &who, partial, None, Some(detail)).await, status)
            })
            .await
        }
    }
}

/// `POST /account/sessions`: signs out everywhere, this browser included.
pub async fn end_all_sessions(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Meta(meta): Meta,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    if let Err(e) = state.services.accounts.logout_everywhere(&who, &meta).await {
        return ApiError::from(e).into_response();
    }
    clear_site_data(with_cookies(redirect("/sign-in"), session::cleared_cookies(state.config.is_https())))
}

/// Signing out also asks the browser to drop what it cached and stored for this site (OWASP
/// Secure Headers: `Clear-Site-Data` on logout). Not `"cookies"`: browsers clear asynchronously,
/// and a clearing that lands after the next sign-in would sign that person out again; the session
/// cookies are expired explicitly instead.
fn clear_site_data(mut res: Response) -> Response {
    res.headers_mut().insert("clear-site-data", HeaderValue::from_static("\"cache\", \"storage\""));
    res
}
