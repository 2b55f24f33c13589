//! The scheduled sweeps: culling devices whose heartbeats stopped, and expiry.

use super::*;

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

    /// Marks licenses past their expiry `expired`, and raises the "expiring soon" event (an audit
    /// entry the notification jobs pick up) once per license within `warn_before` of its expiry.
    pub async fn expire(&self, warn_before: Duration) -> Result<(usize, usize), AppError> {
        let now = self.clock.now();
        let (mut expired, mut warned) = (0, 0);
        for (id, owner) in store::lapsed_licenses(&self.db, now, 1000).await? {
            let mut tx = self.db.begin().await?;
            if store::expire(&mut tx, id, now).await? {
                users::audit(&mut tx, &license_event("license.expired", id, owner), now).await?;
                expired += 1;
            }
            tx.commit().await?;
            self.cache.invalidate();
        }
        for (id, owner, at) in store::expiring_unwarned(&self.db, now, now.plus(warn_before), 1000).await? {
            let mut tx = self.db.begin().await?;
            if store::mark_warned(&mut tx, id, now).await? {
                let mut entry = license_event("license.expiring_soon", id, owner);
                entry.details = json!({ "owner": owner, "expires_at": at.to_string() });
                users::audit(&mut tx, &entry, now).await?;
                warned += 1;
            }
            tx.commit().await?;
        }
        Ok((expired, warned))
    }
}
