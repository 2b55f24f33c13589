//! Store and queue behaviour, each test run on SQLite and on PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::time::Duration;

use rms_core::Timestamp;
use rms_store::queue::{Finish, JobQueue, JobState, NewJob, enqueue};
use rms_store::{Backend, schedules, schema};
use rms_testkit::{TestDb, db_test};
use serde_json::json;
use uuid::Uuid;

const T0: Timestamp = Timestamp::from_millis(1_800_000_000_000);

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

db_test!(
    async fn a_job_enqueued_in_a_rolled_back_transaction_never_exists(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        let mut tx = t.db.begin().await.unwrap();
        let id = enqueue(&mut tx, T0, &NewJob::new("email.send", json!({"to": "a@example.com"}))).await.unwrap();
        tx.rollback().await.unwrap();

        assert!(queue.get(id.unwrap()).await.unwrap().is_none());
        assert!(queue.claim(Uuid::now_v7(), T0, T0.plus(secs(30)), 10).await.unwrap().is_empty());
    }
);

db_test!(
    async fn a_committed_job_is_claimed_once_and_completed(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        let id = queue.enqueue_now(T0, &NewJob::new("email.send", json!({"n": 1}))).await.unwrap().unwrap();
        let worker = Uuid::now_v7();

        let claimed = queue.claim(worker, T0, T0.plus(secs(30)), 10).await.unwrap();
        assert_eq!(claimed.len(), 1);
        assert_eq!(claimed[0].id, id);
        assert_eq!(claimed[0].attempt, 1);
        assert_eq!(claimed[0].payload, json!({"n": 1}));
        assert!(queue.claim(Uuid::now_v7(), T0, T0.plus(secs(30)), 10).await.unwrap().is_empty(), "leased");

        assert_eq!(queue.complete(id, worker, T0.plus(secs(1))).await.unwrap(), Finish::Recorded);
        let job = queue.get(id).await.unwrap().unwrap();
        assert_eq!(job.state, JobState::Done);
        assert_eq!(job.finished_at, Some(T0.plus(secs(1))));
        assert!(queue.claim(worker, T0.plus(secs(3600)), T0.plus(secs(3630)), 10).await.unwrap().is_empty());
    }
);

db_test!(
    async fn a_job_is_not_claimed_before_it_is_due(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        queue.enqueue_now(T0, &NewJob::new("later", json!({})).run_at(T0.plus(secs(60)))).await.unwrap();
        assert!(queue.claim(Uuid::now_v7(), T0, T0.plus(secs(30)), 10).await.unwrap().is_empty());
        let due = T0.plus(secs(60));
        assert_eq!(queue.claim(Uuid::now_v7(), due, due.plus(secs(30)), 10).await.unwrap().len(), 1);
    }
);

db_test!(
    async fn the_same_idempotency_key_enqueues_one_job(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        let job = NewJob::new("invoice.render", json!({"invoice": 7})).idempotency_key("invoice:7");
        assert!(queue.enqueue_now(T0, &job).await.unwrap().is_some());
        assert!(queue.enqueue_now(T0, &job).await.unwrap().is_none());
        assert_eq!(queue.list_kind("invoice.render").await.unwrap().len(), 1);
    }
);

db_test!(
    async fn a_failed_job_retries_then_dies_after_max_attempts(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        let id = queue.enqueue_now(T0, &NewJob::new("flaky", json!({})).max_attempts(2)).await.unwrap().unwrap();
        let w = Uuid::now_v7();

        queue.claim(w, T0, T0.plus(secs(30)), 1).await.unwrap();
        queue.fail(id, w, T0, T0.plus(secs(10)), "smtp refused").await.unwrap();
        let job = queue.get(id).await.unwrap().unwrap();
        assert_eq!((job.state, job.attempts, job.run_at), (JobState::Queued, 1, T0.plus(secs(10))));
        assert_eq!(job.last_error.as_deref(), Some("smtp refused"));
        assert!(queue.claim(w, T0.plus(secs(5)), T0.plus(secs(35)), 1).await.unwrap().is_empty(), "backing off");

        let again = queue.claim(w, T0.plus(secs(10)), T0.plus(secs(40)), 1).await.unwrap();
        assert_eq!(again[0].attempt, 2);
        queue.fail(id, w, T0.plus(secs(11)), T0.plus(secs(30)), "smtp refused again").await.unwrap();
        let job = queue.get(id).await.unwrap().unwrap();
        assert_eq!(job.state, JobState::Dead);
        assert_eq!(job.finished_at, Some(T0.plus(secs(11))));
        assert!(queue.claim(w, T0.plus(secs(3600)), T0.plus(secs(3630)), 1).await.unwrap().is_empty());
    }
);

db_test!(
    async fn an_expired_lease_is_rescued_and_the_old_worker_cannot_finish(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        let id = queue.enqueue_now(T0, &NewJob::new("slow", json!({}))).await.unwrap().unwrap();
        let dead_worker = Uuid::now_v7();
        queue.claim(dead_worker, T0, T0.plus(secs(5)), 1).await.unwrap();

        assert_eq!(queue.rescue_expired(T0.plus(secs(4))).await.unwrap(), 0, "lease still valid");
        assert_eq!(queue.rescue_expired(T0.plus(secs(6))).await.unwrap(), 1);

        let other = Uuid::now_v7();
        let again = queue.claim(other, T0.plus(secs(6)), T0.plus(secs(11)), 1).await.unwrap();
        assert_eq!((again[0].id, again[0].attempt), (id, 2));

        // The first worker wakes up and tries to record its outcome: nothing changes.
        assert_eq!(queue.complete(id, dead_worker, T0.plus(secs(7))).await.unwrap(), Finish::LeaseLost);
        assert_eq!(queue.get(id).await.unwrap().unwrap().state, JobState::Running);
        assert_eq!(queue.complete(id, other, T0.plus(secs(8))).await.unwrap(), Finish::Recorded);
    }
);

db_test!(
    async fn a_renewed_lease_is_not_rescued(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        let id = queue.enqueue_now(T0, &NewJob::new("long", json!({}))).await.unwrap().unwrap();
        let w = Uuid::now_v7();
        queue.claim(w, T0, T0.plus(secs(5)), 1).await.unwrap();
        assert_eq!(queue.renew_lease(id, w, T0.plus(secs(20))).await.unwrap(), Finish::Recorded);
        assert_eq!(queue.rescue_expired(T0.plus(secs(10))).await.unwrap(), 0);
        assert_eq!(queue.renew_lease(id, Uuid::now_v7(), T0.plus(secs(60))).await.unwrap(), Finish::LeaseLost);
    }
);

db_test!(
    async fn concurrent_claimers_never_share_a_job(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        let mut tx = t.db.begin().await.unwrap();
        for n in 0..60 {
            enqueue(&mut tx, T0, &NewJob::new("bulk", json!({ "n": n }))).await.unwrap();
        }
        tx.commit().await.unwrap();

        let mut tasks = Vec::new();
        for _ in 0..6 {
            let queue = queue.clone();
            tasks.push(tokio::spawn(async move {
                let me = Uuid::now_v7();
                let mut mine = Vec::new();
                loop {
                    let batch = queue.claim(me, T0, T0.plus(secs(30)), 3).await.unwrap();
                    if batch.is_empty() {
                        break mine;
                    }
                    mine.extend(batch.into_iter().map(|j| j.id));
                }
            }));
        }
        let mut seen = HashSet::new();
        let mut total = 0;
        for task in tasks {
            for id in task.await.unwrap() {
                total += 1;
                assert!(seen.insert(id), "job {id} was claimed twice");
            }
        }
        assert_eq!(total, 60);
    }
);

db_test!(
    async fn counts_and_lag_describe_the_queue(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        assert_eq!(queue.oldest_due(T0).await.unwrap(), None);
        queue.enqueue_now(T0, &NewJob::new("a", json!({}))).await.unwrap();
        queue.enqueue_now(T0.plus(secs(2)), &NewJob::new("b", json!({}))).await.unwrap();
        queue.enqueue_now(T0, &NewJob::new("c", json!({})).run_at(T0.plus(secs(999)))).await.unwrap();
        assert_eq!(queue.oldest_due(T0.plus(secs(5))).await.unwrap(), Some(T0));

        let w = Uuid::now_v7();
        let claimed = queue.claim(w, T0.plus(secs(5)), T0.plus(secs(35)), 1).await.unwrap();
        queue.complete(claimed[0].id, w, T0.plus(secs(6))).await.unwrap();
        let counts = queue.counts().await.unwrap();
        assert_eq!(
            counts,
            vec![(JobState::Queued, 2), (JobState::Running, 0), (JobState::Done, 1), (JobState::Dead, 0)]
        );

        assert_eq!(queue.prune(JobState::Done, T0.plus(secs(7))).await.unwrap(), 1);
        assert_eq!(queue.prune(JobState::Queued, T0.plus(secs(7))).await.unwrap(), 0, "only finished jobs go");
    }
);

db_test!(
    async fn two_workers_firing_the_same_tick_enqueue_one_job(t: TestDb) {
        schedules::ensure(&t.db, "cleanup", T0, T0).await.unwrap();
        schedules::ensure(&t.db, "cleanup", T0.plus(secs(999)), T0).await.unwrap();
        assert_eq!(schedules::next_due(&t.db, "cleanup").await.unwrap(), Some(T0), "ensure keeps the stored tick");

        let mut tasks = Vec::new();
        for _ in 0..8 {
            let db = t.db.clone();
            tasks.push(tokio::spawn(async move {
                schedules::fire(&db, "cleanup", T0, T0.plus(secs(3600)), T0, NewJob::new("cleanup", json!({})))
                    .await
                    .unwrap()
            }));
        }
        let mut fired = 0;
        for task in tasks {
            fired += usize::from(task.await.unwrap().is_some());
        }
        assert_eq!(fired, 1);
        assert_eq!(JobQueue::new(t.db.clone()).list_kind("cleanup").await.unwrap().len(), 1);
        assert_eq!(schedules::next_due(&t.db, "cleanup").await.unwrap(), Some(T0.plus(secs(3600))));
    }
);

db_test!(
    async fn sqlite_runs_in_wal_mode_with_foreign_keys(t: TestDb) {
        if let rms_store::Db::Sqlite(pool, _) = &t.db {
            let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(pool).await.unwrap();
            let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(pool).await.unwrap();
            let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout").fetch_one(pool).await.unwrap();
            assert_eq!((mode.as_str(), fk), ("wal", 1));
            assert!(busy >= 1000, "busy_timeout is {busy} ms");
        }
        t.db.ping().await.unwrap();
    }
);

#[tokio::test]
#[cfg_attr(not(rms_pg), ignore = "PostgreSQL suite skipped: set RMS_TEST_POSTGRES_URL to run it")]
async fn both_backends_have_the_same_tables_columns_and_indexes() {
    let sqlite = TestDb::new(Backend::Sqlite).await;
    let postgres = TestDb::new(Backend::Postgres).await;
    let (s, p) = (schema::introspect(&sqlite.db).await.unwrap(), schema::introspect(&postgres.db).await.unwrap());
    assert!(s.contains_key("jobs"), "introspection found the tables: {s:?}");
    for (table, columns) in &s {
        let other = p.get(table).unwrap_or_else(|| panic!("table {table} exists on SQLite only"));
        assert_eq!(columns, other, "columns of {table} differ (left: SQLite, right: PostgreSQL)");
    }
    for table in p.keys() {
        assert!(s.contains_key(table), "table {table} exists on PostgreSQL only");
    }
    assert_eq!(schema::indexes(&sqlite.db).await.unwrap(), schema::indexes(&postgres.db).await.unwrap());
}

db_test!(
    async fn a_background_checkpoint_folds_the_log_in_and_loses_nothing(t: TestDb) {
        let queue = JobQueue::new(t.db.clone());
        let id = queue.enqueue_now(T0, &NewJob::new("email.send", json!({"n": 7}))).await.unwrap().unwrap();
        t.db.checkpoint().await.unwrap();
        t.db.checkpoint().await.unwrap();
        assert_eq!(queue.get(id).await.unwrap().unwrap().payload, json!({"n": 7}));
    }
);

/// Two transactions that collide on PostgreSQL: `first` and `second` are each run by one task,
/// which waits for the other at `barrier` (first attempt only) after its first statement.
async fn collide(
    db: &rms_store::Db,
    barrier: &tokio::sync::Barrier,
    attempts: &std::sync::atomic::AtomicU32,
    statements: [&'static str; 2],
    serializable: bool,
) -> Result<(), rms_store::StoreError> {
    let attempt = attempts.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let mut tx = db.begin().await?;
    if serializable {
        rms_store::exec_tx!(&mut tx, "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE";)?;
    }
    rms_store::exec_tx!(&mut tx, statements[0];)?;
    if attempt < 2 {
        barrier.wait().await;
    }
    rms_store::exec_tx!(&mut tx, statements[1];)?;
    tx.commit().await
}

/// PostgreSQL kills one of two transactions that lock rows in opposite orders (`40P01`) and
/// fails one of two serializable ones that each read what the other writes (`40001`): both are
/// told apart as conflicts, and `retry_conflicts` runs the loser again so both end applied,
/// each exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(rms_pg), ignore = "PostgreSQL suite skipped: set RMS_TEST_POSTGRES_URL to run it")]
async fn deadlocks_and_serialization_failures_are_run_again_inside_the_store() {
    use std::sync::atomic::{AtomicU32, Ordering};
    let t = TestDb::new(Backend::Postgres).await;
    let db = &t.db;
    rms_store::exec!(db, "CREATE TABLE pair (id INT PRIMARY KEY, n INT NOT NULL)";).unwrap();
    let reset = || async {
        rms_store::exec!(db, "DELETE FROM pair";).unwrap();
        rms_store::exec!(db, "INSERT INTO pair VALUES (1, 0), (2, 0)";).unwrap();
    };
    let sum =
        || async { rms_store::fetch!(db, query_scalar.fetch_one, "SELECT SUM(n)::BIGINT FROM pair";).unwrap_or(0i64) };
    let deadlock = [
        ["UPDATE pair SET n = n + 1 WHERE id = 1", "UPDATE pair SET n = n + 1 WHERE id = 2"],
        ["UPDATE pair SET n = n + 1 WHERE id = 2", "UPDATE pair SET n = n + 1 WHERE id = 1"],
    ];
    let skew = [
        ["SELECT SUM(n) FROM pair", "UPDATE pair SET n = n + 1 WHERE id = 1"],
        ["SELECT SUM(n) FROM pair", "UPDATE pair SET n = n + 1 WHERE id = 2"],
    ];
    for (what, pair, serializable, applied) in [("deadlock", deadlock, false, 4), ("write skew", skew, true, 2)] {
        // Without retries one of the two is refused, as a conflict.
        reset().await;
        let (barrier, attempts) = (tokio::sync::Barrier::new(2), AtomicU32::new(0));
        let (a, b) = tokio::join!(
            collide(db, &barrier, &attempts, pair[0], serializable),
            collide(db, &barrier, &attempts, pair[1], serializable),
        );
        let refused: Vec<_> = [a, b].into_iter().filter_map(Result::err).collect();
        assert_eq!(refused.len(), 1, "{what}: exactly one loses");
        assert!(refused[0].is_conflict(), "{what}: {:?} is a conflict", refused[0]);
        assert_eq!(sum().await, applied / 2, "{what}: the loser changed nothing");

        // With them both finish: three attempts in all, each change applied once.
        reset().await;
        let (barrier, attempts) = (tokio::sync::Barrier::new(2), AtomicU32::new(0));
        let (a, b) = tokio::join!(
            rms_store::retry_conflicts(|| collide(db, &barrier, &attempts, pair[0], serializable)),
            rms_store::retry_conflicts(|| collide(db, &barrier, &attempts, pair[1], serializable)),
        );
        a.unwrap();
        b.unwrap();
        assert_eq!(attempts.load(Ordering::SeqCst), 3, "{what}: the loser ran once more");
        assert_eq!(sum().await, applied, "{what}: both applied once");
    }
}
