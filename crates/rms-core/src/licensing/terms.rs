//! What a license promises and the pure rules that follow from it: the validation order, the
//! heartbeat state of an activation, the offline deadline and the reassignment budget
//! (docs/spec/licensing.md §4–§6). The use cases read the rows and the clock; these functions
//! decide.

use std::time::Duration;

use super::{Code, Heartbeat, LicenseStatus};
use crate::Timestamp;

const DAY: Duration = Duration::from_secs(86_400);

/// The policy of a license, as its plan and its own row set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LicenseTerms {
    pub status: LicenseStatus,
    /// `None`: perpetual.
    pub expires_at: Option<Timestamp>,
    /// Zero: the plan wants no heartbeats.
    pub heartbeat_interval: Duration,
    /// How long after a missed heartbeat an activation still counts as alive.
    pub heartbeat_grace: Duration,
    /// How long a product may run without reaching the server after a good answer.
    pub offline_grace: Duration,
    /// `None`: seats move freely.
    pub reassignments: Option<Reassignments>,
    /// An admin's budget reset: moves before it no longer count.
    pub reassignments_reset_at: Option<Timestamp>,
}

/// How often a seat may move to another device or domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reassignments {
    /// Moves allowed in any rolling window.
    pub max: u32,
    pub window_days: u32,
    /// The least time between two moves.
    pub cooldown: Duration,
}

/// A license's reassignment budget: moves used in the window, moves left, and when the next one
/// is allowed (unix seconds, rounded up) when it is not allowed now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    pub max: Option<i64>,
    pub used: i64,
    pub remaining: Option<i64>,
    pub next_allowed_at: Option<i64>,
}

/// Where the seat a validation names stands (licensing.md §4, codes 6–9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seat {
    /// The request named no device or domain.
    NotAsked,
    /// A staging domain that runs free on this plan: no activation needed.
    FreeStaging,
    /// No live activation for the fingerprint or domain named.
    Unknown { domain: bool },
    /// A live activation, with its heartbeat state.
    Held(Heartbeat),
}

/// What a validation found besides the license's own terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Presented {
    /// The key belongs to the product whose key signs the answer.
    pub product_matches: bool,
    pub seat: Seat,
    pub seats: i64,
    pub seats_used: i64,
    /// Every entitlement the request asked about is in the plan.
    pub entitlements_held: bool,
    /// The version the request runs was released within the maintenance window (or no version
    /// was named, or it is not a known release).
    pub version_covered: bool,
}

impl LicenseTerms {
    /// The license's own state: the status and expiry codes that come first in the validation
    /// order (`REVOKED`, `SUSPENDED`, `EXPIRED`). `None` for a usable license.
    pub fn refusal(&self, now: Timestamp) -> Option<Code> {
        self.status.refusal().or_else(|| self.expires_at.is_some_and(|e| e <= now).then_some(Code::Expired))
    }

    /// The validation code, checking in the order of licensing.md §4: license, product, seat,
    /// seat count, entitlements. `FINGERPRINT_MISMATCH`/`DOMAIN_MISMATCH` become `NOT_ACTIVATED`
    /// at the caller when the license has no activation at all.
    pub fn validation_code(&self, found: &Presented, now: Timestamp) -> Code {
        if let Some(code) = self.refusal(now) {
            return code;
        }
        if !found.product_matches {
            return Code::ProductMismatch;
        }
        match found.seat {
            Seat::Unknown { domain: false } => return Code::FingerprintMismatch,
            Seat::Unknown { domain: true } => return Code::DomainMismatch,
            Seat::Held(Heartbeat::Dead) => return Code::HeartbeatDead,
            Seat::NotAsked | Seat::FreeStaging | Seat::Held(_) => {}
        }
        if found.seats_used > found.seats {
            return Code::TooManyActivations;
        }
        if !found.entitlements_held {
            return Code::EntitlementMissing;
        }
        if !found.version_covered {
            return Code::VersionNotCovered;
        }
        Code::Valid
    }

    /// The heartbeat state of an activation created at `created_at` whose last heartbeat was
    /// `last_beat`: dead once interval + grace passed without one.
    pub fn heartbeat(&self, created_at: Timestamp, last_beat: Option<Timestamp>, now: Timestamp) -> Heartbeat {
        if !self.heartbeat_interval.is_zero() {
            let base = last_beat.unwrap_or(created_at);
            if now > base.plus(self.heartbeat_interval + self.heartbeat_grace) {
                return Heartbeat::Dead;
            }
        }
        if last_beat.is_some() { Heartbeat::Alive } else { Heartbeat::NotStarted }
    }

    /// The signed fail-soft deadline of a good answer: the offline grace from now, never past
    /// the license's expiry.
    pub fn offline_until(&self, now: Timestamp) -> Timestamp {
        let until = now.plus(self.offline_grace);
        self.expires_at.map_or(until, |e| e.min(until))
    }

    /// Where the reassignment window starts: a rolling window, cut at the last budget reset.
    pub fn window_start(&self, now: Timestamp) -> Timestamp {
        let days = self.reassignments.map_or(0, |r| r.window_days);
        let start = now.minus(DAY * days);
        self.reassignments_reset_at.map_or(start, |reset| start.max(reset))
    }

    /// The budget given the moves in the window (their times, oldest first), and when a move that
    /// is not allowed now becomes allowed.
    pub fn budget(&self, moves: &[Timestamp], now: Timestamp) -> (Budget, Option<Timestamp>) {
        let Some(r) = self.reassignments else {
            return (Budget { max: None, used: 0, remaining: None, next_allowed_at: None }, None);
        };
        let max = i64::from(r.max);
        let used = i64::try_from(moves.len()).unwrap_or(i64::MAX);
        let mut next = None;
        if used >= max {
            // The oldest move that keeps the window full must leave it first.
            let idx = usize::try_from(used - max).unwrap_or(0);
            next = moves.get(idx).map(|at| at.plus(DAY * r.window_days));
        }
        if let Some(last) = moves.last() {
            let cooled = last.plus(r.cooldown);
            if cooled > now {
                next = Some(next.map_or(cooled, |n: Timestamp| n.max(cooled)));
            }
        }
        let next = next.filter(|n| *n > now);
        // Rounded up: a move is never announced as allowed before it is.
        let budget = Budget {
            max: Some(max),
            used,
            remaining: Some((max - used).max(0)),
            next_allowed_at: next.map(|n| (n.as_millis() + 999).div_euclid(1000)),
        };
        (budget, next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Timestamp = Timestamp::from_millis(1_800_000_000_000);
    const HOUR: Duration = Duration::from_secs(3600);

    fn terms() -> LicenseTerms {
        LicenseTerms {
            status: LicenseStatus::Active,
            expires_at: None,
            heartbeat_interval: HOUR,
            heartbeat_grace: HOUR,
            offline_grace: DAY * 7,
            reassignments: Some(Reassignments { max: 2, window_days: 30, cooldown: HOUR }),
            reassignments_reset_at: None,
        }
    }

    fn good() -> Presented {
        Presented {
            product_matches: true,
            seat: Seat::Held(Heartbeat::Alive),
            seats: 3,
            seats_used: 3,
            entitlements_held: true,
            version_covered: true,
        }
    }

    #[test]
    fn validation_answers_the_first_failing_check_in_order() {
        let revoked_and_wrong_everything = (
            LicenseTerms { status: LicenseStatus::Revoked, expires_at: Some(T0), ..terms() },
            Presented {
                product_matches: false,
                seat: Seat::Unknown { domain: false },
                seats_used: 9,
                entitlements_held: false,
                version_covered: false,
                ..good()
            },
        );
        let expired = LicenseTerms { expires_at: Some(T0), ..terms() };
        let table: [(&str, LicenseTerms, Presented, Code); 13] = [
            ("all good", terms(), good(), Code::Valid),
            ("status first", revoked_and_wrong_everything.0, revoked_and_wrong_everything.1, Code::Revoked),
            ("suspended", LicenseTerms { status: LicenseStatus::Suspended, ..terms() }, good(), Code::Suspended),
            ("expiry is exclusive", expired, good(), Code::Expired),
            (
                "product before seat",
                terms(),
                Presented { product_matches: false, seat: Seat::Unknown { domain: false }, ..good() },
                Code::ProductMismatch,
            ),
            (
                "unknown device",
                terms(),
                Presented { seat: Seat::Unknown { domain: false }, seats_used: 9, ..good() },
                Code::FingerprintMismatch,
            ),
            (
                "unknown domain",
                terms(),
                Presented { seat: Seat::Unknown { domain: true }, ..good() },
                Code::DomainMismatch,
            ),
            (
                "heartbeat before seat count",
                terms(),
                Presented { seat: Seat::Held(Heartbeat::Dead), seats_used: 9, ..good() },
                Code::HeartbeatDead,
            ),
            (
                "over the seats",
                terms(),
                Presented { seats_used: 4, entitlements_held: false, ..good() },
                Code::TooManyActivations,
            ),
            (
                "feature before version",
                terms(),
                Presented { entitlements_held: false, version_covered: false, ..good() },
                Code::EntitlementMissing,
            ),
            ("missing feature", terms(), Presented { entitlements_held: false, ..good() }, Code::EntitlementMissing),
            (
                "version after maintenance",
                terms(),
                Presented { version_covered: false, ..good() },
                Code::VersionNotCovered,
            ),
            ("staging runs free", terms(), Presented { seat: Seat::FreeStaging, ..good() }, Code::Valid),
        ];
        for (story, terms, found, code) in table {
            assert_eq!(terms.validation_code(&found, T0), code, "{story}");
        }
    }

    #[test]
    fn an_activation_dies_after_interval_and_grace_without_a_heartbeat() {
        let t = terms();
        assert_eq!(t.heartbeat(T0, None, T0.plus(HOUR * 2)), Heartbeat::NotStarted);
        assert_eq!(t.heartbeat(T0, None, T0.plus(HOUR * 2 + Duration::from_millis(1))), Heartbeat::Dead);
        assert_eq!(t.heartbeat(T0, Some(T0.plus(HOUR)), T0.plus(HOUR * 3)), Heartbeat::Alive);
        let no_beats = LicenseTerms { heartbeat_interval: Duration::ZERO, ..t };
        assert_eq!(no_beats.heartbeat(T0, None, T0.plus(DAY * 365)), Heartbeat::NotStarted);
    }

    #[test]
    fn the_offline_deadline_never_passes_the_expiry() {
        assert_eq!(terms().offline_until(T0), T0.plus(DAY * 7));
        let ending = LicenseTerms { expires_at: Some(T0.plus(DAY)), ..terms() };
        assert_eq!(ending.offline_until(T0), T0.plus(DAY));
    }

    #[test]
    fn the_budget_counts_moves_in_a_rolling_window_with_a_cooldown() {
        let t = terms();
        let (free, next) = t.budget(&[], T0);
        assert_eq!((free.used, free.remaining, free.next_allowed_at, next), (0, Some(2), None, None));
        // One move an hour ago: one left, and the cooldown has just passed.
        let (b, next) = t.budget(&[T0.minus(HOUR)], T0);
        assert_eq!((b.used, b.remaining, next), (1, Some(1), None));
        // One move a minute ago: the cooldown holds the next one back.
        let minute_ago = T0.minus(Duration::from_secs(60));
        let (_, next) = t.budget(&[minute_ago], T0);
        assert_eq!(next, Some(minute_ago.plus(HOUR)));
        // Both moves used: the next is allowed when the oldest leaves the window.
        let moves = [T0.minus(DAY * 10), T0.minus(DAY)];
        let (b, next) = t.budget(&moves, T0);
        assert_eq!((b.remaining, next), (Some(0), Some(T0.plus(DAY * 20))));
        assert_eq!(b.next_allowed_at, Some(T0.plus(DAY * 20).as_millis() / 1000));
        // A move allowed a millisecond past a second is announced at the next whole second.
        let odd = [T0.minus(DAY * 10).plus(Duration::from_millis(1)), T0.minus(DAY)];
        assert_eq!(t.budget(&odd, T0).0.next_allowed_at, Some(T0.plus(DAY * 20).as_millis() / 1000 + 1));
        let unlimited = LicenseTerms { reassignments: None, ..t };
        assert_eq!(unlimited.budget(&moves, T0).0.max, None);
    }

    #[test]
    fn the_window_starts_at_an_admin_reset_when_that_is_later() {
        let t = terms();
        assert_eq!(t.window_start(T0), T0.minus(DAY * 30));
        let reset = LicenseTerms { reassignments_reset_at: Some(T0.minus(DAY)), ..t };
        assert_eq!(reset.window_start(T0), T0.minus(DAY));
        let old_reset = LicenseTerms { reassignments_reset_at: Some(T0.minus(DAY * 60)), ..t };
        assert_eq!(old_reset.window_start(T0), T0.minus(DAY * 30), "a reset before the window changes nothing");
    }
}
