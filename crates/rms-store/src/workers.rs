//! Worker presence: each worker process registers itself and touches its row while it runs, so
//! readiness checks and operators can see whether anyone is working the queue.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, exec, fetch};

pub async fn register(db: &Db, id: Uuid, hostname: &str, now: Timestamp) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO workers (id, hostname, started_at, last_seen_at) VALUES ($1, $2, $3, $3)";
        id, hostname, now.as_millis())?;
    Ok(())
}

pub async fn touch(db: &Db, id: Uuid, now: Timestamp) -> Result<(), StoreError> {
    exec!(db, "UPDATE workers SET last_seen_at = $2 WHERE id = $1"; id, now.as_millis())?;
    Ok(())
}

pub async fn stopped(db: &Db, id: Uuid, now: Timestamp) -> Result<(), StoreError> {
    exec!(db, "UPDATE workers SET stopped_at = $2, last_seen_at = $2 WHERE id = $1"; id, now.as_millis())?;
    Ok(())
}

/// When any still-running worker was last seen.
pub async fn last_seen(db: &Db) -> Result<Option<Timestamp>, StoreError> {
    let at: Option<i64> = fetch!(db, query_scalar.fetch_one,
        "SELECT MAX(last_seen_at) FROM workers WHERE stopped_at IS NULL";)?;
    Ok(at.map(Timestamp::from_millis))
}

/// Forgets workers that stopped or went silent before `before` (housekeeping).
pub async fn prune(db: &Db, before: Timestamp) -> Result<u64, StoreError> {
    let rows = exec!(db, "DELETE FROM workers WHERE last_seen_at < $1"; before.as_millis())?;
    Ok(rows)
}
