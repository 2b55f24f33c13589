//! The admin panel: users (search, detail, role, lock, forced log-out, 2FA reset, email
//! verification) and the audit log. Staff only; everyone else gets the 403 page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::AccountView;
use rms_app::admin::{AuditRecord, UserChange};
use rms_core::account::AuditFilter;
use rms_core::account::Role;
use rms_i18n::Arg;
use serde::Deserialize;
use uuid::Uuid;

use crate::http::problem::{ApiError, Problem};
use crate::http::problem_code::ProblemCode;
use crate::http::session::CsrfForm;
use crate::state::AppState;
use crate::web::{PageCtx, PageRequest, Staff, render};

#[derive(Deserialize)]
pub struct UsersQuery {
    #[serde(default)]
    query: String,
    page: Option<i64>,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct Users<'a> {
    ctx: &'a PageCtx,
    query: String,
    summary: String,
    users: Vec<AccountView>,
    prev: Option<String>,
    next: Option<String>,
}

fn page_link(query: &str, page: i64) -> String {
    let q: String = url::form_urlencoded::byte_serialize(query.as_bytes()).collect();
    format!("/admin/users?query={q}&page={page}")
}

/// `GET /admin/users`
pub async fn users(page: PageRequest, Staff(who): Staff, Query(q): Query<UsersQuery>) -> Response {
    let state = &page.state;
    let result = match state.services.admin.users(&who, Some(&q.query), q.page.unwrap_or(1)).await {
        Ok(r) => r,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx("/admin/users");
    let summary = ctx.locale.t_args("admin-users-count", &[("count", Arg::Number(result.total))]);
    let prev = (result.page > 1).then(|| page_link(&q.query, result.page - 1));
    let next = (result.page * result.page_size < result.total).then(|| page_link(&q.query, result.page + 1));
    let main = Users { ctx: &ctx, query: q.query, summary, users: result.items, prev, next }.render();
    render(&ctx, &ctx.t("admin-users-title"), main, page.partial)
}

#[derive(Template)]
#[template(path = "admin_user.html")]
struct UserDetail<'a> {
    ctx: &'a PageCtx,
    user: AccountView,
    actions: Vec<(&'static str, String)>,
    notice: Option<String>,
    error: Option<String>,
}

fn detail(ctx: &PageCtx, partial: bool, user: AccountView, notice: Option<String>, error: Option<String>) -> Response {
    let mut actions = vec![
        (if user.locked { "unlock" } else { "lock" }, ctx.t(if user.locked { "admin-unlock" } else { "admin-lock" })),
        ("logout", ctx.t("admin-force-logout")),
    ];
    if user.two_factor_enabled {
        actions.push(("reset_2fa", ctx.t("admin-reset-2fa")));
    }
    if !user.email_verified {
        actions.push(("verify_email", ctx.t("admin-verify-email")));
    }
    let title = user.email.clone();
    let main = UserDetail { ctx, user, actions, notice, error }.render();
    render(ctx, &title, main, partial)
}

/// `GET /admin/users/{id}`
pub async fn user(page: PageRequest, Staff(who): Staff, Path(id): Path<Uuid>) -> Response {
    let state = &page.state;
    match state.services.admin.user(&who, id).await {
        Ok(user) => detail(&page.ctx(&format!("/admin/users/{id}")), page.partial, user, None, None),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ActionForm {
    action: String,
    role: String,
    /// A wallet adjustment: `credit` or `debit`, a positive amount in major units, and why.
    direction: String,
    amount: String,
    reason: String,
}

/// `POST /admin/users/{id}`: one action per form.
pub async fn act(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<ActionForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    if form.action == "adjust" {
        let ctx = page.ctx(&format!("/admin/users/{id}"));
        let amount =
            rms_core::Money::parse_decimal(&form.amount, state.services.wallet.currency()).map_or(0, |m| m.minor);
        let signed = if form.direction == "debit" { -amount } else { amount };
        return match state.services.wallet.adjust(&who, id, signed, &form.reason, meta).await {
            Ok(balance) => match state.services.admin.user(&who, id).await {
                Ok(user) => {
                    let shown = crate::web::money(state, page.locale, balance);
                    let notice = page.locale.t_args("admin-wallet-adjusted", &[("balance", Arg::from(shown))]);
                    detail(&ctx, page.partial, user, Some(notice), None)
                }
                Err(e) => ApiError::from(e).into_response(),
            },
            Err(e) => {
                // The page's context is made after the refusal: it names the field at fault.
                crate::web::refused(e, page.locale, async |status, why| {
                    match state.services.admin.user(&who, id).await {
                        Ok(user) => {
                            let ctx = page.ctx(&format!("/admin/users/{id}"));
                            crate::web::with_status(detail(&ctx, page.partial, user, None, Some(why)), status)
                        }
                        Err(e) => ApiError::from(e).into_response(),
                    }
                })
                .await
            }
        };
    }
    if form.action == "erase" {
        let ctx = page.ctx(&format!("/admin/users/{id}"));
        return match state.services.admin.erase_user(&who, id, meta).await {
            Ok(user) => detail(&ctx, page.partial, user, Some(ctx.t("admin-user-erased")), None),
            Err(e) => ApiError::from(e).into_response(),
        };
    }
    let mut change = UserChange::default();
    match form.action.as_str() {
        "role" => match Role::parse(&form.role) {
            Ok(r) => change.role = Some(r),
            Err(reason) => return ApiError::from(rms_app::AppError::Invalid { field: "role", reason }).into_response(),
        },
        "lock" => change.locked = Some(true),
        "unlock" => change.locked = Some(false),
        "logout" => change.force_logout = true,
        "reset_2fa" => change.reset_two_factor = true,
        "verify_email" => change.email_verified = true,
        _ => {
            return Problem::new(axum::http::StatusCode::BAD_REQUEST, ProblemCode::BadRequest)
                .arg("reason", "unknown action")
                .into_response();
        }
    }
    let ctx = page.ctx(&format!("/admin/users/{id}"));
    match state.services.admin.change_user(&who, id, change, meta).await {
        Ok(user) => detail(&ctx, page.partial, user, Some(ctx.t("account-saved")), None),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AuditQuery {
    action: String,
    /// 1-based; anything that is not a positive number is the first page.
    page: String,
}

impl AuditQuery {
    fn page(&self) -> i64 {
        crate::web::page_number(&self.page)
    }

    /// The log's address at another page, the filter kept.
    fn href(&self, page: i64) -> String {
        let page = if page > 1 { page.to_string() } else { String::new() };
        crate::web::list_href("/admin/audit", &[("action", self.action.as_str()), ("page", &page)])
    }
}

pub struct AuditLine {
    at: String,
    action: String,
    /// Who acted: their email (the id when the account is gone), linked to their page.
    actor: String,
    actor_href: Option<String>,
    /// What it was done to: a person's email or a product's name, else its kind and id.
    target: String,
    target_href: Option<String>,
    ip: String,
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct Audit<'a> {
    ctx: &'a PageCtx,
    action: String,
    csv: String,
    events: Vec<AuditLine>,
    prev: Option<String>,
    next: Option<String>,
}

fn filter(action: &str) -> AuditFilter<'_> {
    AuditFilter { actor: None, action: Some(action.trim()).filter(|a| !a.is_empty()), from: None, to: None }
}

/// `GET /admin/audit`
pub async fn audit(page: PageRequest, Staff(who): Staff, Query(q): Query<AuditQuery>) -> Response {
    let state = &page.state;
    let number = q.page();
    let records = match state.services.admin.audit(&who, &filter(&q.action), number).await {
        Ok(r) => r,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx("/admin/audit");
    // People and products by name, each looked up once per page.
    let mut emails: std::collections::HashMap<Uuid, String> = std::collections::HashMap::new();
    let mut products: std::collections::HashMap<Uuid, String> = std::collections::HashMap::new();
    let mut events = Vec::with_capacity(records.len());
    for r in records {
        let r: AuditRecord = r;
        let mut email_of = async |id: Uuid| {
            if let Some(known) = emails.get(&id) {
                return known.clone();
            }
            let email = state.services.admin.user(&who, id).await.map(|u| u.email).unwrap_or_else(|_| id.to_string());
            emails.insert(id, email.clone());
            email
        };
        let (actor, actor_href) = match r.actor_id {
            Some(id) => (email_of(id).await, Some(format!("/admin/users/{id}"))),
            None => (String::new(), None),
        };
        let target_id = r.target_id.clone().unwrap_or_default();
        let target_uuid = target_id.parse::<Uuid>().ok();
        let (target, target_href) = match (r.target_type.as_deref(), target_uuid) {
            (Some("user"), Some(id)) => (email_of(id).await, Some(format!("/admin/users/{id}"))),
            (Some("product"), Some(id)) if ctx.admin => {
                let name = match products.get(&id) {
                    Some(n) => n.clone(),
                    None => {
                        let name = state.services.catalog.product(&who, id).await.map(|(p, _)| p.name);
                        let name = name.unwrap_or_else(|_| target_id.clone());
                        products.insert(id, name.clone());
                        name
                    }
                };
                (name, Some("/admin/products".to_owned()))
            }
            (Some("license"), Some(id)) => (target_id.clone(), Some(format!("/admin/licenses/{id}"))),
            (Some(kind), _) if !target_id.is_empty() => (format!("{kind} {target_id}"), None),
            _ => (target_id.clone(), None),
        };
        events.push(AuditLine {
            at: r.at.to_string(),
            action: r.action,
            actor,
            actor_href,
            target,
            target_href,
            ip: r.ip.unwrap_or_default(),
        });
    }
    let a: String = url::form_urlencoded::byte_serialize(q.action.as_bytes()).collect();
    // A full page may have a next one; an empty next page says so and links back.
    let next = (events.len() as i64 == rms_app::admin::PAGE_SIZE).then(|| q.href(number + 1));
    let prev = (number > 1).then(|| q.href(number - 1));
    let csv = format!("/admin/audit.csv?action={a}");
    let main = Audit { ctx: &ctx, action: q.action, csv, events, prev, next }.render();
    render(&ctx, &ctx.t("admin-audit-title"), main, page.partial)
}

/// `GET /admin/audit.csv`: the same export as the API, for the signed-in browser.
pub async fn audit_csv(State(state): State<AppState>, Staff(who): Staff, Query(q): Query<AuditQuery>) -> Response {
    match state.services.admin.audit_export(&who, &filter(&q.action), crate::api::admin::EXPORT_CAP).await {
        Ok(records) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\""),
            ],
            crate::api::admin::to_csv(&records),
        )
            .into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}
