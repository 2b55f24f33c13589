//! The keys that sign access tokens: created on first start, stored sealed under the master key,
//! loaded (and reloaded) by every node, rotated without interrupting anyone.
//!
//! Rotation: `rotate` stores a new key. Nodes reload keys every minute; a new key only starts
//! signing `ACTIVATION_DELAY` after its creation, so by then every node already verifies it. The
//! previous key keeps verifying until the tokens it signed have expired, then it is retired.

use std::time::Duration;

use rms_core::Timestamp;
use rms_crypto::MasterKeyRing;
use rms_crypto::jwt::{LEEWAY_SECS, SigningKeyPair, TokenKeys};
use rms_store::Db;
use rms_store::accounts::{self, SigningKeyRow};
use rms_store::catalog;

use crate::AppError;
use crate::accounts::ACCESS_TTL_SECS;

const PURPOSE: &str = "session";
/// The first key's id. Every node that starts on an empty database proposes a key under this id;
/// the insert is "if absent", so exactly one proposal wins and all nodes load the same key.
const FIRST_KID: &str = "s1";
/// How long a new key is only verified, not yet used to sign: longer than the nodes' reload
/// interval, so no node meets a token signed with a key it has not loaded.
pub const ACTIVATION_DELAY: Duration = Duration::from_secs(120);
/// How often nodes reload the keys.
pub const RELOAD_EVERY: Duration = Duration::from_secs(60);

fn aad(kid: &str) -> Vec<u8> {
    format!("signing_keys/sealed_seed/{kid}").into_bytes()
}

fn open(ring: &MasterKeyRing, row: &SigningKeyRow) -> Result<SigningKeyPair, AppError> {
    let seed = ring
        .open(&row.sealed_seed, &aad(&row.kid))
        .map_err(|e| AppError::Internal(format!("signing key {} cannot be opened: {e}", row.kid)))?;
    let seed: [u8; 32] =
        seed.try_into().map_err(|_| AppError::Internal(format!("signing key {} is malformed", row.kid)))?;
    Ok(SigningKeyPair::from_seed(row.kid.clone(), seed))
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
    // Rows come oldest first. The signer is the newest key past its activation delay, or the
    // oldest key when none is (a fresh installation).
    let activated_before = now.minus(ACTIVATION_DELAY);
    let signer_row = rows.iter().rev().find(|r| r.created_at <= activated_before).or(rows.first());
    let signer =
        signer_row.map(|r| open(ring, r)).transpose()?.ok_or_else(|| AppError::Internal("no signing key".into()))?;
    let all = rows.iter().map(|r| open(ring, r)).collect::<Result<Vec<_>, _>>()?;
    TokenKeys::new(&signer, &all).map_err(|e| AppError::Internal(e.to_string()))
}

/// Adds a new signing key and retires keys whose tokens can no longer be valid. Returns the new
/// key's id and when it starts signing.
pub async fn rotate(db: &Db, ring: &MasterKeyRing, now: Timestamp) -> Result<(String, Timestamp), AppError> {
    let rows = accounts::signing_keys(db, PURPOSE).await?;
    let next = rows.iter().filter_map(|r| r.kid.strip_prefix('s')?.parse::<u64>().ok()).max().unwrap_or(0) + 1;
    let kid = format!("s{next}");
    let pair = SigningKeyPair::generate(kid.clone());
    let sealed = ring.seal(pair.seed(), &aad(&kid));
    let mut tx = db.begin().await?;
    accounts::insert_signing_key(&mut tx, &kid, PURPOSE, &sealed, &pair.public_key(), now).await?;
    // A key older than the current signer signed its last token at most when the current signer
    // took over; once the longest token lifetime has passed since then, nothing it signed is valid.
    let activated_before = now.minus(ACTIVATION_DELAY);
    if let Some(current) = rows.iter().rposition(|r| r.created_at <= activated_before) {
        let took_over = rows[current].created_at.plus(ACTIVATION_DELAY);
        let lifetime = Duration::from_secs(u64::try_from(ACCESS_TTL_SECS).unwrap_or(900) + LEEWAY_SECS);
        if now.since(took_over) > lifetime {
            for older in &rows[..current] {
                accounts::retire_signing_key(&mut tx, &older.kid, now).await?;
            }
        }
    }
    tx.commit().await?;
    Ok((kid, now.plus(ACTIVATION_DELAY)))
}

/// What `rotate_master` re-encrypted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Resealed {
    pub signing_keys: usize,
    pub totp_secrets: usize,
    pub product_keys: usize,
    pub license_keys: usize,
    /// Stored idempotent answers (they can hold license keys).
    pub answers: usize,
    /// Payment gateways' credentials.
    pub gateway_credentials: usize,
    /// Products' updater feed keys.
    pub feed_keys: usize,
    /// The Telegram bot's token.
    pub telegram: usize,
    /// Customers' billing profiles (company, tax id, address).
    pub billing_profiles: usize,
    /// Account names (with their search digests).
    pub names: usize,
}

/// Re-encrypts every secret sealed under an older key (the signing keys of access tokens and
/// download links, TOTP secrets, product signing keys, license keys, stored idempotent answers,
/// gateway credentials, feed keys, billing profiles, account names) of `ring` (which must hold the old key(s) besides the new current one)
/// under its current key, in one transaction: either every secret
/// moves to the new master key or none does.
pub async fn rotate_master(db: &Db, ring: &MasterKeyRing) -> Result<Resealed, AppError> {
    let mut done = Resealed::default();
    let mut tx = db.begin().await?;
    for row in accounts::all_signing_keys(&mut tx).await? {
        if ring.is_current(&row.sealed_seed) {
            continue;
        }
        let plain = ring
            .open(&row.sealed_seed, &aad(&row.kid))
            .map_err(|e| AppError::Internal(format!("signing key {}: {e}", row.kid)))?;
        accounts::reseal_signing_key(&mut tx, &row.kid, &ring.seal(&plain, &aad(&row.kid))).await?;
        done.signing_keys += 1;
    }
    for (user, sealed) in accounts::sealed_totp_secrets(&mut tx).await? {
        if ring.is_current(&sealed) {
            continue;
        }
        let aad = crate::two_factor::totp_aad(user);
        let plain = ring.open(&sealed, &aad).map_err(|e| AppError::Internal(format!("TOTP secret of {user}: {e}")))?;
        accounts::reseal_totp_secret(&mut tx, user, &ring.seal(&plain, &aad)).await?;
        done.totp_secrets += 1;
    }
    for (product, kid, sealed) in catalog::all_sealed_product_keys(&mut tx).await? {
        if ring.is_current(&sealed) {
            continue;
        }
        let aad = crate::catalog::aad(product, &kid);
        let plain =
            ring.open(&sealed, &aad).map_err(|e| AppError::Internal(format!("key {kid} of product {product}: {e}")))?;
        catalog::reseal_product_key(&mut tx, product, &kid, &ring.seal(&plain, &aad)).await?;
        done.product_keys += 1;
    }
    for (license, sealed) in catalog::all_sealed_license_keys(&mut tx).await? {
        if ring.is_current(&sealed) {
            continue;
        }
        let aad = crate::catalog::license_key_aad(license);
        let plain =
            ring.open(&sealed, &aad).map_err(|e| AppError::Internal(format!("key of license {license}: {e}")))?;
        catalog::reseal_license_key(&mut tx, license, &ring.seal(&plain, &aad)).await?;
        done.license_keys += 1;
    }
    for (user, key, stored) in rms_store::billing::all_sealed_answers(&mut tx).await? {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD;
        let sealed = b64.decode(&stored).map_err(|_| AppError::Internal(format!("answer of key {key}: not base64")))?;
        if ring.is_current(&sealed) {
            continue;
        }
        let aad = crate::idempotency::answer_aad(user, &key);
        let plain = ring.open(&sealed, &aad).map_err(|e| AppError::Internal(format!("answer of key {key}: {e}")))?;
        rms_store::billing::reseal_answer(&mut tx, user, &key, &b64.encode(ring.seal(&plain, &aad))).await?;
        done.answers += 1;
    }
    for (gateway, sealed) in rms_store::billing::sealed_gateway_credentials(&mut tx).await? {
        if ring.is_current(&sealed) {
            continue;
        }
        let aad = crate::payments::credentials_aad(&gateway);
        let plain = ring.open(&sealed, &aad).map_err(|e| AppError::Internal(format!("{gateway} credentials: {e}")))?;
        rms_store::billing::reseal_gateway_credentials(&mut tx, &gateway, &ring.seal(&plain, &aad)).await?;
        done.gateway_credentials += 1;
    }
    for (id, product, kid, sealed) in rms_store::releases::feeds::all_sealed(&mut tx).await? {
        if ring.is_current(&sealed) {
            continue;
        }
        let aad = crate::releases::feeds::aad(product, &kid);
        let plain = ring.open(&sealed, &aad).map_err(|e| AppError::Internal(format!("feed key {kid}: {e}")))?;
        rms_store::releases::feeds::reseal(&mut tx, id, &ring.seal(&plain, &aad)).await?;
        done.feed_keys += 1;
    }
    for (user, sealed) in rms_store::billing::sealed_profiles(&mut tx).await? {
        if ring.is_current(&sealed) {
            continue;
        }
        let aad = crate::profiles::aad(user);
        let plain =
            ring.open(&sealed, &aad).map_err(|e| AppError::Internal(format!("billing profile of {user}: {e}")))?;
        rms_store::billing::reseal_profile(&mut tx, user, &sealed, &ring.seal(&plain, &aad)).await?;
        done.billing_profiles += 1;
    }
    done.names = crate::names::reseal(&mut tx, ring).await?;
    done.telegram = crate::telegram::Telegram::reseal(&mut tx, ring).await?;
    tx.commit().await?;
    Ok(done)
}
