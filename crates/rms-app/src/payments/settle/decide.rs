//! What a read-back means: wait, fail, credit (in full or the share a partial payment allows),
//! or hold the payment for an admin when the money does not match the order.

use rms_core::Timestamp;
use rms_core::billing::PaymentStatus;
use rms_payments::{GatewayAmount, GatewayId, Observation, PaymentState};
use rms_store::billing::{self, PaymentRow};

use super::{Payments, Settled, proportion};
use crate::AppError;
use crate::jobs;
use crate::payments::PartialPolicy;

impl Payments {
    /// What the read-back means for the payment.
    pub(super) async fn decide(
        &self,
        p: &PaymentRow,
        gateway: GatewayId,
        o: &Observation,
    ) -> Result<Settled, AppError> {
        let now = self.clock.now();
        let digits = rms_core::Currency::parse(&p.currency).map(|c| u32::from(c.minor_digits())).unwrap_or(2);
        let ordered = GatewayAmount::from_minor(p.amount_minor, digits, &p.currency);
        if o.order_id.as_deref().is_some_and(|id| id != p.id.to_string()) {
            return self.to_review(p, "order_mismatch", o, now).await;
        }
        if o.parent_payment_id.is_some() {
            // A re-deposit to a used address: its own money, never this order's again.
            return self.to_review(p, "re_deposit", o, now).await;
        }
        match o.state {
            PaymentState::Pending => {
                billing::set_gateway_status(&self.db, p.id, &o.status, now).await?;
                Ok(Settled::Waiting)
            }
            PaymentState::Paid => {
                let settled = match &o.amount {
                    Some(paid) if paid.same_as(&ordered) => self.credit(p, gateway, o, p.base_amount(), None).await?,
                    Some(paid) if !paid.currency.eq_ignore_ascii_case(&ordered.currency) => {
                        self.to_review(p, "currency_mismatch", o, now).await?
                    }
                    _ => self.to_review(p, "amount_mismatch", o, now).await?,
                };
                match &o.refunded {
                    Some(refunded) if matches!(settled, Settled::Credited { .. } | Settled::AlreadySettled) => {
                        self.take_back(p, o, &ordered, refunded).await
                    }
                    _ => Ok(settled),
                }
            }
            PaymentState::PartiallyPaid => {
                let policy = self.config(gateway).await?.options.partial;
                match &o.amount {
                    Some(paid)
                        if policy == PartialPolicy::Credit
                            && paid.currency.eq_ignore_ascii_case(&ordered.currency)
                            && paid.amount < ordered.amount =>
                    {
                        let share = proportion(p.base_amount(), paid.amount, ordered.amount)?;
                        if share < 1 {
                            return self.to_review(p, "partial_payment", o, now).await;
                        }
                        self.credit(p, gateway, o, share, None).await
                    }
                    _ => self.to_review(p, "partial_payment", o, now).await,
                }
            }
            PaymentState::Held => self.to_review(p, "held_by_gateway", o, now).await,
            // Only a payment still waiting fails; one in review waits for its admin.
            PaymentState::Failed if p.status != PaymentStatus::Pending => Ok(Settled::AlreadySettled),
            PaymentState::Failed => {
                let mut tx = self.db.begin().await?;
                let changed = billing::mark_unpaid(&mut tx, p.id, PaymentStatus::Failed, Some(&o.status), now).await?;
                tx.commit().await?;
                Ok(if changed { Settled::Failed } else { Settled::AlreadySettled })
            }
            PaymentState::Refunded => self.refund(p, o, now).await,
        }
    }

    pub(super) async fn to_review(
        &self,
        p: &PaymentRow,
        reason: &str,
        o: &Observation,
        now: Timestamp,
    ) -> Result<Settled, AppError> {
        if p.status == PaymentStatus::Paid {
            // The money already credited, seen again (an admin credited what arrived after a
            // review, say): nothing new.
            let same_money = p.gateway_payment_id.as_deref() == Some(o.gateway_payment_id.as_str());
            if same_money && matches!(reason, "amount_mismatch" | "currency_mismatch" | "partial_payment") {
                return Ok(Settled::AlreadySettled);
            }
            // New money on a payment already credited cannot be credited by approving it: the
            // payment keeps its status and waits for an admin beside it.
            return self.flag(p, reason, &format!("{reason}:{}", o.gateway_payment_id), now).await;
        }
        if p.status == PaymentStatus::Review {
            return Ok(Settled::AlreadySettled);
        }
        let mut tx = self.db.begin().await?;
        let moved = billing::mark_review(&mut tx, p.id, reason, Some(&o.status), now).await?;
        if moved {
            let args = [("payment".to_owned(), p.id.to_string()), ("reason".to_owned(), reason.to_owned())];
            let alert = jobs::AdminAlert { kind: "payment_review".into(), args: args.into(), dedupe: None };
            jobs::enqueue(&mut tx, now, &alert).await?;
            // The payer hears that their money is waiting for a person, not lost.
            let data = serde_json::json!({ "amount_minor": p.amount_minor, "currency": p.currency,
                "link": "/wallet" });
            let kind = rms_core::notifications::NotificationKind::PaymentAttention;
            let dedupe = Some(format!("payment_attention:{}", p.id));
            crate::notifications::record(&mut tx, now, p.user_id, kind, data, dedupe).await?;
        }
        tx.commit().await?;
        if !moved {
            return Ok(Settled::AlreadySettled);
        }
        tracing::warn!(payment = %p.id, reason, status = %o.status, "payment held for an admin's review");
        Ok(Settled::Review { reason: reason.to_owned() })
    }

    /// Flags settled payment `p` for an admin because of gateway event `key`, once per event:
    /// the admins' alert and the gateway page's failure count go with the first time only.
    pub(super) async fn flag(
        &self,
        p: &PaymentRow,
        reason: &str,
        key: &str,
        now: Timestamp,
    ) -> Result<Settled, AppError> {
        let mut tx = self.db.begin().await?;
        if !billing::flag_attention(&mut tx, p.id, reason, key, now).await? {
            return Ok(Settled::AlreadySettled);
        }
        let args = [("payment".to_owned(), p.id.to_string()), ("reason".to_owned(), reason.to_owned())];
        let dedupe = Some(format!("attention:{}:{key}", p.id));
        jobs::enqueue(&mut tx, now, &jobs::AdminAlert { kind: "payment_review".into(), args: args.into(), dedupe })
            .await?;
        tx.commit().await?;
        billing::count_failure(&self.db, &p.gateway, reason, now).await?;
        tracing::warn!(payment = %p.id, reason, key, "settled payment flagged for an admin");
        Ok(Settled::Review { reason: reason.to_owned() })
    }
}
