//! Accounts and sessions: registering, signing in, rotating refresh tokens, signing out, and
//! turning an access token back into the person it was issued to.

use std::sync::Arc;
use std::time::Duration;

use rms_core::account::{DisplayName, Email, InvalidInput, NewPassword, Role, Scope, Timezone};
use rms_core::{Clock, Timestamp};
use rms_crypto::jwt::{AccessClaims, TokenKeys};
use rms_crypto::{MasterKeyRing, password, token};
use rms_i18n::Locale;
use rms_store::accounts::{self as store, AuditEntry, NewSession, NewUser};
use rms_store::{Db, Tx};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use crate::invitations::InviteKey;
use crate::jobs;
use crate::names::{Names, User};
use crate::{AppError, RequestMeta};
use rms_core::notifications::NotificationKind;

/// Access tokens live 15 minutes; refresh tokens 30 days, rotating on every use.
pub const ACCESS_TTL_SECS: i64 = 15 * 60;
pub const REFRESH_TTL: Duration = Duration::from_secs(30 * 86_400);
const REFRESH_PREFIX: &str = "rmsr_";

/// What a successful sign-in or refresh hands out.
#[derive(Clone, Debug, Serialize)]
pub struct TokenPair {
    pub access_token: String,
    pub refresh_token: String,
    /// Always `Bearer`.
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

/// The signed-in person behind a request, and how they proved it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    pub user_id: Uuid,
    pub role: Role,
    pub via: Credential,
    /// Staff without two-factor sign-in where the deployment requires it
    /// (`RMS_STAFF_TWO_FACTOR_REQUIRED`): decided once, where the principal is built, and every
    /// staff right is withheld ([`Principal::require_admin`], [`Principal::require_staff`]).
    pub staff_blocked: bool,
}

/// How a request authenticated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    /// An access token from signing in: everything the role allows.
    Session,
    /// An API key: only its scopes.
    ApiKey { id: Uuid, scopes: Vec<Scope> },
}

/// Refuses anyone but an administrator acting with admin rights (a session, or a key with the
/// `admin` scope).
pub(crate) fn admin_only(who: &Principal) -> Result<(), AppError> {
    who.require_admin()
}

impl Principal {
    /// Whose rows a listing shows: everybody's (`None`) when an admin asks for `all`, else the
    /// caller's own, which needs the read scope.
    pub(crate) fn listing(&self, all: bool) -> Result<Option<Uuid>, AppError> {
        if all {
            self.require_admin()?;
            return Ok(None);
        }
        if !self.may(Scope::Read) {
            return Err(AppError::Forbidden);
        }
        Ok(Some(self.user_id))
    }

    /// The principal of `user` with `role` proving itself `via`; `two_factor` says whether the
    /// account has two-factor sign-in on, `required` whether staff must.
    pub fn new(user_id: Uuid, role: Role, via: Credential, two_factor: bool, required: bool) -> Self {
        let staff = matches!(role, Role::Admin | Role::Support);
        Self { user_id, role, via, staff_blocked: required && staff && !two_factor }
    }

    /// An administrator acting with admin rights.
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin && self.may(Scope::Admin)
    }

    /// Admin rights, or why not: `StaffNeedTwoFactor` for staff the deployment wants on two-factor
    /// sign-in first, `Forbidden` for everyone else.
    pub fn require_admin(&self) -> Result<(), AppError> {
        if self.is_admin() { Ok(()) } else { Err(self.refusal()) }
    }

    /// Staff rights for `scope` (see [`Principal::is_staff`]), or why not.
    pub fn require_staff(&self, scope: Scope) -> Result<(), AppError> {
        if self.is_staff(scope) { Ok(()) } else { Err(self.refusal()) }
    }

    fn refusal(&self) -> AppError {
        if self.staff_blocked { AppError::StaffNeedTwoFactor } else { AppError::Forbidden }
    }

    /// Whether this request may use `scope` (sessions may use every scope their role has; an
    /// administrator's key with the `admin` scope has every right of its owner).
    pub fn may(&self, scope: Scope) -> bool {
        let admin = self.role == Role::Admin && !self.staff_blocked;
        let role_allows = scope != Scope::Admin || admin;
        role_allows
            && match &self.via {
                Credential::Session => true,
                Credential::ApiKey { scopes, .. } => {
                    scopes.contains(&scope) || (admin && scopes.contains(&Scope::Admin))
                }
            }
    }

    /// Staff acting with staff rights: an administrator with admin rights, or support staff
    /// allowed `scope` (`Read` to look, `Licenses` to reset bindings and budgets).
    pub fn is_staff(&self, scope: Scope) -> bool {
        if self.staff_blocked {
            return false;
        }
        match self.role {
            Role::Admin => self.may(Scope::Admin) || self.may(scope),
            Role::Support => self.may(scope),
            Role::User => false,
        }
    }

    pub fn is_session(&self) -> bool {
        self.via == Credential::Session
    }
}

/// An account as its owner (their profile) and staff (the users list) see it.
#[derive(Clone, Debug)]
pub struct AccountView {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub role: String,
    /// The language tag (`fa`), without the digits option.
    pub locale: String,
    /// Numbers in Latin digits (0–9) in place of the language's own (Persian ۱۲۳).
    pub latin_digits: bool,
    pub timezone: String,
    pub email_verified: bool,
    pub two_factor_enabled: bool,
    pub locked: bool,
    pub created_at: Timestamp,
}

impl From<User> for AccountView {
    fn from(User { row: u, name }: User) -> Self {
        let locale = Locale::parse(&u.locale);
        Self {
            id: u.id,
            email: u.email,
            name,
            role: u.role,
            locale: locale.map_or(u.locale, |l| l.tag().to_owned()),
            latin_digits: locale.is_some_and(Locale::latin_digits),
            timezone: u.timezone,
            email_verified: u.email_verified_at.is_some(),
            two_factor_enabled: u.totp_enabled_at.is_some(),
            locked: u.locked_at.is_some(),
            created_at: u.created_at,
        }
    }
}

impl AccountView {
    /// The language their pages, emails and invoices are in, with their choice of digits.
    pub fn interface_locale(&self) -> Option<Locale> {
        let language = Locale::parse(&self.locale)?;
        Some(if self.latin_digits { language.with_latin_digits() } else { language })
    }
}

/// What a person presents to sign in.
pub struct Credentials<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub totp_code: Option<&'a str>,
    pub recovery_code: Option<&'a str>,
}

pub struct Registration<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub name: &'a str,
    pub locale: Option<&'a str>,
    /// The IANA time zone asked for (the API's `timezone`): refused when it is not one.
    pub timezone: Option<&'a str>,
    /// The zone the sign-up page's script read from the browser
    /// (`Intl.DateTimeFormat().resolvedOptions()`): taken when it is a zone, else ignored, since
    /// the person never typed it and could not correct it.
    pub browser_timezone: Option<&'a str>,
    pub referral_code: Option<&'a str>,
    /// The token of an invitation link: when it was sent to this address, the address is
    /// verified at once (the person proved they read it).
    pub invite: Option<&'a str>,
}

/// Fields of `PATCH /me`; `None` leaves a field as it is.
#[derive(Default)]
pub struct ProfileChange<'a> {
    pub name: Option<&'a str>,
    pub locale: Option<&'a str>,
    pub timezone: Option<&'a str>,
    /// `native` (the language's own digits, as CLDR has them) or `latin` (0–9). Kept when only
    /// the language changes.
    pub digits: Option<&'a str>,
}

/// The `digits` option: whether numbers use Latin digits.
fn parse_digits(value: &str) -> Result<bool, AppError> {
    match value {
        "native" => Ok(false),
        "latin" => Ok(true),
        _ => Err(AppError::Invalid { field: "digits", reason: InvalidInput::Range }),
    }
}

/// A time zone of the bundled database: shaped like a zone is not enough, since dates would
/// silently show in UTC for a made-up one.
fn parse_time_zone(zone: &str) -> Result<Timezone, AppError> {
    let zone = Timezone::parse(zone).map_err(AppError::invalid("timezone"))?;
    if !rms_i18n::is_time_zone(zone.as_str()) {
        return Err(AppError::Invalid { field: "timezone", reason: InvalidInput::Timezone });
    }
    Ok(zone)
}

/// The accounts use cases, sharing the database, the clock and the token keys.
#[derive(Clone)]
pub struct Accounts {
    pub(crate) db: Db,
    pub(crate) clock: Arc<dyn Clock>,
    /// Swapped whole when the keys are reloaded (rotation), never mutated in place.
    keys: Arc<std::sync::RwLock<Arc<TokenKeys>>>,
    /// Seals the TOTP secrets.
    pub(crate) ring: MasterKeyRing,
    /// Staff must have two-factor sign-in on to use staff rights (`RMS_STAFF_TWO_FACTOR_REQUIRED`).
    staff_two_factor_required: bool,
    /// Checks invitation links' tokens.
    invites: InviteKey,
    /// Seals and opens account names.
    pub(crate) names: Names,
}

/// A language as a client names it: a plain tag (the digits are their own field).
fn parse_locale(tag: &str) -> Result<Locale, AppError> {
    Locale::language(tag).ok_or(AppError::Invalid { field: "locale", reason: InvalidInput::Locale })
}

pub(crate) async fn hash_password(password: &NewPassword) -> Result<String, AppError> {
    let plain = password.expose().to_owned();
    // Argon2 at 19 MiB takes tens of milliseconds of CPU: keep it off the async workers.
    crate::hashing::run(move || password::hash(&plain)).await?.map_err(|e| AppError::Internal(e.to_string()))
}

pub(crate) async fn password_matches(candidate: &str, phc: Option<String>) -> bool {
    let candidate = candidate.to_owned();
    crate::hashing::run(move || match phc {
        Some(phc) => password::verify(&candidate, &phc),
        None => {
            password::verify_dummy(&candidate);
            false
        }
    })
    .await
    .unwrap_or(false)
}

impl Accounts {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        keys: TokenKeys,
        ring: MasterKeyRing,
        staff_two_factor_required: bool,
        invites: InviteKey,
    ) -> Self {
        let keys = Arc::new(std::sync::RwLock::new(Arc::new(keys)));
        let names = Names::new(db.clone(), ring.clone());
        Self { db, clock, keys, ring, staff_two_factor_required, invites, names }
    }

    fn keys(&self) -> Result<Arc<TokenKeys>, AppError> {
        self.keys.read().map(|k| k.clone()).map_err(|_| AppError::Internal("token keys lock poisoned".into()))
    }

    /// Reloads the signing keys from the database (picks up rotations made elsewhere).
    pub async fn reload_keys(&self) -> Result<(), AppError> {
        let fresh = crate::session_keys::load(&self.db, &self.ring, self.clock.now()).await?;
        let mut slot = self.keys.write().map_err(|_| AppError::Internal("token keys lock poisoned".into()))?;
        *slot = Arc::new(fresh);
        Ok(())
    }

    /// An account event is about the account that acts (none when nobody could be recognised).
    pub(crate) fn audit<'a>(&self, meta: &'a RequestMeta, actor: Option<Uuid>, action: &'a str) -> AuditEntry<'a> {
        meta.audit_of(actor, action, actor.map(|a| ("user", a.to_string())), json!({}))
    }

    pub(crate) async fn record(&self, entry: AuditEntry<'_>) -> Result<(), AppError> {
        let mut tx = self.db.begin().await?;
        store::audit(&mut tx, &entry, self.clock.now()).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether an invitation token was sent to `email` (the sign-up page says the account is
    /// ready rather than "check your email"). Proves nothing about accounts: only the holder of
    /// the token learns it is valid for the address they typed.
    pub fn invitation_proves(&self, token: &str, email: &str) -> bool {
        !token.is_empty() && self.invites.proves(token, email)
    }

    /// Creates an account. The answer is the same whether or not the email is already
    /// registered, so that sign-up cannot be used to find out who has an account.
    pub async fn register(&self, r: Registration<'_>, fallback: Locale, meta: &RequestMeta) -> Result<(), AppError> {
        let email = Email::parse(r.email).map_err(AppError::invalid("email"))?;
        let password = NewPassword::parse(r.password, &email).map_err(AppError::invalid("password"))?;
        let name = DisplayName::parse(r.name).map_err(AppError::invalid("name"))?;
        let locale = r.locale.map(parse_locale).transpose()?.unwrap_or(fallback);
        let referral =
            r.referral_code.map(str::trim).filter(|c| !c.is_empty()).map(|c| c.chars().take(64).collect::<String>());
        let hash = hash_password(&password).await?;

        let now = self.clock.now();
        let id = Uuid::now_v7();
        let timezone = match r.timezone {
            Some(zone) => parse_time_zone(zone)?,
            None => r.browser_timezone.and_then(|zone| parse_time_zone(zone).ok()).unwrap_or_else(Timezone::utc),
        };
        let mut tx = self.db.begin().await?;
        let sealed_name = self.names.seal(id, name.as_str());
        let user = NewUser {
            id,
            email: &email,
            password_hash: &hash,
            name: sealed_name.as_store(),
            role: Role::User,
            locale: locale.tag(),
            timezone: timezone.as_str(),
            referral_code: referral.as_deref(),
        };
        if store::insert_user(&mut tx, &user, now).await? {
            store::audit(&mut tx, &self.audit(meta, Some(id), "user.registered"), now).await?;
            if let Some(code) = referral.as_deref() {
                attribute(&mut tx, id, code, now).await?;
            }
            if r.invite.is_some_and(|token| self.invites.proves(token, email.as_str())) {
                // Signed up through an invitation sent to this very address: it is theirs.
                store::mark_email_verified(&mut tx, id, now).await?;
                store::audit(&mut tx, &self.audit(meta, Some(id), "user.email_verified"), now).await?;
            } else {
                jobs::enqueue(&mut tx, now, &jobs::VerifyAddress { user_id: id }).await?;
            }
        } else {
            // Taken: same answer to the caller; the owner hears about the attempt by email.
            let owner = store::user_id_by_email(&mut tx, &email).await?.ok_or(AppError::NotFound)?;
            store::audit(&mut tx, &self.audit(meta, Some(owner), "user.registration_attempt"), now).await?;
            jobs::enqueue(&mut tx, now, &jobs::RegistrationAttempt { user_id: owner }).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// Attributes a new user to the affiliate whose code they arrived with (first touch: the code at
/// sign-up), for the referral window the billing settings give. An unknown code is ignored.
async fn attribute(tx: &mut rms_store::Tx, user: Uuid, code: &str, now: rms_core::Timestamp) -> Result<(), AppError> {
    let Some(affiliate) = rms_store::billing::affiliate_by_code_tx(tx, code).await? else {
        return Ok(());
    };
    let window_days: u64 =
        rms_store::billing::setting_tx(tx, "affiliate.window_days").await?.and_then(|v| v.parse().ok()).unwrap_or(30);
    let until = now.plus(std::time::Duration::from_secs(window_days * 86_400));
    rms_store::billing::insert_referral(tx, user, affiliate, until, now).await?;
    Ok(())
}

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

    /// Confirms an email address with the single-use token from the verification email.
    pub async fn verify_email(&self, link_token: &str, meta: &RequestMeta) -> Result<(), AppError> {
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let digest = token::digest(link_token);
        let user = store::consume_email_token(&mut tx, &digest, store::EmailTokenPurpose::VerifyEmail, now)
            .await?
            .ok_or(AppError::InvalidLinkToken)?;
        store::mark_email_verified(&mut tx, user, now).await?;
        store::audit(&mut tx, &self.audit(meta, Some(user), "user.email_verified"), now).await?;
        tx.commit().await?;
        Ok(())
    }

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

    pub async fn profile(&self, who: &Principal) -> Result<AccountView, AppError> {
        self.names.by_id(who.user_id).await?.map(AccountView::from).ok_or(AppError::NotFound)
    }

    /// Sets the account's language and digits, which are stored together (`fa-u-nu-latn`): a
    /// change of one keeps the other. Written only over the value read, and read again when
    /// another change got there first (a language picked in one tab while the digits are saved
    /// in another), so that neither is lost.
    async fn set_language(
        &self,
        user: Uuid,
        language: Option<Locale>,
        latin: Option<bool>,
        now: Timestamp,
    ) -> Result<Locale, AppError> {
        for _ in 0..5 {
            let read = store::user_by_id(&self.db, user).await?.ok_or(AppError::NotFound)?.locale;
            let current = Locale::parse(&read).unwrap_or_else(Locale::english);
            let language = language.unwrap_or(current);
            let wanted = if latin.unwrap_or(current.latin_digits()) {
                language.with_latin_digits()
            } else {
                language.with_native_digits()
            };
            if store::set_locale_over(&self.db, user, &read, &wanted.stored(), now).await? {
                return Ok(wanted);
            }
        }
        Err(AppError::WrongState { state: "changed" })
    }

    pub async fn change_profile(
        &self,
        who: &Principal,
        change: ProfileChange<'_>,
        meta: &RequestMeta,
    ) -> Result<AccountView, AppError> {
        // Account changes need the person, not an integration's key.
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let name = change.name.map(DisplayName::parse).transpose().map_err(AppError::invalid("name"))?;
        let locale = change.locale.map(parse_locale).transpose()?;
        let latin_digits = change.digits.map(parse_digits).transpose()?;
        let timezone = change.timezone.map(parse_time_zone).transpose()?;
        let now = self.clock.now();
        let sealed_name = name.as_ref().map(|n| self.names.seal(who.user_id, n.as_str()));
        store::update_profile(
            &self.db,
            who.user_id,
            sealed_name.as_ref().map(crate::names::Sealed::as_store),
            None,
            timezone.as_ref().map(Timezone::as_str),
            now,
        )
        .await?;
        let stored = match (locale, latin_digits) {
            (None, None) => None,
            (language, latin) => Some(self.set_language(who.user_id, language, latin, now).await?),
        };
        let mut entry = self.audit(meta, Some(who.user_id), "user.profile_changed");
        entry.details = json!({
            "name": name.is_some(), "locale": stored.map(Locale::tag),
            "digits": stored.map(|l| if l.latin_digits() { "latin" } else { "native" }),
            "timezone": timezone.as_ref().map(Timezone::as_str)
        });
        self.record(entry).await?;
        self.profile(who).await
    }
}
