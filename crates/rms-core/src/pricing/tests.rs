//! The pricing rules, by example and by property.

use proptest::prelude::*;

use super::*;

fn usd() -> Currency {
    Currency::parse("USD").unwrap()
}

fn now() -> Timestamp {
    Timestamp::from_millis(1_800_000_000_000)
}

fn seats(unit: i64, mode: TierMode) -> PriceList {
    PriceList { unit_minor: unit, sale: None, tiers: Tiers::parse(vec![tier(5, 1000), tier(20, 2000)]).unwrap(), mode }
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
    let q = quote(usd(), &[line(1, seats(1000, TierMode::Graduated), 25)], None, true, TaxRule::NONE, now()).unwrap();
    assert_eq!((q.subtotal.minor, q.volume_discount.minor, q.total.minor), (25_000, 2_700, 22_300));
    let q = quote(usd(), &[line(1, seats(1000, TierMode::AllUnits), 25)], None, true, TaxRule::NONE, now()).unwrap();
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
    let q = quote(usd(), &cart, Some(&promo(PromoValue::Percent(bp(2500)), true)), true, TaxRule::NONE, now()).unwrap();
    assert_eq!((q.volume_discount.minor, q.promo_discount.minor), (500, 1125 + 83));
    // Not stacking: line 1 takes 25 % of the gross instead of its 10 %; line 2 takes 25 %.
    let q =
        quote(usd(), &cart, Some(&promo(PromoValue::Percent(bp(2500)), false)), true, TaxRule::NONE, now()).unwrap();
    assert_eq!((q.volume_discount.minor, q.promo_discount.minor, q.total.minor), (0, 1250 + 83, 5333 - 1333));
    // A fixed amount never exceeds what it discounts.
    let q = quote(usd(), &cart, Some(&promo(PromoValue::Amount(1_000_000), true)), true, TaxRule::NONE, now()).unwrap();
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
    (0u32..=5_000, any::<bool>(), any::<bool>()).prop_map(|(rate, inclusive, reverse)| taxed(rate, inclusive, reverse))
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

mod visibility_tests {
    use crate::pricing::Visibility;

    #[test]
    fn hidden_plans_sell_by_link_and_archived_ones_not_at_all() {
        let seen = |by_link| Visibility::ALL.iter().filter(|v| v.listed(by_link)).copied().collect::<Vec<_>>();
        assert_eq!(seen(false), [Visibility::Public]);
        assert_eq!(seen(true), [Visibility::Public, Visibility::Hidden]);
        assert!(Visibility::Public.sells() && Visibility::Hidden.sells() && !Visibility::Archived.sells());
    }
}

mod spread_tests {
    #[test]
    fn an_amount_is_split_exactly_and_never_beyond_a_base() {
        assert_eq!(crate::pricing::spread(3, &[1, 1, 1]), vec![1, 1, 1]);
        assert_eq!(crate::pricing::spread(2, &[1, 1, 1]).iter().sum::<i128>(), 2);
        let parts = crate::pricing::spread(100, &[333, 333, 334]);
        assert_eq!(parts.iter().sum::<i128>(), 100);
        assert!(parts.iter().all(|p| (33..=34).contains(p)));
        assert_eq!(crate::pricing::spread(5, &[0, 7, 0]), vec![0, 5, 0]);
    }
}
