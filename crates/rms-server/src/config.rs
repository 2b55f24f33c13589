//! The server's configuration: one typed struct, documented field by field.
//!
//! Sources, later ones winning: built-in defaults < an optional TOML file (`--config` or
//! `RMS_CONFIG`) < `RMS_*` environment variables (`RMS_LISTEN` sets `listen`, and so on). Every
//! value is parsed into its own type while loading, so a bad value stops start-up with a message
//! naming the variable (or file key) and what was expected. Secrets print as `[redacted]`.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use ipnet::IpNet;
use serde::de::{Deserializer, Error as _, Unexpected};
use serde::{Deserialize, Serialize, Serializer};

/// Everything `rms` can be told. Field names are the environment variables without `RMS_`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `RMS_ENV`: `development` (default) or `production`. Production refuses to start without an
    /// explicit master key and an `https://` public URL.
    pub env: Environment,
    /// `RMS_LISTEN`: the address the HTTP server binds.
    pub listen: ListenAddr,
    /// `RMS_PUBLIC_URL`: the address customers reach this server at (links in emails, webhook and
    /// return URLs). `https://` turns on HSTS.
    pub public_url: Option<PublicUrl>,
    /// `RMS_DATABASE_URL`: `sqlite://path` or `postgres://user:password@host/db`. Unset: the
    /// embedded database `sqlite://<data dir>/rms.db` (`sqlite://./data/rms.db` by default).
    pub database_url: Option<DatabaseUrl>,
    /// `RMS_DB_MAX_CONNECTIONS`: connections in this process's pool. Unset: 4 on the embedded
    /// SQLite database, 10 on PostgreSQL ([`rms_store::Backend::default_connections`]).
    pub db_max_connections: Option<u32>,
    /// `RMS_DATA_DIR`: where the embedded database, the generated master key, the email spool and
    /// generated files live.
    pub data_dir: PathBuf,
    /// `RMS_REDIS_URL`: optional. Shares rate limits, revocations and notifications between nodes.
    pub redis_url: Option<RedisUrl>,
    /// `RMS_MASTER_KEY`: 32 bytes, base64. Encrypts secrets at rest. Prefer the file variant.
    pub master_key: Option<Secret>,
    /// `RMS_MASTER_KEY_FILE`: a file holding the master key (base64).
    pub master_key_file: Option<PathBuf>,
    /// `RMS_TRUSTED_PROXIES`: comma-separated IPs or CIDRs whose `X-Forwarded-For` and
    /// `X-Request-Id` are believed. Empty: no proxy is trusted.
    #[serde(deserialize_with = "list")]
    pub trusted_proxies: Vec<TrustedProxy>,
    /// `RMS_CORS_ORIGINS`: comma-separated exact origins (`https://app.example.com`) allowed to
    /// call the API from a browser. Empty: no cross-origin access.
    #[serde(deserialize_with = "list")]
    pub cors_origins: Vec<CorsOrigin>,
    /// `RMS_SMTP_URL`: where email goes, e.g. `smtps://user:password@mail.example.com` or
    /// `smtp://mail.example.com:587?tls=required`. Unset: email is written to `<data dir>/mail`.
    pub smtp_url: Option<SmtpUrl>,
    /// `RMS_MAIL_FROM`: the sender of every email, `Name <address>`.
    pub mail_from: String,
    /// `RMS_STAFF_TWO_FACTOR_REQUIRED`: `true` makes admins and support staff turn on two-factor
    /// sign-in before they can use the admin functions.
    pub staff_two_factor_required: bool,
    /// `RMS_LOG`: a tracing filter such as `info` or `info,rms_server=debug`.
    pub log: LogFilter,
    /// `RMS_LOG_FORMAT`: `pretty` (default, for people) or `json` (for log collectors).
    pub log_format: LogFormat,
    /// `RMS_REQUEST_TIMEOUT_SECS`: a request running longer is stopped with 408.
    pub request_timeout_secs: u64,
    /// `RMS_BODY_LIMIT_BYTES`: larger request bodies are refused with 413.
    pub body_limit_bytes: usize,
    /// `RMS_SHUTDOWN_GRACE_SECS`: on SIGTERM/SIGINT, how long in-flight requests and jobs may take
    /// to finish before they are cut off (jobs are handed back to the queue).
    pub shutdown_grace_secs: u64,
    /// `RMS_WORKER_CONCURRENCY`: jobs one worker runs at once.
    pub worker_concurrency: usize,
    /// `RMS_WORKER_POLL_MS`: how often an idle worker looks for due jobs.
    pub worker_poll_ms: u64,
    /// `RMS_WORKER_LEASE_SECS`: how long a claimed job stays reserved without renewal; a worker
    /// that dies releases its jobs after this long.
    pub worker_lease_secs: u64,
    /// `RMS_PRODUCT_RATE_PER_KEY`: product-facing calls (validate, activate, heartbeat…) one
    /// license key may make per second, sustained; bursts of ten times that pass.
    pub product_rate_per_key: u32,
    /// `RMS_PRODUCT_RATE_PER_IP`: product-facing calls per second from one client address. High by
    /// default: whole fleets sit behind one NAT address.
    pub product_rate_per_ip: u32,
    /// `RMS_BASE_CURRENCY`: the ISO 4217 code prices and wallets are kept in (`USD`, `EUR`, `JPY`…).
    pub base_currency: rms_core::Currency,
    /// `RMS_METRICS_TOKEN`: the bearer token `/metrics` (and the details of `/readyz`) answer to
    /// on the main address. Unset: `/metrics` is not served there.
    pub metrics_token: Option<Secret>,
    /// `RMS_METRICS_LISTEN`: an extra address (e.g. `127.0.0.1:9090`, inside the private network)
    /// serving `/metrics` and the detailed `/readyz` without a token.
    pub metrics_listen: Option<ListenAddr>,
    /// `RMS_FONT_DIRS`: comma-separated folders holding the Noto fonts invoices are set in
    /// (Debian's `fonts-noto-core` and `fonts-noto-cjk` by default).
    #[serde(deserialize_with = "list")]
    pub font_dirs: Vec<PathBuf>,
    /// `RMS_ARTIFACT_STORE`: where release artifacts are kept. Unset: `<data dir>/artifacts`;
    /// `s3://bucket/prefix`: an S3-compatible bucket shared by every node (credentials, region
    /// and endpoint from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`,
    /// `AWS_ENDPOINT`, `AWS_ALLOW_HTTP`).
    pub artifact_store: Option<String>,
    /// `RMS_ARTIFACT_MAX_BYTES`: the largest artifact an upload may be (2 GiB by default).
    pub artifact_max_bytes: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            env: Environment::Development,
            listen: ListenAddr(SocketAddr::from(([127, 0, 0, 1], 8080))),
            public_url: None,
            database_url: None,
            db_max_connections: None,
            data_dir: PathBuf::from("./data"),
            redis_url: None,
            master_key: None,
            master_key_file: None,
            trusted_proxies: Vec::new(),
            cors_origins: Vec::new(),
            smtp_url: None,
            mail_from: "RMS License Server <no-reply@localhost>".to_owned(),
            staff_two_factor_required: false,
            log: LogFilter("info,sqlx=warn".to_owned()),
            log_format: LogFormat::Pretty,
            request_timeout_secs: 30,
            body_limit_bytes: 1024 * 1024,
            shutdown_grace_secs: 30,
            worker_concurrency: 4,
            worker_poll_ms: 500,
            worker_lease_secs: 60,
            product_rate_per_key: 10,
            product_rate_per_ip: 500,
            base_currency: rms_core::Currency::USD,
            metrics_token: None,
            metrics_listen: None,
            font_dirs: rms_invoice::default_font_dirs(),
            artifact_store: None,
            artifact_max_bytes: 2 * 1024 * 1024 * 1024,
        }
    }
}

/// Names of the fields, which are also the accepted `RMS_*` variables (lower-cased, prefix off).
const FIELDS: &[&str] = &[
    "env",
    "listen",
    "public_url",
    "database_url",
    "db_max_connections",
    "data_dir",
    "redis_url",
    "master_key",
    "master_key_file",
    "trusted_proxies",
    "cors_origins",
    "smtp_url",
    "mail_from",
    "staff_two_factor_required",
    "log",
    "log_format",
    "request_timeout_secs",
    "body_limit_bytes",
    "shutdown_grace_secs",
    "worker_concurrency",
    "worker_poll_ms",
    "worker_lease_secs",
    "product_rate_per_key",
    "product_rate_per_ip",
    "base_currency",
    "metrics_token",
    "metrics_listen",
    "font_dirs",
    "artifact_store",
    "artifact_max_bytes",
];

/// Why the configuration could not be loaded; the text is meant for the operator as is.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration:\n{}", .0.join("\n"))]
pub struct ConfigError(pub Vec<String>);

impl Config {
    /// Loads defaults < `file` < the process environment.
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        Self::load_from(file, Env::prefixed("RMS_"))
    }

    fn load_from(file: Option<&Path>, env: Env) -> Result<Config, ConfigError> {
        let mut figment = Figment::new();
        if let Some(path) = file {
            if !path.is_file() {
                return Err(ConfigError(vec![format!("  the config file {} does not exist", path.display())]));
            }
            figment = figment.merge(Toml::file_exact(path));
        }
        figment = figment.merge(env.only(FIELDS));
        let config: Config = figment.extract().map_err(describe)?;
        config.check()?;
        Ok(config)
    }

    /// Cross-field rules that no single value can check. Loading runs them; `app::start` runs
    /// them again for configurations built in code.
    pub fn check(&self) -> Result<(), ConfigError> {
        let mut problems = Vec::new();
        if self.env == Environment::Production && !self.is_https() {
            // Sessions, payment return URLs and webhooks travel over this address: in production
            // it must be HTTPS, so cookies are `Secure` and HSTS is sent.
            problems.push(
                "  RMS_PUBLIC_URL: RMS_ENV=production needs the https:// address customers reach this server at"
                    .to_owned(),
            );
        }
        if self.metrics_token.as_ref().is_some_and(|t| t.expose().len() < 16) {
            problems.push("  RMS_METRICS_TOKEN: expected at least 16 characters".to_owned());
        }
        if self.master_key.is_some() && self.master_key_file.is_some() {
            problems.push("  RMS_MASTER_KEY and RMS_MASTER_KEY_FILE are both set: keep one".to_owned());
        }
        for (name, value) in [
            ("RMS_REQUEST_TIMEOUT_SECS", self.request_timeout_secs),
            ("RMS_WORKER_CONCURRENCY", self.worker_concurrency as u64),
            ("RMS_WORKER_POLL_MS", self.worker_poll_ms),
            ("RMS_WORKER_LEASE_SECS", self.worker_lease_secs),
            ("RMS_DB_MAX_CONNECTIONS", self.db_max_connections.map_or(1, u64::from)),
            ("RMS_BODY_LIMIT_BYTES", self.body_limit_bytes as u64),
            ("RMS_PRODUCT_RATE_PER_KEY", u64::from(self.product_rate_per_key)),
            ("RMS_PRODUCT_RATE_PER_IP", u64::from(self.product_rate_per_ip)),
            ("RMS_ARTIFACT_MAX_BYTES", self.artifact_max_bytes),
        ] {
            if value == 0 {
                problems.push(format!("  {name}: expected a number greater than zero, got 0"));
            }
        }
        if problems.is_empty() { Ok(()) } else { Err(ConfigError(problems)) }
    }

    /// The base of links in emails: the public URL, or else the address this process listens on
    /// (`bound`, once known), with an unspecified address (0.0.0.0) shown as loopback.
    pub fn link_base(&self, bound: Option<SocketAddr>) -> String {
        match &self.public_url {
            Some(u) => u.0.as_str().trim_end_matches('/').to_owned(),
            None => {
                let mut addr = bound.unwrap_or(self.listen.0);
                if addr.ip().is_unspecified() {
                    addr.set_ip(IpAddr::from([127, 0, 0, 1]));
                }
                format!("http://{addr}")
            }
        }
    }

    /// The database to use: the configured URL, or the embedded SQLite file in the data dir.
    pub fn database_url(&self) -> DatabaseUrl {
        self.database_url
            .clone()
            .unwrap_or_else(|| DatabaseUrl(format!("sqlite://{}", self.data_dir.join("rms.db").display())))
    }

    /// The pool this process opens: `RMS_DB_MAX_CONNECTIONS`, else its backend's default.
    pub fn db_pool_size(&self) -> u32 {
        self.db_max_connections.unwrap_or_else(|| {
            // Every `DatabaseUrl` names a backend (it was checked when parsed); the fallback is
            // never taken, and connecting would report a bad URL anyway.
            let backend = rms_store::Backend::from_url(self.database_url().expose());
            backend.map_or(10, rms_store::Backend::default_connections)
        })
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout_secs)
    }

    pub fn shutdown_grace(&self) -> Duration {
        Duration::from_secs(self.shutdown_grace_secs)
    }

    /// True when the public address is HTTPS (HSTS, `Secure` cookies).
    pub fn is_https(&self) -> bool {
        self.public_url.as_ref().is_some_and(|u| u.0.scheme() == "https")
    }

    /// The configuration as TOML, secrets redacted, for `rms config check`.
    pub fn redacted_toml(&self) -> String {
        toml_like(self)
    }
}

/// Turns figment's errors into lines naming the variable or file key an operator must fix.
fn describe(error: figment::Error) -> ConfigError {
    ConfigError(
        error
            .into_iter()
            .map(|e| {
                let key = e.path.join(".");
                let field = e.path.first().cloned().unwrap_or_default();
                let source = match e.metadata.as_ref().and_then(|md| md.source.as_ref()) {
                    Some(figment::Source::File(file)) => format!("{key} in {}", file.display()),
                    // The configuration is flat, so a field's variable is its name, upper-cased.
                    _ => format!("RMS_{}", field.to_ascii_uppercase()),
                };
                format!("  {source}: {}", e.kind)
            })
            .collect(),
    )
}

fn toml_like(config: &Config) -> String {
    let effective = Config {
        database_url: Some(config.database_url()),
        db_max_connections: Some(config.db_pool_size()),
        ..config.clone()
    };
    let value = serde_json::to_value(&effective).unwrap_or_default();
    let mut out = String::new();
    if let serde_json::Value::Object(map) = value {
        for field in FIELDS {
            let v = map.get(*field).cloned().unwrap_or_default();
            let shown = match v {
                serde_json::Value::Null => "# not set".to_owned(),
                other => other.to_string(),
            };
            out.push_str(&format!("{field} = {shown}\n"));
        }
    }
    out
}

/// Reads a comma-separated string (environment) or a list (TOML) of items that each parse from a
/// string.
fn list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany<T> {
        Csv(String),
        List(Vec<T>),
    }
    match OneOrMany::<T>::deserialize(d)? {
        OneOrMany::List(items) => Ok(items),
        OneOrMany::Csv(s) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|item| T::deserialize(serde::de::value::StrDeserializer::<D::Error>::new(item)))
            .collect(),
    }
}

/// Declares how a setting parses from its string form, with the words shown when it does not.
macro_rules! parsed_setting {
    ($ty:ident, $expected:literal, |$s:ident| $parse:expr) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let $s = String::deserialize(d)?;
                let $s = $s.trim();
                $parse.ok_or_else(|| D::Error::invalid_value(Unexpected::Str($s), &$expected))
            }
        }
    };
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    Development,
    Production,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct ListenAddr(pub SocketAddr);
parsed_setting!(ListenAddr, "a socket address such as 127.0.0.1:8080", |s| s.parse().ok().map(ListenAddr));

/// A database URL whose scheme names a supported backend. Prints without its password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);
parsed_setting!(DatabaseUrl, "a URL starting with sqlite:// or postgres://", |s| {
    rms_store::Backend::from_url(s).ok().map(|_| DatabaseUrl(s.to_owned()))
});

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> Option<Self> {
        let url = url.into();
        rms_store::Backend::from_url(&url).ok().map(|_| DatabaseUrl(url))
    }

    /// The full URL, password included: for connecting only, never for printing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A Redis URL (`redis://` or `rediss://`). Prints without its password.
#[derive(Clone, PartialEq, Eq)]
pub struct RedisUrl(String);
parsed_setting!(RedisUrl, "a URL starting with redis:// or rediss://", |s| {
    (s.starts_with("redis://") || s.starts_with("rediss://")).then(|| RedisUrl(s.to_owned()))
});

impl RedisUrl {
    pub fn new(url: impl Into<String>) -> Option<Self> {
        let url = url.into();
        (url.starts_with("redis://") || url.starts_with("rediss://")).then_some(RedisUrl(url))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => raw.to_owned(),
    }
}

macro_rules! redacted_url_display {
    ($($ty:ident),*) => {$(
        impl fmt::Debug for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&redact_url(&self.0))
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&redact_url(&self.0))
            }
        }
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&redact_url(&self.0))
            }
        }
    )*};
}
/// An SMTP URL (`smtp://` or `smtps://`). Prints without its password.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl(String);
parsed_setting!(SmtpUrl, "a URL starting with smtp:// or smtps://", |s| {
    (s.starts_with("smtp://") || s.starts_with("smtps://")).then(|| SmtpUrl(s.to_owned()))
});

impl SmtpUrl {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

redacted_url_display!(DatabaseUrl, RedisUrl, SmtpUrl);

/// The public base URL (`http://` or `https://`, no query or fragment).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PublicUrl(pub url::Url);
parsed_setting!(PublicUrl, "an http:// or https:// URL such as https://licenses.example.com", |s| {
    url::Url::parse(s)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some() && u.query().is_none())
        .map(PublicUrl)
});

/// A secret value: never printed, never serialised in clear.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str("[redacted]")
    }
}

/// One trusted proxy: an address or a network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct TrustedProxy(pub IpNet);
parsed_setting!(TrustedProxy, "an IP address or CIDR network such as 10.0.0.0/8", |s| {
    s.parse::<IpNet>().ok().or_else(|| s.parse::<IpAddr>().ok().map(IpNet::from)).map(TrustedProxy)
});

/// An exact web origin: scheme, host and optional port; nothing else. `*` and `null` are refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct CorsOrigin(pub String);
parsed_setting!(CorsOrigin, "an exact origin such as https://app.example.com (no path, no wildcard)", |s| {
    url::Url::parse(s)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .map(|u| u.origin().ascii_serialization())
        // The origin of a URL with a path or trailing slash differs from the text: refuse rather
        // than silently allow something other than what was written.
        .filter(|origin| origin == s)
        .map(CorsOrigin)
});

/// A tracing filter directive list, checked when loading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct LogFilter(pub String);
parsed_setting!(LogFilter, "a log filter such as info or warn,rms_server=debug", |s| {
    tracing_subscriber::EnvFilter::try_new(s).ok().map(|_| LogFilter(s.to_owned()))
});

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment::Jail's closures return figment::Error by design
mod tests;
