//! What people settle by hand: the sandbox's pay button, an admin confirming a bank transfer
//! (all of it or what arrived), an admin deciding a payment in the review queue; and what the
//! admin pages read about a payment (its webhooks and read-backs) and about the gateways
//! (refused webhooks and failed calls).

use rms_core::Timestamp;
use rms_core::billing::PaymentStatus;
use rms_payments::{GatewayId, Observation, PaymentState};
use rms_store::billing::{self, PaymentRow};
use rust_decimal::Decimal;
use serde_json::json;
use uuid::Uuid;

use super::settle::{CheckView, EventView, Settled, proportion};
use super::{Payment, Payments};
use crate::accounts::{Principal, admin_only};
use crate::{AppError, RequestMeta};

impl Payments {
    /// The sandbox gateway's "pay" button: its payer completes a pending sandbox payment.
    pub async fn pay_sandbox(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<Payment, AppError> {
        if !who.may(rms_core::account::Scope::Wallet) {
            return Err(AppError::Forbidden);
        }
        if !self.sandbox_enabled {
            return Err(AppError::GatewayDisabled);
        }
        let p = billing::payment(&self.db, id).await?.ok_or(AppError::NotFound)?;
        let gateway = GatewayId::parse(&p.gateway).filter(|g| g.pays_here());
        let (Some(gateway), true) = (gateway, p.user_id == who.user_id) else { return Err(AppError::NotFound) };
        self.credit_by_hand(p, gateway, None, None, meta).await
    }

    /// An admin confirms that a bank transfer arrived: all of it, or `received_minor` of the
    /// payer's currency (a partial transfer credits its share). Audited.
    pub async fn confirm_manual(
        &self,
        who: &Principal,
        id: Uuid,
        received_minor: Option<i64>,
        meta: &RequestMeta,
    ) -> Result<Payment, AppError> {
        admin_only(who)?;
        let p = billing::payment(&self.db, id).await?.ok_or(AppError::NotFound)?;
        let gateway = GatewayId::parse(&p.gateway)
            .filter(|g| g.awaits_admin())
            .ok_or(AppError::WrongState { state: "not_manual" })?;
        self.credit_by_hand(p, gateway, received_minor, Some(who.user_id), meta).await
    }

    /// An admin settles a payment from the review queue: `credit_minor` (base currency) to the
    /// payer's wallet, or nothing (rejected). Audited.
    pub async fn resolve_review(
        &self,
        who: &Principal,
        id: Uuid,
        credit_minor: Option<i64>,
        meta: &RequestMeta,
    ) -> Result<Payment, AppError> {
        admin_only(who)?;
        let p = billing::payment(&self.db, id).await?.ok_or(AppError::NotFound)?;
        if p.status != PaymentStatus::Review {
            return Err(AppError::WrongState { state: "not_in_review" });
        }
        let gateway =
            GatewayId::parse(&p.gateway).ok_or_else(|| AppError::Internal(format!("gateway {}", p.gateway)))?;
        let now = self.clock.now();
        match credit_minor {
            Some(amount) => {
                if !rms_core::money::amount_ok(amount, 1) {
                    return Err(AppError::Invalid {
                        field: "credit_minor",
                        reason: rms_core::account::InvalidInput::Range,
                    });
                }
                let o = self.last_observation(&p).await?;
                match self.credit(&p, gateway, &o, amount, Some(who.user_id)).await? {
                    Settled::Credited { .. } => {}
                    _ => return Err(AppError::WrongState { state: "credited" }),
                }
            }
            None => {
                let mut tx = self.db.begin().await?;
                if !billing::mark_unpaid(&mut tx, p.id, PaymentStatus::Failed, None, now).await? {
                    return Err(AppError::WrongState { state: "not_in_review" });
                }
                tx.commit().await?;
            }
        }
        let details = json!({ "credit_minor": credit_minor, "reason": p.review_reason });
        let entry = meta.audit(Some(who.user_id), "admin.payment.reviewed", ("payment", p.id.to_string()), details);
        crate::audit_alone(&self.db, &entry, now).await?;
        self.payment(who, id).await
    }

    /// An admin dealt with a settled payment's flag (a wallet adjustment, a refund at the
    /// gateway, or nothing to do): the flag goes. Audited with what it said.
    pub async fn mark_handled(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<Payment, AppError> {
        admin_only(who)?;
        billing::payment(&self.db, id).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let Some(reason) = billing::clear_attention(&mut tx, id).await? else {
            return Err(AppError::WrongState { state: "not_flagged" });
        };
        let details = json!({ "reason": reason });
        let entry = meta.audit(Some(who.user_id), "admin.payment.handled", ("payment", id.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        self.payment(who, id).await
    }

    /// What the gateway last said about `p` (its id of the money keys an admin's credit).
    async fn last_observation(&self, p: &PaymentRow) -> Result<Observation, AppError> {
        let last = billing::checks_of(&self.db, p.id).await?.into_iter().rev().find_map(|c| c.gateway_payment_id);
        Ok(Observation {
            gateway_payment_id: last.or_else(|| p.external_ref.clone()).unwrap_or_else(|| p.gateway_ref.clone()),
            order_id: Some(p.id.to_string()),
            status: p.gateway_status.clone().unwrap_or_default(),
            state: PaymentState::Paid,
            amount: None,
            parent_payment_id: None,
            needs_completion: false,
            refunded: None,
        })
    }

    async fn credit_by_hand(
        &self,
        p: PaymentRow,
        gateway: GatewayId,
        received_minor: Option<i64>,
        confirmed_by: Option<Uuid>,
        meta: &RequestMeta,
    ) -> Result<Payment, AppError> {
        let amount = match received_minor {
            None => p.base_amount(),
            Some(r) if r >= 1 && r <= p.amount_minor => {
                proportion(p.base_amount(), Decimal::from(r), Decimal::from(p.amount_minor))?
            }
            Some(_) => {
                return Err(AppError::Invalid {
                    field: "received_minor",
                    reason: rms_core::account::InvalidInput::Range,
                });
            }
        };
        let o = Observation {
            gateway_payment_id: p.gateway_ref.clone(),
            order_id: Some(p.id.to_string()),
            status: String::new(),
            state: PaymentState::Paid,
            amount: None,
            parent_payment_id: None,
            needs_completion: false,
            refunded: None,
        };
        match self.credit(&p, gateway, &o, amount, confirmed_by).await? {
            Settled::Credited { .. } => {}
            _ if p.status == PaymentStatus::Paid => return Err(AppError::WrongState { state: "credited" }),
            _ => return Err(AppError::WrongState { state: "not_pending" }),
        }
        if confirmed_by.is_some() {
            let details = json!({ "received_minor": received_minor, "credited_minor": amount });
            let entry = meta.audit(confirmed_by, "admin.payment.confirmed", ("payment", p.id.to_string()), details);
            crate::audit_alone(&self.db, &entry, self.clock.now()).await?;
        }
        Payment::from_row(billing::payment(&self.db, p.id).await?.ok_or(AppError::NotFound)?)
    }

    /// A payment's webhooks and read-backs (admins).
    pub async fn history(&self, who: &Principal, id: Uuid) -> Result<(Vec<EventView>, Vec<CheckView>), AppError> {
        admin_only(who)?;
        let events = billing::events_of(&self.db, id)
            .await?
            .into_iter()
            .map(|e| EventView {
                event_id: e.event_id,
                kind: e.kind,
                received_at: e.received_at,
                outcome: e.outcome,
                body: String::from_utf8_lossy(&e.body).into_owned(),
            })
            .collect();
        let checks = billing::checks_of(&self.db, id)
            .await?
            .into_iter()
            .map(|c| CheckView {
                source: c.source,
                gateway_status: c.gateway_status,
                state: c.state,
                amount: c.amount.zip(c.currency).map(|(a, cur)| format!("{a} {cur}")),
                outcome: c.outcome,
                checked_at: c.checked_at,
            })
            .collect();
        Ok((events, checks))
    }

    /// Webhook events per gateway: (gateway, received, waiting to be processed, last received)
    /// (admins).
    pub async fn webhook_counts(&self, who: &Principal) -> Result<Vec<(String, i64, i64, Timestamp)>, AppError> {
        admin_only(who)?;
        Ok(billing::webhook_counts(&self.db).await?)
    }

    /// Refused webhooks and failed calls per gateway (admins).
    pub async fn failure_counts(&self, who: &Principal) -> Result<Vec<(String, String, i64, Timestamp)>, AppError> {
        admin_only(who)?;
        Ok(billing::failures(&self.db).await?)
    }
}
