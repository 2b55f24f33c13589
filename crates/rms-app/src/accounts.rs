//! Accounts and sessions: registering, signing in, rotating refresh tokens, signing out, and
//! turning an access token back into the person it was issued to.

use std::sync::Arc;
use std::time::Duration;

use rms_core::Clock;
use rms_core::account::{InvalidInput, NewPassword, Role, Scope, Timezone};
use rms_crypto::jwt::TokenKeys;
use rms_crypto::{MasterKeyRing, password};
use rms_i18n::Locale;
use rms_store::Db;
use rms_store::accounts::{self as store, AuditEntry};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use crate::invitations::InviteKey;
use crate::names::Names;
use crate::{AppError, RequestMeta};

mod passwords;
mod profile;
mod register;
mod sessions;

pub use profile::{AccountView, ProfileChange};
pub use register::Registration;
pub use sessions::Credentials;

/// Access tokens live 15 minutes; refresh tokens 30 days, rotating on every use.
pub const ACCESS_TTL_SECS: i64 = 15 * 60;
pub const REFRESH_TTL: Duration = Duration::from_secs(30 * 86_400);

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
}
