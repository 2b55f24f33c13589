//! Invitations: a license an admin issues to an address with no account waits for that address
//! (`invited_email`) with the issuing admin as its holder. The email that tells of it carries a
//! sign-up link whose token proves the person reads that mailbox (an HMAC over the license and
//! the address, with a key every node shares): signing up through it creates the account with
//! the address already verified, and the license becomes theirs at their first look at their
//! licenses, like any invitation.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use rms_core::Timestamp;
use rms_crypto::MasterKeyRing;
use rms_store::Db;
use sha2::Sha256;
use uuid::Uuid;

use crate::AppError;

#[derive(Clone)]
pub struct InviteKey([u8; 32]);

impl std::fmt::Debug for InviteKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InviteKey(..)")
    }
}

impl InviteKey {
    /// Loads the shared key, creating it on the first start.
    pub async fn load(db: &Db, ring: &MasterKeyRing, now: Timestamp) -> Result<Self, AppError> {
        Ok(Self(crate::releases::shared_secret(db, ring, "invite", "invite-1", now).await?))
    }

    /// A key for tests.
    pub fn from_bytes(key: [u8; 32]) -> Self {
        Self(key)
    }

    fn mac(&self, license: Uuid, email: &str) -> Option<Vec<u8>> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0).ok()?;
        mac.update(b"rms-invite/v1");
        mac.update(license.as_bytes());
        mac.update(email.trim().to_lowercase().as_bytes());
        Some(mac.finalize().into_bytes().to_vec())
    }

    /// The token of the invitation to `email` for `license`: `<license>.<mac>`.
    pub fn token(&self, license: Uuid, email: &str) -> String {
        format!("{license}.{}", URL_SAFE_NO_PAD.encode(self.mac(license, email).unwrap_or_default()))
    }

    /// Whether `token` was sent to `email` (so whoever holds it reads that mailbox).
    pub fn proves(&self, token: &str, email: &str) -> bool {
        let Some((license, sig)) = token.trim().split_once('.') else { return false };
        let (Ok(license), Ok(given)) = (Uuid::parse_str(license), URL_SAFE_NO_PAD.decode(sig.as_bytes())) else {
            return false;
        };
        self.mac(license, email).is_some_and(|expected| rms_crypto::token::constant_time_eq(&expected, &given))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_proves_only_its_own_address() {
        let key = InviteKey::from_bytes([9; 32]);
        let license = Uuid::now_v7();
        let token = key.token(license, "Ada@Example.com");
        assert!(key.proves(&token, "ada@example.com"));
        assert!(!key.proves(&token, "bea@example.com"));
        assert!(!InviteKey::from_bytes([8; 32]).proves(&token, "ada@example.com"));
        assert!(!key.proves(&token.replace('.', ""), "ada@example.com"));
        assert!(!key.proves(&format!("{}.{}", Uuid::now_v7(), token.split_once('.').unwrap().1), "ada@example.com"));
    }
}
