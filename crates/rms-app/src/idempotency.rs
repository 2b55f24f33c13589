//! `Idempotency-Key` on requests that move money, with Stripe's rules: the same key and the same
//! request get the first answer again, byte for byte; the same key with another request is refused
//! (422); a key whose request is still running is refused (409, retry later). Keys are per user
//! and remembered for 24 hours.
//!
//! The use case that runs under a claim records its answer inside its own transaction
//! ([`rms_store::billing::finish_key`]), so "charged" and "answer stored" commit together: a crash
//! in between leaves neither, and the retry runs again. A request that ends in a refusal changes
//! nothing and lets the key go, so it may be retried (after a top-up, say) with the same key.

use std::sync::Arc;
use std::time::Duration;

use rms_core::Clock;
use rms_store::Db;
use rms_store::billing::{self, KeyState};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::AppError;

/// How long a key is remembered.
pub const RETENTION: Duration = Duration::from_secs(24 * 3600);
/// How long a claimed key is held for a request that may have died before another may run it.
pub const LEASE: Duration = Duration::from_secs(60);

/// A running request's hold on its key.
#[derive(Clone, Debug)]
pub struct Claim {
    pub user: Uuid,
    pub key: String,
    pub claim: Uuid,
}

/// What a request answered, and whether the answer was a replay of a stored one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub body: String,
    pub replayed: bool,
}

/// What to do with a request that carries a key.
#[derive(Debug)]
enum Begin {
    Run(Claim),
    /// Answer this, exactly as the first time.
    Replay {
        status: u16,
        body: String,
    },
}

#[derive(Clone)]
pub struct Idempotency {
    db: Db,
    clock: Arc<dyn Clock>,
}

/// A key is 1 to 255 visible ASCII characters (Stripe's limit), so it fits any log or header.
fn valid_key(key: &str) -> bool {
    (1..=255).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

impl Idempotency {
    pub fn new(db: Db, clock: Arc<dyn Clock>) -> Self {
        Self { db, clock }
    }

    /// Runs `run` under `key` when there is one (without, it just runs): a done key answers its
    /// stored response instead, a key used for another request or still running is refused, and
    /// a run that ends in a refusal lets its key go. `run` records its answer with the claim it is
    /// given, inside its own transaction, and returns the status and body it answered.
    pub async fn run<F, Fut>(
        &self,
        user: Uuid,
        key: Option<&str>,
        route: &str,
        request: &serde_json::Value,
        run: F,
    ) -> Result<Answer, AppError>
    where
        F: FnOnce(Option<Claim>) -> Fut,
        Fut: std::future::Future<Output = Result<(u16, String), AppError>>,
    {
        let Some(key) = key else {
            let (status, body) = run(None).await?;
            return Ok(Answer { status, body, replayed: false });
        };
        let claim = match self.begin(user, key, route, request).await? {
            Begin::Replay { status, body } => return Ok(Answer { status, body, replayed: true }),
            Begin::Run(claim) => claim,
        };
        match run(Some(claim.clone())).await {
            Ok((status, body)) => Ok(Answer { status, body, replayed: false }),
            Err(e) => {
                if let Err(release) = self.release(&claim).await {
                    tracing::warn!(error = %release, "could not release an idempotency key");
                }
                Err(e)
            }
        }
    }

    /// Looks `key` up for `user`'s request to `route` with this canonical body.
    async fn begin(&self, user: Uuid, key: &str, route: &str, body: &serde_json::Value) -> Result<Begin, AppError> {
        if !valid_key(key) {
            return Err(AppError::Invalid { field: "Idempotency-Key", reason: rms_core::account::InvalidInput::Range });
        }
        // serde_json's maps are ordered by key, so the same fields in any order hash the same.
        let hash = Sha256::digest(body.to_string().as_bytes());
        let now = self.clock.now();
        let request = billing::KeyedRequest { user, key, route, hash: hash.as_slice() };
        let state = billing::claim_key(&self.db, request, now, now.plus(LEASE), now.minus(RETENTION)).await?;
        match state {
            KeyState::Run(claim) => Ok(Begin::Run(Claim { user, key: key.to_owned(), claim })),
            KeyState::Replay { status, body } => {
                Ok(Begin::Replay { status: u16::try_from(status).unwrap_or(200), body })
            }
            KeyState::Mismatch => Err(AppError::IdempotencyMismatch),
            KeyState::Running => Err(AppError::IdempotencyInFlight),
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

/// Records `body` as the answer of `claim`, inside the request's transaction. Fails (so the
/// caller rolls back) when the claim was taken over by another attempt.
pub(crate) async fn finish(
    tx: &mut rms_store::Tx,
    claim: Option<&Claim>,
    status: u16,
    body: &str,
) -> Result<(), AppError> {
    if let Some(c) = claim
        && !billing::finish_key(tx, c.user, &c.key, c.claim, i64::from(status), body).await?
    {
        return Err(AppError::IdempotencyInFlight);
    }
    Ok(())
}
