//! `TestApp`: the real server, in process, on an ephemeral port, with its own database and data
//! directory.

use std::net::SocketAddr;

use axum::Router;
use rms_server::app::{self, Mode, Options, Running};
use rms_server::config::{Config, DatabaseUrl, ListenAddr};
use rms_server::state::AppState;
use rms_testkit::TestDb;
use rms_worker::Handlers;

pub struct TestApp {
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    pub db: rms_store::Db,
    running: Option<Running>,
    _test_db: Option<TestDb>,
    _data_dir: tempfile::TempDir,
}

pub struct Builder {
    test_db: Option<TestDb>,
    db: rms_store::Db,
    config: Config,
    mode: Mode,
    options: Options,
}

impl Builder {
    pub fn config(mut self, change: impl FnOnce(&mut Config)) -> Self {
        change(&mut self.config);
        self
    }

    pub fn routes(mut self, routes: Router<AppState>) -> Self {
        self.options.extra_routes = Some(routes);
        self
    }

    pub fn handlers(mut self, handlers: Handlers) -> Self {
        self.options.extra_handlers = Some(handlers);
        self
    }

    pub fn clock(mut self, clock: std::sync::Arc<dyn rms_core::Clock>) -> Self {
        self.options.clock = Some(clock);
        self
    }

    pub fn without_worker(mut self) -> Self {
        self.mode = Mode::Serve { with_worker: false };
        self
    }

    pub async fn start(self) -> TestApp {
        let data_dir = tempfile::tempdir().unwrap();
        let mut config = self.config;
        config.data_dir = data_dir.path().to_owned();
        let running = app::start(config, self.mode, self.options).await.expect("the app starts");
        let addr = running.addr().expect("serving HTTP");
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        TestApp { addr, client, db: self.db, running: Some(running), _test_db: self.test_db, _data_dir: data_dir }
    }
}

impl TestApp {
    /// A server on `t`'s database with test-friendly settings: ephemeral port, fast worker.
    pub fn on(t: TestDb) -> Builder {
        let config = Config {
            listen: ListenAddr(SocketAddr::from(([127, 0, 0, 1], 0))),
            database_url: Some(DatabaseUrl::new(t.url()).unwrap()),
            // Nodes of one deployment share the master key; `sharing` copies it to a second node.
            master_key: Some(rms_server::config::Secret::new(random_master_key())),
            metrics_token: Some(rms_server::config::Secret::new(METRICS_TOKEN)),
            worker_poll_ms: 20,
            worker_lease_secs: 5,
            shutdown_grace_secs: 5,
            ..Config::default()
        };
        let db = t.db.clone();
        Builder { test_db: Some(t), db, config, mode: Mode::Serve { with_worker: true }, options: Options::default() }
    }

    /// A second node on the same database as `other` (its own port, pool and data dir).
    pub fn sharing(other: &TestApp) -> Builder {
        let config = Config {
            listen: ListenAddr(SocketAddr::from(([127, 0, 0, 1], 0))),
            ..other.running().state().config.clone()
        };
        Builder {
            test_db: None,
            db: other.db.clone(),
            config,
            mode: Mode::Serve { with_worker: true },
            options: Options::default(),
        }
    }

    /// A server of the same deployment as `other` (its master key and settings) on another
    /// database, `t`: where a backup of `other`'s database was restored.
    pub fn restored(other: &TestApp, t: TestDb) -> Builder {
        let config = Config {
            listen: ListenAddr(SocketAddr::from(([127, 0, 0, 1], 0))),
            database_url: Some(DatabaseUrl::new(t.url()).unwrap()),
            ..other.running().state().config.clone()
        };
        let db = t.db.clone();
        Builder { test_db: Some(t), db, config, mode: Mode::Serve { with_worker: true }, options: Options::default() }
    }

    pub async fn spawn(t: TestDb) -> TestApp {
        Self::on(t).start().await
    }

    /// For tests about HTTP alone: no worker polling the database alongside.
    pub async fn without_worker_on(t: TestDb) -> TestApp {
        Self::on(t).without_worker().start().await
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn post_json(&self, path: &str, body: serde_json::Value) -> reqwest::Response {
        self.client.post(self.url(path)).json(&body).send().await.unwrap()
    }

    /// A GET carrying what a browser or a proxy in front adds: a language, cookies, a forwarded
    /// address.
    pub async fn get_with_headers(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        with_headers(self.client.get(self.url(path)), headers).send().await.unwrap()
    }

    /// `post_json` carrying headers, as `get_with_headers`.
    pub async fn post_json_with_headers(
        &self,
        path: &str,
        headers: &[(&str, &str)],
        body: serde_json::Value,
    ) -> reqwest::Response {
        with_headers(self.client.post(self.url(path)), headers).json(&body).send().await.unwrap()
    }

    /// Registers `email` with a good password and signs in; returns the token answer.
    pub async fn sign_up_and_in(&self, email: &str) -> serde_json::Value {
        let res = self
            .post_json(
                "/api/v1/auth/register",
                serde_json::json!({"email": email, "password": PASSWORD, "name": "Test User"}),
            )
            .await;
        assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
        self.log_in(email).await
    }

    /// Signs `email` in with the test password; returns the token answer.
    pub async fn log_in(&self, email: &str) -> serde_json::Value {
        let res = self.post_json("/api/v1/auth/login", serde_json::json!({"email": email, "password": PASSWORD})).await;
        assert_eq!(res.status(), 200, "signing {email} in");
        res.json().await.unwrap()
    }

    /// A GET as the operator: with `RMS_METRICS_TOKEN` (metrics, readiness details).
    pub async fn operator_get(&self, path: &str) -> reqwest::Response {
        self.get_with(path, METRICS_TOKEN).await
    }

    /// A request with a bearer token and a JSON body.
    pub async fn send_with(
        &self,
        method: reqwest::Method,
        path: &str,
        access_token: &str,
        body: &impl serde::Serialize,
    ) -> reqwest::Response {
        self.client.request(method, self.url(path)).bearer_auth(access_token).json(body).send().await.unwrap()
    }

    pub async fn get_with(&self, path: &str, access_token: &str) -> reqwest::Response {
        self.client.get(self.url(path)).bearer_auth(access_token).send().await.unwrap()
    }

    /// The emails written to the spool so far (the embedded setup's outbox), oldest first, as
    /// decoded text.
    pub fn spooled_emails(&self) -> Vec<String> {
        spooled_in(&self._data_dir.path().join("mail"))
    }

    /// Signs `email` up, makes it an admin and signs in again (the role is in the new session);
    /// returns the access token.
    pub async fn admin_token(&self, email: &str) -> String {
        self.sign_up_and_in(email).await;
        self.promote_to_admin(email).await;
        self.log_in(email).await["access_token"].as_str().unwrap().to_owned()
    }

    /// Turns on two-factor sign-in for the holder of `access`, confirming with the code of
    /// `now_secs`; returns the TOTP secret and the recovery codes. Every session ends.
    pub async fn enable_two_factor(&self, access: &str, now_secs: u64) -> (Vec<u8>, Vec<String>) {
        let res = self.client.post(self.url("/api/v1/auth/2fa/enroll")).bearer_auth(access).send().await.unwrap();
        let enrollment: serde_json::Value = res.json().await.unwrap();
        let secret = rms_crypto::totp::from_base32(enrollment["secret"].as_str().unwrap()).unwrap();
        let code = rms_crypto::totp::code_at(&secret, now_secs);
        let res = self
            .client
            .post(self.url("/api/v1/auth/2fa/confirm"))
            .bearer_auth(access)
            .json(&serde_json::json!({"code": code}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "2FA confirmation");
        let codes: serde_json::Value = res.json().await.unwrap();
        let recovery =
            codes["recovery_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
        (secret, recovery)
    }

    /// Makes an existing user an admin, as `rms admin create` would.
    pub async fn promote_to_admin(&self, email: &str) {
        let email = email.to_owned();
        rms_store::on_db!(&self.db, pool => sqlx::query("UPDATE users SET role = 'admin' WHERE email = $1")
            .bind(&email)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .unwrap();
    }

    /// Marks `email`'s address verified, as following the emailed link would.
    pub async fn mark_email_verified(&self, email: &str) {
        let email = email.to_owned();
        rms_store::on_db!(&self.db, pool => sqlx::query("UPDATE users SET email_verified_at = 1 WHERE email = $1")
            .bind(&email)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .unwrap();
    }

    /// Only the Redis tests start a second node on the same backend.
    #[cfg(rms_redis)]
    pub fn db_backend(&self) -> rms_store::Backend {
        self.db.backend()
    }

    pub fn running(&self) -> &Running {
        self.running.as_ref().unwrap()
    }

    pub async fn shutdown(mut self) {
        if let Some(running) = self.running.take() {
            running.shutdown().await.unwrap();
        }
    }
}

/// Tests that start many `rms` processes and kill them in loops (`cluster.rs`, `faults.rs`) hold
/// this exclusively; browser tests share it. On two cores a browser page waiting on a worker
/// job beside a `kill -9` loop of four processes missed its bound: they take turns instead.
pub static HEAVY: std::sync::LazyLock<std::sync::Arc<tokio::sync::RwLock<()>>> =
    std::sync::LazyLock::new(Default::default);

fn with_headers(mut request: reqwest::RequestBuilder, headers: &[(&str, &str)]) -> reqwest::RequestBuilder {
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request
}

/// The emails in spool folder `dir`, oldest first, decoded.
pub fn spooled_in(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "eml")).collect())
        .unwrap_or_default();
    files.sort_by_key(|p| std::fs::metadata(p).unwrap().modified().unwrap());
    files.iter().map(|p| decode_email(&std::fs::read_to_string(p).unwrap())).collect()
}

fn random_master_key() -> String {
    use base64::Engine;
    let bytes: [u8; 32] = std::array::from_fn(|_| rand::random());
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Headers as they are, body decoded from base64 or quoted-printable into text.
/// The parts of a multipart email as [`TestApp::spooled_emails`] gives it, each decoded:
/// (its headers, its text).
pub fn email_parts(email: &str) -> Vec<(String, String)> {
    let Some(boundary) = email.split("boundary=\"").nth(1).and_then(|s| s.split('"').next()) else {
        return Vec::new();
    };
    email
        .split(&format!("--{boundary}"))
        .skip(1)
        .filter(|p| !p.starts_with("--"))
        .map(|p| {
            let decoded = decode_email(p.trim_start_matches("\r\n"));
            let (head, body) = decoded.split_once("\r\n\r\n").unwrap_or((&decoded, ""));
            (head.to_owned(), body.to_owned())
        })
        .collect()
}

fn decode_email(raw: &str) -> String {
    use base64::Engine;
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((raw, ""));
    let decoded = if head.contains("Content-Transfer-Encoding: base64") {
        let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        String::from_utf8(base64::engine::general_purpose::STANDARD.decode(compact).unwrap()).unwrap()
    } else if head.contains("Content-Transfer-Encoding: quoted-printable") {
        let joined = body.replace("=\r\n", "");
        let bytes = joined.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
            if bytes[i] == b'='
                && let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
            out.push(bytes[i]);
            i += 1;
        }
        String::from_utf8(out).unwrap()
    } else {
        body.to_owned()
    };
    format!("{head}\r\n\r\n{decoded}")
}

/// The `RMS_METRICS_TOKEN` test servers run with.
pub const METRICS_TOKEN: &str = "test-metrics-token-0123456789";

/// A password that satisfies the policy.
pub const PASSWORD: &str = "tangerine-otter-41-lantern";

/// Strips the bidi isolation marks Fluent puts around arguments.
pub fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// A response's body as JSON, as most tests read it.
pub trait JsonBody {
    fn value(self) -> impl std::future::Future<Output = serde_json::Value>;
}

impl JsonBody for reqwest::Response {
    async fn value(self) -> serde_json::Value {
        self.json().await.unwrap()
    }
}

/// A refusal's status and its RFC 9457 problem document (which it must be, in UTF-8).
pub async fn problem(res: reqwest::Response) -> (axum::http::StatusCode, serde_json::Value) {
    let status = res.status();
    let ct = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(ct.starts_with("application/problem+json"), "content-type {ct}");
    assert!(ct.contains("charset=utf-8"), "content-type {ct}");
    (status, res.json().await.unwrap())
}

/// The status and the JSON body (`null` when the body is not JSON).
pub async fn status_and_json(res: reqwest::Response) -> (axum::http::StatusCode, serde_json::Value) {
    let status = res.status();
    // A live stream (the notifications') never ends: its body is not waited for.
    let streaming = res
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/event-stream"));
    if streaming {
        return (status, serde_json::Value::Null);
    }
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}
