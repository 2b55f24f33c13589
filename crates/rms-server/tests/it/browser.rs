//! In a real browser (Debian's chromium, driven through chromedriver): the language selector
//! switches the page in place, Arabic lays out right to left, and the vendored scripts run under
//! our CSP.
//!
//! Needs `chromedriver` and `chromium` on the PATH. Without them the test says so and returns,
//! unless `RMS_TEST_BROWSER=1` (CI sets it), which makes their absence a failure.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use reqwest::Method;
use rms_testkit::{Backend, TestDb};
use serde_json::{Value, json};

use crate::harness::TestApp;

pub(crate) struct Driver {
    process: Child,
    _profile: tempfile::TempDir,
    pub(crate) client: Client,
    /// Not beside the process-killing tests (see [`crate::harness::HEAVY`]).
    _turn: tokio::sync::OwnedRwLockReadGuard<()>,
}

impl Driver {
    /// Ends the browser session. What the test checks has been asserted by now, so an error
    /// closing it (whatever chromedriver reports: CI once failed a passing test here, its message
    /// cut from the log) is printed, not failed on; `Drop` ends the processes either way.
    pub(crate) async fn quit(self) {
        if let Err(e) = self.client.clone().close().await {
            eprintln!("the browser session did not close cleanly: {e}");
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn tool(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH")?.to_str()?.split(':').map(|d| std::path::Path::new(d).join(name)).find(|p| p.is_file())
}

pub(crate) async fn browser() -> Option<Driver> {
    browser_sized(1200, 900).await
}

/// A browser whose window is `width` × `height` CSS pixels (390 × 844: a phone).
pub(crate) async fn browser_sized(width: u32, height: u32) -> Option<Driver> {
    launch(width, height, None).await
}

/// A browser whose clock is in the IANA time zone `zone` (its `TZ`), as a visitor's there is.
pub(crate) async fn browser_in_zone(zone: &str) -> Option<Driver> {
    launch(1200, 900, Some(zone)).await
}

async fn launch(width: u32, height: u32, zone: Option<&str>) -> Option<Driver> {
    let required = std::env::var("RMS_TEST_BROWSER").is_ok_and(|v| v == "1");
    let (Some(driver), Some(chromium)) = (tool("chromedriver"), tool("chromium")) else {
        assert!(!required, "RMS_TEST_BROWSER=1 but chromium or chromedriver is not installed");
        eprintln!("browser test skipped: install chromium and chromium-driver to run it");
        return None;
    };
    let turn = crate::harness::HEAVY.clone().read_owned().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut command = Command::new(driver);
    command.arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null());
    if let Some(zone) = zone {
        command.env("TZ", zone);
    }
    let process = command.spawn().unwrap();
    let profile = tempfile::tempdir().unwrap();
    let mut caps = serde_json::Map::new();
    // Chromium keeps a desktop window at least 500 px wide; a phone's viewport is emulated.
    let mut options = json!({
            "binary": chromium,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", format!("--window-size={width},{height}"), "--lang=en-US",
                format!("--user-data-dir={}", profile.path().display()),
            ]
    });
    if width < 500 {
        options["mobileEmulation"] = json!({"deviceMetrics": {"width": width, "height": height, "pixelRatio": 3.0}});
    }
    caps.insert("goog:chromeOptions".to_owned(), options);
    let deadline = Instant::now() + Duration::from_secs(30);
    let client = loop {
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(caps.clone());
        match builder.connect(&format!("http://127.0.0.1:{port}")).await {
            Ok(c) => break c,
            Err(e) if Instant::now() < deadline => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("cannot start a browser session: {e}"),
        }
    };
    Some(Driver { process, _profile: profile, client, _turn: turn })
}

pub(crate) async fn js(c: &Client, script: &str) -> Value {
    c.execute(script, vec![]).await.unwrap()
}

/// The page's language and direction, as `[lang, dir]`.
async fn lang_and_dir(c: &Client) -> Value {
    js(c, "return [document.documentElement.lang, document.documentElement.dir]").await
}

pub(crate) async fn wait_js(c: &Client, what: &str, script: &str) {
    // A bound on something that will happen (a worker's job, a page's poll), not a timing claim:
    // generous, because CI runs the browser beside the kill -9 fault loops on two cores.
    let deadline = Instant::now() + Duration::from_secs(60);
    while js(c, script).await != Value::Bool(true) {
        if Instant::now() >= deadline {
            // What the page shows instead, to tell why.
            let seen = js(c, "return location.href + '\\n' + document.body.innerText.slice(0, 3000)").await;
            panic!("timed out waiting until {what}; the page is {}", seen.as_str().unwrap_or_default());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_language_switches_in_place_and_arabic_reads_right_to_left() {
    let Some(driver) = browser().await else { return };
    let app = TestApp::without_worker_on(TestDb::new(Backend::Sqlite).await).await;
    let c = &driver.client;

    c.goto(&app.url("/")).await.unwrap();
    assert_eq!(lang_and_dir(c).await, json!(["en", "ltr"]));
    assert_eq!(js(c, "return typeof htmx").await, json!("object"), "htmx loaded under the CSP");
    assert_eq!(
        js(c, "return getComputedStyle(document.querySelector('.button')).borderTopLeftRadius").await,
        json!("8px"),
        "the stylesheet applied"
    );
    js(c, "window.__sameDocument = 42; return true").await;

    let select = c.find(Locator::Css("#lang-select")).await.unwrap();
    select.select_by_value("ar").await.unwrap();
    wait_js(c, "the page is Arabic", "return document.documentElement.dir === 'rtl'").await;

    assert_eq!(js(c, "return window.__sameDocument").await, json!(42), "switched without reloading the page");
    assert_eq!(js(c, "return document.documentElement.lang").await, json!("ar"));
    let tagline = js(c, "return document.querySelector('.tagline').textContent").await;
    assert!(tagline.as_str().unwrap().contains("برمجياتك"), "{tagline}");
    assert_eq!(js(c, "return document.getElementById('lang-select').value").await, json!("ar"));
    assert_eq!(js(c, "return document.activeElement.id").await, json!("lang-select"), "focus stays on the selector");
    // Logical CSS: in RTL the brand sits at the right edge of the header.
    let brand_on_right = "const b = document.querySelector('.brand').getBoundingClientRect(); \
                          return b.left > window.innerWidth / 2";
    assert_eq!(js(c, brand_on_right).await, json!(true));

    c.goto(&app.url("/")).await.unwrap();
    assert_eq!(js(c, "return document.documentElement.lang").await, json!("ar"), "the choice is remembered");

    let select = c.find(Locator::Css("#lang-select")).await.unwrap();
    select.select_by_value("ru").await.unwrap();
    wait_js(c, "the page is Russian", "return document.documentElement.lang === 'ru'").await;
    assert_eq!(js(c, "return document.documentElement.dir").await, json!("ltr"));
    assert_eq!(js(c, "return document.title").await, json!("RMS License Server"));

    c.goto(&app.url("/api/docs")).await.unwrap();
    wait_js(
        c,
        "the API reference rendered from the vendored renderer",
        "const h = document.querySelector('#redoc h1'); return !!h && h.textContent.includes('RMS License Server API')",
    )
    .await;

    driver.quit().await;
    app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visitor_in_tokyo_signs_up_and_their_account_is_on_tokyo_time() {
    let Some(driver) = browser_in_zone("Asia/Tokyo").await else { return };
    let app = TestApp::without_worker_on(TestDb::new(Backend::Sqlite).await).await;
    let c = &driver.client;
    c.goto(&app.url("/sign-up")).await.unwrap();
    assert_eq!(js(c, "return Intl.DateTimeFormat().resolvedOptions().timeZone").await, json!("Asia/Tokyo"));
    fill(c, "#name", "Haruki").await;
    fill(c, "#email", "haruki@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-up").await;
    wait_text(c, "signed up", "sent a confirmation link").await;

    let tokens = app.log_in("haruki@example.com").await;
    let me: Value = app.get_with("/api/v1/me", tokens["access_token"].as_str().unwrap()).await.json().await.unwrap();
    assert_eq!(me["timezone"], "Asia/Tokyo");
    driver.quit().await;
    app.shutdown().await;
}

pub(crate) async fn fill(c: &Client, css: &str, value: &str) {
    let el = c.find(Locator::Css(css)).await.unwrap();
    el.clear().await.unwrap();
    el.send_keys(value).await.unwrap();
}

pub(crate) async fn submit(c: &Client, form_action: &str) {
    c.find(Locator::Css(&format!("form[method='post'][action='{form_action}'] button[type='submit']")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

pub(crate) async fn wait_text(c: &Client, what: &str, needle: &str) {
    // Fluent wraps arguments in invisible bidi isolation marks; a reader does not see them.
    let script = format!(
        "return document.body.innerText.replace(/[\\u2068\\u2069]/g, '').includes({})",
        serde_json::to_string(needle).unwrap()
    );
    wait_js(c, what, &script).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_arabic_a_person_signs_up_verifies_turns_on_2fa_signs_in_creates_an_api_key_and_an_admin_locks_them() {
    let Some(driver) = browser().await else { return };
    let app = TestApp::spawn(TestDb::new(Backend::Sqlite).await).await;
    let c = &driver.client;

    c.goto(&app.url("/sign-up?lang=ar")).await.unwrap();
    assert_eq!(lang_and_dir(c).await, json!(["ar", "rtl"]));
    fill(c, "#name", "سارة").await;
    fill(c, "#email", "sara@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-up").await;
    wait_text(c, "the sign-up was accepted", "أرسلنا رابط تأكيد").await;

    rms_testkit::eventually(Duration::from_secs(15), "the verification email", || async {
        !app.spooled_emails().is_empty()
    })
    .await;
    let email = app.spooled_emails().remove(0);
    let token = rms_testkit::link_token_of(&email, "/verify-email");
    c.goto(&app.url(&format!("/verify-email?token={token}"))).await.unwrap();
    submit(c, "/verify-email").await;
    wait_text(c, "the address is confirmed", "تم تأكيد عنوان بريدك").await;

    c.goto(&app.url("/sign-in")).await.unwrap();
    fill(c, "#email", "sara@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-in").await;
    wait_js(c, "the account page", "return location.pathname === '/account'").await;
    assert_eq!(js(c, "return document.documentElement.dir").await, json!("rtl"));

    c.goto(&app.url("/account/2fa")).await.unwrap();
    submit(c, "/account/2fa/enroll").await;
    wait_js(
        c,
        "the QR code",
        "return !!document.querySelector('img.qr') && document.querySelector('img.qr').naturalWidth > 0",
    )
    .await;
    let secret = js(c, "return document.querySelector('code[dir=ltr]').textContent").await;
    let secret = rms_crypto::totp::from_base32(secret.as_str().unwrap()).unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    fill(c, "#code", &rms_crypto::totp::code_at(&secret, now)).await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/account/2fa/confirm").await;
    wait_text(c, "two-factor sign-in is on", "تم تفعيل تسجيل الدخول بخطوتين").await;
    let recovery = js(c, "return document.querySelector('ul.codes code').textContent").await;

    // Turning it on kept this browser signed in (other sessions ended).
    c.goto(&app.url("/account")).await.unwrap();
    wait_js(c, "still signed in", "return location.pathname === '/account'").await;
    submit(c, "/sign-out").await;
    wait_js(c, "signed out", "return location.pathname === '/'").await;

    // Signing in now asks for a code; a recovery code will do (the TOTP code was just used).
    c.goto(&app.url("/sign-in")).await.unwrap();
    fill(c, "#email", "sara@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-in").await;
    wait_js(c, "the code step", "return !!document.getElementById('totp_code')").await;
    fill(c, "#email", "sara@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    fill(c, "#totp_code", recovery.as_str().unwrap()).await;
    submit(c, "/sign-in").await;
    wait_js(c, "signed in with the second factor", "return location.pathname === '/account'").await;

    c.goto(&app.url("/account/api-keys")).await.unwrap();
    fill(c, "#name", "نشر تلقائي").await;
    submit(c, "/account/api-keys").await;
    wait_js(c, "the new key is shown once", "return !!document.querySelector('code.secret')").await;
    let key = js(c, "return document.querySelector('code.secret').textContent").await;
    let key = key.as_str().unwrap().to_owned();
    assert!(key.starts_with("rms_"));
    assert_eq!(app.get_with("/api/v1/me", &key).await.status(), 200, "the key made in the browser works");
    assert_eq!(js(c, "return document.documentElement.dir").await, json!("rtl"));

    // An administrator, in the same browser, locks Sara's account from the admin panel.
    submit(c, "/sign-out").await;
    wait_js(c, "signed out", "return location.pathname === '/'").await;
    app.sign_up_and_in("root@example.com").await;
    app.promote_to_admin("root@example.com").await;
    c.goto(&app.url("/sign-in")).await.unwrap();
    fill(c, "#email", "root@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-in").await;
    wait_js(c, "the admin is signed in", "return location.pathname === '/account'").await;
    // Their account speaks English; they pick Arabic, which becomes their account's language.
    assert_eq!(js(c, "return document.documentElement.lang").await, json!("en"));
    c.goto(&app.url("/admin/users?query=sara&lang=ar")).await.unwrap();
    c.find(Locator::Css("a[href^='/admin/users/']")).await.unwrap().click().await.unwrap();
    wait_js(c, "the user page", "return !!document.querySelector(\"input[name=action][value=lock]\")").await;
    c.find(Locator::Css("form:has(input[name=action][value=lock]) button")).await.unwrap().click().await.unwrap();
    wait_text(c, "the account is locked", "فتح الحساب").await;
    assert_eq!(js(c, "return document.documentElement.dir").await, json!("rtl"));
    assert_eq!(app.get_with("/api/v1/me", &key).await.status(), 401, "a locked account's keys stop working");

    driver.quit().await;
    app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_owner_frees_a_device_and_splits_a_seat_in_the_browser() {
    let Some(driver) = browser().await else { return };
    let app = TestApp::without_worker_on(TestDb::new(Backend::Sqlite).await).await;
    let shop = crate::licensing::Shop::open(app, "software", json!({"name": "Team", "max_activations": 3})).await;
    let activated = shop
        .app
        .post_json(
            "/api/v1/activations",
            json!({"key": shop.key, "product": "tool", "fingerprint": "fp-1", "name": "Office iMac", "nonce": "nonce-0001"}),
        )
        .await;
    assert_eq!(activated.status(), 201);
    let c = &driver.client;

    c.goto(&shop.app.url("/sign-in")).await.unwrap();
    fill(c, "#email", "owner@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-in").await;
    wait_js(c, "signed in", "return location.pathname === '/account'").await;
    c.find(Locator::Css("a[href='/licenses']")).await.unwrap().click().await.unwrap();
    wait_text(c, "the licenses page", "Office iMac").await;
    let key_shown = js(c, "return document.querySelector('code.secret').textContent.trim()").await;
    assert_eq!(key_shown, json!(shop.key));

    // Freeing a seat asks first, stating the consequence; dismissed, nothing happens.
    let free = "form[action$='/deactivate'] button";
    c.find(Locator::Css(free)).await.unwrap().click().await.unwrap();
    let asked = c.get_alert_text().await.unwrap();
    assert!(asked.contains("Free this seat?"), "{asked}");
    c.dismiss_alert().await.unwrap();
    assert!(js(c, "return document.body.textContent").await.as_str().unwrap().contains("Office iMac"));
    c.find(Locator::Css(free)).await.unwrap().click().await.unwrap();
    c.accept_alert().await.unwrap();
    wait_text(c, "the device is freed", "The device was deactivated").await;
    wait_text(c, "the seat count", "0 of 3 in use").await;

    // Open the "split seats" disclosure (the card has others).
    let split_form = format!("form[action='/licenses/{}/sub-licenses']", shop.license_id);
    js(
        c,
        &format!(
            "document.querySelector(\"{split_form}\").closest('details').querySelector('summary').click(); return true"
        ),
    )
    .await;
    fill(c, &format!("#split-seats-{}", shop.license_id), "2").await;
    fill(c, &format!("#split-label-{}", shop.license_id), "Design team").await;
    submit(c, &format!("/licenses/{}/sub-licenses", shop.license_id)).await;
    wait_text(c, "the sub-license", "Design team").await;
    wait_text(c, "the pool shrank", "2 of 3 in use").await;
    assert_eq!(shop.seats_used().await, 2);

    driver.quit().await;
    shop.app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_arabic_a_customer_tops_up_buys_with_a_promo_code_downloads_the_invoice_and_an_admin_refunds_it() {
    let Some(driver) = browser().await else { return };
    let app = TestApp::spawn(TestDb::new(Backend::Sqlite).await).await;
    let admin = app.admin_token("vendor@example.com").await;
    let post = |path: String, body: Value| {
        let (app, admin) = (&app, admin.clone());
        async move {
            let res = app.send_with(Method::POST, &path, &admin, &body).await;
            assert!(res.status().is_success(), "{path}: {}", res.status());
            res.text().await.unwrap()
        }
    };
    let product: Value = serde_json::from_str(
        &post("/api/v1/admin/products".into(), json!({"name": "Editor Pro", "slug": "editor", "kind": "software"}))
            .await,
    )
    .unwrap();
    let plan: Value = serde_json::from_str(
        &post(
            format!("/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap()),
            json!({"name": "Annual", "max_activations": 1, "duration_days": 365}),
        )
        .await,
    )
    .unwrap();
    post(format!("/api/v1/admin/plans/{}/prices", plan["id"].as_str().unwrap()), json!({"amount_minor": 2000})).await;
    post("/api/v1/admin/promo-codes".into(), json!({"code": "WELCOME10", "percent_off": 10})).await;
    let res = app
        .post_json(
            "/api/v1/auth/register",
            json!({"email": "layla@example.com", "password": crate::harness::PASSWORD, "name": "ليلى", "locale": "ar"}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let c = &driver.client;

    c.goto(&app.url("/sign-in?lang=ar")).await.unwrap();
    fill(c, "#email", "layla@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-in").await;
    wait_js(c, "signed in", "return location.pathname === '/account'").await;

    // Top up 100 dollars through the sandbox gateway's pay page.
    c.goto(&app.url("/wallet")).await.unwrap();
    assert_eq!(js(c, "return document.documentElement.dir").await, json!("rtl"));
    fill(c, "#amount", "100").await;
    submit(c, "/wallet/top-up").await;
    let pay = "form[method='post'][action^='/pay/sandbox/'] button";
    wait_js(c, "the sandbox pay page", &format!("return !!document.querySelector(\"{pay}\")")).await;
    c.find(Locator::Css(pay)).await.unwrap().click().await.unwrap();
    wait_text(c, "the wallet is topped up", "شُحنت محفظتك").await;

    // Five seats with the promo code: 5 × $20 − 10 % = $90.
    c.goto(&app.url("/store/editor")).await.unwrap();
    fill(c, "#quantity", "5").await;
    fill(c, "#promo", "welcome10").await;
    c.find(Locator::Css("button[value=quote]")).await.unwrap().click().await.unwrap();
    wait_js(c, "the quote", "return !!document.getElementById('quote-total')").await;
    let total = js(c, "return document.getElementById('quote-total').textContent").await;
    assert!(total.as_str().unwrap().contains("90"), "{total}");
    c.find(Locator::Css("button[value=buy]")).await.unwrap().click().await.unwrap();
    let year = time::OffsetDateTime::now_utc().year();
    let number = format!("INV-{year}-000001");
    wait_text(c, "the purchase", &number).await;

    // The worker renders the invoice; the wallet page then offers the PDF.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        c.goto(&app.url("/wallet")).await.unwrap();
        if js(c, "return !!document.querySelector(\"a[href$='/pdf'][download]\")").await == json!(true) {
            break;
        }
        assert!(Instant::now() < deadline, "the invoice PDF was not rendered");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let href = js(c, "return document.querySelector(\"a[href$='/pdf'][download]\").getAttribute('href')").await;
    let href = href.as_str().unwrap().to_owned();
    // Download it with the browser's own session, as a click would.
    let fetched = js(
        c,
        &format!(
            "return fetch('{href}').then(r => r.arrayBuffer().then(b => [r.headers.get('content-type'), \
             Array.from(new Uint8Array(b)).map(x => String.fromCharCode(x)).join('')]))"
        ),
    )
    .await;
    assert_eq!(fetched[0], json!("application/pdf"));
    let pdf: Vec<u8> = fetched[1].as_str().unwrap().chars().map(|ch| ch as u8).collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invoice.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(&number), "{text}");
    // Arabic labels, shaped (joined letters) and laid out right to left: the extracted logical
    // text is whole. (pdftotext splits lam-alef ligatures, so words with them are not compared.)
    assert!(text.contains("فاتورة") && text.contains("المبلغ") && text.contains("المجموع الفرعي"), "{text}");
    assert!(text.contains("90"), "{text}");

    // The administrator refunds it from the billing page.
    submit(c, "/sign-out").await;
    wait_js(c, "signed out", "return location.pathname === '/'").await;
    c.goto(&app.url("/sign-in?lang=en")).await.unwrap();
    fill(c, "#email", "vendor@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-in").await;
    wait_js(c, "the admin is signed in", "return location.pathname === '/account'").await;
    c.goto(&app.url("/admin/billing")).await.unwrap();
    fill(c, "input[name=reason]", "changed their mind").await;
    c.find(Locator::Css("form[method='post'][action$='/refund'] button")).await.unwrap().click().await.unwrap();
    let asked = c.get_alert_text().await.unwrap();
    assert!(asked.contains("Refund this invoice?"), "a refund says what it does first: {asked}");
    c.accept_alert().await.unwrap();
    wait_text(c, "the refund", "Refunded").await;
    wait_text(c, "the credit note", &format!("CN-{year}-000001")).await;

    let layla = app
        .post_json("/api/v1/auth/login", json!({"email": "layla@example.com", "password": crate::harness::PASSWORD}))
        .await
        .json::<Value>()
        .await
        .unwrap();
    let wallet: Value =
        app.get_with("/api/v1/wallet", layla["access_token"].as_str().unwrap()).await.json().await.unwrap();
    assert_eq!(wallet["balance_minor"], 10_000, "the money is back");

    driver.quit().await;
    app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_uploads_a_build_with_progress_and_publishes_it_and_the_customer_downloads_it() {
    let Some(driver) = browser().await else { return };
    let app = TestApp::spawn(TestDb::new(Backend::Sqlite).await).await;
    let admin = app.admin_token("vendor@example.com").await;
    let res = app
        .send_with(
            Method::POST,
            "/api/v1/admin/products",
            &admin,
            &json!({"name": "Desk", "slug": "desk", "kind": "software"}),
        )
        .await;
    let product: Value = res.json().await.unwrap();
    let product_id = product["id"].as_str().unwrap().to_owned();
    let c = &driver.client;
    c.goto(&app.url("/sign-in")).await.unwrap();
    fill(c, "#email", "vendor@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-in").await;
    wait_js(c, "signed in", "return location.pathname === '/account'").await;

    // A draft from the page's form, with Markdown notes.
    c.goto(&app.url(&format!("/admin/products/{product_id}/releases"))).await.unwrap();
    fill(c, "#version", "1.4.0").await;
    fill(c, "#notes", "## Faster\n- exports <script>alert(1)</script>").await;
    submit(c, &format!("/admin/products/{product_id}/releases")).await;
    wait_text(c, "the draft", "Stable · Draft").await;
    // The notes render as HTML, and the script tag as text.
    wait_js(c, "the notes", "return !!document.querySelector('.notes h2') && !document.querySelector('.notes script')")
        .await;

    // Upload a build through the file input: the page PUTs it with a progress bar, then reloads.
    let dir = tempfile::tempdir().unwrap();
    let build = dir.path().join("desk-1.4.0.tar.gz");
    let bytes: Vec<u8> = (0..2_500_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(&build, &bytes).unwrap();
    fill(c, "input[name=platform]", "linux-x86_64").await;
    c.find(Locator::Css("input[type=file]")).await.unwrap().send_keys(build.to_str().unwrap()).await.unwrap();
    c.find(Locator::Css("form.upload button[type=submit]")).await.unwrap().click().await.unwrap();
    wait_text(c, "the uploaded file", "desk-1.4.0.tar.gz").await;
    let digest = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&bytes))
    };
    wait_text(c, "its checksum", &digest).await;
    submit(c, &format!("/admin/releases/{}/publish", release_id(&app, &admin, &product_id).await)).await;
    wait_text(c, "published", "Published").await;

    // The customer's downloads page offers it; the button downloads the very bytes.
    let res = app
        .send_with(
            Method::POST,
            &format!("/api/v1/admin/products/{product_id}/plans"),
            &admin,
            &json!({"name": "Pro", "max_activations": 1}),
        )
        .await;
    let plan: Value = res.json().await.unwrap();
    app.sign_up_and_in("buyer@example.com").await;
    let res = app
        .send_with(
            Method::POST,
            "/api/v1/admin/licenses",
            &admin,
            &json!({"email": "buyer@example.com", "plan_id": plan["id"]}),
        )
        .await;
    let license: Value = res.json().await.unwrap();
    let mut b = crate::web_session::Browser::default();
    crate::web_store::signed_in(&app, &mut b, "buyer@example.com").await;
    let license_id = license["id"].as_str().unwrap();
    let (status, page) = b.get(&app, &format!("/licenses/{license_id}/downloads")).await;
    assert_eq!(status, 200);
    assert!(page.contains("desk-1.4.0.tar.gz") && page.contains(&digest), "{page}");
    assert!(page.contains("<h2>Faster</h2>") && page.contains("&lt;script&gt;"), "{page}");
    let link = page.split("/downloads/").nth(1).and_then(|rest| rest.split('"').next()).unwrap().to_owned();
    let res =
        app.get_with_headers(&format!("/licenses/{license_id}/downloads/{link}"), &[("cookie", &b.header())]).await;
    assert_eq!(res.status(), 303);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    let file = app.client.get(&to).send().await.unwrap().bytes().await.unwrap();
    assert_eq!(file.as_ref(), bytes);
    // Someone else's license has no downloads page for them.
    let mut stranger = crate::web_session::Browser::default();
    app.sign_up_and_in("stranger@example.com").await;
    crate::web_store::signed_in(&app, &mut stranger, "stranger@example.com").await;
    assert_eq!(stranger.get(&app, &format!("/licenses/{license_id}/downloads")).await.0, 404);
    let res = app
        .get_with_headers(&format!("/licenses/{license_id}/downloads/{link}"), &[("cookie", &stranger.header())])
        .await;
    assert_eq!(res.status(), 404);

    driver.quit().await;
    app.shutdown().await;
}

async fn release_id(app: &TestApp, admin: &str, product: &str) -> String {
    let list: Value =
        app.get_with(&format!("/api/v1/admin/products/{product}/releases"), admin).await.json().await.unwrap();
    list[0]["id"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bell_counts_a_new_notice_live_and_the_settings_page_saves_the_choices() {
    let Some(driver) = browser().await else { return };
    let app = TestApp::spawn(TestDb::new(Backend::Sqlite).await).await;
    let tokens = app.sign_up_and_in("alice@example.com").await;
    let token = tokens["access_token"].as_str().unwrap().to_owned();
    let c = &driver.client;
    c.goto(&app.url("/sign-in")).await.unwrap();
    fill(c, "#email", "alice@example.com").await;
    fill(c, "#password", crate::harness::PASSWORD).await;
    submit(c, "/sign-in").await;
    wait_js(c, "signed in", "return location.pathname === '/account'").await;
    c.goto(&app.url("/notifications")).await.unwrap();
    // Signing in from this browser, a device new to the account (she signed up through the
    // API), is itself a notice.
    wait_js(c, "the new sign-in", "return document.querySelector('#bell .count').textContent === '1'").await;
    wait_text(c, "the list shows it", "New sign-in").await;
    // Something happens elsewhere (an API key made through the API): the open page hears of it.
    let res = app
        .send_with(reqwest::Method::POST, "/api/v1/api-keys", &token, &json!({"name": "deploy", "scopes": ["read"]}))
        .await;
    assert_eq!(res.status(), 201);
    wait_js(c, "the bell counts it", "return document.querySelector('#bell .count').textContent === '2'").await;
    wait_text(c, "the list shows it", "deploy").await;

    // The settings page: turn off releases in the app, save, and the choice is kept.
    c.goto(&app.url("/account/notifications")).await.unwrap();
    js(c, "document.querySelector(\"input[name='release_published:in_app']\").click(); return true").await;
    submit(c, "/account/notifications").await;
    wait_text(c, "saved", "Notification settings saved").await;
    let kept = js(c, "return document.querySelector(\"input[name='release_published:in_app']\").checked").await;
    assert_eq!(kept, json!(false));
    let matrix: Value = app.get_with("/api/v1/me/notification-preferences", &token).await.json().await.unwrap();
    assert_eq!(matrix["release_published"]["in_app"], false);

    driver.quit().await;
    app.shutdown().await;
}
