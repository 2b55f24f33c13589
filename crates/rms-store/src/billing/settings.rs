//! Billing settings (key/value).

use rms_core::Timestamp;

use crate::{Db, StoreError, Tx, on_db, on_tx};

pub async fn settings(db: &Db) -> Result<Vec<(String, String)>, StoreError> {
    Ok(on_db!(db, pool => sqlx::query_as("SELECT key, value FROM settings ORDER BY key").fetch_all(pool).await)?)
}

pub async fn setting_tx(tx: &mut Tx, key: &str) -> Result<Option<String>, StoreError> {
    let row: Option<(String,)> = on_tx!(tx, conn => sqlx::query_as("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(conn).await)?;
    Ok(row.map(|r| r.0))
}

pub async fn set_setting(db: &Db, key: &str, value: &str, now: Timestamp) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query(
        "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
        .bind(key)
        .bind(value)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}
