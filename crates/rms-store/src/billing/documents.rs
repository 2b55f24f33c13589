//! Stored documents (invoice PDFs, the seller's logo), content-addressed by SHA-256.

use rms_core::Timestamp;

use crate::{Db, StoreError, exec, fetch};

/// Stores a document under its SHA-256 (a no-op when it is there already).
pub async fn put_document(
    db: &Db,
    sha256: &[u8],
    content_type: &str,
    content: &[u8],
    now: Timestamp,
) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO documents (sha256, content_type, content, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";
        sha256, content_type, content, now.as_millis())?;
    Ok(())
}

pub async fn document(db: &Db, sha256: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
    let row: Option<(Vec<u8>,)> = fetch!(db, query_as.fetch_optional, "SELECT content FROM documents WHERE sha256 = $1";
        sha256)?;
    Ok(row.map(|r| r.0))
}
