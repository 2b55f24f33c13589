//! Cryptographic building blocks, pure and synchronous: password hashing, random tokens and their
//! storage hashes, secrets sealed at rest, and signed access tokens.
//!
//! Every primitive here is a well-reviewed crate used one way only, with its parameters fixed in
//! one place; callers cannot pick an algorithm or a weaker setting.

pub mod jwt;
pub mod password;
pub mod sealed;
pub mod token;
pub mod totp;

pub use sealed::{MasterKeyRing, SealError};
