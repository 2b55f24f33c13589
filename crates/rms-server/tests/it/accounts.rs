//! Accounts and sessions over the API: registration, sign-in, token rotation and revocation,
//! the caller's profile. Every test runs on SQLite and PostgreSQL.

use reqwest::Method;
use reqwest::StatusCode;
use rms_store::on_db;
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{PASSWORD, TestApp, plain, problem};

fn without_request_id(mut v: Value) -> Value {
    v.as_object_mut().unwrap().remove("request_id");
    v
}

db_test!(
    async fn registration_validates_every_field_into_a_clear_problem(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let cases = [
            (json!({"email": "not-an-email", "password": PASSWORD, "name": "A"}), "INVALID_EMAIL", "email"),
            (json!({"email": "a@example.com", "password": "short", "name": "A"}), "PASSWORD_LENGTH", "password"),
            (
                json!({"email": "a@example.com", "password": "Password1234", "name": "A"}),
                "PASSWORD_TOO_COMMON",
                "password",
            ),
            (json!({"email": "a@example.com", "password": PASSWORD, "name": ""}), "INVALID_NAME", "name"),
            (
                json!({"email": "a@example.com", "password": PASSWORD, "name": "A", "locale": "xx"}),
                "UNSUPPORTED_LOCALE",
                "locale",
            ),
        ];
        for (body, code, field) in cases {
            let (status, p) = problem(app.post_json("/api/v1/auth/register", body).await).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{p}");
            assert_eq!((p["code"].as_str().unwrap(), p["field"].as_str().unwrap()), (code, field));
        }
        let weak = json!({"email": "a@example.com", "password": "short", "name": "A"});
        let res = app.post_json_with_headers("/api/v1/auth/register", &[("accept-language", "ru")], weak).await;
        let (_, p) = problem(res).await;
        assert_eq!(plain(p["detail"].as_str().unwrap()), "Длина пароля должна быть от 12 до 128 символов.");

        // Mass assignment: a field the client may not set is refused, not ignored.
        let (status, p) = problem(
            app.post_json(
                "/api/v1/auth/register",
                json!({"email": "b@example.com", "password": PASSWORD, "name": "B", "role": "admin"}),
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(p["detail"].as_str().unwrap().contains("role"), "{p}");
        let users: i64 =
            on_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(pool).await).unwrap();
        assert_eq!(users, 0, "nothing was created by refused requests");
        app.shutdown().await;
    }
);

db_test!(
    async fn registering_a_taken_address_looks_exactly_like_a_new_one(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let body = json!({"email": "Alice@Example.com", "password": PASSWORD, "name": "Alice"});
        let first = app.post_json("/api/v1/auth/register", body.clone()).await;
        let again = app
            .post_json(
                "/api/v1/auth/register",
                json!({"email": "alice@example.com", "password": PASSWORD, "name": "Eve"}),
            )
            .await;
        assert_eq!((first.status(), again.status()), (StatusCode::CREATED, StatusCode::CREATED));
        assert_eq!(first.text().await.unwrap(), again.text().await.unwrap());
        let users: i64 =
            on_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(pool).await).unwrap();
        assert_eq!(users, 1);
        app.shutdown().await;
    }
);

db_test!(
    async fn signing_in_gives_tokens_for_the_callers_own_profile(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let alice = json!({"email": " Alice@Example.com ", "password": PASSWORD, "name": "Alice"});
        let res = app.post_json_with_headers("/api/v1/auth/register", &[("accept-language", "ar")], alice).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let res =
            app.post_json("/api/v1/auth/login", json!({"email": "alice@example.com", "password": PASSWORD})).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()["cache-control"], "no-store");
        let tokens: Value = res.json().await.unwrap();
        assert_eq!(tokens["token_type"], "Bearer");
        assert_eq!(tokens["expires_in"], 900);

        let me: Value =
            app.get_with("/api/v1/me", tokens["access_token"].as_str().unwrap()).await.json().await.unwrap();
        assert_eq!(me["email"], "alice@example.com");
        assert_eq!(me["role"], "user");
        assert_eq!(me["locale"], "ar", "the language of the sign-up request");
        assert_eq!(me["email_verified"], false);
        assert!(me.get("password_hash").is_none());
        app.shutdown().await;
    }
);

db_test!(
    async fn a_wrong_password_and_an_unknown_email_get_the_same_answer(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        app.sign_up_and_in("alice@example.com").await;
        let wrong = app
            .post_json("/api/v1/auth/login", json!({"email": "alice@example.com", "password": "wrong password 123"}))
            .await;
        let unknown =
            app.post_json("/api/v1/auth/login", json!({"email": "nobody@example.com", "password": PASSWORD})).await;
        let malformed = app.post_json("/api/v1/auth/login", json!({"email": "nobody", "password": PASSWORD})).await;
        let (s1, b1) = problem(wrong).await;
        let (s2, b2) = problem(unknown).await;
        let (s3, b3) = problem(malformed).await;
        assert_eq!((s1, s2, s3), (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED));
        assert_eq!(b1["code"], "INVALID_CREDENTIALS");
        assert_eq!(without_request_id(b1.clone()), without_request_id(b2));
        assert_eq!(without_request_id(b1), without_request_id(b3));

        let failures: i64 = on_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed' AND ip = '127.0.0.1'").fetch_one(pool).await).unwrap();
        assert_eq!(failures, 3, "every failed sign-in is in the audit log with its address");
        app.shutdown().await;
    }
);

db_test!(
    async fn refresh_tokens_rotate_and_a_replayed_one_ends_the_whole_family(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let first = app.sign_up_and_in("alice@example.com").await;
        let refresh = |token: &Value| {
            let token = token.as_str().unwrap().to_owned();
            let app = &app;
            async move { app.post_json("/api/v1/auth/refresh", json!({"refresh_token": token})).await }
        };
        let res = refresh(&first["refresh_token"]).await;
        assert_eq!(res.status(), StatusCode::OK);
        let second: Value = res.json().await.unwrap();
        assert_ne!(second["refresh_token"], first["refresh_token"]);
        assert_eq!(app.get_with("/api/v1/me", second["access_token"].as_str().unwrap()).await.status(), StatusCode::OK);

        // The first token again: a thief (or the victim) replays it. Everything from that sign-in ends.
        let (status, p) = problem(refresh(&first["refresh_token"]).await).await;
        assert_eq!((status, p["code"].as_str().unwrap()), (StatusCode::UNAUTHORIZED, "INVALID_REFRESH_TOKEN"));
        let (status, _) = problem(refresh(&second["refresh_token"]).await).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "the rotated token died with its family");
        let reuse: i64 = on_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'auth.refresh_token_reused'").fetch_one(pool).await)
        .unwrap();
        assert_eq!(reuse, 1);

        let (status, _) = problem(refresh(&json!("rmsr_made-up")).await).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        app.shutdown().await;
    }
);

db_test!(
    async fn logging_out_everywhere_revokes_access_and_refresh_tokens_at_once(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let laptop = app.sign_up_and_in("alice@example.com").await;
        let phone = app.log_in("alice@example.com").await;
        let laptop_access = laptop["access_token"].as_str().unwrap();

        let res = app.client.post(app.url("/api/v1/auth/logout-all")).bearer_auth(laptop_access).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::NO_CONTENT);

        for access in [laptop_access, phone["access_token"].as_str().unwrap()] {
            let res = app.get_with("/api/v1/me", access).await;
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "an access token outlived log-out-everywhere");
            assert_eq!(res.headers()["www-authenticate"], "Bearer realm=\"rms\"");
        }
        for refresh in [&laptop["refresh_token"], &phone["refresh_token"]] {
            let res = app.post_json("/api/v1/auth/refresh", json!({"refresh_token": refresh})).await;
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        }
        // Signing in again works and yields tokens of the new version.
        let fresh = app.log_in("alice@example.com").await;
        assert_eq!(app.get_with("/api/v1/me", fresh["access_token"].as_str().unwrap()).await.status(), StatusCode::OK);
        app.shutdown().await;
    }
);

db_test!(
    async fn logging_out_ends_only_that_session(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let laptop = app.sign_up_and_in("alice@example.com").await;
        let phone = app.log_in("alice@example.com").await;
        let res = app.post_json("/api/v1/auth/logout", json!({"refresh_token": laptop["refresh_token"]})).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        let again = app.post_json("/api/v1/auth/logout", json!({"refresh_token": laptop["refresh_token"]})).await;
        assert_eq!(again.status(), StatusCode::NO_CONTENT, "signing out twice is fine");
        assert_eq!(
            app.post_json("/api/v1/auth/refresh", json!({"refresh_token": laptop["refresh_token"]})).await.status(),
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            app.post_json("/api/v1/auth/refresh", json!({"refresh_token": phone["refresh_token"]})).await.status(),
            StatusCode::OK
        );
        app.shutdown().await;
    }
);

db_test!(
    async fn the_profile_changes_only_in_the_fields_it_allows(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        let patch = |body: Value| {
            let app = &app;
            async move { app.send_with(Method::PATCH, "/api/v1/me", access, &body).await }
        };
        let res = patch(json!({"name": "Alice Liddell", "locale": "ru", "timezone": "Europe/Berlin"})).await;
        assert_eq!(res.status(), StatusCode::OK);
        let me: Value = res.json().await.unwrap();
        assert_eq!(
            (me["name"].as_str(), me["locale"].as_str(), me["timezone"].as_str()),
            (Some("Alice Liddell"), Some("ru"), Some("Europe/Berlin"))
        );

        for forbidden in [
            json!({"role": "admin"}),
            json!({"email": "mallory@example.com"}),
            json!({"token_version": 0}),
            json!({"email_verified": true}),
            json!({"balance": 1000000}),
            json!({"user_id": "00000000-0000-0000-0000-000000000000"}),
        ] {
            let res = patch(forbidden.clone()).await;
            assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{forbidden}");
        }
        let (status, p) = problem(patch(json!({"timezone": "Mars/Olympus Mons"})).await).await;
        assert_eq!((status, p["code"].as_str().unwrap()), (StatusCode::UNPROCESSABLE_ENTITY, "INVALID_TIMEZONE"));
        // Shaped like a zone but not one: refused too (dates would silently show in UTC).
        let (status, p) = problem(patch(json!({"timezone": "Mars/Olympus_Mons"})).await).await;
        assert_eq!((status, p["code"].as_str().unwrap()), (StatusCode::UNPROCESSABLE_ENTITY, "INVALID_TIMEZONE"));

        let me: Value = app.get_with("/api/v1/me", access).await.json().await.unwrap();
        assert_eq!((me["role"].as_str(), me["email"].as_str()), (Some("user"), Some("alice@example.com")));
        assert_eq!(me["timezone"], "Europe/Berlin");
        app.shutdown().await;
    }
);

db_test!(
    async fn protected_routes_need_a_valid_token(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let res = app.get("/api/v1/me").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        let (_, p) = problem(res).await;
        assert_eq!(p["code"], "UNAUTHENTICATED");
        for token in ["", "garbage", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."] {
            let res = app.get_with_headers("/api/v1/me", &[("authorization", &format!("Bearer {token}"))]).await;
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{token}");
        }
        app.shutdown().await;
    }
);

db_test!(
    async fn secrets_are_stored_only_as_hashes_or_sealed(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let refresh = tokens["refresh_token"].as_str().unwrap();

        let hash: String =
            on_db!(&app.db, pool => sqlx::query_scalar("SELECT password_hash FROM users").fetch_one(pool).await)
                .unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        let stored: Vec<Vec<u8>> =
            on_db!(&app.db, pool => sqlx::query_scalar("SELECT token_hash FROM sessions").fetch_all(pool).await)
                .unwrap();
        assert!(stored.iter().all(|h| h.len() == 32 && h.as_slice() != refresh.as_bytes()));
        let sealed: Vec<u8> =
            on_db!(&app.db, pool => sqlx::query_scalar("SELECT sealed_seed FROM signing_keys").fetch_one(pool).await)
                .unwrap();
        assert_eq!(sealed.len(), 1 + 8 + 24 + 32 + 16, "version, key id, nonce, sealed seed and tag");

        // No table holds the password or the refresh token in clear.
        let texts: Vec<String> = on_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT CAST(details AS TEXT) || COALESCE(user_agent, '') FROM audit_log").fetch_all(pool).await)
        .unwrap();
        assert!(texts.iter().all(|t| !t.contains(PASSWORD) && !t.contains(refresh)));
        app.shutdown().await;
    }
);

fn link_token(email: &str) -> String {
    rms_testkit::link_token_of(email, "/verify-email")
}

db_test!(
    async fn a_new_account_gets_a_verification_link_that_works_once(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        rms_testkit::eventually(std::time::Duration::from_secs(15), "the verification email is spooled", || async {
            !app.spooled_emails().is_empty()
        })
        .await;
        let email = app.spooled_emails().remove(0);
        assert!(email.contains("To: \"Test User\" <alice@example.com>"), "{email}");
        assert!(email.contains("Subject: Confirm your email address"), "{email}");
        let token = link_token(&email);
        assert_eq!(token.len(), 43, "256 bits, URL-safe: {email}");

        // Opening the link only shows a button: mail scanners that open links verify nothing.
        let page = app.get(&format!("/verify-email?token={token}")).await.text().await.unwrap();
        assert!(page.contains(&format!("value=\"{token}\"")) && page.contains("method=\"post\""));
        let me: Value = app.get_with("/api/v1/me", access).await.json().await.unwrap();
        assert_eq!(me["email_verified"], false);

        let res = app.post_json("/api/v1/auth/verify-email", json!({"token": token})).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        let me: Value = app.get_with("/api/v1/me", access).await.json().await.unwrap();
        assert_eq!(me["email_verified"], true);

        let (status, p) = problem(app.post_json("/api/v1/auth/verify-email", json!({"token": token})).await).await;
        assert_eq!((status, p["code"].as_str().unwrap()), (StatusCode::BAD_REQUEST, "INVALID_LINK_TOKEN"));
        let form = app.client.post(app.url("/verify-email")).form(&[("token", token.as_str())]).send().await.unwrap();
        assert_eq!(form.status(), StatusCode::BAD_REQUEST, "the web form refuses a used link too");
        app.shutdown().await;
    }
);

db_test!(
    async fn the_web_form_verifies_and_a_taken_address_warns_its_owner(t: TestDb) {
        let app = TestApp::spawn(t).await;
        app.sign_up_and_in("alice@example.com").await;
        rms_testkit::eventually(std::time::Duration::from_secs(15), "the verification email", || async {
            app.spooled_emails().len() == 1
        })
        .await;
        let token = link_token(&app.spooled_emails()[0]);
        let res = app
            .client
            .post(app.url("/verify-email"))
            .header("accept-language", "ru")
            .form(&[("token", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.text().await.unwrap().contains("ваш адрес электронной почты подтверждён"));

        let again = app
            .post_json(
                "/api/v1/auth/register",
                json!({"email": "alice@example.com", "password": PASSWORD, "name": "Mallory"}),
            )
            .await;
        assert_eq!(again.status(), StatusCode::CREATED);
        rms_testkit::eventually(std::time::Duration::from_secs(15), "the owner is warned", || async {
            app.spooled_emails().len() == 2
        })
        .await;
        let emails = app.spooled_emails();
        let warning =
            emails.iter().find(|e| e.contains("Subject: Someone tried to sign up with your email address")).unwrap();
        assert!(warning.contains("Hello Test User"), "addressed to the owner, not to the new name: {warning}");
        app.shutdown().await;
    }
);

db_test!(
    async fn an_access_token_lives_fifteen_minutes(t: TestDb) {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t).without_worker().clock(std::sync::Arc::new(clock.clone())).start().await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        clock.advance(std::time::Duration::from_secs(15 * 60));
        assert_eq!(app.get_with("/api/v1/me", access).await.status(), StatusCode::OK, "within lifetime and leeway");
        clock.advance(std::time::Duration::from_secs(31));
        assert_eq!(app.get_with("/api/v1/me", access).await.status(), StatusCode::UNAUTHORIZED);
        // The refresh token still trades for a fresh pair.
        let res = app.post_json("/api/v1/auth/refresh", json!({"refresh_token": tokens["refresh_token"]})).await;
        assert_eq!(res.status(), StatusCode::OK);
        app.shutdown().await;
    }
);

db_test!(
    async fn revocation_on_one_node_is_refused_on_the_other_at_once(t: TestDb) {
        let node1 = TestApp::on(t).without_worker().start().await;
        let node2 = TestApp::sharing(&node1).without_worker().start().await;
        let tokens = node1.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        assert_eq!(
            node2.get_with("/api/v1/me", access).await.status(),
            StatusCode::OK,
            "a token from node 1 works on node 2"
        );

        let res = node1.client.post(node1.url("/api/v1/auth/logout-all")).bearer_auth(access).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        // No cache to wait for: every request checks the token version in the shared database.
        assert_eq!(node2.get_with("/api/v1/me", access).await.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(node1.get_with("/api/v1/me", access).await.status(), StatusCode::UNAUTHORIZED);
        node2.shutdown().await;
        node1.shutdown().await;
    }
);

db_test!(
    async fn a_new_account_takes_the_browsers_time_zone_and_a_bad_one_creates_nothing(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let register = |email: &str, zone: &str| {
            app.post_json(
                "/api/v1/auth/register",
                json!({"email": email, "password": PASSWORD, "name": "Kaveh", "timezone": zone}),
            )
        };
        let (status, p) = problem(register("kaveh@example.com", "Mars/Olympus_Mons").await).await;
        assert_eq!((status, p["code"].as_str().unwrap()), (StatusCode::UNPROCESSABLE_ENTITY, "INVALID_TIMEZONE"));
        let res =
            app.post_json("/api/v1/auth/login", json!({"email": "kaveh@example.com", "password": PASSWORD})).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "no account was created");

        assert_eq!(register("kaveh@example.com", "Asia/Tehran").await.status(), StatusCode::CREATED);
        let tokens = app.log_in("kaveh@example.com").await;
        let me: Value =
            app.get_with("/api/v1/me", tokens["access_token"].as_str().unwrap()).await.json().await.unwrap();
        assert_eq!(me["timezone"], "Asia/Tehran");
        app.shutdown().await;
    }
);

db_test!(
    async fn persian_digits_are_an_account_choice_that_emails_follow_and_a_change_of_language_keeps(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let tokens = app.sign_up_and_in("kaveh@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        let patch = |body: Value| {
            let app = &app;
            async move {
                let res = app.send_with(Method::PATCH, "/api/v1/me", access, &body).await;
                let status = res.status();
                (status, res.json::<Value>().await.unwrap())
            }
        };
        let spooled = || app.spooled_emails().len();
        rms_testkit::eventually(std::time::Duration::from_secs(15), "the verification email", || async {
            spooled() >= 1
        })
        .await;
        // The reset email says how long its link lasts ("… within 30 minutes"): its words, marks
        // around inserted values left out.
        let reset_email = || {
            let app = &app;
            async move {
                let before = app.spooled_emails();
                app.post_json("/api/v1/auth/password/forgot", json!({"email": "kaveh@example.com"})).await;
                rms_testkit::eventually(std::time::Duration::from_secs(15), "the reset email", || async {
                    spooled() > before.len()
                })
                .await;
                let last = app.spooled_emails().into_iter().find(|e| !before.contains(e)).unwrap();
                let parts: String = crate::harness::email_parts(&last).into_iter().map(|(_, body)| body).collect();
                let text = if parts.is_empty() { last } else { parts };
                text.replace(['\u{2068}', '\u{2069}'], "")
            }
        };

        let (status, me) = patch(json!({"locale": "fa"})).await;
        assert_eq!(
            (status, me["locale"].as_str(), me["digits"].as_str()),
            (StatusCode::OK, Some("fa"), Some("native"))
        );
        let body = reset_email().await;
        assert!(body.contains("۳۰ دقیقه"), "Persian digits: {body}");

        let (_, me) = patch(json!({"digits": "latin"})).await;
        assert_eq!((me["locale"].as_str(), me["digits"].as_str()), (Some("fa"), Some("latin")));
        let body = reset_email().await;
        assert!(body.contains("30 دقیقه") && !body.contains("۳۰"), "Latin digits: {body}");

        // Switching to German and back keeps the choice; a value that is neither is refused.
        let (_, me) = patch(json!({"locale": "de"})).await;
        assert_eq!((me["locale"].as_str(), me["digits"].as_str()), (Some("de"), Some("latin")));
        let (_, me) = patch(json!({"locale": "fa"})).await;
        assert_eq!(me["digits"], "latin");
        let (status, p) = patch(json!({"digits": "roman"})).await;
        assert_eq!((status, p["code"].as_str()), (StatusCode::BAD_REQUEST, Some("BAD_REQUEST")));
        // The digits are their own field: a tag carrying them is not a language.
        let (status, p) = patch(json!({"locale": "fa-u-nu-latn"})).await;
        assert_eq!((status, p["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("UNSUPPORTED_LOCALE")));
        let (_, me) = patch(json!({"digits": "native"})).await;
        assert_eq!((me["locale"].as_str(), me["digits"].as_str()), (Some("fa"), Some("native")));
        app.shutdown().await;
    }
);
