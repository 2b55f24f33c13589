//! The keys that sign access tokens: created on first start, stored sealed under the master key,
//! loaded by every node.

use rms_core::Timestamp;
use rms_crypto::MasterKeyRing;
use rms_crypto::jwt::{SigningKeyPair, TokenKeys};
use rms_store::{Db, accounts};

use crate::AppError;

const PURPOSE: &str = "session";
/// The first key's id. Every node that starts on an empty database proposes a key under this id;
/// the insert is "if absent", so exactly one proposal wins and all nodes load the same key.
const FIRST_KID: &str = "s1";

fn aad(kid: &str) -> Vec<u8> {
    format!("signing_keys/sealed_seed/{kid}").into_bytes()
}

/// Loads the session signing keys, creating the first one if there is none.
pub async fn load(db: &Db, ring: &MasterKeyRing, now: Timestamp) -> Result<TokenKeys, AppError> {
    let mut rows = accounts::signing_keys(db, PURPOSE).await?;
    if rows.is_empty() {
        let proposal = SigningKeyPair::generate(FIRST_KID);
        let sealed = ring.seal(proposal.seed(), &aad(FIRST_KID));
        accounts::insert_signing_key_if_absent(db, FIRST_KID, PURPOSE, &sealed, &proposal.public_key(), now).await?;
        rows = accounts::signing_keys(db, PURPOSE).await?;
    }
    let mut pairs = Vec::with_capacity(rows.len());
    for row in rows {
        let seed = ring
            .open(&row.sealed_seed, &aad(&row.kid))
            .map_err(|e| AppError::Internal(format!("signing key {} cannot be opened: {e}", row.kid)))?;
        let seed: [u8; 32] =
            seed.try_into().map_err(|_| AppError::Internal(format!("signing key {} is malformed", row.kid)))?;
        pairs.push(SigningKeyPair::from_seed(row.kid, seed));
    }
    let current = pairs.last().cloned().ok_or_else(|| AppError::Internal("no signing key".to_owned()))?;
    TokenKeys::new(&current, &pairs).map_err(|e| AppError::Internal(e.to_string()))
}
