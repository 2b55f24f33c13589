//! `Idempotency-Key` on requests that move money, with Stripe's rules: the same key and the same
//! request get the first answer again, byte for byte; the same key with another request is refused
//! (422); a key whose request is still running is refused (409, retry later). Keys are per user
//! and remembered for 24 hours.
//!
//! The answer kept is the use case's own result (a receipt, a payment), not an HTTP body: the
//! edge turns it into a response the same way the first time and on every replay, so a replay is
//! byte for byte the first answer without the store knowing about status codes or JSON shapes.
//!
//! The use case that runs under a claim records its answer inside its own transaction
//! ([`rms_store::billing::finish_key`]), so "charged" and "answer stored" commit together: a crash
//! in between leaves neither, and the retry runs again. A request that ends in a refusal changes
//! nothing and lets the key go, so it may be retried (after a top-up, say) with the same key.
//!
//! Stored answers are sealed under the master key: a purchase's answer holds its license keys,
//! and no license key is kept in clear at rest.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rms_core::Clock;
use rms_crypto::MasterKeyRing;
use rms_store::Db;
use rms_store::billing::{self, KeyState};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::AppError;

/// How long a key is remembered.
pub const RETENTION: Duration = Duration::from_secs(24 * 3600);
/// How much longer than the request timeout a claim is held: a request still running is stopped by
/// the timeout, so after timeout + margin its claim can only belong to a process that died.
pub const LEASE_MARGIN: Duration = Duration::from_secs(5);

/// A running request's hold on its key.
#[derive(Clone, Debug)]
pub struct Claim {
    pub user: Uuid,
    pub key: String,
    pub claim: Uuid,
    /// Seals the answer when it is recorded.
    ring: MasterKeyRing,
}

/// The associated data a stored answer is sealed with: it opens only for its user and key.
pub(crate) fn answer_aad(user: Uuid, key: &str) -> Vec<u8> {
    format!("idempotency_keys/body/{user}/{key}").into_bytes()
}

/// What a request answered, and whether the answer was a replay of a stored one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer<T> {
    pub value: T,
    pub replayed: bool,
}

/// What to do with a request that carries a key.
#[derive(Debug)]
enum Begin<T> {
    Run(Claim),
    /// Answer this, exactly as the first time.
    Replay(T),
}

#[derive(Clone)]
pub struct Idempotency {
    db: Db,
    clock: Arc<dyn Clock>,
    ring: MasterKeyRing,
    /// How long a claim holds its key: the request timeout plus [`LEASE_MARGIN`].
    lease: Duration,
}

/// A key is 1 to 255 visible ASCII characters (Stripe's limit), so it fits any log or header.
fn valid_key(key: &str) -> bool {
    (1..=255).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

impl Idempotency {
    /// `request_timeout`: how long a request may run before the server stops it; a claim on a key
    /// lasts that long plus a margin, so a crashed request's key is free again soon after.
    pub fn new(db: Db, clock: Arc<dyn Clock>, ring: MasterKeyRing, request_timeout: Duration) -> Self {
        Self { db, clock, ring, lease: request_timeout + LEASE_MARGIN }
    }

    /// Runs `run` under `key` when there is one (without, it just runs): a done key answers its
    /// stored response instead, a key used for another request or still running is refused, and
    /// a run that ends in a refusal lets its key go. `run` records its result with the claim it is
    /// given ([`finish`]), inside its own transaction, and returns it.
    pub async fn run<T, F, Fut>(
        &self,
        user: Uuid,
        key: Option<&str>,
        route: &str,
        request: &serde_json::Value,
        run: F,
    ) -> Result<Answer<T>, AppError>
    where
        T: DeserializeOwned,
        F: FnOnce(Option<Claim>) -> Fut,
        Fut: std::future::Future<Output = Result<T, AppError>>,
    {
        let Some(key) = key else {
            return Ok(Answer { value: run(None).await?, replayed: false });
        };
        let claim = match self.begin(user, key, route, request).await? {
            Begin::Replay(value) => return Ok(Answer { value, replayed: true }),
            Begin::Run(claim) => claim,
        };
        crate::failpoints::point("idempotency.claimed");
        match run(Some(claim.clone())).await {
            Ok(value) => Ok(Answer { value, replayed: false }),
            Err(e) => {
                if let Err(release) = self.release(&claim).await {
                    tracing::warn!(error = %release, "could not release an idempotency key");
                }
                Err(e)
            }
        }
    }

    /// Looks `key` up for `user`'s request to `route` with this canonical body.
    async fn begin<T: DeserializeOwned>(
        &self,
        user: Uuid,
        key: &str,
        route: &str,
        body: &serde_json::Value,
    ) -> Result<Begin<T>, AppError> {
        if !valid_key(key) {
            return Err(AppError::Invalid { field: "Idempotency-Key", reason: rms_core::account::InvalidInput::Range });
        }
        // serde_json's maps are ordered by key, so the same fields in any order hash the same.
        let hash = Sha256::digest(body.to_string().as_bytes());
        let now = self.clock.now();
        let request = billing::KeyedRequest { user, key, route, hash: hash.as_slice() };
        let state = billing::claim_key(&self.db, request, now, now.plus(self.lease), now.minus(RETENTION)).await?;
        match state {
            KeyState::Run(claim) => Ok(Begin::Run(Claim { user, key: key.to_owned(), claim, ring: self.ring.clone() })),
            KeyState::Replay { body } => {
                let sealed =
                    STANDARD.decode(body).map_err(|_| AppError::Internal("stored answer is not base64".into()))?;
                let body = self
                    .ring
                    .open(&sealed, &answer_aad(user, key))
                    .map_err(|e| AppError::Internal(format!("stored answer: {e}")))?;
                // An answer kept in an older shape (before an upgrade, within the retention) is
                // not this request's answer any more: the key is refused as reused rather than
                // replayed as something else.
                let value = serde_json::from_slice(&body).map_err(|_| AppError::IdempotencyMismatch)?;
                Ok(Begin::Replay(value))
            }
            KeyState::Mismatch => Err(AppError::IdempotencyMismatch),
            KeyState::Running { until } => {
                let left = until.as_millis().saturating_sub(now.as_millis());
                // Whole seconds, rounded up: retrying earlier would only be refused again.
                let secs = u64::try_from((left + 999).div_euclid(1000)).unwrap_or(1).max(1);
                Err(AppError::IdempotencyInFlight { retry_after_secs: secs })
            }
        }
    }

    /// Lets go of a claim whose request was refused (it changed nothing).
    async fn release(&self, claim: &Claim) -> Result<(), AppError> {
        billing::release_key(&self.db, claim.user, &claim.key, claim.claim).await?;
        Ok(())
    }

    /// Forgets keys older than the retention (the cleanup job).
    pub async fn prune(&self) -> Result<u64, AppError> {
        Ok(billing::prune_keys(&self.db, self.clock.now().minus(RETENTION)).await?)
    }
}

/// Records `answer` (as JSON, sealed) as the result of `claim`, inside the request's transaction.
/// Fails (so the caller rolls back) when the claim was taken over by another attempt.
pub(crate) async fn finish<T: Serialize>(
    tx: &mut rms_store::Tx,
    claim: Option<&Claim>,
    answer: &T,
) -> Result<(), AppError> {
    let Some(c) = claim else { return Ok(()) };
    let body = serde_json::to_vec(answer).map_err(|e| AppError::Internal(format!("answer: {e}")))?;
    let sealed = STANDARD.encode(c.ring.seal(&body, &answer_aad(c.user, &c.key)));
    if !billing::finish_key(tx, c.user, &c.key, c.claim, &sealed).await? {
        return Err(AppError::IdempotencyInFlight { retry_after_secs: 1 });
    }
    Ok(())
}
