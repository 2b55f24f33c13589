//! Release artifacts, stored by their SHA-256 and never under a name anyone supplied.
//!
//! The port is `object_store`'s [`ObjectStore`]: the data directory by default
//! ([`LocalFileSystem`]), an S3-compatible bucket when `RMS_ARTIFACT_STORE=s3://bucket/prefix`
//! (so every API node serves the same files), memory in tests. [`ArtifactStore`] adds what
//! every backend shares: an upload is spooled to a local file while it is hashed and counted
//! (never held whole in memory, refused the moment it passes the size limit), then stored
//! under `sha256/<first two hex digits>/<hex>`; downloads stream, whole or a byte range.
//!
//! The same pass takes the digests desktop updaters check instead of SHA-256 (SHA-512 for
//! electron-updater, SHA-1 for Velopack, BLAKE2b-512 for minisign/Tauri), and a caller may look
//! at the finished spool file before it goes (Sparkle's signature reads the file twice).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine;
use bytes::Bytes;
use futures::stream::BoxStream;
use futures::{Stream, StreamExt, TryStreamExt};
use object_store::local::LocalFileSystem;
use object_store::memory::InMemory;
use object_store::path::Path as ObjectPath;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt, WriteMultipart};
use sha2::{Digest, Sha256, Sha512};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Multipart part size: S3 wants at least 5 MiB for every part but the last.
const PART: usize = 8 * 1024 * 1024;
/// How many parts may be in flight at once (bounds the memory an upload uses).
const PARTS_IN_FLIGHT: usize = 2;

/// A SHA-256 digest as 64 lowercase hex digits: the only name an artifact is stored under.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sha256Hex(String);

impl Sha256Hex {
    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 64 && raw.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
            .then(|| Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn object(&self, prefix: &ObjectPath) -> ObjectPath {
        prefix.clone().join("sha256").join(&self.0[..2]).join(self.0.as_str())
    }
}

impl std::fmt::Display for Sha256Hex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An artifact that was stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub sha256: Sha256Hex,
    pub size: u64,
    pub digests: Digests,
}

/// The other digests updaters check, in the encodings their feeds carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digests {
    /// Base64 (electron-updater's `sha512`).
    pub sha512: String,
    /// Lowercase hex (Velopack's `SHA1`).
    pub sha1: String,
    /// BLAKE2b-512, lowercase hex (what a minisign signature signs).
    pub blake2b: String,
}

/// Every digest at once, fed chunk by chunk.
struct Hashers {
    sha256: Sha256,
    sha512: Sha512,
    sha1: sha1::Sha1,
    blake2b: blake2::Blake2b512,
}

impl Hashers {
    fn new() -> Self {
        Self {
            sha256: Sha256::new(),
            sha512: Sha512::new(),
            sha1: sha1::Sha1::new(),
            blake2b: blake2::Blake2b512::new(),
        }
    }

    fn update(&mut self, chunk: &[u8]) {
        self.sha256.update(chunk);
        self.sha512.update(chunk);
        self.sha1.update(chunk);
        self.blake2b.update(chunk);
    }

    fn finish(self) -> Result<(Sha256Hex, Digests), ArtifactError> {
        let hex = hex::encode(self.sha256.finalize());
        let sha256 = Sha256Hex::parse(&hex).ok_or_else(|| ArtifactError::Config("a digest that is not hex".into()))?;
        let digests = Digests {
            sha512: base64::engine::general_purpose::STANDARD.encode(self.sha512.finalize()),
            sha1: hex::encode(self.sha1.finalize()),
            blake2b: hex::encode(self.blake2b.finalize()),
        };
        Ok((sha256, digests))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ArtifactError {
    /// The upload passed the limit (bytes): nothing was kept.
    #[error("larger than {limit} bytes")]
    TooLarge { limit: u64 },
    /// The upload's body failed (the client went away mid-upload).
    #[error("the upload broke off: {0}")]
    Body(String),
    #[error("no artifact {0}")]
    NotFound(Sha256Hex),
    /// The requested byte range is outside the file.
    #[error("the range is outside the file")]
    Range,
    #[error("artifact store: {0}")]
    Store(#[from] object_store::Error),
    #[error("artifact spool: {0}")]
    Io(#[from] std::io::Error),
    #[error("artifact store location: {0}")]
    Config(String),
}

/// A download: the bytes (the range asked, or all) and the file's whole size.
pub struct Download {
    pub bytes: BoxStream<'static, Result<Bytes, ArtifactError>>,
    /// The byte range served (`start..end`, end exclusive).
    pub range: std::ops::Range<u64>,
    pub total: u64,
}

#[derive(Clone)]
pub struct ArtifactStore {
    objects: Arc<dyn ObjectStore>,
    prefix: ObjectPath,
    spool: PathBuf,
    max_bytes: u64,
    /// Where the artifacts are, for logs and readiness (no credentials).
    location: String,
}

impl std::fmt::Debug for ArtifactStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArtifactStore").field("location", &self.location).field("max_bytes", &self.max_bytes).finish()
    }
}

impl ArtifactStore {
    /// The store `location` names: `None` → `<data_dir>/artifacts`; `s3://bucket[/prefix]` → that
    /// bucket with credentials, region and endpoint from the usual `AWS_*` variables;
    /// `memory://` → memory (tests). Uploads spool under `<data_dir>/spool`.
    pub fn open(location: Option<&str>, data_dir: &Path, max_bytes: u64) -> Result<Self, ArtifactError> {
        let spool = data_dir.join("spool");
        std::fs::create_dir_all(&spool)?;
        clear_stale_spool(&spool);
        let (objects, prefix, shown): (Arc<dyn ObjectStore>, ObjectPath, String) = match location {
            None | Some("") => {
                let dir = data_dir.join("artifacts");
                std::fs::create_dir_all(&dir)?;
                let local = LocalFileSystem::new_with_prefix(&dir)?;
                (Arc::new(local), ObjectPath::default(), dir.display().to_string())
            }
            Some("memory://") => (Arc::new(InMemory::new()), ObjectPath::default(), "memory://".into()),
            Some(url) => {
                let parsed = url::Url::parse(url).map_err(|e| ArtifactError::Config(format!("{url}: {e}")))?;
                if parsed.scheme() != "s3" {
                    return Err(ArtifactError::Config(format!("{url}: only s3:// buckets are supported")));
                }
                let bucket = parsed.host_str().ok_or_else(|| ArtifactError::Config(format!("{url}: no bucket")))?;
                let s3 = object_store::aws::AmazonS3Builder::from_env().with_bucket_name(bucket).build()?;
                let prefix = ObjectPath::from(parsed.path().trim_matches('/'));
                (Arc::new(s3), prefix, format!("s3://{bucket}/{}", parsed.path().trim_matches('/')))
            }
        };
        Ok(Self { objects, prefix, spool, max_bytes, location: shown })
    }

    /// A store over `objects` (another backend, or a test's).
    pub fn with_objects(objects: Arc<dyn ObjectStore>, spool: PathBuf, max_bytes: u64) -> Self {
        Self { objects, prefix: ObjectPath::default(), spool, max_bytes, location: "custom".into() }
    }

    pub fn max_bytes(&self) -> u64 {
        self.max_bytes
    }

    pub fn location(&self) -> &str {
        &self.location
    }

    /// Takes an upload: refused at once when `declared` (Content-Length) is over the limit,
    /// else spooled while it is hashed and counted (and refused the moment it passes the
    /// limit), then stored under its SHA-256 unless that content is stored already.
    pub async fn ingest<S, E>(&self, body: S, declared: Option<u64>) -> Result<Stored, ArtifactError>
    where
        S: Stream<Item = Result<Bytes, E>> + Send,
        E: std::fmt::Display,
    {
        Ok(self.ingest_with(body, declared, |_| ()).await?.0)
    }

    /// [`ingest`](Self::ingest), and `inspect` run (on a blocking thread) over the complete
    /// spool file before it is stored and removed: what needs the whole file again, such as a
    /// signature that reads it twice, without fetching it back from the store.
    pub async fn ingest_with<S, E, T>(
        &self,
        body: S,
        declared: Option<u64>,
        inspect: impl FnOnce(&Path) -> T + Send + 'static,
    ) -> Result<(Stored, T), ArtifactError>
    where
        S: Stream<Item = Result<Bytes, E>> + Send,
        E: std::fmt::Display,
        T: Send + 'static,
    {
        if declared.is_some_and(|n| n > self.max_bytes) {
            return Err(ArtifactError::TooLarge { limit: self.max_bytes });
        }
        let spooled = Spooled(self.spool.join(format!("upload-{}", uuid::Uuid::now_v7())));
        let (sha256, size, digests) = self.spool_to(&spooled.0, body).await?;
        let path = spooled.0.clone();
        let inspected = tokio::task::spawn_blocking(move || inspect(&path))
            .await
            .map_err(|e| ArtifactError::Io(std::io::Error::other(format!("inspecting an upload: {e}"))))?;
        let target = sha256.object(&self.prefix);
        match self.objects.head(&target).await {
            Ok(meta) if meta.size == size => {}
            Ok(_) | Err(object_store::Error::NotFound { .. }) => self.upload(&spooled.0, &target).await?,
            Err(e) => return Err(e.into()),
        }
        Ok((Stored { sha256, size, digests }, inspected))
    }

    /// Copies stored artifact `sha256` into a spool file, runs `inspect` over it (on a blocking
    /// thread) with every digest of it, and removes the copy: what a key rotation needs to sign
    /// files uploaded before it.
    pub async fn with_local_copy<T: Send + 'static>(
        &self,
        sha256: &Sha256Hex,
        size: u64,
        inspect: impl FnOnce(&Path) -> T + Send + 'static,
    ) -> Result<(Digests, T), ArtifactError> {
        let download = self.open_range(sha256, size, None).await?;
        let spooled = Spooled(self.spool.join(format!("upload-{}", uuid::Uuid::now_v7())));
        let unlimited = Self { max_bytes: u64::MAX, ..self.clone() };
        let (copied, _, digests) = unlimited.spool_to(&spooled.0, download.bytes).await?;
        if copied != *sha256 {
            return Err(ArtifactError::Io(std::io::Error::other(format!(
                "stored artifact {sha256} reads back as {copied}"
            ))));
        }
        let path = spooled.0.clone();
        let inspected = tokio::task::spawn_blocking(move || inspect(&path))
            .await
            .map_err(|e| ArtifactError::Io(std::io::Error::other(format!("inspecting an artifact: {e}"))))?;
        Ok((digests, inspected))
    }

    async fn spool_to<S, E>(&self, path: &Path, body: S) -> Result<(Sha256Hex, u64, Digests), ArtifactError>
    where
        S: Stream<Item = Result<Bytes, E>> + Send,
        E: std::fmt::Display,
    {
        let mut file = tokio::fs::File::create(path).await?;
        let mut hashers = Hashers::new();
        let mut size: u64 = 0;
        let mut body = std::pin::pin!(body);
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(|e| ArtifactError::Body(e.to_string()))?;
            size += chunk.len() as u64;
            if size > self.max_bytes {
                return Err(ArtifactError::TooLarge { limit: self.max_bytes });
            }
            hashers.update(&chunk);
            file.write_all(&chunk).await?;
        }
        file.flush().await?;
        let (sha, digests) = hashers.finish()?;
        Ok((sha, size, digests))
    }

    /// Copies the spooled file into the store in parts, a bounded number in flight.
    async fn upload(&self, spooled: &Path, target: &ObjectPath) -> Result<(), ArtifactError> {
        let upload = self.objects.put_multipart(target).await?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART);
        let copied = async {
            let mut file = tokio::fs::File::open(spooled).await?;
            let mut buf = vec![0u8; 256 * 1024];
            loop {
                let n = file.read(&mut buf).await?;
                if n == 0 {
                    return Ok::<_, ArtifactError>(());
                }
                writer.wait_for_capacity(PARTS_IN_FLIGHT).await?;
                writer.write(&buf[..n]);
            }
        }
        .await;
        match copied {
            Ok(()) => {
                writer.finish().await?;
                Ok(())
            }
            Err(e) => {
                // A bucket keeps the parts of an unfinished multipart upload until it is aborted.
                if let Err(abort) = writer.abort().await {
                    tracing::warn!(error = %abort, "could not abort an unfinished artifact upload");
                }
                Err(e)
            }
        }
    }

    /// Whether content `sha256` is stored.
    pub async fn contains(&self, sha256: &Sha256Hex) -> Result<bool, ArtifactError> {
        match self.objects.head(&sha256.object(&self.prefix)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Streams artifact `sha256` of `size` bytes, or `range` of it (`start..end`, end exclusive,
    /// already clamped by the caller to the size).
    pub async fn open_range(
        &self,
        sha256: &Sha256Hex,
        size: u64,
        range: Option<std::ops::Range<u64>>,
    ) -> Result<Download, ArtifactError> {
        let range = range.unwrap_or(0..size);
        if range.start > range.end || range.end > size {
            return Err(ArtifactError::Range);
        }
        let options = GetOptions { range: Some(GetRange::Bounded(range.clone())), ..GetOptions::default() };
        let bytes = if range.is_empty() {
            futures::stream::empty().boxed()
        } else {
            match self.objects.get_opts(&sha256.object(&self.prefix), options).await {
                Ok(result) => result.into_stream().map_err(ArtifactError::from).boxed(),
                Err(object_store::Error::NotFound { .. }) => return Err(ArtifactError::NotFound(sha256.clone())),
                Err(e) => return Err(e.into()),
            }
        };
        Ok(Download { bytes, range, total: size })
    }
}

impl ArtifactStore {
    /// Deletes every stored object whose digest `keep` refuses and that was stored more than
    /// `grace` ago (an upload stores its object a moment before its row is written). Answers
    /// how many were deleted.
    pub async fn sweep(
        &self,
        keep: impl Fn(&Sha256Hex) -> bool,
        grace: std::time::Duration,
    ) -> Result<u64, ArtifactError> {
        let cutoff = chrono_cutoff(grace);
        let root = self.prefix.clone().join("sha256");
        let mut listed = self.objects.list(Some(&root));
        let mut doomed = Vec::new();
        while let Some(meta) = listed.next().await {
            let meta = meta?;
            let Some(digest) = meta.location.filename().and_then(Sha256Hex::parse) else { continue };
            if !keep(&digest) && meta.last_modified.timestamp() < cutoff {
                doomed.push(meta.location);
            }
        }
        let mut deleted = 0;
        for location in doomed {
            match self.objects.delete(&location).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => deleted += 1,
                Err(e) => return Err(e.into()),
            }
        }
        Ok(deleted)
    }
}

/// Unix seconds `grace` ago.
fn chrono_cutoff(grace: std::time::Duration) -> i64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(now.saturating_sub(grace).as_secs()).unwrap_or(i64::MAX)
}

/// Spool files a process left when it was killed mid-upload; only those a day old, since
/// another process on the same data directory may be receiving one right now.
fn clear_stale_spool(spool: &Path) {
    let Ok(entries) = std::fs::read_dir(spool) else { return };
    for entry in entries.flatten() {
        let stale = entry.file_name().to_str().is_some_and(|n| n.starts_with("upload-"))
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|at| at.elapsed().is_ok_and(|age| age > std::time::Duration::from_secs(86_400)));
        if stale && let Err(e) = std::fs::remove_file(entry.path()) {
            tracing::warn!(path = %entry.path().display(), error = %e, "could not remove a stale spool file");
        }
    }
}

/// A spool file, removed however the upload ends.
struct Spooled(PathBuf);

impl Drop for Spooled {
    fn drop(&mut self) {
        if let Err(e) = std::fs::remove_file(&self.0)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(path = %self.0.display(), error = %e, "could not remove an upload's spool file");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(data: &[u8], size: usize) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send + use<> {
        let parts: Vec<Result<Bytes, std::io::Error>> =
            data.chunks(size).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
        futures::stream::iter(parts)
    }

    async fn read_all(d: Download) -> Vec<u8> {
        d.bytes
            .try_fold(Vec::new(), |mut acc, b| async move {
                acc.extend_from_slice(&b);
                Ok(acc)
            })
            .await
            .unwrap()
    }

    fn stores(dir: &Path) -> Vec<ArtifactStore> {
        vec![
            ArtifactStore::open(None, &dir.join("local"), 1 << 20).unwrap(),
            ArtifactStore::open(Some("memory://"), &dir.join("memory"), 1 << 20).unwrap(),
        ]
    }

    #[tokio::test]
    async fn an_upload_is_stored_by_its_digest_and_read_back_whole_or_in_part() {
        let dir = tempfile::tempdir().unwrap();
        let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        for store in stores(dir.path()) {
            let stored = store.ingest(chunks(&data, 7_000), None).await.unwrap();
            assert_eq!(stored.sha256.as_str(), hex::encode(Sha256::digest(&data)), "{}", store.location());
            assert_eq!(stored.size, data.len() as u64);
            let b64 = base64::engine::general_purpose::STANDARD;
            assert_eq!(stored.digests.sha512, b64.encode(Sha512::digest(&data)));
            assert_eq!(stored.digests.sha1, hex::encode(sha1::Sha1::digest(&data)));
            assert_eq!(stored.digests.blake2b, hex::encode(blake2::Blake2b512::digest(&data)));
            assert!(store.contains(&stored.sha256).await.unwrap());
            let whole = store.open_range(&stored.sha256, stored.size, None).await.unwrap();
            assert_eq!(read_all(whole).await, data);
            let part = store.open_range(&stored.sha256, stored.size, Some(1_000..1_010)).await.unwrap();
            assert_eq!((part.range.clone(), part.total), (1_000..1_010, data.len() as u64));
            assert_eq!(read_all(part).await, &data[1_000..1_010]);
            assert!(matches!(
                store.open_range(&stored.sha256, stored.size, Some(5..400_000)).await,
                Err(ArtifactError::Range)
            ));
            // The same content again is the same object.
            assert_eq!(store.ingest(chunks(&data, 50_000), Some(data.len() as u64)).await.unwrap(), stored);
        }
    }

    #[tokio::test]
    async fn an_upload_over_the_limit_is_refused_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        for store in stores(dir.path()) {
            let big = vec![7u8; (1 << 20) + 1];
            let declared = store.ingest(chunks(&big, 4096), Some(big.len() as u64)).await;
            assert!(matches!(declared, Err(ArtifactError::TooLarge { limit: 1_048_576 })));
            // Without a declared length it is cut off while streaming.
            let streamed = store.ingest(chunks(&big, 4096), None).await;
            assert!(matches!(streamed, Err(ArtifactError::TooLarge { .. })));
            let digest = Sha256Hex::parse(&hex::encode(Sha256::digest(&big))).unwrap();
            assert!(!store.contains(&digest).await.unwrap());
        }
        for kind in ["local", "memory"] {
            let left: Vec<_> = std::fs::read_dir(dir.path().join(kind).join("spool")).unwrap().collect();
            assert!(left.is_empty(), "spool files are removed: {left:?}");
        }
    }

    #[tokio::test]
    async fn the_spooled_file_is_whole_when_inspected_and_a_stored_file_can_be_copied_back() {
        let dir = tempfile::tempdir().unwrap();
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 13) as u8).collect();
        for store in stores(dir.path()) {
            let (stored, seen) =
                store.ingest_with(chunks(&data, 999), None, |p| std::fs::read(p).unwrap()).await.unwrap();
            assert_eq!(seen, data);
            let (digests, copy) =
                store.with_local_copy(&stored.sha256, stored.size, |p| std::fs::read(p).unwrap()).await.unwrap();
            assert_eq!((digests, copy), (stored.digests.clone(), data.clone()));
            let missing = Sha256Hex::parse(&"0".repeat(64)).unwrap();
            assert!(store.with_local_copy(&missing, 3, |_| ()).await.is_err());
        }
        for kind in ["local", "memory"] {
            assert_eq!(std::fs::read_dir(dir.path().join(kind).join("spool")).unwrap().count(), 0, "copies removed");
        }
    }

    #[tokio::test]
    async fn a_broken_upload_keeps_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = ArtifactStore::open(None, dir.path(), 1 << 20).unwrap();
        let parts: Vec<Result<Bytes, std::io::Error>> =
            vec![Ok(Bytes::from_static(b"abc")), Err(std::io::Error::other("connection reset"))];
        let broken = store.ingest(futures::stream::iter(parts), None).await;
        assert!(matches!(broken, Err(ArtifactError::Body(_))), "{broken:?}");
        assert_eq!(std::fs::read_dir(dir.path().join("spool")).unwrap().count(), 0);
    }

    #[tokio::test]
    async fn a_sweep_deletes_only_old_objects_nobody_names() {
        let dir = tempfile::tempdir().unwrap();
        for store in stores(dir.path()) {
            let kept = store.ingest(chunks(b"kept build", 3), None).await.unwrap();
            let orphan = store.ingest(chunks(b"replaced upload", 3), None).await.unwrap();
            let keep = |d: &Sha256Hex| *d == kept.sha256;
            // Within the grace period nothing goes: its row may be about to be written.
            assert_eq!(store.sweep(keep, std::time::Duration::from_secs(3600)).await.unwrap(), 0);
            tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
            assert_eq!(store.sweep(keep, std::time::Duration::ZERO).await.unwrap(), 1, "{}", store.location());
            assert!(store.contains(&kept.sha256).await.unwrap());
            assert!(!store.contains(&orphan.sha256).await.unwrap());
        }
    }

    #[test]
    fn only_a_digest_names_an_object() {
        assert!(Sha256Hex::parse(&"a".repeat(64)).is_some());
        for bad in
            ["", "../../etc/passwd", &"A".repeat(64), &"g".repeat(64), &"a".repeat(63), &format!("{}/", "a".repeat(63))]
        {
            assert!(Sha256Hex::parse(bad).is_none(), "{bad:?}");
        }
    }
}
