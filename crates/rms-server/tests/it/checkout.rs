//! Checkout without the two-step dance (issue 16): a wallet short of the total pays the
//! difference through a gateway, and the purchase completes by itself once that payment is
//! credited, once, under the buyer's idempotency key; on both databases.

use std::time::Duration;

use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{TestApp, status_and_json};
use crate::licensing::post;
use crate::money::Till;
use crate::web_session::Browser;

async fn checkout(till: &Till, key: Option<&str>, body: Value) -> (StatusCode, Value) {
    let mut req = till.app.client.post(till.app.url("/api/v1/store/checkout")).bearer_auth(&till.buyer).json(&body);
    if let Some(k) = key {
        req = req.header("Idempotency-Key", k);
    }
    status_and_json(req.send().await.unwrap()).await
}

db_test!(
    async fn a_short_wallet_pays_the_difference_and_the_purchase_completes_once(t: TestDb) {
        let till = Till::open(TestApp::spawn(t).await, 2_000).await;
        till.credit(&till.buyer_id, 500).await;
        let body = json!({"items": [{"plan_id": till.plan, "quantity": 1}], "gateway": "sandbox"});

        // The plain purchase states the shortfall in its refusal.
        let (status, problem) = status_and_json(till.buy(&till.buyer, till.cart(1), None).await).await;
        assert_eq!(status, StatusCode::PAYMENT_REQUIRED);
        assert_eq!(
            (problem["balance_minor"].as_i64(), problem["needed_minor"].as_i64(), problem["shortfall_minor"].as_i64()),
            (Some(500), Some(2_000), Some(1_500))
        );

        // A checkout needs its key: the purchase made later is that request.
        let (status, _) = checkout(&till, None, body.clone()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let (status, waiting) = checkout(&till, Some("order-1"), body.clone()).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{waiting}");
        assert_eq!((waiting["status"].as_str(), waiting["shortfall_minor"].as_i64()), (Some("waiting"), Some(1_500)));
        let payment = waiting["payment_id"].as_str().unwrap().to_owned();
        assert_eq!(waiting["pay_url"], format!("/pay/sandbox/{payment}"));
        // Retried while waiting: the same payment, not a second order that would buy twice.
        let (status, again) = checkout(&till, Some("order-1"), body.clone()).await;
        assert_eq!((status, again["payment_id"].as_str()), (StatusCode::ACCEPTED, Some(payment.as_str())));
        let state_path = format!("/api/v1/store/checkout/{payment}");
        let state: Value = till.app.get_with(&state_path, &till.buyer).await.json().await.unwrap();
        assert_eq!(state["status"], "waiting");
        let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
        assert_eq!(invoices.as_array().unwrap().len(), 0, "nothing bought before the money arrives");

        // Paid: the worker buys it (the job queued with the credit).
        let pay = format!("/api/v1/wallet/top-ups/{payment}/sandbox-pay");
        assert_eq!(post(&till.app, &till.buyer, &pay, json!({})).await.status(), StatusCode::OK);
        rms_testkit::eventually(Duration::from_secs(30), "the held order is bought", || {
            let res = till.app.get_with(&state_path, &till.buyer);
            async move { res.await.json::<Value>().await.unwrap()["status"] == "completed" }
        })
        .await;
        let done: Value = till.app.get_with(&state_path, &till.buyer).await.json().await.unwrap();
        let invoice = done["invoice_id"].as_str().unwrap().to_owned();
        assert_eq!(till.balance(&till.buyer).await, 0);
        let mine: Value = till.app.get_with("/api/v1/licenses", &till.buyer).await.json().await.unwrap();
        assert_eq!(mine.as_array().unwrap().len(), 1);

        // The same checkout sent again answers the same purchase: bought once.
        let (status, receipt) = checkout(&till, Some("order-1"), body.clone()).await;
        assert_eq!((status, receipt["invoice_id"].as_str()), (StatusCode::CREATED, Some(invoice.as_str())));
        let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
        assert_eq!(invoices.as_array().unwrap().len(), 1);
        // Another person's checkout is not found.
        let (stranger, _) = Till::customer(&till.app, "stranger@example.com").await;
        assert_eq!(till.app.get_with(&state_path, &stranger).await.status(), StatusCode::NOT_FOUND);
        till.books_balance().await;
    }
);

db_test!(
    async fn the_store_page_offers_to_pay_the_difference_and_lands_on_the_receipt(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        till.credit(&till.buyer_id, 500).await;
        let mut b = Browser::default();
        crate::web_store::signed_in(&till.app, &mut b, "buyer@example.com").await;
        b.get(&till.app, "/store/editor").await;
        let key = uuid::Uuid::new_v4().to_string();
        let form = |action: &'static str| {
            [
                ("plan_id", till.plan.as_str()),
                ("quantity", "1"),
                ("idempotency_key", key.as_str()),
                ("action", action),
                ("gateway", "sandbox"),
            ]
        };
        let (status, page, _) = b.submit(&till.app, "/store/editor", &form("buy")).await;
        assert_eq!(status, StatusCode::PAYMENT_REQUIRED);
        let shown = crate::harness::plain(&page);
        assert!(shown.contains("$15.00 short") && page.contains("value=\"pay_difference\""), "{shown}");

        let pay = form("pay_difference");
        let (status, _, location) = b.submit(&till.app, "/store/editor", &pay).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let location = location.unwrap();
        assert!(location.starts_with("/pay/sandbox/"), "{location}");
        let (status, _, receipt) = b.submit(&till.app, &location, &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "paying lands on the receipt");
        let receipt = receipt.unwrap();
        assert!(receipt.starts_with("/store/receipts/"), "{receipt}");
        let (status, page) = b.get(&till.app, &receipt).await;
        assert_eq!(status, StatusCode::OK);
        let year = time::OffsetDateTime::now_utc().year();
        assert!(page.contains(&format!("INV-{year}-000001")) && page.contains("$20.00"), "{page}");

        // The same form again (a reload, a double click): the same receipt, nothing bought twice.
        let (status, _, again) = b.submit(&till.app, "/store/editor", &pay).await;
        assert_eq!((status, again.as_deref()), (StatusCode::SEE_OTHER, Some(receipt.as_str())));
        assert_eq!(till.balance(&till.buyer).await, 0);
        till.books_balance().await;
    }
);

db_test!(
    async fn a_held_order_the_store_can_no_longer_sell_tells_the_buyer_where_the_money_is(t: TestDb) {
        let till = Till::open(TestApp::spawn(t).await, 2_000).await;
        till.credit(&till.buyer_id, 500).await;
        let body = json!({"items": [{"plan_id": till.plan, "quantity": 1}], "gateway": "sandbox"});
        let (status, waiting) = checkout(&till, Some("order-retired"), body).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{waiting}");
        let payment = waiting["payment_id"].as_str().unwrap().to_owned();

        // The product is retired while the buyer pays.
        let products: Value = till.app.get_with("/api/v1/admin/products", &till.admin).await.json().await.unwrap();
        let product = products.as_array().unwrap()[0]["id"].as_str().unwrap().to_owned();
        let retire = till
            .app
            .send_with(
                reqwest::Method::PATCH,
                &format!("/api/v1/admin/products/{product}"),
                &till.admin,
                &json!({"archived": true}),
            )
            .await;
        assert!(retire.status().is_success(), "{}", retire.status());
        let pay = format!("/api/v1/wallet/top-ups/{payment}/sandbox-pay");
        assert_eq!(post(&till.app, &till.buyer, &pay, json!({})).await.status(), StatusCode::OK);

        let state_path = format!("/api/v1/store/checkout/{payment}");
        rms_testkit::eventually(Duration::from_secs(30), "the held order is settled", || {
            let res = till.app.get_with(&state_path, &till.buyer);
            async move { res.await.json::<Value>().await.unwrap()["status"] == "failed" }
        })
        .await;
        assert_eq!(till.balance(&till.buyer).await, 2_000, "the payment stays in the wallet");
        let inbox: Value = till.app.get_with("/api/v1/notifications", &till.buyer).await.json().await.unwrap();
        let told: Vec<&Value> =
            inbox["items"].as_array().unwrap().iter().filter(|i| i["kind"] == "order_failed").collect();
        assert_eq!(told.len(), 1, "told once: {inbox}");
        let text = told[0].to_string().replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("$15.00") && text.contains("wallet"), "{text}");

        // Asking again (the buyer's return to the payment page) tells nothing more.
        let again: Value = till.app.get_with(&state_path, &till.buyer).await.json().await.unwrap();
        assert_eq!(again["status"], "failed");
        let inbox: Value = till.app.get_with("/api/v1/notifications", &till.buyer).await.json().await.unwrap();
        assert_eq!(inbox["items"].as_array().unwrap().iter().filter(|i| i["kind"] == "order_failed").count(), 1);
        till.books_balance().await;
    }
);

db_test!(
    async fn a_checkout_retried_after_its_payment_arrived_completes_that_order_once(t: TestDb) {
        // No worker: the completion job does not run, as when the retry beats it.
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        till.credit(&till.buyer_id, 500).await;
        let body = json!({"items": [{"plan_id": till.plan, "quantity": 1}], "gateway": "sandbox"});
        let (status, waiting) = checkout(&till, Some("order-raced"), body.clone()).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{waiting}");
        let payment = waiting["payment_id"].as_str().unwrap().to_owned();
        let pay = format!("/api/v1/wallet/top-ups/{payment}/sandbox-pay");
        assert_eq!(post(&till.app, &till.buyer, &pay, json!({})).await.status(), StatusCode::OK);

        let (status, receipt) = checkout(&till, Some("order-raced"), body.clone()).await;
        assert_eq!(status, StatusCode::CREATED, "{receipt}");
        let state: Value =
            till.app.get_with(&format!("/api/v1/store/checkout/{payment}"), &till.buyer).await.json().await.unwrap();
        assert_eq!(
            (state["status"].as_str(), state["invoice_id"].as_str()),
            (Some("completed"), receipt["invoice_id"].as_str()),
            "the held order is the purchase, not a failed order beside a new one"
        );
        let (status, again) = checkout(&till, Some("order-raced"), body).await;
        assert_eq!((status, again["invoice_id"].clone()), (StatusCode::CREATED, receipt["invoice_id"].clone()));
        let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
        assert_eq!(invoices.as_array().unwrap().len(), 1);
        assert_eq!(till.balance(&till.buyer).await, 0);
        till.books_balance().await;
    }
);
