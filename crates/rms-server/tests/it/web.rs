//! The web shell: localised landing page, language switching, API docs, static assets.

use reqwest::StatusCode;
use rms_testkit::db_test;
use serde_json::Value;

use crate::harness::{JsonBody, TestApp, plain};

fn attr<'a>(html: &'a str, prefix: &str) -> &'a str {
    let start = html.find(prefix).unwrap_or_else(|| panic!("{prefix} not in page")) + prefix.len();
    let end = html[start..].find('"').unwrap() + start;
    &html[start..end]
}

db_test!(
    async fn the_landing_page_speaks_english_arabic_and_russian(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        for (accept, lang, dir, tagline) in [
            ("en-US,en;q=0.9", "en", "ltr", "Sell your software, protect it"),
            ("ar-EG,ar;q=0.9,en;q=0.5", "ar", "rtl", "بِع برمجياتك"),
            ("ru-RU,ru;q=0.9", "ru", "ltr", "Продавайте свои программы"),
            ("tlh", "en", "ltr", "Sell your software"),
        ] {
            let res = app.get_with_headers("/", &[("accept-language", accept)]).await;
            assert_eq!(res.status(), StatusCode::OK);
            assert_eq!(res.headers()["content-type"], "text/html; charset=utf-8");
            let html = res.text().await.unwrap();
            assert_eq!(attr(&html, "<html lang=\""), lang, "{accept}");
            assert_eq!(attr(&html, "dir=\""), dir, "{accept}");
            assert!(html.contains(tagline), "{accept}: tagline missing");
            assert!(html.contains("href=\"/sign-in\"") && html.contains("href=\"/api/docs\""));
        }
        app.shutdown().await;
    }
);

db_test!(
    async fn choosing_a_language_is_remembered_and_beats_the_browser_setting(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let res = app.get_with_headers("/?lang=ar", &[("accept-language", "ru")]).await;
        let lang_cookie = |res: &reqwest::Response| {
            res.headers()
                .get_all("set-cookie")
                .iter()
                .map(|v| v.to_str().unwrap().to_owned())
                .find(|c| c.starts_with("rms_lang="))
        };
        let cookie = lang_cookie(&res).unwrap();
        assert!(cookie.starts_with("rms_lang=ar;") && cookie.contains("SameSite=Lax"), "{cookie}");
        assert_eq!(attr(&res.text().await.unwrap(), "<html lang=\""), "ar");

        let res = app.get_with_headers("/", &[("cookie", "rms_lang=ar"), ("accept-language", "ru")]).await;
        assert!(lang_cookie(&res).is_none(), "nothing new to remember");
        assert_eq!(attr(&res.text().await.unwrap(), "<html lang=\""), "ar");

        let res = app.get_with_headers("/?lang=xx", &[("cookie", "rms_lang=ru")]).await;
        assert!(lang_cookie(&res).is_none(), "an unknown language is not remembered");
        assert_eq!(attr(&res.text().await.unwrap(), "<html lang=\""), "ru");
        app.shutdown().await;
    }
);

db_test!(
    async fn htmx_gets_the_page_fragment_to_swap_in_place(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let res = app.get_with_headers("/?lang=ar", &[("hx-request", "true")]).await;
        assert_eq!(res.status(), StatusCode::OK);
        let vary: Vec<_> = res.headers().get_all("vary").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
        assert!(vary.iter().any(|v| v.contains("HX-Request")), "{vary:?}");
        let html = res.text().await.unwrap();
        assert!(html.trim_start().starts_with("<div id=\"page\""), "a fragment, not a document");
        assert!(!html.contains("<html"));
        assert_eq!(attr(&html, "data-lang=\""), "ar");
        assert_eq!(attr(&html, "data-dir=\""), "rtl");
        assert!(html.contains("hx-get=\"/\"") && html.contains("hx-target=\"#page\""), "the selector swaps #page");
        app.shutdown().await;
    }
);

db_test!(
    async fn browsers_get_error_pages_in_their_language(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let res = app.get_with_headers("/no/such/page", &[("accept", "text/html"), ("accept-language", "ru")]).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let html = res.text().await.unwrap();
        assert!(html.contains("<title>Не найдено</title>") && html.contains("Вернуться на главную"), "{html}");
        app.shutdown().await;
    }
);

db_test!(
    async fn the_api_is_documented_from_vendored_assets(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let spec: Value = app.get("/api/openapi.json").await.json().await.unwrap();
        assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
        for path in ["/healthz", "/readyz", "/metrics"] {
            assert!(spec["paths"].get(path).is_some(), "{path} is not documented");
        }
        assert!(spec["components"]["schemas"].get("ProblemBody").is_some());

        let res = app.get_with_headers("/api/docs", &[("accept-language", "ru")]).await;
        assert_eq!(res.status(), StatusCode::OK);
        let csp = res.headers()["content-security-policy"].to_str().unwrap().to_owned();
        assert!(csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe-inline'"), "{csp}");
        let html = res.text().await.unwrap();
        assert!(html.contains("Документация API"));
        assert!(!html.contains("http://") && !html.contains("https://"), "no CDN or other origin is referenced");
        let script = attr(&html, "<script src=\"/static/vendor/redoc");
        let res = app.get(&format!("/static/vendor/redoc{script}")).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.bytes().await.unwrap().len() > 100_000, "the renderer is served from this server");
        app.shutdown().await;
    }
);

db_test!(
    async fn assets_are_cached_forever_only_under_their_content_hash(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let html = app.get("/").await.text().await.unwrap();
        let css = attr(&html, "<link rel=\"stylesheet\" href=\"").to_owned();
        assert!(css.starts_with("/static/app.css?v="), "{css}");
        let res = app.get(&css).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()["cache-control"], "public, max-age=31536000, immutable");
        assert_eq!(res.headers()["content-type"], "text/css; charset=utf-8");
        let etag = res.headers()["etag"].to_str().unwrap().to_owned();

        let stale = app.get("/static/app.css?v=0000").await;
        assert_eq!(stale.headers()["cache-control"], "no-cache");
        let revalidated = app.get_with_headers("/static/app.css", &[("if-none-match", &etag)]).await;
        assert_eq!(revalidated.status(), StatusCode::NOT_MODIFIED);

        for path in ["/static/nope.js", "/static/%2e%2e/Cargo.toml", "/static/..%2f..%2fCargo.toml", "/static/"] {
            assert_eq!(app.get(path).await.status(), StatusCode::NOT_FOUND, "{path}");
        }
        app.shutdown().await;
    }
);

#[test]
fn the_stylesheet_uses_logical_properties_only() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/app.css")).unwrap();
    let physical = [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "border-left",
        "border-right",
        "left:",
        "right:",
        "text-align: left",
        "text-align: right",
        "float: left",
        "float: right",
        "margin-top",
        "margin-bottom",
        "padding-top",
        "padding-bottom",
        "width:",
        "height:",
    ];
    for line in css.lines().filter(|l| !l.trim_start().starts_with("/*")) {
        for p in physical {
            let hit = line.split(['{', ';']).any(|decl| {
                let decl = decl.trim();
                decl.starts_with(p) || decl.starts_with(&format!("{} ", p.trim_end_matches(':')))
            });
            assert!(!hit, "physical property {p} in: {line}");
        }
    }
}

#[test]
fn landing_texts_are_translated_not_copied() {
    use rms_i18n::Locale;
    let en = Locale::english();
    for tag in ["ar", "ru"] {
        let l = Locale::parse(tag).unwrap();
        for key in ["landing-tagline", "landing-intro", "nav-sign-in", "problem-not-found-detail"] {
            assert_ne!(plain(&l.t(key)), plain(&en.t(key)), "{tag} {key} is an English copy");
        }
    }
}

db_test!(
    async fn an_owner_sees_their_licenses_and_frees_a_device_from_the_page(t: TestDb) {
        use crate::licensing::Shop;
        use crate::web_session::Browser;
        let shop = Shop::open(
            TestApp::without_worker_on(t).await,
            "software",
            serde_json::json!({"name": "Pro", "max_activations": 2, "max_reassignments": 3}),
        )
        .await;
        let activation: serde_json::Value = shop
            .app
            .post_json(
                "/api/v1/activations",
                serde_json::json!({"key": shop.key, "product": "tool", "fingerprint": "fp-1", "name": "Studio PC", "nonce": "nonce-0001"}),
            )
            .await.value().await;
        let activation = activation["activation"]["id"].as_str().unwrap().to_owned();
        let mut b = Browser::default();
        b.get(&shop.app, "/sign-in").await;
        let login = [("email", "owner@example.com"), ("password", crate::harness::PASSWORD)];
        let (status, _, _) = b.submit(&shop.app, "/sign-in", &login).await;
        assert_eq!(status, reqwest::StatusCode::SEE_OTHER);

        let (status, page) = b.get(&shop.app, "/licenses").await;
        assert_eq!(status, reqwest::StatusCode::OK);
        let page = plain(&page);
        assert!(page.contains(&shop.key), "the key is shown to its owner");
        assert!(page.contains("Studio PC") && page.contains("1 of 2 in use") && page.contains("3 of 3 left"), "{page}");

        let path = format!("/licenses/{}/activations/{activation}/deactivate", shop.license_id);
        let (status, page, _) = b.submit(&shop.app, &path, &[]).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        let page = plain(&page);
        assert!(page.contains("0 of 2 in use") && page.contains("2 of 3 left"), "{page}");
        assert_eq!(shop.seats_used().await, 0);
        // Without the CSRF token nothing happens.
        let (status, _, _) = b.post(&shop.app, &path, &[]).await;
        assert_eq!(status, reqwest::StatusCode::FORBIDDEN);

        // Split a seat off for a team, then take it back.
        let split = format!("/licenses/{}/sub-licenses", shop.license_id);
        let (status, page, _) = b.submit(&shop.app, &split, &[("seats", "1"), ("label", "Design team")]).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        let page = plain(&page);
        assert!(page.contains("Design team") && page.contains("1 of 2 in use"), "{page}");
        let (status, page, _) = b.submit(&shop.app, &split, &[("seats", "5")]).await;
        assert_eq!(status, reqwest::StatusCode::CONFLICT);
        assert!(plain(&page).contains("Only one seat of this license is free"), "{page}");
        let sub_at = page.find("/sub-licenses/").unwrap() + "/sub-licenses/".len();
        let revoke = format!("{split}/{}/revoke", &page[sub_at..sub_at + 36]);
        let (status, page, _) = b.submit(&shop.app, &revoke, &[]).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(plain(&page).contains("0 of 2 in use"), "{page}");

        // An air-gapped machine's request, pasted into the page, comes back as its license file.
        let request =
            rms_client::offline::activation_request(&shop.key, "tool", "offline-box", None, None, 1_800_000_000)
                .unwrap();
        let offline = format!("/licenses/{}/offline-activation", shop.license_id);
        let (status, file, _) = b.submit(&shop.app, &offline, &[("request", &request)]).await;
        assert_eq!(status, reqwest::StatusCode::OK);
        assert!(file.starts_with("-----BEGIN RMS LICENSE-----"), "{file}");
        let (status, page, _) = b.submit(&shop.app, &offline, &[("request", "not a request")]).await;
        assert_eq!(status, reqwest::StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("not an activation request written with this license"), "{page}");
    }
);

db_test!(
    async fn an_admin_sets_up_a_product_issues_a_license_and_manages_it_in_the_panel(t: TestDb) {
        use crate::web_session::Browser;
        let app = TestApp::without_worker_on(t).await;
        app.admin_token("vendor@example.com").await;
        app.sign_up_and_in("buyer@example.com").await;
        let mut b = Browser::default();
        b.get(&app, "/sign-in").await;
        let login = [("email", "vendor@example.com"), ("password", crate::harness::PASSWORD)];
        b.submit(&app, "/sign-in", &login).await;

        let product = [("name", "Photo Tool"), ("slug", "photo-tool"), ("kind", "software")];
        let (status, _, location) = b.submit(&app, "/admin/products", &product).await;
        assert_eq!((status, location.as_deref()), (StatusCode::SEE_OTHER, Some("/admin/products")));
        // A taken slug is explained on the page, not a crash.
        let (status, page, _) = b.submit(&app, "/admin/products", &product).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(page.contains("Another product already uses this slug"), "the page says why: {page}");

        let (_, page) = b.get(&app, "/admin/products").await;
        let id_at = page.find("/admin/products/").unwrap() + "/admin/products/".len();
        let product_id = &page[id_at..id_at + 36];
        let (status, _, _) = b.submit(&app, &format!("/admin/products/{product_id}/rotate-key"), &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let keys: Value = app.get(&format!("/api/v1/products/{product_id}/public-keys")).await.json().await.unwrap();
        assert_eq!(keys.as_array().unwrap().len(), 2, "the rotation added a key");
        let plan = [("name", "Studio"), ("max_activations", "2"), ("duration_days", "365")];
        let (status, _, _) = b.submit(&app, &format!("/admin/products/{product_id}/plans"), &plan).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let bad = [("name", "Broken"), ("max_activations", "lots")];
        let (status, _, _) = b.submit(&app, &format!("/admin/products/{product_id}/plans"), &bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

        let (_, page) = b.get(&app, "/admin/licenses").await;
        assert!(page.contains("Photo Tool · Studio"), "the issue form offers the plan");
        let select = page.find("id=\"issue-plan\"").unwrap();
        let option = page[select..].find("<option value=\"").unwrap() + select + "<option value=\"".len();
        let plan_id = &page[option..option + 36];
        let key_field =
            page.find("name=\"idempotency_key\" value=\"").unwrap() + "name=\"idempotency_key\" value=\"".len();
        let form_key = &page[key_field..key_field + 36];
        let issue = [("email", "buyer@example.com"), ("plan_id", plan_id), ("idempotency_key", form_key)];
        let (status, issued, _) = b.submit(&app, "/admin/licenses", &issue).await;
        assert_eq!(status, StatusCode::CREATED);
        // The answer shows the full key once, with a copy button, and is the license's page.
        let opening = "<code id=\"issued-key\" class=\"secret\" dir=\"ltr\">";
        let key_at = issued.find(opening).expect("the key is shown") + opening.len();
        let key = &issued[key_at..key_at + issued[key_at..].find("</code>").unwrap()];
        assert!(issued.contains("data-copy=\"issued-key\""), "with a copy button");
        let action = issued.find("<form method=\"post\" action=\"/admin/licenses/").unwrap() + 28;
        let license_path = issued[action..action + "/admin/licenses/".len() + 36].to_owned();
        assert!(key.starts_with("RMS1-") && key.len() > 100, "the whole key: {key}");
        // Sent again (a reload of that answer): the same license and key, not a second license.
        let (status, again, _) = b.submit(&app, "/admin/licenses", &issue).await;
        assert_eq!(status, StatusCode::CREATED);
        assert!(again.contains(key) && again.contains(&license_path), "the same license shown again");

        let (_, page) = b.get(&app, &license_path).await;
        assert!(!page.contains("id=\"issued-key\""), "the key is not shown again");
        let page = plain(&page);
        assert!(page.contains("buyer@example.com") && page.contains("0 / 2"), "{page}");
        let (status, page, _) = b.submit(&app, &license_path, &[("action", "suspend")]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Suspended"));
        let (status, page, _) = b.submit(&app, &license_path, &[("action", "seats"), ("seats", "0")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");

        // A customer gets no panel, whatever the URL.
        let mut customer = Browser::default();
        customer.get(&app, "/sign-in").await;
        customer
            .submit(&app, "/sign-in", &[("email", "buyer@example.com"), ("password", crate::harness::PASSWORD)])
            .await;
        for path in ["/admin/products", "/admin/licenses", license_path.as_str()] {
            assert_eq!(customer.get(&app, path).await.0, StatusCode::FORBIDDEN, "{path}");
        }
    }
);

/// The 45 languages of `LANGUAGES.md`; the four written right to left.
const LANGUAGES: [&str; 45] = [
    "en", "ar", "he", "fa", "ur", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "cs", "sk", "hu", "ro", "bg", "el",
    "hr", "sr", "sl", "sv", "da", "nb", "fi", "et", "lv", "lt", "tr", "ru", "uk", "be", "kk", "uz", "az", "ka", "hy",
    "zh-CN", "zh-TW", "ja", "ko", "hi", "th", "vi", "id",
];
const RIGHT_TO_LEFT: [&str; 4] = ["ar", "he", "fa", "ur"];

/// The visible text runs of a page that read as a sentence (three words or more), without the
/// isolation marks around inserted values.
fn sentences(html: &str) -> std::collections::BTreeSet<String> {
    let mut visible = String::new();
    let mut rest = html;
    // Scripts and styles are not text anyone reads.
    while let Some(start) = rest.find("<script").or_else(|| rest.find("<style")) {
        visible.push_str(&rest[..start]);
        let close = if rest[start..].starts_with("<script") { "</script>" } else { "</style>" };
        rest = rest[start..].find(close).map_or("", |end| &rest[start + end + close.len()..]);
    }
    visible.push_str(rest);
    visible
        .split('<')
        .filter_map(|chunk| chunk.split_once('>').map(|(_, text)| text))
        .map(|text| plain(text).replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\""))
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| text.split(' ').count() >= 3)
        // The product's name is a name in every language.
        .filter(|text| text != "RMS License Server")
        .collect()
}

db_test!(
    async fn every_language_gets_the_public_pages_in_its_own_words_and_direction(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let shipped: std::collections::BTreeSet<&str> = rms_i18n::Locale::all().map(|l| l.tag()).collect();
        assert_eq!(shipped, LANGUAGES.into_iter().collect(), "the binary ships exactly the 45 languages");
        let page = |path: String| {
            let app = &app;
            async move {
                let res = app.client.get(app.url(&path)).send().await.unwrap();
                assert_eq!(res.status(), StatusCode::OK, "{path}");
                res.text().await.unwrap()
            }
        };
        for path in ["/", "/sign-in", "/sign-up", "/forgot-password"] {
            let english = sentences(&page(format!("{path}?lang=en")).await);
            assert!(english.len() >= 2, "{path}: too little English to compare with: {english:?}");
            for tag in LANGUAGES.into_iter().filter(|t| *t != "en") {
                let html = page(format!("{path}?lang={tag}")).await;
                assert_eq!(attr(&html, "<html lang=\""), tag, "{path}");
                let dir = if RIGHT_TO_LEFT.contains(&tag) { "rtl" } else { "ltr" };
                assert_eq!(attr(&html, "dir=\""), dir, "{tag} {path}");
                let theirs = sentences(&html);
                let left: Vec<_> = english.intersection(&theirs).collect();
                assert!(left.is_empty(), "{tag} {path} still says in English: {left:?}");
            }
        }
        app.shutdown().await;
    }
);

db_test!(
    async fn a_signed_in_persons_language_choice_is_their_accounts_and_follows_them_to_a_new_browser(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let mut b = crate::web_session::Browser::alice_signed_in(&app).await;
        let (_, page) = b.get(&app, "/account").await;
        assert_eq!(attr(&page, "<html lang=\""), "en");
        // Picking German in the selector makes it the account's language.
        let (_, page) = b.get(&app, "/account?lang=de").await;
        assert_eq!(attr(&page, "<html lang=\""), "de");
        let tokens = app.log_in("alice@example.com").await;
        let me = app.get_with("/api/v1/me", tokens["access_token"].as_str().unwrap()).await.value().await;
        assert_eq!(me["locale"], "de", "saved on the account: emails and invoices follow it");

        // A new browser, whose own language is Russian, starts in German once Alice signs in.
        let mut other = crate::web_session::Browser::default();
        let res = app.get_with_headers("/sign-in", &[("accept-language", "ru")]).await;
        assert_eq!(attr(&res.text().await.unwrap(), "<html lang=\""), "ru");
        crate::web_store::signed_in(&app, &mut other, "alice@example.com").await;
        let (_, page) = other.get(&app, "/account").await;
        assert_eq!(attr(&page, "<html lang=\""), "de");
        app.shutdown().await;
    }
);

db_test!(
    async fn isolation_marks_are_for_pages_only_never_in_json_or_csv(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let marks = ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];
        for lang in RIGHT_TO_LEFT {
            let body =
                serde_json::json!({"email": "not-an-address", "password": crate::harness::PASSWORD, "name": "X"});
            let res = app.post_json_with_headers("/api/v1/auth/register", &[("accept-language", lang)], body).await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
            let problem = res.value().await;
            let detail = problem["detail"].as_str().unwrap();
            assert!(detail.contains("email") && !detail.contains(marks), "{lang}: {detail:?}");
            assert!(!problem["title"].as_str().unwrap().contains(marks));
        }
        // An export asked for in Arabic is as plain.
        let admin = app.admin_token("root@example.com").await;
        let csv = app
            .client
            .get(app.url("/api/v1/admin/analytics/sales.csv"))
            .header("accept-language", "ar")
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!csv.contains(marks), "{csv:?}");
        app.shutdown().await;
    }
);
