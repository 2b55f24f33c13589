//! Top-ups through the four gateways end to end, each against a wiremock fake of its API built
//! from payments.md: the pay URL is issued, the gateway's signed webhook arrives, the worker
//! reads the payment back and the wallet is credited once, with the receipt queued. Plus the
//! webhook rules: a bad signature changes nothing (W1), redeliveries credit once (W2), any order
//! of events ends in the gateway's latest state (W3), and a read-back that disagrees with the
//! order goes to the admin's review queue. No test reaches the internet.

use std::time::Duration;

use reqwest::Method;
use rms_payments::canonical::Json;
use rms_payments::{cryptomus, nowpayments, plisio};
use rms_testkit::db_test;
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::harness::{TestApp, status_and_json};

/// A signed-in buyer and an admin on a fresh server.
struct Shop {
    app: TestApp,
    admin: String,
    buyer: String,
}

async fn shop(t: rms_testkit::TestDb) -> Shop {
    let app = TestApp::spawn(t).await;
    let admin = app.admin_token("admin@example.com").await;
    let buyer = app.sign_up_and_in("buyer@example.com").await["access_token"].as_str().unwrap().to_owned();
    Shop { app, admin, buyer }
}

impl Shop {
    async fn configure(&self, gateway: &str, settings: Value) -> Value {
        let res =
            self.app.send_with(Method::PUT, &format!("/api/v1/admin/gateways/{gateway}"), &self.admin, &settings).await;
        let (status, body) = status_and_json(res).await;
        assert_eq!(status, 200, "{body}");
        body
    }

    async fn top_up(&self, gateway: &str, amount_minor: i64) -> Value {
        let res = self
            .app
            .send_with(
                Method::POST,
                "/api/v1/wallet/top-ups",
                &self.buyer,
                &json!({"amount_minor": amount_minor, "gateway": gateway}),
            )
            .await;
        let (status, body) = status_and_json(res).await;
        assert_eq!(status, 201, "{body}");
        body
    }

    async fn webhook(&self, gateway: &str, headers: &[(&str, &str)], body: &str) -> reqwest::Response {
        let mut req = self.app.client.post(self.app.url(&format!("/webhooks/{gateway}"))).body(body.to_owned());
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().await.unwrap()
    }

    async fn balance(&self) -> i64 {
        let res = self.app.get_with("/api/v1/wallet", &self.buyer).await;
        res.json::<Value>().await.unwrap()["balance_minor"].as_i64().unwrap()
    }

    async fn payment(&self, id: &str) -> Value {
        self.app.get_with(&format!("/api/v1/wallet/top-ups/{id}"), &self.buyer).await.json().await.unwrap()
    }

    /// Waits for the worker to settle payment `id` out of `pending`.
    async fn settled(&self, id: &str) -> Value {
        for _ in 0..200 {
            let p = self.payment(id).await;
            if p["status"] != "pending" {
                return p;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("payment {id} was never settled");
    }

    /// Waits (up to 10 s) for payment `id` to reach `status`: a webhook's effect lands in the
    /// background.
    async fn reaches(&self, id: &str, status: &str) {
        let what = format!("payment {id} is {status}");
        rms_testkit::eventually(Duration::from_secs(10), &what, || async move {
            self.payment(id).await["status"] == status
        })
        .await;
    }

    /// Top-up receipts recorded: each goes out on the payer's chosen channels (email and the
    /// app by default).
    async fn receipts(&self) -> i64 {
        self.count("SELECT COUNT(*) FROM notifications WHERE kind IN ('top_up_credited', 'transfer_confirmed')").await
    }

    /// Settled payments flagged for an admin, as the admin API lists them.
    async fn flagged(&self) -> Vec<Value> {
        let res = self.app.get_with("/api/v1/admin/payments?attention=true", &self.admin).await;
        let (status, body) = status_and_json(res).await;
        assert_eq!(status, 200, "{body}");
        body.as_array().unwrap().clone()
    }

    /// [`Shop::flagged`] once the worker flagged one (up to 10 s).
    async fn wait_flagged(&self) -> Vec<Value> {
        rms_testkit::eventually(Duration::from_secs(10), "a flagged payment", || async {
            self.count("SELECT COUNT(*) FROM payments WHERE attention IS NOT NULL").await > 0
        })
        .await;
        self.flagged().await
    }

    async fn count(&self, sql: &'static str) -> i64 {
        match &self.app.db {
            rms_store::Db::Sqlite(pool, _) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
            rms_store::Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        }
    }

    async fn ledger_is_sound(&self) {
        let res = self.app.get_with("/api/v1/admin/ledger/reconcile", &self.admin).await;
        let (status, body) = status_and_json(res).await;
        assert_eq!((status.as_u16(), &body["ok"]), (200, &json!(true)), "{body}");
    }
}

// Cryptomus: signed requests, `sign` inside the webhook body over PHP's json_encode.

pub(crate) const CRYPTOMUS_KEY: &str = "cryptomus-payment-key";

pub(crate) fn cryptomus_event(order_id: &str, status: &str, amount: &str) -> String {
    let uuid = uuid_of(order_id);
    let unsigned = json!({
        "type": "payment", "uuid": uuid, "order_id": order_id, "amount": amount, "payment_amount": amount,
        "merchant_amount": amount, "is_final": status != "process", "status": status, "currency": "USD",
        "network": "tron", "payer_currency": "USDT", "additional_data": "Top-up https://shop.example/w",
    });
    let canonical = Json::parse(unsigned.to_string().as_bytes()).unwrap().php_json_encode();
    let mut signed = unsigned;
    signed["sign"] = json!(cryptomus::sign(canonical.as_bytes(), CRYPTOMUS_KEY));
    signed.to_string()
}

/// Cryptomus' invoice uuid for our order (the fake makes one per order, as Cryptomus does).
pub(crate) fn uuid_of(order_id: &str) -> String {
    format!("c0ffee00-{}", &order_id[9..])
}

/// Creates an invoice for the order in the request, like Cryptomus.
struct CreateInvoice;

impl wiremock::Respond for CreateInvoice {
    fn respond(&self, request: &wiremock::Request) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).unwrap();
        let order_id = body["order_id"].as_str().unwrap();
        let uuid = uuid_of(order_id);
        ResponseTemplate::new(200).set_body_json(json!({"state": 0, "result": {
            "uuid": uuid, "order_id": order_id, "amount": body["amount"], "payment_status": "check",
            "url": format!("https://pay.cryptomus.com/pay/{uuid}"), "is_final": false, "currency": "USD"}}))
    }
}

pub(crate) async fn cryptomus_fake() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/v1/payment")).respond_with(CreateInvoice).mount(&server).await;
    server
}

/// The gateway's read-back answer: what Cryptomus says about the payment now.
pub(crate) async fn cryptomus_says(server: &MockServer, order_id: &str, status: &str, amount: &str) {
    let uuid = uuid_of(order_id);
    server.reset().await;
    Mock::given(method("POST")).and(path("/v1/payment")).respond_with(CreateInvoice).mount(server).await;
    Mock::given(method("POST"))
        .and(path("/v1/payment/info"))
        .and(wiremock::matchers::body_partial_json(json!({"uuid": uuid})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"state": 0, "result": {
            "uuid": uuid, "order_id": order_id, "amount": "10.00", "payment_amount": amount, "currency": "USD",
            "payment_status": status, "is_final": true}})))
        .mount(server)
        .await;
}

async fn cryptomus_shop(t: rms_testkit::TestDb, server: &MockServer) -> Shop {
    let shop = shop(t).await;
    let view = shop
        .configure(
            "cryptomus",
            json!({"enabled": true, "api_base_url": server.uri(), "merchant_id": "8b03432e-385b-4670-8d06-064591096795",
                   "payment_api_key": CRYPTOMUS_KEY}),
        )
        .await;
    assert_eq!(view["credentials"], json!({"merchant_id": "set", "payment_api_key": "set"}), "never shown again");
    assert!(view["webhook_url"].as_str().unwrap().ends_with("/webhooks/cryptomus"));
    shop
}

db_test!(
    async fn a_cryptomus_top_up_is_credited_once_however_often_and_concurrently_its_webhook_arrives(t: TestDb) {
        let server = cryptomus_fake().await;
        let shop = cryptomus_shop(t, &server).await;
        let payment = shop.top_up("cryptomus", 1_000).await;
        let id = payment["id"].as_str().unwrap().to_owned();
        assert_eq!(payment["pay_url"], json!(format!("https://pay.cryptomus.com/pay/{}", uuid_of(&id))));
        assert_eq!(payment["status"], "pending");

        cryptomus_says(&server, &id, "paid", "10.00").await;
        let event = cryptomus_event(&id, "paid", "10.00");
        // W2: ten deliveries in sequence, then ten at once: every one 2xx, one credit.
        for _ in 0..10 {
            let res = shop.webhook("cryptomus", &[("content-type", "application/json")], &event).await;
            assert_eq!(res.status(), 200);
        }
        let concurrent = (0..10).map(|_| shop.webhook("cryptomus", &[("content-type", "application/json")], &event));
        for res in futures::future::join_all(concurrent).await {
            assert_eq!(res.status(), 200);
        }
        let settled = shop.settled(&id).await;
        assert_eq!((settled["status"].as_str(), settled["credited_minor"].as_i64()), (Some("paid"), Some(1_000)));
        assert_eq!(shop.balance().await, 1_000);
        assert_eq!(shop.receipts().await, 1, "one receipt");
        shop.ledger_is_sound().await;

        // The admin sees the raw event and what the read-back said.
        let res = shop.app.get_with(&format!("/api/v1/admin/payments/{id}"), &shop.admin).await;
        let history: Value = res.json().await.unwrap();
        assert_eq!(history["events"].as_array().unwrap().len(), 1, "stored once: {history}");
        assert!(history["checks"].as_array().unwrap().iter().any(|c| c["state"] == "paid"), "{history}");
    }
);

db_test!(
    async fn a_webhook_with_a_bad_signature_is_refused_and_changes_nothing(t: TestDb) {
        let server = cryptomus_fake().await;
        let shop = cryptomus_shop(t, &server).await;
        let payment = shop.top_up("cryptomus", 1_000).await;
        let id = payment["id"].as_str().unwrap();
        cryptomus_says(&server, id, "paid", "10.00").await;
        let good = cryptomus_event(id, "paid", "10.00");
        let tampered = good.replace("\"10.00\"", "\"100.00\"");
        let unsigned = good.replace("\"sign\"", "\"signature\"");
        for bad in [tampered.as_str(), unsigned.as_str(), "{not json", ""] {
            let (status, body) = status_and_json(shop.webhook("cryptomus", &[], bad).await).await;
            assert_eq!((status.as_u16(), body["code"].as_str()), (401, Some("WEBHOOK_SIGNATURE_INVALID")), "{bad}");
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(shop.payment(id).await["status"], "pending");
        assert_eq!(shop.balance().await, 0);
        let gateways: Value = shop.app.get_with("/api/v1/admin/gateways", &shop.admin).await.json().await.unwrap();
        let cryptomus = gateways.as_array().unwrap().iter().find(|g| g["gateway"] == "cryptomus").unwrap();
        assert_eq!(
            cryptomus["failures"]["bad_signature"].as_i64().unwrap()
                + cryptomus["failures"]["unverifiable"].as_i64().unwrap_or(0),
            4,
            "{cryptomus}"
        );
        // An unknown gateway is not a webhook address.
        assert_eq!(shop.webhook("stripe", &[], &good).await.status(), 404);
    }
);

db_test!(
    async fn a_read_back_that_disagrees_with_the_webhook_goes_to_the_review_queue(t: TestDb) {
        let server = cryptomus_fake().await;
        let shop = cryptomus_shop(t, &server).await;
        let payment = shop.top_up("cryptomus", 1_000).await;
        let id = payment["id"].as_str().unwrap().to_owned();
        // The webhook claims 10.00; the gateway, asked, says 5.00 arrived.
        cryptomus_says(&server, &id, "paid", "5.00").await;
        let res = shop.webhook("cryptomus", &[], &cryptomus_event(&id, "paid", "10.00")).await;
        assert_eq!(res.status(), 200);
        let settled = shop.settled(&id).await;
        assert_eq!(
            (settled["status"].as_str(), settled["review_reason"].as_str()),
            (Some("review"), Some("amount_mismatch"))
        );
        assert_eq!(shop.balance().await, 0, "never silently credited");
        let queue: Value =
            shop.app.get_with("/api/v1/admin/payments?status=review", &shop.admin).await.json().await.unwrap();
        assert_eq!(queue.as_array().unwrap().len(), 1);
        // The admin credits what arrived (5.00 of the base currency).
        let res = shop
            .app
            .send_with(
                Method::POST,
                &format!("/api/v1/admin/payments/{id}/review"),
                &shop.admin,
                &json!({"decision": "approve", "credit_minor": 500}),
            )
            .await;
        let (status, body) = status_and_json(res).await;
        assert_eq!((status.as_u16(), body["status"].as_str()), (200, Some("paid")), "{body}");
        assert_eq!(shop.balance().await, 500);
        shop.ledger_is_sound().await;
    }
);

db_test!(
    async fn webhooks_in_any_order_end_in_the_gateways_latest_state(t: TestDb) {
        let server = cryptomus_fake().await;
        let shop = cryptomus_shop(t, &server).await;
        // W3: the money came and went back (created → paid → refunded); the events arrive in
        // every order, and the read-back says what is true now.
        let orders = [
            ["process", "paid", "refund_paid"],
            ["process", "refund_paid", "paid"],
            ["paid", "process", "refund_paid"],
            ["paid", "refund_paid", "process"],
            ["refund_paid", "process", "paid"],
            ["refund_paid", "paid", "process"],
        ];
        for events in orders {
            let payment = shop.top_up("cryptomus", 1_000).await;
            let id = payment["id"].as_str().unwrap().to_owned();
            cryptomus_says(&server, &id, "refund_paid", "10.00").await;
            for status in events {
                let res = shop.webhook("cryptomus", &[], &cryptomus_event(&id, status, "10.00")).await;
                assert_eq!(res.status(), 200, "{events:?}");
            }
            let settled = shop.settled(&id).await;
            assert_eq!(settled["status"], "failed", "{events:?}: the money went back before it was credited");
            assert_eq!(shop.balance().await, 0, "{events:?}");
        }
        // Paid and not refunded, events out of order: credited once.
        let payment = shop.top_up("cryptomus", 1_000).await;
        let id = payment["id"].as_str().unwrap().to_owned();
        cryptomus_says(&server, &id, "paid", "10.00").await;
        for status in ["paid", "process"] {
            shop.webhook("cryptomus", &[], &cryptomus_event(&id, status, "10.00")).await;
        }
        assert_eq!(shop.settled(&id).await["status"], "paid");
        // Then the gateway refunds it: the wallet gives the credit back.
        cryptomus_says(&server, &id, "refund_paid", "10.00").await;
        shop.webhook("cryptomus", &[], &cryptomus_event(&id, "refund_paid", "10.00")).await;
        shop.reaches(&id, "refunded").await;
        assert_eq!(shop.balance().await, 0);
        shop.ledger_is_sound().await;
    }
);

db_test!(
    async fn a_refund_of_a_top_up_already_spent_leaves_the_wallet_whole_and_flags_the_payment(t: TestDb) {
        let server = cryptomus_fake().await;
        let shop = cryptomus_shop(t, &server).await;
        let payment = shop.top_up("cryptomus", 1_000).await;
        let id = payment["id"].as_str().unwrap().to_owned();
        cryptomus_says(&server, &id, "paid", "10.00").await;
        shop.webhook("cryptomus", &[], &cryptomus_event(&id, "paid", "10.00")).await;
        assert_eq!(shop.settled(&id).await["status"], "paid");
        // The buyer spends 6.00 of it (an admin debit stands in for a purchase).
        let me: Value = shop.app.get_with("/api/v1/me", &shop.buyer).await.json().await.unwrap();
        let adjust = format!("/api/v1/admin/users/{}/wallet/adjust", me["id"].as_str().unwrap());
        let spent = json!({"amount_minor": -600, "reason": "spent"});
        assert_eq!(shop.app.send_with(Method::POST, &adjust, &shop.admin, &spent).await.status(), 200);
        // Then the gateway refunds all 10.00: the wallet cannot give back what was spent, so it
        // gives back nothing and an admin is asked to settle it, once.
        cryptomus_says(&server, &id, "refund_paid", "10.00").await;
        shop.webhook("cryptomus", &[], &cryptomus_event(&id, "refund_paid", "10.00")).await;
        let flagged = shop.wait_flagged().await;
        assert_eq!(flagged.len(), 1, "{flagged:?}");
        assert_eq!((&flagged[0]["status"], &flagged[0]["attention"]), (&json!("paid"), &json!("refund_after_spend")));
        assert_eq!(shop.balance().await, 400, "the wallet never goes below what it holds");
        // Read back again (an admin's "check now"): the same refund raises nothing new.
        let recheck = format!("/api/v1/admin/payments/{id}/recheck");
        let res = shop.app.send_with(Method::POST, &recheck, &shop.admin, &json!({})).await;
        assert_eq!(res.status(), 200);
        assert_eq!(shop.count("SELECT COUNT(*) FROM jobs WHERE kind = 'telegram.admin_alert'").await, 1);

        // The admin settles it (here: takes the 4.00 left and writes the rest off) and marks it
        // handled. Money arriving in the wallet later is not taken for that refund a second time.
        let rest = json!({"amount_minor": -400, "reason": "refund of a spent top-up"});
        assert_eq!(shop.app.send_with(Method::POST, &adjust, &shop.admin, &rest).await.status(), 200);
        let handled = format!("/api/v1/admin/payments/{id}/handled");
        assert_eq!(shop.app.send_with(Method::POST, &handled, &shop.admin, &json!({})).await.status(), 200);
        let later = json!({"amount_minor": 2_000, "reason": "a later credit"});
        assert_eq!(shop.app.send_with(Method::POST, &adjust, &shop.admin, &later).await.status(), 200);
        let res = shop.app.send_with(Method::POST, &recheck, &shop.admin, &json!({})).await;
        assert_eq!(res.status(), 200);
        assert_eq!(shop.balance().await, 2_000, "the handled refund is not taken again");
        assert!(shop.flagged().await.is_empty());
        shop.ledger_is_sound().await;
    }
);

// NOWPayments: hosted invoice, IPN signed with HMAC-SHA512 in x-nowpayments-sig.

db_test!(
    async fn a_nowpayments_top_up_is_credited_after_the_read_back_and_a_re_deposit_is_not(t: TestDb) {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/invoice"))
            .respond_with(ResponseTemplate::new(201).set_body_json(json!({
                "id": "4522625843", "invoice_url": "https://nowpayments.io/payment/?iid=4522625843", "price_amount": "10"})))
            .mount(&server)
            .await;
        let shop = shop(t).await;
        shop.configure(
            "nowpayments",
            json!({"enabled": true, "api_base_url": server.uri(), "api_key": "np-key", "ipn_secret": "np-secret"}),
        )
        .await;
        let payment = shop.top_up("nowpayments", 1_000).await;
        let id = payment["id"].as_str().unwrap().to_owned();
        assert_eq!(payment["pay_url"], "https://nowpayments.io/payment/?iid=4522625843");
        Mock::given(method("GET"))
            .and(path("/payment/5077125051"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "payment_id": 5077125051u64, "payment_status": "finished", "order_id": id,
                "price_amount": 10, "price_currency": "usd", "actually_paid": 0.00016})))
            .mount(&server)
            .await;
        // Unsorted on the wire; signed over the sorted form, as NOWPayments documents.
        let body = format!(
            r#"{{"payment_status":"finished","payment_id":5077125051,"order_id":"{id}","price_amount":10,"price_currency":"usd","actually_paid":0.00016,"pay_currency":"btc"}}"#
        );
        let sorted = Json::parse(body.as_bytes()).unwrap().sorted(false).js_stringify();
        let sig = nowpayments::hmac_sha512("np-secret", sorted.as_bytes());
        let res = shop.webhook("nowpayments", &[("x-nowpayments-sig", &sig)], &body).await;
        assert_eq!(res.status(), 200);
        let settled = shop.settled(&id).await;
        assert_eq!(settled["status"], "paid", "{settled}");
        assert_eq!(shop.balance().await, 1_000);
        assert_eq!(shop.receipts().await, 1);

        // A re-deposit to the same address names its parent: the order is not credited again.
        Mock::given(method("GET"))
            .and(path("/payment/5077125099"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "payment_id": 5077125099u64, "parent_payment_id": 5077125051u64, "payment_status": "finished",
                "order_id": id, "price_amount": 10, "price_currency": "usd"})))
            .mount(&server)
            .await;
        // Each IPN about it is its own event (NOWPayments tells each change of `actually_paid`),
        // and each is read back and settled again.
        let redeposit = |paid: &str| {
            let body = format!(
                r#"{{"payment_id":5077125099,"parent_payment_id":5077125051,"payment_status":"finished","order_id":"{id}","price_amount":10,"price_currency":"usd","actually_paid":{paid}}}"#
            );
            let sig = nowpayments::hmac_sha512("np-secret", body.as_bytes());
            (body, sig)
        };
        let settled_again = |before: i64| {
            let shop = &shop;
            async move {
                rms_testkit::eventually(Duration::from_secs(10), "the IPN read back", || async {
                    shop.count("SELECT COUNT(*) FROM payment_checks").await > before
                })
                .await;
            }
        };
        let (again, sig) = redeposit("0.0001");
        assert_eq!(shop.webhook("nowpayments", &[("x-nowpayments-sig", &sig)], &again).await.status(), 200);
        // Its money is not lost either: the paid order is flagged for an admin, once, and
        // the admins are alerted once, however often the gateway repeats it.
        let flagged = shop.wait_flagged().await;
        assert_eq!(flagged.len(), 1, "{flagged:?}");
        assert_eq!((&flagged[0]["id"], &flagged[0]["attention"]), (&json!(id), &json!("re_deposit")));
        assert_eq!(flagged[0]["status"], "paid", "the order keeps its status");
        assert_eq!(shop.balance().await, 1_000, "a re-deposit never re-credits its order");
        let (later, sig) = redeposit("0.0002");
        let checks = shop.count("SELECT COUNT(*) FROM payment_checks").await;
        assert_eq!(shop.webhook("nowpayments", &[("x-nowpayments-sig", &sig)], &later).await.status(), 200);
        settled_again(checks).await;
        assert_eq!(shop.count("SELECT COUNT(*) FROM jobs WHERE kind = 'telegram.admin_alert'").await, 1);

        // The admin settles it by hand and marks it handled; the same event never flags it again.
        let handled = format!("/api/v1/admin/payments/{id}/handled");
        let (status, body) =
            status_and_json(shop.app.send_with(Method::POST, &handled, &shop.admin, &json!({})).await).await;
        assert_eq!((status.as_u16(), &body["attention"]), (200, &Value::Null), "{body}");
        let (status, body) =
            status_and_json(shop.app.send_with(Method::POST, &handled, &shop.admin, &json!({})).await).await;
        assert_eq!((status.as_u16(), &body["code"]), (409, &json!("WRONG_STATE")), "{body}");
        let (status, _) =
            status_and_json(shop.app.send_with(Method::POST, &handled, &shop.buyer, &json!({})).await).await;
        assert_eq!(status, 403, "only admins mark payments handled");
        let (latest, sig) = redeposit("0.0003");
        let checks = shop.count("SELECT COUNT(*) FROM payment_checks").await;
        assert_eq!(shop.webhook("nowpayments", &[("x-nowpayments-sig", &sig)], &latest).await.status(), 200);
        settled_again(checks).await;
        assert!(shop.flagged().await.is_empty(), "a handled re-deposit is not flagged again");
        assert_eq!(shop.count("SELECT COUNT(*) FROM audit_log WHERE action = 'admin.payment.handled'").await, 1);
        shop.ledger_is_sound().await;
    }
);

// Plisio: invoice priced in our currency, JSON callback signed with HMAC-SHA1 in verify_hash.

db_test!(
    async fn a_plisio_top_up_is_credited_from_its_json_callback(t: TestDb) {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/invoices/new"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "success", "data": {
                "txn_id": "5ee0e502283675293c450d0e", "invoice_url": "https://plisio.net/invoice/5ee0e502283675293c450d0e"}})))
            .mount(&server)
            .await;
        let shop = shop(t).await;
        shop.configure("plisio", json!({"enabled": true, "api_base_url": server.uri(), "secret_key": "plisio-key"}))
            .await;
        let payment = shop.top_up("plisio", 1_000).await;
        let id = payment["id"].as_str().unwrap().to_owned();
        Mock::given(method("GET"))
            .and(path("/operations/5ee0e502283675293c450d0e"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "success", "data": {
                "id": "5ee0e502283675293c450d0e", "status": "completed", "order_number": id, "amount": "0.00051200",
                "invoice_total_sum": "0.00051200", "currency": "BTC", "source_amount": "10.00", "source_currency": "USD"}})))
            .mount(&server)
            .await;
        let fields = json!({"txn_id": "5ee0e502283675293c450d0e", "ipn_type": "invoice", "order_number": id,
            "order_name": "Wallet top-up", "amount": "0.00051200", "currency": "BTC", "status": "completed",
            "source_currency": "USD", "source_amount": "10.00", "invoice_total_sum": "0.00051200"});
        let text = Json::parse(fields.to_string().as_bytes()).unwrap().js_stringify();
        let mut signed = fields.clone();
        signed["verify_hash"] = json!(plisio::hmac_sha1("plisio-key", text.as_bytes()));
        let res = shop.webhook("plisio", &[("content-type", "application/json")], &signed.to_string()).await;
        assert_eq!(res.status(), 200);
        assert_eq!(shop.settled(&id).await["status"], "paid");
        assert_eq!(shop.balance().await, 1_000);
        assert_eq!(shop.receipts().await, 1);
    }
);

// PayPal: OAuth token, an order with our id as custom_id, webhooks verified by PayPal's API
// (the fake stands where the operator pointed the gateway).

/// A shop with PayPal enabled against a fake that issues OAuth tokens and creates order `order`.
async fn paypal_shop(t: rms_testkit::TestDb, order: &str) -> (MockServer, Shop) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1/oauth2/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"access_token": "A21AA", "expires_in": 32400})))
        .mount(&server)
        .await;
    let link = format!("https://www.sandbox.paypal.com/checkoutnow?token={order}");
    Mock::given(method("POST"))
        .and(path("/v2/checkout/orders"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": order, "status": "PAYER_ACTION_REQUIRED",
            "links": [{"href": link, "rel": "payer-action"}]})))
        .mount(&server)
        .await;
    let shop = shop(t).await;
    let settings = json!({"enabled": true, "api_base_url": server.uri(), "client_id": "id", "client_secret": "secret",
        "webhook_id": "WH123"});
    shop.configure("paypal", settings).await;
    (server, shop)
}

db_test!(
    async fn a_paypal_top_up_is_credited_by_the_capture_id_and_a_failed_verification_changes_nothing(t: TestDb) {
        let (server, shop) = paypal_shop(t, "5O190127TN364715T").await;
        let payment = shop.top_up("paypal", 1_000).await;
        let id = payment["id"].as_str().unwrap().to_owned();
        assert_eq!(payment["pay_url"], "https://www.sandbox.paypal.com/checkoutnow?token=5O190127TN364715T");
        Mock::given(method("GET"))
            .and(path("/v2/checkout/orders/5O190127TN364715T"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "5O190127TN364715T", "status": "COMPLETED",
                "purchase_units": [{"custom_id": id, "payments": {"captures": [{"id": "3C679366HH908993F", "status": "COMPLETED",
                    "custom_id": id, "amount": {"currency_code": "USD", "value": "10.00"}}]}}]})))
            .mount(&server)
            .await;
        let event = json!({"id": "WH-58D329510W468432D-8HN650336L201105X", "event_type": "PAYMENT.CAPTURE.COMPLETED",
            "resource_type": "capture", "resource": {"id": "3C679366HH908993F", "status": "COMPLETED", "custom_id": id,
            "amount": {"currency_code": "USD", "value": "10.00"},
            "supplementary_data": {"related_ids": {"order_id": "5O190127TN364715T"}}}})
        .to_string();
        let headers = [
            ("paypal-transmission-id", "69cd13f0-d67a-11e5-baa3-778b53f4ae55"),
            ("paypal-transmission-time", "2026-12-05T10:00:00Z"),
            ("paypal-transmission-sig", "c2lnbmF0dXJl"),
            ("paypal-cert-url", "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42"),
            ("paypal-auth-algo", "SHA256withRSA"),
        ];
        // W4: PayPal's verify API down: 503, so PayPal retries; nothing stored.
        let verify = Mock::given(method("POST")).and(path("/v1/notifications/verify-webhook-signature"));
        verify.respond_with(ResponseTemplate::new(503)).up_to_n_times(1).mount(&server).await;
        let (status, body) = status_and_json(shop.webhook("paypal", &headers, &event).await).await;
        assert_eq!((status.as_u16(), body["code"].as_str()), (503, Some("GATEWAY_UNAVAILABLE")), "{body}");
        // Then it says no: refused, nothing stored.
        Mock::given(method("POST"))
            .and(path("/v1/notifications/verify-webhook-signature"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"verification_status": "FAILURE"})))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        assert_eq!(shop.webhook("paypal", &headers, &event).await.status(), 401);
        // A certificate URL off PayPal's hosts is refused before anything is asked.
        let mut off_list = headers;
        off_list[3] = ("paypal-cert-url", "https://evil.example/cert.pem");
        assert_eq!(shop.webhook("paypal", &off_list, &event).await.status(), 401);
        assert_eq!(shop.payment(&id).await["status"], "pending");
        Mock::given(method("POST"))
            .and(path("/v1/notifications/verify-webhook-signature"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"verification_status": "SUCCESS"})))
            .mount(&server)
            .await;
        assert_eq!(shop.webhook("paypal", &headers, &event).await.status(), 200);
        let settled = shop.settled(&id).await;
        assert_eq!(settled["status"], "paid", "{settled}");
        assert_eq!(shop.balance().await, 1_000);
        assert_eq!(shop.receipts().await, 1);
        shop.ledger_is_sound().await;
    }
);

db_test!(
    async fn a_gateway_must_be_enabled_with_its_credentials_before_anyone_pays_through_it(t: TestDb) {
        let shop = shop(t).await;
        let (status, body) = status_and_json(
            shop.app
                .send_with(
                    Method::POST,
                    "/api/v1/wallet/top-ups",
                    &shop.buyer,
                    &json!({"amount_minor": 1000, "gateway": "paypal"}),
                )
                .await,
        )
        .await;
        assert_eq!((status.as_u16(), body["code"].as_str()), (422, Some("GATEWAY_DISABLED")));
        // Enabling without the credentials is refused.
        let res = shop
            .app
            .send_with(Method::PUT, "/api/v1/admin/gateways/paypal", &shop.admin, &json!({"enabled": true}))
            .await;
        assert_eq!(res.status(), 422);
        // The sandbox follows the deployment, not a setting.
        let res = shop
            .app
            .send_with(Method::PUT, "/api/v1/admin/gateways/sandbox", &shop.admin, &json!({"enabled": false}))
            .await;
        assert_eq!(res.status(), 409);
        // A customer cannot read or change gateway settings.
        assert_eq!(shop.app.get_with("/api/v1/admin/gateways", &shop.buyer).await.status(), 403);
        let listed: Value = shop.app.get_with("/api/v1/admin/gateways", &shop.admin).await.json().await.unwrap();
        let names: Vec<&str> = listed.as_array().unwrap().iter().map(|g| g["gateway"].as_str().unwrap()).collect();
        assert_eq!(names, ["sandbox", "manual", "paypal", "cryptomus", "nowpayments", "plisio"]);
        let paypal = &listed[2];
        assert_eq!(paypal["api_base_url"], "https://api-m.paypal.com", "live by default");
        assert_eq!(
            paypal["credentials"],
            json!({"client_id": "not set", "client_secret": "not set", "webhook_id": "not set"})
        );
    }
);

db_test!(
    async fn admins_set_gateways_up_and_settle_the_review_queue_on_their_pages(t: TestDb) {
        use crate::web_session::Browser;
        use crate::web_store::signed_in;
        let server = cryptomus_fake().await;
        let shop = shop(t).await;
        let mut admin = Browser::default();
        signed_in(&shop.app, &mut admin, "admin@example.com").await;
        let (status, page) = admin.get(&shop.app, "/admin/gateways").await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(page.contains("/webhooks/paypal") && page.contains("not set"), "{page}");
        assert!(!page.contains("gw-sandbox"), "the sandbox has no settings");

        // Cryptomus is set up from the page; the key never comes back.
        let api = server.uri();
        let form = [
            ("enabled", "1"),
            ("api_base_url", api.as_str()),
            ("merchant_id", "8b03432e-385b-4670-8d06-064591096795"),
            ("payment_api_key", CRYPTOMUS_KEY),
            ("currencies", ""),
        ];
        let (status, page, _) = admin.submit(&shop.app, "/admin/gateways/cryptomus", &form).await;
        assert_eq!(status, reqwest::StatusCode::OK, "{page}");
        assert!(page.contains("Gateway settings saved") && !page.contains(CRYPTOMUS_KEY), "{page}");

        // Bank details for transfers in the base currency, shown to the payer on the transfer page.
        let bank = [
            ("currency", "usd"),
            ("account_holder", "Example Software Ltd"),
            ("account_number", "GB33BUKB20201555555555"),
            ("swift_bic", "BUKBGB22"),
        ];
        let (status, page, _) = admin.submit(&shop.app, "/admin/gateways/manual/bank", &bank).await;
        assert_eq!(status, reqwest::StatusCode::OK, "{page}");
        // Changing one option over the API keeps the others.
        let view = shop.configure("manual", json!({"partial_payments": "credit"})).await;
        assert_eq!(view["partial_payments"], "credit");
        assert_eq!(view["bank_details"]["USD"]["swift_bic"], "BUKBGB22", "{view}");
        let res = shop
            .app
            .send_with(
                Method::PUT,
                "/api/v1/admin/gateways/manual",
                &shop.admin,
                &json!({"partial_payments": "sometimes"}),
            )
            .await;
        assert_eq!(res.status(), 422);
        let transfer = shop.top_up("manual", 2_500).await;
        let mut buyer = Browser::default();
        signed_in(&shop.app, &mut buyer, "buyer@example.com").await;
        let (status, page) = buyer.get(&shop.app, transfer["pay_url"].as_str().unwrap()).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        for shown in ["GB33BUKB20201555555555", "BUKBGB22", "$25.00", transfer["reference"].as_str().unwrap()] {
            assert!(page.contains(shown), "{shown} on the transfer page: {page}");
        }
        // The payer also gets the details by email, in their language.
        let mut mailed = None;
        for _ in 0..100 {
            mailed = shop.app.spooled_emails().into_iter().find(|m| m.contains("GB33BUKB20201555555555"));
            if mailed.is_some() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mailed = mailed.expect("the transfer instructions were emailed");
        assert!(mailed.contains(transfer["reference"].as_str().unwrap()) && mailed.contains("BUKBGB22"), "{mailed}");
        // Someone else's transfer page does not exist for them.
        let (status, _) = admin.get(&shop.app, transfer["pay_url"].as_str().unwrap()).await;
        assert_eq!(status, reqwest::StatusCode::NOT_FOUND);

        // A payment whose read-back disagrees waits in the queue; the admin credits what arrived.
        let payment = shop.top_up("cryptomus", 1_000).await;
        let id = payment["id"].as_str().unwrap().to_owned();
        cryptomus_says(&server, &id, "paid", "5.00").await;
        shop.webhook("cryptomus", &[], &cryptomus_event(&id, "paid", "10.00")).await;
        assert_eq!(shop.settled(&id).await["status"], "review");
        let (_, page) = admin.get(&shop.app, "/admin/payments").await;
        assert!(page.contains(&format!("/admin/payments/{id}")) && page.contains("amount_mismatch"), "{page}");
        let (_, page) = admin.get(&shop.app, &format!("/admin/payments/{id}")).await;
        assert!(page.contains("uuid") && page.contains("webhook: paid"), "the raw event and the read-back: {page}");
        let (status, _, location) = admin
            .submit(&shop.app, &format!("/admin/payments/{id}/review"), &[("decision", "approve"), ("amount", "5.00")])
            .await;
        assert_eq!((status, location), (reqwest::StatusCode::SEE_OTHER, Some(format!("/admin/payments/{id}"))));
        assert_eq!(shop.balance().await, 500);
        // Customers do not see these pages.
        let (status, _) = buyer.get(&shop.app, "/admin/gateways").await;
        assert_eq!(status, reqwest::StatusCode::FORBIDDEN);
    }
);

db_test!(
    async fn an_approved_paypal_order_whose_payer_never_came_back_is_captured_from_its_webhook(t: TestDb) {
        let (server, shop) = paypal_shop(t, "8MC585209K746392H").await;
        Mock::given(method("POST"))
            .and(path("/v1/notifications/verify-webhook-signature"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"verification_status": "SUCCESS"})))
            .mount(&server)
            .await;
        let payment = shop.top_up("paypal", 1_000).await;
        let id = payment["id"].as_str().unwrap().to_owned();
        let unit = json!([{"custom_id": id, "amount": {"currency_code": "USD", "value": "10.00"}}]);
        Mock::given(method("GET"))
            .and(path("/v2/checkout/orders/8MC585209K746392H"))
            .respond_with(
                ResponseTemplate::new(200)
                    .set_body_json(json!({"id": "8MC585209K746392H", "status": "APPROVED", "purchase_units": unit})),
            )
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path("/v2/checkout/orders/8MC585209K746392H/capture"))
            .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": "8MC585209K746392H", "status": "COMPLETED",
                "purchase_units": [{"custom_id": id, "payments": {"captures": [{"id": "2GG279541U471931P", "status": "COMPLETED",
                    "custom_id": id, "amount": {"currency_code": "USD", "value": "10.00"}}]}}]})))
            .expect(1)
            .mount(&server)
            .await;
        let event = json!({"id": "WH-COC11055RA711503B-4YM959094A144403T", "event_type": "CHECKOUT.ORDER.APPROVED",
            "resource": {"id": "8MC585209K746392H", "status": "APPROVED", "purchase_units": unit}})
        .to_string();
        let headers = [
            ("paypal-transmission-id", "b2384410-f8d2-11e5-bcbf-37a54dbfe2b1"),
            ("paypal-transmission-time", "2026-12-05T10:05:00Z"),
            ("paypal-transmission-sig", "c2lnbmF0dXJl"),
            ("paypal-cert-url", "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42"),
            ("paypal-auth-algo", "SHA256withRSA"),
        ];
        assert_eq!(shop.webhook("paypal", &headers, &event).await.status(), 200);
        let settled = shop.settled(&id).await;
        assert_eq!((settled["status"].as_str(), settled["credited_minor"].as_i64()), (Some("paid"), Some(1_000)));
        assert_eq!(shop.balance().await, 1_000);
    }
);

db_test!(
    async fn the_cleanup_expires_only_what_the_gateway_says_is_unpaid_and_late_money_is_still_credited(t: TestDb) {
        let server = cryptomus_fake().await;
        let shop = cryptomus_shop(t, &server).await;
        let payments = shop.app.running().state().services.payments.clone();
        let waiting = shop.top_up("cryptomus", 1_000).await;
        let id = waiting["id"].as_str().unwrap().to_owned();
        let transfer = shop.top_up("manual", 2_000).await;
        // Stale with a zero TTL means created before now: let the clock move past them.
        tokio::time::sleep(Duration::from_millis(20)).await;

        // The gateway is down: its payment is not expired (it may have been paid); the bank
        // transfer nobody confirmed is, freeing the payer's slot.
        server.reset().await;
        Mock::given(method("POST"))
            .and(path("/v1/payment/info"))
            .respond_with(ResponseTemplate::new(502))
            .mount(&server)
            .await;
        assert_eq!(payments.expire_pending(Duration::ZERO).await.unwrap(), 1);
        assert_eq!(shop.payment(&id).await["status"], "pending");
        let transfer_id = transfer["id"].as_str().unwrap();
        assert_eq!(shop.payment(transfer_id).await["status"], "expired");

        // It says nothing arrived: expired.
        cryptomus_says(&server, &id, "check", "0.00").await;
        assert_eq!(payments.expire_pending(Duration::ZERO).await.unwrap(), 1);
        assert_eq!(shop.payment(&id).await["status"], "expired");
        // The transfer arrives late: the admin can still confirm it.
        let res = shop
            .app
            .send_with(Method::POST, &format!("/api/v1/admin/payments/{transfer_id}/confirm"), &shop.admin, &json!({}))
            .await;
        assert_eq!(res.status(), 200);
        assert_eq!(shop.balance().await, 2_000);

        // The money arrives after all: it is the payer's, credited once.
        cryptomus_says(&server, &id, "paid", "10.00").await;
        assert_eq!(shop.webhook("cryptomus", &[], &cryptomus_event(&id, "paid", "10.00")).await.status(), 200);
        shop.reaches(&id, "paid").await;
        assert_eq!(shop.balance().await, 3_000);
        shop.ledger_is_sound().await;
    }
);

db_test!(
    async fn an_amount_a_gateway_cannot_charge_exactly_is_refused_before_anything_is_created(t: TestDb) {
        let (server, shop) = paypal_shop(t, "5O190127TN364715T").await;
        shop.configure("paypal", json!({"currencies": ["HUF"]})).await;
        let res = shop
            .app
            .send_with(Method::PUT, "/api/v1/admin/currency-rates/HUF", &shop.admin, &json!({"rate": "360"}))
            .await;
        assert_eq!(res.status(), 200);
        // PayPal takes no decimals in HUF: 10.50 HUF cannot be charged; 11.00 HUF can.
        let res = shop
            .app
            .send_with(
                Method::POST,
                "/api/v1/wallet/top-ups",
                &shop.buyer,
                &json!({"amount_minor": 1_050, "gateway": "paypal", "currency": "HUF"}),
            )
            .await;
        let (status, body) = status_and_json(res).await;
        assert_eq!(
            (status.as_u16(), body["code"].as_str(), body["field"].as_str()),
            (422, Some("OUT_OF_RANGE"), Some("amount_minor")),
            "{body}"
        );
        let orders =
            server.received_requests().await.unwrap().iter().filter(|r| r.url.path() == "/v2/checkout/orders").count();
        assert_eq!(orders, 0, "nothing was created at PayPal");
        let res = shop
            .app
            .send_with(
                Method::POST,
                "/api/v1/wallet/top-ups",
                &shop.buyer,
                &json!({"amount_minor": 110_000, "gateway": "paypal", "currency": "HUF"}),
            )
            .await;
        let (status, body) = status_and_json(res).await;
        assert_eq!(status.as_u16(), 201, "{body}");
        assert_eq!(
            (body["currency"].as_str(), body["rate"].as_str(), body["rate_source"].as_str()),
            (Some("HUF"), Some("360"), Some("admin"))
        );
        assert_eq!(body["base_amount_minor"], 306, "1100 HUF at 360 per USD is 3.06 USD (half to even)");
    }
);

db_test!(
    async fn a_top_up_in_another_currency_uses_the_gateways_own_quote_and_falls_back_to_the_admin_rate(t: TestDb) {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/invoice"))
            .respond_with(ResponseTemplate::new(201).set_body_json(json!({
                "id": "4522625843", "invoice_url": "https://nowpayments.io/payment/?iid=4522625843"})))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/estimate"))
            .and(query_param("currency_from", "usd"))
            .and(query_param("currency_to", "eur"))
            .respond_with(ResponseTemplate::new(200).set_body_string(
                r#"{"currency_from":"usd","amount_from":1000,"currency_to":"eur","estimated_amount":923.41}"#,
            ))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/estimate"))
            .and(query_param("currency_to", "gbp"))
            .respond_with(ResponseTemplate::new(503))
            .mount(&server)
            .await;
        let shop = shop(t).await;
        shop.configure(
            "nowpayments",
            json!({"enabled": true, "api_base_url": server.uri(), "api_key": "np-key", "ipn_secret": "np-secret",
                "currencies": ["USD", "EUR", "GBP"]}),
        )
        .await;
        for (currency, rate) in [("EUR", "0.9"), ("GBP", "0.8")] {
            let res = shop
                .app
                .send_with(
                    Method::PUT,
                    &format!("/api/v1/admin/currency-rates/{currency}"),
                    &shop.admin,
                    &json!({"rate": rate}),
                )
                .await;
            assert_eq!(res.status(), 200);
        }
        let top_up = |currency: &'static str| {
            let shop = &shop;
            async move {
                let body = json!({"amount_minor": 1_000, "gateway": "nowpayments", "currency": currency});
                let res = shop.app.send_with(Method::POST, "/api/v1/wallet/top-ups", &shop.buyer, &body).await;
                let (status, body) = status_and_json(res).await;
                assert_eq!(status, 201, "{body}");
                body
            }
        };
        // NOWPayments prices USD → EUR itself: its estimate wins over the admin's 0.9.
        let eur = top_up("EUR").await;
        assert_eq!(
            (eur["rate"].as_str(), eur["rate_source"].as_str()),
            (Some("0.92341"), Some("nowpayments estimate"))
        );
        assert_eq!(eur["base_amount_minor"], 1_083, "10.00 EUR at 0.92341 per USD is 10.83 USD");
        // Its estimate is down for GBP: the admin's rate is used and the failure counted.
        let gbp = top_up("GBP").await;
        assert_eq!((gbp["rate"].as_str(), gbp["rate_source"].as_str()), (Some("0.8"), Some("admin")));
        assert_eq!(gbp["base_amount_minor"], 1_250);
        // The base currency needs no quote at all.
        let usd = shop.top_up("nowpayments", 1_000).await;
        assert_eq!((usd["rate"].clone(), usd["base_amount_minor"].clone()), (Value::Null, json!(1_000)));
        let estimates =
            server.received_requests().await.unwrap().iter().filter(|r| r.url.path() == "/estimate").count();
        assert_eq!(estimates, 2);
        let res = shop.app.get_with("/api/v1/admin/gateways", &shop.admin).await;
        let (_, body) = status_and_json(res).await;
        let now = body.as_array().unwrap().iter().find(|g| g["gateway"] == "nowpayments").unwrap().clone();
        assert_eq!(now["failures"]["quote"], 1, "the failed quote is counted: {now}");
    }
);

/// The order PayPal answers with a capture of 30.00 USD in `capture_status` and these
/// completed refunds.
fn paypal_order(order: &str, id: &str, capture_status: &str, refunds: &[&str]) -> Value {
    let refunds: Vec<Value> = refunds
        .iter()
        .enumerate()
        .map(|(i, v)| json!({"id": format!("R-{i}"), "status": "COMPLETED", "amount": {"currency_code": "USD", "value": v}}))
        .collect();
    json!({"id": order, "status": "COMPLETED", "purchase_units": [{"custom_id": id, "payments": {
        "captures": [{"id": "CAP-30", "status": capture_status, "custom_id": id,
            "amount": {"currency_code": "USD", "value": "30.00"}}],
        "refunds": refunds}}]})
}

db_test!(
    async fn partial_paypal_refunds_take_back_their_share_once_and_the_final_refund_only_the_rest(t: TestDb) {
        let (server, shop) = paypal_shop(t, "PARTIAL-1").await;
        let id = shop.top_up("paypal", 3_000).await["id"].as_str().unwrap().to_owned();
        let says = |status: &'static str, refunds: &'static [&'static str]| {
            let (server, id) = (&server, id.clone());
            async move {
                server.reset().await;
                Mock::given(method("POST"))
                    .and(path("/v1/oauth2/token"))
                    .respond_with(
                        ResponseTemplate::new(200).set_body_json(json!({"access_token": "A21AA", "expires_in": 32400})),
                    )
                    .mount(server)
                    .await;
                Mock::given(method("GET"))
                    .and(path("/v2/checkout/orders/PARTIAL-1"))
                    .respond_with(ResponseTemplate::new(200).set_body_json(paypal_order(
                        "PARTIAL-1",
                        &id,
                        status,
                        refunds,
                    )))
                    .mount(server)
                    .await;
            }
        };
        let recheck = || async {
            let res = shop
                .app
                .send_with(Method::POST, &format!("/api/v1/admin/payments/{id}/recheck"), &shop.admin, &json!({}))
                .await;
            let (status, body) = status_and_json(res).await;
            assert_eq!(status, 200, "{body}");
            body
        };
        says("COMPLETED", &[]).await;
        assert_eq!(recheck().await["status"], "paid");
        assert_eq!(shop.balance().await, 3_000);
        // 10.00 of the 30.00 go back: a third of the credit leaves the wallet, once.
        says("PARTIALLY_REFUNDED", &["10.00"]).await;
        let paid = recheck().await;
        assert_eq!(
            (paid["status"].as_str(), paid["gateway_status"].as_str()),
            (Some("paid"), Some("PARTIALLY_REFUNDED"))
        );
        assert_eq!(shop.balance().await, 2_000);
        recheck().await;
        assert_eq!(shop.balance().await, 2_000, "the same refund seen again takes nothing more");
        // A second partial refund takes only its own part.
        says("PARTIALLY_REFUNDED", &["10.00", "5.00"]).await;
        recheck().await;
        assert_eq!(shop.balance().await, 1_500);
        // The rest goes back: the final refund takes what is left, not the whole credit again.
        says("REFUNDED", &["10.00", "5.00", "15.00"]).await;
        assert_eq!(recheck().await["status"], "refunded");
        assert_eq!(shop.balance().await, 0);
        recheck().await;
        assert_eq!(shop.balance().await, 0);
        shop.ledger_is_sound().await;
    }
);
