//! Administration of accounts: finding users, changing role and lock, ending their sessions,
//! resetting their second factor, and reading the audit log. Admins may do everything; support
//! staff may read. Every change is audited with what it was before and after.

use std::sync::Arc;

use rms_core::account::AuditFilter;
use rms_core::account::{DisplayName, Email, NewPassword, Role, Scope, Timezone};
use rms_core::{Clock, Timestamp};
use rms_store::Db;
use rms_store::accounts::{self as store, AuditRow};
use rms_store::two_factor;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::accounts::{AccountView, Principal};
use crate::names::Names;
use crate::{AppError, RequestMeta};

pub const PAGE_SIZE: i64 = 50;

pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
    pub page: i64,
    pub page_size: i64,
}

/// What an admin asks to change about a user; every field is optional.
#[derive(Default, Debug)]
pub struct UserChange {
    pub role: Option<Role>,
    pub locked: Option<bool>,
    pub force_logout: bool,
    pub reset_two_factor: bool,
    pub email_verified: bool,
}

#[derive(Clone, Debug)]
pub struct AuditRecord {
    pub id: Uuid,
    pub at: Timestamp,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub ip: Option<String>,
    pub details: Value,
}

impl From<AuditRow> for AuditRecord {
    fn from(r: AuditRow) -> Self {
        Self {
            id: r.id,
            at: r.at,
            actor_id: r.actor_id,
            action: r.action,
            target_type: r.target_type,
            target_id: r.target_id,
            ip: r.ip,
            details: r.details.0,
        }
    }
}

/// How long the first-run setup link works.
pub const SETUP_LINK_TTL: std::time::Duration = std::time::Duration::from_secs(3600);

/// A validated new administrator, password already hashed.
struct NewAdmin {
    email: Email,
    name: DisplayName,
    hash: String,
}

impl NewAdmin {
    async fn parse(email: &str, password: &str, name: &str) -> Result<Self, AppError> {
        let email = Email::parse(email).map_err(AppError::invalid("email"))?;
        let password = NewPassword::parse(password, &email).map_err(AppError::invalid("password"))?;
        let name = DisplayName::parse(name).map_err(AppError::invalid("name"))?;
        let hash = crate::accounts::hash_password(&password).await?;
        Ok(Self { email, name, hash })
    }
}

/// What `create_admin` did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdminCreated {
    Created,
    /// The address had an account already; it is an admin now (its password unchanged).
    Promoted,
}

#[derive(Clone)]
pub struct Admin {
    db: Db,
    clock: Arc<dyn Clock>,
    names: Names,
}

/// Who sells, as the first setup asks it (the billing page edits it later).
#[derive(Clone, Debug, Default)]
pub struct SetupSeller {
    /// The legal name invoices print; empty: the store's name.
    pub name: String,
    pub address: String,
    /// ISO 3166-1 alpha-2, or empty.
    pub country: String,
    pub tax_id: String,
}

impl Admin {
    pub fn new(db: Db, clock: Arc<dyn Clock>, names: Names) -> Self {
        Self { db, clock, names }
    }

    /// Creates an administrator (operator tooling: the CLI). The address counts as verified:
    /// whoever runs this controls the server.
    pub async fn create_admin(
        &self,
        email: &str,
        password: &str,
        name: &str,
        via: &str,
    ) -> Result<AdminCreated, AppError> {
        let new = NewAdmin::parse(email, password, name).await?;
        let mut tx = self.db.begin().await?;
        let outcome = self.insert_admin(&mut tx, &new, via).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    async fn insert_admin(&self, tx: &mut rms_store::Tx, new: &NewAdmin, via: &str) -> Result<AdminCreated, AppError> {
        let now = self.clock.now();
        let id = Uuid::now_v7();
        let timezone = Timezone::utc();
        let name = self.names.seal(id, new.name.as_str());
        let user = store::NewUser {
            id,
            email: &new.email,
            password_hash: &new.hash,
            name: name.as_store(),
            role: Role::Admin,
            locale: "en",
            timezone: timezone.as_str(),
            referral_code: None,
        };
        let (outcome, target) = if store::insert_user(tx, &user, now).await? {
            store::mark_email_verified(tx, id, now).await?;
            (AdminCreated::Created, id)
        } else {
            let existing = store::user_id_by_email(tx, &new.email).await?.ok_or(AppError::NotFound)?;
            store::set_role(tx, existing, Role::Admin, now).await?;
            store::revoke_everything(tx, existing, now).await?;
            (AdminCreated::Promoted, existing)
        };
        let action = match outcome {
            AdminCreated::Created => "operator.admin_created",
            AdminCreated::Promoted => "operator.admin_promoted",
        };
        let details = json!({ "via": via, "email": new.email.as_str() });
        let entry = RequestMeta::unattended().audit(None, action, ("user", target.to_string()), details);
        store::audit(tx, &entry, now).await?;
        Ok(outcome)
    }

    /// When no administrator exists, a one-time link (valid one hour) that creates the first one in
    /// the browser; `None` once there is an administrator.
    pub async fn first_run_link(&self, base_url: &str) -> Result<Option<String>, AppError> {
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if store::count_admins(&mut tx).await? > 0 {
            return Ok(None);
        }
        let secret = rms_crypto::token::generate("");
        store::insert_setup_token(&mut tx, &rms_crypto::token::digest(&secret), now, now.plus(SETUP_LINK_TTL)).await?;
        tx.commit().await?;
        Ok(Some(format!("{}/setup?token={secret}", base_url.trim_end_matches('/'))))
    }

    /// Creates the first administrator with a setup link. Refused once any administrator exists.
    pub async fn complete_setup(
        &self,
        link_token: &str,
        email: &str,
        password: &str,
        name: &str,
        store_name: &str,
        seller: &SetupSeller,
    ) -> Result<(), AppError> {
        let new = NewAdmin::parse(email, password, name).await?;
        let bad = |field| AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range };
        // The store's name, asked on the first page (empty: named later on the brand page).
        let store_name = store_name.trim();
        if store_name.chars().count() > 100 || store_name.chars().any(char::is_control) {
            return Err(bad("store_name"));
        }
        // Who sells, for the invoices: asked before the first sale (each may stay empty and be
        // filled on the billing page later). Without a legal name, the store's name is printed.
        let seller_country = seller.country.trim().to_ascii_uppercase();
        if !(seller_country.is_empty() || rms_core::tax::is_country(&seller_country)) {
            return Err(bad("seller_country"));
        }
        let lines = |s: &str, max: usize, field| {
            let s = s.trim().replace('\r', "");
            if s.chars().count() > max || s.chars().any(|c| c.is_control() && c != '\n') {
                Err(bad(field))
            } else {
                Ok(s)
            }
        };
        let seller_name = lines(&seller.name, 200, "seller_name")?.replace('\n', " ");
        let seller_name = if seller_name.is_empty() { store_name.to_owned() } else { seller_name };
        let seller_settings = [
            ("seller.name", seller_name),
            ("seller.address", lines(&seller.address, 2000, "seller_address")?),
            ("seller.country", seller_country),
            ("seller.tax_id", lines(&seller.tax_id, 100, "seller_tax_id")?.replace('\n', " ")),
        ];
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if !store::consume_setup_token(&mut tx, &rms_crypto::token::digest(link_token), now).await?
            || store::count_admins(&mut tx).await? > 0
        {
            return Err(AppError::InvalidLinkToken);
        }
        self.insert_admin(&mut tx, &new, "setup link").await?;
        if !store_name.is_empty() {
            rms_store::billing::set_setting_tx(&mut tx, crate::brand::NAME_SETTING, store_name, now).await?;
        }
        for (key, value) in seller_settings.iter().filter(|(_, v)| !v.is_empty()) {
            rms_store::billing::set_setting_tx(&mut tx, key, value, now).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Turns off the second factor of the account with this email and ends its sessions
    /// (operator tooling, for someone who lost their authenticator and their recovery codes).
    pub async fn reset_two_factor_by_email(&self, email: &str, via: &str) -> Result<(), AppError> {
        let email = Email::parse(email).map_err(AppError::invalid("email"))?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let user = store::user_id_by_email(&mut tx, &email).await?.ok_or(AppError::NotFound)?;
        two_factor::disable(&mut tx, user, now).await?;
        store::revoke_everything(&mut tx, user, now).await?;
        let details = json!({ "via": via });
        let entry =
            RequestMeta::unattended().audit(None, "operator.two_factor_reset", ("user", user.to_string()), details);
        store::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn users(&self, who: &Principal, query: Option<&str>, page: i64) -> Result<Page<AccountView>, AppError> {
        who.require_staff(Scope::Read)?;
        let page = page.clamp(1, 100_000);
        let query = query.map(str::trim).filter(|q| !q.is_empty()).map(|q| q.chars().take(100).collect::<String>());
        let (rows, total) = self.names.search(query.as_deref(), PAGE_SIZE, (page - 1) * PAGE_SIZE).await?;
        Ok(Page { items: rows.into_iter().map(AccountView::from).collect(), total, page, page_size: PAGE_SIZE })
    }

    pub async fn user(&self, who: &Principal, id: Uuid) -> Result<AccountView, AppError> {
        who.require_staff(Scope::Read)?;
        self.names.by_id(id).await?.map(AccountView::from).ok_or(AppError::NotFound)
    }

    /// Erases a customer's personal data on their request (admins; audited without the data it
    /// erased): see `rms_store::accounts::erase_user`. Invoices keep the buyer as issued and the
    /// ledger keeps every entry (the law requires keeping them); licenses stay valid. Staff must
    /// be made customers first, and nobody erases themselves here.
    pub async fn erase_user(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<AccountView, AppError> {
        who.require_admin()?;
        if id == who.user_id {
            return Err(AppError::Forbidden);
        }
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let before = store::user_by_id_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        if before.role != Role::User.as_str() {
            return Err(AppError::WrongState { state: "staff" });
        }
        store::erase_user(&mut tx, id, now).await?;
        let entry = meta.audit(Some(who.user_id), "admin.user.erased", ("user", id.to_string()), json!({}));
        store::audit(&mut tx, &entry, now).await?;
        let after = self.names.by_id_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        tx.commit().await?;
        Ok(after.into())
    }

    /// Applies `change` in one transaction. Role changes, locking, forced log-out and 2FA resets
    /// all end the user's sessions. Admins cannot demote or lock themselves (someone must remain
    /// able to undo it).
    pub async fn change_user(
        &self,
        who: &Principal,
        id: Uuid,
        change: UserChange,
        meta: &RequestMeta,
    ) -> Result<AccountView, AppError> {
        who.require_admin()?;
        if id == who.user_id && (change.role.is_some_and(|r| r != Role::Admin) || change.locked == Some(true)) {
            return Err(AppError::Forbidden);
        }
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let before = store::user_by_id_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        let mut end_sessions = change.force_logout;
        let mut actions: Vec<(&str, Value)> = Vec::new();
        if let Some(role) = change.role.filter(|r| r.as_str() != before.role) {
            store::set_role(&mut tx, id, role, now).await?;
            actions.push(("admin.user.role_changed", json!({"before": before.role, "after": role.as_str()})));
            end_sessions = true;
        }
        if let Some(locked) = change.locked.filter(|l| *l != before.locked_at.is_some()) {
            store::set_locked(&mut tx, id, locked.then_some(now), now).await?;
            let action = if locked { "admin.user.locked" } else { "admin.user.unlocked" };
            actions.push((action, json!({"before": !locked, "after": locked})));
            end_sessions |= locked;
        }
        if change.reset_two_factor && before.totp_enabled_at.is_some() {
            two_factor::disable(&mut tx, id, now).await?;
            actions.push(("admin.user.two_factor_reset", json!({"before": true, "after": false})));
            end_sessions = true;
        }
        if change.email_verified && before.email_verified_at.is_none() {
            store::mark_email_verified(&mut tx, id, now).await?;
            actions.push(("admin.user.email_verified", json!({"before": false, "after": true})));
        }
        if end_sessions {
            store::revoke_everything(&mut tx, id, now).await?;
            if change.force_logout {
                actions.push(("admin.user.logged_out", json!({})));
            }
        }
        for (action, details) in actions {
            let entry = meta.audit(Some(who.user_id), action, ("user", id.to_string()), details);
            store::audit(&mut tx, &entry, now).await?;
        }
        let after = self.names.by_id_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        tx.commit().await?;
        Ok(after.into())
    }

    pub async fn audit(
        &self,
        who: &Principal,
        filter: &AuditFilter<'_>,
        page: i64,
    ) -> Result<Vec<AuditRecord>, AppError> {
        who.require_staff(Scope::Read)?;
        let page = page.clamp(1, 100_000);
        let rows = store::search_audit(&self.db, filter, PAGE_SIZE, (page - 1) * PAGE_SIZE).await?;
        Ok(rows.into_iter().map(AuditRecord::from).collect())
    }

    /// Every matching record (up to `cap`), for export.
    pub async fn audit_export(
        &self,
        who: &Principal,
        filter: &AuditFilter<'_>,
        cap: i64,
    ) -> Result<Vec<AuditRecord>, AppError> {
        who.require_staff(Scope::Read)?;
        let rows = store::search_audit(&self.db, filter, cap, 0).await?;
        Ok(rows.into_iter().map(AuditRecord::from).collect())
    }
}

/// The admin home: the last day's numbers and what waits for someone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dashboard {
    /// Invoices issued in the last 24 hours, and their total (base currency, minor units).
    pub sales: i64,
    pub sales_minor: i64,
    /// Accounts created in the last 24 hours.
    pub new_accounts: i64,
    /// Bank transfers waiting for an admin to confirm the money arrived.
    pub transfers_to_confirm: i64,
    /// Payments held for an admin's decision.
    pub payments_in_review: i64,
    /// Background jobs that gave up.
    pub dead_jobs: i64,
    /// Active licenses ending in the next 14 days.
    pub expiring_soon: i64,
}

impl Admin {
    /// The admin home's numbers (staff).
    pub async fn dashboard(&self, who: &Principal) -> Result<Dashboard, AppError> {
        who.require_staff(Scope::Read)?;
        let now = self.clock.now();
        let day = std::time::Duration::from_secs(86_400);
        let (sales, sales_minor) = rms_store::billing::sales_since(&self.db, now.minus(day)).await?;
        let mut transfers_to_confirm = 0;
        for gateway in rms_payments::GatewayId::all().filter(|g| g.awaits_admin()) {
            let pending = rms_core::billing::PaymentStatus::Pending.as_str();
            transfers_to_confirm +=
                rms_store::billing::count_payments(&self.db, pending, Some(gateway.as_str())).await?;
        }
        let review = rms_core::billing::PaymentStatus::Review.as_str();
        let queue = rms_store::queue::JobQueue::new(self.db.clone());
        let dead_jobs = queue
            .counts()
            .await?
            .into_iter()
            .find(|(state, _)| *state == rms_store::queue::JobState::Dead)
            .map_or(0, |(_, n)| n);
        Ok(Dashboard {
            sales,
            sales_minor,
            new_accounts: store::users_since(&self.db, now.minus(day)).await?,
            transfers_to_confirm,
            payments_in_review: rms_store::billing::count_payments(&self.db, review, None).await?,
            dead_jobs,
            expiring_soon: rms_store::catalog::expiring_between(&self.db, now, now.plus(day * 14)).await?,
        })
    }
}
