//! The right of access: a customer downloads everything kept about them as JSON in a ZIP, from
//! the API and the account page, and nothing about anyone else is in it.

use std::collections::BTreeMap;
use std::io::Read;

use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::Value;

use crate::harness::TestApp;
use crate::money::Till;
use crate::web_session::Browser;

/// The ZIP's files, by name, as text.
fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    let mut files = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        files.insert(file.name().to_owned(), text);
    }
    files
}

db_test!(
    async fn a_customer_downloads_everything_kept_about_them_and_nothing_about_anyone_else(t: TestDb) {
        let till = Till::open(TestApp::spawn(t).await, 2_000).await;
        let app = &till.app;
        till.credit(&till.buyer_id, 10_000).await;
        let mine: Value = till.buy(&till.buyer, till.cart(2), Some("mine")).await.json().await.unwrap();
        let (other, other_id) = Till::customer(app, "someone.else@example.com").await;
        till.credit(&other_id, 10_000).await;
        let theirs: Value = till.buy(&other, till.cart(1), Some("theirs")).await.json().await.unwrap();

        let res = app.get_with("/api/v1/me/export", &till.buyer).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()["content-type"], "application/zip");
        assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
        let files = unzip(&res.bytes().await.unwrap());
        let names: Vec<&str> = files.keys().map(String::as_str).collect();
        for expected in [
            "account.json",
            "activations.json",
            "api_keys.json",
            "billing_profile.json",
            "invoices.json",
            "licenses.json",
            "notification_preferences.json",
            "notifications.json",
            "payments.json",
            "wallet.json",
        ] {
            assert!(names.contains(&expected), "{expected} in {names:?}");
        }
        let json = |name: &str| serde_json::from_str::<Value>(&files[name]).unwrap();

        // Theirs, each as the API gives it.
        assert_eq!(json("account.json")["email"], "buyer@example.com");
        assert_eq!(json("licenses.json")[0]["key"], mine["licenses"][0]["key"]);
        let invoices = json("invoices.json");
        assert_eq!(invoices.as_array().unwrap().len(), 1);
        assert_eq!(invoices[0]["id"], mine["invoice_id"]);
        let api_movements: Value =
            app.get_with("/api/v1/wallet/transactions?limit=500", &till.buyer).await.json().await.unwrap();
        assert_eq!(json("wallet.json")["movements"], api_movements, "every movement");
        assert_eq!(json("wallet.json")["balance"]["balance_minor"], 6_000);
        assert!(files["notifications.json"].contains("purchase_receipt"), "{}", files["notifications.json"]);

        // Nothing of the other customer's anywhere.
        let everything: String = files.values().cloned().collect();
        for foreign in [
            "someone.else@example.com".to_owned(),
            other_id.clone(),
            theirs["licenses"][0]["key"].as_str().unwrap().to_owned(),
            theirs["invoice_id"].as_str().unwrap().to_owned(),
        ] {
            assert!(!everything.contains(&foreign), "the export holds another customer's {foreign}");
        }

        // The account page offers the same download to the signed-in person; strangers get none.
        assert_eq!(app.get("/api/v1/me/export").await.status(), StatusCode::UNAUTHORIZED);
        let mut b = Browser::default();
        crate::web_store::signed_in(app, &mut b, "buyer@example.com").await;
        let (_, account) = b.get(app, "/account").await;
        assert!(account.contains("href=\"/account/export\""), "the account page links it");
        let res = app.get_with_headers("/account/export", &[("cookie", &b.header())]).await;
        assert_eq!(res.status(), StatusCode::OK);
        let from_page = unzip(&res.bytes().await.unwrap());
        assert_eq!(from_page["licenses.json"], files["licenses.json"]);
    }
);

db_test!(
    async fn an_admin_erases_a_customer_on_request_and_the_books_and_invoices_stay_whole(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let app = &till.app;
        till.credit(&till.buyer_id, 10_000).await;
        let bought: Value = till.buy(&till.buyer, till.cart(1), Some("before-erasure")).await.json().await.unwrap();
        let profile = serde_json::json!({"company": "Buyer GmbH", "address": "Hauptstr. 1, Berlin", "country": "DE"});
        let res = app.send_with(reqwest::Method::PUT, "/api/v1/me/billing-profile", &till.buyer, &profile).await;
        assert!(res.status().is_success(), "{}", res.status());
        let key: Value = crate::licensing::post_value(
            app,
            &till.buyer,
            "/api/v1/api-keys",
            serde_json::json!({"name": "ci", "scopes": ["read"]}),
        )
        .await;
        let api_key = key["secret"].as_str().unwrap().to_owned();

        // Refused: a customer asking, the admin erasing themselves, staff.
        let erase = |id: &str| format!("/api/v1/admin/users/{id}/erase");
        let post = |token: &str, path: String| {
            let req = app.client.post(app.url(&path)).bearer_auth(token.to_owned());
            async move { req.send().await.unwrap() }
        };
        assert_eq!(post(&till.buyer, erase(&till.buyer_id)).await.status(), StatusCode::FORBIDDEN);
        let me: Value = app.get_with("/api/v1/me", &till.admin).await.json().await.unwrap();
        assert_eq!(post(&till.admin, erase(me["id"].as_str().unwrap())).await.status(), StatusCode::FORBIDDEN);

        let res = post(&till.admin, erase(&till.buyer_id)).await;
        assert_eq!(res.status(), StatusCode::OK);
        let erased: Value = res.json().await.unwrap();
        assert!(erased["email"].as_str().unwrap().ends_with("@erased.invalid"), "{erased}");
        assert_eq!(erased["name"], "Erased");
        assert_eq!(erased["locked"], true);

        // Every way in is closed.
        assert_eq!(app.get_with("/api/v1/me", &till.buyer).await.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(app.get_with("/api/v1/me", &api_key).await.status(), StatusCode::UNAUTHORIZED);
        let login = serde_json::json!({"email": "buyer@example.com", "password": crate::harness::PASSWORD});
        assert_eq!(app.post_json("/api/v1/auth/login", login).await.status(), StatusCode::UNAUTHORIZED);

        // What described them is gone; what the law keeps is whole.
        for table in ["billing_profiles", "api_keys", "notifications", "sessions"] {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE user_id = $1");
            let id = uuid::Uuid::parse_str(&till.buyer_id).unwrap();
            let left: i64 = rms_store::on_db!(&app.db, pool => sqlx::query_scalar(sqlx::AssertSqlSafe(sql.clone())).bind(id).fetch_one(pool).await).unwrap();
            assert_eq!(left, 0, "{table} still holds the erased customer's rows");
        }
        let invoices: Value = app.get_with("/api/v1/admin/invoices", &till.admin).await.json().await.unwrap();
        let invoice = invoices.as_array().unwrap().iter().find(|i| i["id"] == bought["invoice_id"]).expect("kept");
        assert_eq!(invoice["total_minor"], 2_000, "{invoice}");
        till.books_balance().await;
        let licenses: Value = app.get_with("/api/v1/admin/licenses", &till.admin).await.json().await.unwrap();
        assert!(
            licenses
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l["id"] == bought["licenses"][0]["id"] && l["status"] == "active")
        );

        // The audit says it happened, not what was erased; and the address can sign up again.
        let audit: Value =
            app.get_with("/api/v1/admin/audit?action=admin.user.erased", &till.admin).await.json().await.unwrap();
        let text = audit.to_string();
        assert!(text.contains("admin.user.erased") && !text.contains("buyer@example.com"), "{text}");
        app.sign_up_and_in("buyer@example.com").await;

        // Staff are made customers first.
        let (_, support_id) = Till::customer(app, "helpdesk@example.com").await;
        let role = serde_json::json!({"role": "support"});
        let res = app
            .send_with(reqwest::Method::PATCH, &format!("/api/v1/admin/users/{support_id}"), &till.admin, &role)
            .await;
        assert!(res.status().is_success());
        assert_eq!(post(&till.admin, erase(&support_id)).await.status(), StatusCode::CONFLICT);
    }
);

db_test!(
    async fn an_admin_adjusts_a_wallet_and_erases_a_customer_from_their_page(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let app = &till.app;
        let mut admin = Browser::default();
        crate::web_store::signed_in(app, &mut admin, "vendor@example.com").await;
        let page_path = format!("/admin/users/{}", till.buyer_id);
        let (_, page) = admin.get(app, &page_path).await;
        assert!(page.contains("value=\"adjust\"") && page.contains("value=\"erase\""), "both forms are offered");
        let adjust = |direction, amount, reason| {
            [("action", "adjust"), ("direction", direction), ("amount", amount), ("reason", reason)]
        };

        let (status, page, _) = admin.submit(app, &page_path, &adjust("credit", "12.50", "goodwill")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(crate::harness::plain(&page).contains("$12.50"), "the new balance is stated");
        assert_eq!(till.balance(&till.buyer).await, 1_250);
        // A debit past the balance is refused, with the reason, and moves nothing.
        let (status, _, _) = admin.submit(app, &page_path, &adjust("debit", "20", "chargeback")).await;
        assert!(status.is_client_error(), "{status}");
        assert_eq!(till.balance(&till.buyer).await, 1_250);
        let (status, page, _) = admin.submit(app, &page_path, &adjust("credit", "5", " ")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("data-field=\"reason\""), "the error is placed beside the reason");
        till.books_balance().await;

        let (status, page, _) = admin.submit(app, &page_path, &[("action", "erase")]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("@erased.invalid") && !page.contains("value=\"erase\""), "erased, and not offered again");
        assert_eq!(app.get_with("/api/v1/me", &till.buyer).await.status(), StatusCode::UNAUTHORIZED);
    }
);

db_test!(
    async fn billing_details_that_identify_a_customer_are_sealed_at_rest(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let app = &till.app;
        let profile = serde_json::json!({"company": "Buyer GmbH", "tax_id": "DE123456789", "address": "Hauptstr. 1\nBerlin", "country": "DE"});
        let res = app.send_with(reqwest::Method::PUT, "/api/v1/me/billing-profile", &till.buyer, &profile).await;
        assert!(res.status().is_success(), "{}", res.status());
        let user: uuid::Uuid = till.buyer_id.parse().unwrap();
        let row = |app: &TestApp| {
            let db = app.db.clone();
            async move {
                let sql = "SELECT company, tax_id, address, country, sealed FROM billing_profiles WHERE user_id = $1";
                let r: (String, String, String, String, Option<Vec<u8>>) =
                    rms_store::on_db!(&db, pool => sqlx::query_as(sql).bind(user).fetch_one(pool).await).unwrap();
                r
            }
        };
        let (company, tax_id, address, country, sealed) = row(app).await;
        assert_eq!((company.as_str(), tax_id.as_str(), address.as_str(), country.as_str()), ("", "", "", "DE"));
        let sealed = sealed.expect("sealed");
        assert!(!String::from_utf8_lossy(&sealed).contains("Buyer GmbH"), "not readable in the database");
        let back: Value = app.get_with("/api/v1/me/billing-profile", &till.buyer).await.json().await.unwrap();
        assert_eq!((back["company"].as_str(), back["tax_id"].as_str()), (Some("Buyer GmbH"), Some("DE123456789")));

        // A node of the previous version (during an upgrade) writes the profile readable: it is
        // what the customer last saved, and the next node to start seals it.
        let old =
            "UPDATE billing_profiles SET company = 'Old Ltd', tax_id = 'GB1', address = 'Old St' WHERE user_id = $1";
        rms_store::on_db!(&app.db, pool => sqlx::query(old).bind(user).execute(pool).await.map(|_| ())).unwrap();
        let back: Value = app.get_with("/api/v1/me/billing-profile", &till.buyer).await.json().await.unwrap();
        assert_eq!(back["company"], "Old Ltd", "the newer, readable one wins");
        let node2 = TestApp::sharing(app).without_worker().start().await;
        let (company, _, _, _, sealed) = row(&node2).await;
        assert!(company.is_empty() && sealed.is_some(), "sealed at start");
        let token = Till::login(&node2, "buyer@example.com").await;
        let back: Value = node2.get_with("/api/v1/me/billing-profile", &token).await.json().await.unwrap();
        assert_eq!((back["company"].as_str(), back["address"].as_str()), (Some("Old Ltd"), Some("Old St")));
    }
);

/// The names of the accounts an admin's search for `query` lists.
async fn found(app: &TestApp, admin: &str, query: &str) -> Vec<String> {
    let path = format!("/api/v1/admin/users?query={}", query.replace(' ', "%20"));
    let page: Value = app.get_with(&path, admin).await.json().await.unwrap();
    page["users"].as_array().unwrap().iter().map(|u| u["name"].as_str().unwrap().to_owned()).collect()
}

db_test!(
    async fn a_customers_name_is_sealed_at_rest_and_staff_still_find_them_by_it(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let app = &till.app;
        let res = app
            .send_with(reqwest::Method::PATCH, "/api/v1/me", &till.buyer, &serde_json::json!({"name": "Ada Lovelace"}))
            .await;
        assert!(res.status().is_success(), "{}", res.status());
        let user: uuid::Uuid = till.buyer_id.parse().unwrap();
        let row = |app: &TestApp| {
            let db = app.db.clone();
            async move {
                let sql = "SELECT name, name_sealed, name_index FROM users WHERE id = $1";
                let r: (String, Option<Vec<u8>>, String) =
                    rms_store::on_db!(&db, pool => sqlx::query_as(sql).bind(user).fetch_one(pool).await).unwrap();
                r
            }
        };
        let (name, sealed, index) = row(app).await;
        assert_eq!(name, "", "nothing readable");
        assert!(!String::from_utf8_lossy(&sealed.expect("sealed")).to_lowercase().contains("lovelace"));
        // Hex digests can spell "ada" by chance: the check is that nothing else is there.
        let digests_only = index.split_whitespace().all(|t| t.len() == 16 && t.bytes().all(|b| b.is_ascii_hexdigit()));
        assert!(digests_only && !index.to_lowercase().contains("lovelace"), "digests only: {index}");
        let me: Value = app.get_with("/api/v1/me", &till.buyer).await.json().await.unwrap();
        assert_eq!(me["name"], "Ada Lovelace");

        // Staff search by the words of a name (or their beginnings), and by part of the address.
        let admin = till.admin.as_str();
        for query in ["lovelace", "ADA", "love ada", "Ada Lov", "buyer@exam"] {
            assert_eq!(found(app, admin, query).await, ["Ada Lovelace"], "{query}");
        }
        for query in ["lace", "ada byron", "zzz"] {
            assert!(found(app, admin, query).await.is_empty(), "{query}: only beginnings of words, every word");
        }

        // A node of the previous version (during an upgrade) writes the name readable: it is the
        // newest, and found as text, until the next node to start seals it.
        rms_store::on_db!(&app.db, pool => sqlx::query("UPDATE users SET name = 'Grace Hopper' WHERE id = $1")
            .bind(user).execute(pool).await.map(|_| ()))
        .unwrap();
        let me: Value = app.get_with("/api/v1/me", &till.buyer).await.json().await.unwrap();
        assert_eq!(me["name"], "Grace Hopper", "the newer, readable one wins");
        assert_eq!(found(app, admin, "ace hop").await, ["Grace Hopper"], "readable names still match as text");
        let node2 = TestApp::sharing(app).without_worker().start().await;
        let (name, sealed, _) = row(&node2).await;
        assert!(name.is_empty() && sealed.is_some(), "sealed at start");
        assert_eq!(found(&node2, admin, "hopper").await, ["Grace Hopper"]);
        assert!(found(&node2, admin, "lovelace").await.is_empty(), "the old name's digests went with it");
        let token = Till::login(&node2, "buyer@example.com").await;
        let me: Value = node2.get_with("/api/v1/me", &token).await.json().await.unwrap();
        assert_eq!(me["name"], "Grace Hopper");
    }
);
