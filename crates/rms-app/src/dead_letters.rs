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

/// How far back the first alert sweep looks (later ones start where the last one stopped).
const ALERT_LOOKBACK: Duration = Duration::from_secs(15 * 60);

/// The setting that remembers up to when dead jobs were told of.
const ALERTED_UNTIL: &str = "jobs.dead_alerted_until";

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

    /// The queue's counts and the dead jobs, newest job first (`before`: the page after that
    /// job).
    pub async fn list(&self, who: &Principal, before: Option<Uuid>, limit: i64) -> Result<DeadLetterPage, AppError> {
        who.require_staff(Scope::Read)?;
        let items = self.queue.dead(before, limit.clamp(1, 200)).await?;
        Ok(DeadLetterPage { counts: self.queue.counts().await?, items: items.into_iter().map(DeadJob::from).collect() })
    }

    /// Gives dead job `id` a fresh set of attempts, due now. Admins; audited in the same
    /// transaction. Refused with `WrongState` when the job is not dead (retried already, or
    /// never died).
    pub async fn retry(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<DeadJob, AppError> {
        crate::accounts::admin_only(who)?;
        let job = self.queue.get(id).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if !rms_store::queue::revive(&mut tx, id, now).await? {
            tx.rollback().await?;
            let state = self.queue.get(id).await?.map_or(job.state, |j| j.state);
            return Err(AppError::WrongState { state: state.as_str() });
        }
        let details = json!({ "kind": job.kind, "attempts": job.attempts, "last_error": job.last_error });
        let entry = meta.audit(Some(who.user_id), "admin.job.retried", ("job", id.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        let revived = self.queue.get(id).await?.ok_or(AppError::NotFound)?;
        Ok(revived.into())
    }

    /// Gives up on a dead job for good (admins; audited with what it was and why it died): the
    /// job is deleted, so neither a sweep nor a retry runs it again.
    pub async fn discard(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<(), AppError> {
        crate::accounts::admin_only(who)?;
        let job = self.queue.get(id).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if !rms_store::queue::discard(&mut tx, id).await? {
            tx.rollback().await?;
            return Err(AppError::WrongState { state: job.state.as_str() });
        }
        let details = json!({ "kind": job.kind, "attempts": job.attempts, "last_error": job.last_error });
        let entry = meta.audit(Some(who.user_id), "admin.job.discarded", ("job", id.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The scheduled sweep: one admin alert for every job that died since the last sweep that
    /// told of one (never for dead alerts themselves, which would only feed the loop), however
    /// many died: an outage that kills hundreds of deliveries is one message, with the count per
    /// kind and the latest error. A job retried and dead again is told again. Answers how many
    /// jobs the alert covered.
    pub async fn alert(&self) -> Result<usize, AppError> {
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let since = rms_store::billing::setting_tx(&mut tx, ALERTED_UNTIL)
            .await?
            .and_then(|v| v.parse::<i64>().ok())
            .map_or_else(|| now.minus(ALERT_LOOKBACK), Timestamp::from_millis);
        let died: Vec<_> =
            self.queue.died_after(since, 10_000).await?.into_iter().filter(|j| j.kind != AdminAlert::KIND).collect();
        let Some(latest) = died.first() else { return Ok(0) };
        let until = latest.finished_at.unwrap_or(now);
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        for job in &died {
            *kinds.entry(job.kind.as_str()).or_default() += 1;
        }
        let summary: Vec<String> =
            kinds.iter().map(|(kind, n)| if *n == 1 { (*kind).to_owned() } else { format!("{kind} ×{n}") }).collect();
        let error: String = latest.last_error.as_deref().unwrap_or("").chars().take(160).collect();
        let args = BTreeMap::from([
            ("job".to_owned(), summary.join(", ")),
            ("id".to_owned(), latest.id.to_string()),
            ("reason".to_owned(), error),
        ]);
        let dedupe = Some(format!("job_dead:{}", until.as_millis()));
        jobs::enqueue(&mut tx, now, &AdminAlert { kind: "job_dead".into(), args, dedupe }).await?;
        rms_store::billing::set_setting_tx(&mut tx, ALERTED_UNTIL, &until.as_millis().to_string(), now).await?;
        tx.commit().await?;
        Ok(died.len())
    }
}
