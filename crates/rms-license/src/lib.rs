//! License formats and their cryptography, with no I/O: signed license keys, short random keys,
//! license files for offline use, signed server answers, and domain normalisation. The server signs
//! with it; the client SDK (and `rms license verify`) verifies with the very same code.
//!
//! Every verification uses `ed25519_dalek::VerifyingKey::verify_strict`, which rejects weak
//! (small-order) public keys and malleable signatures that plain `verify` accepts.

pub mod domain;
pub mod file;
pub mod key;
pub mod response;

pub use ed25519_dalek::{SigningKey, VerifyingKey};
