//! Idempotency keys: claims, stored (sealed) answers, pruning.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch_tx};

/// What an `Idempotency-Key` says about a request that carries it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyState {
    /// First use (or a dead attempt taken over): run the request under this claim.
    Run(Uuid),
    /// Done before with the same body: answer exactly this again.
    Replay { body: String },
    /// The key was used with another request body or route.
    Mismatch,
    /// Another request with this key is running right now (its claim holds until `until`).
    Running { until: Timestamp },
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    route: String,
    request_hash: Vec<u8>,
    claim: Uuid,
    state: String,
    body: Option<String>,
    locked_until: i64,
}

/// A request carrying an idempotency key: whose, which key, where to, and the body's hash.
#[derive(Clone, Copy, Debug)]
pub struct KeyedRequest<'a> {
    pub user: Uuid,
    pub key: &'a str,
    pub route: &'a str,
    pub hash: &'a [u8],
}

/// Claims the key for one run of the request, or says why not. A key older than
/// `retention_start` is forgotten first; a running claim whose lease ran out (its process died) is
/// taken over.
pub async fn claim_key(
    db: &Db,
    request: KeyedRequest<'_>,
    now: Timestamp,
    lease_until: Timestamp,
    retention_start: Timestamp,
) -> Result<KeyState, StoreError> {
    let KeyedRequest { user, key, route, hash } = request;
    let mut tx = db.begin().await?;
    exec_tx!(&mut tx, "DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND created_at < $3";
        user, key, retention_start.as_millis())?;
    let claim = Uuid::now_v7();
    let inserted = exec_tx!(&mut tx,
        "INSERT INTO idempotency_keys (user_id, key, route, request_hash, claim, state, locked_until, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'running', $6, $7) ON CONFLICT DO NOTHING";
        user, key, route, hash, claim, lease_until.as_millis(), now.as_millis())?;
    let state = if inserted == 1 {
        KeyState::Run(claim)
    } else {
        let row: KeyRow = fetch_tx!(&mut tx, query_as.fetch_one,
            "SELECT route, request_hash, claim, state, body, locked_until FROM idempotency_keys \
             WHERE user_id = $1 AND key = $2";
            user, key)?;
        if row.route != route || row.request_hash != hash {
            KeyState::Mismatch
        } else if row.state == "done" {
            KeyState::Replay { body: row.body.unwrap_or_default() }
        } else if row.locked_until > now.as_millis() {
            KeyState::Running { until: Timestamp::from_millis(row.locked_until) }
        } else {
            exec_tx!(&mut tx,
                "UPDATE idempotency_keys SET claim = $3, locked_until = $4 WHERE user_id = $1 AND key = $2 AND claim = $5";
                user, key, claim, lease_until.as_millis(), row.claim)?;
            KeyState::Run(claim)
        }
    };
    tx.commit().await?;
    Ok(state)
}

/// Records the answer inside the request's own transaction. `false` when the claim was lost (its
/// lease ran out and another attempt took over): the caller must roll back.
pub async fn finish_key(tx: &mut Tx, user: Uuid, key: &str, claim: Uuid, body: &str) -> Result<bool, StoreError> {
    // `status` (migration 0011) stays NULL: answers are the use case's results, and the HTTP
    // status follows from the route.
    let rows = exec_tx!(tx,
        "UPDATE idempotency_keys SET state = 'done', body = $4 \
         WHERE user_id = $1 AND key = $2 AND claim = $3 AND state = 'running'";
        user, key, claim, body)?;
    Ok(rows == 1)
}

/// Lets go of a claim whose request changed nothing (it was refused), so the key can be used again.
pub async fn release_key(db: &Db, user: Uuid, key: &str, claim: Uuid) -> Result<(), StoreError> {
    exec!(db, "DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND claim = $3 AND state = 'running'";
        user, key, claim)?;
    Ok(())
}

/// Every stored (sealed) answer, for re-encryption: (user, key, answer).
pub async fn all_sealed_answers(tx: &mut Tx) -> Result<Vec<(Uuid, String, String)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all,
        "SELECT user_id, key, body FROM idempotency_keys WHERE state = 'done' AND body IS NOT NULL";)?)
}

pub async fn reseal_answer(tx: &mut Tx, user: Uuid, key: &str, body: &str) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE idempotency_keys SET body = $3 WHERE user_id = $1 AND key = $2"; user, key, body)?;
    Ok(())
}

/// Forgets keys created before `before`.
pub async fn prune_keys(db: &Db, before: Timestamp) -> Result<u64, StoreError> {
    Ok(exec!(db, "DELETE FROM idempotency_keys WHERE created_at < $1"; before.as_millis())?)
}
