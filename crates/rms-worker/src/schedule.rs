//! Periodic schedules: "every `every`, at `offset` past each multiple of `every` since the unix
//! epoch (UTC)". `every = 1 day, offset = 3 h` fires daily at 03:00 UTC; `every = 1 h` fires on the
//! hour. That covers the housekeeping jobs without a cron parser.

use std::time::Duration;

use rms_app::jobs::Job;
use rms_core::Timestamp;
use rms_store::queue::NewJob;
use serde_json::Value;

#[derive(Clone, Debug)]
pub struct Schedule {
    /// Stable name; the stored schedule row is keyed by it.
    pub name: String,
    pub every: Duration,
    pub offset: Duration,
    /// The job kind to enqueue at each tick, and its payload.
    pub kind: String,
    pub payload: Value,
}

impl Schedule {
    pub fn every(name: impl Into<String>, every: Duration, kind: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            every: every.max(Duration::from_secs(1)),
            offset: Duration::ZERO,
            kind: kind.into(),
            payload: Value::Object(Default::default()),
        }
    }

    /// Every `every`, the scheduled job `J` with its default payload; the schedule is named
    /// after the job's kind.
    pub fn of<J: Job + Default>(every: Duration) -> Self {
        let payload = serde_json::to_value(J::default()).unwrap_or_else(|_| Value::Object(Default::default()));
        Self { payload, ..Self::every(J::KIND, every, J::KIND) }
    }

    pub fn offset(mut self, offset: Duration) -> Self {
        self.offset = offset;
        self
    }

    /// The first tick strictly after `now`.
    pub fn next_after(&self, now: Timestamp) -> Timestamp {
        let every = i64::try_from(self.every.as_millis()).unwrap_or(i64::MAX).max(1);
        let offset = i64::try_from(self.offset.as_millis()).unwrap_or(0) % every;
        let since = now.as_millis() - offset;
        let next = (since.div_euclid(every) + 1) * every + offset;
        Timestamp::from_millis(next)
    }

    pub(crate) fn job(&self) -> NewJob {
        NewJob::new(self.kind.clone(), self.payload.clone()).max_attempts(3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: u64 = 3600;

    #[test]
    fn ticks_are_aligned_to_the_period_plus_offset() {
        let daily_at_3 =
            Schedule::every("d", Duration::from_secs(24 * HOUR), "k").offset(Duration::from_secs(3 * HOUR));
        let midnight = Timestamp::from_millis(1_767_225_600_000); // 2026-01-01T00:00:00Z
        assert_eq!(daily_at_3.next_after(midnight).to_string(), "2026-01-01T03:00:00Z");
        let at_3 = Timestamp::from_millis(midnight.as_millis() + 3 * 3_600_000);
        assert_eq!(daily_at_3.next_after(at_3).to_string(), "2026-01-02T03:00:00Z", "strictly after");

        let hourly = Schedule::every("h", Duration::from_secs(HOUR), "k");
        let half_past = Timestamp::from_millis(midnight.as_millis() + 1_800_000);
        assert_eq!(hourly.next_after(half_past).to_string(), "2026-01-01T01:00:00Z");
    }
}
