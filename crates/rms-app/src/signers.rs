//! A cache of opened product signing keys: the hot path signs every answer and must not open a
//! sealed key (or read it from the database) per request.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use rms_core::product::ProductKind;
use rms_core::{Clock, Timestamp};
use rms_crypto::MasterKeyRing;
use rms_store::Db;
use rms_store::catalog as store;
use uuid::Uuid;

use crate::AppError;
use crate::catalog::aad;

/// How long a node keeps using a key it opened before looking again (a rotated key reaches
/// every node within this time; old `kid`s stay verifiable, so answers signed meanwhile are fine).
const FRESH_FOR: Duration = Duration::from_secs(60);

/// A product with its current signing key, opened.
pub struct Signer {
    pub product_id: Uuid,
    pub slug: String,
    pub kind: ProductKind,
    pub kid: String,
    key: rms_license::SigningKey,
}

impl Signer {
    /// The `RMS-Signature` header value for an answer to `method path` with this body.
    pub fn sign_answer(&self, method: &str, path: &str, body: &[u8]) -> String {
        rms_license::response::sign(&self.kid, &self.key, method, path, body)
    }

    pub fn key(&self) -> &rms_license::SigningKey {
        &self.key
    }
}

/// An opened key: when it was opened, and when a staged key takes over (if one waits).
struct Opened {
    at: Instant,
    until: Option<Timestamp>,
    signer: Arc<Signer>,
}

/// Opened keys by product.
type ById = HashMap<Uuid, Opened>;

#[derive(Clone)]
pub struct Signers {
    db: Db,
    ring: MasterKeyRing,
    clock: Arc<dyn Clock>,
    by_id: Arc<RwLock<ById>>,
    by_slug: Arc<RwLock<HashMap<String, Uuid>>>,
}

impl Signers {
    pub fn new(db: Db, ring: MasterKeyRing, clock: Arc<dyn Clock>) -> Self {
        Self { db, ring, clock, by_id: Arc::default(), by_slug: Arc::default() }
    }

    /// The product named by its id or slug; `None` when there is no such product.
    pub async fn find(&self, reference: &str) -> Result<Option<Arc<Signer>>, AppError> {
        let id = match Uuid::try_parse(reference) {
            Ok(id) => Some(id),
            Err(_) => self.by_slug.read().ok().and_then(|m| m.get(reference).copied()),
        };
        if let Some(id) = id {
            return self.get(id).await;
        }
        if reference.is_empty() || reference.len() > 64 {
            return Ok(None);
        }
        match store::product_by_slug(&self.db, reference).await? {
            Some(p) => self.get(p.id).await,
            None => Ok(None),
        }
    }

    /// The product `id` with the key that signs now (a staged key takes over at its date, to
    /// the millisecond on every node that has the product's key open).
    pub async fn get(&self, id: Uuid) -> Result<Option<Arc<Signer>>, AppError> {
        let now = self.clock.now();
        let cached = self.by_id.read().ok().and_then(|m| {
            m.get(&id)
                .filter(|o| o.at.elapsed() < FRESH_FOR && o.until.is_none_or(|until| now < until))
                .map(|o| o.signer.clone())
        });
        if let Some(signer) = cached {
            return Ok(Some(signer));
        }
        let Some(product) = store::product(&self.db, id).await? else { return Ok(None) };
        let keys = store::product_keys(&self.db, id).await?;
        let row = store::signing_key(&keys, now).ok_or(AppError::NotFound)?;
        let until =
            keys.iter().filter(|k| k.retired_at.is_none() && k.signs_from() > now).map(|k| k.signs_from()).min();
        let seed = self
            .ring
            .open(&row.sealed_seed, &aad(id, &row.kid))
            .map_err(|e| AppError::Internal(format!("product key {id}/{}: {e}", row.kid)))?;
        let seed: [u8; 32] = seed.try_into().map_err(|_| AppError::Internal("product key is malformed".into()))?;
        let kind = product.kind;
        let signer = Arc::new(Signer {
            product_id: id,
            slug: product.slug.clone(),
            kind,
            kid: row.kid.clone(),
            key: rms_license::SigningKey::from_bytes(&seed),
        });
        if let Ok(mut m) = self.by_id.write() {
            m.insert(id, Opened { at: Instant::now(), until, signer: signer.clone() });
        }
        if let Ok(mut m) = self.by_slug.write() {
            m.insert(product.slug, id);
        }
        Ok(Some(signer))
    }

    /// The master key ring the keys are sealed under (license keys are sealed under it too).
    pub(crate) fn ring(&self) -> &MasterKeyRing {
        &self.ring
    }

    /// Forgets a product's key on this node (after a rotation here).
    pub fn forget(&self, id: Uuid) {
        if let Ok(mut m) = self.by_id.write() {
            m.remove(&id);
        }
    }
}
