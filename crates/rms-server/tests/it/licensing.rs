//! The product-facing API as shipped software uses it: activate, validate, heartbeat, deactivate,
//! license files. Every answer is checked against the product's published public key.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use reqwest::Method;
use reqwest::StatusCode;
use rms_testkit::{ManualClock, db_test};
use serde_json::{Value, json};

use crate::harness::{JsonBody, TestApp};

/// A vendor's product with one plan and a license sold to `owner@example.com`.
pub struct Shop {
    pub app: TestApp,
    pub admin: String,
    pub product: String,
    pub public_key: rms_license::VerifyingKey,
    pub license_id: String,
    pub key: String,
    /// The license owner's access token.
    pub owner: String,
}

/// [`post`], read as JSON.
pub async fn post_value(app: &TestApp, token: &str, path: &str, body: Value) -> Value {
    post(app, token, path, body).await.value().await
}

pub async fn post(app: &TestApp, token: &str, path: &str, body: Value) -> reqwest::Response {
    app.send_with(Method::POST, path, token, &body).await
}

impl Shop {
    pub async fn open(app: TestApp, kind: &str, plan: Value) -> Shop {
        let admin = app.admin_token("vendor@example.com").await;
        let owner = app.sign_up_and_in("owner@example.com").await;
        let owner = owner["access_token"].as_str().unwrap().to_owned();
        let product: Value =
            post_value(&app, &admin, "/api/v1/admin/products", json!({"name": "Tool", "slug": "tool", "kind": kind}))
                .await;
        let product = product["id"].as_str().unwrap().to_owned();
        let plan_res = post(&app, &admin, &format!("/api/v1/admin/products/{product}/plans"), plan).await;
        assert_eq!(plan_res.status(), StatusCode::CREATED);
        let plan: Value = plan_res.json().await.unwrap();
        let license: Value = post_value(
            &app,
            &admin,
            "/api/v1/admin/licenses",
            json!({"email": "owner@example.com", "plan_id": plan["id"]}),
        )
        .await;
        let keys: Value = app.get(&format!("/api/v1/products/{product}/public-keys")).await.json().await.unwrap();
        let raw = base64::engine::general_purpose::STANDARD.decode(keys[0]["public_key"].as_str().unwrap()).unwrap();
        let public_key = rms_license::VerifyingKey::from_bytes(&raw.try_into().unwrap()).unwrap();
        Shop {
            app,
            admin,
            product,
            public_key,
            license_id: license["id"].as_str().unwrap().to_owned(),
            key: license["key"].as_str().unwrap().to_owned(),
            owner,
        }
    }

    /// Sends a product call and checks the answer's signature before trusting a byte of it.
    pub async fn call(&self, method: reqwest::Method, path: &str, body: Value) -> (StatusCode, Value) {
        let res = self.app.client.request(method.clone(), self.app.url(path)).json(&body).send().await.unwrap();
        let status = res.status();
        let header = res
            .headers()
            .get(rms_license::response::HEADER)
            .unwrap_or_else(|| panic!("{path} answered {status} without a signature"))
            .to_str()
            .unwrap()
            .to_owned();
        let bytes = res.bytes().await.unwrap();
        let key = self.public_key;
        rms_license::response::verify(&header, |kid| (kid == "1").then_some(key), method.as_str(), path, &bytes)
            .expect("the answer is signed by the product");
        (status, serde_json::from_slice(&bytes).unwrap())
    }

    async fn activate(&self, fingerprint: &str) -> (StatusCode, Value) {
        self.call(
            reqwest::Method::POST,
            "/api/v1/activations",
            json!({"key": self.key, "product": "tool", "fingerprint": fingerprint, "name": fingerprint, "nonce": fresh_nonce()}),
        )
        .await
    }

    async fn validate(&self, fingerprint: &str) -> Value {
        let nonce = format!("nonce-{}", uuid::Uuid::new_v4());
        let (status, answer) = self
            .call(
                reqwest::Method::POST,
                "/api/v1/licenses/validate",
                json!({"key": self.key, "product": self.product, "nonce": nonce, "fingerprint": fingerprint}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "validation always answers 200: {answer}");
        assert_eq!(answer["nonce"], nonce.as_str(), "the nonce sent comes back, signed");
        answer
    }

    async fn heartbeat(&self, activation: &str, nonce: &str, chain: Option<&str>) -> (StatusCode, Value) {
        let mut body = json!({"key": self.key, "nonce": nonce});
        if let Some(c) = chain {
            body["chain"] = json!(c);
        }
        self.call(reqwest::Method::POST, &format!("/api/v1/activations/{activation}/heartbeat"), body).await
    }

    async fn deactivate(&self, activation: &str) -> (StatusCode, Value) {
        let body = json!({"key": self.key, "nonce": fresh_nonce()});
        self.call(reqwest::Method::DELETE, &format!("/api/v1/activations/{activation}"), body).await
    }

    /// An admin changes the license (status, expiry, seats).
    pub async fn patch_license(&self, body: Value) {
        let path = format!("/api/v1/admin/licenses/{}", self.license_id);
        let res = self.app.send_with(Method::PATCH, &path, &self.admin, &body).await;
        assert_eq!(res.status(), StatusCode::OK);
    }

    pub async fn seats_used(&self) -> i64 {
        let id = uuid::Uuid::parse_str(&self.license_id).unwrap();
        let sql = "SELECT seats_used FROM licenses WHERE id = $1";
        match &self.app.db {
            rms_store::Db::Sqlite(pool, _) => sqlx::query_scalar(sql).bind(id).fetch_one(pool).await.unwrap(),
            rms_store::Db::Postgres(pool) => sqlx::query_scalar(sql).bind(id).fetch_one(pool).await.unwrap(),
        }
    }
}

/// A fresh nonce, as every product call sends.
pub fn fresh_nonce() -> String {
    format!("nonce-{}", uuid::Uuid::new_v4())
}

fn code(answer: &Value) -> &str {
    answer["code"].as_str().unwrap()
}

db_test!(
    async fn a_device_activates_once_and_validates_with_signed_answers(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Pro", "max_activations": 2}))
                .await;

        let (status, first) = shop.activate("laptop-1").await;
        assert_eq!(status, StatusCode::CREATED, "{first}");
        assert_eq!((first["valid"].as_bool(), code(&first)), (Some(true), "VALID"));
        let id = first["activation"]["id"].as_str().unwrap();
        // Activating the same device again is not an error and takes no second seat.
        let (status, again) = shop.activate("laptop-1").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(again["activation"]["id"].as_str(), Some(id));
        assert_eq!(shop.seats_used().await, 1);

        let valid = shop.validate("laptop-1").await;
        assert_eq!((valid["valid"].as_bool(), code(&valid)), (Some(true), "VALID"));
        assert_eq!(valid["activation"]["id"].as_str(), Some(id));
        assert!(valid["offline_until"].as_i64().unwrap() > valid["ts"].as_i64().unwrap());
        assert_eq!(code(&shop.validate("desktop-2").await), "FINGERPRINT_MISMATCH");

        // An unknown key and another product's key: signed refusals, same shape.
        let (_, unknown) = shop
            .call(
                reqwest::Method::POST,
                "/api/v1/licenses/validate",
                json!({"key": "RMS1-NOTAKEY", "product": "tool", "nonce": "abcdefgh12"}),
            )
            .await;
        assert_eq!((unknown["valid"].as_bool(), code(&unknown)), (Some(false), "NOT_FOUND"));
        assert!(unknown["license"].is_null());

        // Requests a product cannot have meant are plain problems, and change nothing.
        for (body, field) in [
            (json!({"key": shop.key, "product": "tool"}), None),
            (json!({"key": shop.key, "product": "tool", "nonce": "short"}), Some("nonce")),
            (json!({"key": shop.key, "product": "tool", "nonce": "long-enough", "domain": "x.com"}), Some("domain")),
        ] {
            let res = shop.app.post_json("/api/v1/licenses/validate", body).await;
            assert!(res.status().is_client_error(), "{}", res.status());
            let problem: Value = res.json().await.unwrap();
            if let Some(field) = field {
                assert_eq!(problem["field"], field);
            }
        }
        let res = shop
            .app
            .post_json("/api/v1/licenses/validate", json!({"key": shop.key, "product": "nope", "nonce": "abcdefgh12"}))
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
    }
);

db_test!(
    async fn out_of_fifty_devices_activating_at_once_exactly_the_seats_get_in(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Team", "max_activations": 3}))
                .await;
        let shop = Arc::new(shop);
        let attempts = (0..50).map(|i| {
            let shop = shop.clone();
            tokio::spawn(async move { shop.activate(&format!("machine-{i}")).await })
        });
        let answers: Vec<(StatusCode, Value)> = futures_join(attempts).await.into_iter().map(|r| r.unwrap()).collect();
        let created = answers.iter().filter(|(s, _)| *s == StatusCode::CREATED).count();
        let refused: Vec<&Value> = answers.iter().filter(|(s, _)| *s == StatusCode::CONFLICT).map(|(_, a)| a).collect();
        assert_eq!((created, refused.len()), (3, 47));
        for answer in &refused {
            assert_eq!(code(answer), "ACTIVATION_LIMIT");
            assert_eq!(answer["status"], 409, "a refusal is a problem document too");
        }
        // The refusal lists the devices holding the seats, so the product can offer a swap.
        assert!(refused.iter().any(|a| a["activations"].as_array().is_some_and(|l| !l.is_empty())));
        assert_eq!(shop.seats_used().await, 3);
    }
);

db_test!(
    async fn the_same_device_activating_twenty_times_at_once_takes_one_seat(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Solo", "max_activations": 5}))
                .await;
        let shop = Arc::new(shop);
        let same = (0..20).map(|_| {
            let shop = shop.clone();
            tokio::spawn(async move { shop.activate("the-one-laptop").await })
        });
        let answers: Vec<(StatusCode, Value)> = futures_join(same).await.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(answers.iter().filter(|(s, _)| *s == StatusCode::CREATED).count(), 1);
        assert!(answers.iter().all(|(s, _)| s.is_success()));
        let ids: std::collections::HashSet<&str> =
            answers.iter().map(|(_, a)| a["activation"]["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), 1);
        assert_eq!(shop.seats_used().await, 1);
    }
);

async fn futures_join<T>(
    handles: impl Iterator<Item = tokio::task::JoinHandle<T>>,
) -> Vec<Result<T, tokio::task::JoinError>> {
    let mut out = Vec::new();
    for h in handles.collect::<Vec<_>>() {
        out.push(h.await);
    }
    out
}

db_test!(
    async fn validation_reports_the_first_problem_in_the_documented_order(t: TestDb) {
        let shop = Shop::open(
            TestApp::without_worker_on(t).await,
            "software",
            json!({"name": "Pro", "max_activations": 1, "entitlements": ["export"]}),
        )
        .await;
        assert_eq!(code(&shop.validate("pc").await), "NOT_ACTIVATED");
        shop.activate("pc").await;
        assert_eq!(code(&shop.validate("pc").await), "VALID");
        let nonce = "entitle-1234";
        let (_, missing) = shop
            .call(
                reqwest::Method::POST,
                "/api/v1/licenses/validate",
                json!({"key": shop.key, "product": "tool", "nonce": nonce, "fingerprint": "pc", "entitlements": ["export", "cloud"]}),
            )
            .await;
        assert_eq!(code(&missing), "ENTITLEMENT_MISSING");
        assert_eq!(missing["license"]["entitlements"], json!(["export"]));

        shop.patch_license(json!({"expires_at": "2001-01-01T00:00:00Z"})).await;
        assert_eq!(code(&shop.validate("pc").await), "EXPIRED");
        // Suspension is reported before expiry, revocation before both.
        shop.patch_license(json!({"status": "suspended"})).await;
        assert_eq!(code(&shop.validate("pc").await), "SUSPENDED");
        shop.patch_license(json!({"status": "revoked"})).await;
        let revoked = shop.validate("pc").await;
        assert_eq!((revoked["valid"].as_bool(), code(&revoked)), (Some(false), "REVOKED"));
        assert!(revoked["offline_until"].is_null(), "no fail-soft grace for a refused license");
    }
);

db_test!(
    async fn a_device_that_stops_heartbeating_dies_and_its_seat_is_freed(t: TestDb) {
        let clock = Arc::new(ManualClock::starting_now());
        let app = TestApp::on(t).clock(clock.clone()).without_worker().start().await;
        let shop = Shop::open(
            app,
            "software",
            json!({"name": "Pro", "max_activations": 1, "heartbeat_interval_secs": 60, "heartbeat_grace_secs": 30}),
        )
        .await;
        let (_, a) = shop.activate("pc-1").await;
        let id = a["activation"]["id"].as_str().unwrap().to_owned();
        assert_eq!(a["activation"]["heartbeat"], "not_started");
        let (status, beat) = shop.heartbeat(&id, "beat-0001", None).await;
        assert_eq!((status, code(&beat)), (StatusCode::OK, "VALID"));
        assert_eq!(beat["activation"]["heartbeat"], "alive");

        clock.advance(Duration::from_secs(80));
        assert_eq!(code(&shop.validate("pc-1").await), "VALID", "within interval + grace");
        clock.advance(Duration::from_secs(20));
        assert_eq!(code(&shop.validate("pc-1").await), "HEARTBEAT_DEAD");
        let (status, late) = shop.heartbeat(&id, "beat-0002", beat["chain"].as_str()).await;
        assert_eq!((status, code(&late)), (StatusCode::CONFLICT, "HEARTBEAT_DEAD"));
        // Still holding the seat until the culling job runs.
        assert_eq!(shop.activate("pc-2").await.0, StatusCode::CONFLICT);
        let culled = shop.app.running().state().services.licensing.cull_dead().await.unwrap();
        assert_eq!(culled, 1);
        assert_eq!(shop.seats_used().await, 0);
        assert_eq!(shop.activate("pc-2").await.0, StatusCode::CREATED);
    }
);

db_test!(
    async fn two_machines_sharing_one_activation_are_caught_by_the_heartbeat_chain(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let shop =
            Shop::open(app, "software", json!({"name": "Pro", "max_activations": 1, "heartbeat_interval_secs": 600}))
                .await;
        let (_, a) = shop.activate("golden-image").await;
        let id = a["activation"]["id"].as_str().unwrap().to_owned();

        let (_, first) = shop.heartbeat(&id, "machine-a-1", None).await;
        let c1 = first["chain"].as_str().unwrap().to_owned();
        let (_, second) = shop.heartbeat(&id, "machine-a-2", Some(&c1)).await;
        assert_eq!(code(&second), "VALID");
        let c2 = second["chain"].as_str().unwrap().to_owned();
        assert_ne!(c1, c2);
        // A retry of that very request (its answer was lost) gets the same answer, not an alarm.
        let (_, retry) = shop.heartbeat(&id, "machine-a-2", Some(&c1)).await;
        assert_eq!((code(&retry), retry["chain"].as_str()), ("VALID", Some(c2.as_str())));

        // The copy still holds c1 and presents it with its own nonce: the chain forked.
        let (status, clone) = shop.heartbeat(&id, "machine-b-1", Some(&c1)).await;
        assert_eq!((status, code(&clone)), (StatusCode::CONFLICT, "CLONE_SUSPECTED"));
        assert_eq!(clone["activation"]["clone_suspected"], true);
        // From now on the activation is paused for both, and validation says so.
        let (_, after) = shop.heartbeat(&id, "machine-a-3", Some(&c2)).await;
        assert_eq!(code(&after), "CLONE_SUSPECTED");
        assert_eq!(code(&shop.validate("golden-image").await), "HEARTBEAT_DEAD");
        let (status, again) = shop.activate("golden-image").await;
        assert_eq!(
            (status, code(&again)),
            (StatusCode::CONFLICT, "CLONE_SUSPECTED"),
            "activating again does not clear it"
        );

        // Audited, and the owner is told (a notification, recorded in the same transaction).
        let audit: Value =
            shop.app.get_with("/api/v1/admin/audit?action=license.clone_suspected", &shop.admin).await.value().await;
        assert!(audit.to_string().contains(&id), "{audit}");
        let told: i64 =
            sqlx_count(&shop.app, "SELECT COUNT(*) FROM notifications WHERE kind = 'clone_suspected'").await;
        assert_eq!(told, 1);
    }
);

async fn sqlx_count(app: &TestApp, sql: &'static str) -> i64 {
    match &app.db {
        rms_store::Db::Sqlite(pool, _) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        rms_store::Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}

db_test!(
    async fn moving_a_seat_spends_the_reassignment_budget_and_admins_can_reset_it(t: TestDb) {
        let clock = Arc::new(ManualClock::starting_now());
        let app = TestApp::on(t).clock(clock.clone()).without_worker().start().await;
        let shop = Shop::open(
            app,
            "software",
            json!({"name": "Pro", "max_activations": 1, "max_reassignments": 2, "reassign_cooldown_secs": 3600}),
        )
        .await;
        let (_, a) = shop.activate("old-pc").await;
        let (status, freed) = shop.deactivate(a["activation"]["id"].as_str().unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{freed}");
        assert_eq!(shop.seats_used().await, 0);
        let (_, b) = shop.activate("new-pc").await;
        let b_id = b["activation"]["id"].as_str().unwrap().to_owned();

        // The cooldown holds the next move back, and says until when.
        let (status, wait) = shop.deactivate(&b_id).await;
        assert_eq!((status, code(&wait)), (StatusCode::CONFLICT, "REASSIGNMENT_LIMIT"));
        let next = wait["next_allowed_at"].as_i64().unwrap();
        assert!(next > wait["ts"].as_i64().unwrap());
        assert_eq!(shop.seats_used().await, 1, "a refused move changes nothing");

        clock.advance(Duration::from_secs(3601));
        // The owner moves it from the dashboard API: the second and last move of the window.
        let owner = shop
            .app
            .post_json(
                "/api/v1/auth/login",
                json!({"email": "owner@example.com", "password": crate::harness::PASSWORD}),
            )
            .await;
        let owner: Value = owner.json().await.unwrap();
        let owner = owner["access_token"].as_str().unwrap().to_owned();
        let path = format!("/api/v1/licenses/{}/activations/{b_id}", shop.license_id);
        let res = shop.app.client.delete(shop.app.url(&path)).bearer_auth(&owner).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let seats: Value = res.json().await.unwrap();
        assert_eq!(
            (seats["reassignments"]["used"].as_i64(), seats["reassignments"]["remaining"].as_i64()),
            (Some(2), Some(0))
        );

        let (_, c) = shop.activate("third-pc").await;
        clock.advance(Duration::from_secs(7200));
        let c_id = c["activation"]["id"].as_str().unwrap().to_owned();
        let (status, spent) = shop.deactivate(&c_id).await;
        assert_eq!((status, code(&spent)), (StatusCode::CONFLICT, "REASSIGNMENT_LIMIT"));
        // The budget frees up when the first move leaves the 30-day window.
        let window_end = spent["next_allowed_at"].as_i64().unwrap();
        assert!(window_end > spent["ts"].as_i64().unwrap() + 29 * 86_400);

        // (Hours passed on the test clock: the admin signs in again.)
        let login = json!({"email": "vendor@example.com", "password": crate::harness::PASSWORD});
        let admin: Value = shop.app.post_json("/api/v1/auth/login", login).await.json().await.unwrap();
        let reset = post(
            &shop.app,
            admin["access_token"].as_str().unwrap(),
            &format!("/api/v1/admin/licenses/{}/reassignments/reset", shop.license_id),
            json!({}),
        )
        .await;
        assert_eq!(reset.status(), StatusCode::OK);
        assert_eq!(shop.deactivate(&c_id).await.0, StatusCode::OK);
    }
);

db_test!(
    async fn owners_see_only_their_own_seats_and_get_license_files_that_verify_offline(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Pro", "max_activations": 2}))
                .await;
        let (_, a) = shop.activate("studio-mac").await;
        let id = a["activation"]["id"].as_str().unwrap().to_owned();
        let owner = shop.owner.clone();
        let stranger = shop.app.sign_up_and_in("stranger@example.com").await;
        let stranger = stranger["access_token"].as_str().unwrap().to_owned();

        let path = format!("/api/v1/licenses/{}/activations", shop.license_id);
        let mine: Value = shop.app.get_with(&path, &owner).await.json().await.unwrap();
        assert_eq!(mine["activations"][0]["fingerprint"], "studio-mac");
        assert_eq!(mine["reassignments"]["max"], Value::Null, "unlimited moves on this plan");
        assert_eq!(shop.app.get_with(&path, &stranger).await.status(), StatusCode::NOT_FOUND);
        let del =
            shop.app.client.delete(shop.app.url(&format!("{path}/{id}"))).bearer_auth(&stranger).send().await.unwrap();
        assert_eq!(del.status(), StatusCode::NOT_FOUND);
        assert_eq!(shop.seats_used().await, 1, "a stranger freed nothing");

        // The product asks for a file with the key; the owner downloads the same kind of file.
        let (status, answer) = shop
            .call(
                reqwest::Method::POST,
                &format!("/api/v1/activations/{id}/license-file"),
                json!({"key": shop.key, "nonce": fresh_nonce()}),
            )
            .await;
        assert_eq!(status, StatusCode::OK);
        let from_product = answer["license_file"].as_str().unwrap().to_owned();
        let res = post(&shop.app, &owner, &format!("{path}/{id}/license-file"), json!({})).await;
        assert_eq!(res.status(), StatusCode::OK);
        let from_owner = res.text().await.unwrap();
        let key = shop.public_key;
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        for file in [&from_product, &from_owner] {
            let expect = rms_license::file::Expectation {
                fingerprint: Some("studio-mac"),
                domain: None,
                now,
                high_water: now - 5,
            };
            let data = rms_license::file::verify(file, |kid| (kid == "1").then_some(key), &expect).unwrap();
            assert_eq!(data.license_id.to_string(), shop.license_id);
            let elsewhere = rms_license::file::Expectation { fingerprint: Some("other-mac"), ..expect };
            assert!(rms_license::file::verify(file, |kid| (kid == "1").then_some(key), &elsewhere).is_err());
        }
        // Another user's activation id with this key: nothing.
        let res = shop
            .app
            .post_json(
                &format!("/api/v1/activations/{}/license-file", uuid::Uuid::now_v7()),
                json!({"key": shop.key, "nonce": fresh_nonce()}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
    }
);

db_test!(
    async fn validations_are_counted_in_memory_and_written_in_batches(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Pro", "max_activations": 2}))
                .await;
        shop.activate("pc").await;
        shop.app.running().state().services.licensing.flush_all().await.unwrap();
        let counted = || sqlx_count(&shop.app, "SELECT validations FROM licenses");
        let before = counted().await;
        for _ in 0..10 {
            shop.validate("pc").await;
        }
        // The background flush writes tallies every ten seconds; flush now rather than wait.
        shop.app.running().state().services.licensing.flush_all().await.unwrap();
        assert_eq!(counted().await - before, 10);
    }
);

db_test!(
    async fn seats_cannot_shrink_below_what_is_in_use(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Pro", "max_activations": 3}))
                .await;
        shop.activate("a").await;
        shop.activate("b").await;
        let path = format!("/api/v1/admin/licenses/{}", shop.license_id);
        let shrink = |seats: i64| {
            shop.app.client.patch(shop.app.url(&path)).bearer_auth(&shop.admin).json(&json!({"seats": seats})).send()
        };
        let res = shrink(1).await.unwrap();
        assert_eq!(res.status(), StatusCode::CONFLICT);
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["code"], "SEATS_IN_USE");
        assert_eq!(shrink(2).await.unwrap().status(), StatusCode::OK);
        assert_eq!(shop.activate("c").await.0, StatusCode::CONFLICT);
    }
);

db_test!(
    async fn site_licenses_bind_normalised_domains_and_staging_sites_run_free(t: TestDb) {
        let shop = Shop::open(
            TestApp::without_worker_on(t).await,
            "site",
            json!({"name": "Single site", "max_activations": 1}),
        )
        .await;
        let activate = |domain: &str| {
            shop.call(
                reqwest::Method::POST,
                "/api/v1/activations",
                json!({"key": shop.key.to_lowercase(), "product": "tool", "domain": domain, "nonce": fresh_nonce()}),
            )
        };
        let (status, a) = activate("https://www.Example.com:443/shop/").await;
        assert_eq!(status, StatusCode::CREATED, "{a}");
        assert_eq!(a["activation"]["domain"], "example.com");
        assert_eq!(activate("example.com").await.0, StatusCode::OK, "the same site, written differently");
        let (status, staging) = activate("shop.test").await;
        assert_eq!(status, StatusCode::CREATED);
        assert_eq!(staging["activation"]["counts_seat"], false, "a reserved name runs free");
        assert_eq!(activate("other.com").await.0, StatusCode::CONFLICT);
        let (_, v) = shop
            .call(
                reqwest::Method::POST,
                "/api/v1/licenses/validate",
                json!({"key": shop.key, "product": "tool", "nonce": "site-check-1", "domain": "other.com"}),
            )
            .await;
        assert_eq!(code(&v), "DOMAIN_MISMATCH");
    }
);

db_test!(
    async fn carving_sub_licenses_never_hands_out_more_seats_than_the_pool_has(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Team", "max_activations": 5}))
                .await;
        shop.activate("lead-laptop").await;
        let path = format!("/api/v1/licenses/{}/sub-licenses", shop.license_id);
        let shop = Arc::new(shop);
        let carving = (0..20).map(|i| {
            let (shop, path) = (shop.clone(), path.clone());
            tokio::spawn(async move {
                let res = post(&shop.app, &shop.owner, &path, json!({"seats": 1, "label": format!("seat {i}")})).await;
                let status = res.status();
                (status, res.json::<Value>().await.unwrap())
            })
        });
        let answers: Vec<(StatusCode, Value)> = futures_join(carving).await.into_iter().map(|r| r.unwrap()).collect();
        let made: Vec<&Value> = answers.iter().filter(|(s, _)| *s == StatusCode::CREATED).map(|(_, v)| v).collect();
        assert_eq!(made.len(), 4, "5 seats, 1 used directly");
        assert!(
            answers
                .iter()
                .filter(|(s, _)| *s != StatusCode::CREATED)
                .all(|(s, v)| *s == StatusCode::CONFLICT && v["code"] == "NOT_ENOUGH_SEATS")
        );
        assert_eq!(shop.seats_used().await, 5);
        // The pool is full: the parent's own key cannot activate another device either.
        assert_eq!(shop.activate("another").await.0, StatusCode::CONFLICT);
        let listed: Value = shop.app.get_with(&path, &shop.owner).await.json().await.unwrap();
        assert_eq!(listed.as_array().unwrap().len(), 4);

        // A sub-license is a license of its own: its key activates up to its quota.
        let sub = made[0];
        let sub_id = sub["id"].as_str().unwrap();
        let sub_key = sub["key"].as_str().unwrap();
        let activate = |fp: &'static str| {
            shop.app.post_json(
                "/api/v1/activations",
                json!({"key": sub_key, "product": "tool", "fingerprint": fp, "nonce": fresh_nonce()}),
            )
        };
        assert_eq!(activate("designer-1").await.status(), StatusCode::CREATED);
        assert_eq!(activate("designer-2").await.status(), StatusCode::CONFLICT);

        // Resizing: growing needs free seats in the pool, shrinking below its devices is refused.
        let patch = |seats: i64| {
            shop.app
                .client
                .patch(shop.app.url(&format!("{path}/{sub_id}")))
                .bearer_auth(&shop.owner)
                .json(&json!({"seats": seats}))
                .send()
        };
        let grow = patch(2).await.unwrap();
        assert_eq!(grow.status(), StatusCode::CONFLICT);
        assert_eq!(grow.json::<Value>().await.unwrap()["code"], "NOT_ENOUGH_SEATS");
        // Move another sub-license's seat back to the pool, then grow.
        let other = made[1]["id"].as_str().unwrap();
        let gone = shop
            .app
            .client
            .delete(shop.app.url(&format!("{path}/{other}")))
            .bearer_auth(&shop.owner)
            .send()
            .await
            .unwrap();
        assert_eq!(gone.status(), StatusCode::NO_CONTENT);
        assert_eq!(shop.seats_used().await, 4);
        assert_eq!(patch(2).await.unwrap().status(), StatusCode::OK);
        assert_eq!(shop.seats_used().await, 5);
        assert_eq!(activate("designer-2").await.status(), StatusCode::CREATED);
        let shrink = patch(1).await.unwrap();
        assert_eq!(shrink.status(), StatusCode::CONFLICT);
        assert_eq!(shrink.json::<Value>().await.unwrap()["code"], "SEATS_IN_USE");

        // The revoked sub-license's key no longer validates.
        let revoked_key = made[1]["key"].as_str().unwrap();
        let (_, answer) = shop
            .call(
                reqwest::Method::POST,
                "/api/v1/licenses/validate",
                json!({"key": revoked_key, "product": "tool", "nonce": "revoked-sub-1"}),
            )
            .await;
        assert_eq!(code(&answer), "REVOKED");
    }
);

db_test!(
    async fn a_sub_license_handed_to_a_colleague_shows_up_in_their_account(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "site", json!({"name": "Agency", "max_activations": 10}))
                .await;
        let colleague = shop.app.sign_up_and_in("colleague@example.com").await;
        let colleague = colleague["access_token"].as_str().unwrap();
        shop.app.mark_email_verified("colleague@example.com").await;
        let path = format!("/api/v1/licenses/{}/sub-licenses", shop.license_id);
        let res = post(
            &shop.app,
            &shop.owner,
            &path,
            json!({"seats": 3, "label": "Client sites", "assignee_email": "colleague@example.com"}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::CREATED);
        let sub: Value = res.json().await.unwrap();
        let theirs: Value = shop.app.get_with("/api/v1/licenses", colleague).await.json().await.unwrap();
        assert_eq!(theirs[0]["id"], sub["id"]);
        assert_eq!(
            (theirs[0]["label"].as_str(), theirs[0]["parent_id"].as_str()),
            (Some("Client sites"), Some(shop.license_id.as_str()))
        );
        // The colleague cannot carve from (or see) the parent pool.
        assert_eq!(post(&shop.app, colleague, &path, json!({"seats": 1})).await.status(), StatusCode::NOT_FOUND);
    }
);

db_test!(
    async fn a_rotated_product_key_signs_from_now_on_and_the_old_one_keeps_verifying(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Pro", "max_activations": 2}))
                .await;
        let (_, a) = shop.activate("pc").await;
        let id = a["activation"]["id"].as_str().unwrap().to_owned();
        let (_, before) = shop
            .call(
                reqwest::Method::POST,
                &format!("/api/v1/activations/{id}/license-file"),
                json!({"key": shop.key, "nonce": fresh_nonce()}),
            )
            .await;
        let old_file = before["license_file"].as_str().unwrap().to_owned();

        // At once (the staged default is tested in keys.rs).
        let res = post(
            &shop.app,
            &shop.admin,
            &format!("/api/v1/admin/products/{}/keys/rotate", shop.product),
            json!({"switch_at": "2000-01-01T00:00:00Z"}),
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK);
        let keys: Value = res.json().await.unwrap();
        let listed = kids_and_activity(&keys);
        assert_eq!(listed, [("1", false), ("2", true)]);
        let raw = base64::engine::general_purpose::STANDARD.decode(keys[1]["public_key"].as_str().unwrap()).unwrap();
        let new_key = rms_license::VerifyingKey::from_bytes(&raw.try_into().unwrap()).unwrap();
        let old_key = shop.public_key;
        let both = |kid: &str| match kid {
            "1" => Some(old_key),
            "2" => Some(new_key),
            _ => None,
        };

        // Answers are now signed with kid 2.
        let nonce = "after-rotation-1";
        let res = shop
            .app
            .post_json(
                "/api/v1/licenses/validate",
                json!({"key": shop.key, "product": "tool", "nonce": nonce, "fingerprint": "pc"}),
            )
            .await;
        let header = res.headers()[rms_license::response::HEADER].to_str().unwrap().to_owned();
        assert!(header.contains("kid=\"2\""), "{header}");
        let body = res.bytes().await.unwrap();
        rms_license::response::verify(&header, both, "post", "/api/v1/licenses/validate", &body).unwrap();
        assert_eq!(serde_json::from_slice::<Value>(&body).unwrap()["code"], "VALID", "keys issued before still work");

        // The file signed before the rotation still verifies offline with the old key.
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        let expect = rms_license::file::Expectation { fingerprint: Some("pc"), domain: None, now, high_water: 0 };
        rms_license::file::verify(&old_file, both, &expect).unwrap();
        // A license issued now carries key id 2 and verifies with the new key only.
        let plan: Value = shop.app.get_with("/api/v1/admin/licenses", &shop.admin).await.json().await.unwrap();
        let plan_id = plan[0]["plan_id"].clone();
        let fresh: Value = post_value(
            &shop.app,
            &shop.admin,
            "/api/v1/admin/licenses",
            json!({"email": "owner@example.com", "plan_id": plan_id}),
        )
        .await;
        let payload = rms_license::key::verify(fresh["key"].as_str().unwrap(), &new_key).unwrap();
        assert_eq!(payload.key_id, 2);
        assert!(rms_license::key::verify(fresh["key"].as_str().unwrap(), &old_key).is_err());
    }
);

db_test!(
    async fn concurrent_moves_cannot_both_spend_the_last_reassignment(t: TestDb) {
        let shop = Shop::open(
            TestApp::without_worker_on(t).await,
            "software",
            json!({"name": "Pro", "max_activations": 5, "max_reassignments": 1}),
        )
        .await;
        let mut ids = Vec::new();
        for i in 0..5 {
            let (_, a) = shop.activate(&format!("pc-{i}")).await;
            ids.push(a["activation"]["id"].as_str().unwrap().to_owned());
        }
        let shop = Arc::new(shop);
        let moves = ids.into_iter().map(|id| {
            let shop = shop.clone();
            tokio::spawn(async move { shop.deactivate(&id).await })
        });
        let answers: Vec<(StatusCode, Value)> = futures_join(moves).await.into_iter().map(|r| r.unwrap()).collect();
        let done = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count();
        assert_eq!(done, 1, "{answers:?}");
        assert!(answers.iter().filter(|(s, _)| *s != StatusCode::OK).all(|(_, a)| code(a) == "REASSIGNMENT_LIMIT"));
        assert_eq!(shop.seats_used().await, 4);
    }
);

db_test!(
    async fn on_k_of_n_plans_a_machine_with_a_new_disk_keeps_its_seat(t: TestDb) {
        let shop = Shop::open(
            TestApp::without_worker_on(t).await,
            "software",
            json!({"name": "Workstation", "max_activations": 1, "fingerprint_match": "k_of_n", "fingerprint_k": 2, "maintenance_days": 365}),
        )
        .await;
        let activate = |fp: &str, components: Value| {
            shop.call(
                reqwest::Method::POST,
                "/api/v1/activations",
                json!({"key": shop.key, "product": "tool", "fingerprint": fp, "components": components, "nonce": fresh_nonce()}),
            )
        };
        let (status, first) = activate("fp-original", json!(["cpu-a", "board-b", "disk-c"])).await;
        assert_eq!(status, StatusCode::CREATED);
        assert!(first["license"]["maintenance_until"].as_i64().unwrap() > first["ts"].as_i64().unwrap() + 364 * 86_400);
        let id = first["activation"]["id"].clone();

        // The disk was replaced: the fingerprint changed, two of three components did not.
        let validate = |fp: &'static str, components: Value| {
            shop.call(
                reqwest::Method::POST,
                "/api/v1/licenses/validate",
                json!({"key": shop.key, "product": "tool", "nonce": format!("k-of-n-{fp}"), "fingerprint": fp, "components": components}),
            )
        };
        let (_, same) = validate("fp-new-disk", json!(["cpu-a", "board-b", "disk-z"])).await;
        assert_eq!((code(&same), &same["activation"]["id"]), ("VALID", &id));
        let (status, again) = activate("fp-new-disk", json!(["cpu-a", "board-b", "disk-z"])).await;
        assert_eq!((status, &again["activation"]["id"]), (StatusCode::OK, &id), "no second seat");
        // Another machine shares one component at most: refused.
        let (_, other) = validate("fp-other", json!(["cpu-a", "board-x", "disk-y"])).await;
        assert_eq!(code(&other), "FINGERPRINT_MISMATCH");
        assert_eq!(activate("fp-other", json!(["cpu-a", "board-x", "disk-y"])).await.0, StatusCode::CONFLICT);

        let bad = shop
            .app
            .post_json(
                "/api/v1/activations",
                json!({"key": shop.key, "product": "tool", "fingerprint": "x", "components": ["a,b"], "nonce": fresh_nonce()}),
            )
            .await;
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let plans = format!("/api/v1/admin/products/{}/plans", shop.product);
        let no_k = post(
            &shop.app,
            &shop.admin,
            &plans,
            json!({"name": "Bad", "max_activations": 1, "fingerprint_match": "k_of_n"}),
        )
        .await;
        assert_eq!(no_k.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
);

/// A product's keys as listed: each key's id and whether it signs now.
pub(crate) fn kids_and_activity(keys: &Value) -> Vec<(&str, bool)> {
    keys.as_array().unwrap().iter().map(|k| (k["kid"].as_str().unwrap(), k["active"].as_bool().unwrap())).collect()
}
