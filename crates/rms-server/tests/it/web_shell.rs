//! The app shell over HTTP: the side navigation shows each role the sections it may open, the
//! admin's license list sorts and pages on the server, refused forms keep what was typed and name
//! the field, and no parser's words reach anyone.

use reqwest::{Method, StatusCode};
use rms_testkit::db_test;
use serde_json::{Value, json};

use crate::harness::{TestApp, plain};
use crate::money::Till;
use crate::web_session::Browser;
use crate::web_store::signed_in;

/// The addresses the page's side navigation links, in order.
fn side_links(page: &str) -> Vec<String> {
    let Some(start) = page.find("<nav id=\"site-nav\" class=\"side\"") else { return Vec::new() };
    let nav = &page[start..start + page[start..].find("</nav>").unwrap()];
    nav.split("href=\"").skip(1).map(|rest| rest[..rest.find('"').unwrap()].to_owned()).collect()
}

db_test!(
    async fn each_role_sees_the_sections_it_may_open_and_every_one_opens(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let app = &till.app;
        let mut customer = Browser::default();
        signed_in(app, &mut customer, "buyer@example.com").await;
        let (_, page) = customer.get(app, "/licenses").await;
        let links = side_links(&page);
        assert!(links.contains(&"/wallet".to_owned()) && links.contains(&"/account".to_owned()), "{links:?}");
        assert!(!links.iter().any(|l| l.starts_with("/admin")), "a customer is not shown the admin: {links:?}");
        assert!(page.contains(r#"<a href="/licenses" aria-current="page">"#), "the current section is marked");

        // Support staff: only the sections support may open, and each opens.
        app.sign_up_and_in("helpdesk@example.com").await;
        rms_store::on_db!(&app.db, pool => sqlx::query("UPDATE users SET role = 'support' WHERE email = $1")
            .bind("helpdesk@example.com")
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .unwrap();
        let mut support = Browser::default();
        signed_in(app, &mut support, "helpdesk@example.com").await;
        let (_, home) = support.get(app, "/admin").await;
        let staff_links: Vec<String> = side_links(&home).into_iter().filter(|l| l.starts_with("/admin")).collect();
        assert!(staff_links.contains(&"/admin/licenses".to_owned()), "{staff_links:?}");
        assert!(!staff_links.contains(&"/admin/gateways".to_owned()), "no admin-only sections: {staff_links:?}");
        let mut refused = Vec::new();
        for link in &staff_links {
            let (status, _) = support.get(app, link).await;
            if status != StatusCode::OK {
                refused.push((link.clone(), status));
            }
        }
        assert_eq!(refused, vec![], "support sees these in the menu and they do not open");

        let mut admin = Browser::default();
        signed_in(app, &mut admin, "vendor@example.com").await;
        let (_, home) = admin.get(app, "/admin").await;
        let admin_links: Vec<String> = side_links(&home).into_iter().filter(|l| l.starts_with("/admin")).collect();
        assert!(admin_links.len() > staff_links.len(), "{admin_links:?} vs {staff_links:?}");
        for link in &admin_links {
            let (status, _) = admin.get(app, link).await;
            assert_eq!(status, StatusCode::OK, "{link}");
        }

        // The audit log says who did what to whom by name.
        let body = json!({"locked": true});
        let path = format!("/api/v1/admin/users/{}", till.buyer_id);
        let res = app.send_with(Method::PATCH, &path, &till.admin, &body).await;
        assert!(res.status().is_success(), "{}", res.status());
        let (_, audit) = admin.get(app, "/admin/audit").await;
        let row = audit.split("<tr>").find(|r| r.contains("admin.user")).unwrap_or_default();
        assert!(row.contains("vendor@example.com") && row.contains("buyer@example.com"), "{row}");
    }
);

db_test!(
    async fn the_admin_license_list_sorts_and_pages_on_the_server(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let app = &till.app;
        // 55 licenses: more than one page of 50.
        let emails: Vec<String> = (0..55).map(|i| format!("reader{i}@example.com")).collect();
        let body = json!({"plan_id": till.plan, "emails": emails});
        let res = app.send_with(Method::POST, "/api/v1/admin/licenses/bulk", &till.admin, &body).await;
        assert!(res.status().is_success(), "{}", res.status());
        let mut admin = Browser::default();
        signed_in(app, &mut admin, "vendor@example.com").await;

        let (_, first) = admin.get(app, "/admin/licenses").await;
        let rows = |page: &str| page.matches("<td><a href=\"/admin/licenses/").count();
        assert_eq!(rows(&first), 50, "one page holds 50");
        assert!(first.contains(r#"aria-sort="descending""#), "newest first, and says so");
        assert!(first.contains(r#"href="/admin/licenses?page=2" rel="next""#), "{}", plain(&first));
        let (_, second) = admin.get(app, "/admin/licenses?page=2").await;
        assert_eq!(rows(&second), 5);
        assert!(second.contains(r#"href="/admin/licenses" rel="prev""#) && !second.contains(r#"rel="next""#));

        // The filters survive sorting and paging; nonsense in them is the default, not an error.
        let (status, sorted) = admin.get(app, "/admin/licenses?status=active&sort=expires&page=1").await;
        assert_eq!(status, StatusCode::OK);
        let pager = &sorted[sorted.find("class=\"pager\"").unwrap_or(0)..];
        assert!(
            sorted.contains(r#"href="/admin/licenses?status=active&#38;sort=expires&#38;page=2" rel="next""#),
            "{}",
            &pager[..pager.len().min(400)]
        );
        let (status, _) = admin.get(app, "/admin/licenses?page=-3&sort=sideways").await;
        assert_eq!(status, StatusCode::OK);
        let (_, none) = admin.get(app, "/admin/licenses?query=nobody-at-all").await;
        assert!(none.contains(&rms_i18n::Locale::english().t("admin-licenses-none")), "an empty list says what to do");

        // The audit log pages the same way (each of the 55 issues was recorded).
        let (_, audit) = admin.get(app, "/admin/audit").await;
        assert!(audit.contains(r#"href="/admin/audit?page=2" rel="next""#), "{}", plain(&audit));
        let (status, older) = admin.get(app, "/admin/audit?page=2").await;
        assert_eq!(status, StatusCode::OK);
        assert!(older.contains(r#"href="/admin/audit" rel="prev""#));
    }
);

db_test!(
    async fn refused_input_names_the_field_in_words_never_the_parsers(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let app = &till.app;
        let parser_words = ["deserialize", "UUID parsing", "invalid type", "expected", "serde", "line 1 column"];

        // The API: a malformed identifier, a missing field, an unknown one, a body that is not JSON.
        let cases = [
            (json!({"items": [{"plan_id": "not-a-plan", "quantity": 1}]}), "items[0].plan_id"),
            (json!({"items": [{"quantity": 1}]}), "items[0].plan_id"),
            (json!({"items": [], "colour": "red"}), "colour"),
        ];
        for (body, field) in cases {
            let res = app.send_with(Method::POST, "/api/v1/store/purchase", &till.buyer, &body).await;
            assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{body}");
            let problem: Value = res.json().await.unwrap();
            assert_eq!((problem["code"].as_str(), problem["field"].as_str()), (Some("BAD_REQUEST"), Some(field)));
            let detail = problem["detail"].as_str().unwrap();
            assert!(detail.contains(field), "{detail}");
            assert!(!parser_words.iter().any(|w| detail.contains(w)), "parser words: {detail}");
        }
        let res = app
            .client
            .post(app.url("/api/v1/store/purchase"))
            .bearer_auth(&till.buyer)
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        let problem: Value = res.json().await.unwrap();
        assert!(!parser_words.iter().any(|w| problem["detail"].as_str().unwrap().contains(w)), "{problem}");
        let res = app.get_with("/api/v1/licenses/not-a-uuid", &till.buyer).await;
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["field"], "id", "{problem}");
        assert!(!problem["detail"].as_str().unwrap().contains("UUID"), "{problem}");

        // A page: the form posted with a broken identifier gets the error page in words.
        let mut admin = Browser::default();
        signed_in(app, &mut admin, "vendor@example.com").await;
        let (status, page, _) =
            admin.submit(app, "/admin/licenses", &[("email", "a@example.com"), ("plan_id", "x")]).await;
        assert!(status.is_client_error(), "{status}");
        let shown = plain(&page);
        assert!(shown.contains("plan_id") && !parser_words.iter().any(|w| shown.contains(w)), "{shown}");
        // Without the right token the form is refused before anything in it is read.
        let (status, _, _) = admin
            .post(app, "/admin/licenses", &[("csrf", "forged"), ("email", "a@example.com"), ("plan_id", "x")])
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
);

db_test!(
    async fn a_refused_form_keeps_what_was_typed_and_points_at_the_field(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 2_000).await;
        let app = &till.app;
        let mut admin = Browser::default();
        signed_in(app, &mut admin, "vendor@example.com").await;
        let form = [("email", "not an address"), ("plan_id", till.plan.as_str())];
        let (status, page, _) = admin.submit(app, "/admin/licenses", &form).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains(r#"value="not an address""#), "the address typed is still there");
        assert!(page.contains(r#"data-field="email""#), "the error names the field it belongs beside");
        assert!(page.contains(&format!(r#"<option value="{}" selected>"#, till.plan)), "and the plan chosen");

        let mut buyer = Browser::default();
        signed_in(app, &mut buyer, "buyer@example.com").await;
        let form = [("company", "Acme GmbH"), ("tax_id", "DE12"), ("country", "DE")];
        let (status, page, _) = buyer.submit(app, "/wallet/billing-profile", &form).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains(r#"value="Acme GmbH""#) && page.contains(r#"value="DE12""#), "{}", plain(&page));
        assert!(page.contains(r#"data-field="tax_id""#) && page.contains("<details open>"));
        let form = [("amount", "12.345"), ("gateway", "sandbox")];
        let (status, page, _) = buyer.submit(app, "/wallet/top-up", &form).await;
        assert!(status.is_client_error(), "{status}");
        assert!(page.contains(r#"value="12.345""#), "{}", plain(&page));
    }
);
