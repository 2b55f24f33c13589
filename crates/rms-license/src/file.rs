//! License files: an armored, signed statement a product keeps on disk to run offline.
//!
//! ```text
//! -----BEGIN RMS LICENSE-----
//! base64( {"alg":"ed25519","kid":"…","enc":"none","data":"<base64 JSON>","sig":"<base64>"} )
//! -----END RMS LICENSE-----
//! ```
//!
//! `sig` is Ed25519 over the ASCII bytes `"rms-license/v1." + data`. Verification refuses a bad
//! signature, an unknown `kid`, a file bound to another device or domain, a file past its
//! `valid_until`, and a clock that went back past the highest time this client has seen.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

const BEGIN: &str = "-----BEGIN RMS LICENSE-----";
const END: &str = "-----END RMS LICENSE-----";
const CONTEXT: &str = "rms-license/v1.";

/// What a license file states (unix seconds for times).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LicenseData {
    pub license_id: Uuid,
    pub product_id: Uuid,
    /// Set for software licenses: the device this file is bound to.
    pub fingerprint: Option<String>,
    /// Set for site licenses: the normalised domain this file is bound to.
    pub domain: Option<String>,
    pub entitlements: Vec<String>,
    pub expires_at: Option<i64>,
    pub issued_at: i64,
    /// The file must be refreshed from the server before this.
    pub valid_until: i64,
    /// The signed fail-soft deadline: the product keeps working until then without the server.
    pub offline_until: i64,
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    alg: String,
    kid: String,
    enc: String,
    data: String,
    sig: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("not a license file")]
    Malformed,
    #[error("uses an algorithm or encryption this version does not support")]
    Unsupported,
    #[error("signed with an unknown key")]
    UnknownKey,
    #[error("the signature does not match: the file was altered")]
    BadSignature,
    #[error("bound to another device")]
    WrongFingerprint,
    #[error("bound to another domain")]
    WrongDomain,
    #[error("expired: refresh it from the server")]
    Expired,
    #[error("the system clock was set back")]
    ClockRolledBack,
}

/// Signs `data` into an armored license file.
pub fn issue(data: &LicenseData, kid: &str, key: &SigningKey) -> String {
    let json = serde_json::to_vec(data).unwrap_or_default();
    let data_b64 = STANDARD.encode(json);
    let sig = key.sign(format!("{CONTEXT}{data_b64}").as_bytes());
    let envelope = Envelope {
        alg: "ed25519".into(),
        kid: kid.into(),
        enc: "none".into(),
        data: data_b64,
        sig: STANDARD.encode(sig.to_bytes()),
    };
    let outer = STANDARD.encode(serde_json::to_vec(&envelope).unwrap_or_default());
    let lines: Vec<&str> = outer.as_bytes().chunks(64).filter_map(|c| std::str::from_utf8(c).ok()).collect();
    format!("{BEGIN}\n{}\n{END}\n", lines.join("\n"))
}

/// What the verifying side knows about itself.
pub struct Expectation<'a> {
    /// This device's fingerprint (software products).
    pub fingerprint: Option<&'a str>,
    /// This site's normalised domain (site products).
    pub domain: Option<&'a str>,
    /// Now, as unix seconds.
    pub now: i64,
    /// The highest time this client has seen before (its clock-tamper high-water mark).
    pub high_water: i64,
}

/// Verifies a license file; `keys` looks a `kid` up among the product's public keys.
pub fn verify(
    text: &str,
    keys: impl Fn(&str) -> Option<VerifyingKey>,
    expect: &Expectation<'_>,
) -> Result<LicenseData, FileError> {
    let inner = text.trim().strip_prefix(BEGIN).and_then(|t| t.strip_suffix(END)).ok_or(FileError::Malformed)?;
    let compact: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
    let outer = STANDARD.decode(compact).map_err(|_| FileError::Malformed)?;
    let envelope: Envelope = serde_json::from_slice(&outer).map_err(|_| FileError::Malformed)?;
    if envelope.alg != "ed25519" || envelope.enc != "none" {
        return Err(FileError::Unsupported);
    }
    let key = keys(&envelope.kid).ok_or(FileError::UnknownKey)?;
    let sig = STANDARD.decode(&envelope.sig).map_err(|_| FileError::Malformed)?;
    let sig: [u8; 64] = sig.try_into().map_err(|_| FileError::Malformed)?;
    key.verify_strict(format!("{CONTEXT}{}", envelope.data).as_bytes(), &Signature::from_bytes(&sig))
        .map_err(|_| FileError::BadSignature)?;
    let data: LicenseData = serde_json::from_slice(&STANDARD.decode(&envelope.data).map_err(|_| FileError::Malformed)?)
        .map_err(|_| FileError::Malformed)?;
    if data.fingerprint.is_some() && data.fingerprint.as_deref() != expect.fingerprint {
        return Err(FileError::WrongFingerprint);
    }
    if data.domain.is_some() && data.domain.as_deref() != expect.domain {
        return Err(FileError::WrongDomain);
    }
    if expect.now < expect.high_water {
        return Err(FileError::ClockRolledBack);
    }
    if expect.now > data.valid_until {
        return Err(FileError::Expired);
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sk() -> SigningKey {
        SigningKey::from_bytes(&[5; 32])
    }

    fn data() -> LicenseData {
        LicenseData {
            license_id: Uuid::from_u128(1),
            product_id: Uuid::from_u128(2),
            fingerprint: Some("fp-abc".into()),
            domain: None,
            entitlements: vec!["pro".into()],
            expires_at: None,
            issued_at: 1_000,
            valid_until: 2_000,
            offline_until: 1_500,
        }
    }

    fn at(now: i64) -> Expectation<'static> {
        Expectation { fingerprint: Some("fp-abc"), domain: None, now, high_water: 1_100 }
    }

    fn keys(kid: &str) -> Option<VerifyingKey> {
        (kid == "k1").then(|| sk().verifying_key())
    }

    #[test]
    fn a_file_verifies_on_its_device_within_its_validity() {
        let file = issue(&data(), "k1", &sk());
        assert!(file.starts_with("-----BEGIN RMS LICENSE-----\n") && file.ends_with("-----END RMS LICENSE-----\n"));
        assert_eq!(verify(&file, keys, &at(1_200)).unwrap(), data());
    }

    #[test]
    fn every_rule_refuses_what_it_should() {
        let file = issue(&data(), "k1", &sk());
        assert_eq!(verify(&file, keys, &at(2_001)), Err(FileError::Expired));
        assert_eq!(verify(&file, keys, &at(1_050)), Err(FileError::ClockRolledBack));
        let elsewhere = Expectation { fingerprint: Some("fp-other"), ..at(1_200) };
        assert_eq!(verify(&file, keys, &elsewhere), Err(FileError::WrongFingerprint));
        assert_eq!(verify(&issue(&data(), "k9", &sk()), keys, &at(1_200)), Err(FileError::UnknownKey));
        let forged = issue(&data(), "k1", &SigningKey::from_bytes(&[6; 32]));
        assert_eq!(verify(&forged, keys, &at(1_200)), Err(FileError::BadSignature));
        assert_eq!(verify("hello", keys, &at(1_200)), Err(FileError::Malformed));
    }

    #[test]
    fn changing_the_data_breaks_the_signature() {
        let file = issue(&data(), "k1", &sk());
        let inner: String = file.lines().filter(|l| !l.starts_with("-----")).collect();
        let mut env: serde_json::Value = serde_json::from_slice(&STANDARD.decode(inner).unwrap()).unwrap();
        let richer = LicenseData { valid_until: 9_999_999, ..data() };
        env["data"] = STANDARD.encode(serde_json::to_vec(&richer).unwrap()).into();
        let tampered = format!("{BEGIN}\n{}\n{END}\n", STANDARD.encode(serde_json::to_vec(&env).unwrap()));
        assert_eq!(verify(&tampered, keys, &at(1_200)), Err(FileError::BadSignature));
    }
}
