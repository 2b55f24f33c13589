//! The analytics answers as the API serializes them (and the CSV export flattens): one shape per
//! report, built from the use case's figures.

use rms_app::analytics::{
    Counted, DownloadsReport, LicenseFigures, LicensesReport, ReportQuery, Revenue, SalesReport, Source, UsageFigures,
    UsageReport,
};
use rms_core::analytics::iso;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

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
