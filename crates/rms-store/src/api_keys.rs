//! API keys: stored as SHA-256 digests, looked up by digest, always scoped to their owner.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ApiKeyRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    pub prefix: String,
    /// Space-separated scope names.
    pub scopes: String,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub expires_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

const COLUMNS: &str = "id, user_id, name, prefix, scopes, created_at, last_used_at, expires_at, revoked_at";

pub struct NewApiKey<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: &'a str,
    pub prefix: &'a str,
    pub key_hash: &'a [u8],
    pub scopes: &'a str,
    pub expires_at: Option<Timestamp>,
}

pub async fn insert(tx: &mut Tx, k: &NewApiKey<'_>, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO api_keys (id, user_id, name, prefix, key_hash, scopes, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
        k.id, k.user_id, k.name, k.prefix, k.key_hash, k.scopes, now.as_millis(),
        k.expires_at.map(Timestamp::as_millis))?;
    Ok(())
}

/// The owner's keys, newest first, revoked ones included (they show as revoked).
pub async fn list(db: &Db, user: Uuid) -> Result<Vec<ApiKeyRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM api_keys WHERE user_id = $1 ORDER BY created_at DESC, id DESC"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; user)?)
}

/// Keys of the owner that still work at `now`.
pub async fn count_active(tx: &mut Tx, user: Uuid, now: Timestamp) -> Result<i64, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM api_keys WHERE user_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)";
        user, now.as_millis())?)
}

/// Revokes the owner's key `id`. `false` when the owner has no such active key (another user's
/// id included: the caller answers 404 either way).
pub async fn revoke(tx: &mut Tx, id: Uuid, owner: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE api_keys SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL";
        id, owner, now.as_millis())?;
    Ok(rows == 1)
}

pub async fn by_hash(db: &Db, key_hash: &[u8]) -> Result<Option<ApiKeyRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM api_keys WHERE key_hash = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; key_hash)?)
}

/// Records use, at most once per `granularity` (a key used on every request must not turn
/// every request into a write).
pub async fn touch(db: &Db, id: Uuid, now: Timestamp, granularity: std::time::Duration) -> Result<(), StoreError> {
    exec!(db,
        "UPDATE api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)";
        id, now.as_millis(), now.minus(granularity).as_millis())?;
    Ok(())
}
