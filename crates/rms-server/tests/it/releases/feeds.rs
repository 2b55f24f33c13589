//! The feeds desktop updaters read (Sparkle, Tauri, electron-updater, Velopack), checked the
//! way each updater checks them: the appcast parsed as XML and its `edSignature` verified over
//! the downloaded file, Tauri's minisign signature verified with the verifier Tauri uses,
//! `latest.yml` parsed as YAML and its SHA-512 compared, Velopack's SHA-1 compared.

use base64::Engine;
use reqwest::Method;
use rms_testkit::db_test;
use serde_json::{Value, json};
use sha2::{Digest, Sha512};

use super::{Timeline, Vendor, artifact, vendor};
use crate::harness::status_and_json;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

impl Vendor {
    async fn feeds(&self) -> Value {
        let path = format!("/api/v1/admin/products/{}/feeds", self.product);
        let (status, config) = status_and_json(self.app.get_with(&path, &self.admin).await).await;
        assert_eq!(status, 200, "{config}");
        config
    }

    async fn set_feeds(&self, body: Value) -> Value {
        let path = format!("/api/v1/admin/products/{}/feeds", self.product);
        let (status, config) = status_and_json(self.app.send_with(Method::PUT, &path, &self.admin, &body).await).await;
        assert_eq!(status, 200, "{config}");
        config
    }

    /// GET of a feed path under `/api/v1/feeds/desk/`.
    async fn feed(&self, rest: &str) -> reqwest::Response {
        self.app.get(&format!("/api/v1/feeds/desk/{rest}")).await
    }

    async fn fetch(&self, url: &str) -> Vec<u8> {
        self.fetch_as(url, None).await
    }

    /// A file as an updater that sends the key in a header fetches it.
    async fn fetch_as(&self, url: &str, key: Option<&str>) -> Vec<u8> {
        let mut req = self.app.client.get(url);
        if let Some(key) = key {
            req = req.header("RMS-License-Key", key);
        }
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), 200, "{url}");
        res.bytes().await.unwrap().to_vec()
    }
}

fn active_key(config: &Value) -> &Value {
    config["keys"].as_array().unwrap().iter().find(|k| k["state"] == "active").expect("an active key")
}

/// Sparkle's check: the enclosure's `edSignature` over the file, with `SUPublicEDKey`.
fn sparkle_verifies(public_key: &str, file: &[u8], signature: &str) -> bool {
    let key: [u8; 32] = B64.decode(public_key).unwrap().try_into().unwrap();
    let key = rms_license::VerifyingKey::from_bytes(&key).unwrap();
    let signature = rms_license::Signature::from_slice(&B64.decode(signature).unwrap()).unwrap();
    key.verify_strict(file, &signature).is_ok()
}

/// Tauri's check: `minisign_verify` over the file, both the key and the signature base64 of
/// minisign's text files.
fn tauri_verifies(pubkey: &str, file: &[u8], signature: &str) -> bool {
    let text = |b64: &str| String::from_utf8(B64.decode(b64).unwrap()).unwrap();
    let key = minisign_verify::PublicKey::decode(&text(pubkey)).unwrap();
    let signature = minisign_verify::Signature::decode(&text(signature)).unwrap();
    key.verify(file, &signature, true).is_ok()
}

/// An appcast item as Sparkle reads it.
struct Item {
    version: String,
    channel: Option<String>,
    url: String,
    signature: String,
    /// `sparkle:criticalUpdate`'s version: critical for apps below it.
    critical_below: Option<String>,
}

fn appcast(xml: &str) -> Vec<Item> {
    const SPARKLE: &str = "http://www.andymatuschak.org/xml-namespaces/sparkle";
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("item"))
        .map(|item| {
            let child = |name: &str| item.children().find(|c| c.has_tag_name((SPARKLE, name)));
            let enclosure = item.children().find(|c| c.has_tag_name("enclosure")).expect("an enclosure");
            Item {
                version: child("version").and_then(|n| n.text()).unwrap().to_owned(),
                channel: child("channel").and_then(|n| n.text()).map(str::to_owned),
                url: enclosure.attribute("url").unwrap().to_owned(),
                signature: enclosure.attribute((SPARKLE, "edSignature")).unwrap().to_owned(),
                critical_below: child("criticalUpdate")
                    .and_then(|n| n.attribute((SPARKLE, "version")))
                    .map(str::to_owned),
            }
        })
        .collect()
}

const DESKTOP: &[&str] = &["macos-universal", "windows-x86_64", "linux-x86_64"];

db_test!(
    async fn sparkle_tauri_electron_and_velopack_read_the_releases_a_license_covers_and_verify_them(t: TestDb) {
        let mut line = Timeline::start(t).await;
        line.publish(0, "1.0.0", "stable", DESKTOP).await;
        line.publish(1, "1.1.0-beta.1", "beta", &["macos-universal"]).await;
        // Maintenance ends on day 30: 2.0.0 is not for this license.
        line.publish(40, "2.0.0", "stable", DESKTOP).await;
        let key = line.key.clone();
        let v = &line.v;
        let config = v.feeds().await;
        let keys = active_key(&config);
        let (sparkle_key, tauri_key) =
            (keys["sparkle_public_key"].as_str().unwrap(), keys["minisign_public_key"].as_str().unwrap());

        // Sparkle, the key in the feed's path.
        let res = v.feed(&format!("stable/key/{key}/sparkle/macos-universal.xml")).await;
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/rss+xml"));
        assert_eq!(res.headers()["cache-control"], "private, no-store");
        let items = appcast(&res.text().await.unwrap());
        assert_eq!(items.iter().map(|i| i.version.as_str()).collect::<Vec<_>>(), ["1.0.0"], "covered and stable only");
        let file = v.fetch(&items[0].url).await;
        assert_eq!(file, artifact("1.0.0", "macos-universal"));
        assert!(sparkle_verifies(sparkle_key, &file, &items[0].signature));
        assert!(!sparkle_verifies(sparkle_key, &artifact("2.0.0", "macos-universal"), &items[0].signature));
        // The beta feed also lists the beta, marked with its channel for Sparkle.
        let beta = appcast(&v.feed(&format!("beta/key/{key}/sparkle/macos-universal.xml")).await.text().await.unwrap());
        let listed: Vec<_> = beta.iter().map(|i| (i.version.as_str(), i.channel.as_deref())).collect();
        assert_eq!(listed, [("1.1.0-beta.1", Some("beta")), ("1.0.0", None)]);

        // Tauri, the key in a header.
        let tauri = |current: &str| {
            let url = v.app.url(&format!("/api/v1/feeds/desk/stable/tauri/darwin/aarch64/{current}"));
            v.app.client.get(url).header("RMS-License-Key", key.as_str()).send()
        };
        let res = tauri("0.9.0").await.unwrap();
        assert_eq!(res.status(), 200);
        let update: Value = res.json().await.unwrap();
        assert_eq!((update["version"].as_str(), update["mandatory"].as_bool()), (Some("1.0.0"), Some(false)));
        // The file's URL carries no key: Tauri sends the same headers when it downloads.
        let url = update["url"].as_str().unwrap();
        assert_eq!(v.app.client.get(url).send().await.unwrap().status(), 401);
        let file = v.fetch_as(url, Some(&key)).await;
        assert!(tauri_verifies(tauri_key, &file, update["signature"].as_str().unwrap()), "{update}");
        assert!(!tauri_verifies(tauri_key, b"another build", update["signature"].as_str().unwrap()));
        assert_eq!(tauri("1.0.0").await.unwrap().status(), 204, "up to date with what it may have");

        // electron-updater's generic provider.
        let res = v.feed(&format!("stable/key/{key}/electron/latest.yml")).await;
        assert_eq!(res.status(), 200);
        let yml: Value = serde_yaml::from_str(&res.text().await.unwrap()).expect("YAML");
        assert_eq!(yml["version"], "1.0.0");
        let files = yml["files"].as_array().unwrap();
        assert_eq!(files.len(), 1, "Windows only in latest.yml: {yml}");
        let file = v.fetch(files[0]["url"].as_str().unwrap()).await;
        assert_eq!(files[0]["sha512"].as_str().unwrap(), B64.encode(Sha512::digest(&file)));
        assert_eq!(files[0]["size"], file.len());
        assert_eq!(yml["path"], files[0]["url"]);
        let mac: Value = serde_yaml::from_str(
            &v.feed(&format!("stable/key/{key}/electron/latest-mac.yml")).await.text().await.unwrap(),
        )
        .unwrap();
        assert!(mac["files"][0]["url"].as_str().unwrap().ends_with("desk-1.0.0-macos-universal.bin"));

        // Velopack fetches the feed, then the package by name next to it.
        let base = format!("stable/key/{key}/velopack");
        let res = v.feed(&format!("{base}/releases.win.json?localVersion=0.9.0&id=DeskApp")).await;
        assert_eq!(res.status(), 200);
        let feed: Value = res.json().await.unwrap();
        let assets = feed["Assets"].as_array().unwrap();
        assert_eq!(assets.len(), 1, "{feed}");
        assert_eq!((assets[0]["PackageId"].as_str(), assets[0]["Version"].as_str()), (Some("DeskApp"), Some("1.0.0")));
        assert_eq!(assets[0]["Type"], "Full");
        let name = assets[0]["FileName"].as_str().unwrap();
        let res = v.feed(&format!("{base}/{name}")).await;
        assert_eq!(res.status(), 200);
        let file = res.bytes().await.unwrap();
        assert_eq!(assets[0]["SHA1"].as_str().unwrap(), hex::encode(sha1::Sha1::digest(&file)));
        assert_eq!(assets[0]["SHA256"].as_str().unwrap(), hex::encode(sha2::Sha256::digest(&file)));
        // 2.0.0 is not the license's, by any name or id.
        let res = v.feed(&format!("{base}/desk-2.0.0-windows-x86_64.bin")).await;
        assert_eq!(res.status(), 404);

        // Downloads through feeds are counted like any other.
        let releases = v.releases().await;
        let first = releases.as_array().unwrap().iter().find(|r| r["version"] == "1.0.0").unwrap();
        let counted: i64 =
            first["artifacts"].as_array().unwrap().iter().map(|a| a["downloads"].as_i64().unwrap()).sum();
        assert_eq!(counted, 4, "{first}");
        line.v.app.shutdown().await;
    }
);

db_test!(
    async fn feeds_need_a_usable_key_unless_the_vendor_opens_the_stable_one_and_mark_old_versions_mandatory(t: TestDb) {
        let mut line = Timeline::start(t).await;
        line.publish(0, "1.0.0", "stable", DESKTOP).await;
        line.publish(1, "1.1.0-beta.1", "beta", &["macos-universal"]).await;
        line.publish(40, "2.0.0", "stable", DESKTOP).await;
        let v = &line.v;
        let (status, problem) = status_and_json(v.feed("stable/electron/latest.yml").await).await;
        assert_eq!((status.as_u16(), problem["code"].as_str()), (401, Some("FEED_LICENSE_REQUIRED")));
        let answer = v.check(&line.key, "stable", Some("0.9.0"), "linux-x86_64").await;
        assert_eq!(answer["update"]["mandatory"], false, "no minimum yet");
        for bad in ["RMS-NOT-A-KEY", "x", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"] {
            let (status, problem) =
                status_and_json(v.feed(&format!("stable/key/{bad}/electron/latest.yml")).await).await;
            assert_eq!((status.as_u16(), problem["code"].as_str()), (403, Some("FEED_LICENSE_REFUSED")), "{bad}");
        }
        let config = v.set_feeds(json!({"public_stable": true, "minimum_supported_version": "1.5.0"})).await;
        assert_eq!(
            (config["public_stable"].as_bool(), config["minimum_supported_version"].as_str()),
            (Some(true), Some("1.5.0"))
        );
        // The SDK's update check says so too.
        let answer = v.check(&line.key, "stable", Some("0.9.0"), "linux-x86_64").await;
        let update = &answer["update"];
        assert_eq!((update["version"].as_str(), update["mandatory"].as_bool()), (Some("1.0.0"), Some(true)));
        // Public: the stable channel without a key, every stable release (no maintenance applies).
        let res = v.feed("stable/sparkle/macos-universal.xml").await;
        assert_eq!(res.headers()["cache-control"], "public, max-age=60");
        let items = appcast(&res.text().await.unwrap());
        let listed: Vec<_> = items.iter().map(|i| (i.version.as_str(), i.critical_below.as_deref())).collect();
        // 2.0.0 is at or above the minimum: Sparkle treats it as critical for apps below 1.5.0.
        assert_eq!(listed, [("2.0.0", Some("1.5.0")), ("1.0.0", None)]);
        let update: Value = v.feed("stable/tauri/linux/x86_64/1.0.0").await.json().await.unwrap();
        assert_eq!((update["version"].as_str(), update["mandatory"].as_bool()), (Some("2.0.0"), Some(true)));
        let yml: Value =
            serde_yaml::from_str(&v.feed("stable/electron/latest-linux.yml").await.text().await.unwrap()).unwrap();
        assert_eq!((yml["version"].as_str(), yml["minimumSupportedVersion"].as_str()), (Some("2.0.0"), Some("1.5.0")));
        // Beta stays for customers.
        assert_eq!(v.feed("beta/sparkle/macos-universal.xml").await.status(), 401);
        // Nonsense is refused before anything is read.
        assert_eq!(v.feed("nightly/sparkle/macos-universal.xml").await.status(), 422);
        assert_eq!(v.feed("stable/sparkle/..%2f..%2fetc.xml").await.status(), 422);
        assert_eq!(v.feed("stable/tauri/linux/x86_64/not-a-version").await.status(), 422);
        assert_eq!(v.feed("stable/electron/latest.json").await.status(), 404);
        let (status, _) =
            status_and_json(v.set_feeds_raw(json!({"public_stable": true, "minimum_supported_version": "one"})).await)
                .await;
        assert_eq!(status, 422);
        line.v.app.shutdown().await;
    }
);

impl Vendor {
    async fn set_feeds_raw(&self, body: Value) -> reqwest::Response {
        let path = format!("/api/v1/admin/products/{}/feeds", self.product);
        self.app.send_with(Method::PUT, &path, &self.admin, &body).await
    }
}

db_test!(
    async fn a_rotated_feed_key_signs_older_files_and_the_retired_key_keeps_serving_apps_built_with_it(t: TestDb) {
        let mut line = Timeline::start(t).await;
        line.publish(0, "1.0.0", "stable", &["macos-universal"]).await;
        let key = line.key.clone();
        let v = &line.v;
        let first = v.feeds().await;
        let old = active_key(&first).clone();
        let path = format!("/api/v1/admin/products/{}/feeds/keys", v.product);
        let (status, rotated) = status_and_json(v.app.send_with(Method::POST, &path, &v.admin, &json!({})).await).await;
        assert_eq!(status, 201, "{rotated}");
        let new = active_key(&rotated).clone();
        assert_ne!(new["kid"], old["kid"]);
        let states: Vec<_> = rotated["keys"].as_array().unwrap().iter().map(|k| k["state"].as_str().unwrap()).collect();
        assert_eq!(states, ["active", "retired"]);

        // The job signs 1.0.0 with the new key; until then the new key's feed leaves it out.
        let feed = format!("stable/key/{key}/sparkle/macos-universal.xml");
        rms_testkit::eventually(std::time::Duration::from_secs(15), "the new key signed the file", || async {
            appcast(&v.feed(&feed).await.text().await.unwrap()).len() == 1
        })
        .await;
        let file = artifact("1.0.0", "macos-universal");
        let items = appcast(&v.feed(&feed).await.text().await.unwrap());
        assert!(sparkle_verifies(new["sparkle_public_key"].as_str().unwrap(), &file, &items[0].signature));
        // Apps built with the old key name it and still verify.
        let old_kid = old["kid"].as_str().unwrap();
        let items = appcast(&v.feed(&format!("{feed}?kid={old_kid}")).await.text().await.unwrap());
        assert!(sparkle_verifies(old["sparkle_public_key"].as_str().unwrap(), &file, &items[0].signature));
        let update: Value =
            v.feed(&format!("stable/key/{key}/tauri/darwin/x86_64/0.1.0?kid={old_kid}")).await.json().await.unwrap();
        let fetched = v.fetch(update["url"].as_str().unwrap()).await;
        assert!(tauri_verifies(
            old["minisign_public_key"].as_str().unwrap(),
            &fetched,
            update["signature"].as_str().unwrap()
        ));

        // A release uploaded after the rotation is signed by both live keys at once.
        line.publish(2, "1.1.0", "stable", &["macos-universal"]).await;
        let v = &line.v;
        let items = appcast(&v.feed(&format!("{feed}?kid={old_kid}")).await.text().await.unwrap());
        assert_eq!(items.len(), 2);
        assert!(sparkle_verifies(
            old["sparkle_public_key"].as_str().unwrap(),
            &artifact("1.1.0", "macos-universal"),
            &items[0].signature
        ));

        // Revoked: feeds naming it are refused; the active key cannot be revoked, only replaced.
        let revoke = |kid: &str| {
            let path = format!("/api/v1/admin/products/{}/feeds/keys/{kid}/revoke", v.product);
            async move { v.app.send_with(Method::POST, &path, &v.admin, &json!({})).await.status().as_u16() }
        };
        assert_eq!(revoke(old_kid).await, 200);
        assert_eq!(v.feed(&format!("{feed}?kid={old_kid}")).await.status(), 404);
        assert_eq!(revoke(new["kid"].as_str().unwrap()).await, 409);
        assert_eq!(revoke("0000000000000000").await, 404);
        line.v.app.shutdown().await;
    }
);

db_test!(
    async fn a_yanked_or_uncovered_file_is_not_served_through_a_feed(t: TestDb) {
        let mut line = Timeline::start(t).await;
        let id = line.publish(0, "1.0.0", "stable", &["windows-x86_64"]).await;
        line.publish(40, "2.0.0", "stable", &["windows-x86_64"]).await;
        let key = line.key.clone();
        let v = &line.v;
        let yml: Value =
            serde_yaml::from_str(&v.feed(&format!("stable/key/{key}/electron/latest.yml")).await.text().await.unwrap())
                .unwrap();
        let url = yml["path"].as_str().unwrap().to_owned();
        assert_eq!(v.app.client.get(&url).send().await.unwrap().status(), 200);
        // The uncovered 2.0.0's file, by its id, under this license's feed.
        let releases = v.releases().await;
        let newest = releases.as_array().unwrap().iter().find(|r| r["version"] == "2.0.0").unwrap();
        let other = newest["artifacts"][0]["id"].as_str().unwrap();
        let res = v.feed(&format!("stable/key/{key}/files/{other}/desk.bin")).await;
        assert_eq!(res.status(), 404);
        assert_eq!(v.act(&id, "yank").await.0, 200);
        assert_eq!(v.app.client.get(&url).send().await.unwrap().status(), 404, "yanked: the link stops");
        line.v.app.shutdown().await;
    }
);

db_test!(
    async fn an_admin_opens_the_stable_feed_sets_a_minimum_and_rotates_the_key_from_the_releases_page(t: TestDb) {
        let v = vendor(crate::harness::TestApp::spawn(t).await).await;
        let mut admin = crate::web_session::Browser::default();
        crate::web_store::signed_in(&v.app, &mut admin, "admin@example.com").await;
        let page_path = format!("/admin/products/{}/releases", v.product);
        let (status, page) = admin.get(&v.app, &page_path).await;
        assert_eq!(status, 200);
        let first = active_key(&v.feeds().await).clone();
        assert!(page.contains(first["sparkle_public_key"].as_str().unwrap()), "the keys to build into apps");
        assert!(page.contains(&format!("/api/v1/feeds/{}/stable", v.product)), "the feed address");
        let csrf = admin.csrf();
        let feeds = format!("/admin/products/{}/feeds", v.product);
        let form = [("csrf", csrf.as_str()), ("public_stable", "on"), ("minimum_supported_version", "v1.5.0")];
        let (status, _, to) = admin.post(&v.app, &feeds, &form).await;
        assert_eq!((status.as_u16(), to), (303, Some(format!("{page_path}#feeds"))));
        let config = v.feeds().await;
        assert_eq!(
            (config["public_stable"].as_bool(), config["minimum_supported_version"].as_str()),
            (Some(true), Some("1.5.0"))
        );
        // A bad version is shown on the page and changes nothing.
        let form = [("csrf", csrf.as_str()), ("minimum_supported_version", "soon")];
        let (status, page, _) = admin.post(&v.app, &feeds, &form).await;
        assert_eq!(status, 422, "{page}");
        assert_eq!(v.feeds().await["public_stable"], true);
        // Rotating from the page retires the old key, which may then be revoked.
        let (status, _, _) = admin.post(&v.app, &format!("{feeds}/rotate"), &[("csrf", &csrf)]).await;
        assert_eq!(status, 303);
        let kid = first["kid"].as_str().unwrap();
        let (status, _, _) = admin.post(&v.app, &format!("{feeds}/keys/{kid}/revoke"), &[("csrf", &csrf)]).await;
        assert_eq!(status, 303);
        let states: Vec<_> = v.feeds().await["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["state"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(states, ["active", "revoked"]);
        // Without the session's token, nothing changes.
        let (status, _, _) = admin.post(&v.app, &format!("{feeds}/rotate"), &[("csrf", "forged")]).await;
        assert_eq!(status, 403);
        assert_eq!(v.feeds().await["keys"].as_array().unwrap().len(), 2);
        v.app.shutdown().await;
    }
);
