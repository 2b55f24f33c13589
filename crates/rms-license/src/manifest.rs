//! Release manifests: what a published release contains (each artifact's platform, file name,
//! size and SHA-256), signed with the product's Ed25519 key so that a client can trust a file
//! before it installs it, online or offline.
//!
//! The signature has the `RMS-Signature` form (`kid="…", alg="ed25519", sig="<base64>"`) over
//! `"rms-manifest/v1\n" + <manifest bytes>`. Unlike an answer's, it is bound to no request path:
//! a manifest is a document that can be saved next to the file and checked later
//! (`rms release verify`).

use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::response::{ResponseSignatureError, sign_message, verify_message};

pub const FORMAT: &str = "rms-manifest/v1";

/// A release as its manifest states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    pub product_id: String,
    pub product: String,
    pub version: String,
    pub channel: String,
    /// RFC 3339, UTC.
    pub released_at: String,
    pub artifacts: Vec<ManifestArtifact>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestArtifact {
    pub platform: String,
    pub file_name: String,
    pub size: u64,
    /// Lowercase hex.
    pub sha256: String,
}

/// Why a downloaded file is not to be trusted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    #[error(transparent)]
    Signature(#[from] ResponseSignatureError),
    #[error("the manifest is not a {FORMAT} document: {0}")]
    Malformed(String),
    #[error("the manifest lists no artifact for {0}")]
    NoArtifact(String),
    #[error("the file's size is {actual} bytes, the manifest says {expected}")]
    Size { expected: u64, actual: u64 },
    #[error("the file's SHA-256 is {actual}, the manifest says {expected}")]
    Digest { expected: String, actual: String },
}

fn message(manifest: &[u8]) -> Vec<u8> {
    let mut m = format!("{FORMAT}\n").into_bytes();
    m.extend_from_slice(manifest);
    m
}

impl Manifest {
    /// The exact bytes that are signed and served.
    pub fn to_bytes(&self) -> Vec<u8> {
        // Serialising a plain struct of strings and numbers cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The artifact for `platform`.
    pub fn artifact(&self, platform: &str) -> Option<&ManifestArtifact> {
        self.artifacts.iter().find(|a| a.platform == platform)
    }
}

/// The signature header for manifest `bytes`.
pub fn sign(kid: &str, key: &SigningKey, bytes: &[u8]) -> String {
    sign_message(kid, key, &message(bytes))
}

/// Checks the signature over the manifest `bytes` and reads them.
pub fn verify(
    header: &str,
    keys: impl Fn(&str) -> Option<VerifyingKey>,
    bytes: &[u8],
) -> Result<Manifest, ManifestError> {
    verify_message(header, keys, &message(bytes))?;
    let manifest: Manifest = serde_json::from_slice(bytes).map_err(|e| ManifestError::Malformed(e.to_string()))?;
    if manifest.format != FORMAT {
        return Err(ManifestError::Malformed(format!("format {:?}", manifest.format)));
    }
    Ok(manifest)
}

/// Checks `file` (its size, then its SHA-256) against the manifest's artifact for `platform`.
pub fn check_file(manifest: &Manifest, platform: &str, file: &[u8]) -> Result<(), ManifestError> {
    let artifact = manifest.artifact(platform).ok_or_else(|| ManifestError::NoArtifact(platform.to_owned()))?;
    check_digest(artifact, file.len() as u64, &hex::encode(Sha256::digest(file)))
}

/// Checks a file's size and lowercase hex SHA-256 (hashed as it was read) against `artifact`.
pub fn check_digest(artifact: &ManifestArtifact, size: u64, sha256: &str) -> Result<(), ManifestError> {
    if size != artifact.size {
        return Err(ManifestError::Size { expected: artifact.size, actual: size });
    }
    if !sha256.eq_ignore_ascii_case(&artifact.sha256) {
        return Err(ManifestError::Digest { expected: artifact.sha256.clone(), actual: sha256.to_owned() });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(file: &[u8]) -> Manifest {
        Manifest {
            format: FORMAT.into(),
            product_id: "0193a8f0-0000-7000-8000-000000000001".into(),
            product: "desk".into(),
            version: "1.4.0".into(),
            channel: "stable".into(),
            released_at: "2026-12-05T10:00:00Z".into(),
            artifacts: vec![ManifestArtifact {
                platform: "linux-x86_64".into(),
                file_name: "desk-1.4.0.tar.gz".into(),
                size: file.len() as u64,
                sha256: hex::encode(Sha256::digest(file)),
            }],
        }
    }

    #[test]
    fn a_signed_manifest_vouches_for_its_files_only() {
        let sk = SigningKey::from_bytes(&[5; 32]);
        let keys = |kid: &str| (kid == "k1").then(|| sk.verifying_key());
        let file = b"the real build".to_vec();
        let bytes = manifest(&file).to_bytes();
        let header = sign("k1", &sk, &bytes);
        let read = verify(&header, keys, &bytes).unwrap();
        assert_eq!(check_file(&read, "linux-x86_64", &file), Ok(()));
        assert!(matches!(check_file(&read, "linux-x86_64", b"the real buil"), Err(ManifestError::Size { .. })));
        assert!(matches!(check_file(&read, "linux-x86_64", b"the fake build"), Err(ManifestError::Digest { .. })));
        assert_eq!(check_file(&read, "windows-x86_64", &file), Err(ManifestError::NoArtifact("windows-x86_64".into())));
        // A manifest changed after signing (another digest, another version) is refused.
        let tampered = String::from_utf8(bytes.clone()).unwrap().replace("1.4.0", "1.4.1");
        assert_eq!(
            verify(&header, keys, tampered.as_bytes()).unwrap_err(),
            ManifestError::Signature(ResponseSignatureError::BadSignature)
        );
        // An answer's signature over the same bytes is not a manifest's.
        let answer = crate::response::sign("k1", &sk, "GET", "/api/v1/releases/x/manifest", &bytes);
        assert!(verify(&answer, keys, &bytes).is_err());
    }
}
