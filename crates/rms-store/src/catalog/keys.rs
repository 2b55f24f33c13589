//! Products' signing keys, and every sealed key (products' and licenses') read and sealed again
//! when the master key changes.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProductKeyRow {
    pub kid: String,
    pub sealed_seed: Vec<u8>,
    pub public_key: Vec<u8>,
    pub created_at: Timestamp,
    pub retired_at: Option<Timestamp>,
    /// When it starts signing; `None`: since it was created.
    pub active_from: Option<Timestamp>,
}

impl ProductKeyRow {
    /// When this key signs from.
    pub fn signs_from(&self) -> Timestamp {
        self.active_from.unwrap_or(self.created_at)
    }
}

/// The key that signs at `now` among a product's keys (oldest first): the newest one not
/// retired whose time has come.
pub fn signing_key(keys: &[ProductKeyRow], now: Timestamp) -> Option<&ProductKeyRow> {
    keys.iter().rev().find(|k| k.retired_at.is_none() && k.signs_from() <= now)
}

/// Inserts a product key that signs from `active_from` (`None`: at once).
pub async fn insert_product_key(
    tx: &mut Tx,
    product: Uuid,
    kid: &str,
    sealed_seed: &[u8],
    public_key: &[u8],
    now: Timestamp,
    active_from: Option<Timestamp>,
) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO product_keys (product_id, kid, sealed_seed, public_key, created_at, active_from) \
         VALUES ($1, $2, $3, $4, $5, $6)";
        product, kid, sealed_seed, public_key, now.as_millis(), active_from.map(Timestamp::as_millis))?;
    Ok(())
}

/// A product's keys, oldest first, retired ones included.
pub async fn product_keys(db: &Db, product: Uuid) -> Result<Vec<ProductKeyRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT kid, sealed_seed, public_key, created_at, retired_at, active_from FROM product_keys \
         WHERE product_id = $1 ORDER BY created_at, LENGTH(kid), kid";
        product)?)
}

/// Every sealed product key, for re-encryption: (product, kid, sealed seed).
pub async fn all_sealed_product_keys(tx: &mut Tx) -> Result<Vec<(Uuid, String, Vec<u8>)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all, "SELECT product_id, kid, sealed_seed FROM product_keys";)?)
}

pub async fn reseal_product_key(tx: &mut Tx, product: Uuid, kid: &str, sealed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE product_keys SET sealed_seed = $3 WHERE product_id = $1 AND kid = $2"; product, kid, sealed)?;
    Ok(())
}

/// Every license's sealed key, for re-encryption: (license, sealed key).
pub async fn all_sealed_license_keys(tx: &mut Tx) -> Result<Vec<(Uuid, Vec<u8>)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all, "SELECT id, key_sealed FROM licenses";)?)
}

pub async fn reseal_license_key(tx: &mut Tx, license: Uuid, sealed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE licenses SET key_sealed = $2 WHERE id = $1"; license, sealed)?;
    Ok(())
}
