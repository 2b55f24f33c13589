//! The sales report: revenue by currency, product and plan, customers, promo codes, affiliates
//! and top-ups.

use std::collections::{BTreeMap, HashMap};

use rms_store::analytics::{self as store, DailyRow};
use uuid::Uuid;

use super::{Analytics, Counted, ReportQuery, Source, metric, parse_id, sorted};
use crate::AppError;
use crate::accounts::{Principal, admin_only};

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

impl Analytics {
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
}
