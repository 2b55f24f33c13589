//! Licensing jobs: culling dead activations, expiry transitions, and the owner emails (clone
//! warning, sub-license invitation).

use std::time::Duration;

use rms_app::Services;
use rms_app::jobs::{CloneSuspected, CullDeadActivations, ExpireLicenses, LicenseInvite, SubLicenseInvite};
use tracing::info;

use super::run;
use crate::{Handlers, Schedule};

pub fn register(handlers: &mut Handlers, services: &Services) {
    let (licensing, mailings) = (&services.licensing, &services.mailings);
    run(handlers, licensing, |l, _: CullDeadActivations| async move {
        let culled = l.cull_dead().await?;
        if culled > 0 {
            info!(culled, "freed the seats of activations whose heartbeats stopped");
        }
        Ok(())
    });
    run(handlers, licensing, |l, _: ExpireLicenses| async move {
        let (expired, warned) = l.expire().await?;
        if expired + warned > 0 {
            info!(expired, warned, "license expiry transitions");
        }
        Ok(())
    });
    run(handlers, mailings, |m, job: SubLicenseInvite| async move { m.sub_license_invite(job).await });
    run(handlers, mailings, |m, job: LicenseInvite| async move { m.license_invite(job).await });
    // The clone warning is a notification now; this drains jobs an older version queued.
    run(handlers, mailings, |m, job: CloneSuspected| async move { m.clone_suspected(job).await });
}

pub fn schedules() -> Vec<Schedule> {
    vec![
        Schedule::of::<CullDeadActivations>(Duration::from_secs(60)),
        Schedule::of::<ExpireLicenses>(Duration::from_secs(3600)).offset(Duration::from_secs(5 * 60)),
    ]
}
