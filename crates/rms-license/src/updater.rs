//! The signatures desktop updaters check, made with a product's feed key (an Ed25519 key kept
//! apart from its license keys, because vendors build its public half into their apps):
//!
//! - **Sparkle** (`sparkle:edSignature`): plain Ed25519 over the whole archive, in base64; the app
//!   holds the raw 32-byte public key in base64 (`SUPublicEDKey`). Plain Ed25519 hashes the
//!   message twice, so [`FeedKey::sign_archive`] reads the file twice (it is never held whole).
//! - **Tauri** (`signature` in its updater JSON): minisign's format, the prehashed variant (`ED`:
//!   Ed25519 over the file's BLAKE2b-512) with the trusted comment signed too; the app holds the
//!   public key as minisign writes it, in base64. The digest is taken at upload, so the
//!   signature costs nothing more when a key is added or rotated.
//!
//! No I/O: the caller says how to read the archive.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::hazmat::{ExpandedSecretKey, raw_sign_byupdate};
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use sha2::Sha512;

/// minisign's algorithm tags: the key's and a legacy signature's (`Ed`), a prehashed one's (`ED`).
const KEY_ALG: &[u8; 2] = b"Ed";
const PREHASHED_ALG: &[u8; 2] = b"ED";

/// A product's feed key: the Ed25519 key and minisign's 8-byte key id.
pub struct FeedKey {
    key: SigningKey,
    id: [u8; 8],
}

impl std::fmt::Debug for FeedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeedKey").field("kid", &self.kid()).finish_non_exhaustive()
    }
}

impl FeedKey {
    /// A new random key and key id.
    pub fn generate() -> Self {
        let mut id = [0u8; 8];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut id);
        Self { key: crate::generate_signing_key(), id }
    }

    /// The key stored as `seed` under key id `kid` (as [`FeedKey::kid`] wrote it).
    pub fn from_parts(seed: &[u8; 32], kid: &str) -> Option<Self> {
        let id = parse_kid(kid)?;
        Some(Self { key: SigningKey::from_bytes(seed), id })
    }

    pub fn seed(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    pub fn verifying_key(&self) -> VerifyingKey {
        self.key.verifying_key()
    }

    /// The key id as minisign shows it: the 8 bytes read as a little-endian number, in 16
    /// uppercase hex digits.
    pub fn kid(&self) -> String {
        format!("{:016X}", u64::from_le_bytes(self.id))
    }

    /// Sparkle's `SUPublicEDKey`: the raw public key in base64.
    pub fn sparkle_public_key(&self) -> String {
        B64.encode(self.key.verifying_key().as_bytes())
    }

    /// Tauri's `pubkey`: minisign's public key file, in base64.
    pub fn minisign_public_key(&self) -> String {
        let mut raw = Vec::with_capacity(42);
        raw.extend_from_slice(KEY_ALG);
        raw.extend_from_slice(&self.id);
        raw.extend_from_slice(self.key.verifying_key().as_bytes());
        let text = format!("untrusted comment: minisign public key {}\n{}\n", self.kid(), B64.encode(raw));
        B64.encode(text)
    }

    /// Sparkle's `edSignature` over the archive `feed` writes into the hasher it is given: it is
    /// called twice and must give the same bytes both times (read the file from the start each
    /// time). Its error is returned as it is. Plain Ed25519 takes its nonce from the first pass
    /// and its challenge from the second: bytes that differ between the two would make a
    /// signature that gives the key away, so each pass is digested on the side and a difference
    /// refuses to sign.
    pub fn sign_archive<E: From<std::io::Error>>(
        &self,
        feed: impl Fn(&mut dyn FnMut(&[u8])) -> Result<(), E>,
    ) -> Result<String, E> {
        use sha2::Digest;
        let failure = std::cell::RefCell::new(None);
        let passes: std::cell::RefCell<Vec<Vec<u8>>> = std::cell::RefCell::default();
        let expanded = ExpandedSecretKey::from(&self.key.to_bytes());
        let signed = raw_sign_byupdate::<Sha512, _>(
            &expanded,
            |hasher: &mut Sha512| {
                let mut side = Sha512::new();
                let fed = feed(&mut |chunk| {
                    hasher.update(chunk);
                    side.update(chunk);
                });
                passes.borrow_mut().push(side.finalize().to_vec());
                fed.map_err(|e| {
                    *failure.borrow_mut() = Some(e);
                    ed25519_dalek::SignatureError::new()
                })
            },
            &self.key.verifying_key(),
        );
        if let Some(e) = failure.into_inner() {
            return Err(e);
        }
        let passes = passes.into_inner();
        if passes.len() != 2 || passes[0] != passes[1] {
            return Err(std::io::Error::other("the archive changed while it was being signed").into());
        }
        match signed {
            Ok(signature) => Ok(B64.encode(signature.to_bytes())),
            Err(e) => Err(std::io::Error::other(format!("signing the archive: {e}")).into()),
        }
    }

    /// Tauri's `signature`: minisign's signature file (prehashed) in base64, for a file whose
    /// BLAKE2b-512 is `blake2b`, with `trusted_comment` (one line) signed along.
    pub fn minisign_signature(&self, blake2b: &[u8; 64], trusted_comment: &str) -> String {
        let comment: String = trusted_comment.chars().filter(|c| *c != '\n' && *c != '\r').collect();
        let signature = self.key.sign(blake2b).to_bytes();
        let mut global = Vec::with_capacity(64 + comment.len());
        global.extend_from_slice(&signature);
        global.extend_from_slice(comment.as_bytes());
        let global = self.key.sign(&global).to_bytes();
        let mut raw = Vec::with_capacity(74);
        raw.extend_from_slice(PREHASHED_ALG);
        raw.extend_from_slice(&self.id);
        raw.extend_from_slice(&signature);
        let text = format!(
            "untrusted comment: signature from rms secret key\n{}\ntrusted comment: {comment}\n{}\n",
            B64.encode(raw),
            B64.encode(global)
        );
        B64.encode(text)
    }
}

fn parse_kid(kid: &str) -> Option<[u8; 8]> {
    if kid.len() != 16 {
        return None;
    }
    u64::from_str_radix(kid, 16).ok().map(u64::to_le_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::Verifier;

    fn archive() -> Vec<u8> {
        (0..300_000u32).flat_map(|i| i.to_le_bytes()).collect()
    }

    fn blake2b(bytes: &[u8]) -> [u8; 64] {
        use blake2::Digest;
        blake2::Blake2b512::digest(bytes).into()
    }

    #[test]
    fn sparkle_signatures_are_plain_ed25519_over_the_archive_read_in_chunks() {
        let key = FeedKey::generate();
        let bytes = archive();
        let signature = key
            .sign_archive(|hasher| {
                for chunk in bytes.chunks(4096) {
                    hasher(chunk);
                }
                Ok::<_, std::io::Error>(())
            })
            .unwrap();
        let signature = ed25519_dalek::Signature::from_slice(&B64.decode(signature).unwrap()).unwrap();
        let public =
            VerifyingKey::from_bytes(&B64.decode(key.sparkle_public_key()).unwrap().try_into().unwrap()).unwrap();
        public.verify_strict(&bytes, &signature).unwrap();
        let mut tampered = bytes.clone();
        tampered[12_345] ^= 1;
        assert!(public.verify(&tampered, &signature).is_err());
    }

    #[test]
    fn a_read_failure_is_the_callers_error_not_a_signature() {
        let key = FeedKey::generate();
        let got = key.sign_archive(|_| Err::<(), _>(std::io::Error::other("disk gone")));
        assert_eq!(got.unwrap_err().to_string(), "disk gone");
    }

    #[test]
    fn an_archive_that_changes_between_the_two_passes_is_not_signed() {
        let key = FeedKey::generate();
        let pass = std::cell::Cell::new(0u8);
        let got = key.sign_archive(|hasher| {
            pass.set(pass.get() + 1);
            hasher(&[pass.get(); 64]);
            Ok::<_, std::io::Error>(())
        });
        assert!(got.is_err(), "different bytes per pass must not give a signature");
    }

    #[test]
    fn tauri_checks_the_minisign_signature_with_the_minisign_public_key() {
        // minisign-verify is what Tauri's updater verifies with (prehashed, legacy allowed).
        let key = FeedKey::generate();
        let bytes = archive();
        let sig = key.minisign_signature(&blake2b(&bytes), "timestamp:1764979200\tfile:App_1.2.0.tar.gz");
        let public_text = String::from_utf8(B64.decode(key.minisign_public_key()).unwrap()).unwrap();
        let sig_text = String::from_utf8(B64.decode(&sig).unwrap()).unwrap();
        let public = minisign_verify::PublicKey::decode(&public_text).unwrap();
        let signature = minisign_verify::Signature::decode(&sig_text).unwrap();
        public.verify(&bytes, &signature, true).unwrap();
        assert_eq!(signature.trusted_comment(), "timestamp:1764979200\tfile:App_1.2.0.tar.gz");
        let mut tampered = bytes.clone();
        tampered[7] ^= 0x80;
        assert!(public.verify(&tampered, &signature, true).is_err());
        // Another key of the same product does not verify it.
        let other = FeedKey::generate();
        let other_text = String::from_utf8(B64.decode(other.minisign_public_key()).unwrap()).unwrap();
        assert!(minisign_verify::PublicKey::decode(&other_text).unwrap().verify(&bytes, &signature, true).is_err());
    }

    #[test]
    fn a_key_comes_back_from_its_seed_and_kid() {
        let key = FeedKey::generate();
        let again = FeedKey::from_parts(&key.seed(), &key.kid()).unwrap();
        assert_eq!(again.kid(), key.kid());
        assert_eq!(again.minisign_public_key(), key.minisign_public_key());
        assert!(FeedKey::from_parts(&key.seed(), "XYZ").is_none());
        assert!(key.minisign_public_key().len() > 40);
        assert!(B64.decode(key.minisign_public_key()).unwrap().starts_with(b"untrusted comment: minisign public key "));
    }
}
