//! License formats and their cryptography, with no I/O: signed license keys, short random keys,
//! license files for offline use, signed server answers and their wire types, and domain normalisation. The server signs
//! with it; the client SDK (and `rms license verify`) verifies with the very same code.
//!
//! Every verification uses `ed25519_dalek::VerifyingKey::verify_strict`, which rejects weak
//! (small-order) public keys and malleable signatures that plain `verify` accepts.

pub mod domain;
pub mod file;
pub mod key;
pub mod manifest;
pub mod request;
pub mod response;
pub mod updater;
pub mod wire;

pub use ed25519_dalek::{Signature, SigningKey, VerifyingKey};

/// A new random signing key.
pub fn generate_signing_key() -> SigningKey {
    let mut seed = [0u8; 32];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut seed);
    SigningKey::from_bytes(&seed)
}

/// A public key as PEM (SubjectPublicKeyInfo), for tools that want that form.
pub fn public_key_pem(key: &VerifyingKey) -> String {
    use ed25519_dalek::pkcs8::EncodePublicKey;
    use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
    key.to_public_key_pem(LineEnding::LF).unwrap_or_default()
}
