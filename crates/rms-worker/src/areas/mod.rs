//! The product's jobs, registered by area. Each area names the use cases its handlers call and
//! the schedules it needs; `rms serve` and `rms worker` register all of them the same way.

pub mod accounts;
pub mod billing;
pub mod licensing;
pub mod notifications;
pub mod releases;

use std::future::Future;

use rms_app::jobs::Job;
use rms_app::{AppError, Services};

use crate::{Handlers, JobError, Schedule};

/// Registers every area's handlers.
pub fn register(handlers: &mut Handlers, services: &Services) {
    accounts::register(handlers, services);
    licensing::register(handlers, services);
    billing::register(handlers, services);
    releases::register(handlers, services);
    notifications::register(handlers, services);
}

/// Every area's schedules.
pub fn schedules() -> Vec<Schedule> {
    licensing::schedules()
        .into_iter()
        .chain(billing::schedules())
        .chain(releases::schedules())
        .chain(notifications::schedules())
        .collect()
}

/// Registers jobs `J` to run `use_case` on (a clone of) `service`. Whatever error the use case
/// reports is worth retrying (a server was down, a row was locked); handlers that know better
/// register with [`Handlers::on`] and decide themselves.
fn run<J, S, F, Fut, T>(handlers: &mut Handlers, service: &S, use_case: F)
where
    J: Job,
    S: Clone + Send + Sync + 'static,
    F: Fn(S, J) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
{
    let service = service.clone();
    handlers.on(move |job: J, _| {
        let called = use_case(service.clone(), job);
        async move { called.await.map(drop).map_err(JobError::retry) }
    });
}

#[cfg(test)]
mod tests {
    /// A schedule's name keys its row in the database: a renamed schedule would tick again
    /// beside the old row's last tick, so the names stay what they were.
    #[test]
    fn schedules_keep_the_names_already_stored() {
        let mut names: Vec<String> = super::schedules().into_iter().map(|s| s.name).collect();
        names.sort();
        assert_eq!(
            names,
            [
                "analytics.roll_up",
                "billing.auto_renew",
                "billing.expire_payments",
                "billing.prune_idempotency_keys",
                "billing.reconcile",
                "billing.release_commissions",
                "jobs.alert_dead",
                "licensing.cull_dead",
                "licensing.expire",
                "releases.collect_artifacts",
                "telegram.poll",
            ]
        );
    }
}
