//! One-click unsubscribe links (RFC 8058): `/unsubscribe?user=<id>&kind=<kind>&sig=<mac>`, the
//! MAC (HMAC-SHA256 over `"rms-unsubscribe/v1" ‖ user ‖ kind`, with a key every node shares)
//! being the only credential, so a mail provider's POST without cookies works. A link turns off
//! email for one kind of one person, nothing else, and never for security notices.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use rms_core::Timestamp;
use rms_core::notifications::NotificationKind;
use rms_crypto::MasterKeyRing;
use rms_store::Db;
use sha2::Sha256;
use uuid::Uuid;

use crate::AppError;

#[derive(Clone)]
pub struct UnsubscribeKey([u8; 32]);

impl std::fmt::Debug for UnsubscribeKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UnsubscribeKey(..)")
    }
}

impl UnsubscribeKey {
    /// Loads the shared key, creating it on the first start.
    pub async fn load(db: &Db, ring: &MasterKeyRing, now: Timestamp) -> Result<Self, AppError> {
        let secret = crate::releases::shared_secret(db, ring, "unsubscribe", "unsubscribe-1", now).await?;
        Ok(Self(secret))
    }

    /// A key for tests.
    pub fn from_bytes(key: [u8; 32]) -> Self {
        Self(key)
    }

    fn mac(&self, user: Uuid, kind: NotificationKind) -> Option<Vec<u8>> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0).ok()?;
        mac.update(b"rms-unsubscribe/v1");
        mac.update(user.as_bytes());
        mac.update(kind.as_str().as_bytes());
        Some(mac.finalize().into_bytes().to_vec())
    }

    /// The link under `base` that unsubscribes `user` from `kind`'s emails.
    pub fn link(&self, base: &str, user: Uuid, kind: NotificationKind) -> String {
        let sig = URL_SAFE_NO_PAD.encode(self.mac(user, kind).unwrap_or_default());
        format!("{}/unsubscribe?user={user}&kind={kind}&sig={sig}", base.trim_end_matches('/'))
    }

    pub fn check(&self, user: Uuid, kind: NotificationKind, sig: &str) -> bool {
        let Ok(given) = URL_SAFE_NO_PAD.decode(sig.as_bytes()) else { return false };
        self.mac(user, kind).is_some_and(|expected| rms_crypto::token::constant_time_eq(&expected, &given))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_unsubscribes_only_its_person_and_kind() {
        let key = UnsubscribeKey::from_bytes([9; 32]);
        let (alice, bob) = (Uuid::now_v7(), Uuid::now_v7());
        let link = key.link("https://lic.example.com/", alice, NotificationKind::Marketing);
        let sig = link.split("sig=").nth(1).unwrap();
        assert!(key.check(alice, NotificationKind::Marketing, sig));
        assert!(!key.check(bob, NotificationKind::Marketing, sig));
        assert!(!key.check(alice, NotificationKind::Refund, sig));
        assert!(!UnsubscribeKey::from_bytes([8; 32]).check(alice, NotificationKind::Marketing, sig));
        assert!(!key.check(alice, NotificationKind::Marketing, "%%%"));
        assert!(link.starts_with("https://lic.example.com/unsubscribe?user="));
    }
}
