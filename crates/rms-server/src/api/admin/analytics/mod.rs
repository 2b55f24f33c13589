//! `/api/v1/admin/analytics/{sales,licenses,usage,downloads}`: the dashboards' figures as JSON,
//! and every table of them as CSV at the same path with `.csv` (`?table=` picks one; the series
//! by default). Admins only: these are the business's books.
//!
//! The answers' JSON shapes are in `answers`; the handlers and the CSV export are here.

mod answers;
#[cfg(test)]
mod tests;

pub use answers::{
    AffiliateOut, ChannelDownloads, CodeCount, CountryOut, CustomersOut, DownloadPoint, DownloadsOut,
    LicenseFiguresOut, LicensesOut, ProductLicensesOut, ProductRevenueOut, PromoOut, RangeOut, ReleaseDownloads,
    ReportMeta, RevenueOut, SalesOut, SourceOut, TopLicenseOut, TopUpsOut, UsageFiguresOut, UsageOut,
};

use axum::Json;
use axum::extract::Query;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_app::analytics::{Analytics, ReportQuery};
use rms_core::account::InvalidInput;
use serde::{Deserialize, Serialize};
use utoipa::IntoParams;
use uuid::Uuid;

use crate::http::extract::Call;
use crate::http::problem::{ApiError, ProblemBody};

#[derive(Deserialize, IntoParams, Default)]
#[serde(deny_unknown_fields)]
pub struct AnalyticsQuery {
    /// First day, `YYYY-MM-DD` (UTC), inclusive. Default: 29 days before `to`.
    pub(crate) from: Option<String>,
    /// Last day, inclusive. Default: today. A `from` after `to` is refused (422
    /// `DATE_RANGE_REVERSED`); at most three years.
    pub(crate) to: Option<String>,
    /// Only this product (its id). Tables without a product (top-ups, promo codes, affiliates,
    /// new customers) are then empty.
    pub(crate) product: Option<Uuid>,
    /// `day` (default), `week` (from Monday) or `month`.
    pub(crate) granularity: Option<String>,
    /// CSV only: which table to export (`series` by default; each report lists its tables).
    pub(crate) table: Option<String>,
}

impl AnalyticsQuery {
    pub(crate) fn parse(&self, analytics: &Analytics) -> Result<ReportQuery, AppError> {
        analytics.query(self.from.as_deref(), self.to.as_deref(), self.granularity.as_deref(), self.product)
    }
}

// ----- CSV -----

/// Any report answer as CSV: the array named `table` (or the object, such as `customers`), one
/// column per field, in alphabetical order of the field names.
fn csv(answer: &impl Serialize, report: &str, table: Option<&str>) -> Result<Response, ApiError> {
    let table = table.map(str::trim).filter(|t| !t.is_empty()).unwrap_or("series");
    let value = serde_json::to_value(answer).map_err(|e| AppError::Internal(e.to_string()))?;
    let rows: Vec<serde_json::Value> = match value.get(table) {
        Some(serde_json::Value::Array(rows)) => rows.clone(),
        Some(row @ serde_json::Value::Object(_))
            if table != "range" && table != "previous_range" && table != "source" =>
        {
            vec![row.clone()]
        }
        _ => return Err(AppError::Invalid { field: "table", reason: InvalidInput::Range }.into()),
    };
    let columns: Vec<String> = match rows.first().or(value.get(table)) {
        Some(serde_json::Value::Object(o)) => o.keys().cloned().collect(),
        _ => Vec::new(),
    };
    let mut out = columns.iter().map(|c| super::cell(c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    for row in &rows {
        let line: Vec<String> = columns
            .iter()
            .map(|c| match row.get(c) {
                Some(serde_json::Value::String(s)) => super::cell(s),
                Some(serde_json::Value::Null) | None => super::cell(""),
                // Numbers as numbers: a negative amount is not a formula.
                Some(v @ serde_json::Value::Number(_)) => v.to_string(),
                Some(v) => super::cell(&v.to_string()),
            })
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    let disposition = format!("attachment; filename=\"{report}-{table}.csv\"");
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)],
        out,
    )
        .into_response())
}

/// Exports one table of a report (`sales`, `licenses`, `usage`, `downloads`) as CSV: for the API
/// and for the signed-in browser alike.
pub(crate) async fn export(
    analytics: &Analytics,
    who: &rms_app::accounts::Principal,
    report: &str,
    q: &AnalyticsQuery,
) -> Result<Response, ApiError> {
    let rq = q.parse(analytics)?;
    let table = q.table.as_deref();
    match report {
        "sales" => csv(&SalesOut::from(analytics.sales(who, rq).await?), report, table),
        "licenses" => csv(&LicensesOut::from(analytics.licenses(who, rq).await?), report, table),
        "usage" => csv(&UsageOut::from(analytics.usage(who, rq).await?), report, table),
        _ => csv(&DownloadsOut::from(analytics.downloads(who, rq).await?), "downloads", table),
    }
}

/// Sales: revenue (gross, discounts, refunds, net, tax) per period, product and plan, buyer
/// country and currency; orders from new and returning customers; wallet top-ups by gateway;
/// promo code and affiliate performance; and the previous period's totals for comparison.
#[utoipa::path(get, path = "/api/v1/admin/analytics/sales", tag = "analytics", security(("bearer" = ["admin"])),
    params(AnalyticsQuery), responses(
        (status = 200, body = SalesOut),
        (status = 403, description = "`FORBIDDEN`: not an admin", body = ProblemBody),
        (status = 422, description = "`INVALID_DATE`, `DATE_RANGE_REVERSED`, `OUT_OF_RANGE`", body = ProblemBody)))]
pub async fn sales(Call { state, who, .. }: Call, Query(q): Query<AnalyticsQuery>) -> Result<Json<SalesOut>, ApiError> {
    let a = &state.services.analytics;
    Ok(Json(a.sales(&who, q.parse(a)?).await?.into()))
}

/// Sales as CSV: `table` is `series` (default), `totals`, `previous`, `products`, `gateways`,
/// `countries`, `customers`, `promos` or `affiliates`. Cells a spreadsheet would run as a formula
/// are defused.
#[utoipa::path(get, path = "/api/v1/admin/analytics/sales.csv", tag = "analytics", security(("bearer" = ["admin"])),
    params(AnalyticsQuery), responses(
        (status = 200, description = "CSV", content_type = "text/csv", body = String),
        (status = 403, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn sales_csv(Call { state, who, .. }: Call, Query(q): Query<AnalyticsQuery>) -> Result<Response, ApiError> {
    export(&state.services.analytics, &who, "sales", &q).await
}

/// Licenses: issued, activations, deactivations (and by whom), live activations over time, and
/// every activation and validation answer by result code.
#[utoipa::path(get, path = "/api/v1/admin/analytics/licenses", tag = "analytics", security(("bearer" = ["admin"])),
    params(AnalyticsQuery), responses(
        (status = 200, body = LicensesOut),
        (status = 403, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn licenses(
    Call { state, who, .. }: Call,
    Query(q): Query<AnalyticsQuery>,
) -> Result<Json<LicensesOut>, ApiError> {
    let a = &state.services.analytics;
    Ok(Json(a.licenses(&who, q.parse(a)?).await?.into()))
}

/// Licenses as CSV: `table` is `series` (default), `products`, `activation_results`,
/// `validation_results` or `deactivated_by`.
#[utoipa::path(get, path = "/api/v1/admin/analytics/licenses.csv", tag = "analytics", security(("bearer" = ["admin"])),
    params(AnalyticsQuery), responses(
        (status = 200, description = "CSV", content_type = "text/csv", body = String),
        (status = 403, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn licenses_csv(
    Call { state, who, .. }: Call,
    Query(q): Query<AnalyticsQuery>,
) -> Result<Response, ApiError> {
    export(&state.services.analytics, &who, "licenses", &q).await
}

/// Usage: validations and heartbeats, devices and sites that checked in, and the busiest
/// licenses.
#[utoipa::path(get, path = "/api/v1/admin/analytics/usage", tag = "analytics", security(("bearer" = ["admin"])),
    params(AnalyticsQuery), responses(
        (status = 200, body = UsageOut),
        (status = 403, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn usage(Call { state, who, .. }: Call, Query(q): Query<AnalyticsQuery>) -> Result<Json<UsageOut>, ApiError> {
    let a = &state.services.analytics;
    Ok(Json(a.usage(&who, q.parse(a)?).await?.into()))
}

/// Usage as CSV: `table` is `series` (default) or `top_licenses`.
#[utoipa::path(get, path = "/api/v1/admin/analytics/usage.csv", tag = "analytics", security(("bearer" = ["admin"])),
    params(AnalyticsQuery), responses(
        (status = 200, description = "CSV", content_type = "text/csv", body = String),
        (status = 403, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn usage_csv(Call { state, who, .. }: Call, Query(q): Query<AnalyticsQuery>) -> Result<Response, ApiError> {
    export(&state.services.analytics, &who, "usage", &q).await
}

/// Downloads per period, release and channel.
#[utoipa::path(get, path = "/api/v1/admin/analytics/downloads", tag = "analytics", security(("bearer" = ["admin"])),
    params(AnalyticsQuery), responses(
        (status = 200, body = DownloadsOut),
        (status = 403, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn downloads(
    Call { state, who, .. }: Call,
    Query(q): Query<AnalyticsQuery>,
) -> Result<Json<DownloadsOut>, ApiError> {
    let a = &state.services.analytics;
    Ok(Json(a.downloads(&who, q.parse(a)?).await?.into()))
}

/// Downloads as CSV: `table` is `series` (default), `releases` or `channels`.
#[utoipa::path(get, path = "/api/v1/admin/analytics/downloads.csv", tag = "analytics", security(("bearer" = ["admin"])),
    params(AnalyticsQuery), responses(
        (status = 200, description = "CSV", content_type = "text/csv", body = String),
        (status = 403, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn downloads_csv(
    Call { state, who, .. }: Call,
    Query(q): Query<AnalyticsQuery>,
) -> Result<Response, ApiError> {
    export(&state.services.analytics, &who, "downloads", &q).await
}
