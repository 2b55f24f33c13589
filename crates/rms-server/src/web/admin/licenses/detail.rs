//! One license's page: its status, seats and activations, and what an admin does to it (suspend,
//! reinstate, revoke, resize, reset a binding or the budget, resend, activate offline).

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::catalog::{LicenseChange, LicenseStatus};
use rms_app::licensing::Seats;
use rms_core::Timestamp;
use rms_i18n::Arg;
use serde::Deserialize;
use uuid::Uuid;

use super::number;
use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::{PageCtx, PageRequest, Said, Staff, answer, render, settle};

/// `POST /admin/licenses/{id}/resend`: tells the holder about the license again.
pub async fn resend(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let done = state.services.catalog.resend_license(&who, id, meta).await;
    answer(done, page.locale, "admin-license-resent", async |said| license_page(&page, &who, id, said).await).await
}

#[derive(Template)]
#[template(path = "admin_license.html")]
struct LicenseDetail<'a> {
    ctx: &'a PageCtx,
    seats: Seats,
    owner: String,
    status: crate::web::Badge,
    expires: String,
    moves: String,
    /// The actions this license's state allows: (action, label, confirmation question).
    actions: Vec<(&'static str, &'static str, Option<String>)>,
    /// The full key, on the answer to issuing it only (it is not shown again).
    issued_key: Option<String>,
    notice: Option<String>,
    error: Option<String>,
}

/// What an admin may do to a license in its state (no "Reinstate" on an active one, nothing on a
/// revoked one), the destructive ones with the question that states their consequence.
fn license_actions(ctx: &PageCtx, status: LicenseStatus) -> Vec<(&'static str, &'static str, Option<String>)> {
    let suspend = ("suspend", "admin-suspend", Some(ctx.t("admin-confirm-suspend")));
    let revoke = ("revoke", "admin-revoke", Some(ctx.t("admin-confirm-revoke")));
    let reinstate = ("reinstate", "admin-reinstate", None);
    let budget = ("reset_budget", "admin-reset-budget", None);
    match status {
        LicenseStatus::Active => vec![suspend, revoke, budget],
        LicenseStatus::Suspended | LicenseStatus::Expired => vec![reinstate, revoke, budget],
        LicenseStatus::Revoked => Vec::new(),
    }
}

async fn license_page(page: &PageRequest, who: &Principal, id: Uuid, said: Said) -> Response {
    license_page_with_key(page, who, id, said, None).await
}

/// The license's page; `issued_key` on the answer to issuing it, the one time its key is shown.
pub(super) async fn license_page_with_key(
    page: &PageRequest,
    who: &Principal,
    id: Uuid,
    said: Said,
    issued_key: Option<String>,
) -> Response {
    let Said { notice, error, status } = said;
    let state = &page.state;
    let ctx = page.ctx(&format!("/admin/licenses/{id}"));
    let seats = match state.services.licensing.seats(who, id, true).await {
        Ok(s) => s,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let owner = state.services.admin.user(who, seats.license.owner_id).await.map(|u| u.email).unwrap_or_default();
    let l = &seats.license;
    let status_text = crate::web::Badge::license(ctx.locale, l.status);
    let expires =
        l.expires_at.map_or_else(|| ctx.t("licenses-perpetual"), |e| ctx.date(Timestamp::from_millis(e * 1000)));
    let moves = match seats.budget.max {
        None => ctx.t("admin-moves-unlimited"),
        Some(max) => ctx.locale.t_args(
            "licenses-moves",
            &[("remaining", Arg::Number(seats.budget.remaining.unwrap_or(0))), ("max", Arg::Number(max))],
        ),
    };
    let title = format!("{} · {}", l.product, l.plan);
    let actions = license_actions(&ctx, l.status);
    let main = LicenseDetail {
        ctx: &ctx,
        seats,
        owner,
        status: status_text,
        expires,
        moves,
        actions,
        issued_key,
        notice,
        error,
    }
    .render();
    let mut res = render(&ctx, &title, main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/licenses/{id}`
pub async fn license(page: PageRequest, Staff(who): Staff, Path(id): Path<Uuid>) -> Response {
    let _state = &page.state;
    license_page(&page, &who, id, Said::nothing()).await
}

#[derive(Deserialize)]
pub struct LicenseAction {
    #[serde(default)]
    action: String,
    #[serde(default)]
    seats: String,
    activation: Option<Uuid>,
}

/// `POST /admin/licenses/{id}`: suspend, reinstate, revoke, resize, reset a binding or the budget.
pub async fn act(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<LicenseAction>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let change = async |change| -> Result<(), ApiError> {
        Ok(state.services.catalog.change_license(&who, id, change, meta).await.map(drop)?)
    };
    let status = |status| LicenseChange { status: Some(status), ..LicenseChange::default() };
    let result: Result<(), ApiError> = match form.action.as_str() {
        "suspend" => change(status(LicenseStatus::Suspended)).await,
        "reinstate" => change(status(LicenseStatus::Active)).await,
        "revoke" => change(status(LicenseStatus::Revoked)).await,
        "seats" => match number("seats", &form.seats) {
            Ok(seats) => change(LicenseChange { seats: Some(seats.unwrap_or(0)), ..LicenseChange::default() }).await,
            Err(e) => Err(e),
        },
        "reset_binding" => match form.activation {
            Some(a) => state.services.licensing.admin_deactivate(&who, id, a, meta).await.map(drop).map_err(Into::into),
            None => Err(ApiError::BadRequest("activation is missing".into())),
        },
        "reset_budget" => state.services.licensing.reset_budget(&who, id, meta).await.map(drop).map_err(Into::into),
        _ => Err(ApiError::BadRequest("unknown action".into())),
    };
    answer(result, page.locale, "account-saved", async |said| license_page(&page, &who, id, said).await).await
}

/// `POST /admin/licenses/{id}/offline-activation`: a customer's activation request in (they sent
/// it by email from an air-gapped machine), its license file out as a download.
pub async fn offline_activation(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<crate::web::licenses::OfflineForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    settle(
        state.services.licensing.activate_offline(&who, id, &form.request, true, meta).await,
        page.locale,
        async |file| crate::api::licenses::seats::license_download(file, "license.lic"),
        async |status, detail| license_page(&page, &who, id, Said::refused(status, detail)).await,
    )
    .await
}
