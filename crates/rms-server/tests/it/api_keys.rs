//! API keys: shown once, stored as digests, scoped, revocable, and always the owner's alone.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use reqwest::StatusCode;
use rms_store::on_db;
use rms_testkit::{ManualClock, db_test};
use serde_json::{Value, json};

use crate::harness::{JsonBody, TestApp};

async fn create(app: &TestApp, access: &str, body: Value) -> reqwest::Response {
    app.send_with(Method::POST, "/api/v1/api-keys", access, &body).await
}

db_test!(
    async fn a_key_is_shown_once_stored_as_a_digest_and_limited_to_its_scopes(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();

        let res = create(&app, access, json!({"name": "CI deploys", "scopes": ["read", "releases"]})).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let created: Value = res.json().await.unwrap();
        let secret = created["secret"].as_str().unwrap().to_owned();
        assert!(secret.starts_with("rms_") && secret.len() == 4 + 43, "{secret}");
        assert_eq!(created["scopes"], json!(["read", "releases"]));
        assert!(secret.starts_with(created["prefix"].as_str().unwrap()));

        let listed: Value = app.get_with("/api/v1/api-keys", access).await.json().await.unwrap();
        assert_eq!(listed.as_array().unwrap().len(), 1);
        assert!(listed[0].get("secret").is_none() && !listed.to_string().contains(&secret));
        let stored: Vec<(Vec<u8>, String)> = on_db!(&app.db, pool => sqlx::query_as(
            "SELECT key_hash, prefix FROM api_keys").fetch_all(pool).await)
        .unwrap();
        assert_eq!(stored[0].0.len(), 32);
        assert!(secret.len() > stored[0].1.len() + 30, "only a short prefix is kept in clear");

        // The key works for what its scopes allow, and for nothing that needs a session.
        assert_eq!(app.get_with("/api/v1/me", &secret).await.status(), StatusCode::OK);
        let patch = app.send_with(Method::PATCH, "/api/v1/me", &secret, &json!({"name": "X"})).await;
        assert_eq!(patch.status(), StatusCode::FORBIDDEN);
        assert_eq!(app.get_with("/api/v1/api-keys", &secret).await.status(), StatusCode::FORBIDDEN);
        let mint = create(&app, &secret, json!({"name": "child", "scopes": ["read"]})).await;
        assert_eq!(mint.status(), StatusCode::FORBIDDEN, "a key cannot mint keys");
        let out = app.client.post(app.url("/api/v1/auth/logout-all")).bearer_auth(&secret).send().await.unwrap();
        assert_eq!(out.status(), StatusCode::FORBIDDEN);

        let narrow: Value =
            create(&app, access, json!({"name": "licensing only", "scopes": ["licenses"]})).await.json().await.unwrap();
        assert_eq!(
            app.get_with("/api/v1/me", narrow["secret"].as_str().unwrap()).await.status(),
            StatusCode::FORBIDDEN
        );

        let used: Option<i64> = on_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT last_used_at FROM api_keys WHERE name = 'CI deploys'").fetch_one(pool).await)
        .unwrap();
        assert!(used.is_some(), "last use is recorded");

        // Revoked: refused on the very next request.
        let id = created["id"].as_str().unwrap();
        let res =
            app.client.delete(app.url(&format!("/api/v1/api-keys/{id}"))).bearer_auth(access).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        assert_eq!(app.get_with("/api/v1/me", &secret).await.status(), StatusCode::UNAUTHORIZED);
        let listed: Value = app.get_with("/api/v1/api-keys", access).await.json().await.unwrap();
        assert!(listed.as_array().unwrap().iter().any(|k| k["id"] == created["id"] && k["revoked"] == true));
        app.shutdown().await;
    }
);

db_test!(
    async fn another_users_keys_are_invisible_and_untouchable(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let alice = app.sign_up_and_in("alice@example.com").await;
        let bob = app.sign_up_and_in("bob@example.com").await;
        let (alice_access, bob_access) =
            (alice["access_token"].as_str().unwrap(), bob["access_token"].as_str().unwrap());
        let key: Value =
            create(&app, alice_access, json!({"name": "alice's", "scopes": ["read"]})).await.json().await.unwrap();
        let id = key["id"].as_str().unwrap();

        let res =
            app.client.delete(app.url(&format!("/api/v1/api-keys/{id}"))).bearer_auth(bob_access).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "another user's key id is simply not found");
        let listed: Value = app.get_with("/api/v1/api-keys", bob_access).await.json().await.unwrap();
        assert_eq!(listed, json!([]));
        let me: Value = app.get_with("/api/v1/me", key["secret"].as_str().unwrap()).await.json().await.unwrap();
        assert_eq!(me["email"], "alice@example.com", "alice's key still works and speaks for alice");
        app.shutdown().await;
    }
);

db_test!(
    async fn bad_key_requests_are_refused_and_change_nothing(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        for (body, status, code) in [
            (json!({"name": "k", "scopes": []}), 422, "INVALID_SCOPE"),
            (json!({"name": "k", "scopes": ["root"]}), 422, "INVALID_SCOPE"),
            (json!({"name": "k", "scopes": ["admin"]}), 422, "INVALID_SCOPE"),
            (json!({"name": "", "scopes": ["read"]}), 422, "INVALID_NAME"),
            (json!({"name": "k", "scopes": ["read"], "expires_in_days": 0}), 422, "OUT_OF_RANGE"),
            (json!({"name": "k", "scopes": ["read"], "user_id": "x"}), 400, "BAD_REQUEST"),
        ] {
            let res = create(&app, access, body.clone()).await;
            assert_eq!(res.status().as_u16(), status, "{body}");
            let p: Value = res.json().await.unwrap();
            assert_eq!(p["code"], code, "{body}");
        }
        let res = app.client.delete(app.url("/api/v1/api-keys/not-a-uuid")).bearer_auth(access).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        let keys: i64 =
            on_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM api_keys").fetch_one(pool).await).unwrap();
        assert_eq!(keys, 0);
        app.shutdown().await;
    }
);

db_test!(
    async fn an_expired_key_stops_working(t: TestDb) {
        let clock = ManualClock::starting_now();
        let app = TestApp::on(t).without_worker().clock(Arc::new(clock.clone())).start().await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let key: Value = create(
            &app,
            tokens["access_token"].as_str().unwrap(),
            json!({"name": "k", "scopes": ["read"], "expires_in_days": 1}),
        )
        .await
        .value()
        .await;
        let secret = key["secret"].as_str().unwrap();
        assert_eq!(app.get_with("/api/v1/me", secret).await.status(), StatusCode::OK);
        clock.advance(Duration::from_secs(86_400 + 1));
        assert_eq!(app.get_with("/api/v1/me", secret).await.status(), StatusCode::UNAUTHORIZED);
        app.shutdown().await;
    }
);
