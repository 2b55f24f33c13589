//! The products page: every product with its plans, and the forms that create, edit, picture,
//! retire and re-key a product or list its staging hosts.

use std::collections::HashMap;

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::catalog::{Plan, Product};
use rms_core::Timestamp;
use rms_i18n::Arg;
use serde::Deserialize;
use uuid::Uuid;

use super::{lines, percent};
use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::admin::translations::{self, TextRow};
use crate::web::{PageCtx, PageRequest, Staff, redirect, render, settle};

/// A plan as the products page shows and edits it: its current price and every form's values.
pub struct PlanLine {
    pub plan: Plan,
    /// The unit price in effect, formatted; empty until priced.
    pub price: String,
    /// The price as the form edits it (a decimal in the base currency).
    pub price_decimal: String,
    pub visibility: String,
    pub tier_mode: String,
    /// One tier per line: `5: 10` (from 5 units, 10 % off).
    pub tiers: String,
    pub sale_price: String,
    pub sale_from: String,
    pub sale_until: String,
    pub refund_action: String,
    pub refund_window_days: String,
    pub offline_grace_hours: String,
    pub entitlements: String,
    pub features: String,
    pub renewal_discount_percent: String,
    /// Its name and features in every language.
    pub texts: Vec<TextRow>,
}

/// A product as the products page shows and edits it.
pub struct ProductLine {
    pub product: Product,
    pub plans: Vec<PlanLine>,
    /// Site products: the staging patterns, one per line.
    pub staging: Option<String>,
    pub features: String,
    /// The product's own commission in percent; empty: the global rate.
    pub commission_percent: String,
    /// Its name, description and features in every language.
    pub texts: Vec<TextRow>,
}

#[derive(Template)]
#[template(path = "admin_products.html")]
struct Products<'a> {
    ctx: &'a PageCtx,
    products: Vec<ProductLine>,
    reserved: String,
    error: Option<String>,
}

/// `YYYY-MM-DD` of an instant, for a date input.
fn ymd(t: Timestamp) -> String {
    let d = t.to_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

async fn plan_line(page: &PageRequest, who: &Principal, plan: Plan) -> Result<PlanLine, rms_app::AppError> {
    let state = &page.state;
    let terms = state.services.store.plan_terms(who, plan.id).await?;
    let currency = state.services.store.currency();
    let decimal = |minor: i64| rms_core::Money::new(minor, currency).to_decimal_string();
    let price = terms.price.as_ref();
    let running_sale = price.and_then(|p| p.sale).filter(|s| {
        let now = state.clock.now();
        s.from.is_none_or(|f| now >= f) && s.until.is_none_or(|u| now < u)
    });
    let in_effect = running_sale.map(|s| s.unit_minor).or(price.map(|p| p.unit_minor));
    Ok(PlanLine {
        price: in_effect.map(|m| crate::web::money(state, page.locale, m)).unwrap_or_default(),
        price_decimal: price.map(|p| decimal(p.unit_minor)).unwrap_or_default(),
        visibility: price.map_or("public", |p| p.visibility.as_str()).to_owned(),
        tier_mode: price.map_or("all_units", |p| p.mode.as_str()).to_owned(),
        tiers: price
            .map(|p| {
                p.tiers
                    .iter()
                    .map(|t| format!("{}: {}", t.min_quantity, t.off_bp.percent()))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
        sale_price: price.and_then(|p| p.sale).map(|s| decimal(s.unit_minor)).unwrap_or_default(),
        sale_from: price.and_then(|p| p.sale).and_then(|s| s.from).map(ymd).unwrap_or_default(),
        // The form's "until" is the last day of the sale; the stored end is the next midnight.
        sale_until: price
            .and_then(|p| p.sale)
            .and_then(|s| s.until)
            .map(|u| ymd(Timestamp::from_millis(u.as_millis() - 1)))
            .unwrap_or_default(),
        refund_action: terms.refund_action.as_str().to_owned(),
        refund_window_days: terms.refund_window_days.map(|d| d.to_string()).unwrap_or_default(),
        offline_grace_hours: format!("{}", plan.offline_grace_secs as f64 / 3600.0),
        entitlements: plan.entitlements.join("\n"),
        features: plan.features.join("\n"),
        renewal_discount_percent: rms_core::money::BasisPoints::new(plan.renewal_discount_bp)
            .map(|bp| bp.percent().to_string())
            .unwrap_or_default(),
        texts: translations::rows(&plan.translations),
        plan,
    })
}

async fn products_page(page: &PageRequest, who: &Principal, error: Option<String>, status: StatusCode) -> Response {
    let state = &page.state;
    let ctx = page.ctx("/admin/products");
    let loaded = async {
        let mut products = Vec::new();
        for p in state.services.catalog.products(who).await? {
            let mut plans = Vec::new();
            for plan in state.services.catalog.plans(who, p.id).await? {
                plans.push(plan_line(page, who, plan).await?);
            }
            let staging = if p.kind == rms_core::product::ProductKind::Site {
                Some(state.services.catalog.staging_patterns(who, p.id).await?.join("\n"))
            } else {
                None
            };
            let commission = state.services.store.product_commission(who, p.id).await?;
            products.push(ProductLine {
                features: p.features.join("\n"),
                commission_percent: commission.map(|bp| bp.percent().to_string()).unwrap_or_default(),
                texts: translations::rows(&p.translations),
                product: p,
                plans,
                staging,
            });
        }
        Ok::<_, rms_app::AppError>(products)
    }
    .await;
    let products = match loaded {
        Ok(p) => p,
        Err(e) => return ApiError::from(e).into_response(),
    };
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
    after_products(
        &page,
        &who,
        state.services.catalog.create_product(&who, &form.name, &form.slug, &form.kind, meta).await,
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
    after_products(&page, &who, rotated).await
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
    after_products(&page, &who, state.services.catalog.set_staging_patterns(&who, id, &patterns, meta).await).await
}

/// Answers a products-page form: back to the page (its section open) or the page with the error.
pub(super) async fn after_products<T>(
    page: &PageRequest,
    who: &Principal,
    done: Result<T, impl Into<crate::http::problem::ApiError>>,
) -> Response {
    settle(
        done,
        page.locale,
        async |_| redirect("/admin/products"),
        async |status, detail| products_page(page, who, Some(detail), status).await,
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProductEditForm {
    name: String,
    description: String,
    features: String,
    /// Empty: the global commission.
    commission_percent: String,
    /// `name.<tag>`, `description.<tag>`, `features.<tag>`: the words in other languages.
    #[serde(flatten)]
    translated: HashMap<String, String>,
}

/// `POST /admin/products/{id}/edit`: name, description, features and commission.
pub async fn edit_product(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<ProductEditForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let done = async {
        let commission = percent("commission_percent", &form.commission_percent)?;
        let patch = rms_app::catalog::ProductPatch {
            name: Some(form.name.clone()),
            description: Some(form.description.clone()),
            features: Some(lines(&form.features)),
            archived: None,
            translations: Some(translations::from_form(&form.translated)),
        };
        state.services.catalog.edit_product(&who, id, patch, meta).await?;
        state.services.store.set_product_commission(&who, id, commission, meta).await
    }
    .await;
    after_products(&page, &who, done).await
}

/// `PUT /admin/products/{id}/image`: the picture, as the raw body (the page's upload script
/// sends the CSRF token in `X-CSRF-Token`).
pub async fn upload_image(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    if let Err(refused) = page.csrf.check_header(&headers) {
        return refused;
    }
    match page.state.services.catalog.set_product_image(&who, id, Some(&body), &page.meta).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `POST /admin/products/{id}/image/remove`
pub async fn remove_image(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    let done = page.state.services.catalog.set_product_image(&who, id, None, &page.meta).await;
    after_products(&page, &who, done).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ArchiveForm {
    /// `1` retires the product, `0` sells it again.
    archived: String,
}

/// `POST /admin/products/{id}/archive`: retire a product (or sell it again).
pub async fn archive_product(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<ArchiveForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let patch = rms_app::catalog::ProductPatch { archived: Some(form.archived == "1"), ..Default::default() };
    let done = state.services.catalog.edit_product(&who, id, patch, meta).await.map(|_| ());
    after_products(&page, &who, done).await
}
