//! The admin panel's licensing pages: products and their plans, licenses (search, issue), and one
//! license (status, seats, activations with binding reset, reassignment-budget reset). Admins only:
//! the use cases refuse everyone else, and the error page says so.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::catalog::{IssuedLicense, LicenseChange, LicenseOrder, LicenseStatus, Plan, PlanSpec, Product};
use rms_app::licensing::Seats;
use rms_core::Timestamp;
use rms_i18n::Arg;
use serde::Deserialize;
use uuid::Uuid;

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

fn invalid(field: &'static str) -> rms_app::AppError {
    rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range }
}

/// Lines of a textarea, as typed (the use case trims and drops empty ones).
fn lines(raw: &str) -> Vec<String> {
    raw.lines().map(str::to_owned).collect()
}

/// A percentage typed with a dot or a comma, into basis points; empty is `None`.
fn percent(field: &'static str, raw: &str) -> Result<Option<rms_core::money::BasisPoints>, rms_app::AppError> {
    let raw = raw.trim().replace(',', ".");
    if raw.is_empty() {
        return Ok(None);
    }
    let p: f64 = raw.parse().map_err(|_| invalid(field))?;
    rms_core::money::BasisPoints::from_percent_rounded(p).map(Some).map_err(|_| invalid(field))
}

/// Answers a products-page form: back to the page (its section open) or the page with the error.
async fn after_products(page: &PageRequest, who: &Principal, done: Result<(), rms_app::AppError>) -> Response {
    settle(
        done,
        page.locale,
        async |()| redirect("/admin/products"),
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

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PlanEditForm {
    name: String,
    max_activations: String,
    duration_days: String,
    heartbeat_interval_secs: String,
    max_reassignments: String,
    offline_grace_hours: String,
    fingerprint_k: String,
    maintenance_days: String,
    entitlements: String,
    features: String,
    renewal_discount_percent: String,
    refund_action: String,
    refund_window_days: String,
    /// `name.<tag>`, `features.<tag>`: the words in other languages.
    #[serde(flatten)]
    translated: HashMap<String, String>,
}

/// `POST /admin/plans/{id}/edit`: everything about a plan but its price.
pub async fn edit_plan(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(f): CsrfForm<PlanEditForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let done = async {
        let whole = |field, raw: &str| number(field, raw).map_err(|_| invalid(field));
        let hours = f.offline_grace_hours.trim().replace(',', ".");
        let offline_grace_secs = match hours.as_str() {
            "" => None,
            h => {
                let h: f64 = h.parse().map_err(|_| invalid("offline_grace_hours"))?;
                if !(0.0..=8760.0).contains(&h) {
                    return Err(invalid("offline_grace_hours"));
                }
                Some((h * 3600.0).round() as i64)
            }
        };
        let patch = rms_app::catalog::PlanPatch {
            name: Some(f.name.clone()),
            max_activations: whole("max_activations", &f.max_activations)?,
            duration_days: Some(whole("duration_days", &f.duration_days)?),
            heartbeat_interval_secs: Some(whole("heartbeat_interval_secs", &f.heartbeat_interval_secs)?.unwrap_or(0)),
            max_reassignments: Some(whole("max_reassignments", &f.max_reassignments)?),
            offline_grace_secs,
            fingerprint_k: Some(whole("fingerprint_k", &f.fingerprint_k)?),
            fingerprint_match: None,
            maintenance_days: Some(whole("maintenance_days", &f.maintenance_days)?),
            entitlements: Some(
                lines(&f.entitlements).into_iter().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect(),
            ),
            features: Some(lines(&f.features)),
            translations: Some(translations::from_form(&f.translated)),
            renewal_discount_bp: Some(
                percent("renewal_discount_percent", &f.renewal_discount_percent)?.map_or(0, |bp| bp.get()),
            ),
            ..Default::default()
        };
        state.services.catalog.edit_plan(&who, id, patch, meta).await?;
        let window = whole("refund_window_days", &f.refund_window_days)?;
        let action = if f.refund_action.is_empty() { "revoke" } else { f.refund_action.as_str() };
        state.services.store.set_refund_action(&who, id, action, window, meta).await
    }
    .await;
    after_products(&page, &who, done).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PricingForm {
    price: String,
    visibility: String,
    tier_mode: String,
    /// One tier per line: `5: 10` (from 5 units, 10 % off).
    tiers: String,
    sale_price: String,
    sale_from: String,
    /// The sale's last day.
    sale_until: String,
}

/// `POST /admin/plans/{id}/pricing`: price, visibility, volume tiers and a sale.
pub async fn set_pricing(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(f): CsrfForm<PricingForm>,
) -> Response {
    use rms_core::pricing::{Sale, Tier, TierMode, Tiers, Visibility};
    let (state, meta) = (&page.state, &page.meta);
    let currency = state.services.store.currency();
    let done = async {
        let money = |field, raw: &str| {
            rms_core::Money::parse_decimal(raw.trim(), currency).map(|m| m.minor).ok_or_else(|| invalid(field))
        };
        let mut tiers = Vec::new();
        for line in f.tiers.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let (from, off) = line.split_once([':', '=']).ok_or_else(|| invalid("tiers"))?;
            let min_quantity: u32 = from.trim().parse().map_err(|_| invalid("tiers"))?;
            let off_bp = percent("tiers", off)?.ok_or_else(|| invalid("tiers"))?;
            tiers.push(Tier { min_quantity, off_bp });
        }
        let day = |field, raw: &str, end| match raw.trim() {
            "" => Ok(None),
            raw => crate::web::day(raw, end).map(Some).ok_or_else(|| invalid(field)),
        };
        let sale = match f.sale_price.trim() {
            "" => None,
            raw => Some(Sale {
                unit_minor: money("sale_price", raw)?,
                from: day("sale_from", &f.sale_from, false)?,
                until: day("sale_until", &f.sale_until, true)?,
            }),
        };
        let spec = rms_app::store::PriceSpec {
            unit_minor: money("price", &f.price)?,
            tiers: Tiers::parse(tiers).map_err(|_| invalid("tiers"))?,
            mode: TierMode::parse(if f.tier_mode.is_empty() { "all_units" } else { &f.tier_mode })
                .map_err(|_| invalid("tier_mode"))?,
            sale,
            visibility: Visibility::parse(if f.visibility.is_empty() { "public" } else { &f.visibility })
                .map_err(|_| invalid("visibility"))?,
        };
        state.services.store.set_price(&who, id, spec, meta).await
    }
    .await;
    after_products(&page, &who, done).await
}

pub struct LicenseLine {
    id: Uuid,
    prefix: String,
    /// "Product · Plan".
    product: String,
    owner_id: Uuid,
    /// The owner's email (or the invited address the license waits for).
    owner: String,
    status: crate::web::Badge,
    seats: String,
    expires: String,
}

#[derive(Template)]
#[template(path = "admin_licenses.html")]
struct Licenses<'a> {
    ctx: &'a PageCtx,
    query: String,
    status: String,
    /// The product filter (a product id, or empty).
    product: String,
    products: Vec<(Uuid, String)>,
    lines: Vec<LicenseLine>,
    plans: Vec<(Uuid, String)>,
    /// The column headings that sort (key: issue date; expiry), with their links.
    by_key: SortLink,
    by_expiry: SortLink,
    prev: Option<String>,
    next: Option<String>,
    /// What a refused issue form carried: (email, plan, pasted addresses).
    typed: IssueTyped,
    /// The idempotency key the single-issue form carries (a new one each time it is shown).
    issue_key: String,
    error: Option<String>,
}

/// What a refused "issue" or "issue to many" form carried, shown again in it.
#[derive(Default)]
struct IssueTyped {
    email: String,
    plan_id: String,
    emails: String,
}

/// A column heading that orders the list on the server.
struct SortLink {
    label: String,
    href: String,
    /// `aria-sort` of the column when the list is in its order.
    aria: Option<&'static str>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct LicenseQuery {
    query: String,
    status: String,
    /// A product id: only its licenses.
    product: String,
    /// `newest` (the default), `oldest` or `expires`; anything else is the default.
    sort: String,
    /// 1-based; anything that is not a positive number is the first page.
    page: String,
}

impl LicenseQuery {
    fn order(&self) -> LicenseOrder {
        match self.sort.as_str() {
            "oldest" => LicenseOrder::Oldest,
            "expires" => LicenseOrder::Expiry,
            _ => LicenseOrder::Newest,
        }
    }

    fn page(&self) -> i64 {
        crate::web::page_number(&self.page)
    }

    /// This list's address with another order or page (the filters kept).
    fn href(&self, sort: &str, page: i64) -> String {
        let sort = if sort == "newest" { "" } else { sort };
        let page = if page > 1 { page.to_string() } else { String::new() };
        let params = [
            ("query", self.query.as_str()),
            ("status", &self.status),
            ("product", &self.product),
            ("sort", sort),
            ("page", &page),
        ];
        crate::web::list_href("/admin/licenses", &params)
    }
}

fn line(ctx: &PageCtx, l: IssuedLicense, product: String, owner: String) -> LicenseLine {
    // A revoked license holds no seat any more: its devices were let go.
    let seats = if l.status == LicenseStatus::Revoked {
        ctx.t("licenses-seats-freed")
    } else {
        ctx.locale
            .t_args("licenses-seats-used", &[("used", Arg::Number(l.seats_used)), ("total", Arg::Number(l.seats))])
    };
    LicenseLine {
        id: l.id,
        prefix: l.key_prefix,
        product,
        owner_id: l.owner_id,
        owner: l.invited_email.clone().unwrap_or(owner),
        status: crate::web::Badge::license(ctx.locale, l.status),
        seats,
        expires: l.expires_at.map_or_else(|| ctx.t("licenses-perpetual"), |t| ctx.date(t)),
    }
}

async fn licenses_page(
    page: &PageRequest,
    who: &Principal,
    q: LicenseQuery,
    typed: IssueTyped,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let state = &page.state;
    let ctx = page.ctx("/admin/licenses");
    let filter = Some(q.status.as_str()).filter(|s| !s.is_empty());
    let product = q.product.parse::<Uuid>().ok();
    let (order, number) = (q.order(), q.page());
    let (found, more) = match state.services.catalog.licenses(who, Some(&q.query), product, filter, order, number).await
    {
        Ok(f) => f,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let (mut plans, mut products) = (Vec::new(), Vec::new());
    if let Ok(listed) = state.services.catalog.products(who).await {
        for p in listed {
            for plan in state.services.catalog.plans(who, p.id).await.unwrap_or_default() {
                plans.push((plan.id, format!("{} · {}", p.name, plan.name)));
            }
            products.push((p.id, p.name));
        }
    }
    // People and products by name, each looked up once.
    let mut owners = std::collections::HashMap::new();
    for id in found.iter().map(|l| l.owner_id) {
        if let std::collections::hash_map::Entry::Vacant(slot) = owners.entry(id) {
            slot.insert(state.services.admin.user(who, id).await.map(|u| u.email).unwrap_or_default());
        }
    }
    let lines = found
        .into_iter()
        .map(|l| {
            let product = plans.iter().find(|(id, _)| *id == l.plan_id).map(|(_, n)| n.clone()).unwrap_or_default();
            let owner = owners.get(&l.owner_id).cloned().unwrap_or_default();
            line(&ctx, l, product, owner)
        })
        .collect();
    // The key column orders by issue date (newest, then oldest), the expiry column by the soonest.
    let sort = q.sort.as_str();
    let by_key = SortLink {
        label: ctx.t("licenses-key"),
        href: q.href(if order == LicenseOrder::Newest { "oldest" } else { "newest" }, 1),
        aria: match order {
            LicenseOrder::Newest => Some("descending"),
            LicenseOrder::Oldest => Some("ascending"),
            LicenseOrder::Expiry => None,
        },
    };
    let by_expiry = SortLink {
        label: ctx.t("licenses-expires"),
        href: q.href("expires", 1),
        aria: (order == LicenseOrder::Expiry).then_some("ascending"),
    };
    let prev = (number > 1).then(|| q.href(sort, number - 1));
    let next = more.then(|| q.href(sort, number + 1));
    let main = Licenses {
        ctx: &ctx,
        query: q.query,
        status: q.status,
        product: q.product,
        products,
        lines,
        plans,
        by_key,
        by_expiry,
        prev,
        next,
        typed,
        issue_key: Uuid::new_v4().to_string(),
        error,
    }
    .render();
    let mut res = render(&ctx, &ctx.t("admin-licenses-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/licenses`: search by key prefix or owner email, and status.
pub async fn licenses(page: PageRequest, Staff(who): Staff, Query(q): Query<LicenseQuery>) -> Response {
    let _state = &page.state;
    licenses_page(&page, &who, q, IssueTyped::default(), None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct IssueForm {
    #[serde(default)]
    email: String,
    plan_id: Option<Uuid>,
    /// Minted with the form: the same form sent again shows the license it issued.
    #[serde(default)]
    idempotency_key: String,
}

/// `POST /admin/licenses`: issues a license and opens it.
pub async fn issue(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<IssueForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let result = match form.plan_id {
        Some(plan) => {
            let key = Some(form.idempotency_key.trim()).filter(|k| !k.is_empty());
            let request = serde_json::json!({ "email": form.email, "plan_id": plan });
            let (catalog, email, issuer) = (&state.services.catalog, form.email.as_str(), &who);
            state
                .services
                .idempotency
                .run(who.user_id, key, "POST /admin/licenses", &request, |claim| async move {
                    let (license, key) =
                        catalog.issue_license_claimed(issuer, email, plan, None, claim.as_ref(), meta).await?;
                    Ok((license.id, key))
                })
                .await
                .map(|answer: rms_app::idempotency::Answer<(Uuid, String)>| answer.value)
        }
        None => Err(rms_app::AppError::Invalid { field: "plan_id", reason: rms_core::account::InvalidInput::Range }),
    };
    let q = LicenseQuery::default();
    let typed = IssueTyped {
        email: form.email,
        plan_id: form.plan_id.map(|p| p.to_string()).unwrap_or_default(),
        ..IssueTyped::default()
    };
    settle(
        result,
        page.locale,
        // The key is shown once, on this answer (a redirect would have to carry it in the URL).
        async |(id, key)| {
            let notice = Some(page.locale.t("admin-license-issued"));
            license_page_with_key(&page, &who, id, (notice, None), StatusCode::CREATED, Some(key)).await
        },
        async |status, detail| licenses_page(&page, &who, q, typed, Some(detail), status).await,
    )
    .await
}

/// Addresses as pasted: one per line, or a CSV whose first column is the address (a header line
/// without an `@` is skipped).
fn pasted_emails(raw: &str) -> Vec<String> {
    raw.lines()
        .filter_map(|line| line.split([',', ';', '\t']).next())
        .map(|cell| cell.trim().trim_matches('"').trim().to_owned())
        .filter(|cell| cell.contains('@'))
        .collect()
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BulkForm {
    plan_id: String,
    emails: String,
}

#[derive(Template)]
#[template(path = "admin_bulk_issued.html")]
struct BulkIssuedPage<'a> {
    ctx: &'a PageCtx,
    /// (address, key, invited) of each license issued.
    issued: Vec<(String, String, bool)>,
    /// (address, why) of each address refused.
    refused: Vec<(String, String)>,
}

/// `POST /admin/licenses/bulk`: a license on one plan for each pasted address; the keys are
/// shown once, on the answer.
pub async fn issue_bulk(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<BulkForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let done = match form.plan_id.parse::<Uuid>() {
        Ok(plan) => state.services.catalog.issue_licenses(&who, &pasted_emails(&form.emails), plan, meta).await,
        Err(_) => Err(rms_app::AppError::Invalid { field: "plan_id", reason: rms_core::account::InvalidInput::Range }),
    };
    let results = match done {
        Ok(r) => r,
        Err(e) => {
            let typed =
                IssueTyped { plan_id: form.plan_id.clone(), emails: form.emails.clone(), ..IssueTyped::default() };
            return crate::web::refused(e, page.locale, async |status, detail| {
                licenses_page(&page, &who, LicenseQuery::default(), typed, Some(detail), status).await
            })
            .await;
        }
    };
    let ctx = page.ctx("/admin/licenses");
    let (mut issued, mut refused) = (Vec::new(), Vec::new());
    for (email, outcome) in results {
        match outcome {
            Ok((license, key)) => issued.push((email, key, license.invited_email.is_some())),
            Err(e) => {
                let detail = crate::http::problem::Problem::from(ApiError::from(e)).body(page.locale, None).detail;
                refused.push((email, detail));
            }
        }
    }
    let main = BulkIssuedPage { ctx: &ctx, issued, refused }.render();
    render(&ctx, &ctx.t("admin-bulk-title"), main, page.partial)
}

/// `POST /admin/licenses/{id}/resend`: tells the holder about the license again.
pub async fn resend(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let done = state.services.catalog.resend_license(&who, id, meta).await;
    settle(
        done,
        page.locale,
        async |()| {
            license_page(&page, &who, id, Some(page.locale.t("admin-license-resent")), None, StatusCode::OK).await
        },
        async |status, detail| license_page(&page, &who, id, None, Some(detail), status).await,
    )
    .await
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

async fn license_page(
    page: &PageRequest,
    who: &Principal,
    id: Uuid,
    notice: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    license_page_with_key(page, who, id, (notice, error), status, None).await
}

/// The license's page; `issued_key` on the answer to issuing it, the one time its key is shown.
async fn license_page_with_key(
    page: &PageRequest,
    who: &Principal,
    id: Uuid,
    (notice, error): (Option<String>, Option<String>),
    status: StatusCode,
    issued_key: Option<String>,
) -> Response {
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
