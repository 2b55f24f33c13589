//! The catalog: admins create products (each with its own signing key) and plans; anyone reads a
//! product's public keys, which verify what the product's key signs.

use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{JsonBody, TestApp};
use crate::licensing::{post, post_value};

async fn admin(app: &TestApp) -> String {
    app.admin_token("root@example.com").await
}

/// A software product with a 2-seat plan, and a license on it for `email` (who must exist).
async fn licensed(app: &TestApp, token: &str, email: &str) -> Value {
    let product: Value =
        post_value(app, token, "/api/v1/admin/products", json!({"name": "Tool", "slug": "tool", "kind": "software"}))
            .await;
    let plans = format!("/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap());
    let plan: Value =
        post(app, token, &plans, json!({"name": "Pro", "max_activations": 2})).await.json().await.unwrap();
    post_value(app, token, "/api/v1/admin/licenses", json!({"email": email, "plan_id": plan["id"]})).await
}

db_test!(
    async fn an_admin_creates_a_product_with_its_own_key_and_plans(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let token = admin(&app).await;
        let res = post(
            &app,
            &token,
            "/api/v1/admin/products",
            json!({"name": "Photo Tool", "slug": "photo-tool", "kind": "software"}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let product: Value = res.json().await.unwrap();
        let id = product["id"].as_str().unwrap();

        let plan = post(
            &app,
            &token,
            &format!("/api/v1/admin/products/{id}/plans"),
            json!({"name": "Pro, 3 devices", "max_activations": 3, "duration_days": 365}),
        )
        .await;
        assert_eq!(plan.status(), StatusCode::CREATED);
        let plan: Value = plan.json().await.unwrap();
        assert_eq!((plan["max_activations"].as_i64(), plan["heartbeat_interval_secs"].as_i64()), (Some(3), Some(0)));

        // Public keys: anyone may read them, and the key really is the product's signing key.
        let keys: Value = app.get(&format!("/api/v1/products/{id}/public-keys")).await.json().await.unwrap();
        assert_eq!(keys.as_array().unwrap().len(), 1);
        assert_eq!(
            (keys[0]["kid"].as_str(), keys[0]["alg"].as_str(), keys[0]["active"].as_bool()),
            (Some("1"), Some("ed25519"), Some(true))
        );
        assert!(keys[0]["pem"].as_str().unwrap().starts_with("-----BEGIN PUBLIC KEY-----"));
        use base64::Engine;
        let raw = base64::engine::general_purpose::STANDARD.decode(keys[0]["public_key"].as_str().unwrap()).unwrap();
        assert_eq!(raw.len(), 32);
        let other =
            post(&app, &token, "/api/v1/admin/products", json!({"name": "Other", "slug": "other", "kind": "site"}))
                .await;
        let other: Value = other.json().await.unwrap();
        let other_keys: Value =
            app.get(&format!("/api/v1/products/{}/public-keys", other["id"].as_str().unwrap())).await.value().await;
        assert_ne!(keys[0]["public_key"], other_keys[0]["public_key"], "each product has its own key");

        let sealed: Vec<Vec<u8>> = rms_store::on_db!(&app.db, pool => sqlx::query_scalar("SELECT sealed_seed FROM product_keys").fetch_all(pool).await).unwrap();
        assert!(sealed.iter().all(|s| s.len() == 1 + 8 + 24 + 32 + 16), "seeds are sealed");

        let listed: Value = app.get_with("/api/v1/admin/products", &token).await.json().await.unwrap();
        assert_eq!(listed.as_array().unwrap().len(), 2);
        app.shutdown().await;
    }
);

db_test!(
    async fn bad_catalog_input_is_refused_and_only_admins_may_change_it(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let token = admin(&app).await;
        let user = app.sign_up_and_in("alice@example.com").await;
        let user = user["access_token"].as_str().unwrap();
        let ok = json!({"name": "Tool", "slug": "tool", "kind": "software"});
        assert_eq!(post(&app, user, "/api/v1/admin/products", ok.clone()).await.status(), StatusCode::FORBIDDEN);
        assert_eq!(post(&app, &token, "/api/v1/admin/products", ok.clone()).await.status(), StatusCode::CREATED);
        let dup = post(&app, &token, "/api/v1/admin/products", ok).await;
        assert_eq!(dup.status(), StatusCode::CONFLICT);
        assert_eq!(dup.json::<Value>().await.unwrap()["code"], "SLUG_TAKEN");
        for (body, code) in [
            (json!({"name": "T", "slug": "Bad Slug", "kind": "software"}), "INVALID_SLUG"),
            (json!({"name": "T", "slug": "t2", "kind": "plugin"}), "INVALID_PRODUCT_KIND"),
            (json!({"name": "", "slug": "t3", "kind": "site"}), "INVALID_NAME"),
        ] {
            let res = post(&app, &token, "/api/v1/admin/products", body.clone()).await;
            assert_eq!(res.json::<Value>().await.unwrap()["code"], code, "{body}");
        }
        let products: Value = app.get_with("/api/v1/admin/products", &token).await.json().await.unwrap();
        let id = products[0]["id"].as_str().unwrap();
        let plans = format!("/api/v1/admin/products/{id}/plans");
        for body in [
            json!({"name": "P", "max_activations": 0}),
            json!({"name": "P", "max_activations": 1, "duration_days": 0}),
            json!({"name": "P", "max_activations": 1, "heartbeat_interval_secs": -5}),
        ] {
            let res = post(&app, &token, &plans, body.clone()).await;
            assert_eq!(res.json::<Value>().await.unwrap()["code"], "OUT_OF_RANGE", "{body}");
        }
        let missing = post(
            &app,
            &token,
            "/api/v1/admin/products/00000000-0000-7000-8000-000000000000/plans",
            json!({"name": "P", "max_activations": 1}),
        )
        .await;
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            app.get("/api/v1/products/00000000-0000-7000-8000-000000000000/public-keys").await.status(),
            StatusCode::NOT_FOUND
        );
        let plans_count: i64 =
            rms_store::on_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM plans").fetch_one(pool).await)
                .unwrap();
        assert_eq!(plans_count, 0, "refused requests changed nothing");
        app.shutdown().await;
    }
);

db_test!(
    async fn an_issued_software_key_verifies_offline_with_the_products_public_key(t: TestDb) {
        use base64::Engine;
        let app = TestApp::without_worker_on(t).await;
        let token = admin(&app).await;
        app.sign_up_and_in("alice@example.com").await;
        let product: Value = post_value(
            &app,
            &token,
            "/api/v1/admin/products",
            json!({"name": "Tool", "slug": "tool", "kind": "software"}),
        )
        .await;
        let pid = product["id"].as_str().unwrap().to_owned();
        let plan: Value = post_value(
            &app,
            &token,
            &format!("/api/v1/admin/products/{pid}/plans"),
            json!({"name": "Pro", "max_activations": 3, "duration_days": 365}),
        )
        .await;

        let res =
            post(&app, &token, "/api/v1/admin/licenses", json!({"email": "alice@example.com", "plan_id": plan["id"]}))
                .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let license: Value = res.json().await.unwrap();
        let key = license["key"].as_str().unwrap();
        assert!(key.starts_with("RMS1-"), "{key}");
        assert_eq!(license["seats"], 3);

        let keys: Value = app.get(&format!("/api/v1/products/{pid}/public-keys")).await.json().await.unwrap();
        let raw: [u8; 32] = base64::engine::general_purpose::STANDARD
            .decode(keys[0]["public_key"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap();
        let public = rms_license::VerifyingKey::from_bytes(&raw).unwrap();
        let payload = rms_license::key::verify(key, &public).unwrap();
        assert_eq!(payload.license_id.to_string(), license["id"].as_str().unwrap());
        assert_eq!(payload.product_id.to_string(), pid);
        assert_eq!(payload.seats, 3);
        let today =
            (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() / 86_400) as u32;
        assert!((today + 364..=today + 366).contains(&payload.expires_day));

        let stored: (Vec<u8>, String) = rms_store::on_db!(&app.db, pool => sqlx::query_as("SELECT key_hash, key_prefix FROM licenses").fetch_one(pool).await).unwrap();
        assert_eq!(stored.0.len(), 32);
        // Signed keys keep 24 characters in clear: the first ones are shared by every key issued
        // around the same time (a version byte and a time-ordered id).
        assert!(key.starts_with(&stored.1) && stored.1.len() == 24);

        let site: Value = post_value(
            &app,
            &token,
            "/api/v1/admin/products",
            json!({"name": "Plugin", "slug": "plugin", "kind": "site"}),
        )
        .await;
        let site_plan: Value = post_value(
            &app,
            &token,
            &format!("/api/v1/admin/products/{}/plans", site["id"].as_str().unwrap()),
            json!({"name": "1 site", "max_activations": 1}),
        )
        .await;
        let short: Value = post_value(
            &app,
            &token,
            "/api/v1/admin/licenses",
            json!({"email": "alice@example.com", "plan_id": site_plan["id"], "seats": 2}),
        )
        .await;
        let short_key = short["key"].as_str().unwrap();
        assert_eq!(
            rms_license::key::normalize_short(short_key).as_deref(),
            Some(short_key),
            "a short key for site products"
        );
        assert!(short["expires_at"].is_null(), "perpetual plan");

        // An address with no account is invited (invitations.rs follows it through).
        let invited =
            post(&app, &token, "/api/v1/admin/licenses", json!({"email": "nobody@example.com", "plan_id": plan["id"]}))
                .await;
        assert_eq!(invited.status(), 201);
        let invited: Value = invited.json().await.unwrap();
        assert_eq!((invited["invited"].as_bool(), invited["key"].as_str().is_some()), (Some(true), true), "{invited}");
        let zero = post(
            &app,
            &token,
            "/api/v1/admin/licenses",
            json!({"email": "alice@example.com", "plan_id": plan["id"], "seats": 0}),
        )
        .await;
        assert_eq!(zero.json::<Value>().await.unwrap()["code"], "OUT_OF_RANGE");
        app.shutdown().await;
    }
);

db_test!(
    async fn admins_suspend_reinstate_extend_resize_revoke_and_find_licenses(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let token = admin(&app).await;
        app.sign_up_and_in("alice@example.com").await;
        let license = licensed(&app, &token, "alice@example.com").await;
        let id = license["id"].as_str().unwrap();
        let patch = |body: Value| {
            let (app, token) = (&app, token.clone());
            let url = app.url(&format!("/api/v1/admin/licenses/{id}"));
            async move { app.client.patch(url).bearer_auth(token).json(&body).send().await.unwrap() }
        };

        let res: Value = patch(json!({"status": "suspended"})).await.json().await.unwrap();
        assert_eq!(res["status"], "suspended");
        let res: Value =
            patch(json!({"status": "active", "seats": 5, "expires_at": "2030-01-01T00:00:00Z"})).await.value().await;
        assert_eq!(
            (res["status"].as_str(), res["seats"].as_i64(), res["expires_at"].as_str()),
            (Some("active"), Some(5), Some("2030-01-01T00:00:00Z"))
        );
        let res: Value = patch(json!({"expires_at": null})).await.json().await.unwrap();
        assert!(res["expires_at"].is_null(), "null makes it perpetual");
        assert_eq!(res["seats"], 5, "absent fields are kept");

        for (body, code) in [
            (json!({"status": "paused"}), "OUT_OF_RANGE"),
            (json!({"seats": 0}), "OUT_OF_RANGE"),
            (json!({"expires_at": "soon"}), "OUT_OF_RANGE"),
        ] {
            assert_eq!(patch(body.clone()).await.json::<Value>().await.unwrap()["code"], code, "{body}");
        }
        let res: Value = patch(json!({"status": "revoked"})).await.json().await.unwrap();
        assert_eq!(res["status"], "revoked");
        let back = patch(json!({"status": "active"})).await;
        assert_eq!(back.status(), StatusCode::CONFLICT);
        assert_eq!(back.json::<Value>().await.unwrap()["code"], "LICENSE_REVOKED");

        let prefix: String = license["key"].as_str().unwrap().chars().take(10).collect();
        for q in [format!("query={prefix}"), "query=ALICE@".to_owned(), "status=revoked".to_owned()] {
            let found: Value = app.get_with(&format!("/api/v1/admin/licenses?{q}"), &token).await.json().await.unwrap();
            assert_eq!(found.as_array().unwrap().len(), 1, "{q}");
        }
        let none: Value = app.get_with("/api/v1/admin/licenses?status=active", &token).await.json().await.unwrap();
        assert_eq!(none, json!([]));
        for page in ["0", "-1", "1000001"] {
            let res = app.get_with(&format!("/api/v1/admin/licenses?page={page}"), &token).await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "page {page} is refused, not answered empty");
        }
        let audit: Value =
            app.get_with("/api/v1/admin/audit?action=admin.license.changed", &token).await.json().await.unwrap();
        assert_eq!(audit.as_array().unwrap().len(), 4, "every successful change is audited");
        app.shutdown().await;
    }
);

db_test!(
    async fn owners_see_their_own_licenses_with_keys_and_nobody_elses(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let token = admin(&app).await;
        let alice = app.sign_up_and_in("alice@example.com").await;
        let bob = app.sign_up_and_in("bob@example.com").await;
        let issued = licensed(&app, &token, "alice@example.com").await;

        let mine: Value =
            app.get_with("/api/v1/licenses", alice["access_token"].as_str().unwrap()).await.json().await.unwrap();
        assert_eq!(mine.as_array().unwrap().len(), 1);
        assert_eq!(mine[0]["key"], issued["key"], "the owner sees the full key again");
        let one = app
            .get_with(
                &format!("/api/v1/licenses/{}", issued["id"].as_str().unwrap()),
                alice["access_token"].as_str().unwrap(),
            )
            .await;
        assert_eq!(one.status(), StatusCode::OK);

        let theirs: Value =
            app.get_with("/api/v1/licenses", bob["access_token"].as_str().unwrap()).await.json().await.unwrap();
        assert_eq!(theirs, json!([]));
        let stolen = app
            .get_with(
                &format!("/api/v1/licenses/{}", issued["id"].as_str().unwrap()),
                bob["access_token"].as_str().unwrap(),
            )
            .await;
        assert_eq!(stolen.status(), StatusCode::NOT_FOUND);
        assert!(!stolen.text().await.unwrap().contains("RMS1-"));
        app.shutdown().await;
    }
);
