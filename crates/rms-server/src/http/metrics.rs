//! Prometheus metrics: request counts and latency by route and status, job counts by state.
//!
//! Who may read them: on the main address only a caller presenting `RMS_METRICS_TOKEN` as a
//! bearer token; on `RMS_METRICS_LISTEN` (a private address) anyone who can reach it. A scrape
//! reads no table: job counts are refreshed in the background (see [`refresh_job_gauges`]), so
//! scraping as often as one likes costs the database nothing.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use rms_store::queue::JobQueue;

use crate::http::problem::Problem;
use crate::http::problem_code::ProblemCode;
use crate::state::AppState;

const REQUEST_SECONDS: &str = "rms_http_request_duration_seconds";
const REQUESTS: &str = "rms_http_requests_total";
/// How long each pass of the coalesced writer took (heartbeats not yet written, and every ten
/// seconds the validation tallies and analytics counts).
pub const FLUSH_SECONDS: &str = "rms_coalesced_flush_seconds";

/// Buckets for the database's own timings, finer at the short end than a request's.
const DB_BUCKETS: &[f64] = &[0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// The process-wide recorder. Installed once: several apps in one process (tests) share it.
pub fn recorder() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full(REQUEST_SECONDS.to_owned()),
                    &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0],
                )
                .and_then(|b| {
                    b.set_buckets_for_metric(
                        Matcher::Full("rms_job_duration_seconds".to_owned()),
                        &[0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 15.0, 60.0, 300.0],
                    )
                })
                .and_then(|b| {
                    b.set_buckets_for_metric(Matcher::Full(rms_store::WRITE_WAIT_SECONDS.to_owned()), DB_BUCKETS)
                })
                .and_then(|b| {
                    b.set_buckets_for_metric(Matcher::Full(rms_store::WRITE_HOLD_SECONDS.to_owned()), DB_BUCKETS)
                })
                .and_then(|b| b.set_buckets_for_metric(Matcher::Full(FLUSH_SECONDS.to_owned()), DB_BUCKETS));
            let recorder = match builder {
                Ok(b) => b.build_recorder(),
                Err(_) => PrometheusBuilder::new().build_recorder(),
            };
            let handle = recorder.handle();
            // Fails only if another recorder was installed first; the handle then renders ours,
            // which stays empty, and the problem shows in /metrics rather than as a crash.
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::warn!("a metrics recorder was already installed");
            }
            describe();
            handle
        })
        .clone()
}

/// The `# HELP` line of every series this process may export (`rms_rate_limited_total` counts per
/// class; docs/operations.md says what to watch).
fn describe() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(REQUESTS, "HTTP requests answered, by route pattern, method and status");
    describe_histogram!(
        REQUEST_SECONDS,
        Unit::Seconds,
        "Time to answer an HTTP request, by route pattern, method and status"
    );
    describe_histogram!(
        FLUSH_SECONDS,
        Unit::Seconds,
        "One pass of the coalesced writer: unwritten heartbeats, and every ten seconds validation tallies and analytics counts"
    );
    describe_histogram!(
        rms_store::WRITE_WAIT_SECONDS,
        Unit::Seconds,
        "Embedded SQLite: how long a writer waited for this process's writer turn"
    );
    describe_histogram!(
        rms_store::WRITE_HOLD_SECONDS,
        Unit::Seconds,
        "Embedded SQLite: how long a writer held this process's writer turn"
    );
    describe_counter!("rms_rate_limited_total", "Requests refused by a rate limit on this node, by class");
    describe_counter!(
        crate::http::ratelimit::FALLBACKS,
        "Rate-limit checks this node counted in its own buckets because the configured Redis did not answer"
    );
    // Exported from the start, so a dashboard or an `absent()` alert sees 0, not nothing.
    metrics::counter!(crate::http::ratelimit::FALLBACKS).absolute(0);
    describe_gauge!("rms_jobs", "Jobs in the queue by state, read every 15 seconds");
    describe_gauge!("rms_uptime_seconds", Unit::Seconds, "Seconds since this process started");
    describe_counter!("rms_jobs_finished_total", "Jobs this worker finished, by kind and outcome");
    describe_histogram!("rms_job_duration_seconds", Unit::Seconds, "Time a job ran, by kind");
}

/// The method as a label: one of the methods the server answers, else `other`. Any token is a
/// valid HTTP method, so labelling the raw one let strangers mint new series at will.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Records one request. Every label comes from a closed set: routes by their pattern
/// (`/api/v1/licenses/{id}`, never the raw path; unmatched paths share one label), methods by
/// [`method_label`], statuses by the code the server chose.
pub async fn track(req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map_or("unmatched", |p| p.as_str()).to_owned();
    let method = method_label(req.method());
    let started = Instant::now();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    let labels = [("route", route), ("method", method.to_owned()), ("status", status)];
    metrics::counter!(REQUESTS, &labels).increment(1);
    metrics::histogram!(REQUEST_SECONDS, &labels).record(started.elapsed().as_secs_f64());
    res
}

/// Marks requests that arrived on `RMS_METRICS_LISTEN`, the operators' private address.
#[derive(Clone, Copy, Debug)]
pub struct InternalListener;

/// Whether the caller may see operational detail: it came in on the private metrics address, or
/// it presented `RMS_METRICS_TOKEN` as a bearer token (compared in constant time).
pub struct Operator(pub bool);

impl FromRequestParts<AppState> for Operator {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if parts.extensions.get::<InternalListener>().is_some() {
            return Ok(Operator(true));
        }
        let presented = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        let ok = match (&state.config.metrics_token, presented) {
            (Some(token), Some(presented)) => {
                rms_crypto::token::constant_time_eq(token.expose().as_bytes(), presented.as_bytes())
            }
            _ => false,
        };
        Ok(Operator(ok))
    }
}

/// How often the job gauges are read from the database (whatever the scrape rate).
pub const JOB_GAUGES_EVERY: std::time::Duration = std::time::Duration::from_secs(15);

/// Reads the job counts by state into their gauges. Called on a timer, never by a scrape.
pub async fn refresh_job_gauges(state: &AppState) -> Result<(), rms_store::StoreError> {
    for (job_state, n) in JobQueue::new(state.db.clone()).counts().await? {
        metrics::gauge!("rms_jobs", "state" => job_state.as_str()).set(n as f64);
    }
    Ok(())
}

/// `GET /metrics`: the Prometheus text exposition. Needs `RMS_METRICS_TOKEN` as a bearer token
/// (or the private `RMS_METRICS_LISTEN` address); reads no table.
#[utoipa::path(get, path = "/metrics", tag = "operations", security(("metrics_token" = [])),
    responses(
        (status = 200, description = "Prometheus text format", content_type = "text/plain"),
        (status = 401, description = "No or wrong metrics token", body = crate::http::problem::ProblemBody,
            content_type = "application/problem+json")))]
pub async fn scrape(State(state): State<AppState>, Operator(operator): Operator) -> Response {
    if !operator {
        return Problem::new(StatusCode::UNAUTHORIZED, ProblemCode::Unauthenticated).into_response();
    }
    metrics::gauge!("rms_uptime_seconds").set(state.started.elapsed().as_secs_f64());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], state.metrics.render()).into_response()
}
