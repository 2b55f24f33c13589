//! The domain of RMS License Server: pure, synchronous types and rules.
//!
//! This crate owns the vocabulary every other crate speaks (money, time, identifiers) and the ports
//! (traits) through which the domain reaches the outside world. It must never depend on an adapter:
//! no tokio, no sqlx, no axum.

pub mod account;
pub mod analytics;
pub mod billing;
pub mod clock;
pub mod invoice;
pub mod licensing;
pub mod money;
pub mod notifications;
pub mod pricing;
pub mod product;
pub mod releases;

pub mod states;
pub mod tax;

pub use clock::{Clock, SystemClock, Timestamp};
pub use money::{Currency, Money, MoneyError};
