//! Browser sessions: cookie attributes, CSRF on every state-changing form, signing up, in and out
//! through the pages, renewing an expired access cookie, and the account page.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use rms_testkit::{ManualClock, db_test};

use crate::harness::{PASSWORD, TestApp};

/// What sending a form answers: the status, the page, and where a redirect leads.
pub type Answer = (StatusCode, String, Option<String>);

/// A minimal cookie jar, so tests can also look at every cookie's attributes.
#[derive(Default)]
pub struct Browser {
    cookies: BTreeMap<String, String>,
    last_set: Vec<String>,
}

impl Browser {
    pub fn header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn absorb(&mut self, res: &reqwest::Response) {
        self.last_set = res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
        for c in &self.last_set {
            let (pair, attrs) = c.split_once(';').unwrap_or((c, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if attrs.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    fn set_cookie(&self, name: &str) -> Option<&String> {
        self.last_set.iter().find(|c| c.starts_with(&format!("{name}=")))
    }

    pub async fn get(&mut self, app: &TestApp, path: &str) -> (StatusCode, String) {
        let res = app.get_with_headers(path, &[("cookie", &self.header())]).await;
        self.absorb(&res);
        (res.status(), res.text().await.unwrap())
    }

    pub async fn post(&mut self, app: &TestApp, path: &str, form: &[(&str, &str)]) -> Answer {
        let res = app.client.post(app.url(path)).header("cookie", self.header()).form(form).send().await.unwrap();
        self.absorb(&res);
        let location = res.headers().get("location").map(|v| v.to_str().unwrap().to_owned());
        (res.status(), res.text().await.unwrap(), location)
    }

    pub fn csrf(&self) -> String {
        self.cookies["rms_csrf"].clone()
    }

    /// Sends a form as its page would: with the CSRF token every form on a page carries, then the
    /// fields typed in. A test that means to send a wrong token or none uses `post`.
    pub async fn submit(&mut self, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> Answer {
        let csrf = self.csrf();
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        self.post(app, path, &form).await
    }
}

impl Browser {
    /// A browser in which Alice signed up and then signed in, through the pages.
    pub async fn alice_signed_in(app: &TestApp) -> Browser {
        let mut b = Browser::default();
        signed_up(app, &mut b).await;
        b.submit(app, "/sign-in", &[("email", "alice@example.com"), ("password", PASSWORD)]).await;
        b
    }
}

pub async fn signed_up(app: &TestApp, b: &mut Browser) {
    b.get(app, "/sign-up").await;
    let (status, page, _) =
        b.submit(app, "/sign-up", &[("name", "Alice"), ("email", "alice@example.com"), ("password", PASSWORD)]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("sent a confirmation link"), "{page}");
}

db_test!(
    async fn signing_in_through_the_pages_sets_protected_cookies_and_signing_out_clears_them(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let mut b = Browser::default();
        signed_up(&app, &mut b).await;

        let (status, page, _) =
            b.submit(&app, "/sign-in", &[("email", "alice@example.com"), ("password", "wrong password!")]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert!(page.contains("The email address or password is incorrect."));

        let (status, _, location) =
            b.submit(&app, "/sign-in", &[("email", "alice@example.com"), ("password", PASSWORD)]).await;
        assert_eq!((status, location.as_deref()), (StatusCode::SEE_OTHER, Some("/account")));
        for name in ["rms_access", "rms_refresh"] {
            let c = b.set_cookie(name).unwrap_or_else(|| panic!("{name} not set"));
            assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Path=/"), "{c}");
            assert!(!c.contains("Secure"), "plain HTTP here: {c}");
        }

        let (status, page) = b.get(&app, "/account").await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            page.contains("alice@example.com") && page.contains("href=\"/account\""),
            "the header shows who is signed in"
        );

        let refresh = b.cookies["rms_refresh"].clone();
        let res = app
            .client
            .post(app.url("/sign-out"))
            .header("cookie", b.header())
            .form(&[("csrf", b.csrf())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()["clear-site-data"], "\"cache\", \"storage\"");
        b.absorb(&res);
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(res.headers()["location"], "/");
        assert!(!b.cookies.contains_key("rms_access") && !b.cookies.contains_key("rms_refresh"));
        let res = app.post_json("/api/v1/auth/refresh", serde_json::json!({"refresh_token": refresh})).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "the session ended on the server too");
        let res = app.get_with_headers("/account", &[("cookie", &b.header())]).await;
        assert_eq!(
            res.headers()["location"],
            "/sign-in?next=%2Faccount",
            "signed out, the account page sends you to sign in, and back"
        );

        // Signing in from there leads back to the page asked for (a link in an email), never to
        // another site.
        let mut c = Browser::default();
        let (_, page) = c.get(&app, "/sign-in?next=%2Fnotifications%3Fx%3D1").await;
        assert!(page.contains("name=\"next\" value=\"/notifications?x=1\""), "{page}");
        let form = [("email", "alice@example.com"), ("password", PASSWORD), ("next", "/notifications?x=1")];
        let (status, _, location) = c.submit(&app, "/sign-in", &form).await;
        assert_eq!((status, location.as_deref()), (StatusCode::SEE_OTHER, Some("/notifications?x=1")));
        for elsewhere in ["//evil.example/", "https://evil.example/", "/\\evil.example", "/caf\u{e9}"] {
            let mut d = Browser::default();
            d.get(&app, "/sign-in").await;
            let form = [("email", "alice@example.com"), ("password", PASSWORD), ("next", elsewhere)];
            let (_, _, location) = d.submit(&app, "/sign-in", &form).await;
            assert_eq!(location.as_deref(), Some("/account"), "{elsewhere}");
        }
        app.shutdown().await;
    }
);

db_test!(
    async fn every_state_changing_form_needs_the_csrf_token(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let mut b = Browser::alice_signed_in(&app).await;

        for (path, form) in [
            ("/account/profile", vec![("name", "Mallory"), ("locale", "en"), ("timezone", "UTC")]),
            ("/account/password", vec![("current_password", PASSWORD), ("new_password", "attacker-chosen-password")]),
            ("/account/sessions", vec![]),
            ("/sign-out", vec![]),
            ("/sign-in", vec![("email", "alice@example.com"), ("password", PASSWORD)]),
        ] {
            for token in [None, Some("forged-token-forged-token-forged-token-xyz")] {
                let mut fields = form.clone();
                if let Some(t) = token {
                    fields.push(("csrf", t));
                }
                let (status, body, _) = b.post(&app, path, &fields).await;
                assert_eq!(status, StatusCode::FORBIDDEN, "{path} with {token:?}");
                assert!(body.contains("CSRF_FAILED") || body.contains("Form expired"), "{body}");
            }
        }
        let (_, page) = b.get(&app, "/account").await;
        assert!(page.contains("value=\"Alice\""), "nothing changed");
        app.shutdown().await;
    }
);

db_test!(
    async fn the_account_page_saves_the_profile_and_switches_the_language(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let mut b = Browser::alice_signed_in(&app).await;
        let (status, page, _) = b
            .submit(&app, "/account/profile", &[("name", "Алиса"), ("locale", "ru"), ("timezone", "Europe/Moscow")])
            .await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("<html lang=\"ru\"") && page.contains("Изменения сохранены."), "{page}");
        assert_eq!(b.cookies.get("rms_lang").map(String::as_str), Some("ru"));

        let (status, page, _) =
            b.submit(&app, "/account/profile", &[("name", ""), ("locale", "ru"), ("timezone", "UTC")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("Имя должно содержать"), "a localised reason: {page}");
        app.shutdown().await;
    }
);

db_test!(
    async fn an_expired_access_cookie_is_renewed_from_the_refresh_cookie(t: TestDb) {
        let clock = ManualClock::starting_now();
        let app = TestApp::on(t).without_worker().clock(Arc::new(clock.clone())).start().await;
        let mut b = Browser::alice_signed_in(&app).await;
        let old_access = b.cookies["rms_access"].clone();
        clock.advance(Duration::from_secs(20 * 60));
        let (status, page) = b.get(&app, "/account").await;
        assert_eq!(status, StatusCode::OK, "{page}");
        assert_ne!(b.cookies["rms_access"], old_access, "fresh cookies were issued");
        app.shutdown().await;
    }
);

db_test!(
    async fn over_https_the_session_cookies_are_secure(t: TestDb) {
        let app = TestApp::on(t)
            .without_worker()
            .config(|c| {
                c.public_url = Some(serde_json::from_value(serde_json::json!("https://licenses.example.com")).unwrap())
            })
            .start()
            .await;
        let b = Browser::alice_signed_in(&app).await;
        for name in ["rms_access", "rms_refresh"] {
            assert!(b.set_cookie(name).unwrap().contains("; Secure"), "{name}");
        }
        app.shutdown().await;
    }
);

db_test!(
    async fn the_admin_panel_is_for_staff_and_its_forms_act_on_users(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let mut alice = Browser::default();
        signed_up(&app, &mut alice).await;
        alice.submit(&app, "/sign-in", &[("email", "alice@example.com"), ("password", PASSWORD)]).await;
        let res = app.get_with_headers("/admin/users", &[("cookie", &alice.header()), ("accept", "text/html")]).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert!(res.text().await.unwrap().contains("<html"), "a page, not JSON");

        app.sign_up_and_in("root@example.com").await;
        app.promote_to_admin("root@example.com").await;
        let mut root = Browser::default();
        root.get(&app, "/sign-in").await;
        root.submit(&app, "/sign-in", &[("email", "root@example.com"), ("password", PASSWORD)]).await;
        let (status, list) = root.get(&app, "/admin/users?query=alice").await;
        assert_eq!(status, StatusCode::OK);
        let shown = crate::harness::plain(&list);
        assert!(shown.contains(">1 user<") && shown.contains("alice@example.com"), "{list}");
        assert!(
            shown.contains("<p class=\"side-heading\">Administration</p>")
                && shown.contains("<a href=\"/admin\">Overview</a>"),
            "the side navigation links the panel for staff"
        );
        let id_start = list.find("/admin/users/").unwrap() + "/admin/users/".len();
        let id: String = list[id_start..].chars().take(36).collect();

        let (status, page, _) = root.submit(&app, &format!("/admin/users/{id}"), &[("action", "lock")]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Unlock the account"), "{page}");
        let (_, after) = alice.get(&app, "/account").await;
        assert!(!after.contains("alice@example.com"), "alice's session ended when she was locked");

        let (status, forged, _) = root.post(&app, &format!("/admin/users/{id}"), &[("action", "unlock")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{forged}");

        let (status, audit) = root.get(&app, "/admin/audit?action=admin.user.locked").await;
        assert_eq!(status, StatusCode::OK);
        assert!(audit.contains("admin.user.locked") && audit.contains(&id));
        let csv =
            app.get_with_headers("/admin/audit.csv?action=admin.user.locked", &[("cookie", &root.header())]).await;
        assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
        assert_eq!(csv.text().await.unwrap().lines().count(), 2);
        app.shutdown().await;
    }
);

db_test!(
    async fn a_persian_reader_picks_latin_digits_on_the_account_page_and_every_page_follows(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let mut b = Browser::alice_signed_in(&app).await;
        let (_, page) = b.get(&app, "/account").await;
        assert!(!page.contains("id=\"digits\""), "English has no digits of its own to choose from");

        let form = |digits: &'static str| {
            let mut fields = vec![("name", "Kaveh"), ("locale", "fa"), ("timezone", "Asia/Tehran")];
            if !digits.is_empty() {
                fields.push(("digits", digits));
            }
            fields
        };
        let (status, page, _) = b.submit(&app, "/account/profile", &form("")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("<option value=\"native\" selected>۱٬۲۳۴٬۵۶۷٬۸۹۰</option>"), "{page}");
        let (_, wallet) = b.get(&app, "/wallet").await;
        assert!(wallet.contains("۰٫۰۰"), "a Persian wallet in Persian digits: {wallet}");

        let (status, page, _) = b.submit(&app, "/account/profile", &form("latin")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("<option value=\"latin\" selected>1,234,567,890</option>"), "{page}");
        let (_, wallet) = b.get(&app, "/wallet").await;
        assert!(wallet.contains("0.00") && !wallet.contains("۰٫۰۰"), "Latin digits now: {wallet}");

        // Switching the language from the header keeps the choice.
        b.get(&app, "/wallet?lang=de").await;
        let (_, wallet) = b.get(&app, "/wallet?lang=fa").await;
        assert!(
            wallet.contains("<html lang=\"fa\"") && wallet.contains("0.00") && !wallet.contains("۰٫۰۰"),
            "{wallet}"
        );
        app.shutdown().await;
    }
);

db_test!(
    async fn the_sign_up_page_starts_the_account_in_the_browsers_time_zone(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let mut b = Browser::default();
        let (_, page) = b.get(&app, "/sign-up").await;
        assert!(page.contains("name=\"timezone\""), "the form carries the zone app.js fills in");
        for (email, zone) in
            [("tokyo@example.com", "Asia/Tokyo"), ("old@example.com", "Etc/Unknown"), ("none@example.com", "")]
        {
            let fields = [("name", "N"), ("email", email), ("password", PASSWORD), ("timezone", zone)];
            let (status, _, _) = b.submit(&app, "/sign-up", &fields).await;
            assert_eq!(status, StatusCode::OK, "{email}");
        }
        let zone_of = |email: &'static str| {
            let app = &app;
            async move {
                let tokens = app.log_in(email).await;
                let me: serde_json::Value =
                    app.get_with("/api/v1/me", tokens["access_token"].as_str().unwrap()).await.json().await.unwrap();
                me["timezone"].as_str().unwrap().to_owned()
            }
        };
        assert_eq!(zone_of("tokyo@example.com").await, "Asia/Tokyo");
        // A zone this server does not know (an outdated browser), or none: UTC, and the account
        // is still made.
        assert_eq!(zone_of("old@example.com").await, "UTC");
        assert_eq!(zone_of("none@example.com").await, "UTC");
        app.shutdown().await;
    }
);
