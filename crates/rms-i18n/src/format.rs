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
        // Licensing answers carry a seat count on every validate and heartbeat: below 1,000 a
        // language writing 0–9 has no grouping to add and no sign to place, so the text is the
        // plain number, without building a formatter (the test below holds this to ICU4X).
        if (0..1000).contains(&n) && (!self.0.own_digits || self.0.latin_variant) {
            return n.to_string();
        }
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
    /// ("$1,234.50", "1 234,50 $", "‏49.00 US$"), in the locale's digits.
    ///
    /// In a right-to-left language, a symbol spelled with Latin letters is set between marks
    /// (RLM before, LRM after): CLDR writes Arabic "49.00 US$", and the bidi algorithm alone
    /// would show the `$` of that run on the far side of `US` ("$US 49.00", "$-9.80 US"). Marks,
    /// not an isolate, because plain text (email subjects, Telegram, JSON) drops the isolates
    /// messages put around their arguments and must keep this. Apart from the marks the text is
    /// exactly ICU4X's.
    pub fn format_money(self, money: Money) -> String {
        let text = icu_money(self.icu(), money);
        match self.dir() {
            crate::Direction::Rtl => close_latin_words(&text),
            crate::Direction::Ltr => text,
        }
    }
}

/// Whether `locale`'s default digits (CLDR's numbering system for it) are not 0–9.
pub(crate) fn own_digits(locale: &icu::locale::Locale) -> bool {
    DecimalFormatter::try_new(locale.into(), Default::default())
        .is_ok_and(|f| f.format_to_string(&Decimal::from(0)) != "0")
}

/// ICU4X's own rendering of `money` in `locale`: the CLDR pattern, symbol, sign and digits.
fn icu_money(locale: &icu::locale::Locale, money: Money) -> String {
    let mut amount = Decimal::from(money.minor);
    amount.multiply_pow10(-i16::from(money.currency.minor_digits()));
    let code = money.currency.as_str().to_ascii_lowercase();
    let formatter = CurrencyType::try_from_str(&code)
        .ok()
        .and_then(|currency| CurrencyFormatter::try_new_symbol(locale.into(), currency, Default::default()).ok());
    match formatter {
        Some(f) => f.format_fixed_decimal(&amount).to_string(),
        None => format!("{} {}", money.to_decimal_string(), money.currency),
    }
}

/// Every space-separated word that holds a Latin letter and no digit ("US$", "CHF") set between a
/// right-to-left and a left-to-right mark: one left-to-right unit in its right-to-left place.
fn close_latin_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 6);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.chars().any(|c| c.is_ascii_alphabetic()) && !word.chars().any(|c| c.is_numeric()) {
            // RLM before: the space in front belongs to the right-to-left line, so the word
            // keeps its place beside the number; LRM after: its `$` stays with its letters.
            out.push('\u{200f}');
            out.push_str(word);
            out.push('\u{200e}');
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}') {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
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
    fn small_counts_written_without_a_formatter_are_what_icu4x_writes() {
        for locale in Locale::all().flat_map(|l| [l, l.with_latin_digits()]) {
            let formatter = DecimalFormatter::try_new(locale.icu().into(), Default::default()).unwrap();
            for n in [0, 1, 7, 42, 100, 999, 1_000, 12_345] {
                let icu = formatter.format_to_string(&Decimal::from(n));
                assert_eq!(locale.format_integer(n), icu, "{locale:?} {n}");
            }
        }
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

/// Whether `name` is a zone of the bundled database (`Europe/Berlin`, `UTC`). `Etc/Unknown`, which
/// a browser reports when it cannot tell and the database answers to, is not a zone.
pub fn is_time_zone(name: &str) -> bool {
    !name.eq_ignore_ascii_case("Etc/Unknown") && jiff::tz::TimeZone::get(name).is_ok()
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
        assert!(!super::is_time_zone("Etc/Unknown"), "what a browser says when it cannot tell");
    }
}

#[cfg(test)]
mod money_tests {
    use icu::experimental::dimension::currency::CurrencyType;
    use icu::experimental::dimension::currency::formatter::CurrencyFormatter;
    use rms_core::{Currency, Money};
    use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

    use crate::{Direction, Locale, without_isolation};

    /// What ICU4X itself writes for `money` in `locale`, called here directly rather than through
    /// the code under test.
    fn icu4x(locale: Locale, money: Money) -> String {
        let currency = CurrencyType::try_from_str(&money.currency.as_str().to_ascii_lowercase()).unwrap();
        let f = CurrencyFormatter::try_new_symbol(locale.icu().into(), currency, Default::default()).unwrap();
        let mut amount = icu::decimal::input::Decimal::from(money.minor);
        amount.multiply_pow10(-i16::from(money.currency.minor_digits()));
        f.format_fixed_decimal(&amount).to_string()
    }

    /// The text without any bidi mark or isolate.
    fn unmarked(text: &str) -> String {
        text.chars().filter(|c| !is_mark(*c)).collect()
    }

    fn is_mark(c: char) -> bool {
        matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2066}'..='\u{2069}')
    }

    /// The words of `text` (marks dropped, any space a separator).
    fn words(text: &str) -> Vec<String> {
        unmarked(text).split(char::is_whitespace).filter(|w| !w.is_empty()).map(str::to_owned).collect()
    }

    /// The text as a reader sees it, left to right, in a paragraph of direction `dir`: the
    /// Unicode Bidirectional Algorithm's visual order.
    fn seen(text: &str, dir: Direction) -> String {
        let level = if dir == Direction::Rtl { Level::rtl() } else { Level::ltr() };
        let info = BidiInfo::new(text, Some(level));
        let para = &info.paragraphs[0];
        info.reorder_line(para, para.range.clone()).into_owned()
    }

    fn right_to_left_letters(word: &str) -> bool {
        word.chars().any(|c| matches!(bidi_class(c), BidiClass::R | BidiClass::AL))
    }

    #[test]
    fn every_language_writes_money_as_icu4x_does_and_it_reads_as_one_amount() {
        let (usd, jpy, eur) =
            (Currency::parse("USD").unwrap(), Currency::parse("JPY").unwrap(), Currency::parse("EUR").unwrap());
        let amounts = [Money::new(4_900, usd), Money::new(-980, usd), Money::new(1_500, jpy), Money::new(123_456, eur)];
        let mut checked = 0;
        for language in Locale::all() {
            for locale in [language, language.with_latin_digits()] {
                let zero = locale.format_integer(0).chars().find(|c| c.is_numeric()).unwrap();
                for money in amounts {
                    let ours = locale.format_money(money);
                    let reference = icu4x(locale, money);
                    let at = format!("{} {}", locale.stored(), money.minor);
                    assert_eq!(unmarked(&ours), unmarked(&reference), "{at}: CLDR's text, apart from marks");
                    for c in ours.chars().filter(|c| c.is_numeric()) {
                        let offset = u32::from(c).wrapping_sub(u32::from(zero));
                        assert!(
                            offset < 10,
                            "{at}: {c:?} is not a digit of the locale's system ({zero:?}) in {ours:?}"
                        );
                    }
                    // What the reader sees, also once plain text has dropped the isolation marks
                    // messages add: every word whole (a Latin symbol and a signed number left to
                    // right, an Arabic symbol right to left); in a left-to-right language in the
                    // order written, in a right-to-left one with the symbol on the left of the
                    // number, where those readers expect it.
                    let whole: Vec<String> = words(&ours)
                        .iter()
                        .map(|w| if right_to_left_letters(w) { w.chars().rev().collect() } else { w.clone() })
                        .collect();
                    for shown in [ours.clone(), without_isolation(&format!("\u{2068}{ours}\u{2069}"))] {
                        let visible = words(&seen(&shown, locale.dir()));
                        let mut expected = whole.clone();
                        expected.sort();
                        let mut got = visible.clone();
                        got.sort();
                        assert_eq!(got, expected, "{at}: {ours:?} is seen as {visible:?}: a word is broken");
                        let number = visible.iter().position(|w| w.chars().any(char::is_numeric));
                        let symbol = visible.iter().position(|w| !w.chars().any(char::is_numeric));
                        match (locale.dir(), number, symbol) {
                            (Direction::Ltr, _, _) => assert_eq!(visible, whole, "{at}: {ours:?}"),
                            (Direction::Rtl, Some(n), Some(s)) => {
                                assert!(s < n, "{at}: {ours:?} is seen as {visible:?}")
                            }
                            (Direction::Rtl, _, _) => {}
                        }
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked >= 45 * 4, "{checked}");
    }

    #[test]
    fn an_arabic_dollar_amount_reads_us_dollar_then_the_number() {
        let ar = Locale::parse("ar").unwrap();
        let usd = Currency::parse("USD").unwrap();
        // The defect this guards against: "$US 49.00" and "$-9.80 US" on Arabic pages.
        assert_eq!(words(&seen(&ar.format_money(Money::new(4_900, usd)), Direction::Rtl)), ["US$", "49.00"]);
        assert_eq!(words(&seen(&ar.format_money(Money::new(-980, usd)), Direction::Rtl)), ["US$", "-9.80"]);
        // Also in a message written as plain text (an email subject), isolation marks dropped.
        let subject = ar.t_plain(
            "email-transfer-instructions-subject",
            &[("amount", ar.format_money(Money::new(4_900, usd)).into())],
        );
        let seen_subject = seen(&subject, Direction::Rtl);
        assert!(seen_subject.contains("US$") && !seen_subject.contains("$US"), "{seen_subject:?}");
    }

    #[test]
    fn persian_writes_its_own_digits_unless_the_account_asks_for_latin_ones() {
        let fa = Locale::parse("fa").unwrap();
        assert!(fa.has_native_digits() && !fa.latin_digits());
        assert_eq!(fa.format_integer(1_234), "۱٬۲۳۴");
        let latin = fa.with_latin_digits();
        assert!(latin.latin_digits() && latin == fa, "the same language");
        assert_eq!(latin.format_integer(1_234), "1,234");
        assert_eq!(latin.stored(), "fa-u-nu-latn");
        assert_eq!(Locale::parse("fa-u-nu-latn").unwrap().format_integer(7), "7");
        assert_eq!(Locale::parse("FA-U-NU-LATN").map(Locale::tag), Some("fa"));
        assert_eq!(latin.with_native_digits().format_integer(7), "۷");
        // In a language that already writes 0–9, asking for Latin changes nothing but is kept,
        // so that it still holds after a switch back to Persian.
        let de = Locale::parse("de").unwrap();
        assert!(!de.has_native_digits());
        assert_eq!(de.with_latin_digits().format_integer(1_234), de.format_integer(1_234));
        assert_eq!(Locale::parse("de-u-nu-latn").map(Locale::stored).as_deref(), Some("de-u-nu-latn"));
        assert_eq!(Locale::all().filter(|l| l.has_native_digits()).map(Locale::tag).collect::<Vec<_>>(), ["fa"]);
    }

    #[test]
    fn numbers_in_messages_are_written_as_the_locale_writes_them_and_still_pick_plurals() {
        let t = |tag: &str, key: &str, n: i64| Locale::parse(tag).unwrap().t_plain(key, &[("count", n.into())]);
        assert!(t("en", "admin-users-count", 1_234).contains("1,234"), "{}", t("en", "admin-users-count", 1_234));
        assert!(t("fa", "admin-users-count", 1_234).contains("۱٬۲۳۴"), "{}", t("fa", "admin-users-count", 1_234));
        let fa_latin = Locale::parse("fa-u-nu-latn").unwrap().t_plain("admin-users-count", &[("count", 12.into())]);
        assert!(fa_latin.contains("12"), "{fa_latin}");
        // Russian: 21 takes the "one" form, 22 "few", 25 "many", whatever the digits look like.
        let (one, few, many) =
            (t("ru", "admin-users-count", 21), t("ru", "admin-users-count", 22), t("ru", "admin-users-count", 25));
        assert!(one != few && few != many && one != many, "{one} / {few} / {many}");
        assert!(
            t("ru", "admin-users-count", 1_021).contains("1\u{a0}021")
                || t("ru", "admin-users-count", 1_021).contains("1\u{202f}021")
        );
    }
}
