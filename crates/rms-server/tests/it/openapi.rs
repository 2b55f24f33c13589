//! The OpenAPI document against the server it describes: schemathesis generates requests from the
//! document, sends them to a real server (signed in as an administrator, so the authenticated
//! operations are reached) and checks every answer against the document: no 5xx, every status
//! code and content type documented, every body matching its schema.
//!
//! The run is bounded (`RMS_SCHEMATHESIS_EXAMPLES` examples per operation, 3 by default) so it fits
//! CI; `scripts/schemathesis.sh` runs every schemathesis check on both databases. Without
//! schemathesis installed (`pip install schemathesis`) the test says so and passes, unless
//! `RMS_TEST_SCHEMATHESIS` is set (CI sets it): then its absence is a failure.

use std::process::Command;

use rms_testkit::db_test;

use crate::harness::TestApp;

/// What schemathesis leaves out: operations that end the session it signs in with (which would
/// leave the rest of the run testing nothing but 401s), and the live notification stream (it
/// never ends by itself; `notifications.rs` tests it).
const EXCLUDED: &str = "/api/v1/auth/(logout|logout-all|password/change|2fa/.*)|/api/v1/notifications/stream";

fn schemathesis() -> Option<&'static str> {
    let found = Command::new("schemathesis").arg("--version").output().is_ok_and(|o| o.status.success());
    found.then_some("schemathesis")
}

db_test!(
    async fn schemathesis_finds_no_disagreement_between_the_document_and_the_server(t: TestDb) {
        let Some(st) = schemathesis() else {
            assert!(
                std::env::var_os("RMS_TEST_SCHEMATHESIS").is_none(),
                "RMS_TEST_SCHEMATHESIS is set, but schemathesis is not installed (pip install schemathesis)"
            );
            eprintln!("schemathesis is not installed: the OpenAPI conformance run is skipped");
            return;
        };
        let app = TestApp::without_worker_on(t).await;
        let admin = app.admin_token("root@example.com").await;
        let examples = std::env::var("RMS_SCHEMATHESIS_EXAMPLES").unwrap_or_else(|_| "3".into());
        let reports = tempfile::tempdir().unwrap();
        let args = vec![
            "run".to_owned(),
            app.url("/api/openapi.json"),
            "--header".into(),
            format!("Authorization: Bearer {admin}"),
            "--checks".into(),
            "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance".into(),
            "--max-examples".into(),
            examples,
            "--phases".into(),
            "examples,fuzzing".into(),
            "--workers".into(),
            "1".into(),
            "--seed".into(),
            "20261202".into(),
            "--exclude-path-regex".into(),
            EXCLUDED.into(),
            // The admin's API budget is 10 requests a second: stay under it, so that the
            // operations are reached instead of answered 429.
            "--rate-limit".into(),
            "9/s".into(),
            // Nothing is kept between runs (and nothing is written into the source tree).
            "--generation-database".into(),
            "none".into(),
            "--no-color".into(),
            "--report-dir".into(),
            reports.path().display().to_string(),
        ];
        let dir = reports.path().to_owned();
        let run = move || Command::new(st).args(&args).current_dir(dir).output();
        let out = tokio::task::spawn_blocking(run).await.unwrap().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "schemathesis found disagreements:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
);
