//! Money: the wallet ledger, purchases, promo codes, idempotency keys, invoices, refunds and
//! affiliates, end to end over HTTP on both databases (rows M1, M3–M5, P2, P3 of the test plan).

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use reqwest::Method;
use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{JsonBody, TestApp, status_and_json};
use crate::licensing::{post, post_value};

/// A store with one product and one plan priced at `unit_minor`, an admin, and a buyer.
pub struct Till {
    pub app: TestApp,
    pub admin: String,
    pub plan: String,
    pub buyer: String,
    pub buyer_id: String,
}

impl Till {
    pub async fn open(app: TestApp, unit_minor: i64) -> Till {
        let admin = app.admin_token("vendor@example.com").await;
        let product: Value = post_value(
            &app,
            &admin,
            "/api/v1/admin/products",
            json!({"name": "Editor Pro", "slug": "editor", "kind": "software"}),
        )
        .await;
        let plan: Value = post_value(
            &app,
            &admin,
            &format!("/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap()),
            json!({"name": "Annual", "max_activations": 1, "duration_days": 365}),
        )
        .await;
        let plan = plan["id"].as_str().unwrap().to_owned();
        let res =
            post(&app, &admin, &format!("/api/v1/admin/plans/{plan}/prices"), json!({"amount_minor": unit_minor}))
                .await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT, "{}", res.text().await.unwrap());
        let (buyer, buyer_id) = Self::customer(&app, "buyer@example.com").await;
        Till { app, admin, plan, buyer, buyer_id }
    }

    /// A signed-in customer: (access token, user id).
    pub async fn customer(app: &TestApp, email: &str) -> (String, String) {
        let tokens = app.sign_up_and_in(email).await;
        let token = tokens["access_token"].as_str().unwrap().to_owned();
        let me: Value = app.get_with("/api/v1/me", &token).await.json().await.unwrap();
        (token, me["id"].as_str().unwrap().to_owned())
    }

    /// Signs `email` in again (after the test clock moved past the access token's life).
    pub async fn login(app: &TestApp, email: &str) -> String {
        let res =
            app.post_json("/api/v1/auth/login", json!({"email": email, "password": crate::harness::PASSWORD})).await;
        assert_eq!(res.status(), StatusCode::OK);
        res.json::<Value>().await.unwrap()["access_token"].as_str().unwrap().to_owned()
    }

    /// `n` API keys of the buyer that may spend: each has its own rate budget, so a burst of
    /// concurrent requests spread over them is not throttled.
    pub async fn keys(&self, token: &str, n: usize) -> Vec<String> {
        let mut keys = Vec::new();
        for i in 0..n {
            let res = post(
                &self.app,
                token,
                "/api/v1/api-keys",
                json!({"name": format!("k{i}"), "scopes": ["read", "wallet"]}),
            )
            .await;
            assert_eq!(res.status(), StatusCode::CREATED);
            keys.push(res.json::<Value>().await.unwrap()["secret"].as_str().unwrap().to_owned());
        }
        keys
    }

    pub async fn credit(&self, user_id: &str, amount: i64) {
        let res = post(
            &self.app,
            &self.admin,
            &format!("/api/v1/admin/users/{user_id}/wallet/adjust"),
            json!({"amount_minor": amount, "reason": "test credit"}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK, "{}", res.text().await.unwrap());
    }

    pub async fn balance(&self, token: &str) -> i64 {
        let w: Value = self.app.get_with("/api/v1/wallet", token).await.json().await.unwrap();
        w["balance_minor"].as_i64().unwrap()
    }

    pub async fn buy(&self, token: &str, body: Value, key: Option<&str>) -> reqwest::Response {
        let mut req = self.app.client.post(self.app.url("/api/v1/store/purchase")).bearer_auth(token).json(&body);
        if let Some(k) = key {
            req = req.header("Idempotency-Key", k);
        }
        req.send().await.unwrap()
    }

    pub fn cart(&self, quantity: i64) -> Value {
        json!({"items": [{"plan_id": self.plan, "quantity": quantity}]})
    }

    /// Asserts every ledger invariant through the admin endpoint.
    pub async fn books_balance(&self) {
        let r: Value = self.app.get_with("/api/v1/admin/ledger/reconcile", &self.admin).await.json().await.unwrap();
        assert_eq!(r["ok"], true, "reconciliation found breaches: {r}");
    }

    /// Ledger transactions of one kind for a user (what the tests count "executions" by).
    pub async fn txns(&self, user_id: &str, kind: &str) -> i64 {
        let user: uuid::Uuid = user_id.parse().unwrap();
        let sql = "SELECT COUNT(*) FROM ledger_txns WHERE user_id = $1 AND kind = $2";
        let n: (i64,) =
            rms_store::on_db!(&self.app.db, pool => sqlx::query_as(sql).bind(user).bind(kind).fetch_one(pool).await)
                .unwrap();
        n.0
    }

    pub async fn create_promo(&self, body: Value) -> Value {
        let res = post(&self.app, &self.admin, "/api/v1/admin/promo-codes", body).await;
        assert_eq!(res.status(), StatusCode::CREATED, "{}", res.text().await.unwrap());
        res.json().await.unwrap()
    }
}

db_test!(
    async fn a_purchase_debits_the_wallet_issues_licenses_and_numbers_the_invoice(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        // Short: refused with 402, nothing charged, nothing issued.
        let (status, problem) = status_and_json(till.buy(&till.buyer, till.cart(5), None).await).await;
        assert_eq!(status, StatusCode::PAYMENT_REQUIRED);
        assert_eq!(problem["code"], "INSUFFICIENT_FUNDS");
        let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
        assert_eq!(invoices.as_array().unwrap().len(), 0);

        till.credit(&till.buyer_id, 25_000).await;
        let (status, receipt) = status_and_json(till.buy(&till.buyer, till.cart(5), None).await).await;
        assert_eq!(status, StatusCode::CREATED, "{receipt}");
        assert_eq!(receipt["total_minor"], 10_000);
        let year = time::OffsetDateTime::now_utc().year();
        assert_eq!(receipt["invoice_number"], format!("INV-{year}-000001"));
        let licenses = receipt["licenses"].as_array().unwrap();
        assert_eq!(licenses.len(), 1);
        assert_eq!(licenses[0]["seats"], 5, "five units of a one-seat plan make one five-seat license");
        assert!(licenses[0]["key"].as_str().unwrap().starts_with("RMS1-"));
        assert_eq!(till.balance(&till.buyer).await, 15_000);

        // The license is the buyer's, and the invoice is listed with its PDF on the way.
        let mine: Value = till.app.get_with("/api/v1/licenses", &till.buyer).await.json().await.unwrap();
        assert!(mine.as_array().unwrap().iter().any(|l| l["id"] == licenses[0]["id"]), "{mine}");
        let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
        assert_eq!(invoices[0]["number"], receipt["invoice_number"]);
        assert_eq!(invoices[0]["pdf_status"], "pending");
        let pdf = till
            .app
            .get_with(&format!("/api/v1/invoices/{}/pdf", receipt["invoice_id"].as_str().unwrap()), &till.buyer)
            .await;
        assert_eq!(pdf.status(), StatusCode::ACCEPTED, "no worker runs here: the PDF is still being made");

        // Somebody else's invoice does not exist for this buyer.
        let (other, _) = Till::customer(&till.app, "other@example.com").await;
        let res = till
            .app
            .get_with(&format!("/api/v1/invoices/{}/pdf", receipt["invoice_id"].as_str().unwrap()), &other)
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);

        // The history shows the credit and the purchase, newest first, and filters by direction.
        let history: Value = till.app.get_with("/api/v1/wallet/transactions", &till.buyer).await.json().await.unwrap();
        let amounts: Vec<i64> =
            history.as_array().unwrap().iter().map(|m| m["amount_minor"].as_i64().unwrap()).collect();
        assert_eq!(amounts, vec![-10_000, 25_000]);
        let outgoing: Value =
            till.app.get_with("/api/v1/wallet/transactions?direction=out", &till.buyer).await.json().await.unwrap();
        assert_eq!(outgoing.as_array().unwrap().len(), 1);
        let bad = till.app.get_with("/api/v1/wallet/transactions?direction=sideways", &till.buyer).await;
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
        till.books_balance().await;
    }
);

db_test!(
    async fn top_ups_through_the_sandbox_and_the_manual_gateway_credit_once(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        let res = post(
            &till.app,
            &till.buyer,
            "/api/v1/wallet/top-ups",
            json!({"amount_minor": 5_000, "gateway": "sandbox"}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let payment: Value = res.json().await.unwrap();
        assert_eq!(payment["status"], "pending");
        let pay = format!("/api/v1/wallet/top-ups/{}/sandbox-pay", payment["id"].as_str().unwrap());
        assert_eq!(post(&till.app, &till.buyer, &pay, json!({})).await.status(), StatusCode::OK);
        // Paying twice credits once.
        let again = post(&till.app, &till.buyer, &pay, json!({})).await;
        assert_eq!(again.status(), StatusCode::CONFLICT);
        assert_eq!(till.balance(&till.buyer).await, 5_000);
        // Another user cannot pay (or see) this payment.
        let (other, _) = Till::customer(&till.app, "other@example.com").await;
        assert_eq!(post(&till.app, &other, &pay, json!({})).await.status(), StatusCode::NOT_FOUND);

        // A bank transfer waits for an admin; customers cannot confirm it.
        let manual: Value = post_value(
            &till.app,
            &till.buyer,
            "/api/v1/wallet/top-ups",
            json!({"amount_minor": 7_000, "gateway": "manual"}),
        )
        .await;
        assert!(manual["reference"].as_str().unwrap().starts_with("TOP-"));
        // Its page shows the bank details, the amount and the reference.
        assert_eq!(manual["pay_url"], json!(format!("/pay/transfer/{}", manual["id"].as_str().unwrap())));
        let confirm = format!("/api/v1/admin/payments/{}/confirm", manual["id"].as_str().unwrap());
        assert_eq!(post(&till.app, &till.buyer, &confirm, json!({})).await.status(), StatusCode::FORBIDDEN);
        let pending: Value =
            till.app.get_with("/api/v1/admin/payments?status=pending", &till.admin).await.json().await.unwrap();
        assert_eq!(pending.as_array().unwrap().len(), 1);
        assert_eq!(post(&till.app, &till.admin, &confirm, json!({})).await.status(), StatusCode::OK);
        assert_eq!(post(&till.app, &till.admin, &confirm, json!({})).await.status(), StatusCode::CONFLICT);
        assert_eq!(till.balance(&till.buyer).await, 12_000);

        // Nonsense is refused and changes nothing.
        for bad in [json!({"amount_minor": 0, "gateway": "sandbox"}), json!({"amount_minor": 10, "gateway": "paypal"})]
        {
            let res = post(&till.app, &till.buyer, "/api/v1/wallet/top-ups", bad).await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        // An admin debit cannot overdraw; a debit with a reason can.
        let over = post(
            &till.app,
            &till.admin,
            &format!("/api/v1/admin/users/{}/wallet/adjust", till.buyer_id),
            json!({"amount_minor": -12_001, "reason": "chargeback"}),
        )
        .await;
        assert_eq!(over.status(), StatusCode::PAYMENT_REQUIRED);
        // Amounts at the edge of i64 are a clear 422 naming the field, never an overflow (500).
        for amount in [i64::MIN, i64::MIN + 1, i64::MAX, -100_000_000_001, 100_000_000_001] {
            let res = post(
                &till.app,
                &till.admin,
                &format!("/api/v1/admin/users/{}/wallet/adjust", till.buyer_id),
                json!({"amount_minor": amount, "reason": "overflow"}),
            )
            .await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{amount}");
            assert_eq!(res.json::<Value>().await.unwrap()["field"], "amount_minor", "{amount}");
            let res = post(
                &till.app,
                &till.buyer,
                "/api/v1/wallet/top-ups",
                json!({"amount_minor": amount, "gateway": "sandbox"}),
            )
            .await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{amount}");
        }
        till.credit(&till.buyer_id, -2_000).await;
        assert_eq!(till.balance(&till.buyer).await, 10_000);
        till.books_balance().await;
    }
);

db_test!(
    async fn the_sandbox_gateway_is_refused_in_production(t: TestDb) {
        let app = TestApp::on(t)
            .config(|c| {
                c.env = rms_server::config::Environment::Production;
                c.public_url = Some(rms_server::config::PublicUrl("https://licenses.example.com".parse().unwrap()));
            })
            .without_worker()
            .start()
            .await;
        let (buyer, _) = Till::customer(&app, "buyer@example.com").await;
        let res =
            post(&app, &buyer, "/api/v1/wallet/top-ups", json!({"amount_minor": 5_000, "gateway": "sandbox"})).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(res.json::<Value>().await.unwrap()["code"], "GATEWAY_DISABLED");
    }
);

db_test!(
    /// M1: 200 concurrent purchases of 100 from a wallet of 10,000: exactly 100 succeed.
    async fn two_hundred_concurrent_debits_never_overdraw(t: TestDb) {
        let till = Arc::new(Till::open(TestApp::without_worker_on(t).await, 100).await);
        till.credit(&till.buyer_id, 10_000).await;
        let keys = till.keys(&till.buyer, 4).await;
        let calls = (0..200).map(|i| {
            let (till, key) = (till.clone(), keys[i % keys.len()].clone());
            async move { till.buy(&key, till.cart(1), Some(&format!("m1-{i}"))).await.status() }
        });
        let statuses = join_all(calls).await;
        let count = |s: StatusCode| statuses.iter().filter(|x| **x == s).count();
        assert_eq!(count(StatusCode::CREATED), 100, "{statuses:?}");
        assert_eq!(count(StatusCode::PAYMENT_REQUIRED), 100, "{statuses:?}");
        assert!(statuses.iter().all(|s| !s.is_server_error()));
        assert_eq!(till.balance(&till.buyer).await, 0);
        assert_eq!(till.txns(&till.buyer_id, "purchase").await, 100);
        till.books_balance().await;
    }
);

db_test!(
    /// M4: replay, mismatch, per-user scope and the 24-hour retention of idempotency keys.
    async fn an_idempotency_key_replays_the_first_answer_for_a_day(t: TestDb) {
        let clock = rms_core::clock::ManualClock::starting_now();
        let app = TestApp::on(t).clock(Arc::new(clock.clone())).without_worker().start().await;
        let till = Till::open(app, 1_000).await;
        till.credit(&till.buyer_id, 100_000).await;

        let mut bodies = Vec::new();
        for _ in 0..10 {
            let res = till.buy(&till.buyer, till.cart(2), Some("order-42")).await;
            assert_eq!(res.status(), StatusCode::CREATED);
            bodies.push(res.bytes().await.unwrap());
        }
        assert!(bodies.windows(2).all(|w| w[0] == w[1]), "ten byte-identical answers");
        assert_eq!(till.txns(&till.buyer_id, "purchase").await, 1);
        assert_eq!(till.balance(&till.buyer).await, 98_000);

        // The same key with another body is refused and moves nothing.
        let res = till.buy(&till.buyer, till.cart(3), Some("order-42")).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(res.json::<Value>().await.unwrap()["code"], "IDEMPOTENCY_KEY_REUSED");
        assert_eq!(till.txns(&till.buyer_id, "purchase").await, 1);

        // Another user's identical key is theirs: a separate purchase, never A's answer.
        let (b, b_id) = Till::customer(&till.app, "b@example.com").await;
        till.credit(&b_id, 10_000).await;
        let res = till.buy(&b, till.cart(2), Some("order-42")).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let b_body = res.bytes().await.unwrap();
        assert_ne!(b_body, bodies[0]);
        assert_eq!(till.txns(&b_id, "purchase").await, 1);

        // 23 hours later it still replays; after 25 hours the key is forgotten and runs anew.
        clock.advance(Duration::from_secs(23 * 3600));
        let buyer = Till::login(&till.app, "buyer@example.com").await;
        let res = till.buy(&buyer, till.cart(2), Some("order-42")).await;
        assert_eq!(res.status(), StatusCode::CREATED, "a replay answers as the first time did");
        assert_eq!(res.headers().get("idempotent-replayed").map(|v| v.to_str().unwrap()), Some("true"));
        assert_eq!(res.bytes().await.unwrap(), bodies[0]);
        clock.advance(Duration::from_secs(2 * 3600));
        let buyer = Till::login(&till.app, "buyer@example.com").await;
        let res = till.buy(&buyer, till.cart(2), Some("order-42")).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        assert_ne!(res.bytes().await.unwrap(), bodies[0]);
        assert_eq!(till.txns(&till.buyer_id, "purchase").await, 2);

        // A refusal leaves the key free: after a top-up the same key goes through.
        let (c, c_id) = Till::customer(&till.app, "c@example.com").await;
        assert_eq!(till.buy(&c, till.cart(1), Some("first")).await.status(), StatusCode::PAYMENT_REQUIRED);
        let admin = Till::login(&till.app, "vendor@example.com").await;
        let res = post(
            &till.app,
            &admin,
            &format!("/api/v1/admin/users/{c_id}/wallet/adjust"),
            json!({"amount_minor": 1_000, "reason": "test credit"}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(till.buy(&c, till.cart(1), Some("first")).await.status(), StatusCode::CREATED);
        let r: Value = till.app.get_with("/api/v1/admin/ledger/reconcile", &admin).await.json().await.unwrap();
        assert_eq!(r["ok"], true, "{r}");
    }
);

db_test!(
    /// M5: 20 concurrent requests with one key execute once.
    async fn concurrent_requests_with_one_key_execute_once(t: TestDb) {
        let till = Arc::new(Till::open(TestApp::without_worker_on(t).await, 1_000).await);
        till.credit(&till.buyer_id, 100_000).await;
        let calls = (0..20).map(|_| {
            let till = till.clone();
            async move {
                let res = till.buy(&till.buyer, till.cart(1), Some("same-key")).await;
                let status = res.status();
                let retry_after = res.headers().get("retry-after").is_some();
                (status, retry_after, res.bytes().await.unwrap())
            }
        });
        let answers = join_all(calls).await;
        let created: Vec<_> = answers.iter().filter(|(s, _, _)| *s == StatusCode::CREATED).collect();
        assert!(!created.is_empty());
        assert!(created.windows(2).all(|w| w[0].2 == w[1].2), "every 201 is the one stored answer");
        for (status, retry_after, _) in &answers {
            assert!(
                *status == StatusCode::CREATED || (*status == StatusCode::CONFLICT && *retry_after),
                "{status} (Retry-After: {retry_after})"
            );
        }
        assert_eq!(till.txns(&till.buyer_id, "purchase").await, 1);
        assert_eq!(till.balance(&till.buyer).await, 99_000);
        till.books_balance().await;
    }
);

db_test!(
    /// P2: a promo code capped at 10 uses, redeemed by 100 concurrent checkouts.
    async fn a_promo_cap_holds_under_a_hundred_concurrent_checkouts(t: TestDb) {
        // A launch code shared by a crowd: five customers, each from many addresses behind a
        // trusted proxy, so the promo-guessing budgets (20 per account and per address) let every
        // checkout through to the cap.
        let proxy = rms_server::config::TrustedProxy("127.0.0.1/32".parse().unwrap());
        let app = TestApp::on(t).without_worker().config(move |c| c.trusted_proxies = vec![proxy]).start().await;
        let till = Arc::new(Till::open(app, 1_000).await);
        let promo = till.create_promo(json!({"code": "launch10", "percent_off": 50, "max_uses": 10})).await;
        let mut shoppers = Vec::new();
        for n in 0..5 {
            let (token, id) = Till::customer(&till.app, &format!("shopper{n}@example.com")).await;
            till.credit(&id, 100_000).await;
            shoppers.push(token);
        }
        let calls = (0..100).map(|i| {
            let (till, token) = (till.clone(), shoppers[i % 5].clone());
            async move {
                let mut cart = till.cart(1);
                cart["promo_code"] = json!("LAUNCH10");
                let res = till
                    .app
                    .client
                    .post(till.app.url("/api/v1/store/purchase"))
                    .bearer_auth(&token)
                    .header("x-forwarded-for", format!("10.1.0.{i}"))
                    .json(&cart)
                    .send()
                    .await
                    .unwrap();
                status_and_json(res).await
            }
        });
        let answers = join_all(calls).await;
        let ok = answers.iter().filter(|(s, _)| *s == StatusCode::CREATED).count();
        assert_eq!(ok, 10, "{answers:?}");
        for (status, body) in answers.iter().filter(|(s, _)| *s != StatusCode::CREATED) {
            assert_eq!((*status, body["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("PROMO_EXHAUSTED")));
        }
        let usage: Value = till
            .app
            .get_with(&format!("/api/v1/admin/promo-codes/{}", promo["id"].as_str().unwrap()), &till.admin)
            .await
            .value()
            .await;
        assert_eq!(usage["promo"]["total_uses"], 10);
        assert_eq!(usage["redemptions"].as_array().unwrap().len(), 10);
        let mut spent = 0;
        for token in &shoppers {
            spent += 100_000 - till.balance(token).await;
        }
        assert_eq!(spent, 10 * 500);
        till.books_balance().await;
    }
);

db_test!(
    /// P3: invoice numbers are unique and gapless under 200 concurrent purchases, 20 of which roll
    /// back after taking a number (their promo code's single use is gone).
    async fn invoice_numbers_stay_gapless_under_concurrency_and_rollbacks(t: TestDb) {
        let till = Arc::new(Till::open(TestApp::without_worker_on(t).await, 100).await);
        till.credit(&till.buyer_id, 1_000_000).await;
        till.create_promo(json!({"code": "ONCE", "amount_off_minor": 50, "max_uses": 1})).await;
        let keys = till.keys(&till.buyer, 4).await;
        let calls = (0..200).map(|i| {
            let (till, key) = (till.clone(), keys[i % 4].clone());
            async move {
                let mut cart = till.cart(1);
                if i % 10 == 0 {
                    cart["promo_code"] = json!("ONCE");
                }
                status_and_json(till.buy(&key, cart, None).await).await
            }
        });
        let answers = join_all(calls).await;
        let created = answers.iter().filter(|(s, _)| *s == StatusCode::CREATED).count();
        assert_eq!(created, 181, "180 plain purchases and the promo's one use");
        let year = time::OffsetDateTime::now_utc().year();
        let numbers: BTreeSet<String> = answers
            .iter()
            .filter(|(s, _)| *s == StatusCode::CREATED)
            .map(|(_, b)| b["invoice_number"].as_str().unwrap().to_owned())
            .collect();
        let expected: BTreeSet<String> = (1..=181).map(|n| format!("INV-{year}-{n:06}")).collect();
        assert_eq!(numbers, expected, "unique and without gaps");
        till.books_balance().await;
    }
);

db_test!(
    async fn promo_codes_apply_their_rules_and_admins_manage_them(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        till.credit(&till.buyer_id, 100_000).await;
        let promo = till
            .create_promo(
                json!({"code": "Welcome", "amount_off_minor": 300, "per_user_limit": 1, "first_purchase_only": true}),
            )
            .await;
        assert_eq!(promo["code"], "WELCOME");
        let dup =
            post(&till.app, &till.admin, "/api/v1/admin/promo-codes", json!({"code": "welcome", "percent_off": 5}))
                .await;
        assert_eq!(dup.status(), StatusCode::CONFLICT);
        for bad in [
            json!({"code": "X", "percent_off": 5}),
            json!({"code": "BOTH", "percent_off": 5, "amount_off_minor": 5}),
            json!({"code": "NONE"}),
            json!({"code": "HUGE", "percent_off": 101}),
            json!({"code": "WEEKLY", "percent_off": 5, "reset_period": "fortnight"}),
        ] {
            let res = post(&till.app, &till.admin, "/api/v1/admin/promo-codes", bad.clone()).await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        }
        // Customers cannot create codes.
        let res =
            post(&till.app, &till.buyer, "/api/v1/admin/promo-codes", json!({"code": "MINE", "percent_off": 90})).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);

        // The quote shows the discount; the purchase takes the one use this buyer has.
        let mut cart = till.cart(2);
        cart["promo_code"] = json!("welcome");
        let quote: Value = till
            .app
            .client
            .post(till.app.url("/api/v1/store/quote"))
            .bearer_auth(&till.buyer)
            .json(&cart)
            .send()
            .await
            .unwrap()
            .value()
            .await;
        assert_eq!((quote["promo_discount"].as_i64(), quote["total"].as_i64()), (Some(300), Some(1_700)));
        let (status, receipt) = status_and_json(till.buy(&till.buyer, cart.clone(), None).await).await;
        assert_eq!((status, receipt["total_minor"].as_i64()), (StatusCode::CREATED, Some(1_700)));
        let (status, problem) = status_and_json(till.buy(&till.buyer, cart.clone(), None).await).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(problem["code"], "PROMO_FIRST_PURCHASE_ONLY");

        // Paused codes are refused; resumed ones work again (for a new customer).
        let id = promo["id"].as_str().unwrap();
        let paused: Value = post_value(
            &till.app,
            &till.admin,
            &format!("/api/v1/admin/promo-codes/{id}/pause"),
            json!({"paused": true}),
        )
        .await;
        assert_eq!(paused["paused"], true);
        let (newcomer, newcomer_id) = Till::customer(&till.app, "new@example.com").await;
        till.credit(&newcomer_id, 10_000).await;
        let (_, problem) = status_and_json(till.buy(&newcomer, cart.clone(), None).await).await;
        assert_eq!(problem["code"], "PROMO_PAUSED");
        post(&till.app, &till.admin, &format!("/api/v1/admin/promo-codes/{id}/pause"), json!({"paused": false})).await;
        assert_eq!(till.buy(&newcomer, cart.clone(), None).await.status(), StatusCode::CREATED);
        let usage: Value =
            till.app.get_with(&format!("/api/v1/admin/promo-codes/{id}"), &till.admin).await.json().await.unwrap();
        let who: Vec<&str> =
            usage["redemptions"].as_array().unwrap().iter().map(|r| r["email"].as_str().unwrap()).collect();
        assert_eq!(who, vec!["new@example.com", "buyer@example.com"]);
        let (_, problem) = status_and_json(
            till.buy(
                &till.buyer,
                json!({"items": [{"plan_id": till.plan, "quantity": 1}], "promo_code": "NOPE"}),
                None,
            )
            .await,
        )
        .await;
        assert_eq!(problem["code"], "PROMO_NOT_FOUND");
        till.books_balance().await;
    }
);

db_test!(
    /// A code limited to 2 uses a day: the third use waits for tomorrow.
    async fn a_promo_cap_resets_every_period(t: TestDb) {
        let clock = rms_core::clock::ManualClock::starting_now();
        let app = TestApp::on(t).clock(Arc::new(clock.clone())).without_worker().start().await;
        let till = Till::open(app, 1_000).await;
        till.credit(&till.buyer_id, 100_000).await;
        till.create_promo(json!({"code": "DAILY", "percent_off": 10, "max_uses": 2, "reset_period": "day"})).await;
        let mut cart = till.cart(1);
        cart["promo_code"] = json!("DAILY");
        assert_eq!(till.buy(&till.buyer, cart.clone(), None).await.status(), StatusCode::CREATED);
        assert_eq!(till.buy(&till.buyer, cart.clone(), None).await.status(), StatusCode::CREATED);
        let (_, problem) = status_and_json(till.buy(&till.buyer, cart.clone(), None).await).await;
        assert_eq!(problem["code"], "PROMO_EXHAUSTED");
        clock.advance(Duration::from_secs(24 * 3600));
        let buyer = Till::login(&till.app, "buyer@example.com").await;
        assert_eq!(till.buy(&buyer, cart.clone(), None).await.status(), StatusCode::CREATED);
        let admin = Till::login(&till.app, "vendor@example.com").await;
        let list: Value = till.app.get_with("/api/v1/admin/promo-codes", &admin).await.json().await.unwrap();
        assert_eq!((list[0]["uses_this_period"].as_i64(), list[0]["total_uses"].as_i64()), (Some(1), Some(3)));
    }
);

db_test!(
    async fn a_refund_returns_the_money_revokes_the_license_and_issues_a_credit_note(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        till.credit(&till.buyer_id, 10_000).await;
        let (_, receipt) = status_and_json(till.buy(&till.buyer, till.cart(3), None).await).await;
        let invoice = receipt["invoice_id"].as_str().unwrap();
        assert_eq!(till.balance(&till.buyer).await, 7_000);
        let refund = format!("/api/v1/admin/invoices/{invoice}/refund");
        assert_eq!(post(&till.app, &till.buyer, &refund, json!({})).await.status(), StatusCode::FORBIDDEN);
        let (status, note) =
            status_and_json(post(&till.app, &till.admin, &refund, json!({"reason": "asked"})).await).await;
        assert_eq!(status, StatusCode::CREATED, "{note}");
        assert_eq!(note["kind"], "credit_note");
        assert_eq!(note["total_minor"], -3_000);
        assert!(note["number"].as_str().unwrap().starts_with("CN-"));
        assert_eq!(till.balance(&till.buyer).await, 10_000);
        let again = post(&till.app, &till.admin, &refund, json!({})).await;
        assert_eq!(again.status(), StatusCode::CONFLICT);
        assert_eq!(till.balance(&till.buyer).await, 10_000, "refunded once");
        let mine: Value = till.app.get_with("/api/v1/licenses", &till.buyer).await.json().await.unwrap();
        let license = mine.as_array().unwrap().iter().find(|l| l["id"] == receipt["licenses"][0]["id"]).unwrap();
        assert_eq!(license["status"], "revoked");
        let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
        let statuses: HashMap<&str, &str> = invoices
            .as_array()
            .unwrap()
            .iter()
            .map(|i| (i["kind"].as_str().unwrap(), i["status"].as_str().unwrap()))
            .collect();
        assert_eq!(statuses, HashMap::from([("invoice", "refunded"), ("credit_note", "issued")]));
        till.books_balance().await;
    }
);

db_test!(
    async fn a_referred_purchase_earns_a_commission_held_then_released_or_reversed(t: TestDb) {
        let clock = rms_core::clock::ManualClock::starting_now();
        let app = TestApp::on(t).clock(Arc::new(clock.clone())).without_worker().start().await;
        let till = Till::open(app, 10_000).await;
        let (affiliate, _) = Till::customer(&till.app, "partner@example.com").await;
        let joined: Value = post(&till.app, &affiliate, "/api/v1/affiliate", json!({})).await.json().await.unwrap();
        let code = joined["code"].as_str().unwrap().to_owned();
        assert!(joined["link"].as_str().unwrap().ends_with(&format!("/sign-up?ref={code}")));

        // Self-referral is refused.
        let mut own = till.cart(1);
        own["referral_code"] = json!(code);
        let affiliate_id: Value = till.app.get_with("/api/v1/me", &affiliate).await.json().await.unwrap();
        till.credit(affiliate_id["id"].as_str().unwrap(), 20_000).await;
        let (status, problem) = status_and_json(till.buy(&affiliate, own, None).await).await;
        assert_eq!((status, problem["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("SELF_REFERRAL")));

        // A user who signed up through the link is attributed; their purchase pays 10 %.
        let res = till
            .app
            .post_json(
                "/api/v1/auth/register",
                json!({"email": "friend@example.com", "password": crate::harness::PASSWORD, "name": "Friend", "referral_code": code}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let login: Value = till
            .app
            .post_json(
                "/api/v1/auth/login",
                json!({"email": "friend@example.com", "password": crate::harness::PASSWORD}),
            )
            .await
            .value()
            .await;
        let friend = login["access_token"].as_str().unwrap().to_owned();
        let friend_id: Value = till.app.get_with("/api/v1/me", &friend).await.json().await.unwrap();
        till.credit(friend_id["id"].as_str().unwrap(), 50_000).await;
        let (_, receipt) = status_and_json(till.buy(&friend, till.cart(2), None).await).await;
        let board: Value = till.app.get_with("/api/v1/affiliate", &affiliate).await.json().await.unwrap();
        assert_eq!(
            (board["referred_users"].as_i64(), board["purchases"].as_i64(), board["pending_minor"].as_i64()),
            (Some(1), Some(1), Some(2_000))
        );
        assert_eq!(board["available_minor"], 0);

        // A refund reverses the pending commission.
        let refund = format!("/api/v1/admin/invoices/{}/refund", receipt["invoice_id"].as_str().unwrap());
        assert_eq!(post(&till.app, &till.admin, &refund, json!({})).await.status(), StatusCode::CREATED);
        let board: Value = till.app.get_with("/api/v1/affiliate", &affiliate).await.json().await.unwrap();
        assert_eq!((board["pending_minor"].as_i64(), board["reversed_minor"].as_i64()), (Some(0), Some(2_000)));

        // Another affiliate's code later does not steal the attribution (first touch wins), and
        // the commission becomes spendable once the 30-day hold is over.
        let (rival, _) = Till::customer(&till.app, "rival@example.com").await;
        let rival_code: Value = post(&till.app, &rival, "/api/v1/affiliate", json!({})).await.json().await.unwrap();
        let mut cart = till.cart(1);
        cart["referral_code"] = rival_code["code"].clone();
        assert_eq!(till.buy(&friend, cart, None).await.status(), StatusCode::CREATED);
        let rival_board: Value = till.app.get_with("/api/v1/affiliate", &rival).await.json().await.unwrap();
        assert_eq!(rival_board["pending_minor"], 0);
        let before = till.balance(&affiliate).await;
        let store = till.app.running().state().services.store.clone();
        assert_eq!(store.release_commissions().await.unwrap(), 0, "still on hold");
        clock.advance(Duration::from_secs(31 * 86_400));
        assert_eq!(store.release_commissions().await.unwrap(), 1);
        assert_eq!(store.release_commissions().await.unwrap(), 0, "released once");
        let affiliate = Till::login(&till.app, "partner@example.com").await;
        let board: Value = till.app.get_with("/api/v1/affiliate", &affiliate).await.json().await.unwrap();
        assert_eq!((board["pending_minor"].as_i64(), board["available_minor"].as_i64()), (Some(0), Some(1_000)));
        assert_eq!(till.balance(&affiliate).await, before + 1_000);
        let breaches = till.app.running().state().services.wallet.reconcile().await.unwrap();
        assert!(breaches.is_empty(), "{breaches:?}");
    }
);

db_test!(
    /// The whole story over the API, worker included: register → verify → top up with the sandbox
    /// → buy 5 seats with a promo code and a referral → license issued → invoice PDF rendered
    /// (its text holds the number and the total) → the affiliate sees the pending commission.
    async fn a_new_customer_buys_with_a_promo_and_a_referral_and_gets_a_license_and_a_pdf_invoice(t: TestDb) {
        let till = Till::open(TestApp::spawn(t).await, 2_000).await;
        till.create_promo(json!({"code": "SPRING", "percent_off": 10})).await;
        // The vendor's logo goes on the invoice; anything but a PNG or SVG is refused.
        let logo = |body: Vec<u8>, token: String| {
            let app = &till.app;
            async move {
                app.client
                    .put(app.url("/api/v1/admin/billing/logo"))
                    .bearer_auth(token)
                    .body(body)
                    .send()
                    .await
                    .unwrap()
                    .status()
            }
        };
        assert_eq!(logo(b"GIF89a....".to_vec(), till.admin.clone()).await, StatusCode::UNPROCESSABLE_ENTITY);
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><rect width="40" height="10" fill="#1a4"/></svg>"##;
        assert_eq!(logo(svg.to_vec(), till.buyer.clone()).await, StatusCode::FORBIDDEN);
        assert_eq!(logo(svg.to_vec(), till.admin.clone()).await, StatusCode::NO_CONTENT);
        let (partner, _) = Till::customer(&till.app, "partner@example.com").await;
        let joined: Value = post(&till.app, &partner, "/api/v1/affiliate", json!({})).await.json().await.unwrap();

        let res = till
            .app
            .post_json(
                "/api/v1/auth/register",
                json!({"email": "new@example.com", "password": crate::harness::PASSWORD, "name": "New Customer",
                       "referral_code": joined["code"]}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        rms_testkit::eventually(Duration::from_secs(15), "the verification email", || async {
            till.app.spooled_emails().iter().any(|e| e.contains("new@example.com"))
        })
        .await;
        let email = till.app.spooled_emails().into_iter().find(|e| e.contains("new@example.com")).unwrap();
        let token = rms_testkit::link_token_of(&email, "/verify-email");
        let verified = till.app.post_json("/api/v1/auth/verify-email", json!({"token": token})).await;
        assert!(verified.status().is_success());
        let customer = Till::login(&till.app, "new@example.com").await;
        // Billing details for the invoice; a country must be a two-letter code.
        let profile = |body: Value| {
            let (app, token) = (&till.app, customer.clone());
            async move { app.send_with(Method::PUT, "/api/v1/me/billing-profile", &token, &body).await }
        };
        assert_eq!(profile(json!({"country": "Germany"})).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let res = profile(json!({"company": "Acme Labs GmbH", "tax_id": "DE999999999", "address": "Hauptstr. 1\n10115 Berlin", "country": "de"})).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.json::<Value>().await.unwrap()["country"], "DE");

        let payment: Value = post_value(
            &till.app,
            &customer,
            "/api/v1/wallet/top-ups",
            json!({"amount_minor": 10_000, "gateway": "sandbox"}),
        )
        .await;
        let pay = format!("/api/v1/wallet/top-ups/{}/sandbox-pay", payment["id"].as_str().unwrap());
        assert_eq!(post(&till.app, &customer, &pay, json!({})).await.status(), StatusCode::OK);

        let mut cart = till.cart(5);
        cart["promo_code"] = json!("spring");
        let (status, receipt) = status_and_json(till.buy(&customer, cart, Some("first-order")).await).await;
        assert_eq!(status, StatusCode::CREATED, "{receipt}");
        assert_eq!(receipt["total_minor"], 9_000, "5 × $20 − 10 %");
        assert_eq!(till.balance(&customer).await, 1_000);
        let license = &receipt["licenses"][0];
        assert_eq!(license["seats"], 5);
        let mine: Value = till.app.get_with("/api/v1/licenses", &customer).await.json().await.unwrap();
        assert_eq!(mine[0]["id"], license["id"]);

        // The worker renders the PDF.
        let pdf_url = format!("/api/v1/invoices/{}/pdf", receipt["invoice_id"].as_str().unwrap());
        let mut pdf = Vec::new();
        rms_testkit::eventually(Duration::from_secs(60), "the invoice PDF", || {
            let res = till.app.get_with(&pdf_url, &customer);
            async move { res.await.status() == StatusCode::OK }
        })
        .await;
        let res = till.app.get_with(&pdf_url, &customer).await;
        assert_eq!(res.headers()["content-type"], "application/pdf");
        pdf.extend_from_slice(&res.bytes().await.unwrap());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("invoice.pdf");
        std::fs::write(&path, &pdf).unwrap();
        let out = std::process::Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-").output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(receipt["invoice_number"].as_str().unwrap()), "{text}");
        assert!(text.contains("$90.00"), "{text}");
        assert!(text.contains("SPRING") && text.contains("New Customer"), "{text}");
        assert!(
            text.contains("Acme Labs GmbH") && text.contains("DE999999999") && text.contains("10115 Berlin"),
            "{text}"
        );
        let invoices: Value = till.app.get_with("/api/v1/invoices", &customer).await.json().await.unwrap();
        assert_eq!(invoices[0]["pdf_status"], "ready");

        // The receipt email went out too, with its text and HTML parts.
        let number = receipt["invoice_number"].as_str().unwrap();
        rms_testkit::eventually(Duration::from_secs(15), "the receipt email", || async {
            till.app.spooled_emails().iter().any(|e| {
                let parts = crate::harness::email_parts(e);
                parts.len() == 2 && parts.iter().all(|(_, body)| body.contains(number))
            })
        })
        .await;

        let board: Value = till.app.get_with("/api/v1/affiliate", &partner).await.json().await.unwrap();
        assert_eq!((board["referred_users"].as_i64(), board["pending_minor"].as_i64()), (Some(1), Some(900)));
        till.books_balance().await;
    }
);

/// A rate feed for the test: GBP at 1.5 per dollar.
struct Feed;

impl rms_app::rates::RateProvider for Feed {
    fn rate(&self, currency: rms_core::Currency) -> rms_app::rates::RateFuture<'_> {
        Box::pin(async move {
            Ok((currency.as_str() == "GBP").then(|| rms_app::rates::QuotedRate {
                currency,
                rate: rms_core::billing::Rate::parse("1.5").unwrap(),
                source: "test-feed".into(),
                at: rms_core::Timestamp::from_millis(1_700_000_000_000),
            }))
        })
    }
}

db_test!(
    async fn exchange_rates_are_recorded_with_their_source_and_convert_once(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        let put = |currency: &'static str, token: String, rate: &'static str| {
            let app = &till.app;
            async move {
                app.send_with(
                    Method::PUT,
                    &format!("/api/v1/admin/currency-rates/{currency}"),
                    &token,
                    &json!({"rate": rate}),
                )
                .await
            }
        };
        let res = put("EUR", till.admin.clone(), "0.9200").await;
        assert_eq!(res.status(), StatusCode::OK);
        let set: Value = res.json().await.unwrap();
        assert_eq!(
            (set["rate"].as_str(), set["source"].as_str(), set["base"].as_str()),
            (Some("0.92"), Some("admin"), Some("USD"))
        );
        for (currency, rate) in [("USD", "1"), ("EURO", "1"), ("EUR", "0"), ("EUR", "abc")] {
            let res = till
                .app
                .client
                .put(till.app.url(&format!("/api/v1/admin/currency-rates/{currency}")))
                .bearer_auth(&till.admin)
                .json(&json!({"rate": rate}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{currency} {rate}");
        }
        assert_eq!(put("EUR", till.buyer.clone(), "2").await.status(), StatusCode::FORBIDDEN);
        let list: Value = till.app.get_with("/api/v1/admin/currency-rates", &till.admin).await.json().await.unwrap();
        assert_eq!(list.as_array().unwrap().len(), 1);

        // Admin-set rates convert; a provider's rate wins and is recorded with its source.
        let state = till.app.running().state();
        let eur = rms_core::Currency::parse("EUR").unwrap();
        let (usd, used) = state.services.rates.to_base(rms_core::Money::new(9_200, eur)).await.unwrap();
        assert_eq!((usd.minor, used.source.as_str()), (10_000, "admin"));
        let usd_code = rms_core::Currency::USD;
        let with_feed = rms_app::rates::Rates::new(
            till.app.db.clone(),
            std::sync::Arc::new(rms_core::SystemClock),
            usd_code,
            Some(std::sync::Arc::new(Feed)),
        );
        let gbp = rms_core::Currency::parse("GBP").unwrap();
        let (usd, used) = with_feed.to_base(rms_core::Money::new(300, gbp)).await.unwrap();
        assert_eq!((usd.minor, used.source.as_str()), (200, "test-feed"));
        let list: Value = till.app.get_with("/api/v1/admin/currency-rates", &till.admin).await.json().await.unwrap();
        assert!(
            list.as_array().unwrap().iter().any(|r| r["currency"] == "GBP" && r["source"] == "test-feed"),
            "{list}"
        );
        // No rate at all: refused, not guessed.
        let chf = rms_core::Currency::parse("CHF").unwrap();
        assert!(with_feed.to_base(rms_core::Money::new(100, chf)).await.is_err());
    }
);

db_test!(
    async fn a_product_pays_its_own_commission_and_a_plan_can_suspend_on_refund(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 10_000).await;
        let licenses: Value = till.app.get_with("/api/v1/admin/products", &till.admin).await.json().await.unwrap();
        let product = licenses[0]["id"].as_str().unwrap().to_owned();
        let put = |path: String, body: Value| {
            let (app, admin) = (&till.app, till.admin.clone());
            async move { app.send_with(Method::PUT, &path, &admin, &body).await.status() }
        };
        assert_eq!(
            put(format!("/api/v1/admin/products/{product}/commission"), json!({"commission_bp": 2_500})).await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            put(format!("/api/v1/admin/plans/{}/refund-action", till.plan), json!({"action": "suspend"})).await,
            StatusCode::NO_CONTENT
        );
        assert_eq!(
            put(format!("/api/v1/admin/plans/{}/refund-action", till.plan), json!({"action": "delete"})).await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            put(format!("/api/v1/admin/products/{product}/commission"), json!({"commission_bp": 10_001})).await,
            StatusCode::UNPROCESSABLE_ENTITY
        );

        let joined: Value = post(&till.app, &till.buyer, "/api/v1/affiliate", json!({})).await.json().await.unwrap();
        let (friend, friend_id) = Till::customer(&till.app, "friend@example.com").await;
        till.credit(&friend_id, 20_000).await;
        let mut cart = till.cart(1);
        cart["referral_code"] = joined["code"].clone();
        let (_, receipt) = status_and_json(till.buy(&friend, cart, None).await).await;
        let board: Value = till.app.get_with("/api/v1/affiliate", &till.buyer).await.json().await.unwrap();
        assert_eq!(board["pending_minor"], 2_500, "the product's 25 %, not the global 10 %");

        let refund = format!("/api/v1/admin/invoices/{}/refund", receipt["invoice_id"].as_str().unwrap());
        assert_eq!(post(&till.app, &till.admin, &refund, json!({})).await.status(), StatusCode::CREATED);
        let mine: Value = till.app.get_with("/api/v1/licenses", &friend).await.json().await.unwrap();
        assert_eq!(mine[0]["status"], "suspended");
        till.books_balance().await;
    }
);

db_test!(
    async fn a_renewal_is_paid_once_however_often_it_is_retried(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        till.credit(&till.buyer_id, 10_000).await;
        let receipt: Value = till.buy(&till.buyer, till.cart(1), None).await.json().await.unwrap();
        let license = &receipt["licenses"][0];
        let (id, key) = (license["id"].as_str().unwrap(), license["key"].as_str().unwrap());
        let before: Value =
            till.app.get_with(&format!("/api/v1/licenses/{id}"), &till.buyer).await.json().await.unwrap();
        let renew = |idem: &'static str| {
            let url = till.app.url(&format!("/api/v1/licenses/{id}/renew"));
            let req = till.app.client.post(url).bearer_auth(&till.buyer).header("Idempotency-Key", idem);
            async move { req.send().await.unwrap() }
        };
        let first = renew("renew-2027").await;
        assert_eq!(first.status(), StatusCode::OK);
        let first: Value = first.json().await.unwrap();
        assert_eq!((first["id"].as_str(), first["key"].as_str()), (Some(id), Some(key)), "the same license and key");
        let again = renew("renew-2027").await;
        assert_eq!(again.headers()["idempotent-replayed"], "true");
        let again: Value = again.json().await.unwrap();
        assert_eq!(again["invoice_id"], first["invoice_id"]);
        let after: Value =
            till.app.get_with(&format!("/api/v1/licenses/{id}"), &till.buyer).await.json().await.unwrap();
        let (from, to) = (
            rms_core::Timestamp::parse_rfc3339(before["expires_at"].as_str().unwrap()).unwrap(),
            rms_core::Timestamp::parse_rfc3339(after["expires_at"].as_str().unwrap()).unwrap(),
        );
        assert_eq!(to, from.plus(Duration::from_secs(365 * 86_400)), "one more year, once");
        let wallet: Value = till.app.get_with("/api/v1/wallet", &till.buyer).await.json().await.unwrap();
        assert_eq!(wallet["balance_minor"], 6_000, "{wallet}");

        // From the licenses page: the button, then what was paid and until when.
        let mut b = crate::web_session::Browser::default();
        crate::web_store::signed_in(&till.app, &mut b, "buyer@example.com").await;
        let (_, page) = b.get(&till.app, "/licenses").await;
        assert!(page.contains(&format!("action=\"/licenses/{id}/renew\"")), "{page}");
        let (status, page, _) = b.submit(&till.app, &format!("/licenses/{id}/renew"), &[]).await;
        assert_eq!(status, StatusCode::OK);
        let shown = crate::harness::plain(&page);
        assert!(shown.contains("Renewed until") && shown.contains("$20.00"), "{shown}");
        till.books_balance().await;
    }
);

db_test!(
    async fn a_license_renews_itself_from_the_wallet_at_the_plans_renewal_discount(t: TestDb) {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t).without_worker().clock(Arc::new(clock.clone())).start().await;
        let till = Till::open(app, 2_000).await;
        let plan = format!("/api/v1/admin/plans/{}", till.plan);
        let res = till.app.send_with(Method::PATCH, &plan, &till.admin, &json!({"renewal_discount_bp": 2_500})).await;
        assert_eq!(res.status(), StatusCode::OK);
        till.credit(&till.buyer_id, 2_000).await;
        let receipt: Value = till.buy(&till.buyer, till.cart(1), None).await.json().await.unwrap();
        let id = receipt["licenses"][0]["id"].as_str().unwrap().to_owned();
        let before: Value =
            till.app.get_with(&format!("/api/v1/licenses/{id}"), &till.buyer).await.json().await.unwrap();
        let ends = rms_core::Timestamp::parse_rfc3339(before["expires_at"].as_str().unwrap()).unwrap();

        // Turned on by its owner only.
        let path = format!("/api/v1/licenses/{id}/auto-renew");
        let (status, body) =
            status_and_json(till.app.send_with(Method::PUT, &path, &till.buyer, &json!({"enabled": true})).await).await;
        assert_eq!((status, body["enabled"].as_bool()), (StatusCode::OK, Some(true)));
        let (stranger, _) = Till::customer(&till.app, "stranger@example.com").await;
        let res = till.app.send_with(Method::PUT, &path, &stranger, &json!({"enabled": false})).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let mine: Value = till.app.get_with("/api/v1/licenses", &till.buyer).await.json().await.unwrap();
        assert_eq!(mine[0]["auto_renew"], true);

        let store = till.app.running().state().services.store.clone();
        // What the buyer was told (signing in again: the test clock outlives access tokens).
        let kinds = || {
            let app = &till.app;
            async move {
                let token = Till::login(app, "buyer@example.com").await;
                let inbox: Value = app.get_with("/api/v1/notifications", &token).await.json().await.unwrap();
                inbox["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|i| i["kind"].as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
            }
        };
        // Five days before: reminded once, told the wallet is short (1,500 after the 25 % off).
        clock.set(rms_core::Timestamp::from_millis(ends.as_millis() - 5 * 86_400_000));
        assert_eq!(store.auto_renew().await.unwrap(), (0, 1, 0));
        assert_eq!(store.auto_renew().await.unwrap(), (0, 0, 0), "once per term");
        let token = Till::login(&till.app, "buyer@example.com").await;
        let inbox: Value = till.app.get_with("/api/v1/notifications", &token).await.json().await.unwrap();
        let upcoming = inbox["items"].as_array().unwrap().iter().find(|i| i["kind"] == "renewal_upcoming").unwrap();
        let text = upcoming.to_string().replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("$15.00") && text.contains("top it up"), "{text}");

        // Its last day, the wallet short: a clear failure, told once; nothing charged.
        clock.set(rms_core::Timestamp::from_millis(ends.as_millis() - 3_600_000));
        assert_eq!(store.auto_renew().await.unwrap(), (0, 0, 1));
        assert_eq!(store.auto_renew().await.unwrap(), (0, 0, 0), "told once per term");
        assert!(kinds().await.contains(&"renewal_failed".to_owned()));
        let token = Till::login(&till.app, "buyer@example.com").await;
        assert_eq!(till.balance(&token).await, 0);

        // Topped up: the next run renews it, once, at the discounted price, the same key on.
        let admin = Till::login(&till.app, "vendor@example.com").await;
        let adjust = format!("/api/v1/admin/users/{}/wallet/adjust", till.buyer_id);
        let res = post(&till.app, &admin, &adjust, json!({"amount_minor": 1_500, "reason": "top-up"})).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(store.auto_renew().await.unwrap(), (1, 0, 0));
        assert_eq!(store.auto_renew().await.unwrap(), (0, 0, 0), "renewed once");
        assert_eq!(till.balance(&token).await, 0);
        let after: Value = till.app.get_with(&format!("/api/v1/licenses/{id}"), &token).await.json().await.unwrap();
        let new_end = rms_core::Timestamp::parse_rfc3339(after["expires_at"].as_str().unwrap()).unwrap();
        assert_eq!(new_end, ends.plus(Duration::from_secs(365 * 86_400)));
        let invoices: Value = till.app.get_with("/api/v1/invoices", &token).await.json().await.unwrap();
        assert_eq!(
            (invoices[0]["total_minor"].as_i64(), invoices[0]["promo_discount_minor"].as_i64()),
            (Some(1_500), Some(500))
        );
        assert!(invoices[0]["promo_code"].is_null(), "the plan's discount, not a code's");
        assert!(kinds().await.contains(&"license_renewed".to_owned()));

        // Refunded, the renewal's term goes back and the license stops renewing itself: the
        // sweep must not buy again the term the customer was just refunded for.
        let refund = format!("/api/v1/admin/invoices/{}/refund", invoices[0]["id"].as_str().unwrap());
        let res = post(&till.app, &admin, &refund, json!({"reason": "asked"})).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        assert_eq!(store.auto_renew().await.unwrap(), (0, 0, 0));
        let mine: Value = till.app.get_with("/api/v1/licenses", &token).await.json().await.unwrap();
        assert_eq!(mine[0]["auto_renew"], false);
        assert_eq!(till.balance(&token).await, 1_500, "refunded, not charged again");
        let books = state_wallet(&till).reconcile().await.unwrap();
        assert!(books.is_empty(), "{books:?}");
    }
);

/// The wallet use case, for checks past the admin token's life.
fn state_wallet(till: &Till) -> rms_app::wallet::Wallet {
    till.app.running().state().services.wallet.clone()
}
