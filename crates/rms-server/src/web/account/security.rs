//! Account security pages: two-factor sign-in (with a server-rendered QR code) and API keys.

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use rms_app::accounts::Principal;
use rms_app::api_keys::ApiKeyView;
use serde::Deserialize;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::http::session::{self, CsrfForm};
use crate::state::AppState;
use crate::web::Nothing;
use crate::web::{PageCtx, PageRequest, SignedIn, redirect, refused, render, settle, with_cookies};

pub enum TfaStep {
    Off,
    /// The QR code (a `data:` URI of an SVG) and the secret in base32.
    Scan(String, String),
    Codes(Vec<String>),
    On,
}

#[derive(Template)]
#[template(path = "two_factor.html")]
struct TwoFactor<'a> {
    ctx: &'a PageCtx,
    step: TfaStep,
    error: Option<String>,
}

/// The otpauth URI as a QR code, an SVG inside a `data:` URI (no inline markup to sanitise).
fn qr_data_uri(uri: &str) -> Option<String> {
    let code = qrcode::QrCode::new(uri.as_bytes()).ok()?;
    let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(240, 240).build();
    Some(format!("data:image/svg+xml;base64,{}", base64::engine::general_purpose::STANDARD.encode(svg)))
}

fn tfa_page(ctx: &PageCtx, partial: bool, step: TfaStep, error: Option<String>, status: StatusCode) -> Response {
    let main = TwoFactor { ctx, step, error }.render();
    let mut res = render(ctx, &ctx.t("tfa-title"), main, partial);
    *res.status_mut() = status;
    res
}

/// `GET /account/2fa`
pub async fn two_factor(page: PageRequest, SignedIn(who): SignedIn) -> Response {
    let state = &page.state;
    let partial = page.partial;
    let ctx = page.ctx("/account/2fa");
    match state.services.accounts.profile(&who).await {
        Ok(p) => {
            let step = if p.two_factor_enabled { TfaStep::On } else { TfaStep::Off };
            tfa_page(&ctx, partial, step, None, StatusCode::OK)
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `POST /account/2fa/enroll`: a new secret, shown as a QR code with the confirmation form.
pub async fn enroll(page: PageRequest, SignedIn(who): SignedIn, CsrfForm(_): CsrfForm<Nothing>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let (locale, partial) = (page.locale, page.partial);
    let ctx = page.ctx("/account/2fa");
    settle(
        state.services.accounts.totp_enroll(&who, meta).await,
        locale,
        async |e| {
            let qr = qr_data_uri(&e.otpauth_uri).unwrap_or_default();
            tfa_page(&ctx, partial, TfaStep::Scan(qr, e.secret_base32), None, StatusCode::OK)
        },
        async |status, detail| tfa_page(&ctx, partial, TfaStep::Off, Some(detail), status),
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
    /// The account's password: proof that the owner (not a stolen session) turns it on.
    password: String,
}

/// `POST /account/2fa/confirm`: turns it on and shows the recovery codes once. Every other
/// session ends; this browser stays signed in with a fresh session.
pub async fn confirm(page: PageRequest, SignedIn(who): SignedIn, CsrfForm(form): CsrfForm<CodeForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let (locale, partial) = (page.locale, page.partial);
    let ctx = page.ctx("/account/2fa");
    match state.services.accounts.totp_confirm(&who, &form.code, Some(&form.password), meta).await {
        Ok((codes, Some(pair))) => {
            let res = tfa_page(&ctx, partial, TfaStep::Codes(codes), None, StatusCode::OK);
            with_cookies(res, session::session_cookies(&pair, state.config.is_https()))
        }
        Ok((codes, None)) => tfa_page(&ctx, partial, TfaStep::Codes(codes), None, StatusCode::OK),
        // The pending secret is still there, but it is not shown again: start over.
        Err(e) => {
            refused(e, locale, async |status, detail| tfa_page(&ctx, partial, TfaStep::Off, Some(detail), status)).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DisableForm {
    password: String,
    code: String,
}

/// `POST /account/2fa/disable`: needs the password and a code; every session ends.
pub async fn disable(page: PageRequest, SignedIn(who): SignedIn, CsrfForm(form): CsrfForm<DisableForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let (locale, partial) = (page.locale, page.partial);
    let ctx = page.ctx("/account/2fa");
    settle(
        state.services.accounts.totp_disable(&who, &form.password, &form.code, meta).await,
        locale,
        async |()| with_cookies(redirect("/sign-in"), session::cleared_cookies(state.config.is_https())),
        async |status, detail| tfa_page(&ctx, partial, TfaStep::On, Some(detail), status),
    )
    .await
}

pub struct KeyRow {
    pub id: Uuid,
    pub name: String,
    pub prefix: String,
    pub scopes: String,
    pub revoked: bool,
}

impl From<ApiKeyView> for KeyRow {
    fn from(k: ApiKeyView) -> Self {
        Self {
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            scopes: k.scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "),
            revoked: k.revoked,
        }
    }
}

#[derive(Template)]
#[template(path = "api_keys.html")]
struct Keys<'a> {
    ctx: &'a PageCtx,
    keys: Vec<KeyRow>,
    secret: Option<String>,
    error: Option<String>,
}

async fn keys_page(
    state: &AppState,
    ctx: &PageCtx,
    who: &Principal,
    partial: bool,
    secret: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    match state.services.api_keys.list(who).await {
        Ok(keys) => {
            let keys = keys.into_iter().map(KeyRow::from).collect();
            let mut res = render(ctx, &ctx.t("keys-title"), Keys { ctx, keys, secret, error }.render(), partial);
            *res.status_mut() = status;
            res
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /account/api-keys`
pub async fn api_keys(page: PageRequest, SignedIn(who): SignedIn) -> Response {
    let state = &page.state;
    let partial = page.partial;
    let ctx = page.ctx("/account/api-keys");
    keys_page(state, &ctx, &who, partial, None, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct NewKeyForm {
    #[serde(default)]
    name: String,
    scope_read: Option<String>,
    scope_licenses: Option<String>,
    scope_releases: Option<String>,
    #[serde(default)]
    expires_in_days: String,
}

/// `POST /account/api-keys`: shows the new key once.
pub async fn create_key(page: PageRequest, SignedIn(who): SignedIn, CsrfForm(form): CsrfForm<NewKeyForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let (locale, partial) = (page.locale, page.partial);
    let ctx = page.ctx("/account/api-keys");
    let scopes: Vec<String> =
        [("read", &form.scope_read), ("licenses", &form.scope_licenses), ("releases", &form.scope_releases)]
            .into_iter()
            .filter(|(_, on)| on.is_some())
            .map(|(s, _)| s.to_owned())
            .collect();
    let expires = form.expires_in_days.trim();
    let expires = if expires.is_empty() { Ok(None) } else { expires.parse::<u32>().map(Some) };
    let result = match expires {
        Ok(days) => state.services.api_keys.create(&who, &form.name, &scopes, days, meta).await.map_err(ApiError::from),
        Err(_) => Err(ApiError::from(rms_app::AppError::Invalid {
            field: "expires_in_days",
            reason: rms_core::account::InvalidInput::Range,
        })),
    };
    settle(
        result,
        locale,
        async |(_, secret)| keys_page(state, &ctx, &who, partial, Some(secret), None, StatusCode::CREATED).await,
        async |status, detail| keys_page(state, &ctx, &who, partial, None, Some(detail), status).await,
    )
    .await
}

/// `POST /account/api-keys/{id}/revoke`
pub async fn revoke_key(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let (locale, partial) = (page.locale, page.partial);
    let ctx = page.ctx("/account/api-keys");
    settle(
        state.services.api_keys.revoke(&who, id, meta).await,
        locale,
        async |()| keys_page(state, &ctx, &who, partial, None, None, StatusCode::OK).await,
        async |status, detail| keys_page(state, &ctx, &who, partial, None, Some(detail), status).await,
    )
    .await
}
