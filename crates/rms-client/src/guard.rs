//! Fail-soft licensing: ask the server when it answers, and when it does not, keep working on the
//! stored, signed license file until its `offline_until`. A paying user is never locked out by an
//! outage; a revoked license stops at its next online check.

use std::path::{Path, PathBuf};

use rms_license::file::LicenseData;

use crate::answer::Answer;
use crate::client::{Client, ClientError, unix_now};
use crate::clock::HighWater;
use crate::offline::verify_file;

/// Codes after which the stored license file is deleted: the license itself is no good.
const FINAL: [&str; 5] = ["NOT_FOUND", "REVOKED", "SUSPENDED", "EXPIRED", "PRODUCT_MISMATCH"];

/// A license file older than this is refreshed on the next successful online check.
const REFRESH_AFTER_SECS: i64 = 86_400;

/// What the product should do now.
#[derive(Debug)]
pub enum Decision {
    /// The server said yes.
    Online(Answer),
    /// The server could not be reached; the stored license file holds until `until`.
    Offline { until: i64, license: Box<LicenseData> },
    /// The server said no, in a signed answer; `code` says why (show `detail` to the user).
    Refused(Answer),
}

impl Decision {
    pub fn may_run(&self) -> bool {
        !matches!(self, Decision::Refused(_))
    }
}

/// One license on one machine, with its files in `dir` (`license.lic` and `clock`).
pub struct Guard {
    client: Client,
    key: String,
    fingerprint: String,
    dir: PathBuf,
}

impl Guard {
    pub fn new(client: Client, key: &str, fingerprint: &str, dir: impl AsRef<Path>) -> Self {
        Self { client, key: key.trim().to_owned(), fingerprint: fingerprint.to_owned(), dir: dir.as_ref().to_owned() }
    }

    fn file_path(&self) -> PathBuf {
        self.dir.join("license.lic")
    }

    fn clock(&self) -> HighWater {
        HighWater::at(self.dir.join("clock"))
    }

    /// Takes a seat for this machine (or gets its existing one back) and stores a license file.
    /// A refusal (`ACTIVATION_LIMIT` with the devices holding the seats…) comes back as the answer.
    pub async fn activate(&self, name: Option<&str>, platform: Option<&str>) -> Result<Answer, ClientError> {
        let answer = self.client.activate(&self.key, &self.fingerprint, name, platform).await?;
        if answer.valid
            && let Some(activation) = &answer.activation
        {
            self.store_file(activation.id).await?;
        }
        Ok(answer)
    }

    /// Online when possible, else the stored file. Errors are for what cannot be decided: a
    /// forged answer, a clock set back, no stored file while offline.
    pub async fn check(&self) -> Result<Decision, ClientError> {
        let now = unix_now();
        match self.client.validate(&self.key, Some(&self.fingerprint), None).await {
            Ok(answer) if answer.valid => {
                self.clock().observe(now)?;
                if let Some(activation) = &answer.activation
                    && self.file_age(now).is_none_or(|age| age > REFRESH_AFTER_SECS)
                {
                    // Best effort: the online answer stands even if the refresh fails.
                    let _ = self.store_file(activation.id).await;
                }
                Ok(Decision::Online(answer))
            }
            Ok(answer) => {
                if FINAL.contains(&answer.code.as_str()) {
                    let _ = std::fs::remove_file(self.file_path());
                }
                Ok(Decision::Refused(answer))
            }
            Err(e) if e.is_network() => self.offline(now),
            Err(e) => Err(e),
        }
    }

    /// The decision from the stored license file alone.
    pub fn offline(&self, now: i64) -> Result<Decision, ClientError> {
        let text = std::fs::read_to_string(self.file_path()).map_err(|e| ClientError::Storage(e.to_string()))?;
        let data = verify_file(&text, self.client.keys(), Some(&self.fingerprint), None, now, Some(&self.clock()))?;
        Ok(Decision::Offline { until: data.offline_until, license: Box::new(data) })
    }

    fn file_age(&self, now: i64) -> Option<i64> {
        let text = std::fs::read_to_string(self.file_path()).ok()?;
        let data = verify_file(&text, self.client.keys(), Some(&self.fingerprint), None, now, None).ok()?;
        Some(now - data.issued_at)
    }

    async fn store_file(&self, activation: uuid::Uuid) -> Result<(), ClientError> {
        let answer = self.client.license_file(&self.key, activation).await?;
        let file =
            answer.license_file.ok_or_else(|| ClientError::Malformed(format!("no license file: {}", answer.code)))?;
        // Only a file that verifies for this machine is worth keeping.
        verify_file(&file, self.client.keys(), Some(&self.fingerprint), None, unix_now(), None)?;
        std::fs::create_dir_all(&self.dir).map_err(|e| ClientError::Storage(e.to_string()))?;
        let tmp = self.file_path().with_extension("tmp");
        std::fs::write(&tmp, file)
            .and_then(|()| std::fs::rename(&tmp, self.file_path()))
            .map_err(|e| ClientError::Storage(e.to_string()))
    }
}
