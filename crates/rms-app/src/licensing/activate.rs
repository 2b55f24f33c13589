//! Taking a seat: activation within the plan's seats and the reassignment budget.

use super::*;

impl Licensing {
    /// `POST /activations`: takes a seat for this device or domain. Idempotent: a device that is
    /// already active gets its activation back. Over the quota: `ACTIVATION_LIMIT` with the
    /// activations that hold the seats.
    pub async fn activate(
        &self,
        key: &str,
        product: &str,
        fingerprint: Option<&str>,
        domain: Option<&str>,
        device: DeviceInfo<'_>,
        meta: &RequestMeta,
    ) -> Result<Answer, AppError> {
        self.tallied(Call::Activate, async {
            let digest = key_digest(key)?;
            let signer = self.product(product).await?;
            let binding = Binding::parse(signer.kind, fingerprint, domain)?
                .ok_or_else(|| invalid(if signer.kind == ProductKind::Site { "domain" } else { "fingerprint" }))?;
            let name = device.name.map(str::trim).filter(|n| !n.is_empty());
            let platform = device.platform.map(str::trim).filter(|p| !p.is_empty());
            if name.is_some_and(|n| n.chars().count() > 100) {
                return Err(invalid("name"));
            }
            if platform.is_some_and(|p| p.chars().count() > 64) {
                return Err(invalid("platform"));
            }
            check_components(device.components)?;
            let now = self.clock.now();
            let Some(mut s) = store::subject_by_key(&self.db, &digest, Some(binding.as_str())).await? else {
                return Ok(self.answer(signer, Verdict::of(Code::NotFound), now));
            };
            let mut existing = s.take_activation();
            if let Some(code) = Self::license_code(&s, now) {
                // Another product's license is described by nothing but the code.
                let license = (s.product_id == signer.product_id).then(|| self.license_view(&s));
                return Ok(self.answer(signer, Verdict { license, ..Verdict::of(code) }, now));
            }
            if s.product_id != signer.product_id {
                return Ok(self.answer(signer, Verdict::of(Code::ProductMismatch), now));
            }
            if existing.is_none() && matches!(binding, Binding::Fingerprint(_)) {
                // The same machine with some hardware changed keeps its seat.
                existing = self.recognise(&s, device.components).await?;
            }
            if let Some(a) = existing {
                let mut verdict = self.activated(&s, &a, false, now);
                if a.cloned_at.is_some() {
                    // Paused until its owner frees it: activating it again does not clear the flag.
                    verdict.code = Code::CloneSuspected;
                    verdict.offline_until = None;
                }
                return Ok(self.answer(signer, verdict, now));
            }
            let counts_seat = !matches!(&binding, Binding::Domain(d) if runs_free(&s, d));
            let row = ActivationRow {
                id: Uuid::now_v7(),
                license_id: s.license_id,
                binding: binding.as_str().to_owned(),
                counts_seat: i64::from(counts_seat),
                name: name.map(str::to_owned),
                platform: platform.map(str::to_owned),
                ip: meta.ip.clone(),
                created_at: now,
                last_seen_at: now,
                last_heartbeat_at: None,
                chain: None,
                prev_chain: None,
                chain_nonce: None,
                chain_enforced_at: None,
                cloned_at: None,
                deactivated_at: None,
                deactivated_by: None,
                components: (!device.components.is_empty()).then(|| device.components.join(",")),
            };
            let mut tx = self.db.begin().await?;
            if counts_seat && !store::claim_seats(&mut tx, s.license_id, 1, now).await? {
                tx.rollback().await?;
                let live = store::live_activations(&self.db, s.license_id).await?;
                let verdict = Verdict {
                    license: Some(self.license_view(&s)),
                    activations: live.iter().map(|a| self.activation_view(&s, a, now)).collect(),
                    ..Verdict::of(Code::ActivationLimit)
                };
                return Ok(self.answer(signer, verdict, now));
            }
            if !store::insert_activation(&mut tx, &row).await? {
                // The same device activated concurrently and won: answer with its activation.
                tx.rollback().await?;
                let mut again = store::subject_by_key(&self.db, &digest, Some(binding.as_str()))
                    .await?
                    .ok_or(AppError::NotFound)?;
                let a = again
                    .take_activation()
                    .ok_or_else(|| AppError::Internal("activation vanished after a conflict".into()))?;
                return Ok(self.answer(signer, self.activated(&again, &a, false, now), now));
            }
            let details = json!({ "activation": row.id, "binding": row.binding, "counts_seat": counts_seat });
            let entry = meta.audit(None, "license.activated", ("license", s.license_id.to_string()), details);
            users::audit(&mut tx, &entry, now).await?;
            // A new device took a seat: the owner hears of it (a stolen key shows up here first).
            let device = row.name.clone().unwrap_or_else(|| row.binding.clone());
            let data = json!({ "product": s.product_slug, "device": device, "link": "/licenses" });
            let kind = rms_core::notifications::NotificationKind::DeviceActivated;
            crate::notifications::record(&mut tx, now, s.owner_id, kind, data, None).await?;
            tx.commit().await?;
            self.cache.invalidate();
            if counts_seat {
                s.seats_used += 1;
            }
            Ok(self.answer(signer, self.activated(&s, &row, true, now), now))
        })
        .await
    }

    fn activated(&self, s: &Subject, a: &ActivationRow, created: bool, now: Timestamp) -> Verdict {
        Verdict {
            license: Some(self.license_view(s)),
            activation: Some(self.activation_view(s, a, now)),
            offline_until: Some(Self::offline_until(s, now)),
            created,
            ..Verdict::of(Code::Valid)
        }
    }
}
