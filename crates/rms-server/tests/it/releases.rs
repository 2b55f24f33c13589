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

struct Vendor {
    app: TestApp,
    admin: String,
    product: String,
}

async fn vendor(app: TestApp) -> Vendor {
    let admin = app.admin_token("admin@example.com").await;
    let res = app
        .send_with(
            Method::POST,
            "/api/v1/admin/products",
            &admin,
            &json!({"name": "Desk", "slug": "desk", "kind": "software"}),
        )
        .await;
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
        let res = self
            .app
            .client
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
        let listed: Value = v
            .app
            .get_with(&format!("/api/v1/admin/products/{}/releases", v.product), &v.admin)
            .await
            .json()
            .await
            .unwrap();
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
        let res = v
            .app
            .client
            .put(v.app.url(&format!("/api/v1/admin/releases/{id}/artifacts/linux-x86_64")))
            .query(&[("filename", "big.bin")])
            .bearer_auth(&v.admin)
            .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
            .send()
            .await
            .unwrap();
        let (status, body) = status_and_json(res).await;
        assert_eq!((status.as_u16(), body["code"].as_str()), (413, Some("PAYLOAD_TOO_LARGE")), "{body}");
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
