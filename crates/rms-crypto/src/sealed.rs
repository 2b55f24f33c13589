//! Secrets at rest: XChaCha20-Poly1305 under the master key.
//!
//! A sealed value is `version (1) ‖ key id (8) ‖ nonce (24) ‖ ciphertext+tag`. The nonce is random
//! (192 bits: no practical chance of reuse), the key id names the master key that sealed it (so
//! `rms keys rotate-master` can tell old from new), and the associated data binds the value to
//! where it is stored (table, column, row id): a sealed value copied into another row does not
//! open.

use chacha20poly1305::aead::Aead;
use chacha20poly1305::aead::Payload;
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use sha2::{Digest, Sha256};

const VERSION: u8 = 1;
const KEY_ID_LEN: usize = 8;
const NONCE_LEN: usize = 24;
const HEADER_LEN: usize = 1 + KEY_ID_LEN + NONCE_LEN;

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the sealed value is malformed")]
    Malformed,
    #[error("the value was sealed under another master key (id {0})")]
    UnknownKey(String),
    #[error("the sealed value does not authenticate: it was altered or belongs elsewhere")]
    Tampered,
}

/// The master key(s) able to open sealed values; the first one seals new values.
#[derive(Clone)]
pub struct MasterKeyRing {
    keys: Vec<([u8; KEY_ID_LEN], XChaCha20Poly1305)>,
    /// Keys [`MasterKeyRing::digest`], derived from the current key (so it changes with it).
    digest_key: [u8; 32],
}

impl std::fmt::Debug for MasterKeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<String> = self.keys.iter().map(|(id, _)| hex(id)).collect();
        f.debug_struct("MasterKeyRing").field("key_ids", &ids).finish()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A public, stable name for a key: the first 8 bytes of a domain-separated SHA-256 of it.
pub fn key_id(key: &[u8; 32]) -> [u8; KEY_ID_LEN] {
    let mut h = Sha256::new();
    h.update(b"rms master key id v1");
    h.update(key);
    let digest = h.finalize();
    let mut id = [0u8; KEY_ID_LEN];
    id.copy_from_slice(&digest[..KEY_ID_LEN]);
    id
}

impl MasterKeyRing {
    /// `current` seals; `older` keys only open (during a rotation).
    pub fn new(current: &[u8; 32], older: &[[u8; 32]]) -> Self {
        let keys =
            std::iter::once(current).chain(older).map(|k| (key_id(k), XChaCha20Poly1305::new(&(*k).into()))).collect();
        let mut h = Sha256::new();
        h.update(b"rms blind index key v1");
        h.update(current);
        Self { keys, digest_key: h.finalize().into() }
    }

    /// A keyed digest (HMAC-SHA-256) of `value` in `domain`: equal values give equal digests, so
    /// a sealed column can still be searched by exact value, while the digests reveal nothing to
    /// whoever lacks the master key. Digests change when the master key does.
    pub fn digest(&self, domain: &str, value: &[u8]) -> [u8; 32] {
        use hmac::{KeyInit as _, Mac};
        // HMAC takes a key of any length: `new_from_slice` cannot fail here.
        let Ok(mut mac) = hmac::Hmac::<Sha256>::new_from_slice(&self.digest_key) else { return [0; 32] };
        mac.update(domain.as_bytes());
        mac.update(&[0]);
        mac.update(value);
        mac.finalize().into_bytes().into()
    }

    /// The id of the sealing key, as hex.
    pub fn current_id(&self) -> String {
        self.keys.first().map(|(id, _)| hex(id)).unwrap_or_default()
    }

    pub fn seal(&self, plaintext: &[u8], aad: &[u8]) -> Vec<u8> {
        let Some((id, cipher)) = self.keys.first() else { return Vec::new() };
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let xnonce = XNonce::from(nonce);
        // Encryption of an in-memory buffer cannot fail for these sizes; an empty result would
        // fail to open rather than leak anything.
        let ciphertext = cipher.encrypt(&xnonce, Payload { msg: plaintext, aad }).unwrap_or_default();
        let mut out = Vec::with_capacity(HEADER_LEN + ciphertext.len());
        out.push(VERSION);
        out.extend_from_slice(id);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        out
    }

    pub fn open(&self, sealed: &[u8], aad: &[u8]) -> Result<Vec<u8>, SealError> {
        if sealed.len() < HEADER_LEN + 16 || sealed[0] != VERSION {
            return Err(SealError::Malformed);
        }
        let id = &sealed[1..1 + KEY_ID_LEN];
        let nonce: [u8; NONCE_LEN] = sealed[1 + KEY_ID_LEN..HEADER_LEN].try_into().map_err(|_| SealError::Malformed)?;
        let (_, cipher) = self.keys.iter().find(|(k, _)| k == id).ok_or_else(|| SealError::UnknownKey(hex(id)))?;
        cipher
            .decrypt(&XNonce::from(nonce), Payload { msg: &sealed[HEADER_LEN..], aad })
            .map_err(|_| SealError::Tampered)
    }

    /// Whether `sealed` was sealed under the current key (rotation is finished for it).
    pub fn is_current(&self, sealed: &[u8]) -> bool {
        self.keys.first().is_some_and(|(id, _)| sealed.get(1..1 + KEY_ID_LEN) == Some(&id[..]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring() -> MasterKeyRing {
        MasterKeyRing::new(&[7u8; 32], &[])
    }

    #[test]
    fn a_sealed_secret_opens_only_with_its_key_and_place() {
        let r = ring();
        let sealed = r.seal(b"gateway secret", b"gateways/secret/42");
        assert_eq!(r.open(&sealed, b"gateways/secret/42").unwrap(), b"gateway secret");
        assert_eq!(r.open(&sealed, b"gateways/secret/43"), Err(SealError::Tampered), "moved to another row");
        let other = MasterKeyRing::new(&[8u8; 32], &[]);
        assert!(matches!(other.open(&sealed, b"gateways/secret/42"), Err(SealError::UnknownKey(_))));
        assert!(!sealed.windows(14).any(|w| w == b"gateway secret"), "no plaintext in the sealed value");
    }

    #[test]
    fn digests_are_keyed_by_the_current_master_key_and_separated_by_domain() {
        let r = ring();
        assert_eq!(r.digest("name", b"ada"), r.digest("name", b"ada"));
        assert_ne!(r.digest("name", b"ada"), r.digest("name", b"adb"));
        assert_ne!(r.digest("name", b"ada"), r.digest("email", b"ada"));
        let rotated = MasterKeyRing::new(&[8u8; 32], &[[7u8; 32]]);
        assert_ne!(rotated.digest("name", b"ada"), r.digest("name", b"ada"), "a new master key, new digests");
    }

    #[test]
    fn sealing_twice_differs_and_every_flipped_bit_is_caught() {
        let r = ring();
        let a = r.seal(b"totp seed", b"aad");
        let b = r.seal(b"totp seed", b"aad");
        assert_ne!(a, b, "fresh nonce each time");
        for i in 0..a.len() {
            for bit in 0..8 {
                let mut t = a.clone();
                t[i] ^= 1 << bit;
                assert!(r.open(&t, b"aad").is_err(), "flip of bit {bit} in byte {i} went unnoticed");
            }
        }
        assert_eq!(r.open(&a[..10], b"aad"), Err(SealError::Malformed));
    }

    #[test]
    fn during_rotation_old_values_open_and_new_ones_use_the_new_key() {
        let old = MasterKeyRing::new(&[1u8; 32], &[]);
        let sealed_old = old.seal(b"s", b"a");
        let rotating = MasterKeyRing::new(&[2u8; 32], &[[1u8; 32]]);
        assert_eq!(rotating.open(&sealed_old, b"a").unwrap(), b"s");
        assert!(!rotating.is_current(&sealed_old));
        assert!(rotating.is_current(&rotating.seal(b"s", b"a")));
    }
}
