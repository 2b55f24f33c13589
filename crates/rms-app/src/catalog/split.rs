//! Split seats (docs/spec/licensing.md §7): the owner of an N-seat license carves sub-licenses out of it,
//! each with its own key, a seat quota taken from the pool, and optionally a label or an assignee.
//! The pool is the parent's `seats_used` counter: carving and growing a sub-license take seats
//! from it in one conditional statement (`seats_used + n <= seats`), so concurrent carving can
//! never hand out more than N, and shrinking or revoking a sub-license gives them back.
//!
//! Lock order: every change to a sub-license's size first locks its parent's row (the pool), then
//! reads the size it changes inside that transaction. Resizes, revocations and admin changes of
//! one pool therefore run one after the other, and the pool stays exact under any concurrency.

use rms_core::Timestamp;
use rms_core::account::{InvalidInput, Scope};
use rms_store::accounts::{self as users, AuditEntry};
use rms_store::activations as seats;
use rms_store::catalog::{self as store, LicenseRow};
use serde_json::json;
use uuid::Uuid;

use super::{Catalog, IssuedLicense, key_prefix, license_key_aad, range};

use crate::accounts::Principal;
use crate::{AppError, RequestMeta};

impl Catalog {
    /// The parent license if `who` owns it and it can be split.
    async fn pool(&self, who: &Principal, parent: Uuid) -> Result<LicenseRow, AppError> {
        if !who.may(Scope::Licenses) {
            return Err(AppError::Forbidden);
        }
        let row =
            store::license(&self.db, parent).await?.filter(|l| l.owner_id == who.user_id).ok_or(AppError::NotFound)?;
        if row.parent_id.is_some() {
            // One level only: a sub-license is a quota, not another pool.
            return Err(AppError::Invalid { field: "id", reason: InvalidInput::Range });
        }
        if !row.status.may_split(false) {
            return Err(AppError::LicenseUnusable { code: "NOT_ACTIVE" });
        }
        Ok(row)
    }

    fn audit_entry<'a>(
        who: &Principal,
        action: &'static str,
        id: Uuid,
        meta: &'a RequestMeta,
        details: serde_json::Value,
    ) -> AuditEntry<'a> {
        meta.audit(Some(who.user_id), action, ("license", id.to_string()), details)
    }

    /// Carves a sub-license of `quota` seats out of `parent`. `assignee`: an email address to hand
    /// it to. The sub-license stays with the parent's owner until a person with that verified
    /// address looks at their licenses (see [`Catalog::claim_invitations`]); an email invites them.
    /// The answer is the same whether or not an account has the address: the form is no way to
    /// learn who has an account here.
    pub async fn carve(
        &self,
        who: &Principal,
        parent: Uuid,
        quota: i64,
        label: Option<&str>,
        assignee: Option<&str>,
        meta: &RequestMeta,
    ) -> Result<(IssuedLicense, String), AppError> {
        range("seats", (1..=1_000_000).contains(&quota))?;
        let label = label.map(str::trim).filter(|l| !l.is_empty());
        range("label", label.is_none_or(|l| l.chars().count() <= 100))?;
        let pool = self.pool(who, parent).await?;
        let invited = assignee
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(rms_core::account::Email::parse)
            .transpose()
            .map_err(AppError::invalid("assignee_email"))?;
        let owner = pool.owner_id;
        let product = store::product(&self.db, pool.product_id).await?.ok_or(AppError::NotFound)?;
        let plan = store::plan(&self.db, pool.plan_id).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let id = Uuid::now_v7();
        let expires_at = pool.expires_at;
        let key = self.mint_key(&product, &plan.entitlements, id, expires_at, quota).await?;
        let row = LicenseRow {
            id,
            product_id: pool.product_id,
            plan_id: pool.plan_id,
            owner_id: owner,
            parent_id: Some(parent),
            label: label.map(str::to_owned),
            key_prefix: key_prefix(&key),
            status: super::LicenseStatus::Active,
            seats: quota,
            seats_used: 0,
            expires_at: pool.expires_at,
            maintenance_until: pool.maintenance_until,
            created_at: now,
            invited_email: invited.as_ref().map(|e| e.as_str().to_owned()),
            auto_renew: 0,
        };
        let digest = rms_crypto::token::digest(&key);
        let sealed = self.ring.seal(key.as_bytes(), &license_key_aad(id));
        let mut tx = self.db.begin().await?;
        if !seats::claim_seats(&mut tx, parent, quota, now).await? {
            tx.rollback().await?;
            let free = store::license(&self.db, parent).await?.map_or(0, |l| l.seats - l.seats_used);
            return Err(AppError::NotEnoughSeats { free });
        }
        store::insert_license(&mut tx, &store::NewLicense { row: &row, key_hash: &digest, key_sealed: &sealed })
            .await?;
        let details = json!({ "parent": parent, "seats": quota, "invited": row.invited_email, "label": row.label });
        users::audit(&mut tx, &Self::audit_entry(who, "license.split", id, meta, details), now).await?;
        if row.invited_email.is_some() {
            crate::jobs::enqueue(&mut tx, now, &crate::jobs::SubLicenseInvite { license_id: id }).await?;
        }
        tx.commit().await?;
        self.cache.invalidate();
        Ok((row.into(), key))
    }

    /// Hands the caller the sub-licenses waiting for their address, once they proved it is theirs
    /// (a verified address: an unverified one could be anybody's). Audited.
    pub(crate) async fn claim_invitations(&self, who: &Principal, meta: &RequestMeta) -> Result<(), AppError> {
        let Some(user) = users::user_by_id(&self.db, who.user_id).await? else { return Ok(()) };
        if user.email_verified_at.is_none() {
            return Ok(());
        }
        if !store::has_invitations(&self.db, &user.email).await? {
            return Ok(());
        }
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        for id in store::claim_invitations(&mut tx, user.id, &user.email, now).await? {
            let details = json!({ "email": user.email });
            users::audit(&mut tx, &Self::audit_entry(who, "license.invitation_taken", id, meta, details), now).await?;
        }
        tx.commit().await?;
        self.cache.invalidate();
        Ok(())
    }

    /// The sub-licenses of one of the caller's licenses, with their keys.
    pub async fn sub_licenses(&self, who: &Principal, parent: Uuid) -> Result<Vec<(IssuedLicense, String)>, AppError> {
        if !who.may(Scope::Read) {
            return Err(AppError::Forbidden);
        }
        store::license(&self.db, parent).await?.filter(|l| l.owner_id == who.user_id).ok_or(AppError::NotFound)?;
        let rows = store::sub_licenses(&self.db, parent).await?;
        rows.into_iter().map(|(row, sealed)| self.with_key(row, &sealed)).collect()
    }

    async fn sub(&self, who: &Principal, parent: Uuid, sub: Uuid) -> Result<LicenseRow, AppError> {
        self.pool(who, parent).await?;
        store::license(&self.db, sub).await?.filter(|l| l.parent_id == Some(parent)).ok_or(AppError::NotFound)
    }

    /// Grows or shrinks a sub-license. Growing takes seats from the pool; shrinking below the
    /// sub-license's own active devices is refused (`SEATS_IN_USE`).
    pub async fn resize_sub(
        &self,
        who: &Principal,
        parent: Uuid,
        sub: Uuid,
        quota: i64,
        meta: &RequestMeta,
    ) -> Result<IssuedLicense, AppError> {
        range("seats", (1..=1_000_000).contains(&quota))?;
        self.sub(who, parent, sub).await?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        seats::lock_license(&mut tx, parent).await?;
        let before = store::license_tx(&mut tx, sub).await?.ok_or(AppError::NotFound)?;
        if let Err(e) = move_quota(&mut tx, parent, &before, quota, now).await {
            tx.rollback().await?;
            return Err(e);
        }
        let details = json!({ "parent": parent, "before": before.seats, "after": quota });
        users::audit(&mut tx, &Self::audit_entry(who, "license.split_resized", sub, meta, details), now).await?;
        let after = store::license_tx(&mut tx, sub).await?.ok_or(AppError::NotFound)?;
        tx.commit().await?;
        self.cache.invalidate();
        Ok(after.into())
    }

    /// Revokes a sub-license and moves its seats back to the pool. Its devices stop validating.
    pub async fn revoke_sub(
        &self,
        who: &Principal,
        parent: Uuid,
        sub: Uuid,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        self.sub(who, parent, sub).await?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        // The size given back is read behind the pool's lock, so a resize racing this revocation
        // cannot make it give back the wrong number of seats.
        seats::lock_license(&mut tx, parent).await?;
        let row = store::license_tx(&mut tx, sub).await?.ok_or(AppError::NotFound)?;
        if store::revoke(&mut tx, sub, now).await? {
            seats::release_seats(&mut tx, parent, row.seats, now).await?;
            let details = json!({ "parent": parent, "seats": row.seats });
            users::audit(&mut tx, &Self::audit_entry(who, "license.split_revoked", sub, meta, details), now).await?;
        }
        tx.commit().await?;
        self.cache.invalidate();
        Ok(())
    }
}

/// Sets sub-license `before`'s quota to `quota`, taking the difference from the pool of `parent`
/// or giving it back. Inside a transaction that holds the parent's row lock and read `before`
/// after taking it.
pub(super) async fn move_quota(
    tx: &mut rms_store::Tx,
    parent: Uuid,
    before: &LicenseRow,
    quota: i64,
    now: Timestamp,
) -> Result<(), AppError> {
    if before.status == super::LicenseStatus::Revoked {
        return Err(AppError::LicenseRevoked);
    }
    let delta = quota - before.seats;
    if delta > 0 && !seats::claim_seats(tx, parent, delta, now).await? {
        let free = store::license_tx(tx, parent).await?.map_or(0, |l| l.seats - l.seats_used);
        return Err(AppError::NotEnoughSeats { free });
    }
    if !seats::resize(tx, before.id, before.seats, quota, now).await? {
        return Err(AppError::SeatsInUse { in_use: before.seats_used });
    }
    if delta < 0 {
        seats::release_seats(tx, parent, -delta, now).await?;
    }
    Ok(())
}
