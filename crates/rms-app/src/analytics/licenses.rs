//! Licensing figures: the admin's report of licenses issued, activations and answers, and one
//! license's usage for its owner and staff.

use std::collections::BTreeMap;

use rms_core::account::InvalidInput;
use rms_core::analytics::DayRange;
use rms_store::analytics::{self as store, DailyRow};
use uuid::Uuid;

use super::{Analytics, Counted, ReportQuery, Source, metric, parse_id, sorted};
use crate::AppError;
use crate::accounts::{Principal, admin_only};

/// Licensing figures over a range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LicenseFigures {
    pub issued: i64,
    pub activations: i64,
    pub deactivations: i64,
    /// Live activations at the end of the range (or period).
    pub live: i64,
}

#[derive(Clone, Debug, Default)]
pub struct LicensesReport {
    pub query: Option<ReportQuery>,
    pub totals: LicenseFigures,
    pub previous: LicenseFigures,
    pub series: Vec<(i64, LicenseFigures)>,
    /// Key the result code.
    pub activation_results: Vec<Counted>,
    pub validation_results: Vec<Counted>,
    /// Key who ended them (product, owner, admin, culled, license).
    pub deactivated_by: Vec<Counted>,
    /// Key the product id, label its name.
    pub products: Vec<(Counted, LicenseFigures)>,
    pub source: Source,
}

impl Analytics {
    fn license_figures(rows: &[DailyRow], range: DayRange) -> LicenseFigures {
        use metric::*;
        let mut f = LicenseFigures::default();
        for r in rows {
            match r.metric.as_str() {
                ISSUED => f.issued += r.count,
                ACTIVATIONS => f.activations += r.count,
                DEACTIVATIONS => f.deactivations += r.count,
                LIVE if r.day == range.to => f.live += r.count,
                _ => {}
            }
        }
        f
    }

    /// Licenses issued, activations and deactivations, live activations, and every answer by
    /// result code.
    pub async fn licenses(&self, who: &Principal, q: ReportQuery) -> Result<LicensesReport, AppError> {
        use metric::*;
        admin_only(who)?;
        let metrics = [ISSUED, ACTIVATIONS, DEACTIVATIONS, LIVE, VALIDATE, ACTIVATE];
        let (rows, source) = self.rows(q.range, &metrics, q.product).await?;
        let (prev_rows, _) =
            self.rows(q.range.previous(), &[ISSUED, ACTIVATIONS, DEACTIVATIONS, LIVE], q.product).await?;
        let (names, _) = self.names().await?;
        // The live level of a period is its last day's (or today's, for the current period).
        let last_day = q.range.to.min(self.today());
        let periods = q.granularity.periods(q.range.from, q.range.to);
        let mut series: Vec<(i64, LicenseFigures)> = Vec::new();
        for (i, p) in periods.iter().enumerate() {
            let end = periods.get(i + 1).map_or(q.range.to, |next| next - 1).min(last_day);
            let period_rows: Vec<DailyRow> =
                rows.iter().filter(|r| q.granularity.period_of(r.day) == *p).cloned().collect();
            let figures = Self::license_figures(&period_rows, DayRange { from: *p, to: end });
            series.push((*p, figures));
        }
        let mut activation_results = BTreeMap::new();
        let mut validation_results = BTreeMap::new();
        let mut deactivated_by = BTreeMap::new();
        let mut by_product: BTreeMap<String, Vec<DailyRow>> = BTreeMap::new();
        for r in &rows {
            let target = match r.metric.as_str() {
                ACTIVATE => Some(&mut activation_results),
                VALIDATE => Some(&mut validation_results),
                DEACTIVATIONS => Some(&mut deactivated_by),
                _ => None,
            };
            if let Some(t) = target {
                let e: &mut (i64, i64) = t.entry((r.dim.clone(), String::new())).or_default();
                e.0 += r.count;
            }
            if !r.product_id.is_empty() && [ISSUED, ACTIVATIONS, DEACTIVATIONS, LIVE].contains(&r.metric.as_str()) {
                by_product.entry(r.product_id.clone()).or_default().push(r.clone());
            }
        }
        let to_counted = |m: BTreeMap<(String, String), (i64, i64)>| {
            let mut v = sorted(m);
            v.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
            v
        };
        let live_range = DayRange { from: q.range.from, to: last_day };
        let mut products: Vec<(Counted, LicenseFigures)> = by_product
            .into_iter()
            .map(|(product, rows)| {
                let label = names.get(&parse_id(&product)).map(|p| p.0.clone()).unwrap_or_default();
                let figures = Self::license_figures(&rows, live_range);
                (Counted { key: product, label, ..Default::default() }, figures)
            })
            .collect();
        products.sort_by(|a, b| b.1.activations.cmp(&a.1.activations).then(a.0.label.cmp(&b.0.label)));
        let prev = q.range.previous();
        Ok(LicensesReport {
            query: Some(q),
            totals: Self::license_figures(&rows, live_range),
            previous: Self::license_figures(&prev_rows, prev),
            series,
            activation_results: to_counted(activation_results),
            validation_results: to_counted(validation_results),
            deactivated_by: to_counted(deactivated_by),
            products,
            source,
        })
    }
}

/// One license's usage, for its owner and staff.
#[derive(Clone, Debug)]
pub struct LicenseUsage {
    pub license: crate::licensing::LicenseView,
    /// Its live activations, each with when it was last seen.
    pub activations: Vec<crate::licensing::ActivationView>,
    pub range: DayRange,
    /// Per day: live activations at the end of it, activations that checked in, validations,
    /// heartbeats.
    pub days: Vec<LicenseDay>,
    /// Validations by result code over the range.
    pub results: Vec<(String, i64)>,
    /// Downloads by release: (release, version, channel, count, last at in millis).
    pub downloads: Vec<(Uuid, String, String, i64, i64)>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LicenseDay {
    pub day: i64,
    pub live: i64,
    pub seen: i64,
    pub validations: i64,
    pub heartbeats: i64,
}

impl Analytics {
    /// The last `days` days (1 to 366) of one license's usage: its owner's (another user's
    /// license is not found), or any license for staff with `staff`. `licensing` decides who may
    /// read it and lists its devices.
    pub async fn license_usage(
        &self,
        licensing: &crate::licensing::Licensing,
        who: &Principal,
        license: Uuid,
        staff: bool,
        days: i64,
    ) -> Result<LicenseUsage, AppError> {
        if !(1..=366).contains(&days) {
            return Err(AppError::Invalid { field: "days", reason: InvalidInput::Range });
        }
        let seats = licensing.seats(who, license, staff).await?;
        let today = self.today();
        let range = DayRange { from: today - days + 1, to: today };
        let (from, to) = (range.from, range.to + 1);
        let mut out: BTreeMap<i64, LicenseDay> =
            (from..to).map(|d| (d, LicenseDay { day: d, ..Default::default() })).collect();
        let spans = store::license_activation_spans(&self.db, license).await?;
        for (day, d) in &mut out {
            let end = (day + 1) * store::DAY_MS;
            d.live = i64::try_from(
                spans.iter().filter(|(created, ended)| *created < end && ended.is_none_or(|e| e >= end)).count(),
            )
            .unwrap_or(i64::MAX);
        }
        for (day, n) in store::license_active(&self.db, license, from, to).await? {
            if let Some(d) = out.get_mut(&day) {
                d.seen = n;
            }
        }
        let mut results: BTreeMap<String, i64> = BTreeMap::new();
        for (day, event, code, n) in store::license_usage(&self.db, license, from, to).await? {
            if let Some(d) = out.get_mut(&day) {
                match event.as_str() {
                    "validate" => {
                        d.validations += n;
                        *results.entry(code).or_default() += n;
                    }
                    "heartbeat" => d.heartbeats += n,
                    _ => {}
                }
            }
        }
        let mut results: Vec<(String, i64)> = results.into_iter().collect();
        results.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(LicenseUsage {
            license: seats.license,
            activations: seats.activations,
            range,
            days: out.into_values().collect(),
            results,
            downloads: store::license_downloads(&self.db, license).await?,
        })
    }
}
