//! Use cases of RMS License Server. Each public method is one thing a person or program does
//! ("sign in", "rotate a refresh token"); it opens the transaction, applies the domain rules,
//! writes, records the audit event and enqueues follow-up jobs in that same transaction.
//!
//! No HTTP here (handlers call these) and no SQL (the store does).

pub mod accounts;
pub mod admin;
pub mod api_keys;
pub mod catalog;
mod error;
mod hashing;
pub mod idempotency;
pub mod licensing;
pub mod mail;
pub mod mailings;
pub mod pulse;
pub mod rates;
pub mod session_keys;
pub mod signers;
pub mod store;
pub mod two_factor;
pub mod wallet;

pub use error::AppError;

/// Who is asking, for the audit log.
#[derive(Clone, Debug, Default)]
pub struct RequestMeta {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}
