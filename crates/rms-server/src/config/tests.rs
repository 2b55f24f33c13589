//! The configuration's parsing and checks: defaults, every variable, clear refusals.

use super::*;

fn env(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
    // figment's Jail isolates the process environment for the duration of the closure.
    let mut out = None;
    figment::Jail::expect_with(|jail| {
        for (k, v) in vars {
            jail.set_env(k, v);
        }
        out = Some(Config::load(None));
        Ok(())
    });
    out.unwrap()
}

#[test]
fn defaults_are_the_embedded_setup() {
    let c = env(&[]).unwrap();
    assert_eq!(c.listen.0.to_string(), "127.0.0.1:8080");
    assert_eq!(c.database_url().expose(), "sqlite://./data/rms.db");
    assert_eq!(c.data_dir, PathBuf::from("./data"));
    assert_eq!(c.env, Environment::Development);
    assert!(c.redis_url.is_none() && c.trusted_proxies.is_empty() && c.cors_origins.is_empty());
}

#[test]
fn environment_variables_override_and_parse_lists() {
    let c = env(&[
        ("RMS_LISTEN", "0.0.0.0:9000"),
        ("RMS_DATABASE_URL", "postgres://rms:hunter2@db/rms"),
        ("RMS_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.1"),
        ("RMS_CORS_ORIGINS", "https://app.example.com,http://localhost:3000"),
        ("RMS_LOG_FORMAT", "json"),
    ])
    .unwrap();
    assert_eq!(c.listen.0.port(), 9000);
    assert_eq!(c.trusted_proxies.len(), 2);
    assert_eq!(c.cors_origins[1].0, "http://localhost:3000");
    assert_eq!(c.log_format, LogFormat::Json);
    assert_eq!(c.database_url().to_string(), "postgres://rms:***@db/rms");
}

#[test]
fn a_bad_value_names_the_variable_and_what_was_expected() {
    let cases = [
        ("RMS_LISTEN", "localhost", "a socket address"),
        ("RMS_DATABASE_URL", "mysql://x", "sqlite:// or postgres://"),
        ("RMS_LOG_FORMAT", "xml", "pretty"),
        ("RMS_CORS_ORIGINS", "https://app.example.com/path", "exact origin"),
        ("RMS_CORS_ORIGINS", "*", "exact origin"),
        ("RMS_TRUSTED_PROXIES", "10.0.0.0/33", "CIDR"),
        ("RMS_WORKER_CONCURRENCY", "many", "u"),
        ("RMS_PUBLIC_URL", "ftp://example.com", "https://"),
        ("RMS_REDIS_URL", "localhost:6379", "redis://"),
    ];
    for (var, value, expected) in cases {
        let err = env(&[(var, value)]).unwrap_err().to_string();
        assert!(err.contains(var), "{var}={value}: {err}");
        assert!(err.contains(expected), "{var}={value}: {err}");
    }
    let err = env(&[("RMS_WORKER_LEASE_SECS", "0")]).unwrap_err().to_string();
    assert!(err.contains("RMS_WORKER_LEASE_SECS") && err.contains("greater than zero"), "{err}");
}

#[test]
fn production_needs_an_https_public_address() {
    let err = env(&[("RMS_ENV", "production")]).unwrap_err().to_string();
    assert!(err.contains("RMS_PUBLIC_URL") && err.contains("https://"), "{err}");
    let err =
        env(&[("RMS_ENV", "production"), ("RMS_PUBLIC_URL", "http://licenses.example.com")]).unwrap_err().to_string();
    assert!(err.contains("RMS_PUBLIC_URL"), "{err}");
    let c = env(&[("RMS_ENV", "production"), ("RMS_PUBLIC_URL", "https://licenses.example.com")]).unwrap();
    assert!(c.is_https(), "cookies are Secure and HSTS is sent");
}

#[test]
fn a_short_metrics_token_is_refused() {
    let err = env(&[("RMS_METRICS_TOKEN", "short")]).unwrap_err().to_string();
    assert!(err.contains("RMS_METRICS_TOKEN"), "{err}");
    let c =
        env(&[("RMS_METRICS_TOKEN", "a-long-enough-scrape-token"), ("RMS_METRICS_LISTEN", "127.0.0.1:9090")]).unwrap();
    assert!(!c.redacted_toml().contains("a-long-enough-scrape-token"));
    assert_eq!(c.metrics_listen.map(|l| l.0.port()), Some(9090));
}

#[test]
fn the_embedded_database_follows_the_data_dir() {
    let c = env(&[("RMS_DATA_DIR", "/var/lib/rms")]).unwrap();
    assert_eq!(c.database_url().expose(), "sqlite:///var/lib/rms/rms.db");
}

#[test]
fn the_file_sits_between_defaults_and_environment() {
    figment::Jail::expect_with(|jail| {
        jail.create_file("rms.toml", "listen = \"127.0.0.1:7000\"\nlog = \"debug\"\n")?;
        jail.set_env("RMS_LOG", "warn");
        let c = Config::load(Some(Path::new("rms.toml"))).unwrap();
        assert_eq!(c.listen.0.port(), 7000);
        assert_eq!(c.log.0, "warn");
        jail.create_file("typo.toml", "lisen = \"127.0.0.1:7000\"\n")?;
        let err = Config::load(Some(Path::new("typo.toml"))).unwrap_err().to_string();
        assert!(err.contains("lisen"), "{err}");
        Ok(())
    });
}

#[test]
fn secrets_never_print() {
    let c = env(&[("RMS_MASTER_KEY", "c2VjcmV0"), ("RMS_REDIS_URL", "redis://:pw@cache:6379")]).unwrap();
    let shown = c.redacted_toml();
    assert!(!shown.contains("c2VjcmV0") && !shown.contains(":pw@"), "{shown}");
    assert!(shown.contains("master_key = \"[redacted]\""), "{shown}");
    assert!(!format!("{c:?}").contains("c2VjcmV0"));
}

#[test]
fn the_pool_size_is_the_backends_unless_set() {
    assert_eq!(env(&[]).unwrap().db_pool_size(), 4, "the embedded SQLite database");
    assert_eq!(env(&[("RMS_DATABASE_URL", "postgres://db/rms")]).unwrap().db_pool_size(), 10);
    assert_eq!(env(&[("RMS_DB_MAX_CONNECTIONS", "8")]).unwrap().db_pool_size(), 8);
    assert!(
        env(&[]).unwrap().redacted_toml().contains("db_max_connections = 4\n"),
        "config check shows the effective size"
    );
    let err = env(&[("RMS_DB_MAX_CONNECTIONS", "0")]).unwrap_err().to_string();
    assert!(err.contains("RMS_DB_MAX_CONNECTIONS") && err.contains("greater than zero"), "{err}");
}

#[tokio::test]
async fn the_embedded_database_opens_four_connections_at_most_unless_told_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let pool_size = |configured: Option<u32>| {
        let config = Config { data_dir: dir.path().to_owned(), db_max_connections: configured, ..Config::default() };
        async move {
            let db = crate::app::open_database(&config).await.unwrap();
            let rms_store::Db::Sqlite(pool, _) = &db else { panic!("the embedded default is SQLite") };
            let size = pool.options().get_max_connections();
            db.close().await;
            size
        }
    };
    assert_eq!(pool_size(None).await, 4, "the embedded default");
    assert_eq!(pool_size(Some(12)).await, 12, "RMS_DB_MAX_CONNECTIONS wins");
}
