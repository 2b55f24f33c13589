//! API keys for integrations: `rms_` + 256 random bits, shown once, stored as a SHA-256 digest,
//! limited to scopes, revocable, optionally expiring.

use std::sync::Arc;
use std::time::Duration;

use rms_core::account::{DisplayName, InvalidInput, Role, Scope};
use rms_core::{Clock, Timestamp};
use rms_crypto::token;
use rms_store::Db;
use rms_store::accounts as users;
use rms_store::api_keys::{self as store, ApiKeyRow, NewApiKey};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::{Credential, Principal};
use crate::{AppError, RequestMeta};

pub const PREFIX: &str = "rms_";
/// Active keys one account may hold.
pub const MAX_ACTIVE: i64 = 50;
const MAX_LIFETIME_DAYS: u32 = 3650;
/// `last_used_at` is recorded at most this often per key.
const USE_GRANULARITY: Duration = Duration::from_secs(60);

/// A key as its owner sees it (never the secret, except once at creation).
#[derive(Clone, Debug)]
pub struct ApiKeyView {
    pub id: Uuid,
    pub name: String,
    /// The first characters of the key, to recognise it.
    pub prefix: String,
    pub scopes: Vec<Scope>,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub expires_at: Option<Timestamp>,
    pub revoked: bool,
}

fn scopes_of(s: &str) -> Vec<Scope> {
    s.split_whitespace().filter_map(Scope::parse).collect()
}

impl From<ApiKeyRow> for ApiKeyView {
    fn from(r: ApiKeyRow) -> Self {
        Self {
            id: r.id,
            name: r.name,
            prefix: r.prefix,
            scopes: scopes_of(&r.scopes),
            created_at: r.created_at,
            last_used_at: r.last_used_at,
            expires_at: r.expires_at,
            revoked: r.revoked_at.is_some(),
        }
    }
}

#[derive(Clone)]
pub struct ApiKeys {
    db: Db,
    clock: Arc<dyn Clock>,
    /// Staff keys act with staff rights only while their owner has two-factor sign-in on, when
    /// the deployment requires it.
    staff_two_factor_required: bool,
}

impl ApiKeys {
    pub fn new(db: Db, clock: Arc<dyn Clock>, staff_two_factor_required: bool) -> Self {
        Self { db, clock, staff_two_factor_required }
    }

    /// Creates a key; the returned string is the only time the secret exists outside the caller.
    /// Only a signed-in session may create keys (a key cannot mint keys).
    pub async fn create(
        &self,
        who: &Principal,
        name: &str,
        scopes: &[String],
        expires_in_days: Option<u32>,
        meta: &RequestMeta,
    ) -> Result<(ApiKeyView, String), AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let name = DisplayName::parse(name).map_err(AppError::invalid("name"))?;
        let mut parsed = Vec::new();
        for s in scopes {
            let scope = Scope::parse(s).ok_or(AppError::Invalid { field: "scopes", reason: InvalidInput::Scope })?;
            if scope == Scope::Admin && who.role != Role::Admin {
                return Err(AppError::Invalid { field: "scopes", reason: InvalidInput::Scope });
            }
            if !parsed.contains(&scope) {
                parsed.push(scope);
            }
        }
        if parsed.is_empty() {
            return Err(AppError::Invalid { field: "scopes", reason: InvalidInput::Scope });
        }
        parsed.sort();
        if expires_in_days.is_some_and(|d| d == 0 || d > MAX_LIFETIME_DAYS) {
            return Err(AppError::Invalid { field: "expires_in_days", reason: InvalidInput::Range });
        }
        let now = self.clock.now();
        let expires_at = expires_in_days.map(|d| now.plus(Duration::from_secs(u64::from(d) * 86_400)));
        let secret = token::generate(PREFIX);
        let prefix: String = secret.chars().take(PREFIX.len() + 6).collect();
        let scope_text = parsed.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ");
        let id = Uuid::now_v7();

        let mut tx = self.db.begin().await?;
        if store::count_active(&mut tx, who.user_id, now).await? >= MAX_ACTIVE {
            return Err(AppError::LimitReached { limit: MAX_ACTIVE });
        }
        let digest = token::digest(&secret);
        let key = NewApiKey {
            id,
            user_id: who.user_id,
            name: name.as_str(),
            prefix: &prefix,
            key_hash: &digest,
            scopes: &scope_text,
            expires_at,
        };
        store::insert(&mut tx, &key, now).await?;
        let details = json!({ "name": name.as_str(), "scopes": scope_text, "prefix": prefix });
        let entry = meta.audit(Some(who.user_id), "api_key.created", ("api_key", id.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        let data = json!({ "key_name": name.as_str(), "link": "/account/api-keys" });
        let kind = rms_core::notifications::NotificationKind::ApiKeyCreated;
        crate::notifications::record(&mut tx, now, who.user_id, kind, data, None).await?;
        tx.commit().await?;
        let view = ApiKeyView {
            id,
            name: name.as_str().to_owned(),
            prefix,
            scopes: parsed,
            created_at: now,
            last_used_at: None,
            expires_at,
            revoked: false,
        };
        Ok((view, secret))
    }

    pub async fn list(&self, who: &Principal) -> Result<Vec<ApiKeyView>, AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        Ok(store::list(&self.db, who.user_id).await?.into_iter().map(ApiKeyView::from).collect())
    }

    /// Revokes one of the caller's keys; someone else's key id is "not found".
    pub async fn revoke(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<(), AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if !store::revoke(&mut tx, id, who.user_id, now).await? {
            return Err(AppError::NotFound);
        }
        let entry = meta.audit(Some(who.user_id), "api_key.revoked", ("api_key", id.to_string()), json!({}));
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Who a presented key speaks for, if it is active and its owner is not locked.
    pub async fn authenticate(&self, presented: &str) -> Result<Principal, AppError> {
        let row = store::by_hash(&self.db, &token::digest(presented)).await?.ok_or(AppError::Unauthenticated)?;
        let now = self.clock.now();
        if row.revoked_at.is_some() || row.expires_at.is_some_and(|e| e <= now) {
            return Err(AppError::Unauthenticated);
        }
        let state = users::auth_state(&self.db, row.user_id).await?.ok_or(AppError::Unauthenticated)?;
        if state.locked {
            return Err(AppError::Unauthenticated);
        }
        store::touch(&self.db, row.id, now, USE_GRANULARITY).await?;
        let via = Credential::ApiKey { id: row.id, scopes: scopes_of(&row.scopes) };
        Ok(Principal::new(row.user_id, state.role, via, state.two_factor, self.staff_two_factor_required))
    }
}
