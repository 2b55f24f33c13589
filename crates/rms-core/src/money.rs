//! Money: an integer amount of minor units in one ISO 4217 currency.
//!
//! Amounts are never floating point. Arithmetic between different currencies is an error, not a
//! conversion; formatting for people lives in `rms-i18n`.

use std::fmt;
use std::str::FromStr;

/// An ISO 4217 alphabetic code (three uppercase ASCII letters), e.g. `USD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency([u8; 3]);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("a currency is three uppercase letters such as USD, not {0:?}")]
    BadCurrency(String),
    #[error("amounts in {0} and {1} cannot be combined")]
    CurrencyMismatch(Currency, Currency),
    #[error("the amount is out of range")]
    Overflow,
}

impl Currency {
    /// The default base currency of a store.
    pub const USD: Currency = Currency(*b"USD");

    pub fn parse(code: &str) -> Result<Self, MoneyError> {
        match code.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|ch| ch.is_ascii_uppercase()) => Ok(Self([*a, *b, *c])),
            _ => Err(MoneyError::BadCurrency(code.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        // The constructor admits only ASCII uppercase letters, so this is always valid UTF-8.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// How many digits follow the decimal point for this currency (ISO 4217 minor unit).
    ///
    /// The exceptions to the common value of 2 are listed here; everything else is 2.
    pub fn minor_digits(&self) -> u8 {
        match self.as_str() {
            "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX" | "UYI" | "VND"
            | "VUV" | "XAF" | "XOF" | "XPF" => 0,
            "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
            _ => 2,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// The most one operation may move, in minor units (10^11: a billion dollars in cents). Every
/// amount from outside is checked against it where it enters, so sums of a few of them stay far
/// from `i64`'s range and `-amount` can never overflow.
pub const MAX_AMOUNT_MINOR: i64 = 100_000_000_000;

/// Whether `minor` is an amount an operation may move: at most [`MAX_AMOUNT_MINOR`] either way,
/// and not below `least` (1 for payments, 0 for prices, `-MAX_AMOUNT_MINOR` for corrections).
pub fn amount_ok(minor: i64, least: i64) -> bool {
    (least.max(-MAX_AMOUNT_MINOR)..=MAX_AMOUNT_MINOR).contains(&minor)
}

/// A share of an amount in basis points: 0 to 10 000 (= 100 %). Discounts, volume tiers and
/// commissions are parsed into it once where they enter, so arithmetic never meets 120 %.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct BasisPoints(u16);

/// A share outside 0–100 % or finer than 0.01 %.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("a share is 0 to 100 % in steps of 0.01 %")]
pub struct BadShare;

impl BasisPoints {
    pub const ZERO: BasisPoints = BasisPoints(0);

    pub fn new(bp: u32) -> Result<Self, BadShare> {
        u16::try_from(bp).ok().filter(|bp| *bp <= 10_000).map(Self).ok_or(BadShare)
    }

    /// From a percentage with at most two decimals (`12.5` → 1250).
    pub fn from_percent(percent: f64) -> Result<Self, BadShare> {
        let scaled = percent * 100.0;
        if !(0.0..=10_000.0).contains(&scaled) || (scaled - scaled.round()).abs() > 1e-6 {
            return Err(BadShare);
        }
        Self::new(scaled.round() as u32)
    }

    /// From a percentage as people type it (`33.333` → 3333), rounded to the nearest basis point.
    pub fn from_percent_rounded(percent: f64) -> Result<Self, BadShare> {
        Self::from_percent((percent * 100.0).round() / 100.0)
    }

    pub fn get(self) -> u32 {
        u32::from(self.0)
    }

    /// The share as a percentage, for display (`1250` → 12.5).
    pub fn percent(self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

impl TryFrom<u32> for BasisPoints {
    type Error = BadShare;
    fn try_from(bp: u32) -> Result<Self, BadShare> {
        Self::new(bp)
    }
}

impl From<BasisPoints> for u32 {
    fn from(bp: BasisPoints) -> u32 {
        bp.get()
    }
}

/// Read straight from an integer column; a stored value outside 0–10 000 is a decode error.
#[cfg(feature = "sql")]
mod sql {
    use sqlx::error::BoxDynError;
    use sqlx::{Database, Decode};

    use super::BasisPoints;

    crate::column_type!(BasisPoints as i64);

    impl<'r, DB: Database> Decode<'r, DB> for BasisPoints
    where
        i64: Decode<'r, DB>,
    {
        fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
            Ok(BasisPoints::try_from(<i64 as Decode<'r, DB>>::decode(value)?)?)
        }
    }
}

impl TryFrom<i64> for BasisPoints {
    type Error = BadShare;
    fn try_from(bp: i64) -> Result<Self, BadShare> {
        u32::try_from(bp).map_err(|_| BadShare).and_then(Self::new)
    }
}

/// An amount of money: `minor` units (cents for USD, yen for JPY) of `currency`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

/// `n / d` rounded half to even, the one rounding rule of money (docs/spec/billing.md §1). `d` must be
/// positive.
pub fn div_half_even(n: i128, d: i128) -> i128 {
    let (q, r) = (n.div_euclid(d), n.rem_euclid(d));
    match (2 * r).cmp(&d) {
        std::cmp::Ordering::Less => q,
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal => q + (q & 1),
    }
}

impl Money {
    pub const fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let minor = self.minor.checked_add(other.minor).ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let minor = self.minor.checked_sub(other.minor).ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch(self.currency, other.currency))
        }
    }

    /// A positive amount typed by a person in major units (`12`, `12.5`, `12,50`), exactly: more
    /// decimals than the currency has, signs, grouping and exponents are refused.
    pub fn parse_decimal(typed: &str, currency: Currency) -> Option<Money> {
        let typed = typed.trim();
        let (whole, fraction) = match typed.split_once(['.', ',']) {
            Some((w, f)) => (w, f),
            None => (typed, ""),
        };
        let digits = usize::from(currency.minor_digits());
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || whole.len() > 12
            || fraction.len() > digits
            || !all_digits(whole)
            || !all_digits(fraction)
        {
            return None;
        }
        let scale = 10i64.checked_pow(u32::try_from(digits).ok()?)?;
        let fraction_minor =
            if fraction.is_empty() { 0 } else { format!("{fraction:0<digits$}").parse::<i64>().ok()? };
        let minor = whole.parse::<i64>().ok()?.checked_mul(scale)?.checked_add(fraction_minor)?;
        Some(Money::new(minor, currency))
    }

    /// The amount as a plain decimal string in major units (`1234` cents → `"12.34"`), exact.
    pub fn to_decimal_string(&self) -> String {
        let digits = u32::from(self.currency.minor_digits());
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if digits == 0 {
            return format!("{sign}{abs}");
        }
        let scale = 10u64.pow(digits);
        format!("{sign}{}.{:0width$}", abs / scale, abs % scale, width = digits as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_is_whole_basis_points_up_to_a_hundred_percent() {
        assert_eq!(BasisPoints::from_percent(12.5).map(BasisPoints::get), Ok(1250));
        assert_eq!(BasisPoints::from_percent(100.0).map(BasisPoints::get), Ok(10_000));
        assert_eq!(BasisPoints::new(10_000).map(BasisPoints::percent), Ok(100.0));
        for bad in [-0.01, 100.01, 12.345, f64::NAN] {
            assert_eq!(BasisPoints::from_percent(bad), Err(BadShare), "{bad}");
        }
        assert_eq!(BasisPoints::from_percent_rounded(33.333).map(BasisPoints::get), Ok(3333));
        assert_eq!(BasisPoints::from_percent_rounded(100.004).map(BasisPoints::get), Ok(10_000));
        assert_eq!(BasisPoints::from_percent_rounded(100.006), Err(BadShare));
        assert_eq!(BasisPoints::new(10_001), Err(BadShare));
        assert_eq!(BasisPoints::try_from(-1i64), Err(BadShare));
    }

    fn usd() -> Currency {
        Currency::parse("USD").unwrap()
    }

    #[test]
    fn a_currency_is_exactly_three_uppercase_letters() {
        assert!(Currency::parse("EUR").is_ok());
        for bad in ["eur", "EU", "EURO", "E1R", "", "ÉUR"] {
            assert!(Currency::parse(bad).is_err(), "{bad} must be refused");
        }
    }

    #[test]
    fn typed_amounts_parse_exactly_or_not_at_all() {
        let m = |s: &str, c: &str| Money::parse_decimal(s, Currency::parse(c).unwrap()).map(|m| m.minor);
        assert_eq!(m("12", "USD"), Some(1200));
        assert_eq!(m("12.5", "USD"), Some(1250));
        assert_eq!(m(" 12,05 ", "USD"), Some(1205));
        assert_eq!(m("1000", "JPY"), Some(1000));
        assert_eq!(m("1.234", "KWD"), Some(1234));
        for bad in ["", "-1", "1.234", "1e3", "1,000.00", "abc", ".5"] {
            assert_eq!(m(bad, "USD"), None, "{bad:?}");
        }
        assert_eq!(m("1.5", "JPY"), None);
    }

    #[test]
    fn amounts_print_exactly_in_major_units() {
        assert_eq!(Money::new(1234, usd()).to_decimal_string(), "12.34");
        assert_eq!(Money::new(-5, usd()).to_decimal_string(), "-0.05");
        assert_eq!(Money::new(1500, Currency::parse("JPY").unwrap()).to_decimal_string(), "1500");
        assert_eq!(Money::new(1500, Currency::parse("KWD").unwrap()).to_decimal_string(), "1.500");
    }

    #[test]
    fn different_currencies_do_not_add_up() {
        let eur = Currency::parse("EUR").unwrap();
        assert_eq!(Money::new(1, usd()).checked_add(Money::new(1, eur)), Err(MoneyError::CurrencyMismatch(usd(), eur)));
        assert_eq!(Money::new(i64::MAX, usd()).checked_add(Money::new(1, usd())), Err(MoneyError::Overflow));
    }
}
