//! Updates: ask whether a newer release is there for this license ([`Client::check_for_update`]),
//! then fetch it ([`Client::download_verified`]): the manifest's signature is checked against
//! the product's pinned keys, then the file's size and SHA-256 against the manifest, before a
//! single byte is handed over. A file that fails either check is deleted.

use std::path::{Path, PathBuf};

use rms_license::manifest::{self, Manifest, ManifestError};
use rms_license::wire::UpdateInfo;
use serde_json::json;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::answer::Answer;
use crate::client::{Client, ClientError, nonce};

/// How long one download may take in all.
const DOWNLOAD_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(6 * 3600);

/// What an update check found.
#[derive(Clone, Debug)]
pub struct UpdateCheck {
    /// The signed answer: `valid` says whether the license may run; `code` is `VALID`,
    /// `VERSION_NOT_COVERED` (newer releases exist that the license does not cover; `valid` stays
    /// true) or why the license cannot be used.
    pub answer: Answer,
    /// The release to install, if any (the newest the license covers).
    pub update: Option<UpdateInfo>,
}

/// Where an update check looks.
#[derive(Clone, Debug)]
pub struct UpdateQuery<'a> {
    pub key: &'a str,
    /// `stable`, `beta` or `alpha`.
    pub channel: &'a str,
    pub current_version: Option<&'a str>,
    pub platform: &'a str,
    pub fingerprint: Option<&'a str>,
    pub domain: Option<&'a str>,
}

#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    #[error(transparent)]
    Client(#[from] ClientError),
    /// The manifest or the file is not what the product's key vouches for.
    #[error("the download is not trusted: {0}")]
    Untrusted(#[from] ManifestError),
    #[error("the download failed: {0}")]
    Download(String),
    #[error("the file could not be written: {0}")]
    Io(#[from] std::io::Error),
}

impl Client {
    /// Asks for the newest release this license may have on `q.channel` for `q.platform`. The
    /// answer is signed and checked like a validation's.
    pub async fn check_for_update(&self, q: &UpdateQuery<'_>) -> Result<UpdateCheck, ClientError> {
        let nonce = nonce();
        let body = json!({
            "key": q.key, "product": self.product(), "channel": q.channel, "current_version": q.current_version,
            "platform": q.platform, "fingerprint": q.fingerprint, "domain": q.domain, "nonce": nonce,
        });
        let answer = self.call(reqwest::Method::POST, "/api/v1/releases/check", body, &nonce).await?;
        let update = answer.update.clone().flatten();
        Ok(UpdateCheck { answer, update })
    }

    /// Downloads `update` into `dir` under its file name, and returns the path only once the
    /// manifest's signature (by one of the pinned keys) and then the file's size and SHA-256
    /// match. Nothing is left behind when they do not.
    pub async fn download_verified(&self, update: &UpdateInfo, dir: &Path) -> Result<PathBuf, UpdateError> {
        let manifest = self.trusted_manifest(update)?;
        let artifact = manifest
            .artifact(&update.platform)
            .ok_or_else(|| ManifestError::NoArtifact(update.platform.clone()))?
            .clone();
        // The name comes from the signed manifest, and is only ever a plain file name (no
        // separators, no Windows stream or drive colon).
        let name = Path::new(&artifact.file_name)
            .file_name()
            .filter(|n| n.to_str() == Some(artifact.file_name.as_str()) && !artifact.file_name.contains(':'))
            .ok_or_else(|| ManifestError::Malformed(format!("file name {:?}", artifact.file_name)))?;
        let hex_digest = artifact.sha256.len() == 64 && artifact.sha256.bytes().all(|b| b.is_ascii_hexdigit());
        if !hex_digest {
            return Err(ManifestError::Malformed(format!("sha256 {:?}", artifact.sha256)).into());
        }
        // A fresh name each time, created only if absent: never someone else's file or link.
        let partial = dir.join(format!(".{}.{}.part", artifact.sha256, crate::client::nonce()));
        let result = self.fetch(&update.download_url, &partial, &artifact).await;
        if let Err(e) = result {
            let _ = tokio::fs::remove_file(&partial).await;
            return Err(e);
        }
        let target = dir.join(name);
        tokio::fs::rename(&partial, &target).await?;
        Ok(target)
    }

    /// The update's manifest, once its signature is checked against the pinned keys.
    pub fn trusted_manifest(&self, update: &UpdateInfo) -> Result<Manifest, ManifestError> {
        let keys = self.keys();
        manifest::verify(&update.manifest_signature, |kid| keys.get(kid), update.manifest.as_bytes())
    }

    async fn fetch(&self, url: &str, partial: &Path, artifact: &manifest::ManifestArtifact) -> Result<(), UpdateError> {
        // Large files take long: the client's 10-second limit is for answers, not downloads.
        let request = self.http().get(url).timeout(DOWNLOAD_TIMEOUT);
        let mut res = request.send().await.map_err(|e| UpdateError::Download(e.to_string()))?;
        if !res.status().is_success() {
            return Err(UpdateError::Download(format!("the server answered {}", res.status())));
        }
        let mut file = tokio::fs::OpenOptions::new().write(true).create_new(true).open(partial).await?;
        let mut hasher = Sha256::new();
        let mut size: u64 = 0;
        while let Some(chunk) = res.chunk().await.map_err(|e| UpdateError::Download(e.to_string()))? {
            size += chunk.len() as u64;
            if size > artifact.size {
                // Longer than the manifest says: stop reading now.
                return Err(ManifestError::Size { expected: artifact.size, actual: size }.into());
            }
            hasher.update(&chunk);
            file.write_all(&chunk).await?;
        }
        file.flush().await?;
        manifest::check_digest(artifact, size, &hex::encode(hasher.finalize()))?;
        Ok(())
    }
}
