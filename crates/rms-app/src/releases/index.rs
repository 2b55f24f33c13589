//! Published releases by product, kept in memory for a short while: validations that name a
//! version and update checks read them on the hot path, which must not query per call.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use rms_core::Timestamp;
use rms_core::releases::{Candidate, Channel, ReleaseState, Version};
use rms_store::Db;
use rms_store::releases::{self as store, ArtifactRow};
use uuid::Uuid;

use crate::AppError;

/// How long a node answers from what it read (a release published or yanked on another node
/// shows here within this time; downloads check the release's state in the database anyway).
const FRESH_FOR: Duration = Duration::from_secs(30);

/// A published release as update checks weigh it.
#[derive(Clone, Debug)]
pub struct Published {
    pub id: Uuid,
    pub version: Version,
    pub channel: Channel,
    pub released_at: Timestamp,
    pub notes: String,
    /// The notes as safe HTML, rendered once per load (WordPress asks for every release's).
    pub notes_html: String,
    /// The manifest as signed, and its signature.
    pub manifest: String,
    pub signature: String,
    pub artifacts: Vec<ArtifactRow>,
    pub wordpress: super::WordPress,
}

impl Published {
    pub fn artifact(&self, platform: &str) -> Option<&ArtifactRow> {
        self.artifacts.iter().find(|a| a.platform == platform)
    }
}

/// The releases [`rms_core::releases::offer`] chooses among: those with a file for `platform`
/// (all, without one).
pub fn candidates<'a>(published: &'a [Published], platform: Option<&str>) -> Vec<Candidate<'a, &'a Published>> {
    published
        .iter()
        .filter(|p| platform.is_none_or(|pl| p.artifact(pl).is_some()))
        .map(|p| Candidate {
            version: &p.version,
            channel: p.channel,
            state: ReleaseState::Published,
            released_at: p.released_at,
            item: p,
        })
        .collect()
}

/// What a node holds about one product: its published releases, and the dates of every
/// release ever published (yanked ones included).
#[derive(Clone)]
struct Entry {
    at: Instant,
    published: Arc<Vec<Published>>,
    dates: Arc<Vec<(Version, Timestamp)>>,
}

#[derive(Default)]
pub struct ReleaseIndex {
    by_product: RwLock<HashMap<Uuid, Entry>>,
    /// Bumped by every `forget`: a read that started before one does not store what it read.
    generation: AtomicU64,
}

impl ReleaseIndex {
    /// The published releases of `product`, from memory when fresh.
    pub async fn of(&self, db: &Db, product: Uuid) -> Result<Arc<Vec<Published>>, AppError> {
        Ok(self.entry(db, product).await?.published)
    }

    async fn entry(&self, db: &Db, product: Uuid) -> Result<Entry, AppError> {
        if let Some(entry) = self.by_product.read().ok().and_then(|m| m.get(&product).cloned())
            && entry.at.elapsed() < FRESH_FOR
        {
            return Ok(entry);
        }
        let generation = self.generation.load(Ordering::Acquire);
        let rows = store::released_of(db, product).await?;
        let mut artifacts = store::published_artifacts(db, product).await?;
        let mut list = Vec::with_capacity(rows.len());
        let mut dates = Vec::with_capacity(rows.len());
        for row in rows {
            if let (Ok(version), Some(released_at)) = (Version::parse(&row.version), row.published_at) {
                dates.push((version, released_at));
            }
            if row.state != ReleaseState::Published {
                continue;
            }
            let (Ok(version), Some(released_at), Some(manifest), Some(signature)) =
                (Version::parse(&row.version), row.published_at, row.manifest, row.signature)
            else {
                tracing::warn!(release = %row.id, "a published release without its version, date or manifest");
                continue;
            };
            let (mine, rest): (Vec<_>, Vec<_>) = artifacts.into_iter().partition(|a| a.release_id == row.id);
            artifacts = rest;
            list.push(Published {
                id: row.id,
                version,
                channel: row.channel,
                released_at,
                notes_html: crate::markdown::to_html(&row.notes),
                notes: row.notes,
                manifest,
                signature,
                artifacts: mine,
                wordpress: super::WordPress {
                    requires: row.wp_requires,
                    tested: row.wp_tested,
                    requires_php: row.wp_requires_php,
                },
            });
        }
        let entry = Entry { at: Instant::now(), published: Arc::new(list), dates: Arc::new(dates) };
        if let Ok(mut m) = self.by_product.write()
            && self.generation.load(Ordering::Acquire) == generation
        {
            m.insert(product, entry.clone());
        }
        Ok(entry)
    }

    /// When the release of `version` (by precedence) was published, yanked since or not;
    /// `None` when `product` never published it.
    pub async fn released_at(&self, db: &Db, product: Uuid, version: &str) -> Result<Option<Timestamp>, AppError> {
        let Ok(version) = Version::parse(version) else { return Ok(None) };
        Ok(self.entry(db, product).await?.dates.iter().find(|(v, _)| *v == version).map(|(_, at)| *at))
    }

    /// Drops what this node holds about `product` (it published or yanked a release).
    pub fn forget(&self, product: Uuid) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        if let Ok(mut m) = self.by_product.write() {
            m.remove(&product);
        }
    }
}
