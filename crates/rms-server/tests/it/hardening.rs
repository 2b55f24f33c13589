//! Issue 11, hardening before real money: each protection of `docs/security.md` that a review or
//! an attack round found missing, proven over HTTP on both databases.

use reqwest::Method;
use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{TestApp, status_and_json};
use crate::licensing::{Shop, fresh_nonce, post, post_value};
use crate::money::Till;
use crate::web_session::Browser;
use crate::web_store::signed_in;

async fn put(app: &TestApp, token: &str, path: &str, body: Value) -> reqwest::Response {
    app.send_with(Method::PUT, path, token, &body).await
}

db_test!(
    async fn invoice_numbering_cannot_repeat_at_new_year_or_collide_with_credit_notes(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        let (app, admin) = (&till.app, &till.admin);
        let current: Value = app.get_with("/api/v1/admin/billing/settings", admin).await.json().await.unwrap();
        let with = |invoice: &str, credit_note: &str| {
            let mut s = current.clone();
            s["invoice_number_format"] = json!(invoice);
            s["credit_note_number_format"] = json!(credit_note);
            s
        };
        let cases = [
            // Counters start again every January: without the year, numbers would repeat.
            (with("INV-{000001}", "CN-{YYYY}-{000001}"), "INVALID_NUMBER_FORMAT", "invoice_number_format"),
            (with("INV-{YYYY}-{000001}", "CN-{0001}"), "INVALID_NUMBER_FORMAT", "credit_note_number_format"),
            // The same pattern, or one whose numbers can equal the other's, is refused.
            (with("INV-{YYYY}-{000001}", "INV-{YYYY}-{000001}"), "NUMBER_FORMATS_CLASH", "credit_note_number_format"),
            (with("A-{YYYY}-{0001}", "A-1{YYYY}-{0001}"), "NUMBER_FORMATS_CLASH", "credit_note_number_format"),
        ];
        for (body, code, field) in cases {
            let res = put(app, admin, "/api/v1/admin/billing/settings", body.clone()).await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
            let problem: Value = res.json().await.unwrap();
            assert_eq!((problem["code"].as_str(), problem["field"].as_str()), (Some(code), Some(field)), "{body}");
            assert!(problem["detail"].as_str().unwrap().contains(field), "the message names the field: {problem}");
        }
        let after: Value = app.get_with("/api/v1/admin/billing/settings", admin).await.json().await.unwrap();
        assert_eq!(after, current, "a refused change changes nothing");
        let res =
            put(app, admin, "/api/v1/admin/billing/settings", with("INV/{YYYY}/{0001}", "INV-CN/{YYYY}/{0001}")).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
    }
);

db_test!(
    async fn every_signed_product_call_needs_a_nonce(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Pro", "max_activations": 2}))
                .await;
        let app = &shop.app;
        let send = |method: reqwest::Method, path: String, body: Value| async move {
            app.client.request(method, app.url(&path)).json(&body).send().await.unwrap()
        };
        // Without a nonce, activation is refused before a seat is taken.
        let res = send(
            reqwest::Method::POST,
            "/api/v1/activations".into(),
            json!({"key": shop.key, "product": "tool", "fingerprint": "pc-1"}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/problem+json"));
        let problem: Value = res.json().await.unwrap();
        assert!(problem["detail"].as_str().unwrap().contains("nonce"), "the problem names the nonce: {problem}");
        assert_eq!(shop.seats_used().await, 0, "nothing changed");

        let res = send(
            reqwest::Method::POST,
            "/api/v1/activations".into(),
            json!({"key": shop.key, "product": "tool", "fingerprint": "pc-1", "nonce": fresh_nonce()}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let id = res.json::<Value>().await.unwrap()["activation"]["id"].as_str().unwrap().to_owned();
        for (method, path) in [
            (reqwest::Method::DELETE, format!("/api/v1/activations/{id}")),
            (reqwest::Method::POST, format!("/api/v1/activations/{id}/license-file")),
            (reqwest::Method::POST, format!("/api/v1/activations/{id}/heartbeat")),
        ] {
            let res = send(method.clone(), path.clone(), json!({"key": shop.key})).await;
            assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{method} {path}");
            let res = send(method.clone(), path.clone(), json!({"key": shop.key, "nonce": "short"})).await;
            assert_eq!(
                res.status(),
                StatusCode::UNPROCESSABLE_ENTITY,
                "{method} {path}: a nonce too short to be fresh"
            );
        }
        assert_eq!(shop.seats_used().await, 1, "the device still holds its seat");
    }
);

/// What validating `key` on `fingerprint` answers (the product's signed answer).
async fn validation_code(shop: &Shop, key: &str, fingerprint: &str) -> String {
    let body = json!({"key": key, "product": "tool", "nonce": fresh_nonce(), "fingerprint": fingerprint});
    let (_, answer) = shop.call(reqwest::Method::POST, "/api/v1/licenses/validate", body).await;
    answer["code"].as_str().unwrap().to_owned()
}

db_test!(
    async fn sub_licenses_are_suspended_revoked_reinstated_and_extended_with_their_parent(t: TestDb) {
        let plan = json!({"name": "Team", "max_activations": 5, "duration_days": 30});
        let shop = Shop::open(TestApp::without_worker_on(t).await, "software", plan).await;
        let path = format!("/api/v1/licenses/{}/sub-licenses", shop.license_id);
        let carve = |label: &'static str| post(&shop.app, &shop.owner, &path, json!({"seats": 2, "label": label}));
        let kept: Value = carve("design").await.json().await.unwrap();
        let dropped: Value = carve("interns").await.json().await.unwrap();
        let (kept_key, dropped_key) = (kept["key"].as_str().unwrap(), dropped["key"].as_str().unwrap());
        for (key, device) in [(kept_key, "designer-pc"), (dropped_key, "intern-pc")] {
            let body = json!({"key": key, "product": "tool", "fingerprint": device, "nonce": fresh_nonce()});
            assert_eq!(shop.call(reqwest::Method::POST, "/api/v1/activations", body).await.0, StatusCode::CREATED);
            assert_eq!(validation_code(&shop, key, device).await, "VALID");
        }
        // The owner takes the interns' seats back themselves.
        let res = shop
            .app
            .client
            .delete(shop.app.url(&format!("{path}/{}", dropped["id"].as_str().unwrap())))
            .bearer_auth(&shop.owner)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::NO_CONTENT);

        // Suspending the parent suspends what was carved from it, at once (no job in between).
        shop.patch_license(json!({"status": "suspended"})).await;
        assert_eq!(validation_code(&shop, kept_key, "designer-pc").await, "SUSPENDED");
        let listed: Value = shop.app.get_with(&path, &shop.owner).await.json().await.unwrap();
        assert!(listed.as_array().unwrap().iter().all(|s| s["status"] != "active"), "{listed}");
        // Reinstating it brings back the sub-licenses that were active, not the revoked one.
        shop.patch_license(json!({"status": "active"})).await;
        assert_eq!(validation_code(&shop, kept_key, "designer-pc").await, "VALID");
        assert_eq!(validation_code(&shop, dropped_key, "intern-pc").await, "REVOKED");

        // Extending the parent extends them; letting it lapse lapses them.
        shop.patch_license(json!({"expires_at": "2099-01-01T00:00:00Z"})).await;
        let listed: Value = shop.app.get_with(&path, &shop.owner).await.json().await.unwrap();
        let design = listed.as_array().unwrap().iter().find(|s| s["id"] == kept["id"]).unwrap().clone();
        assert!(design["expires_at"].as_str().unwrap().starts_with("2099-01-01"), "{design}");
        shop.patch_license(json!({"expires_at": "2001-01-01T00:00:00Z"})).await;
        assert_eq!(validation_code(&shop, kept_key, "designer-pc").await, "EXPIRED");
        shop.patch_license(json!({"expires_at": "2099-01-01T00:00:00Z"})).await;
        assert_eq!(validation_code(&shop, kept_key, "designer-pc").await, "VALID");

        // Revoking the parent leaves no working key: not the sub-license's either.
        shop.patch_license(json!({"status": "revoked"})).await;
        assert_eq!(validation_code(&shop, kept_key, "designer-pc").await, "REVOKED");
        let body = json!({"key": kept_key, "product": "tool", "fingerprint": "another-pc", "nonce": fresh_nonce()});
        let (status, answer) = shop.call(reqwest::Method::POST, "/api/v1/activations", body).await;
        assert_eq!((status, answer["code"].as_str()), (StatusCode::FORBIDDEN, Some("REVOKED")));
    }
);

db_test!(
    async fn a_refund_of_a_split_purchase_leaves_no_working_key_behind(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        till.credit(&till.buyer_id, 10_000).await;
        let res = till.buy(&till.buyer, till.cart(3), None).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let receipt: Value = res.json().await.unwrap();
        let license = receipt["licenses"][0]["id"].as_str().unwrap();
        let sub: Value = post_value(
            &till.app,
            &till.buyer,
            &format!("/api/v1/licenses/{license}/sub-licenses"),
            json!({"seats": 2}),
        )
        .await;
        let sub_key = sub["key"].as_str().unwrap();
        let activate = json!({"key": sub_key, "product": "editor", "fingerprint": "pc-1", "nonce": fresh_nonce()});
        assert_eq!(till.app.post_json("/api/v1/activations", activate).await.status(), StatusCode::CREATED);

        let refund = format!("/api/v1/admin/invoices/{}/refund", receipt["invoice_id"].as_str().unwrap());
        assert_eq!(post(&till.app, &till.admin, &refund, json!({})).await.status(), StatusCode::CREATED);
        let body = json!({"key": sub_key, "product": "editor", "fingerprint": "pc-1", "nonce": fresh_nonce()});
        let answer: Value = till.app.post_json("/api/v1/licenses/validate", body).await.json().await.unwrap();
        assert_eq!(answer["code"], "REVOKED", "{answer}");
    }
);

/// The pool's seats in use, and the seats every live sub-license holds, read from the database.
async fn pool_and_quotas(app: &TestApp, parent: &str) -> (i64, i64) {
    let id = uuid::Uuid::parse_str(parent).unwrap();
    let used = "SELECT seats_used FROM licenses WHERE id = $1";
    let carved =
        "SELECT CAST(COALESCE(SUM(seats), 0) AS BIGINT) FROM licenses WHERE parent_id = $1 AND status <> 'revoked'";
    let (used, carved): (i64, i64) = rms_store::on_db!(&app.db, pool => async {
        let used: i64 = sqlx::query_scalar(used).bind(id).fetch_one(pool).await?;
        let carved: i64 = sqlx::query_scalar(carved).bind(id).fetch_one(pool).await?;
        Ok::<_, sqlx::Error>((used, carved))
    }.await)
    .unwrap();
    (used, carved)
}

db_test!(
    async fn twenty_concurrent_resizes_of_sub_licenses_leave_the_pool_exact(t: TestDb) {
        let plan = json!({"name": "Team", "max_activations": 40});
        let shop = std::sync::Arc::new(Shop::open(TestApp::without_worker_on(t).await, "software", plan).await);
        let path = format!("/api/v1/licenses/{}/sub-licenses", shop.license_id);
        let mut subs = Vec::new();
        for _ in 0..2 {
            let sub: Value = post(&shop.app, &shop.owner, &path, json!({"seats": 5})).await.json().await.unwrap();
            subs.push(sub["id"].as_str().unwrap().to_owned());
        }
        let resizes = (0..20).map(|i| {
            let (shop, url) = (shop.clone(), format!("{path}/{}", subs[i % 2]));
            tokio::spawn(async move {
                // Shrinks and grows interleaved: 1…10 seats.
                let seats = 1 + (i * 7) % 10;
                let res = shop
                    .app
                    .client
                    .patch(shop.app.url(&url))
                    .bearer_auth(&shop.owner)
                    .json(&json!({"seats": seats}))
                    .send()
                    .await
                    .unwrap();
                res.status()
            })
        });
        for status in futures::future::join_all(resizes).await {
            assert_eq!(status.unwrap(), StatusCode::OK);
        }
        let (used, carved) = pool_and_quotas(&shop.app, &shop.license_id).await;
        assert_eq!(used, carved, "the pool holds exactly the seats the sub-licenses hold");
        // A revocation racing resizes gives back exactly what the sub-license held.
        let revoke = {
            let (shop, url) = (shop.clone(), format!("{path}/{}", subs[0]));
            tokio::spawn(async move {
                shop.app.client.delete(shop.app.url(&url)).bearer_auth(&shop.owner).send().await.unwrap().status()
            })
        };
        let grows = (0..6).map(|i| {
            let (shop, url) = (shop.clone(), format!("{path}/{}", subs[0]));
            tokio::spawn(async move {
                let body = json!({"seats": 2 + i});
                shop.app.send_with(Method::PATCH, &url, &shop.owner, &body).await.status()
            })
        });
        futures::future::join_all(grows).await;
        assert_eq!(revoke.await.unwrap(), StatusCode::NO_CONTENT);
        let (used, carved) = pool_and_quotas(&shop.app, &shop.license_id).await;
        assert_eq!(used, carved, "nothing leaked when a revocation raced the resizes");
    }
);

db_test!(
    async fn an_owner_resizes_a_sub_license_from_the_licenses_page(t: TestDb) {
        let plan = json!({"name": "Team", "max_activations": 6});
        let shop = Shop::open(TestApp::without_worker_on(t).await, "software", plan).await;
        let path = format!("/api/v1/licenses/{}/sub-licenses", shop.license_id);
        let sub: Value =
            post(&shop.app, &shop.owner, &path, json!({"seats": 2, "label": "Design"})).await.json().await.unwrap();
        let sub_id = sub["id"].as_str().unwrap();
        let mut b = Browser::default();
        signed_in(&shop.app, &mut b, "owner@example.com").await;
        let (status, page) = b.get(&shop.app, "/licenses").await;
        assert_eq!(status, StatusCode::OK);
        let form = format!("/licenses/{}/sub-licenses/{sub_id}/resize", shop.license_id);
        assert!(page.contains(&form), "the page offers the resize form");
        let (status, page, _) = b.submit(&shop.app, &form, &[("seats", "4")]).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert!(page.contains("seats were changed"), "{page}");
        assert_eq!(pool_and_quotas(&shop.app, &shop.license_id).await, (4, 4));
        // More than the pool has: refused with the reason, nothing changed.
        let (status, page, _) = b.submit(&shop.app, &form, &[("seats", "9")]).await;
        assert_eq!(status, StatusCode::CONFLICT, "{page}");
        assert_eq!(pool_and_quotas(&shop.app, &shop.license_id).await, (4, 4));
        // Without the CSRF token: refused.
        let (status, _, _) = b.post(&shop.app, &form, &[("seats", "1")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
);

db_test!(
    async fn staging_hosts_are_what_the_admin_lists_beyond_the_reserved_names(t: TestDb) {
        let plan = json!({"name": "Single site", "max_activations": 2});
        let shop = Shop::open(TestApp::without_worker_on(t).await, "site", plan).await;
        let activate = |domain: &'static str| {
            let body = json!({"key": shop.key, "product": "tool", "domain": domain, "nonce": fresh_nonce()});
            shop.call(reqwest::Method::POST, "/api/v1/activations", body)
        };
        // Reserved names run free; a public .dev site or a staging.* host is a real site.
        for reserved in
            ["localhost", "192.168.1.5", "shop.local", "shop.test", "wp.localhost", "x.invalid", "a.example"]
        {
            let (status, a) = activate(reserved).await;
            assert_eq!((status, &a["activation"]["counts_seat"]), (StatusCode::CREATED, &json!(false)), "{reserved}");
        }
        let (_, a) = activate("shop.dev").await;
        assert_eq!(a["activation"]["counts_seat"], true, "a public TLD is never free");
        let (_, a) = activate("staging.shop.com").await;
        assert_eq!(a["activation"]["counts_seat"], true, "staging.* counts until the admin lists it");
        assert_eq!(activate("dev.shop.com").await.0, StatusCode::CONFLICT, "both seats are taken");

        // The admin lists the product's staging hosts.
        let path = format!("/api/v1/admin/products/{}/staging-domains", shop.product);
        let res = put(&shop.app, &shop.admin, &path, json!({"patterns": ["*.dev"]})).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(res.json::<Value>().await.unwrap()["code"], "INVALID_STAGING_PATTERN");
        let res =
            put(&shop.app, &shop.admin, &path, json!({"patterns": ["dev.*", " Stage.* ", "*.preview.shop.com"]})).await;
        assert_eq!(res.status(), StatusCode::OK);
        let listed: Value = shop.app.get_with(&path, &shop.admin).await.json().await.unwrap();
        assert_eq!(listed["patterns"], json!(["dev.*", "stage.*", "*.preview.shop.com"]));
        assert!(listed["reserved"].as_array().unwrap().contains(&json!("*.test")));
        let (status, a) = activate("dev.shop.com").await;
        assert_eq!((status, &a["activation"]["counts_seat"]), (StatusCode::CREATED, &json!(false)));
        let (status, a) = activate("pr-7.preview.shop.com").await;
        assert_eq!((status, &a["activation"]["counts_seat"]), (StatusCode::CREATED, &json!(false)));
        // Customers cannot read or change the list.
        assert_eq!(shop.app.get_with(&path, &shop.owner).await.status(), StatusCode::FORBIDDEN);
    }
);

/// Gives `email` the support role and signs them in again; returns their access token.
async fn support_token(app: &TestApp, email: &str) -> String {
    app.sign_up_and_in(email).await;
    let email_owned = email.to_owned();
    rms_store::on_db!(&app.db, pool => sqlx::query("UPDATE users SET role = 'support' WHERE email = $1")
        .bind(&email_owned)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))
    .unwrap();
    let res = app.post_json("/api/v1/auth/login", json!({"email": email, "password": crate::harness::PASSWORD})).await;
    res.json::<Value>().await.unwrap()["access_token"].as_str().unwrap().to_owned()
}

db_test!(
    async fn support_staff_reset_bindings_and_budgets_and_admins_activate_offline_for_a_customer(t: TestDb) {
        let plan = json!({"name": "Pro", "max_activations": 2, "max_reassignments": 1});
        let shop = Shop::open(TestApp::without_worker_on(t).await, "software", plan).await;
        let support = support_token(&shop.app, "helpdesk@example.com").await;
        let body = json!({"key": shop.key, "product": "tool", "fingerprint": "old-laptop", "nonce": fresh_nonce()});
        let (_, a) = shop.call(reqwest::Method::POST, "/api/v1/activations", body).await;
        let activation = a["activation"]["id"].as_str().unwrap().to_owned();

        // Support finds the license, sees its seats, frees the old laptop and resets the budget.
        let found: Value =
            shop.app.get_with("/api/v1/admin/licenses?query=owner@", &support).await.json().await.unwrap();
        assert_eq!(found[0]["id"], shop.license_id.as_str(), "{found}");
        let seats = format!("/api/v1/admin/licenses/{}/activations", shop.license_id);
        assert_eq!(shop.app.get_with(&seats, &support).await.status(), StatusCode::OK);
        let res = shop
            .app
            .client
            .delete(shop.app.url(&format!("{seats}/{activation}")))
            .bearer_auth(&support)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{}", res.text().await.unwrap());
        assert_eq!(shop.seats_used().await, 0);
        let reset = format!("/api/v1/admin/licenses/{}/reassignments/reset", shop.license_id);
        assert_eq!(post(&shop.app, &support, &reset, json!({})).await.status(), StatusCode::OK);
        // Support cannot change what the license is, nor activate offline for a customer.
        let res = shop
            .app
            .client
            .patch(shop.app.url(&format!("/api/v1/admin/licenses/{}", shop.license_id)))
            .bearer_auth(&support)
            .json(&json!({"status": "suspended"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        let request =
            rms_client::offline::activation_request(&shop.key, "tool", "lab-machine", Some("Lab"), None, now).unwrap();
        let offline = format!("/api/v1/admin/licenses/{}/offline-activation", shop.license_id);
        assert_eq!(
            post(&shop.app, &support, &offline, json!({"request": request})).await.status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            post(&shop.app, &shop.owner, &offline, json!({"request": request})).await.status(),
            StatusCode::FORBIDDEN
        );

        // The admin uploads the request the customer emailed and gets the machine's license file.
        let res = post(&shop.app, &shop.admin, &offline, json!({"request": request})).await;
        assert_eq!(res.status(), StatusCode::OK);
        let file = res.text().await.unwrap();
        let key = shop.public_key;
        let expect =
            rms_license::file::Expectation { fingerprint: Some("lab-machine"), domain: None, now, high_water: now - 5 };
        let data = rms_license::file::verify(&file, |kid| (kid == "1").then_some(key), &expect).unwrap();
        assert_eq!(data.license_id.to_string(), shop.license_id);
        assert_eq!(shop.seats_used().await, 1, "the machine holds a seat of the customer's license");
    }
);

db_test!(
    async fn one_customer_cannot_beat_first_purchase_only_or_per_customer_limits_with_concurrent_checkouts(t: TestDb) {
        let till = std::sync::Arc::new(Till::open(TestApp::without_worker_on(t).await, 1_000).await);
        till.credit(&till.buyer_id, 1_000_000).await;
        till.create_promo(json!({"code": "WELCOME", "percent_off": 50, "first_purchase_only": true})).await;
        till.create_promo(json!({"code": "ONCEEACH", "percent_off": 20, "per_user_limit": 1})).await;
        // A free order posts nothing to the ledger: it must still be decided one at a time.
        till.create_promo(json!({"code": "FREEBIE", "percent_off": 100, "per_user_limit": 1})).await;
        let keys = till.keys(&till.buyer, 4).await;
        for (code, refusal) in [
            ("WELCOME", "PROMO_FIRST_PURCHASE_ONLY"),
            ("ONCEEACH", "PROMO_USER_LIMIT"),
            ("FREEBIE", "PROMO_USER_LIMIT"),
        ] {
            // Six at once per code: within the promo-code budget of one customer (20 at once).
            let calls = (0..6).map(|i| {
                let (till, key) = (till.clone(), keys[i % 4].clone());
                async move {
                    let mut cart = till.cart(1);
                    cart["promo_code"] = json!(code);
                    let res = till.buy(&key, cart, None).await;
                    let status = res.status();
                    (status, res.json::<Value>().await.unwrap())
                }
            });
            let answers = futures::future::join_all(calls).await;
            let ok = answers.iter().filter(|(s, _)| *s == StatusCode::CREATED).count();
            assert_eq!(ok, 1, "{code}: exactly one checkout gets it: {answers:?}");
            for (status, body) in answers.iter().filter(|(s, _)| *s != StatusCode::CREATED) {
                assert_eq!(
                    (*status, body["code"].as_str()),
                    (StatusCode::UNPROCESSABLE_ENTITY, Some(refusal)),
                    "{code}"
                );
            }
        }
        // 500 (half price) + 800 (20 % off) + 0 (free).
        assert_eq!(till.balance(&till.buyer).await, 1_000_000 - 500 - 800);
        till.books_balance().await;
    }
);

/// Every place `needle` is stored in clear: each table's rows as text, and on SQLite the database
/// and write-ahead-log files byte for byte.
async fn stored_in_clear(app: &TestApp, needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    let schema = rms_store::schema::introspect(&app.db).await.unwrap();
    for (table, columns) in &schema {
        for column in columns.keys() {
            // Every value as bytes: binary columns could hold a key as well as text ones.
            let sql = match app.db.backend() {
                rms_store::Backend::Sqlite => format!("SELECT CAST(\"{column}\" AS BLOB) FROM \"{table}\""),
                rms_store::Backend::Postgres => {
                    format!("SELECT convert_to(\"{column}\"::text, 'UTF8') FROM \"{table}\"")
                }
            };
            let values: Vec<Option<Vec<u8>>> =
                rms_store::on_db!(&app.db, pool => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone()))
                .fetch_all(pool)
                .await)
                .unwrap();
            if values.iter().flatten().any(|v| v.windows(needle.len()).any(|w| w == needle.as_bytes())) {
                found.push(format!("{table}.{column}"));
            }
        }
    }
    if let Some(path) = app.running().state().config.database_url().expose().strip_prefix("sqlite://") {
        for file in [path.to_owned(), format!("{path}-wal")] {
            if let Ok(bytes) = std::fs::read(&file)
                && bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
            {
                found.push(file);
            }
        }
    }
    found
}

db_test!(
    async fn no_license_key_is_stored_in_clear_anywhere(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        till.credit(&till.buyer_id, 10_000).await;
        // A purchase under an Idempotency-Key: its stored answer holds the new license's key.
        let res = till.buy(&till.buyer, till.cart(2), Some("purchase-at-rest-1")).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let receipt: Value = res.json().await.unwrap();
        let bought = receipt["licenses"][0]["key"].as_str().unwrap().to_owned();
        let license = receipt["licenses"][0]["id"].as_str().unwrap();
        let sub: Value = post_value(
            &till.app,
            &till.buyer,
            &format!("/api/v1/licenses/{license}/sub-licenses"),
            json!({"seats": 1}),
        )
        .await;
        let carved = sub["key"].as_str().unwrap().to_owned();
        let issued: Value = post_value(
            &till.app,
            &till.admin,
            "/api/v1/admin/licenses",
            json!({"email": "buyer@example.com", "plan_id": till.plan}),
        )
        .await;
        let issued = issued["key"].as_str().unwrap().to_owned();

        for key in [&bought, &carved, &issued] {
            assert!(key.len() > 30, "a full key: {key}");
            let found = stored_in_clear(&till.app, key).await;
            assert!(found.is_empty(), "the key {key} is stored in clear in {found:?}");
        }
        // The replay still answers byte for byte (the stored answer opens under the master key).
        let again = till.buy(&till.buyer, till.cart(2), Some("purchase-at-rest-1")).await;
        assert_eq!(again.headers()["idempotent-replayed"], "true");
        assert_eq!(again.json::<Value>().await.unwrap(), receipt);
        // The test itself can find what it looks for: the key's public prefix is stored for search.
        assert!(!stored_in_clear(&till.app, &bought[..20]).await.is_empty(), "the scan reads every table");
    }
);

db_test!(
    async fn staff_without_two_factor_sign_in_get_no_admin_route_when_the_deployment_requires_it(t: TestDb) {
        let app = TestApp::on(t).without_worker().config(|c| c.staff_two_factor_required = true).start().await;
        let admin = app.admin_token("root@example.com").await;
        let key: Value =
            post_value(&app, &admin, "/api/v1/api-keys", json!({"name": "ops", "scopes": ["admin", "read"]})).await;
        let key = key["secret"].as_str().expect("an admin may still create a key").to_owned();
        let spec: Value = app.get("/api/openapi.json").await.json().await.unwrap();
        let mut walked = 0;
        for (path, item) in spec["paths"].as_object().unwrap() {
            if !path.starts_with("/api/v1/admin/") {
                continue;
            }
            let url = filled(path);
            for method in item.as_object().unwrap().keys() {
                let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                for credential in [&admin, &key] {
                    let (status, body) =
                        status_and_json(app.send_with(method.clone(), &url, credential, &json!({})).await).await;
                    assert_eq!(
                        (status, body["code"].as_str()),
                        (StatusCode::FORBIDDEN, Some("TWO_FACTOR_REQUIRED_FOR_STAFF")),
                        "{method} {path}"
                    );
                }
                walked += 1;
            }
        }
        assert!(walked > 35, "every admin route was walked ({walked})");
        // The pages refuse too, and say why.
        let mut b = Browser::default();
        signed_in(&app, &mut b, "root@example.com").await;
        for page in ["/admin/users", "/admin/products", "/admin/licenses", "/admin/billing", "/admin/promo-codes"] {
            let (status, html) = b.get(&app, page).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{page}");
            assert!(html.contains("two-factor"), "{page}: {html}");
        }
    }
);

db_test!(
    async fn handing_a_sub_license_to_an_address_tells_nothing_about_who_has_an_account(t: TestDb) {
        let plan = json!({"name": "Agency", "max_activations": 10});
        let shop = Shop::open(TestApp::on(t).start().await, "site", plan).await;
        shop.app.sign_up_and_in("known@example.com").await;
        shop.app.mark_email_verified("known@example.com").await;
        let path = format!("/api/v1/licenses/{}/sub-licenses", shop.license_id);
        let mut answers = Vec::new();
        for email in ["known@example.com", "stranger@example.com"] {
            let res = post(&shop.app, &shop.owner, &path, json!({"seats": 1, "assignee_email": email})).await;
            assert_eq!(res.status(), StatusCode::CREATED, "{email}");
            let mut answer: Value = res.json().await.unwrap();
            for varying in ["id", "key", "key_prefix", "invited_email"] {
                answer.as_object_mut().unwrap().remove(varying);
            }
            answers.push(answer);
        }
        assert_eq!(answers[0], answers[1], "the same answer, account or not");
        // Both addresses get the same kind of invitation.
        rms_testkit::eventually(std::time::Duration::from_secs(10), "both invitations are sent", || async {
            let mails = shop.app.spooled_emails();
            ["known@example.com", "stranger@example.com"].iter().all(|to| {
                mails.iter().any(|m| m.contains(&format!("To: {to}")) && m.contains("gave you one seat of Tool"))
            })
        })
        .await;

        // The stranger signs up later; only a verified address takes the license.
        let tokens = shop.app.sign_up_and_in("stranger@example.com").await;
        let stranger = tokens["access_token"].as_str().unwrap();
        let mine: Value = shop.app.get_with("/api/v1/licenses", stranger).await.json().await.unwrap();
        assert_eq!(mine.as_array().unwrap().len(), 0, "an unverified address proves nothing");
        shop.app.mark_email_verified("stranger@example.com").await;
        let mine: Value = shop.app.get_with("/api/v1/licenses", stranger).await.json().await.unwrap();
        assert_eq!(mine.as_array().unwrap().len(), 1, "{mine}");
        assert_eq!(mine[0]["parent_id"], shop.license_id.as_str());
        assert!(mine[0]["key"].as_str().unwrap().len() > 10);
    }
);

db_test!(
    async fn strangers_get_a_quote_budget_and_promo_guessing_is_budgeted_and_tells_nothing(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        till.create_promo(json!({"code": "SPRING", "percent_off": 10})).await;
        till.create_promo(json!({"code": "LASTYEAR", "percent_off": 10, "valid_until": "2001-01-01T00:00:00Z"})).await;
        let quote = |code: Option<&str>| {
            let mut cart = till.cart(1);
            if let Some(c) = code {
                cart["promo_code"] = json!(c);
            }
            till.app.post_json("/api/v1/store/quote", cart)
        };
        // To a stranger, an expired code and an unknown one answer alike.
        let unknown: Value = quote(Some("NOSUCH")).await.json().await.unwrap();
        let expired: Value = quote(Some("LASTYEAR")).await.json().await.unwrap();
        assert_eq!(
            (unknown["code"].as_str(), expired["code"].as_str()),
            (Some("PROMO_NOT_FOUND"), Some("PROMO_NOT_FOUND"))
        );
        // A customer is told why.
        let mut cart = till.cart(1);
        cart["promo_code"] = json!("LASTYEAR");
        let told: Value = post(&till.app, &till.buyer, "/api/v1/store/quote", cart).await.json().await.unwrap();
        assert_eq!(told["code"], "PROMO_EXPIRED");

        // Guessing: 20 codes at once, then the budget answers, for right and wrong codes alike.
        let mut statuses = Vec::new();
        for i in 0..24 {
            statuses.push(quote(Some(&format!("GUESS{i}"))).await.status());
        }
        assert!(statuses[..17].iter().all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY), "{statuses:?}");
        assert_eq!(statuses[23], StatusCode::TOO_MANY_REQUESTS);
        let right = quote(Some("SPRING")).await;
        assert_eq!(right.status(), StatusCode::TOO_MANY_REQUESTS, "over budget, a right code is no different");
        assert!(right.headers().contains_key("retry-after"));

        // Without a promo code, a stranger's quotes have their own budget per address.
        let mut limited = 0;
        for _ in 0..40 {
            if quote(None).await.status() == StatusCode::TOO_MANY_REQUESTS {
                limited += 1;
            }
        }
        assert!(limited > 0, "anonymous quotes are limited per address");
    }
);

db_test!(
    async fn the_current_password_cannot_be_guessed_through_the_password_change(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        let mut statuses = Vec::new();
        for i in 0..12 {
            let body =
                json!({"current_password": format!("not-my-password-{i}"), "new_password": "another-good-password-77"});
            let res = post(&app, access, "/api/v1/auth/password/change", body).await;
            statuses.push(res.status());
        }
        assert!(statuses.contains(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
        // The page form shares the budget.
        let mut b = Browser::default();
        signed_in(&app, &mut b, "alice@example.com").await;
        let (status, _, _) = b
            .submit(
                &app,
                "/account/password",
                &[("current_password", "x-wrong-1"), ("new_password", "another-good-password-77")],
            )
            .await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    }
);

db_test!(
    async fn a_crashed_requests_idempotency_key_is_free_again_once_the_request_timeout_passed(t: TestDb) {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t)
            .without_worker()
            .clock(std::sync::Arc::new(clock.clone()))
            .config(|c| c.request_timeout_secs = 10)
            .start()
            .await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let me: Value =
            app.get_with("/api/v1/me", tokens["access_token"].as_str().unwrap()).await.json().await.unwrap();
        let user = uuid::Uuid::parse_str(me["id"].as_str().unwrap()).unwrap();
        let idempotency = app.running().state().services.idempotency.clone();
        let request = json!({"items": [1]});
        // A request that dies mid-way (its process crashed) leaves its claim behind.
        let crashed = {
            let (idempotency, request) = (idempotency.clone(), request.clone());
            tokio::spawn(async move {
                let never = |_| std::future::pending::<Result<Value, rms_app::AppError>>();
                let _ = idempotency.run(user, Some("crash-1"), "POST /test", &request, never).await;
            })
        };
        rms_testkit::eventually(std::time::Duration::from_secs(10), "the request holds its claim", || async {
            let held: i64 = rms_store::on_db!(&app.db, pool => sqlx::query_scalar(
                "SELECT COUNT(*) FROM idempotency_keys WHERE key = 'crash-1' AND state = 'running'")
                .fetch_one(pool)
                .await)
            .unwrap();
            held == 1
        })
        .await;
        crashed.abort();
        assert!(crashed.await.unwrap_err().is_cancelled(), "the request died holding its claim");
        let retry = idempotency
            .run(user, Some("crash-1"), "POST /test", &request, |_| async { Ok(serde_json::json!({})) })
            .await;
        match retry {
            Err(rms_app::AppError::IdempotencyInFlight { retry_after_secs }) => {
                assert!(
                    (1..=15).contains(&retry_after_secs),
                    "the timeout plus a margin, not a minute: {retry_after_secs}"
                )
            }
            other => panic!("expected the key to be in use: {other:?}"),
        }
        clock.advance(std::time::Duration::from_secs(16));
        let taken_over = idempotency
            .run(user, Some("crash-1"), "POST /test", &request, |_| async { Ok(serde_json::json!({"ran": true})) })
            .await;
        assert_eq!(
            taken_over.unwrap().value,
            serde_json::json!({"ran": true}),
            "after timeout + margin another attempt runs"
        );
    }
);

/// Sends raw bytes on a fresh connection and reads the whole answer.
async fn raw_exchange(app: &TestApp, request: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(app.addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).into_owned()
}

db_test!(
    async fn requests_the_http_parser_refuses_get_a_problem_document_too(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let requests: [&[u8]; 3] = [
            b"GET /api/v1/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Note: a\x01b\r\n\r\n",
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n",
        ];
        for request in requests {
            let answer = raw_exchange(&app, request).await;
            let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
            assert!(head.starts_with("HTTP/1.1 400"), "{answer}");
            assert!(head.to_ascii_lowercase().contains("content-type: application/problem+json"), "{answer}");
            let problem: Value = serde_json::from_str(body).unwrap_or_else(|_| panic!("a JSON body: {answer}"));
            assert_eq!((problem["status"].as_u64(), problem["code"].as_str()), (Some(400), Some("BAD_REQUEST")));
        }
        // An ordinary request on the same server is untouched.
        let answer = raw_exchange(&app, b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await;
        assert!(answer.starts_with("HTTP/1.1 200") && answer.contains("\"status\":\"ok\""), "{answer}");
    }
);

db_test!(
    async fn pages_show_dates_on_the_viewers_own_calendar(t: TestDb) {
        // 22:30 UTC on November 29: already November 30 in Tokyo.
        let clock = rms_testkit::ManualClock::at(rms_core::Timestamp::from_millis(1_795_991_400_000));
        let app = TestApp::on(t).without_worker().clock(std::sync::Arc::new(clock)).start().await;
        let till = Till::open(app, 1_000).await;
        till.credit(&till.buyer_id, 5_000).await;
        let mut b = Browser::default();
        signed_in(&till.app, &mut b, "buyer@example.com").await;
        let (_, page) = b.get(&till.app, "/wallet").await;
        assert!(page.contains("November 29, 2026") && !page.contains("November 30, 2026"), "UTC by default");

        let res = till
            .app
            .client
            .patch(till.app.url("/api/v1/me"))
            .bearer_auth(&till.buyer)
            .json(&json!({"timezone": "Asia/Tokyo"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let (_, page) = b.get(&till.app, "/wallet").await;
        assert!(page.contains("November 30, 2026") && !page.contains("November 29, 2026"), "{page}");
    }
);

/// A path pattern with every parameter filled: a fresh id, or a currency code.
fn filled(path: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let name = &rest[open + 1..close];
        out.push_str(&if name == "currency" { "EUR".to_owned() } else { uuid::Uuid::now_v7().to_string() });
        rest = rest.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

db_test!(
    async fn every_route_declares_its_scope_once_and_keys_of_other_scopes_are_refused(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let admin = app.admin_token("root@example.com").await;
        // One key per scope; a fresh set every 40 routes, so no key outlives the admin routes'
        // rate budget (a refusal here must be the scope's, never the budget's).
        let fresh_keys = || async {
            let mut keys = Vec::new();
            for scope in ["read", "licenses", "wallet", "releases", "admin"] {
                let res = post(&app, &admin, "/api/v1/api-keys", json!({"name": scope, "scopes": [scope]})).await;
                assert_eq!(res.status(), StatusCode::CREATED);
                keys.push((scope, res.json::<Value>().await.unwrap()["secret"].as_str().unwrap().to_owned()));
            }
            keys
        };
        let mut keys = fresh_keys().await;
        let spec: Value = app.get("/api/openapi.json").await.json().await.unwrap();
        let mut walked = 0;
        for (path, item) in spec["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let Some(requirements) = op["security"].as_array() else { continue };
                let Some(needs) = requirements.iter().find_map(|r| r.get("bearer")) else { continue };
                let needs: Vec<&str> = needs.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
                assert_eq!(needs.len(), 1, "{method} {path} declares exactly one scope: {needs:?}");
                let need = needs[0];
                if walked > 0 && walked % 40 == 0 {
                    keys = fresh_keys().await;
                }
                let url = filled(path);
                let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                for (scope, key) in &keys {
                    let allowed = need == *scope || (*scope == "admin" && need != "session");
                    let (status, body) =
                        status_and_json(app.send_with(method.clone(), &url, key, &json!({})).await).await;
                    if allowed {
                        assert!(
                            !matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN),
                            "{method} {path} needs {need}: a {scope} key was refused: {body}"
                        );
                    } else {
                        assert_eq!(
                            (status, body["code"].as_str()),
                            (StatusCode::FORBIDDEN, Some("INSUFFICIENT_SCOPE")),
                            "{method} {path} needs {need}: a {scope} key got through"
                        );
                    }
                }
                walked += 1;
            }
        }
        assert!(walked > 60, "{walked} routes walked");
    }
);

db_test!(
    async fn a_refund_after_the_commission_was_paid_out_claws_it_back_and_the_next_one_settles_the_debt(t: TestDb) {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t).clock(std::sync::Arc::new(clock.clone())).without_worker().start().await;
        let till = Till::open(app, 10_000).await;
        // A referral window long enough for both purchases, months apart.
        let mut settings: Value =
            till.app.get_with("/api/v1/admin/billing/settings", &till.admin).await.json().await.unwrap();
        settings["referral_window_days"] = json!(365);
        let res = put(&till.app, &till.admin, "/api/v1/admin/billing/settings", settings).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        let (affiliate, affiliate_id) = Till::customer(&till.app, "partner@example.com").await;
        let joined: Value = post(&till.app, &affiliate, "/api/v1/affiliate", json!({})).await.json().await.unwrap();
        let code = joined["code"].as_str().unwrap().to_owned();
        let (friend, friend_id) = Till::customer(&till.app, "friend@example.com").await;
        till.credit(&friend_id, 100_000).await;
        let buy = |n| {
            let mut cart = till.cart(n);
            cart["referral_code"] = json!(code);
            till.buy(&friend, cart, None)
        };
        let res = buy(2).await;
        assert_eq!(res.status(), StatusCode::CREATED, "20,000: a commission of 2,000");
        let first: Value = res.json().await.unwrap();
        let store = till.app.running().state().services.store.clone();
        clock.advance(std::time::Duration::from_secs(31 * 86_400));
        assert_eq!(store.release_commissions().await.unwrap(), 1);
        let (affiliate, friend) =
            (Till::login(&till.app, "partner@example.com").await, Till::login(&till.app, "friend@example.com").await);
        assert_eq!(till.balance(&affiliate).await, 2_000);
        // The affiliate spends 1,500 of it; then the first purchase is refunded.
        let admin = Till::login(&till.app, "vendor@example.com").await;
        let debit = post(
            &till.app,
            &admin,
            &format!("/api/v1/admin/users/{affiliate_id}/wallet/adjust"),
            json!({"amount_minor": -1_500, "reason": "spent"}),
        )
        .await;
        assert_eq!(debit.status(), StatusCode::OK);
        assert_eq!(till.balance(&affiliate).await, 500);
        let refund = format!("/api/v1/admin/invoices/{}/refund", first["invoice_id"].as_str().unwrap());
        assert_eq!(post(&till.app, &admin, &refund, json!({})).await.status(), StatusCode::CREATED);
        assert_eq!(till.balance(&affiliate).await, 0, "what the wallet held came back");
        let board: Value = till.app.get_with("/api/v1/affiliate", &affiliate).await.json().await.unwrap();
        assert_eq!(
            (board["owed_minor"].as_i64(), board["available_minor"].as_i64()),
            (Some(1_500), Some(0)),
            "{board}"
        );

        // The next commission (3,000) settles the 1,500 owed first.
        let mut cart = till.cart(3);
        cart["referral_code"] = json!(code);
        assert_eq!(till.buy(&friend, cart, None).await.status(), StatusCode::CREATED);
        clock.advance(std::time::Duration::from_secs(31 * 86_400));
        assert_eq!(store.release_commissions().await.unwrap(), 1);
        let affiliate = Till::login(&till.app, "partner@example.com").await;
        assert_eq!(till.balance(&affiliate).await, 1_500);
        let board: Value = till.app.get_with("/api/v1/affiliate", &affiliate).await.json().await.unwrap();
        assert_eq!(board["owed_minor"], 0);
        let breaches = till.app.running().state().services.wallet.reconcile().await.unwrap();
        assert!(breaches.is_empty(), "{breaches:?}");
    }
);

db_test!(
    async fn refunds_keep_to_the_plans_window_unless_the_admin_overrides_it(t: TestDb) {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t).clock(std::sync::Arc::new(clock.clone())).without_worker().start().await;
        let till = Till::open(app, 1_000).await;
        let res = put(
            &till.app,
            &till.admin,
            &format!("/api/v1/admin/plans/{}/refund-action", till.plan),
            json!({"action": "revoke", "refund_window_days": 14}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        till.credit(&till.buyer_id, 5_000).await;
        let early: Value = till.buy(&till.buyer, till.cart(1), None).await.json().await.unwrap();
        let late: Value = till.buy(&till.buyer, till.cart(1), None).await.json().await.unwrap();
        clock.advance(std::time::Duration::from_secs(10 * 86_400));
        let admin = Till::login(&till.app, "vendor@example.com").await;
        let refund = |r: &Value| format!("/api/v1/admin/invoices/{}/refund", r["invoice_id"].as_str().unwrap());
        assert_eq!(
            post(&till.app, &admin, &refund(&early), json!({})).await.status(),
            StatusCode::CREATED,
            "within 14 days"
        );
        clock.advance(std::time::Duration::from_secs(5 * 86_400));
        let admin = Till::login(&till.app, "vendor@example.com").await;
        let res = post(&till.app, &admin, &refund(&late), json!({"reason": "asked"})).await;
        assert_eq!(res.status(), StatusCode::CONFLICT);
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["code"], "REFUND_WINDOW_CLOSED");
        assert!(problem["detail"].as_str().unwrap().contains("14"), "{problem}");
        let res = post(&till.app, &admin, &refund(&late), json!({"reason": "goodwill", "override_window": true})).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let bad = put(
            &till.app,
            &admin,
            &format!("/api/v1/admin/plans/{}/refund-action", till.plan),
            json!({"action": "revoke", "refund_window_days": -1}),
        )
        .await;
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
);

db_test!(
    async fn a_renewals_refund_keeps_to_the_renewed_plans_window(t: TestDb) {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t).clock(std::sync::Arc::new(clock.clone())).without_worker().start().await;
        let till = Till::open(app, 1_000).await;
        let window = json!({"action": "revoke", "refund_window_days": 14});
        let res =
            put(&till.app, &till.admin, &format!("/api/v1/admin/plans/{}/refund-action", till.plan), window).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        till.credit(&till.buyer_id, 5_000).await;
        let bought: Value = till.buy(&till.buyer, till.cart(1), None).await.json().await.unwrap();
        let license = bought["licenses"][0]["id"].as_str().unwrap().to_owned();
        let renew = |buyer: String| {
            let (app, path) = (&till.app, format!("/api/v1/licenses/{license}/renew"));
            async move {
                let res = post(app, &buyer, &path, json!({})).await;
                assert_eq!(res.status(), StatusCode::OK);
                let renewed: Value = res.json().await.unwrap();
                format!("/api/v1/admin/invoices/{}/refund", renewed["invoice_id"].as_str().unwrap())
            }
        };
        let day = |n: u64| std::time::Duration::from_secs(n * 86_400);

        // Refunded on its 13th day: within the window.
        let first = renew(till.buyer.clone()).await;
        clock.advance(day(13));
        let admin = Till::login(&till.app, "vendor@example.com").await;
        let res = post(&till.app, &admin, &first, json!({"reason": "asked"})).await;
        assert_eq!(res.status(), StatusCode::CREATED, "13 days: within 14");

        // Another renewal refunded on its 15th day: past it, unless the admin overrides.
        let second = renew(Till::login(&till.app, "buyer@example.com").await).await;
        clock.advance(day(15));
        let admin = Till::login(&till.app, "vendor@example.com").await;
        let res = post(&till.app, &admin, &second, json!({"reason": "asked"})).await;
        assert_eq!(res.status(), StatusCode::CONFLICT, "the renewal was bought 15 days ago, the window is 14");
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["code"], "REFUND_WINDOW_CLOSED");
        let res = post(&till.app, &admin, &second, json!({"reason": "goodwill", "override_window": true})).await;
        assert_eq!(res.status(), StatusCode::CREATED);
    }
);

db_test!(
    async fn open_top_ups_are_capped_and_the_ones_nobody_paid_expire(t: TestDb) {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t).clock(std::sync::Arc::new(clock.clone())).start().await;
        let till = Till::open(app, 1_000).await;
        for i in 0..10 {
            let res = post(
                &till.app,
                &till.buyer,
                "/api/v1/wallet/top-ups",
                json!({"amount_minor": 100 + i, "gateway": "manual"}),
            )
            .await;
            assert_eq!(res.status(), StatusCode::CREATED);
        }
        let res =
            post(&till.app, &till.buyer, "/api/v1/wallet/top-ups", json!({"amount_minor": 500, "gateway": "manual"}))
                .await;
        assert_eq!(res.status(), StatusCode::CONFLICT);
        assert_eq!(res.json::<Value>().await.unwrap()["code"], "LIMIT_REACHED");

        // A day later the expiry job (run by the worker, as scheduled) lets them go.
        clock.advance(std::time::Duration::from_secs(25 * 3600));
        let queue = rms_store::queue::JobQueue::new(till.app.db.clone());
        use rms_core::Clock;
        queue
            .enqueue_now(clock.now(), &rms_store::queue::NewJob::new("billing.expire_payments", json!({})))
            .await
            .unwrap();
        let buyer = Till::login(&till.app, "buyer@example.com").await;
        rms_testkit::eventually(std::time::Duration::from_secs(20), "the open top-ups expire", || async {
            let mine: Value = till.app.get_with("/api/v1/wallet/top-ups", &buyer).await.json().await.unwrap();
            mine.as_array().unwrap().iter().all(|p| p["status"] == "expired")
        })
        .await;
        let res =
            post(&till.app, &buyer, "/api/v1/wallet/top-ups", json!({"amount_minor": 500, "gateway": "manual"})).await;
        assert_eq!(res.status(), StatusCode::CREATED, "room for new ones");
    }
);

db_test!(
    async fn the_culler_keeps_a_device_whose_heartbeat_arrived_after_it_looked(t: TestDb) {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t).without_worker().clock(std::sync::Arc::new(clock.clone())).start().await;
        let plan =
            json!({"name": "Pro", "max_activations": 1, "heartbeat_interval_secs": 60, "heartbeat_grace_secs": 0});
        let shop = Shop::open(app, "software", plan).await;
        let body = json!({"key": shop.key, "product": "tool", "fingerprint": "pc-1", "nonce": fresh_nonce()});
        let (_, a) = shop.call(reqwest::Method::POST, "/api/v1/activations", body).await;
        let id = uuid::Uuid::parse_str(a["activation"]["id"].as_str().unwrap()).unwrap();
        clock.advance(std::time::Duration::from_secs(61));
        use rms_core::Clock;
        let now = clock.now();
        let dead = rms_store::activations::dead_activations(&shop.app.db, now, 10).await.unwrap();
        assert_eq!(dead.iter().map(|d| d.0).collect::<Vec<_>>(), vec![id], "silent for longer than interval + grace");

        // Another node writes a heartbeat for it between the culler's look and its write.
        let beat = rms_store::activations::HeartbeatWrite {
            activation: id,
            at: now,
            chain: "fresh-chain".into(),
            prev_chain: None,
            chain_nonce: "nonce-from-another-node".into(),
            chain_enforced_at: Some(now),
        };
        let turn = shop.app.db.write_turn().await.unwrap();
        assert!(rms_store::activations::flush_heartbeats(&shop.app.db, turn, &[beat]).await.unwrap().is_empty());
        let mut tx = shop.app.db.begin().await.unwrap();
        assert!(!rms_store::activations::cull(&mut tx, id, now).await.unwrap(), "the fresh heartbeat keeps it");
        tx.commit().await.unwrap();
        assert_eq!(shop.seats_used().await, 1);
        assert_eq!(shop.app.running().state().services.licensing.cull_dead().await.unwrap(), 0);
    }
);
