//! The admin panel: users and the audit log, products and licenses, billing, payments and
//! gateways, promo codes, releases.

pub mod billing;
pub mod licenses;
pub mod payments;
pub mod promos;
pub mod releases;
pub mod users;
