//! Sessions: signing in, the access and refresh tokens a sign-in hands out, their rotation,
//! signing out, and turning an access token back into its person.

use rms_core::Timestamp;
use rms_core::account::Email;
use rms_core::notifications::NotificationKind;
use rms_crypto::jwt::AccessClaims;
use rms_crypto::token;
use rms_store::Tx;
use rms_store::accounts::{self as store, NewSession};
use serde_json::json;
use uuid::Uuid;

use super::{ACCESS_TTL_SECS, Accounts, Credential, Principal, REFRESH_TTL, TokenPair, password_matches};
use crate::{AppError, RequestMeta};

const REFRESH_PREFIX: &str = "rmsr_";

/// What a person presents to sign in.
pub struct Credentials<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub totp_code: Option<&'a str>,
    pub recovery_code: Option<&'a str>,
}

impl Accounts {
    /// Signs in with email and password, and the second factor when the account has one.
    pub async fn login(&self, creds: Credentials<'_>, meta: &RequestMeta) -> Result<TokenPair, AppError> {
        let Credentials { email, password, totp_code, recovery_code } = creds;
        let user = match Email::parse(email) {
            Ok(e) => store::user_by_email(&self.db, &e).await?,
            Err(_) => None,
        };
        let matches = password_matches(password, user.as_ref().map(|u| u.password_hash.clone())).await;
        let Some(user) = user.filter(|_| matches) else {
            let mut entry = self.audit(meta, None, "auth.login_failed");
            entry.details = json!({ "email": email.chars().take(254).collect::<String>() });
            self.record(entry).await?;
            return Err(AppError::InvalidCredentials);
        };
        if user.locked_at.is_some() {
            self.record(self.audit(meta, Some(user.id), "auth.login_refused_locked")).await?;
            return Err(AppError::AccountLocked);
        }
        if user.totp_enabled_at.is_some() {
            self.second_factor(user.id, totp_code, recovery_code, meta).await?;
        }
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let pair = self.issue(&mut tx, user.id, user.token_version, Uuid::now_v7(), meta, now).await?;
        store::audit(&mut tx, &self.audit(meta, Some(user.id), "auth.login"), now).await?;
        let device = rms_core::account::SignInDevice::from_user_agent(meta.user_agent.as_deref());
        if store::note_device(&mut tx, user.id, &token::digest(&device.key), now).await? == store::DeviceSeen::New {
            let from = match meta.ip.as_deref() {
                Some(ip) => format!("{} ({ip})", device.label),
                None => device.label,
            };
            let data = json!({ "device": from, "link": "/account" });
            crate::notifications::record(&mut tx, now, user.id, NotificationKind::NewSignIn, data, None).await?;
        }
        tx.commit().await?;
        Ok(pair)
    }

    pub(crate) async fn issue(
        &self,
        tx: &mut Tx,
        user: Uuid,
        token_version: i64,
        family: Uuid,
        meta: &RequestMeta,
        now: Timestamp,
    ) -> Result<TokenPair, AppError> {
        let refresh = token::generate(REFRESH_PREFIX);
        let digest = token::digest(&refresh);
        let session = NewSession {
            id: Uuid::now_v7(),
            user_id: user,
            family_id: family,
            token_hash: &digest,
            expires_at: now.plus(REFRESH_TTL),
            ip: meta.ip.as_deref(),
            user_agent: meta.user_agent.as_deref(),
        };
        store::insert_session(tx, &session, now).await?;
        let claims = AccessClaims::new(&user.to_string(), token_version, now.as_millis() / 1000, ACCESS_TTL_SECS);
        let access = self.keys()?.sign(&claims).map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(TokenPair {
            access_token: access,
            refresh_token: refresh,
            token_type: "Bearer",
            expires_in: ACCESS_TTL_SECS,
        })
    }

    /// Trades a refresh token for a new pair. A token presented twice means it leaked: the whole
    /// family (every token descending from the same sign-in) is revoked.
    pub async fn refresh(&self, refresh_token: &str, meta: &RequestMeta) -> Result<TokenPair, AppError> {
        let digest = token::digest(refresh_token);
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let Some(session) = store::session_by_hash(&mut tx, &digest).await? else {
            return Err(AppError::InvalidRefreshToken);
        };
        let replayed = session.used_at.is_some() || session.revoked_at.is_some();
        if replayed || !store::mark_session_used(&mut tx, session.id, now).await? {
            let revoked = store::revoke_family(&mut tx, session.family_id, now).await?;
            if session.revoked_at.is_none() || revoked > 0 {
                let mut entry = self.audit(meta, Some(session.user_id), "auth.refresh_token_reused");
                entry.details = json!({ "family": session.family_id, "sessions_revoked": revoked });
                store::audit(&mut tx, &entry, now).await?;
            }
            tx.commit().await?;
            return Err(AppError::InvalidRefreshToken);
        }
        if session.expires_at <= now {
            return Err(AppError::InvalidRefreshToken);
        }
        let Some(user) = store::user_by_id(&self.db, session.user_id).await? else {
            return Err(AppError::InvalidRefreshToken);
        };
        if user.locked_at.is_some() {
            return Err(AppError::AccountLocked);
        }
        let pair = self.issue(&mut tx, user.id, user.token_version, session.family_id, meta, now).await?;
        tx.commit().await?;
        Ok(pair)
    }

    /// Ends the session a refresh token belongs to. Unknown tokens are ignored (signing out twice
    /// is not an error).
    pub async fn logout(&self, refresh_token: &str, meta: &RequestMeta) -> Result<(), AppError> {
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if let Some(session) = store::session_by_hash(&mut tx, &token::digest(refresh_token)).await? {
            store::revoke_family(&mut tx, session.family_id, now).await?;
            store::audit(&mut tx, &self.audit(meta, Some(session.user_id), "auth.logout"), now).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Ends every session of the caller and invalidates every access token issued so far.
    pub async fn logout_everywhere(&self, who: &Principal, meta: &RequestMeta) -> Result<(), AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        store::revoke_everything(&mut tx, who.user_id, now).await?;
        store::audit(&mut tx, &self.audit(meta, Some(who.user_id), "auth.logout_all"), now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Who an access token speaks for, if it is still valid: signature and claims first, then the
    /// account's current token version and lock, so revocation takes effect on the next request.
    pub async fn authenticate(&self, access_token: &str) -> Result<Principal, AppError> {
        let now_secs = self.clock.now().as_millis() / 1000;
        let claims = self.keys()?.verify(access_token, now_secs).map_err(|_| AppError::Unauthenticated)?;
        let user_id = Uuid::parse_str(&claims.sub).map_err(|_| AppError::Unauthenticated)?;
        let state = store::auth_state(&self.db, user_id).await?.ok_or(AppError::Unauthenticated)?;
        if state.locked || state.token_version != claims.ver {
            return Err(AppError::Unauthenticated);
        }
        Ok(Principal::new(user_id, state.role, Credential::Session, state.two_factor, self.staff_two_factor_required))
    }
}
