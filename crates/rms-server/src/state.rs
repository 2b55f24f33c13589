//! What every request handler can reach. Cheap to clone (one `Arc`).

use std::sync::Arc;
use std::time::Instant;

use metrics_exporter_prometheus::PrometheusHandle;
use rms_core::Clock;
use rms_store::Db;

use crate::config::Config;
use crate::http::proxy::TrustedProxies;
use crate::master_key::MasterKey;

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    /// The use cases handlers call, built once (`rms_app::Services::build`).
    pub services: rms_app::Services,
    pub limits: Arc<crate::http::ratelimit::RateLimiter>,
    pub config: Config,
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub redis: Option<redis::Client>,
    pub metrics: PrometheusHandle,
    pub master_key: MasterKey,
    pub trusted_proxies: TrustedProxies,
    /// Whether this process also runs the job worker (readiness reports it either way).
    pub runs_worker: bool,
    pub started: Instant,
    /// Turns true when the process begins to stop: live streams end then, so the graceful
    /// shutdown is not held by clients that never hang up.
    pub stopping: tokio::sync::watch::Receiver<bool>,
}

impl AppState {
    pub fn new(inner: Inner) -> Self {
        Self(Arc::new(inner))
    }
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}
