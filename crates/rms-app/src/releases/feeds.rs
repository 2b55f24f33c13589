//! Feeds for the updaters desktop apps already use, built from the same releases, so a vendor
//! adds licensing without replacing the updater: Sparkle's appcast, Tauri's updater answer,
//! electron-updater's `latest.yml` and Velopack's release feed ([`formats`]).
//!
//! Every feed lives under `/api/v1/feeds/{product}/{channel}`: a license key (in the path after
//! `/key/`, or the `RMS-License-Key` header) is checked like a validation without a device and
//! opens every channel its holder may follow, offering only releases its maintenance covers;
//! without a key, only a product's stable feed answers, and only if the vendor made it public.
//! Files are served under the same prefix, checked the same way at each request (an updater
//! may download long after it looked), so a link never expires while the license is good.
//!
//! Sparkle and Tauri check signatures made with the product's feed key (see
//! [`rms_license::updater`]); the key rotates without stranding apps built with the old one:
//! the old key is retired, still signs, and is served to feeds that name it (`?kid=`).

use rms_core::Timestamp;
use rms_core::account::InvalidInput;
use rms_core::licensing::Code;
use rms_core::releases::{Channel, ReleaseState, Version, covered};
use rms_license::updater::FeedKey;
use rms_store::releases::feeds::{self as store, FeedKeyRow, FeedSettingsRow};
use serde_json::json;
use std::sync::Arc;
use uuid::Uuid;

use super::index::Published;
use super::{Authorized, Releases, release_manager};
use crate::accounts::Principal;
use crate::jobs::{self, SignArtifacts};
use crate::licensing::Scope;
use crate::{AppError, RequestMeta};

pub mod formats;

/// How many releases a feed lists at most (Sparkle and Velopack take a list; the newest wins).
const LISTED: usize = 20;

pub(crate) fn aad(product: Uuid, kid: &str) -> Vec<u8> {
    format!("feed_keys/sealed_seed/{product}/{kid}").into_bytes()
}

/// Where a feed key is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyState {
    /// Signs, and is what feeds serve unless they name another.
    Active,
    /// Replaced, but still signs and is served to feeds that name it: apps built with it update.
    Retired,
    /// Signs nothing and is served to no one.
    Revoked,
}

impl KeyState {
    fn parse(raw: &str) -> Self {
        match raw {
            "active" => Self::Active,
            "retired" => Self::Retired,
            _ => Self::Revoked,
        }
    }
}

/// A feed key as admins see it: both public forms vendors build into their apps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedKeyView {
    pub kid: String,
    pub state: KeyState,
    /// Sparkle's `SUPublicEDKey`.
    pub sparkle_public_key: String,
    /// Tauri's `pubkey` (minisign's public key file, base64).
    pub minisign_public_key: String,
    pub created_at: Timestamp,
    pub retired_at: Option<Timestamp>,
}

/// A product's feed configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedConfig {
    pub product_id: Uuid,
    /// The stable feed answers without a license key.
    pub public_stable: bool,
    /// Updates from below this version are marked mandatory.
    pub minimum_supported_version: Option<String>,
    pub keys: Vec<FeedKeyView>,
    /// Every feed's URL starts with this, then `/{channel}` (see the module documentation).
    pub base_url: String,
}

/// Settings an admin sends.
#[derive(Clone, Debug, Default)]
pub struct FeedSettingsInput<'a> {
    pub public_stable: bool,
    /// Empty or absent: no minimum.
    pub minimum_supported_version: Option<&'a str>,
}

/// A feed request: the product (id or slug), the channel in the path, and the license key
/// if one came (path or header).
#[derive(Clone, Copy, Debug, Default)]
pub struct FeedRequest<'a> {
    pub product: &'a str,
    pub channel: &'a str,
    pub key: Option<&'a str>,
}

/// Who is reading a feed, and what they may have.
#[derive(Clone, Debug)]
pub struct FeedAccess {
    pub product_id: Uuid,
    pub product_slug: String,
    pub channel: Channel,
    /// `None`: the public stable feed.
    pub license: Option<Uuid>,
    maintenance: Option<Timestamp>,
    pub minimum: Option<Version>,
}

impl FeedAccess {
    /// Whether this reader may have `release`.
    pub fn may_have(&self, release: &Published) -> bool {
        self.channel.sees(release.channel) && (self.license.is_none() || covered(self.maintenance, release.released_at))
    }

    /// Whether an update from `current` to anything is mandatory (it runs below the minimum).
    pub fn mandatory_from(&self, current: &Version) -> bool {
        self.minimum.as_ref().is_some_and(|min| current < min)
    }
}

/// An opened feed key.
pub struct OpenedKey {
    pub id: Uuid,
    pub key: FeedKey,
    pub state: KeyState,
}

impl Releases {
    /// Opens key row `row` of its product.
    fn open_key(&self, row: &FeedKeyRow) -> Result<FeedKey, AppError> {
        let seed = self
            .ring
            .open(&row.sealed_seed, &aad(row.product_id, &row.kid))
            .map_err(|e| AppError::Internal(format!("feed key {} cannot be opened: {e}", row.kid)))?;
        let seed: [u8; 32] = seed.try_into().map_err(|_| AppError::Internal("a malformed feed key".into()))?;
        FeedKey::from_parts(&seed, &row.kid).ok_or_else(|| AppError::Internal(format!("feed key id {}", row.kid)))
    }

    fn new_key_row(&self, product: Uuid, now: Timestamp) -> FeedKeyRow {
        let key = FeedKey::generate();
        let kid = key.kid();
        FeedKeyRow {
            id: Uuid::now_v7(),
            product_id: product,
            sealed_seed: self.ring.seal(&key.seed(), &aad(product, &kid)),
            public_key: key.verifying_key().as_bytes().to_vec(),
            kid,
            state: "active".into(),
            created_at: now,
            retired_at: None,
        }
    }

    /// The product's key rows, newest first, its first key made when it has no active one.
    async fn key_rows(&self, product: Uuid) -> Result<Vec<FeedKeyRow>, AppError> {
        let rows = store::keys(&self.db, product).await?;
        if rows.iter().any(|r| r.state == "active") {
            return Ok(rows);
        }
        let now = self.clock.now();
        let first = self.new_key_row(product, now);
        let mut tx = self.db.begin().await?;
        if store::insert_first_key(&mut tx, &first).await? {
            // Files stored before the product had a key are signed (and their digests filled)
            // in the background; queued with the key, so neither is kept without the other.
            jobs::enqueue(&mut tx, now, &SignArtifacts { product_id: product, key_id: first.id }).await?;
        }
        tx.commit().await?;
        Ok(store::keys(&self.db, product).await?)
    }

    /// The product's keys that still sign (active and retired), creating its first key when
    /// it has none.
    pub(super) async fn signing_keys(&self, product: Uuid) -> Result<Vec<OpenedKey>, AppError> {
        let rows = self.key_rows(product).await?;
        rows.iter()
            .filter(|r| r.state != "revoked")
            .map(|r| Ok(OpenedKey { id: r.id, key: self.open_key(r)?, state: KeyState::parse(&r.state) }))
            .collect()
    }

    /// The key a feed signs with: the active one, or the live key `kid` names.
    pub async fn feed_key(&self, product: Uuid, kid: Option<&str>) -> Result<OpenedKey, AppError> {
        let mut keys = self.signing_keys(product).await?;
        let position = match kid.map(str::trim).filter(|k| !k.is_empty()) {
            Some(kid) => keys.iter().position(|k| k.key.kid().eq_ignore_ascii_case(kid)),
            None => keys.iter().position(|k| k.state == KeyState::Active),
        };
        position.map(|i| keys.swap_remove(i)).ok_or(AppError::NotFound)
    }

    async fn settings_of(&self, product: Uuid) -> Result<FeedSettingsRow, AppError> {
        Ok(store::settings(&self.db, product).await?.unwrap_or(FeedSettingsRow {
            product_id: product,
            public_stable: 0,
            minimum_version: None,
            updated_at: Timestamp::default(),
        }))
    }

    /// The product's minimum supported version, if it has one.
    pub(super) async fn minimum_supported(&self, product: Uuid) -> Result<Option<Version>, AppError> {
        Ok(store::settings(&self.db, product)
            .await?
            .and_then(|s| s.minimum_version)
            .and_then(|v| Version::parse(&v).ok()))
    }

    async fn config(&self, product: Uuid) -> Result<FeedConfig, AppError> {
        let rows = self.key_rows(product).await?;
        let settings = self.settings_of(product).await?;
        let mut keys = Vec::new();
        for row in rows {
            let key = self.open_key(&row)?;
            keys.push(FeedKeyView {
                kid: row.kid,
                state: KeyState::parse(&row.state),
                sparkle_public_key: key.sparkle_public_key(),
                minisign_public_key: key.minisign_public_key(),
                created_at: row.created_at,
                retired_at: row.retired_at,
            });
        }
        Ok(FeedConfig {
            product_id: product,
            public_stable: settings.public_stable == 1,
            minimum_supported_version: settings.minimum_version,
            keys,
            base_url: format!("{}/api/v1/feeds/{product}", self.link_base.trim_end_matches('/')),
        })
    }

    /// A product's feed configuration (its first key is made on the way if it has none).
    pub async fn feed_config(&self, who: &Principal, product: Uuid) -> Result<FeedConfig, AppError> {
        release_manager(who)?;
        rms_store::catalog::product(&self.db, product).await?.ok_or(AppError::NotFound)?;
        self.config(product).await
    }

    /// Sets whether the stable feed is public and the minimum supported version.
    pub async fn set_feed_settings(
        &self,
        who: &Principal,
        product: Uuid,
        input: &FeedSettingsInput<'_>,
        meta: &RequestMeta,
    ) -> Result<FeedConfig, AppError> {
        release_manager(who)?;
        rms_store::catalog::product(&self.db, product).await?.ok_or(AppError::NotFound)?;
        let minimum = input
            .minimum_supported_version
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| Version::parse(v).map_err(AppError::invalid("minimum_supported_version")))
            .transpose()?;
        let now = self.clock.now();
        let row = FeedSettingsRow {
            product_id: product,
            public_stable: i64::from(input.public_stable),
            minimum_version: minimum.map(|v| v.to_string()),
            updated_at: now,
        };
        store::put_settings(&self.db, &row).await?;
        let details = json!({ "public_stable": input.public_stable, "minimum_supported_version": row.minimum_version });
        let entry = meta.audit(Some(who.user_id), "release.feed_settings", ("product", product.to_string()), details);
        crate::audit_alone(&self.db, &entry, now).await?;
        self.config(product).await
    }

    /// Replaces the active feed key with a new one; the old one is retired (it still signs and
    /// is served to feeds naming it) and a job signs every stored file with the new key.
    pub async fn rotate_feed_key(
        &self,
        who: &Principal,
        product: Uuid,
        meta: &RequestMeta,
    ) -> Result<FeedConfig, AppError> {
        release_manager(who)?;
        rms_store::catalog::product(&self.db, product).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let row = self.new_key_row(product, now);
        let mut tx = self.db.begin().await?;
        if !store::rotate(&mut tx, &row, now).await? {
            // Another rotation's key became active meanwhile: this one keeps nothing.
            return Err(AppError::WrongState { state: "rotating" });
        }
        jobs::enqueue(&mut tx, now, &SignArtifacts { product_id: product, key_id: row.id }).await?;
        let entry = meta.audit(
            Some(who.user_id),
            "release.feed_key_rotated",
            ("product", product.to_string()),
            json!({ "kid": row.kid }),
        );
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        self.config(product).await
    }

    /// Revokes retired key `kid`: feeds naming it are refused and it signs nothing more.
    pub async fn revoke_feed_key(
        &self,
        who: &Principal,
        product: Uuid,
        kid: &str,
        meta: &RequestMeta,
    ) -> Result<FeedConfig, AppError> {
        release_manager(who)?;
        let now = self.clock.now();
        if !store::revoke(&self.db, product, kid.trim(), now).await? {
            let exists = store::keys(&self.db, product).await?.iter().any(|k| k.kid.eq_ignore_ascii_case(kid.trim()));
            return if exists {
                Err(AppError::WrongState { state: "active_or_revoked" })
            } else {
                Err(AppError::NotFound)
            };
        }
        let entry = meta.audit(
            Some(who.user_id),
            "release.feed_key_revoked",
            ("product", product.to_string()),
            json!({ "kid": kid.trim() }),
        );
        crate::audit_alone(&self.db, &entry, now).await?;
        self.config(product).await
    }

    /// Sparkle signatures of every file of `product` that key `key_id` has not signed yet, and
    /// the digests of files stored before feeds existed (the job a rotation queues). Answers how
    /// many files it signed.
    pub async fn sign_artifacts(&self, job: SignArtifacts) -> Result<u64, AppError> {
        let keys = self.signing_keys(job.product_id).await?;
        let Some(opened) = keys.into_iter().find(|k| k.id == job.key_id) else { return Ok(0) };
        let key = Arc::new(opened.key);
        let mut signed = 0;
        for (sha256, size) in store::unsigned(&self.db, job.product_id, job.key_id).await? {
            let (Some(digest), Ok(size)) = (rms_artifacts::Sha256Hex::parse(&sha256), u64::try_from(size)) else {
                continue;
            };
            let signer = key.clone();
            let (digests, signature) = self
                .artifacts
                .with_local_copy(&digest, size, move |path| signer.sign_archive(|feed| read_file(path, feed)))
                .await
                .map_err(|e| AppError::Internal(format!("reading artifact {sha256} to sign it: {e}")))?;
            let signature =
                signature.map_err(|e| AppError::Internal(format!("reading artifact {sha256} to sign it: {e}")))?;
            store::fill_digests(&self.db, &sha256, &digests.sha512, &digests.sha1, &digests.blake2b).await?;
            store::put_signature(&self.db, &sha256, job.key_id, &signature, self.clock.now()).await?;
            signed += 1;
        }
        Ok(signed)
    }

    /// Checks who reads a feed (see the module documentation).
    pub async fn feed_access(&self, req: &FeedRequest<'_>) -> Result<FeedAccess, AppError> {
        let channel = Channel::parse(req.channel.trim())
            .map_err(|_| AppError::Invalid { field: "channel", reason: InvalidInput::Range })?;
        let signer = self.licensing.product(req.product).await?;
        let settings = self.settings_of(signer.product_id).await?;
        let minimum = settings.minimum_version.as_deref().and_then(|v| Version::parse(v).ok());
        let base = |license, maintenance| FeedAccess {
            product_id: signer.product_id,
            product_slug: signer.slug.clone(),
            channel,
            license,
            maintenance,
            minimum: minimum.clone(),
        };
        let Some(key) = req.key.map(str::trim).filter(|k| !k.is_empty()) else {
            return if settings.public_stable == 1 && channel == Channel::Stable {
                Ok(base(None, None))
            } else {
                Err(AppError::FeedLicense { given: false })
            };
        };
        let answer = match self.licensing.validate(key, req.product, &Scope::default()).await {
            Ok(answer) => answer,
            Err(AppError::Invalid { .. } | AppError::NotFound) => return Err(AppError::FeedLicense { given: true }),
            Err(e) => return Err(e),
        };
        match answer.verdict.license.as_ref() {
            Some(license) if answer.verdict.code == Code::Valid => Ok(base(Some(license.id), license.maintenance())),
            _ => Err(AppError::FeedLicense { given: true }),
        }
    }

    /// The releases `access` may have, newest first, with a file for a platform `wanted` accepts
    /// (the newest [`LISTED`]: what a feed lists).
    pub async fn feed_releases(
        &self,
        access: &FeedAccess,
        wanted: impl Fn(&str) -> bool,
    ) -> Result<Vec<Published>, AppError> {
        let mut offered = self.offered(access, wanted).await?;
        offered.truncate(LISTED);
        Ok(offered)
    }

    /// Every release `access` may have with a file `wanted` accepts, newest first.
    async fn offered(&self, access: &FeedAccess, wanted: impl Fn(&str) -> bool) -> Result<Vec<Published>, AppError> {
        let published = self.index.of(&self.db, access.product_id).await?;
        let mut offered: Vec<Published> = published
            .iter()
            .filter(|p| access.may_have(p) && p.artifacts.iter().any(|a| wanted(&a.platform)))
            .cloned()
            .collect();
        offered.sort_by(|a, b| b.version.cmp(&a.version));
        Ok(offered)
    }

    /// A file of a release `access` may have, by artifact id (the files route) or, for
    /// Velopack, by file name (among `platforms`, or all when empty): refused alike when there
    /// is no such file for this reader. Every release the reader may have counts, not only the
    /// newest a feed lists.
    pub async fn feed_file(
        &self,
        access: &FeedAccess,
        artifact: Option<Uuid>,
        file_name: &str,
        platforms: &[String],
    ) -> Result<Authorized, AppError> {
        let offered = self.offered(access, |_| true).await?;
        let found = offered.iter().flat_map(|p| p.artifacts.iter()).find(|a| match artifact {
            Some(id) => a.id == id,
            None => a.file_name == file_name && (platforms.is_empty() || platforms.contains(&a.platform)),
        });
        let row = found.cloned().ok_or(AppError::NotFound)?;
        // The index may be a few seconds old: a release yanked meanwhile is refused here.
        let release = super::store::release(&self.db, row.release_id).await?.ok_or(AppError::NotFound)?;
        if release.state != ReleaseState::Published {
            return Err(AppError::NotFound);
        }
        Ok(Authorized { artifact: row, license: access.license })
    }

    /// The Sparkle signatures key `key` made, by content digest.
    pub async fn sparkle_signatures(&self, key: Uuid) -> Result<std::collections::HashMap<String, String>, AppError> {
        Ok(store::signatures_of(&self.db, key).await?.into_iter().collect())
    }

    pub fn link_base(&self) -> &str {
        self.link_base.trim_end_matches('/')
    }
}

/// Feeds a file's bytes to `feed` in chunks, from the start.
pub(super) fn read_file(path: &std::path::Path, feed: &mut dyn FnMut(&[u8])) -> std::io::Result<()> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            return Ok(());
        }
        feed(&buf[..n]);
    }
}
