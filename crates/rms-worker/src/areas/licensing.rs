//! Licensing jobs: culling dead activations, expiry transitions, and the owner emails (clone
//! warning, sub-license invitation).

use std::time::Duration;

use rms_app::jobs::{CloneSuspected, CullDeadActivations, ExpireLicenses, SubLicenseInvite};
use rms_app::licensing::Licensing;
use rms_app::mailings::Mailings;
use tracing::info;

use super::retrying;
use crate::{Handlers, Schedule};

/// How long before its expiry a license raises its "expiring soon" event.
const EXPIRY_WARNING: Duration = Duration::from_secs(7 * 86_400);

pub fn register(handlers: &mut Handlers, licensing: &Licensing, mailings: &Mailings) {
    let l = licensing.clone();
    handlers.on(move |_: CullDeadActivations, _| {
        let l = l.clone();
        async move {
            let culled = retrying(l.cull_dead()).await?;
            if culled > 0 {
                info!(culled, "freed the seats of activations whose heartbeats stopped");
            }
            Ok(())
        }
    });
    let l = licensing.clone();
    handlers.on(move |_: ExpireLicenses, _| {
        let l = l.clone();
        async move {
            let (expired, warned) = retrying(l.expire(EXPIRY_WARNING)).await?;
            if expired + warned > 0 {
                info!(expired, warned, "license expiry transitions");
            }
            Ok(())
        }
    });
    let m = mailings.clone();
    handlers.on(move |job: SubLicenseInvite, _| {
        let m = m.clone();
        async move { retrying(m.sub_license_invite(job)).await }
    });
    let m = mailings.clone();
    handlers.on(move |job: CloneSuspected, _| {
        let m = m.clone();
        async move { retrying(m.clone_suspected(job)).await }
    });
}

pub fn schedules() -> Vec<Schedule> {
    vec![
        Schedule::of::<CullDeadActivations>("licensing.cull_dead", Duration::from_secs(60)),
        Schedule::of::<ExpireLicenses>("licensing.expire", Duration::from_secs(3600))
            .offset(Duration::from_secs(5 * 60)),
    ]
}
