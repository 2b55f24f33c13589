//! Housekeeping every deployment runs: pruning finished jobs and forgotten workers.

use std::sync::Arc;
use std::time::Duration;

use rms_core::Clock;
use rms_store::queue::{JobQueue, JobState};
use rms_store::{Db, workers};

use crate::{Handlers, JobError, Schedule};

pub const PRUNE_KIND: &str = "housekeeping.prune";

/// How long finished jobs are kept for inspection.
#[derive(Clone, Copy, Debug)]
pub struct Retention {
    pub done: Duration,
    pub dead: Duration,
    pub workers: Duration,
}

impl Default for Retention {
    fn default() -> Self {
        const DAY: u64 = 86_400;
        Self {
            done: Duration::from_secs(7 * DAY),
            dead: Duration::from_secs(30 * DAY),
            workers: Duration::from_secs(7 * DAY),
        }
    }
}

/// Registers the housekeeping handlers.
pub fn register(handlers: &mut Handlers, db: Db, clock: Arc<dyn Clock>, retention: Retention) {
    handlers.register(PRUNE_KIND, move |_ctx| {
        let (db, clock) = (db.clone(), clock.clone());
        async move {
            let queue = JobQueue::new(db.clone());
            let now = clock.now();
            let done = queue.prune(JobState::Done, now.minus(retention.done)).await.map_err(JobError::retry)?;
            let dead = queue.prune(JobState::Dead, now.minus(retention.dead)).await.map_err(JobError::retry)?;
            let gone = workers::prune(&db, now.minus(retention.workers)).await.map_err(JobError::retry)?;
            tracing::info!(done, dead, workers = gone, "pruned finished jobs and forgotten workers");
            Ok(())
        }
    });
}

/// The housekeeping schedules: pruning daily at 03:17 UTC (off the hour, away from other cron).
pub fn schedules() -> Vec<Schedule> {
    vec![
        Schedule::every("housekeeping.prune", Duration::from_secs(86_400), PRUNE_KIND)
            .offset(Duration::from_secs(3 * 3600 + 17 * 60)),
    ]
}
