//! How long a failed job waits before its next attempt.

use std::time::Duration;

use rand::Rng;

/// Exponential backoff with "equal jitter": attempt n waits between half and all of
/// `min(max, base · 2^(n-1))`. The random half spreads retries of jobs that failed together (a
/// mail server that was down for everyone) so they do not come back as one burst.
#[derive(Clone, Copy, Debug)]
pub struct Backoff {
    pub base: Duration,
    pub max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self { base: Duration::from_secs(5), max: Duration::from_secs(3600) }
    }
}

impl Backoff {
    /// The ceiling for `attempt` (1-based) before jitter.
    pub fn ceiling(&self, attempt: u32) -> Duration {
        let factor = 2u32.checked_pow(attempt.saturating_sub(1)).unwrap_or(u32::MAX);
        self.base.checked_mul(factor).unwrap_or(self.max).min(self.max)
    }

    /// The delay after failed attempt `attempt` (1-based).
    pub fn delay(&self, attempt: u32, rng: &mut impl Rng) -> Duration {
        let ceiling = self.ceiling(attempt);
        let half = ceiling / 2;
        let spread = u64::try_from((ceiling - half).as_millis()).unwrap_or(u64::MAX);
        half + Duration::from_millis(rng.random_range(0..=spread))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ceiling_doubles_per_attempt_up_to_the_maximum() {
        let b = Backoff { base: Duration::from_secs(5), max: Duration::from_secs(60) };
        let ceilings: Vec<u64> = (1..=6).map(|n| b.ceiling(n).as_secs()).collect();
        assert_eq!(ceilings, [5, 10, 20, 40, 60, 60]);
        assert_eq!(b.ceiling(500), Duration::from_secs(60), "huge attempt numbers do not overflow");
    }

    #[test]
    fn delays_are_jittered_between_half_and_the_full_ceiling() {
        let b = Backoff { base: Duration::from_secs(4), max: Duration::from_secs(3600) };
        let mut rng = rand::rng();
        let delays: Vec<Duration> = (0..200).map(|_| b.delay(3, &mut rng)).collect();
        assert!(delays.iter().all(|d| *d >= Duration::from_secs(8) && *d <= Duration::from_secs(16)));
        let distinct: std::collections::HashSet<_> = delays.iter().collect();
        assert!(distinct.len() > 50, "jitter spreads the delays ({} distinct)", distinct.len());
    }
}
