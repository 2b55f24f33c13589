//! "Is there an update for me?": the license is checked like a validation (the same codes, the
//! same signed answer), then the newest published release on the caller's channel with an
//! artifact for its platform is offered, if the license's maintenance covers it. When it does
//! not, the answer says `VERSION_NOT_COVERED` and offers the newest release it does cover.

use rms_core::licensing::Code;
use rms_core::releases::{Channel, Offer, Platform, Version, offer};
use rms_license::wire::UpdateInfo;

use super::index::candidates;
use super::{Published, Releases};
use crate::AppError;
use crate::licensing::{Answer, Scope, secs};

/// An update check as a product sends it.
#[derive(Clone, Debug, Default)]
pub struct UpdateRequest<'a> {
    pub key: &'a str,
    pub product: &'a str,
    pub fingerprint: Option<&'a str>,
    pub domain: Option<&'a str>,
    /// `stable` when absent.
    pub channel: Option<&'a str>,
    /// What runs now; absent: offer the newest.
    pub current_version: Option<&'a str>,
    pub platform: &'a str,
}

/// An update check's outcome.
pub struct UpdateAnswer {
    pub answer: Answer,
    /// The release to install, if any.
    pub update: Option<UpdateInfo>,
    /// The license itself is usable: true also when the code says `VERSION_NOT_COVERED` about
    /// newer releases (a license whose updates ended still runs what it has).
    pub licensed: bool,
}

/// A request's channel: `stable` when it names none.
pub(super) fn channel_of(raw: Option<&str>) -> Result<Channel, AppError> {
    match raw.map(str::trim) {
        None | Some("") => Ok(Channel::Stable),
        Some(c) => Channel::parse(c)
            .map_err(|_| AppError::Invalid { field: "channel", reason: rms_core::account::InvalidInput::Range }),
    }
}

impl Releases {
    /// Checks the license, then picks the update (see the module documentation). The answer is
    /// the validation's, with its code turned into `VERSION_NOT_COVERED` when newer releases
    /// exist that the license does not cover.
    pub async fn check_update(&self, req: &UpdateRequest<'_>) -> Result<UpdateAnswer, AppError> {
        let channel = channel_of(req.channel)?;
        let platform = Platform::parse(req.platform).map_err(AppError::invalid("platform"))?;
        let current =
            req.current_version.map(|v| Version::parse(v).map_err(AppError::invalid("current_version"))).transpose()?;
        let scope = Scope { fingerprint: req.fingerprint, domain: req.domain, ..Scope::default() };
        let mut answer = self.licensing.validate(req.key, req.product, &scope).await?;
        let Some(license) = answer.verdict.license.as_ref().filter(|_| answer.verdict.is_valid()) else {
            return Ok(UpdateAnswer { answer, update: None, licensed: false });
        };
        let (license_id, maintenance) = (license.id, license.maintenance());
        let minimum = self.minimum_supported(answer.signer.product_id).await?;
        let mandatory = matches!((&current, &minimum), (Some(cur), Some(min)) if cur < min);
        let published = self.index.of(&self.db, answer.signer.product_id).await?;
        let candidates = candidates(&published, Some(platform.as_str()));
        let chosen = match offer(&candidates, channel, current.as_ref(), maintenance) {
            Offer::UpToDate => None,
            Offer::Update(p) => Some(p),
            Offer::NotCovered { covered } => {
                answer.verdict.code = Code::VersionNotCovered;
                covered
            }
        };
        let update = chosen.and_then(|p| {
            let artifact = p.artifact(platform.as_str())?;
            let (download_url, expires) = self.download_link(artifact.id, Some(license_id));
            Some(UpdateInfo {
                release_id: p.id,
                version: p.version.to_string(),
                channel: p.channel.as_str().to_owned(),
                released_at: secs(p.released_at),
                notes: p.notes.clone(),
                platform: artifact.platform.clone(),
                file_name: artifact.file_name.clone(),
                size: artifact.size,
                sha256: artifact.sha256.clone(),
                download_url,
                download_expires_at: secs(expires),
                manifest: p.manifest.clone(),
                manifest_signature: p.signature.clone(),
                mandatory,
            })
        });
        Ok(UpdateAnswer { answer, update, licensed: true })
    }
}

/// The newest published release of a product, as anyone may ask (no license, no download).
#[derive(Clone, Debug)]
pub struct LatestRelease {
    pub release: Published,
    /// Newer than the version the caller runs (always true when it named none).
    pub newer: bool,
}

impl Releases {
    /// The upgrade question without a license (licensing.md §8): the newest published release
    /// of `product` on `channel` (cumulative), with a file for `platform` when one is named.
    /// `None`: nothing published there.
    pub async fn latest(
        &self,
        product: &str,
        channel: Option<&str>,
        current: Option<&str>,
        platform: Option<&str>,
    ) -> Result<Option<LatestRelease>, AppError> {
        let channel = channel_of(channel)?;
        let platform = platform
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| Platform::parse(p).map_err(AppError::invalid("platform")))
            .transpose()?;
        let current = current
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|v| Version::parse(v).map_err(AppError::invalid("current")))
            .transpose()?;
        let signer = self.licensing.product(product).await?;
        let published = self.index.of(&self.db, signer.product_id).await?;
        let candidates = candidates(&published, platform.as_ref().map(Platform::as_str));
        let Offer::Update(newest) = offer(&candidates, channel, None, None) else { return Ok(None) };
        let newer = current.as_ref().is_none_or(|c| newest.version > *c);
        Ok(Some(LatestRelease { release: newest.clone(), newer }))
    }
}
