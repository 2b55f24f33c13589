//! Rate limits on signing in (ASVS 2.2.1: at most 100 failed attempts per hour per account).

use reqwest::Method;
use reqwest::StatusCode;
use rms_server::config::TrustedProxy;
use rms_testkit::db_test;
use serde_json::json;

use crate::harness::{PASSWORD, TestApp};

/// Sends `n` wrong-password attempts for `email`, each with the given `X-Forwarded-For`; returns
/// how many were evaluated (401) and checks every other answer is a 429 with `Retry-After`.
async fn hammer(app: &TestApp, email: &str, n: usize, forwarded_for: impl Fn(usize) -> String) -> usize {
    let mut evaluated = 0;
    for i in 0..n {
        let res = app
            .client
            .post(app.url("/api/v1/auth/login"))
            .header("x-forwarded-for", forwarded_for(i))
            .json(&json!({"email": email, "password": "wrong password 123"}))
            .send()
            .await
            .unwrap();
        match res.status() {
            StatusCode::UNAUTHORIZED => evaluated += 1,
            StatusCode::TOO_MANY_REQUESTS => {
                let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
                assert!(retry >= 1);
                let body: serde_json::Value = res.json().await.unwrap();
                assert_eq!(body["code"], "TOO_MANY_REQUESTS");
            }
            other => panic!("unexpected {other}"),
        }
    }
    evaluated
}

db_test!(
    async fn password_guessing_is_limited_per_account_whatever_the_source_address(t: TestDb) {
        let app = TestApp::on(t)
            .without_worker()
            .config(|c| c.trusted_proxies = vec![TrustedProxy("127.0.0.1/32".parse().unwrap())])
            .start()
            .await;
        app.sign_up_and_in("alice@example.com").await;
        // A botnet: every attempt from another address, all against one account.
        let evaluated = hammer(&app, "alice@example.com", 150, |i| format!("198.51.100.{}", i % 250)).await;
        assert!((1..=100).contains(&evaluated), "{evaluated} attempts were evaluated");
        // The owner is limited too for a while, which is the point; another account is not.
        let other =
            app.post_json("/api/v1/auth/login", json!({"email": "bob@example.com", "password": PASSWORD})).await;
        assert_eq!(other.status(), StatusCode::UNAUTHORIZED, "bob's budget is his own");
        app.shutdown().await;
    }
);

db_test!(
    async fn a_spoofed_forwarded_for_from_an_untrusted_peer_does_not_buy_more_attempts(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        // Different accounts, one real address that pretends to be many.
        let started = std::time::Instant::now();
        let mut evaluated = 0;
        for i in 0..60 {
            evaluated += hammer(&app, &format!("user{i}@example.com"), 1, |_| format!("203.0.113.{i}")).await;
        }
        // The address's budget: a burst of 30 plus one refill per 2 s while the loop ran (a slow
        // machine refills more). Sixty separate budgets would have evaluated all 60.
        let budget = 30 + (started.elapsed().as_secs_f64() / 2.0).ceil() as usize;
        assert!(evaluated <= budget, "the per-address budget held: {evaluated} evaluated, budget {budget}");
        assert!(evaluated < 60);
        app.shutdown().await;
    }
);

db_test!(
    async fn when_redis_is_down_limits_still_hold_per_node(t: TestDb) {
        // Nothing listens on port 1.
        let app = TestApp::on(t)
            .without_worker()
            .config(|c| c.redis_url = rms_server::config::RedisUrl::new("redis://127.0.0.1:1"))
            .start()
            .await;
        let evaluated = hammer(&app, "alice@example.com", 20, |_| "198.51.100.1".to_owned()).await;
        assert_eq!(evaluated, 10, "the local bucket took over; neither open nor closed");
        app.shutdown().await;
    }
);

#[cfg(rms_redis)]
db_test!(
    async fn with_redis_every_node_counts_against_one_budget(t: TestDb) {
        let url = rms_testkit::redis_url().unwrap();
        let proxy = vec![TrustedProxy("127.0.0.1/32".parse().unwrap())];
        let node = |t| {
            let (url, proxy) = (url.clone(), proxy.clone());
            TestApp::on(t)
                .without_worker()
                .config(move |c| {
                    c.redis_url = rms_server::config::RedisUrl::new(url);
                    c.trusted_proxies = proxy;
                })
                .start()
        };
        let a = node(t).await;
        let b = node(rms_testkit::TestDb::new(a.db_backend()).await).await;
        // A fresh account name and addresses per run: Redis outlives test runs.
        let email = format!("{}@example.com", uuid::Uuid::now_v7().simple());
        let on_a = hammer(&a, &email, 10, |i| format!("192.0.2.{i}")).await;
        assert_eq!(on_a, 10, "the burst is spent on node A");
        let on_b = hammer(&b, &email, 5, |i| format!("192.0.2.{}", 100 + i)).await;
        assert_eq!(on_b, 0, "node B sees the same spent budget");
        a.shutdown().await;
        b.shutdown().await;
    }
);

db_test!(
    async fn each_api_key_and_session_has_its_own_request_budget(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        let key = |name: &str| {
            let body = json!({"name": name, "scopes": ["read"]});
            let app = &app;
            async move {
                let res = app.send_with(Method::POST, "/api/v1/api-keys", access, &body).await;
                res.json::<serde_json::Value>().await.unwrap()["secret"].as_str().unwrap().to_owned()
            }
        };
        let (busy, quiet) = (key("busy").await, key("quiet").await);
        let mut limited = 0;
        for _ in 0..200 {
            let res = app.get_with("/api/v1/me", &busy).await;
            if res.status() == StatusCode::TOO_MANY_REQUESTS {
                assert!(res.headers().contains_key("retry-after"));
                limited += 1;
            }
        }
        assert!(limited > 0, "a burst of 200 exceeds the budget");
        assert_eq!(app.get_with("/api/v1/me", &quiet).await.status(), StatusCode::OK, "another key is not affected");
        assert_eq!(app.get_with("/api/v1/me", access).await.status(), StatusCode::OK, "nor the session");
        app.shutdown().await;
    }
);
