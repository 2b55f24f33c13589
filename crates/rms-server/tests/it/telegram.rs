//! Telegram against a wiremock fake of the Bot API, from its documented behaviour: `getMe` on
//! setup, linking an account with `/start <token>` (by polling `getUpdates`, and by webhook with
//! the secret given to `setWebhook`), notices sent with `sendMessage`, 429 `retry_after` waited
//! out, and a blocked bot (403) ending the link and turning the channel off.

use reqwest::Method;
use rms_testkit::db_test;
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::harness::{TestApp, status_and_json};

const TOKEN: &str = "123456789:AAHfakeTokenForTheTestsOnly_abcdefgh";

fn ok(result: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"ok": true, "result": result}))
}

async fn bot() -> MockServer {
    let server = MockServer::start().await;
    // Any other token: Telegram's answer to a token it does not know.
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"ok": false, "error_code": 401,
            "description": "Unauthorized"})))
        .with_priority(10)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(format!("/bot{TOKEN}/getMe")))
        .respond_with(ok(json!({"id": 123456789, "is_bot": true, "first_name": "Shop", "username": "shop_test_bot"})))
        .mount(&server)
        .await;
    for m in ["deleteWebhook", "setWebhook"] {
        Mock::given(method("POST"))
            .and(path(format!("/bot{TOKEN}/{m}")))
            .respond_with(ok(json!(true)))
            .mount(&server)
            .await;
    }
    server
}

/// `sendMessage` succeeds for every chat (a test that has a chat block the bot or be throttled
/// mounts that answer with a higher priority).
async fn delivers_messages(server: &MockServer) {
    Mock::given(method("POST"))
        .and(path(format!("/bot{TOKEN}/sendMessage")))
        .respond_with(ok(json!({"message_id": 1})))
        .mount(server)
        .await;
}

/// The messages the bot sent to `chat`, in order.
async fn sent_to(server: &MockServer, chat: i64) -> Vec<String> {
    let requests = server.received_requests().await.unwrap_or_default();
    requests
        .iter()
        .filter(|r| r.url.path().ends_with("/sendMessage"))
        .filter_map(|r| serde_json::from_slice::<Value>(&r.body).ok())
        .filter(|b| b["chat_id"] == chat)
        .map(|b| b["text"].as_str().unwrap_or_default().replace(['\u{2068}', '\u{2069}'], ""))
        .collect()
}

async fn configure(app: &TestApp, admin: &str, server: &MockServer) -> Value {
    let body = json!({"bot_token": TOKEN, "api_base_url": server.uri()});
    let (status, bot) = status_and_json(app.send_with(Method::PUT, "/api/v1/admin/telegram", admin, &body).await).await;
    assert_eq!(status, 200, "{bot}");
    bot
}

fn start_update(id: i64, chat: i64, text: &str) -> Value {
    json!({"update_id": id, "message": {"message_id": id, "date": 0, "text": text,
        "chat": {"id": chat, "type": "private"}, "from": {"id": chat, "is_bot": false, "first_name": "A", "language_code": "en"}}})
}

db_test!(
    async fn a_person_links_telegram_gets_notices_there_and_blocking_the_bot_turns_it_off(t: TestDb) {
        let server = bot().await;
        let app = TestApp::spawn(t).await;
        let admin = app.admin_token("admin@example.com").await;
        // A token Telegram refuses is not kept.
        let bad = json!({"bot_token": "42:not-a-real-token-at-all-xxxxx", "api_base_url": server.uri()});
        assert_eq!(app.send_with(Method::PUT, "/api/v1/admin/telegram", &admin, &bad).await.status(), 422);
        let configured = configure(&app, &admin, &server).await;
        assert_eq!(
            (configured["username"].as_str(), configured["mode"].as_str()),
            (Some("shop_test_bot"), Some("polling"))
        );
        let (_, shown) = status_and_json(app.get_with("/api/v1/admin/telegram", &admin).await).await;
        assert!(!shown.to_string().contains("AAHfake"), "the token is never shown: {shown}");

        let alice = app.sign_up_and_in("alice@example.com").await;
        let alice = alice["access_token"].as_str().unwrap().to_owned();
        let (status, link) =
            status_and_json(app.send_with(Method::POST, "/api/v1/me/telegram", &alice, &json!({})).await).await;
        assert_eq!(status, 200, "{link}");
        let link = link["link"].as_str().unwrap().to_owned();
        let start = link.strip_prefix("https://t.me/shop_test_bot?start=").expect("a deep link to the bot").to_owned();
        // Someone guessing, then alice pressing Start: the worker's poll picks both up.
        Mock::given(method("POST"))
            .and(path(format!("/bot{TOKEN}/getUpdates")))
            .respond_with(ok(json!([
                start_update(10, 555, "/start guessed"),
                start_update(11, 777, &format!("/start {start}"))
            ])))
            .up_to_n_times(1)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path(format!("/bot{TOKEN}/getUpdates")))
            .respond_with(ok(json!([])))
            .mount(&server)
            .await;
        delivers_messages(&server).await;
        rms_testkit::eventually(std::time::Duration::from_secs(20), "alice's chat is linked", || async {
            let (_, me) = status_and_json(app.get_with("/api/v1/me/telegram", &alice).await).await;
            me["linked"] == true
        })
        .await;
        rms_testkit::eventually(std::time::Duration::from_secs(10), "the bot confirms", || async {
            sent_to(&server, 777).await.iter().any(|m| m.contains("Hello Test User"))
        })
        .await;
        assert!(sent_to(&server, 555).await.iter().any(|m| m.contains("expired or was already used")));
        // The next poll starts after what was handled.
        let polls: Vec<Value> = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .filter(|r| r.url.path().ends_with("/getUpdates"))
            .map(|r| serde_json::from_slice(&r.body).unwrap())
            .collect();
        rms_testkit::eventually(std::time::Duration::from_secs(15), "a later poll", || async {
            server.received_requests().await.unwrap().iter().filter(|r| r.url.path().ends_with("/getUpdates")).count()
                > polls.len()
        })
        .await;
        let last: Value = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .rev()
            .find(|r| r.url.path().ends_with("/getUpdates"))
            .map(|r| serde_json::from_slice(&r.body).unwrap())
            .unwrap();
        assert_eq!(last["offset"], 12);

        // Security notices by Telegram too; a 429 is waited out.
        let prefs = json!({"api_key_created": {"email": true, "telegram": true, "in_app": true}});
        assert_eq!(
            app.send_with(Method::PUT, "/api/v1/me/notification-preferences", &alice, &prefs).await.status(),
            200
        );
        Mock::given(method("POST"))
            .and(path(format!("/bot{TOKEN}/sendMessage")))
            .and(body_partial_json(json!({"chat_id": 777})))
            .respond_with(ResponseTemplate::new(429).set_body_json(json!({"ok": false, "error_code": 429,
                "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}})))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
        let key = json!({"name": "deploy", "scopes": ["read"]});
        assert_eq!(app.send_with(Method::POST, "/api/v1/api-keys", &alice, &key).await.status(), 201);
        rms_testkit::eventually(std::time::Duration::from_secs(20), "the notice on Telegram", || async {
            sent_to(&server, 777).await.iter().filter(|m| m.contains("deploy")).count() == 2
        })
        .await;

        // Alice blocks the bot: the next notice unlinks her and turns Telegram off.
        Mock::given(method("POST"))
            .and(path(format!("/bot{TOKEN}/sendMessage")))
            .and(body_partial_json(json!({"chat_id": 777})))
            .respond_with(ResponseTemplate::new(403).set_body_json(json!({"ok": false, "error_code": 403,
                "description": "Forbidden: bot was blocked by the user"})))
            .with_priority(1)
            .mount(&server)
            .await;
        let key = json!({"name": "second", "scopes": ["read"]});
        assert_eq!(app.send_with(Method::POST, "/api/v1/api-keys", &alice, &key).await.status(), 201);
        rms_testkit::eventually(std::time::Duration::from_secs(20), "the link ends", || async {
            let (_, me) = status_and_json(app.get_with("/api/v1/me/telegram", &alice).await).await;
            me["linked"] == false
        })
        .await;
        // The channel went off before the link ended.
        let (_, matrix) = status_and_json(app.get_with("/api/v1/me/notification-preferences", &alice).await).await;
        assert!(matrix.as_object().unwrap().values().all(|c| c["telegram"] == false), "{matrix}");
        app.shutdown().await;
    }
);

db_test!(
    async fn behind_https_updates_come_by_webhook_with_the_secret_telegram_was_given(t: TestDb) {
        let server = bot().await;
        delivers_messages(&server).await;
        let app = TestApp::on(t)
            .config(|c| {
                c.public_url = Some(rms_server::config::PublicUrl(url::Url::parse("https://shop.example.com").unwrap()))
            })
            .start()
            .await;
        let admin = app.admin_token("admin@example.com").await;
        let configured = configure(&app, &admin, &server).await;
        assert_eq!(configured["mode"], "webhook");
        let set: Value = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .find(|r| r.url.path().ends_with("/setWebhook"))
            .map(|r| serde_json::from_slice(&r.body).unwrap())
            .expect("setWebhook was called");
        assert_eq!(set["url"], "https://shop.example.com/webhooks/telegram");
        let secret = set["secret_token"].as_str().unwrap().to_owned();

        let alice = app.sign_up_and_in("alice@example.com").await;
        let alice = alice["access_token"].as_str().unwrap().to_owned();
        let (_, link) =
            status_and_json(app.send_with(Method::POST, "/api/v1/me/telegram", &alice, &json!({})).await).await;
        let start = link["link"].as_str().unwrap().split("start=").nth(1).unwrap().to_owned();
        let update = start_update(1, 888, &format!("/start {start}"));
        let hook = |secret: &str| {
            app.client
                .post(app.url("/webhooks/telegram"))
                .header("X-Telegram-Bot-Api-Secret-Token", secret)
                .json(&update)
                .send()
        };
        assert_eq!(hook("forged").await.unwrap().status(), 401);
        let (_, me) = status_and_json(app.get_with("/api/v1/me/telegram", &alice).await).await;
        assert_eq!(me["linked"], false, "a forged update changes nothing");
        assert_eq!(hook(&secret).await.unwrap().status(), 200);
        let (_, me) = status_and_json(app.get_with("/api/v1/me/telegram", &alice).await).await;
        assert_eq!(me["linked"], true);
        assert!(sent_to(&server, 888).await.iter().any(|m| m.contains("linked to your account")));
        // /stop from the chat ends it.
        let stop = start_update(2, 888, "/stop");
        let res = app
            .client
            .post(app.url("/webhooks/telegram"))
            .header("X-Telegram-Bot-Api-Secret-Token", &secret)
            .json(&stop)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let (_, me) = status_and_json(app.get_with("/api/v1/me/telegram", &alice).await).await;
        assert_eq!(me["linked"], false);
        app.shutdown().await;
    }
);

db_test!(
    async fn the_settings_page_offers_telegram_once_a_bot_is_set_up(t: TestDb) {
        let server = bot().await;
        let app = TestApp::spawn(t).await;
        let admin = app.admin_token("admin@example.com").await;
        app.sign_up_and_in("alice@example.com").await;
        let mut alice = crate::web_session::Browser::default();
        crate::web_store::signed_in(&app, &mut alice, "alice@example.com").await;
        let (_, page) = alice.get(&app, "/account/notifications").await;
        assert!(!page.contains("api_key_created:telegram"), "no bot, no Telegram column");
        configure(&app, &admin, &server).await;
        let (status, page) = alice.get(&app, "/account/notifications").await;
        assert_eq!(status, 200);
        assert!(page.contains("@shop_test_bot") && page.contains("api_key_created:telegram"), "{page}");
        let (status, page, _) = alice.submit(&app, "/account/telegram", &[]).await;
        assert_eq!(status, 200);
        assert!(page.contains("https://t.me/shop_test_bot?start="), "{page}");
        let form = [
            ("api_key_created:email", "on"),
            ("api_key_created:telegram", "on"),
            ("password_changed:in_app", "on"),
            ("new_sign_in:in_app", "on"),
            ("two_factor_changed:in_app", "on"),
        ];
        let (status, page, _) = alice.submit(&app, "/account/notifications", &form).await;
        assert_eq!(status, 200, "{page}");
        let alice_token = app.log_in("alice@example.com").await["access_token"].as_str().unwrap().to_owned();
        let (_, matrix) =
            status_and_json(app.get_with("/api/v1/me/notification-preferences", &alice_token).await).await;
        assert_eq!(matrix["api_key_created"], json!({"email": true, "telegram": true, "in_app": false}));
        app.shutdown().await;
    }
);

db_test!(
    async fn admins_hear_in_their_chat_of_what_needs_them(t: TestDb) {
        let server = bot().await;
        delivers_messages(&server).await;
        let app = TestApp::spawn(t).await;
        let admin = app.admin_token("admin@example.com").await;
        let body = json!({"bot_token": TOKEN, "api_base_url": server.uri(), "admin_chat_id": -100999});
        let (status, bot) =
            status_and_json(app.send_with(Method::PUT, "/api/v1/admin/telegram", &admin, &body).await).await;
        assert_eq!((status.as_u16(), bot["admin_chat_id"].as_i64()), (200, Some(-100999)));
        let telegram = &app.running().state().services.telegram;
        let alert = rms_app::jobs::AdminAlert {
            kind: "reconciliation".into(),
            args: [("count".to_owned(), "2".to_owned())].into(),
            dedupe: None,
        };
        assert!(telegram.admin_alert(&alert).await.unwrap());
        let sent = sent_to(&server, -100999).await;
        assert!(sent[0].contains("found 2 breaches") && sent[0].contains("/admin/billing"), "{sent:?}");
        app.shutdown().await;
    }
);

db_test!(
    async fn an_admin_sets_the_bot_up_from_its_page_and_changes_the_admin_chat_without_the_token(t: TestDb) {
        let server = bot().await;
        let app = TestApp::spawn(t).await;
        app.admin_token("admin@example.com").await;
        let mut b = crate::web_session::Browser::default();
        crate::web_store::signed_in(&app, &mut b, "admin@example.com").await;
        let (status, page) = b.get(&app, "/admin/telegram").await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(page.contains("name=\"bot_token\"") && !page.contains("@shop_test_bot"), "{page}");
        let form = [("bot_token", TOKEN), ("admin_chat_id", ""), ("api_base_url", &server.uri())];
        let (status, page, _) = b.submit(&app, "/admin/telegram", &form).await;
        assert_eq!(status, reqwest::StatusCode::OK, "{page}");
        assert!(page.contains("@shop_test_bot") && !page.contains(TOKEN), "the token is never shown: {page}");
        // The admin chat changes with the token field left empty: the bot set up is kept.
        let form = [("bot_token", ""), ("admin_chat_id", "-100777"), ("api_base_url", &server.uri())];
        let (status, page, _) = b.submit(&app, "/admin/telegram", &form).await;
        assert_eq!(status, reqwest::StatusCode::OK, "{page}");
        assert!(page.contains("-100777"), "{page}");
        let form = [("bot_token", ""), ("admin_chat_id", "general"), ("api_base_url", "")];
        let (status, page, _) = b.submit(&app, "/admin/telegram", &form).await;
        assert_eq!(status, reqwest::StatusCode::UNPROCESSABLE_ENTITY, "{page}");
        let (status, page, _) = b.submit(&app, "/admin/telegram", &[("remove", "1")]).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(!page.contains("@shop_test_bot"), "{page}");
        // A customer is refused.
        app.sign_up_and_in("carol@example.com").await;
        let mut c = crate::web_session::Browser::default();
        crate::web_store::signed_in(&app, &mut c, "carol@example.com").await;
        assert_eq!(c.get(&app, "/admin/telegram").await.0, reqwest::StatusCode::FORBIDDEN);
        app.shutdown().await;
    }
);

db_test!(
    async fn a_job_that_gave_up_is_told_to_the_admin_chat(t: TestDb) {
        let server = bot().await;
        delivers_messages(&server).await;
        // No worker: this test plays it, one step at a time.
        let app = TestApp::on(t).without_worker().start().await;
        let admin = app.admin_token("admin@example.com").await;
        let body = json!({"bot_token": TOKEN, "api_base_url": server.uri(), "admin_chat_id": -100555});
        assert_eq!(app.send_with(Method::PUT, "/api/v1/admin/telegram", &admin, &body).await.status(), 200);
        let services = &app.running().state().services;
        let queue = rms_store::queue::JobQueue::new(app.db.clone());
        let now = rms_core::Timestamp::from_millis(
            i64::try_from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis())
                .unwrap(),
        );
        let job = rms_store::queue::NewJob::new("invoices.render_missing", json!({})).max_attempts(1);
        let id = queue.enqueue_now(now, &job).await.unwrap().unwrap();
        let worker = uuid::Uuid::now_v7();
        let claimed = queue.claim(worker, now, now.plus(std::time::Duration::from_secs(60)), 100).await.unwrap();
        assert!(claimed.iter().any(|j| j.id == id));
        let buried = queue.bury(id, worker, now, "the renderer is missing a font").await.unwrap();
        assert_eq!(buried, rms_store::queue::Finish::Recorded);
        assert_eq!(services.dead_letters.alert().await.unwrap(), 1);
        let queued = queue.list_kind("telegram.admin_alert").await.unwrap();
        assert_eq!(queued.len(), 1);
        let alert: rms_app::jobs::AdminAlert = serde_json::from_value(queued[0].payload.clone()).unwrap();
        assert!(services.telegram.admin_alert(&alert).await.unwrap());
        let sent = sent_to(&server, -100555).await;
        assert!(
            sent[0].contains("invoices.render_missing")
                && sent[0].contains("missing a font")
                && sent[0].contains("/admin/jobs"),
            "{sent:?}"
        );
        // The stored token is not handed to another address without being given again.
        let elsewhere = json!({"bot_token": "", "api_base_url": "http://127.0.0.1:9", "admin_chat_id": -100555});
        let (status, problem) =
            status_and_json(app.send_with(Method::PUT, "/api/v1/admin/telegram", &admin, &elsewhere).await).await;
        assert_eq!((status.as_u16(), problem["field"].as_str()), (422, Some("bot_token")), "{problem}");
        app.shutdown().await;
    }
);
