//! Time as the domain sees it: unix milliseconds from an injectable [`Clock`].
//!
//! Every timestamp the server stores is taken from a `Clock`, never from SQL `now()`, so that tests
//! can move time (lease expiry, token lifetimes, idempotency-key pruning) without sleeping.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

/// A point in time as unix milliseconds (UTC). The storage format of every timestamp column. The
/// default is the epoch ("never"), for running maxima.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Timestamp(i64);

impl Timestamp {
    pub const fn from_millis(ms: i64) -> Self {
        Self(ms)
    }

    pub const fn as_millis(self) -> i64 {
        self.0
    }

    /// This instant moved forward by `d` (saturating: a timestamp never wraps).
    pub fn plus(self, d: Duration) -> Self {
        Self(self.0.saturating_add(duration_ms(d)))
    }

    /// This instant moved backward by `d` (saturating).
    pub fn minus(self, d: Duration) -> Self {
        Self(self.0.saturating_sub(duration_ms(d)))
    }

    /// Time elapsed from `earlier` to `self`; zero when `earlier` is in the future.
    pub fn since(self, earlier: Timestamp) -> Duration {
        Duration::from_millis(u64::try_from(self.0.saturating_sub(earlier.0)).unwrap_or(0))
    }

    /// The same instant as a calendar date-time in UTC, for formatting.
    pub fn to_utc(self) -> time::OffsetDateTime {
        let nanos = i128::from(self.0) * 1_000_000;
        time::OffsetDateTime::from_unix_timestamp_nanos(nanos).unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
    }

    /// The instant of a calendar date-time (to the millisecond).
    pub fn from_utc(t: time::OffsetDateTime) -> Self {
        Self(i64::try_from(t.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX))
    }

    /// An RFC 3339 instant as the API takes them (`2027-01-31T00:00:00Z`).
    pub fn parse_rfc3339(s: &str) -> Option<Self> {
        time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok().map(Self::from_utc)
    }
}

fn duration_ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// A timestamp is stored as its `i64` of milliseconds, on every backend, so rows read and bind it
/// as the type it is rather than as a number whose unit the reader has to know.
#[cfg(feature = "sql")]
mod sql {
    use sqlx::encode::IsNull;
    use sqlx::error::BoxDynError;
    use sqlx::{Database, Decode, Encode};

    use super::Timestamp;

    crate::column_type!(Timestamp as i64);

    impl<'r, DB: Database> Decode<'r, DB> for Timestamp
    where
        i64: Decode<'r, DB>,
    {
        fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
            <i64 as Decode<'r, DB>>::decode(value).map(Timestamp)
        }
    }

    impl<'q, DB: Database> Encode<'q, DB> for Timestamp
    where
        i64: Encode<'q, DB>,
    {
        fn encode_by_ref(&self, buf: &mut <DB as Database>::ArgumentBuffer) -> Result<IsNull, BoxDynError> {
            <i64 as Encode<'q, DB>>::encode_by_ref(&self.0, buf)
        }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let iso = self.to_utc().format(&time::format_description::well_known::Rfc3339).map_err(|_| fmt::Error)?;
        f.write_str(&iso)
    }
}

/// Where "now" comes from. The server uses [`SystemClock`]; tests use [`ManualClock`].
pub trait Clock: Send + Sync + fmt::Debug + 'static {
    fn now(&self) -> Timestamp;
}

/// The wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::from_utc(time::OffsetDateTime::now_utc())
    }
}

/// A clock that only moves when told to. Shared between the code under test and the test itself.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn at(t: Timestamp) -> Self {
        Self(Arc::new(AtomicI64::new(t.as_millis())))
    }

    /// Starts at the current wall-clock time, so rows written in tests look plausible.
    pub fn starting_now() -> Self {
        Self::at(SystemClock.now())
    }

    pub fn advance(&self, d: Duration) {
        self.0.fetch_add(duration_ms(d), Ordering::SeqCst);
    }

    pub fn set(&self, t: Timestamp) {
        self.0.store(t.as_millis(), Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp(self.0.load(Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let clock = ManualClock::at(Timestamp::from_millis(1_000));
        assert_eq!(clock.now(), Timestamp::from_millis(1_000));
        clock.advance(Duration::from_secs(2));
        assert_eq!(clock.now(), Timestamp::from_millis(3_000));
    }

    #[test]
    fn elapsed_time_never_goes_negative() {
        let early = Timestamp::from_millis(5_000);
        let late = Timestamp::from_millis(7_500);
        assert_eq!(late.since(early), Duration::from_millis(2_500));
        assert_eq!(early.since(late), Duration::ZERO);
    }

    #[test]
    fn timestamps_print_as_rfc3339_utc() {
        assert_eq!(Timestamp::from_millis(0).to_string(), "1970-01-01T00:00:00Z");
    }
}
