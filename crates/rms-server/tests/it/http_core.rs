//! The middleware every request passes through: problems, request ids, client IPs, security
//! headers, CORS, limits, panics, compression.

use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use reqwest::StatusCode;
use rms_server::state::AppState;
use rms_testkit::db_test;
use serde_json::Value;

use crate::harness::{TestApp, plain, problem};

fn test_routes() -> Router<AppState> {
    Router::new()
        .route(
            "/test/panic",
            get(|| async {
                if std::hint::black_box(true) {
                    panic!("secret panic text");
                }
                "unreachable"
            }),
        )
        .route(
            "/test/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_millis(1500)).await;
                "finally"
            }),
        )
        .route("/test/echo", post(|body: axum::body::Bytes| async move { body.len().to_string() }))
        .route(
            "/test/json",
            post(|axum::Json(v): axum::Json<serde_json::Map<String, Value>>| async move { v.len().to_string() }),
        )
        .route(
            "/test/api-json",
            post(|rms_server::http::extract::ApiJson(v): rms_server::http::extract::ApiJson<TwoOptional>| async move {
                format!("{v:?}")
            }),
        )
        .route(
            "/test/whoami",
            get(|ip: axum::Extension<rms_server::http::proxy::ClientIp>| async move { ip.0.0.to_string() }),
        )
}

db_test!(
    async fn unknown_routes_and_wrong_methods_are_localised_problems(t: TestDb) {
        let app = TestApp::spawn(t).await;

        let (status, body) = problem(app.get("/no/such/thing").await).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(body["code"], "NOT_FOUND");
        assert_eq!(body["status"], 404);
        assert_eq!(body["type"], "/problems/not-found");
        assert!(body["request_id"].as_str().is_some_and(|id| !id.is_empty()));

        let res = app.client.post(app.url("/healthz")).header("accept-language", "ru").send().await.unwrap();
        assert_eq!(res.headers()["allow"], "GET,HEAD");
        let (status, body) = problem(res).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(body["code"], "METHOD_NOT_ALLOWED");
        assert_eq!(plain(body["detail"].as_str().unwrap()), "Этот адрес не принимает метод POST.");

        let res = app.get_with_headers("/api/v1/nothing", &[("accept-language", "ar")]).await;
        let (_, body) = problem(res).await;
        assert_eq!(body["title"], "غير موجود");
        app.shutdown().await;
    }
);

db_test!(
    async fn a_panicking_handler_gets_a_generic_500_and_the_server_keeps_serving(t: TestDb) {
        let app = TestApp::on(t).routes(test_routes()).start().await;
        let res = app.get("/test/panic").await;
        let id = res.headers()["x-request-id"].to_str().unwrap().to_owned();
        let (status, body) = problem(res).await;
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(body["code"], "INTERNAL_ERROR");
        let text = body.to_string();
        assert!(!text.contains("secret panic text") && !text.contains("panicked"), "{text}");
        assert!(plain(body["detail"].as_str().unwrap()).contains(&id), "the detail names the request id");

        let mut ok = 0;
        for _ in 0..1000 {
            ok += usize::from(app.get("/healthz").await.status() == StatusCode::OK);
        }
        assert_eq!(ok, 1000);
        app.shutdown().await;
    }
);

db_test!(
    async fn oversized_bodies_and_malformed_json_are_refused_clearly(t: TestDb) {
        let app = TestApp::on(t).routes(test_routes()).config(|c| c.body_limit_bytes = 1024).start().await;

        let res = app.client.post(app.url("/test/echo")).body(vec![b'x'; 1000]).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let res = app.client.post(app.url("/test/echo")).body(vec![b'x'; 5000]).send().await.unwrap();
        let (status, body) = problem(res).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(body["code"], "PAYLOAD_TOO_LARGE");
        assert!(
            plain(body["detail"].as_str().unwrap()).contains("1,024"),
            "the limit, written as English writes numbers"
        );

        let res = app
            .client
            .post(app.url("/test/json"))
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        let (status, body) = problem(res).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(body["code"], "BAD_REQUEST");
        assert!(body["detail"].as_str().unwrap().contains("JSON"), "{body}");

        // A body is an object: an array is not read as a struct's fields in order.
        for body in ["[null, null]", " [\"a\"]", "null", "7"] {
            let res = app
                .client
                .post(app.url("/test/api-json"))
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap();
            let (status, problem) = problem(res).await;
            assert_eq!(
                (status, &problem["code"]),
                (StatusCode::BAD_REQUEST, &serde_json::json!("BAD_REQUEST")),
                "{body}"
            );
        }

        let res = app.client.post(app.url("/test/json")).body("{}").send().await.unwrap();
        let (status, body) = problem(res).await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(body["code"], "UNSUPPORTED_MEDIA_TYPE");
        app.shutdown().await;
    }
);

db_test!(
    async fn a_request_running_past_the_timeout_is_stopped(t: TestDb) {
        let app = TestApp::on(t).routes(test_routes()).config(|c| c.request_timeout_secs = 1).start().await;
        let (status, body) = problem(app.get("/test/slow").await).await;
        assert_eq!(status, StatusCode::REQUEST_TIMEOUT);
        assert_eq!(body["code"], "REQUEST_TIMEOUT");
        app.shutdown().await;
    }
);

db_test!(
    async fn request_ids_and_forwarded_addresses_are_believed_only_from_trusted_proxies(t: TestDb) {
        let app = TestApp::on(t).routes(test_routes()).start().await;
        // Our peer address is 127.0.0.1, which is not trusted by default.
        let res = app
            .get_with_headers("/test/whoami", &[("x-request-id", "spoofed-id"), ("x-forwarded-for", "203.0.113.50")])
            .await;
        assert_ne!(res.headers()["x-request-id"], "spoofed-id");
        assert_eq!(res.text().await.unwrap(), "127.0.0.1");
        app.shutdown().await;
    }
);

db_test!(
    async fn behind_a_trusted_proxy_its_headers_are_used(t: TestDb) {
        let app = TestApp::on(t)
            .routes(test_routes())
            .config(|c| c.trusted_proxies = vec![rms_server::config::TrustedProxy("127.0.0.0/8".parse().unwrap())])
            .start()
            .await;
        let res = app
            .get_with_headers(
                "/test/whoami",
                &[("x-request-id", "edge-42"), ("x-forwarded-for", "198.51.100.7, 127.0.0.1")],
            )
            .await;
        assert_eq!(res.headers()["x-request-id"], "edge-42");
        assert_eq!(res.text().await.unwrap(), "198.51.100.7");
        app.shutdown().await;
    }
);

/// Mozilla Observatory's modifiers that apply to a response (the hosted scanner cannot reach a
/// loopback server, so we compute them here): start at 100, subtract for missing protections, add
/// for the strict ones.
fn observatory_score(h: &reqwest::header::HeaderMap, https: bool) -> i32 {
    let get = |n: &str| h.get(n).map(|v| v.to_str().unwrap().to_owned());
    let mut score = 100;
    match get("content-security-policy") {
        None => score -= 25,
        Some(csp) => {
            assert!(!csp.contains("script-src 'unsafe-inline'") && !csp.contains("'unsafe-eval'"), "{csp}");
            if csp.starts_with("default-src 'none'") {
                score += 10;
            }
            if csp.contains("frame-ancestors 'none'") {
                score += 5;
            }
        }
    }
    if https {
        match get("strict-transport-security") {
            None => score -= 20,
            Some(v) => {
                let age: u64 = v.split(';').find_map(|p| p.trim().strip_prefix("max-age=")).unwrap().parse().unwrap();
                if age < 15_768_000 {
                    score -= 10;
                }
            }
        }
    }
    if get("x-frame-options").is_none() {
        score -= 20;
    }
    if get("x-content-type-options").as_deref() != Some("nosniff") {
        score -= 5;
    }
    if get("access-control-allow-origin").as_deref() == Some("*") {
        score -= 50;
    }
    if get("referrer-policy").is_some() {
        score += 5;
    }
    score
}

db_test!(
    async fn every_response_carries_the_security_headers(t: TestDb) {
        let app = TestApp::on(t)
            .routes(test_routes())
            .config(|c| {
                c.public_url = Some(serde_json::from_value(serde_json::json!("https://licenses.example.com")).unwrap())
            })
            .start()
            .await;
        let sample = [
            "/",
            "/?lang=ar",
            "/healthz",
            "/readyz",
            "/metrics",
            "/api/openapi.json",
            "/api/docs",
            "/static/app.css",
            "/no/such/page",
            "/api/v1/missing",
            "/test/panic",
            "/static/../../etc/passwd",
            "/sign-in",
            "/sign-up",
            "/account",
            "/admin/users",
            "/api/v1/me",
            "/api/v1/auth/login",
            "/api/v1/admin/audit",
        ];
        for path in sample {
            for accept in ["text/html", "application/json"] {
                let res = app.get_with_headers(path, &[("accept", accept)]).await;
                let h = res.headers();
                for name in [
                    "content-security-policy",
                    "x-content-type-options",
                    "x-frame-options",
                    "referrer-policy",
                    "permissions-policy",
                    "cross-origin-opener-policy",
                    "strict-transport-security",
                    "x-request-id",
                ] {
                    assert!(h.contains_key(name), "{path} ({accept}) lacks {name}");
                }
                assert!(!h.contains_key("server") && !h.contains_key("x-powered-by"), "{path} leaks the server");
                // Every body names its type and charset; a bodiless redirect has neither.
                let ct = h.get("content-type").map_or("", |v| v.to_str().unwrap());
                assert!(!ct.is_empty() || res.status().is_redirection(), "{path} has no content type");
                assert!(
                    ct.contains("charset=utf-8") || !ct.starts_with("text") && !ct.contains("json"),
                    "{path}: {ct}"
                );
                let score = observatory_score(h, true);
                assert!(score >= 100, "{path} ({accept}) scores {score}");
            }
        }
        app.shutdown().await;
    }
);

db_test!(
    async fn cors_answers_only_exact_allowed_origins(t: TestDb) {
        let app = TestApp::on(t)
            .config(|c| c.cors_origins = vec![rms_server::config::CorsOrigin("https://allowed.com".to_owned())])
            .start()
            .await;
        let origin_of = |res: &reqwest::Response| {
            res.headers().get("access-control-allow-origin").map(|v| v.to_str().unwrap().to_owned())
        };
        for (origin, expected) in [
            ("https://allowed.com", Some("https://allowed.com")),
            ("https://evil.com", None),
            ("null", None),
            ("https://allowed.com.evil.com", None),
            ("https://evilallowed.com", None),
            ("http://allowed.com", None),
        ] {
            let res = app.get_with_headers("/healthz", &[("origin", origin)]).await;
            assert_eq!(origin_of(&res).as_deref(), expected, "GET from {origin}");
            assert_ne!(origin_of(&res).as_deref(), Some("*"));
            let vary: Vec<_> =
                res.headers().get_all("vary").iter().map(|v| v.to_str().unwrap().to_lowercase()).collect();
            assert!(vary.iter().any(|v| v.contains("origin")), "Vary: Origin missing for {origin}");
            assert!(res.headers().get("access-control-allow-credentials").is_none());

            let preflight = app
                .client
                .request(reqwest::Method::OPTIONS, app.url("/healthz"))
                .header("origin", origin)
                .header("access-control-request-method", "POST")
                .send()
                .await
                .unwrap();
            assert_eq!(origin_of(&preflight).as_deref(), expected, "preflight from {origin}");
        }
        let disallowed_method = app
            .client
            .request(reqwest::Method::OPTIONS, app.url("/healthz"))
            .header("origin", "https://allowed.com")
            .header("access-control-request-method", "TRACE")
            .send()
            .await
            .unwrap();
        let methods = disallowed_method.headers().get("access-control-allow-methods").map(|v| v.to_str().unwrap());
        assert!(!methods.unwrap_or_default().contains("TRACE"));
        app.shutdown().await;
    }
);

db_test!(
    async fn large_answers_are_compressed_for_clients_that_ask(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let res = app.get_with_headers("/api/openapi.json", &[("accept-encoding", "gzip")]).await;
        assert_eq!(res.headers()["content-encoding"], "gzip");
        let res = app.get("/api/openapi.json").await;
        assert!(res.headers().get("content-encoding").is_none());
        app.shutdown().await;
    }
);

db_test!(
    async fn shutdown_lets_an_in_flight_request_finish(t: TestDb) {
        let app = TestApp::on(t).routes(test_routes()).start().await;
        let client = app.client.clone();
        let url = app.url("/test/slow");
        let in_flight = tokio::spawn(async move { client.get(url).send().await.unwrap().text().await.unwrap() });
        tokio::time::sleep(Duration::from_millis(300)).await;
        let addr = app.addr;
        app.shutdown().await;
        assert_eq!(in_flight.await.unwrap(), "finally");
        assert!(tokio::net::TcpStream::connect(addr).await.is_err(), "no longer accepting");
    }
);

/// A request body of two optional fields, as many PATCH bodies are.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct TwoOptional {
    name: Option<String>,
    role: Option<String>,
}

db_test!(
    async fn an_integral_number_written_as_a_float_is_the_integer_json_says_it_is(t: TestDb) {
        // `250.0` is the integer 250 to JSON Schema and to JavaScript clients; `250.5` is not.
        let app = TestApp::spawn(t).await;
        let admin = app.admin_token("admin@example.com").await;
        let buyer = app.sign_up_and_in("buyer@example.com").await["access_token"].as_str().unwrap().to_owned();
        let me: Value = app.get_with("/api/v1/me", &buyer).await.json().await.unwrap();
        let adjust = format!("/api/v1/admin/users/{}/wallet/adjust", me["id"].as_str().unwrap());
        let send = |body: &'static str| {
            app.client
                .post(app.url(&adjust))
                .bearer_auth(&admin)
                .header("content-type", "application/json")
                .body(body)
                .send()
        };
        let res = send(r#"{"amount_minor": 250.0, "reason": "float from a JavaScript client"}"#).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{}", res.text().await.unwrap());
        let res = send(r#"{"amount_minor": 2.5e1, "reason": "exponent"}"#).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{}", res.text().await.unwrap());
        let (status, body) = problem(send(r#"{"amount_minor": 250.5, "reason": "a fraction"}"#).await.unwrap()).await;
        assert_eq!(
            (status, body["code"].as_str(), body["field"].as_str()),
            (StatusCode::BAD_REQUEST, Some("BAD_REQUEST"), Some("amount_minor"))
        );
        let wallet: Value = app.get_with("/api/v1/wallet", &buyer).await.json().await.unwrap();
        assert_eq!(wallet["balance_minor"], 275, "the fraction changed nothing");
    }
);
