//! `/licenses/{id}/usage` (the owner's) and `/admin/licenses/{id}/usage` (staff): how a license
//! is used: devices or sites live and checking in per day, validations and heartbeats per day,
//! validations by result, its devices with when each was last seen, and its downloads.

use askama::Template;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::analytics::LicenseUsage;
use rms_core::analytics::start_of;
use rms_i18n::Arg;
use serde::Deserialize;
use uuid::Uuid;

use super::{DeviceRow, device};
use crate::http::problem::ApiError;
use crate::web::chart::Chart;
use crate::web::{PageCtx, PageRequest, SignedIn, Staff, render};

/// The ranges offered, in days.
const RANGES: [i64; 4] = [7, 30, 90, 365];

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RangeForm {
    days: Option<i64>,
}

#[derive(Template)]
#[template(path = "license_usage.html")]
struct UsagePage<'a> {
    ctx: &'a PageCtx,
    title: String,
    back: String,
    here: String,
    days: i64,
    /// (days, "Last 30 days").
    ranges: Vec<(i64, String)>,
    charts: Vec<(String, Vec<String>)>,
    /// Per day: date, live, seen, validations, heartbeats.
    table: Vec<[String; 5]>,
    devices: Vec<DeviceRow>,
    results: Vec<(String, String)>,
    /// Version, channel, count, last.
    downloads: Vec<[String; 4]>,
}

fn page_of(ctx: &PageCtx, u: LicenseUsage, back: String, here: String, days: i64) -> UsagePage<'_> {
    let int = |n: i64| ctx.locale.format_integer(n);
    let labels: Vec<String> = u.days.iter().map(|d| ctx.locale.format_date(start_of(d.day))).collect();
    let desc = ctx.locale.t_args(
        "analytics-chart-desc",
        &[
            ("from", Arg::from(labels.first().cloned().unwrap_or_default())),
            ("to", Arg::from(labels.last().cloned().unwrap_or_default())),
        ],
    );
    let rtl = ctx.dir() == "rtl";
    let chart = |id: &str, title: &str, series: Vec<(String, Vec<i64>)>| {
        let legend = series.iter().map(|(n, _)| n.clone()).collect();
        let svg =
            Chart { id, title: ctx.t(title), desc: desc.clone(), labels: labels.clone(), series, format: &int, rtl }
                .svg();
        (svg, legend)
    };
    let devices_chart = chart(
        "usage-devices",
        "usage-chart-devices",
        vec![
            (ctx.t("usage-live"), u.days.iter().map(|d| d.live).collect()),
            (ctx.t("usage-seen"), u.days.iter().map(|d| d.seen).collect()),
        ],
    );
    let calls_chart = chart(
        "usage-calls",
        "usage-chart-calls",
        vec![
            (ctx.t("analytics-col-validations"), u.days.iter().map(|d| d.validations).collect()),
            (ctx.t("analytics-col-heartbeats"), u.days.iter().map(|d| d.heartbeats).collect()),
        ],
    );
    UsagePage {
        ctx,
        title: format!("{} · {} · {}", ctx.t("usage-title"), u.license.product, u.license.plan),
        back,
        here,
        days,
        ranges: RANGES.iter().map(|d| (*d, ctx.locale.t_args("usage-last-days", &[("days", Arg::from(*d))]))).collect(),
        charts: vec![devices_chart, calls_chart],
        table: u
            .days
            .iter()
            .zip(&labels)
            .map(|(d, label)| [label.clone(), int(d.live), int(d.seen), int(d.validations), int(d.heartbeats)])
            .collect(),
        devices: u.activations.into_iter().map(|a| device(ctx, a)).collect(),
        results: u.results.into_iter().map(|(code, n)| (code, int(n))).collect(),
        downloads: u
            .downloads
            .into_iter()
            .map(|(_, version, channel, n, last)| {
                [version, channel, int(n), ctx.date(rms_core::Timestamp::from_millis(last))]
            })
            .collect(),
    }
}

async fn show(page: PageRequest, who: Principal, id: Uuid, staff: bool, form: RangeForm) -> Response {
    let days = form.days.unwrap_or(30);
    let (back, here) = if staff {
        (format!("/admin/licenses/{id}"), format!("/admin/licenses/{id}/usage"))
    } else {
        ("/licenses".to_owned(), format!("/licenses/{id}/usage"))
    };
    let s = &page.state.services;
    match s.analytics.license_usage(&s.licensing, &who, id, staff, days).await {
        Ok(u) => {
            let ctx = page.ctx(&here);
            let p = page_of(&ctx, u, back, here.clone(), days);
            let title = p.title.clone();
            render(&ctx, &title, p.render(), page.partial)
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /licenses/{id}/usage`: one of the viewer's licenses.
pub async fn usage(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path(id): Path<Uuid>,
    Query(f): Query<RangeForm>,
) -> Response {
    show(page, who, id, false, f).await
}

/// `GET /admin/licenses/{id}/usage`: any license, for staff.
pub async fn admin_usage(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    Query(f): Query<RangeForm>,
) -> Response {
    show(page, who, id, true, f).await
}
