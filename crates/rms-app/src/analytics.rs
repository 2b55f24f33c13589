//! Analytics: daily rollups of sales, licensing and downloads, and the reports the admin
//! dashboards and exports read.
//!
//! A scheduled job rolls up every finished day once (and the two before it again, for counters a
//! node flushed late): it recomputes the day from the raw events and replaces its rows, so a
//! re-run gives the same numbers. Reports read the rollup for rolled-up days and compute the rest
//! (today, and anything the job has not reached) live with the same code, so a dashboard is never
//! a day behind and never reads more than a day's worth of raw events per unrolled day.

mod licenses;
mod rollup;
mod sales;
mod usage;

pub use licenses::{LicenseDay, LicenseFigures, LicenseUsage, LicensesReport};
pub use sales::{Customers, ProductRevenue, Revenue, SalesReport};
pub use usage::{DownloadsReport, TopLicense, UsageFigures, UsageReport};

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rms_core::Clock;
use rms_core::account::InvalidInput;
use rms_core::analytics::{DayRange, Granularity, RangeError, day_of, iso, parse_day};
use rms_store::Db;
use rms_store::analytics as store;
use uuid::Uuid;

use crate::AppError;

/// Rolled up at most this many days per run (a first run over years of history catches up over
/// a few runs rather than in one long transaction).
pub const DAYS_PER_RUN: i64 = 62;
/// A day is rolled up this long after it ended: coalesced counters reach the database within
/// seconds, and a node that was briefly down flushes on its way back.
const SETTLE_MS: i64 = 3_600_000;

pub mod metric {
    pub const ORDERS: &str = "orders";
    pub const PRODUCT_ORDERS: &str = "product_orders";
    pub const SALES: &str = "sales";
    pub const DISCOUNTS: &str = "discounts";
    pub const TAX: &str = "tax";
    pub const REFUNDS: &str = "refunds";
    pub const TOP_UPS: &str = "top_ups";
    pub const PROMO: &str = "promo";
    pub const COMMISSION: &str = "commission";
    pub const COMMISSION_REVERSED: &str = "commission_reversed";
    pub const ISSUED: &str = "licenses_issued";
    pub const ACTIVATIONS: &str = "activations";
    pub const DEACTIVATIONS: &str = "deactivations";
    /// Live activations at the end of the day (a level, not a flow).
    pub const LIVE: &str = "live";
    pub const VALIDATE: &str = "validate";
    pub const ACTIVATE: &str = "activate";
    pub const HEARTBEAT: &str = "heartbeat";
    /// Activations that checked in that day.
    pub const ACTIVE: &str = "active";
    pub const DOWNLOADS: &str = "downloads";
}

/// Where a report's days came from: the rollup, or computed from the events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Source {
    pub rollup_days: i64,
    pub live_days: i64,
}

/// What every report is asked.
#[derive(Clone, Copy, Debug)]
pub struct ReportQuery {
    pub range: DayRange,
    pub granularity: Granularity,
    pub product: Option<Uuid>,
}

#[derive(Clone)]
pub struct Analytics {
    db: Db,
    clock: Arc<dyn Clock>,
    /// The store's currency: a report without sales still has its series in it.
    currency: rms_core::Currency,
}

impl Analytics {
    pub fn new(db: Db, clock: Arc<dyn Clock>, currency: rms_core::Currency) -> Self {
        Self { db, clock, currency }
    }

    pub fn today(&self) -> i64 {
        day_of(self.clock.now().as_millis())
    }

    /// A report's parameters: dates as `YYYY-MM-DD` (UTC), by default the 30 days up to today;
    /// `from` after `to` is refused, as is a range longer than three years.
    pub fn query(
        &self,
        from: Option<&str>,
        to: Option<&str>,
        granularity: Option<&str>,
        product: Option<Uuid>,
    ) -> Result<ReportQuery, AppError> {
        let given = |raw: Option<&str>| raw.map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        let day = |field: &'static str, raw: Option<&str>| {
            given(raw).map(|s| parse_day(&s).ok_or(AppError::Invalid { field, reason: InvalidInput::Date })).transpose()
        };
        let to = day("to", to)?.unwrap_or_else(|| self.today());
        let from = day("from", from)?.unwrap_or(to - 29);
        let range = DayRange::new(from, to).map_err(|e| AppError::Invalid {
            field: "from",
            reason: match e {
                RangeError::Reversed => InvalidInput::DateOrder,
                RangeError::TooLong => InvalidInput::Range,
            },
        })?;
        let granularity = match given(granularity) {
            None => Granularity::Day,
            Some(g) => {
                Granularity::parse(&g).ok_or(AppError::Invalid { field: "granularity", reason: InvalidInput::Range })?
            }
        };
        Ok(ReportQuery { range, granularity, product })
    }

    /// Product names and kinds, and plan names, by id (for the reports' labels).
    async fn names(&self) -> Result<(HashMap<Uuid, (String, String)>, HashMap<Uuid, String>), AppError> {
        let products = store::product_labels(&self.db).await?.into_iter().map(|(i, n, k)| (i, (n, k))).collect();
        let plans = store::plan_labels(&self.db).await?.into_iter().collect();
        Ok((products, plans))
    }
}

#[derive(Clone, Debug, Default)]
pub struct Counted {
    /// A gateway, country, promo code, result code, channel, …
    pub key: String,
    /// A second label where the key is an id (an affiliate's email, a release's version).
    pub label: String,
    pub currency: String,
    pub count: i64,
    pub amount: i64,
}

fn sorted(map: BTreeMap<(String, String), (i64, i64)>) -> Vec<Counted> {
    let mut out: Vec<Counted> = map
        .into_iter()
        .map(|((key, currency), (count, amount))| Counted { key, label: String::new(), currency, count, amount })
        .collect();
    out.sort_by(|a, b| b.amount.cmp(&a.amount).then(b.count.cmp(&a.count)).then(a.key.cmp(&b.key)));
    out
}

fn parse_id(s: &str) -> Uuid {
    Uuid::parse_str(s).unwrap_or_default()
}

/// `YYYY-MM-DD` of a period's first day (for labels and CSV).
pub fn period_label(day: i64) -> String {
    iso(day)
}
