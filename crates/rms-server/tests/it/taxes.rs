//! Taxes (issue 16): admin rates by buyer country or region, tax-exclusive and -inclusive prices,
//! the EU reverse charge for a business buyer with a VAT id, tax rounded per line in minor units,
//! on quotes, invoices, credit notes and the ledger, on both databases.

use reqwest::{Method, StatusCode};
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{TestApp, status_and_json};
use crate::licensing::{post, post_value};
use crate::money::Till;

async fn put(app: &TestApp, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
    status_and_json(app.send_with(Method::PUT, path, token, &body).await).await
}

async fn set_rate(till: &Till, country: &str, rate_bp: u32) {
    let (status, body) =
        put(&till.app, &till.admin, &format!("/api/v1/admin/tax-rates/{country}"), json!({ "rate_bp": rate_bp })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

async fn profile(till: &Till, token: &str, body: Value) -> (StatusCode, Value) {
    put(&till.app, token, "/api/v1/me/billing-profile", body).await
}

/// Changes some billing settings, keeping the others.
async fn settings(till: &Till, change: Value) {
    let mut s: Value = till.app.get_with("/api/v1/admin/billing/settings", &till.admin).await.json().await.unwrap();
    for (k, v) in change.as_object().unwrap() {
        s[k] = v.clone();
    }
    let res = till.app.send_with(Method::PUT, "/api/v1/admin/billing/settings", &till.admin, &s).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT, "{}", res.text().await.unwrap());
}

async fn quote(till: &Till, token: &str, cart: Value) -> Value {
    let res = post(&till.app, token, "/api/v1/store/quote", cart).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

/// The balance of a system ledger account (`tax_payable`, `revenue`), zero before its first use.
async fn system_balance(app: &TestApp, name: &str) -> i64 {
    let sql = "SELECT balance_minor FROM ledger_accounts WHERE name = $1";
    let row: Option<(i64,)> =
        rms_store::on_db!(&app.db, pool => sqlx::query_as(sql).bind(name).fetch_optional(pool).await).unwrap();
    row.map_or(0, |r| r.0)
}

/// A second plan of the till's product, priced at `unit_minor`.
async fn second_plan(till: &Till, unit_minor: i64) -> String {
    let products: Value = till.app.get_with("/api/v1/admin/products", &till.admin).await.json().await.unwrap();
    let product = products.as_array().unwrap()[0]["id"].as_str().unwrap().to_owned();
    let plan: Value = post_value(
        &till.app,
        &till.admin,
        &format!("/api/v1/admin/products/{product}/plans"),
        json!({"name": "Monthly", "max_activations": 1, "duration_days": 30}),
    )
    .await;
    let plan = plan["id"].as_str().unwrap().to_owned();
    let res = post(
        &till.app,
        &till.admin,
        &format!("/api/v1/admin/plans/{plan}/prices"),
        json!({"amount_minor": unit_minor}),
    )
    .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    plan
}

db_test!(
    async fn admins_keep_tax_rates_by_country_and_region(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        set_rate(&till, "de", 1_900).await;
        let (status, body) =
            put(&till.app, &till.admin, "/api/v1/admin/tax-rates/us-ca", json!({"rate_bp": 725})).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!((body["country"].as_str(), body["rate_bp"].as_u64()), (Some("US-CA"), Some(725)));
        let list: Value = till.app.get_with("/api/v1/admin/tax-rates", &till.admin).await.json().await.unwrap();
        let codes: Vec<_> = list.as_array().unwrap().iter().map(|r| r["country"].as_str().unwrap()).collect();
        assert_eq!(codes, ["DE", "US-CA"]);

        // Refused, and nothing changes: a customer, a name instead of a code, a rate above 100 %.
        let (status, _) = put(&till.app, &till.buyer, "/api/v1/admin/tax-rates/FR", json!({"rate_bp": 2000})).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, problem) =
            put(&till.app, &till.admin, "/api/v1/admin/tax-rates/Germany", json!({"rate_bp": 1900})).await;
        assert_eq!((status, problem["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("OUT_OF_RANGE")));
        let (status, _) = put(&till.app, &till.admin, "/api/v1/admin/tax-rates/FR", json!({"rate_bp": 10_001})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let list: Value = till.app.get_with("/api/v1/admin/tax-rates", &till.admin).await.json().await.unwrap();
        assert_eq!(list.as_array().unwrap().len(), 2);

        // The region's rate wins over its country's; a region without one falls back to it.
        set_rate(&till, "US", 0).await;
        profile(&till, &till.buyer, json!({"country": "us", "region": "ca"})).await;
        let q = quote(&till, &till.buyer, till.cart(1)).await;
        assert_eq!(
            (q["tax_rate_bp"].as_u64(), q["tax"].as_i64(), q["total"].as_i64()),
            (Some(725), Some(72), Some(1_072))
        );
        let (status, saved) = profile(&till, &till.buyer, json!({"country": "US", "region": "US-NY"})).await;
        assert_eq!((status, saved["region"].as_str()), (StatusCode::OK, Some("NY")), "{saved}");
        let q = quote(&till, &till.buyer, till.cart(1)).await;
        assert_eq!((q["tax_rate_bp"].as_u64(), q["tax"].as_i64()), (Some(0), Some(0)));

        // Deleting a rate: gone, and a second delete is 404.
        let till = &till;
        let del = |c: &'static str| async move {
            let path = format!("/api/v1/admin/tax-rates/{c}");
            till.app.send_with(Method::DELETE, &path, &till.admin, &json!({})).await.status()
        };
        assert_eq!(del("us-ca").await, StatusCode::NO_CONTENT);
        assert_eq!(del("US-CA").await, StatusCode::NOT_FOUND);
        let audit: Value =
            till.app.get_with("/api/v1/admin/audit?action=admin.tax_rate.set", &till.admin).await.json().await.unwrap();
        assert!(audit.to_string().contains("admin.tax_rate.set"), "rates are audited: {audit}");
    }
);

db_test!(
    async fn exclusive_tax_is_added_per_line_charged_booked_and_refunded(t: TestDb) {
        // Two plans of 1.05: 10 % of each is 0.105, rounded per line (half to even) to 0.10, so
        // the order's tax is 0.20 where taxing the sum would have made it 0.21.
        let till = Till::open(TestApp::without_worker_on(t).await, 105).await;
        let monthly = second_plan(&till, 105).await;
        set_rate(&till, "DE", 1_000).await;
        let cart = json!({"items": [{"plan_id": till.plan, "quantity": 1}, {"plan_id": monthly, "quantity": 1}]});

        // A stranger's quote carries no tax (their country is unknown); the German buyer's does.
        let anonymous = till.app.post_json("/api/v1/store/quote", cart.clone()).await.json::<Value>().await.unwrap();
        assert_eq!((anonymous["tax"].as_i64(), anonymous["total"].as_i64()), (Some(0), Some(210)));
        profile(&till, &till.buyer, json!({"country": "DE"})).await;
        let q = quote(&till, &till.buyer, cart.clone()).await;
        let lines: Vec<_> =
            q["lines"].as_array().unwrap().iter().map(|l| (l["tax"].as_i64(), l["amount"].as_i64())).collect();
        assert_eq!(lines, [(Some(10), Some(115)), (Some(10), Some(115))]);
        assert_eq!(
            (q["tax"].as_i64(), q["tax_rate_bp"].as_u64(), q["total"].as_i64()),
            (Some(20), Some(1_000), Some(230))
        );
        assert_eq!(q["tax_inclusive"], false);

        till.credit(&till.buyer_id, 1_000).await;
        let (status, receipt) = status_and_json(till.buy(&till.buyer, cart, None).await).await;
        assert_eq!(status, StatusCode::CREATED, "{receipt}");
        assert_eq!((receipt["total_minor"].as_i64(), receipt["tax_minor"].as_i64()), (Some(230), Some(20)));
        assert_eq!(till.balance(&till.buyer).await, 770);
        let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
        let invoice = &invoices[0];
        assert_eq!((invoice["tax"].as_i64(), invoice["tax_rate_bp"].as_u64()), (Some(20), Some(1_000)));
        assert_eq!(invoice["reverse_charge"], false);
        // The tax is owed to the tax office, not revenue.
        assert_eq!(system_balance(&till.app, "tax_payable").await, 20);
        assert_eq!(system_balance(&till.app, "revenue").await, 210);
        till.books_balance().await;

        // A refund gives all of it back and the credit note carries the tax negated.
        let refund = format!("/api/v1/admin/invoices/{}/refund", receipt["invoice_id"].as_str().unwrap());
        let (status, note) =
            status_and_json(post(&till.app, &till.admin, &refund, json!({"reason": "asked"})).await).await;
        assert_eq!(status, StatusCode::CREATED, "{note}");
        assert_eq!((note["total_minor"].as_i64(), note["tax"].as_i64()), (Some(-230), Some(-20)));
        assert_eq!(till.balance(&till.buyer).await, 1_000);
        assert_eq!(system_balance(&till.app, "tax_payable").await, 0);
        till.books_balance().await;
    }
);

db_test!(
    async fn inclusive_prices_contain_their_tax(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_190).await;
        settings(&till, json!({"prices_include_tax": true})).await;
        set_rate(&till, "DE", 1_900).await;
        let s: Value = till.app.get_with("/api/v1/admin/billing/settings", &till.admin).await.json().await.unwrap();
        assert_eq!(s["prices_include_tax"], true);
        profile(&till, &till.buyer, json!({"country": "DE"})).await;
        let q = quote(&till, &till.buyer, till.cart(1)).await;
        assert_eq!(
            (q["tax"].as_i64(), q["total"].as_i64(), q["tax_inclusive"].as_bool()),
            (Some(190), Some(1_190), Some(true))
        );

        till.credit(&till.buyer_id, 1_190).await;
        let (status, receipt) = status_and_json(till.buy(&till.buyer, till.cart(1), None).await).await;
        assert_eq!(status, StatusCode::CREATED, "{receipt}");
        assert_eq!((receipt["total_minor"].as_i64(), receipt["tax_minor"].as_i64()), (Some(1_190), Some(190)));
        assert_eq!(till.balance(&till.buyer).await, 0, "the buyer paid the price shown");
        assert_eq!(system_balance(&till.app, "tax_payable").await, 190);
        assert_eq!(system_balance(&till.app, "revenue").await, 1_000);
        till.books_balance().await;
    }
);

db_test!(
    async fn an_eu_business_with_a_vat_id_abroad_is_reverse_charged(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        settings(&till, json!({"seller_country": "fr"})).await;
        set_rate(&till, "DE", 1_900).await;

        // A VAT id not shaped like a German one is refused, naming the field, and nothing is saved.
        let (status, problem) = profile(&till, &till.buyer, json!({"country": "DE", "tax_id": "DE12"})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!((problem["code"].as_str(), problem["field"].as_str()), (Some("INVALID_VAT_ID"), Some("tax_id")));
        assert!(!problem.to_string().contains("serde"), "{problem}");
        let saved: Value = till.app.get_with("/api/v1/me/billing-profile", &till.buyer).await.json().await.unwrap();
        assert_eq!(saved["country"], "");

        let (status, saved) =
            profile(&till, &till.buyer, json!({"country": "DE", "company": "Muster GmbH", "tax_id": "de 123 456 789"}))
                .await;
        assert_eq!((status, saved["tax_id"].as_str()), (StatusCode::OK, Some("DE123456789")));
        let q = quote(&till, &till.buyer, till.cart(1)).await;
        assert_eq!(q["reverse_charge"], true);
        assert_eq!(
            (q["tax"].as_i64(), q["tax_rate_bp"].as_u64(), q["total"].as_i64()),
            (Some(0), Some(0), Some(1_000))
        );

        till.credit(&till.buyer_id, 5_000).await;
        let (status, receipt) = status_and_json(till.buy(&till.buyer, till.cart(1), None).await).await;
        assert_eq!((status, receipt["tax_minor"].as_i64()), (StatusCode::CREATED, Some(0)));
        let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
        assert_eq!((invoices[0]["reverse_charge"].as_bool(), invoices[0]["tax"].as_i64()), (Some(true), Some(0)));

        // With inclusive prices the reverse-charged buyer pays the price without its tax.
        settings(&till, json!({"prices_include_tax": true})).await;
        let q = quote(&till, &till.buyer, till.cart(1)).await;
        assert_eq!((q["tax"].as_i64(), q["total"].as_i64()), (Some(0), Some(840)), "10.00 holds 1.60 of 19 % VAT");

        // A script written before these settings existed leaves them as they are.
        let mut old: Value =
            till.app.get_with("/api/v1/admin/billing/settings", &till.admin).await.json().await.unwrap();
        let object = old.as_object_mut().unwrap();
        object.remove("prices_include_tax");
        object.remove("seller_country");
        let res = till.app.send_with(Method::PUT, "/api/v1/admin/billing/settings", &till.admin, &old).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        let kept: Value = till.app.get_with("/api/v1/admin/billing/settings", &till.admin).await.json().await.unwrap();
        assert_eq!((kept["seller_country"].as_str(), kept["prices_include_tax"].as_bool()), (Some("FR"), Some(true)));

        // A seller in the buyer's own country charges domestic VAT.
        settings(&till, json!({"seller_country": "DE", "prices_include_tax": false})).await;
        let q = quote(&till, &till.buyer, till.cart(1)).await;
        assert_eq!(
            (q["reverse_charge"].as_bool(), q["tax"].as_i64(), q["total"].as_i64()),
            (Some(false), Some(190), Some(1_190))
        );
        till.books_balance().await;
    }
);

/// The text of an invoice's PDF, once the worker rendered it.
async fn pdf_text(app: &TestApp, token: &str, invoice: &str) -> String {
    let url = format!("/api/v1/invoices/{invoice}/pdf");
    rms_testkit::eventually(std::time::Duration::from_secs(60), "the invoice PDF", || {
        let res = app.get_with(&url, token);
        async move { res.await.status() == StatusCode::OK }
    })
    .await;
    let bytes = app.get_with(&url, token).await.bytes().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invoice.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let out = std::process::Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-").output().unwrap();
    // Fluent isolates its arguments (FSI … PDI); the reader does not care.
    String::from_utf8(out.stdout).unwrap().replace(['\u{2068}', '\u{2069}'], "")
}

db_test!(
    async fn invoices_print_the_tax_line_and_the_reverse_charge_mention(t: TestDb) {
        let till = Till::open(TestApp::spawn(t).await, 1_000).await;
        settings(&till, json!({"seller_country": "FR", "seller_tax_id": "FR12345678901"})).await;
        set_rate(&till, "DE", 1_900).await;
        till.credit(&till.buyer_id, 10_000).await;

        profile(&till, &till.buyer, json!({"country": "DE"})).await;
        let (_, receipt) = status_and_json(till.buy(&till.buyer, till.cart(1), None).await).await;
        let text = pdf_text(&till.app, &till.buyer, receipt["invoice_id"].as_str().unwrap()).await;
        assert!(text.contains("Tax (19%)") && text.contains("$1.90") && text.contains("$11.90"), "{text}");

        profile(&till, &till.buyer, json!({"country": "DE", "company": "Muster GmbH", "tax_id": "DE123456789"})).await;
        let (_, receipt) = status_and_json(till.buy(&till.buyer, till.cart(1), None).await).await;
        let text = pdf_text(&till.app, &till.buyer, receipt["invoice_id"].as_str().unwrap()).await;
        assert!(text.contains("Reverse charge"), "the legal mention: {text}");
        assert!(text.contains("DE123456789") && text.contains("FR12345678901"), "both VAT ids: {text}");
        assert!(!text.contains("Tax (19%)") && text.contains("$10.00"), "{text}");
    }
);
