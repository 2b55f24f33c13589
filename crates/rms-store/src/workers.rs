//! Worker presence: each worker process registers itself and touches its row while it runs, so
//! readiness checks and operators can see whether anyone is working the queue.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, on_db};

pub async fn register(db: &Db, id: Uuid, hostname: &str, now: Timestamp) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query(
        "INSERT INTO workers (id, hostname, started_at, last_seen_at) VALUES ($1, $2, $3, $3)")
        .bind(id)
        .bind(hostname)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn touch(db: &Db, id: Uuid, now: Timestamp) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query("UPDATE workers SET last_seen_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn stopped(db: &Db, id: Uuid, now: Timestamp) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query("UPDATE workers SET stopped_at = $2, last_seen_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

/// When any still-running worker was last seen.
pub async fn last_seen(db: &Db) -> Result<Option<Timestamp>, StoreError> {
    let at: Option<i64> = on_db!(db, pool => sqlx::query_scalar(
        "SELECT MAX(last_seen_at) FROM workers WHERE stopped_at IS NULL")
        .fetch_one(pool)
        .await)?;
    Ok(at.map(Timestamp::from_millis))
}

/// Forgets workers that stopped or went silent before `before` (housekeeping).
pub async fn prune(db: &Db, before: Timestamp) -> Result<u64, StoreError> {
    let rows = on_db!(db, pool => sqlx::query("DELETE FROM workers WHERE last_seen_at < $1")
        .bind(before.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(rows)
}
