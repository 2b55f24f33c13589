//! Passwords: a reset by emailed link for who forgot theirs, and a change by who is signed in;
//! either ends the other sessions.

use rms_core::account::{Email, InvalidInput, NewPassword};
use rms_core::notifications::NotificationKind;
use rms_crypto::token;
use rms_store::accounts as store;
use uuid::Uuid;

use super::{Accounts, Principal, TokenPair, hash_password, password_matches};
use crate::jobs;
use crate::{AppError, RequestMeta};

impl Accounts {
    /// Starts a password reset. The answer never says whether the address has an account; if it
    /// does, a single-use link is emailed.
    pub async fn forgot_password(&self, email: &str, meta: &RequestMeta) -> Result<(), AppError> {
        let Ok(email) = Email::parse(email) else { return Ok(()) };
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if let Some(user) = store::user_id_by_email(&mut tx, &email).await? {
            jobs::enqueue(&mut tx, now, &jobs::PasswordReset { user_id: user }).await?;
            store::audit(&mut tx, &self.audit(meta, Some(user), "auth.password_reset_requested"), now).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Sets a new password with the emailed token. Ends every session; does not sign in (the
    /// second factor, when on, is still asked at the next sign-in).
    pub async fn reset_password(
        &self,
        link_token: &str,
        new_password: &str,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        let now = self.clock.now();
        let digest = token::digest(link_token);
        let purpose = store::EmailTokenPurpose::ResetPassword;
        // The password is checked and hashed before the transaction begins: on SQLite a write
        // transaction holds the process's one writer turn, and an Argon2 hash waiting for a free
        // hashing thread during a sign-in flood would stall every writer (heartbeats included).
        // A refused password therefore leaves the link usable without a rollback.
        let user_id =
            store::email_token_user(&self.db, &digest, purpose, now).await?.ok_or(AppError::InvalidLinkToken)?;
        let user = store::user_by_id(&self.db, user_id).await?.ok_or(AppError::InvalidLinkToken)?;
        let email = Email::parse(&user.email).map_err(AppError::invalid("email"))?;
        let password = NewPassword::parse(new_password, &email).map_err(AppError::invalid("password"))?;
        let hash = hash_password(&password).await?;
        // The hash may have waited its turn for a while: the link must still be unexpired now.
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        // Used up here, conditionally: of two resets racing with one link only one gets its user
        // back, and it must be the user the password was checked against.
        let consumed = store::consume_email_token(&mut tx, &digest, purpose, now).await?;
        if consumed != Some(user_id) {
            return Err(AppError::InvalidLinkToken);
        }
        store::set_password(&mut tx, user_id, &hash, now).await?;
        // Receiving the link proves control of the address.
        store::mark_email_verified(&mut tx, user_id, now).await?;
        store::revoke_everything(&mut tx, user_id, now).await?;
        store::audit(&mut tx, &self.audit(meta, Some(user_id), "auth.password_reset"), now).await?;
        let data = serde_json::json!({ "link": "/account" });
        crate::notifications::record(&mut tx, now, user_id, NotificationKind::PasswordChanged, data, None).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Changes the password of a signed-in person. Every other session ends; this one gets a fresh
    /// token pair.
    pub async fn change_password(
        &self,
        who: &Principal,
        current: &str,
        new_password: &str,
        meta: &RequestMeta,
    ) -> Result<TokenPair, AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let user = store::user_by_id(&self.db, who.user_id).await?.ok_or(AppError::NotFound)?;
        if !password_matches(current, Some(user.password_hash.clone())).await {
            self.record(self.audit(meta, Some(user.id), "auth.password_change_refused")).await?;
            return Err(AppError::Invalid { field: "current_password", reason: InvalidInput::Code });
        }
        let email = Email::parse(&user.email).map_err(AppError::invalid("email"))?;
        let password = NewPassword::parse(new_password, &email).map_err(AppError::invalid("new_password"))?;
        let hash = hash_password(&password).await?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        store::set_password(&mut tx, user.id, &hash, now).await?;
        store::revoke_everything(&mut tx, user.id, now).await?;
        // The new session carries the version revoke_everything just set, read back rather than
        // assumed.
        let version = store::user_by_id_tx(&mut tx, user.id).await?.ok_or(AppError::NotFound)?.token_version;
        let pair = self.issue(&mut tx, user.id, version, Uuid::now_v7(), meta, now).await?;
        store::audit(&mut tx, &self.audit(meta, Some(user.id), "auth.password_changed"), now).await?;
        let data = serde_json::json!({ "link": "/account" });
        crate::notifications::record(&mut tx, now, user.id, NotificationKind::PasswordChanged, data, None).await?;
        tx.commit().await?;
        Ok(pair)
    }
}
