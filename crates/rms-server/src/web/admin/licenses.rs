//! The admin panel's licensing pages: products and their plans, licenses (search, issue), and one
//! license (status, seats, activations with binding reset, reassignment-budget reset). Admins only:
//! the use cases refuse everyone else, and the error page says so.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::catalog::{IssuedLicense, LicenseChange, LicenseStatus, Plan, PlanSpec, Product};
use rms_app::licensing::Seats;
use rms_core::Timestamp;
use rms_i18n::Arg;
use serde::Deserialize;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::{PageCtx, PageRequest, Staff, redirect, render, settle};

#[derive(Template)]
#[template(path = "admin_products.html")]
struct Products<'a> {
    ctx: &'a PageCtx,
    /// Each product with its plans and (site products) its staging patterns, one per line.
    products: Vec<(Product, Vec<Plan>, Option<String>)>,
    reserved: String,
    error: Option<String>,
}

async fn products_page(page: &PageRequest, who: &Principal, error: Option<String>, status: StatusCode) -> Response {
    let state = &page.state;
    let ctx = page.ctx("/admin/products");
    let listed = match state.services.catalog.products(who).await {
        Ok(p) => p,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let mut products = Vec::new();
    for p in listed {
        let plans = match state.services.catalog.plans(who, p.id).await {
            Ok(plans) => plans,
            Err(e) => return ApiError::from(e).into_response(),
        };
        let staging = if p.kind == rms_core::product::ProductKind::Site {
            match state.services.catalog.staging_patterns(who, p.id).await {
                Ok(patterns) => Some(patterns.join("\n")),
                Err(e) => return ApiError::from(e).into_response(),
            }
        } else {
            None
        };
        products.push((p, plans, staging));
    }
    let names = Arg::from(rms_app::catalog::RESERVED_STAGING.join(", "));
    let reserved = ctx.locale.t_args("admin-staging-reserved", &[("names", names)]);
    let body = Products { ctx: &ctx, products, reserved, error }.render();
    let mut res = render(&ctx, &ctx.t("admin-products-title"), body, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/products`
pub async fn products(page: PageRequest, Staff(who): Staff) -> Response {
    products_page(&page, &who, None, StatusCode::OK).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProductForm {
    name: String,
    slug: String,
    kind: String,
}

/// `POST /admin/products`
pub async fn create_product(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<ProductForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    settle(
        state.services.catalog.create_product(&who, &form.name, &form.slug, &form.kind, meta).await,
        page.locale,
        async |_| redirect("/admin/products"),
        async |status, detail| products_page(&page, &who, Some(detail), status).await,
    )
    .await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct RotateForm {
    /// `YYYY-MM-DD` (UTC midnight); empty: 30 days from now.
    switch_at: String,
}

/// `POST /admin/products/{id}/rotate-key`: a staged rotation, from the day chosen.
pub async fn rotate_key(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<RotateForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let switch_at = match form.switch_at.trim() {
        "" => Ok(None),
        raw => crate::web::day(raw, false)
            .map(Some)
            .ok_or(rms_app::AppError::Invalid { field: "switch_at", reason: rms_core::account::InvalidInput::Range }),
    };
    let rotated = match switch_at {
        Ok(switch_at) => state.services.catalog.rotate_product_key(&who, id, switch_at, meta).await,
        Err(e) => Err(e),
    };
    settle(
        rotated,
        page.locale,
        async |_| redirect("/admin/products"),
        async |status, detail| products_page(&page, &who, Some(detail), status).await,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StagingForm {
    patterns: String,
}

/// `POST /admin/products/{id}/staging`: the product's staging hosts, one pattern per line.
pub async fn set_staging(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<StagingForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let patterns: Vec<String> = form.patterns.lines().map(str::to_owned).collect();
    settle(
        state.services.catalog.set_staging_patterns(&who, id, &patterns, meta).await,
        page.locale,
        async |_| redirect("/admin/products"),
        async |status, detail| products_page(&page, &who, Some(detail), status).await,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PlanForm {
    name: String,
    max_activations: String,
    duration_days: String,
    heartbeat_interval_secs: String,
    max_reassignments: String,
}

/// An optional number field: empty is `None`, anything else must be a number.
fn number(field: &'static str, raw: &str) -> Result<Option<i64>, ApiError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    raw.parse()
        .map(Some)
        .map_err(|_| rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range }.into())
}

/// `POST /admin/products/{id}/plans`
pub async fn create_plan(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<PlanForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let parsed = (|| {
        Ok::<_, ApiError>(PlanSpec {
            name: &form.name,
            max_activations: number("max_activations", &form.max_activations)?.unwrap_or(0),
            duration_days: number("duration_days", &form.duration_days)?,
            heartbeat_interval_secs: number("heartbeat_interval_secs", &form.heartbeat_interval_secs)?,
            max_reassignments: number("max_reassignments", &form.max_reassignments)?,
            ..PlanSpec::default()
        })
    })();
    let result = match parsed {
        Ok(spec) => state.services.catalog.create_plan(&who, id, spec, meta).await.map_err(ApiError::from),
        Err(e) => Err(e),
    };
    settle(
        result,
        page.locale,
        async |_| redirect("/admin/products"),
        async |status, detail| products_page(&page, &who, Some(detail), status).await,
    )
    .await
}

pub struct LicenseLine {
    id: Uuid,
    prefix: String,
    status: String,
    seats: String,
    expires: String,
}

#[derive(Template)]
#[template(path = "admin_licenses.html")]
struct Licenses<'a> {
    ctx: &'a PageCtx,
    query: String,
    status: String,
    lines: Vec<LicenseLine>,
    plans: Vec<(Uuid, String)>,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LicenseQuery {
    query: String,
    status: String,
}

fn line(ctx: &PageCtx, l: IssuedLicense) -> LicenseLine {
    LicenseLine {
        id: l.id,
        prefix: l.key_prefix,
        status: ctx.t(&format!("licenses-status-{}", l.status)),
        seats: ctx
            .locale
            .t_args("licenses-seats-used", &[("used", Arg::Number(l.seats_used)), ("total", Arg::Number(l.seats))]),
        expires: l.expires_at.map_or_else(|| ctx.t("licenses-perpetual"), |t| ctx.date(t)),
    }
}

async fn licenses_page(
    page: &PageRequest,
    who: &Principal,
    q: LicenseQuery,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let state = &page.state;
    let ctx = page.ctx("/admin/licenses");
    let filter = Some(q.status.as_str()).filter(|s| !s.is_empty());
    let found = match state.services.catalog.licenses(who, Some(&q.query), None, filter, 1).await {
        Ok(f) => f,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let mut plans = Vec::new();
    if let Ok(products) = state.services.catalog.products(who).await {
        for p in products {
            for plan in state.services.catalog.plans(who, p.id).await.unwrap_or_default() {
                plans.push((plan.id, format!("{} · {}", p.name, plan.name)));
            }
        }
    }
    let lines = found.into_iter().map(|l| line(&ctx, l)).collect();
    let main = Licenses { ctx: &ctx, query: q.query, status: q.status, lines, plans, error }.render();
    let mut res = render(&ctx, &ctx.t("admin-licenses-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/licenses`: search by key prefix or owner email, and status.
pub async fn licenses(page: PageRequest, Staff(who): Staff, Query(q): Query<LicenseQuery>) -> Response {
    let _state = &page.state;
    licenses_page(&page, &who, q, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct IssueForm {
    #[serde(default)]
    email: String,
    plan_id: Option<Uuid>,
}

/// `POST /admin/licenses`: issues a license and opens it.
pub async fn issue(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<IssueForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let result = match form.plan_id {
        Some(plan) => state.services.catalog.issue_license(&who, &form.email, plan, None, meta).await,
        None => Err(rms_app::AppError::Invalid { field: "plan_id", reason: rms_core::account::InvalidInput::Range }),
    };
    let q = LicenseQuery { query: String::new(), status: String::new() };
    settle(
        result,
        page.locale,
        async |(license, _)| redirect(&format!("/admin/licenses/{}", license.id)),
        async |status, detail| licenses_page(&page, &who, q, Some(detail), status).await,
    )
    .await
}

#[derive(Template)]
#[template(path = "admin_license.html")]
struct LicenseDetail<'a> {
    ctx: &'a PageCtx,
    seats: Seats,
    owner: String,
    status: String,
    expires: String,
    moves: String,
    notice: Option<String>,
    error: Option<String>,
}

async fn license_page(
    page: &PageRequest,
    who: &Principal,
    id: Uuid,
    notice: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let state = &page.state;
    let ctx = page.ctx(&format!("/admin/licenses/{id}"));
    let seats = match state.services.licensing.seats(who, id, true).await {
        Ok(s) => s,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let owner = state.services.admin.user(who, seats.license.owner_id).await.map(|u| u.email).unwrap_or_default();
    let l = &seats.license;
    let status_text = ctx.t(&format!("licenses-status-{}", l.status));
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
    let main = LicenseDetail { ctx: &ctx, seats, owner, status: status_text, expires, moves, notice, error }.render();
    let mut res = render(&ctx, &title, main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/licenses/{id}`
pub async fn license(page: PageRequest, Staff(who): Staff, Path(id): Path<Uuid>) -> Response {
    let _state = &page.state;
    license_page(&page, &who, id, None, None, StatusCode::OK).await
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
    let saved = page.locale.t("account-saved");
    settle(
        result,
        page.locale,
        async |()| license_page(&page, &who, id, Some(saved), None, StatusCode::OK).await,
        async |status, detail| license_page(&page, &who, id, None, Some(detail), status).await,
    )
    .await
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
        async |status, detail| license_page(&page, &who, id, None, Some(detail), status).await,
    )
    .await
}
