//! Heartbeats: the chain a device presents, and what a clone's heartbeat does.

use super::*;

impl Licensing {
    /// `POST /activations/{id}/heartbeat`: the device is alive. Each answer carries the `chain`
    /// the next heartbeat presents; once a device has presented a chain, a missing or stale one
    /// means two machines share this activation (`CLONE_SUSPECTED`). A retry of the very request
    /// that advanced the chain (same nonce) gets the same answer again.
    pub async fn heartbeat(
        &self,
        key: &str,
        id: Uuid,
        nonce: &str,
        presented: Option<&str>,
        meta: &RequestMeta,
    ) -> Result<Answer, AppError> {
        self.tallied(Call::Heartbeat, async {
            check_nonce(nonce)?;
            if presented.is_some_and(|c| c.is_empty() || c.len() > 128) {
                return Err(invalid("chain"));
            }
            let now = self.clock.now();
            let (s, a, signer) = self.bound(key, id).await?;
            let mut verdict = Verdict { license: Some(self.license_view(&s)), ..Verdict::of(Code::Valid) };
            if let Some(code) = Self::license_code(&s, now) {
                verdict.code = code;
                return Ok(self.answer(signer, verdict, now));
            }
            if a.deactivated_at.is_some() {
                verdict.code = Code::NotActivated;
                return Ok(self.answer(signer, verdict, now));
            }
            let view = self.activation_view(&s, &a, now);
            if a.cloned_at.is_some() {
                verdict.code = Code::CloneSuspected;
                verdict.activation = Some(view);
                return Ok(self.answer(signer, verdict, now));
            }
            if view.heartbeat == Heartbeat::Dead {
                verdict.code = Code::HeartbeatDead;
                verdict.activation = Some(view);
                return Ok(self.answer(signer, verdict, now));
            }
            let stored = Chain {
                at: a.last_heartbeat_at.unwrap_or_default(),
                chain: a.chain.clone(),
                prev_chain: a.prev_chain.clone(),
                nonce: a.chain_nonce.clone(),
                enforced_at: a.chain_enforced_at,
            };
            enum Beat {
                Accepted(String),
                Clone,
            }
            let outcome = self.pulse.beat(a.id, stored, |current| {
                let advance = |enforce: bool| {
                    let next = token::generate("");
                    let state = Chain {
                        at: now.max(current.at),
                        chain: Some(next.clone()),
                        prev_chain: current.chain.clone(),
                        nonce: Some(nonce.to_owned()),
                        enforced_at: current.enforced_at.or(enforce.then_some(now)),
                    };
                    (Beat::Accepted(next), Some(state))
                };
                match presented {
                    None if current.enforced_at.is_none() => advance(false),
                    None => (Beat::Clone, None),
                    Some(p) if current.chain.as_deref() == Some(p) => advance(true),
                    Some(p) if current.prev_chain.as_deref() == Some(p) && current.nonce.as_deref() == Some(nonce) => {
                        (Beat::Accepted(current.chain.clone().unwrap_or_default()), None)
                    }
                    Some(_) => (Beat::Clone, None),
                }
            });
            if matches!(outcome, Beat::Accepted(_)) && self.pulse.durable(&self.db, a.id, now).await? == Durable::Ended
            {
                // Culled or deactivated while this beat was on its way to the database.
                self.pulse.forget(a.id);
                verdict.code = Code::NotActivated;
                return Ok(self.answer(signer, verdict, now));
            }
            match outcome {
                Beat::Accepted(chain) => {
                    let mut a = a;
                    a.last_heartbeat_at = Some(now.max(a.last_heartbeat_at.unwrap_or_default()));
                    verdict.activation = Some(self.activation_view(&s, &a, now));
                    verdict.chain = Some(chain);
                    verdict.offline_until = Some(Self::offline_until(&s, now));
                }
                Beat::Clone => {
                    self.flag_clone(&s, &a, meta, now).await?;
                    verdict.code = Code::CloneSuspected;
                    let mut a = a;
                    a.cloned_at = Some(now);
                    verdict.activation = Some(self.activation_view(&s, &a, now));
                }
            }
            Ok(self.answer(signer, verdict, now))
        })
        .await
    }

    pub(super) async fn flag_clone(
        &self,
        s: &Subject,
        a: &ActivationRow,
        meta: &RequestMeta,
        now: Timestamp,
    ) -> Result<(), AppError> {
        let mut tx = self.db.begin().await?;
        if store::mark_cloned(&mut tx, a.id, now).await? {
            let details = json!({ "license": s.license_id, "binding": a.binding });
            let entry = meta.audit(None, "license.clone_suspected", ("activation", a.id.to_string()), details);
            users::audit(&mut tx, &entry, now).await?;
            let device = a.name.clone().unwrap_or_else(|| a.binding.clone());
            let data = json!({ "product": s.product_slug, "device": device, "link": "/licenses" });
            let kind = rms_core::notifications::NotificationKind::CloneSuspected;
            let dedupe = Some(format!("clone_suspected:{}", a.id));
            crate::notifications::record(&mut tx, now, s.owner_id, kind, data, dedupe).await?;
            let args = [("license".to_owned(), s.license_id.to_string()), ("device".to_owned(), a.binding.clone())];
            jobs::enqueue(
                &mut tx,
                now,
                &jobs::AdminAlert { kind: "clone_suspected".into(), args: args.into(), dedupe: None },
            )
            .await?;
        }
        tx.commit().await?;
        self.cache.invalidate();
        self.pulse.forget(a.id);
        Ok(())
    }
}
