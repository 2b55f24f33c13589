//! Releases (licensing.md §8): admins (or their CI, with a `releases` key) create a draft,
//! upload its artifacts, publish it (the manifest is signed then, with the product's key) and
//! may yank it. Artifacts are stored by their SHA-256 behind [`ArtifactStore`].

use bytes::Bytes;
use futures::Stream;
use rms_artifacts::{ArtifactError, ArtifactStore, Sha256Hex};
use rms_core::account::{InvalidInput, Role, Scope};
use rms_core::licensing::LicenseStatus;
use rms_core::releases::{Channel, FileName, Platform, ReleaseAction, ReleaseState, Version};
use rms_core::{Clock, Timestamp};
use rms_license::manifest::{self, Manifest, ManifestArtifact};
use rms_store::Db;
use rms_store::catalog as products;
use rms_store::releases::{self as store, ArtifactRow, ReleaseRow};
use serde_json::json;
use std::sync::Arc;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::jobs::{self, AnnounceRelease};
use crate::licensing::Licensing;
use crate::signers::Signers;
use crate::{AppError, RequestMeta};

mod downloads;
pub mod feeds;
mod index;
mod owner;
mod updates;
mod wordpress;

pub(crate) use downloads::shared_secret;
pub use downloads::{DownloadKey, LinkRefusal};
pub use feeds::formats::{FeedBase, FeedDocument};
pub use feeds::{FeedAccess, FeedConfig, FeedKeyView, FeedRequest, FeedSettingsInput, KeyState};
pub use index::{Published, ReleaseIndex};
pub use owner::{Latest, LicenseDownloads, OwnedFile, OwnedRelease};
pub use updates::{LatestRelease, UpdateAnswer, UpdateRequest};
pub use wordpress::{EddRefusal, EddVersion, WORDPRESS};

/// Release notes are Markdown, up to this many characters.
const MAX_NOTES: usize = 100_000;

/// A release as admins and the API see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    pub id: Uuid,
    pub product_id: Uuid,
    pub version: String,
    pub channel: Channel,
    pub state: ReleaseState,
    pub notes: String,
    pub created_at: Timestamp,
    pub published_at: Option<Timestamp>,
    pub yanked_at: Option<Timestamp>,
    pub artifacts: Vec<Artifact>,
    pub wordpress: WordPress,
}

/// What WordPress's updater shows about a release (EDD's `requires`, `tested`, `requires_php`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordPress {
    pub requires: Option<String>,
    pub tested: Option<String>,
    pub requires_php: Option<String>,
}

/// A release to create.
#[derive(Clone, Debug, Default)]
pub struct NewRelease<'a> {
    pub version: &'a str,
    /// `stable` when absent.
    pub channel: Option<&'a str>,
    pub notes: &'a str,
    pub requires: Option<&'a str>,
    pub tested: Option<&'a str>,
    pub requires_php: Option<&'a str>,
}

/// A WordPress or PHP version as plugin headers write it (`6.4`, `8.1.2`).
fn wp_version(field: &'static str, raw: Option<&str>) -> Result<Option<String>, AppError> {
    match raw.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) if v.len() <= 20 && v.bytes().all(|b| b.is_ascii_digit() || b == b'.') && !v.starts_with('.') => {
            Ok(Some(v.to_owned()))
        }
        Some(_) => Err(AppError::Invalid { field, reason: InvalidInput::Version }),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Artifact {
    pub id: Uuid,
    pub platform: String,
    pub file_name: String,
    pub sha256: String,
    pub size: i64,
    pub downloads: i64,
}

/// A published release's manifest as signed: the exact bytes and their `RMS-Signature`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedManifest {
    pub bytes: Vec<u8>,
    pub signature: String,
}

/// How long a download link works.
pub const LINK_TTL: std::time::Duration = std::time::Duration::from_secs(600);

#[derive(Clone)]
pub struct Releases {
    db: Db,
    clock: Arc<dyn Clock>,
    signers: Signers,
    artifacts: ArtifactStore,
    index: Arc<ReleaseIndex>,
    links: DownloadKey,
    licensing: Licensing,
    /// The public URL download links start with.
    link_base: String,
    /// Opens the feed keys (sealed at rest).
    ring: rms_crypto::MasterKeyRing,
}

/// What the ports and settings give the releases use cases.
pub struct ReleaseParts {
    pub signers: Signers,
    pub artifacts: ArtifactStore,
    pub index: Arc<ReleaseIndex>,
    pub links: DownloadKey,
    pub licensing: Licensing,
    pub link_base: String,
    pub ring: rms_crypto::MasterKeyRing,
}

/// A download a link allowed: the artifact, its release, and the license that asked.
#[derive(Clone, Debug)]
pub struct Authorized {
    pub artifact: ArtifactRow,
    pub license: Option<Uuid>,
}

/// Admins, or an admin's API key with the `releases` scope (CI publishing).
fn release_manager(who: &Principal) -> Result<(), AppError> {
    who.require_staff(Scope::Releases)?;
    if who.role == Role::Admin { Ok(()) } else { Err(AppError::Forbidden) }
}

fn artifact_of(row: ArtifactRow, counts: &[(Uuid, i64)]) -> Artifact {
    let downloads = counts.iter().find(|(id, _)| *id == row.id).map_or(0, |(_, n)| *n);
    Artifact {
        id: row.id,
        platform: row.platform,
        file_name: row.file_name,
        sha256: row.sha256,
        size: row.size,
        downloads,
    }
}

impl Releases {
    pub fn new(db: Db, clock: Arc<dyn Clock>, parts: ReleaseParts) -> Self {
        let ReleaseParts { signers, artifacts, index, links, licensing, link_base, ring } = parts;
        Self { db, clock, signers, artifacts, index, links, licensing, link_base, ring }
    }

    /// A link that downloads `artifact` for `license` (`None`: an admin) until it expires.
    pub fn download_link(&self, artifact: Uuid, license: Option<Uuid>) -> (String, Timestamp) {
        let expires = self.clock.now().plus(LINK_TTL);
        let token = self.links.sign(artifact, license, expires);
        (format!("{}/api/v1/downloads/{artifact}?token={token}", self.link_base.trim_end_matches('/')), expires)
    }

    /// A link for an admin (or their CI) to fetch `artifact`, draft or published.
    pub async fn admin_link(&self, who: &Principal, artifact: Uuid) -> Result<String, AppError> {
        release_manager(who)?;
        store::artifact(&self.db, artifact).await?.ok_or(AppError::NotFound)?;
        Ok(self.download_link(artifact, None).0)
    }

    /// Checks a download link: refused alike whether it is malformed, altered, expired, or its
    /// release is no longer published (yanked).
    pub async fn authorize_download(&self, artifact: Uuid, token: &str) -> Result<Authorized, AppError> {
        let license = self.links.check(artifact, token, self.clock.now()).map_err(|refusal| {
            tracing::info!(%artifact, ?refusal, "download link refused");
            AppError::DownloadRefused
        })?;
        let row = store::artifact(&self.db, artifact).await?.ok_or(AppError::DownloadRefused)?;
        let release = store::release(&self.db, row.release_id).await?.ok_or(AppError::DownloadRefused)?;
        // Customers' links open published releases only; an admin's (no license) also drafts,
        // to check a build before publishing it.
        if release.state != ReleaseState::Published && (license.is_some() || release.state == ReleaseState::Yanked) {
            return Err(AppError::DownloadRefused);
        }
        // A license revoked, suspended or expired since the link was made stops it at once.
        if let Some(id) = license {
            let now = self.clock.now();
            let usable = products::license(&self.db, id)
                .await?
                .is_some_and(|l| l.status == LicenseStatus::Active && l.expires_at.is_none_or(|e| e > now));
            if !usable {
                return Err(AppError::DownloadRefused);
            }
        }
        Ok(Authorized { artifact: row, license })
    }

    /// Streams an authorised artifact, whole or `range` of it (clamped by the caller to its
    /// size). With `count`, a request for the whole file is counted as one download (resumed
    /// ranges and probes are not).
    pub async fn stream(
        &self,
        ok: &Authorized,
        range: Option<std::ops::Range<u64>>,
        count: bool,
    ) -> Result<rms_artifacts::Download, AppError> {
        let sha = Sha256Hex::parse(&ok.artifact.sha256)
            .ok_or_else(|| AppError::Internal(format!("artifact {} has no digest", ok.artifact.id)))?;
        let size = u64::try_from(ok.artifact.size).map_err(|_| AppError::Internal("artifact size".into()))?;
        let download = self.artifacts.open_range(&sha, size, range).await.map_err(|e| match e {
            ArtifactError::Range => AppError::Invalid { field: "range", reason: InvalidInput::Range },
            other => AppError::Internal(format!("reading artifact {}: {other}", ok.artifact.id)),
        })?;
        if count && download.range == (0..size) {
            let now = self.clock.now();
            store::record_download(&self.db, ok.artifact.release_id, ok.artifact.id, ok.license, now).await?;
        }
        Ok(download)
    }

    pub fn artifact_store(&self) -> &ArtifactStore {
        &self.artifacts
    }

    async fn view(&self, row: ReleaseRow) -> Result<Release, AppError> {
        let counts = store::download_counts(&self.db, row.id).await?;
        let artifacts =
            store::artifacts_of(&self.db, row.id).await?.into_iter().map(|a| artifact_of(a, &counts)).collect();
        Ok(Release {
            id: row.id,
            product_id: row.product_id,
            version: row.version,
            channel: row.channel,
            state: row.state,
            notes: row.notes,
            created_at: row.created_at,
            published_at: row.published_at,
            yanked_at: row.yanked_at,
            artifacts,
            wordpress: WordPress {
                requires: row.wp_requires,
                tested: row.wp_tested,
                requires_php: row.wp_requires_php,
            },
        })
    }

    /// Creates a draft release of `product_id`.
    pub async fn create(
        &self,
        who: &Principal,
        product_id: Uuid,
        spec: &NewRelease<'_>,
        meta: &RequestMeta,
    ) -> Result<Release, AppError> {
        release_manager(who)?;
        let product = products::product(&self.db, product_id).await?.ok_or(AppError::NotFound)?;
        let version = Version::parse(spec.version).map_err(AppError::invalid("version"))?;
        let channel = Channel::parse(spec.channel.unwrap_or("stable").trim())
            .map_err(|_| AppError::Invalid { field: "channel", reason: InvalidInput::Range })?;
        let notes = spec.notes;
        let wordpress = WordPress {
            requires: wp_version("requires", spec.requires)?,
            tested: wp_version("tested", spec.tested)?,
            requires_php: wp_version("requires_php", spec.requires_php)?,
        };
        if !channel.admits(&version) {
            // A pre-release tag on the stable channel: publish it on beta or alpha.
            return Err(AppError::Invalid { field: "channel", reason: InvalidInput::Range });
        }
        if notes.chars().count() > MAX_NOTES {
            return Err(AppError::Invalid { field: "notes", reason: InvalidInput::Range });
        }
        let now = self.clock.now();
        let row = ReleaseRow {
            id: Uuid::now_v7(),
            product_id: product.id,
            version: version.to_string(),
            version_key: version.precedence_key(),
            channel,
            state: ReleaseState::Draft,
            notes: notes.to_owned(),
            created_at: now,
            created_by: Some(who.user_id),
            published_at: None,
            yanked_at: None,
            manifest: None,
            signature: None,
            wp_requires: wordpress.requires,
            wp_tested: wordpress.tested,
            wp_requires_php: wordpress.requires_php,
        };
        if !store::insert_release(&self.db, &row).await? {
            return Err(AppError::VersionTaken);
        }
        let details = json!({ "product": product.slug, "version": row.version, "channel": channel });
        let entry = meta.audit(Some(who.user_id), "release.created", ("release", row.id.to_string()), details);
        crate::audit_alone(&self.db, &entry, now).await?;
        self.view(row).await
    }

    /// A product's releases, newest version first.
    pub async fn list(&self, who: &Principal, product_id: Uuid) -> Result<Vec<Release>, AppError> {
        release_manager(who)?;
        products::product(&self.db, product_id).await?.ok_or(AppError::NotFound)?;
        let mut rows = store::releases_of(&self.db, product_id).await?;
        rows.sort_by(|a, b| {
            let (va, vb) = (Version::parse(&a.version).ok(), Version::parse(&b.version).ok());
            vb.cmp(&va)
        });
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            out.push(self.view(row).await?);
        }
        Ok(out)
    }

    pub async fn get(&self, who: &Principal, id: Uuid) -> Result<Release, AppError> {
        release_manager(who)?;
        let row = store::release(&self.db, id).await?.ok_or(AppError::NotFound)?;
        self.view(row).await
    }

    /// Stores an upload as the artifact of `platform` of draft `release_id`, streamed: refused
    /// before anything is read when the release cannot take it or `declared` is over the limit.
    #[allow(clippy::too_many_arguments)]
    pub async fn upload<S, E>(
        &self,
        who: &Principal,
        release_id: Uuid,
        platform: &str,
        file_name: &str,
        body: S,
        declared: Option<u64>,
        meta: &RequestMeta,
    ) -> Result<Artifact, AppError>
    where
        S: Stream<Item = Result<Bytes, E>> + Send,
        E: std::fmt::Display,
    {
        release_manager(who)?;
        let platform = Platform::parse(platform).map_err(AppError::invalid("platform"))?;
        let file_name = FileName::parse(file_name).map_err(AppError::invalid("filename"))?;
        let release = store::release(&self.db, release_id).await?.ok_or(AppError::NotFound)?;
        if !release.state.takes_artifacts() {
            return Err(AppError::WrongState { state: release.state.as_str() });
        }
        // Sparkle's signature reads the whole file twice: made while the upload is spooled, with
        // every key of the product that still signs.
        let keys = Arc::new(self.signing_keys(release.product_id).await?);
        let signers = keys.clone();
        let sign = move |path: &std::path::Path| -> Result<Vec<(Uuid, String)>, std::io::Error> {
            signers.iter().map(|k| Ok((k.id, k.key.sign_archive(|feed| feeds::read_file(path, feed))?))).collect()
        };
        let (stored, signatures) = self.artifacts.ingest_with(body, declared, sign).await.map_err(|e| match e {
            ArtifactError::TooLarge { limit } => AppError::TooLarge { limit: i64::try_from(limit).unwrap_or(i64::MAX) },
            ArtifactError::Body(_) => AppError::Invalid { field: "body", reason: InvalidInput::Range },
            other => AppError::Internal(format!("storing an artifact: {other}")),
        })?;
        let signatures = signatures.map_err(|e| AppError::Internal(format!("signing an artifact: {e}")))?;
        let now = self.clock.now();
        let row = ArtifactRow {
            id: Uuid::now_v7(),
            release_id,
            platform: platform.as_str().to_owned(),
            file_name: file_name.as_str().to_owned(),
            sha256: stored.sha256.to_string(),
            size: i64::try_from(stored.size).map_err(|_| AppError::Internal("artifact size".into()))?,
            created_at: now,
            sha512: Some(stored.digests.sha512.clone()),
            sha1: Some(stored.digests.sha1.clone()),
            blake2b: Some(stored.digests.blake2b.clone()),
        };
        for (key, signature) in &signatures {
            rms_store::releases::feeds::put_signature(&self.db, &row.sha256, *key, signature, now).await?;
        }
        let mut tx = self.db.begin().await?;
        // Published meanwhile: the manifest is signed, the file cannot join it any more.
        if !store::hold_draft(&mut tx, release_id).await? {
            return Err(AppError::WrongState { state: "published" });
        }
        store::put_artifact(&mut tx, &row).await?;
        let details = json!({ "platform": row.platform, "file_name": row.file_name, "sha256": row.sha256,
            "size": row.size });
        let entry =
            meta.audit(Some(who.user_id), "release.artifact_uploaded", ("release", release_id.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        // An artifact replaced under the same platform keeps its id only if it was new.
        let stored_row = store::artifacts_of(&self.db, release_id)
            .await?
            .into_iter()
            .find(|a| a.platform == row.platform)
            .unwrap_or(row);
        Ok(artifact_of(stored_row, &[]))
    }

    /// Publishes a draft: signs its manifest with the product's current key and queues the
    /// announcement to entitled owners, in one transaction.
    pub async fn publish(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<Release, AppError> {
        release_manager(who)?;
        let release = store::release(&self.db, id).await?.ok_or(AppError::NotFound)?;
        if release.state.after(ReleaseAction::Publish).is_none() {
            return Err(AppError::WrongState { state: release.state.as_str() });
        }
        let signer = self.signers.get(release.product_id).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if !store::hold_draft(&mut tx, id).await? {
            return Err(AppError::WrongState { state: "published" });
        }
        let artifacts = store::artifacts_of_tx(&mut tx, id).await?;
        if artifacts.is_empty() {
            // Nothing to download: publishing would spend the version on an empty release.
            return Err(AppError::WrongState { state: "no_artifacts" });
        }
        let document = Manifest {
            format: manifest::FORMAT.to_owned(),
            product_id: release.product_id.to_string(),
            product: signer.slug.clone(),
            version: release.version.clone(),
            channel: release.channel.as_str().to_owned(),
            released_at: now.to_string(),
            artifacts: artifacts
                .iter()
                .map(|a| ManifestArtifact {
                    platform: a.platform.clone(),
                    file_name: a.file_name.clone(),
                    size: u64::try_from(a.size).unwrap_or_default(),
                    sha256: a.sha256.clone(),
                })
                .collect(),
        };
        let bytes = document.to_bytes();
        let text = String::from_utf8(bytes).map_err(|_| AppError::Internal("manifest text".into()))?;
        let signature = manifest::sign(&signer.kid, signer.key(), text.as_bytes());
        if !store::publish(&mut tx, id, &text, &signature, now).await? {
            return Err(AppError::WrongState { state: "published" });
        }
        jobs::enqueue(&mut tx, now, &AnnounceRelease { release_id: id }).await?;
        let details = json!({ "version": release.version, "channel": release.channel, "kid": signer.kid,
            "artifacts": artifacts.len() });
        let entry = meta.audit(Some(who.user_id), "release.published", ("release", id.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        self.index.forget(release.product_id);
        let row = store::release(&self.db, id).await?.ok_or(AppError::NotFound)?;
        self.view(row).await
    }

    /// Withdraws a published release: never offered or downloadable again.
    pub async fn yank(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<Release, AppError> {
        release_manager(who)?;
        let release = store::release(&self.db, id).await?.ok_or(AppError::NotFound)?;
        if release.state.after(ReleaseAction::Yank).is_none() {
            return Err(AppError::WrongState { state: release.state.as_str() });
        }
        let now = self.clock.now();
        if !store::yank(&self.db, id, now).await? {
            return Err(AppError::WrongState { state: "yanked" });
        }
        self.index.forget(release.product_id);
        let details = json!({ "version": release.version, "channel": release.channel });
        let entry = meta.audit(Some(who.user_id), "release.yanked", ("release", id.to_string()), details);
        crate::audit_alone(&self.db, &entry, now).await?;
        let row = store::release(&self.db, id).await?.ok_or(AppError::NotFound)?;
        self.view(row).await
    }

    /// The signed manifest of a published release (public: it names no customer, and clients
    /// fetch it to check what they download).
    pub async fn manifest(&self, id: Uuid) -> Result<SignedManifest, AppError> {
        let release = store::release(&self.db, id).await?.ok_or(AppError::NotFound)?;
        match (release.state, release.manifest, release.signature) {
            (ReleaseState::Published, Some(text), Some(signature)) => {
                Ok(SignedManifest { bytes: text.into_bytes(), signature })
            }
            _ => Err(AppError::NotFound),
        }
    }

    /// The announcement job: tells, once per person, the owners of the product's licenses
    /// whose maintenance covers the release (a `release_published` notification), as each chose
    /// for the product: who follows the release's channel (or one above it) hears of it on the
    /// channels they chose; who never chose hears of stable releases only.
    pub async fn announce(&self, job: AnnounceRelease) -> Result<u64, AppError> {
        use rms_core::notifications::{NotificationKind, Preferences, ReleaseSubscription};
        let Some(release) = store::release(&self.db, job.release_id).await? else { return Ok(0) };
        let (ReleaseState::Published, Some(released_at)) = (release.state, release.published_at) else {
            return Ok(0);
        };
        let product = products::product(&self.db, release.product_id).await?.ok_or(AppError::NotFound)?;
        let owners = store::entitled_owners(&self.db, release.product_id, released_at).await?;
        let chosen = rms_store::notifications::subscribers(&self.db, release.product_id).await?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let mut recorded = 0;
        for user in owners {
            let subscription = match chosen.iter().find(|r| r.user_id == user) {
                Some(row) => crate::notifications::subscription_of(row),
                None => ReleaseSubscription::default_for(&Preferences::from_stored(
                    rms_store::notifications::preferences_tx(&mut tx, user).await?,
                )),
            };
            let Some(channels) = subscription.hears_of(release.channel) else { continue };
            if store::insert_event(&mut tx, release.id, user, now).await? {
                let mut data = json!({ "version": release.version,
                    "channel": release.channel.as_str(), "link": "/licenses" });
                crate::notifications::name_in_languages(&mut data, "product", &product.name, &product.translations.0);
                let dedupe = Some(format!("release_published:{}:{user}", release.id));
                let kind = NotificationKind::ReleasePublished;
                crate::notifications::record_on(&mut tx, now, user, kind, data, dedupe, Some(channels)).await?;
                recorded += 1;
            }
        }
        tx.commit().await?;
        Ok(recorded)
    }

    /// Deletes stored files no artifact names, a day after they were stored (the daily job).
    pub async fn collect_artifacts(&self) -> Result<u64, AppError> {
        let named: std::collections::HashSet<String> = store::artifact_digests(&self.db).await?.into_iter().collect();
        let grace = std::time::Duration::from_secs(86_400);
        self.artifacts
            .sweep(|d| named.contains(d.as_str()), grace)
            .await
            .map_err(|e| AppError::Internal(format!("collecting artifacts: {e}")))
    }

    /// Whether content `sha256` is in the store (readiness and tests).
    pub async fn has_content(&self, sha256: &str) -> Result<bool, AppError> {
        let Some(sha) = Sha256Hex::parse(sha256) else { return Ok(false) };
        self.artifacts.contains(&sha).await.map_err(|e| AppError::Internal(e.to_string()))
    }
}
