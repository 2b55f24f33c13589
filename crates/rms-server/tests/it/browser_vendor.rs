//! The vendor's store in a real browser (chromium): every page a customer or an admin opens fits a
//! phone, the store carries the vendor's brand, a double click buys once, a short wallet pays the
//! difference and lands on the receipt, a renewal keeps the key, and a key issued to a stranger's
//! address is claimed through the invitation.
//!
//! Skips without chromium unless `RMS_TEST_BROWSER=1` (see `browser.rs`).

use std::time::Duration;

use fantoccini::{Client, Locator};
use reqwest::Method;
use rms_testkit::{Backend, TestDb};
use serde_json::{Value, json};

use crate::browser::{browser, browser_sized, fill, js, submit, wait_js, wait_text};
use crate::harness::{PASSWORD, TestApp};
use crate::money::Till;

pub(crate) async fn sign_in(c: &Client, app: &TestApp, email: &str) {
    c.goto(&app.url("/sign-in")).await.unwrap();
    fill(c, "#email", email).await;
    fill(c, "#password", PASSWORD).await;
    submit(c, "/sign-in").await;
    wait_js(c, "signed in", "return location.pathname === '/account'").await;
}

/// What a phone-sized window shows of the current page: its width, how far it scrolls sideways,
/// and the visible controls smaller than a fingertip (44 px).
const FITS: &str = r#"
    const width = window.innerWidth;
    const sideways = document.documentElement.scrollWidth - width;
    const controls = 'button, .button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea, summary, nav a';
    const small = [...document.querySelectorAll(controls)]
      .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.height < 43.5; })
      .map(e => e.outerHTML.slice(0, 100));
    const wide = [...document.querySelectorAll('body *')]
      .filter(e => e.getBoundingClientRect().right > width + 1)
      .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))
      .slice(0, 5);
    return { width, sideways, small, wide };
"#;

async fn fits_a_phone(c: &Client, what: &str) {
    wait_js(c, &format!("{what} loaded"), "return document.readyState === 'complete'").await;
    let seen = js(c, FITS).await;
    assert!(seen["width"].as_i64().unwrap() <= 400, "{what}: the window is phone-sized: {seen}");
    assert!(seen["sideways"].as_i64().unwrap() <= 0, "{what} scrolls sideways at 390 px: {seen}");
    assert_eq!(seen["small"], json!([]), "{what}: every control is at least 44 px high");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_fits_a_phone_without_sideways_scrolling() {
    let Some(driver) = browser_sized(390, 844).await else { return };
    let till = Till::open(TestApp::spawn(TestDb::new(Backend::Sqlite).await).await, 2_000).await;
    till.credit(&till.buyer_id, 10_000).await;
    let app = &till.app;
    let c = &driver.client;

    for (path, what) in [("/sign-in", "sign-in"), ("/store", "the store"), ("/store/editor", "the product page")] {
        c.goto(&app.url(path)).await.unwrap();
        fits_a_phone(c, what).await;
    }
    // The header's links fold behind the menu button; it opens them.
    let nav_shown = "const n = document.getElementById('site-nav'); return n.getBoundingClientRect().height > 0";
    assert_eq!(js(c, nav_shown).await, json!(false), "the menu starts closed on a phone");
    c.find(Locator::Css(".menu-button")).await.unwrap().click().await.unwrap();
    assert_eq!(js(c, nav_shown).await, json!(true), "the menu button opens the navigation");
    assert_eq!(
        js(c, "return document.querySelector('.menu-button').getAttribute('aria-expanded')").await,
        json!("true")
    );
    fits_a_phone(c, "the open menu").await;

    sign_in(c, app, "buyer@example.com").await;
    fits_a_phone(c, "the account page").await;
    c.goto(&app.url("/store/editor")).await.unwrap();
    c.find(Locator::Css("button[value=quote]")).await.unwrap().click().await.unwrap();
    wait_js(c, "the checkout's total", "return !!document.getElementById('quote-total')").await;
    fits_a_phone(c, "the checkout").await;
    c.find(Locator::Css("button[value=buy]")).await.unwrap().click().await.unwrap();
    wait_js(c, "the receipt", "return location.pathname.startsWith('/store/receipts/')").await;
    fits_a_phone(c, "the receipt").await;
    for (path, what) in [("/licenses", "the licenses page"), ("/wallet", "the wallet"), ("/account", "the account")] {
        c.goto(&app.url(path)).await.unwrap();
        fits_a_phone(c, what).await;
    }
    // Signed in, the side navigation is the menu; signing out is in it.
    c.find(Locator::Css(".menu-button")).await.unwrap().click().await.unwrap();
    fits_a_phone(c, "the open side navigation").await;
    submit(c, "/sign-out").await;
    wait_js(c, "signed out", "return location.pathname === '/'").await;

    sign_in(c, app, "vendor@example.com").await;
    for (path, what) in [("/admin", "the admin home"), ("/admin/licenses", "the admin's license list")] {
        c.goto(&app.url(path)).await.unwrap();
        fits_a_phone(c, what).await;
    }
    // The license list is a stack of cards, each cell labelled with its column.
    let labelled = "const td = document.querySelector('tbody td'); \
                    const heading = document.querySelector('thead th').textContent.trim(); \
                    return !!td && heading.length > 0 && getComputedStyle(td, '::before').content.includes(heading)";
    assert_eq!(js(c, labelled).await, json!(true), "table cells carry their column's name on a phone");

    driver.quit().await;
    till.app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_double_click_on_buy_makes_one_purchase_and_lands_on_its_receipt() {
    let Some(driver) = browser().await else { return };
    let till = Till::open(TestApp::without_worker_on(TestDb::new(Backend::Sqlite).await).await, 2_000).await;
    till.credit(&till.buyer_id, 10_000).await;
    let c = &driver.client;
    sign_in(c, &till.app, "buyer@example.com").await;

    c.goto(&till.app.url("/store/editor")).await.unwrap();
    js(c, "const b = document.querySelector('button[value=buy]'); b.click(); b.click(); return true").await;
    wait_js(c, "the receipt", "return location.pathname.startsWith('/store/receipts/')").await;
    let year = time::OffsetDateTime::now_utc().year();
    wait_text(c, "the invoice number", &format!("INV-{year}-000001")).await;
    // Reloading the receipt is harmless: it is a page, not a form.
    c.refresh().await.unwrap();
    wait_text(c, "the same receipt", &format!("INV-{year}-000001")).await;

    assert_eq!(till.balance(&till.buyer).await, 8_000, "charged once");
    let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
    assert_eq!(invoices.as_array().map(Vec::len), Some(1), "one invoice: {invoices}");
    till.books_balance().await;

    driver.quit().await;
    till.app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_short_wallet_pays_the_difference_through_the_sandbox_and_the_purchase_completes_once() {
    let Some(driver) = browser().await else { return };
    let till = Till::open(TestApp::spawn(TestDb::new(Backend::Sqlite).await).await, 2_000).await;
    till.credit(&till.buyer_id, 500).await;
    let c = &driver.client;
    sign_in(c, &till.app, "buyer@example.com").await;

    c.goto(&till.app.url("/store/editor")).await.unwrap();
    c.find(Locator::Css("button[value=buy]")).await.unwrap().click().await.unwrap();
    wait_text(c, "the shortfall is stated", "$15.00 short").await;
    c.find(Locator::Css("form:has(input[value=pay_difference]) button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let pay = "form[method='post'][action^='/pay/sandbox/'] button";
    wait_js(c, "the sandbox pay page", &format!("return !!document.querySelector(\"{pay}\")")).await;
    c.find(Locator::Css(pay)).await.unwrap().click().await.unwrap();
    wait_js(c, "the receipt", "return location.pathname.startsWith('/store/receipts/')").await;
    let year = time::OffsetDateTime::now_utc().year();
    wait_text(c, "the invoice", &format!("INV-{year}-000001")).await;

    // Back to the product page and the same armed form sent again: nothing is bought twice.
    c.back().await.unwrap();
    c.goto(&till.app.url("/licenses")).await.unwrap();
    wait_text(c, "the license bought", "Annual").await;
    assert_eq!(till.balance(&till.buyer).await, 0, "the top-up paid the difference, the purchase took it all");
    let invoices: Value = till.app.get_with("/api/v1/invoices", &till.buyer).await.json().await.unwrap();
    assert_eq!(invoices.as_array().map(Vec::len), Some(1), "{invoices}");
    let licenses: Value = till.app.get_with("/api/v1/licenses", &till.buyer).await.json().await.unwrap();
    assert_eq!(licenses.as_array().map(Vec::len), Some(1), "{licenses}");
    till.books_balance().await;

    driver.quit().await;
    till.app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_renewal_from_the_licenses_page_keeps_the_key_extends_it_and_invoices_it() {
    let Some(driver) = browser().await else { return };
    let till = Till::open(TestApp::without_worker_on(TestDb::new(Backend::Sqlite).await).await, 2_000).await;
    till.credit(&till.buyer_id, 10_000).await;
    let bought = till.buy(&till.buyer, till.cart(1), Some("first-term")).await;
    assert!(bought.status().is_success(), "{}", bought.status());
    let before: Value = till.app.get_with("/api/v1/licenses", &till.buyer).await.json().await.unwrap();
    let ends_of = |l: &Value| rms_core::Timestamp::parse_rfc3339(l["expires_at"].as_str().unwrap()).unwrap();
    let (key, ends) = (before[0]["key"].clone(), ends_of(&before[0]));
    let c = &driver.client;
    sign_in(c, &till.app, "buyer@example.com").await;

    c.goto(&till.app.url("/licenses")).await.unwrap();
    c.find(Locator::Css("form[action$='/renew'] button")).await.unwrap().click().await.unwrap();
    let asked = c.get_alert_text().await.unwrap();
    assert!(asked.contains("$20.00"), "the renewal states its price first: {asked}");
    c.accept_alert().await.unwrap();
    let year = time::OffsetDateTime::now_utc().year();
    wait_text(c, "the renewal's invoice", &format!("INV-{year}-000002")).await;

    let after: Value = till.app.get_with("/api/v1/licenses", &till.buyer).await.json().await.unwrap();
    assert_eq!(after.as_array().map(Vec::len), Some(1), "the same license, not a new one: {after}");
    assert_eq!(after[0]["key"], key, "the same key");
    assert_eq!(ends_of(&after[0]), ends.plus(Duration::from_secs(365 * 86_400)), "one more term: {after}");
    assert_eq!(till.balance(&till.buyer).await, 6_000);
    till.books_balance().await;

    driver.quit().await;
    till.app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_issued_to_a_new_address_is_claimed_through_the_invitation() {
    let Some(driver) = browser().await else { return };
    let till = Till::open(TestApp::spawn(TestDb::new(Backend::Sqlite).await).await, 2_000).await;
    let app = &till.app;
    let c = &driver.client;
    sign_in(c, app, "vendor@example.com").await;

    c.goto(&app.url("/admin/licenses")).await.unwrap();
    fill(c, "#issue-email", "newcomer@example.com").await;
    submit(c, "/admin/licenses").await;
    wait_js(c, "the key shown once", "return !!document.getElementById('issued-key')").await;
    let key = js(c, "return document.getElementById('issued-key').textContent.trim()").await;
    submit(c, "/sign-out").await;
    wait_js(c, "signed out", "return location.pathname === '/'").await;

    let link = crate::invitations::invitation_link(app, "newcomer@example.com").await;
    c.goto(&link).await.unwrap();
    assert_eq!(js(c, "return document.getElementById('email').value").await, json!("newcomer@example.com"));
    fill(c, "#name", "Newcomer").await;
    fill(c, "#password", PASSWORD).await;
    submit(c, "/sign-up").await;
    wait_text(c, "the account is made", &rms_i18n::Locale::english().t("sign-up-invited-done")).await;

    sign_in(c, app, "newcomer@example.com").await;
    c.goto(&app.url("/licenses")).await.unwrap();
    wait_text(c, "the claimed license", "Annual").await;
    let shown = js(c, "return document.querySelector('code.secret').textContent.trim()").await;
    assert_eq!(shown, key, "the key the admin saw is theirs");

    driver.quit().await;
    till.app.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_brand_colours_the_store_and_names_it_everywhere_a_customer_looks() {
    let Some(driver) = browser().await else { return };
    let till = Till::open(TestApp::spawn(TestDb::new(Backend::Sqlite).await).await, 2_000).await;
    let app = &till.app;
    let brand = json!({
        "name": "Acme Tools", "support_email": "help@acme.example", "accent_color": "#7a1fa2",
        "landing_markdown": "Tools for **makers**.", "footer_markdown": "© Acme Tools Ltd",
    });
    let res = app.send_with(Method::PUT, "/api/v1/admin/brand", &till.admin, &brand).await;
    assert_eq!(res.status(), 200);
    let c = &driver.client;

    for path in ["/", "/store", "/store/editor", "/sign-in"] {
        c.goto(&app.url(path)).await.unwrap();
        wait_text(c, &format!("{path} names the store"), "Acme Tools").await;
        let text = js(c, "return document.body.innerText").await;
        assert!(!text.as_str().unwrap().contains("RMS License Server"), "{path} shows the server's name: {text}");
    }
    c.goto(&app.url("/")).await.unwrap();
    assert_eq!(js(c, "return document.title").await, json!("Acme Tools"), "the home page is titled with it");
    c.goto(&app.url("/store/editor")).await.unwrap();
    let accent = "return getComputedStyle(document.querySelector('main .button:not(.secondary)')).backgroundColor === 'rgb(122, 31, 162)'";
    wait_js(c, "the brand's accent on the buy button", accent).await;
    let icon = "return document.querySelector('link[rel=icon]').getAttribute('href')";
    assert!(js(c, icon).await.as_str().unwrap().contains("favicon"), "no logo yet: the default icon");

    // The emails carry the name too: a customer signing up in this browser gets one.
    c.goto(&app.url("/sign-up")).await.unwrap();
    fill(c, "#name", "Dana").await;
    fill(c, "#email", "dana@example.com").await;
    fill(c, "#password", PASSWORD).await;
    submit(c, "/sign-up").await;
    wait_text(c, "the sign-up is accepted", &rms_i18n::Locale::english().t("sign-up-done")).await;
    rms_testkit::eventually(Duration::from_secs(20), "the welcome email", || async {
        app.spooled_emails().iter().any(|e| e.contains("dana@example.com"))
    })
    .await;
    let email = app.spooled_emails().into_iter().find(|e| e.contains("dana@example.com")).unwrap();
    assert!(email.contains("From: \"Acme Tools\" <"), "sent under the store's name: {email}");
    assert!(email.trim_end().ends_with("Acme Tools"), "and signed with it: {email}");

    driver.quit().await;
    till.app.shutdown().await;
}
