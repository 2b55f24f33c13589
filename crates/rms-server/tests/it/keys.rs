//! Rotating the token-signing key and the master key without signing anyone out.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use reqwest::Method;
use reqwest::StatusCode;
use rms_core::Clock;
use rms_crypto::MasterKeyRing;
use rms_testkit::{ManualClock, db_test};
use serde_json::{Value, json};

use crate::harness::{PASSWORD, TestApp};

fn kid(token: &str) -> String {
    let header = token.split('.').next().unwrap();
    let header: Value =
        serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(header).unwrap()).unwrap();
    header["kid"].as_str().unwrap().to_owned()
}

async fn login(app: &TestApp) -> String {
    app.log_in("alice@example.com").await["access_token"].as_str().unwrap().to_owned()
}

db_test!(
    async fn a_new_signing_key_signs_only_after_every_node_knows_it_and_old_tokens_keep_working(t: TestDb) {
        let clock = ManualClock::starting_now();
        let app = TestApp::on(t).without_worker().clock(Arc::new(clock.clone())).start().await;
        app.sign_up_and_in("alice@example.com").await;
        let state = app.running().state();
        let ring = MasterKeyRing::new(state.master_key.bytes(), &[]);
        let before = login(&app).await;
        assert_eq!(kid(&before), "s1");

        let (new_kid, _) = rms_app::session_keys::rotate(&app.db, &ring, clock.now()).await.unwrap();
        assert_eq!(new_kid, "s2");
        state.services.accounts.reload_keys().await.unwrap();
        assert_eq!(kid(&login(&app).await), "s1", "not signing with s2 before its activation delay");

        clock.advance(Duration::from_secs(3 * 60));
        state.services.accounts.reload_keys().await.unwrap();
        let after = login(&app).await;
        assert_eq!(kid(&after), "s2");
        assert_eq!(app.get_with("/api/v1/me", &before).await.status(), StatusCode::OK, "s1 tokens still verify");
        assert_eq!(app.get_with("/api/v1/me", &after).await.status(), StatusCode::OK);

        // Once no s1 token can be valid any more, the next rotation retires s1.
        clock.advance(Duration::from_secs(20 * 60));
        rms_app::session_keys::rotate(&app.db, &ring, clock.now()).await.unwrap();
        let retired: Vec<String> = rms_store::on_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT kid FROM signing_keys WHERE retired_at IS NOT NULL").fetch_all(pool).await)
        .unwrap();
        assert_eq!(retired, vec!["s1".to_owned()]);
        app.shutdown().await;
    }
);

db_test!(
    async fn a_new_master_key_reopens_every_sealed_secret(t: TestDb) {
        let clock = ManualClock::starting_now();
        let node1 = TestApp::on(t).without_worker().clock(Arc::new(clock.clone())).start().await;
        let tokens = node1.sign_up_and_in("alice@example.com").await;
        let access = tokens["access_token"].as_str().unwrap();
        // Alice's billing details (company, tax id and address are sealed).
        let profile = json!({"company": "Alice GmbH", "tax_id": "DE123456789", "address": "Hauptstr. 1\nBerlin", "country": "DE"});
        let res = node1.send_with(Method::PUT, "/api/v1/me/billing-profile", access, &profile).await;
        assert_eq!(res.status(), StatusCode::OK);
        let now = || (clock.now().as_millis() / 1000) as u64;
        let (secret, _) = node1.enable_two_factor(access, now()).await;
        // A product (its own sealed key) and a license (its sealed key) under the old master key.
        let root = node1.admin_token("root@example.com").await;
        let post = |path: &str, body: Value| {
            let (app, root) = (&node1, root.clone());
            let url = app.url(path);
            async move {
                app.client.post(url).bearer_auth(root).json(&body).send().await.unwrap().json::<Value>().await.unwrap()
            }
        };
        let product = post("/api/v1/admin/products", json!({"name": "Tool", "slug": "tool", "kind": "software"})).await;
        let plans = format!("/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap());
        let plan = post(&plans, json!({"name": "Pro", "max_activations": 1})).await;
        let license =
            post("/api/v1/admin/licenses", json!({"email": "alice@example.com", "plan_id": plan["id"]})).await;
        // The product's updater feed key (made when its feeds are first shown).
        let feeds = format!("/api/v1/admin/products/{}/feeds", product["id"].as_str().unwrap());
        let before: Value = node1.get_with(&feeds, &root).await.json().await.unwrap();

        let old = *node1.running().state().master_key.bytes();
        let new: [u8; 32] = std::array::from_fn(|i| i as u8 ^ 0x5a);
        let ring = MasterKeyRing::new(&new, &[old]);
        let done = rms_app::session_keys::rotate_master(&node1.db, &ring).await.unwrap();
        // Four signing keys: the access tokens', the download links', the unsubscribe links' and
        // the invitation links'.
        assert_eq!((done.signing_keys, done.totp_secrets, done.product_keys, done.license_keys), (4, 1, 1, 1));
        // Two names: Alice's and root's (with their search digests).
        assert_eq!((done.feed_keys, done.billing_profiles, done.names), (1, 1, 2));
        let again = rms_app::session_keys::rotate_master(&node1.db, &ring).await.unwrap();
        assert_eq!(again, rms_app::session_keys::Resealed::default(), "idempotent");

        let new_b64 = base64::engine::general_purpose::STANDARD.encode(new);
        let node2 = TestApp::sharing(&node1)
            .without_worker()
            .clock(Arc::new(clock.clone()))
            .config(move |c| c.master_key = Some(rms_server::config::Secret::new(new_b64)))
            .start()
            .await;
        clock.advance(Duration::from_secs(30));
        let res = node2
            .post_json(
                "/api/v1/auth/login",
                json!({"email": "alice@example.com", "password": PASSWORD, "totp_code": rms_crypto::totp::code_at(&secret, now())}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK, "the signing key and the TOTP secret open under the new master key");
        let alice: Value = res.json().await.unwrap();
        let mine: Value =
            node2.get_with("/api/v1/licenses", alice["access_token"].as_str().unwrap()).await.json().await.unwrap();
        assert_eq!(mine[0]["key"], license["key"], "the license key opens under the new master key");
        let theirs: Value = node2
            .get_with("/api/v1/me/billing-profile", alice["access_token"].as_str().unwrap())
            .await
            .json()
            .await
            .unwrap();
        assert_eq!((theirs["company"].as_str(), theirs["tax_id"].as_str()), (Some("Alice GmbH"), Some("DE123456789")));
        let root2 = node2.log_in("root@example.com").await;
        let issued = node2
            .send_with(
                Method::POST,
                "/api/v1/admin/licenses",
                root2["access_token"].as_str().unwrap(),
                &json!({"email": "alice@example.com", "plan_id": plan["id"]}),
            )
            .await;
        assert_eq!(issued.status(), StatusCode::CREATED, "the product key signs under the new master key");
        let after: Value = node2.get_with(&feeds, root2["access_token"].as_str().unwrap()).await.json().await.unwrap();
        assert_eq!(after["keys"], before["keys"], "the feed key opens under the new master key");
        let found: Value = node2
            .get_with("/api/v1/admin/users?query=test%20us", root2["access_token"].as_str().unwrap())
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(found["total"], 2, "names open, and are found by digests made under the new master key");
        assert_eq!(found["users"][0]["name"], "Test User");
        node2.shutdown().await;
        node1.shutdown().await;
    }
);

db_test!(
    async fn a_rotated_product_key_is_published_first_and_signs_from_its_date(t: TestDb) {
        let clock = ManualClock::starting_now();
        let app = TestApp::on(t).clock(Arc::new(clock.clone())).without_worker().start().await;
        let shop = crate::licensing::Shop::open(app, "software", json!({"name": "Pro", "max_activations": 2})).await;
        let rotate = format!("/api/v1/admin/products/{}/keys/rotate", shop.product);
        // No body: the default, 30 days from now.
        let res = shop.app.client.post(shop.app.url(&rotate)).bearer_auth(&shop.admin).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let keys: Value = res.json().await.unwrap();
        let listed = crate::licensing::kids_and_activity(&keys);
        assert_eq!(listed, [("1", true), ("2", false)], "published, not signing yet");
        let signs_from = rms_core::Timestamp::parse_rfc3339(keys[1]["signs_from"].as_str().unwrap()).unwrap();
        assert_eq!(signs_from, clock.now().plus(Duration::from_secs(30 * 86_400)));
        let public: Value =
            shop.app.get(&format!("/api/v1/products/{}/public-keys", shop.product)).await.json().await.unwrap();
        assert_eq!(public.as_array().unwrap().len(), 2, "apps can fetch the new key before it signs");

        let kid_of_answer = || async {
            let body = json!({"key": shop.key, "product": "tool", "nonce": format!("n-{}", uuid::Uuid::new_v4()),
                "fingerprint": "pc"});
            let res = shop.app.post_json("/api/v1/licenses/validate", body).await;
            let header = res.headers()[rms_license::response::HEADER].to_str().unwrap().to_owned();
            header.split("kid=\"").nth(1).unwrap().split('"').next().unwrap().to_owned()
        };
        assert_eq!(kid_of_answer().await, "1", "answers keep the old key until the switch");
        let again = shop.app.client.post(shop.app.url(&rotate)).bearer_auth(&shop.admin).send().await.unwrap();
        assert_eq!(again.status(), StatusCode::CONFLICT, "one staged key at a time");
        let far = json!({"switch_at": "2199-01-01T00:00:00Z"});
        let res = shop.app.client.post(shop.app.url(&rotate)).bearer_auth(&shop.admin).json(&far).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

        clock.advance(Duration::from_secs(30 * 86_400 - 1));
        assert_eq!(kid_of_answer().await, "1");
        clock.advance(Duration::from_secs(1));
        assert_eq!(kid_of_answer().await, "2", "the new key signs from its date");
        let public: Value =
            shop.app.get(&format!("/api/v1/products/{}/public-keys", shop.product)).await.json().await.unwrap();
        assert_eq!((public[0]["active"].as_bool(), public[1]["active"].as_bool()), (Some(false), Some(true)));
        shop.app.shutdown().await;
    }
);
