//! The admin panel: users and the audit log, products and licenses, billing, promo codes.

pub mod billing;
pub mod licenses;
pub mod promos;
pub mod users;
