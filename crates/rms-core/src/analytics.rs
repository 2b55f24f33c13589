//! Analytics' calendar: days as numbers, date ranges, and the periods a chart groups days into.
//!
//! A day is the number of whole UTC days since the Unix epoch; dates cross the API as
//! `YYYY-MM-DD`. Weeks start on Monday (ISO 8601).

use time::{Date, Duration};

/// The Julian day number of 1970-01-01.
const EPOCH_JULIAN: i32 = 2_440_588;

/// The longest range a report covers, in days (three years and a leap day).
pub const MAX_RANGE_DAYS: i64 = 3 * 366;

/// Milliseconds in a day: `created_at / DAY_MS` is the day an event happened on.
pub const DAY_MS: i64 = 86_400_000;

pub fn day_of(millis: i64) -> i64 {
    millis.div_euclid(DAY_MS)
}

/// The instant a day starts (UTC midnight).
pub fn start_of(day: i64) -> crate::Timestamp {
    crate::Timestamp::from_millis(day.saturating_mul(DAY_MS))
}

pub fn date_of(day: i64) -> Option<Date> {
    let julian = i32::try_from(day).ok()?.checked_add(EPOCH_JULIAN)?;
    Date::from_julian_day(julian).ok()
}

pub fn day_from(date: Date) -> i64 {
    i64::from(date.to_julian_day() - EPOCH_JULIAN)
}

/// `YYYY-MM-DD` of a day.
pub fn iso(day: i64) -> String {
    date_of(day).map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())).unwrap_or_default()
}

/// A `YYYY-MM-DD` date as a day.
pub fn parse_day(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year: i32 = s.get(0..4)?.parse().ok()?;
    let month: u8 = s.get(5..7)?.parse().ok()?;
    let day: u8 = s.get(8..10)?.parse().ok()?;
    let date = Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()?;
    Some(day_from(date))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Granularity {
    #[default]
    Day,
    Week,
    Month,
}

impl Granularity {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "day" => Some(Self::Day),
            "week" => Some(Self::Week),
            "month" => Some(Self::Month),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
        }
    }

    /// The first day of the period `day` falls in.
    pub fn period_of(self, day: i64) -> i64 {
        let Some(date) = date_of(day) else { return day };
        match self {
            Self::Day => day,
            Self::Week => day - i64::from(date.weekday().number_days_from_monday()),
            Self::Month => date.replace_day(1).map(day_from).unwrap_or(day),
        }
    }

    /// The periods that `[from, to]` (inclusive) touches, by their first day; the first may start
    /// before `from`.
    pub fn periods(self, from: i64, to: i64) -> Vec<i64> {
        let mut out: Vec<i64> = Vec::new();
        let mut day = from;
        while day <= to {
            let p = self.period_of(day);
            if out.last() != Some(&p) {
                out.push(p);
            }
            day = match self {
                Self::Day => day + 1,
                Self::Week => p + 7,
                Self::Month => date_of(p)
                    .and_then(|d| d.checked_add(Duration::days(i64::from(d.month().length(d.year())))))
                    .map(day_from)
                    .unwrap_or(day + 1),
            };
        }
        out
    }
}

/// An inclusive range of days, validated: `from <= to`, at most [`MAX_RANGE_DAYS`] long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRange {
    pub from: i64,
    pub to: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeError {
    /// `from` is after `to`.
    Reversed,
    TooLong,
}

impl DayRange {
    pub fn new(from: i64, to: i64) -> Result<Self, RangeError> {
        if from > to {
            return Err(RangeError::Reversed);
        }
        if to - from + 1 > MAX_RANGE_DAYS {
            return Err(RangeError::TooLong);
        }
        Ok(Self { from, to })
    }

    pub fn days(self) -> i64 {
        self.to - self.from + 1
    }

    /// The range of the same length just before this one, for comparison.
    pub fn previous(self) -> Self {
        Self { from: self.from - self.days(), to: self.from - 1 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_monday(day: i64) -> bool {
        date_of(day).is_some_and(|d| d.weekday() == time::Weekday::Monday)
    }

    #[test]
    fn days_and_dates_round_trip() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(parse_day("2026-12-06").map(iso).as_deref(), Some("2026-12-06"));
        assert_eq!(parse_day("2026-02-30"), None);
        assert_eq!(parse_day("2026-1-01"), None);
        assert_eq!(day_of(86_400_000 * 3 + 5), 3);
        assert_eq!(day_of(-1), -1);
    }

    #[test]
    fn weeks_start_on_monday_and_months_on_the_first() {
        let sunday = parse_day("2026-12-06").unwrap_or_default();
        assert_eq!(iso(Granularity::Week.period_of(sunday)), "2026-11-30");
        assert!(is_monday(Granularity::Week.period_of(sunday)));
        assert_eq!(iso(Granularity::Month.period_of(sunday)), "2026-12-01");
        let from = parse_day("2026-01-15").unwrap_or_default();
        let to = parse_day("2026-03-02").unwrap_or_default();
        let months: Vec<String> = Granularity::Month.periods(from, to).into_iter().map(iso).collect();
        assert_eq!(months, ["2026-01-01", "2026-02-01", "2026-03-01"]);
        assert_eq!(Granularity::Day.periods(from, from + 2).len(), 3);
        assert_eq!(Granularity::Week.periods(from, to).len(), 8);
    }

    #[test]
    fn a_range_must_run_forwards_and_not_too_long() {
        assert_eq!(DayRange::new(5, 4), Err(RangeError::Reversed));
        assert_eq!(DayRange::new(0, MAX_RANGE_DAYS), Err(RangeError::TooLong));
        let r = DayRange::new(10, 19).unwrap_or(DayRange { from: 0, to: 0 });
        assert_eq!(r.previous(), DayRange { from: 0, to: 9 });
    }
}
