//! Many nodes as operators run them: two `rms serve` API nodes and two `rms worker` processes,
//! each a separate `rms` process, on one PostgreSQL database and one Redis. Purchases spread
//! over both nodes never spend a wallet twice (M2), one idempotency key is one purchase on
//! either node (A6), every job runs once however many workers poll (J1–J4), a key's rate budget
//! is one budget across nodes, a suspension or revocation made on one node is refused on the
//! other within a second, and sessions and in-app notifications work whichever node a request
//! lands on.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures::future::join_all;
use reqwest::StatusCode;
use rms_testkit::{Backend, TestDb};
use serde_json::{Value, json};

use crate::harness::PASSWORD;

/// One `rms` process of the cluster.
pub struct Node {
    child: Child,
    /// Where an API node listens, once it said so in its log (0 until then): nodes bind port 0,
    /// so no port picked ahead can be taken by another test meanwhile.
    pub port: u16,
    pub dir: tempfile::TempDir,
}

impl Node {
    fn alive(&mut self) -> bool {
        self.child.try_wait().ok().flatten().is_none()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// `kill -9`: no shutdown, no goodbye; leased jobs stay leased until their lease expires.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Two API nodes and two workers on a fresh PostgreSQL database and the test Redis.
pub struct Cluster {
    pub db: TestDb,
    pub api: Vec<Node>,
    pub workers: Vec<Node>,
    pub client: reqwest::Client,
    env: Vec<(String, String)>,
    /// Emails spooled by processes that were since replaced.
    lost_spools: Vec<String>,
    /// No browser test runs beside a cluster (see [`crate::harness::HEAVY`]).
    _turn: tokio::sync::OwnedRwLockWriteGuard<()>,
    /// Makes this cluster's email addresses its own: sign-in budgets are per account and live
    /// in Redis, which outlives test runs.
    tag: String,
}

/// No role: `rms` alone, serving and working on the embedded database.
const EMBEDDED: &str = "";

impl Cluster {
    /// Starts the cluster with `extra` settings on every process; waits until both API nodes
    /// are ready.
    pub async fn start(extra: &[(&str, &str)]) -> Cluster {
        Self::start_on(Backend::Postgres, extra).await
    }

    /// On PostgreSQL: two API nodes and two workers sharing Redis. On SQLite: the embedded
    /// default, one `rms` process serving and working, without Redis.
    pub async fn start_on(backend: Backend, extra: &[(&str, &str)]) -> Cluster {
        Self::launch(TestDb::new(backend).await, backend == Backend::Sqlite, extra).await
    }

    /// One `rms` process serving and working (on PostgreSQL with Redis, or on SQLite), with
    /// `extra` settings overriding the cluster's (a database URL through a relay, say).
    pub async fn single(db: TestDb, extra: &[(&str, &str)]) -> Cluster {
        Self::launch(db, true, extra).await
    }

    async fn launch(db: TestDb, single: bool, extra: &[(&str, &str)]) -> Cluster {
        let turn = crate::harness::HEAVY.clone().write_owned().await;
        let backend = db.backend();
        let key = {
            use base64::Engine;
            let bytes: [u8; 32] = std::array::from_fn(|_| rand::random());
            base64::engine::general_purpose::STANDARD.encode(bytes)
        };
        let mut env: Vec<(String, String)> = vec![
            ("RMS_DATABASE_URL".into(), db.url().to_owned()),
            ("RMS_MASTER_KEY".into(), key),
            ("RMS_TRUSTED_PROXIES".into(), "127.0.0.1/32".into()),
            ("RMS_WORKER_POLL_MS".into(), "20".into()),
            ("RMS_WORKER_LEASE_SECS".into(), "5".into()),
            ("RMS_SHUTDOWN_GRACE_SECS".into(), "5".into()),
            ("RMS_DB_MAX_CONNECTIONS".into(), "8".into()),
            // Warnings, and the line that says where the node listens.
            ("RMS_LOG".into(), "warn,rms_server::app=info".into()),
        ];
        if backend == Backend::Postgres {
            env.push(("RMS_REDIS_URL".into(), rms_testkit::redis_url().expect("RMS_TEST_REDIS_URL")));
        }
        env.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
        // Every request of this cluster comes from its own private address through the trusted
        // proxy: Redis outlives test runs and other tests share 127.0.0.1's budgets.
        let address = format!("10.{}.{}.{}", rand::random::<u8>(), rand::random::<u8>(), rand::random::<u8>() | 1);
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-forwarded-for", address.parse().unwrap());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(headers)
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap();
        let tag = uuid::Uuid::new_v4().simple().to_string()[..12].to_owned();
        let mut cluster = Cluster {
            db,
            api: Vec::new(),
            workers: Vec::new(),
            client,
            env,
            lost_spools: Vec::new(),
            tag,
            _turn: turn,
        };
        if single {
            let node = cluster.spawn(EMBEDDED);
            cluster.api.push(node);
            cluster.ready(0).await;
            return cluster;
        }
        // The first node migrates the database; the others then start on it at once.
        let first = cluster.spawn("serve");
        cluster.api.push(first);
        cluster.ready(0).await;
        let second = cluster.spawn("serve");
        cluster.api.push(second);
        cluster.ready(1).await;
        for _ in 0..2 {
            let worker = cluster.spawn("worker");
            cluster.workers.push(worker);
        }
        cluster
    }

    /// The process ids of what `victims` names.
    pub fn pids(&self, victims: &crate::faults::Victims) -> Vec<u32> {
        use crate::faults::Victims;
        match victims {
            Victims::Api(i) => vec![self.api[*i].child.id()],
            Victims::Workers => self.workers.iter().map(|w| w.child.id()).collect(),
            Victims::All => self.api.iter().chain(&self.workers).map(|n| n.child.id()).collect(),
        }
    }

    /// Kills API node `i` with SIGKILL and starts it again (on a new port); waits until ready.
    pub async fn restart_api(&mut self, i: usize) {
        self.restart_api_with(i, &[]).await;
    }

    /// [`Cluster::restart_api`] with `extra` settings for the new process only (crash points,
    /// say).
    pub async fn restart_api_with(&mut self, i: usize, extra: &[(&str, &str)]) {
        self.api[i].kill();
        if self.workers.is_empty() {
            // The embedded node sends the mail: keep what it spooled.
            let spool = crate::harness::spooled_in(&self.api[i].dir.path().join("mail"));
            self.lost_spools.extend(spool);
        }
        self.api[i] = self.spawn_with(if self.workers.is_empty() { EMBEDDED } else { "serve" }, extra);
        self.ready(i).await;
    }

    /// Waits until API node `i` has exited by itself (a crash point killed it).
    pub async fn exited(&mut self, i: usize, within: Duration) {
        let deadline = Instant::now() + within;
        while self.api[i].alive() {
            assert!(Instant::now() < deadline, "API node {i} still runs: {}", log_of(self.api[i].dir.path()));
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Kills worker `i` with SIGKILL and starts another in its place (its spool moves along).
    pub fn restart_worker(&mut self, i: usize) {
        self.workers[i].kill();
        let spool: Vec<String> = crate::harness::spooled_in(&self.workers[i].dir.path().join("mail"));
        self.lost_spools.extend(spool);
        self.workers[i] = self.spawn("worker");
    }

    /// Starts one more `rms <role>` process of this cluster, on its own port and data dir.
    pub fn spawn(&self, role: &str) -> Node {
        self.spawn_with(role, &[])
    }

    fn spawn_with(&self, role: &str, extra: &[(&str, &str)]) -> Node {
        let dir = tempfile::tempdir().unwrap();
        let log = std::fs::File::create(dir.path().join("rms.log")).unwrap();
        let log_too = log.try_clone().unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_rms"));
        if !role.is_empty() {
            command.arg(role);
        }
        let child = command
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .envs(extra.iter().copied())
            .env("RMS_LISTEN", "127.0.0.1:0")
            .env("RMS_DATA_DIR", dir.path())
            .stdin(Stdio::null())
            .stdout(log_too)
            .stderr(log)
            .spawn()
            .unwrap();
        Node { child, port: 0, dir }
    }

    /// Waits until API node `i` answers `/readyz` with 200.
    pub async fn ready(&mut self, i: usize) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if self.api[i].port == 0 {
                self.api[i].port = listening_port(self.api[i].dir.path()).unwrap_or(0);
            }
            if self.api[i].port != 0
                && let Ok(res) = self.client.get(self.url(i, "/readyz")).send().await
                && res.status() == StatusCode::OK
            {
                return;
            }
            let node = &mut self.api[i];
            assert!(node.alive(), "API node {i} exited: {}", log_of(node.dir.path()));
            assert!(Instant::now() < deadline, "API node {i} never became ready: {}", log_of(node.dir.path()));
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn api_alive(&mut self, i: usize) -> bool {
        self.api[i].alive()
    }

    pub fn env(&self, name: &str) -> Option<&str> {
        self.env.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    pub fn url(&self, node: usize, path: &str) -> String {
        // One node answers for all on the embedded default.
        format!("http://127.0.0.1:{}{path}", self.api[node % self.api.len()].port)
    }

    pub async fn post(&self, node: usize, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
        let res = self.client.post(self.url(node, path)).bearer_auth(token).json(&body).send().await.unwrap();
        answer(res).await
    }

    pub async fn get(&self, node: usize, token: &str, path: &str) -> (StatusCode, Value) {
        answer(self.client.get(self.url(node, path)).bearer_auth(token).send().await.unwrap()).await
    }

    /// Registers `email` on `node` and signs in there; returns the access token.
    pub async fn sign_up(&self, node: usize, email: &str) -> String {
        let body = json!({"email": email, "password": PASSWORD, "name": "Test User"});
        let res = self.client.post(self.url(node, "/api/v1/auth/register")).json(&body).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::CREATED, "{}", res.text().await.unwrap());
        self.log_in(node, email).await
    }

    pub async fn log_in(&self, node: usize, email: &str) -> String {
        let body = json!({"email": email, "password": PASSWORD});
        let (status, tokens) =
            answer(self.client.post(self.url(node, "/api/v1/auth/login")).json(&body).send().await.unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{tokens}");
        tokens["access_token"].as_str().unwrap().to_owned()
    }

    /// Credits `amount_minor` to the wallet of the holder of `token`, as `admin`, through `node`.
    pub async fn credit(&self, node: usize, admin: &str, token: &str, amount_minor: i64) {
        let (_, me) = self.get(node, token, "/api/v1/me").await;
        let adjust = format!("/api/v1/admin/users/{}/wallet/adjust", me["id"].as_str().unwrap());
        let (status, body) =
            self.post(node, admin, &adjust, json!({"amount_minor": amount_minor, "reason": "test credit"})).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    /// `n` API keys of the holder of `token` that may spend, made through the nodes in turn: each
    /// has its own request budget, so a burst spread over them is not throttled.
    pub async fn spending_keys(&self, token: &str, n: usize) -> Vec<String> {
        let mut keys = Vec::new();
        for i in 0..n {
            let body = json!({"name": format!("k{i}"), "scopes": ["read", "wallet"]});
            let (status, key) = self.post(i % 2, token, "/api/v1/api-keys", body).await;
            assert_eq!(status, StatusCode::CREATED, "{key}");
            keys.push(key["secret"].as_str().unwrap().to_owned());
        }
        keys
    }

    /// An admin's access token (signed up on node 0, promoted as `rms admin create` would).
    pub async fn admin(&self, email: &str) -> String {
        self.sign_up(0, email).await;
        self.exec(&format!("UPDATE users SET role = 'admin' WHERE email = '{email}'")).await;
        self.log_in(0, email).await
    }

    /// `who`'s address in this cluster (`who-<tag>@example.com`).
    pub fn email(&self, who: &str) -> String {
        format!("{who}-{}@example.com", self.tag)
    }

    pub async fn exec(&self, sql: &str) {
        let sql = sqlx::AssertSqlSafe(sql.to_owned());
        rms_store::on_db!(&self.db.db, pool => sqlx::query(sql).execute(pool).await.map(|r| r.rows_affected()))
            .unwrap();
    }

    pub async fn scalar_i64(&self, sql: &str) -> i64 {
        let sql = sqlx::AssertSqlSafe(sql.to_owned());
        rms_store::on_db!(&self.db.db, pool => sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await).unwrap()
    }

    pub async fn strings(&self, sql: &str) -> Vec<String> {
        let sql = sqlx::AssertSqlSafe(sql.to_owned());
        rms_store::on_db!(&self.db.db, pool => sqlx::query_scalar::<_, String>(sql).fetch_all(pool).await).unwrap()
    }

    /// Waits until no job is queued or running (the workers drained the queue).
    pub async fn drained(&self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            // In milliseconds, as jobs are stamped: whole seconds missed a job queued this second.
            let now = time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000;
            let busy = self
                .scalar_i64(&format!(
                    "SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running') AND run_at <= {now}"
                ))
                .await;
            if busy == 0 {
                return;
            }
            assert!(Instant::now() < deadline, "{busy} jobs still waiting");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The emails every worker (or the embedded node) spooled, decoded, those of replaced
    /// processes included.
    pub fn emails(&self) -> Vec<String> {
        let senders = if self.workers.is_empty() { &self.api } else { &self.workers };
        let mut all = self.lost_spools.clone();
        all.extend(senders.iter().flat_map(|w| crate::harness::spooled_in(&w.dir.path().join("mail"))));
        all
    }
}

pub async fn answer(res: reqwest::Response) -> (StatusCode, Value) {
    let status = res.status();
    let text = res.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

/// The port a node's log says it listens on.
fn listening_port(dir: &Path) -> Option<u16> {
    let log = log_of(dir);
    let (_, rest) = log.split_once("listening on http://127.0.0.1:")?;
    rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

pub fn log_of(dir: &Path) -> String {
    std::fs::read_to_string(PathBuf::from(dir).join("rms.log")).unwrap_or_default()
}

/// A product with one plan priced at `unit_minor`, made through both nodes; returns (admin
/// token, plan id).
pub async fn store(c: &Cluster, unit_minor: i64) -> (String, String) {
    let admin = c.admin(&c.email("vendor")).await;
    let (status, product) = c
        .post(0, &admin, "/api/v1/admin/products", json!({"name": "Editor Pro", "slug": "editor", "kind": "software"}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{product}");
    let plans = format!("/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap());
    let (status, plan) =
        c.post(0, &admin, &plans, json!({"name": "Annual", "max_activations": 1, "duration_days": 365})).await;
    assert_eq!(status, StatusCode::CREATED, "{plan}");
    let plan = plan["id"].as_str().unwrap().to_owned();
    let (status, body) =
        c.post(1, &admin, &format!("/api/v1/admin/plans/{plan}/prices"), json!({"amount_minor": unit_minor})).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    (admin, plan)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(all(rms_pg, rms_redis)), ignore = "needs RMS_TEST_POSTGRES_URL and RMS_TEST_REDIS_URL")]
async fn purchases_spread_over_two_nodes_never_double_spend_and_two_workers_run_each_job_once() {
    let c = Cluster::start(&[]).await;
    let (admin, plan) = store(&c, 300).await;
    let buyer = c.sign_up(1, &c.email("buyer")).await;
    c.credit(1, &admin, &buyer, 1_000).await;
    let keys = c.spending_keys(&buyer, 4).await;

    // Twenty purchases of 3.00 against 10.00, alternating nodes, plus one idempotency key sent
    // to both nodes at once: exactly three purchases happen, whatever the interleaving.
    let cart = json!({"items": [{"plan_id": plan, "quantity": 1}]});
    let calls = (0..22).map(|i| {
        let (c, key, cart) = (&c, keys[i % 4].clone(), cart.clone());
        async move {
            let idem = if i >= 20 { "same-on-both-nodes".to_owned() } else { format!("buy-{i}") };
            let res = c
                .client
                .post(c.url(i % 2, "/api/v1/store/purchase"))
                .bearer_auth(&key)
                .header("Idempotency-Key", idem)
                .json(&cart)
                .send()
                .await
                .unwrap();
            answer(res).await
        }
    });
    let answers = join_all(calls).await;
    for (status, body) in &answers {
        assert!(
            *status == StatusCode::CREATED
                || *status == StatusCode::PAYMENT_REQUIRED
                || *status == StatusCode::CONFLICT,
            "{status} {body}"
        );
    }
    let bought: std::collections::BTreeSet<String> = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::CREATED)
        .map(|(_, b)| b["invoice_number"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(bought.len(), 3, "{answers:?}");
    let (_, wallet) = c.get(1, &buyer, "/api/v1/wallet").await;
    assert_eq!(wallet["balance_minor"], 100, "three purchases of 3.00 from 10.00");
    let purchases = c.scalar_i64("SELECT COUNT(*) FROM ledger_txns WHERE kind = 'purchase'").await;
    assert_eq!(purchases, 3, "one purchase per answer, none twice");
    let year = time::OffsetDateTime::now_utc().year();
    let gapless: std::collections::BTreeSet<String> = (1..=3).map(|n| format!("INV-{year}-{n:06}")).collect();
    assert_eq!(bought, gapless, "invoice numbers are unique and without gaps across nodes");

    // The workers share the queue: every job ran once, none died, every PDF exists, every
    // receipt went out once.
    rms_testkit::eventually(Duration::from_secs(30), "three invoice PDFs", || async {
        c.scalar_i64("SELECT COUNT(*) FROM invoices WHERE pdf_status = 'ready'").await == 3
    })
    .await;
    c.drained().await;
    let twice = c.strings("SELECT kind || ' ' || attempts FROM jobs WHERE attempts > 1 OR state = 'dead'").await;
    assert!(twice.is_empty(), "jobs claimed more than once or dead: {twice:?}");
    rms_testkit::eventually(Duration::from_secs(15), "three receipts", || async {
        let emails = c.emails();
        bought.iter().all(|n| emails.iter().filter(|e| e.contains(n.as_str())).count() == 1)
    })
    .await;
    let emails = c.emails();
    for number in &bought {
        let receipts = emails.iter().filter(|e| e.contains(number.as_str())).count();
        assert_eq!(receipts, 1, "invoice {number}'s receipt went out once");
    }
    let (status, books) = c.get(0, &admin, "/api/v1/admin/ledger/reconcile").await;
    assert_eq!((status, &books["ok"]), (StatusCode::OK, &json!(true)), "{books}");
}

/// A licensed device on a product; every call goes to `node`.
pub struct Device {
    pub key: String,
    product: String,
}

impl Device {
    pub async fn validate(&self, c: &Cluster, node: usize) -> (StatusCode, Value) {
        let nonce = format!("nonce-{}", uuid::Uuid::new_v4());
        let body = json!({"key": self.key, "product": self.product, "nonce": nonce, "fingerprint": "pc-1"});
        answer(c.client.post(c.url(node, "/api/v1/licenses/validate")).json(&body).send().await.unwrap()).await
    }

    /// How many of `n` validations through `node` pass the rate limit (the rest answer 429;
    /// anything else fails the test), and one more than the whole seconds they took: the
    /// refills a one-per-second budget may have had meanwhile.
    pub async fn passes(&self, c: &Cluster, node: usize, n: usize) -> (usize, usize) {
        let started = Instant::now();
        let mut passed = 0;
        for _ in 0..n {
            let (status, body) = self.validate(c, node).await;
            assert!(status == StatusCode::OK || status == StatusCode::TOO_MANY_REQUESTS, "{status} {body}");
            passed += usize::from(status == StatusCode::OK);
        }
        (passed, started.elapsed().as_secs() as usize + 1)
    }

    /// How long after `since` node `node` first refuses the device with `code`.
    /// How long after `since` node `node` first refuses the device with `code`, counted to when
    /// the refused request was sent (its own trip is not the node's delay).
    async fn refused_after(&self, c: &Cluster, node: usize, code: &str, since: Instant) -> Duration {
        loop {
            let sent = since.elapsed();
            let (status, answer) = self.validate(c, node).await;
            assert_eq!(status, StatusCode::OK, "{answer}");
            if answer["code"] == code {
                return sent;
            }
            assert!(since.elapsed() < Duration::from_secs(5), "node {node} still answers {answer}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// A license of a fresh product for owner@example.com, activated on device "pc-1"; returns the
/// device, the license's id and the activation's id.
pub async fn licensed_device(c: &Cluster, admin: &str) -> (Device, String, String) {
    let (status, product) =
        c.post(0, admin, "/api/v1/admin/products", json!({"name": "Tool", "slug": "tool", "kind": "software"})).await;
    assert_eq!(status, StatusCode::CREATED, "{product}");
    let product = product["id"].as_str().unwrap().to_owned();
    let (status, plan) = c
        .post(
            0,
            admin,
            &format!("/api/v1/admin/products/{product}/plans"),
            json!({"name": "Pro", "max_activations": 2}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{plan}");
    c.sign_up(1, &c.email("owner")).await;
    let (status, license) =
        c.post(1, admin, "/api/v1/admin/licenses", json!({"email": c.email("owner"), "plan_id": plan["id"]})).await;
    assert_eq!(status, StatusCode::CREATED, "{license}");
    let device = Device { key: license["key"].as_str().unwrap().to_owned(), product };
    let nonce = format!("nonce-{}", uuid::Uuid::new_v4());
    let body = json!({"key": device.key, "product": "tool", "fingerprint": "pc-1", "name": "pc-1", "nonce": nonce});
    let (status, activated) =
        answer(c.client.post(c.url(0, "/api/v1/activations")).json(&body).send().await.unwrap()).await;
    assert_eq!(status, StatusCode::CREATED, "{activated}");
    let activation = activated["activation"]["id"].as_str().unwrap().to_owned();
    (device, license["id"].as_str().unwrap().to_owned(), activation)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(all(rms_pg, rms_redis)), ignore = "needs RMS_TEST_POSTGRES_URL and RMS_TEST_REDIS_URL")]
async fn a_suspension_or_revocation_on_one_node_is_refused_on_the_other_within_a_second() {
    // Polling every 20 ms must not run into the key's rate budget.
    let c = Cluster::start(&[("RMS_PRODUCT_RATE_PER_KEY", "1000")]).await;
    let admin = c.admin(&c.email("vendor")).await;
    let (device, license, _) = licensed_device(&c, &admin).await;
    // Node 1 has the license in its validation cache.
    for _ in 0..3 {
        let (_, answer) = device.validate(&c, 1).await;
        assert_eq!(answer["code"], "VALID", "{answer}");
    }
    let patch = |status: &'static str| {
        let (c, admin, license) = (&c, admin.clone(), license.clone());
        async move {
            let res = c
                .client
                .patch(c.url(0, &format!("/api/v1/admin/licenses/{license}")))
                .bearer_auth(&admin)
                .json(&json!({"status": status}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::OK, "{}", res.text().await.unwrap());
            Instant::now()
        }
    };
    let suspended = patch("suspended").await;
    let took = device.refused_after(&c, 1, "SUSPENDED", suspended).await;
    assert!(took <= Duration::from_secs(1), "the suspension reached node 1 after {took:?}");
    let reinstated = patch("active").await;
    device.refused_after(&c, 1, "VALID", reinstated).await;
    let revoked = patch("revoked").await;
    let took = device.refused_after(&c, 1, "REVOKED", revoked).await;
    assert!(took <= Duration::from_secs(1), "the revocation reached node 1 after {took:?}");

    // The owner's sessions end everywhere at once: a token signed out on node 1 is refused on
    // node 0 at its next request, and an API key revoked on node 0 is refused on node 1.
    let owner = c.log_in(0, &c.email("owner")).await;
    assert_eq!(c.get(1, &owner, "/api/v1/me").await.0, StatusCode::OK);
    let (status, key) = c.post(0, &owner, "/api/v1/api-keys", json!({"name": "ci", "scopes": ["read"]})).await;
    assert_eq!(status, StatusCode::CREATED, "{key}");
    let secret = key["secret"].as_str().unwrap();
    assert_eq!(c.get(1, secret, "/api/v1/me").await.0, StatusCode::OK);
    let res = c
        .client
        .delete(c.url(0, &format!("/api/v1/api-keys/{}", key["id"].as_str().unwrap())))
        .bearer_auth(&owner)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    assert_eq!(c.get(1, secret, "/api/v1/me").await.0, StatusCode::UNAUTHORIZED);
    let (status, _) = c.post(1, &owner, "/api/v1/auth/logout-all", json!({})).await;
    assert!(status.is_success(), "{status}");
    assert_eq!(c.get(0, &owner, "/api/v1/me").await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(all(rms_pg, rms_redis)), ignore = "needs RMS_TEST_POSTGRES_URL and RMS_TEST_REDIS_URL")]
async fn a_license_keys_rate_budget_is_one_budget_across_nodes() {
    // One call per second sustained, bursts of twenty (the least burst there is).
    let c = Cluster::start(&[("RMS_PRODUCT_RATE_PER_KEY", "1")]).await;
    let admin = c.admin(&c.email("vendor")).await;
    let (device, _, _) = licensed_device(&c, &admin).await;
    // The activation spent one call of the burst; spend the rest on node 0, then node 1 has
    // nothing left either (one refill a second may let one through).
    let (passed_on_0, refills) = device.passes(&c, 0, 25).await;
    // The burst, less the activation's call, plus what refilled while the loop ran.
    assert!((19..=20 + refills).contains(&passed_on_0), "node 0 let {passed_on_0} of 25 through");
    let (passed_on_1, refills) = device.passes(&c, 1, 10).await;
    assert!(passed_on_1 <= refills, "node 1 counted against the same budget, yet let {passed_on_1} of 10 through");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(all(rms_pg, rms_redis)), ignore = "needs RMS_TEST_POSTGRES_URL and RMS_TEST_REDIS_URL")]
async fn sessions_and_in_app_notifications_work_whichever_node_a_request_lands_on() {
    let c = Cluster::start(&[]).await;
    let (admin, plan) = store(&c, 300).await;
    let buyer = c.sign_up(0, &c.email("buyer")).await;
    let (_, me) = c.get(1, &buyer, "/api/v1/me").await;
    assert_eq!(me["email"], c.email("buyer").as_str(), "a token from node 0 works on node 1");

    // A browser signs in on node 0 and its cookies open the account page on node 1.
    let res = c.client.get(c.url(0, "/sign-in")).send().await.unwrap();
    let mut cookies = cookies_of(&res, Vec::new());
    let csrf = cookies.iter().find(|(k, _)| k == "rms_csrf").map(|(_, v)| v.clone()).expect("a CSRF cookie");
    let res = c
        .client
        .post(c.url(0, "/sign-in"))
        .header("cookie", cookie_header(&cookies))
        .form(&[("csrf", csrf.as_str()), ("email", c.email("buyer").as_str()), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    cookies = cookies_of(&res, cookies);
    let res = c.client.get(c.url(1, "/account")).header("cookie", cookie_header(&cookies)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "the session made on node 0 is good on node 1");

    // The buyer listens on node 1; the purchase is made on node 0 and its receipt delivered by
    // whichever worker claims it: the stream on node 1 hears it through Redis.
    let mut stream = c.client.get(c.url(1, "/api/v1/notifications/stream")).bearer_auth(&buyer).send().await.unwrap();
    assert_eq!(stream.status(), StatusCode::OK);
    c.credit(0, &admin, &buyer, 1_000).await;
    let (status, bought) =
        c.post(0, &buyer, "/api/v1/store/purchase", json!({"items": [{"plan_id": plan, "quantity": 1}]})).await;
    assert_eq!(status, StatusCode::CREATED, "{bought}");
    let mut heard = String::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !heard.contains(r#""kind":"purchase_receipt""#) {
        match tokio::time::timeout_at(deadline, stream.chunk()).await {
            Ok(Ok(Some(chunk))) => heard.push_str(&String::from_utf8_lossy(&chunk)),
            other => panic!("node 1's stream heard nothing of the purchase on node 0: {other:?} after {heard:?}"),
        }
    }
    let (status, list) = c.get(1, &buyer, "/api/v1/notifications").await;
    assert_eq!(status, StatusCode::OK);
    let items = list["items"].as_array().unwrap();
    assert!(!items.is_empty() && list["unread"].as_i64() >= Some(1), "node 1 lists what a worker recorded: {list}");
}

fn cookies_of(res: &reqwest::Response, mut jar: Vec<(String, String)>) -> Vec<(String, String)> {
    for v in res.headers().get_all("set-cookie") {
        let pair = v.to_str().unwrap().split(';').next().unwrap_or_default();
        if let Some((k, v)) = pair.split_once('=') {
            jar.retain(|(name, _)| name != k);
            if !v.is_empty() {
                jar.push((k.to_owned(), v.to_owned()));
            }
        }
    }
    jar
}

fn cookie_header(jar: &[(String, String)]) -> String {
    jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
}
