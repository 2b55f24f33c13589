//! Issuing licenses: by an admin to one address or many (an address without an account is
//! invited), told again on request, and minted for a purchase with their keys sealed.

use rms_core::Timestamp;
use rms_core::account::InvalidInput;
use rms_core::licensing::{Entitlements, LicenseStatus};
use rms_core::notifications::NotificationKind;
use rms_core::product::ProductKind;
use rms_store::accounts as users;
use rms_store::catalog::{self as store, PlanRow, ProductRow};
use serde_json::json;
use uuid::Uuid;

use super::{Catalog, IssuedLicense, PreparedLicense, key_prefix, license_key_aad, range};
use crate::accounts::{Principal, admin_only};
use crate::{AppError, RequestMeta};

impl Catalog {
    /// Issues a license on `plan` to each address (admins; resellers, giveaways): at most 500,
    /// each as [`Catalog::issue_license`] does (an address without an account is invited), each on
    /// its own, so one bad address does not hold up the rest. Addresses are trimmed and taken once
    /// (case-insensitively). Answers each address with its license and key, or why it was refused.
    pub async fn issue_licenses(
        &self,
        who: &Principal,
        emails: &[String],
        plan: Uuid,
        meta: &RequestMeta,
    ) -> Result<Vec<(String, Result<(IssuedLicense, String), AppError>)>, AppError> {
        admin_only(who)?;
        let mut seen = std::collections::HashSet::new();
        let emails: Vec<&str> =
            emails.iter().map(|e| e.trim()).filter(|e| !e.is_empty() && seen.insert(e.to_lowercase())).collect();
        if emails.is_empty() || emails.len() > 500 {
            return Err(AppError::Invalid { field: "emails", reason: InvalidInput::Range });
        }
        store::plan(&self.db, plan).await?.ok_or(AppError::NotFound)?;
        let mut out = Vec::with_capacity(emails.len());
        for email in emails {
            let issued = self.issue_license(who, email, plan, None, meta).await;
            out.push((email.to_owned(), issued));
        }
        Ok(out)
    }

    /// Tells a license's holder about it again (admins): the invitation email for a license
    /// waiting for an address, the "license issued" notice (which says where the key is) for one
    /// already taken. Not for a revoked license. Audited.
    pub async fn resend_license(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<(), AppError> {
        admin_only(who)?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let license = store::license_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        if license.status == LicenseStatus::Revoked {
            return Err(AppError::WrongState { state: "revoked" });
        }
        if license.invited_email.is_some() {
            crate::jobs::enqueue(&mut tx, now, &crate::jobs::LicenseInvite { license_id: id }).await?;
        } else {
            let plan = store::plan(&self.db, license.plan_id).await?.ok_or(AppError::NotFound)?;
            let product = store::product(&self.db, license.product_id).await?.ok_or(AppError::NotFound)?;
            let mut data = json!({ "link": "/licenses" });
            crate::notifications::name_in_languages(&mut data, "product", &product.name, &product.translations.0);
            crate::notifications::name_in_languages(&mut data, "plan", &plan.name, &plan.translations.0);
            crate::notifications::record(&mut tx, now, license.owner_id, NotificationKind::LicenseIssued, data, None)
                .await?;
        }
        let entry = meta.audit(
            Some(who.user_id),
            "admin.license.resent",
            ("license", id.to_string()),
            json!({ "invited": license.invited_email, "owner": license.owner_id }),
        );
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Issues a license on `plan` to the account with `email` (admins). Software products get a
    /// signed `RMS1-` key, site products a short key. An address with no account yet is invited:
    /// the license waits for it (held by the issuing admin, `invited_email` set) and an email
    /// carries the sign-up link that makes it theirs. Returns the license and its key.
    pub async fn issue_license(
        &self,
        who: &Principal,
        email: &str,
        plan: Uuid,
        seats: Option<i64>,
        meta: &RequestMeta,
    ) -> Result<(IssuedLicense, String), AppError> {
        self.issue_license_claimed(who, email, plan, seats, None, meta).await
    }

    /// [`Catalog::issue_license`] under an idempotency claim: the answer (the license's id and
    /// key, sealed) is recorded with the license, so the same form sent again (a reload of the
    /// page that showed the key) shows that license again instead of issuing another.
    pub async fn issue_license_claimed(
        &self,
        who: &Principal,
        email: &str,
        plan: Uuid,
        seats: Option<i64>,
        claim: Option<&crate::idempotency::Claim>,
        meta: &RequestMeta,
    ) -> Result<(IssuedLicense, String), AppError> {
        admin_only(who)?;
        let email = rms_core::account::Email::parse(email).map_err(AppError::invalid("email"))?;
        let plan = store::plan(&self.db, plan).await?.ok_or(AppError::NotFound)?;
        let seats = seats.unwrap_or(plan.max_activations);
        range("seats", (1..=1_000_000).contains(&seats))?;
        let product = store::product(&self.db, plan.product_id).await?.ok_or(AppError::NotFound)?;
        let owner = users::user_by_email(&self.db, &email).await?;
        let (holder, invited) = match &owner {
            Some(owner) => (owner.id, None),
            None => (who.user_id, Some(email.as_str().to_owned())),
        };
        let now = self.clock.now();
        let mut prepared = self.prepare_license(&product, &plan, holder, seats, now).await?;
        prepared.row.invited_email = invited.clone();
        let id = prepared.row.id;
        let mut tx = self.db.begin().await?;
        prepared.insert(&mut tx).await?;
        let details = json!({ "owner": holder, "invited": invited, "plan": plan.id, "seats": seats,
            "prefix": prepared.row.key_prefix });
        let entry = meta.audit(Some(who.user_id), "admin.license.issued", ("license", id.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        if invited.is_some() {
            crate::jobs::enqueue(&mut tx, now, &crate::jobs::LicenseInvite { license_id: id }).await?;
        } else {
            let mut data = json!({ "link": "/licenses" });
            crate::notifications::name_in_languages(&mut data, "product", &product.name, &product.translations.0);
            crate::notifications::name_in_languages(&mut data, "plan", &plan.name, &plan.translations.0);
            crate::notifications::record(&mut tx, now, holder, NotificationKind::LicenseIssued, data, None).await?;
        }
        crate::idempotency::finish(&mut tx, claim, &(id, &prepared.key)).await?;
        tx.commit().await?;
        Ok((prepared.row.into(), prepared.key))
    }

    /// A new license of `plan` for `owner`, key minted and sealed, ready to insert in a transaction
    /// (minting reads the product's key, so it happens before the transaction takes its locks).
    pub(crate) async fn prepare_license(
        &self,
        product: &ProductRow,
        plan: &PlanRow,
        owner: Uuid,
        seats: i64,
        now: Timestamp,
    ) -> Result<PreparedLicense, AppError> {
        let days = |d: i64| now.plus(std::time::Duration::from_secs(u64::try_from(d).unwrap_or(0) * 86_400));
        let expires_at = plan.duration_days.map(days);
        let id = Uuid::now_v7();
        let key = self.mint_key(product, &plan.entitlements, id, expires_at, seats).await?;
        let row = store::LicenseRow {
            id,
            product_id: product.id,
            plan_id: plan.id,
            owner_id: owner,
            parent_id: None,
            label: None,
            key_prefix: key_prefix(&key),
            status: LicenseStatus::Active,
            seats,
            seats_used: 0,
            expires_at,
            maintenance_until: plan.maintenance_days.map(days),
            created_at: now,
            invited_email: None,
            auto_renew: 0,
        };
        let digest = rms_crypto::token::digest(&key);
        let sealed = self.ring.seal(key.as_bytes(), &license_key_aad(id));
        Ok(PreparedLicense { row, key, digest, sealed })
    }

    /// A new key for license `id`: a signed `RMS1-` key stating the license's terms for software
    /// products, a short random key for site products.
    pub(super) async fn mint_key(
        &self,
        product: &ProductRow,
        entitlements: &Entitlements,
        id: Uuid,
        expires_at: Option<Timestamp>,
        seats: i64,
    ) -> Result<String, AppError> {
        if product.kind == ProductKind::Site {
            return Ok(rms_license::key::short_key());
        }
        let signer = self.signers.get(product.id).await?.ok_or(AppError::NotFound)?;
        let payload = rms_license::key::KeyPayload {
            license_id: id,
            product_id: product.id,
            expires_day: expires_at.map_or(0, |t| u32::try_from(t.as_millis() / 86_400_000).unwrap_or(u32::MAX)),
            seats: u32::try_from(seats).unwrap_or(u32::MAX),
            entitlements: entitlements.bits(),
            key_id: signer.kid.parse().unwrap_or(0),
        };
        Ok(payload.sign(signer.key()))
    }
}
