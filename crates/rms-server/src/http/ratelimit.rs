//! Rate limits per class of request: GCRA buckets keyed by account or client address.
//!
//! In-process by default (governor). With `RMS_REDIS_URL` the buckets live in Redis, updated by
//! one atomic Lua script, so every node counts against the same budget. If Redis stops answering,
//! the check falls back to this node's own buckets: limits stay in force (per node) instead of
//! failing open or failing every request.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock as _, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use tokio::sync::OnceCell;

use crate::http::problem::Problem;
use crate::http::problem_code::ProblemCode;

/// A kind of request with its own budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// Sign-in attempts against one account, whatever address they come from. ASVS allows at most
    /// 100 failed attempts per hour per account; we count every attempt.
    LoginAccount,
    /// Sign-up, sign-in, refresh and email links from one client address.
    AuthIp,
    /// Every authenticated API request, per user or API key.
    Api,
    /// Admin API requests, per admin.
    Admin,
    /// Product-facing calls (validate, activate, heartbeat…), per license key.
    ProductKey,
    /// Product-facing calls, per client address.
    ProductIp,
    /// Anonymous price quotes, per client address (each one prices a cart on the server).
    Quote,
    /// Requests that name a promo code, per client address and per account: the budget for
    /// guessing codes. A right code costs the same as a wrong one, so the budget itself tells a
    /// guesser nothing.
    PromoGuess,
}

impl Class {
    const ALL: [Class; 8] = [
        Class::LoginAccount,
        Class::AuthIp,
        Class::Api,
        Class::Admin,
        Class::ProductKey,
        Class::ProductIp,
        Class::Quote,
        Class::PromoGuess,
    ];

    fn name(self) -> &'static str {
        match self {
            Class::LoginAccount => "login-account",
            Class::AuthIp => "auth-ip",
            Class::Api => "api",
            Class::Admin => "admin",
            Class::ProductKey => "product-key",
            Class::ProductIp => "product-ip",
            Class::Quote => "quote",
            Class::PromoGuess => "promo-guess",
        }
    }

    /// (one request per `period`, bursts of `burst`).
    fn quota(self, product: ProductRates) -> (Duration, u32) {
        let per_second =
            |n: u32| (Duration::from_micros((1_000_000 / u64::from(n.max(1))).max(1)), n.saturating_mul(10).max(20));
        match self {
            Class::ProductKey => per_second(product.per_key),
            Class::ProductIp => per_second(product.per_ip),
            Class::LoginAccount => (Duration::from_secs(36), 10),
            Class::AuthIp => (Duration::from_secs(2), 30),
            // 10 requests a second sustained, bursts of 120.
            Class::Api => (Duration::from_millis(100), 120),
            // 5 a second sustained, bursts of 60.
            Class::Admin => (Duration::from_millis(200), 60),
            // 2 a second sustained, bursts of 30: a shopper re-pricing a cart never gets near.
            Class::Quote => (Duration::from_millis(500), 30),
            // 20 codes at once, then one every 30 seconds (120 an hour).
            Class::PromoGuess => (Duration::from_secs(30), 20),
        }
    }
}

/// Refused: retry after this long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limited(pub Duration);

impl IntoResponse for Limited {
    fn into_response(self) -> Response {
        let mut res = Problem::new(StatusCode::TOO_MANY_REQUESTS, ProblemCode::TooManyRequests).into_response();
        let secs = self.0.as_secs() + u64::from(self.0.subsec_nanos() > 0);
        if let Ok(v) = HeaderValue::from_str(&secs.max(1).to_string()) {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res
    }
}

const GCRA: &str = r"
-- KEYS: the buckets, in order. ARGV[1]: now (µs); then for each bucket its emission interval (µs)
-- and burst. A bucket allows when its theoretical arrival time is at most (burst - 1) intervals
-- ahead of now. Buckets are charged in turn up to the first that refuses, as successive checks
-- would be: returns {0, 0} when every one allowed, else {its position (from 1), wait in µs}.
-- Microseconds: a budget above 1,000 a second has an interval under a millisecond. Times stay
-- below 2^53, exact in Lua's numbers, and are stored written out in full ('%.0f').
local now = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[2 * i])
  local tolerance = interval * (tonumber(ARGV[2 * i + 1]) - 1)
  local tat = tonumber(redis.call('GET', key) or now)
  if tat < now then tat = now end
  if tat - now > tolerance then
    return {i, tat - now - tolerance}
  end
  local new_tat = tat + interval
  redis.call('SET', key, string.format('%.0f', new_tat), 'PX', math.ceil((new_tat - now) / 1000))
end
return {0, 0}
";

/// The configurable budgets of product-facing calls (requests per second).
#[derive(Clone, Copy, Debug)]
pub struct ProductRates {
    pub per_key: u32,
    pub per_ip: u32,
}

impl Default for ProductRates {
    fn default() -> Self {
        Self { per_key: 10, per_ip: 500 }
    }
}

pub struct RateLimiter {
    local: Vec<(Class, DefaultKeyedRateLimiter<String>)>,
    product: ProductRates,
    redis: Option<(redis::Client, OnceCell<redis::aio::ConnectionManager>)>,
    script: redis::Script,
    /// After Redis failed, it is not asked again until then: a dead Redis must not add a
    /// connection attempt to every request.
    redis_down_until: std::sync::Mutex<Option<std::time::Instant>>,
    /// Requests refused, per class (in [`Class::ALL`] order), on this node since it started.
    refused: [std::sync::atomic::AtomicU64; 8],
    /// Checks counted in this node's own buckets although Redis is configured.
    fallbacks: std::sync::atomic::AtomicU64,
}

/// The counter of [`RateLimiter::fallbacks`] in `/metrics`.
pub const FALLBACKS: &str = "rms_rate_limit_fallbacks_total";

/// How long to rely on local buckets after Redis failed.
const REDIS_BACKOFF: Duration = Duration::from_secs(5);

impl RateLimiter {
    pub fn new(redis: Option<redis::Client>, product: ProductRates) -> Arc<Self> {
        let local = Class::ALL
            .into_iter()
            .map(|class| {
                let (period, burst) = class.quota(product);
                let quota = Quota::with_period(period)
                    .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
                    .allow_burst(NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN));
                (class, DefaultKeyedRateLimiter::keyed(quota))
            })
            .collect();
        Arc::new(Self {
            local,
            product,
            redis: redis.map(|c| (c, OnceCell::new())),
            script: redis::Script::new(GCRA),
            redis_down_until: std::sync::Mutex::new(None),
            refused: Default::default(),
            fallbacks: Default::default(),
        })
    }

    /// Counts one request of `class` for `key`.
    pub async fn check(&self, class: Class, key: &str) -> Result<(), Limited> {
        self.check_each(&[(class, key)]).await
    }

    /// Counts one request against each bucket in turn, up to the first that refuses (the ones
    /// before it stay charged, as with successive [`RateLimiter::check`]s). With Redis that is one
    /// round trip for all of them: a product call checks its key's and its address's budgets.
    pub async fn check_each(&self, buckets: &[(Class, &str)]) -> Result<(), Limited> {
        let refused = match self.check_shared(buckets).await {
            Some(refused) => refused,
            None => {
                if self.redis.is_some() {
                    self.fallbacks.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    metrics::counter!(FALLBACKS).increment(1);
                }
                self.check_local(buckets)
            }
        };
        let Some((class, limited)) = refused else { return Ok(()) };
        if let Some(i) = Class::ALL.iter().position(|c| *c == class) {
            self.refused[i].fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            metrics::counter!("rms_rate_limited_total", "class" => class.name()).increment(1);
        }
        Err(limited)
    }

    /// This node's own buckets: without Redis, or while it does not answer.
    fn check_local(&self, buckets: &[(Class, &str)]) -> Option<(Class, Limited)> {
        buckets.iter().find_map(|(class, key)| {
            let (_, limiter) = self.local.iter().find(|(c, _)| c == class)?;
            let not_until = limiter.check_key(&(*key).to_owned()).err()?;
            Some((*class, Limited(not_until.wait_time_from(DefaultClock::default().now()))))
        })
    }

    /// Checks this node counted in its own buckets because Redis, configured, did not answer (or
    /// had failed less than [`REDIS_BACKOFF`] ago). Zero when every node shares every budget.
    pub fn fallbacks(&self) -> u64 {
        self.fallbacks.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Requests refused per class on this node since it started: (class, count).
    pub fn refusals(&self) -> Vec<(&'static str, u64)> {
        Class::ALL
            .iter()
            .zip(&self.refused)
            .map(|(c, n)| (c.name(), n.load(std::sync::atomic::Ordering::Relaxed)))
            .collect()
    }

    /// The Redis answer (the bucket that refused, if one did), or `None` when Redis is not
    /// configured or not answering.
    async fn check_shared(&self, buckets: &[(Class, &str)]) -> Option<Option<(Class, Limited)>> {
        let (client, cell) = self.redis.as_ref()?;
        let now = std::time::Instant::now();
        if let Ok(down) = self.redis_down_until.lock()
            && down.is_some_and(|until| now < until)
        {
            return None;
        }
        let attempt = async {
            let manager = cell.get_or_try_init(|| redis::aio::ConnectionManager::new(client.clone())).await?;
            let mut conn = manager.clone();
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            let mut call = self.script.prepare_invoke();
            call.arg(now.as_micros() as u64);
            for (class, key) in buckets {
                let (period, burst) = class.quota(self.product);
                call.key(format!("rms:rl:{}:{key}", class.name())).arg(period.as_micros() as u64).arg(burst);
            }
            call.invoke_async::<(usize, u64)>(&mut conn).await
        };
        let failure = match tokio::time::timeout(Duration::from_millis(500), attempt).await {
            Ok(Ok((0, _))) => return Some(None),
            Ok(Ok((i, wait_us))) => match buckets.get(i - 1) {
                Some((class, _)) => return Some(Some((*class, Limited(Duration::from_micros(wait_us))))),
                None => format!("the rate limit script named bucket {i} of {}", buckets.len()),
            },
            Ok(Err(e)) => e.to_string(),
            Err(_) => "no answer within 500 ms".to_owned(),
        };
        tracing::warn!(error = %failure, "Redis rate limits unavailable; using this node's limits for a while");
        if let Ok(mut down) = self.redis_down_until.lock() {
            *down = Some(now + REDIS_BACKOFF);
        }
        None
    }

    /// Counts a request that names a promo code, against the caller's address and (when signed
    /// in) their account.
    pub async fn promo_attempt(&self, ip: Option<&str>, user: Option<uuid::Uuid>) -> Result<(), Limited> {
        if let Some(ip) = ip {
            self.check(Class::PromoGuess, &format!("ip:{ip}")).await?;
        }
        if let Some(user) = user {
            self.check(Class::PromoGuess, &format!("user:{user}")).await?;
        }
        Ok(())
    }

    /// Forgets buckets that are full again (housekeeping for the in-process store).
    pub fn shrink(&self) {
        for (_, limiter) in &self.local {
            limiter.retain_recent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limiter(redis_url: &str, per_key: u32) -> Arc<RateLimiter> {
        let client = redis::Client::open(redis_url).expect("a Redis URL");
        RateLimiter::new(Some(client), ProductRates { per_key, per_ip: 500 })
    }

    #[tokio::test]
    async fn a_node_whose_redis_does_not_answer_counts_in_its_own_buckets_and_says_so() {
        // Nothing listens on port 1.
        let limits = limiter("redis://127.0.0.1:1", 1);
        for _ in 0..20 {
            assert_eq!(limits.check(Class::ProductKey, "k").await, Ok(()), "the local burst of 20");
        }
        assert!(limits.check(Class::ProductKey, "k").await.is_err(), "and then the local bucket refuses");
        assert_eq!(limits.fallbacks(), 21);
    }

    #[tokio::test]
    async fn a_node_without_redis_has_no_fallbacks_to_report() {
        let limits = RateLimiter::new(None, ProductRates::default());
        assert_eq!(limits.check(Class::Api, "someone").await, Ok(()));
        assert_eq!(limits.fallbacks(), 0);
    }

    /// A budget above 1,000 a second has an emission interval under a millisecond. Counted in
    /// milliseconds it was 0, Redis refused `SET … PX 0`, and every such check quietly fell back
    /// to per-node buckets.
    #[cfg(rms_redis)]
    #[tokio::test]
    async fn a_budget_above_a_thousand_a_second_is_counted_in_redis() {
        let url = rms_testkit::redis_url().expect("RMS_TEST_REDIS_URL");
        let (a, b) = (limiter(&url, 4_000), limiter(&url, 4_000));
        // Redis outlives test runs: a fresh key per run.
        let key = uuid::Uuid::now_v7().simple().to_string();
        assert_eq!(a.check(Class::ProductKey, &key).await, Ok(()));
        assert_eq!(b.check(Class::ProductKey, &key).await, Ok(()));
        assert_eq!((a.fallbacks(), b.fallbacks()), (0, 0), "both nodes counted in Redis, neither fell back");
    }
}
