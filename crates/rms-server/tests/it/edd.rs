//! A WordPress plugin built on EDD's updater talks to the server's root URL and gets EDD's
//! answers: field names, statuses and error codes as EDD Software Licensing sends them.

use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::TestApp;
use crate::licensing::{Shop, post_value};

/// What `wp_remote_post( $store_url, ['body' => $api_params] )` sends.
async fn edd(shop: &Shop, params: &[(&str, &str)]) -> Value {
    let res = shop.app.client.post(shop.app.url("/")).form(params).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "EDD answers 200 and says what happened in the body");
    res.json().await.unwrap()
}

async fn site_shop(t: rms_testkit::TestDb) -> Shop {
    Shop::open(TestApp::without_worker_on(t).await, "site", json!({"name": "Single site", "max_activations": 1})).await
}

db_test!(
    async fn a_plugin_activates_checks_and_deactivates_its_site(t: TestDb) {
        let shop = site_shop(t).await;
        let key = shop.key.clone();
        let base = |action: &'static str| vec![("edd_action", action), ("item_name", "Tool")];

        let mut p = base("check_license");
        p.extend([("license", key.as_str()), ("url", "https://blog.example.org")]);
        let check = edd(&shop, &p).await;
        assert_eq!((check["success"].as_bool(), check["license"].as_str()), (Some(false), Some("inactive")));

        let mut p = base("activate_license");
        p.extend([("license", key.as_str()), ("url", "https://blog.example.org/")]);
        let on = edd(&shop, &p).await;
        assert_eq!((on["success"].as_bool(), on["license"].as_str()), (Some(true), Some("valid")), "{on}");
        assert_eq!(
            (on["license_limit"].as_i64(), on["site_count"].as_i64(), on["activations_left"].as_i64()),
            (Some(1), Some(1), Some(0))
        );
        assert_eq!(on["expires"], "lifetime");
        assert_eq!(on["customer_email"], "owner@example.com");
        assert_eq!(on["item_name"], "Tool");

        // The updater checks with a GET as well; the site is the same one, written differently.
        let query = format!("/?edd_action=check_license&item_name=Tool&license={key}&url=blog.example.org");
        let check: Value = shop.app.client.get(shop.app.url(&query)).send().await.unwrap().json().await.unwrap();
        assert_eq!((check["success"].as_bool(), check["license"].as_str()), (Some(true), Some("valid")));
        let mut p = base("check_license");
        p.extend([("license", key.as_str()), ("url", "https://other.example.net")]);
        assert_eq!(edd(&shop, &p).await["license"], "site_inactive");

        let mut p = base("activate_license");
        p.extend([("license", key.as_str()), ("url", "https://other.example.net")]);
        let full = edd(&shop, &p).await;
        assert_eq!((full["success"].as_bool(), full["error"].as_str()), (Some(false), Some("no_activations_left")));

        let mut p = base("deactivate_license");
        p.extend([("license", key.as_str()), ("url", "http://blog.example.org")]);
        let off = edd(&shop, &p).await;
        assert_eq!((off["success"].as_bool(), off["license"].as_str()), (Some(true), Some("deactivated")));
        assert_eq!(shop.seats_used().await, 0);

        // People opening the root URL still get the landing page.
        let landing = shop.app.get("/").await;
        assert_eq!(landing.status(), StatusCode::OK);
        assert!(landing.headers()[reqwest::header::CONTENT_TYPE].to_str().unwrap().starts_with("text/html"));
    }
);

db_test!(
    async fn every_edd_error_code_is_answered_where_edd_would_answer_it(t: TestDb) {
        let shop = site_shop(t).await;
        let key = shop.key.clone();
        let activate = |extra: Vec<(&'static str, String)>| {
            let shop = &shop;
            async move {
                let mut p: Vec<(&str, String)> = vec![("edd_action", "activate_license".into())];
                p.extend(extra);
                let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (*k, v.as_str())).collect();
                edd(shop, &p).await["error"].as_str().unwrap_or("none").to_owned()
            }
        };
        let url = || ("url", "https://shop.example.com".to_owned());
        assert_eq!(activate(vec![("item_name", "Tool".into()), url()]).await, "missing");
        assert_eq!(
            activate(vec![("item_name", "Tool".into()), ("license", "NOPE-NOPE".into()), url()]).await,
            "missing"
        );
        assert_eq!(activate(vec![("item_name", "Tool".into()), ("license", key.clone())]).await, "missing_url");
        assert_eq!(
            activate(vec![("item_id", "no-such-item".into()), ("license", key.clone()), url()]).await,
            "invalid_item_id"
        );
        assert_eq!(
            activate(vec![("item_name", "Other Plugin".into()), ("license", key.clone()), url()]).await,
            "item_name_mismatch"
        );

        // A key for another item.
        let other: Value = post_value(
            &shop.app,
            &shop.admin,
            "/api/v1/admin/products",
            json!({"name": "Other", "slug": "other", "kind": "site"}),
        )
        .await;
        let other_id = other["id"].as_str().unwrap().to_owned();
        assert_eq!(activate(vec![("item_id", other_id), ("license", key.clone()), url()]).await, "key_mismatch");

        // A software product's key cannot be activated for a site.
        let soft: Value = post_value(
            &shop.app,
            &shop.admin,
            "/api/v1/admin/products",
            json!({"name": "Desk", "slug": "desk", "kind": "software"}),
        )
        .await;
        let plan: Value = post_value(
            &shop.app,
            &shop.admin,
            &format!("/api/v1/admin/products/{}/plans", soft["id"].as_str().unwrap()),
            json!({"name": "P", "max_activations": 1}),
        )
        .await;
        let soft_license: Value = post_value(
            &shop.app,
            &shop.admin,
            "/api/v1/admin/licenses",
            json!({"email": "owner@example.com", "plan_id": plan["id"]}),
        )
        .await;
        let soft_key = soft_license["key"].as_str().unwrap().to_owned();
        assert_eq!(
            activate(vec![("item_id", "desk".into()), ("license", soft_key), url()]).await,
            "license_not_activable"
        );

        shop.patch_license(json!({"expires_at": "2001-01-01T00:00:00Z"})).await;
        assert_eq!(activate(vec![("item_name", "Tool".into()), ("license", key.clone()), url()]).await, "expired");
        shop.patch_license(json!({"expires_at": null, "status": "suspended"})).await;
        assert_eq!(activate(vec![("item_name", "Tool".into()), ("license", key.clone()), url()]).await, "disabled");
        shop.patch_license(json!({"status": "revoked"})).await;
        assert_eq!(activate(vec![("item_name", "Tool".into()), ("license", key.clone()), url()]).await, "revoked");
        assert_eq!(shop.seats_used().await, 0, "no refused activation took a seat");
    }
);
