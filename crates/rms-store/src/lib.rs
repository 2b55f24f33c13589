//! Persistence for RMS License Server over SQLite (the embedded default) or PostgreSQL (at scale),
//! from one codebase.
//!
//! The SQL text is shared between backends (`$N` placeholders work on both); [`Db`] picks the
//! backend from the URL scheme and [`on_db!`]/[`on_tx!`] expand one body per backend with concrete
//! types. The few statements that must differ live in [`dialect`]. This crate owns SQL and nothing
//! else: no business rules, no HTTP.

pub mod accounts;
pub mod activations;
pub mod analytics;
pub mod api_keys;
pub mod billing;
pub mod catalog;
mod db;
pub mod dialect;
mod error;
mod json;
pub mod ledger;
pub mod notifications;
pub mod queue;
pub mod releases;
pub mod schedules;
pub mod schema;
pub mod telegram;
pub mod two_factor;
pub mod workers;

pub use db::{Backend, Db, DbOptions, Tx, WRITE_HOLD_SECONDS, WRITE_WAIT_SECONDS, WriteTurn};
pub use error::{MaybeConflict, StoreError, retry_conflicts};
pub use json::Json;
