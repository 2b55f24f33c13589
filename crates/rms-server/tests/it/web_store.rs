//! The store's pages over HTTP: the catalogue with localised prices, buying with a promo code, the
//! wallet with its top-ups and invoices, the referral link's first-touch cookie, and the admin's
//! promo-code and billing pages (CSRF and roles included).

use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{PASSWORD, TestApp};
use crate::licensing::post;
use crate::money::Till;
use crate::web_session::Browser;

pub async fn signed_in(app: &TestApp, b: &mut Browser, email: &str) {
    b.get(app, "/sign-in").await;
    let (status, _, location) = b.submit(app, "/sign-in", &[("email", email), ("password", PASSWORD)]).await;
    assert_eq!((status, location.as_deref()), (StatusCode::SEE_OTHER, Some("/account")));
}

db_test!(
    async fn a_customer_buys_from_the_store_pages_with_a_promo_code(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        till.create_promo(json!({"code": "HALF", "percent_off": 50})).await;
        till.credit(&till.buyer_id, 10_000).await;

        // The catalogue, in Russian number format, for anyone.
        let mut visitor = Browser::default();
        let (status, page) = visitor.get(&till.app, "/store?lang=ru").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Editor Pro") && page.contains("20,00"), "{page}");

        let mut b = Browser::default();
        signed_in(&till.app, &mut b, "buyer@example.com").await;
        let (_, page) = b.get(&till.app, "/store/editor").await;
        assert!(page.contains("name=\"idempotency_key\""));
        let key = uuid::Uuid::new_v4().to_string();
        let form = [
            ("plan_id", till.plan.as_str()),
            ("quantity", "2"),
            ("promo_code", "half"),
            ("idempotency_key", key.as_str()),
        ];
        let quote: Vec<(&str, &str)> = form.iter().copied().chain([("action", "quote")]).collect();
        let (status, page, _) = b.submit(&till.app, "/store/editor", &quote).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("id=\"quote-total\">$20.00"), "{page}");
        let buy: Vec<(&str, &str)> = form.iter().copied().chain([("action", "buy")]).collect();
        // Bought: post/redirect/get to the receipt, never an armed form again.
        let (status, page, receipt) = b.submit(&till.app, "/store/editor", &buy).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
        let receipt = receipt.unwrap();
        let (_, page) = b.get(&till.app, &receipt).await;
        let year = time::OffsetDateTime::now_utc().year();
        assert!(page.contains(&format!("INV-{year}-000001")), "{page}");
        // The same form sent twice (a double click) buys once: the same receipt.
        let (_, _, again) = b.submit(&till.app, "/store/editor", &buy).await;
        assert_eq!(again.as_deref(), Some(receipt.as_str()));
        assert_eq!(till.balance(&till.buyer).await, 8_000);

        // The wallet page: balance, the invoice (its PDF on the way), the history.
        let (_, page) = b.get(&till.app, "/wallet").await;
        assert!(page.contains("$80.00"), "{page}");
        assert!(page.contains(&format!("INV-{year}-000001")));
        assert!(page.contains("The PDF is being generated"));
        let (_, page) = b.get(&till.app, "/wallet?direction=in").await;
        assert!(page.contains("$100.00") && !page.contains("-$20.00"), "{page}");

        // Too little money: the page says so and links the top-up.
        let big = [("plan_id", till.plan.as_str()), ("quantity", "50"), ("action", "buy")];
        let (status, page, _) = b.submit(&till.app, "/store/editor", &big).await;
        assert_eq!(status, StatusCode::PAYMENT_REQUIRED);
        assert!(page.contains("Top up your wallet"), "{page}");
        // Without the CSRF token nothing is bought.
        let (status, _, _) = b.post(&till.app, "/store/editor", &buy).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
);

db_test!(
    async fn a_bank_transfer_is_started_on_the_wallet_page_and_confirmed_on_the_billing_page(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let mut b = Browser::default();
        signed_in(&till.app, &mut b, "buyer@example.com").await;
        b.get(&till.app, "/wallet").await;
        let (status, page, _) =
            b.submit(&till.app, "/wallet/top-up", &[("amount", "12.5"), ("gateway", "manual")]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("TOP-") && page.contains("$12.50"), "{page}");
        let (status, page, _) =
            b.submit(&till.app, "/wallet/top-up", &[("amount", "12.555"), ("gateway", "manual")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");

        // Billing details are kept from the wallet page.
        let (status, page, _) =
            b.submit(&till.app, "/wallet/billing-profile", &[("company", "Acme Labs"), ("country", "fr")]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Billing details saved") && page.contains("value=\"FR\""), "{page}");
        let (status, _, _) = b.submit(&till.app, "/wallet/billing-profile", &[("country", "France")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

        // Customers cannot open the billing page.
        let (status, _) = b.get(&till.app, "/admin/billing").await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        let mut admin = Browser::default();
        signed_in(&till.app, &mut admin, "vendor@example.com").await;
        let (status, page) = admin.get(&till.app, "/admin/billing").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("buyer@example.com") && page.contains("$12.50"), "{page}");
        let payments: Value =
            till.app.get_with("/api/v1/admin/payments?status=pending", &till.admin).await.json().await.unwrap();
        let id = payments[0]["id"].as_str().unwrap();
        let (status, page, _) = admin.submit(&till.app, &format!("/admin/payments/{id}/confirm"), &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("The transfer was confirmed"), "{page}");
        assert_eq!(till.balance(&till.buyer).await, 1_250);

        // Seller details and numbering are saved from the same page; a bad pattern is refused.
        let settings = |format: &'static str| {
            vec![
                ("seller_name", "Acme Software"),
                ("seller_address", "1 Main St"),
                ("seller_email", "billing@acme.test"),
                ("seller_tax_id", "DE123"),
                ("invoice_footer", "Thank you"),
                ("invoice_number_format", format),
                ("credit_note_number_format", "CN-{YYYY}-{0001}"),
                ("commission_percent", "12.5"),
                ("commission_hold_days", "14"),
                ("referral_window_days", "60"),
            ]
        };
        let (status, page, _) = admin.submit(&till.app, "/admin/billing", &settings("ACME-{YYYY}-{0001}")).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let saved: Value = till.app.get_with("/api/v1/admin/billing/settings", &till.admin).await.json().await.unwrap();
        assert_eq!(
            (saved["invoice_number_format"].as_str(), saved["commission_bp"].as_u64()),
            (Some("ACME-{YYYY}-{0001}"), Some(1250))
        );
        let (status, _, _) = admin.submit(&till.app, "/admin/billing", &settings("ACME")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        for percent in ["NaN", "-5", "101"] {
            let mut bad: Vec<(&str, &str)> =
                settings("ACME-{YYYY}-{0001}").into_iter().filter(|(k, _)| *k != "commission_percent").collect();
            bad.push(("commission_percent", percent));
            let (status, _, _) = admin.submit(&till.app, "/admin/billing", &bad).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{percent}");
        }

        // Exchange rates are set on the same page.
        let (status, page, _) =
            admin.submit(&till.app, "/admin/currency-rates", &[("currency", "eur"), ("rate", "0.92")]).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains("Rate saved.") && page.contains(">EUR<") && page.contains(">0.92<"), "{page}");
        let (status, _, _) =
            admin.submit(&till.app, "/admin/currency-rates", &[("currency", "eur"), ("rate", "-1")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
);

db_test!(
    async fn admins_create_pause_and_watch_promo_codes_on_their_pages(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let mut admin = Browser::default();
        signed_in(&till.app, &mut admin, "vendor@example.com").await;
        admin.get(&till.app, "/admin/promo-codes").await;
        let (status, _, location) = admin
            .submit(
                &till.app,
                "/admin/promo-codes",
                &[
                    ("code", "autumn"),
                    ("kind", "amount"),
                    ("value", "5"),
                    ("max_uses", "100"),
                    ("reset_period", "month"),
                    ("valid_until", "2099-12-31"),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let page_path = location.unwrap();
        let (_, page) = admin.get(&till.app, &page_path).await;
        assert!(page.contains("AUTUMN") && page.contains("$5.00") && page.contains("0 / 100"), "{page}");
        let (status, page, _) = admin.submit(&till.app, &page_path, &[("action", "pause")]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Resume"), "{page}");
        let (status, page, _) =
            admin.submit(&till.app, "/admin/promo-codes", &[("code", "x"), ("kind", "percent"), ("value", "5")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");

        let mut customer = Browser::default();
        signed_in(&till.app, &mut customer, "buyer@example.com").await;
        let (status, _) = customer.get(&till.app, "/admin/promo-codes").await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
);

db_test!(
    async fn the_referral_link_remembers_the_first_affiliate_until_sign_up(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let join = |token: String| {
            let app = &till.app;
            async move { post(app, &token, "/api/v1/affiliate", json!({})).await.json::<Value>().await.unwrap() }
        };
        let first = join(till.buyer.clone()).await;
        let (rival, _) = Till::customer(&till.app, "rival@example.com").await;
        let second = join(rival.clone()).await;

        let mut b = Browser::default();
        b.get(&till.app, &format!("/sign-up?ref={}", first["code"].as_str().unwrap())).await;
        // A second link later does not replace the first.
        b.get(&till.app, &format!("/sign-up?ref={}", second["code"].as_str().unwrap())).await;
        assert!(b.header().contains(&format!("rms_ref={}", first["code"].as_str().unwrap())), "{}", b.header());
        let (status, _, _) = b
            .submit(
                &till.app,
                "/sign-up",
                &[("name", "Friend"), ("email", "friend@example.com"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let board: Value = till.app.get_with("/api/v1/affiliate", &till.buyer).await.json().await.unwrap();
        assert_eq!(board["referred_users"], 1);
        let rival_board: Value = till.app.get_with("/api/v1/affiliate", &rival).await.json().await.unwrap();
        assert_eq!(rival_board["referred_users"], 0);

        // The affiliate page shows the link.
        let mut page_b = Browser::default();
        signed_in(&till.app, &mut page_b, "buyer@example.com").await;
        let (_, page) = page_b.get(&till.app, "/affiliate").await;
        assert!(page.contains(&format!("/sign-up?ref={}", first["code"].as_str().unwrap())), "{page}");
    }
);

db_test!(
    async fn the_catalog_speaks_the_readers_language_where_the_vendor_gave_its_words(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let app = &till.app;
        let products: Value = app.get_with("/api/v1/admin/products", &till.admin).await.json().await.unwrap();
        let product = products[0]["id"].as_str().unwrap().to_owned();
        let admin = till.admin.as_str();
        let patch = |path: String, body: Value| async move {
            let res = app.send_with(reqwest::Method::PATCH, &path, admin, &body).await;
            let status = res.status();
            (status, res.json::<Value>().await.unwrap())
        };

        // Refused whole: a language the store does not speak, the digits form of one, a name of
        // control characters; a plan has no description to translate.
        let (unprocessable, bad) = (Some("OUT_OF_RANGE"), Some("BAD_REQUEST"));
        for (path, body, code) in [
            (
                format!("/api/v1/admin/products/{product}"),
                json!({"translations": {"xx": {"name": "X"}}}),
                unprocessable,
            ),
            (
                format!("/api/v1/admin/products/{product}"),
                json!({"translations": {"fa-u-nu-latn": {"name": "X"}}}),
                unprocessable,
            ),
            (
                format!("/api/v1/admin/products/{product}"),
                json!({"translations": {"ar": {"name": "\u{7}"}}}),
                unprocessable,
            ),
            (format!("/api/v1/admin/plans/{}", till.plan), json!({"translations": {"ar": {"description": "x"}}}), bad),
        ] {
            let (_, p) = patch(path.clone(), body.clone()).await;
            assert_eq!(p["code"].as_str(), code, "{body}");
        }
        let unchanged: Value =
            app.get_with(&format!("/api/v1/admin/products/{product}"), admin).await.json().await.unwrap();
        assert_eq!(unchanged["translations"], json!({}), "nothing was saved");

        let (status, p) = patch(
            format!("/api/v1/admin/products/{product}"),
            json!({"translations": {
                "ar": {"name": "محرر برو", "description": "محرر **سريع**", "features": ["يعمل دون اتصال"]},
                "de": {"features": ["Offline nutzbar"]},
                "fr": {}
            }}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{p}");
        assert_eq!(p["name"], "Editor Pro", "the main name stays");
        assert_eq!(p["translations"]["ar"]["name"], "محرر برو");
        assert_eq!(p["translations"].as_object().unwrap().len(), 2, "a language given nothing is dropped: {p}");
        let (status, _) =
            patch(format!("/api/v1/admin/plans/{}", till.plan), json!({"translations": {"ar": {"name": "سنوي"}}}))
                .await;
        assert_eq!(status, StatusCode::OK);

        let mut b = Browser::default();
        let (_, arabic) = b.get(app, "/store?lang=ar").await;
        for words in ["محرر برو", "سنوي"] {
            assert!(arabic.contains(words), "{words} on the Arabic store: {arabic}");
        }
        let (_, page) = b.get(app, "/store/editor?lang=ar").await;
        for words in ["محرر برو", "<strong>سريع</strong>", "يعمل دون اتصال", "سنوي"] {
            assert!(page.contains(words), "{words} on the Arabic product page: {page}");
        }
        assert!(!arabic.contains("Editor Pro") && !arabic.contains("Annual"), "{arabic}");
        let (_, german) = b.get(app, "/store/editor?lang=de").await;
        assert!(
            german.contains("Editor Pro") && german.contains("Offline nutzbar"),
            "the German words, else the main name"
        );
        assert!(german.contains("Annual"), "no German plan name: the main one");
        let (_, french) = b.get(app, "/store?lang=fr").await;
        assert!(french.contains("Editor Pro") && !french.contains("محرر"), "French has none: the main words");

        // An Arabic-speaking buyer's invoice and licenses name what they bought in Arabic.
        let res = app.send_with(reqwest::Method::PATCH, "/api/v1/me", &till.buyer, &json!({"locale": "ar"})).await;
        assert_eq!(res.status(), StatusCode::OK);
        till.credit(&till.buyer_id, 10_000).await;
        let receipt: Value = till.buy(&till.buyer, till.cart(1), None).await.json().await.unwrap();
        let mut buyer = Browser::default();
        crate::web_store::signed_in(app, &mut buyer, "buyer@example.com").await;
        let (_, page) = buyer.get(app, &format!("/store/receipts/{}", receipt["invoice_id"].as_str().unwrap())).await;
        assert!(page.contains("محرر برو") && page.contains("سنوي"), "{page}");
        let (_, licenses) = buyer.get(app, "/licenses").await;
        assert!(licenses.contains("محرر برو") && licenses.contains("سنوي"), "{licenses}");

        // A license issued to them later is announced with the names in Arabic; the same notice
        // read by a German reader would show the main names.
        let res =
            post(app, admin, "/api/v1/admin/licenses", json!({"email": "buyer@example.com", "plan_id": till.plan}))
                .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let inbox: Value = app.get_with("/api/v1/notifications", &till.buyer).await.json().await.unwrap();
        let issued =
            inbox["items"].as_array().unwrap().iter().find(|n| n["kind"] == "license_issued").expect("announced");
        let text = format!("{} {}", issued["title"], issued["body"]);
        assert!(text.contains("محرر برو") && text.contains("سنوي") && !text.contains("Editor Pro"), "{text}");

        // The admin page edits them too: each product's form carries every language's fields,
        // and what it sends replaces the translations.
        let mut vendor = Browser::default();
        crate::web_store::signed_in(app, &mut vendor, "vendor@example.com").await;
        let (_, page) = vendor.get(app, "/admin/products").await;
        assert!(page.contains("name=\"name.ar\"") && page.contains("value=\"محرر برو\""), "{page}");
        assert!(page.contains("name=\"features.de\"") && page.contains("Offline nutzbar"), "{page}");
        let form = [
            ("name", "Editor Pro"),
            ("description", ""),
            ("features", ""),
            ("commission_percent", ""),
            ("name.ar", "محرر برو"),
            ("name.ja", "エディター・プロ"),
            ("description.ja", "速い*エディター*"),
            ("features.ja", "オフラインで動作\n"),
        ];
        let (status, _, _) = vendor.submit(app, &format!("/admin/products/{product}/edit"), &form).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let saved: Value =
            app.get_with(&format!("/api/v1/admin/products/{product}"), admin).await.json().await.unwrap();
        assert_eq!(saved["translations"]["ja"]["features"], json!(["オフラインで動作"]));
        assert_eq!(saved["translations"]["ar"]["name"], "محرر برو");
        assert!(saved["translations"].get("de").is_none(), "not on the form: gone");
        till.app.shutdown().await;
    }
);
