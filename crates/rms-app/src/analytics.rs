//! Analytics: daily rollups of sales, licensing and downloads, and the reports the admin
//! dashboards and exports read.
//!
//! A scheduled job rolls up every finished day once (and the two before it again, for counters a
//! node flushed late): it recomputes the day from the raw events and replaces its rows, so a
//! re-run gives the same numbers. Reports read the rollup for rolled-up days and compute the rest
//! (today, and anything the job has not reached) live with the same code, so a dashboard is never
//! a day behind and never reads more than a day's worth of raw events per unrolled day.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use rms_core::Clock;
use rms_core::account::InvalidInput;
use rms_core::analytics::{DayRange, Granularity, RangeError, day_of, iso, parse_day};
use rms_core::billing::{InvoiceLine, InvoiceParty};
use rms_store::Db;
use rms_store::analytics::{self as store, DailyRow};
use uuid::Uuid;

use crate::AppError;
use crate::accounts::{Principal, admin_only};

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

/// A rollup row's key: day, metric, and product, plan, currency, gateway, country, own dimension.
type RowKey = (i64, &'static str, [String; 6]);

/// Rows keyed by their dimensions, summed.
#[derive(Default)]
struct Rows(BTreeMap<RowKey, (i64, i64)>);

impl Rows {
    /// `dims`: product, plan, currency, gateway, country, and the metric's own.
    fn add(&mut self, day: i64, metric: &'static str, dims: [&str; 6], count: i64, amount: i64) {
        let key = (day, metric, dims.map(str::to_owned));
        let v = self.0.entry(key).or_default();
        v.0 += count;
        v.1 += amount;
    }

    fn into_rows(self) -> Vec<DailyRow> {
        self.0
            .into_iter()
            .filter(|(_, (count, amount))| *count != 0 || *amount != 0)
            .map(|((day, metric, [product_id, plan_id, currency, gateway, country, dim]), (count, amount))| DailyRow {
                day,
                metric: metric.to_owned(),
                product_id,
                plan_id,
                currency,
                gateway,
                country,
                dim,
                count,
                amount,
            })
            .collect()
    }
}

fn id(u: Uuid) -> String {
    u.to_string()
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

    /// The rollup rows of the days `[from, to)` computed from the raw events.
    pub async fn compute(&self, from: i64, to: i64) -> Result<Vec<DailyRow>, AppError> {
        use metric::*;
        let db = &self.db;
        let mut rows = Rows::default();
        let plans: HashMap<Uuid, Uuid> = store::plan_products(db).await?.into_iter().collect();
        for sale in store::sales(db, from, to).await? {
            let lines: Vec<InvoiceLine> = serde_json::from_str(&sale.lines).unwrap_or_default();
            let country = serde_json::from_str::<InvoiceParty>(&sale.buyer).map(|b| b.country).unwrap_or_default();
            let (currency, method) = (sale.currency.as_str(), sale.payment_method.as_str());
            let credit = sale.kind == "credit_note";
            if !credit {
                let who = if sale.first == 1 { "new" } else { "returning" };
                rows.add(sale.day, ORDERS, ["", "", currency, method, &country, who], 1, sale.total_minor);
            }
            let mut products: Vec<Uuid> = Vec::new();
            for l in &lines {
                let product = plans.get(&l.plan_id).copied().unwrap_or_default();
                let (p, plan) = (id(product), id(l.plan_id));
                if credit {
                    rows.add(sale.day, REFUNDS, [&p, &plan, currency, method, &country, ""], 1, l.net_minor);
                    // The credit note gives the line's tax back too.
                    rows.add(sale.day, TAX, [&p, &plan, currency, method, &country, ""], 0, -l.tax_minor);
                    continue;
                }
                if !products.contains(&product) {
                    products.push(product);
                    rows.add(sale.day, PRODUCT_ORDERS, [&p, "", currency, method, &country, ""], 1, 0);
                }
                rows.add(
                    sale.day,
                    SALES,
                    [&p, &plan, currency, method, &country, ""],
                    i64::from(l.quantity),
                    l.gross_minor,
                );
                rows.add(
                    sale.day,
                    DISCOUNTS,
                    [&p, &plan, currency, method, &country, ""],
                    0,
                    l.volume_discount_minor + l.promo_discount_minor,
                );
                rows.add(sale.day, TAX, [&p, &plan, currency, method, &country, ""], 0, l.tax_minor);
            }
        }
        for (day, gateway, currency, count, amount) in store::top_ups(db, from, to).await? {
            rows.add(day, TOP_UPS, ["", "", &currency, &gateway, "", ""], count, amount);
        }
        for (day, code, currency, count, amount) in store::promo_uses(db, from, to).await? {
            rows.add(day, PROMO, ["", "", &currency, "", "", &code], count, amount);
        }
        for (reversed, metric) in [(false, COMMISSION), (true, COMMISSION_REVERSED)] {
            for (day, affiliate, count, amount) in store::commissions(db, from, to, reversed).await? {
                rows.add(day, metric, ["", "", "", "", "", &id(affiliate)], count, amount);
            }
        }
        for (day, product, plan, count) in store::licenses_issued(db, from, to).await? {
            rows.add(day, ISSUED, [&id(product), &id(plan), "", "", "", ""], count, 0);
        }
        // Live activations: carried forward from the day before `from` when it is rolled up,
        // counted in full otherwise, then moved by each day's activations and deactivations.
        let mut live: BTreeMap<String, i64> = BTreeMap::new();
        let before_rolled = !store::rolled_up_days(db, from - 1, from).await?.is_empty();
        let before = store::read_days(db, from - 1, from, &[LIVE], None).await?;
        if !before_rolled {
            for (product, n) in store::live_activations_at(db, from).await? {
                live.insert(id(product), n);
            }
        } else {
            for r in before {
                live.insert(r.product_id, r.count);
            }
        }
        let mut moves: BTreeMap<(i64, String), i64> = BTreeMap::new();
        for (day, product, plan, count) in store::activations_created(db, from, to).await? {
            rows.add(day, ACTIVATIONS, [&id(product), &id(plan), "", "", "", ""], count, 0);
            *moves.entry((day, id(product))).or_default() += count;
        }
        for (day, product, plan, by, count) in store::activations_ended(db, from, to).await? {
            rows.add(day, DEACTIVATIONS, [&id(product), &id(plan), "", "", "", &by], count, 0);
            *moves.entry((day, id(product))).or_default() -= count;
        }
        for day in from..to {
            for ((_, product), delta) in moves.range((day, String::new())..(day + 1, String::new())) {
                *live.entry(product.clone()).or_default() += delta;
            }
            for (product, n) in &live {
                rows.add(day, LIVE, [product, "", "", "", "", ""], *n, 0);
            }
        }
        for (day, product, plan, event, code, count) in store::usage(db, from, to).await? {
            let metric = match event.as_str() {
                "validate" => VALIDATE,
                "activate" => ACTIVATE,
                _ => HEARTBEAT,
            };
            let plan = plan.map(id).unwrap_or_default();
            rows.add(day, metric, [&id(product), &plan, "", "", "", &code], count, 0);
        }
        for (day, product, plan, count) in store::active_activations(db, from, to).await? {
            rows.add(day, ACTIVE, [&id(product), &id(plan), "", "", "", ""], count, 0);
        }
        for (day, product, release, count) in store::downloads(db, from, to).await? {
            rows.add(day, DOWNLOADS, [&id(product), "", "", "", "", &id(release)], count, 0);
        }
        Ok(rows.into_rows())
    }

    /// The newest day that ended at least [`SETTLE_MS`] ago: the newest a rollup may write.
    fn settled(&self) -> i64 {
        day_of(self.clock.now().as_millis() - SETTLE_MS) - 1
    }

    /// Rolls the days `[from, to)` up again from the raw events (idempotent: the same events
    /// give the same rows), up to the newest settled day: today (and the future) is never
    /// frozen into the rollup. Days are written one at a time, so each day's level carries into
    /// the next. Returns how many days it wrote.
    pub async fn roll_up_days(&self, from: i64, to: i64) -> Result<i64, AppError> {
        let to = to.min(self.settled() + 1);
        for day in from..to {
            let rows = self.compute(day, day + 1).await?;
            store::replace_days(&self.db, day, day + 1, &rows, self.clock.now().as_millis()).await?;
        }
        Ok((to - from).max(0))
    }

    /// The scheduled rollup: from the first settled day not rolled up yet (at most
    /// [`DAYS_PER_RUN`] days), with the two before it again for counters a node flushed late.
    /// Returns how many days it wrote.
    pub async fn roll_up(&self) -> Result<i64, AppError> {
        let settled = self.settled();
        let first = match store::rollup_start(&self.db).await? {
            Some(first) => first,
            None => match store::first_event_day(&self.db).await? {
                Some(first) => {
                    // Reports need not compute the days before it: nothing happened then.
                    store::set_rollup_start(&self.db, first, self.clock.now().as_millis()).await?;
                    first
                }
                None => return Ok(0),
            },
        };
        let rolled = store::rolled_up_days(&self.db, first, settled + 1).await?;
        let next = (first..=settled).find(|d| rolled.binary_search(d).is_err()).unwrap_or(settled + 1);
        let start = (next - 2).max(first);
        let end = settled.min(next + DAYS_PER_RUN - 1);
        if end < start {
            return Ok(0);
        }
        self.roll_up_days(start, end + 1).await
    }

    /// The rows of `metrics` for `range` (one product's when given): the rollup's, plus the days
    /// it does not have yet computed live.
    pub async fn rows(
        &self,
        range: DayRange,
        metrics: &[&str],
        product: Option<Uuid>,
    ) -> Result<(Vec<DailyRow>, Source), AppError> {
        let (from, to) = (range.from, range.to + 1);
        // The rolled-up days first, then their rows: a day the job finishes in between is
        // computed live rather than read half.
        let rolled = store::rolled_up_days(&self.db, from, to).await?;
        let mut rows = store::read_days(&self.db, from, to, metrics, product).await?;
        rows.retain(|r| rolled.binary_search(&r.day).is_ok());
        // Days after today have no events, nor days before the scheduled rollup's start (the
        // first event's day); the rest not rolled up are computed, in runs.
        let last = to.min(self.today() + 1);
        let first = match store::rollup_start(&self.db).await? {
            Some(first) => first.clamp(from, to),
            None => from,
        };
        let mut missing: Vec<(i64, i64)> = Vec::new();
        for day in first..last {
            if rolled.binary_search(&day).is_ok() {
                continue;
            }
            match missing.last_mut() {
                Some((_, end)) if *end == day => *end = day + 1,
                _ => missing.push((day, day + 1)),
            }
        }
        let live_days: i64 = missing.iter().map(|(a, b)| b - a).sum();
        let product = product.map(id);
        for (a, b) in missing {
            let computed = self.compute(a, b).await?;
            rows.extend(computed.into_iter().filter(|r| {
                metrics.contains(&r.metric.as_str()) && product.as_ref().is_none_or(|p| &r.product_id == p)
            }));
        }
        let source = Source { rollup_days: (last.max(from) - from) - live_days, live_days };
        Ok((rows, source))
    }
}

// ----- Reports -----

/// Money of one currency over a range.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Revenue {
    pub currency: String,
    pub orders: i64,
    pub units: i64,
    pub gross: i64,
    pub discounts: i64,
    pub refunds: i64,
    pub tax: i64,
}

impl Revenue {
    /// Gross less discounts and refunds.
    pub fn net(&self) -> i64 {
        self.gross - self.discounts - self.refunds
    }

    fn add(&mut self, r: &DailyRow, by_product: bool) {
        use metric::*;
        match r.metric.as_str() {
            ORDERS if !by_product => self.orders += r.count,
            PRODUCT_ORDERS if by_product => self.orders += r.count,
            SALES => {
                self.units += r.count;
                self.gross += r.amount;
            }
            DISCOUNTS => self.discounts += r.amount,
            TAX => self.tax += r.amount,
            REFUNDS => self.refunds += r.amount,
            _ => {}
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct ProductRevenue {
    pub product_id: Uuid,
    pub product: String,
    pub plan_id: Uuid,
    pub plan: String,
    pub revenue: Revenue,
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

#[derive(Clone, Debug, Default)]
pub struct Customers {
    pub new_customers: i64,
    pub orders_from_new: i64,
    pub orders_from_returning: i64,
}

#[derive(Clone, Debug, Default)]
pub struct SalesReport {
    pub query: Option<ReportQuery>,
    pub totals: Vec<Revenue>,
    pub previous: Vec<Revenue>,
    /// Per period (its first day) and currency.
    pub series: Vec<(i64, Revenue)>,
    pub products: Vec<ProductRevenue>,
    /// Top-ups by gateway: key gateway.
    pub gateways: Vec<Counted>,
    /// Net by buyer country: key country, count units.
    pub countries: Vec<Counted>,
    pub customers: Customers,
    /// Key the code; count uses, amount discount.
    pub promos: Vec<Counted>,
    /// Key the affiliate id, label the email; count commissions, amount earned.
    pub affiliates: Vec<(Counted, i64)>,
    pub source: Source,
}

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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UsageFigures {
    pub validations: i64,
    pub heartbeats: i64,
    /// The busiest day's activations that checked in (devices of software, sites of site
    /// products): distinct devices do not add up across days.
    pub active_devices: i64,
    pub active_sites: i64,
}

#[derive(Clone, Debug, Default)]
pub struct TopLicense {
    pub license_id: Uuid,
    pub key_prefix: String,
    pub product: String,
    pub owner: String,
    pub calls: i64,
    pub devices_seen: i64,
}

#[derive(Clone, Debug, Default)]
pub struct UsageReport {
    pub query: Option<ReportQuery>,
    pub totals: UsageFigures,
    pub previous: UsageFigures,
    pub series: Vec<(i64, UsageFigures)>,
    pub top_licenses: Vec<TopLicense>,
    pub source: Source,
}

#[derive(Clone, Debug, Default)]
pub struct DownloadsReport {
    pub query: Option<ReportQuery>,
    pub total: i64,
    pub previous: i64,
    pub series: Vec<(i64, i64)>,
    /// Key the release id, label "product version", currency the channel.
    pub releases: Vec<Counted>,
    /// Key the channel.
    pub channels: Vec<Counted>,
    pub source: Source,
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

impl Analytics {
    async fn names(&self) -> Result<(HashMap<Uuid, (String, String)>, HashMap<Uuid, String>), AppError> {
        let products = store::product_labels(&self.db).await?.into_iter().map(|(i, n, k)| (i, (n, k))).collect();
        let plans = store::plan_labels(&self.db).await?.into_iter().collect();
        Ok((products, plans))
    }

    fn revenues(rows: &[DailyRow], by_product: bool) -> Vec<Revenue> {
        let mut by: BTreeMap<String, Revenue> = BTreeMap::new();
        for r in rows.iter().filter(|r| !r.currency.is_empty()) {
            let e = by
                .entry(r.currency.clone())
                .or_insert_with(|| Revenue { currency: r.currency.clone(), ..Default::default() });
            e.add(r, by_product);
        }
        by.into_values().collect()
    }

    /// Revenue, customers, promos, affiliates and top-ups. Under a product filter the tables
    /// that have no product (top-ups, promos, affiliates, new customers) are empty.
    pub async fn sales(&self, who: &Principal, q: ReportQuery) -> Result<SalesReport, AppError> {
        use metric::*;
        admin_only(who)?;
        let metrics =
            [ORDERS, PRODUCT_ORDERS, SALES, DISCOUNTS, TAX, REFUNDS, TOP_UPS, PROMO, COMMISSION, COMMISSION_REVERSED];
        let by_product = q.product.is_some();
        let (rows, source) = self.rows(q.range, &metrics, q.product).await?;
        let (prev_rows, _) =
            self.rows(q.range.previous(), &[ORDERS, PRODUCT_ORDERS, SALES, DISCOUNTS, TAX, REFUNDS], q.product).await?;
        let (products, plans) = self.names().await?;
        // Every period of every currency sold in, so a chart shows the quiet days as zero.
        let mut totals = Self::revenues(&rows, by_product);
        if !totals.iter().any(|t| t.currency == self.currency.as_str()) {
            totals.insert(0, Revenue { currency: self.currency.as_str().to_owned(), ..Default::default() });
        }
        let mut series: BTreeMap<(i64, String), Revenue> = BTreeMap::new();
        for p in q.granularity.periods(q.range.from, q.range.to) {
            for t in &totals {
                series.insert((p, t.currency.clone()), Revenue { currency: t.currency.clone(), ..Default::default() });
            }
        }
        let mut by_plan: BTreeMap<(String, String, String), Revenue> = BTreeMap::new();
        let mut gateways = BTreeMap::new();
        let mut countries = BTreeMap::new();
        let mut promos = BTreeMap::new();
        let mut affiliates: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
        let mut customers = Customers::default();
        for r in &rows {
            if !r.currency.is_empty() {
                let period = q.granularity.period_of(r.day);
                let e = series
                    .entry((period, r.currency.clone()))
                    .or_insert_with(|| Revenue { currency: r.currency.clone(), ..Default::default() });
                e.add(r, by_product);
            }
            match r.metric.as_str() {
                SALES | DISCOUNTS | TAX | REFUNDS => {
                    let e = by_plan
                        .entry((r.product_id.clone(), r.plan_id.clone(), r.currency.clone()))
                        .or_insert_with(|| Revenue { currency: r.currency.clone(), ..Default::default() });
                    e.add(r, true);
                    let c: &mut (i64, i64) = countries.entry((r.country.clone(), r.currency.clone())).or_default();
                    match r.metric.as_str() {
                        SALES => {
                            c.0 += r.count;
                            c.1 += r.amount;
                        }
                        DISCOUNTS | REFUNDS => c.1 -= r.amount,
                        _ => {}
                    }
                }
                ORDERS => {
                    if r.dim == "new" {
                        customers.new_customers += r.count;
                        customers.orders_from_new += r.count;
                    } else {
                        customers.orders_from_returning += r.count;
                    }
                }
                TOP_UPS => {
                    let g: &mut (i64, i64) = gateways.entry((r.gateway.clone(), r.currency.clone())).or_default();
                    g.0 += r.count;
                    g.1 += r.amount;
                }
                PROMO => {
                    let p: &mut (i64, i64) = promos.entry((r.dim.clone(), r.currency.clone())).or_default();
                    p.0 += r.count;
                    p.1 += r.amount;
                }
                COMMISSION => {
                    let a = affiliates.entry(r.dim.clone()).or_default();
                    a.0 += r.count;
                    a.1 += r.amount;
                }
                COMMISSION_REVERSED => affiliates.entry(r.dim.clone()).or_default().2 += r.amount,
                _ => {}
            }
        }
        let ids: Vec<Uuid> = affiliates.keys().map(|k| parse_id(k)).collect();
        let emails: HashMap<Uuid, String> = store::user_emails(&self.db, &ids).await?.into_iter().collect();
        let mut affiliates: Vec<(Counted, i64)> = affiliates
            .into_iter()
            .map(|(key, (count, amount, reversed))| {
                let label = emails.get(&parse_id(&key)).cloned().unwrap_or_default();
                (Counted { key, label, currency: String::new(), count, amount }, reversed)
            })
            .collect();
        affiliates.sort_by(|a, b| b.0.amount.cmp(&a.0.amount).then(a.0.key.cmp(&b.0.key)));
        let mut products: Vec<ProductRevenue> = by_plan
            .into_iter()
            .map(|((product, plan, _), revenue)| {
                let (product_id, plan_id) = (parse_id(&product), parse_id(&plan));
                ProductRevenue {
                    product_id,
                    product: products.get(&product_id).map(|p| p.0.clone()).unwrap_or_default(),
                    plan_id,
                    plan: plans.get(&plan_id).cloned().unwrap_or_default(),
                    revenue,
                }
            })
            .collect();
        products.sort_by(|a, b| b.revenue.net().cmp(&a.revenue.net()).then(a.product.cmp(&b.product)));
        Ok(SalesReport {
            query: Some(q),
            totals,
            previous: Self::revenues(&prev_rows, by_product),
            series: series.into_iter().map(|((p, _), r)| (p, r)).collect(),
            products,
            gateways: sorted(gateways),
            countries: sorted(countries),
            customers,
            promos: sorted(promos),
            affiliates,
            source,
        })
    }

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

    fn usage_days(rows: &[DailyRow], sites: &dyn Fn(&str) -> bool) -> BTreeMap<i64, UsageFigures> {
        use metric::*;
        let mut days: BTreeMap<i64, UsageFigures> = BTreeMap::new();
        for r in rows {
            let d = days.entry(r.day).or_default();
            match r.metric.as_str() {
                VALIDATE => d.validations += r.count,
                HEARTBEAT => d.heartbeats += r.count,
                ACTIVE if sites(&r.product_id) => d.active_sites += r.count,
                ACTIVE => d.active_devices += r.count,
                _ => {}
            }
        }
        days
    }

    fn usage_sum(days: impl Iterator<Item = UsageFigures>) -> UsageFigures {
        days.fold(UsageFigures::default(), |acc, d| UsageFigures {
            validations: acc.validations + d.validations,
            heartbeats: acc.heartbeats + d.heartbeats,
            active_devices: acc.active_devices.max(d.active_devices),
            active_sites: acc.active_sites.max(d.active_sites),
        })
    }

    /// Validations and heartbeats, devices and sites that checked in, and the busiest licenses.
    pub async fn usage(&self, who: &Principal, q: ReportQuery) -> Result<UsageReport, AppError> {
        use metric::*;
        admin_only(who)?;
        let metrics = [VALIDATE, HEARTBEAT, ACTIVE];
        let (rows, source) = self.rows(q.range, &metrics, q.product).await?;
        let (prev_rows, _) = self.rows(q.range.previous(), &metrics, q.product).await?;
        let (names, _) = self.names().await?;
        let sites = |product: &str| names.get(&parse_id(product)).is_some_and(|p| p.1 == "site");
        let days = Self::usage_days(&rows, &sites);
        let mut series: BTreeMap<i64, Vec<UsageFigures>> =
            q.granularity.periods(q.range.from, q.range.to).into_iter().map(|p| (p, Vec::new())).collect();
        for (day, f) in &days {
            series.entry(q.granularity.period_of(*day)).or_default().push(*f);
        }
        let top = store::top_licenses(&self.db, q.range.from, q.range.to + 1, q.product, 20).await?;
        let ids: Vec<Uuid> = top.iter().map(|t| t.0).collect();
        let labels: HashMap<Uuid, (String, String, String)> = store::license_labels(&self.db, &ids)
            .await?
            .into_iter()
            .map(|(i, prefix, product, owner)| (i, (prefix, product, owner)))
            .collect();
        let top_licenses = top
            .into_iter()
            .map(|(license_id, calls, devices_seen)| {
                let (key_prefix, product, owner) = labels.get(&license_id).cloned().unwrap_or_default();
                TopLicense { license_id, key_prefix, product, owner, calls, devices_seen }
            })
            .collect();
        Ok(UsageReport {
            query: Some(q),
            totals: Self::usage_sum(days.values().copied()),
            previous: Self::usage_sum(Self::usage_days(&prev_rows, &sites).into_values()),
            series: series.into_iter().map(|(p, v)| (p, Self::usage_sum(v.into_iter()))).collect(),
            top_licenses,
            source,
        })
    }

    /// Downloads by period, release and channel.
    pub async fn downloads(&self, who: &Principal, q: ReportQuery) -> Result<DownloadsReport, AppError> {
        admin_only(who)?;
        let (rows, source) = self.rows(q.range, &[metric::DOWNLOADS], q.product).await?;
        let (prev_rows, _) = self.rows(q.range.previous(), &[metric::DOWNLOADS], q.product).await?;
        let (names, _) = self.names().await?;
        let releases: HashMap<Uuid, (Uuid, String, String)> = store::release_labels(&self.db)
            .await?
            .into_iter()
            .map(|(i, product, version, channel)| (i, (product, version, channel)))
            .collect();
        let mut series: BTreeMap<i64, i64> =
            q.granularity.periods(q.range.from, q.range.to).into_iter().map(|p| (p, 0)).collect();
        let mut by_release: BTreeMap<(String, String), (i64, i64)> = BTreeMap::new();
        let mut by_channel: BTreeMap<(String, String), (i64, i64)> = BTreeMap::new();
        for r in &rows {
            *series.entry(q.granularity.period_of(r.day)).or_default() += r.count;
            let channel = releases.get(&parse_id(&r.dim)).map(|x| x.2.clone()).unwrap_or_default();
            by_release.entry((r.dim.clone(), channel.clone())).or_default().0 += r.count;
            by_channel.entry((channel, String::new())).or_default().0 += r.count;
        }
        let mut release_rows = sorted(by_release);
        for c in &mut release_rows {
            if let Some((product, version, _)) = releases.get(&parse_id(&c.key)) {
                let product = names.get(product).map(|p| p.0.as_str()).unwrap_or_default();
                c.label = format!("{product} {version}");
            }
            c.amount = 0;
        }
        release_rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
        let mut channels = sorted(by_channel);
        channels.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
        Ok(DownloadsReport {
            query: Some(q),
            total: rows.iter().map(|r| r.count).sum(),
            previous: prev_rows.iter().map(|r| r.count).sum(),
            series: series.into_iter().collect(),
            releases: release_rows,
            channels,
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

/// `YYYY-MM-DD` of a period's first day (for labels and CSV).
pub fn period_label(day: i64) -> String {
    iso(day)
}
