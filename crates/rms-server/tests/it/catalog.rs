//! The catalog edited after the fact (issue 16): products renamed, described and retired, plans
//! changed, on both databases. Issued licenses carry on whatever happens to the catalog.

use reqwest::{Method, StatusCode};
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{TestApp, status_and_json};
use crate::licensing::post;
use crate::money::Till;

async fn patch(app: &TestApp, token: &str, path: &str, body: Value) -> (StatusCode, Value) {
    status_and_json(app.send_with(Method::PATCH, path, token, &body).await).await
}

async fn product_id(till: &Till) -> String {
    let products: Value = till.app.get_with("/api/v1/admin/products", &till.admin).await.json().await.unwrap();
    products[0]["id"].as_str().unwrap().to_owned()
}

db_test!(
    async fn an_admin_describes_a_product_and_a_bad_edit_changes_nothing(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        let id = product_id(&till).await;
        let path = format!("/api/v1/admin/products/{id}");
        let (status, product) = patch(
            &till.app,
            &till.admin,
            &path,
            json!({"name": "Editor Pro 2", "description": "The **fast** editor.\n\n![screen](https://example.com/s.png)",
                   "features": ["  Syntax highlighting ", "", "Plugins"]}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{product}");
        assert_eq!(product["name"], "Editor Pro 2");
        assert_eq!(product["features"], json!(["Syntax highlighting", "Plugins"]), "trimmed, empty lines dropped");
        assert_eq!(product["archived"], false);

        // Refused, naming the field, and nothing changes.
        let too_many: Vec<String> = (0..21).map(|i| format!("feature {i}")).collect();
        let (status, problem) = patch(&till.app, &till.admin, &path, json!({"name": "X", "features": too_many})).await;
        assert_eq!((status, problem["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("features")));
        let (status, problem) = patch(&till.app, &till.admin, &path, json!({"name": ""})).await;
        assert_eq!((status, problem["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("INVALID_NAME")));
        let (status, problem) = patch(&till.app, &till.admin, &path, json!({"colour": "red"})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "unknown fields are refused: {problem}");
        let (status, _) = patch(&till.app, &till.buyer, &path, json!({"name": "Mine now"})).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let shown: Value = till.app.get_with(&path, &till.admin).await.json().await.unwrap();
        assert_eq!(shown["name"], "Editor Pro 2");
        assert_eq!(shown["features"].as_array().unwrap().len(), 2);
        assert_eq!(shown["plans"][0]["id"], till.plan.as_str(), "the product comes with its plans");
        let unknown = format!("/api/v1/admin/products/{}", uuid::Uuid::now_v7());
        assert_eq!(patch(&till.app, &till.admin, &unknown, json!({"name": "Y"})).await.0, StatusCode::NOT_FOUND);
    }
);

db_test!(
    async fn a_retired_product_is_no_longer_sold_and_its_licenses_carry_on(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        till.credit(&till.buyer_id, 5_000).await;
        let (status, receipt) = status_and_json(till.buy(&till.buyer, till.cart(1), None).await).await;
        assert_eq!(status, StatusCode::CREATED);
        let key = receipt["licenses"][0]["key"].as_str().unwrap().to_owned();
        let id = product_id(&till).await;

        let (status, product) =
            patch(&till.app, &till.admin, &format!("/api/v1/admin/products/{id}"), json!({"archived": true})).await;
        assert_eq!((status, product["archived"].as_bool()), (StatusCode::OK, Some(true)));
        assert!(product["archived_at"].is_string());
        // Not for sale: no quote, no purchase, not in the store.
        let (status, problem) = status_and_json(till.app.post_json("/api/v1/store/quote", till.cart(1)).await).await;
        assert_eq!((status, problem["code"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("NOT_FOR_SALE")));
        let (status, _) = status_and_json(till.buy(&till.buyer, till.cart(1), None).await).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(till.balance(&till.buyer).await, 4_000, "charged once, for the first purchase only");
        let store = till.app.get("/store").await.text().await.unwrap();
        assert!(!store.contains("Editor Pro"), "the store does not list it");
        // The license bought before is still good (this device only has not activated it).
        let answer: Value = till
            .app
            .post_json(
                "/api/v1/licenses/validate",
                json!({"key": key, "product": id, "nonce": "after-archive-1", "fingerprint": "laptop"}),
            )
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            (answer["code"].as_str(), answer["license"]["status"].as_str()),
            (Some("NOT_ACTIVATED"), Some("active"))
        );

        // Restored, it sells again.
        let (_, product) =
            patch(&till.app, &till.admin, &format!("/api/v1/admin/products/{id}"), json!({"archived": false})).await;
        assert_eq!(product["archived"], false);
        let res = till.app.post_json("/api/v1/store/quote", till.cart(1)).await;
        assert_eq!(res.status(), StatusCode::OK);
        let audit: Value = till
            .app
            .get_with("/api/v1/admin/audit?action=admin.product.archived", &till.admin)
            .await
            .json()
            .await
            .unwrap();
        assert!(audit.to_string().contains("admin.product.archived"), "{audit}");
    }
);

db_test!(
    async fn an_admin_changes_a_plan_and_entitlements_only_grow(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        let id = product_id(&till).await;
        let plan: Value = post(
            &till.app,
            &till.admin,
            &format!("/api/v1/admin/products/{id}/plans"),
            json!({"name": "Team", "max_activations": 5, "duration_days": 365, "entitlements": ["export", "sync"],
                   "features": ["Five seats"], "renewal_discount_bp": 1_500}),
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(
            (plan["features"][0].as_str(), plan["renewal_discount_bp"].as_u64()),
            (Some("Five seats"), Some(1_500))
        );
        let path = format!("/api/v1/admin/plans/{}", plan["id"].as_str().unwrap());

        let (status, changed) = patch(
            &till.app,
            &till.admin,
            &path,
            json!({"name": "Team Plus", "max_activations": 10, "duration_days": null, "offline_grace_secs": 86_400,
                   "fingerprint_k": 3, "features": ["Ten seats", "Priority support"], "renewal_discount_bp": 2_000}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{changed}");
        assert_eq!((changed["name"].as_str(), changed["max_activations"].as_i64()), (Some("Team Plus"), Some(10)));
        assert!(changed["duration_days"].is_null(), "perpetual now");
        assert_eq!(
            (changed["fingerprint_match"].as_str(), changed["fingerprint_k"].as_i64()),
            (Some("k_of_n"), Some(3))
        );
        assert_eq!(changed["offline_grace_secs"], 86_400);
        assert_eq!(changed["heartbeat_interval_secs"], 0, "fields not sent stay");
        assert_eq!(changed["entitlements"], json!(["export", "sync"]));

        // Entitlements: reordering or removing is refused (keys carry them by position); adding works.
        let (status, problem) = patch(&till.app, &till.admin, &path, json!({"entitlements": ["sync", "export"]})).await;
        assert_eq!(
            (status, problem["code"].as_str()),
            (StatusCode::UNPROCESSABLE_ENTITY, Some("ENTITLEMENTS_APPEND_ONLY"))
        );
        let (status, _) = patch(&till.app, &till.admin, &path, json!({"entitlements": ["export"]})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let (status, grown) =
            patch(&till.app, &till.admin, &path, json!({"entitlements": ["export", "sync", "cloud"]})).await;
        assert_eq!((status, grown["entitlements"].as_array().unwrap().len()), (StatusCode::OK, 3));

        // Out of range: refused, naming the field, nothing changes.
        let (status, problem) = patch(&till.app, &till.admin, &path, json!({"renewal_discount_bp": 10_001})).await;
        assert_eq!(
            (status, problem["field"].as_str()),
            (StatusCode::UNPROCESSABLE_ENTITY, Some("renewal_discount_bp"))
        );
        let (status, problem) = patch(&till.app, &till.admin, &path, json!({"max_activations": 0})).await;
        assert_eq!((status, problem["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("max_activations")));
        let shown: Value =
            till.app.get_with(&format!("/api/v1/admin/products/{id}"), &till.admin).await.json().await.unwrap();
        let team = shown["plans"].as_array().unwrap().iter().find(|p| p["name"] == "Team Plus").unwrap().clone();
        assert_eq!((team["max_activations"].as_i64(), team["renewal_discount_bp"].as_u64()), (Some(10), Some(2_000)));
        let (status, _) = patch(&till.app, &till.buyer, &path, json!({"name": "Free"})).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
);

db_test!(
    async fn a_product_page_shows_its_picture_description_features_and_how_to_buy(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        let id = product_id(&till).await;
        let (status, _) = patch(
            &till.app,
            &till.admin,
            &format!("/api/v1/admin/products/{id}"),
            json!({"description": "The **fast** editor.\n\n<script>alert(1)</script>", "features": ["Plugins"]}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let plan = format!("/api/v1/admin/plans/{}", till.plan);
        let (status, _) = patch(&till.app, &till.admin, &plan, json!({"features": ["Priority support"]})).await;
        assert_eq!(status, StatusCode::OK);

        // A picture: PNG, JPEG or WebP only.
        let image_path = format!("/api/v1/admin/products/{id}/image");
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89".to_vec();
        let put = |bytes: Vec<u8>, token: String| {
            let url = till.app.url(&image_path);
            let req = till.app.client.put(url).bearer_auth(token).body(bytes);
            async move { req.send().await.unwrap().status() }
        };
        assert_eq!(put(b"<svg onload=alert(1)>".to_vec(), till.admin.clone()).await, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(put(png.clone(), till.buyer.clone()).await, StatusCode::FORBIDDEN);
        assert_eq!(put(png.clone(), till.admin.clone()).await, StatusCode::NO_CONTENT);
        let shown: Value =
            till.app.get_with(&format!("/api/v1/admin/products/{id}"), &till.admin).await.json().await.unwrap();
        let image_url = shown["image_url"].as_str().unwrap().to_owned();
        let res = till.app.get(&image_url).await;
        assert_eq!(res.headers()["content-type"], "image/png");
        assert_eq!(res.bytes().await.unwrap().to_vec(), png);

        // The public page, signed out: picture, description (no raw HTML), features, and both
        // ways in.
        let page = till.app.get("/store/editor").await.text().await.unwrap();
        assert!(page.contains(&format!("src=\"{}\"", image_url.replace('&', "&amp;"))), "{page}");
        assert!(page.contains("<strong>fast</strong>") && !page.contains("<script>alert"), "{page}");
        assert!(page.contains("Plugins") && page.contains("Priority support"), "{page}");
        assert!(page.contains("href=\"/sign-in?next=/store/editor\"") && page.contains("href=\"/sign-up\""), "{page}");

        let res = till.app.send_with(Method::DELETE, &image_path, &till.admin, &json!({})).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        assert_eq!(till.app.get(&image_url).await.status(), StatusCode::NOT_FOUND);
    }
);

db_test!(
    async fn an_admin_issues_to_many_addresses_at_once_and_resends_a_license(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        let emails = json!(["buyer@example.com", " New@Example.com ", "new@example.com", "not-an-address"]);
        let bulk = json!({"plan_id": till.plan, "emails": emails});
        let (status, _) =
            status_and_json(post(&till.app, &till.buyer, "/api/v1/admin/licenses/bulk", bulk.clone()).await).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, done) =
            status_and_json(post(&till.app, &till.admin, "/api/v1/admin/licenses/bulk", bulk).await).await;
        assert_eq!(status, StatusCode::OK, "{done}");
        assert_eq!((done["issued"].as_u64(), done["refused"].as_u64()), (Some(2), Some(1)), "the same address once");
        let results = done["results"].as_array().unwrap();
        assert!(results[0]["license"]["key"].as_str().unwrap().starts_with("RMS1-"));
        assert_eq!(
            (results[0]["license"]["invited"].as_bool(), results[1]["license"]["invited"].as_bool()),
            (Some(false), Some(true))
        );
        assert_eq!(results[2]["error"], "INVALID_EMAIL");
        let mine: Value = till.app.get_with("/api/v1/licenses", &till.buyer).await.json().await.unwrap();
        assert_eq!(mine.as_array().unwrap().len(), 1);
        let too_many: Vec<String> = (0..501).map(|i| format!("p{i}@example.com")).collect();
        let res = post(
            &till.app,
            &till.admin,
            "/api/v1/admin/licenses/bulk",
            json!({"plan_id": till.plan, "emails": too_many}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

        // Resent: the owner is told again; a revoked license is not.
        let id = results[0]["license"]["id"].as_str().unwrap().to_owned();
        let resend = format!("/api/v1/admin/licenses/{id}/resend");
        assert_eq!(post(&till.app, &till.admin, &resend, json!({})).await.status(), StatusCode::NO_CONTENT);
        let inbox: Value = till.app.get_with("/api/v1/notifications", &till.buyer).await.json().await.unwrap();
        let issued = inbox["items"].as_array().unwrap().iter().filter(|i| i["kind"] == "license_issued").count();
        assert_eq!(issued, 2, "issued, then told again: {inbox}");
        let revoke = till
            .app
            .send_with(
                Method::PATCH,
                &format!("/api/v1/admin/licenses/{id}"),
                &till.admin,
                &json!({"status": "revoked"}),
            )
            .await;
        assert_eq!(revoke.status(), StatusCode::OK);
        assert_eq!(post(&till.app, &till.admin, &resend, json!({})).await.status(), StatusCode::CONFLICT);
    }
);
