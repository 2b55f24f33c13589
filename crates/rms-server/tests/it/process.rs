//! The `rms` binary as an operator runs it: subcommands, start-up errors, signals.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use rms_testkit::db_test;

fn rms(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rms"));
    cmd.current_dir(dir).env_clear().env("PATH", std::env::var("PATH").unwrap_or_default());
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().unwrap()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn wait_healthy(port: u16, child: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(res) = reqwest::get(format!("http://127.0.0.1:{port}/healthz")).await
            && res.status() == 200
        {
            return;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("rms exited early with {status}");
        }
        assert!(Instant::now() < deadline, "rms did not become healthy");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn terminate(child: &mut Child) -> std::process::ExitStatus {
    let status = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(Instant::now() < deadline, "rms did not stop after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_bad_setting_stops_start_up_naming_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(rms(dir.path()).args(["config", "check"]).env("RMS_LISTEN", "everywhere"));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("RMS_LISTEN") && err.contains("socket address"), "{err}");

    let out = run(rms(dir.path()).env("RMS_LOG_FORMAT", "xml"));
    assert!(!out.status.success(), "the server itself refuses to start too");
    assert!(String::from_utf8_lossy(&out.stderr).contains("RMS_LOG_FORMAT"));
}

#[test]
fn config_check_prints_the_effective_configuration_without_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(rms(dir.path())
        .args(["config", "check"])
        .env("RMS_MASTER_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .env("RMS_DATABASE_URL", "postgres://rms:topsecret@db.internal/rms"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("listen = \"127.0.0.1:8080\""), "{text}");
    assert!(text.contains("postgres://rms:***@db.internal/rms"), "{text}");
    assert!(!text.contains("topsecret") && !text.contains("AAAAAAAA"), "{text}");
}

#[test]
fn production_mode_without_a_master_key_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(rms(dir.path())
        .env("RMS_ENV", "production")
        .env("RMS_PUBLIC_URL", "https://licenses.example.com")
        .env("RMS_LISTEN", format!("127.0.0.1:{}", free_port())));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("RMS_MASTER_KEY_FILE"));
    assert!(!dir.path().join("data/master.key").exists());
}

#[test]
fn production_mode_without_an_https_public_address_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(rms(dir.path())
        .env("RMS_ENV", "production")
        .env("RMS_MASTER_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .env("RMS_PUBLIC_URL", "http://licenses.example.com")
        .env("RMS_LISTEN", format!("127.0.0.1:{}", free_port())));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("RMS_PUBLIC_URL") && err.contains("https://"), "{err}");
    assert!(!dir.path().join("data/rms.db").exists(), "nothing was created");
}

#[tokio::test]
async fn the_default_command_starts_the_embedded_server_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = rms(dir.path())
        .env("RMS_LISTEN", format!("127.0.0.1:{port}"))
        .env("RMS_LOG_FORMAT", "json")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_healthy(port, &mut child).await;

    let ready = reqwest::get(format!("http://127.0.0.1:{port}/readyz")).await.unwrap();
    assert_eq!(ready.status(), 200);
    let data = dir.path().join("data");
    assert!(data.join("rms.db").exists(), "the embedded database lives under ./data");
    let key_mode = std::fs::metadata(data.join("master.key")).unwrap().permissions().mode() & 0o777;
    assert_eq!(key_mode, 0o600);

    let status = terminate(&mut child);
    assert!(status.success(), "graceful exit, got {status}");
    let mut log = String::new();
    std::io::Read::read_to_string(child.stdout.as_mut().unwrap(), &mut log).unwrap();
    let lines: Vec<serde_json::Value> = log.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(
        lines.iter().any(|l| l["message"]
            .as_str()
            .unwrap_or_default()
            .contains(&format!("listening on http://127.0.0.1:{port}")))
    );
    assert!(lines.iter().any(|l| l["message"].as_str().unwrap_or_default().contains("generated a new master key")));
}

db_test!(
    async fn migrate_and_worker_subcommands_work_on_the_configured_database(t: TestDb) {
        let dir = tempfile::tempdir().unwrap();
        let empty = rms_testkit::TestDb::empty(t.backend()).await;
        let out = run(rms(dir.path()).arg("migrate").env("RMS_DATABASE_URL", empty.url()));
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(rms_store::schema::introspect(&empty.db).await.unwrap().contains_key("jobs"));

        let mut worker = rms(dir.path())
            .arg("worker")
            .env("RMS_DATABASE_URL", t.url())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        rms_testkit::eventually(Duration::from_secs(20), "the worker registers", || async {
            rms_store::workers::last_seen(&t.db).await.unwrap().is_some()
        })
        .await;
        assert!(terminate(&mut worker).success());
        assert_eq!(rms_store::workers::last_seen(&t.db).await.unwrap(), None, "it recorded its stop");
    }
);

db_test!(
    async fn the_operator_creates_an_administrator_from_the_console(t: TestDb) {
        let dir = tempfile::tempdir().unwrap();
        let create = |password: &str| {
            run(rms(dir.path())
                .args(["admin", "create", "--email", "Root@Example.com", "--name", "Root"])
                .env("RMS_DATABASE_URL", t.url())
                .env("RMS_ADMIN_PASSWORD", password))
        };
        let weak = create("short");
        assert!(!weak.status.success());
        assert!(
            String::from_utf8_lossy(&weak.stderr).contains("password"),
            "{}",
            String::from_utf8_lossy(&weak.stderr)
        );

        let out = create("tangerine-otter-41-lantern");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("Created administrator"));
        let (role, verified): (String, Option<i64>) = rms_store::on_db!(&t.db, pool => sqlx::query_as(
            "SELECT role, email_verified_at FROM users WHERE email = 'root@example.com'").fetch_one(pool).await)
        .unwrap();
        assert_eq!(role, "admin");
        assert!(verified.is_some());

        let again = create("tangerine-otter-41-lantern");
        assert!(String::from_utf8_lossy(&again.stdout).contains("already had an account"));

        let reset = run(rms(dir.path())
            .args(["admin", "reset-2fa", "--email", "nobody@example.com"])
            .env("RMS_DATABASE_URL", t.url()));
        assert!(!reset.status.success());
        assert!(String::from_utf8_lossy(&reset.stderr).contains("no account"));
        let reset = run(rms(dir.path())
            .args(["admin", "reset-2fa", "--email", "root@example.com"])
            .env("RMS_DATABASE_URL", t.url()));
        assert!(reset.status.success(), "{}", String::from_utf8_lossy(&reset.stderr));
    }
);

db_test!(
    async fn keys_rotate_from_the_console(t: TestDb) {
        let dir = tempfile::tempdir().unwrap();
        let old_key = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        let keys = |args: &[&str]| {
            run(rms(dir.path()).arg("keys").args(args).env("RMS_DATABASE_URL", t.url()).env("RMS_MASTER_KEY", old_key))
        };
        let first = keys(&["rotate"]);
        assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
        assert!(String::from_utf8_lossy(&first.stdout).contains("New signing key s1"));
        let second = keys(&["rotate"]);
        assert!(String::from_utf8_lossy(&second.stdout).contains("New signing key s2"));

        let new_file = dir.path().join("new.key");
        std::fs::write(&new_file, "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBA=\n").unwrap();
        let out = keys(&["rotate-master", "--new-key-file", new_file.to_str().unwrap()]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Re-encrypted 2 session signing keys"),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        let same = run(rms(dir.path())
            .args(["keys", "rotate-master", "--new-key-file", new_file.to_str().unwrap()])
            .env("RMS_DATABASE_URL", t.url())
            .env("RMS_MASTER_KEY_FILE", &new_file));
        assert!(!same.status.success(), "rotating to the key in use is refused");
    }
);

#[test]
fn license_files_are_checked_offline_from_the_console() {
    use base64::Engine;
    let dir = tempfile::tempdir().unwrap();
    let key = rms_license::SigningKey::from_bytes(&[11; 32]);
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let data = rms_license::file::LicenseData {
        license_id: uuid::Uuid::from_u128(1),
        product_id: uuid::Uuid::from_u128(2),
        fingerprint: Some("machine-1".into()),
        domain: None,
        entitlements: vec!["pro".into()],
        expires_at: None,
        issued_at: now,
        valid_until: now + 3600,
        offline_until: now + 1800,
    };
    let file = dir.path().join("license.rms");
    std::fs::write(&file, rms_license::file::issue(&data, "p1", &key)).unwrap();
    let public = base64::engine::general_purpose::STANDARD.encode(key.verifying_key().to_bytes());
    let check = |fingerprint: &str| {
        run(rms(dir.path()).args(["license", "verify"]).arg(&file).args([
            "--public-key",
            &public,
            "--fingerprint",
            fingerprint,
        ]))
    };
    let ok = check("machine-1");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("# valid"));
    let other = check("machine-2");
    assert!(!other.status.success());
    assert!(String::from_utf8_lossy(&other.stderr).contains("bound to another device"));
}

db_test!(
    async fn an_answered_heartbeat_survives_the_server_being_killed(t: TestDb) {
        use serde_json::{Value, json};
        let dir = tempfile::tempdir().unwrap();
        let master = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        let password = crate::harness::PASSWORD;
        let out = run(rms(dir.path())
            .args(["admin", "create", "--email", "root@example.com", "--name", "Root"])
            .env("RMS_DATABASE_URL", t.url())
            .env("RMS_MASTER_KEY", master)
            .env("RMS_ADMIN_PASSWORD", password));
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let start = || {
            let port = free_port();
            let child = rms(dir.path())
                .env("RMS_DATABASE_URL", t.url())
                .env("RMS_MASTER_KEY", master)
                .env("RMS_LISTEN", format!("127.0.0.1:{port}"))
                .env("RMS_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            (port, child)
        };
        let (port, mut server) = start();
        wait_healthy(port, &mut server).await;
        let http = reqwest::Client::new();
        let base = format!("http://127.0.0.1:{port}");
        let call = |url: String, token: Option<String>, body: Value| {
            let mut req = http.post(url).json(&body);
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            async move {
                let res = req.send().await.unwrap();
                let status = res.status();
                (status, res.json::<Value>().await.unwrap_or(Value::Null))
            }
        };
        let (_, tokens) =
            call(format!("{base}/api/v1/auth/login"), None, json!({"email": "root@example.com", "password": password}))
                .await;
        let admin = tokens["access_token"].as_str().unwrap().to_owned();
        let (_, product) = call(
            format!("{base}/api/v1/admin/products"),
            Some(admin.clone()),
            json!({"name": "Tool", "slug": "tool", "kind": "software"}),
        )
        .await;
        let (_, plan) = call(
            format!("{base}/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap()),
            Some(admin.clone()),
            json!({"name": "Pro", "max_activations": 1, "heartbeat_interval_secs": 3600}),
        )
        .await;
        let (_, license) = call(
            format!("{base}/api/v1/admin/licenses"),
            Some(admin.clone()),
            json!({"email": "root@example.com", "plan_id": plan["id"]}),
        )
        .await;
        let key = license["key"].as_str().unwrap().to_owned();
        let (status, activated) = call(
            format!("{base}/api/v1/activations"),
            None,
            json!({"key": key, "product": "tool", "fingerprint": "pc-1", "nonce": "nonce-activate-1"}),
        )
        .await;
        assert_eq!(status, 201, "{activated}");
        let heartbeat =
            format!("{base}/api/v1/activations/{}/heartbeat", activated["activation"]["id"].as_str().unwrap());
        let (_, first) = call(heartbeat.clone(), None, json!({"key": key, "nonce": "nonce-beat-0001"})).await;
        let (status, second) =
            call(heartbeat.clone(), None, json!({"key": key, "nonce": "nonce-beat-0002", "chain": first["chain"]}))
                .await;
        assert_eq!((status, second["code"].as_str()), (reqwest::StatusCode::OK, Some("VALID")));

        // The server dies right after answering: no graceful flush.
        server.kill().unwrap();
        server.wait().unwrap();

        let (port, mut server) = start();
        wait_healthy(port, &mut server).await;
        let heartbeat = heartbeat.replace(&base, &format!("http://127.0.0.1:{port}"));
        let (status, third) =
            call(heartbeat, None, json!({"key": key, "nonce": "nonce-beat-0003", "chain": second["chain"]})).await;
        assert_eq!((status, third["code"].as_str()), (reqwest::StatusCode::OK, Some("VALID")), "{third}");
        let clones: i64 = rms_store::on_db!(&t.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications WHERE kind = 'clone_suspected'").fetch_one(pool).await)
        .unwrap();
        assert_eq!(clones, 0, "no clone warning went out");
        assert!(terminate(&mut server).success());
    }
);

db_test!(
    async fn a_backup_taken_while_serving_restores_accounts_licenses_wallets_and_invoices(t: TestDb) {
        use serde_json::{Value, json};
        let (backend, source_url) = (t.backend(), t.url().to_owned());
        let till = crate::money::Till::open(crate::harness::TestApp::spawn(t).await, 2_000).await;
        till.credit(&till.buyer_id, 10_000).await;
        let receipt: Value = till.buy(&till.buyer, till.cart(1), None).await.json().await.unwrap();
        let licenses: Value = till.app.get_with("/api/v1/licenses", &till.buyer).await.json().await.unwrap();
        let key = licenses[0]["key"].as_str().unwrap().to_owned();
        async fn validate(app: &crate::harness::TestApp, key: &str, nonce: &str) -> Value {
            let body = json!({"key": key, "product": "editor", "nonce": nonce});
            app.post_json("/api/v1/licenses/validate", body).await.json().await.unwrap()
        }
        let before = validate(&till.app, &key, "before-backup").await;
        assert_eq!(before["license"]["status"], "active", "{before}");

        // Taken while the server serves.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(if backend == rms_store::Backend::Sqlite { "rms-backup.db" } else { "rms.dump" });
        let backup = |url: &str| {
            let mut cmd = rms(dir.path());
            cmd.args(["backup", "--to"]).arg(&file).env("RMS_DATABASE_URL", url);
            run(&mut cmd)
        };
        let out = backup(&source_url);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let meta = std::fs::metadata(&file).unwrap();
        assert!(meta.len() > 0);
        assert_eq!(meta.permissions().mode() & 0o777, 0o600, "readable by its owner only");
        let again = backup(&source_url);
        assert!(!again.status.success(), "an existing file is never overwritten");

        let restore = |url: &str, force: bool| {
            let mut cmd = rms(dir.path());
            cmd.args(["restore", "--from"]).arg(&file).env("RMS_DATABASE_URL", url);
            if force {
                cmd.arg("--force");
            }
            run(&mut cmd)
        };
        let stderr = |out: &Output| String::from_utf8_lossy(&out.stderr).into_owned();
        // Never over a database a server is running on, even with --force.
        let refused = restore(&source_url, true);
        assert!(!refused.status.success() && stderr(&refused).contains("stop every node"), "{}", stderr(&refused));

        // Over a database with accounts only with --force: here another installation's, its
        // nodes stopped, with an administrator made from the console.
        let target = rms_testkit::TestDb::new(backend).await;
        let target_url = target.url().to_owned();
        target.db.close().await;
        let mut admin = rms(dir.path());
        admin.args(["admin", "create", "--email", "someone-else@example.com"]);
        admin.env("RMS_DATABASE_URL", &target_url).env("RMS_ADMIN_PASSWORD", crate::harness::PASSWORD);
        admin.env("RMS_DATA_DIR", dir.path().join("other"));
        let made = run(&mut admin);
        assert!(made.status.success(), "{}", stderr(&made));
        let refused = restore(&target_url, false);
        assert!(!refused.status.success() && stderr(&refused).contains("--force"), "{}", stderr(&refused));
        let out = restore(&target_url, true);
        assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));

        // A server of the same deployment (same master key) on the restored database.
        let restored = crate::harness::TestApp::restored(&till.app, target).start().await;
        let buyer = restored.log_in("buyer@example.com").await["access_token"].as_str().unwrap().to_owned();
        let wallet: Value = restored.get_with("/api/v1/wallet", &buyer).await.json().await.unwrap();
        assert_eq!(wallet["balance_minor"], 8_000);
        let invoices: Value = restored.get_with("/api/v1/invoices", &buyer).await.json().await.unwrap();
        assert_eq!(invoices[0]["number"], receipt["invoice_number"]);
        let after = validate(&restored, &key, "after-restore").await;
        assert_eq!(
            (after["code"].clone(), after["license"]["status"].clone()),
            (before["code"].clone(), before["license"]["status"].clone())
        );
        let gone = json!({"email": "someone-else@example.com", "password": crate::harness::PASSWORD});
        let res = restored.post_json("/api/v1/auth/login", gone).await;
        assert_eq!(res.status(), 401, "the replaced database's account is gone");

        // A file that is not a backup is refused, and leaves nothing behind.
        let empty = rms_testkit::TestDb::empty(backend).await;
        empty.db.close().await;
        let junk = dir.path().join("junk.db");
        std::fs::write(&junk, b"not a database").unwrap();
        let mut cmd = rms(dir.path());
        cmd.args(["restore", "--force", "--from"]).arg(&junk).env("RMS_DATABASE_URL", empty.url());
        let out = run(&mut cmd);
        assert!(!out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
        if let Some(path) = empty.url().strip_prefix("sqlite://") {
            assert!(!Path::new(path).with_extension("restoring").exists(), "the staged copy is removed");
        }
        restored.shutdown().await;
        till.app.shutdown().await;
    }
);

#[test]
fn without_pg_dump_the_backup_prints_the_command_to_run_and_keeps_the_password_out_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(rms(dir.path())
        .args(["backup", "--to", "rms.dump"])
        .env("RMS_DATABASE_URL", "postgres://rms:s3cret@db.invalid:5432/rms")
        .env("PATH", dir.path()));
    assert_eq!(out.status.code(), Some(3), "nothing was backed up: {}", String::from_utf8_lossy(&out.stderr));
    assert!(!dir.path().join("rms.dump").exists(), "no empty file is left behind");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("PGPASSWORD=… pg_dump --format=custom --no-owner --file rms.dump --dbname postgres://rms@db.invalid:5432/rms"),
        "{printed}"
    );
    assert!(!printed.contains("s3cret"), "{printed}");
}

#[test]
fn a_server_refuses_to_start_on_a_database_being_restored() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("data")).unwrap();
    // What `rms restore` holds while it swaps the file.
    let lock = std::fs::File::create(dir.path().join("data/rms.db.in-use")).unwrap();
    lock.lock().unwrap();
    let mut child = rms(dir.path())
        .env("RMS_LISTEN", format!("127.0.0.1:{}", free_port()))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("the server started on a database being restored");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut said = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut said).unwrap();
    assert!(!status.success() && said.contains("being restored"), "{said}");
}
