//! Liveness, readiness and metrics, and the worker running inside the server process.

use std::time::Duration;

use reqwest::StatusCode;
use rms_core::{Clock, SystemClock};
use rms_store::queue::{JobQueue, JobState, NewJob};
use rms_testkit::{db_test, eventually};
use rms_worker::Handlers;
use serde_json::{Value, json};

use crate::harness::TestApp;

db_test!(
    async fn a_fresh_server_is_alive_and_ready(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let res = app.get("/healthz").await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.json::<Value>().await.unwrap()["status"], "ok");

        let res = app.get("/readyz").await;
        assert_eq!(res.status(), StatusCode::OK);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["status"], "ok");
        assert_eq!(body["checks"]["database"]["status"], "ok");
        assert_eq!(body["checks"]["queue"]["status"], "ok");
        assert!(body["checks"].get("redis").is_none(), "Redis is not configured: {body}");
        eventually(Duration::from_secs(10), "the in-process worker reports in", || async {
            let body: Value = app.get("/readyz").await.json().await.unwrap();
            body["checks"]["worker"]["status"] == "ok"
        })
        .await;
        app.shutdown().await;
    }
);

db_test!(
    async fn readiness_fails_when_the_database_is_gone_but_liveness_does_not(t: TestDb) {
        let app = TestApp::on(t).without_worker().start().await;
        app.running().state().db.close().await;
        let res = app.get("/readyz").await;
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["status"], "down");
        assert_eq!(body["checks"]["database"]["status"], "down");
        assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
    }
);

db_test!(
    async fn readiness_reports_redis_when_configured(t: TestDb) {
        // Nothing listens on port 1: Redis is configured but down, so the node is not ready.
        let app = TestApp::on(t)
            .config(|c| c.redis_url = rms_server::config::RedisUrl::new("redis://127.0.0.1:1"))
            .start()
            .await;
        let res = app.get("/readyz").await;
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["checks"]["redis"]["status"], "down");
        assert_eq!(body["checks"]["database"]["status"], "ok");
        app.shutdown().await;
    }
);

#[cfg(rms_redis)]
db_test!(
    async fn readiness_is_ok_with_a_live_redis(t: TestDb) {
        let url = rms_testkit::redis_url().unwrap();
        let app = TestApp::on(t).config(|c| c.redis_url = rms_server::config::RedisUrl::new(url)).start().await;
        let res = app.get("/readyz").await;
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["checks"]["redis"]["status"], "ok", "{body}");
        app.shutdown().await;
    }
);

db_test!(
    async fn metrics_count_requests_by_route_and_jobs_by_state(t: TestDb) {
        let app = TestApp::on(t).without_worker().start().await;
        JobQueue::new(app.db.clone()).enqueue_now(SystemClock.now(), &NewJob::new("waiting", json!({}))).await.unwrap();
        app.get("/healthz").await;
        app.get("/no/such/route/12345").await;
        let res = app.get("/metrics").await;
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
        let text = res.text().await.unwrap();
        assert!(text.contains(r#"rms_http_requests_total{route="/healthz",method="GET",status="200"}"#), "{text}");
        assert!(text.contains(r#"route="unmatched""#), "unknown paths share one label");
        assert!(!text.contains("12345"), "raw paths never become labels");
        assert!(text.contains("rms_http_request_duration_seconds_bucket"), "latency is a histogram");
        assert!(text.contains(r#"rms_jobs{state="queued"}"#), "{text}");
        app.shutdown().await;
    }
);

db_test!(
    async fn the_server_process_runs_jobs_with_its_in_process_worker(t: TestDb) {
        let mut handlers = Handlers::new();
        handlers.register("test.ping", |_| async { Ok(()) });
        let app = TestApp::on(t).handlers(handlers).start().await;
        let queue = JobQueue::new(app.db.clone());
        let id = queue.enqueue_now(SystemClock.now(), &NewJob::new("test.ping", json!({}))).await.unwrap().unwrap();
        eventually(Duration::from_secs(10), "the job ran", || async {
            queue.get(id).await.unwrap().unwrap().state == JobState::Done
        })
        .await;
        app.shutdown().await;
    }
);
