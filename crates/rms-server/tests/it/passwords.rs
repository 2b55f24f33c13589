//! Forgotten, reset and changed passwords (OWASP Forgot Password Cheat Sheet; ASVS 6.4.3, 7.4.3).

use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use reqwest::StatusCode;
use rms_testkit::{ManualClock, db_test, eventually};
use serde_json::{Value, json};

use crate::harness::{PASSWORD, TestApp};
use rms_testkit::link_token_of;

const NEW_PASSWORD: &str = "violet-harbour-77-compass";

/// The link of the (single) password-reset email, once it is spooled.
async fn reset_link(app: &TestApp) -> String {
    let resets =
        || app.spooled_emails().into_iter().filter(|e| e.contains("Subject: Reset your password")).collect::<Vec<_>>();
    eventually(Duration::from_secs(15), "the reset email is spooled", || async { !resets().is_empty() }).await;
    let emails = resets();
    assert_eq!(emails.len(), 1, "one reset email");
    link_token_of(&emails[0], "/reset-password")
}

db_test!(
    async fn a_reset_link_sets_a_new_password_once_and_ends_every_session(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let before = app.sign_up_and_in("alice@example.com").await;

        let known = app.post_json("/api/v1/auth/password/forgot", json!({"email": "alice@example.com"})).await;
        let unknown = app.post_json("/api/v1/auth/password/forgot", json!({"email": "nobody@example.com"})).await;
        assert_eq!((known.status(), unknown.status()), (StatusCode::ACCEPTED, StatusCode::ACCEPTED));
        assert_eq!(known.text().await.unwrap(), unknown.text().await.unwrap());
        let token = reset_link(&app).await;
        assert_eq!(token.len(), 43);

        // The form page carries the token; a weak password is refused and the link still works.
        let page = app.get(&format!("/reset-password?token={token}")).await.text().await.unwrap();
        assert!(page.contains(&format!("value=\"{token}\"")) && page.contains("type=\"password\""));
        let weak = app.post_json("/api/v1/auth/password/reset", json!({"token": token, "password": "short"})).await;
        assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);

        let res = app.post_json("/api/v1/auth/password/reset", json!({"token": token, "password": NEW_PASSWORD})).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        let again =
            app.post_json("/api/v1/auth/password/reset", json!({"token": token, "password": NEW_PASSWORD})).await;
        assert_eq!(again.json::<Value>().await.unwrap()["code"], "INVALID_LINK_TOKEN", "single use");

        assert_eq!(
            app.get_with("/api/v1/me", before["access_token"].as_str().unwrap()).await.status(),
            StatusCode::UNAUTHORIZED
        );
        let refresh = app.post_json("/api/v1/auth/refresh", json!({"refresh_token": before["refresh_token"]})).await;
        assert_eq!(refresh.status(), StatusCode::UNAUTHORIZED, "other sessions ended");
        let old =
            app.post_json("/api/v1/auth/login", json!({"email": "alice@example.com", "password": PASSWORD})).await;
        assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
        let new =
            app.post_json("/api/v1/auth/login", json!({"email": "alice@example.com", "password": NEW_PASSWORD})).await;
        assert_eq!(new.status(), StatusCode::OK);
        app.shutdown().await;
    }
);

db_test!(
    async fn a_reset_link_expires_after_thirty_minutes(t: TestDb) {
        let clock = ManualClock::starting_now();
        let app = TestApp::on(t).clock(Arc::new(clock.clone())).start().await;
        app.sign_up_and_in("alice@example.com").await;
        app.post_json("/api/v1/auth/password/forgot", json!({"email": "alice@example.com"})).await;
        let token = reset_link(&app).await;
        clock.advance(Duration::from_secs(31 * 60));
        let res = app.post_json("/api/v1/auth/password/reset", json!({"token": token, "password": NEW_PASSWORD})).await;
        assert_eq!(res.json::<Value>().await.unwrap()["code"], "INVALID_LINK_TOKEN");
        app.shutdown().await;
    }
);

db_test!(
    async fn a_reset_does_not_bypass_the_second_factor(t: TestDb) {
        let clock = ManualClock::starting_now();
        let app = TestApp::on(t).clock(Arc::new(clock.clone())).start().await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        app.enable_two_factor(access, (rms_core::Clock::now(&clock).as_millis() / 1000) as u64).await;

        app.post_json("/api/v1/auth/password/forgot", json!({"email": "alice@example.com"})).await;
        let token = reset_link(&app).await;
        let res = app.post_json("/api/v1/auth/password/reset", json!({"token": token, "password": NEW_PASSWORD})).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        let login =
            app.post_json("/api/v1/auth/login", json!({"email": "alice@example.com", "password": NEW_PASSWORD})).await;
        assert_eq!(login.json::<Value>().await.unwrap()["code"], "TOTP_REQUIRED", "no auto-login, and 2FA still asked");
        app.shutdown().await;
    }
);

db_test!(
    async fn changing_the_password_keeps_this_session_and_ends_the_others(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let laptop = app.sign_up_and_in("alice@example.com").await;
        let phone = app.log_in("alice@example.com").await;
        let change = |current: &str| {
            let body = json!({"current_password": current, "new_password": NEW_PASSWORD});
            let app = &app;
            let access = laptop["access_token"].as_str().unwrap().to_owned();
            async move { app.send_with(Method::POST, "/api/v1/auth/password/change", &access, &body).await }
        };
        let wrong = change("not the password").await;
        assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let res = change(PASSWORD).await;
        assert_eq!(res.status(), StatusCode::OK);
        let fresh: Value = res.json().await.unwrap();
        assert_eq!(app.get_with("/api/v1/me", fresh["access_token"].as_str().unwrap()).await.status(), StatusCode::OK);
        assert_eq!(
            app.get_with("/api/v1/me", phone["access_token"].as_str().unwrap()).await.status(),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            app.get_with("/api/v1/me", laptop["access_token"].as_str().unwrap()).await.status(),
            StatusCode::UNAUTHORIZED
        );
        let old =
            app.post_json("/api/v1/auth/login", json!({"email": "alice@example.com", "password": PASSWORD})).await;
        assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
        app.shutdown().await;
    }
);
