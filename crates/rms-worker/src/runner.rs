//! The worker loop.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rms_core::{Clock, Timestamp};
use rms_store::queue::{ClaimedJob, Finish, JobQueue};
use rms_store::{Db, StoreError, schedules, workers};
use tokio::sync::watch;
use tokio::task::{JoinHandle, JoinSet};
use tracing::{Instrument, debug, error, info, info_span, warn};
use uuid::Uuid;

use crate::{Backoff, Handlers, JobContext, JobError, Schedule};

/// Tuning knobs; the defaults suit production. Tests shorten the lease and intervals so rescue and
/// shutdown are observable in seconds.
#[derive(Clone, Debug)]
pub struct WorkerConfig {
    /// Jobs run at the same time by this worker.
    pub concurrency: usize,
    /// How often an idle worker looks for due jobs.
    pub poll_interval: Duration,
    /// How long a claim is valid without renewal; renewed every third of it while the job runs.
    pub lease: Duration,
    /// How often this worker re-queues jobs whose lease expired elsewhere.
    pub rescue_interval: Duration,
    /// How often the worker records that it is alive.
    pub presence_interval: Duration,
    pub backoff: Backoff,
    /// On shutdown, how long running jobs may take to finish before they are handed back.
    pub shutdown_grace: Duration,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        Self {
            concurrency: 4,
            poll_interval: Duration::from_millis(500),
            lease: Duration::from_secs(60),
            rescue_interval: Duration::from_secs(15),
            presence_interval: Duration::from_secs(10),
            backoff: Backoff::default(),
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

/// One worker process's job runner.
pub struct Worker {
    id: Uuid,
    db: Db,
    queue: JobQueue,
    clock: Arc<dyn Clock>,
    handlers: Handlers,
    schedules: Vec<Schedule>,
    config: WorkerConfig,
}

/// Aborts the handler task when the job task that awaits it is dropped (forced shutdown), so no
/// handler keeps running detached after its lease was handed back.
struct AbortOnDrop<T>(JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl Worker {
    pub fn new(db: Db, clock: Arc<dyn Clock>, handlers: Handlers, config: WorkerConfig) -> Self {
        let queue = JobQueue::new(db.clone());
        Self { id: Uuid::now_v7(), db, queue, clock, handlers, schedules: Vec::new(), config }
    }

    pub fn with_schedules(mut self, schedules: impl IntoIterator<Item = Schedule>) -> Self {
        self.schedules.extend(schedules);
        self
    }

    pub fn id(&self) -> Uuid {
        self.id
    }

    /// Runs until `shutdown` turns true, then drains (see [`WorkerConfig::shutdown_grace`]).
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) -> Result<(), StoreError> {
        let me = self.id;
        let host = hostname();
        workers::register(&self.db, me, &host, self.clock.now()).await?;
        for s in &self.schedules {
            let now = self.clock.now();
            schedules::ensure(&self.db, &s.name, s.next_after(now), now).await?;
        }
        info!(worker = %me, host, kinds = ?self.handlers, concurrency = self.config.concurrency, "worker started");

        let shared = Arc::new(JobRunner {
            queue: self.queue.clone(),
            clock: self.clock.clone(),
            handlers: self.handlers.clone(),
            lease: self.config.lease,
            backoff: self.config.backoff,
            me,
        });
        let mut running: JoinSet<()> = JoinSet::new();
        let mut in_flight: HashMap<tokio::task::Id, Uuid> = HashMap::new();
        let mut last_rescue = Instant::now() - self.config.rescue_interval;
        let mut last_presence = Instant::now();
        let mut last_schedule_check = Instant::now() - Duration::from_secs(1);

        while !*shutdown.borrow() {
            while let Some(done) = running.try_join_next_with_id() {
                forget(&mut in_flight, done);
            }
            if last_rescue.elapsed() >= self.config.rescue_interval {
                last_rescue = Instant::now();
                match self.queue.rescue_expired(self.clock.now()).await {
                    Ok(0) => {}
                    Ok(n) => warn!(count = n, "re-queued jobs whose worker stopped without finishing"),
                    Err(e) => warn!(error = %e, "could not rescue expired jobs"),
                }
            }
            if last_presence.elapsed() >= self.config.presence_interval {
                last_presence = Instant::now();
                if let Err(e) = workers::touch(&self.db, me, self.clock.now()).await {
                    warn!(error = %e, "could not record worker presence");
                }
            }
            if last_schedule_check.elapsed() >= Duration::from_secs(1) {
                last_schedule_check = Instant::now();
                self.fire_due_schedules().await;
            }

            let free = self.config.concurrency.saturating_sub(running.len());
            let mut claimed = 0;
            if free > 0 {
                let now = self.clock.now();
                let limit = u32::try_from(free).unwrap_or(u32::MAX);
                match self.queue.claim(me, now, now.plus(self.config.lease), limit).await {
                    Ok(jobs) => {
                        claimed = jobs.len();
                        for job in jobs {
                            let job_id = job.id;
                            let span = info_span!("job", id = %job.id, kind = %job.kind, attempt = job.attempt);
                            let runner = shared.clone();
                            let handle = running.spawn(async move { runner.run(job).await }.instrument(span));
                            in_flight.insert(handle.id(), job_id);
                        }
                    }
                    Err(e) => warn!(error = %e, "could not claim jobs"),
                }
            }
            if claimed > 0 && claimed == free {
                // A full batch: more is probably waiting. Loop again without sleeping.
                tokio::task::yield_now().await;
                continue;
            }
            tokio::select! {
                _ = tokio::time::sleep(self.config.poll_interval) => {}
                _ = shutdown.changed() => {}
                Some(done) = running.join_next_with_id(), if !running.is_empty() => forget(&mut in_flight, done),
            }
        }

        info!(worker = %me, running = running.len(), "worker stopping: no new jobs are claimed");
        let drained = tokio::time::timeout(self.config.shutdown_grace, async {
            while let Some(done) = running.join_next_with_id().await {
                forget(&mut in_flight, done);
            }
        })
        .await;
        if drained.is_err() {
            running.abort_all();
            while running.join_next().await.is_some() {}
            let now = self.clock.now();
            for job_id in in_flight.into_values() {
                // Conditional on our lease: a job that finished in the meantime is left alone.
                match self.queue.fail(job_id, me, now, now, "interrupted by worker shutdown").await {
                    Ok(Finish::Recorded) => {
                        warn!(job = %job_id, "handed back a job still running at the end of the grace period")
                    }
                    Ok(Finish::LeaseLost) => {}
                    Err(e) => error!(job = %job_id, error = %e, "could not hand back job; its lease will expire"),
                }
            }
        }
        if let Err(e) = workers::stopped(&self.db, me, self.clock.now()).await {
            warn!(error = %e, "could not record worker stop");
        }
        info!(worker = %me, "worker stopped");
        Ok(())
    }

    async fn fire_due_schedules(&self) {
        for s in &self.schedules {
            let now = self.clock.now();
            let due = match schedules::next_due(&self.db, &s.name).await {
                Ok(Some(due)) if now >= due => due,
                Ok(Some(_)) => continue,
                Ok(None) => {
                    let _ = schedules::ensure(&self.db, &s.name, s.next_after(now), now).await;
                    continue;
                }
                Err(e) => {
                    warn!(schedule = %s.name, error = %e, "could not read schedule");
                    continue;
                }
            };
            match schedules::fire(&self.db, &s.name, due, s.next_after(now), now, s.job()).await {
                Ok(Some(job)) => info!(schedule = %s.name, %job, tick = %due, "schedule fired"),
                Ok(None) => debug!(schedule = %s.name, "another worker fired this tick"),
                Err(e) => warn!(schedule = %s.name, error = %e, "could not fire schedule"),
            }
        }
    }
}

fn forget(in_flight: &mut HashMap<tokio::task::Id, Uuid>, done: Result<(tokio::task::Id, ()), tokio::task::JoinError>) {
    let id = match done {
        Ok((id, ())) => id,
        Err(e) => e.id(),
    };
    in_flight.remove(&id);
}

/// What every job task needs, shared.
struct JobRunner {
    queue: JobQueue,
    clock: Arc<dyn Clock>,
    handlers: Handlers,
    lease: Duration,
    backoff: Backoff,
    me: Uuid,
}

impl JobRunner {
    async fn run(&self, job: ClaimedJob) {
        let started = Instant::now();
        let kind = job.kind.clone();
        let outcome = match self.handlers.get(&job.kind) {
            // Another worker version may know this kind (rolling deploys): retry rather than bury.
            None => Err(JobError::retry(format!("no handler is registered for job kind {:?}", job.kind))),
            Some(handler) => {
                let ctx = JobContext {
                    id: job.id,
                    kind: job.kind.clone(),
                    payload: job.payload.clone(),
                    attempt: job.attempt,
                    max_attempts: job.max_attempts,
                };
                let mut task = AbortOnDrop(tokio::spawn(handler(ctx)));
                let mut renew = tokio::time::interval(self.lease / 3);
                renew.tick().await;
                loop {
                    tokio::select! {
                        result = &mut task.0 => break match result {
                            Ok(outcome) => outcome,
                            Err(e) if e.is_panic() => Err(JobError::retry(format!("handler panicked: {}", panic_text(e)))),
                            Err(e) => Err(JobError::retry(format!("handler was cancelled: {e}"))),
                        },
                        _ = renew.tick() => self.renew(&job).await,
                    }
                }
            }
        };
        if outcome.is_ok() {
            // The handler's work is done and not yet recorded: a crash here runs it again.
            rms_app::failpoints::point_of("job.ran", &kind);
        }
        let now = self.clock.now();
        let (recorded, label) = match &outcome {
            Ok(()) => (self.queue.complete(job.id, self.me, now).await, "done"),
            Err(JobError::Retry(msg)) => {
                let delay = self.backoff.delay(job.attempt, &mut rand::rng());
                let last = job.attempt >= job.max_attempts;
                if last {
                    error!(error = %msg, "job failed on its last attempt and is now dead");
                } else {
                    warn!(error = %msg, retry_in_ms = delay.as_millis() as u64, "job failed; will retry");
                }
                (self.queue.fail(job.id, self.me, now, now.plus(delay), msg).await, if last { "dead" } else { "retry" })
            }
            Err(JobError::Permanent(msg)) => {
                error!(error = %msg, "job failed permanently and is now dead");
                (self.queue.bury(job.id, self.me, now, msg).await, "dead")
            }
        };
        match recorded {
            Ok(Finish::Recorded) => {}
            Ok(Finish::LeaseLost) => warn!("lease was lost before the outcome could be recorded; another attempt runs"),
            Err(e) => error!(error = %e, "could not record the job's outcome; it will run again after its lease"),
        }
        metrics::counter!("rms_jobs_finished_total", "kind" => kind.clone(), "outcome" => label).increment(1);
        metrics::histogram!("rms_job_duration_seconds", "kind" => kind).record(started.elapsed().as_secs_f64());
    }

    async fn renew(&self, job: &ClaimedJob) {
        let until: Timestamp = self.clock.now().plus(self.lease);
        match self.queue.renew_lease(job.id, self.me, until).await {
            Ok(Finish::Recorded) => {}
            Ok(Finish::LeaseLost) => warn!("lease lost while running: another worker may run this job too"),
            Err(e) => warn!(error = %e, "could not renew lease"),
        }
    }
}

fn panic_text(e: tokio::task::JoinError) -> String {
    let payload = e.into_panic();
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "non-text panic payload".to_owned()
    }
}

fn hostname() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown".to_owned())
}
