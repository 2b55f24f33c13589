//! The store's prices: admins price plans, a cart's price is computed on the server only.

use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{JsonBody, TestApp};
use crate::licensing::Shop;

async fn plan_id(shop: &Shop) -> String {
    let licenses: Value = shop.app.get_with("/api/v1/admin/licenses", &shop.admin).await.json().await.unwrap();
    licenses[0]["plan_id"].as_str().unwrap().to_owned()
}

async fn price(shop: &Shop, plan: &str, body: Value) -> reqwest::Response {
    let url = shop.app.url(&format!("/api/v1/admin/plans/{plan}/price"));
    shop.app.client.put(url).bearer_auth(&shop.admin).json(&body).send().await.unwrap()
}

db_test!(
    async fn a_cart_is_priced_on_the_server_with_volume_tiers(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Seat", "max_activations": 1}))
                .await;
        let plan = plan_id(&shop).await;
        let unpriced =
            shop.app.post_json("/api/v1/store/quote", json!({"items": [{"plan_id": plan, "quantity": 1}]})).await;
        assert_eq!(unpriced.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(unpriced.json::<Value>().await.unwrap()["code"], "NOT_FOR_SALE");

        let tiers = json!([{"min_quantity": 5, "off_bp": 1000}, {"min_quantity": 20, "off_bp": 2000}]);
        let res = price(&shop, &plan, json!({"unit_minor": 1000, "tiers": tiers, "tier_mode": "graduated"})).await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        // 25 seats at $10: 4 full, 15 at -10 %, 6 at -20 %; the same plan twice counts once.
        let items = json!([{"plan_id": plan, "quantity": 20}, {"plan_id": plan, "quantity": 5}]);
        let quote: Value =
            shop.app.post_json("/api/v1/store/quote", json!({"items": items})).await.json().await.unwrap();
        assert_eq!(
            (quote["subtotal"].as_i64(), quote["volume_discount"].as_i64(), quote["total"].as_i64()),
            (Some(25_000), Some(2_700), Some(22_300))
        );
        assert_eq!((quote["currency"].as_str(), quote["total_decimal"].as_str()), (Some("USD"), Some("223.00")));

        // The client cannot name a price, and bad carts change nothing.
        let sneaky = json!({"items": [{"plan_id": plan, "quantity": 1, "unit_minor": 1}]});
        assert_eq!(shop.app.post_json("/api/v1/store/quote", sneaky).await.status(), StatusCode::BAD_REQUEST);
        for bad in [json!({"items": []}), json!({"items": [{"plan_id": plan, "quantity": 0}]})] {
            assert_eq!(shop.app.post_json("/api/v1/store/quote", bad).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
        }
        let promo = shop
            .app
            .post_json(
                "/api/v1/store/quote",
                json!({"items": [{"plan_id": plan, "quantity": 1}], "promo_code": "FREE"}),
            )
            .await;
        assert_eq!(promo.json::<Value>().await.unwrap()["code"], "PROMO_NOT_FOUND");

        // A running sale replaces the unit price; archived plans are not sold.
        let res = price(
            &shop,
            &plan,
            json!({"unit_minor": 1000, "sale": {"unit_minor": 750, "from": "2001-01-01T00:00:00Z"}}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::NO_CONTENT);
        let quote: Value = shop
            .app
            .post_json("/api/v1/store/quote", json!({"items": [{"plan_id": plan, "quantity": 2}]}))
            .await
            .value()
            .await;
        assert_eq!(quote["total"], 1500);
        assert_eq!(
            price(&shop, &plan, json!({"unit_minor": 1000, "visibility": "archived"})).await.status(),
            StatusCode::NO_CONTENT
        );
        let gone =
            shop.app.post_json("/api/v1/store/quote", json!({"items": [{"plan_id": plan, "quantity": 1}]})).await;
        assert_eq!(gone.status(), StatusCode::UNPROCESSABLE_ENTITY);
        // Only admins price plans; nonsense prices are refused.
        let owner = shop
            .app
            .client
            .put(shop.app.url(&format!("/api/v1/admin/plans/{plan}/price")))
            .bearer_auth(&shop.owner)
            .json(&json!({"unit_minor": 1}))
            .send()
            .await
            .unwrap();
        assert_eq!(owner.status(), StatusCode::FORBIDDEN);
        assert_eq!(price(&shop, &plan, json!({"unit_minor": -5})).await.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            price(&shop, &plan, json!({"unit_minor": 100, "sale": {"unit_minor": 200}})).await.status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
);

db_test!(
    async fn a_yen_store_prices_in_whole_yen(t: TestDb) {
        let app = TestApp::on(t)
            .config(|c| c.base_currency = rms_core::Currency::parse("JPY").unwrap())
            .without_worker()
            .start()
            .await;
        let shop = Shop::open(app, "software", json!({"name": "Seat", "max_activations": 1})).await;
        let plan = plan_id(&shop).await;
        let tiers = json!([{"min_quantity": 3, "off_bp": 3333}]);
        assert_eq!(
            price(&shop, &plan, json!({"unit_minor": 1001, "tiers": tiers})).await.status(),
            StatusCode::NO_CONTENT
        );
        let quote: Value = shop
            .app
            .post_json("/api/v1/store/quote", json!({"items": [{"plan_id": plan, "quantity": 3}]}))
            .await
            .value()
            .await;
        // 3003 yen, 33.33 % off = 1000.8999 → 1001 (rounded once, to the yen).
        assert_eq!((quote["currency"].as_str(), quote["minor_digits"].as_u64()), (Some("JPY"), Some(0)));
        assert_eq!(
            (quote["volume_discount"].as_i64(), quote["total"].as_i64(), quote["total_decimal"].as_str()),
            (Some(1001), Some(2002), Some("2002"))
        );
    }
);
