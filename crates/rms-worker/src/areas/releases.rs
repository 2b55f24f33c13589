//! Release jobs: recording who is to hear about a newly published release.

use rms_app::Services;
use rms_app::jobs::AnnounceRelease;
use tracing::info;

use super::run;
use crate::Handlers;

pub fn register(handlers: &mut Handlers, services: &Services) {
    run(handlers, &services.releases, |r, job: AnnounceRelease| async move {
        let recorded = r.announce(job).await?;
        info!(release = %job.release_id, recorded, "release announced to its entitled owners");
        Ok(())
    });
}
