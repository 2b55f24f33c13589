//! Keys to anyone: an admin issues a license to an address with no account; the invitation
//! email's link creates the account with the address confirmed, and the license (the same key)
//! is theirs at their first look.

use reqwest::Method;
use rms_testkit::db_test;
use serde_json::json;

use crate::harness::{PASSWORD, TestApp, status_and_json};

/// The invitation link in the spooled email to `to`.
pub(crate) async fn invitation_link(app: &TestApp, to: &str) -> String {
    let found = || {
        app.spooled_emails().into_iter().find(|e| e.contains(&format!("To: {to}")) && e.contains("/sign-up?invite="))
    };
    rms_testkit::eventually(std::time::Duration::from_secs(20), "the invitation email", || async { found().is_some() })
        .await;
    let email = found().unwrap().replace("=\r\n", "").replace("=3D", "=");
    let start = email.find("http").unwrap();
    let link: String = email[start..].chars().take_while(|c| !c.is_whitespace()).collect();
    link.trim_end_matches('\u{2069}').to_owned()
}

db_test!(
    async fn a_license_issued_to_a_new_address_waits_for_it_and_the_invitation_makes_it_theirs(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let admin = app.admin_token("admin@example.com").await;
        let product = json!({"name": "Desk", "slug": "desk", "kind": "software"});
        let (_, product) =
            status_and_json(app.send_with(Method::POST, "/api/v1/admin/products", &admin, &product).await).await;
        let plans = format!("/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap());
        let (_, plan) = status_and_json(
            app.send_with(Method::POST, &plans, &admin, &json!({"name": "Pro", "max_activations": 2})).await,
        )
        .await;
        let issue = json!({"email": "Newcomer@Example.com", "plan_id": plan["id"]});
        let (status, issued) =
            status_and_json(app.send_with(Method::POST, "/api/v1/admin/licenses", &admin, &issue).await).await;
        assert_eq!((status.as_u16(), issued["invited"].as_bool()), (201, Some(true)), "{issued}");
        let key = issued["key"].as_str().unwrap().to_owned();

        let link = invitation_link(&app, "newcomer@example.com").await;
        assert!(link.contains("/sign-up?invite=") && link.contains("email=newcomer%40example.com"), "{link}");
        let url = reqwest::Url::parse(&link).unwrap();
        let invite = url.query_pairs().find(|(k, _)| k == "invite").unwrap().1.into_owned();

        // A token is no good for another address: that sign-up still has to confirm its own.
        let other = json!({"email": "someone@example.com", "password": PASSWORD, "name": "Someone", "invite": invite});
        assert_eq!(app.post_json("/api/v1/auth/register", other).await.status(), 201);

        // The sign-up page from the link names the invitation and carries it.
        let mut b = crate::web_session::Browser::default();
        let (_, page) = b.get(&app, &format!("/sign-up?invite={invite}&email=newcomer%40example.com")).await;
        assert!(page.contains("name=\"invite\"") && page.contains("value=\"newcomer@example.com\""), "{page}");
        let form = [
            ("name", "Newcomer"),
            ("email", "newcomer@example.com"),
            ("password", PASSWORD),
            ("invite", invite.as_str()),
        ];
        let (status, page, _) = b.submit(&app, "/sign-up", &form).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(page.contains(&rms_i18n::Locale::english().t("sign-up-invited-done")), "{page}");

        // Confirmed without another email, and the license with the same key is theirs.
        let tokens = app.log_in("newcomer@example.com").await;
        let token = tokens["access_token"].as_str().unwrap();
        let (_, me) = status_and_json(app.get_with("/api/v1/me", token).await).await;
        assert_eq!(me["email_verified"], true, "{me}");
        let (_, mine) = status_and_json(app.get_with("/api/v1/licenses", token).await).await;
        let mine = mine.as_array().unwrap();
        assert_eq!(mine.len(), 1, "{mine:?}");
        assert_eq!((mine[0]["key"].as_str(), mine[0]["invited"].as_bool()), (Some(key.as_str()), Some(false)));
        let (_, theirs) = status_and_json(app.get_with("/api/v1/licenses", &admin).await).await;
        assert!(!theirs.as_array().unwrap().iter().any(|l| l["key"] == key.as_str()), "the admin no longer holds it");
        let taken: i64 = rms_store::on_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'license.invitation_taken' AND ip = '127.0.0.1'")
            .fetch_one(pool).await)
        .unwrap();
        assert_eq!(taken, 1, "the hand-over is audited with the address of the request that listed it");
        let someone = rms_core::account::Email::parse("someone@example.com").unwrap();
        let someone = rms_store::accounts::user_by_email(&app.db, &someone).await.unwrap().unwrap();
        assert!(someone.email_verified_at.is_none(), "another address's token proved nothing");
        app.shutdown().await;
    }
);
