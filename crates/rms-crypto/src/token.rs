//! Random secrets handed to people or programs (refresh tokens, reset links, API keys) and the
//! hashes we keep instead of them.
//!
//! Each token carries 256 bits from the operating system's CSPRNG. We store only SHA-256 of the
//! token: with that much entropy a fast hash cannot be reversed by guessing (ASVS 6.5.2), and it
//! lets a lookup find the row by hash.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// 32 random bytes as URL-safe base64 (43 characters), optionally behind a prefix (`rms_`).
pub fn generate(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The storage form of a token.
pub fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Compares two secrets in time independent of where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

/// A recovery code: 25 base32 characters (125 bits) in five groups, easy to copy by hand.
pub fn recovery_code() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut bytes = [0u8; 25];
    rand::rng().fill_bytes(&mut bytes);
    let chars: Vec<char> = bytes.iter().map(|b| char::from(ALPHABET[usize::from(b & 31)])).collect();
    chars.chunks(5).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// The storage form of a recovery code as typed: case, spaces and dashes do not matter.
pub fn recovery_digest(typed: &str) -> [u8; 32] {
    let normal: String = typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    digest(&normal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_prefixed() {
        let a = generate("rms_");
        let b = generate("rms_");
        assert_ne!(a, b);
        assert!(a.starts_with("rms_"));
        let raw = URL_SAFE_NO_PAD.decode(a.trim_start_matches("rms_")).unwrap();
        assert_eq!(raw.len() * 8, 256);
    }

    #[test]
    fn recovery_codes_have_125_bits_and_forgive_typing() {
        let code = recovery_code();
        assert_eq!(code.len(), 29);
        assert_eq!(code.split('-').count(), 5);
        assert_eq!(recovery_digest(&code), recovery_digest(&code.to_uppercase().replace('-', " ")));
        assert_ne!(recovery_code(), code);
    }

    #[test]
    fn the_digest_identifies_a_token_without_revealing_it() {
        let t = generate("");
        assert_eq!(digest(&t), digest(&t));
        assert_ne!(digest(&t), digest(&generate("")));
        assert!(constant_time_eq(&digest(&t), &digest(&t)));
        assert!(!constant_time_eq(b"abc", b"abd"));
    }
}
