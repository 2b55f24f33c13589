//! Analytics as a vendor reads them: a week of random trading (purchases, refunds, activations,
//! validations, deactivations) rolled up by the nightly job gives the same figures as a recount
//! from the raw events and as the test's own tally; a re-run changes nothing; a year's dashboard
//! reads the rollup only; today is counted live; the pages draw valid SVG; CSV is formula-safe.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use reqwest::StatusCode;
use rms_core::analytics::{day_of, iso, start_of};
use rms_testkit::{ManualClock, db_test};
use serde_json::{Value, json};

use crate::harness::TestApp;
use crate::licensing::post;
use crate::money::Till;
use crate::web_session::Browser;

/// A small deterministic generator: the seed is printed, so a failure can be replayed.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[derive(Default, Debug, PartialEq, Eq)]
struct Day {
    orders: i64,
    gross: i64,
    refunds: i64,
    activations: i64,
    deactivations: i64,
    /// Live activations at the end of the day.
    live: i64,
}

struct Sold {
    invoice: String,
    total: i64,
    keys: Vec<String>,
    refunded: bool,
}

async fn sql(app: &TestApp, statement: &str) {
    let s = statement.to_owned();
    rms_store::on_db!(&app.db, pool => sqlx::query(sqlx::AssertSqlSafe(s)).execute(pool).await.map(|r| r.rows_affected())).unwrap();
}

async fn get(app: &TestApp, token: &str, path: &str) -> Value {
    let res = app.get_with(path, token).await;
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res.json().await.unwrap()
}

/// The report without where its days came from (which differs between rollup and recount).
fn figures(mut v: Value) -> Value {
    v.as_object_mut().unwrap().remove("source");
    v
}

db_test!(
    async fn a_week_of_trading_rolls_up_to_the_same_figures_as_a_recount(t: TestDb) {
        let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
        println!("analytics seed = {seed}");
        let mut dice = Dice(seed);
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
        let d0 = day_of(now.as_millis() as i64) - 20;
        let clock = Arc::new(ManualClock::at(start_of(d0).plus(Duration::from_secs(10 * 3600))));
        let app = TestApp::on(t).clock(clock.clone()).without_worker().start().await;
        let till = Till::open(app, 1_000).await;
        let app = &till.app;
        // API keys for the week: access tokens do not last a day, and signing in again every
        // simulated day would spend the sign-in budget of 127.0.0.1.
        let mut keys = till.keys(&till.buyer, 1).await;
        let mut ids = vec![till.buyer_id.clone()];
        for e in ["second@example.com", "third@example.com"] {
            let (token, id) = Till::customer(app, e).await;
            keys.extend(till.keys(&token, 1).await);
            ids.push(id);
        }
        for id in &ids {
            till.credit(id, 1_000_000).await;
        }
        let body = json!({"name": "reports", "scopes": ["read", "admin"]});
        let res = post(app, &till.admin, "/api/v1/api-keys", body).await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let admin = res.json::<Value>().await.unwrap()["secret"].as_str().unwrap().to_owned();
        let mut days: BTreeMap<i64, Day> = BTreeMap::new();
        let mut sold: Vec<Sold> = Vec::new();
        let mut bought_before = [false; 3];
        let (mut new_orders, mut returning_orders) = (0, 0);
        let mut live: Vec<(String, String)> = Vec::new(); // (key, activation id)
        let mut activation_codes: BTreeMap<String, i64> = BTreeMap::new();
        let mut validation_codes: BTreeMap<String, i64> = BTreeMap::new();
        let mut fingerprint = 0;
        for d in 0..7 {
            let day = d0 + d;
            clock.set(start_of(day).plus(Duration::from_secs(10 * 3600)));
            let mut tally = Day::default();
            for _ in 0..dice.roll(4) {
                let who = dice.roll(3) as usize;
                let token = keys[who].clone();
                let qty = 1 + dice.roll(3) as i64;
                let res = till.buy(&token, till.cart(qty), None).await;
                assert_eq!(res.status(), StatusCode::CREATED);
                let receipt: Value = res.json().await.unwrap();
                tally.orders += 1;
                tally.gross += qty * 1_000;
                if bought_before[who] {
                    returning_orders += 1;
                } else {
                    new_orders += 1;
                }
                bought_before[who] = true;
                let keys =
                    receipt["licenses"].as_array().unwrap().iter().map(|l| l["key"].as_str().unwrap().to_owned());
                sold.push(Sold {
                    invoice: receipt["invoice_id"].as_str().unwrap().to_owned(),
                    total: receipt["total_minor"].as_i64().unwrap(),
                    keys: keys.collect(),
                    refunded: false,
                });
            }
            // A refund now and then, of a purchase whose licenses were never activated (a refund
            // revokes them, which would end their activations too).
            let used: Vec<&String> = live.iter().map(|(k, _)| k).collect();
            if dice.roll(3) == 0
                && let Some(s) = sold.iter_mut().find(|s| !s.refunded && !s.keys.iter().any(|k| used.contains(&k)))
            {
                let refund = format!("/api/v1/admin/invoices/{}/refund", s.invoice);
                assert_eq!(post(app, &admin, &refund, json!({"reason": "asked"})).await.status(), StatusCode::CREATED);
                s.refunded = true;
                tally.refunds += s.total;
            }
            let keys: Vec<String> = sold.iter().filter(|s| !s.refunded).flat_map(|s| s.keys.clone()).collect();
            for _ in 0..dice.roll(5) {
                let Some(key) = keys.get(dice.roll(keys.len().max(1) as u64) as usize) else { break };
                fingerprint += 1;
                let body = json!({"key": key, "product": "editor", "fingerprint": format!("pc-{fingerprint}"), "nonce": format!("n-{fingerprint}-{}", uuid::Uuid::new_v4())});
                let res = app.post_json("/api/v1/activations", body).await;
                let created = res.status() == StatusCode::CREATED;
                let answer: Value = res.json().await.unwrap();
                let code = answer["code"].as_str().unwrap().to_owned();
                *activation_codes.entry(code.clone()).or_default() += 1;
                if created {
                    tally.activations += 1;
                    live.push((key.clone(), answer["activation"]["id"].as_str().unwrap().to_owned()));
                }
            }
            for _ in 0..dice.roll(6) {
                let Some(key) = keys.get(dice.roll(keys.len().max(1) as u64) as usize) else { break };
                // By key alone, or from a machine it was never activated on.
                let mut body = json!({"key": key, "product": "editor", "nonce": format!("v-{}", uuid::Uuid::new_v4())});
                if dice.roll(2) == 0 {
                    body["fingerprint"] = json!("pc-unknown");
                }
                let answer: Value = app.post_json("/api/v1/licenses/validate", body).await.json().await.unwrap();
                *validation_codes.entry(answer["code"].as_str().unwrap().to_owned()).or_default() += 1;
            }
            if !live.is_empty() && dice.roll(2) == 0 {
                let (key, id) = live.remove(dice.roll(live.len() as u64) as usize);
                let body = json!({"key": key, "nonce": format!("d-{}", uuid::Uuid::new_v4())});
                let res =
                    app.client.delete(app.url(&format!("/api/v1/activations/{id}"))).json(&body).send().await.unwrap();
                assert_eq!(res.status(), StatusCode::OK);
                tally.deactivations += 1;
            }
            tally.live = live.len() as i64;
            app.running().state().services.licensing.flush_all().await.unwrap();
            days.insert(day, tally);
        }

        // Two hours into the day after the week: the job rolls every settled day up.
        let today = d0 + 8;
        clock.set(start_of(today).plus(Duration::from_secs(2 * 3600)));
        let analytics = &app.running().state().services.analytics;
        assert_eq!(analytics.roll_up().await.unwrap(), 8, "day 0 to day 7 (the quiet one) rolled up");
        let range = format!("from={}&to={}", iso(d0), iso(d0 + 7));
        let sales = get(app, &admin, &format!("/api/v1/admin/analytics/sales?{range}")).await;
        let licenses = get(app, &admin, &format!("/api/v1/admin/analytics/licenses?{range}")).await;
        assert_eq!(sales["source"], json!({"rollup_days": 8, "live_days": 0}), "read from the rollup");

        // The rollup agrees with the test's own tally, day by day.
        let series = sales["series"].as_array().unwrap();
        let lic = licenses["series"].as_array().unwrap();
        assert_eq!((series.len(), lic.len()), (8, 8));
        for (i, (day, want)) in days.iter().enumerate() {
            let s = &series[i];
            let l = &lic[i];
            assert_eq!(s["period"], iso(*day));
            let got = Day {
                orders: s["orders"].as_i64().unwrap(),
                gross: s["gross_minor"].as_i64().unwrap(),
                refunds: s["refunds_minor"].as_i64().unwrap(),
                activations: l["activations"].as_i64().unwrap(),
                deactivations: l["deactivations"].as_i64().unwrap(),
                live: l["live"].as_i64().unwrap(),
            };
            assert_eq!(&got, want, "day {i} (seed {seed})");
            assert_eq!(s["net_minor"].as_i64().unwrap(), want.gross - want.refunds);
        }
        assert_eq!(sales["customers"]["orders_from_new"], new_orders);
        assert_eq!(sales["customers"]["orders_from_returning"], returning_orders);
        assert_eq!(sales["customers"]["new_customers"], new_orders);
        let codes = |v: &Value| -> BTreeMap<String, i64> {
            v.as_array()
                .unwrap()
                .iter()
                .map(|c| (c["code"].as_str().unwrap().to_owned(), c["count"].as_i64().unwrap()))
                .collect()
        };
        assert_eq!(codes(&licenses["activation_results"]), activation_codes);
        assert_eq!(codes(&licenses["validation_results"]), validation_codes);

        let usage = get(app, &admin, &format!("/api/v1/admin/analytics/usage?{range}")).await;
        assert_eq!(usage["totals"]["validations"], validation_codes.values().sum::<i64>());
        if !validation_codes.is_empty() {
            assert!(usage["top_licenses"][0]["calls"].as_i64().unwrap() > 0, "{usage}");
        }

        // A recount from the raw events (no rollup at all) gives the same figures.
        sql(app, "DELETE FROM analytics_daily").await;
        sql(app, "DELETE FROM analytics_days").await;
        let recount = get(app, &admin, &format!("/api/v1/admin/analytics/sales?{range}")).await;
        assert_eq!(recount["source"], json!({"rollup_days": 0, "live_days": 8}));
        assert_eq!(figures(recount), figures(sales.clone()));
        let recount = get(app, &admin, &format!("/api/v1/admin/analytics/licenses?{range}")).await;
        assert_eq!(figures(recount), figures(licenses.clone()));
        let recount = get(app, &admin, &format!("/api/v1/admin/analytics/usage?{range}")).await;
        assert_eq!(figures(recount), figures(usage.clone()));

        // Rolling the same days up again, twice, changes nothing.
        analytics.roll_up_days(d0, d0 + 8).await.unwrap();
        analytics.roll_up_days(d0, d0 + 8).await.unwrap();
        assert_eq!(get(app, &admin, &format!("/api/v1/admin/analytics/sales?{range}")).await, sales);
        assert_eq!(get(app, &admin, &format!("/api/v1/admin/analytics/licenses?{range}")).await, licenses);

        // A year's dashboard reads the rollup only (nothing happened before the first day).
        let year = format!("from={}&to={}&granularity=month", iso(d0 + 7 - 365), iso(d0 + 7));
        let yearly = get(app, &admin, &format!("/api/v1/admin/analytics/sales?{year}")).await;
        assert_eq!(yearly["source"], json!({"rollup_days": 366, "live_days": 0}));
        let total: i64 = days.values().map(|d| d.gross).sum();
        assert_eq!(yearly["totals"][0]["gross_minor"], total);

        // Today is never a day behind: a purchase now shows at once.
        assert_eq!(till.buy(&keys[0], till.cart(1), None).await.status(), StatusCode::CREATED);
        let now =
            get(app, &admin, &format!("/api/v1/admin/analytics/sales?from={}&to={}", iso(today), iso(today))).await;
        assert_eq!(now["source"], json!({"rollup_days": 0, "live_days": 1}));
        assert_eq!(now["totals"][0]["orders"], 1);
        assert_eq!(now["previous"], json!([]), "the quiet day before");
        assert_eq!(get(app, &admin, "/api/v1/admin/ledger/reconcile").await["ok"], true);
    }
);

db_test!(
    async fn a_range_must_run_forwards_and_only_admins_read_the_books(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        let app = &till.app;
        let res = app.get_with("/api/v1/admin/analytics/sales?from=2026-03-02&to=2026-03-01", &till.admin).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let problem: Value = res.json().await.unwrap();
        assert_eq!((problem["code"].as_str(), problem["field"].as_str()), (Some("DATE_RANGE_REVERSED"), Some("from")));
        let res = app.get_with("/api/v1/admin/analytics/usage?to=2026-02-30", &till.admin).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let problem: Value = res.json().await.unwrap();
        assert_eq!((problem["code"].as_str(), problem["field"].as_str()), (Some("INVALID_DATE"), Some("to")));
        let res = app.get_with("/api/v1/admin/analytics/downloads?granularity=hour", &till.admin).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let res = app.get_with("/api/v1/admin/analytics/licenses?from=2020-01-01&to=2026-01-01", &till.admin).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "more than three years");
        for report in ["sales", "licenses", "usage", "downloads", "sales.csv"] {
            let res = app.get_with(&format!("/api/v1/admin/analytics/{report}"), &till.buyer).await;
            assert_eq!(res.status(), StatusCode::FORBIDDEN, "{report}");
        }
        Till::customer(app, "help@example.com").await;
        let s = "UPDATE users SET role = 'support' WHERE email = 'help@example.com'";
        sql(app, s).await;
        let support = Till::login(app, "help@example.com").await;
        let res = app.get_with("/api/v1/admin/analytics/sales", &support).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "support staff do not read the books");
    }
);

db_test!(
    async fn exports_defuse_formulas_and_pages_draw_accessible_charts(t: TestDb) {
        let till = Till::open(TestApp::spawn(t).await, 1_000).await;
        let app = &till.app;
        // A product whose name a spreadsheet would run.
        let product = crate::licensing::post_value(
            app,
            &till.admin,
            "/api/v1/admin/products",
            json!({"name": "=HYPERLINK(\"http://x\")", "slug": "evil", "kind": "software"}),
        )
        .await;
        let plan = crate::licensing::post_value(
            app,
            &till.admin,
            &format!("/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap()),
            json!({"name": "+Plan", "max_activations": 1}),
        )
        .await;
        let plan = plan["id"].as_str().unwrap();
        post(app, &till.admin, &format!("/api/v1/admin/plans/{plan}/prices"), json!({"amount_minor": 700})).await;
        till.credit(&till.buyer_id, 10_000).await;
        let cart = json!({"items": [{"plan_id": plan, "quantity": 1}, {"plan_id": till.plan, "quantity": 2}]});
        assert_eq!(till.buy(&till.buyer, cart, None).await.status(), StatusCode::CREATED);

        let res = app.get_with("/api/v1/admin/analytics/sales.csv?table=products", &till.admin).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        let csv = res.text().await.unwrap();
        let header = csv.lines().next().unwrap();
        assert!(header.contains("\"gross_minor\"") && header.contains("\"product\""), "{header}");
        assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
        assert!(csv.contains("\"'+Plan\""), "{csv}");
        assert!(!csv.contains(",\"=") && !csv.contains(",\"+"), "no cell starts a formula: {csv}");
        let res = app.get_with("/api/v1/admin/analytics/sales.csv?table=nonsense", &till.admin).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let series = app.get_with("/api/v1/admin/analytics/licenses.csv", &till.admin).await.text().await.unwrap();
        assert_eq!(series.lines().count(), 31, "a header and the 30 days");

        // The pages, in a left-to-right and a right-to-left language.
        let mut browser = Browser::default();
        crate::web_store::signed_in(app, &mut browser, "vendor@example.com").await;
        for (lang, report) in [("en", ""), ("ar", "/licenses"), ("en", "/usage"), ("ru", "/downloads")] {
            let (status, html) = browser.get(app, &format!("/admin/analytics{report}?lang={lang}")).await;
            assert_eq!(status, StatusCode::OK);
            let start = html
                .find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"")
                .unwrap_or_else(|| panic!("a chart on /admin/analytics{report}"));
            let end = html[start..].find("</svg>").unwrap() + start + "</svg>".len();
            let svg = &html[start..end];
            let doc = roxmltree::Document::parse(svg).expect("the chart is well-formed XML");
            let title = doc.root_element().children().find(|n| n.has_tag_name("title")).and_then(|n| n.text());
            assert!(title.is_some_and(|t| !t.is_empty()), "the chart has a title");
            assert_eq!(doc.root_element().attribute("role"), Some("img"));
            assert!(html.contains("<table"), "the figures are in a table too");
        }
        let (status, html) = browser.get(app, "/admin/analytics?from=2026-03-02&to=2026-03-01&lang=en").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html.contains("The start date is after the end date"), "the refusal is told on the page");
        let (status, csv) = browser.get(app, "/admin/analytics/sales.csv?table=products").await;
        assert_eq!(status, StatusCode::OK);
        assert!(csv.contains("'=HYPERLINK"), "{csv}");
    }
);

db_test!(
    async fn an_owner_sees_how_their_license_is_used_day_by_day(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let shop = crate::licensing::Shop::open(app, "software", json!({"name": "Pro", "max_activations": 3})).await;
        let app = &shop.app;
        for pc in ["laptop", "desktop"] {
            let body = json!({"key": shop.key, "product": "tool", "fingerprint": pc, "name": pc, "nonce": format!("a-{pc}-0001")});
            assert_eq!(app.post_json("/api/v1/activations", body).await.status(), StatusCode::CREATED);
        }
        for (i, pc) in ["laptop", "laptop", "desktop", "elsewhere"].iter().enumerate() {
            let body = json!({"key": shop.key, "product": "tool", "fingerprint": pc, "nonce": format!("v-{i}-00001")});
            app.post_json("/api/v1/licenses/validate", body).await;
        }
        app.running().state().services.licensing.flush_all().await.unwrap();

        let path = format!("/api/v1/licenses/{}/usage?days=7", shop.license_id);
        let usage = get(app, &shop.owner, &path).await;
        let days = usage["days"].as_array().unwrap();
        assert_eq!(days.len(), 7);
        let today = days.last().unwrap();
        assert_eq!(
            (today["live"].as_i64(), today["seen"].as_i64(), today["validations"].as_i64()),
            (Some(2), Some(2), Some(4))
        );
        assert_eq!(days[0]["live"], 0, "nothing was activated a week ago");
        let results: BTreeMap<&str, i64> = usage["validation_results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["code"].as_str().unwrap(), r["count"].as_i64().unwrap()))
            .collect();
        assert_eq!(results, BTreeMap::from([("VALID", 3), ("FINGERPRINT_MISMATCH", 1)]));
        assert_eq!(usage["activations"].as_array().unwrap().len(), 2);
        assert!(usage["activations"][0]["last_seen_at"].as_i64().unwrap() > 0);

        let (stranger, _) = Till::customer(app, "stranger@example.com").await;
        assert_eq!(app.get_with(&path, &stranger).await.status(), StatusCode::NOT_FOUND);
        let res = app.get_with(&format!("/api/v1/licenses/{}/usage?days=0", shop.license_id), &shop.owner).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

        let mut browser = Browser::default();
        crate::web_store::signed_in(app, &mut browser, "owner@example.com").await;
        let (status, html) = browser.get(app, &format!("/licenses/{}/usage?days=7", shop.license_id)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("class=\"chart\"") && html.contains("laptop"), "{html}");
        let (status, _) = browser.get(app, &format!("/admin/licenses/{}/usage", shop.license_id)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "the admin view is staff's");
    }
);

db_test!(
    async fn monitoring_shows_webhook_failures_per_gateway_and_rate_limit_refusals(t: TestDb) {
        let till = Till::open(TestApp::without_worker_on(t).await, 1_000).await;
        let app = &till.app;
        // A forged webhook was refused (as the webhook endpoint counts it).
        let now = rms_core::Timestamp::from_millis(1_800_000_000_000);
        rms_store::billing::count_failure(&app.db, "cryptomus", "bad_signature", now).await.unwrap();
        // Someone guesses a customer's password until the account's budget is spent.
        let mut refused = 0;
        for _ in 0..15 {
            let res = app
                .post_json("/api/v1/auth/login", json!({"email": "buyer@example.com", "password": "wrong-guess-1"}))
                .await;
            refused += usize::from(res.status() == StatusCode::TOO_MANY_REQUESTS);
        }
        assert!(refused > 0, "the sign-in budget ran out");

        let mut b = Browser::default();
        crate::web_store::signed_in(app, &mut b, "vendor@example.com").await;
        let (status, page) = b.get(app, "/admin/jobs").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("<code dir=\"ltr\">cryptomus</code>") && page.contains("bad_signature: 1"), "{page}");
        let row = page.split("<code dir=\"ltr\">login-account</code></td><td class=\"num\">").nth(1).unwrap();
        let counted: usize = row.split('<').next().unwrap().parse().unwrap();
        assert!(counted >= refused, "{counted} refusals shown, {refused} seen");
    }
);
