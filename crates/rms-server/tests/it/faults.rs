//! Crashes on purpose (rows M7, J1, R1–R3 of the test plan): `kill -9` of an API node, a worker,
//! or everything, at a random moment while purchases, top-ups and heartbeats are in flight, 30
//! rounds (`RMS_FAULT_ROUNDS` to change), each followed by a restart and a replay of every
//! request with its idempotency key (a heartbeat with its nonce). Then the books are checked:
//! every purchase and top-up happened exactly once, no money was created or lost, invoice
//! numbers have no gap, every invoice has its PDF and its receipt, no job died, and no device was
//! taken for a clone.

use std::collections::BTreeMap;
use std::time::Duration;

use futures::future::join_all;
use reqwest::StatusCode;
use rms_testkit::Backend;
use serde_json::{Value, json};

use crate::cluster::{Cluster, answer, licensed_device, store};

/// What a request came back with, or `None` when the process serving it died first.
pub type Outcome = Option<(StatusCode, Value)>;

pub async fn send(req: reqwest::RequestBuilder) -> Outcome {
    match req.send().await {
        Ok(res) => Some(answer(res).await),
        Err(_) => None,
    }
}

fn rounds() -> usize {
    std::env::var("RMS_FAULT_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(30)
}

/// Who dies in round `round`: on the embedded default its one process; on the cluster an API
/// node, the workers, the other API node, then all four at once, in turn.
pub enum Victims {
    Api(usize),
    Workers,
    All,
}

fn victims(c: &Cluster, round: usize) -> Victims {
    if c.workers.is_empty() {
        return Victims::Api(0);
    }
    match round % 4 {
        0 => Victims::Api(0),
        1 => Victims::Workers,
        2 => Victims::Api(1),
        _ => Victims::All,
    }
}

/// A device that heartbeats as the SDK does: an answer it never received is asked for again
/// with the same nonce and chain.
struct Beating {
    activation: String,
    chain: Option<String>,
    nonce: String,
    /// The beat under `nonce` was sent and its answer not received yet.
    pending: bool,
}

impl Beating {
    fn body(&self, key: &str) -> Value {
        let mut body = json!({"key": key, "nonce": self.nonce});
        if let Some(chain) = &self.chain {
            body["chain"] = json!(chain);
        }
        body
    }

    /// Takes the answer in: the next beat presents its chain under a fresh nonce.
    fn answered(&mut self, outcome: &(StatusCode, Value)) {
        let (status, body) = outcome;
        assert_eq!(*status, StatusCode::OK, "heartbeat: {body}");
        assert_eq!(body["code"], "VALID", "a replayed heartbeat is never taken for a clone: {body}");
        self.chain = body["chain"].as_str().map(str::to_owned);
        self.nonce = format!("nonce-{}", uuid::Uuid::new_v4());
        self.pending = false;
    }
}

async fn kill_loop(backend: Backend) {
    let mut c = Cluster::start_on(backend, &[("RMS_REQUEST_TIMEOUT_SECS", "2")]).await;
    let (admin, plan) = store(&c, 100).await;
    let buyer = c.sign_up(0, &c.email("buyer")).await;
    let initial = 1_000_000;
    c.credit(0, &admin, &buyer, initial).await;
    let keys = c.spending_keys(&buyer, 4).await;
    let (device, _, activation) = licensed_device(&c, &admin).await;
    let mut beating =
        Beating { activation, chain: None, nonce: format!("nonce-{}", uuid::Uuid::new_v4()), pending: false };
    let cart = json!({"items": [{"plan_id": plan, "quantity": 1}]});

    // Idempotency key → invoice number (purchases) or payment id (top-ups), once answered.
    let mut bought: BTreeMap<String, String> = BTreeMap::new();
    let mut topped: BTreeMap<String, String> = BTreeMap::new();
    let mut unsettled: Vec<(String, usize)> = Vec::new();
    let rounds = rounds();
    for round in 0..rounds {
        let nodes = c.api.len();
        let purchases = (0..20).map(|i| {
            let req = c
                .client
                .post(c.url(i % nodes, "/api/v1/store/purchase"))
                .bearer_auth(&keys[i % 4])
                .header("Idempotency-Key", format!("buy-{round}-{i}"))
                .json(&cart);
            send(req)
        });
        let top_ups = (0..2).map(|j| {
            let key = format!("top-{round}-{j}");
            let (c, token) = (&c, keys[j].clone());
            async move { top_up(c, (round + j) % nodes, &token, &key).await }
        });
        beating.pending = true;
        let beat = send(
            c.client
                .post(c.url(round % nodes, &format!("/api/v1/activations/{}/heartbeat", beating.activation)))
                .json(&beating.body(&device.key)),
        );
        // The kill lands 0–500 ms into the round, wherever the requests are by then.
        let victims = victims(&c, round);
        let pids = c.pids(&victims);
        let pause = Duration::from_millis(rand::random::<u64>() % 500);
        let killer = async move {
            tokio::time::sleep(pause).await;
            for pid in pids {
                let _ = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status();
            }
        };
        let (purchases, top_ups, beat, ()) = tokio::join!(join_all(purchases), join_all(top_ups), beat, killer);
        match victims {
            Victims::Api(i) => c.restart_api(i).await,
            Victims::Workers => {
                c.restart_worker(0);
                c.restart_worker(1);
            }
            Victims::All => {
                for i in 0..2 {
                    c.restart_worker(i);
                }
                for i in 0..c.api.len() {
                    c.restart_api(i).await;
                }
            }
        }
        for (i, outcome) in purchases.into_iter().enumerate() {
            match outcome {
                Some((StatusCode::CREATED, body)) => {
                    bought.insert(format!("buy-{round}-{i}"), body["invoice_number"].as_str().unwrap().to_owned());
                }
                // Its node died under it: the replay decides.
                None => {}
                Some(other) => panic!("buy-{round}-{i}: {other:?}"),
            }
        }
        for (j, outcome) in top_ups.into_iter().enumerate() {
            if let Some(id) = outcome {
                topped.insert(format!("top-{round}-{j}"), id);
            }
        }
        if let Some(outcome) = beat {
            beating.answered(&outcome);
        }

        // Replays: every purchase key gets its first answer again (or, if it never got one,
        // the purchase happens now, once); a key still held by a request that died with its
        // node is settled at the end, after the hold lapses.
        for i in 0..20 {
            let key = format!("buy-{round}-{i}");
            match replay_purchase(&c, (i + 1) % c.api.len(), &keys[i % 4], &key, &cart).await {
                Some(number) => {
                    if let Some(first) = bought.get(&key) {
                        assert_eq!(&number, first, "{key}: a replay answers the first purchase again");
                    }
                    bought.insert(key, number);
                }
                None => unsettled.push((key, i)),
            }
        }
        for (j, token) in keys.iter().take(2).enumerate() {
            let key = format!("top-{round}-{j}");
            let deadline = std::time::Instant::now() + Duration::from_secs(30);
            let id = loop {
                if let Some(id) = top_up(&c, j % c.api.len(), token, &key).await {
                    break id;
                }
                assert!(std::time::Instant::now() < deadline, "{key} was never paid");
                tokio::time::sleep(Duration::from_millis(200)).await;
            };
            if let Some(first) = topped.get(&key) {
                assert_eq!(&id, first, "{key}: a replay answers the first top-up again");
            }
            topped.insert(key, id);
        }
        // The device asks again for the answer it lost, with the same nonce.
        while beating.pending {
            let outcome = send(
                c.client
                    .post(c.url(0, &format!("/api/v1/activations/{}/heartbeat", beating.activation)))
                    .json(&beating.body(&device.key)),
            )
            .await;
            match outcome {
                Some(outcome) => beating.answered(&outcome),
                None => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }
    // Keys whose request died holding them: free once the hold lapses (timeout + 5 s).
    for (key, i) in unsettled {
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        let number = loop {
            if let Some(n) = replay_purchase(&c, 0, &keys[i % 4], &key, &cart).await {
                break n;
            }
            assert!(std::time::Instant::now() < deadline, "{key} stayed held");
            tokio::time::sleep(Duration::from_millis(250)).await;
        };
        bought.insert(key, number);
    }

    // The books: every key bought exactly once, under its own gapless invoice number.
    let purchases = rounds * 20;
    assert_eq!(bought.len(), purchases);
    let numbers: std::collections::BTreeSet<&String> = bought.values().collect();
    assert_eq!(numbers.len(), purchases, "no two keys share a purchase");
    let charged = c.scalar_i64("SELECT COUNT(*) FROM ledger_txns WHERE kind = 'purchase'").await as usize;
    assert_eq!(charged, purchases, "no purchase charged twice");
    let year = time::OffsetDateTime::now_utc().year();
    let stored = c.strings("SELECT number FROM invoices WHERE kind = 'invoice' ORDER BY number").await;
    let gapless: Vec<String> = (1..=purchases).map(|n| format!("INV-{year}-{n:06}")).collect();
    assert_eq!(stored, gapless, "invoice numbers have no gap and no repeat");
    // Every top-up is one paid payment, credited once.
    assert_eq!(topped.len(), rounds * 2);
    let paid = c.scalar_i64("SELECT COUNT(*) FROM payments WHERE status = 'paid'").await as usize;
    assert_eq!(paid, rounds * 2, "every top-up paid once");
    let (_, wallet) = c.get(0, &buyer, "/api/v1/wallet").await;
    let expected = initial + 500 * (rounds as i64) * 2 - 100 * purchases as i64;
    assert_eq!(wallet["balance_minor"].as_i64(), Some(expected), "no money created or lost");
    let (status, books) = c.get(0, &admin, "/api/v1/admin/ledger/reconcile").await;
    assert_eq!((status, &books["ok"]), (StatusCode::OK, &json!(true)), "{books}");
    // The jobs: a killed worker's jobs are taken up again after their lease; none is lost.
    c.drained().await;
    let dead = c.strings("SELECT kind FROM jobs WHERE state = 'dead'").await;
    assert!(dead.is_empty(), "jobs died: {dead:?}");
    rms_testkit::eventually(Duration::from_secs(60), "every invoice's PDF", || async {
        c.scalar_i64("SELECT COUNT(*) FROM invoices WHERE pdf_status <> 'ready'").await == 0
    })
    .await;
    rms_testkit::eventually(Duration::from_secs(60), "every receipt", || async {
        let emails = c.emails();
        numbers.iter().all(|n| emails.iter().any(|e| e.contains(n.as_str())))
    })
    .await;
    assert_eq!(c.scalar_i64("SELECT COUNT(*) FROM activations WHERE cloned_at IS NOT NULL").await, 0, "no false clone");
}

/// Starts (or replays) the top-up with `key` and pays it in the sandbox; the payment's id once
/// both answered, `None` when a process died under either.
async fn top_up(c: &Cluster, node: usize, token: &str, key: &str) -> Option<String> {
    let created = send(
        c.client
            .post(c.url(node, "/api/v1/wallet/top-ups"))
            .bearer_auth(token)
            .header("Idempotency-Key", key)
            .json(&json!({"amount_minor": 500, "gateway": "sandbox"})),
    )
    .await?;
    if created.0 == StatusCode::CONFLICT {
        return None; // still held by a request that died: asked again later
    }
    assert!(created.0 == StatusCode::CREATED || created.0 == StatusCode::OK, "{key}: {created:?}");
    let id = created.1["id"].as_str().unwrap().to_owned();
    let paid = send(c.client.post(c.url(node, &format!("/api/v1/wallet/top-ups/{id}/sandbox-pay"))).bearer_auth(token))
        .await?;
    // Paid now, or paid by an earlier try.
    assert!(paid.0 == StatusCode::OK || paid.0 == StatusCode::CONFLICT, "{key}: {paid:?}");
    let (_, status) =
        send(c.client.get(c.url(node, &format!("/api/v1/wallet/top-ups/{id}"))).bearer_auth(token)).await?;
    (status["status"] == "paid").then_some(id)
}

/// Replays purchase `key`: its invoice number, or `None` while a dead request still holds it.
async fn replay_purchase(c: &Cluster, node: usize, token: &str, key: &str, cart: &Value) -> Option<String> {
    loop {
        let req =
            c.client.post(c.url(node, "/api/v1/store/purchase")).bearer_auth(token).header("Idempotency-Key", key);
        match send(req.json(cart)).await {
            Some((StatusCode::CREATED, body)) => return Some(body["invoice_number"].as_str().unwrap().to_owned()),
            Some((StatusCode::CONFLICT, _)) => return None,
            Some(other) => panic!("{key}: {other:?}"),
            None => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_minus_nine_in_a_loop_on_the_embedded_default_loses_and_doubles_nothing() {
    kill_loop(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(all(rms_pg, rms_redis)), ignore = "needs RMS_TEST_POSTGRES_URL and RMS_TEST_REDIS_URL")]
async fn kill_minus_nine_of_nodes_and_workers_in_a_loop_loses_and_doubles_nothing() {
    kill_loop(Backend::Postgres).await;
}

/// A TCP relay to `upstream` that the test can cut, as a restart of the server behind it would:
/// cutting closes every live connection and stops listening (new connections are refused);
/// restoring listens on the same port again.
struct Relay {
    port: u16,
    upstream: std::net::SocketAddr,
    live: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::AbortHandle>>>,
    accept: std::sync::Mutex<Option<tokio::task::JoinHandle<()>>>,
}

impl Relay {
    async fn to(upstream: std::net::SocketAddr) -> Relay {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let relay = Relay { port, upstream, live: Default::default(), accept: Default::default() };
        relay.serve(listener);
        relay
    }

    fn serve(&self, listener: tokio::net::TcpListener) {
        let (upstream, conns) = (self.upstream, self.live.clone());
        let accept = tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let task = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                conns.lock().unwrap().push(task.abort_handle());
            }
        });
        *self.accept.lock().unwrap() = Some(accept);
    }

    fn cut(&self) {
        if let Some(accept) = self.accept.lock().unwrap().take() {
            accept.abort();
        }
        for conn in self.live.lock().unwrap().drain(..) {
            conn.abort();
        }
    }

    async fn restore(&self) {
        // The aborted accept task drops its listener a moment later: retry the bind until then.
        for _ in 0..100 {
            if let Ok(listener) = tokio::net::TcpListener::bind(("127.0.0.1", self.port)).await {
                self.serve(listener);
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("the relay could not listen on {} again", self.port);
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.cut();
    }
}

/// `url` with its host and port replaced by the relay's.
fn through(url: &str, relay: &Relay) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (authority, path) = rest.split_once('/').map_or((rest, ""), |(a, p)| (a, p));
    let (userinfo, _) = authority.rsplit_once('@').map_or(("", authority), |(u, h)| (u, h));
    let at = if userinfo.is_empty() { String::new() } else { format!("{userinfo}@") };
    format!("{scheme}://{at}127.0.0.1:{}/{path}", relay.port)
}

fn address_of(url: &str) -> std::net::SocketAddr {
    let rest = url.split_once("://").unwrap().1;
    let authority = rest.split('/').next().unwrap();
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host.contains(':') { host.to_owned() } else { format!("{host}:5432") };
    std::net::ToSocketAddrs::to_socket_addrs(&host.replace("localhost", "127.0.0.1")).unwrap().next().unwrap()
}

async fn readiness(c: &Cluster) -> (StatusCode, Value) {
    let token = c.env("RMS_METRICS_TOKEN").unwrap_or_default().to_owned();
    match c.client.get(c.url(0, "/readyz")).bearer_auth(token).send().await {
        Ok(res) => answer(res).await,
        Err(e) => panic!("/readyz did not answer: {e}"),
    }
}

/// Polls until `/readyz` answers `want`; how long that took.
async fn readiness_becomes(c: &Cluster, want: StatusCode, within: Duration) -> Duration {
    let started = std::time::Instant::now();
    loop {
        let (status, body) = readiness(c).await;
        if status == want {
            return started.elapsed();
        }
        assert!(started.elapsed() < within, "/readyz still {status} after {within:?}: {body}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

const METRICS_TOKEN: &str = "operator-token-for-the-fault-tests";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(rms_pg), ignore = "needs RMS_TEST_POSTGRES_URL")]
async fn when_postgresql_goes_away_the_node_says_not_ready_and_recovers_without_a_restart() {
    // The node reaches its database through a relay the test cuts, as a PostgreSQL restart
    // would (without restarting the PostgreSQL every other test uses).
    let db = rms_testkit::TestDb::new(Backend::Postgres).await;
    let relay = Relay::to(address_of(db.url())).await;
    let url = through(db.url(), &relay);
    let mut c = Cluster::single(db, &[("RMS_DATABASE_URL", url.as_str()), ("RMS_METRICS_TOKEN", METRICS_TOKEN)]).await;
    let pid = c.api[0].pid();
    let admin = c.admin(&c.email("vendor")).await;
    assert_eq!(c.get(0, &admin, "/api/v1/me").await.0, StatusCode::OK);

    relay.cut();
    readiness_becomes(&c, StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(15)).await;
    let (_, body) = readiness(&c).await;
    assert_eq!(body["checks"]["database"]["status"], "down", "{body}");
    // Alive all along, and nothing answers 500: requests needing the database get 503.
    let health = c.client.get(c.url(0, "/healthz")).send().await.unwrap();
    assert_eq!(health.status(), StatusCode::OK, "liveness holds during the outage");
    for _ in 0..5 {
        let (status, body) = c.get(0, &admin, "/api/v1/wallet").await;
        let log = crate::cluster::log_of(c.api[0].dir.path());
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{body}\n{log}");
        assert_eq!(body["code"], "SERVICE_UNAVAILABLE", "{body}");
    }

    relay.restore().await;
    let took = readiness_becomes(&c, StatusCode::OK, Duration::from_secs(30)).await;
    eprintln!("ready again {took:?} after PostgreSQL came back");
    rms_testkit::eventually(Duration::from_secs(10), "requests served again", || async {
        c.get(0, &admin, "/api/v1/me").await.0 == StatusCode::OK
    })
    .await;
    assert_eq!(c.api[0].pid(), pid, "the same process, never restarted");
    assert!(c.api_alive(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(all(rms_pg, rms_redis)), ignore = "needs RMS_TEST_POSTGRES_URL and RMS_TEST_REDIS_URL")]
async fn when_redis_goes_away_limits_hold_per_node_and_readiness_says_so() {
    let redis = rms_testkit::redis_url().unwrap();
    let relay = Relay::to(address_of(&redis)).await;
    let url = through(&redis, &relay);
    let c = Cluster::single(
        rms_testkit::TestDb::new(Backend::Postgres).await,
        &[("RMS_REDIS_URL", url.as_str()), ("RMS_METRICS_TOKEN", METRICS_TOKEN), ("RMS_PRODUCT_RATE_PER_KEY", "1")],
    )
    .await;
    let admin = c.admin(&c.email("vendor")).await;
    let (device, _, _) = licensed_device(&c, &admin).await;
    let (_, body) = readiness(&c).await;
    assert_eq!(body["checks"]["redis"]["status"], "ok", "{body}");

    relay.cut();
    rms_testkit::eventually(Duration::from_secs(15), "readiness to report Redis gone", || async {
        let (status, body) = readiness(&c).await;
        status == StatusCode::OK && body["checks"]["redis"]["status"] == "warn"
    })
    .await;
    // The node's own bucket takes over: a burst of twenty, then refusals; never a 500, never
    // open.
    let (passed, refills) = device.passes(&c, 0, 30).await;
    assert!((15..=20 + refills).contains(&passed), "the local bucket held: {passed} of 30 passed");
    // Signed-in requests are still served without Redis.
    assert_eq!(c.get(0, &admin, "/api/v1/me").await.0, StatusCode::OK);

    relay.restore().await;
    rms_testkit::eventually(Duration::from_secs(15), "readiness to see Redis again", || async {
        readiness(&c).await.1["checks"]["redis"]["status"] == "ok"
    })
    .await;
}
