//! Numbers, dates and money in the conventions of a locale (CLDR data through ICU4X).
//!
//! All money formatting goes through [`Locale::format_money`]: the currency formatter lives in
//! `icu_experimental`, whose API may change between releases, so it is used in this one place.

use icu::calendar::{Date, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::YMD;
use icu::decimal::DecimalFormatter;
use icu::decimal::input::Decimal;
use icu::experimental::dimension::currency::CurrencyType;
use icu::experimental::dimension::currency::formatter::CurrencyFormatter;
use rms_core::{Money, Timestamp};

use crate::Locale;

impl Locale {
    /// An integer with the locale's digits and grouping ("1,234,567", "1 234 567").
    pub fn format_integer(self, n: i64) -> String {
        match DecimalFormatter::try_new(self.icu().into(), Default::default()) {
            Ok(f) => f.format_to_string(&Decimal::from(n)),
            Err(_) => n.to_string(),
        }
    }

    /// A share given in basis points as a percentage number with the locale's digits and decimal
    /// separator, without the percent sign (messages place it): 1900 → "19", 725 → "7.25"
    /// ("7,25" in Russian).
    pub fn format_percent_number(self, basis_points: u32) -> String {
        let mut d = Decimal::from(basis_points);
        d.multiply_pow10(-2);
        d.absolute.trim_end();
        match DecimalFormatter::try_new(self.icu().into(), Default::default()) {
            Ok(f) => f.format_to_string(&d),
            Err(_) => d.to_string(),
        }
    }

    /// A calendar date in the Gregorian calendar, long form ("November 29, 2026",
    /// "29 ноября 2026 г."). Gregorian on purpose: invoices and expiry dates must be unambiguous
    /// whatever the locale's default calendar is.
    pub fn format_date(self, at: Timestamp) -> String {
        let utc = at.to_utc();
        self.gregorian(utc.year(), u8::from(utc.month()), utc.day())
    }

    /// The same, for the calendar day it is at `at` in the IANA time zone `zone` (`Asia/Tokyo`):
    /// what a reader there sees on their wall calendar. An unknown zone is read as UTC.
    pub fn format_date_in(self, at: Timestamp, zone: &str) -> String {
        let local = jiff::tz::TimeZone::get(zone)
            .ok()
            .zip(jiff::Timestamp::from_millisecond(at.as_millis()).ok())
            .map(|(tz, instant)| instant.to_zoned(tz).date());
        match local {
            Some(d) => self.gregorian(
                i32::from(d.year()),
                u8::try_from(d.month()).unwrap_or(1),
                u8::try_from(d.day()).unwrap_or(1),
            ),
            None => self.format_date(at),
        }
    }

    fn gregorian(self, year: i32, month: u8, day: u8) -> String {
        let date = Date::try_new_gregorian(year, month, day);
        let formatter = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(self.icu().into(), YMD::long());
        match (date, formatter) {
            (Ok(date), Ok(f)) => f.format(&date).to_string(),
            _ => format!("{year:04}-{month:02}-{day:02}"),
        }
    }

    /// An amount of money with the currency symbol placed and spaced as the locale writes it
    /// ("$1,234.50", "1 234,50 $", "US$ 1,234.50").
    pub fn format_money(self, money: Money) -> String {
        let mut amount = Decimal::from(money.minor);
        amount.multiply_pow10(-i16::from(money.currency.minor_digits()));
        let code = money.currency.as_str().to_ascii_lowercase();
        let formatter = CurrencyType::try_from_str(&code).ok().and_then(|currency| {
            CurrencyFormatter::try_new_symbol(self.icu().into(), currency, Default::default()).ok()
        });
        match formatter {
            Some(f) => f.format_fixed_decimal(&amount).to_string(),
            None => format!("{} {}", money.to_decimal_string(), money.currency),
        }
    }
}

#[cfg(test)]
mod tests {
    use rms_core::Currency;

    use super::*;

    fn loc(tag: &str) -> Locale {
        Locale::parse(tag).unwrap()
    }

    /// ICU inserts narrow no-break spaces and bidi marks; compare on plain spaces.
    fn plain(s: String) -> String {
        s.chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}'))
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    }

    #[test]
    fn integers_use_the_locales_grouping_and_digits() {
        assert_eq!(loc("en").format_integer(1_234_567), "1,234,567");
        assert_eq!(plain(loc("ru").format_integer(1_234_567)), "1 234 567");
        // CLDR's default numbering system for plain `ar` is Latin digits (`ar-EG` would use
        // Arabic-Indic ones); we follow CLDR rather than guess the region.
        assert_eq!(plain(loc("ar").format_integer(1_234)), "1,234");
    }

    #[test]
    fn dates_are_gregorian_and_localised() {
        let at = Timestamp::from_millis(1_795_910_400_000); // 2026-11-29
        assert_eq!(loc("en").format_date(at), "November 29, 2026");
        assert!(plain(loc("ru").format_date(at)).starts_with("29 ноября 2026"), "{}", loc("ru").format_date(at));
        assert!(loc("ar").format_date(at).contains("نوفمبر"), "{}", loc("ar").format_date(at));
    }

    #[test]
    fn dates_fall_on_the_readers_calendar_day() {
        // 2026-11-29 22:30 UTC is already the 30th in Tokyo and still the 29th in Los Angeles.
        let at = Timestamp::from_millis(1_795_991_400_000);
        assert_eq!(loc("en").format_date_in(at, "UTC"), "November 29, 2026");
        assert_eq!(loc("en").format_date_in(at, "Asia/Tokyo"), "November 30, 2026");
        assert_eq!(loc("en").format_date_in(at, "America/Los_Angeles"), "November 29, 2026");
        assert_eq!(loc("en").format_date_in(at, "Not/AZone"), "November 29, 2026", "unknown zones read as UTC");
        // Summer time counts: 2026-07-01 23:30 UTC is July 2 in Berlin (UTC+2), not July 1.
        assert_eq!(
            loc("en").format_date_in(Timestamp::from_millis(1_782_948_600_000), "Europe/Berlin"),
            "July 2, 2026"
        );
    }

    #[test]
    fn money_has_the_currencys_decimals_and_the_locales_layout() {
        let usd = Currency::parse("USD").unwrap();
        assert_eq!(loc("en").format_money(Money::new(123_450, usd)), "$1,234.50");
        let rub = plain(loc("ru").format_money(Money::new(123_450, Currency::parse("RUB").unwrap())));
        assert_eq!(rub, "1 234,50 ₽");
        let jpy = loc("en").format_money(Money::new(1500, Currency::parse("JPY").unwrap()));
        assert_eq!(jpy, "¥1,500");
    }
}

/// Every IANA time zone name the bundled zone database knows, sorted (`Africa/Abidjan` …
/// `UTC`): what a time-zone choice offers.
pub fn time_zones() -> Vec<String> {
    let mut zones: Vec<String> = jiff::tz::db().available().map(|name| name.to_string()).collect();
    zones.sort();
    zones.dedup();
    zones
}

/// Whether `name` is a zone of the bundled database (`Europe/Berlin`, `UTC`).
pub fn is_time_zone(name: &str) -> bool {
    jiff::tz::TimeZone::get(name).is_ok()
}

#[cfg(test)]
mod zone_tests {
    #[test]
    fn the_zone_list_is_the_iana_database() {
        let zones = super::time_zones();
        assert!(zones.len() > 300, "{}", zones.len());
        assert!(
            zones.iter().any(|z| z == "Europe/Berlin") && zones.iter().any(|z| z == "America/Argentina/Buenos_Aires")
        );
        assert!(super::is_time_zone("Asia/Tokyo") && super::is_time_zone("UTC"));
        assert!(!super::is_time_zone("Mars/Olympus_Mons"));
    }
}
