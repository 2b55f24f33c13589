//! `/api/v1/admin/*`: users and the audit log, for admins (and, read-only, support staff).

pub mod analytics;
pub mod brand;
pub mod jobs;

use axum::Json;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_app::accounts::AccountView;
use rms_app::admin::{AuditRecord, UserChange};
use rms_core::account::AuditFilter;
use rms_core::account::{InvalidInput, Role};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::instant;
use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

/// At most this many rows in one CSV export.
pub const EXPORT_CAP: i64 = 100_000;

#[derive(Serialize, ToSchema)]
pub struct AdminUser {
    id: Uuid,
    email: String,
    name: String,
    role: String,
    locale: String,
    email_verified: bool,
    two_factor_enabled: bool,
    locked: bool,
    created_at: String,
}

impl From<AccountView> for AdminUser {
    fn from(u: AccountView) -> Self {
        Self {
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role,
            locale: u.locale,
            email_verified: u.email_verified,
            two_factor_enabled: u.two_factor_enabled,
            locked: u.locked,
            created_at: u.created_at.to_string(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct UserPage {
    users: Vec<AdminUser>,
    total: i64,
    page: i64,
    page_size: i64,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UserQuery {
    /// Part of an email address, or words of the name or their beginnings, all of them (`ada lov`
    /// finds Ada Lovelace); case-insensitive.
    query: Option<String>,
    /// 1-based page number.
    page: Option<i64>,
}

/// Find users.
#[utoipa::path(get, path = "/api/v1/admin/users", tag = "admin", security(("bearer" = ["read"])), params(UserQuery), responses(
    (status = 200, body = UserPage),
    (status = 403, description = "`FORBIDDEN`: not staff", body = ProblemBody)))]
pub async fn users(Call { state, who, .. }: Call, Query(q): Query<UserQuery>) -> Result<Json<UserPage>, ApiError> {
    let page = state.services.admin.users(&who, q.query.as_deref(), q.page.unwrap_or(1)).await?;
    Ok(Json(UserPage {
        users: page.items.into_iter().map(AdminUser::from).collect(),
        total: page.total,
        page: page.page,
        page_size: page.page_size,
    }))
}

/// One user.
#[utoipa::path(get, path = "/api/v1/admin/users/{id}", tag = "admin", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path)), responses((status = 200, body = AdminUser), (status = 404, body = ProblemBody)))]
pub async fn user(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Json<AdminUser>, ApiError> {
    Ok(Json(state.services.admin.user(&who, id).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserPatch {
    /// `user`, `support` or `admin`.
    #[schema(pattern = "^(user|support|admin)$")]
    role: Option<String>,
    locked: Option<bool>,
    /// End every session of the user now.
    #[serde(default)]
    force_logout: bool,
    /// Turn the user's two-factor sign-in off (they lost their authenticator).
    #[serde(default)]
    reset_two_factor: bool,
    /// Mark the email address verified (only `true` is meaningful).
    #[serde(default)]
    email_verified: bool,
}

/// Erase a customer's personal data on their request: address, name, password and second factor
/// replaced, account locked, sessions and API keys ended, billing profile, notifications,
/// Telegram link and sign-in devices deleted. Invoices and ledger entries are kept as issued (the
/// law requires it); licenses stay valid. Audited (without the erased data). Not for staff
/// (make them customers first) nor yourself.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/erase", tag = "admin", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path)), responses(
        (status = 200, body = AdminUser),
        (status = 403, description = "`FORBIDDEN`: not an admin, or yourself", body = ProblemBody),
        (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: staff are made customers first", body = ProblemBody)))]
pub async fn erase_user(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<Json<AdminUser>, ApiError> {
    Ok(Json(state.services.admin.erase_user(&who, id, &meta).await?.into()))
}

/// Change a user: role, lock, forced log-out, 2FA reset, email verified. Audited.
#[utoipa::path(patch, path = "/api/v1/admin/users/{id}", tag = "admin", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path)), request_body = UserPatch, responses(
        (status = 200, body = AdminUser),
        (status = 403, description = "`FORBIDDEN`: not an admin, or demoting/locking yourself", body = ProblemBody),
        (status = 404, body = ProblemBody)))]
pub async fn patch_user(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<UserPatch>,
) -> Result<Json<AdminUser>, ApiError> {
    let role = body
        .role
        .as_deref()
        .map(Role::parse)
        .transpose()
        .map_err(|_| AppError::Invalid { field: "role", reason: InvalidInput::Role })?;
    let change = UserChange {
        role,
        locked: body.locked,
        force_logout: body.force_logout,
        reset_two_factor: body.reset_two_factor,
        email_verified: body.email_verified,
    };
    Ok(Json(state.services.admin.change_user(&who, id, change, &meta).await?.into()))
}

#[derive(Serialize, ToSchema)]
pub struct AuditEvent {
    id: Uuid,
    at: String,
    actor_id: Option<Uuid>,
    action: String,
    target_type: Option<String>,
    target_id: Option<String>,
    ip: Option<String>,
    details: serde_json::Value,
}

impl From<AuditRecord> for AuditEvent {
    fn from(r: AuditRecord) -> Self {
        Self {
            id: r.id,
            at: r.at.to_string(),
            actor_id: r.actor_id,
            action: r.action,
            target_type: r.target_type,
            target_id: r.target_id,
            ip: r.ip,
            details: r.details,
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    /// Only events by this user id.
    actor: Option<Uuid>,
    /// Only this action, e.g. `auth.login_failed`.
    action: Option<String>,
    /// From this instant (RFC 3339), inclusive.
    from: Option<String>,
    /// Until this instant (RFC 3339), exclusive.
    to: Option<String>,
    page: Option<i64>,
    /// `csv` to download every matching event as CSV (`json`, the default, answers JSON).
    #[param(pattern = "^(json|csv)$")]
    format: Option<String>,
}

/// Read the audit log, newest first; `format=csv` exports every matching event.
#[utoipa::path(get, path = "/api/v1/admin/audit", tag = "admin", security(("bearer" = ["read"])), params(AuditQuery), responses(
    (status = 200, description = "The events; with `format=csv`, a CSV file",
        content((Vec<AuditEvent> = "application/json"), (String = "text/csv"))),
    (status = 403, body = ProblemBody)))]
pub async fn audit(Call { state, who, .. }: Call, Query(q): Query<AuditQuery>) -> Result<Response, ApiError> {
    let filter = AuditFilter {
        actor: q.actor,
        action: q.action.as_deref(),
        from: instant("from", q.from.as_deref())?,
        to: instant("to", q.to.as_deref())?,
    };
    match q.format.as_deref() {
        None | Some("json") => {
            let events = state.services.admin.audit(&who, &filter, q.page.unwrap_or(1)).await?;
            Ok(Json(events.into_iter().map(AuditEvent::from).collect::<Vec<_>>()).into_response())
        }
        Some("csv") => {
            let events = state.services.admin.audit_export(&who, &filter, EXPORT_CAP).await?;
            let body = to_csv(&events);
            Ok((
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                    (header::CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\""),
                ],
                body,
            )
                .into_response())
        }
        Some(_) => Err(AppError::Invalid { field: "format", reason: InvalidInput::Range }.into()),
    }
}

/// One CSV cell: quoted, quotes doubled, and text that a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@`, tab, CR) defused with a leading apostrophe (OWASP CSV injection).
fn cell(s: &str) -> String {
    let defused = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

pub fn to_csv(events: &[AuditRecord]) -> String {
    let mut out = String::from("id,at,actor_id,action,target_type,target_id,ip,details\r\n");
    for e in events {
        let row = [
            e.id.to_string(),
            e.at.to_string(),
            e.actor_id.map(|a| a.to_string()).unwrap_or_default(),
            e.action.clone(),
            e.target_type.clone().unwrap_or_default(),
            e.target_id.clone().unwrap_or_default(),
            e.ip.clone().unwrap_or_default(),
            e.details.to_string(),
        ];
        out.push_str(&row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("plain"), "\"plain\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(cell("a,b\nc"), "\"a,b\nc\"");
    }
}
