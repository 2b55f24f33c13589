//! Download links: short-lived, bound to one artifact (and the license that asked), signed with
//! a key every node shares. The link is the only credential a download needs, so a customer's
//! updater or `curl` can fetch the file without a session.
//!
//! A token is `base64url(version ‖ license id ‖ expiry ‖ HMAC-SHA256)`, the MAC taken over
//! `"rms-download/v1" ‖ artifact id ‖ license id ‖ expiry`: the artifact comes from the URL's
//! path, so a token presented for another artifact fails like an altered one.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use rms_core::Timestamp;
use rms_crypto::MasterKeyRing;
use rms_store::Db;
use rms_store::accounts;
use sha2::Sha256;
use uuid::Uuid;

use crate::AppError;

const PURPOSE: &str = "download";
/// One key for every node: the first to start proposes it, the insert keeps the first.
const KID: &str = "download-1";
const VERSION: u8 = 1;
const LEN: usize = 1 + 16 + 8 + 32;

/// The key download links are signed with.
#[derive(Clone)]
pub struct DownloadKey([u8; 32]);

impl std::fmt::Debug for DownloadKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DownloadKey(..)")
    }
}

/// A 32-byte secret every node shares, for `purpose` (kid `kid`): the first node to start
/// proposes one, the insert keeps the first, everyone opens the kept one.
pub(crate) async fn shared_secret(
    db: &Db,
    ring: &MasterKeyRing,
    purpose: &str,
    kid: &str,
    now: Timestamp,
) -> Result<[u8; 32], AppError> {
    let aad = format!("signing_keys/sealed_seed/{kid}").into_bytes();
    let mut rows = accounts::signing_keys(db, purpose).await?;
    if rows.is_empty() {
        let mut proposal = [0u8; 32];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut proposal);
        let sealed = ring.seal(&proposal, &aad);
        // No public half: the column holds a marker.
        accounts::insert_signing_key_if_absent(db, kid, purpose, &sealed, b"hmac", now).await?;
        rows = accounts::signing_keys(db, purpose).await?;
    }
    let row = rows.first().ok_or_else(|| AppError::Internal(format!("no {purpose} key")))?;
    let opened = ring
        .open(&row.sealed_seed, &aad)
        .map_err(|e| AppError::Internal(format!("the {purpose} key cannot be opened: {e}")))?;
    opened.try_into().map_err(|_| AppError::Internal(format!("a malformed {purpose} key")))
}

/// Why a link does not open a download (all answered the same: 403).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkRefusal {
    Malformed,
    Altered,
    Expired,
}

impl DownloadKey {
    /// Loads the shared key, creating it on the first start.
    pub async fn load(db: &Db, ring: &MasterKeyRing, now: Timestamp) -> Result<Self, AppError> {
        Ok(Self(shared_secret(db, ring, PURPOSE, KID, now).await?))
    }

    /// A key for tests.
    pub fn from_bytes(key: [u8; 32]) -> Self {
        Self(key)
    }

    /// `None` only if HMAC refused the key, which it never does for 32 bytes: then no link is
    /// made and none opens.
    fn mac(&self, artifact: Uuid, license: Uuid, expires: i64) -> Option<[u8; 32]> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0).ok()?;
        mac.update(b"rms-download/v1");
        mac.update(artifact.as_bytes());
        mac.update(license.as_bytes());
        mac.update(&expires.to_be_bytes());
        Some(mac.finalize().into_bytes().into())
    }

    /// A token for `artifact`, asked by `license` (`None`: an admin), valid until `expires`.
    pub fn sign(&self, artifact: Uuid, license: Option<Uuid>, expires: Timestamp) -> String {
        let license = license.unwrap_or(Uuid::nil());
        let secs = expires.as_millis().div_euclid(1000);
        let mut raw = Vec::with_capacity(LEN);
        raw.push(VERSION);
        raw.extend_from_slice(license.as_bytes());
        raw.extend_from_slice(&secs.to_be_bytes());
        raw.extend_from_slice(&self.mac(artifact, license, secs).unwrap_or_default());
        URL_SAFE_NO_PAD.encode(raw)
    }

    /// Checks `token` for `artifact` at `now`: the license it was issued for (`None`: an admin's).
    pub fn check(&self, artifact: Uuid, token: &str, now: Timestamp) -> Result<Option<Uuid>, LinkRefusal> {
        if token.len() > 128 {
            return Err(LinkRefusal::Malformed);
        }
        let raw = URL_SAFE_NO_PAD.decode(token).map_err(|_| LinkRefusal::Malformed)?;
        if raw.len() != LEN || raw[0] != VERSION {
            return Err(LinkRefusal::Malformed);
        }
        let license = Uuid::from_slice(&raw[1..17]).map_err(|_| LinkRefusal::Malformed)?;
        let secs = i64::from_be_bytes(raw[17..25].try_into().map_err(|_| LinkRefusal::Malformed)?);
        let expected = self.mac(artifact, license, secs).ok_or(LinkRefusal::Altered)?;
        if !rms_crypto::token::constant_time_eq(&expected, &raw[25..]) {
            return Err(LinkRefusal::Altered);
        }
        if now.as_millis().div_euclid(1000) >= secs {
            return Err(LinkRefusal::Expired);
        }
        Ok((!license.is_nil()).then_some(license))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_opens_its_artifact_until_it_expires_and_nothing_else() {
        let key = DownloadKey::from_bytes([3; 32]);
        let (artifact, other, license) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let now = Timestamp::from_millis(1_800_000_000_000);
        let until = now.plus(std::time::Duration::from_secs(600));
        let token = key.sign(artifact, Some(license), until);
        assert_eq!(key.check(artifact, &token, now), Ok(Some(license)));
        assert_eq!(key.check(other, &token, now), Err(LinkRefusal::Altered), "another artifact's path");
        assert_eq!(key.check(artifact, &token, until), Err(LinkRefusal::Expired));
        let admin = key.sign(artifact, None, until);
        assert_eq!(key.check(artifact, &admin, now), Ok(None));
        // Any changed character is caught.
        for i in 0..token.len() {
            let mut bytes = token.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let altered = String::from_utf8(bytes).unwrap();
            assert!(key.check(artifact, &altered, now).is_err(), "changed at {i}");
        }
        let other_key = DownloadKey::from_bytes([4; 32]);
        assert_eq!(other_key.check(artifact, &token, now), Err(LinkRefusal::Altered));
        for junk in ["", "../../etc/passwd", "%2e%2e", &"A".repeat(200), "AAAA"] {
            assert!(key.check(artifact, junk, now).is_err(), "{junk:?}");
        }
    }
}
