//! `/api/v1/admin/analytics/{sales,licenses,usage,downloads}`: the dashboards' figures as JSON,
//! and every table of them as CSV at the same path with `.csv` (`?table=` picks one; the series
//! by default). Admins only: these are the business's books.

use axum::Json;
use axum::extract::Query;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_app::analytics::{
    Analytics, Counted, DownloadsReport, LicenseFigures, LicensesReport, ReportQuery, Revenue, SalesReport, Source,
    UsageFigures, UsageReport,
};
use rms_core::account::InvalidInput;
use rms_core::analytics::iso;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
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

#[derive(Serialize, ToSchema)]
pub struct RangeOut {
    /// `YYYY-MM-DD`.
    from: String,
    to: String,
}

#[derive(Serialize, ToSchema)]
pub struct SourceOut {
    /// Days read from the daily rollup.
    rollup_days: i64,
    /// Days computed from the events (today, and days not rolled up yet).
    live_days: i64,
}

impl From<Source> for SourceOut {
    fn from(s: Source) -> Self {
        Self { rollup_days: s.rollup_days, live_days: s.live_days }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ReportMeta {
    range: RangeOut,
    /// The range of the same length just before, which `previous` covers.
    previous_range: RangeOut,
    granularity: String,
    product: Option<Uuid>,
    source: SourceOut,
}

fn meta(q: Option<ReportQuery>, source: Source) -> ReportMeta {
    let q = q.unwrap_or(ReportQuery {
        range: rms_core::analytics::DayRange { from: 0, to: 0 },
        granularity: Default::default(),
        product: None,
    });
    let prev = q.range.previous();
    ReportMeta {
        range: RangeOut { from: iso(q.range.from), to: iso(q.range.to) },
        previous_range: RangeOut { from: iso(prev.from), to: iso(prev.to) },
        granularity: q.granularity.as_str().into(),
        product: q.product,
        source: source.into(),
    }
}

/// Money of one currency (minor units).
#[derive(Serialize, ToSchema)]
pub struct RevenueOut {
    /// The first day of the period (series only).
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<String>,
    currency: String,
    orders: i64,
    units: i64,
    gross_minor: i64,
    discounts_minor: i64,
    refunds_minor: i64,
    tax_minor: i64,
    /// Gross less discounts and refunds.
    net_minor: i64,
}

fn revenue(period: Option<i64>, r: &Revenue) -> RevenueOut {
    RevenueOut {
        period: period.map(iso),
        currency: r.currency.clone(),
        orders: r.orders,
        units: r.units,
        gross_minor: r.gross,
        discounts_minor: r.discounts,
        refunds_minor: r.refunds,
        tax_minor: r.tax,
        net_minor: r.net(),
    }
}

#[derive(Serialize, ToSchema)]
pub struct ProductRevenueOut {
    product_id: Uuid,
    product: String,
    plan_id: Uuid,
    plan: String,
    #[serde(flatten)]
    revenue: RevenueOut,
}

#[derive(Serialize, ToSchema)]
pub struct TopUpsOut {
    gateway: String,
    currency: String,
    top_ups: i64,
    amount_minor: i64,
}

#[derive(Serialize, ToSchema)]
pub struct CountryOut {
    /// ISO 3166-1 alpha-2 from the buyer's billing profile; empty when none was given.
    country: String,
    currency: String,
    units: i64,
    net_minor: i64,
}

#[derive(Serialize, ToSchema)]
pub struct CustomersOut {
    /// Buyers whose first purchase ever falls in the range.
    new_customers: i64,
    orders_from_new: i64,
    orders_from_returning: i64,
}

#[derive(Serialize, ToSchema)]
pub struct PromoOut {
    code: String,
    currency: String,
    uses: i64,
    discount_minor: i64,
}

#[derive(Serialize, ToSchema)]
pub struct AffiliateOut {
    affiliate_id: Uuid,
    email: String,
    commissions: i64,
    earned_minor: i64,
    reversed_minor: i64,
}

#[derive(Serialize, ToSchema)]
pub struct SalesOut {
    #[serde(flatten)]
    meta: ReportMeta,
    /// Per currency.
    totals: Vec<RevenueOut>,
    previous: Vec<RevenueOut>,
    /// Per period and currency, every period of the range included.
    series: Vec<RevenueOut>,
    /// Per product and plan, highest net first.
    products: Vec<ProductRevenueOut>,
    /// Wallet top-ups by gateway.
    gateways: Vec<TopUpsOut>,
    countries: Vec<CountryOut>,
    customers: CustomersOut,
    promos: Vec<PromoOut>,
    affiliates: Vec<AffiliateOut>,
}

impl From<SalesReport> for SalesOut {
    fn from(r: SalesReport) -> Self {
        Self {
            meta: meta(r.query, r.source),
            totals: r.totals.iter().map(|t| revenue(None, t)).collect(),
            previous: r.previous.iter().map(|t| revenue(None, t)).collect(),
            series: r.series.iter().map(|(p, t)| revenue(Some(*p), t)).collect(),
            products: r
                .products
                .iter()
                .map(|p| ProductRevenueOut {
                    product_id: p.product_id,
                    product: p.product.clone(),
                    plan_id: p.plan_id,
                    plan: p.plan.clone(),
                    revenue: revenue(None, &p.revenue),
                })
                .collect(),
            gateways: r
                .gateways
                .iter()
                .map(|g| TopUpsOut {
                    gateway: g.key.clone(),
                    currency: g.currency.clone(),
                    top_ups: g.count,
                    amount_minor: g.amount,
                })
                .collect(),
            countries: r
                .countries
                .iter()
                .map(|c| CountryOut {
                    country: c.key.clone(),
                    currency: c.currency.clone(),
                    units: c.count,
                    net_minor: c.amount,
                })
                .collect(),
            customers: CustomersOut {
                new_customers: r.customers.new_customers,
                orders_from_new: r.customers.orders_from_new,
                orders_from_returning: r.customers.orders_from_returning,
            },
            promos: r
                .promos
                .iter()
                .map(|p| PromoOut {
                    code: p.key.clone(),
                    currency: p.currency.clone(),
                    uses: p.count,
                    discount_minor: p.amount,
                })
                .collect(),
            affiliates: r
                .affiliates
                .iter()
                .map(|(a, reversed)| AffiliateOut {
                    affiliate_id: Uuid::parse_str(&a.key).unwrap_or_default(),
                    email: a.label.clone(),
                    commissions: a.count,
                    earned_minor: a.amount,
                    reversed_minor: *reversed,
                })
                .collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct LicenseFiguresOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<String>,
    /// Licenses sold or issued (sub-licenses not counted).
    issued: i64,
    activations: i64,
    deactivations: i64,
    /// Live activations (devices and sites) at the end of the range or period.
    live: i64,
}

fn figures(period: Option<i64>, f: &LicenseFigures) -> LicenseFiguresOut {
    LicenseFiguresOut {
        period: period.map(iso),
        issued: f.issued,
        activations: f.activations,
        deactivations: f.deactivations,
        live: f.live,
    }
}

#[derive(Serialize, ToSchema)]
pub struct CodeCount {
    /// A result code (`VALID`, `ACTIVATION_LIMIT`, …) or, for deactivations, who ended them
    /// (`product`, `owner`, `admin`, `culled`, `license`).
    code: String,
    count: i64,
}

fn codes(rows: &[Counted]) -> Vec<CodeCount> {
    rows.iter().map(|c| CodeCount { code: c.key.clone(), count: c.count }).collect()
}

#[derive(Serialize, ToSchema)]
pub struct ProductLicensesOut {
    product_id: Uuid,
    product: String,
    #[serde(flatten)]
    figures: LicenseFiguresOut,
}

#[derive(Serialize, ToSchema)]
pub struct LicensesOut {
    #[serde(flatten)]
    meta: ReportMeta,
    totals: LicenseFiguresOut,
    previous: LicenseFiguresOut,
    series: Vec<LicenseFiguresOut>,
    activation_results: Vec<CodeCount>,
    validation_results: Vec<CodeCount>,
    deactivated_by: Vec<CodeCount>,
    products: Vec<ProductLicensesOut>,
}

impl From<LicensesReport> for LicensesOut {
    fn from(r: LicensesReport) -> Self {
        Self {
            meta: meta(r.query, r.source),
            totals: figures(None, &r.totals),
            previous: figures(None, &r.previous),
            series: r.series.iter().map(|(p, f)| figures(Some(*p), f)).collect(),
            activation_results: codes(&r.activation_results),
            validation_results: codes(&r.validation_results),
            deactivated_by: codes(&r.deactivated_by),
            products: r
                .products
                .iter()
                .map(|(c, f)| ProductLicensesOut {
                    product_id: Uuid::parse_str(&c.key).unwrap_or_default(),
                    product: c.label.clone(),
                    figures: figures(None, f),
                })
                .collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct UsageFiguresOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<String>,
    validations: i64,
    heartbeats: i64,
    /// The busiest day's devices (software) that validated or sent a heartbeat.
    active_devices: i64,
    /// The busiest day's sites (site products) that checked in.
    active_sites: i64,
}

fn usage_figures(period: Option<i64>, f: &UsageFigures) -> UsageFiguresOut {
    UsageFiguresOut {
        period: period.map(iso),
        validations: f.validations,
        heartbeats: f.heartbeats,
        active_devices: f.active_devices,
        active_sites: f.active_sites,
    }
}

#[derive(Serialize, ToSchema)]
pub struct TopLicenseOut {
    license_id: Uuid,
    key_prefix: String,
    product: String,
    owner_email: String,
    /// Validations and heartbeats in the range.
    calls: i64,
    /// Distinct devices or sites that checked in.
    devices_seen: i64,
}

#[derive(Serialize, ToSchema)]
pub struct UsageOut {
    #[serde(flatten)]
    meta: ReportMeta,
    totals: UsageFiguresOut,
    previous: UsageFiguresOut,
    series: Vec<UsageFiguresOut>,
    /// The 20 busiest licenses.
    top_licenses: Vec<TopLicenseOut>,
}

impl From<UsageReport> for UsageOut {
    fn from(r: UsageReport) -> Self {
        Self {
            meta: meta(r.query, r.source),
            totals: usage_figures(None, &r.totals),
            previous: usage_figures(None, &r.previous),
            series: r.series.iter().map(|(p, f)| usage_figures(Some(*p), f)).collect(),
            top_licenses: r
                .top_licenses
                .iter()
                .map(|t| TopLicenseOut {
                    license_id: t.license_id,
                    key_prefix: t.key_prefix.clone(),
                    product: t.product.clone(),
                    owner_email: t.owner.clone(),
                    calls: t.calls,
                    devices_seen: t.devices_seen,
                })
                .collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct DownloadPoint {
    period: String,
    downloads: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ReleaseDownloads {
    release_id: Uuid,
    /// The product's name and the version.
    release: String,
    channel: String,
    downloads: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ChannelDownloads {
    channel: String,
    downloads: i64,
}

#[derive(Serialize, ToSchema)]
pub struct DownloadsOut {
    #[serde(flatten)]
    meta: ReportMeta,
    total: i64,
    previous: i64,
    series: Vec<DownloadPoint>,
    releases: Vec<ReleaseDownloads>,
    channels: Vec<ChannelDownloads>,
}

impl From<DownloadsReport> for DownloadsOut {
    fn from(r: DownloadsReport) -> Self {
        Self {
            meta: meta(r.query, r.source),
            total: r.total,
            previous: r.previous,
            series: r.series.iter().map(|(p, n)| DownloadPoint { period: iso(*p), downloads: *n }).collect(),
            releases: r
                .releases
                .iter()
                .map(|c| ReleaseDownloads {
                    release_id: Uuid::parse_str(&c.key).unwrap_or_default(),
                    release: c.label.clone(),
                    channel: c.currency.clone(),
                    downloads: c.count,
                })
                .collect(),
            channels: r
                .channels
                .iter()
                .map(|c| ChannelDownloads { channel: c.key.clone(), downloads: c.count })
                .collect(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row {
        label: &'static str,
        amount: i64,
    }

    #[derive(Serialize)]
    struct Answer {
        series: Vec<Row>,
    }

    #[tokio::test]
    async fn numbers_stay_numbers_and_text_formulas_are_defused() {
        let answer = Answer { series: vec![Row { label: "=SUM(A1)", amount: -1500 }, Row { label: "-x", amount: 7 }] };
        let res = csv(&answer, "sales", None).unwrap_or_else(|_| panic!("a CSV"));
        let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap_or_default();
        let text = String::from_utf8_lossy(&body);
        assert_eq!(text, "\"amount\",\"label\"\r\n-1500,\"'=SUM(A1)\"\r\n7,\"'-x\"\r\n");
        assert!(csv(&answer, "sales", Some("range")).is_err(), "only the answer's tables");
    }
}
