//! The admin API: users and audit log, for admins only (support staff read), every change audited.

use reqwest::Method;
use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{JsonBody, PASSWORD, TestApp};

struct Staffed {
    app: TestApp,
    admin: String,
    user: String,
    user_id: String,
}

async fn staffed(t: rms_testkit::TestDb) -> Staffed {
    let app = TestApp::without_worker_on(t).await;
    app.sign_up_and_in("root@example.com").await;
    app.promote_to_admin("root@example.com").await;
    let admin = app.log_in("root@example.com").await;
    let user = app.sign_up_and_in("alice@example.com").await;
    let me: Value = app.get_with("/api/v1/me", user["access_token"].as_str().unwrap()).await.json().await.unwrap();
    Staffed {
        admin: admin["access_token"].as_str().unwrap().to_owned(),
        user: user["access_token"].as_str().unwrap().to_owned(),
        user_id: me["id"].as_str().unwrap().to_owned(),
        app,
    }
}

impl Staffed {
    async fn patch(&self, token: &str, id: &str, body: Value) -> reqwest::Response {
        let url = self.app.url(&format!("/api/v1/admin/users/{id}"));
        self.app.client.patch(url).bearer_auth(token).json(&body).send().await.unwrap()
    }
}

db_test!(
    async fn admin_routes_refuse_ordinary_users(t: TestDb) {
        let s = staffed(t).await;
        for path in ["/api/v1/admin/users", &format!("/api/v1/admin/users/{}", s.user_id), "/api/v1/admin/audit"] {
            let res = s.app.get_with(path, &s.user).await;
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{path}");
            assert_eq!(res.json::<Value>().await.unwrap()["code"], "FORBIDDEN");
        }
        let res = s.patch(&s.user, &s.user_id, json!({"role": "admin"})).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "no self-promotion");
        let me: Value = s.app.get_with("/api/v1/me", &s.user).await.json().await.unwrap();
        assert_eq!(me["role"], "user");
        s.app.shutdown().await;
    }
);

db_test!(
    async fn admins_find_users_by_email_or_name_page_by_page(t: TestDb) {
        let s = staffed(t).await;
        let page: Value = s.app.get_with("/api/v1/admin/users?query=ALICE", &s.admin).await.json().await.unwrap();
        assert_eq!(page["total"], 1);
        assert_eq!(page["users"][0]["email"], "alice@example.com");
        let all: Value = s.app.get_with("/api/v1/admin/users", &s.admin).await.json().await.unwrap();
        assert_eq!(all["total"], 2);
        let literal: Value = s.app.get_with("/api/v1/admin/users?query=%25", &s.admin).await.json().await.unwrap();
        assert_eq!(literal["total"], 0, "% is matched literally, not as a wildcard");
        let one: Value =
            s.app.get_with(&format!("/api/v1/admin/users/{}", s.user_id), &s.admin).await.json().await.unwrap();
        assert_eq!(one["email"], "alice@example.com");
        let missing = s.app.get_with("/api/v1/admin/users/00000000-0000-7000-8000-000000000000", &s.admin).await;
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
        s.app.shutdown().await;
    }
);

db_test!(
    async fn locking_a_user_ends_their_sessions_and_is_audited(t: TestDb) {
        let s = staffed(t).await;
        let res = s.patch(&s.admin, &s.user_id, json!({"locked": true})).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.json::<Value>().await.unwrap()["locked"], true);
        assert_eq!(s.app.get_with("/api/v1/me", &s.user).await.status(), StatusCode::UNAUTHORIZED, "revoked at once");
        let login =
            s.app.post_json("/api/v1/auth/login", json!({"email": "alice@example.com", "password": PASSWORD})).await;
        assert_eq!(login.json::<Value>().await.unwrap()["code"], "ACCOUNT_LOCKED");

        let res =
            s.patch(&s.admin, &s.user_id, json!({"locked": false, "role": "support", "email_verified": true})).await;
        let user: Value = res.json().await.unwrap();
        assert_eq!(
            (user["locked"].as_bool(), user["role"].as_str(), user["email_verified"].as_bool()),
            (Some(false), Some("support"), Some(true))
        );

        let audit: Value =
            s.app.get_with("/api/v1/admin/audit?action=admin.user.role_changed", &s.admin).await.json().await.unwrap();
        assert_eq!(audit.as_array().unwrap().len(), 1);
        assert_eq!(audit[0]["details"], json!({"before": "user", "after": "support"}));
        assert_eq!(audit[0]["target_id"], s.user_id);

        // Support staff read, but do not write.
        let support = s.app.log_in("alice@example.com").await;
        let support = support["access_token"].as_str().unwrap();
        assert_eq!(s.app.get_with("/api/v1/admin/users", support).await.status(), StatusCode::OK);
        assert_eq!(s.patch(support, &s.user_id, json!({"role": "admin"})).await.status(), StatusCode::FORBIDDEN);
        s.app.shutdown().await;
    }
);

db_test!(
    async fn an_admin_cannot_lock_or_demote_themselves_and_bad_input_changes_nothing(t: TestDb) {
        let s = staffed(t).await;
        let me: Value = s.app.get_with("/api/v1/me", &s.admin).await.json().await.unwrap();
        let own = me["id"].as_str().unwrap();
        assert_eq!(s.patch(&s.admin, own, json!({"locked": true})).await.status(), StatusCode::FORBIDDEN);
        assert_eq!(s.patch(&s.admin, own, json!({"role": "user"})).await.status(), StatusCode::FORBIDDEN);
        let res = s.patch(&s.admin, &s.user_id, json!({"role": "owner"})).await;
        assert_eq!(res.json::<Value>().await.unwrap()["code"], "INVALID_ROLE");
        let res = s.patch(&s.admin, &s.user_id, json!({"balance": 5})).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        let user: Value =
            s.app.get_with(&format!("/api/v1/admin/users/{}", s.user_id), &s.admin).await.json().await.unwrap();
        assert_eq!(user["role"], "user");
        s.app.shutdown().await;
    }
);

db_test!(
    async fn the_audit_log_filters_and_exports_csv(t: TestDb) {
        let s = staffed(t).await;
        s.app
            .post_json("/api/v1/auth/login", json!({"email": "alice@example.com", "password": "=cmd|' /C calc'!A0"}))
            .await;
        let failed: Value =
            s.app.get_with("/api/v1/admin/audit?action=auth.login_failed", &s.admin).await.json().await.unwrap();
        assert!(!failed.as_array().unwrap().is_empty());
        let by_actor: Value =
            s.app.get_with(&format!("/api/v1/admin/audit?actor={}", s.user_id), &s.admin).await.json().await.unwrap();
        assert!(by_actor.as_array().unwrap().iter().all(|e| e["actor_id"] == s.user_id));
        let future: Value =
            s.app.get_with("/api/v1/admin/audit?from=2099-01-01T00:00:00Z", &s.admin).await.json().await.unwrap();
        assert_eq!(future, json!([]));
        let bad = s.app.get_with("/api/v1/admin/audit?from=yesterday", &s.admin).await;
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);

        let csv = s.app.get_with("/api/v1/admin/audit?format=csv&action=user.registered", &s.admin).await;
        assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
        assert!(csv.headers()["content-disposition"].to_str().unwrap().contains("audit.csv"));
        let text = csv.text().await.unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "id,at,actor_id,action,target_type,target_id,ip,details");
        assert_eq!(lines.len(), 3, "a header and the two registrations");
        assert!(lines[1..].iter().all(|l| l.contains("\"user.registered\"")));
        s.app.shutdown().await;
    }
);

db_test!(
    async fn the_first_administrator_is_created_with_the_one_time_setup_link(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let link = app.running().setup_link().expect("no admin yet, so a setup link").to_owned();
        assert!(link.starts_with(&format!("http://{}/setup?token=", app.addr)), "{link}");
        let token = link.split("token=").nth(1).unwrap().to_owned();

        let page = app.get(&format!("/setup?token={token}")).await.text().await.unwrap();
        assert!(page.contains(&format!("value=\"{token}\"")));
        let submit = |password: &'static str| {
            let form = [
                ("token", token.clone()),
                ("email", "root@example.com".into()),
                ("name", "Root".into()),
                ("password", password.into()),
                ("store_name", "Acme Tools".into()),
                ("seller_address", "Hauptstr. 1\n10115 Berlin".into()),
                ("seller_country", "de".into()),
                ("seller_tax_id", "DE123456789".into()),
            ];
            let app = &app;
            async move { app.client.post(app.url("/setup")).form(&form).send().await.unwrap() }
        };
        let weak = submit("short").await;
        assert_eq!(weak.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let weak = weak.text().await.unwrap();
        assert!(
            weak.contains("value=\"root@example.com\"") && weak.contains("value=\"Acme Tools\""),
            "what was typed is kept"
        );

        // Done: signed in straight away, on the admin home.
        let done = submit(PASSWORD).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        assert_eq!(done.headers()["location"], "/admin");
        let cookies: Vec<_> =
            done.headers().get_all("set-cookie").iter().map(|c| c.to_str().unwrap().to_owned()).collect();
        assert!(cookies.iter().any(|c| c.starts_with("rms_access=")), "{cookies:?}");
        let tokens = app.log_in("root@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        let me: Value = app.get_with("/api/v1/me", access).await.json().await.unwrap();
        assert_eq!((me["role"].as_str(), me["email_verified"].as_bool()), (Some("admin"), Some(true)));
        assert_eq!(app.get_with("/api/v1/admin/users", access).await.status(), StatusCode::OK);
        let brand: Value = app.get_with("/api/v1/admin/brand", access).await.json().await.unwrap();
        assert_eq!(brand["name"], "Acme Tools", "the store is named on the first page");
        let billing: Value = app.get_with("/api/v1/admin/billing/settings", access).await.json().await.unwrap();
        assert_eq!(
            (billing["seller_name"].as_str(), billing["seller_country"].as_str(), billing["seller_tax_id"].as_str()),
            (Some("Acme Tools"), Some("DE"), Some("DE123456789")),
            "the seller is set before the first sale; without a legal name, the store's"
        );
        assert!(billing["seller_address"].as_str().unwrap().contains("10115 Berlin"));

        assert_eq!(submit(PASSWORD).await.status(), StatusCode::BAD_REQUEST, "the link works once");
        app.shutdown().await;
    }
);

db_test!(
    async fn a_deployment_can_require_staff_to_use_two_factor_sign_in(t: TestDb) {
        let app = TestApp::on(t).without_worker().config(|c| c.staff_two_factor_required = true).start().await;
        app.sign_up_and_in("root@example.com").await;
        app.promote_to_admin("root@example.com").await;
        let tokens = app.log_in("root@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        let res = app.get_with("/api/v1/admin/users", access).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert_eq!(res.json::<Value>().await.unwrap()["code"], "TWO_FACTOR_REQUIRED_FOR_STAFF");

        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let (_, codes) = app.enable_two_factor(access, now).await;
        let recovery = codes[0].as_str();
        let tokens: Value = app
            .post_json(
                "/api/v1/auth/login",
                json!({"email": "root@example.com", "password": PASSWORD, "recovery_code": recovery}),
            )
            .await
            .value()
            .await;
        assert_eq!(
            app.get_with("/api/v1/admin/users", tokens["access_token"].as_str().unwrap()).await.status(),
            StatusCode::OK
        );
        app.shutdown().await;
    }
);

/// The updater feeds' paths (`/api/v1/feeds/…`), public or licensed by key.
fn spec_feed_paths() -> [&'static str; 10] {
    [
        "/api/v1/feeds/{product}/{channel}/sparkle/{platform}",
        "/api/v1/feeds/{product}/{channel}/key/{key}/sparkle/{platform}",
        "/api/v1/feeds/{product}/{channel}/tauri/{target}/{arch}/{current_version}",
        "/api/v1/feeds/{product}/{channel}/key/{key}/tauri/{target}/{arch}/{current_version}",
        "/api/v1/feeds/{product}/{channel}/electron/{file}",
        "/api/v1/feeds/{product}/{channel}/key/{key}/electron/{file}",
        "/api/v1/feeds/{product}/{channel}/velopack/{file}",
        "/api/v1/feeds/{product}/{channel}/key/{key}/velopack/{file}",
        "/api/v1/feeds/{product}/{channel}/files/{artifact}/{file_name}",
        "/api/v1/feeds/{product}/{channel}/key/{key}/files/{artifact}/{file_name}",
    ]
}

db_test!(
    async fn every_route_with_an_object_id_refuses_another_users_object(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let alice = app.sign_up_and_in("alice@example.com").await;
        let bob = app.sign_up_and_in("bob@example.com").await;
        let (alice_token, bob_token) = (alice["access_token"].as_str().unwrap(), bob["access_token"].as_str().unwrap());
        let me: Value = app.get_with("/api/v1/me", alice_token).await.json().await.unwrap();
        let key: Value = app
            .send_with(Method::POST, "/api/v1/api-keys", alice_token, &json!({"name": "alice's", "scopes": ["read"]}))
            .await
            .value()
            .await;
        // Alice's object for each kind of id a route takes. A new route with an {id} must be added
        // here, or this test fails: that is the point.
        // A product to point the catalog routes at (made by an admin; bob is not one).
        app.sign_up_and_in("root@example.com").await;
        app.promote_to_admin("root@example.com").await;
        let root: Value = app
            .post_json("/api/v1/auth/login", json!({"email": "root@example.com", "password": crate::harness::PASSWORD}))
            .await
            .value()
            .await;
        let product: Value = app
            .send_with(
                Method::POST,
                "/api/v1/admin/products",
                root["access_token"].as_str().unwrap(),
                &json!({"name": "Tool", "slug": "tool", "kind": "software"}),
            )
            .await
            .value()
            .await;
        let product_id = product["id"].as_str().unwrap().to_owned();
        let root_token = root["access_token"].as_str().unwrap();
        let plan: Value = app
            .send_with(
                Method::POST,
                &format!("/api/v1/admin/products/{product_id}/plans"),
                root_token,
                &json!({"name": "Pro", "max_activations": 1}),
            )
            .await
            .value()
            .await;
        let issue = |email: &'static str| {
            let (app, plan) = (&app, plan["id"].clone());
            async move {
                let res = app
                    .send_with(
                        Method::POST,
                        "/api/v1/admin/licenses",
                        root_token,
                        &json!({"email": email, "plan_id": plan}),
                    )
                    .await;
                res.json::<Value>().await.unwrap()
            }
        };
        let license = issue("alice@example.com").await;
        // Bob holds a license of his own: product routes authenticate by key, and his key must
        // not reach alice's activation.
        let bob_key = issue("bob@example.com").await["key"].as_str().unwrap().to_owned();
        let activation: Value = app
            .post_json(
                "/api/v1/activations",
                json!({"key": license["key"], "product": "tool", "fingerprint": "alices-laptop", "nonce": "nonce-0001"}),
            )
            .await.value().await;
        let activation_id = activation["activation"]["id"].as_str().unwrap().to_owned();
        let license_id = license["id"].as_str().unwrap().to_owned();
        // Money objects: alice buys once from a credited wallet and starts two top-ups.
        let as_root = |path: String, body: Value| {
            let app = &app;
            async move {
                let res = app.send_with(Method::POST, &path, root_token, &body).await;
                assert!(res.status().is_success(), "{path}: {}", res.status());
                res.text().await.unwrap()
            }
        };
        let plan_id = plan["id"].as_str().unwrap().to_owned();
        as_root(format!("/api/v1/admin/plans/{plan_id}/prices"), json!({"amount_minor": 500})).await;
        let alice_id = me["id"].as_str().unwrap().to_owned();
        as_root(format!("/api/v1/admin/users/{alice_id}/wallet/adjust"), json!({"amount_minor": 500, "reason": "t"}))
            .await;
        let promo: Value = serde_json::from_str(
            &as_root("/api/v1/admin/promo-codes".into(), json!({"code": "ALICE", "percent_off": 5})).await,
        )
        .unwrap();
        let as_alice = |path: &'static str, body: Value| {
            let app = &app;
            async move {
                let res = app.send_with(Method::POST, path, alice_token, &body).await;
                assert!(res.status().is_success(), "{path}: {}", res.status());
                res.json::<Value>().await.unwrap()
            }
        };
        let receipt = as_alice("/api/v1/store/purchase", json!({"items": [{"plan_id": plan_id, "quantity": 1}]})).await;
        let invoice_id = receipt["invoice_id"].as_str().unwrap().to_owned();
        let sandbox = as_alice("/api/v1/wallet/top-ups", json!({"amount_minor": 100, "gateway": "sandbox"})).await;
        let manual = as_alice("/api/v1/wallet/top-ups", json!({"amount_minor": 100, "gateway": "manual"})).await;
        let key_routes =
            ["/api/v1/activations/{id}", "/api/v1/activations/{id}/heartbeat", "/api/v1/activations/{id}/license-file"];
        let alice_objects = [
            ("/api/v1/api-keys/{id}", key["id"].as_str().unwrap().to_owned()),
            ("/api/v1/licenses/{id}/activations", license_id.clone()),
            ("/api/v1/licenses/{id}/activations/{activation_id}", license_id.clone()),
            ("/api/v1/licenses/{id}/activations/{activation_id}/license-file", license_id.clone()),
            ("/api/v1/admin/licenses/{id}/activations", license_id.clone()),
            ("/api/v1/admin/licenses/{id}/activations/{activation_id}", license_id.clone()),
            ("/api/v1/admin/licenses/{id}/reassignments/reset", license_id.clone()),
            ("/api/v1/admin/licenses/{id}/offline-activation", license_id.clone()),
            ("/api/v1/admin/products/{id}/staging-domains", product_id.clone()),
            ("/api/v1/licenses/{id}/sub-licenses", license_id.clone()),
            ("/api/v1/licenses/{id}/offline-activation", license_id.clone()),
            ("/api/v1/licenses/{id}/sub-licenses/{sub_id}", license_id.clone()),
            ("/api/v1/activations/{id}", activation_id.clone()),
            ("/api/v1/activations/{id}/heartbeat", activation_id.clone()),
            ("/api/v1/activations/{id}/license-file", activation_id.clone()),
            ("/api/v1/admin/users/{id}", me["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/products/{id}/plans", product_id.clone()),
            ("/api/v1/admin/products/{id}/keys/rotate", product_id.clone()),
            ("/api/v1/admin/plans/{id}/price", plan["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/licenses/{id}", license["id"].as_str().unwrap().to_owned()),
            ("/api/v1/licenses/{id}", license["id"].as_str().unwrap().to_owned()),
            ("/api/v1/licenses/{id}/renew", license["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/plans/{id}/prices", plan_id.clone()),
            ("/api/v1/admin/users/{id}/wallet/adjust", alice_id.clone()),
            ("/api/v1/admin/users/{id}/erase", alice_id.clone()),
            ("/api/v1/admin/promo-codes/{id}", promo["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/promo-codes/{id}/pause", promo["id"].as_str().unwrap().to_owned()),
            ("/api/v1/invoices/{id}/pdf", invoice_id.clone()),
            ("/api/v1/admin/invoices/{id}/refund", invoice_id.clone()),
            ("/api/v1/wallet/top-ups/{id}/sandbox-pay", sandbox["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/payments/{id}/confirm", manual["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/products/{id}/commission", product_id.clone()),
            ("/api/v1/admin/plans/{id}/refund-action", plan_id.clone()),
            ("/api/v1/admin/currency-rates/{currency}", "EUR".to_owned()),
            ("/api/v1/wallet/top-ups/{id}", sandbox["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/payments/{id}", manual["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/payments/{id}/review", manual["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/payments/{id}/recheck", manual["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/payments/{id}/handled", manual["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/gateways/{gateway}", "manual".to_owned()),
            ("/api/v1/admin/gateways/{gateway}/test", "manual".to_owned()),
            // Releases are admins' (and their CI's): any id, bob is refused before it is read.
            ("/api/v1/admin/products/{id}/releases", product_id.clone()),
            ("/api/v1/admin/releases/{id}", product_id.clone()),
            ("/api/v1/admin/releases/{id}/publish", product_id.clone()),
            ("/api/v1/admin/releases/{id}/yank", product_id.clone()),
            ("/api/v1/admin/releases/{id}/artifacts/{platform}", product_id.clone()),
            ("/api/v1/admin/products/{id}/feeds", product_id.clone()),
            ("/api/v1/admin/products/{id}/feeds/keys", product_id.clone()),
            ("/api/v1/admin/products/{id}/feeds/keys/{kid}/revoke", product_id.clone()),
            ("/api/v1/admin/jobs/{id}/retry", product_id.clone()),
            ("/api/v1/admin/jobs/{id}/discard", product_id.clone()),
            ("/api/v1/admin/products/{id}", product_id.clone()),
            ("/api/v1/admin/products/{id}/image", product_id.clone()),
            ("/api/v1/admin/licenses/{id}/resend", license["id"].as_str().unwrap().to_owned()),
            ("/api/v1/store/checkout/{id}", sandbox["id"].as_str().unwrap().to_owned()),
            ("/api/v1/licenses/{id}/auto-renew", license["id"].as_str().unwrap().to_owned()),
            ("/api/v1/licenses/{id}/usage", license["id"].as_str().unwrap().to_owned()),
            ("/api/v1/admin/plans/{id}", plan_id.clone()),
            // A tax rate is nobody's object; bob is refused as a customer.
            ("/api/v1/admin/tax-rates/{country}", "DE".to_owned()),
        ];
        // Routes whose answer is public by design (webhooks prove themselves by signature).
        // A release's manifest is a signed public document, like the keys that check it.
        // Downloads prove themselves by their signed link.
        let public = [
            "/api/v1/products/{id}/public-keys",
            "/webhooks/{gateway}",
            "/api/v1/releases/{id}/manifest",
            "/api/v1/downloads/{id}",
            // The id names a product (nobody's object); the route changes only the caller's own
            // choice, for a product they hold a license of (tested in notifications.rs).
            "/api/v1/me/release-subscriptions/{id}",
        ];
        // Updater feeds prove themselves by the license key they carry (or are public by the
        // vendor's choice), never by a session.
        let public: Vec<&str> = public.into_iter().chain(spec_feed_paths()).collect();
        let spec: Value = app.get("/api/openapi.json").await.json().await.unwrap();
        for (path, item) in spec["paths"].as_object().unwrap() {
            if !path.contains('{') || public.contains(&path.as_str()) {
                continue;
            }
            let id =
                &alice_objects.iter().find(|(p, _)| p == path).unwrap_or_else(|| panic!("no BOLA case for {path}")).1;
            let url = app.url(
                &path
                    .replace("{id}", id)
                    .replace("{activation_id}", &activation_id)
                    .replace("{sub_id}", id)
                    .replace("{currency}", id)
                    .replace("{country}", id)
                    .replace("{gateway}", id)
                    .replace("{platform}", "linux-x86_64")
                    .replace("{kid}", "0000000000000000"),
            );
            for method in item.as_object().unwrap().keys() {
                let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                // A body the route would accept, so only the ownership check can refuse it.
                let body = if key_routes.contains(&path.as_str()) {
                    json!({"key": bob_key, "nonce": "bola-check-1"})
                } else if path.contains("sub-licenses") {
                    json!({"seats": 1})
                } else if path.ends_with("auto-renew") {
                    json!({"enabled": false})
                } else if path.contains("offline-activation") {
                    json!({"request": "-----BEGIN RMS ACTIVATION REQUEST-----"})
                } else {
                    json!({})
                };
                let res =
                    app.client.request(method.clone(), &url).bearer_auth(bob_token).json(&body).send().await.unwrap();
                let status = res.status();
                assert!(
                    matches!(status, StatusCode::NOT_FOUND | StatusCode::FORBIDDEN),
                    "{method} {path} as bob: {status}"
                );
                assert!(!res.text().await.unwrap().contains("alice"), "{method} {path} leaked alice's data");
            }
        }
        let still: Value = app.get_with("/api/v1/api-keys", alice_token).await.json().await.unwrap();
        assert_eq!(still[0]["revoked"], false, "alice's key is untouched");
        let seats: Value =
            app.get_with(&format!("/api/v1/licenses/{license_id}/activations"), alice_token).await.value().await;
        assert_eq!(seats["activations"][0]["id"], activation_id.as_str(), "alice's device is still active");
        app.shutdown().await;
    }
);

db_test!(
    async fn the_admin_home_counts_the_days_sales_and_what_waits(t: TestDb) {
        use rms_store::queue::{JobQueue, NewJob};
        let app = TestApp::on(t).without_worker().start().await;
        let shop = crate::money::Till::open(app, 2_000).await;
        shop.credit(&shop.buyer_id, 10_000).await;
        let res = shop.buy(&shop.buyer, shop.cart(1), None).await;
        assert!(res.status().is_success(), "{}", res.text().await.unwrap());
        let queue = JobQueue::new(shop.app.db.clone());
        let now = rms_core::Timestamp::from_millis(
            i64::try_from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis())
                .unwrap(),
        );
        let id = queue.enqueue_now(now, &NewJob::new("email.send", json!({})).max_attempts(1)).await.unwrap().unwrap();
        let worker = uuid::Uuid::now_v7();
        queue.claim(worker, now, now.plus(std::time::Duration::from_secs(60)), 100).await.unwrap();
        queue.bury(id, worker, now, "gone").await.unwrap();

        let mut b = crate::web_session::Browser::default();
        crate::web_store::signed_in(&shop.app, &mut b, "vendor@example.com").await;
        let (status, page) = b.get(&shop.app, "/admin").await;
        assert_eq!(status, StatusCode::OK);
        let shown = crate::harness::plain(&page);
        assert!(shown.contains("<strong class=\"num\">1</strong> sales"), "{shown}");
        assert!(shown.contains("$20.00"), "the day's revenue: {shown}");
        assert!(shown.contains("Background jobs that gave up</a>: <strong class=\"num\">1</strong>"), "{shown}");
        // Customers are kept out.
        let mut c = crate::web_session::Browser::default();
        crate::web_store::signed_in(&shop.app, &mut c, "buyer@example.com").await;
        assert_eq!(c.get(&shop.app, "/admin").await.0, StatusCode::FORBIDDEN);
        shop.app.shutdown().await;
    }
);
