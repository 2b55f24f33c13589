//! The durable job queue: a transactional outbox in the application's own database.
//!
//! Jobs are enqueued inside the caller's business transaction ([`enqueue`]), so the state change
//! and the work it implies commit or vanish together. Workers claim due jobs with a lease
//! ([`JobQueue::claim`]), renew it while they work, and finish with [`JobQueue::complete`] or
//! [`JobQueue::fail`]. Every finishing statement is conditional on the lease still being held by
//! the same worker, so a worker that lost its lease cannot overwrite the newer attempt's outcome.
//! A job whose worker died is re-queued by [`JobQueue::rescue_expired`].
//!
//! Delivery is at-least-once; handlers make their effects exactly-once with unique keys.

use rms_core::Timestamp;
use serde_json::Value;
use sqlx::types::Json;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch};

/// Lifecycle of a job. `Done` and `Dead` are final.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobState {
    Queued,
    Running,
    Done,
    Dead,
}

impl JobState {
    pub const ALL: [JobState; 4] = [JobState::Queued, JobState::Running, JobState::Done, JobState::Dead];

    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Queued => "queued",
            JobState::Running => "running",
            JobState::Done => "done",
            JobState::Dead => "dead",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// A job to enqueue. Built with [`NewJob::new`] and refined with the `with_*` methods.
#[derive(Clone, Debug)]
pub struct NewJob {
    pub kind: String,
    pub payload: Value,
    /// When it may run first; `None` means as soon as it is committed.
    pub run_at: Option<Timestamp>,
    pub max_attempts: u32,
    /// A job with the same key as an existing one is not enqueued again.
    pub idempotency_key: Option<String>,
}

impl NewJob {
    pub const DEFAULT_MAX_ATTEMPTS: u32 = 10;

    pub fn new(kind: impl Into<String>, payload: Value) -> Self {
        Self {
            kind: kind.into(),
            payload,
            run_at: None,
            max_attempts: Self::DEFAULT_MAX_ATTEMPTS,
            idempotency_key: None,
        }
    }

    pub fn run_at(mut self, at: Timestamp) -> Self {
        self.run_at = Some(at);
        self
    }

    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }
}

/// Enqueues `job` inside the caller's transaction. Returns the new job's id, or `None` when a job
/// with the same idempotency key already exists (the enqueue is then a no-op).
pub async fn enqueue(tx: &mut Tx, now: Timestamp, job: &NewJob) -> Result<Option<Uuid>, StoreError> {
    let id = Uuid::now_v7();
    let run_at = job.run_at.unwrap_or(now).as_millis();
    let inserted = exec_tx!(tx,
        "INSERT INTO jobs (id, kind, payload, state, attempts, max_attempts, run_at, idempotency_key, \
                           created_at, updated_at) \
         VALUES ($1, $2, $3, 'queued', 0, $4, $5, $6, $7, $7) \
         ON CONFLICT (idempotency_key) DO NOTHING";
        id, &job.kind, Json(&job.payload), i64::from(job.max_attempts), run_at, job.idempotency_key.as_deref(),
        now.as_millis())?;
    Ok((inserted == 1).then_some(id))
}

/// Gives a dead job a fresh set of attempts, due now, inside the caller's transaction (the
/// retry and its audit record go together); `false` when it is not dead (any more). Its last
/// error stays until it runs again.
pub async fn revive(tx: &mut Tx, id: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE jobs SET state = 'queued', attempts = 0, run_at = $2, finished_at = NULL, updated_at = $2 \
         WHERE id = $1 AND state = 'dead'";
        id, now.as_millis())?;
    Ok(rows == 1)
}

/// Deletes a dead job an admin decided not to run again, inside the caller's transaction (the
/// discard and its audit record go together); `false` when it is not dead (any more).
pub async fn discard(tx: &mut Tx, id: Uuid) -> Result<bool, StoreError> {
    Ok(exec_tx!(tx, "DELETE FROM jobs WHERE id = $1 AND state = 'dead'"; id)? == 1)
}

/// A job a worker has claimed and now holds the lease of.
#[derive(Clone, Debug)]
pub struct ClaimedJob {
    pub id: Uuid,
    pub kind: String,
    pub payload: Value,
    /// 1 for the first run.
    pub attempt: u32,
    pub max_attempts: u32,
}

#[derive(sqlx::FromRow)]
struct ClaimedRow {
    id: Uuid,
    kind: String,
    payload: Json<Value>,
    attempts: i64,
    max_attempts: i64,
}

impl From<ClaimedRow> for ClaimedJob {
    fn from(r: ClaimedRow) -> Self {
        Self {
            id: r.id,
            kind: r.kind,
            payload: r.payload.0,
            attempt: u32::try_from(r.attempts).unwrap_or(u32::MAX),
            max_attempts: u32::try_from(r.max_attempts).unwrap_or(u32::MAX),
        }
    }
}

/// Everything stored about one job, for inspection (admin pages, tests).
#[derive(Clone, Debug)]
pub struct JobRecord {
    pub id: Uuid,
    pub kind: String,
    pub payload: Value,
    pub state: JobState,
    pub attempts: i64,
    pub max_attempts: i64,
    pub run_at: Timestamp,
    pub locked_by: Option<Uuid>,
    pub locked_until: Option<Timestamp>,
    pub last_error: Option<String>,
    pub idempotency_key: Option<String>,
    pub finished_at: Option<Timestamp>,
}

#[derive(sqlx::FromRow)]
struct JobRow {
    id: Uuid,
    kind: String,
    payload: Json<Value>,
    state: String,
    attempts: i64,
    max_attempts: i64,
    run_at: i64,
    locked_by: Option<Uuid>,
    locked_until: Option<i64>,
    last_error: Option<String>,
    idempotency_key: Option<String>,
    finished_at: Option<i64>,
}

impl TryFrom<JobRow> for JobRecord {
    type Error = StoreError;
    fn try_from(r: JobRow) -> Result<Self, StoreError> {
        let state = JobState::parse(&r.state).ok_or_else(|| {
            StoreError::Database(sqlx::Error::Decode(format!("unknown job state {}", r.state).into()))
        })?;
        Ok(Self {
            id: r.id,
            kind: r.kind,
            payload: r.payload.0,
            state,
            attempts: r.attempts,
            max_attempts: r.max_attempts,
            run_at: Timestamp::from_millis(r.run_at),
            locked_by: r.locked_by,
            locked_until: r.locked_until.map(Timestamp::from_millis),
            last_error: r.last_error,
            idempotency_key: r.idempotency_key,
            finished_at: r.finished_at.map(Timestamp::from_millis),
        })
    }
}

/// What happened to a finishing statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finish {
    /// The outcome was recorded.
    Recorded,
    /// The worker no longer held the lease (it expired and the job was rescued); nothing changed.
    LeaseLost,
}

fn finish(rows: u64) -> Finish {
    if rows == 1 { Finish::Recorded } else { Finish::LeaseLost }
}

/// Queue operations that run in their own short transactions (worker side, inspection).
#[derive(Clone, Debug)]
pub struct JobQueue {
    db: Db,
}

impl JobQueue {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    /// Enqueues one job in a transaction of its own. Prefer [`enqueue`] inside the business
    /// transaction whenever the job follows from a state change.
    pub async fn enqueue_now(&self, now: Timestamp, job: &NewJob) -> Result<Option<Uuid>, StoreError> {
        let mut tx = self.db.begin().await?;
        let id = enqueue(&mut tx, now, job).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Claims up to `limit` due jobs for `worker`, leased until `lease_until`.
    pub async fn claim(
        &self,
        worker: Uuid,
        now: Timestamp,
        lease_until: Timestamp,
        limit: u32,
    ) -> Result<Vec<ClaimedJob>, StoreError> {
        let sql = self.db.backend().dialect().claim_jobs;
        let rows: Vec<ClaimedRow> = fetch!(&self.db, query_as.fetch_all, sql;
            worker, lease_until.as_millis(), now.as_millis(), i64::from(limit))?;
        Ok(rows.into_iter().map(ClaimedJob::from).collect())
    }

    /// Extends the lease of a job `worker` is still running.
    pub async fn renew_lease(&self, id: Uuid, worker: Uuid, until: Timestamp) -> Result<Finish, StoreError> {
        let rows = exec!(&self.db,
            "UPDATE jobs SET locked_until = $3 WHERE id = $1 AND locked_by = $2 AND state = 'running'";
            id, worker, until.as_millis())?;
        Ok(finish(rows))
    }

    /// Records success.
    pub async fn complete(&self, id: Uuid, worker: Uuid, now: Timestamp) -> Result<Finish, StoreError> {
        let rows = exec!(&self.db,
            "UPDATE jobs SET state = 'done', locked_by = NULL, locked_until = NULL, last_error = NULL, \
                             finished_at = $3, updated_at = $3 \
             WHERE id = $1 AND locked_by = $2 AND state = 'running'";
            id, worker, now.as_millis())?;
        Ok(finish(rows))
    }

    /// Records a failed attempt: the job runs again at `retry_at`, or becomes `dead` when it has
    /// used all its attempts.
    pub async fn fail(
        &self,
        id: Uuid,
        worker: Uuid,
        now: Timestamp,
        retry_at: Timestamp,
        error: &str,
    ) -> Result<Finish, StoreError> {
        let rows = exec!(&self.db,
            "UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END, \
                             finished_at = CASE WHEN attempts >= max_attempts THEN $3 ELSE NULL END, \
                             run_at = $4, last_error = $5, locked_by = NULL, locked_until = NULL, updated_at = $3 \
             WHERE id = $1 AND locked_by = $2 AND state = 'running'";
            id, worker, now.as_millis(), retry_at.as_millis(), truncate(error, 2000))?;
        Ok(finish(rows))
    }

    /// Records a failure that retrying cannot fix: the job becomes `dead` at once.
    pub async fn bury(&self, id: Uuid, worker: Uuid, now: Timestamp, error: &str) -> Result<Finish, StoreError> {
        let rows = exec!(&self.db,
            "UPDATE jobs SET state = 'dead', finished_at = $3, last_error = $4, locked_by = NULL, \
                             locked_until = NULL, updated_at = $3 \
             WHERE id = $1 AND locked_by = $2 AND state = 'running'";
            id, worker, now.as_millis(), truncate(error, 2000))?;
        Ok(finish(rows))
    }

    /// Re-queues running jobs whose lease ran out (their worker died or hung), or marks them dead
    /// when they have no attempts left. Returns how many jobs were rescued.
    pub async fn rescue_expired(&self, now: Timestamp) -> Result<u64, StoreError> {
        let rows = exec!(&self.db,
            "UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END, \
                             finished_at = CASE WHEN attempts >= max_attempts THEN $1 ELSE NULL END, \
                             last_error = 'lease expired: the worker stopped without finishing', \
                             run_at = $1, locked_by = NULL, locked_until = NULL, updated_at = $1 \
             WHERE state = 'running' AND locked_until < $1";
            now.as_millis())?;
        Ok(rows)
    }

    pub async fn get(&self, id: Uuid) -> Result<Option<JobRecord>, StoreError> {
        let row: Option<JobRow> = fetch!(&self.db, query_as.fetch_optional,
            "SELECT id, kind, payload, state, attempts, max_attempts, run_at, locked_by, locked_until, \
                    last_error, idempotency_key, finished_at \
             FROM jobs WHERE id = $1";
            id)?;
        row.map(JobRecord::try_from).transpose()
    }

    /// All jobs of one kind, oldest first (inspection and tests; not for hot paths).
    pub async fn list_kind(&self, kind: &str) -> Result<Vec<JobRecord>, StoreError> {
        let rows: Vec<JobRow> = fetch!(&self.db, query_as.fetch_all,
            "SELECT id, kind, payload, state, attempts, max_attempts, run_at, locked_by, locked_until, \
                    last_error, idempotency_key, finished_at \
             FROM jobs WHERE kind = $1 ORDER BY created_at, id";
            kind)?;
        rows.into_iter().map(JobRecord::try_from).collect()
    }

    /// Dead jobs (the dead-letter list), most recently failed first; `before`: the page after
    /// that job.
    pub async fn dead(&self, before: Option<Uuid>, limit: i64) -> Result<Vec<JobRecord>, StoreError> {
        let rows: Vec<JobRow> = fetch!(&self.db, query_as.fetch_all,
            "SELECT id, kind, payload, state, attempts, max_attempts, run_at, locked_by, locked_until, \
                    last_error, idempotency_key, finished_at \
             FROM jobs WHERE state = 'dead' AND ($1 IS NULL OR id < $1) ORDER BY id DESC LIMIT $2";
            before, limit)?;
        rows.into_iter().map(JobRecord::try_from).collect()
    }

    /// Dead jobs that died after `after` (exclusive), newest first (the alert sweep).
    pub async fn died_after(&self, after: Timestamp, limit: i64) -> Result<Vec<JobRecord>, StoreError> {
        let rows: Vec<JobRow> = fetch!(&self.db, query_as.fetch_all,
            "SELECT id, kind, payload, state, attempts, max_attempts, run_at, locked_by, locked_until, \
                    last_error, idempotency_key, finished_at \
             FROM jobs WHERE state = 'dead' AND finished_at > $1 ORDER BY finished_at DESC, id DESC LIMIT $2";
            after.as_millis(), limit)?;
        rows.into_iter().map(JobRecord::try_from).collect()
    }

    /// How many jobs are in each state (every state listed, zero included).
    pub async fn counts(&self) -> Result<Vec<(JobState, i64)>, StoreError> {
        let rows: Vec<(String, i64)> = fetch!(&self.db, query_as.fetch_all,
            "SELECT state, COUNT(*) FROM jobs GROUP BY state";)?;
        Ok(JobState::ALL
            .into_iter()
            .map(|st| (st, rows.iter().find(|(s, _)| s == st.as_str()).map_or(0, |(_, n)| *n)))
            .collect())
    }

    /// When the longest-waiting due job became due, if any job is waiting. The queue's lag is
    /// `now - oldest_due`.
    pub async fn oldest_due(&self, now: Timestamp) -> Result<Option<Timestamp>, StoreError> {
        let oldest: Option<i64> = fetch!(&self.db, query_scalar.fetch_one,
            "SELECT MIN(run_at) FROM jobs WHERE state = 'queued' AND run_at <= $1";
            now.as_millis())?;
        Ok(oldest.map(Timestamp::from_millis))
    }

    /// Deletes finished jobs (`done` or `dead`) that finished before `before`. Returns the count.
    pub async fn prune(&self, state: JobState, before: Timestamp) -> Result<u64, StoreError> {
        let rows = exec!(&self.db,
            "DELETE FROM jobs WHERE state = $1 AND state IN ('done', 'dead') AND finished_at < $2";
            state.as_str(), before.as_millis())?;
        Ok(rows)
    }

    pub fn db(&self) -> &Db {
        &self.db
    }
}

fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
