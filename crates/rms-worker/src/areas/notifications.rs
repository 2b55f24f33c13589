//! Notification deliveries: one job per notification and channel.

use rms_app::Services;
use rms_app::notifications::Deliver;

use super::run;
use crate::Handlers;

pub fn register(handlers: &mut Handlers, services: &Services) {
    run(handlers, &services.notifications, |n, job: Deliver| async move { n.deliver(job).await });
}
