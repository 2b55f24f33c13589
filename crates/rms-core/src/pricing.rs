//! The price of a cart (docs/spec/billing.md §2): one pure function, used for the checkout page, the API
//! answer and the final charge alike. The client names plans and quantities, never a price.
//!
//! Order of application, per line then for the order:
//! 1. unit price: the sale price while a sale runs, else the list price;
//! 2. volume discount: the plan's tiers by quantity, graduated (each unit at its own tier) or
//!    all-units (every unit at the tier the quantity reaches);
//! 3. promo code, on the lines it allows: percent or fixed amount. When it does not stack with
//!    volume discounts, each line gets whichever of the two is larger for it (never both).
//!
//! 4. tax, per line on what the line costs after its discounts, rounded per line: added on top
//!    (exclusive prices), or the part of the price that is tax (inclusive prices); none under a
//!    reverse charge, where inclusive prices lose the tax they contain.
//!
//! Everything is integer minor units. A percentage is computed on the exact product and rounded
//! once, half to even, so no fraction of a minor unit is created or lost; discounts never exceed
//! what they discount, and totals are never negative.

use crate::clock::Timestamp;
use crate::money::{BasisPoints, Currency, Money};
use crate::tax::TaxRule;

mod tiers;

pub use tiers::{BadTiers, Tier, Tiers};

crate::states! {
    /// How a plan's volume tiers apply.
    pub enum TierMode("tier mode") {
        /// Each unit is priced at the tier it falls in (units 1–4 full price, 5–19 at −10 % …).
        Graduated = "graduated",
        /// Every unit is priced at the tier the whole quantity reaches.
        AllUnits = "all_units",
    }
}

crate::states! {
    /// Who sees a plan's price in the store.
    pub enum Visibility("visibility") {
        /// Listed in the store.
        Public = "public",
        /// Sold by direct link (the product's own store page) only.
        Hidden = "hidden",
        /// Not sold; kept for the licenses and invoices that name it.
        Archived = "archived",
    }
}

impl Visibility {
    /// Whether the plan can be bought at all.
    pub fn sells(self) -> bool {
        self != Visibility::Archived
    }

    /// Whether a store listing shows the plan: the product's own page (`by_link`) lists its
    /// hidden plans too, the store's front page only public ones.
    pub fn listed(self, by_link: bool) -> bool {
        match self {
            Visibility::Public => true,
            Visibility::Hidden => by_link,
            Visibility::Archived => false,
        }
    }
}

/// A sale price, between two instants (`until` exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sale {
    pub unit_minor: i64,
    pub from: Option<Timestamp>,
    pub until: Option<Timestamp>,
}

/// What a plan costs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceList {
    pub unit_minor: i64,
    pub sale: Option<Sale>,
    pub tiers: Tiers,
    pub mode: TierMode,
}

/// One line of a cart: `quantity` of the plan `plan` (an opaque id the caller maps back).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CartLine<P> {
    pub plan: P,
    pub prices: PriceList,
    pub quantity: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromoValue {
    /// Basis points off (1000 = 10 %), at most 10 000.
    Percent(BasisPoints),
    /// A fixed amount off the eligible lines, in the store's currency.
    Amount(i64),
}

/// A promo code as resolved by the caller (caps and per-user limits are checked where the usage
/// is counted, with a conditional update; this function checks what the cart alone decides).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Promo<P> {
    pub code: String,
    pub value: PromoValue,
    pub from: Option<Timestamp>,
    pub until: Option<Timestamp>,
    /// `None`: every plan.
    pub plans: Option<Vec<P>>,
    /// Minimum subtotal (after volume discounts) in minor units.
    pub min_order_minor: i64,
    pub first_purchase_only: bool,
    pub stacks_with_volume: bool,
}

/// Why a promo code does not apply to this cart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PromoRefusal {
    #[error("the code is not valid yet or any more")]
    OutsideDates,
    #[error("the code applies to none of these products")]
    NoEligibleProduct,
    #[error("the order is below the code's minimum")]
    BelowMinimum,
    #[error("the code is for a first purchase")]
    NotFirstPurchase,
    #[error("an admin paused the code")]
    Paused,
    #[error("the code's uses for this period are taken")]
    Exhausted,
    #[error("this customer has used the code as often as it allows")]
    UserLimit,
}

impl PromoRefusal {
    pub const ALL: [PromoRefusal; 7] = [
        PromoRefusal::OutsideDates,
        PromoRefusal::NoEligibleProduct,
        PromoRefusal::BelowMinimum,
        PromoRefusal::NotFirstPurchase,
        PromoRefusal::Paused,
        PromoRefusal::Exhausted,
        PromoRefusal::UserLimit,
    ];

    /// The stable problem code customers' scripts switch on.
    pub fn code(self) -> &'static str {
        match self {
            PromoRefusal::OutsideDates => "PROMO_EXPIRED",
            PromoRefusal::NoEligibleProduct => "PROMO_NOT_APPLICABLE",
            PromoRefusal::BelowMinimum => "PROMO_BELOW_MINIMUM",
            PromoRefusal::NotFirstPurchase => "PROMO_FIRST_PURCHASE_ONLY",
            PromoRefusal::Paused => "PROMO_PAUSED",
            PromoRefusal::Exhausted => "PROMO_EXHAUSTED",
            PromoRefusal::UserLimit => "PROMO_USER_LIMIT",
        }
    }

    /// The code exists but is dead for everyone (expired, paused, used up). A stranger guessing
    /// codes must not learn that much: to them it answers like an unknown code.
    pub fn is_dead(self) -> bool {
        matches!(self, PromoRefusal::OutsideDates | PromoRefusal::Paused | PromoRefusal::Exhausted)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QuoteError {
    #[error("the cart is empty")]
    Empty,
    #[error("quantities are 1 to 100000")]
    Quantity,
    #[error("a price or a fixed discount is negative")]
    InvalidPrice,
    #[error("the amounts do not fit")]
    Overflow,
    #[error(transparent)]
    Promo(#[from] PromoRefusal),
}

/// A priced line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteLine<P> {
    pub plan: P,
    pub quantity: u32,
    /// The unit price applied (sale or list).
    pub unit: Money,
    /// `unit × quantity`.
    pub gross: Money,
    pub volume_discount: Money,
    pub promo_discount: Money,
    /// `gross − volume_discount − promo_discount`, never negative.
    pub net: Money,
    /// The tax this line charges (contained in `net` when prices include tax).
    pub tax: Money,
    /// What the line charges: `net + tax` with tax-exclusive prices, `net` with inclusive ones,
    /// `net` less the tax it contains under a reverse charge.
    pub amount: Money,
}

impl<P> QuoteLine<P> {
    /// What the seller keeps of this line: what it charges less its tax.
    pub fn revenue(&self) -> i64 {
        self.amount.minor - self.tax.minor
    }
}

/// The price of a cart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote<P> {
    pub lines: Vec<QuoteLine<P>>,
    /// Σ gross.
    pub subtotal: Money,
    pub volume_discount: Money,
    pub promo_discount: Money,
    /// The promo code applied, if any.
    pub promo: Option<String>,
    /// Σ tax of the lines.
    pub tax: Money,
    /// The rate charged (zero under a reverse charge).
    pub tax_rate: BasisPoints,
    /// Whether the prices include the tax.
    pub tax_inclusive: bool,
    /// The buyer accounts for the tax (EU business buyer): none charged.
    pub reverse_charge: bool,
    /// What the buyer pays: Σ amount of the lines, never negative.
    pub total: Money,
}

impl<P> Quote<P> {
    /// `subtotal − volume_discount − promo_discount` = Σ net: the price after discounts, before
    /// tax is added (exclusive) or taken off (reverse charge on inclusive prices).
    pub fn after_discounts(&self) -> i64 {
        self.subtotal.minor - self.volume_discount.minor - self.promo_discount.minor
    }

    /// The tax an inclusive price contained and a reverse charge took off (zero otherwise).
    pub fn tax_removed(&self) -> i64 {
        if self.reverse_charge && self.tax_inclusive { self.after_discounts() - self.total.minor } else { 0 }
    }
}

/// The tax on a line costing `net` (minor units), rounded once, half to even, and what the line
/// then charges: `(tax, amount)`.
fn line_tax(net: i128, rule: TaxRule) -> (i128, i128) {
    let rate = i128::from(rule.rate.get());
    match (rule.inclusive, rule.reverse_charge) {
        (false, false) => {
            let tax = bp_round(net * rate);
            (tax, net + tax)
        }
        (false, true) => (0, net),
        (true, reverse) => {
            let base = crate::money::div_half_even(net * 10_000, 10_000 + rate);
            if reverse { (0, base) } else { (net - base, net) }
        }
    }
}

/// `numerator / 10_000`, rounded half to even.
fn bp_round(numerator: i128) -> i128 {
    crate::money::div_half_even(numerator, 10_000)
}

fn within(now: Timestamp, from: Option<Timestamp>, until: Option<Timestamp>) -> bool {
    from.is_none_or(|f| now >= f) && until.is_none_or(|u| now < u)
}

/// The volume discount of `quantity` units at `unit`, exact then rounded once.
fn volume_discount(prices: &PriceList, unit: i64, quantity: u32) -> i128 {
    let off_at = |n: u32| prices.tiers.iter().rev().find(|t| n >= t.min_quantity).map_or(0, |t| t.off_bp.get());
    let numerator: i128 = match prices.mode {
        TierMode::AllUnits => i128::from(unit) * i128::from(quantity) * i128::from(off_at(quantity)),
        TierMode::Graduated => {
            // Units in each tier's range, at that tier's discount.
            let mut total = 0i128;
            for (i, tier) in prices.tiers.iter().enumerate() {
                let start = tier.min_quantity.max(1);
                let end =
                    prices.tiers.get(i + 1).map_or(quantity, |next| next.min_quantity.saturating_sub(1).min(quantity));
                if end >= start {
                    total += i128::from(unit) * i128::from(end - start + 1) * i128::from(tier.off_bp.get());
                }
            }
            total
        }
    };
    bp_round(numerator)
}

/// Splits `amount` (at most Σ `bases`) over the lines in proportion to their bases, exactly: each
/// line gets the floor of its share, and the units left go one each to the largest remainders, so
/// the parts add up to `amount` and no part exceeds its base.
fn spread(amount: i128, bases: &[i128]) -> Vec<i128> {
    let total: i128 = bases.iter().sum();
    if total == 0 {
        return vec![0; bases.len()];
    }
    let mut parts: Vec<i128> = bases.iter().map(|b| amount * b / total).collect();
    let mut left = amount - parts.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..bases.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse((amount * bases[i]) % total));
    for i in order {
        if left == 0 {
            break;
        }
        if parts[i] < bases[i] {
            parts[i] += 1;
            left -= 1;
        }
    }
    parts
}

/// Prices a cart in `currency` at `now`, taxed by `tax`. `first_purchase`: whether the buyer has
/// never bought.
pub fn quote<P: Clone + PartialEq>(
    currency: Currency,
    cart: &[CartLine<P>],
    promo: Option<&Promo<P>>,
    first_purchase: bool,
    tax: TaxRule,
    now: Timestamp,
) -> Result<Quote<P>, QuoteError> {
    if cart.is_empty() {
        return Err(QuoteError::Empty);
    }
    let money = |minor: i128| i64::try_from(minor).map(|m| Money::new(m, currency)).map_err(|_| QuoteError::Overflow);
    // Per line: gross and volume discount.
    let mut rows = Vec::with_capacity(cart.len());
    for line in cart {
        if !(1..=100_000).contains(&line.quantity) {
            return Err(QuoteError::Quantity);
        }
        let p = &line.prices;
        if p.unit_minor < 0 || p.sale.is_some_and(|s| s.unit_minor < 0) {
            return Err(QuoteError::InvalidPrice);
        }
        let unit = match p.sale {
            Some(s) if within(now, s.from, s.until) => s.unit_minor,
            _ => p.unit_minor,
        };
        let gross = i128::from(unit) * i128::from(line.quantity);
        let volume = volume_discount(p, unit, line.quantity).min(gross);
        rows.push((line, unit, gross, volume, 0i128));
    }
    // The promo code, on its eligible lines.
    if let Some(promo) = promo {
        if !within(now, promo.from, promo.until) {
            return Err(PromoRefusal::OutsideDates.into());
        }
        if promo.first_purchase_only && !first_purchase {
            return Err(PromoRefusal::NotFirstPurchase.into());
        }
        let eligible = |plan: &P| promo.plans.as_ref().is_none_or(|plans| plans.contains(plan));
        if !rows.iter().any(|(line, ..)| eligible(&line.plan)) {
            return Err(PromoRefusal::NoEligibleProduct.into());
        }
        let after_volume: i128 = rows.iter().map(|(_, _, gross, volume, _)| gross - volume).sum();
        if after_volume < i128::from(promo.min_order_minor) {
            return Err(PromoRefusal::BelowMinimum.into());
        }
        // What the promo applies to on each eligible line: after volume when it stacks, the gross
        // otherwise (and then the line keeps the better of the two discounts).
        let bases: Vec<i128> = rows
            .iter()
            .map(|(line, _, gross, volume, _)| match eligible(&line.plan) {
                false => 0,
                true if promo.stacks_with_volume => gross - volume,
                true => *gross,
            })
            .collect();
        let offs: Vec<i128> = match promo.value {
            PromoValue::Percent(bp) => bases.iter().map(|b| bp_round(b * i128::from(bp.get()))).collect(),
            PromoValue::Amount(minor) if minor >= 0 => {
                let amount = i128::from(minor).min(bases.iter().sum());
                spread(amount, &bases)
            }
            _ => return Err(QuoteError::InvalidPrice),
        };
        for ((row, base), off) in rows.iter_mut().zip(&bases).zip(offs) {
            let off = off.min(*base);
            if promo.stacks_with_volume || *base == 0 {
                row.4 = off;
            } else if off > row.3 {
                // Not stackable: the promo replaces the smaller volume discount on this line.
                row.3 = 0;
                row.4 = off;
            }
        }
    }
    let mut lines = Vec::with_capacity(rows.len());
    let (mut subtotal, mut volume_total, mut promo_total) = (0i128, 0i128, 0i128);
    let (mut tax_total, mut total) = (0i128, 0i128);
    for (line, unit, gross, volume, promo_off) in rows {
        let net = (gross - volume - promo_off).max(0);
        let (line_tax, amount) = line_tax(net, tax);
        subtotal += gross;
        volume_total += volume;
        promo_total += gross - volume - net;
        tax_total += line_tax;
        total += amount;
        lines.push(QuoteLine {
            plan: line.plan.clone(),
            quantity: line.quantity,
            unit: money(i128::from(unit))?,
            gross: money(gross)?,
            volume_discount: money(volume)?,
            promo_discount: money(gross - volume - net)?,
            net: money(net)?,
            tax: money(line_tax)?,
            amount: money(amount)?,
        });
    }
    Ok(Quote {
        lines,
        subtotal: money(subtotal)?,
        volume_discount: money(volume_total)?,
        promo_discount: money(promo_total)?,
        promo: promo.map(|p| p.code.clone()),
        tax: money(tax_total)?,
        tax_rate: if tax.reverse_charge { BasisPoints::ZERO } else { tax.rate },
        tax_inclusive: tax.inclusive,
        reverse_charge: tax.reverse_charge,
        total: money(total)?,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn usd() -> Currency {
        Currency::parse("USD").unwrap()
    }

    fn now() -> Timestamp {
        Timestamp::from_millis(1_800_000_000_000)
    }

    fn seats(unit: i64, mode: TierMode) -> PriceList {
        PriceList {
            unit_minor: unit,
            sale: None,
            tiers: Tiers::parse(vec![tier(5, 1000), tier(20, 2000)]).unwrap(),
            mode,
        }
    }

    fn bp(bp: u32) -> BasisPoints {
        BasisPoints::new(bp).unwrap()
    }

    fn tier(min_quantity: u32, off: u32) -> Tier {
        Tier { min_quantity, off_bp: bp(off) }
    }

    fn line(plan: u8, prices: PriceList, quantity: u32) -> CartLine<u8> {
        CartLine { plan, prices, quantity }
    }

    fn promo(value: PromoValue, stacks: bool) -> Promo<u8> {
        Promo {
            code: "SPRING".into(),
            value,
            from: None,
            until: None,
            plans: None,
            min_order_minor: 0,
            first_purchase_only: false,
            stacks_with_volume: stacks,
        }
    }

    #[test]
    fn volume_tiers_graduated_and_all_units() {
        // 25 seats at $10: graduated = 4 full + 15 at -10 % + 6 at -20 % = 1500 + 1200 off.
        let q =
            quote(usd(), &[line(1, seats(1000, TierMode::Graduated), 25)], None, true, TaxRule::NONE, now()).unwrap();
        assert_eq!((q.subtotal.minor, q.volume_discount.minor, q.total.minor), (25_000, 2_700, 22_300));
        let q =
            quote(usd(), &[line(1, seats(1000, TierMode::AllUnits), 25)], None, true, TaxRule::NONE, now()).unwrap();
        assert_eq!((q.volume_discount.minor, q.total.minor), (5_000, 20_000));
        let q = quote(usd(), &[line(1, seats(1000, TierMode::AllUnits), 4)], None, true, TaxRule::NONE, now()).unwrap();
        assert_eq!(q.volume_discount.minor, 0);
    }

    #[test]
    fn a_sale_price_applies_only_between_its_dates() {
        let mut prices = seats(1000, TierMode::AllUnits);
        prices.sale = Some(Sale { unit_minor: 800, from: None, until: Some(now()) });
        let q = quote(usd(), &[line(1, prices.clone(), 1)], None, true, TaxRule::NONE, now()).unwrap();
        assert_eq!(q.lines[0].unit.minor, 1000, "the sale ended at `now`");
        prices.sale = Some(Sale { unit_minor: 800, from: Some(now()), until: None });
        let q = quote(usd(), &[line(1, prices, 1)], None, true, TaxRule::NONE, now()).unwrap();
        assert_eq!(q.lines[0].unit.minor, 800);
    }

    #[test]
    fn promo_codes_stack_or_take_the_better_discount_and_refuse_clearly() {
        let cart = [line(1, seats(1000, TierMode::AllUnits), 5), line(2, seats(333, TierMode::AllUnits), 1)];
        // Stacking 25 % on top of the 10 % volume discount of line 1.
        let q =
            quote(usd(), &cart, Some(&promo(PromoValue::Percent(bp(2500)), true)), true, TaxRule::NONE, now()).unwrap();
        assert_eq!((q.volume_discount.minor, q.promo_discount.minor), (500, 1125 + 83));
        // Not stacking: line 1 takes 25 % of the gross instead of its 10 %; line 2 takes 25 %.
        let q = quote(usd(), &cart, Some(&promo(PromoValue::Percent(bp(2500)), false)), true, TaxRule::NONE, now())
            .unwrap();
        assert_eq!((q.volume_discount.minor, q.promo_discount.minor, q.total.minor), (0, 1250 + 83, 5333 - 1333));
        // A fixed amount never exceeds what it discounts.
        let q =
            quote(usd(), &cart, Some(&promo(PromoValue::Amount(1_000_000), true)), true, TaxRule::NONE, now()).unwrap();
        assert_eq!(q.total.minor, 0);

        let mut p = promo(PromoValue::Percent(bp(1000)), true);
        p.plans = Some(vec![9]);
        assert_eq!(
            quote(usd(), &cart, Some(&p), true, TaxRule::NONE, now()),
            Err(QuoteError::Promo(PromoRefusal::NoEligibleProduct))
        );
        p.plans = None;
        p.min_order_minor = 1_000_000;
        assert_eq!(
            quote(usd(), &cart, Some(&p), true, TaxRule::NONE, now()),
            Err(QuoteError::Promo(PromoRefusal::BelowMinimum))
        );
        p.min_order_minor = 0;
        p.first_purchase_only = true;
        assert_eq!(
            quote(usd(), &cart, Some(&p), false, TaxRule::NONE, now()),
            Err(QuoteError::Promo(PromoRefusal::NotFirstPurchase))
        );
        p.first_purchase_only = false;
        p.until = Some(now());
        assert_eq!(
            quote(usd(), &cart, Some(&p), true, TaxRule::NONE, now()),
            Err(QuoteError::Promo(PromoRefusal::OutsideDates))
        );
    }

    #[test]
    fn half_of_a_minor_unit_rounds_to_even() {
        assert_eq!((bp_round(5_000), bp_round(15_000), bp_round(25_000), bp_round(25_001)), (0, 2, 2, 3));
    }

    fn flat(unit: i64) -> PriceList {
        PriceList { unit_minor: unit, sale: None, tiers: Tiers::parse(vec![]).unwrap(), mode: TierMode::AllUnits }
    }

    fn taxed(rate: u32, inclusive: bool, reverse_charge: bool) -> TaxRule {
        TaxRule { rate: bp(rate), inclusive, reverse_charge }
    }

    #[test]
    fn exclusive_tax_is_added_per_line_and_rounded_per_line() {
        // Three lines of 0.05 at 10 %: each line's 0.005 rounds half to even, to 0.00; taxing the
        // sum instead would have charged 0.02.
        let cart = [line(1, flat(5), 1), line(2, flat(5), 1), line(3, flat(5), 1)];
        let q = quote(usd(), &cart, None, true, taxed(1000, false, false), now()).unwrap();
        assert_eq!((q.tax.minor, q.total.minor), (0, 15));
        // 19 % on 10.00 and on 0.99 (0.1881 → 0.19).
        let cart = [line(1, flat(1000), 1), line(2, flat(99), 1)];
        let q = quote(usd(), &cart, None, true, taxed(1900, false, false), now()).unwrap();
        assert_eq!(q.lines.iter().map(|l| (l.tax.minor, l.amount.minor)).collect::<Vec<_>>(), [(190, 1190), (19, 118)]);
        assert_eq!((q.tax.minor, q.total.minor, q.tax_rate.get()), (209, 1308, 1900));
        assert_eq!(q.after_discounts(), 1099);
    }

    #[test]
    fn inclusive_prices_contain_their_tax_and_the_buyer_pays_the_price() {
        // 11.90 including 19 %: 1.90 of it is tax.
        let q = quote(usd(), &[line(1, flat(1190), 1)], None, true, taxed(1900, true, false), now()).unwrap();
        assert_eq!((q.tax.minor, q.total.minor, q.lines[0].revenue()), (190, 1190, 1000));
        // JPY has no minor digits: 1,000 yen including 10 % holds 91 yen of tax (909.09 → 909).
        let yen = Currency::parse("JPY").unwrap();
        let q = quote(yen, &[line(1, flat(1000), 1)], None, true, taxed(1000, true, false), now()).unwrap();
        assert_eq!((q.tax.minor, q.total.minor), (91, 1000));
    }

    #[test]
    fn a_reverse_charge_charges_no_tax_and_takes_it_out_of_inclusive_prices() {
        let q = quote(usd(), &[line(1, flat(1000), 1)], None, true, taxed(1900, false, true), now()).unwrap();
        assert_eq!((q.tax.minor, q.total.minor, q.tax_rate.get(), q.tax_removed()), (0, 1000, 0, 0));
        let q = quote(usd(), &[line(1, flat(1190), 1)], None, true, taxed(1900, true, true), now()).unwrap();
        assert_eq!((q.tax.minor, q.total.minor, q.tax_removed()), (0, 1000, 190));
        assert!(q.reverse_charge);
    }

    fn any_tax() -> impl Strategy<Value = TaxRule> {
        (0u32..=5_000, any::<bool>(), any::<bool>())
            .prop_map(|(rate, inclusive, reverse)| taxed(rate, inclusive, reverse))
    }

    fn any_prices() -> impl Strategy<Value = PriceList> {
        (0i64..5_000_000, proptest::option::of(0i64..5_000_000), 0u32..=10_000, 0u32..=10_000, 2u32..30, any::<bool>())
            .prop_map(|(unit, sale, a, b, second, graduated)| PriceList {
                unit_minor: unit,
                sale: sale.map(|s| Sale { unit_minor: s, from: None, until: None }),
                tiers: Tiers::parse(vec![tier(second, a.min(b)), tier(second + 10, a.max(b))]).unwrap(),
                mode: if graduated { TierMode::Graduated } else { TierMode::AllUnits },
            })
    }

    fn any_promo() -> impl Strategy<Value = Option<Promo<u8>>> {
        proptest::option::of(
            (
                prop_oneof![
                    (0u32..=10_000).prop_map(|b| PromoValue::Percent(bp(b))),
                    (0i64..10_000_000).prop_map(PromoValue::Amount)
                ],
                any::<bool>(),
                proptest::option::of(proptest::collection::vec(0u8..4, 1..3)),
            )
                .prop_map(|(value, stacks, plans)| Promo { plans, ..promo(value, stacks) }),
        )
    }

    proptest! {
        #[test]
        fn totals_add_up_to_the_minor_unit_and_never_go_negative(
            lines in proptest::collection::vec((0u8..4, any_prices(), 1u32..200), 1..5),
            promo in any_promo(),
            currency in prop_oneof![Just("JPY"), Just("USD"), Just("KWD")],
            tax in any_tax(),
        ) {
            let cart: Vec<CartLine<u8>> = lines.into_iter().map(|(plan, prices, quantity)| CartLine { plan, prices, quantity }).collect();
            let currency = Currency::parse(currency).unwrap();
            match quote(currency, &cart, promo.as_ref(), true, tax, now()) {
                Ok(q) => {
                    prop_assert!(q.total.minor >= 0 && q.tax.minor >= 0);
                    prop_assert_eq!(q.after_discounts(), q.lines.iter().map(|l| l.net.minor).sum::<i64>());
                    prop_assert_eq!(q.total.minor, q.lines.iter().map(|l| l.amount.minor).sum::<i64>());
                    prop_assert_eq!(q.tax.minor, q.lines.iter().map(|l| l.tax.minor).sum::<i64>());
                    let rate = i128::from(tax.rate.get());
                    for l in &q.lines {
                        prop_assert!(l.net.minor >= 0 && l.volume_discount.minor >= 0 && l.promo_discount.minor >= 0);
                        prop_assert_eq!(l.gross.minor, l.unit.minor * i64::from(l.quantity));
                        prop_assert_eq!(l.net.minor, l.gross.minor - l.volume_discount.minor - l.promo_discount.minor);
                        let net = i128::from(l.net.minor);
                        let (line_tax, amount) = (i128::from(l.tax.minor), i128::from(l.amount.minor));
                        // Each line's tax is within half a minor unit of the exact tax.
                        match (tax.inclusive, tax.reverse_charge) {
                            (_, true) => prop_assert_eq!(line_tax, 0),
                            (false, false) => prop_assert!((line_tax * 10_000 - net * rate).abs() <= 5_000),
                            (true, false) => prop_assert!(((net - line_tax) * (10_000 + rate) - net * 10_000).abs() * 2 <= 10_000 + rate),
                        }
                        match (tax.inclusive, tax.reverse_charge) {
                            (false, _) => prop_assert_eq!(amount, net + line_tax),
                            (true, false) => prop_assert_eq!(amount, net),
                            (true, true) => prop_assert!(amount <= net && (amount * (10_000 + rate) - net * 10_000).abs() * 2 <= 10_000 + rate),
                        }
                    }
                    if let Some(p) = promo.as_ref().filter(|p| p.stacks_with_volume)
                        && let PromoValue::Amount(amount) = p.value
                    {
                        // All of the amount, unless the eligible lines are worth less.
                        let eligible: i64 = q.lines.iter().filter(|l| p.plans.as_ref().is_none_or(|ps| ps.contains(&l.plan))).map(|l| l.gross.minor - l.volume_discount.minor).sum();
                        prop_assert_eq!(q.promo_discount.minor, amount.min(eligible));
                    }
                }
                Err(QuoteError::Promo(_)) => prop_assert!(promo.is_some()),
                Err(e) => prop_assert!(false, "unexpected {e}"),
            }
        }
    }
}

#[cfg(test)]
mod visibility_tests {
    use super::Visibility;

    #[test]
    fn hidden_plans_sell_by_link_and_archived_ones_not_at_all() {
        let seen = |by_link| Visibility::ALL.iter().filter(|v| v.listed(by_link)).copied().collect::<Vec<_>>();
        assert_eq!(seen(false), [Visibility::Public]);
        assert_eq!(seen(true), [Visibility::Public, Visibility::Hidden]);
        assert!(Visibility::Public.sells() && Visibility::Hidden.sells() && !Visibility::Archived.sells());
    }
}

#[cfg(test)]
mod spread_tests {
    #[test]
    fn an_amount_is_split_exactly_and_never_beyond_a_base() {
        assert_eq!(super::spread(3, &[1, 1, 1]), vec![1, 1, 1]);
        assert_eq!(super::spread(2, &[1, 1, 1]).iter().sum::<i128>(), 2);
        let parts = super::spread(100, &[333, 333, 334]);
        assert_eq!(parts.iter().sum::<i128>(), 100);
        assert!(parts.iter().all(|p| (33..=34).contains(p)));
        assert_eq!(super::spread(5, &[0, 7, 0]), vec![0, 5, 0]);
    }
}
