//! The affiliate dashboard: the referral link, what it brought in, and joining the programme.

use askama::Template;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_i18n::Arg;

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::Nothing;
use crate::web::{PageCtx, PageRequest, SignedIn, money, render};

#[derive(Template)]
#[template(path = "affiliate.html")]
struct AffiliatePage<'a> {
    ctx: &'a PageCtx,
    board: Option<AffiliateBoard>,
}

pub struct AffiliateBoard {
    pub link: String,
    pub code: String,
    pub referred: String,
    pub purchases: String,
    pub pending: String,
    pub available: String,
    /// Owed after a clawback, when anything is.
    pub owed: Option<String>,
    pub terms: String,
}

async fn affiliate_page(page: &PageRequest, who: &Principal) -> Response {
    let state = &page.state;
    let ctx = page.ctx("/affiliate");
    let locale = page.locale;
    let view = match state.services.store.affiliate(who).await {
        Ok(v) => v,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let base =
        state.config.public_url.as_ref().map(|u| u.0.as_str().trim_end_matches('/').to_owned()).unwrap_or_default();
    let board = view.map(|v| AffiliateBoard {
        link: format!("{base}/sign-up?ref={}", v.code),
        code: v.code,
        referred: locale.format_integer(v.referred_users),
        purchases: locale.format_integer(v.purchases),
        pending: money(state, locale, v.pending_minor),
        available: money(state, locale, v.available_minor),
        owed: (v.owed_minor > 0).then(|| money(state, locale, v.owed_minor)),
        terms: locale.t_args(
            "affiliate-terms",
            &[
                ("percent", Arg::from(format!("{}", v.commission_bp.percent()))),
                ("days", Arg::Number(i64::from(v.hold_days))),
            ],
        ),
    });
    render(&ctx, &ctx.t("affiliate-title"), AffiliatePage { ctx: &ctx, board }.render(), page.partial)
}

/// `GET /affiliate`: the referral link and what it earned.
pub async fn affiliate(page: PageRequest, SignedIn(who): SignedIn) -> Response {
    affiliate_page(&page, &who).await
}

/// `POST /affiliate`: joins the programme.
pub async fn join_affiliate(page: PageRequest, SignedIn(who): SignedIn, CsrfForm(_): CsrfForm<Nothing>) -> Response {
    let state = &page.state;
    if let Err(e) = state.services.store.become_affiliate(&who).await {
        return ApiError::from(e).into_response();
    }
    affiliate_page(&page, &who).await
}
