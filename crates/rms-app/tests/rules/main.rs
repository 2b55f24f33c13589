//! The use cases' rules, tested below HTTP: each test builds the services on a fresh database of
//! each backend with a manual clock and recording fakes (`kit`), and checks a rule as a user
//! story. The HTTP suite (rms-server's `it`) keeps the contract: status codes, problem+json,
//! signatures, CSRF, pages.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod kit;

mod accounts;
mod licensing;
mod notifications;
mod store;
mod tallies;
mod wallet;
