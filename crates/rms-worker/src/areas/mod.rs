//! The product's jobs, registered by area. Each area names the use cases its handlers call and
//! the schedules it needs; `rms serve` and `rms worker` register all of them the same way.

pub mod accounts;
pub mod billing;
pub mod licensing;

use std::future::Future;

use rms_app::AppError;

use crate::JobError;

/// Runs a use case for a job: any error it reports is worth retrying (a server was down, a
/// row was locked); handlers that know better decide themselves.
async fn retrying<T>(call: impl Future<Output = Result<T, AppError>>) -> Result<T, JobError> {
    call.await.map_err(JobError::retry)
}
