//! Release jobs: recording who is to hear about a newly published release, signing stored files
//! with a new feed key, and deleting stored files no release names.

use rms_app::Services;
use std::time::Duration;

use rms_app::jobs::{AnnounceRelease, CollectArtifacts, SignArtifacts};
use tracing::info;

use super::run;
use crate::{Handlers, Schedule};

pub fn register(handlers: &mut Handlers, services: &Services) {
    run(handlers, &services.releases, |r, job: AnnounceRelease| async move {
        let recorded = r.announce(job).await?;
        info!(release = %job.release_id, recorded, "release announced to its entitled owners");
        Ok(())
    });
    run(handlers, &services.releases, |r, job: SignArtifacts| async move {
        let signed = r.sign_artifacts(job).await?;
        info!(product = %job.product_id, key = %job.key_id, signed, "stored files signed with a new feed key");
        Ok(())
    });
    run(handlers, &services.releases, |r, _: CollectArtifacts| async move {
        let deleted = r.collect_artifacts().await?;
        if deleted > 0 {
            info!(deleted, "deleted stored files no release names");
        }
        Ok(())
    });
}

pub fn schedules() -> Vec<Schedule> {
    vec![Schedule::of::<CollectArtifacts>(Duration::from_secs(24 * 3600)).offset(Duration::from_secs(4 * 3600))]
}
