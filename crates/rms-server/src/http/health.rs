//! Liveness and readiness.
//!
//! `/healthz` answers as long as the process serves HTTP. `/readyz` checks what a request needs:
//! the database being down makes it 503 so a load balancer stops sending traffic. Redis (when
//! configured), the job queue's lag and the workers' last sign of life are reported too, but only
//! as warnings: without Redis a node still serves (its own rate-limit buckets take over), an API
//! node cannot fix a stuck worker, and pulling every node out of rotation for either would turn a
//! degraded service into an outage.
//!
//! The public answer says only ready or not ready. The checks, with their details, go to callers
//! holding `RMS_METRICS_TOKEN` (or on `RMS_METRICS_LISTEN`) and to the log; a dependency's raw
//! error (it can name hosts, users, schema) is only ever logged.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_store::queue::JobQueue;
use rms_store::workers;
use serde::Serialize;
use utoipa::ToSchema;

use crate::http::metrics::Operator;
use crate::state::AppState;

const CHECK_TIMEOUT: Duration = Duration::from_secs(2);
/// Redis only warns, so it must not make the probe itself slow: a Redis that stops answering
/// without refusing connections would otherwise hold every node's `/readyz` for the full
/// [`CHECK_TIMEOUT`] and fail probes with shorter timeouts (Kubernetes' default is 1 s).
const REDIS_CHECK_TIMEOUT: Duration = Duration::from_millis(500);
/// A queue whose oldest due job waited longer than this is reported as lagging.
const LAG_WARNING: Duration = Duration::from_secs(60);
/// A worker not heard from for longer than this is reported as missing.
const WORKER_SILENCE: Duration = Duration::from_secs(60);

#[derive(Serialize, ToSchema)]
pub struct Liveness {
    /// Always `ok`.
    status: &'static str,
    version: &'static str,
}

/// `GET /healthz`: the process is alive.
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, body = Liveness)))]
pub async fn healthz() -> Json<Liveness> {
    Json(Liveness { status: "ok", version: env!("CARGO_PKG_VERSION") })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CheckStatus {
    Ok,
    /// Working, but worth a look (queue lag, no worker seen).
    Warn,
    /// Not working: the node is not ready.
    Down,
}

#[derive(Serialize, ToSchema)]
pub struct Check {
    status: CheckStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    latency_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Readiness {
    /// `down` when a check the node cannot serve without is down (the database), else `ok`;
    /// Redis, the queue and the worker only ever warn.
    status: CheckStatus,
    /// `database`, `redis` (when configured), `queue`, `worker`: only for operators (the metrics
    /// token, or the metrics address).
    #[serde(skip_serializing_if = "Option::is_none")]
    checks: Option<BTreeMap<&'static str, Check>>,
}

/// Runs one check within [`CHECK_TIMEOUT`]. A failure is logged with its raw error and reported
/// as `what` only.
async fn timed<T, E: std::fmt::Display>(
    name: &'static str,
    f: impl std::future::Future<Output = Result<T, E>>,
) -> (Result<T, String>, u64) {
    timed_within(name, CHECK_TIMEOUT, f).await
}

async fn timed_within<T, E: std::fmt::Display>(
    name: &'static str,
    limit: Duration,
    f: impl std::future::Future<Output = Result<T, E>>,
) -> (Result<T, String>, u64) {
    let started = Instant::now();
    let r = match tokio::time::timeout(limit, f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => {
            tracing::warn!(check = name, error = %e, "readiness check failed");
            Err("unreachable or failing; see the server log".to_owned())
        }
        Err(_) => {
            tracing::warn!(check = name, "readiness check timed out");
            Err(format!("no answer within {} ms", limit.as_millis()))
        }
    };
    (r, started.elapsed().as_millis() as u64)
}

fn check(status: CheckStatus, latency_ms: Option<u64>, detail: Option<String>) -> Check {
    Check { status, latency_ms, detail }
}

/// `GET /readyz`: whether this node can serve requests now; the checks for operators.
#[utoipa::path(get, path = "/readyz", tag = "operations", responses(
    (status = 200, description = "Ready (`checks` only with the metrics token)", body = Readiness),
    (status = 503, description = "The database is down (Redis down only warns)", body = Readiness)))]
pub async fn readyz(State(state): State<AppState>, Operator(operator): Operator) -> Response {
    let checks = checks(&state).await;
    let down = checks.values().any(|c| c.status == CheckStatus::Down);
    let body = Readiness {
        status: if down { CheckStatus::Down } else { CheckStatus::Ok },
        checks: operator.then_some(checks),
    };
    let status = if down { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::OK };
    (status, Json(body)).into_response()
}

impl Check {
    /// `ok`, `warn` or `down`, and what the check saw (the admin's monitoring page shows them).
    pub fn describe(&self) -> (&'static str, String) {
        let status = match self.status {
            CheckStatus::Ok => "ok",
            CheckStatus::Warn => "warn",
            CheckStatus::Down => "down",
        };
        let mut seen = self.detail.clone().unwrap_or_default();
        if let Some(ms) = self.latency_ms {
            seen = if seen.is_empty() { format!("{ms} ms") } else { format!("{seen} ({ms} ms)") };
        }
        (status, seen)
    }
}

/// Every dependency's check, as `/readyz` reports them to operators.
pub async fn checks(state: &AppState) -> BTreeMap<&'static str, Check> {
    let mut checks = BTreeMap::new();

    // Side by side: the probe takes as long as the slowest check, not their sum.
    let redis_check = async {
        match &state.redis {
            Some(client) => Some(
                timed_within("redis", REDIS_CHECK_TIMEOUT, async {
                    let mut conn = client.get_multiplexed_async_connection().await?;
                    redis::cmd("PING").query_async::<String>(&mut conn).await
                })
                .await,
            ),
            None => None,
        }
    };
    let ((db, ms), redis_pong) = tokio::join!(timed("database", state.db.ping()), redis_check);
    let db_up = db.is_ok();
    checks.insert(
        "database",
        match db {
            Ok(()) => check(CheckStatus::Ok, Some(ms), Some(state.db.backend().name().to_owned())),
            Err(e) => check(CheckStatus::Down, Some(ms), Some(e)),
        },
    );

    if let Some((pong, ms)) = redis_pong {
        checks.insert(
            "redis",
            match pong {
                Ok(_) => check(CheckStatus::Ok, Some(ms), None),
                // The node still serves without Redis (rate limits fall back to this node's own
                // buckets, pushes reach only its own streams), so it stays in the balancer's
                // rotation: a Redis outage must not take every node out at once.
                Err(e) => check(
                    CheckStatus::Warn,
                    Some(ms),
                    Some(format!("{e}; rate limits are counted per node until it is back")),
                ),
            },
        );
    }

    if db_up {
        let now = state.clock.now();
        let (oldest, _) = timed("queue", JobQueue::new(state.db.clone()).oldest_due(now)).await;
        checks.insert(
            "queue",
            match oldest {
                Ok(None) => check(CheckStatus::Ok, None, Some("no job waiting".to_owned())),
                Ok(Some(due)) => {
                    let lag = now.since(due);
                    let status = if lag > LAG_WARNING { CheckStatus::Warn } else { CheckStatus::Ok };
                    check(status, None, Some(format!("oldest due job waiting {} s", lag.as_secs())))
                }
                Err(e) => check(CheckStatus::Warn, None, Some(e)),
            },
        );
        let (seen, _) = timed("worker", workers::last_seen(&state.db)).await;
        checks.insert(
            "worker",
            match seen {
                Ok(Some(at)) if now.since(at) <= WORKER_SILENCE => {
                    check(CheckStatus::Ok, None, Some(format!("last seen {} s ago", now.since(at).as_secs())))
                }
                Ok(Some(at)) => {
                    check(CheckStatus::Warn, None, Some(format!("last seen {} s ago", now.since(at).as_secs())))
                }
                Ok(None) => check(CheckStatus::Warn, None, Some("no running worker has been seen".to_owned())),
                Err(e) => check(CheckStatus::Warn, None, Some(e)),
            },
        );
    }

    checks
}
