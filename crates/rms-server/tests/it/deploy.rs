//! The deployment files operators run: the `Dockerfile`, `deploy/compose.yaml` (with its
//! `Caddyfile`) and the systemd units. No container engine runs here, so they are checked for what
//! operators rely on: the roles each piece runs, the shared database and Redis, the master key as a
//! secret, readiness checks, an unprivileged user, and only variables the README documents.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_yaml::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `RMS_…` variables of the README's configuration table.
fn documented() -> BTreeSet<String> {
    read("README.md")
        .lines()
        .filter_map(|l| l.strip_prefix("| `RMS_"))
        .filter_map(|l| l.split('`').next())
        .map(|name| format!("RMS_{name}"))
        .collect()
}

/// The compose file with its `<<` merges applied (chained ones too).
fn compose() -> Value {
    let mut value: Value = serde_yaml::from_str(&read("deploy/compose.yaml")).unwrap();
    for _ in 0..5 {
        value.apply_merge().unwrap();
    }
    value
}

fn env<'a>(service: &'a Value, name: &str) -> Option<&'a str> {
    service["environment"][name].as_str()
}

fn strings(value: &Value) -> Vec<&str> {
    value.as_sequence().map(|s| s.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

#[test]
fn the_compose_file_runs_two_api_nodes_and_two_workers_on_one_postgresql_and_redis_behind_tls() {
    let compose = compose();
    let services = &compose["services"];
    let documented = documented();
    assert!(documented.len() > 25 && documented.contains("RMS_MASTER_KEY_FILE"), "{documented:?}");

    for (name, command) in [("api-1", "serve"), ("api-2", "serve"), ("worker-1", "worker"), ("worker-2", "worker")] {
        let s = &services[name];
        assert_eq!(strings(&s["command"]), [command], "{name}");
        assert!(env(s, "RMS_DATABASE_URL").is_some_and(|u| u.starts_with("postgres://") && u.contains("@postgres:")));
        assert_eq!(env(s, "RMS_REDIS_URL"), Some("redis://redis:6379"), "{name}");
        assert_eq!(env(s, "RMS_ENV"), Some("production"), "{name}");
        // The master key is a secret file, never a variable (which `docker inspect` would show).
        assert_eq!(env(s, "RMS_MASTER_KEY_FILE"), Some("/run/secrets/rms_master_key"), "{name}");
        assert!(env(s, "RMS_MASTER_KEY").is_none() && strings(&s["secrets"]).contains(&"rms_master_key"));
        // Every node reads and writes release files in the same place: the shared volume at the
        // image's data dir's `artifacts` (the default store, so no setting names it).
        assert!(strings(&s["volumes"]).contains(&"artifacts:/var/lib/rms/artifacts"), "{name}");
        assert!(read("Dockerfile").contains("RMS_DATA_DIR=/var/lib/rms"));
        for (key, value) in s["environment"].as_mapping().unwrap() {
            let key = key.as_str().unwrap();
            assert!(documented.contains(key), "{name}: {key} is not in the README's configuration table");
            // An empty value is a value: the server would refuse it as the setting's, not skip it.
            let value = value.as_str().unwrap_or_default();
            assert!(!value.is_empty() && !value.contains(":-}"), "{name}: {key} may be empty");
        }
        // Only the proxy, at its pinned address, is believed about the client's address.
        let proxy = services["proxy"]["networks"]["rms"]["ipv4_address"].as_str().unwrap();
        assert_eq!(env(s, "RMS_TRUSTED_PROXIES"), Some(proxy), "{name}");
        // Ready only when the database and Redis answer; migrated before any node starts.
        let check = strings(&s["healthcheck"]["test"]).join(" ");
        let port =
            if command == "serve" { "8080" } else { env(s, "RMS_METRICS_LISTEN").unwrap().rsplit(':').next().unwrap() };
        assert!(check.contains(&format!("127.0.0.1:{port}/readyz")), "{name}: {check}");
        assert_eq!(s["depends_on"]["migrate"]["condition"], "service_completed_successfully", "{name}");
        // Longer than the server's own shutdown grace, so in-flight work finishes.
        let grace = s["stop_grace_period"].as_str().unwrap().trim_end_matches('s').parse::<u64>().unwrap();
        let own: u64 = env(s, "RMS_SHUTDOWN_GRACE_SECS").unwrap().parse().unwrap();
        assert!(grace > own, "{name}: stop_grace_period {grace}s ≤ RMS_SHUTDOWN_GRACE_SECS {own}s");
    }
    assert_eq!(strings(&services["migrate"]["command"]), ["migrate"]);
    assert!(services["postgres"]["healthcheck"].is_mapping() && services["redis"]["healthcheck"].is_mapping());
    assert_eq!(compose["secrets"]["rms_master_key"]["file"], "./master.key");

    // TLS ends at the proxy, which balances over both API nodes by their readiness.
    let proxy = &services["proxy"];
    assert!(strings(&proxy["ports"]).contains(&"443:443"));
    let caddy = read("deploy/Caddyfile");
    assert!(caddy.contains("reverse_proxy api-1:8080 api-2:8080") && caddy.contains("health_uri /readyz"), "{caddy}");
}

#[test]
fn the_image_is_built_in_stages_and_runs_unprivileged_with_the_fonts_and_a_readiness_check() {
    let dockerfile = read("Dockerfile");
    let instructions: Vec<&str> =
        dockerfile.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let froms: Vec<&&str> = instructions.iter().filter(|l| l.starts_with("FROM ")).collect();
    assert!(froms.len() >= 2 && froms[0].contains(" AS build"), "multi-stage: {froms:?}");
    assert!(!froms.iter().any(|f| f.contains(":latest")), "pinned base images: {froms:?}");
    let runtime = dockerfile.rsplit("\nFROM ").next().unwrap();
    let user = runtime.lines().find_map(|l| l.strip_prefix("USER ")).expect("a USER in the runtime stage");
    assert!(!user.starts_with("root") && !user.starts_with('0'), "runs as {user}");
    assert!(runtime.contains("HEALTHCHECK") && runtime.contains("/readyz"), "a readiness health check");
    assert!(runtime.contains("fonts-noto-core") && runtime.contains("fonts-noto-cjk"), "invoice fonts");
    assert!(runtime.contains("ENTRYPOINT [\"/usr/local/bin/rms\"]") && runtime.contains("EXPOSE 8080"));
    assert!(dockerfile.contains("cargo build --release --locked"), "built from the lock file");
    // What the build reads is copied in, and not excluded by .dockerignore.
    let ignored = read(".dockerignore");
    for needed in ["Cargo.toml", "Cargo.lock", "crates", "locales"] {
        assert!(
            dockerfile.contains(&format!("COPY {needed}")) || dockerfile.contains(&format!(" {needed} ")),
            "{needed}"
        );
        assert!(!ignored.lines().any(|l| l.trim() == needed), "{needed} is in .dockerignore");
    }
    // The usual lint rules: lean apt layers, no remote ADD, no sudo.
    for line in dockerfile.split("RUN ").skip(1) {
        if line.contains("apt-get install") {
            assert!(line.contains("--no-install-recommends") && line.contains("rm -rf /var/lib/apt/lists"), "{line}");
        }
    }
    assert!(!instructions.iter().any(|l| l.starts_with("ADD http") || l.contains("sudo ")));
}

#[test]
fn the_systemd_units_run_the_api_and_the_worker_unprivileged_with_the_readme_variables() {
    let documented = documented();
    for (unit, command) in
        [("deploy/systemd/rms-api.service", "serve"), ("deploy/systemd/rms-worker.service", "worker")]
    {
        let text = read(unit);
        let value = |key: &str| text.lines().find_map(|l| l.strip_prefix(&format!("{key}="))).map(str::to_owned);
        assert_eq!(value("ExecStart").as_deref(), Some(format!("/usr/local/bin/rms {command}").as_str()), "{unit}");
        assert_eq!(value("User").as_deref(), Some("rms"), "{unit}");
        assert!(text.lines().any(|l| l == "EnvironmentFile=/etc/rms/rms.env"), "{unit}");
        assert_eq!(value("KillSignal").as_deref(), Some("SIGTERM"), "{unit}");
        let stop: u64 = value("TimeoutStopSec").unwrap().parse().unwrap();
        assert!(stop > 30, "{unit}: the stop timeout must outlast RMS_SHUTDOWN_GRACE_SECS");
        assert!(text.contains("NoNewPrivileges=true") && text.contains("ProtectSystem=strict"), "{unit}");
        for line in text.lines().filter_map(|l| l.strip_prefix("Environment=")) {
            let name = line.split('=').next().unwrap();
            assert!(documented.contains(name), "{unit}: {name} is not in the README");
        }
    }
    for file in ["deploy/systemd/rms.env.example", "deploy/systemd/worker.env.example"] {
        let example = read(file);
        for name in example.lines().filter(|l| l.starts_with("RMS_")).filter_map(|l| l.split('=').next()) {
            assert!(documented.contains(name), "{file}: {name} is not in the README");
        }
    }
    // Both units read the shared file: an address in it would be bound twice on one machine.
    let shared = read("deploy/systemd/rms.env.example");
    assert!(!shared.lines().any(|l| l.starts_with("RMS_METRICS_LISTEN=")), "the worker's own file sets it");
    let worker = read("deploy/systemd/rms-worker.service");
    let files: Vec<&str> = worker.lines().filter_map(|l| l.strip_prefix("EnvironmentFile=")).collect();
    assert_eq!(files, ["/etc/rms/rms.env", "-/etc/rms/worker.env"], "the worker's own settings come last");
}
