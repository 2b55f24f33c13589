//! Two-factor sign-in with TOTP: enrolment with confirmation, ten single-use recovery codes, the
//! check at sign-in (no code accepted twice; five wrong codes lock the factor for 15 minutes),
//! and switching it off with password and code. Every change ends all sessions.

use std::time::Duration;

use rms_core::account::InvalidInput;
use rms_crypto::{token, totp};
use rms_store::accounts as users;
use rms_store::two_factor as store;
use uuid::Uuid;

use crate::accounts::{Accounts, Principal};
use crate::{AppError, RequestMeta};

pub const RECOVERY_CODES: usize = 10;
const WRONG_CODES_BEFORE_LOCK: i64 = 5;
const LOCK_FOR: Duration = Duration::from_secs(15 * 60);

/// The associated data a user's TOTP secret is sealed with.
pub fn totp_aad(user: Uuid) -> Vec<u8> {
    aad(user)
}

fn aad(user: Uuid) -> Vec<u8> {
    format!("users/totp_secret/{user}").into_bytes()
}

/// What enrolment hands to the person: the secret to type, or the URI to scan.
pub struct Enrollment {
    pub secret_base32: String,
    pub otpauth_uri: String,
}

impl Accounts {
    fn secret_of(&self, user: Uuid, sealed: Option<&[u8]>) -> Result<Vec<u8>, AppError> {
        let sealed = sealed.ok_or(AppError::TotpNotEnabled)?;
        self.ring.open(sealed, &aad(user)).map_err(|e| AppError::Internal(format!("TOTP secret of {user}: {e}")))
    }

    fn now_secs(&self) -> u64 {
        u64::try_from(self.clock.now().as_millis() / 1000).unwrap_or(0)
    }

    /// Counts a wrong second factor and says whether the factor is now locked.
    async fn wrong_code(&self, user: Uuid, action: &str, meta: &RequestMeta) -> Result<(), AppError> {
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let locked = store::record_failure(&mut tx, user, WRONG_CODES_BEFORE_LOCK, now.plus(LOCK_FOR)).await?;
        users::audit(&mut tx, &self.audit(meta, Some(user), action), now).await?;
        if locked {
            users::audit(&mut tx, &self.audit(meta, Some(user), "2fa.locked"), now).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The second step of signing in. A code counts once (its step must be newer than the last
    /// accepted one); a recovery code counts once ever.
    pub(crate) async fn second_factor(
        &self,
        user: Uuid,
        code: Option<&str>,
        recovery_code: Option<&str>,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        let st = store::state(&self.db, user).await?.ok_or(AppError::InvalidCredentials)?;
        let now = self.clock.now();
        if st.totp_locked_until.is_some_and(|until| until > now) {
            self.record(self.audit(meta, Some(user), "2fa.refused_while_locked")).await?;
            return Err(AppError::TotpLocked);
        }
        match (code, recovery_code) {
            (Some(code), _) => {
                let secret = self.secret_of(user, st.totp_secret.as_deref())?;
                let Some(step) = totp::verify(&secret, code, self.now_secs()) else {
                    self.wrong_code(user, "2fa.failed", meta).await?;
                    return Err(AppError::TotpInvalid);
                };
                let mut tx = self.db.begin().await?;
                if store::accept_step(&mut tx, user, i64::try_from(step).unwrap_or(i64::MAX)).await? {
                    tx.commit().await?;
                    Ok(())
                } else {
                    tx.rollback().await?;
                    self.wrong_code(user, "2fa.code_reused", meta).await?;
                    Err(AppError::TotpInvalid)
                }
            }
            (None, Some(recovery)) => {
                let mut tx = self.db.begin().await?;
                if store::use_recovery_code(&mut tx, user, &token::recovery_digest(recovery), now).await? {
                    users::audit(&mut tx, &self.audit(meta, Some(user), "2fa.recovery_code_used"), now).await?;
                    tx.commit().await?;
                    Ok(())
                } else {
                    tx.rollback().await?;
                    self.wrong_code(user, "2fa.failed", meta).await?;
                    Err(AppError::TotpInvalid)
                }
            }
            (None, None) => Err(AppError::TotpRequired),
        }
    }

    /// Starts enrolment: a new secret, stored sealed, not active until confirmed with a code.
    pub async fn totp_enroll(&self, who: &Principal, meta: &RequestMeta) -> Result<Enrollment, AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let user = users::user_by_id(&self.db, who.user_id).await?.ok_or(AppError::NotFound)?;
        if user.totp_enabled_at.is_some() {
            return Err(AppError::TotpAlreadyEnabled);
        }
        let secret = totp::generate_secret();
        let uri = totp::otpauth_uri(&secret, &user.email).map_err(|e| AppError::Internal(e.to_string()))?;
        let sealed = self.ring.seal(&secret, &aad(user.id));
        if !store::set_pending(&self.db, user.id, &sealed, self.clock.now()).await? {
            return Err(AppError::TotpAlreadyEnabled);
        }
        self.record(self.audit(meta, Some(user.id), "2fa.enrollment_started")).await?;
        Ok(Enrollment { secret_base32: totp::base32(&secret), otpauth_uri: uri })
    }

    /// Confirms enrolment with a first code; returns the recovery codes (shown once). Every
    /// session ends (one opened without the second factor may not be the owner's). With the
    /// account's `password` (proof that the caller is the owner, not someone holding a stolen
    /// session), the device that turned it on gets a new session and carries on.
    pub async fn totp_confirm(
        &self,
        who: &Principal,
        code: &str,
        password: Option<&str>,
        meta: &RequestMeta,
    ) -> Result<(Vec<String>, Option<crate::accounts::TokenPair>), AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        if let Some(password) = password {
            let user = users::user_by_id(&self.db, who.user_id).await?.ok_or(AppError::NotFound)?;
            if !crate::accounts::password_matches(password, Some(user.password_hash.clone())).await {
                return Err(AppError::Invalid { field: "password", reason: InvalidInput::Code });
            }
        }
        let st = store::state(&self.db, who.user_id).await?.ok_or(AppError::NotFound)?;
        if st.totp_enabled_at.is_some() {
            return Err(AppError::TotpAlreadyEnabled);
        }
        let secret = self.secret_of(who.user_id, st.totp_secret.as_deref())?;
        let step = totp::verify(&secret, code, self.now_secs())
            .ok_or(AppError::Invalid { field: "code", reason: InvalidInput::Code })?;
        let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| token::recovery_code()).collect();
        let digests: Vec<[u8; 32]> = codes.iter().map(|c| token::recovery_digest(c)).collect();
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if !store::enable(&mut tx, who.user_id, i64::try_from(step).unwrap_or(i64::MAX), now).await? {
            return Err(AppError::TotpAlreadyEnabled);
        }
        store::replace_recovery_codes(&mut tx, who.user_id, &digests, now).await?;
        users::revoke_everything(&mut tx, who.user_id, now).await?;
        // The owner's device (they gave the password): a new session, signed with the version
        // every older token lost to.
        let pair = match password {
            Some(_) => {
                let version = users::token_version_tx(&mut tx, who.user_id).await?.ok_or(AppError::NotFound)?;
                Some(self.issue(&mut tx, who.user_id, version, Uuid::now_v7(), meta, now).await?)
            }
            None => None,
        };
        users::audit(&mut tx, &self.audit(meta, Some(who.user_id), "2fa.enabled"), now).await?;
        let data = serde_json::json!({ "status": "on", "link": "/account/2fa" });
        let kind = rms_core::notifications::NotificationKind::TwoFactorChanged;
        crate::notifications::record(&mut tx, now, who.user_id, kind, data, None).await?;
        tx.commit().await?;
        Ok((codes, pair))
    }

    /// Turns two-factor sign-in off; needs the password and a current code. Ends every session.
    pub async fn totp_disable(
        &self,
        who: &Principal,
        password: &str,
        code: &str,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let user = users::user_by_id(&self.db, who.user_id).await?.ok_or(AppError::NotFound)?;
        if !crate::accounts::password_matches(password, Some(user.password_hash.clone())).await {
            self.record(self.audit(meta, Some(user.id), "2fa.disable_refused")).await?;
            return Err(AppError::Invalid { field: "password", reason: InvalidInput::Code });
        }
        if user.totp_enabled_at.is_none() {
            return Err(AppError::TotpNotEnabled);
        }
        match self.second_factor(user.id, Some(code), None, meta).await {
            Ok(()) => {}
            Err(AppError::TotpInvalid) => return Err(AppError::Invalid { field: "code", reason: InvalidInput::Code }),
            Err(e) => return Err(e),
        }
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        store::disable(&mut tx, user.id, now).await?;
        users::revoke_everything(&mut tx, user.id, now).await?;
        users::audit(&mut tx, &self.audit(meta, Some(user.id), "2fa.disabled"), now).await?;
        let data = serde_json::json!({ "status": "off", "link": "/account/2fa" });
        let kind = rms_core::notifications::NotificationKind::TwoFactorChanged;
        crate::notifications::record(&mut tx, now, user.id, kind, data, None).await?;
        tx.commit().await?;
        Ok(())
    }
}
