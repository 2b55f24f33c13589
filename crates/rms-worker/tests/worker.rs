//! The worker against a real database: each test on SQLite and on PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rms_core::{Clock, SystemClock, Timestamp};
use rms_store::queue::{JobQueue, JobState, NewJob};
use rms_store::{Db, schedules, workers};
use rms_testkit::{ManualClock, db_test, eventually};
use rms_worker::{Backoff, Handlers, JobError, Schedule, Worker, WorkerConfig};
use serde_json::json;
use tokio::sync::watch;
use uuid::Uuid;

fn fast() -> WorkerConfig {
    WorkerConfig {
        concurrency: 4,
        poll_interval: Duration::from_millis(20),
        lease: Duration::from_secs(2),
        rescue_interval: Duration::from_millis(200),
        presence_interval: Duration::from_millis(200),
        backoff: Backoff { base: Duration::from_millis(10), max: Duration::from_millis(50) },
        shutdown_grace: Duration::from_secs(5),
    }
}

fn clock() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

struct Running {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap();
    }
}

fn start(worker: Worker) -> Running {
    let (stop, rx) = watch::channel(false);
    let task = tokio::spawn(async move { worker.run(rx).await.unwrap() });
    Running { stop, task }
}

async fn enqueue(db: &Db, job: NewJob) -> Uuid {
    JobQueue::new(db.clone()).enqueue_now(SystemClock.now(), &job).await.unwrap().unwrap()
}

async fn state_of(db: &Db, id: Uuid) -> JobState {
    JobQueue::new(db.clone()).get(id).await.unwrap().unwrap().state
}

db_test!(
    async fn a_committed_job_runs_exactly_once(t: TestDb) {
        let runs = Arc::new(AtomicUsize::new(0));
        let mut handlers = Handlers::new();
        let counter = runs.clone();
        handlers.register("count", move |_| {
            let counter = counter.clone();
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }
        });
        let id = enqueue(&t.db, NewJob::new("count", json!({}))).await;
        let worker = start(Worker::new(t.db.clone(), clock(), handlers, fast()));

        eventually(Duration::from_secs(10), "the job is done", || async {
            state_of(&t.db, id).await == JobState::Done
        })
        .await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        worker.stop().await;
        assert_eq!(runs.load(Ordering::SeqCst), 1);
    }
);

db_test!(
    async fn a_panicking_handler_fails_that_attempt_only(t: TestDb) {
        let mut handlers = Handlers::new();
        handlers.register("panics-once", |ctx| async move {
            if ctx.attempt == 1 {
                panic!("boom on attempt {}", ctx.attempt);
            }
            Ok(())
        });
        handlers.register("fine", |_| async { Ok(()) });
        let flaky = enqueue(&t.db, NewJob::new("panics-once", json!({}))).await;
        let fine = enqueue(&t.db, NewJob::new("fine", json!({}))).await;
        let worker = start(Worker::new(t.db.clone(), clock(), handlers, fast()));

        eventually(Duration::from_secs(10), "both jobs are done", || async {
            state_of(&t.db, flaky).await == JobState::Done && state_of(&t.db, fine).await == JobState::Done
        })
        .await;
        worker.stop().await;
        assert_eq!(JobQueue::new(t.db.clone()).get(flaky).await.unwrap().unwrap().attempts, 2);
    }
);

db_test!(
    async fn permanent_errors_bury_the_job_and_retries_end_in_dead(t: TestDb) {
        let mut handlers = Handlers::new();
        handlers.register("bad-payload", |ctx| async move {
            let _n: u64 = ctx.payload::<u64>()?;
            Ok(())
        });
        handlers.register("always-fails", |_| async { Err(JobError::retry("the mail server is down")) });
        let bad = enqueue(&t.db, NewJob::new("bad-payload", json!({"not": "a number"}))).await;
        let failing = enqueue(&t.db, NewJob::new("always-fails", json!({})).max_attempts(3)).await;
        let worker = start(Worker::new(t.db.clone(), clock(), handlers, fast()));

        eventually(Duration::from_secs(10), "both jobs are dead", || async {
            state_of(&t.db, bad).await == JobState::Dead && state_of(&t.db, failing).await == JobState::Dead
        })
        .await;
        worker.stop().await;
        let queue = JobQueue::new(t.db.clone());
        assert_eq!(queue.get(bad).await.unwrap().unwrap().attempts, 1, "no retry for a payload that cannot decode");
        let failing = queue.get(failing).await.unwrap().unwrap();
        assert_eq!(failing.attempts, 3);
        assert_eq!(failing.last_error.as_deref(), Some("the mail server is down"));
    }
);

/// The effect of the "write-effect" job: an idempotently keyed row (here a job of kind `effect`,
/// whose idempotency key is unique), written before the handler finishes.
fn effect_handlers(db: Db, hang_on_first_attempt: bool) -> Handlers {
    let mut handlers = Handlers::new();
    handlers.register("write-effect", move |ctx| {
        let db = db.clone();
        async move {
            let effect = NewJob::new("effect", json!({})).idempotency_key(format!("effect:{}", ctx.id));
            JobQueue::new(db).enqueue_now(SystemClock.now(), &effect).await.map_err(JobError::retry)?;
            if hang_on_first_attempt && ctx.attempt == 1 {
                std::future::pending::<()>().await;
            }
            Ok(())
        }
    });
    handlers
}

db_test!(
    async fn a_worker_that_dies_mid_job_leads_to_exactly_one_effect(t: TestDb) {
        let id = enqueue(&t.db, NewJob::new("write-effect", json!({}))).await;

        // Worker A runs on its own runtime, which we tear down mid-job: no further statement of A
        // reaches the database, exactly as if its process had been killed.
        let url = t.url().to_owned();
        let doomed = std::thread::spawn(move || {
            let rt = tokio::runtime::Runtime::new().unwrap();
            let (_stop, rx) = watch::channel(false);
            rt.block_on(async {
                let db = Db::connect(&url, &Default::default()).await.unwrap();
                let worker = Worker::new(db.clone(), clock(), effect_handlers(db, true), fast());
                tokio::spawn(worker.run(rx));
                let queue = JobQueue::new(Db::connect(&url, &Default::default()).await.unwrap());
                loop {
                    let effects = queue.list_kind("effect").await.unwrap();
                    if !effects.is_empty() {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            });
            rt.shutdown_background();
        });
        doomed.join().unwrap();
        assert_eq!(state_of(&t.db, id).await, JobState::Running, "A died holding the lease");

        let survivor = start(Worker::new(t.db.clone(), clock(), effect_handlers(t.db.clone(), true), fast()));
        eventually(Duration::from_secs(15), "the job is rescued and done", || async {
            state_of(&t.db, id).await == JobState::Done
        })
        .await;
        survivor.stop().await;

        let queue = JobQueue::new(t.db.clone());
        assert_eq!(queue.list_kind("effect").await.unwrap().len(), 1, "exactly one effect");
        assert_eq!(queue.get(id).await.unwrap().unwrap().attempts, 2);
    }
);

db_test!(
    async fn two_workers_never_run_the_same_job_at_the_same_time(t: TestDb) {
        let active = Arc::new(Mutex::new(HashSet::<Uuid>::new()));
        let runs = Arc::new(AtomicUsize::new(0));
        let make = |db: Db| {
            let (active, runs) = (active.clone(), runs.clone());
            let mut handlers = Handlers::new();
            handlers.register("exclusive", move |ctx| {
                let (active, runs) = (active.clone(), runs.clone());
                async move {
                    assert!(active.lock().unwrap().insert(ctx.id), "job {} is already running elsewhere", ctx.id);
                    tokio::time::sleep(Duration::from_millis(15)).await;
                    active.lock().unwrap().remove(&ctx.id);
                    runs.fetch_add(1, Ordering::SeqCst);
                    Ok(())
                }
            });
            Worker::new(db, clock(), handlers, fast())
        };
        let mut ids = Vec::new();
        for n in 0..40 {
            ids.push(enqueue(&t.db, NewJob::new("exclusive", json!({ "n": n })).max_attempts(1)).await);
        }
        let (a, b) = (start(make(t.db.clone())), start(make(t.db.clone())));
        eventually(Duration::from_secs(30), "all 40 jobs are done", || async {
            let counts = JobQueue::new(t.db.clone()).counts().await.unwrap();
            counts.iter().any(|(s, n)| *s == JobState::Done && *n == 40)
        })
        .await;
        a.stop().await;
        b.stop().await;
        assert_eq!(runs.load(Ordering::SeqCst), 40, "each job ran once; a panic above would have made one dead");
    }
);

db_test!(
    async fn shutdown_lets_running_jobs_finish_within_the_grace_period(t: TestDb) {
        let mut handlers = Handlers::new();
        handlers.register("slow", |_| async {
            tokio::time::sleep(Duration::from_millis(600)).await;
            Ok(())
        });
        let id = enqueue(&t.db, NewJob::new("slow", json!({}))).await;
        let worker = start(Worker::new(t.db.clone(), clock(), handlers, fast()));
        eventually(Duration::from_secs(10), "the job started", || async {
            state_of(&t.db, id).await == JobState::Running
        })
        .await;
        worker.stop().await;
        assert_eq!(state_of(&t.db, id).await, JobState::Done);
    }
);

db_test!(
    async fn a_job_outliving_the_grace_period_is_handed_back_not_left_running(t: TestDb) {
        let mut handlers = Handlers::new();
        handlers.register("endless", |_| async {
            std::future::pending::<()>().await;
            Ok(())
        });
        let id = enqueue(&t.db, NewJob::new("endless", json!({}))).await;
        let config = WorkerConfig { shutdown_grace: Duration::from_millis(300), ..fast() };
        let worker = start(Worker::new(t.db.clone(), clock(), handlers, config));
        eventually(Duration::from_secs(10), "the job started", || async {
            state_of(&t.db, id).await == JobState::Running
        })
        .await;
        worker.stop().await;
        let job = JobQueue::new(t.db.clone()).get(id).await.unwrap().unwrap();
        assert_eq!(job.state, JobState::Queued, "retryable by another worker");
        assert_eq!(job.last_error.as_deref(), Some("interrupted by worker shutdown"));
        assert_eq!(workers::last_seen(&t.db).await.unwrap(), None, "the worker recorded that it stopped");
    }
);

db_test!(
    async fn a_due_schedule_fires_once_across_two_workers(t: TestDb) {
        let manual = ManualClock::at(Timestamp::from_millis(1_800_000_000_000));
        let clock: Arc<dyn Clock> = Arc::new(manual.clone());
        let ticks = Arc::new(AtomicUsize::new(0));
        let make = || {
            let ticks = ticks.clone();
            let mut handlers = Handlers::new();
            handlers.register("tick", move |_| {
                let ticks = ticks.clone();
                async move {
                    ticks.fetch_add(1, Ordering::SeqCst);
                    Ok(())
                }
            });
            Worker::new(t.db.clone(), clock.clone(), handlers, fast()).with_schedules([Schedule::every(
                "every-minute",
                Duration::from_secs(60),
                "tick",
            )])
        };
        let (a, b) = (start(make()), start(make()));
        eventually(Duration::from_secs(10), "the schedule is stored", || async {
            schedules::next_due(&t.db, "every-minute").await.unwrap().is_some()
        })
        .await;
        let due = schedules::next_due(&t.db, "every-minute").await.unwrap().unwrap();
        manual.set(due.plus(Duration::from_secs(1)));

        eventually(Duration::from_secs(10), "the tick ran", || async { ticks.load(Ordering::SeqCst) >= 1 }).await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        a.stop().await;
        b.stop().await;
        assert_eq!(ticks.load(Ordering::SeqCst), 1);
        assert_eq!(schedules::next_due(&t.db, "every-minute").await.unwrap(), Some(due.plus(Duration::from_secs(60))));
    }
);
