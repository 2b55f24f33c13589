//! Client SDK for RMS License Server, for the software a vendor ships.
//!
//! - [`Client`]: online validate / activate / heartbeat / deactivate / license file. Every answer
//!   must carry a valid `RMS-Signature` from one of the product's public keys (pinned in your
//!   binary), echo the nonce this call sent, and carry a fresh `ts`; anything else is refused
//!   before a byte of it is believed.
//! - [`offline::verify_file`]: checks a license file without the server, with a clock high-water
//!   mark ([`clock::HighWater`]) that catches clocks set backwards.
//! - [`fingerprint::machine`]: a stable, hashed machine fingerprint.
//! - [`Client::check_for_update`] and [`Client::download_verified`]: updates, trusted only once
//!   the release manifest's signature and then the file's SHA-256 check out.
//! - [`Guard`]: fail-soft licensing: online when the server answers, on the signed license file
//!   until its `offline_until` when it does not.
//!
//! This crate depends on the license-format crate and never on the server.

pub mod answer;
mod client;
pub mod clock;
pub mod fingerprint;
mod guard;
pub mod offline;
mod updates;

pub use answer::{Activation, Answer, LicenseInfo};
pub use client::{Client, ClientError, PublicKeys};
pub use guard::{Decision, Guard};
pub use updates::{UpdateCheck, UpdateError, UpdateQuery};
