//! The SDK as a product developer embeds it: activate on one machine, keep running on the license
//! file when the server is gone, and see a second machine refused with a clear code.

use reqwest::StatusCode;
use rms_client::{Client, ClientError, Decision, Guard, PublicKeys};
use rms_testkit::db_test;
use serde_json::json;

use crate::harness::TestApp;
use crate::licensing::Shop;

db_test!(
    async fn a_desktop_app_activates_runs_offline_and_a_second_machine_is_refused(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Solo", "max_activations": 1}))
                .await;
        let keys = PublicKeys::from_keys([("1".to_owned(), shop.public_key)]);
        let client = Client::new(&shop.app.url(""), "tool", keys.clone()).language("ru");
        let first_dir = tempfile::tempdir().unwrap();
        let first = Guard::new(client.clone(), &shop.key, "machine-a", first_dir.path());

        let activated = first.activate(Some("Workstation"), Some("linux")).await.unwrap();
        assert_eq!((activated.valid, activated.code.as_str()), (true, "VALID"));
        assert!(first_dir.path().join("license.lic").is_file(), "a license file is stored for offline use");
        let Decision::Online(answer) = first.check().await.unwrap() else { panic!("the server answers") };
        assert!(answer.offline_until.unwrap() > answer.ts);

        // The server is unreachable: the signed file keeps the product running until offline_until.
        let unreachable = Client::new("http://127.0.0.1:9", "tool", keys.clone());
        let offline = Guard::new(unreachable, &shop.key, "machine-a", first_dir.path());
        match offline.check().await.unwrap() {
            Decision::Offline { until, license } => {
                // The stored file is the activation's or this check's: signed at most a second
                // apart (the two requests can straddle a second).
                let latest = answer.offline_until.unwrap();
                assert!((latest - 1..=latest).contains(&until), "offline until {until}, answered {latest}");
                assert_eq!(license.fingerprint.as_deref(), Some("machine-a"));
            }
            other => panic!("expected offline, got {other:?}"),
        }
        // The file is bound to this machine: copied to another, it is refused.
        let copied = Guard::new(
            Client::new("http://127.0.0.1:9", "tool", keys.clone()),
            &shop.key,
            "machine-b",
            first_dir.path(),
        );
        assert!(matches!(copied.check().await, Err(ClientError::File(_))));

        // A second machine: refused with a clear, signed, localised code, and told who holds the seat.
        let second_dir = tempfile::tempdir().unwrap();
        let second = Guard::new(client.clone(), &shop.key, "machine-b", second_dir.path());
        let refused = second.activate(Some("Laptop"), None).await.unwrap();
        assert_eq!((refused.valid, refused.code.as_str()), (false, "ACTIVATION_LIMIT"));
        assert_eq!(refused.holders()[0].name.as_deref(), Some("Workstation"));
        assert!(refused.detail.contains("мест"), "detail in the language asked for: {}", refused.detail);
        assert!(matches!(second.check().await.unwrap(), Decision::Refused(a) if a.code == "FINGERPRINT_MISMATCH"));

        // A clock set back by a day is caught offline.
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        assert!(matches!(offline.offline(now - 86_400), Err(ClientError::ClockRolledBack)));

        // Revoked: the next online check says so and the offline file is gone.
        let res = shop
            .app
            .client
            .patch(shop.app.url(&format!("/api/v1/admin/licenses/{}", shop.license_id)))
            .bearer_auth(&shop.admin)
            .json(&json!({"status": "revoked"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert!(matches!(first.check().await.unwrap(), Decision::Refused(a) if a.code == "REVOKED"));
        assert!(matches!(offline.check().await, Err(ClientError::Storage(_))), "no file left to run on");
    }
);

db_test!(
    async fn an_sdk_pinned_to_another_key_believes_nothing(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Solo", "max_activations": 1}))
                .await;
        let wrong =
            PublicKeys::from_keys([("1".to_owned(), rms_license::SigningKey::from_bytes(&[3; 32]).verifying_key())]);
        let client = Client::new(&shop.app.url(""), "tool", wrong);
        assert!(matches!(client.validate(&shop.key, Some("m"), None).await, Err(ClientError::BadSignature(_))));
    }
);

db_test!(
    async fn an_air_gapped_machine_is_activated_through_its_owner_s_dashboard(t: TestDb) {
        let shop =
            Shop::open(TestApp::without_worker_on(t).await, "software", json!({"name": "Lab", "max_activations": 1}))
                .await;
        let keys = PublicKeys::from_keys([("1".to_owned(), shop.public_key)]);
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
        // On the machine: write the request (authenticated with the key) to a USB stick.
        let request = rms_client::offline::activation_request(
            &shop.key,
            "tool",
            "lab-machine",
            Some("Lab PC"),
            Some("linux"),
            now,
        )
        .unwrap();

        // In the dashboard: a request written with another key, or altered, is refused.
        let path = format!("/api/v1/licenses/{}/offline-activation", shop.license_id);
        let forged =
            rms_client::offline::activation_request("RMS1-NOT-THIS-KEY", "tool", "lab-machine", None, None, now)
                .unwrap();
        let res = crate::licensing::post(&shop.app, &shop.owner, &path, json!({"request": forged})).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(res.json::<serde_json::Value>().await.unwrap()["code"], "INVALID_ACTIVATION_REQUEST");
        assert_eq!(shop.seats_used().await, 0);

        let res = crate::licensing::post(&shop.app, &shop.owner, &path, json!({"request": request})).await;
        assert_eq!(res.status(), StatusCode::OK);
        let file = res.text().await.unwrap();
        // Back on the machine: the file verifies for it, offline.
        let data = rms_client::offline::verify_file(&file, &keys, Some("lab-machine"), None, now, None).unwrap();
        assert_eq!(data.license_id.to_string(), shop.license_id);
        assert_eq!(shop.seats_used().await, 1, "the machine holds the seat");

        // The seat is taken: a second air-gapped machine is told so.
        let other =
            rms_client::offline::activation_request(&shop.key, "tool", "lab-machine-2", None, None, now).unwrap();
        let res = crate::licensing::post(&shop.app, &shop.owner, &path, json!({"request": other})).await;
        assert_eq!(res.status(), StatusCode::CONFLICT);
        let problem: serde_json::Value = res.json().await.unwrap();
        assert!(problem["detail"].as_str().unwrap().contains("ACTIVATION_LIMIT"), "{problem}");
    }
);
