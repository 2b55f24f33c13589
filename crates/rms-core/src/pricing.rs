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
mod tests;
