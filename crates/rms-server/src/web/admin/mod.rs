//! The admin panel: analytics, users and the audit log, products and licenses, billing, payments and
//! gateways, promo codes, releases, the job queue's dead letters and the Telegram bot.

pub mod analytics;
pub mod billing;
pub mod brand;
pub mod licenses;
pub mod operations;
pub mod payments;
pub mod promos;
pub mod releases;
pub mod translations;
pub mod users;
