//! The license list (search by key or owner, filter, sort, page) and issuing from it: to one
//! address, or one license each to many pasted addresses.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::catalog::{IssuedLicense, LicenseOrder, LicenseStatus};
use rms_i18n::Arg;
use serde::Deserialize;
use uuid::Uuid;

use super::detail::license_page_with_key;
use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::{PageCtx, PageRequest, Said, Staff, render, settle};

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
            let said = Said { status: StatusCode::CREATED, ..Said::notice(page.locale.t("admin-license-issued")) };
            license_page_with_key(&page, &who, id, said, Some(key)).await
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
