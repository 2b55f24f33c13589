//! Notification deliveries (one job per notification and channel) and the Telegram bot's
//! polling.

use std::time::Duration;

use rms_app::Services;
use rms_app::jobs::{AdminAlert, AlertDeadJobs, Announce, PollTelegram};
use rms_app::notifications::Deliver;

use super::run;
use crate::{Handlers, Schedule};

pub fn register(handlers: &mut Handlers, services: &Services) {
    run(handlers, &services.notifications, |n, job: Deliver| async move { n.deliver(job).await });
    run(handlers, &services.notifications, |n, job: Announce| async move { n.run_announcement(job).await });
    run(handlers, &services.telegram, |t, _: PollTelegram| async move { t.poll().await });
    run(handlers, &services.telegram, |t, job: AdminAlert| async move { t.admin_alert(&job).await });
    run(handlers, &services.dead_letters, |d, _: AlertDeadJobs| async move { d.alert().await });
}

pub fn schedules() -> Vec<Schedule> {
    vec![
        Schedule::of::<PollTelegram>(Duration::from_secs(5)),
        Schedule::of::<AlertDeadJobs>(Duration::from_secs(60)).offset(Duration::from_secs(30)),
    ]
}
