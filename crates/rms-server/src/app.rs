//! Process wiring: opens the database, runs migrations, starts the HTTP server and/or the worker,
//! and stops them gracefully.

use std::future::IntoFuture;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use axum::Router;
use rms_app::{Ports, Services, Settings};
use rms_core::{Clock, SystemClock};
use rms_crypto::MasterKeyRing;
use rms_notify::LettreMailer;
use rms_store::{Db, DbOptions};
use rms_worker::{Backoff, Handlers, Worker, WorkerConfig, areas, housekeeping};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tracing::{info, warn};

use crate::config::Config;
use crate::http;
use crate::http::proxy::TrustedProxies;
use crate::master_key::{KeySource, MasterKey};
use crate::state::{AppState, Inner};

/// What this process runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The HTTP server, with or without the job worker in the same process.
    Serve { with_worker: bool },
    /// Only the job worker.
    Worker,
}

/// Knobs tests turn; production uses the defaults.
#[derive(Default)]
pub struct Options {
    pub clock: Option<Arc<dyn Clock>>,
    /// Extra routes mounted behind the full middleware stack.
    pub extra_routes: Option<Router<AppState>>,
    /// Extra job handlers registered next to the built-in ones.
    pub extra_handlers: Option<Handlers>,
}

/// A started process. [`Running::shutdown`] stops it gracefully.
pub struct Running {
    addr: Option<SocketAddr>,
    setup_link: Option<String>,
    state: AppState,
    stop: watch::Sender<bool>,
    tasks: Vec<(&'static str, JoinHandle<anyhow::Result<()>>)>,
    /// Held while the process runs on a SQLite file, so that `rms restore` refuses to replace a
    /// database in use (see [`crate::backup_cli::in_use_lock`]).
    _in_use: Option<std::fs::File>,
}

impl Running {
    /// Where the HTTP server listens, when this process serves HTTP.
    pub fn addr(&self) -> Option<SocketAddr> {
        self.addr
    }

    /// The one-time link printed at start when no administrator exists yet.
    pub fn setup_link(&self) -> Option<&str> {
        self.setup_link.as_deref()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Stops accepting work, lets in-flight requests and jobs finish within the grace period, then
    /// returns. Requests still running after it are cut; jobs are handed back to the queue.
    pub async fn shutdown(self) -> anyhow::Result<()> {
        let _ = self.stop.send(true);
        self.wait().await
    }

    /// Waits until every part has stopped (after a shutdown, or because one failed).
    pub async fn wait(self) -> anyhow::Result<()> {
        let mut first_error = None;
        for (name, task) in self.tasks {
            match task.await {
                Ok(Ok(())) => info!("{name} stopped"),
                Ok(Err(e)) => {
                    tracing::error!(error = %e, "{name} failed");
                    first_error.get_or_insert(e);
                }
                Err(e) => {
                    first_error.get_or_insert(anyhow::anyhow!("{name} panicked: {e}"));
                }
            }
        }
        self.state.db.close().await;
        first_error.map_or(Ok(()), Err)
    }

    /// Resolves once a part stopped on its own (for the binary: a crashed server ends the process).
    pub fn stop_signal(&self) -> watch::Receiver<bool> {
        self.stop.subscribe()
    }
}

/// Opens the database and applies migrations.
pub async fn open_database(config: &Config) -> anyhow::Result<Db> {
    let url = config.database_url();
    let opts = DbOptions { max_connections: config.db_pool_size(), ..DbOptions::default() };
    let db = Db::connect(url.expose(), &opts).await.with_context(|| format!("cannot open the database {url}"))?;
    db.migrate().await.context("cannot apply database migrations")?;
    Ok(db)
}

fn worker_config(config: &Config) -> WorkerConfig {
    WorkerConfig {
        concurrency: config.worker_concurrency,
        poll_interval: Duration::from_millis(config.worker_poll_ms),
        lease: Duration::from_secs(config.worker_lease_secs),
        rescue_interval: Duration::from_secs(config.worker_lease_secs.div_ceil(4).max(1)),
        presence_interval: Duration::from_secs(10),
        backoff: Backoff::default(),
        shutdown_grace: config.shutdown_grace(),
    }
}

/// How often the embedded database's write-ahead log is checkpointed.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(2);

/// How often coalesced heartbeats and validation counters are written.
const FLUSH_EVERY: Duration = Duration::from_secs(1);

/// Starts what `mode` says and returns at once; the parts run on background tasks.
pub async fn start(config: Config, mode: Mode, options: Options) -> anyhow::Result<Running> {
    config.check()?;
    let (master_key, source) = MasterKey::load(&config)?;
    match &source {
        KeySource::Generated(path) => warn!(
            path = %path.display(),
            "generated a new master key; it encrypts secrets at rest: back it up with the database, losing it loses them"
        ),
        KeySource::File(path) => info!(path = %path.display(), "master key loaded from file"),
        KeySource::Environment => info!("master key loaded from RMS_MASTER_KEY"),
    }
    let db = open_database(&config).await?;
    let in_use = crate::backup_cli::hold_in_use(&config)?;
    let redis = match &config.redis_url {
        Some(url) => Some(redis::Client::open(url.expose()).with_context(|| format!("invalid RMS_REDIS_URL {url}"))?),
        None => None,
    };
    let clock = options.clock.unwrap_or_else(|| Arc::new(SystemClock));
    let mailer = match &config.smtp_url {
        Some(url) => LettreMailer::smtp(url.expose(), &config.mail_from),
        None => LettreMailer::spool(config.data_dir.join("mail"), &config.mail_from),
    }
    .context("cannot set up email (RMS_SMTP_URL, RMS_MAIL_FROM)")?;
    info!(to = %mailer.describe(), "email delivery");
    let mailer = Arc::new(mailer);
    // Bind before anything needs the address links in emails point to.
    let listener = match mode {
        Mode::Serve { .. } => Some(
            tokio::net::TcpListener::bind(config.listen.0)
                .await
                .with_context(|| format!("cannot listen on {} (RMS_LISTEN)", config.listen.0))?,
        ),
        Mode::Worker => None,
    };
    let link_base = config.link_base(listener.as_ref().and_then(|l| l.local_addr().ok()));
    if config.public_url.is_none() {
        warn!("RMS_PUBLIC_URL is not set: links in emails point to {link_base}");
    }
    let ports = Ports {
        db: db.clone(),
        clock: clock.clone(),
        master_keys: MasterKeyRing::new(master_key.bytes(), &[]),
        mailer: mailer.clone(),
        // One notifier per channel (the app's own is added by the services); Telegram joins here.
        notifiers: vec![mailer],
        bot_api: Arc::new(rms_notify::HttpBotApi::default()),
        broadcast: match &redis {
            Some(client) => Arc::new(rms_notify::RedisBroadcast::start(client.clone())),
            None => Arc::new(rms_app::notifications::LocalBroadcast::default()),
        },
        invoices: Arc::new(rms_invoice::LazyRenderer::new(config.font_dirs.clone())),
        // Admin-set rates (gateways quote their own at payment time).
        rates: None,
        artifacts: rms_artifacts::ArtifactStore::open(
            config.artifact_store.as_deref(),
            &config.data_dir,
            config.artifact_max_bytes,
        )
        .context("cannot open the artifact store (RMS_ARTIFACT_STORE, RMS_DATA_DIR)")?,
    };
    let settings = Settings {
        base_currency: config.base_currency,
        // The sandbox gateway pays on a local page: for the embedded default and tests, never in production.
        sandbox_gateway: config.env != crate::config::Environment::Production,
        staff_two_factor_required: config.staff_two_factor_required,
        request_timeout: config.request_timeout(),
        link_base: link_base.clone(),
        production: config.env == crate::config::Environment::Production,
    };
    let services = Services::build(ports, settings).await.context("cannot load the token signing keys")?;
    let runs_worker = matches!(mode, Mode::Worker | Mode::Serve { with_worker: true });
    let limits = crate::http::ratelimit::RateLimiter::new(
        redis.clone(),
        crate::http::ratelimit::ProductRates {
            per_key: config.product_rate_per_key,
            per_ip: config.product_rate_per_ip,
        },
    );
    let (stop, stopped) = watch::channel(false);
    let state = AppState::new(Inner {
        stopping: stopped.clone(),
        services,
        limits,
        trusted_proxies: TrustedProxies::new(config.trusted_proxies.iter().map(|p| p.0)),
        metrics: http::metrics::recorder(),
        config,
        db: db.clone(),
        clock: clock.clone(),
        redis,
        master_key,
        runs_worker,
        started: Instant::now(),
    });
    let mut tasks = Vec::new();
    let mut addr = None;
    let mut setup_link = None;

    if let Some(listener) = listener {
        let bound = listener.local_addr()?;
        addr = Some(bound);
        let app = http::router(state.clone(), options.extra_routes);
        let accounts = state.services.accounts.clone();
        let mut until_stopped = stopped.clone();
        tokio::spawn(async move {
            // Picks up signing keys rotated by `rms keys rotate` (on any node) well before they sign.
            loop {
                tokio::select! {
                    _ = tokio::time::sleep(rms_app::session_keys::RELOAD_EVERY) => {}
                    _ = until_stopped.wait_for(|s| *s) => break,
                }
                if let Err(e) = accounts.reload_keys().await {
                    warn!(error = %e, "could not reload the token signing keys");
                }
            }
        });
        let limits = state.limits.clone();
        let mut until_stopped = stopped.clone();
        tokio::spawn(async move {
            // Full buckets carry no information; dropping them keeps the in-process store small.
            loop {
                tokio::select! {
                    _ = tokio::time::sleep(Duration::from_secs(60)) => limits.shrink(),
                    _ = until_stopped.wait_for(|s| *s) => break,
                }
            }
        });
        let grace = state.config.shutdown_grace();
        let flusher = state.services.licensing.clone();
        let mut until_stopped = stopped.clone();
        tokio::spawn(async move {
            // Coalesced validation counters and heartbeats reach the database about once a second.
            loop {
                tokio::select! {
                    _ = tokio::time::sleep(FLUSH_EVERY) => {}
                    _ = until_stopped.wait_for(|s| *s) => break,
                }
                let started = std::time::Instant::now();
                if let Err(e) = flusher.flush().await {
                    warn!(error = %e, "could not write coalesced heartbeats and counters; will retry");
                }
                metrics::histogram!(http::metrics::FLUSH_SECONDS).record(started.elapsed().as_secs_f64());
            }
        });
        let mut signal = stopped.clone();
        let mut deadline = stopped.clone();
        let listener = http::wire::ProblemListener(listener);
        let server = axum::serve(listener, app.into_make_service_with_connect_info::<http::wire::PeerAddr>())
            .with_graceful_shutdown(async move {
                let _ = signal.wait_for(|s| *s).await;
            });
        let last_flush = state.services.licensing.clone();
        tasks.push((
            "HTTP server",
            tokio::spawn(async move {
                let served = tokio::select! {
                    served = server.into_future() => served.context("HTTP server failed"),
                    _ = async {
                        let _ = deadline.wait_for(|s| *s).await;
                        tokio::time::sleep(grace).await;
                    } => {
                        warn!(grace_secs = grace.as_secs(), "requests still running at the end of the grace period were cut off");
                        Ok(())
                    }
                };
                // No request runs any more: write what they counted, so a restart loses nothing.
                if let Err(e) = last_flush.flush_all().await {
                    warn!(error = %e, "could not write the last coalesced heartbeats and counters");
                }
                served
            }),
        ));
        setup_link = state.services.admin.first_run_link(&link_base).await.context("cannot prepare the setup link")?;
        if let Some(link) = &setup_link {
            warn!(
                "No administrator exists yet. Open {link} within an hour to create the first one, or run `rms admin create --email …`."
            );
        }
        info!(
            "RMS License Server listening on http://{bound} (database: {}, worker: {})",
            state.db.backend().name(),
            if runs_worker { "in this process" } else { "separate" }
        );
    }

    if let Some(listen) = state.config.metrics_listen {
        let listener = tokio::net::TcpListener::bind(listen.0)
            .await
            .with_context(|| format!("cannot listen on {} (RMS_METRICS_LISTEN)", listen.0))?;
        info!("metrics and readiness for operators on http://{}", listener.local_addr()?);
        let internal = http::internal_router(state.clone());
        let mut signal = stopped.clone();
        tokio::spawn(async move {
            let served = axum::serve(listener, internal).with_graceful_shutdown(async move {
                let _ = signal.wait_for(|s| *s).await;
            });
            if let Err(e) = served.await {
                warn!(error = %e, "the metrics address stopped serving");
            }
        });
    }
    if addr.is_some() || state.config.metrics_listen.is_some() {
        let gauges = state.clone();
        let mut until_stopped = stopped.clone();
        tokio::spawn(async move {
            // Job counts for /metrics, read on a timer so that scrapes never touch the database.
            loop {
                if let Err(e) = http::metrics::refresh_job_gauges(&gauges).await {
                    warn!(error = %e, "could not read the job counts for /metrics");
                }
                tokio::select! {
                    _ = tokio::time::sleep(http::metrics::JOB_GAUGES_EVERY) => {}
                    _ = until_stopped.wait_for(|s| *s) => break,
                }
            }
        });
    }

    if state.db.backend() == rms_store::Backend::Sqlite {
        let db = state.db.clone();
        let mut until_stopped = stopped.clone();
        tokio::spawn(async move {
            // The embedded database's write-ahead log is folded back in the background, so no
            // request's commit pays for it.
            loop {
                tokio::select! {
                    _ = tokio::time::sleep(CHECKPOINT_EVERY) => {}
                    _ = until_stopped.wait_for(|s| *s) => break,
                }
                if let Err(e) = db.checkpoint().await {
                    warn!(error = %e, "could not checkpoint the SQLite write-ahead log; will retry");
                }
            }
        });
    }

    if runs_worker {
        let mut handlers = options.extra_handlers.unwrap_or_default();
        housekeeping::register(&mut handlers, db.clone(), clock.clone(), housekeeping::Retention::default());
        areas::register(&mut handlers, &state.services);
        let worker = Worker::new(db, clock, handlers, worker_config(&state.config))
            .with_schedules(housekeeping::schedules().into_iter().chain(areas::schedules()));
        let signal = stopped.clone();
        tasks.push(("job worker", tokio::spawn(async move { worker.run(signal).await.context("job worker failed") })));
    }

    Ok(Running { addr, setup_link, state, stop, tasks, _in_use: in_use })
}
