//! The scheduled sweeps: culling devices whose heartbeats stopped, and expiry.

use super::*;
use crate::notifications;
use rms_core::notifications::{EXPIRY_NOTICE_DAYS, NotificationKind};

impl Licensing {
    /// Frees the seats of activations whose heartbeats stopped (interval + grace passed). Run by
    /// a scheduled job; returns how many were culled.
    pub async fn cull_dead(&self) -> Result<usize, AppError> {
        let mut culled = 0;
        loop {
            let now = self.clock.now();
            let dead = store::dead_activations(&self.db, now, 500).await?;
            if dead.is_empty() {
                return Ok(culled);
            }
            for (id, license, counts_seat) in &dead {
                let mut tx = self.db.begin().await?;
                if store::cull(&mut tx, *id, now).await? {
                    if *counts_seat == 1 {
                        store::release_seats(&mut tx, *license, 1, now).await?;
                    }
                    culled += 1;
                }
                tx.commit().await?;
                self.cache.invalidate();
                self.pulse.forget(*id);
            }
            if dead.len() < 500 {
                return Ok(culled);
            }
        }
    }

    /// Marks licenses past their expiry `expired` and tells their owners; tells owners of
    /// licenses about to expire once per threshold ([`EXPIRY_NOTICE_DAYS`]: the nearest one
    /// reached, so a license found three days from its end is not told "14 days" too). A
    /// renewed license (a new expiry) is told again. Answers (expired, told).
    pub async fn expire(&self) -> Result<(usize, usize), AppError> {
        let now = self.clock.now();
        let (mut expired, mut warned) = (0, 0);
        for (id, owner) in store::lapsed_licenses(&self.db, now, 1000).await? {
            let mut tx = self.db.begin().await?;
            if store::expire(&mut tx, id, now).await? {
                users::audit(&mut tx, &license_event("license.expired", id, owner), now).await?;
                let product = store::product_name_of(&mut tx, id).await?.unwrap_or_default();
                let mut data = json!({ "link": "/licenses" });
                notifications::name_in_languages(&mut data, "product", &product.name, &product.translations);
                let dedupe = Some(format!("license_expired:{id}:{}", now.as_millis()));
                notifications::record(&mut tx, now, owner, NotificationKind::LicenseExpired, data, dedupe).await?;
                expired += 1;
            }
            tx.commit().await?;
            self.cache.invalidate();
        }
        let furthest = EXPIRY_NOTICE_DAYS.iter().copied().max().unwrap_or(0);
        let horizon = now.plus(Duration::from_secs(u64::from(furthest) * 86_400));
        for (id, owner, at, product) in store::expiring_within(&self.db, now, horizon, 5000).await? {
            let days_left = at.since(now).as_secs().div_ceil(86_400);
            let Some(threshold) = EXPIRY_NOTICE_DAYS.iter().copied().filter(|t| days_left <= u64::from(*t)).min()
            else {
                continue;
            };
            let dedupe = Some(format!("license_expiring:{id}:{threshold}:{}", at.as_millis()));
            let mut data = json!({ "days": days_left, "link": "/licenses" });
            notifications::name_in_languages(&mut data, "product", &product.name, &product.translations);
            let mut tx = self.db.begin().await?;
            let told =
                notifications::record(&mut tx, now, owner, NotificationKind::LicenseExpiring, data, dedupe).await?;
            if told.is_some() {
                let mut entry = license_event("license.expiring_soon", id, owner);
                entry.details = json!({ "owner": owner, "expires_at": at.to_string(), "days": threshold });
                users::audit(&mut tx, &entry, now).await?;
                warned += 1;
            }
            tx.commit().await?;
        }
        Ok((expired, warned))
    }
}
