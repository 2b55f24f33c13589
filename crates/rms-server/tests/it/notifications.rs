//! Notifications as people meet them: an email in their language with a text and an HTML part,
//! the same notice in the app's list, their channel choices per kind, one-click unsubscribe.

use reqwest::Method;
use rms_testkit::db_test;
use serde_json::json;

use crate::harness::{PASSWORD, TestApp, email_parts, status_and_json};

/// The spooled emails whose subject contains `subject`.
fn emails_about(app: &TestApp, subject: &str) -> Vec<String> {
    app.spooled_emails().into_iter().filter(|e| e.contains(subject)).collect()
}

async fn wait_for_email(app: &TestApp, subject: &str) -> String {
    rms_testkit::eventually(std::time::Duration::from_secs(20), subject, || async {
        !emails_about(app, subject).is_empty()
    })
    .await;
    emails_about(app, subject).remove(0)
}

/// An admin and alice (signed in): their access tokens.
async fn admin_and_alice(app: &TestApp) -> (String, String) {
    let admin = app.admin_token("admin@example.com").await;
    let alice = app.sign_up_and_in("alice@example.com").await;
    (admin, alice["access_token"].as_str().unwrap().to_owned())
}

/// The admin issues alice a license of product "Desk".
async fn issue_desk_to_alice(app: &TestApp, admin: &str) {
    let product = json!({"name": "Desk", "slug": "desk", "kind": "software"});
    let (_, product) =
        status_and_json(app.send_with(Method::POST, "/api/v1/admin/products", admin, &product).await).await;
    let plans = format!("/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap());
    let plan = json!({"name": "Pro", "max_activations": 1});
    let (_, plan) = status_and_json(app.send_with(Method::POST, &plans, admin, &plan).await).await;
    let issue = json!({"email": "alice@example.com", "plan_id": plan["id"]});
    assert_eq!(app.send_with(Method::POST, "/api/v1/admin/licenses", admin, &issue).await.status(), 201);
}

db_test!(
    async fn a_password_change_is_told_by_email_in_the_users_language_and_in_the_app(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let tokens = app.sign_up_and_in("alice@example.com").await;
        let token = tokens["access_token"].as_str().unwrap().to_owned();
        let res = app.send_with(Method::PATCH, "/api/v1/me", &token, &json!({"locale": "ru"})).await;
        assert_eq!(res.status(), 200);
        let body = json!({"current_password": PASSWORD, "new_password": "marble-heron-77-compass"});
        let (status, fresh) =
            status_and_json(app.send_with(Method::POST, "/api/v1/auth/password/change", &token, &body).await).await;
        assert_eq!(status, 200, "{fresh}");
        let token = fresh["access_token"].as_str().unwrap().to_owned();

        // Russian, both parts, and no unsubscribe: security notices are not optional.
        let email = wait_for_email(&app, "multipart/alternative").await;
        assert!(email.contains("multipart/alternative"), "{email}");
        let parts = email_parts(&email);
        let text = parts.iter().find(|(h, _)| h.contains("text/plain")).map(|(_, b)| b.clone()).expect("a text part");
        let html = parts.iter().find(|(h, _)| h.contains("text/html")).map(|(_, b)| b.clone()).expect("an HTML part");
        assert!(text.contains("Test User") && text.contains("/account"), "{text}");
        assert!(html.contains("lang=\"ru\"") && html.contains("dir=\"ltr\""), "{html}");
        assert!(!email.contains("List-Unsubscribe"), "{email}");
        assert!(email.contains("Message-ID: <"), "{email}");

        let (status, inbox) = status_and_json(app.get_with("/api/v1/notifications", &token).await).await;
        assert_eq!(status, 200, "{inbox}");
        assert_eq!(inbox["unread"], 1);
        let item = &inbox["items"][0];
        assert_eq!((item["kind"].as_str(), item["read"].as_bool()), (Some("password_changed"), Some(false)));
        assert_eq!(
            item["title"].as_str().unwrap(),
            rms_i18n::Locale::parse("ru").unwrap().t("notify-password_changed-subject")
        );
        let body = json!({"ids": [item["id"]]});
        let (status, read) =
            status_and_json(app.send_with(Method::POST, "/api/v1/notifications/read", &token, &body).await).await;
        assert_eq!((status.as_u16(), read["updated"].as_u64(), read["unread"].as_i64()), (200, Some(1), Some(0)));
        // Another person's list is their own.
        let bob = app.sign_up_and_in("bob@example.com").await;
        let bob = bob["access_token"].as_str().unwrap();
        let (_, theirs) = status_and_json(app.get_with("/api/v1/notifications", bob).await).await;
        assert_eq!(theirs["items"].as_array().unwrap().len(), 0);
        let body = json!({"all": true});
        let (_, read) =
            status_and_json(app.send_with(Method::POST, "/api/v1/notifications/read", bob, &body).await).await;
        assert_eq!(read["updated"], 0);
        app.shutdown().await;
    }
);

db_test!(
    async fn people_choose_channels_per_kind_but_cannot_silence_security_notices(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let (admin, alice) = admin_and_alice(&app).await;
        let (status, matrix) = status_and_json(app.get_with("/api/v1/me/notification-preferences", &alice).await).await;
        assert_eq!(status, 200);
        assert_eq!(matrix["license_issued"], json!({"email": true, "telegram": false, "in_app": true}));
        assert_eq!(matrix["marketing"], json!({"email": false, "telegram": false, "in_app": false}));
        assert_eq!(matrix.as_object().unwrap().len(), 24);

        // Refused whole: nothing changes.
        let path = "/api/v1/me/notification-preferences";
        let bad = json!({"marketing": {"email": true, "telegram": false, "in_app": false},
            "new_sign_in": {"email": false, "telegram": false, "in_app": false}});
        let (status, problem) = status_and_json(app.send_with(Method::PUT, path, &alice, &bad).await).await;
        assert_eq!(status, 422, "{problem}");
        let unknown = json!({"weather": {"email": true, "telegram": false, "in_app": false}});
        assert_eq!(app.send_with(Method::PUT, path, &alice, &unknown).await.status(), 422);
        let (_, unchanged) = status_and_json(app.get_with(path, &alice).await).await;
        assert_eq!(unchanged, matrix);

        let quiet = json!({"license_issued": {"email": false, "telegram": false, "in_app": true}});
        let (status, mine) = status_and_json(app.send_with(Method::PUT, path, &alice, &quiet).await).await;
        assert_eq!(status, 200, "{mine}");
        assert_eq!(mine["license_issued"]["email"], false);

        // An admin issues alice a license: in the app, not by email.
        issue_desk_to_alice(&app, &admin).await;
        let (_, inbox) = status_and_json(app.get_with("/api/v1/notifications", &alice).await).await;
        assert_eq!(inbox["items"][0]["kind"], "license_issued");
        assert!(inbox["items"][0]["body"].as_str().unwrap().contains("Desk"));

        // An API key reads them but cannot change them.
        let (_, key) = status_and_json(
            app.send_with(Method::POST, "/api/v1/api-keys", &alice, &json!({"name": "ci", "scopes": ["read"]})).await,
        )
        .await;
        let secret = key["secret"].as_str().unwrap();
        assert_eq!(app.get_with(path, secret).await.status(), 200);
        assert_eq!(app.send_with(Method::PUT, path, secret, &quiet).await.status(), 403);
        // Creating that key was itself a security notice, by email; queued after the license,
        // which sent none (the only kind here whose emails carry an unsubscribe header).
        wait_for_email(&app, "A new API key was created").await;
        assert!(emails_about(&app, "List-Unsubscribe:").is_empty());
        app.shutdown().await;
    }
);

db_test!(
    async fn an_emails_unsubscribe_link_turns_off_that_kind_with_one_click(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let (admin, alice) = admin_and_alice(&app).await;
        issue_desk_to_alice(&app, &admin).await;
        let email = wait_for_email(&app, "List-Unsubscribe:").await;
        assert!(email.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), "{email}");
        let link = email
            .split("List-Unsubscribe: <")
            .nth(1)
            .and_then(|s| s.split('>').next())
            .map(|s| s.replace("\r\n ", ""))
            .expect("a List-Unsubscribe header");
        // Opening the link only asks; a tampered link does nothing.
        let page = app.client.get(&link).send().await.unwrap();
        assert_eq!(page.status(), 200);
        let tampered = link.replace("kind=license_issued", "kind=refund");
        let res = app.client.post(&tampered).form(&[("List-Unsubscribe", "One-Click")]).send().await.unwrap();
        assert_eq!(res.status(), 400);
        let path = "/api/v1/me/notification-preferences";
        let (_, before) = status_and_json(app.get_with(path, &alice).await).await;
        assert_eq!(before["license_issued"]["email"], true);
        // The mail provider's one-click POST (RFC 8058), no cookies.
        let res = app.client.post(&link).form(&[("List-Unsubscribe", "One-Click")]).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let (_, after) = status_and_json(app.get_with(path, &alice).await).await;
        assert_eq!(after["license_issued"], json!({"email": false, "telegram": false, "in_app": true}));
        assert_eq!(after["refund"], before["refund"], "other kinds keep theirs");
        app.shutdown().await;
    }
);

/// A live notification stream as a client reads it.
struct Live {
    body: std::pin::Pin<Box<dyn futures::Stream<Item = reqwest::Result<axum::body::Bytes>> + Send>>,
    buffer: String,
}

impl Live {
    async fn open(app: &TestApp, token: &str, last_event_id: Option<&str>) -> Live {
        let mut req = app.client.get(app.url("/api/v1/notifications/stream")).bearer_auth(token);
        if let Some(id) = last_event_id {
            req = req.header("Last-Event-ID", id);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/event-stream"));
        Live { body: Box::pin(res.bytes_stream()), buffer: String::new() }
    }

    /// The next `notification` event's id and data (keep-alive comments are skipped).
    async fn next(&mut self) -> (String, serde_json::Value) {
        use futures::StreamExt;
        let read = async {
            loop {
                if let Some(end) = self.buffer.find("\n\n") {
                    let block: String = self.buffer.drain(..end + 2).collect();
                    if !block.contains("event: notification") {
                        continue;
                    }
                    let field = |name: &str| {
                        block.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or_default().to_owned()
                    };
                    return (field("id:"), serde_json::from_str(&field("data:")).unwrap());
                }
                let chunk = self.body.next().await.expect("the stream stays open").unwrap();
                self.buffer.push_str(&String::from_utf8_lossy(&chunk));
            }
        };
        tokio::time::timeout(std::time::Duration::from_secs(20), read).await.expect("a notification within 20 s")
    }
}

async fn create_key(app: &TestApp, token: &str, name: &str) {
    let res = app.send_with(Method::POST, "/api/v1/api-keys", token, &json!({"name": name, "scopes": ["read"]})).await;
    assert_eq!(res.status(), 201);
}

db_test!(
    async fn new_notifications_arrive_on_the_live_stream_and_a_reconnect_catches_up(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let alice = app.sign_up_and_in("alice@example.com").await;
        let alice = alice["access_token"].as_str().unwrap().to_owned();
        let mut live = Live::open(&app, &alice, None).await;
        create_key(&app, &alice, "first").await;
        let (first, data) = live.next().await;
        assert_eq!((data["kind"].as_str(), data["unread"].as_i64()), (Some("api_key_created"), Some(1)));
        assert!(data["body"].as_str().unwrap().contains("first"), "{data}");
        assert_eq!(data["id"].as_str(), Some(first.as_str()));
        // The page hangs up; meanwhile another notice comes; the reconnect gets it first.
        drop(live);
        create_key(&app, &alice, "second").await;
        let mut again = Live::open(&app, &alice, Some(&first)).await;
        let (_, data) = again.next().await;
        assert!(data["body"].as_str().unwrap().contains("second"), "{data}");
        // Nobody else's notices reach this stream.
        let bob = app.sign_up_and_in("bob@example.com").await;
        create_key(&app, bob["access_token"].as_str().unwrap(), "bobs").await;
        create_key(&app, &alice, "third").await;
        let (_, data) = again.next().await;
        assert!(data["body"].as_str().unwrap().contains("third"), "{data}");
        drop(again);
        app.shutdown().await;
    }
);

#[cfg(rms_redis)]
db_test!(
    async fn a_notice_delivered_by_one_node_reaches_a_stream_held_by_another_through_redis(t: TestDb) {
        let url = rms_testkit::redis_url().unwrap();
        let with_redis =
            |c: &mut rms_server::config::Config| c.redis_url = rms_server::config::RedisUrl::new(url.clone());
        // The stream's node runs no worker: the delivery (and its push) happens on the other.
        let streams = TestApp::on(t).without_worker().config(with_redis).start().await;
        let works = TestApp::sharing(&streams).config(with_redis).start().await;
        let alice = streams.sign_up_and_in("alice@example.com").await;
        let alice = alice["access_token"].as_str().unwrap().to_owned();
        let mut live = Live::open(&streams, &alice, None).await;
        // Redis's subscription is made in the background: give it a moment before the push.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        create_key(&works, &alice, "across").await;
        let (_, data) = live.next().await;
        assert!(data["body"].as_str().unwrap().contains("across"), "{data}");
        drop(live);
        works.shutdown().await;
        streams.shutdown().await;
    }
);

db_test!(
    async fn people_choose_per_product_which_versions_they_hear_of(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let (admin, alice) = admin_and_alice(&app).await;
        issue_desk_to_alice(&app, &admin).await;
        let (status, list) = status_and_json(app.get_with("/api/v1/me/release-subscriptions", &alice).await).await;
        assert_eq!(status, 200, "{list}");
        let desk = &list["items"][0];
        assert_eq!(
            (
                desk["product"].as_str(),
                desk["release_channel"].as_str(),
                desk["in_app"].as_bool(),
                desk["chosen"].as_bool()
            ),
            (Some("desk"), Some("stable"), Some(true), Some(false)),
            "the defaults: stable versions, in the app"
        );
        let path = format!("/api/v1/me/release-subscriptions/{}", desk["product_id"].as_str().unwrap());
        let beta = json!({"release_channel": "beta", "email": true, "telegram": false, "in_app": false});
        let (status, saved) = status_and_json(app.send_with(Method::PUT, &path, &alice, &beta).await).await;
        assert_eq!(
            (status.as_u16(), saved["release_channel"].as_str(), saved["chosen"].as_bool()),
            (200, Some("beta"), Some(true))
        );
        let nightly = json!({"release_channel": "nightly", "email": true, "telegram": false, "in_app": false});
        let (status, problem) = status_and_json(app.send_with(Method::PUT, &path, &alice, &nightly).await).await;
        assert_eq!((status.as_u16(), problem["field"].as_str()), (422, Some("release_channel")), "{problem}");
        let missing = json!({"email": true, "telegram": false, "in_app": false});
        let (status, problem) = status_and_json(app.send_with(Method::PUT, &path, &alice, &missing).await).await;
        assert_eq!((status.as_u16(), problem["field"].as_str()), (422, Some("release_channel")), "{problem}");
        let off = json!({"release_channel": null, "email": false, "telegram": false, "in_app": false});
        let (status, saved) = status_and_json(app.send_with(Method::PUT, &path, &alice, &off).await).await;
        assert_eq!((status.as_u16(), saved["release_channel"].clone()), (200, serde_json::Value::Null));

        // The settings page shows the product and saves a choice from its form.
        let mut b = crate::web_session::Browser::default();
        crate::web_store::signed_in(&app, &mut b, "alice@example.com").await;
        let (_, page) = b.get(&app, "/account/notifications").await;
        assert!(page.contains("Desk") && page.contains("release_channel"), "{page}");
        let form = format!("/account/release-subscriptions/{}", desk["product_id"].as_str().unwrap());
        let (status, page, _) = b.submit(&app, &form, &[("release_channel", "alpha"), ("email", "1")]).await;
        assert_eq!(status, reqwest::StatusCode::OK, "{page}");
        let (_, list) = status_and_json(app.get_with("/api/v1/me/release-subscriptions", &alice).await).await;
        let desk = &list["items"][0];
        assert_eq!(
            (desk["release_channel"].as_str(), desk["email"].as_bool(), desk["in_app"].as_bool()),
            (Some("alpha"), Some(true), Some(false))
        );
        app.shutdown().await;
    }
);

db_test!(
    async fn emails_carry_the_sellers_name_and_logo_which_anyone_may_load(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let admin = app.admin_token("admin@example.com").await;
        assert_eq!(app.get("/brand/logo").await.status(), 404, "no logo yet");
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00";
        let res = app
            .client
            .put(app.url("/api/v1/admin/billing/logo"))
            .bearer_auth(&admin)
            .body(png.to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204);
        let (status, settings) = status_and_json(app.get_with("/api/v1/admin/billing/settings", &admin).await).await;
        assert_eq!(status, 200);
        let mut settings = settings;
        settings["seller_name"] = json!("Acme Labs");
        let res = app.send_with(Method::PUT, "/api/v1/admin/billing/settings", &admin, &settings).await;
        assert!(res.status().is_success(), "{}", res.status());
        let logo = app.get("/brand/logo").await;
        assert_eq!(logo.status(), 200);
        assert_eq!(logo.headers()["content-type"], "image/png");
        assert!(logo.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));
        assert_eq!(logo.headers()["cross-origin-resource-policy"], "cross-origin", "webmail loads it");
        assert_eq!(logo.bytes().await.unwrap().as_ref(), png);

        let alice = app.sign_up_and_in("alice@example.com").await;
        let token = alice["access_token"].as_str().unwrap();
        let body = json!({"current_password": PASSWORD, "new_password": "marble-heron-77-compass"});
        assert_eq!(app.send_with(Method::POST, "/api/v1/auth/password/change", token, &body).await.status(), 200);
        let email = wait_for_email(&app, "multipart/alternative").await;
        let parts = email_parts(&email);
        let html = parts.iter().find(|(h, _)| h.contains("text/html")).map(|(_, b)| b.clone()).expect("an HTML part");
        let text = parts.iter().find(|(h, _)| h.contains("text/plain")).map(|(_, b)| b.clone()).expect("a text part");
        assert!(html.contains("/brand/logo?v=") && html.contains("alt=\"Acme Labs\""), "{html}");
        assert!(text.contains("Acme Labs"), "the footer names the seller: {text}");
        app.shutdown().await;
    }
);

db_test!(
    async fn jobs_that_gave_up_are_listed_for_staff_and_retried_by_admins(t: TestDb) {
        use rms_store::queue::{JobQueue, NewJob};
        let app = TestApp::on(t).without_worker().start().await;
        let (admin, alice) = admin_and_alice(&app).await;
        let queue = JobQueue::new(app.db.clone());
        let now = rms_core::Timestamp::from_millis(
            i64::try_from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis())
                .unwrap(),
        );
        let job = NewJob::new("email.send", json!({"to": "nobody"})).max_attempts(1);
        let id = queue.enqueue_now(now, &job).await.unwrap().unwrap();
        let worker = uuid::Uuid::now_v7();
        // No worker runs here: this fake one claims what is due (the sign-up emails too) and fails ours.
        let claimed = queue.claim(worker, now, now.plus(std::time::Duration::from_secs(60)), 10).await.unwrap();
        assert!(claimed.iter().any(|j| j.id == id));
        queue.fail(id, worker, now, now, "SMTP 421 service not available").await.unwrap();

        let (status, dead) = status_and_json(app.get_with("/api/v1/admin/jobs/dead", &admin).await).await;
        assert_eq!(status, 200, "{dead}");
        assert_eq!(dead["counts"]["dead"], 1);
        assert_eq!(
            (dead["items"][0]["kind"].as_str(), dead["items"][0]["last_error"].as_str()),
            (Some("email.send"), Some("SMTP 421 service not available"))
        );
        assert_eq!(app.get_with("/api/v1/admin/jobs/dead", &alice).await.status(), 403);
        let retry = format!("/api/v1/admin/jobs/{id}/retry");
        assert_eq!(app.send_with(Method::POST, &retry, &alice, &json!({})).await.status(), 403);
        let (status, revived) = status_and_json(app.send_with(Method::POST, &retry, &admin, &json!({})).await).await;
        assert_eq!(
            (status.as_u16(), revived["attempts"].as_i64(), revived["died_at"].clone()),
            (200, Some(0), json!(null))
        );
        let (status, again) = status_and_json(app.send_with(Method::POST, &retry, &admin, &json!({})).await).await;
        assert_eq!((status.as_u16(), again["code"].as_str()), (409, Some("WRONG_STATE")), "{again}");
        let unknown = format!("/api/v1/admin/jobs/{}/retry", uuid::Uuid::now_v7());
        assert_eq!(app.send_with(Method::POST, &unknown, &admin, &json!({})).await.status(), 404);

        // The page lists them too, with a retry button per job.
        let later = now.plus(std::time::Duration::from_secs(120));
        queue.claim(worker, later, later.plus(std::time::Duration::from_secs(60)), 10).await.unwrap();
        queue.bury(id, worker, later, "SMTP 550 mailbox unavailable").await.unwrap();
        let mut b = crate::web_session::Browser::default();
        crate::web_store::signed_in(&app, &mut b, "admin@example.com").await;
        let (status, page) = b.get(&app, "/admin/jobs").await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(page.contains("email.send") && page.contains("SMTP 550 mailbox unavailable"), "{page}");
        let (status, page, _) = b.submit(&app, &format!("/admin/jobs/{id}/retry"), &[]).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(page.contains(&rms_i18n::Locale::english().t("admin-jobs-retried")), "{page}");

        // The monitoring page: what the job was asked to do, the dependencies' health, and a
        // ledger reconciliation on demand.
        let later = later.plus(std::time::Duration::from_secs(120));
        queue.claim(worker, later, later.plus(std::time::Duration::from_secs(60)), 10).await.unwrap();
        queue.bury(id, worker, later, "SMTP 550 mailbox unavailable").await.unwrap();
        let (_, page) = b.get(&app, "/admin/jobs").await;
        assert!(
            page.contains("&quot;to&quot;: &quot;nobody&quot;") || page.contains("&#34;to&#34;: &#34;nobody&#34;"),
            "the payload: {page}"
        );
        assert!(page.contains("<code dir=\"ltr\">database</code>"), "the dependencies' checks");
        assert!(
            page.contains(&format!("action=\"/admin/jobs/{id}/discard\" class=\"inline\" data-confirm=")),
            "discarding asks first"
        );
        let (status, page, _) = b.submit(&app, "/admin/jobs/reconcile", &[]).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(page.contains(&rms_i18n::Locale::english().t("admin-reconcile-clean")), "{page}");
        // The page remembers it (as it does the nightly one).
        let (_, page) = b.get(&app, "/admin/jobs").await;
        let en = rms_i18n::Locale::english();
        assert!(
            page.contains(&en.t("admin-reconcile-last")) && page.contains(&en.t("admin-reconcile-clean")),
            "{page}"
        );

        // Discarded: gone for good, audited; a second discard finds nothing dead.
        let discard = format!("/api/v1/admin/jobs/{id}/discard");
        assert_eq!(app.send_with(Method::POST, &discard, &alice, &json!({})).await.status(), 403);
        assert_eq!(app.send_with(Method::POST, &discard, &admin, &json!({})).await.status(), 204);
        assert_eq!(app.send_with(Method::POST, &discard, &admin, &json!({})).await.status(), 404);
        assert!(queue.get(id).await.unwrap().is_none());
        let (_, dead) = status_and_json(app.get_with("/api/v1/admin/jobs/dead", &admin).await).await;
        assert_eq!(dead["counts"]["dead"], 0);
        let (_, audit) =
            status_and_json(app.get_with("/api/v1/admin/audit?action=admin.job.discarded", &admin).await).await;
        assert!(audit.to_string().contains("SMTP 550"), "{audit}");
        app.shutdown().await;
    }
);

db_test!(
    async fn an_admins_announcement_reaches_by_email_those_who_asked_for_announcements(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let (admin, alice) = admin_and_alice(&app).await;
        let on = json!({"marketing": {"email": true, "telegram": false, "in_app": true}});
        let res = app.send_with(Method::PUT, "/api/v1/me/notification-preferences", &alice, &on).await;
        assert_eq!(res.status(), 200);
        let body = json!({"headline": "Spring sale", "text": "Half price on everything.\n\nThis week only."});
        assert_eq!(app.send_with(Method::POST, "/api/v1/admin/announcements", &alice, &body).await.status(), 403);
        let empty = json!({"headline": "", "text": "x"});
        let (status, problem) =
            status_and_json(app.send_with(Method::POST, "/api/v1/admin/announcements", &admin, &empty).await).await;
        assert_eq!((status.as_u16(), problem["field"].as_str()), (422, Some("headline")), "{problem}");
        let (status, sent) =
            status_and_json(app.send_with(Method::POST, "/api/v1/admin/announcements", &admin, &body).await).await;
        assert_eq!(status, 202, "{sent}");
        let email = wait_for_email(&app, "Subject: Spring sale").await;
        assert!(email.contains("List-Unsubscribe-Post"), "announcements can be unsubscribed from: {email}");
        let parts = email_parts(&email);
        let html = parts.iter().find(|(h, _)| h.contains("text/html")).map(|(_, b)| b.clone()).expect("an HTML part");
        let html = html.replace(['\u{2068}', '\u{2069}'], "");
        assert!(html.contains("<p>Half price on everything.</p>") && html.contains("<p>This week only.</p>"), "{html}");
        // Nobody else asked for them.
        assert_eq!(emails_about(&app, "Subject: Spring sale").len(), 1);

        // The page shows the audience and sends from its form.
        let mut b = crate::web_session::Browser::default();
        crate::web_store::signed_in(&app, &mut b, "admin@example.com").await;
        let (status, page) = b.get(&app, "/admin/announcements").await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(page.contains("<strong>1</strong>"), "one person chose announcements: {page}");
        let form = [("headline", "Second news"), ("text", "More."), ("product", "")];
        let (status, page, _) = b.submit(&app, "/admin/announcements", &form).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(page.contains(&rms_i18n::Locale::english().t("admin-announce-sent")), "{page}");
        wait_for_email(&app, "Subject: Second news").await;
        app.shutdown().await;
    }
);
