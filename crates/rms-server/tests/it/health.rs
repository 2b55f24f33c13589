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
        assert_eq!(body, json!({"status": "ok"}), "the public learns ready or not, nothing more");

        let body: Value = app.operator_get("/readyz").await.json().await.unwrap();
        assert_eq!(body["status"], "ok");
        assert_eq!(body["checks"]["database"]["status"], "ok");
        assert_eq!(body["checks"]["queue"]["status"], "ok");
        assert!(body["checks"].get("redis").is_none(), "Redis is not configured: {body}");
        eventually(Duration::from_secs(10), "the in-process worker reports in", || async {
            let body: Value = app.operator_get("/readyz").await.json().await.unwrap();
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
        assert_eq!(res.json::<Value>().await.unwrap(), json!({"status": "down"}));
        let res = app.operator_get("/readyz").await;
        assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["status"], "down");
        assert_eq!(body["checks"]["database"]["status"], "down");
        let detail = body["checks"]["database"]["detail"].as_str().unwrap();
        assert!(!detail.contains("pool") && !detail.contains("closed"), "no raw database error: {detail}");
        assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
    }
);

db_test!(
    async fn readiness_reports_redis_when_configured(t: TestDb) {
        // Nothing listens on port 1: Redis is configured but down. The node still serves (its
        // limits fall back to its own buckets), so it stays ready, and says why it is degraded.
        let app = TestApp::on(t)
            .config(|c| c.redis_url = rms_server::config::RedisUrl::new("redis://127.0.0.1:1"))
            .start()
            .await;
        let res = app.operator_get("/readyz").await;
        assert_eq!(res.status(), StatusCode::OK);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["checks"]["redis"]["status"], "warn", "{body}");
        assert!(body["checks"]["redis"]["detail"].as_str().unwrap().contains("per node"), "{body}");
        assert_eq!(body["checks"]["database"]["status"], "ok");
        app.shutdown().await;
    }
);

#[cfg(rms_redis)]
db_test!(
    async fn readiness_is_ok_with_a_live_redis(t: TestDb) {
        let url = rms_testkit::redis_url().unwrap();
        let app = TestApp::on(t).config(|c| c.redis_url = rms_server::config::RedisUrl::new(url)).start().await;
        let res = app.operator_get("/readyz").await;
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
        for (token, why) in [(None, "no token"), (Some("wrong-token-0123456789"), "a wrong token")] {
            let mut req = app.client.get(app.url("/metrics"));
            if let Some(token) = token {
                req = req.bearer_auth(token);
            }
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{why}");
            assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/problem+json"));
        }
        let res = app.operator_get("/metrics").await;
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/plain"));
        let text = res.text().await.unwrap();
        assert!(text.contains(r#"rms_http_requests_total{route="/healthz",method="GET",status="200"}"#), "{text}");
        assert!(text.contains(r#"route="unmatched""#), "unknown paths share one label");
        // (Only the label: a histogram's sums are numbers that may hold any digits.)
        assert!(!text.contains("/no/such/route"), "raw paths never become labels");
        assert!(text.contains("rms_http_request_duration_seconds_bucket"), "latency is a histogram");
        assert!(text.contains("# HELP rms_http_request_duration_seconds "), "series say what they measure: {text}");
        assert!(text.contains(r#"rms_jobs{state="queued"}"#), "{text}");
        assert!(
            text.lines().any(|l| l.starts_with("rms_rate_limit_fallbacks_total ")),
            "Redis fallbacks are exported before the first one: {text}"
        );
        // The embedded database's one writer: how long writers waited for it and held it, and
        // each pass of the coalesced writer. The recorder is shared by every test in this
        // process (SQLite's and PostgreSQL's), so what counts is that these counts go up.
        let counts = |text: &str| {
            let count = |name: &str| {
                text.lines().find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse::<f64>().ok()).unwrap_or(0.0)
            };
            [
                count("rms_sqlite_write_wait_seconds_count"),
                count("rms_sqlite_write_hold_seconds_count"),
                count("rms_coalesced_flush_seconds_count"),
            ]
        };
        let before = counts(&text);
        if app.db.backend() == rms_store::Backend::Sqlite {
            JobQueue::new(app.db.clone())
                .enqueue_now(SystemClock.now(), &NewJob::new("waiting", json!({})))
                .await
                .unwrap();
            let after = counts(&app.operator_get("/metrics").await.text().await.unwrap());
            assert!(after[0] > before[0] && after[1] > before[1], "a write's wait and hold: {before:?} then {after:?}");
        }
        eventually(Duration::from_secs(10), "a pass of the coalesced writer (once a second) is timed", || async {
            counts(&app.operator_get("/metrics").await.text().await.unwrap())[2] > before[2]
        })
        .await;

        // A scrape reads no table: it keeps answering with the database gone.
        app.running().state().db.close().await;
        assert_eq!(app.operator_get("/metrics").await.status(), StatusCode::OK);
        app.shutdown().await;
    }
);

db_test!(
    async fn strangers_cannot_grow_the_metrics_with_made_up_methods(t: TestDb) {
        let app = TestApp::on(t).without_worker().start().await;
        for i in 0..30 {
            let method = reqwest::Method::from_bytes(format!("BREW{i}").as_bytes()).unwrap();
            app.client.request(method, app.url("/healthz")).send().await.unwrap();
        }
        let text = app.operator_get("/metrics").await.text().await.unwrap();
        assert!(!text.contains("BREW"), "a method token never becomes a label");
        assert!(text.contains(r#"method="other""#), "{text}");
        // The recorder is shared by every test in this process: count this route's series only.
        let series = text
            .lines()
            .filter(|l| l.starts_with("rms_http_requests_total{") && l.contains(r#"route="/healthz""#))
            .count();
        assert!(series <= 8, "one series per known method and status, not one per made-up method: {series}");
        app.shutdown().await;
    }
);

db_test!(
    async fn operators_read_metrics_and_readiness_on_a_private_address_without_a_token(t: TestDb) {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let app = TestApp::on(t)
            .without_worker()
            .config(|c| {
                c.metrics_token = None;
                c.metrics_listen = Some(rms_server::config::ListenAddr(([127, 0, 0, 1], port).into()));
            })
            .start()
            .await;
        assert_eq!(app.get("/metrics").await.status(), StatusCode::UNAUTHORIZED, "not on the public address");
        let private = |path: &str| reqwest::get(format!("http://127.0.0.1:{port}{path}"));
        let res = private("/metrics").await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.text().await.unwrap().contains("rms_uptime_seconds"));
        let body: Value = private("/readyz").await.unwrap().json().await.unwrap();
        assert_eq!(body["checks"]["database"]["status"], "ok", "{body}");
        assert_eq!(private("/api/v1/me").await.unwrap().status(), StatusCode::NOT_FOUND, "nothing else is served");
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
