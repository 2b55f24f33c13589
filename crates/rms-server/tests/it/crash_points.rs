//! Crash points (row M6 of the test plan): the process dies at each named step of the purchase,
//! top-up, webhook and credit flows and of a job's completion (`FAILPOINTS=<step>=return`; only
//! the test build has the points, see `rms_app::failpoints`). It is started again and the same
//! requests are sent again with the same keys, as a client or a gateway would. After every step
//! the books are checked: the crashed operation had happened entirely or not at all, the replay
//! makes it happen exactly once, the ledger reconciles, invoice numbers have no gap, no license
//! is without its invoice nor an invoice without its license, and no job died.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use rms_testkit::Backend;
use serde_json::{Value, json};

use crate::cluster::{Cluster, store};
use crate::faults::send;
use crate::payments::{CRYPTOMUS_KEY, cryptomus_event, cryptomus_fake, cryptomus_says};

/// A wallet purchase, in order: the idempotency key claimed; then, in one transaction, the
/// wallet debited, the invoice numbered, the licenses written, the answer kept with the key;
/// then committed but not answered.
const PURCHASE: [&str; 6] = [
    "idempotency.claimed",
    "purchase.debited",
    "purchase.numbered",
    "purchase.licensed",
    "purchase.answer_kept",
    "purchase.committed",
];

/// Starting a hosted top-up: the pending payment committed before the gateway is called; the
/// gateway's payment created but not stored with ours.
const TOP_UP: [&str; 2] = ["top_up.pending", "top_up.created"];

/// The gateway's webhook taken (stored and queued, not committed; committed, not answered), then
/// the worker crediting it (posted to the ledger; marked paid with the receipt queued; committed
/// with the job not yet recorded done).
const SETTLE: [&str; 5] = ["webhook.stored", "webhook.committed", "credit.posted", "credit.paid", "credit.committed"];

/// A job whose work is done but not recorded: the invoice's PDF.
const JOB: &str = "job.ran.invoice.render";

const PRICE: i64 = 100;
const TOP_UP_MINOR: i64 = 1_000;
const INITIAL: i64 = 10_000;

/// What should have happened so far.
#[derive(Default)]
struct Books {
    purchases: usize,
    top_ups: usize,
}

struct Shop {
    c: Cluster,
    admin: String,
    buyer: String,
    cart: Value,
    gateway: wiremock::MockServer,
    books: Books,
}

impl Shop {
    async fn open(backend: Backend) -> Shop {
        let gateway = cryptomus_fake().await;
        // A key held by a request that died is free again after the timeout plus 5 s.
        let c = Cluster::single(rms_testkit::TestDb::new(backend).await, &[("RMS_REQUEST_TIMEOUT_SECS", "2")]).await;
        let (admin, plan) = store(&c, PRICE).await;
        let buyer = c.sign_up(0, &c.email("buyer")).await;
        c.credit(0, &admin, &buyer, INITIAL).await;
        let settings = json!({"enabled": true, "api_base_url": gateway.uri(),
            "merchant_id": "8b03432e-385b-4670-8d06-064591096795", "payment_api_key": CRYPTOMUS_KEY});
        let res = c
            .client
            .put(c.url(0, "/api/v1/admin/gateways/cryptomus"))
            .bearer_auth(&admin)
            .json(&settings)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{}", res.text().await.unwrap());
        let cart = json!({"items": [{"plan_id": plan, "quantity": 1}]});
        Shop { c, admin, buyer, cart, gateway, books: Books::default() }
    }

    /// Restarts the process with `point` armed: the next time a request or job gets there, it dies.
    async fn arm(&mut self, point: &str) {
        self.c.restart_api_with(0, &[("FAILPOINTS", &format!("{point}=return"))]).await;
    }

    /// Waits for the armed process to die at its point, and starts it again unarmed.
    async fn crashed_and_restarted(&mut self, point: &str) {
        self.c.exited(0, Duration::from_secs(30)).await;
        let log = crate::cluster::log_of(self.c.api[0].dir.path());
        assert!(log.contains(&format!("fail point {point}: the process dies here")), "{point}: {log}");
        self.c.restart_api(0).await;
    }

    async fn purchase(&self, key: &str) -> Option<(StatusCode, Value)> {
        let req = self.c.client.post(self.c.url(0, "/api/v1/store/purchase")).bearer_auth(&self.buyer);
        send(req.header("Idempotency-Key", key).json(&self.cart)).await
    }

    /// Sends `request` (under idempotency key `key`) again until the key is free of the request
    /// that died holding it; the body it is created with.
    async fn until_free<F, Fut>(&self, key: &str, request: F) -> Value
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Option<(StatusCode, Value)>>,
    {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match request().await {
                Some((StatusCode::CREATED, body)) => return body,
                Some((StatusCode::CONFLICT, body)) if body["code"] == "IDEMPOTENCY_KEY_IN_USE" => {}
                other => panic!("{key}: {other:?}"),
            }
            assert!(Instant::now() < deadline, "{key} stayed held");
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// Purchase `key`, sent until answered; its invoice number.
    async fn replay_purchase(&self, key: &str) -> String {
        let body = self.until_free(key, || self.purchase(key)).await;
        body["invoice_number"].as_str().unwrap().to_owned()
    }

    async fn start_top_up(&self, key: &str) -> Option<(StatusCode, Value)> {
        let req = self.c.client.post(self.c.url(0, "/api/v1/wallet/top-ups")).bearer_auth(&self.buyer);
        send(req.header("Idempotency-Key", key).json(&json!({"amount_minor": TOP_UP_MINOR, "gateway": "cryptomus"})))
            .await
    }

    /// Top-up `key`, started (or replayed) until answered; the payment's id.
    async fn replay_top_up(&self, key: &str) -> String {
        let body = self.until_free(key, || self.start_top_up(key)).await;
        assert_eq!(body["status"], "pending", "{body}");
        body["id"].as_str().unwrap().to_owned()
    }

    /// The gateway's "paid" webhook for payment `id`, once.
    async fn deliver(&self, id: &str) -> Option<(StatusCode, Value)> {
        let req = self.c.client.post(self.c.url(0, "/webhooks/cryptomus")).header("content-type", "application/json");
        send(req.body(cryptomus_event(id, "paid", "10.00"))).await
    }

    /// Waits until payment `id` is paid (the worker read it back and credited it).
    async fn paid(&self, id: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let (_, payment) = self.c.get(0, &self.buyer, &format!("/api/v1/wallet/top-ups/{id}")).await;
            if payment["status"] == "paid" {
                assert_eq!(payment["credited_minor"], json!(TOP_UP_MINOR), "{payment}");
                return;
            }
            assert!(Instant::now() < deadline, "payment {id} never paid: {payment}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn count(&self, sql: &str) -> usize {
        usize::try_from(self.c.scalar_i64(sql).await).unwrap()
    }

    /// Purchases and top-ups the books hold right now (nothing waited for).
    async fn applied(&self) -> (usize, usize) {
        let purchases = self.count("SELECT COUNT(*) FROM ledger_txns WHERE kind = 'purchase'").await;
        let top_ups = self.count("SELECT COUNT(*) FROM ledger_txns WHERE kind = 'top_up'").await;
        (purchases, top_ups)
    }

    /// Every invariant, once the queue is drained, after the step `point`.
    async fn check(&self, point: &str) {
        let c = &self.c;
        c.drained().await;
        let Books { purchases, top_ups } = self.books;
        assert_eq!(self.applied().await, (purchases, top_ups), "{point}: each operation happened once");
        let (_, wallet) = c.get(0, &self.buyer, "/api/v1/wallet").await;
        let balance = INITIAL + TOP_UP_MINOR * top_ups as i64 - PRICE * purchases as i64;
        assert_eq!(wallet["balance_minor"], json!(balance), "{point}: no money created or lost");
        let year = time::OffsetDateTime::now_utc().year();
        let stored = c.strings("SELECT number FROM invoices WHERE kind = 'invoice' ORDER BY number").await;
        let gapless: Vec<String> = (1..=purchases).map(|n| format!("INV-{year}-{n:06}")).collect();
        assert_eq!(stored, gapless, "{point}: invoice numbers without a gap");
        let orphans = "SELECT (SELECT COUNT(*) FROM licenses WHERE invoice_id IS NULL) + (SELECT COUNT(*) FROM \
                       invoices i WHERE NOT EXISTS (SELECT 1 FROM licenses l WHERE l.invoice_id = i.id))";
        assert_eq!(self.count(orphans).await, 0, "{point}: no license without its invoice, nor the reverse");
        assert_eq!(self.count("SELECT COUNT(*) FROM payments WHERE status = 'paid'").await, top_ups, "{point}");
        let receipts = "SELECT COUNT(*) FROM notifications WHERE kind = 'top_up_credited'";
        assert_eq!(self.count(receipts).await, top_ups, "{point}: one receipt per top-up");
        let purchased = "SELECT COUNT(*) FROM notifications WHERE kind = 'purchase_receipt'";
        assert_eq!(self.count(purchased).await, purchases, "{point}: one receipt per purchase");
        let dead = c.strings("SELECT kind FROM jobs WHERE state = 'dead'").await;
        assert!(dead.is_empty(), "{point}: jobs died: {dead:?}");
        let (status, books) = c.get(0, &self.admin, "/api/v1/admin/ledger/reconcile").await;
        assert_eq!((status, &books["ok"]), (StatusCode::OK, &json!(true)), "{point}: {books}");
    }
}

async fn crash_matrix(backend: Backend) {
    let mut shop = Shop::open(backend).await;
    let mut points = 0;

    for point in PURCHASE {
        shop.arm(point).await;
        let key = format!("buy-{point}");
        let first = shop.purchase(&key).await;
        assert!(first.is_none(), "{point}: the process died before answering: {first:?}");
        shop.crashed_and_restarted(point).await;
        // All or nothing: only a committed purchase is in the books.
        let committed = usize::from(point == "purchase.committed");
        assert_eq!(shop.applied().await.0, shop.books.purchases + committed, "{point}: all or nothing");
        let number = shop.replay_purchase(&key).await;
        shop.books.purchases += 1;
        let year = time::OffsetDateTime::now_utc().year();
        assert_eq!(number, format!("INV-{year}-{:06}", shop.books.purchases), "{point}: the next number");
        // Asked once more, the key answers the same purchase.
        assert_eq!(shop.replay_purchase(&key).await, number, "{point}");
        shop.check(point).await;
        points += 1;
    }

    // The invoice's PDF rendered, the job not recorded: it runs again, and the invoice keeps its
    // one number and ends with its PDF.
    shop.arm(JOB).await;
    let key = "buy-job";
    let first = shop.purchase(key).await;
    shop.crashed_and_restarted(JOB).await;
    let number = shop.replay_purchase(key).await;
    if let Some((status, body)) = first {
        assert_eq!((status, body["invoice_number"].as_str()), (StatusCode::CREATED, Some(number.as_str())));
    }
    shop.books.purchases += 1;
    rms_testkit::eventually(Duration::from_secs(60), "every invoice's PDF", || async {
        shop.count("SELECT COUNT(*) FROM invoices WHERE pdf_status <> 'ready'").await == 0
    })
    .await;
    // The crashed job runs again once its lease lapses. Every other render ran once; this one
    // twice.
    shop.c.drained().await;
    let runs =
        shop.c.strings("SELECT CAST(attempts AS TEXT) FROM jobs WHERE kind = 'invoice.render' ORDER BY created_at");
    let mut want = vec!["1".to_owned(); shop.books.purchases - 1];
    want.push("2".to_owned());
    assert_eq!(runs.await, want, "the render ran again after the crash, once");
    shop.check(JOB).await;
    points += 1;

    for point in TOP_UP {
        shop.arm(point).await;
        let key = format!("top-{point}");
        let first = shop.start_top_up(&key).await;
        assert!(first.is_none(), "{point}: the process died before answering: {first:?}");
        shop.crashed_and_restarted(point).await;
        // The replay starts a payment of its own; the one abandoned by the crash stays pending and
        // is never credited (its payer never saw where to pay it).
        let id = shop.replay_top_up(&key).await;
        assert_eq!(shop.replay_top_up(&key).await, id, "{point}: the key answers the same payment");
        cryptomus_says(&shop.gateway, &id, "paid", "10.00").await;
        let delivered = shop.deliver(&id).await;
        assert_eq!(delivered.map(|(s, _)| s), Some(StatusCode::OK), "{point}");
        shop.paid(&id).await;
        shop.books.top_ups += 1;
        shop.check(point).await;
        points += 1;
    }

    for point in SETTLE {
        let events = shop.count("SELECT COUNT(*) FROM payment_events").await;
        shop.arm(point).await;
        let id = shop.replay_top_up(&format!("top-{point}")).await;
        cryptomus_says(&shop.gateway, &id, "paid", "10.00").await;
        let delivered = shop.deliver(&id).await;
        if point.starts_with("webhook.") {
            assert!(delivered.is_none(), "{point}: died while taking the webhook: {delivered:?}");
        } else {
            // Taken; the worker dies later, usually after the answer went out.
            let status = delivered.map(|(s, _)| s);
            assert!(matches!(status, None | Some(StatusCode::OK)), "{point}: the webhook was taken: {status:?}");
        }
        shop.crashed_and_restarted(point).await;
        // All or nothing: the webhook is stored once its transaction committed; a payment is
        // paid exactly when its credit is in the ledger (the restarted worker may have run the
        // job again already, so only the pair is certain), and committed before the crash means
        // credited.
        let taken = usize::from(point != "webhook.stored");
        let stored = shop.count("SELECT COUNT(*) FROM payment_events").await;
        assert_eq!(stored, events + taken, "{point}: the webhook stored entirely or not at all");
        let unpaired = "SELECT (SELECT COUNT(*) FROM payments WHERE status = 'paid') \
                        - (SELECT COUNT(*) FROM ledger_txns WHERE kind = 'top_up')";
        assert_eq!(shop.c.scalar_i64(unpaired).await, 0, "{point}: paid and credited together");
        if point == "credit.committed" {
            assert_eq!(shop.applied().await.1, shop.books.top_ups + 1, "{point}: committed is credited");
        }
        // The gateway delivers again, as it does until it gets a 2xx.
        let again = shop.deliver(&id).await;
        assert_eq!(again.map(|(s, _)| s), Some(StatusCode::OK), "{point}: the redelivery is taken");
        shop.paid(&id).await;
        shop.books.top_ups += 1;
        shop.check(point).await;
        points += 1;
    }

    assert_eq!(points, PURCHASE.len() + 1 + TOP_UP.len() + SETTLE.len(), "every point was crashed at");
    let abandoned = shop.count("SELECT COUNT(*) FROM payments WHERE status = 'pending'").await;
    assert_eq!(abandoned, TOP_UP.len(), "only the top-ups abandoned by a crash stay pending");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_at_any_step_of_a_purchase_or_credit_on_the_embedded_default_applies_it_once_or_not_at_all() {
    crash_matrix(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(not(all(rms_pg, rms_redis)), ignore = "needs RMS_TEST_POSTGRES_URL and RMS_TEST_REDIS_URL")]
async fn a_crash_at_any_step_of_a_purchase_or_credit_on_postgresql_applies_it_once_or_not_at_all() {
    crash_matrix(Backend::Postgres).await;
}
