//! The job runner: claims due jobs with a lease, runs the handler registered for each job's kind,
//! records the outcome, retries with exponential backoff and jitter, and fires periodic schedules.
//!
//! A handler's panic fails that attempt only; the worker keeps running. Shutdown stops claiming,
//! lets running jobs finish within a grace period and hands back the rest for another worker.
//! Handlers must be idempotent: delivery is at-least-once (see `rms_store::queue`).

pub mod areas;
mod backoff;
mod handlers;
mod runner;
mod schedule;

pub use backoff::Backoff;
pub use handlers::{HandlerFuture, Handlers, JobContext, JobError};
pub use runner::{Worker, WorkerConfig};
pub use schedule::Schedule;

/// Built-in housekeeping jobs every deployment runs.
pub mod housekeeping;
