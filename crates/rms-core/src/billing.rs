//! Billing rules that need no storage: promo-code reset periods, commissions, invoice numbers.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Currency, Money, Timestamp};

/// An invoice line as frozen at purchase: names and amounts as they were then, whatever the
/// catalogue says later (an invoice never changes).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvoiceLine {
    #[serde(default)]
    pub plan_id: Uuid,
    pub product: String,
    pub plan: String,
    pub quantity: u32,
    pub seats: i64,
    pub unit_minor: i64,
    pub gross_minor: i64,
    #[serde(default)]
    pub volume_discount_minor: i64,
    #[serde(default)]
    pub promo_discount_minor: i64,
    #[serde(default)]
    pub net_minor: i64,
    #[serde(default)]
    pub license_id: Option<Uuid>,
    /// The tax this line charged (contained in `net_minor` when prices included it).
    #[serde(default)]
    pub tax_minor: i64,
}

/// One use of a promo code, as its admin page lists it. A read model the store fills directly.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "sql", derive(sqlx::FromRow))]
pub struct Redemption {
    pub email: String,
    pub invoice_number: String,
    pub discount_minor: i64,
    pub created_at: Timestamp,
}

/// One movement of a wallet: the ledger transaction and what it moved on this account (positive
/// in, negative out). A read model the store fills directly.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "sql", derive(sqlx::FromRow))]
pub struct Movement {
    pub txn_id: Uuid,
    /// The transaction's kind (`purchase`, `refund`, `top_up`, …).
    pub kind: String,
    pub reference: Option<String>,
    pub memo: String,
    pub amount_minor: i64,
    pub created_at: Timestamp,
}

/// The seller or the buyer as an invoice prints them; what a party lacks is empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvoiceParty {
    pub name: String,
    pub company: String,
    pub email: String,
    /// Several lines: street, city.
    pub address: String,
    pub country: String,
    /// The region part of an ISO 3166-2 code, or empty.
    pub region: String,
    pub tax_id: String,
    /// The seller's invoice footer (payment terms, registration).
    pub footer: String,
}

crate::states! {
    /// An invoice, or the credit note that cancels one.
    pub enum InvoiceKind("invoice kind") {
        Invoice = "invoice",
        CreditNote = "credit_note",
    }
}

crate::states! {
    /// Where an invoice stands: paid (a purchase), refunded (a credit note cancels it) or issued
    /// (a credit note itself).
    pub enum InvoiceStatus("invoice status") {
        Issued = "issued",
        Paid = "paid",
        Refunded = "refunded",
    }
}

crate::states! {
    /// Whether an invoice's PDF has been rendered yet.
    pub enum PdfStatus("PDF status") {
        Pending = "pending",
        Ready = "ready",
        Failed = "failed",
    }
}

/// Only a paid invoice can be refunded; a credit note never (it is the refund).
pub fn refundable(kind: InvoiceKind, status: InvoiceStatus) -> bool {
    kind == InvoiceKind::Invoice && status == InvoiceStatus::Paid
}

crate::states! {
    /// Where a wallet top-up stands: pending until settled once (paid, failed, or held for an
    /// admin's review), expired when abandoned, refunded when the gateway takes it back.
    pub enum PaymentStatus("payment status") {
        Pending = "pending",
        Paid = "paid",
        Failed = "failed",
        Expired = "expired",
        /// Money may have arrived but does not match the order (amount, currency, an AML hold):
        /// an admin approves, rejects or re-checks it.
        Review = "review",
        Refunded = "refunded",
    }
}

crate::states! {
    /// An order held for a payment: waiting for the money, then bought once (`Completed`) or
    /// not (`Failed`, the money staying in the wallet).
    pub enum OrderStatus("order status") {
        Waiting = "waiting",
        Completed = "completed",
        Failed = "failed",
    }
}

impl PaymentStatus {
    /// Still waiting for its money.
    pub fn is_open(self) -> bool {
        self == PaymentStatus::Pending
    }
}

crate::states! {
    /// An affiliate's commission: pending through the refund window, then available in their
    /// wallet; reversed when the purchase is refunded.
    pub enum CommissionStatus("commission status") {
        Pending = "pending",
        Available = "available",
        Reversed = "reversed",
    }
}

crate::states! {
    /// What refunding a purchase does to the licenses it issued (set per plan).
    pub enum RefundAction("refund action") {
        /// Revoked for good (the default).
        Revoke = "revoke",
        /// Suspended: an admin can bring it back.
        Suspend = "suspend",
    }
}

/// What a customer's invoices show besides their name and email.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BillingProfile {
    pub company: String,
    pub tax_id: String,
    pub address: String,
    /// ISO 3166-1 alpha-2, or empty.
    pub country: String,
    /// The region part of an ISO 3166-2 code (`CA` for California with country `US`), or empty:
    /// where tax rates differ by state or province.
    pub region: String,
}

/// Which wallet movements to list, newest first.
#[derive(Clone, Copy, Debug, Default)]
pub struct HistoryFilter<'a> {
    /// A transaction kind (`top_up`, `purchase`, `refund`, …).
    pub kind: Option<&'a str>,
    pub from: Option<Timestamp>,
    pub until: Option<Timestamp>,
    /// Only movements in (`true`) or out (`false`).
    pub incoming: Option<bool>,
    pub limit: i64,
}

crate::states! {
    /// How often a promo code's use counter starts again from zero (UTC calendar periods).
    pub enum ResetPeriod("reset period") {
        Day = "day",
        /// Weeks start on Monday (ISO 8601).
        Week = "week",
        Month = "month",
    }
}

impl ResetPeriod {
    /// The first instant of the period `now` falls in.
    pub fn start_of(self, now: Timestamp) -> Timestamp {
        let t = now.to_utc();
        let day = t.date();
        let first = match self {
            ResetPeriod::Day => day,
            ResetPeriod::Week => day - time::Duration::days(i64::from(day.weekday().number_days_from_monday())),
            ResetPeriod::Month => day.replace_day(1).unwrap_or(day),
        };
        let midnight = first.midnight().assume_utc();
        Timestamp::from_utc(midnight)
    }
}

/// `bp` basis points of `amount`, rounded half to even once (commissions).
pub fn share(amount_minor: i64, bp: crate::money::BasisPoints) -> i64 {
    let rounded = crate::money::div_half_even(i128::from(amount_minor) * i128::from(bp.get()), 10_000);
    i64::try_from(rounded).unwrap_or(i64::MAX)
}

/// An invoice number pattern such as `INV-{YYYY}-{000001}`: `{YYYY}` is the year, a run of digits
/// in braces is the sequence number zero-padded to that width. Exactly one of each: the counters
/// start again every year, so a pattern without the year would repeat last year's numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberFormat(String);

impl NumberFormat {
    pub fn parse(pattern: &str) -> Option<Self> {
        if pattern.matches("{YYYY}").count() != 1 {
            return None;
        }
        let fields = pattern.matches('{').count();
        let closes = pattern.matches('}').count();
        let seq_fields = pattern
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}'))
            .filter(|(f, _)| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
            .count();
        let known = pattern
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}'))
            .all(|(f, _)| f == "YYYY" || (!f.is_empty() && f.len() <= 12 && f.bytes().all(|b| b.is_ascii_digit())));
        let plain = pattern.chars().all(|c| c.is_ascii_alphanumeric() || "-_/.{} ".contains(c));
        (fields == closes && seq_fields == 1 && known && plain && pattern.len() <= 64).then(|| Self(pattern.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The fixed text before the first field.
    fn prefix(&self) -> &str {
        self.0.split('{').next().unwrap_or_default()
    }

    /// Whether numbers of this pattern and `other` can never be equal (invoices and credit notes
    /// share one namespace). Fields render as digits only, so two patterns are apart when their
    /// fixed prefixes differ at some position, or when the longer one goes on with a non-digit
    /// where the shorter one's digits begin.
    pub fn is_apart_from(&self, other: &NumberFormat) -> bool {
        let (a, b) = (self.prefix(), other.prefix());
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        match long.strip_prefix(short) {
            None => true,
            Some(rest) => rest.chars().next().is_some_and(|c| !c.is_ascii_digit()),
        }
    }

    /// The number for sequence `seq` in `year`.
    pub fn render(&self, year: i32, seq: i64) -> String {
        let mut out = String::new();
        let mut rest = self.0.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else { break };
            let field = &rest[open + 1..open + close];
            if field == "YYYY" {
                out.push_str(&format!("{year:04}"));
            } else {
                out.push_str(&format!("{seq:0width$}", width = field.len()));
            }
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out
    }
}

impl Default for NumberFormat {
    fn default() -> Self {
        Self("INV-{YYYY}-{000001}".to_owned())
    }
}

/// An exchange rate: how many units of `currency` one unit of the base currency buys, as an exact
/// decimal (`0.9234` EUR per USD). Kept as a scaled integer so conversions round once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    /// The rate × 10^`scale`.
    units: i128,
    scale: u32,
}

impl Rate {
    /// A positive decimal with at most 12 fractional digits (`1`, `0.9234`, `151.37`).
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
        let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || whole.len() > 12 || fraction.len() > 12 || !digits(whole) || !digits(fraction) {
            return None;
        }
        let scale = u32::try_from(fraction.len()).ok()?;
        let units: i128 = format!("{whole}{fraction}").parse().ok()?;
        (units > 0).then_some(Self { units, scale })
    }

    /// The rate as it was written, without trailing zeros (`0.9234`).
    pub fn to_decimal_string(self) -> String {
        let scale = 10i128.pow(self.scale);
        let (whole, fraction) = (self.units / scale, self.units % scale);
        if self.scale == 0 || fraction == 0 {
            return whole.to_string();
        }
        let fraction = format!("{fraction:0width$}", width = self.scale as usize);
        format!("{whole}.{}", fraction.trim_end_matches('0'))
    }

    /// `amount` (in the rate's currency) in `base`, rounded half to even once, at the end.
    pub fn to_base(self, amount: Money, base: Currency) -> Option<Money> {
        // amount_minor / 10^from × 10^to / (units / 10^scale)
        //   = amount_minor × 10^(to + scale) / (units × 10^from)
        let from = u32::from(amount.currency.minor_digits());
        let to = u32::from(base.minor_digits());
        let numerator = i128::from(amount.minor).checked_mul(10i128.checked_pow(to + self.scale)?)?;
        let denominator = self.units.checked_mul(10i128.checked_pow(from)?)?;
        let rounded = crate::money::div_half_even(numerator, denominator);
        i64::try_from(rounded).ok().map(|minor| Money::new(minor, base))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_paid_invoice_is_refundable() {
        for &kind in InvoiceKind::ALL {
            for &status in InvoiceStatus::ALL {
                let expected = (kind, status) == (InvoiceKind::Invoice, InvoiceStatus::Paid);
                assert_eq!(refundable(kind, status), expected, "{kind} {status}");
            }
        }
    }

    #[test]
    fn only_pending_payments_wait_for_their_money() {
        let open: Vec<_> = PaymentStatus::ALL.iter().filter(|s| s.is_open()).collect();
        assert_eq!(open, [&PaymentStatus::Pending]);
    }

    #[test]
    fn invoice_and_credit_note_numbers_cannot_collide() {
        let f = |p: &str| NumberFormat::parse(p).unwrap();
        assert!(f("INV-{YYYY}-{000001}").is_apart_from(&f("CN-{YYYY}-{000001}")));
        assert!(f("INV-{YYYY}-{000001}").is_apart_from(&f("INV-CN-{YYYY}-{000001}")), "C is no digit");
        assert!(!f("INV-{YYYY}-{000001}").is_apart_from(&f("INV-{YYYY}/{01}")), "same prefix");
        assert!(!f("A-{YYYY}-{0001}").is_apart_from(&f("A-1{YYYY}-{0001}")), "A-1… is also A-<year>…");
        assert!(!f("{YYYY}-{0001}").is_apart_from(&f("{0001}-{YYYY}")), "both start with digits");
    }

    fn at(s: &str) -> Timestamp {
        Timestamp::parse_rfc3339(s).unwrap()
    }

    #[test]
    fn a_monthly_code_starts_counting_again_on_the_first_of_the_month() {
        let now = at("2026-11-29T17:45:00Z");
        assert_eq!(ResetPeriod::Month.start_of(now), at("2026-11-01T00:00:00Z"));
        assert_eq!(ResetPeriod::Day.start_of(now), at("2026-11-29T00:00:00Z"));
        // 29 November 2026 is a Sunday: its week began on Monday the 23rd.
        assert_eq!(ResetPeriod::Week.start_of(now), at("2026-11-23T00:00:00Z"));
        assert_eq!(ResetPeriod::Week.start_of(at("2026-11-23T00:00:00Z")), at("2026-11-23T00:00:00Z"));
    }

    #[test]
    fn commissions_round_half_to_even_once() {
        let bp = |bp| crate::money::BasisPoints::new(bp).unwrap();
        assert_eq!(share(10_000, bp(2_000)), 2_000);
        assert_eq!(share(25, bp(1_000)), 2); // 2.5 → 2
        assert_eq!(share(35, bp(1_000)), 4); // 3.5 → 4
        assert_eq!(share(0, bp(5_000)), 0);
    }

    #[test]
    fn invoice_numbers_follow_the_configured_pattern() {
        let f = NumberFormat::default();
        assert_eq!(f.render(2026, 7), "INV-2026-000007");
        assert_eq!(f.render(2027, 1_234_567), "INV-2027-1234567");
        assert_eq!(NumberFormat::parse("CN/{YYYY}/{0001}").unwrap().render(2026, 12), "CN/2026/0012");
        assert!(NumberFormat::parse("INV-{YYYY}").is_none(), "a sequence field is required");
        assert!(NumberFormat::parse("INV-{000001}").is_none(), "the year is required: counters are per year");
        assert!(NumberFormat::parse("INV-{YYYY}-{YYYY}-{01}").is_none(), "one year field");
        assert!(NumberFormat::parse("{01}-{01}").is_none(), "only one sequence field");
        assert!(NumberFormat::parse("INV-{MM}-{001}").is_none(), "unknown fields are refused");
        assert!(NumberFormat::parse("<b>{001}").is_none());
    }

    #[test]
    fn a_rate_converts_to_the_base_rounding_once() {
        let c = |s: &str| crate::Currency::parse(s).unwrap();
        let eur = Rate::parse("0.92").unwrap();
        assert_eq!(eur.to_base(Money::new(9_200, c("EUR")), c("USD")), Some(Money::new(10_000, c("USD"))));
        // 1 cent at 0.92 is 1.087 cents → 1.
        assert_eq!(eur.to_base(Money::new(1, c("EUR")), c("USD")).unwrap().minor, 1);
        // Yen (0 digits) to dollars (2), and dinars (3) to yen.
        let jpy = Rate::parse("151.5").unwrap();
        assert_eq!(jpy.to_base(Money::new(15_150, c("JPY")), c("USD")).unwrap().minor, 10_000);
        let kwd = Rate::parse("0.0020").unwrap();
        assert_eq!(kwd.to_base(Money::new(1_000, c("KWD")), c("JPY")).unwrap().minor, 500);
        // Half to even: 2.5 → 2, 3.5 → 4 (rate 2: 5 minor → 2.5).
        let two = Rate::parse("2").unwrap();
        assert_eq!(two.to_base(Money::new(5, c("EUR")), c("USD")).unwrap().minor, 2);
        assert_eq!(two.to_base(Money::new(7, c("EUR")), c("USD")).unwrap().minor, 4);
        assert_eq!(Rate::parse("0.9200").unwrap().to_decimal_string(), "0.92");
        for bad in ["", "0", "-1", "1e3", "1.1234567890123", "abc", "1,5"] {
            assert!(Rate::parse(bad).is_none(), "{bad:?}");
        }
    }
}
