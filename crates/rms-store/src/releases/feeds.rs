//! What updater feeds read besides releases: per-product settings, the feed signing keys (one
//! active at a time, enforced by a partial unique index, so two nodes creating the first key
//! cannot both win), and Sparkle's per-file signatures.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct FeedSettingsRow {
    pub product_id: Uuid,
    /// 1: the stable feed is open without a license key.
    pub public_stable: i64,
    pub minimum_version: Option<String>,
    pub updated_at: Timestamp,
}

pub async fn settings(db: &Db, product: Uuid) -> Result<Option<FeedSettingsRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_optional,
        "SELECT product_id, public_stable, minimum_version, updated_at FROM feed_settings WHERE product_id = $1";
        product)?)
}

pub async fn put_settings(db: &Db, row: &FeedSettingsRow) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO feed_settings (product_id, public_stable, minimum_version, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (product_id) DO UPDATE SET public_stable = excluded.public_stable, \
         minimum_version = excluded.minimum_version, updated_at = excluded.updated_at";
        row.product_id, row.public_stable, &row.minimum_version, row.updated_at)?;
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct FeedKeyRow {
    pub id: Uuid,
    pub product_id: Uuid,
    pub kid: String,
    pub sealed_seed: Vec<u8>,
    pub public_key: Vec<u8>,
    /// `active`, `retired` or `revoked`.
    pub state: String,
    pub created_at: Timestamp,
    pub retired_at: Option<Timestamp>,
}

const KEY_COLUMNS: &str = "id, product_id, kid, sealed_seed, public_key, state, created_at, retired_at";

/// A product's feed keys, newest first.
pub async fn keys(db: &Db, product: Uuid) -> Result<Vec<FeedKeyRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {KEY_COLUMNS} FROM feed_keys WHERE product_id = $1 ORDER BY created_at DESC, id DESC"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; product)?)
}

async fn insert_key(tx: &mut Tx, k: &FeedKeyRow) -> Result<bool, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO feed_keys ({KEY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING"
    ));
    Ok(exec_tx!(tx, sql; k.id, k.product_id, &k.kid, &k.sealed_seed, &k.public_key, &k.state, k.created_at,
        k.retired_at)?
        == 1)
}

/// Adds the product's first key; `false` when it has an active one already (another node won).
pub async fn insert_first_key(tx: &mut Tx, k: &FeedKeyRow) -> Result<bool, StoreError> {
    insert_key(tx, k).await
}

/// Makes `k` the product's active key, the active one before it retired (still signing);
/// `false` when a concurrent rotation's key took the place (nothing of this one is kept).
pub async fn rotate(tx: &mut Tx, k: &FeedKeyRow, now: Timestamp) -> Result<bool, StoreError> {
    exec_tx!(tx,
        "UPDATE feed_keys SET state = 'retired', retired_at = $2 WHERE product_id = $1 AND state = 'active'";
        k.product_id, now)?;
    insert_key(tx, k).await
}

/// Revokes a retired key of `product`: it signs nothing more and no feed serves it. `false`
/// when there is no such retired key (an active key is replaced by rotating, not revoked).
pub async fn revoke(db: &Db, product: Uuid, kid: &str, now: Timestamp) -> Result<bool, StoreError> {
    let changed = exec!(db,
        "UPDATE feed_keys SET state = 'revoked', retired_at = COALESCE(retired_at, $3) \
         WHERE product_id = $1 AND upper(kid) = upper($2) AND state = 'retired'";
        product, kid, now)?;
    Ok(changed == 1)
}

/// Every feed key's sealed seed, for re-encryption under a new master key: (id, product, kid, sealed).
pub async fn all_sealed(tx: &mut Tx) -> Result<Vec<(Uuid, Uuid, String, Vec<u8>)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all, "SELECT id, product_id, kid, sealed_seed FROM feed_keys";)?)
}

pub async fn reseal(tx: &mut Tx, id: Uuid, sealed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE feed_keys SET sealed_seed = $2 WHERE id = $1"; id, sealed)?;
    Ok(())
}

/// Keeps Sparkle's signature of content `sha256` by key `key_id` (the first one made stays).
pub async fn put_signature(
    db: &Db,
    sha256: &str,
    key_id: Uuid,
    ed25519: &str,
    now: Timestamp,
) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO artifact_signatures (sha256, key_id, ed25519, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (sha256, key_id) DO NOTHING";
        sha256, key_id, ed25519, now)?;
    Ok(())
}

/// The signatures key `key_id` made: (sha256, signature).
pub async fn signatures_of(db: &Db, key_id: Uuid) -> Result<Vec<(String, String)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all, "SELECT sha256, ed25519 FROM artifact_signatures WHERE key_id = $1"; key_id)?)
}

/// Content of `product`'s drafts and published releases that key `key_id` has not signed yet,
/// or whose other digests are missing: (sha256, size).
pub async fn unsigned(db: &Db, product: Uuid, key_id: Uuid) -> Result<Vec<(String, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT DISTINCT a.sha256, a.size FROM release_artifacts a JOIN releases r ON r.id = a.release_id \
         WHERE r.product_id = $1 AND r.state IN ('draft', 'published') \
           AND (a.blake2b IS NULL OR NOT EXISTS \
                (SELECT 1 FROM artifact_signatures s WHERE s.sha256 = a.sha256 AND s.key_id = $2))";
        product, key_id)?)
}

/// Fills the digests of artifacts with content `sha256` that were stored without them.
pub async fn fill_digests(db: &Db, sha256: &str, sha512: &str, sha1: &str, blake2b: &str) -> Result<(), StoreError> {
    exec!(db,
        "UPDATE release_artifacts SET sha512 = $2, sha1 = $3, blake2b = $4 WHERE sha256 = $1 AND blake2b IS NULL";
        sha256, sha512, sha1, blake2b)?;
    Ok(())
}
