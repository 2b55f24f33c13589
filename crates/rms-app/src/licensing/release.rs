//! Giving a seat back, and the signed license file a bound device takes offline.

use super::*;

impl Licensing {
    /// `DELETE /activations/{id}` by the product: frees the seat. Counts against the plan's
    /// reassignment budget; when it is spent the answer says when the next move is allowed.
    pub async fn deactivate(&self, key: &str, id: Uuid, meta: &RequestMeta) -> Result<Answer, AppError> {
        let now = self.clock.now();
        let (s, a, signer) = self.bound(key, id).await?;
        let verdict = self.end(&s, &a, Ender::Product, meta, now).await?;
        Ok(self.answer(signer, verdict, now))
    }

    /// Ends an activation for its product or owner (counted against the budget) or an admin (not
    /// counted). Ending an ended activation answers the same, changes nothing.
    pub(crate) async fn end(
        &self,
        s: &Subject,
        a: &ActivationRow,
        by: Ender,
        meta: &RequestMeta,
        now: Timestamp,
    ) -> Result<Verdict, AppError> {
        let mut verdict = Verdict { license: Some(self.license_view(s)), ..Verdict::of(Code::Valid) };
        if a.deactivated_at.is_some() {
            verdict.activation = Some(self.activation_view(s, a, now));
            return Ok(verdict);
        }
        let counted = !matches!(by, Ender::Admin(_)) && a.counts_seat == 1;
        let mut tx = self.db.begin().await?;
        if counted && s.max_reassignments.is_some() {
            // Decided inside the transaction, behind the license row's lock: two concurrent moves
            // cannot both spend the last one.
            store::lock_license(&mut tx, s.license_id).await?;
            let terms = terms(s);
            let moves = store::reassignments_since_tx(&mut tx, s.license_id, terms.window_start(now)).await?;
            if let (budget, Some(_)) = terms.budget(&moves, now) {
                tx.rollback().await?;
                verdict.code = Code::ReassignmentLimit;
                verdict.next_allowed_at = budget.next_allowed_at;
                verdict.activation = Some(self.activation_view(s, a, now));
                return Ok(verdict);
            }
        }
        if store::deactivate(&mut tx, a.id, by.as_str(), now).await? {
            if a.counts_seat == 1 {
                store::release_seats(&mut tx, s.license_id, 1, now).await?;
            }
            if counted {
                store::record_reassignment(&mut tx, s.license_id, a.id, now).await?;
            }
            let details = json!({ "license": s.license_id, "binding": a.binding, "by": by.as_str() });
            let entry = meta.audit(by.actor(), "license.deactivated", ("activation", a.id.to_string()), details);
            users::audit(&mut tx, &entry, now).await?;
            // Staff freed a seat: the owner hears of it (they freed their own seats themselves,
            // and a device that let go of its seat is routine).
            if let Ender::Admin(_) = by {
                seat_freed(&mut tx, now, s.owner_id, &s.product_slug, a).await?;
            }
        }
        tx.commit().await?;
        self.cache.invalidate();
        self.pulse.forget(a.id);
        let mut ended = a.clone();
        ended.deactivated_at = Some(now);
        ended.deactivated_by = Some(by.as_str().to_owned());
        verdict.activation = Some(self.activation_view(s, &ended, now));
        if let Some(license) = verdict.license.as_mut()
            && a.counts_seat == 1
        {
            license.seats_used -= 1;
        }
        Ok(verdict)
    }

    /// Where the license stands against its plan's reassignment budget.
    pub(crate) async fn next_move(&self, s: &Subject, now: Timestamp) -> Result<Budget, AppError> {
        let terms = terms(s);
        if terms.reassignments.is_none() {
            return Ok(terms.budget(&[], now).0);
        }
        let moves = store::reassignments_since(&self.db, s.license_id, terms.window_start(now)).await?;
        Ok(terms.budget(&moves, now).0)
    }

    /// `POST /activations/{id}/license-file`: a signed license file bound to this activation's
    /// device or domain, for offline use until its `valid_until`.
    pub async fn license_file(&self, key: &str, id: Uuid) -> Result<(Answer, Option<String>), AppError> {
        let now = self.clock.now();
        let (s, a, signer) = self.bound(key, id).await?;
        let mut verdict = Verdict { license: Some(self.license_view(&s)), ..Verdict::of(Code::Valid) };
        if let Some(code) = Self::license_code(&s, now) {
            verdict.code = code;
            return Ok((self.answer(signer, verdict, now), None));
        }
        let view = self.activation_view(&s, &a, now);
        if a.deactivated_at.is_some() {
            verdict.code = Code::NotActivated;
        } else if a.cloned_at.is_some() {
            verdict.code = Code::CloneSuspected;
        } else if view.heartbeat == Heartbeat::Dead {
            verdict.code = Code::HeartbeatDead;
        }
        let file = verdict.is_valid().then(|| self.sign_file(&s, &a, &signer, now));
        verdict.activation = Some(view);
        if file.is_some() {
            verdict.offline_until = Some(Self::offline_until(&s, now));
        }
        Ok((self.answer(signer, verdict, now), file))
    }

    pub(crate) fn sign_file(&self, s: &Subject, a: &ActivationRow, signer: &Signer, now: Timestamp) -> String {
        let software = s.product_kind == ProductKind::Software;
        let until = Self::offline_until(s, now);
        let data = rms_license::file::LicenseData {
            license_id: s.license_id,
            product_id: s.product_id,
            fingerprint: software.then(|| a.binding.clone()),
            domain: (!software).then(|| a.binding.clone()),
            entitlements: s.entitlements.as_slice().to_vec(),
            expires_at: s.expires_at.map(secs),
            issued_at: secs(now),
            valid_until: until,
            offline_until: until,
        };
        rms_license::file::issue(&data, &signer.kid, signer.key())
    }
}

/// Tells `owner` that `a` no longer holds a seat of their `product` license.
pub(crate) async fn seat_freed(
    tx: &mut rms_store::Tx,
    now: Timestamp,
    owner: Uuid,
    product: &str,
    a: &ActivationRow,
) -> Result<(), AppError> {
    let device = a.name.clone().unwrap_or_else(|| a.binding.clone());
    let data = json!({ "product": product, "device": device, "link": "/licenses" });
    let kind = rms_core::notifications::NotificationKind::SeatFreed;
    crate::notifications::record(tx, now, owner, kind, data, Some(format!("seat_freed:{}", a.id))).await?;
    Ok(())
}
