//! Stored documents (invoice PDFs, the seller's logo), content-addressed by SHA-256.

use rms_core::Timestamp;

use crate::{Db, StoreError, on_db};

/// Stores a document under its SHA-256 (a no-op when it is there already).
pub async fn put_document(
    db: &Db,
    sha256: &[u8],
    content_type: &str,
    content: &[u8],
    now: Timestamp,
) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query(
        "INSERT INTO documents (sha256, content_type, content, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(sha256)
        .bind(content_type)
        .bind(content)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn document(db: &Db, sha256: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
    let row: Option<(Vec<u8>,)> = on_db!(db, pool => sqlx::query_as("SELECT content FROM documents WHERE sha256 = $1")
        .bind(sha256)
        .fetch_optional(pool).await)?;
    Ok(row.map(|r| r.0))
}
