//! The artifact store against a real S3-compatible server: moto's (`pip install "moto[server]"`),
//! run on loopback. Multipart upload in several parts, HEAD for deduplication, ranged GETs: the
//! parts of the S3 protocol an artifact store uses.
//!
//! Without `moto_server` on the PATH the test says so and returns, unless `RMS_TEST_S3=1` (CI
//! sets it), which makes its absence a failure.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::TryStreamExt;
use object_store::aws::AmazonS3Builder;
use rms_artifacts::{ArtifactError, ArtifactStore, Sha256Hex};
use sha2::{Digest, Sha256};

struct Moto(Child);

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn moto_server() -> Option<std::path::PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| std::path::Path::new(d).join("moto_server"))
        .find(|p| p.is_file())
}

async fn start() -> Option<(Moto, String)> {
    let required = std::env::var("RMS_TEST_S3").is_ok_and(|v| v == "1");
    let Some(server) = moto_server() else {
        assert!(!required, "RMS_TEST_S3=1 but moto_server is not installed (pip install \"moto[server]\")");
        eprintln!("S3 test skipped: pip install \"moto[server]\" to run it");
        return None;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(server)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let moto = Moto(child);
    let endpoint = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    let http = reqwest::Client::new();
    // Moto answers once it is up; it takes any credentials and creates the bucket on a PUT.
    loop {
        match http.put(format!("{endpoint}/artifacts")).send().await {
            Ok(res) if res.status().is_success() => break,
            _ if Instant::now() < deadline => tokio::time::sleep(Duration::from_millis(200)).await,
            other => panic!("moto did not come up: {other:?}"),
        }
    }
    Some((moto, endpoint))
}

fn chunks(data: &[u8], size: usize) -> impl futures::Stream<Item = Result<Bytes, std::io::Error>> + Send + use<> {
    let parts: Vec<Result<Bytes, std::io::Error>> = data.chunks(size).map(|c| Ok(Bytes::copy_from_slice(c))).collect();
    futures::stream::iter(parts)
}

async fn read_all(d: rms_artifacts::Download) -> Vec<u8> {
    d.bytes
        .try_fold(Vec::new(), |mut acc, b| async move {
            acc.extend_from_slice(&b);
            Ok(acc)
        })
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn artifacts_go_to_an_s3_bucket_in_parts_and_come_back_whole_or_by_range() {
    let Some((_moto, endpoint)) = start().await else { return };
    let s3 = AmazonS3Builder::new()
        .with_bucket_name("artifacts")
        .with_endpoint(&endpoint)
        .with_allow_http(true)
        .with_region("us-east-1")
        .with_access_key_id("test")
        .with_secret_access_key("test")
        .build()
        .unwrap();
    let spool = tempfile::tempdir().unwrap();
    let store = ArtifactStore::with_objects(Arc::new(s3), spool.path().to_owned(), 40 * 1024 * 1024);
    // 17 MiB: three parts of the multipart upload.
    let data: Vec<u8> = (0..17 * 1024 * 1024u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    let stored = store.ingest(chunks(&data, 64 * 1024), Some(data.len() as u64)).await.unwrap();
    assert_eq!(stored.sha256.as_str(), hex::encode(Sha256::digest(&data)));
    assert!(store.contains(&stored.sha256).await.unwrap());
    let whole = store.open_range(&stored.sha256, stored.size, None).await.unwrap();
    let back = read_all(whole).await;
    assert!(back == data, "the bucket gives back the very bytes");
    let part = store.open_range(&stored.sha256, stored.size, Some(9_000_000..9_000_100)).await.unwrap();
    assert_eq!(read_all(part).await, &data[9_000_000..9_000_100]);
    // The same content again is found by HEAD and not uploaded twice; other content is another object.
    assert_eq!(store.ingest(chunks(&data, 1 << 20), None).await.unwrap(), stored);
    let other = store.ingest(chunks(b"another build", 4), None).await.unwrap();
    assert_ne!(other.sha256, stored.sha256);
    // An object that is not there is "not found", not a server error.
    let missing = Sha256Hex::parse(&"0".repeat(64)).unwrap();
    assert!(!store.contains(&missing).await.unwrap());
    assert!(matches!(store.open_range(&missing, 10, None).await, Err(ArtifactError::NotFound(_))));
    assert_eq!(std::fs::read_dir(spool.path()).unwrap().count(), 0, "the spool is empty again");
}

#[test]
fn a_bucket_location_is_read_from_its_url() {
    let dir = tempfile::tempdir().unwrap();
    let store = ArtifactStore::open(Some("s3://releases/desk/builds"), dir.path(), 1024).unwrap();
    assert_eq!(store.location(), "s3://releases/desk/builds");
    for bad in ["ftp://x/y", "s3://", "not a url"] {
        assert!(ArtifactStore::open(Some(bad), dir.path(), 1024).is_err(), "{bad}");
    }
}
