//! Billing settings (key/value).

use rms_core::Timestamp;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

pub async fn settings(db: &Db) -> Result<Vec<(String, String)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all, "SELECT key, value FROM settings ORDER BY key";)?)
}

pub async fn setting_tx(tx: &mut Tx, key: &str) -> Result<Option<String>, StoreError> {
    let row: Option<(String,)> = fetch_tx!(tx, query_as.fetch_optional, "SELECT value FROM settings WHERE key = $1";
        key)?;
    Ok(row.map(|r| r.0))
}

pub async fn set_setting(db: &Db, key: &str, value: &str, now: Timestamp) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
        key, value, now.as_millis())?;
    Ok(())
}

/// [`set_setting`] inside a transaction (several settings that change together).
pub async fn set_setting_tx(tx: &mut Tx, key: &str, value: &str, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
        key, value, now.as_millis())?;
    Ok(())
}
