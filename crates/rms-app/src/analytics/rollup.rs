//! The rollup: a day's rows computed from the raw events, written once the day has settled, and
//! read back by the reports with the days not rolled up yet computed live.

use std::collections::{BTreeMap, HashMap};

use rms_core::analytics::{DayRange, day_of};
use rms_core::billing::InvoiceKind;
use rms_store::analytics::{self as store, DailyRow};
use uuid::Uuid;

use super::{Analytics, DAYS_PER_RUN, SETTLE_MS, Source, metric};
use crate::AppError;

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
    /// The rollup rows of the days `[from, to)` computed from the raw events.
    pub async fn compute(&self, from: i64, to: i64) -> Result<Vec<DailyRow>, AppError> {
        use metric::*;
        let db = &self.db;
        let mut rows = Rows::default();
        let plans: HashMap<Uuid, Uuid> = store::plan_products(db).await?.into_iter().collect();
        for sale in store::sales(db, from, to).await? {
            let (lines, country) = (&sale.lines.0, sale.buyer.0.country.as_str());
            let (currency, method) = (sale.currency.as_str(), sale.payment_method.as_str());
            let credit = sale.kind == InvoiceKind::CreditNote;
            if !credit {
                let who = if sale.first == 1 { "new" } else { "returning" };
                rows.add(sale.day, ORDERS, ["", "", currency, method, country, who], 1, sale.total_minor);
            }
            let mut products: Vec<Uuid> = Vec::new();
            for l in lines {
                let product = plans.get(&l.plan_id).copied().unwrap_or_default();
                let (p, plan) = (id(product), id(l.plan_id));
                if credit {
                    rows.add(sale.day, REFUNDS, [&p, &plan, currency, method, country, ""], 1, l.net_minor);
                    // The credit note gives the line's tax back too.
                    rows.add(sale.day, TAX, [&p, &plan, currency, method, country, ""], 0, -l.tax_minor);
                    continue;
                }
                if !products.contains(&product) {
                    products.push(product);
                    rows.add(sale.day, PRODUCT_ORDERS, [&p, "", currency, method, country, ""], 1, 0);
                }
                rows.add(
                    sale.day,
                    SALES,
                    [&p, &plan, currency, method, country, ""],
                    i64::from(l.quantity),
                    l.gross_minor,
                );
                rows.add(
                    sale.day,
                    DISCOUNTS,
                    [&p, &plan, currency, method, country, ""],
                    0,
                    l.volume_discount_minor + l.promo_discount_minor,
                );
                rows.add(sale.day, TAX, [&p, &plan, currency, method, country, ""], 0, l.tax_minor);
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
