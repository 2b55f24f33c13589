//! `/admin/analytics` (sales) and `/admin/analytics/{licenses,usage,downloads}`: the figures of
//! the analytics API as pages: a date range form, the totals against the previous period, a chart
//! drawn on the server, and every table with its CSV export.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_app::accounts::Principal;
use rms_app::analytics::{ReportQuery, Revenue};
use rms_core::account::InvalidInput;
use rms_core::analytics::{iso, start_of};
use rms_i18n::{Arg, Locale};
use serde::Deserialize;
use uuid::Uuid;

use crate::api::admin::analytics::{AnalyticsQuery, export};
use crate::http::problem::ApiError;
use crate::web::chart::Chart;
use crate::web::store::pay::amount;
use crate::web::{PageCtx, PageRequest, Staff, problem_text, render};

const REPORTS: [(&str, &str, &str); 4] = [
    ("sales", "/admin/analytics", "analytics-sales"),
    ("licenses", "/admin/analytics/licenses", "analytics-licenses"),
    ("usage", "/admin/analytics/usage", "analytics-usage"),
    ("downloads", "/admin/analytics/downloads", "analytics-downloads"),
];

/// The form's fields as typed (empty = the default).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RangeForm {
    from: String,
    to: String,
    granularity: String,
    product: String,
}

impl RangeForm {
    fn to_query(&self) -> Result<AnalyticsQuery, AppError> {
        let product = match self.product.trim() {
            "" => None,
            p => Some(
                Uuid::parse_str(p).map_err(|_| AppError::Invalid { field: "product", reason: InvalidInput::Range })?,
            ),
        };
        let given = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        Ok(AnalyticsQuery {
            from: given(&self.from),
            to: given(&self.to),
            granularity: given(&self.granularity),
            product,
            table: None,
        })
    }
}

/// A figure with the previous period's beside it.
pub struct Card {
    pub label: String,
    pub value: String,
    pub previous: String,
    /// "+12 %", "−3 %", or empty when there is nothing to compare with.
    pub delta: String,
    pub tone: &'static str,
}

pub struct TableView {
    pub id: String,
    pub title: String,
    pub csv: String,
    pub columns: Vec<String>,
    /// Each cell's text and whether it is a number (aligned as one).
    pub rows: Vec<Vec<(String, bool)>>,
}

pub struct ChartView {
    pub svg: String,
    /// Each series' name, in the order of the stylesheet's colours.
    pub legend: Vec<String>,
    pub table: TableView,
}

#[derive(Template)]
#[template(path = "admin_analytics.html")]
struct AnalyticsPage<'a> {
    ctx: &'a PageCtx,
    title: String,
    /// (href, label, current) of the four reports.
    tabs: Vec<(&'static str, String, bool)>,
    action: &'static str,
    form: RangeForm,
    products: Vec<(Uuid, String)>,
    cards: Vec<Card>,
    chart: Option<ChartView>,
    tables: Vec<TableView>,
    source: String,
    error: Option<String>,
}

/// What one report contributes to its page.
#[derive(Default)]
struct Body {
    cards: Vec<Card>,
    chart: Option<ChartView>,
    tables: Vec<TableView>,
    source: (i64, i64),
}

fn card(locale: Locale, label: String, now: i64, before: i64, fmt: &dyn Fn(i64) -> String) -> Card {
    let (delta, tone) = if before == 0 {
        (String::new(), "quiet")
    } else {
        let change = (now - before) * 100 / before.abs();
        let sign = if change > 0 {
            "+"
        } else if change < 0 {
            "\u{2212}"
        } else {
            ""
        };
        let tone = if change > 0 {
            "ok"
        } else if change < 0 {
            "bad"
        } else {
            "quiet"
        };
        (format!("{sign}{} %", locale.format_integer(change.abs())), tone)
    };
    Card { label, value: fmt(now), previous: fmt(before), delta, tone }
}

struct Ctx<'a> {
    ctx: &'a PageCtx,
    report: &'static str,
    /// The query string of the range (for CSV links).
    qs: String,
}

impl Ctx<'_> {
    fn t(&self, key: &str) -> String {
        self.ctx.t(key)
    }

    fn int(&self, n: i64) -> String {
        self.ctx.locale.format_integer(n)
    }

    fn day(&self, day: i64) -> String {
        self.ctx.locale.format_date(start_of(day))
    }

    fn table(&self, id: &str, title_key: &str, columns: &[&str], rows: Vec<Vec<(String, bool)>>) -> TableView {
        TableView {
            id: id.to_owned(),
            title: self.t(title_key),
            csv: format!("/admin/analytics/{}.csv?{}table={id}", self.report, self.qs),
            columns: columns.iter().map(|c| self.t(&format!("analytics-col-{c}"))).collect(),
            rows,
        }
    }

    fn chart(
        &self,
        title_key: &str,
        periods: &[i64],
        series: Vec<(String, Vec<i64>)>,
        fmt: &dyn Fn(i64) -> String,
    ) -> ChartView {
        let labels: Vec<String> = periods.iter().map(|p| self.day(*p)).collect();
        let title = self.t(title_key);
        let desc = self.ctx.locale.t_args(
            "analytics-chart-desc",
            &[
                ("from", Arg::from(labels.first().cloned().unwrap_or_default())),
                ("to", Arg::from(labels.last().cloned().unwrap_or_default())),
            ],
        );
        let svg = Chart {
            id: &format!("chart-{}", self.report),
            title: title.clone(),
            desc,
            labels: labels.clone(),
            series: series.clone(),
            format: fmt,
            rtl: self.ctx.dir() == "rtl",
        }
        .svg();
        let mut columns = vec!["period".to_owned()];
        columns.extend(series.iter().map(|(name, _)| name.clone()));
        let rows = labels
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let mut row = vec![(label.clone(), false)];
                row.extend(series.iter().map(|(_, v)| (fmt(v.get(i).copied().unwrap_or_default()), true)));
                row
            })
            .collect();
        let mut table = self.table("series", title_key, &[], rows);
        table.columns = std::iter::once(self.t("analytics-col-period")).chain(columns.into_iter().skip(1)).collect();
        ChartView { svg, legend: series.into_iter().map(|(name, _)| name).collect(), table }
    }
}

fn num(s: String) -> (String, bool) {
    (s, true)
}

fn text(s: impl Into<String>) -> (String, bool) {
    (s.into(), false)
}

async fn sales_body(
    c: &Ctx<'_>,
    state: &crate::state::AppState,
    who: &Principal,
    q: ReportQuery,
) -> Result<Body, AppError> {
    let r = state.services.analytics.sales(who, q).await?;
    let locale = c.ctx.locale;
    let base = state.services.store.currency().as_str().to_owned();
    // The store's currency leads; other currencies (none unless invoices were issued in one) follow.
    let main = r
        .totals
        .iter()
        .find(|t| t.currency == base)
        .cloned()
        .unwrap_or(Revenue { currency: base.clone(), ..Default::default() });
    let prev = r.previous.iter().find(|t| t.currency == main.currency).cloned().unwrap_or_default();
    let cur = main.currency.clone();
    let money = |m: i64| amount(locale, m, &cur);
    let cards = vec![
        card(locale, c.t("analytics-col-gross"), main.gross, prev.gross, &money),
        card(locale, c.t("analytics-col-discounts"), main.discounts, prev.discounts, &money),
        card(locale, c.t("analytics-col-refunds"), main.refunds, prev.refunds, &money),
        card(locale, c.t("analytics-col-net"), main.net(), prev.net(), &money),
        card(locale, c.t("analytics-col-orders"), main.orders, prev.orders, &|n| c.int(n)),
    ];
    let series: Vec<&(i64, Revenue)> = r.series.iter().filter(|(_, s)| s.currency == cur).collect();
    let periods: Vec<i64> = series.iter().map(|(p, _)| *p).collect();
    let chart = c.chart(
        "analytics-chart-revenue",
        &periods,
        vec![
            (c.t("analytics-col-net"), series.iter().map(|(_, s)| s.net()).collect()),
            (c.t("analytics-col-refunds"), series.iter().map(|(_, s)| s.refunds).collect()),
        ],
        &money,
    );
    let m = |m: i64, currency: &str| num(amount(locale, m, currency));
    let mut tables = vec![
        c.table(
            "products",
            "analytics-table-products",
            &["product", "plan", "units", "gross", "discounts", "refunds", "net"],
            r.products
                .iter()
                .map(|p| {
                    let v = &p.revenue;
                    vec![
                        text(&p.product),
                        text(&p.plan),
                        num(c.int(v.units)),
                        m(v.gross, &v.currency),
                        m(v.discounts, &v.currency),
                        m(v.refunds, &v.currency),
                        m(v.net(), &v.currency),
                    ]
                })
                .collect(),
        ),
    ];
    tables.push(c.table(
        "customers",
        "analytics-table-customers",
        &["new_customers", "orders_from_new", "orders_from_returning"],
        vec![vec![
            num(c.int(r.customers.new_customers)),
            num(c.int(r.customers.orders_from_new)),
            num(c.int(r.customers.orders_from_returning)),
        ]],
    ));
    tables.push(c.table(
        "gateways",
        "analytics-table-gateways",
        &["gateway", "top_ups", "amount"],
        r.gateways.iter().map(|g| vec![text(&g.key), num(c.int(g.count)), m(g.amount, &g.currency)]).collect(),
    ));
    tables.push(
        c.table(
            "countries",
            "analytics-table-countries",
            &["country", "units", "net"],
            r.countries
                .iter()
                .map(|g| {
                    vec![
                        text(if g.key.is_empty() { "—" } else { &g.key }),
                        num(c.int(g.count)),
                        m(g.amount, &g.currency),
                    ]
                })
                .collect(),
        ),
    );
    tables.push(c.table(
        "promos",
        "analytics-table-promos",
        &["code", "uses", "discount"],
        r.promos.iter().map(|p| vec![text(&p.key), num(c.int(p.count)), m(p.amount, &p.currency)]).collect(),
    ));
    tables.push(
        c.table(
            "affiliates",
            "analytics-table-affiliates",
            &["affiliate", "commissions", "earned", "reversed"],
            r.affiliates
                .iter()
                .map(|(a, reversed)| vec![text(&a.label), num(c.int(a.count)), m(a.amount, &base), m(*reversed, &base)])
                .collect(),
        ),
    );
    Ok(Body { cards, chart: Some(chart), tables, source: (r.source.rollup_days, r.source.live_days) })
}

async fn licenses_body(
    c: &Ctx<'_>,
    state: &crate::state::AppState,
    who: &Principal,
    q: ReportQuery,
) -> Result<Body, AppError> {
    let r = state.services.analytics.licenses(who, q).await?;
    let locale = c.ctx.locale;
    let int = |n: i64| c.int(n);
    let (t, p) = (r.totals, r.previous);
    let cards = vec![
        card(locale, c.t("analytics-col-issued"), t.issued, p.issued, &int),
        card(locale, c.t("analytics-col-activations"), t.activations, p.activations, &int),
        card(locale, c.t("analytics-col-deactivations"), t.deactivations, p.deactivations, &int),
        card(locale, c.t("analytics-col-live"), t.live, p.live, &int),
    ];
    let periods: Vec<i64> = r.series.iter().map(|(p, _)| *p).collect();
    let chart = c.chart(
        "analytics-chart-licenses",
        &periods,
        vec![
            (c.t("analytics-col-live"), r.series.iter().map(|(_, f)| f.live).collect()),
            (c.t("analytics-col-activations"), r.series.iter().map(|(_, f)| f.activations).collect()),
            (c.t("analytics-col-issued"), r.series.iter().map(|(_, f)| f.issued).collect()),
        ],
        &int,
    );
    let codes = |rows: &[rms_app::analytics::Counted]| -> Vec<Vec<(String, bool)>> {
        rows.iter().map(|x| vec![(x.key.clone(), false), num(c.int(x.count))]).collect()
    };
    let tables = vec![
        c.table(
            "products",
            "analytics-table-products",
            &["product", "issued", "activations", "deactivations", "live"],
            r.products
                .iter()
                .map(|(p, f)| {
                    vec![
                        text(&p.label),
                        num(int(f.issued)),
                        num(int(f.activations)),
                        num(int(f.deactivations)),
                        num(int(f.live)),
                    ]
                })
                .collect(),
        ),
        c.table(
            "activation_results",
            "analytics-table-activation-results",
            &["code", "count"],
            codes(&r.activation_results),
        ),
        c.table(
            "validation_results",
            "analytics-table-validation-results",
            &["code", "count"],
            codes(&r.validation_results),
        ),
        c.table("deactivated_by", "analytics-table-deactivated-by", &["by", "count"], codes(&r.deactivated_by)),
    ];
    Ok(Body { cards, chart: Some(chart), tables, source: (r.source.rollup_days, r.source.live_days) })
}

async fn usage_body(
    c: &Ctx<'_>,
    state: &crate::state::AppState,
    who: &Principal,
    q: ReportQuery,
) -> Result<Body, AppError> {
    let r = state.services.analytics.usage(who, q).await?;
    let locale = c.ctx.locale;
    let int = |n: i64| c.int(n);
    let (t, p) = (r.totals, r.previous);
    let cards = vec![
        card(locale, c.t("analytics-col-validations"), t.validations, p.validations, &int),
        card(locale, c.t("analytics-col-heartbeats"), t.heartbeats, p.heartbeats, &int),
        card(locale, c.t("analytics-col-active_devices"), t.active_devices, p.active_devices, &int),
        card(locale, c.t("analytics-col-active_sites"), t.active_sites, p.active_sites, &int),
    ];
    let periods: Vec<i64> = r.series.iter().map(|(p, _)| *p).collect();
    let chart = c.chart(
        "analytics-chart-usage",
        &periods,
        vec![
            (c.t("analytics-col-active_devices"), r.series.iter().map(|(_, f)| f.active_devices).collect()),
            (c.t("analytics-col-active_sites"), r.series.iter().map(|(_, f)| f.active_sites).collect()),
        ],
        &int,
    );
    let tables = vec![
        c.table(
            "top_licenses",
            "analytics-table-top-licenses",
            &["license", "product", "owner", "calls", "devices_seen"],
            r.top_licenses
                .iter()
                .map(|l| {
                    vec![
                        text(&l.key_prefix),
                        text(&l.product),
                        text(&l.owner),
                        num(int(l.calls)),
                        num(int(l.devices_seen)),
                    ]
                })
                .collect(),
        ),
    ];
    Ok(Body { cards, chart: Some(chart), tables, source: (r.source.rollup_days, r.source.live_days) })
}

async fn downloads_body(
    c: &Ctx<'_>,
    state: &crate::state::AppState,
    who: &Principal,
    q: ReportQuery,
) -> Result<Body, AppError> {
    let r = state.services.analytics.downloads(who, q).await?;
    let int = |n: i64| c.int(n);
    let cards = vec![card(c.ctx.locale, c.t("analytics-col-downloads"), r.total, r.previous, &int)];
    let periods: Vec<i64> = r.series.iter().map(|(p, _)| *p).collect();
    let chart = c.chart(
        "analytics-chart-downloads",
        &periods,
        vec![(c.t("analytics-col-downloads"), r.series.iter().map(|(_, n)| *n).collect())],
        &int,
    );
    let tables = vec![
        c.table(
            "releases",
            "analytics-table-releases",
            &["release", "channel", "downloads"],
            r.releases.iter().map(|x| vec![text(&x.label), text(&x.currency), num(int(x.count))]).collect(),
        ),
        c.table(
            "channels",
            "analytics-table-channels",
            &["channel", "downloads"],
            r.channels.iter().map(|x| vec![text(&x.key), num(int(x.count))]).collect(),
        ),
    ];
    Ok(Body { cards, chart: Some(chart), tables, source: (r.source.rollup_days, r.source.live_days) })
}

async fn report_page(page: PageRequest, who: Principal, report: &'static str, mut form: RangeForm) -> Response {
    let (_, href, title_key) = REPORTS.iter().find(|r| r.0 == report).copied().unwrap_or(REPORTS[0]);
    let state = page.state.clone();
    let analytics = &state.services.analytics;
    let parsed = form.to_query().and_then(|q| q.parse(analytics));
    let (body, error, status) = match parsed {
        Ok(q) => {
            // The form shows the range it answers (the defaults included).
            (form.from, form.to) = (iso(q.range.from), iso(q.range.to));
            form.granularity = q.granularity.as_str().to_owned();
            let mut qs = format!("from={}&to={}&granularity={}&", form.from, form.to, form.granularity);
            if let Some(p) = q.product {
                qs.push_str(&format!("product={p}&"));
            }
            // The context is made after the work: a refusal sets the field at fault.
            let pre = page.ctx(href);
            let c = Ctx { ctx: &pre, report, qs };
            let body = match report {
                "sales" => sales_body(&c, &state, &who, q).await,
                "licenses" => licenses_body(&c, &state, &who, q).await,
                "usage" => usage_body(&c, &state, &who, q).await,
                _ => downloads_body(&c, &state, &who, q).await,
            };
            match body {
                Ok(b) => (b, None, StatusCode::OK),
                Err(AppError::Forbidden) => return ApiError::from(AppError::Forbidden).into_response(),
                Err(e) => match problem_text(e, page.locale) {
                    Ok((status, detail)) => (Body::default(), Some(detail), status),
                    Err(res) => return res,
                },
            }
        }
        Err(AppError::Forbidden) => return ApiError::from(AppError::Forbidden).into_response(),
        Err(e) => match problem_text(e, page.locale) {
            Ok((status, detail)) => (Body::default(), Some(detail), status),
            Err(res) => return res,
        },
    };
    let ctx = page.ctx(href);
    let products = match state.services.catalog.products(&who).await {
        Ok(list) => list.into_iter().map(|p| (p.id, p.name)).collect(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let source = ctx
        .locale
        .t_args("analytics-source", &[("rollup", Arg::from(body.source.0)), ("live", Arg::from(body.source.1))]);
    let main = AnalyticsPage {
        ctx: &ctx,
        title: ctx.t(title_key),
        tabs: REPORTS.iter().map(|(name, h, key)| (*h, ctx.t(key), *name == report)).collect(),
        action: href,
        form,
        products,
        cards: body.cards,
        chart: body.chart,
        tables: body.tables,
        source,
        error,
    }
    .render();
    let mut res = render(&ctx, &ctx.t(title_key), main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/analytics`: sales.
pub async fn sales(page: PageRequest, Staff(who): Staff, Query(form): Query<RangeForm>) -> Response {
    report_page(page, who, "sales", form).await
}

/// `GET /admin/analytics/licenses`.
pub async fn licenses(page: PageRequest, Staff(who): Staff, Query(form): Query<RangeForm>) -> Response {
    report_page(page, who, "licenses", form).await
}

/// `GET /admin/analytics/usage`.
pub async fn usage(page: PageRequest, Staff(who): Staff, Query(form): Query<RangeForm>) -> Response {
    report_page(page, who, "usage", form).await
}

/// `GET /admin/analytics/downloads`.
pub async fn downloads(page: PageRequest, Staff(who): Staff, Query(form): Query<RangeForm>) -> Response {
    report_page(page, who, "downloads", form).await
}

/// The CSV fields the pages link with: the range and the table.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CsvForm {
    #[serde(flatten)]
    range: RangeForm,
    table: String,
}

/// `GET /admin/analytics/{report}.csv`: the API's export, for the signed-in browser.
pub async fn csv(page: PageRequest, who: Principal, report: &'static str, form: CsvForm) -> Response {
    let query = form.range.to_query().map(|mut q| {
        q.table = Some(form.table.clone()).filter(|t| !t.is_empty());
        q
    });
    let answer = match query {
        Ok(q) => export(&page.state.services.analytics, &who, report, &q).await,
        Err(e) => Err(e.into()),
    };
    answer.unwrap_or_else(IntoResponse::into_response)
}
