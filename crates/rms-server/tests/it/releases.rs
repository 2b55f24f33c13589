//! Releases as a vendor's CI and a customer's client meet them: drafts, streamed uploads stored by
//! their SHA-256, publishing with a signed manifest, yanking; versions by semver precedence; the
//! size limit and hostile names refused before anything is kept.

use base64::Engine;
use reqwest::Method;
use rms_license::VerifyingKey;
use rms_testkit::db_test;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::harness::{TestApp, status_and_json};

mod feeds;

struct Vendor {
    app: TestApp,
    admin: String,
    product: String,
}

async fn vendor(app: TestApp) -> Vendor {
    vendor_of(app, json!({"name": "Desk", "slug": "desk", "kind": "software"})).await
}

async fn vendor_of(app: TestApp, product: Value) -> Vendor {
    let admin = app.admin_token("admin@example.com").await;
    let res = app.send_with(Method::POST, "/api/v1/admin/products", &admin, &product).await;
    let (status, product) = status_and_json(res).await;
    assert_eq!(status, 201, "{product}");
    Vendor { app, admin, product: product["id"].as_str().unwrap().to_owned() }
}

impl Vendor {
    async fn create(&self, token: &str, body: Value) -> (u16, Value) {
        let path = format!("/api/v1/admin/products/{}/releases", self.product);
        let (status, body) = status_and_json(self.app.send_with(Method::POST, &path, token, &body).await).await;
        (status.as_u16(), body)
    }

    async fn release(&self, version: &str, channel: &str) -> String {
        let (status, body) = self.create(&self.admin, json!({"version": version, "channel": channel})).await;
        assert_eq!(status, 201, "{body}");
        body["id"].as_str().unwrap().to_owned()
    }

    async fn upload(&self, token: &str, release: &str, platform: &str, filename: &str, bytes: Vec<u8>) -> (u16, Value) {
        let url = self.app.url(&format!("/api/v1/admin/releases/{release}/artifacts/{platform}"));
        // A refused upload is answered before its body is read, and the server then closes the
        // connection: keep such connections out of the shared client's pool.
        let res = fresh_client()
            .put(url)
            .query(&[("filename", filename)])
            .bearer_auth(token)
            .header("content-type", "application/octet-stream")
            .body(bytes)
            .send()
            .await
            .unwrap();
        let (status, body) = status_and_json(res).await;
        (status.as_u16(), body)
    }

    /// The product's releases as the admin lists them.
    async fn releases(&self) -> Value {
        let path = format!("/api/v1/admin/products/{}/releases", self.product);
        self.app.get_with(&path, &self.admin).await.json().await.unwrap()
    }

    async fn act(&self, release: &str, action: &str) -> (u16, Value) {
        let path = format!("/api/v1/admin/releases/{release}/{action}");
        let (status, body) =
            status_and_json(self.app.send_with(Method::POST, &path, &self.admin, &json!({})).await).await;
        (status.as_u16(), body)
    }

    async fn public_keys(&self) -> Vec<(String, VerifyingKey)> {
        let keys: Value =
            self.app.get(&format!("/api/v1/products/{}/public-keys", self.product)).await.json().await.unwrap();
        keys.as_array()
            .unwrap()
            .iter()
            .map(|k| {
                let raw = base64::engine::general_purpose::STANDARD.decode(k["public_key"].as_str().unwrap()).unwrap();
                (k["kid"].as_str().unwrap().to_owned(), VerifyingKey::from_bytes(&raw.try_into().unwrap()).unwrap())
            })
            .collect()
    }
}

/// A client whose connections are not reused.
fn fresh_client() -> reqwest::Client {
    reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap()
}

fn build_of(n: usize) -> Vec<u8> {
    (0..n).map(|i| (i * 31 % 251) as u8).collect()
}

db_test!(
    async fn a_vendors_ci_publishes_a_release_and_anyone_can_check_its_signed_manifest(t: TestDb) {
        let v = vendor(TestApp::spawn(t).await).await;
        // CI holds an admin's key with only the `releases` scope.
        let res = v
            .app
            .send_with(Method::POST, "/api/v1/api-keys", &v.admin, &json!({"name": "ci", "scopes": ["releases"]}))
            .await;
        let (status, key) = status_and_json(res).await;
        assert_eq!(status, 201, "{key}");
        let ci = key["secret"].as_str().unwrap().to_owned();
        let (status, draft) =
            v.create(&ci, json!({"version": "v1.4.0", "channel": "stable", "notes": "## Faster\n- exports"})).await;
        assert_eq!(status, 201, "{draft}");
        assert_eq!((draft["version"].as_str(), draft["state"].as_str()), (Some("1.4.0"), Some("draft")));
        let id = draft["id"].as_str().unwrap().to_owned();
        // Larger than the API's 1 MiB body limit: uploads stream past it.
        let linux = build_of(3 * 1024 * 1024 + 17);
        let (status, artifact) = v.upload(&ci, &id, "linux-x86_64", "desk-1.4.0.tar.gz", linux.clone()).await;
        assert_eq!(status, 201, "{artifact}");
        assert_eq!(artifact["sha256"], hex::encode(Sha256::digest(&linux)));
        assert_eq!(artifact["size"], linux.len());
        let windows = build_of(1000);
        assert_eq!(v.upload(&ci, &id, "windows-x86_64", "Desk Setup 1.4.0.exe", windows.clone()).await.0, 201);
        // Replaced before publishing: the last upload counts.
        let windows = build_of(1001);
        assert_eq!(v.upload(&ci, &id, "windows-x86_64", "Desk Setup 1.4.0.exe", windows.clone()).await.0, 201);
        // Nobody sees a draft's manifest.
        assert_eq!(v.app.get(&format!("/api/v1/releases/{id}/manifest")).await.status(), 404);
        let path = format!("/api/v1/admin/releases/{id}/publish");
        let (status, published) = status_and_json(v.app.send_with(Method::POST, &path, &ci, &json!({})).await).await;
        assert_eq!(status, 200, "{published}");
        assert_eq!(published["state"], "published");
        assert!(published["published_at"].is_string());

        let res = v.app.get(&format!("/api/v1/releases/{id}/manifest")).await;
        assert_eq!(res.status(), 200);
        let header = res.headers()["rms-signature"].to_str().unwrap().to_owned();
        let bytes = res.bytes().await.unwrap();
        let keys = v.public_keys().await;
        let lookup = |kid: &str| keys.iter().find(|(k, _)| k == kid).map(|(_, key)| *key);
        let manifest = rms_license::manifest::verify(&header, lookup, &bytes).expect("signed by the product's key");
        assert_eq!((manifest.product.as_str(), manifest.version.as_str()), ("desk", "1.4.0"));
        assert_eq!(manifest.channel, "stable");
        assert_eq!(rms_license::manifest::check_file(&manifest, "linux-x86_64", &linux), Ok(()));
        assert_eq!(rms_license::manifest::check_file(&manifest, "windows-x86_64", &windows), Ok(()));
        assert!(rms_license::manifest::check_file(&manifest, "windows-x86_64", &build_of(1000)).is_err());
        let mut tampered = bytes.to_vec();
        let at = tampered.len() / 2;
        tampered[at] ^= 1;
        assert!(rms_license::manifest::verify(&header, lookup, &tampered).is_err(), "a changed manifest fails");

        // A customer, or an admin's read-only key, cannot touch releases.
        let customer = v.app.sign_up_and_in("buyer@example.com").await["access_token"].as_str().unwrap().to_owned();
        assert_eq!(v.create(&customer, json!({"version": "9.9.9"})).await.0, 403);
        let res = v
            .app
            .send_with(Method::POST, "/api/v1/api-keys", &v.admin, &json!({"name": "ro", "scopes": ["read"]}))
            .await;
        let read_only = res.json::<Value>().await.unwrap()["secret"].as_str().unwrap().to_owned();
        assert_eq!(v.create(&read_only, json!({"version": "9.9.9"})).await.0, 403);
        // The audit log names who published what.
        let audit: Value =
            v.app.get_with("/api/v1/admin/audit?action=release.published", &v.admin).await.json().await.unwrap();
        assert_eq!(audit.as_array().map(Vec::len), Some(1), "{audit}");
    }
);

db_test!(
    async fn versions_are_unique_by_precedence_and_listed_newest_first(t: TestDb) {
        let v = vendor(TestApp::without_worker_on(t).await).await;
        v.release("1.9.0", "stable").await;
        v.release("1.10.0", "stable").await;
        v.release("1.10.0-beta.2", "beta").await;
        v.release("1.10.0-beta.11", "beta").await;
        v.release("2.0.0-alpha.1", "alpha").await;
        let (status, body) = v.create(&v.admin, json!({"version": "1.10.0+build.7"})).await;
        assert_eq!(
            (status, body["code"].as_str()),
            (409, Some("VERSION_TAKEN")),
            "build metadata is not a new version"
        );
        let (status, body) = v.create(&v.admin, json!({"version": "2.0.0-rc.1", "channel": "stable"})).await;
        assert_eq!((status, body["field"].as_str()), (422, Some("channel")), "no pre-release on stable: {body}");
        for bad in ["latest", "1.0", "01.2.3", "1.2.3-", "", "../1.0.0"] {
            let (status, body) = v.create(&v.admin, json!({"version": bad})).await;
            assert_eq!((status, body["code"].as_str()), (422, Some("INVALID_VERSION")), "{bad:?}");
        }
        let (status, body) = v.create(&v.admin, json!({"version": "3.0.0", "channel": "nightly"})).await;
        assert_eq!((status, body["field"].as_str()), (422, Some("channel")));
        let listed = v.releases().await;
        let versions: Vec<&str> = listed.as_array().unwrap().iter().map(|r| r["version"].as_str().unwrap()).collect();
        assert_eq!(versions, ["2.0.0-alpha.1", "1.10.0", "1.10.0-beta.11", "1.10.0-beta.2", "1.9.0"]);
    }
);

db_test!(
    async fn a_release_is_published_once_then_only_yanked_and_a_yanked_one_is_gone(t: TestDb) {
        let v = vendor(TestApp::spawn(t).await).await;
        let id = v.release("1.0.0", "stable").await;
        let (status, body) = v.act(&id, "yank").await;
        assert_eq!((status, body["code"].as_str()), (409, Some("WRONG_STATE")), "a draft is not yanked: {body}");
        let (status, body) = v.act(&id, "publish").await;
        assert_eq!((status, body["code"].as_str()), (409, Some("WRONG_STATE")), "nothing to download yet: {body}");
        assert_eq!(v.upload(&v.admin, &id, "wordpress", "desk.zip", build_of(10)).await.0, 201);
        assert_eq!(v.act(&id, "publish").await.0, 200);
        let (status, body) = v.act(&id, "publish").await;
        assert_eq!((status, body["code"].as_str()), (409, Some("WRONG_STATE")));
        let (status, body) = v.upload(&v.admin, &id, "wordpress", "desk.zip", build_of(11)).await;
        assert_eq!((status, body["code"].as_str()), (409, Some("WRONG_STATE")), "a signed release keeps its files");
        assert_eq!(v.app.get(&format!("/api/v1/releases/{id}/manifest")).await.status(), 200);
        let (status, yanked) = v.act(&id, "yank").await;
        assert_eq!((status, yanked["state"].as_str()), (200, Some("yanked")));
        assert!(yanked["yanked_at"].is_string());
        assert_eq!(v.act(&id, "yank").await.0, 409);
        assert_eq!(v.act(&id, "publish").await.0, 409, "a yanked release stays yanked");
        assert_eq!(v.app.get(&format!("/api/v1/releases/{id}/manifest")).await.status(), 404);
        let missing = uuid::Uuid::now_v7();
        assert_eq!(v.act(&missing.to_string(), "publish").await.0, 404);
        assert_eq!(v.upload(&v.admin, &missing.to_string(), "wordpress", "a.zip", build_of(1)).await.0, 404);
    }
);

/// Every file under `dir`, recursively.
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

db_test!(
    async fn an_upload_over_the_limit_is_refused_without_keeping_anything(t: TestDb) {
        let app = TestApp::on(t).config(|c| c.artifact_max_bytes = 4096).without_worker().start().await;
        let v = vendor(app).await;
        let id = v.release("1.0.0", "stable").await;
        // Declared too large: refused before the body is read.
        let (status, body) = v.upload(&v.admin, &id, "linux-x86_64", "big.bin", build_of(4097)).await;
        assert_eq!((status, body["code"].as_str()), (413, Some("PAYLOAD_TOO_LARGE")), "{body}");
        // Streamed without a length: cut off once it passes the limit.
        let chunks: Vec<Result<Vec<u8>, std::io::Error>> = (0..64).map(|_| Ok(build_of(1024))).collect();
        let sent = fresh_client()
            .put(v.app.url(&format!("/api/v1/admin/releases/{id}/artifacts/linux-x86_64")))
            .query(&[("filename", "big.bin")])
            .bearer_auth(&v.admin)
            .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
            .send()
            .await;
        match sent {
            Ok(res) => {
                let (status, body) = status_and_json(res).await;
                assert_eq!((status.as_u16(), body["code"].as_str()), (413, Some("PAYLOAD_TOO_LARGE")), "{body}");
            }
            // The server answered 413 and closed while the client was still sending: the client
            // sees the broken pipe before the answer (a race of the two, not a different outcome).
            Err(e) => assert!(e.is_request() || e.is_body(), "{e:?}"),
        }
        let data_dir = &v.app.running().state().config.data_dir;
        assert_eq!(files_under(&data_dir.join("artifacts")), Vec::<std::path::PathBuf>::new());
        assert_eq!(files_under(&data_dir.join("spool")), Vec::<std::path::PathBuf>::new());
        let release: Value =
            v.app.get_with(&format!("/api/v1/admin/releases/{id}"), &v.admin).await.json().await.unwrap();
        assert_eq!(release["artifacts"], json!([]));
        // At the limit exactly, it is taken.
        assert_eq!(v.upload(&v.admin, &id, "linux-x86_64", "ok.bin", build_of(4096)).await.0, 201);
    }
);

db_test!(
    async fn traversal_payloads_in_platforms_and_file_names_are_refused(t: TestDb) {
        let v = vendor(TestApp::without_worker_on(t).await).await;
        let id = v.release("1.0.0", "stable").await;
        // F3: each would mean another place than one plain name if it ever reached a path.
        let names = [
            "../etc/passwd",
            "..\\..\\windows\\win.ini",
            "..",
            ".",
            "/etc/passwd",
            "C:\\boot.ini",
            "a/../../b",
            "%2e%2e%2fetc%2fpasswd",
            "..%2f..%2f",
            "%252e%252e%252f",
            ".htaccess",
            "file\u{0}.zip",
            "file\r\nSet-Cookie: x=1",
            "\"quoted\".zip",
            "a|b.zip",
        ];
        for name in names {
            let (status, body) = v.upload(&v.admin, &id, "linux-x86_64", name, build_of(10)).await;
            assert_eq!((status, body["code"].as_str()), (422, Some("INVALID_FILE_NAME")), "{name:?}");
        }
        let platforms = [
            "..",
            "%2e%2e",
            "..%2f..%2fetc",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "linux%2fx86_64",
            "%5c..%5c",
            "Linux",
            "linux.x86",
            "linux%00",
            "..%252f",
            "%c0%ae%c0%ae",
            "linux%20x86",
            "%2fetc",
            "~root",
            "linux;rm",
        ];
        for platform in platforms {
            let (status, body) = v.upload(&v.admin, &id, platform, "ok.zip", build_of(10)).await;
            // Refused as a platform, as no route at all, or as no valid path (overlong UTF-8).
            assert!(
                (status == 422 && body["code"] == "INVALID_PLATFORM") || status == 404 || status == 400,
                "{platform:?}: {status} {body}"
            );
        }
        let release: Value =
            v.app.get_with(&format!("/api/v1/admin/releases/{id}"), &v.admin).await.json().await.unwrap();
        assert_eq!(release["artifacts"], json!([]), "nothing was stored");
        let data_dir = &v.app.running().state().config.data_dir;
        assert_eq!(files_under(&data_dir.join("artifacts")), Vec::<std::path::PathBuf>::new());
    }
);

/// A vendor with a plan whose update rights last 30 days, a customer licensed on it at day 0,
/// and releases published over time on a manual clock.
struct Timeline {
    v: Vendor,
    clock: rms_testkit::ManualClock,
    /// The day the license was issued: the timeline starts there.
    origin: rms_core::Timestamp,
    key: String,
}

impl Timeline {
    async fn start(t: rms_testkit::TestDb) -> Timeline {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t).clock(std::sync::Arc::new(clock.clone())).start().await;
        let v = vendor(app).await;
        let key = v.license(Some(30)).await;
        let origin = rms_core::Clock::now(&clock);
        Timeline { v, clock, origin, key }
    }

    /// Publishes `version` on `channel` with one artifact per platform, on day `day`.
    async fn publish(&mut self, day: u64, version: &str, channel: &str, platforms: &[&str]) -> String {
        self.clock.set(self.day(day));
        // Access tokens live 15 minutes: sign in again after moving the clock.
        self.v.admin = self.v.app.log_in("admin@example.com").await["access_token"].as_str().unwrap().to_owned();
        let id = self.v.release(version, channel).await;
        for platform in platforms {
            let file = format!("desk-{version}-{platform}.bin");
            let (status, _) = self.v.upload(&self.v.admin, &id, platform, &file, artifact(version, platform)).await;
            assert_eq!(status, 201);
        }
        assert_eq!(self.v.act(&id, "publish").await.0, 200);
        id
    }

    fn day(&self, day: u64) -> rms_core::Timestamp {
        self.origin.plus(std::time::Duration::from_secs(day * 86_400))
    }
}

/// What the build of `version` for `platform` contains.
fn artifact(version: &str, platform: &str) -> Vec<u8> {
    format!("build of {version} for {platform}\n").repeat(300).into_bytes()
}

impl Vendor {
    /// Issues a license to buyer@example.com on a new plan with `maintenance_days` of updates.
    async fn license(&self, maintenance_days: Option<i64>) -> String {
        // The buyer's account, made on the first license (a second registration is refused,
        // and changes nothing).
        let body = json!({"email": "buyer@example.com", "password": crate::harness::PASSWORD, "name": "Buyer"});
        self.app.post_json("/api/v1/auth/register", body).await;
        let path = format!("/api/v1/admin/products/{}/plans", self.product);
        let name = format!("Plan {}", maintenance_days.unwrap_or(0));
        let body = json!({"name": name, "max_activations": 2, "maintenance_days": maintenance_days});
        let (status, plan) = status_and_json(self.app.send_with(Method::POST, &path, &self.admin, &body).await).await;
        assert_eq!(status, 201, "{plan}");
        let body = json!({"email": "buyer@example.com", "plan_id": plan["id"]});
        let res = self.app.send_with(Method::POST, "/api/v1/admin/licenses", &self.admin, &body).await;
        let (status, license) = status_and_json(res).await;
        assert_eq!(status, 201, "{license}");
        license["key"].as_str().unwrap().to_owned()
    }

    /// An update check, its signature checked against the product's keys.
    async fn check(&self, key: &str, channel: &str, current: Option<&str>, platform: &str) -> Value {
        let body = json!({"key": key, "product": "desk", "channel": channel, "current_version": current,
            "platform": platform, "nonce": "update-check-1"});
        let res = self.app.post_json("/api/v1/releases/check", body).await;
        assert_eq!(res.status(), 200);
        let header = res.headers()["rms-signature"].to_str().unwrap().to_owned();
        let bytes = res.bytes().await.unwrap();
        let keys = self.public_keys().await;
        let lookup = |kid: &str| keys.iter().find(|(k, _)| k == kid).map(|(_, key)| *key);
        rms_license::response::verify(&header, lookup, "POST", "/api/v1/releases/check", &bytes).expect("signed");
        let answer: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(answer["nonce"], "update-check-1");
        answer
    }
}

db_test!(
    async fn an_update_check_offers_the_newest_release_the_license_covers_with_a_link_and_its_manifest(t: TestDb) {
        let mut line = Timeline::start(t).await;
        line.publish(0, "1.0.0", "stable", &["linux-x86_64", "windows-x86_64"]).await;
        line.publish(1, "1.1.0", "stable", &["linux-x86_64"]).await;
        line.publish(2, "1.2.0-beta.1", "beta", &["linux-x86_64"]).await;
        line.publish(40, "2.0.0", "stable", &["linux-x86_64"]).await;
        let v = &line.v;
        // Maintenance ended on day 30: 2.0.0 is not covered, 1.1.0 is offered instead.
        let answer = v.check(&line.key, "stable", Some("1.0.0"), "linux-x86_64").await;
        // The license still runs what it has: valid, with the code about the newer releases.
        assert_eq!((answer["code"].as_str(), answer["valid"].as_bool()), (Some("VERSION_NOT_COVERED"), Some(true)));
        let update = &answer["update"];
        assert_eq!((update["version"].as_str(), update["platform"].as_str()), (Some("1.1.0"), Some("linux-x86_64")));
        // The link downloads the very file the signed manifest names.
        let url = update["download_url"].as_str().unwrap();
        let res = v.app.client.get(url).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let file = res.bytes().await.unwrap();
        assert_eq!(file.as_ref(), artifact("1.1.0", "linux-x86_64"));
        let keys = v.public_keys().await;
        let lookup = |kid: &str| keys.iter().find(|(k, _)| k == kid).map(|(_, key)| *key);
        let manifest = rms_license::manifest::verify(
            update["manifest_signature"].as_str().unwrap(),
            lookup,
            update["manifest"].as_str().unwrap().as_bytes(),
        )
        .unwrap();
        assert_eq!(manifest.version, "1.1.0");
        assert_eq!(rms_license::manifest::check_file(&manifest, "linux-x86_64", &file), Ok(()));
        assert_eq!(update["sha256"], hex::encode(Sha256::digest(&file)));
        // Already on the newest covered version: told so, nothing offered.
        let answer = v.check(&line.key, "stable", Some("1.1.0"), "linux-x86_64").await;
        assert_eq!((answer["code"].as_str(), &answer["update"]), (Some("VERSION_NOT_COVERED"), &Value::Null));
        // Windows builds stop at 1.0.0: up to date there.
        let answer = v.check(&line.key, "stable", Some("1.0.0"), "windows-x86_64").await;
        assert_eq!((answer["code"].as_str(), &answer["update"]), (Some("VALID"), &Value::Null));
        // Validation with the running version says the same.
        let validate = |version: &'static str| {
            let (app, key) = (&v.app, line.key.clone());
            async move {
                let body = json!({"key": key, "product": "desk", "nonce": "validate-v-1", "version": version});
                app.post_json("/api/v1/licenses/validate", body).await.json::<Value>().await.unwrap()["code"].clone()
            }
        };
        assert_eq!(validate("2.0.0").await, "VERSION_NOT_COVERED");
        assert_eq!(validate("1.1.0").await, "VALID");
        assert_eq!(validate("v1.1.0+local").await, "VALID", "the same release by precedence");
        assert_eq!(validate("9.9.9").await, "VALID", "not a release we know: nothing to hold against it");
        // A license whose updates never end gets 2.0.0; on beta too, since 2.0.0 outranks the beta.
        let forever = v.license(None).await;
        for channel in ["stable", "beta", "alpha"] {
            let answer = v.check(&forever, channel, Some("1.0.0"), "linux-x86_64").await;
            assert_eq!((answer["code"].as_str(), answer["update"]["version"].as_str()), (Some("VALID"), Some("2.0.0")));
        }
        let answer = v.check(&forever, "beta", Some("1.1.0"), "linux-x86_64").await;
        assert_eq!(answer["update"]["version"], "2.0.0");
        let answer = v.check(&forever, "stable", None, "linux-x86_64").await;
        assert_eq!(answer["update"]["version"], "2.0.0", "no current version: the newest");
        // An unknown key gets a signed NOT_FOUND and nothing else.
        let answer = v.check("RMS-UNKNOWN-KEY", "stable", Some("1.0.0"), "linux-x86_64").await;
        assert_eq!((answer["code"].as_str(), &answer["update"]), (Some("NOT_FOUND"), &Value::Null));
        // Bad input is a clear 422.
        for (field, body) in [
            ("channel", json!({"channel": "nightly"})),
            ("platform", json!({"platform": "../x"})),
            ("current_version", json!({"current_version": "latest"})),
        ] {
            let mut request =
                json!({"key": forever, "product": "desk", "platform": "linux-x86_64", "nonce": "update-check-2"});
            request.as_object_mut().unwrap().extend(body.as_object().unwrap().clone());
            let (status, problem) = status_and_json(v.app.post_json("/api/v1/releases/check", request).await).await;
            assert_eq!(status, 422, "{field}: {problem}");
        }
    }
);

db_test!(
    async fn downloads_stream_ranges_refuse_bad_links_and_are_counted_exactly(t: TestDb) {
        let mut line = Timeline::start(t).await;
        let release = line.publish(0, "1.0.0", "stable", &["linux-x86_64"]).await;
        let key = line.v.license(None).await;
        let answer = line.v.check(&key, "stable", None, "linux-x86_64").await;
        let url = answer["update"]["download_url"].as_str().unwrap().to_owned();
        let file = artifact("1.0.0", "linux-x86_64");
        let v = &line.v;
        let res = v.app.client.get(&url).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let h = res.headers().clone();
        assert_eq!(h["content-length"], file.len().to_string().as_str());
        assert_eq!(h["etag"], format!("\"{}\"", hex::encode(Sha256::digest(&file))).as_str());
        assert_eq!(h["accept-ranges"], "bytes");
        assert_eq!(
            h["content-disposition"],
            "attachment; filename=\"desk-1.0.0-linux-x86_64.bin\"; filename*=UTF-8''desk-1.0.0-linux-x86_64.bin"
        );
        assert_eq!(res.bytes().await.unwrap().as_ref(), file);
        // A resumed download gets the rest.
        let res = v.app.client.get(&url).header("range", "bytes=100-").send().await.unwrap();
        assert_eq!(res.status(), 206, "{:?}", res.headers());
        assert_eq!(res.headers()["content-range"], format!("bytes 100-{}/{}", file.len() - 1, file.len()).as_str());
        assert_eq!(res.bytes().await.unwrap().as_ref(), &file[100..]);
        let res = v.app.client.get(&url).header("range", "bytes=-10").send().await.unwrap();
        assert_eq!(res.bytes().await.unwrap().as_ref(), &file[file.len() - 10..]);
        let res = v.app.client.get(&url).header("range", format!("bytes={}-", file.len())).send().await.unwrap();
        assert_eq!(res.status(), 416);
        assert_eq!(res.headers()["content-range"], format!("bytes */{}", file.len()).as_str());
        let etag = h["etag"].to_str().unwrap();
        let res = v.app.client.get(&url).header("if-none-match", etag).send().await.unwrap();
        assert_eq!(res.status(), 304);
        // 20 downloads at once are 20 downloads (ranges that resume do not count again).
        let before = downloads(v, &release).await;
        let all = (0..20).map(|_| async { v.app.client.get(&url).send().await.unwrap().bytes().await.unwrap().len() });
        let sizes = futures::future::join_all(all).await;
        assert!(sizes.iter().all(|n| *n == file.len()));
        assert_eq!(downloads(v, &release).await, before + 20);
        // A HEAD, a probe of the first byte and a resumed range are not downloads.
        assert_eq!(v.app.client.head(&url).send().await.unwrap().status(), 200);
        assert_eq!(v.app.client.get(&url).header("range", "bytes=0-0").send().await.unwrap().status(), 206);
        assert_eq!(v.app.client.get(&url).header("range", "bytes=5-").send().await.unwrap().status(), 206);
        assert_eq!(downloads(v, &release).await, before + 20);
        // The analytics count the same downloads, by release and channel.
        let report: Value = v.app.get_with("/api/v1/admin/analytics/downloads", &v.admin).await.json().await.unwrap();
        assert_eq!(report["total"].as_i64(), Some(before + 20), "{report}");
        let top = &report["releases"][0];
        assert_eq!((top["release_id"].as_str(), top["channel"].as_str()), (Some(release.as_str()), Some("stable")));
        assert_eq!(report["channels"][0]["downloads"].as_i64(), Some(before + 20));
        // Altered, for another artifact, or garbage: refused alike.
        let (base, token) = url.split_once("?token=").unwrap();
        let mut altered = token.to_owned().into_bytes();
        altered[10] = if altered[10] == b'A' { b'B' } else { b'A' };
        let altered = format!("{base}?token={}", String::from_utf8(altered).unwrap());
        let other_artifact = format!("{}/api/v1/downloads/{}?token={token}", v.app.url(""), uuid::Uuid::now_v7());
        let traversal = format!("{base}?token=..%2F..%2Fetc%2Fpasswd");
        for bad in [altered, other_artifact, traversal, format!("{base}?token=")] {
            let (status, body) = status_and_json(v.app.client.get(&bad).send().await.unwrap()).await;
            assert_eq!((status.as_u16(), body["code"].as_str()), (403, Some("DOWNLOAD_LINK_INVALID")), "{bad}");
        }
        // Eleven minutes later the link has expired.
        line.clock.advance(std::time::Duration::from_secs(11 * 60));
        let (status, _) = status_and_json(line.v.app.client.get(&url).send().await.unwrap()).await;
        assert_eq!(status, 403);
        // A fresh link works until the release is yanked.
        let answer = line.v.check(&key, "stable", None, "linux-x86_64").await;
        let fresh = answer["update"]["download_url"].as_str().unwrap().to_owned();
        assert_eq!(line.v.app.client.get(&fresh).send().await.unwrap().status(), 200);
        line.v.admin = line.v.app.log_in("admin@example.com").await["access_token"].as_str().unwrap().to_owned();
        // ...or the license stops: a suspended license's links stop with it.
        let license_id = answer["license"]["id"].as_str().unwrap().to_owned();
        let suspend = |status: &'static str| {
            let (app, admin, id) = (&line.v.app, line.v.admin.clone(), license_id.clone());
            async move {
                let path = format!("/api/v1/admin/licenses/{id}");
                app.send_with(Method::PATCH, &path, &admin, &json!({"status": status})).await.status().as_u16()
            }
        };
        assert_eq!(suspend("suspended").await, 200);
        assert_eq!(line.v.app.client.get(&fresh).send().await.unwrap().status(), 403);
        assert_eq!(suspend("active").await, 200);
        assert_eq!(line.v.app.client.get(&fresh).send().await.unwrap().status(), 200);
        assert_eq!(line.v.act(&release, "yank").await.0, 200);
        assert_eq!(line.v.app.client.get(&fresh).send().await.unwrap().status(), 403, "a yanked release's links die");
        let answer = line.v.check(&key, "stable", None, "linux-x86_64").await;
        assert_eq!(answer["update"], Value::Null, "a yanked release is never offered");
    }
);

async fn downloads(v: &Vendor, release: &str) -> i64 {
    let r: Value = v.app.get_with(&format!("/api/v1/admin/releases/{release}"), &v.admin).await.json().await.unwrap();
    r["artifacts"].as_array().unwrap().iter().map(|a| a["downloads"].as_i64().unwrap()).sum()
}

db_test!(
    async fn a_wordpress_plugin_is_told_of_its_update_in_edds_shape_and_only_a_valid_site_gets_the_package(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let v = vendor_of(app, json!({"name": "SEO Booster", "slug": "seo", "kind": "site"})).await;
        let key = v.license(None).await;
        let body = json!({"version": "1.2.0", "notes": "## New\n- sitemaps <b>bold</b>", "requires": "6.0",
            "tested": "6.5", "requires_php": "8.0"});
        let (status, release) = v.create(&v.admin, body).await;
        assert_eq!(status, 201, "{release}");
        let stable = release["id"].as_str().unwrap().to_owned();
        let zip = artifact("1.2.0", "wordpress");
        assert_eq!(v.upload(&v.admin, &stable, "wordpress", "seo-booster.zip", zip.clone()).await.0, 201);
        assert_eq!(v.act(&stable, "publish").await.0, 200);
        let beta = v.release("1.3.0-beta.1", "beta").await;
        assert_eq!(
            v.upload(&v.admin, &beta, "wordpress", "seo-booster.zip", artifact("1.3.0-beta.1", "wp")).await.0,
            201
        );
        assert_eq!(v.act(&beta, "publish").await.0, 200);
        let edd = |params: Vec<(&'static str, String)>| {
            let app = &v.app;
            async move {
                let res = app.client.post(app.url("/")).form(&params).send().await.unwrap();
                assert_eq!(res.status(), 200);
                res.json::<Value>().await.unwrap()
            }
        };
        let site = "https://shop.example.org";
        let ask = |license: &str, beta: bool| {
            let mut p = vec![
                ("edd_action", "get_version".to_owned()),
                ("item_id", "seo".to_owned()),
                ("license", license.to_owned()),
                ("url", site.to_owned()),
                ("slug", "seo-booster".to_owned()),
                ("version", "1.0.0".to_owned()),
            ];
            if beta {
                p.push(("beta", "1".to_owned()));
            }
            p
        };
        // Not yet active on this site: told of the version, no package.
        let info = edd(ask(&key, false)).await;
        assert_eq!((info["new_version"].as_str(), info["package"].as_str()), (Some("1.2.0"), Some("")), "{info}");
        let on = edd(vec![
            ("edd_action", "activate_license".to_owned()),
            ("item_id", "seo".to_owned()),
            ("license", key.clone()),
            ("url", site.to_owned()),
        ])
        .await;
        assert_eq!(on["license"], "valid", "{on}");
        let info = edd(ask(&key, false)).await;
        assert_eq!(info["new_version"], "1.2.0");
        assert_eq!(info["stable_version"], "1.2.0");
        assert_eq!((info["name"].as_str(), info["slug"].as_str()), (Some("SEO Booster"), Some("seo")));
        assert_eq!(
            (info["requires"].as_str(), info["tested"].as_str(), info["requires_php"].as_str()),
            (Some("6.0"), Some("6.5"), Some("8.0"))
        );
        assert!(info["last_updated"].as_str().unwrap().len() == 19, "{info}");
        assert!(info["url"].as_str().unwrap().ends_with("/store/seo"));
        let changelog = info["sections"]["changelog"].as_str().unwrap();
        assert!(changelog.contains("<h2>New</h2>") && changelog.contains("&lt;b&gt;bold&lt;/b&gt;"), "{changelog}");
        assert_eq!(info["package"], info["download_link"]);
        let zip_served =
            v.app.client.get(info["package"].as_str().unwrap()).send().await.unwrap().bytes().await.unwrap();
        assert_eq!(zip_served.as_ref(), zip, "WordPress installs the very zip uploaded");
        // With the beta flag: the beta, while stable_version stays.
        let info = edd(ask(&key, true)).await;
        assert_eq!(
            (info["new_version"].as_str(), info["stable_version"].as_str()),
            (Some("1.3.0-beta.1"), Some("1.2.0"))
        );
        // The same by GET, as some updater versions ask.
        let query = format!("/?edd_action=get_version&item_id=seo&license={key}&url={site}");
        let info: Value = v.app.client.get(v.app.url(&query)).send().await.unwrap().json().await.unwrap();
        assert_eq!(info["new_version"], "1.2.0");
        assert_ne!(info["package"], "");
        // An unknown key, another site, an unknown item.
        let info = edd(ask("NOT-A-REAL-KEY", false)).await;
        assert_eq!((info["new_version"].as_str(), info["package"].as_str()), (Some("1.2.0"), Some("")));
        let mut other = ask(&key, false);
        other[3] = ("url", "https://elsewhere.example.net".to_owned());
        assert_eq!(edd(other).await["package"], "");
        let mut unknown = ask(&key, false);
        unknown[1] = ("item_id", "nope".to_owned());
        let info = edd(unknown).await;
        assert_eq!((info["success"].as_bool(), info["error"].as_str()), (Some(false), Some("invalid_item_id")));
    }
);

db_test!(
    async fn the_sdk_installs_an_update_only_when_the_manifest_and_then_the_file_check_out(t: TestDb) {
        let mut line = Timeline::start(t).await;
        line.publish(0, "1.0.0", "stable", &["linux-x86_64"]).await;
        // Same day: the SDK checks answers' freshness against the real clock.
        let newer = line.publish(0, "1.1.0", "stable", &["linux-x86_64", "linux-aarch64"]).await;
        let v = &line.v;
        let keys = v.public_keys().await;
        let client = rms_client::Client::new(&v.app.url(""), "desk", rms_client::PublicKeys::from_keys(keys.clone()));
        let query = rms_client::UpdateQuery {
            key: &line.key,
            channel: "stable",
            current_version: Some("1.0.0"),
            platform: "linux-x86_64",
            fingerprint: None,
            domain: None,
        };
        let found = client.check_for_update(&query).await.unwrap();
        assert_eq!(found.answer.code, "VALID");
        let update = found.update.expect("1.1.0 is offered");
        assert_eq!(update.version, "1.1.0");
        let dir = tempfile::tempdir().unwrap();
        let path = client.download_verified(&update, dir.path()).await.unwrap();
        assert_eq!(path, dir.path().join("desk-1.1.0-linux-x86_64.bin"));
        assert_eq!(std::fs::read(&path).unwrap(), artifact("1.1.0", "linux-x86_64"));
        // The offline check says the same of the saved file.
        let manifest_path = dir.path().join("manifest.json");
        std::fs::write(&manifest_path, &update.manifest).unwrap();
        std::fs::write(dir.path().join("manifest.json.sig"), &update.manifest_signature).unwrap();
        let public_key = v
            .app
            .get(&format!("/api/v1/products/{}/public-keys", v.product))
            .await
            .json::<Value>()
            .await
            .unwrap()[0]["public_key"]
            .as_str()
            .unwrap()
            .to_owned();
        let cli = |file: &std::path::Path| {
            std::process::Command::new(env!("CARGO_BIN_EXE_rms"))
                .args(["release", "verify"])
                .arg(file)
                .arg("--manifest")
                .arg(&manifest_path)
                .args(["--public-key", &public_key])
                .output()
                .unwrap()
        };
        let out = cli(&path);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
        assert!(String::from_utf8_lossy(&out.stdout).starts_with("valid: desk 1.1.0 (stable) for linux-x86_64"));
        let forged = dir.path().join("desk-1.1.0-linux-x86_64.bin.forged");
        std::fs::write(&forged, b"not the build").unwrap();
        let out = cli(&forged);
        assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
        // Another product's key: the manifest is not trusted and nothing is written.
        let stranger = rms_license::SigningKey::from_bytes(&[42; 32]).verifying_key();
        let wrong = rms_client::Client::new(
            &v.app.url(""),
            "desk",
            rms_client::PublicKeys::from_keys(keys.iter().map(|(kid, _)| (kid.clone(), stranger))),
        );
        let empty = tempfile::tempdir().unwrap();
        assert!(matches!(
            wrong.download_verified(&update, empty.path()).await,
            Err(rms_client::UpdateError::Untrusted(_))
        ));
        // A manifest changed in transit fails its signature.
        let mut tampered = update.clone();
        tampered.manifest = tampered.manifest.replace("1.1.0", "1.1.1");
        assert!(client.download_verified(&tampered, empty.path()).await.is_err());
        // A link to another file (the arm build) in place of this one fails the digest, and
        // leaves nothing behind.
        let arm = client
            .check_for_update(&rms_client::UpdateQuery { platform: "linux-aarch64", ..query.clone() })
            .await
            .unwrap()
            .update
            .unwrap();
        let swapped = rms_license::wire::UpdateInfo { download_url: arm.download_url.clone(), ..update.clone() };
        let result = client.download_verified(&swapped, empty.path()).await;
        assert!(
            matches!(
                result,
                Err(rms_client::UpdateError::Untrusted(
                    rms_license::manifest::ManifestError::Size { .. }
                        | rms_license::manifest::ManifestError::Digest { .. }
                ))
            ),
            "{result:?}"
        );
        assert_eq!(std::fs::read_dir(empty.path()).unwrap().count(), 0, "nothing is left behind");
        assert_eq!(newer.len(), 36);
    }
);

db_test!(
    async fn page_uploads_need_the_sessions_csrf_token_and_buyers_see_their_downloads(t: TestDb) {
        let v = vendor(TestApp::spawn(t).await).await;
        let id = v.release("1.0.0", "stable").await;
        let mut admin = crate::web_session::Browser::default();
        crate::web_store::signed_in(&v.app, &mut admin, "admin@example.com").await;
        let put = |token: Option<String>, cookies: String| {
            let (app, id) = (&v.app, id.clone());
            async move {
                let mut req = fresh_client()
                    .put(app.url(&format!("/admin/releases/{id}/artifacts/linux-x86_64?filename=desk.bin")))
                    .header("cookie", cookies)
                    .body(build_of(5000));
                if let Some(token) = token {
                    req = req.header("x-csrf-token", token);
                }
                req.send().await.unwrap().status().as_u16()
            }
        };
        assert_eq!(put(None, admin.header()).await, 403, "no token");
        assert_eq!(put(Some("forged".into()), admin.header()).await, 403, "another token");
        assert_eq!(put(Some(admin.csrf()), admin.header()).await, 201);
        let (status, page) = admin.get(&v.app, &format!("/admin/products/{}/releases", v.product)).await;
        assert_eq!(status, 200);
        assert!(page.contains("desk.bin") && page.contains(&hex::encode(Sha256::digest(build_of(5000)))), "{page}");
        // The admin checks the draft's file before publishing it.
        let artifact = page.split("/admin/artifacts/").nth(1).and_then(|s| s.split('/').next()).unwrap().to_owned();
        let res = v
            .app
            .get_with_headers(&format!("/admin/artifacts/{artifact}/download"), &[("cookie", &admin.header())])
            .await;
        assert_eq!(res.status(), 303);
        let link = res.headers()["location"].to_str().unwrap().to_owned();
        assert_eq!(v.app.client.get(&link).send().await.unwrap().bytes().await.unwrap().as_ref(), build_of(5000));
        let (status, _, to) = admin.submit(&v.app, &format!("/admin/releases/{id}/publish"), &[]).await;
        assert_eq!((status.as_u16(), to), (303, Some(format!("/admin/products/{}/releases", v.product))));
        // A customer cannot reach the admin's page or its upload.
        let key_owner = v.license(None).await;
        assert!(!key_owner.is_empty());
        let mut buyer = crate::web_session::Browser::default();
        crate::web_store::signed_in(&v.app, &mut buyer, "buyer@example.com").await;
        assert_eq!(buyer.get(&v.app, &format!("/admin/products/{}/releases", v.product)).await.0, 403);
        assert_eq!(buyer.get(&v.app, &format!("/admin/artifacts/{artifact}/download")).await.0, 403);
        assert_eq!(put(Some(buyer.csrf()), buyer.header()).await, 403);
        // The buyer's licenses page links to the downloads, which list the published build.
        let (_, licenses) = buyer.get(&v.app, "/licenses").await;
        let path = licenses
            .split("href=\"")
            .find(|s| s.contains("/downloads\""))
            .map(|s| s.split('"').next().unwrap().to_owned());
        let path = path.expect("a downloads link");
        let (status, page) = buyer.get(&v.app, &path).await;
        assert_eq!(status, 200);
        assert!(page.contains("desk.bin") && page.contains("linux-x86_64"), "{page}");
    }
);

db_test!(
    async fn publishing_a_stable_release_records_one_announcement_per_entitled_owner(t: TestDb) {
        let v = vendor(TestApp::spawn(t).await).await;
        v.license(None).await;
        v.license(None).await;
        let scalar = |sql: &'static str, release: Option<String>| {
            let db = v.app.db.clone();
            async move {
                let id = release.map(|r| uuid::Uuid::parse_str(&r).unwrap());
                let n: i64 = match &db {
                    rms_store::Db::Sqlite(pool, _) => sqlx::query_scalar(sql).bind(id).fetch_one(pool).await.unwrap(),
                    rms_store::Db::Postgres(pool) => sqlx::query_scalar(sql).bind(id).fetch_one(pool).await.unwrap(),
                };
                n
            }
        };
        let count =
            |release: String| scalar("SELECT COUNT(*) FROM release_events WHERE release_id = $1", Some(release));
        let stable = v.release("1.0.0", "stable").await;
        assert_eq!(v.upload(&v.admin, &stable, "linux-x86_64", "desk.bin", build_of(10)).await.0, 201);
        assert_eq!(v.act(&stable, "publish").await.0, 200);
        let beta = v.release("1.1.0-beta.1", "beta").await;
        assert_eq!(v.upload(&v.admin, &beta, "linux-x86_64", "desk.bin", build_of(11)).await.0, 201);
        assert_eq!(v.act(&beta, "publish").await.0, 200);
        // The worker runs the announcement: the buyer holds two licenses and hears once.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let done = "SELECT COUNT(*) FROM jobs WHERE kind = 'releases.announce' AND state = 'done' AND $1 IS NULL";
        while scalar(done, None).await < 2 {
            assert!(std::time::Instant::now() < deadline, "the announcement never ran");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert_eq!(count(stable).await, 1);
        assert_eq!(count(beta).await, 0, "beta releases wait for people who chose the channel");
    }
);

db_test!(
    async fn an_expired_wordpress_license_is_told_of_the_update_without_the_package(t: TestDb) {
        let clock = rms_testkit::ManualClock::starting_now();
        let app = TestApp::on(t).clock(std::sync::Arc::new(clock.clone())).start().await;
        let v = vendor_of(app, json!({"name": "SEO Booster", "slug": "seo", "kind": "site"})).await;
        v.app
            .post_json(
                "/api/v1/auth/register",
                json!({"email": "buyer@example.com", "password": crate::harness::PASSWORD, "name": "Buyer"}),
            )
            .await;
        let path = format!("/api/v1/admin/products/{}/plans", v.product);
        let body = json!({"name": "Yearly", "max_activations": 1, "duration_days": 365});
        let plan: Value = v.app.send_with(Method::POST, &path, &v.admin, &body).await.json().await.unwrap();
        let body = json!({"email": "buyer@example.com", "plan_id": plan["id"]});
        let license: Value =
            v.app.send_with(Method::POST, "/api/v1/admin/licenses", &v.admin, &body).await.json().await.unwrap();
        let key = license["key"].as_str().unwrap().to_owned();
        let id = v.release("2.0.0", "stable").await;
        assert_eq!(v.upload(&v.admin, &id, "wordpress", "seo.zip", build_of(100)).await.0, 201);
        assert_eq!(v.act(&id, "publish").await.0, 200);
        let site = "https://shop.example.org";
        let edd = |action: &'static str| {
            let (app, key) = (&v.app, key.clone());
            async move {
                let params = [("edd_action", action), ("item_id", "seo"), ("license", key.as_str()), ("url", site)];
                app.client.post(app.url("/")).form(&params).send().await.unwrap().json::<Value>().await.unwrap()
            }
        };
        assert_eq!(edd("activate_license").await["license"], "valid");
        assert_ne!(edd("get_version").await["package"], "", "active: the package");
        clock.advance(std::time::Duration::from_secs(366 * 86_400));
        assert_eq!(edd("check_license").await["license"], "expired");
        let info = edd("get_version").await;
        assert_eq!((info["new_version"].as_str(), info["package"].as_str()), (Some("2.0.0"), Some("")), "{info}");
    }
);

db_test!(
    async fn anyone_may_ask_for_the_latest_version_but_not_for_its_files(t: TestDb) {
        let v = vendor(TestApp::without_worker_on(t).await).await;
        let latest = |query: &str| {
            let app = &v.app;
            let path = format!("/api/v1/releases/latest?{query}");
            async move {
                let (status, body) = status_and_json(app.get(&path).await).await;
                (status.as_u16(), body)
            }
        };
        assert_eq!(latest("product=desk").await, (200, json!({"update_available": false, "latest": null})));
        for (version, channel, platform) in [
            ("1.0.0", "stable", "linux-x86_64"),
            ("1.1.0-beta.1", "beta", "linux-x86_64"),
            ("1.1.0", "stable", "windows-x86_64"),
        ] {
            let id = v.release(version, channel).await;
            assert_eq!(v.upload(&v.admin, &id, platform, "desk.bin", build_of(10)).await.0, 201);
            assert_eq!(v.act(&id, "publish").await.0, 200);
        }
        let (status, body) = latest("product=desk").await;
        assert_eq!((status, body["latest"]["version"].as_str()), (200, Some("1.1.0")));
        assert_eq!(body["latest"]["platforms"], json!(["windows-x86_64"]));
        assert!(body["latest"].get("download_url").is_none(), "no files without a license");
        let (_, body) = latest("product=desk&platform=linux-x86_64&current=1.0.0").await;
        assert_eq!((body["latest"]["version"].as_str(), &body["update_available"]), (Some("1.0.0"), &json!(false)));
        let (_, body) = latest("product=desk&platform=linux-x86_64&channel=beta&current=1.0.0").await;
        assert_eq!(
            (body["latest"]["version"].as_str(), &body["update_available"]),
            (Some("1.1.0-beta.1"), &json!(true))
        );
        assert_eq!(latest("product=nope").await.0, 404);
        for bad in ["product=desk&channel=nightly", "product=desk&platform=../x", "product=desk&current=latest"] {
            assert_eq!(latest(bad).await.0, 422, "{bad}");
        }
    }
);
