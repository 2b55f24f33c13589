//! A license owner's downloads: the published releases of the licensed product, marked covered
//! or not by the license's update period, with the newest per channel and platform first, and
//! links made on demand (each click mints a fresh 10-minute link for that license).

use rms_core::Timestamp;
use rms_core::licensing::LicenseStatus;
use rms_core::releases::{Channel, covered};
use uuid::Uuid;

use super::{Published, Releases};
use crate::AppError;
use crate::accounts::Principal;

/// A release as its owner's downloads page shows it.
#[derive(Clone, Debug)]
pub struct OwnedRelease {
    pub id: Uuid,
    pub version: String,
    pub channel: Channel,
    pub released_at: Timestamp,
    /// Markdown.
    pub notes: String,
    /// Released within the license's update period.
    pub covered: bool,
    pub files: Vec<OwnedFile>,
}

#[derive(Clone, Debug)]
pub struct OwnedFile {
    pub id: Uuid,
    pub platform: String,
    pub file_name: String,
    pub size: i64,
    pub sha256: String,
}

/// The newest covered release on one channel for one platform.
#[derive(Clone, Debug)]
pub struct Latest {
    pub channel: Channel,
    pub platform: String,
    pub version: String,
    pub release_id: Uuid,
    pub file: OwnedFile,
}

#[derive(Clone, Debug)]
pub struct LicenseDownloads {
    pub license_id: Uuid,
    pub product: String,
    /// The license may download now (active and not expired).
    pub usable: bool,
    pub maintenance_until: Option<Timestamp>,
    pub latest: Vec<Latest>,
    /// Every published release, newest first.
    pub releases: Vec<OwnedRelease>,
}

fn owned(p: &Published, maintenance: Option<Timestamp>) -> OwnedRelease {
    OwnedRelease {
        id: p.id,
        version: p.version.to_string(),
        channel: p.channel,
        released_at: p.released_at,
        notes: p.notes.clone(),
        covered: covered(maintenance, p.released_at),
        files: p
            .artifacts
            .iter()
            .map(|a| OwnedFile {
                id: a.id,
                platform: a.platform.clone(),
                file_name: a.file_name.clone(),
                size: a.size,
                sha256: a.sha256.clone(),
            })
            .collect(),
    }
}

impl Releases {
    /// The downloads of the caller's license `license_id` (staff may look at anyone's).
    pub async fn for_license(&self, who: &Principal, license_id: Uuid) -> Result<LicenseDownloads, AppError> {
        let seats = self.licensing.seats(who, license_id, who.is_staff(rms_core::account::Scope::Read)).await?;
        let l = seats.license;
        let now_secs = self.clock.now().as_millis().div_euclid(1000);
        let usable = l.status == LicenseStatus::Active && l.expires_at.is_none_or(|e| e > now_secs);
        let maintenance = l.maintenance();
        let published = self.index.of(&self.db, l.product_id).await?;
        let mut releases: Vec<OwnedRelease> = published.iter().map(|p| owned(p, maintenance)).collect();
        releases.sort_by(|a, b| {
            let version = |r: &OwnedRelease| rms_core::releases::Version::parse(&r.version).ok();
            version(b).cmp(&version(a))
        });
        let mut latest: Vec<Latest> = Vec::new();
        for channel in Channel::ALL {
            for r in releases.iter().filter(|r| r.covered && r.channel == *channel) {
                for f in &r.files {
                    if !latest.iter().any(|l| l.channel == *channel && l.platform == f.platform) {
                        latest.push(Latest {
                            channel: *channel,
                            platform: f.platform.clone(),
                            version: r.version.clone(),
                            release_id: r.id,
                            file: f.clone(),
                        });
                    }
                }
            }
        }
        Ok(LicenseDownloads {
            license_id,
            product: l.product,
            usable,
            maintenance_until: maintenance,
            latest,
            releases,
        })
    }

    /// A fresh link for the owner of `license_id` to download `artifact`: only for a usable
    /// license, and an artifact of a published release of its product that it covers.
    pub async fn owner_link(&self, who: &Principal, license_id: Uuid, artifact: Uuid) -> Result<String, AppError> {
        let downloads = self.for_license(who, license_id).await?;
        if !downloads.usable {
            return Err(AppError::LicenseUnusable { code: "NOT_ACTIVE" });
        }
        let offered = downloads.releases.iter().filter(|r| r.covered).flat_map(|r| &r.files).any(|f| f.id == artifact);
        if !offered {
            return Err(AppError::NotFound);
        }
        Ok(self.download_link(artifact, Some(license_id)).0)
    }
}
