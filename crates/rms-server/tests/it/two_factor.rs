//! Two-factor sign-in (RFC 6238 TOTP) over the API, under a test clock: no code counts twice,
//! only the current and previous step are accepted, five wrong codes lock the factor for 15
//! minutes, recovery codes work once, and every change ends all sessions.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use reqwest::StatusCode;
use rms_core::Clock;
use rms_crypto::totp;
use rms_store::on_db;
use rms_testkit::{ManualClock, db_test};
use serde_json::{Value, json};

use crate::harness::{PASSWORD, TestApp};

struct Enrolled {
    app: TestApp,
    clock: ManualClock,
    secret: Vec<u8>,
    recovery: Vec<String>,
}

impl Enrolled {
    fn now(&self) -> u64 {
        (self.clock.now().as_millis() / 1000) as u64
    }

    fn code(&self, offset_steps: i64) -> String {
        totp::code_at(&self.secret, (self.now() as i64 + offset_steps * 30) as u64)
    }

    async fn login(&self, extra: Value) -> reqwest::Response {
        let mut body = json!({"email": "alice@example.com", "password": PASSWORD});
        body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        self.app.post_json("/api/v1/auth/login", body).await
    }

    fn next_step(&self) {
        self.clock.advance(Duration::from_secs(30));
    }
}

async fn enrolled(t: rms_testkit::TestDb) -> Enrolled {
    // Start mid-step so that advancing by 30 s always lands in the next step.
    let clock = ManualClock::at(rms_core::Timestamp::from_millis(1_800_000_010_000));
    let app = TestApp::on(t).without_worker().clock(Arc::new(clock.clone())).start().await;
    let tokens = app.sign_up_and_in("alice@example.com").await;
    let access = tokens["access_token"].as_str().unwrap().to_owned();
    let res = app.client.post(app.url("/api/v1/auth/2fa/enroll")).bearer_auth(&access).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let e: Value = res.json().await.unwrap();
    assert!(e["otpauth_uri"].as_str().unwrap().starts_with("otpauth://totp/"));
    let secret = totp::from_base32(e["secret"].as_str().unwrap()).unwrap();

    let wrong = app.send_with(Method::POST, "/api/v1/auth/2fa/confirm", &access, &json!({"code": "000000"})).await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let now = (clock.now().as_millis() / 1000) as u64;
    let res = app
        .send_with(Method::POST, "/api/v1/auth/2fa/confirm", &access, &json!({"code": totp::code_at(&secret, now)}))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let codes: Value = res.json().await.unwrap();
    let recovery: Vec<String> =
        codes["recovery_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
    assert_eq!(recovery.len(), 10);
    assert_eq!(
        app.get_with("/api/v1/me", &access).await.status(),
        StatusCode::UNAUTHORIZED,
        "enabling 2FA ended the session"
    );
    Enrolled { app, clock, secret, recovery }
}

db_test!(
    async fn a_code_is_required_and_counts_only_once(t: TestDb) {
        let e = enrolled(t).await;
        let res = e.login(json!({})).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(res.json::<Value>().await.unwrap()["code"], "TOTP_REQUIRED");

        // The code used to confirm enrolment is spent already.
        let reused = e.login(json!({"totp_code": e.code(0)})).await;
        assert_eq!(reused.json::<Value>().await.unwrap()["code"], "TOTP_INVALID");

        e.next_step();
        let code = e.code(0);
        let ok = e.login(json!({"totp_code": code})).await;
        assert_eq!(ok.status(), StatusCode::OK);
        let tokens: Value = ok.json().await.unwrap();
        let me: Value =
            e.app.get_with("/api/v1/me", tokens["access_token"].as_str().unwrap()).await.json().await.unwrap();
        assert_eq!(me["two_factor_enabled"], true);

        let again = e.login(json!({"totp_code": code})).await;
        assert_eq!(again.status(), StatusCode::UNAUTHORIZED, "the same code twice in one step");
        let reuse: i64 = on_db!(&e.app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = '2fa.code_reused'").fetch_one(pool).await)
        .unwrap();
        assert!(reuse >= 1, "reuse is audited");
        e.app.shutdown().await;
    }
);

db_test!(
    async fn codes_from_two_steps_away_are_refused_and_the_previous_step_is_accepted(t: TestDb) {
        let e = enrolled(t).await;
        e.next_step();
        e.next_step();
        for offset in [-2, 2] {
            let res = e.login(json!({"totp_code": e.code(offset)})).await;
            assert_eq!(res.json::<Value>().await.unwrap()["code"], "TOTP_INVALID", "step {offset}");
        }
        let previous = e.login(json!({"totp_code": e.code(-1)})).await;
        assert_eq!(previous.status(), StatusCode::OK, "one step of skew is allowed");
        e.app.shutdown().await;
    }
);

db_test!(
    async fn five_wrong_codes_lock_the_second_factor_for_fifteen_minutes(t: TestDb) {
        let e = enrolled(t).await;
        e.next_step();
        for _ in 0..5 {
            let res = e.login(json!({"totp_code": "123456"})).await;
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        }
        let locked = e.login(json!({"totp_code": e.code(0)})).await;
        assert_eq!(locked.status(), StatusCode::FORBIDDEN);
        assert_eq!(locked.json::<Value>().await.unwrap()["code"], "TOTP_LOCKED", "even the right code waits");
        e.clock.advance(Duration::from_secs(15 * 60 + 1));
        let res = e.login(json!({"totp_code": e.code(0)})).await;
        assert_eq!(res.status(), StatusCode::OK);
        e.app.shutdown().await;
    }
);

db_test!(
    async fn recovery_codes_work_once_and_disabling_needs_password_and_code(t: TestDb) {
        let e = enrolled(t).await;
        let typed = e.recovery[3].to_uppercase().replace('-', " ");
        let res = e.login(json!({"recovery_code": typed})).await;
        assert_eq!(res.status(), StatusCode::OK, "case and separators do not matter");
        let tokens: Value = res.json().await.unwrap();
        let again = e.login(json!({"recovery_code": e.recovery[3]})).await;
        assert_eq!(again.status(), StatusCode::UNAUTHORIZED, "a recovery code works once");

        let access = tokens["access_token"].as_str().unwrap();
        let disable = |body: Value| {
            let app = &e.app;
            async move { app.send_with(Method::POST, "/api/v1/auth/2fa/disable", access, &body).await }
        };
        e.next_step();
        let wrong_password = disable(json!({"password": "not my password!", "code": e.code(0)})).await;
        assert_eq!(wrong_password.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let res = disable(json!({"password": PASSWORD, "code": e.code(0)})).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);

        let plain = e.login(json!({})).await;
        assert_eq!(plain.status(), StatusCode::OK, "no code needed any more");
        let codes: i64 =
            on_db!(&e.app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes").fetch_one(pool).await)
                .unwrap();
        assert_eq!(codes, 0);
        e.app.shutdown().await;
    }
);

db_test!(
    async fn the_totp_secret_is_stored_sealed(t: TestDb) {
        let e = enrolled(t).await;
        let sealed: Vec<u8> =
            on_db!(&e.app.db, pool => sqlx::query_scalar("SELECT totp_secret FROM users").fetch_one(pool).await)
                .unwrap();
        assert_eq!(sealed.len(), 1 + 8 + 24 + 20 + 16);
        assert!(!sealed.windows(e.secret.len()).any(|w| w == e.secret.as_slice()), "no secret in clear");
        e.app.shutdown().await;
    }
);
