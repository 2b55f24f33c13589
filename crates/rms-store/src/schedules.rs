//! Stored periodic schedules: at most one job per tick, however many workers watch the clock.
//!
//! Each schedule is a row holding the next tick it is due at. A worker that sees the tick has come
//! moves the row to the following tick with a compare-and-set and, in the same transaction,
//! enqueues the job with an idempotency key naming the tick. Two workers racing for a tick: one
//! update matches, the other matches nothing and enqueues nothing.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::queue::{NewJob, enqueue};
use crate::{Db, StoreError, exec, exec_tx, fetch};

/// Makes sure a schedule row exists; a new row is first due at `first_due`. An existing row keeps
/// its own next tick (restarts do not reset schedules).
pub async fn ensure(db: &Db, name: &str, first_due: Timestamp, now: Timestamp) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO job_schedules (name, next_run_at, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO NOTHING";
        name, first_due.as_millis(), now.as_millis())?;
    Ok(())
}

/// When the schedule is next due, if it exists.
pub async fn next_due(db: &Db, name: &str) -> Result<Option<Timestamp>, StoreError> {
    let next: Option<i64> = fetch!(db, query_scalar.fetch_optional,
        "SELECT next_run_at FROM job_schedules WHERE name = $1";
        name)?;
    Ok(next.map(Timestamp::from_millis))
}

/// Fires the tick `due` of schedule `name`: moves it on to `next` and enqueues `job`, atomically.
/// Returns the job id when this caller won the tick, `None` when someone else already fired it.
pub async fn fire(
    db: &Db,
    name: &str,
    due: Timestamp,
    next: Timestamp,
    now: Timestamp,
    job: NewJob,
) -> Result<Option<Uuid>, StoreError> {
    let mut tx = db.begin().await?;
    let won = exec_tx!(&mut tx,
        "UPDATE job_schedules SET next_run_at = $3, last_run_at = $2, updated_at = $4 \
         WHERE name = $1 AND next_run_at = $2";
        name, due.as_millis(), next.as_millis(), now.as_millis())?
        == 1;
    if !won {
        tx.rollback().await?;
        return Ok(None);
    }
    let job = job.idempotency_key(format!("schedule:{name}:{}", due.as_millis()));
    let id = enqueue(&mut tx, now, &job).await?;
    tx.commit().await?;
    Ok(id)
}
