//! License keys.
//!
//! *Signed keys* (`RMS1-…`, about 190 characters, made to be pasted) carry a small versioned
//! payload and its Ed25519 signature, so a product can check one offline with only the public key.
//! *Short keys* (25 Crockford base32 characters in five groups, 125 random bits) are for people who
//! type keys and for site products; they mean something only to the server.

use base32::Alphabet;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rand::RngCore;
use uuid::Uuid;

pub const SIGNED_PREFIX: &str = "RMS1-";
const VERSION: u8 = 1;
const PAYLOAD_LEN: usize = 1 + 16 + 16 + 4 + 4 + 8 + 4;
const SIGNATURE_LEN: usize = 64;

/// What a signed key says, checkable offline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyPayload {
    pub license_id: Uuid,
    pub product_id: Uuid,
    /// Last valid day, in days since the unix epoch (UTC); 0 means perpetual.
    pub expires_day: u32,
    pub seats: u32,
    /// Bit n set = entitlement n granted (the product's entitlement list fixes the numbering).
    pub entitlements: u64,
    /// Which of the product's signing keys signed it.
    pub key_id: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("not a license key")]
    Malformed,
    #[error("made by a newer format (version {0})")]
    UnknownVersion(u8),
    #[error("the signature does not match: the key was altered or belongs to another product")]
    BadSignature,
}

impl KeyPayload {
    fn to_bytes(self) -> [u8; PAYLOAD_LEN] {
        let mut b = [0u8; PAYLOAD_LEN];
        b[0] = VERSION;
        b[1..17].copy_from_slice(self.license_id.as_bytes());
        b[17..33].copy_from_slice(self.product_id.as_bytes());
        b[33..37].copy_from_slice(&self.expires_day.to_be_bytes());
        b[37..41].copy_from_slice(&self.seats.to_be_bytes());
        b[41..49].copy_from_slice(&self.entitlements.to_be_bytes());
        b[49..53].copy_from_slice(&self.key_id.to_be_bytes());
        b
    }

    fn from_bytes(b: &[u8]) -> Result<Self, KeyError> {
        let b: &[u8; PAYLOAD_LEN] = b.try_into().map_err(|_| KeyError::Malformed)?;
        if b[0] != VERSION {
            return Err(KeyError::UnknownVersion(b[0]));
        }
        let u32_at = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let mut ent = [0u8; 8];
        ent.copy_from_slice(&b[41..49]);
        let mut lic = [0u8; 16];
        lic.copy_from_slice(&b[1..17]);
        let mut prod = [0u8; 16];
        prod.copy_from_slice(&b[17..33]);
        Ok(Self {
            license_id: Uuid::from_bytes(lic),
            product_id: Uuid::from_bytes(prod),
            expires_day: u32_at(33),
            seats: u32_at(37),
            entitlements: u64::from_be_bytes(ent),
            key_id: u32_at(49),
        })
    }

    /// Signs the payload into a key.
    pub fn sign(self, key: &SigningKey) -> String {
        let payload = self.to_bytes();
        let signature = key.sign(&payload);
        let mut bytes = Vec::with_capacity(PAYLOAD_LEN + SIGNATURE_LEN);
        bytes.extend_from_slice(&payload);
        bytes.extend_from_slice(&signature.to_bytes());
        format!("{SIGNED_PREFIX}{}", base32::encode(Alphabet::Crockford, &bytes))
    }
}

fn split(key: &str) -> Result<(Vec<u8>, [u8; SIGNATURE_LEN]), KeyError> {
    let body = key.trim().strip_prefix(SIGNED_PREFIX).ok_or(KeyError::Malformed)?;
    if body.len() > 256 {
        return Err(KeyError::Malformed);
    }
    let bytes = base32::decode(Alphabet::Crockford, body).ok_or(KeyError::Malformed)?;
    if bytes.len() != PAYLOAD_LEN + SIGNATURE_LEN {
        return Err(KeyError::Malformed);
    }
    let (payload, sig) = bytes.split_at(PAYLOAD_LEN);
    let sig: [u8; SIGNATURE_LEN] = sig.try_into().map_err(|_| KeyError::Malformed)?;
    Ok((payload.to_vec(), sig))
}

/// Reads a signed key's payload without checking it, to find out which product and key id to
/// verify it with. Never trust the result before [`verify`].
pub fn peek(key: &str) -> Result<KeyPayload, KeyError> {
    let (payload, _) = split(key)?;
    KeyPayload::from_bytes(&payload)
}

/// Checks a signed key against a product's public key and returns what it says.
pub fn verify(key: &str, public: &VerifyingKey) -> Result<KeyPayload, KeyError> {
    let (payload, sig) = split(key)?;
    public.verify_strict(&payload, &Signature::from_bytes(&sig)).map_err(|_| KeyError::BadSignature)?;
    KeyPayload::from_bytes(&payload)
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new short key: 25 random Crockford characters (125 bits) as `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`.
pub fn short_key() -> String {
    let mut bytes = [0u8; 25];
    rand::rng().fill_bytes(&mut bytes);
    let chars: Vec<char> = bytes.iter().map(|b| char::from(CROCKFORD[usize::from(b & 31)])).collect();
    chars.chunks(5).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// A short key as typed, in its canonical form: case, spaces and dashes ignored, and the letters
/// people confuse read as Crockford says (O → 0, I and L → 1). `None` if it cannot be one.
pub fn normalize_short(typed: &str) -> Option<String> {
    let mut out = String::with_capacity(29);
    let mut n = 0;
    for c in typed.chars().filter(|c| !c.is_whitespace() && *c != '-') {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        if !CROCKFORD.contains(&(c as u8)) || !c.is_ascii() {
            return None;
        }
        if n > 0 && n % 5 == 0 {
            out.push('-');
        }
        out.push(c);
        n += 1;
    }
    (n == 25).then_some(out)
}

#[cfg(test)]
mod tests {
    use ed25519_dalek::SigningKey;
    use proptest::prelude::*;

    use super::*;

    fn signing(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn payload() -> KeyPayload {
        KeyPayload {
            license_id: Uuid::from_u128(0x0192_8f5e_aaaa_7bbb_8ccc_dddd_eeee_ffff),
            product_id: Uuid::from_u128(42),
            expires_day: 20_800,
            seats: 3,
            entitlements: 0b1011,
            key_id: 1,
        }
    }

    #[test]
    fn a_signed_key_verifies_offline_and_says_what_it_grants() {
        let key = payload().sign(&signing(7));
        assert!(key.starts_with("RMS1-"));
        assert!((180..=200).contains(&key.len()), "{} characters", key.len());
        assert_eq!(verify(&key, &signing(7).verifying_key()).unwrap(), payload());
        assert_eq!(peek(&key).unwrap().product_id, Uuid::from_u128(42));
        assert_eq!(
            verify(&key.to_lowercase().replacen("rms1-", "RMS1-", 1), &signing(7).verifying_key()).unwrap(),
            payload()
        );
    }

    #[test]
    fn another_products_key_does_not_verify_it() {
        let key = payload().sign(&signing(7));
        assert_eq!(verify(&key, &signing(8).verifying_key()), Err(KeyError::BadSignature));
    }

    #[test]
    fn garbage_is_malformed_not_a_panic() {
        for bad in ["", "RMS1-", "RMS2-ABC", "RMS1-!!!", "hello", &format!("RMS1-{}", "0".repeat(400))] {
            assert!(verify(bad, &signing(7).verifying_key()).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_weak_public_key_is_refused() {
        // The identity point is a small-order key: verify_strict refuses it whatever the signature.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        let weak = VerifyingKey::from_bytes(&identity).expect("the identity point decodes");
        assert!(weak.is_weak());
        let key = payload().sign(&signing(7));
        assert_eq!(verify(&key, &weak), Err(KeyError::BadSignature));
    }

    #[test]
    fn short_keys_have_125_bits_and_forgive_typing() {
        let k = short_key();
        assert_eq!(k.len(), 29);
        assert_eq!(normalize_short(&k).as_deref(), Some(k.as_str()));
        let sloppy = k.to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
        assert_eq!(normalize_short(&sloppy).as_deref(), Some(k.as_str()));
        assert_eq!(normalize_short("ABCDE-FGHJK"), None);
        assert_eq!(normalize_short("UUUUU-UUUUU-UUUUU-UUUUU-UUUUU"), None, "U is not in Crockford's alphabet");
        assert_ne!(short_key(), k);
    }

    proptest! {
        /// L1: every single-bit change of a signed key's bytes is caught.
        #[test]
        fn every_flipped_bit_is_rejected(lic in any::<u128>(), prod in any::<u128>(), days in any::<u32>(),
                                         seats in any::<u32>(), ent in any::<u64>(), kid in any::<u32>(),
                                         bit in 0usize..((PAYLOAD_LEN + SIGNATURE_LEN) * 8)) {
            let p = KeyPayload { license_id: Uuid::from_u128(lic), product_id: Uuid::from_u128(prod),
                                 expires_day: days, seats, entitlements: ent, key_id: kid };
            let sk = signing(3);
            let key = p.sign(&sk);
            prop_assert_eq!(verify(&key, &sk.verifying_key()), Ok(p));
            let mut bytes = base32::decode(Alphabet::Crockford, &key[SIGNED_PREFIX.len()..]).unwrap();
            bytes[bit / 8] ^= 1 << (bit % 8);
            let tampered = format!("{SIGNED_PREFIX}{}", base32::encode(Alphabet::Crockford, &bytes));
            prop_assert!(verify(&tampered, &sk.verifying_key()).is_err());
        }
    }
}
