//! Releases, their artifacts and downloads. State changes are conditional updates on the state
//! they leave, so two admins (or an upload racing a publish) cannot both win.

use rms_core::Timestamp;
use rms_core::releases::{Channel, ReleaseState};
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

pub mod feeds;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ReleaseRow {
    pub id: Uuid,
    pub product_id: Uuid,
    pub version: String,
    pub version_key: String,
    pub channel: Channel,
    pub state: ReleaseState,
    pub notes: String,
    pub created_at: Timestamp,
    pub created_by: Option<Uuid>,
    pub published_at: Option<Timestamp>,
    pub yanked_at: Option<Timestamp>,
    pub manifest: Option<String>,
    pub signature: Option<String>,
    /// WordPress: the lowest WordPress and PHP versions needed, and the WordPress version tested.
    pub wp_requires: Option<String>,
    pub wp_tested: Option<String>,
    pub wp_requires_php: Option<String>,
}

const RELEASE_COLUMNS: &str = "id, product_id, version, version_key, channel, state, notes, created_at, created_by, \
     published_at, yanked_at, manifest, signature, wp_requires, wp_tested, wp_requires_php";

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ArtifactRow {
    pub id: Uuid,
    pub release_id: Uuid,
    pub platform: String,
    pub file_name: String,
    pub sha256: String,
    pub size: i64,
    pub created_at: Timestamp,
    /// The digests updaters check besides SHA-256 (absent on files stored before feeds existed
    /// until the signing job fills them): SHA-512 base64, SHA-1 hex, BLAKE2b-512 hex.
    pub sha512: Option<String>,
    pub sha1: Option<String>,
    pub blake2b: Option<String>,
}

const ARTIFACT_COLUMNS: &str = "id, release_id, platform, file_name, sha256, size, created_at, sha512, sha1, blake2b";

/// Inserts a draft; `false` when the product has a release of the same precedence already.
pub async fn insert_release(db: &Db, r: &ReleaseRow) -> Result<bool, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO releases ({RELEASE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, \
         $14, $15, $16) ON CONFLICT (product_id, version_key) DO NOTHING"
    ));
    let inserted = exec!(db, sql;
        r.id, r.product_id, &r.version, &r.version_key, r.channel.as_str(), r.state.as_str(), &r.notes, r.created_at,
        r.created_by, r.published_at, r.yanked_at, &r.manifest, &r.signature, &r.wp_requires, &r.wp_tested,
        &r.wp_requires_php)?;
    Ok(inserted == 1)
}

pub async fn release(db: &Db, id: Uuid) -> Result<Option<ReleaseRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {RELEASE_COLUMNS} FROM releases WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

/// A product's releases (every state), newest first by creation; callers order by precedence.
pub async fn releases_of(db: &Db, product_id: Uuid) -> Result<Vec<ReleaseRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {RELEASE_COLUMNS} FROM releases WHERE product_id = $1 ORDER BY created_at DESC, id DESC"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; product_id)?)
}

/// A product's published and yanked releases (update checks choose among the published ones;
/// a yanked one still has the date a running version is judged by).
pub async fn released_of(db: &Db, product_id: Uuid) -> Result<Vec<ReleaseRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {RELEASE_COLUMNS} FROM releases WHERE product_id = $1 AND state IN ('published', 'yanked')"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; product_id)?)
}

/// Holds a draft release for the rest of `tx` (an upload adding an artifact, a publish reading
/// them); `false` when it is not a draft (any more).
pub async fn hold_draft(tx: &mut Tx, id: Uuid) -> Result<bool, StoreError> {
    Ok(exec_tx!(tx, "UPDATE releases SET state = state WHERE id = $1 AND state = 'draft'"; id)? == 1)
}

/// Publishes a draft with its signed manifest; `false` when it was not a draft.
pub async fn publish(
    tx: &mut Tx,
    id: Uuid,
    manifest: &str,
    signature: &str,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let changed = exec_tx!(tx,
        "UPDATE releases SET state = 'published', published_at = $2, manifest = $3, signature = $4 \
         WHERE id = $1 AND state = 'draft'";
        id, now, manifest, signature)?;
    Ok(changed == 1)
}

/// Yanks a published release; `false` when it was not published.
pub async fn yank(db: &Db, id: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let changed = exec!(db, "UPDATE releases SET state = 'yanked', yanked_at = $2 WHERE id = $1 AND state = 'published'"; id, now)?;
    Ok(changed == 1)
}

/// Adds or replaces the artifact of `a.platform` (inside a transaction holding the draft).
pub async fn put_artifact(tx: &mut Tx, a: &ArtifactRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO release_artifacts ({ARTIFACT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         ON CONFLICT (release_id, platform) DO UPDATE SET file_name = excluded.file_name, sha256 = excluded.sha256, \
         size = excluded.size, created_at = excluded.created_at, sha512 = excluded.sha512, sha1 = excluded.sha1, \
         blake2b = excluded.blake2b"
    ));
    exec_tx!(tx, sql; a.id, a.release_id, &a.platform, &a.file_name, &a.sha256, a.size, a.created_at, &a.sha512,
        &a.sha1, &a.blake2b)?;
    Ok(())
}

pub async fn artifacts_of(db: &Db, release_id: Uuid) -> Result<Vec<ArtifactRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {ARTIFACT_COLUMNS} FROM release_artifacts WHERE release_id = $1 ORDER BY platform"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; release_id)?)
}

pub async fn artifacts_of_tx(tx: &mut Tx, release_id: Uuid) -> Result<Vec<ArtifactRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {ARTIFACT_COLUMNS} FROM release_artifacts WHERE release_id = $1 ORDER BY platform"
    ));
    Ok(fetch_tx!(tx, query_as.fetch_all, sql; release_id)?)
}

pub async fn artifact(db: &Db, id: Uuid) -> Result<Option<ArtifactRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {ARTIFACT_COLUMNS} FROM release_artifacts WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

/// Counts one download.
pub async fn record_download(
    db: &Db,
    release_id: Uuid,
    artifact_id: Uuid,
    license_id: Option<Uuid>,
    now: Timestamp,
) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO release_downloads (id, release_id, artifact_id, license_id, created_at) VALUES ($1, $2, $3, $4, $5)";
        Uuid::now_v7(), release_id, artifact_id, license_id, now)?;
    Ok(())
}

/// Downloads of each of a release's artifacts: (artifact id, count).
pub async fn download_counts(db: &Db, release_id: Uuid) -> Result<Vec<(Uuid, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT artifact_id, COUNT(*) FROM release_downloads WHERE release_id = $1 GROUP BY artifact_id";
        release_id)?)
}

/// Records that `user` is to hear about `release` (once).
pub async fn insert_event(tx: &mut Tx, release_id: Uuid, user_id: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let inserted = exec_tx!(tx,
        "INSERT INTO release_events (id, release_id, user_id, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (release_id, user_id) DO NOTHING";
        Uuid::now_v7(), release_id, user_id, now)?;
    Ok(inserted == 1)
}

/// Owners of usable licenses of `product_id` whose maintenance covers a release made at
/// `released_at` (the people a new release is for).
pub async fn entitled_owners(db: &Db, product_id: Uuid, released_at: Timestamp) -> Result<Vec<Uuid>, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_all,
        "SELECT DISTINCT owner_id FROM licenses WHERE product_id = $1 AND status = 'active' \
           AND (expires_at IS NULL OR expires_at > $2) AND (maintenance_until IS NULL OR maintenance_until >= $2)";
        product_id, released_at)?)
}

/// The artifacts of every published release of `product_id` (update checks read them at once).
pub async fn published_artifacts(db: &Db, product_id: Uuid) -> Result<Vec<ArtifactRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT a.id, a.release_id, a.platform, a.file_name, a.sha256, a.size, a.created_at, a.sha512, a.sha1, \
         a.blake2b FROM release_artifacts a JOIN releases r ON r.id = a.release_id \
         WHERE r.product_id = $1 AND r.state = 'published' ORDER BY a.platform";
        product_id)?)
}

/// Every digest an artifact row names (what the store must keep).
pub async fn artifact_digests(db: &Db) -> Result<Vec<String>, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_all, "SELECT DISTINCT sha256 FROM release_artifacts";)?)
}
