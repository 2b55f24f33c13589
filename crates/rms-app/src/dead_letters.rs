//! The dead-letter list: jobs that used all their attempts, or failed in a way retrying cannot
//! fix. Staff see them with their last error; admins give one a fresh set of attempts once the
//! cause is fixed (the SMTP server is back, a setting corrected); the admins' Telegram chat hears
//! of each new one.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use rms_core::account::Scope;
use rms_core::{Clock, Timestamp};
use rms_store::Db;
use rms_store::queue::{JobQueue, JobRecord, JobState};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::jobs::{self, AdminAlert, Job};
use crate::{AppError, RequestMeta};

/// How far back the alert sweep looks: several runs of it, so a sweep that did not run (the
/// worker restarting) is made up by the next; the alert's key keeps it to one per job.
const ALERT_LOOKBACK: Duration = Duration::from_secs(15 * 60);

/// A job that gave up.
#[derive(Clone, Debug, PartialEq)]
pub struct DeadJob {
    pub id: Uuid,
    pub kind: String,
    pub payload: serde_json::Value,
    pub attempts: i64,
    pub max_attempts: i64,
    pub last_error: Option<String>,
    pub died_at: Option<Timestamp>,
}

impl From<JobRecord> for DeadJob {
    fn from(r: JobRecord) -> Self {
        Self {
            id: r.id,
            kind: r.kind,
            payload: r.payload,
            attempts: r.attempts,
            max_attempts: r.max_attempts,
            last_error: r.last_error,
            died_at: r.finished_at,
        }
    }
}

/// The queue at a glance and the newest dead jobs.
#[derive(Clone, Debug, PartialEq)]
pub struct DeadLetterPage {
    pub counts: Vec<(JobState, i64)>,
    pub items: Vec<DeadJob>,
}

#[derive(Clone)]
pub struct DeadLetters {
    db: Db,
    clock: Arc<dyn Clock>,
    queue: JobQueue,
}

impl DeadLetters {
    pub fn new(db: Db, clock: Arc<dyn Clock>) -> Self {
        Self { queue: JobQueue::new(db.clone()), db, clock }
    }

    /// The queue's counts and the dead jobs, newest first (`before`: the page after that job).
    pub async fn list(&self, who: &Principal, before: Option<Uuid>, limit: i64) -> Result<DeadLetterPage, AppError> {
        who.require_staff(Scope::Read)?;
        let items = self.queue.dead(before, limit.clamp(1, 200)).await?;
        Ok(DeadLetterPage { counts: self.queue.counts().await?, items: items.into_iter().map(DeadJob::from).collect() })
    }

    /// Gives dead job `id` a fresh set of attempts, due now. Admins; audited. Refused with
    /// `WrongState` when the job is not dead (retried already, or never died).
    pub async fn retry(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<DeadJob, AppError> {
        crate::accounts::admin_only(who)?;
        let job = self.queue.get(id).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        if !self.queue.revive(id, now).await? {
            return Err(AppError::WrongState { state: job.state.as_str() });
        }
        let details = json!({ "kind": job.kind, "attempts": job.attempts, "last_error": job.last_error });
        let entry = meta.audit(Some(who.user_id), "admin.job.retried", ("job", id.to_string()), details);
        crate::audit_alone(&self.db, &entry, now).await?;
        let revived = self.queue.get(id).await?.ok_or(AppError::NotFound)?;
        Ok(revived.into())
    }

    /// The scheduled sweep: one admin alert per job that died lately (never for a dead alert
    /// itself, which would only feed the loop). Answers how many alerts it queued.
    pub async fn alert(&self) -> Result<usize, AppError> {
        let now = self.clock.now();
        let died = self.queue.died_since(now.minus(ALERT_LOOKBACK), 500).await?;
        let mut tx = self.db.begin().await?;
        let mut queued = 0;
        for job in died.iter().filter(|j| j.kind != AdminAlert::KIND) {
            let error: String = job.last_error.as_deref().unwrap_or("").chars().take(300).collect();
            let args = BTreeMap::from([
                ("job".to_owned(), job.kind.clone()),
                ("id".to_owned(), job.id.to_string()),
                ("reason".to_owned(), error),
            ]);
            let alert = AdminAlert { kind: "job_dead".into(), args, dedupe: Some(format!("job_dead:{}", job.id)) };
            if jobs::enqueue(&mut tx, now, &alert).await? {
                queued += 1;
            }
        }
        tx.commit().await?;
        Ok(queued)
    }
}
