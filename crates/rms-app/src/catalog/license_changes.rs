//! An admin's changes to an issued license (suspend, reinstate, revoke, extend, resize), and how
//! its sub-licenses follow.

use super::*;

impl Catalog {
    /// Suspends, reinstates, revokes, extends or resizes a license (admins). A revoked license
    /// stays revoked. Sub-licenses follow: they read as revoked, suspended or expired while their
    /// parent is, come back with it, and take its new term. Audited with before and after.
    pub async fn change_license(
        &self,
        who: &Principal,
        id: Uuid,
        change: LicenseChange,
        meta: &RequestMeta,
    ) -> Result<IssuedLicense, AppError> {
        admin_only(who)?;
        if let Some(seats) = change.seats {
            range("seats", (1..=1_000_000).contains(&seats))?;
        }
        let now = self.clock.now();
        let parent = store::license(&self.db, id).await?.ok_or(AppError::NotFound)?.parent_id;
        let mut tx = self.db.begin().await?;
        if let Some(parent) = parent {
            // A sub-license's seats come from its parent's pool: the pool's lock comes first.
            rms_store::activations::lock_license(&mut tx, parent).await?;
        }
        let before = store::license_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        if before.status == LicenseStatus::Revoked && change.status.is_some_and(|s| s != LicenseStatus::Revoked) {
            return Err(AppError::LicenseRevoked);
        }
        let mut own_seats = change.seats;
        if let (Some(parent), Some(quota)) = (parent, change.seats) {
            split::move_quota(&mut tx, parent, &before, quota, now).await?;
            own_seats = None;
        }
        let changed = store::update_license(
            &mut tx,
            id,
            change.status,
            change.expires_at.map(|e| e.map(Timestamp::as_millis)),
            own_seats,
            now,
        )
        .await?;
        if !changed {
            return Err(AppError::SeatsInUse { in_use: before.seats_used });
        }
        if let Some(expires_at) = change.expires_at {
            // Sub-licenses share their parent's term; status they read through the parent.
            store::follow_parent_term(&mut tx, id, expires_at.map(Timestamp::as_millis), now).await?;
        }
        let after = store::license_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        let details = json!({
            "before": {"status": before.status, "seats": before.seats, "expires_at": before.expires_at},
            "after": {"status": after.status, "seats": after.seats, "expires_at": after.expires_at},
        });
        let entry = meta.audit(Some(who.user_id), "admin.license.changed", ("license", id.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        if after.status != before.status {
            // Suspended, revoked or reinstated: the owner hears of it.
            let product = rms_store::activations::product_name_of(&mut tx, id).await?.unwrap_or_default();
            let mut data = json!({ "status": after.status.as_str(), "link": "/licenses" });
            crate::notifications::name_in_languages(&mut data, "product", &product.name, &product.translations);
            let kind = rms_core::notifications::NotificationKind::LicenseStatus;
            crate::notifications::record(&mut tx, now, after.owner_id, kind, data, None).await?;
        }
        tx.commit().await?;
        self.cache.invalidate();
        Ok(after.into())
    }
}
