//! Users, their sessions (refresh-token families), token-signing keys and the audit log.

use rms_core::Timestamp;
use rms_core::account::AuditFilter;
use rms_core::account::{Email, Role};
use serde_json::Value;
use sqlx::types::Json;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

/// A user as stored (the password hash included: never serialise this type to clients).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRow {
    pub id: Uuid,
    pub email: String,
    pub password_hash: String,
    #[sqlx(flatten)]
    pub name: StoredName,
    pub role: String,
    pub locale: String,
    pub timezone: String,
    pub email_verified_at: Option<Timestamp>,
    pub locked_at: Option<Timestamp>,
    pub token_version: i64,
    pub totp_enabled_at: Option<Timestamp>,
    pub created_at: Timestamp,
}

/// An account's name as stored: sealed under the master key, or (written by a node of an earlier
/// version, or erased) readable. Only the application, holding the key, turns it into text.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StoredName {
    #[sqlx(rename = "name")]
    readable: String,
    #[sqlx(rename = "name_sealed")]
    sealed: Option<Vec<u8>>,
}

impl StoredName {
    /// The readable column: set by versions before sealing and by erasure, so when it is not
    /// empty it is newer than any sealed value beside it.
    pub fn readable(&self) -> Option<&str> {
        Some(self.readable.as_str()).filter(|r| !r.is_empty())
    }

    pub fn sealed(&self) -> Option<&[u8]> {
        self.sealed.as_deref()
    }
}

/// A name ready to store: the sealed text and its search digests.
pub struct SealedName<'a> {
    pub sealed: &'a [u8],
    /// Sorted, space-separated digests, with a space at each end (see `search_users`).
    pub index: &'a str,
}

const USER_COLUMNS: &str = "id, email, password_hash, name, name_sealed, role, locale, timezone, email_verified_at, locked_at, \
                            token_version, totp_enabled_at, created_at";

pub struct NewUser<'a> {
    pub id: Uuid,
    pub email: &'a Email,
    pub password_hash: &'a str,
    pub name: SealedName<'a>,
    pub role: Role,
    pub locale: &'a str,
    pub timezone: &'a str,
    pub referral_code: Option<&'a str>,
}

/// Inserts a user; `false` when the email is taken (nothing changes then).
pub async fn insert_user(tx: &mut Tx, user: &NewUser<'_>, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "INSERT INTO users (id, email, password_hash, name, name_sealed, name_index, role, locale, timezone, \
                            referral_code, token_version, created_at, updated_at) \
         VALUES ($1, $2, $3, '', $4, $5, $6, $7, $8, $9, 0, $10, $10) ON CONFLICT (email) DO NOTHING";
        user.id, user.email.as_str(), user.password_hash, user.name.sealed, user.name.index, user.role.as_str(),
        user.locale, user.timezone, user.referral_code, now.as_millis())?;
    Ok(rows == 1)
}

// The column list is a constant; the id/email are bound. Built once per call for readability.
fn select_user(filter: &str) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(format!("SELECT {USER_COLUMNS} FROM users WHERE {filter}"))
}

pub async fn user_by_email(db: &Db, email: &Email) -> Result<Option<UserRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_optional, select_user("email = $1"); email.as_str())?)
}

pub async fn user_by_id(db: &Db, id: Uuid) -> Result<Option<UserRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_optional, select_user("id = $1"); id)?)
}

/// What every authenticated request checks: the current token version, role and lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AuthState {
    pub token_version: i64,
    pub role: Role,
    pub locked: bool,
    /// Two-factor sign-in is on.
    pub two_factor: bool,
}

pub async fn auth_state(db: &Db, id: Uuid) -> Result<Option<AuthState>, StoreError> {
    let row: Option<(i64, String, Option<i64>, Option<i64>)> = fetch!(db, query_as.fetch_optional,
        "SELECT token_version, role, locked_at, totp_enabled_at FROM users WHERE id = $1";
        id)?;
    Ok(row.map(|(token_version, role, locked_at, totp_enabled_at)| AuthState {
        token_version,
        // The CHECK constraint admits only known roles; an unknown one gets the least power.
        role: Role::parse(&role).unwrap_or(Role::User),
        locked: locked_at.is_some(),
        two_factor: totp_enabled_at.is_some(),
    }))
}

/// The user's current token version, inside a transaction (after [`revoke_everything`] bumped it).
pub async fn token_version_tx(tx: &mut Tx, id: Uuid) -> Result<Option<i64>, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_optional, "SELECT token_version FROM users WHERE id = $1"; id)?)
}

/// Changes the given profile fields (`None` keeps the stored value).
pub async fn update_profile(
    db: &Db,
    id: Uuid,
    name: Option<SealedName<'_>>,
    locale: Option<&str>,
    timezone: Option<&str>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    // A new name clears the readable column an older node may have written.
    let rows = exec!(db,
        "UPDATE users SET name = CASE WHEN $2 IS NULL THEN name ELSE '' END, \
                          name_sealed = COALESCE($2, name_sealed), name_index = COALESCE($3, name_index), \
                          locale = COALESCE($4, locale), timezone = COALESCE($5, timezone), updated_at = $6 \
         WHERE id = $1";
        id, name.as_ref().map(|n| n.sealed), name.as_ref().map(|n| n.index), locale, timezone, now.as_millis())?;
    Ok(rows == 1)
}

/// Sets a user's locale to `new` if it is still `read`; `false` when it changed meanwhile (or
/// there is no such user).
pub async fn set_locale_over(db: &Db, id: Uuid, read: &str, new: &str, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec!(db, "UPDATE users SET locale = $3, updated_at = $4 WHERE id = $1 AND locale = $2";
        id, read, new, now.as_millis())?;
    Ok(rows == 1)
}

/// Invalidates every access token issued so far to the user, and ends their sessions.
pub async fn revoke_everything(tx: &mut Tx, user: Uuid, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(&mut *tx,
        "UPDATE users SET token_version = token_version + 1, updated_at = $2 WHERE id = $1";
        user, now.as_millis())?;
    exec_tx!(tx,
        "UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL";
        user, now.as_millis())?;
    Ok(())
}

/// Erases a person's personal data (the right to erasure), in the admin's transaction: the
/// account keeps its id (invoices, ledger entries and licenses point at it) but its address,
/// name, password and second factor are replaced, it is locked, every session and key ends, and
/// what only described them goes: billing profile, notifications and their settings, Telegram
/// link, known sign-in devices, release subscriptions, pending email links.
pub async fn erase_user(tx: &mut Tx, user: Uuid, now: Timestamp) -> Result<(), StoreError> {
    // `.invalid` is reserved (RFC 2606): the address can never receive mail nor be registered.
    let email = format!("erased-{}@erased.invalid", user.simple());
    exec_tx!(&mut *tx,
        "UPDATE users SET email = $2, name = 'Erased', name_sealed = NULL, name_index = '', password_hash = 'erased', email_verified_at = NULL, \
         locked_at = COALESCE(locked_at, $3), totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, \
         referral_code = NULL, updated_at = $3 WHERE id = $1";
        user, email, now.as_millis())?;
    revoke_everything(&mut *tx, user, now).await?;
    for table in [
        "sessions",
        "email_tokens",
        "api_keys",
        "recovery_codes",
        "billing_profiles",
        "notifications",
        "notification_preferences",
        "telegram_links",
        "telegram_link_tokens",
        "sign_in_devices",
        "release_subscriptions",
    ] {
        let sql = sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE user_id = $1"));
        exec_tx!(&mut *tx, sql; user)?;
    }
    Ok(())
}

/// A refresh token's row.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub family_id: Uuid,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
}

pub struct NewSession<'a> {
    pub id: Uuid,
    pub user_id: Uuid,
    pub family_id: Uuid,
    pub token_hash: &'a [u8],
    pub expires_at: Timestamp,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
}

/// What a sign-in's device is to its account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeviceSeen {
    /// The account's first recorded device (just registered, or signed in first since devices
    /// were recorded): nothing to warn about.
    First,
    Known,
    New,
}

/// Records that `user` signed in from device `hash` and says whether it was new to them.
pub async fn note_device(tx: &mut Tx, user: Uuid, hash: &[u8], now: Timestamp) -> Result<DeviceSeen, StoreError> {
    let touched = exec_tx!(tx,
        "UPDATE sign_in_devices SET last_seen_at = $3 WHERE user_id = $1 AND device_hash = $2"; user, hash, now)?;
    if touched == 1 {
        return Ok(DeviceSeen::Known);
    }
    let others: i64 = fetch_tx!(tx, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM sign_in_devices WHERE user_id = $1"; user)?;
    let inserted = exec_tx!(tx,
        "INSERT INTO sign_in_devices (user_id, device_hash, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $3) \
         ON CONFLICT (user_id, device_hash) DO NOTHING";
        user, hash, now)?;
    // A concurrent sign-in from the same device recorded it first: that one tells.
    Ok(match (inserted, others) {
        (0, _) => DeviceSeen::Known,
        (_, 0) => DeviceSeen::First,
        _ => DeviceSeen::New,
    })
}

pub async fn insert_session(tx: &mut Tx, s: &NewSession<'_>, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO sessions (id, user_id, family_id, token_hash, created_at, expires_at, ip, user_agent) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
        s.id, s.user_id, s.family_id, s.token_hash, now.as_millis(), s.expires_at.as_millis(), s.ip,
        s.user_agent.map(|ua| ua.chars().take(512).collect::<String>()))?;
    Ok(())
}

pub async fn session_by_hash(tx: &mut Tx, token_hash: &[u8]) -> Result<Option<SessionRow>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_optional,
        "SELECT id, user_id, family_id, expires_at, used_at, revoked_at FROM sessions WHERE token_hash = $1";
        token_hash)?)
}

/// Marks a refresh token used, only if it is still unused and unrevoked. `false` means someone
/// presented it before (a replay, or a concurrent refresh).
pub async fn mark_session_used(tx: &mut Tx, id: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE sessions SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL";
        id, now.as_millis())?;
    Ok(rows == 1)
}

pub async fn revoke_family(tx: &mut Tx, family: Uuid, now: Timestamp) -> Result<u64, StoreError> {
    Ok(exec_tx!(tx,
        "UPDATE sessions SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL";
        family, now.as_millis())?)
}

/// A stored token-signing key.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SigningKeyRow {
    pub kid: String,
    pub sealed_seed: Vec<u8>,
    pub created_at: Timestamp,
}

/// Stores a signing key unless one with this `kid` exists (the first node to start wins).
pub async fn insert_signing_key_if_absent(
    db: &Db,
    kid: &str,
    purpose: &str,
    sealed_seed: &[u8],
    public_key: &[u8],
    now: Timestamp,
) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO signing_keys (kid, purpose, sealed_seed, public_key, created_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (kid) DO NOTHING";
        kid, purpose, sealed_seed, public_key, now.as_millis())?;
    Ok(())
}

/// Keys of `purpose` not retired, oldest first.
pub async fn signing_keys(db: &Db, purpose: &str) -> Result<Vec<SigningKeyRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT kid, sealed_seed, created_at FROM signing_keys WHERE purpose = $1 AND retired_at IS NULL \
         ORDER BY created_at, kid";
        purpose)?)
}

/// One security event or admin action.
pub struct AuditEntry<'a> {
    pub actor_id: Option<Uuid>,
    pub action: &'a str,
    pub target_type: Option<&'a str>,
    pub target_id: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<&'a str>,
    pub request_id: Option<&'a str>,
    pub details: Value,
}

/// Appends to the audit log inside the caller's transaction (the event and its record commit
/// together).
pub async fn audit(tx: &mut Tx, e: &AuditEntry<'_>, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO audit_log (id, at, actor_id, action, target_type, target_id, ip, user_agent, request_id, details) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
        Uuid::now_v7(), now.as_millis(), e.actor_id, e.action, e.target_type, e.target_id.as_deref(),
        e.ip.as_deref(), e.user_agent.map(|ua| ua.chars().take(512).collect::<String>()), e.request_id,
        Json(&e.details))?;
    Ok(())
}

/// A stored audit record.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditRow {
    pub id: Uuid,
    pub at: Timestamp,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub ip: Option<String>,
    pub details: Json<Value>,
}

/// The newest audit records first, optionally for one actor.
pub async fn audit_for_actor(db: &Db, actor: Uuid, limit: i64) -> Result<Vec<AuditRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT id, at, actor_id, action, target_type, target_id, ip, details FROM audit_log \
         WHERE actor_id = $1 ORDER BY at DESC, id DESC LIMIT $2";
        actor, limit)?)
}

/// What a single-use email token is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailTokenPurpose {
    VerifyEmail,
    ResetPassword,
}

impl EmailTokenPurpose {
    fn as_str(self) -> &'static str {
        match self {
            EmailTokenPurpose::VerifyEmail => "verify_email",
            EmailTokenPurpose::ResetPassword => "reset_password",
        }
    }
}

pub async fn insert_email_token(
    db: &Db,
    token_hash: &[u8],
    user: Uuid,
    purpose: EmailTokenPurpose,
    now: Timestamp,
    expires_at: Timestamp,
) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO email_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)";
        token_hash, user, purpose.as_str(), now.as_millis(), expires_at.as_millis())?;
    Ok(())
}

/// The user a token would be used up for, without using it up: read before the slow work (a
/// password hash) that must not run inside the write transaction which then consumes it.
pub async fn email_token_user(
    db: &Db,
    token_hash: &[u8],
    purpose: EmailTokenPurpose,
    now: Timestamp,
) -> Result<Option<Uuid>, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_optional,
        "SELECT user_id FROM email_tokens \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3";
        token_hash, purpose.as_str(), now.as_millis())?)
}

/// Uses up a token: returns its user when it exists, has this purpose, is unused and unexpired.
/// One conditional statement, so two concurrent uses cannot both succeed.
pub async fn consume_email_token(
    tx: &mut Tx,
    token_hash: &[u8],
    purpose: EmailTokenPurpose,
    now: Timestamp,
) -> Result<Option<Uuid>, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_optional,
        "UPDATE email_tokens SET used_at = $3 \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 RETURNING user_id";
        token_hash, purpose.as_str(), now.as_millis())?)
}

pub async fn mark_email_verified(tx: &mut Tx, user: Uuid, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx,
        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $2), updated_at = $2 WHERE id = $1";
        user, now.as_millis())?;
    Ok(())
}

/// The id of the user with this email, inside a transaction.
pub async fn user_id_by_email(tx: &mut Tx, email: &Email) -> Result<Option<Uuid>, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_optional, "SELECT id FROM users WHERE email = $1"; email.as_str())?)
}

pub async fn set_password(tx: &mut Tx, user: Uuid, password_hash: &str, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1";
        user, password_hash, now.as_millis())?;
    Ok(())
}

/// A user by id inside a transaction.
pub async fn user_by_id_tx(tx: &mut Tx, id: Uuid) -> Result<Option<UserRow>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_optional, select_user("id = $1"); id)?)
}

/// Escapes `%`, `_` and `\` so user text matches literally inside a LIKE pattern.
fn like_literal(s: &str) -> String {
    s.chars().fold(String::new(), |mut out, c| {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
        out
    })
}

/// Users whose email contains `query` (case-insensitive), or whose name index holds every digest
/// of `name_digests` (a LIKE pattern built by the application from the query's words, see
/// [`SealedName::index`]), newest first, one page. Names still readable (written by an older node,
/// not yet sealed) match `query` as text.
pub async fn search_users(
    db: &Db,
    query: Option<&str>,
    name_digests: Option<&str>,
    limit: i64,
    offset: i64,
) -> Result<(Vec<UserRow>, i64), StoreError> {
    let pattern = query.map(|q| format!("%{}%", like_literal(&q.to_lowercase())));
    let filter = "($1 IS NULL OR LOWER(email) LIKE $1 ESCAPE '\\' OR LOWER(name) LIKE $1 ESCAPE '\\' \
                  OR name_index LIKE $2)";
    let rows = sqlx::AssertSqlSafe(format!(
        "SELECT {USER_COLUMNS} FROM users WHERE {filter} ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4"
    ));
    let count = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM users WHERE {filter}"));
    let users: Vec<UserRow> = fetch!(db, query_as.fetch_all, rows; pattern.as_deref(), name_digests, limit, offset)?;
    let total: i64 = fetch!(db, query_scalar.fetch_one, count; pattern.as_deref(), name_digests)?;
    Ok((users, total))
}

/// Accounts whose name is still readable (written before names were sealed, or by a node of the
/// previous version during an upgrade), erased ones aside: (id, name).
pub async fn unsealed_names(db: &Db) -> Result<Vec<(Uuid, String)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT id, name FROM users WHERE name <> '' AND NOT (name = 'Erased' AND name_sealed IS NULL \
         AND email LIKE 'erased-%@erased.invalid')";)?)
}

/// Seals such a name, if nobody renamed the account since it was read.
pub async fn seal_name(db: &Db, user: Uuid, read: &str, name: SealedName<'_>) -> Result<bool, StoreError> {
    Ok(exec!(db,
        "UPDATE users SET name = '', name_sealed = $3, name_index = $4 WHERE id = $1 AND name = $2";
        user, read, name.sealed, name.index)?
        == 1)
}

/// Every sealed name, for a master key rotation.
pub async fn sealed_names(tx: &mut Tx) -> Result<Vec<(Uuid, Vec<u8>)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all, "SELECT id, name_sealed FROM users WHERE name_sealed IS NOT NULL";)?)
}

/// Re-seals a name under the current master key with its new digests (the digest key derives
/// from the master key, so they change with it).
pub async fn reseal_name(tx: &mut Tx, user: Uuid, old: &[u8], name: SealedName<'_>) -> Result<bool, StoreError> {
    Ok(exec_tx!(tx,
        "UPDATE users SET name_sealed = $3, name_index = $4 WHERE id = $1 AND name_sealed = $2";
        user, old, name.sealed, name.index)?
        == 1)
}

pub async fn set_role(tx: &mut Tx, user: Uuid, role: Role, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE users SET role = $2, updated_at = $3 WHERE id = $1"; user, role.as_str(), now.as_millis())?;
    Ok(())
}

pub async fn set_locked(
    tx: &mut Tx,
    user: Uuid,
    locked_at: Option<Timestamp>,
    now: Timestamp,
) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE users SET locked_at = $2, updated_at = $3 WHERE id = $1";
        user, locked_at.map(Timestamp::as_millis), now.as_millis())?;
    Ok(())
}

/// Audit records matching every given filter, newest first, one page.
pub async fn search_audit(db: &Db, f: &AuditFilter<'_>, limit: i64, offset: i64) -> Result<Vec<AuditRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT id, at, actor_id, action, target_type, target_id, ip, details FROM audit_log \
         WHERE ($1 IS NULL OR actor_id = $1) AND ($2 IS NULL OR action = $2) \
           AND ($3 IS NULL OR at >= $3) AND ($4 IS NULL OR at < $4) \
         ORDER BY at DESC, id DESC LIMIT $5 OFFSET $6";
        f.actor, f.action, f.from.map(Timestamp::as_millis), f.to.map(Timestamp::as_millis), limit, offset)?)
}

pub async fn count_admins(tx: &mut Tx) -> Result<i64, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_one, "SELECT COUNT(*) FROM users WHERE role = 'admin'";)?)
}

pub async fn insert_setup_token(
    tx: &mut Tx,
    token_hash: &[u8],
    now: Timestamp,
    expires_at: Timestamp,
) -> Result<(), StoreError> {
    exec_tx!(tx, "INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES ($1, $2, $3)";
        token_hash, now.as_millis(), expires_at.as_millis())?;
    Ok(())
}

/// Uses up a setup link; `false` when it is unknown, used or expired.
pub async fn consume_setup_token(tx: &mut Tx, token_hash: &[u8], now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE setup_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2";
        token_hash, now.as_millis())?;
    Ok(rows == 1)
}

/// Stores a new signing key; fails on a duplicate `kid`.
pub async fn insert_signing_key(
    tx: &mut Tx,
    kid: &str,
    purpose: &str,
    sealed_seed: &[u8],
    public_key: &[u8],
    now: Timestamp,
) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO signing_keys (kid, purpose, sealed_seed, public_key, created_at) VALUES ($1, $2, $3, $4, $5)";
        kid, purpose, sealed_seed, public_key, now.as_millis())?;
    Ok(())
}

/// Every signing key of every purpose, retired ones included (for re-encryption).
pub async fn all_signing_keys(tx: &mut Tx) -> Result<Vec<SigningKeyRow>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all, "SELECT kid, sealed_seed, created_at FROM signing_keys ORDER BY kid";)?)
}

pub async fn reseal_signing_key(tx: &mut Tx, kid: &str, sealed_seed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE signing_keys SET sealed_seed = $2 WHERE kid = $1"; kid, sealed_seed)?;
    Ok(())
}

/// Users with a sealed TOTP secret (for re-encryption).
pub async fn sealed_totp_secrets(tx: &mut Tx) -> Result<Vec<(Uuid, Vec<u8>)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all, "SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL";)?)
}

pub async fn reseal_totp_secret(tx: &mut Tx, user: Uuid, sealed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE users SET totp_secret = $2 WHERE id = $1"; user, sealed)?;
    Ok(())
}

/// Marks a key retired: it no longer verifies anything.
pub async fn retire_signing_key(tx: &mut Tx, kid: &str, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE signing_keys SET retired_at = $2 WHERE kid = $1 AND retired_at IS NULL";
        kid, now.as_millis())?;
    Ok(())
}

/// How many accounts were created since `since`.
pub async fn users_since(db: &Db, since: Timestamp) -> Result<i64, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_one, "SELECT COUNT(*) FROM users WHERE created_at >= $1"; since.as_millis())?)
}
