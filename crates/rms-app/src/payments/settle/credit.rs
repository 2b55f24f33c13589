//! The money moves: a payment credited to the wallet once (keyed by the gateway's id of the
//! money), and refunds and partial refunds taken back from it without overdrawing it.

use rms_core::Timestamp;
use rms_core::billing::PaymentStatus;
use rms_payments::{Flow, GatewayAmount, GatewayId, Observation};
use rms_store::accounts as users;
use rms_store::billing::{self, PaymentRow, Settlement};
use rms_store::ledger::{self, NewTxn, Posting};
use serde_json::json;
use uuid::Uuid;

use super::{Payments, Settled, proportion};
use crate::wallet::{clearing_account, wallet_account, wallet_name};
use crate::{AppError, RequestMeta};

impl Payments {
    /// Credits `amount_minor` (base currency) for `p` once: the ledger's external key is the
    /// gateway's id of the money, and the pending → paid update refuses a second credit. The
    /// receipt is queued in the same transaction.
    pub(crate) async fn credit(
        &self,
        p: &PaymentRow,
        gateway: GatewayId,
        o: &Observation,
        amount_minor: i64,
        confirmed_by: Option<Uuid>,
    ) -> Result<Settled, AppError> {
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let Some(current) = billing::payment_for_update(&mut tx, p.id).await? else { return Err(AppError::NotFound) };
        // Money that arrived late is credited even after the payment expired or failed, when a
        // gateway says so or an admin confirms a transfer; our own pages never pay an ended one.
        let hosted = gateway.flow() == Flow::Hosted;
        let confirmed = gateway.awaits_admin() && confirmed_by.is_some();
        let late = (hosted || confirmed) && matches!(current.status, PaymentStatus::Expired | PaymentStatus::Failed);
        if !(matches!(current.status, PaymentStatus::Pending | PaymentStatus::Review) || late) {
            drop(tx);
            // Paid already: other money (a second payment on the order: the payer paid twice, or
            // the gateway replaced the transaction), or more than was credited (the rest of a
            // partial payment credited its share), is not dropped silently. Decided here, under
            // the payment's lock, so a second worker settling the other payment sees it too.
            let credited = current.credited_minor.unwrap_or(current.base_amount());
            let other = current.gateway_payment_id.as_deref().is_some_and(|id| id != o.gateway_payment_id);
            if current.status == PaymentStatus::Paid && hosted && confirmed_by.is_none() {
                if other {
                    return self
                        .flag(&current, "second_payment", &format!("second_payment:{}", o.gateway_payment_id), now)
                        .await;
                }
                if credited < amount_minor {
                    let key = format!("more_paid:{}:{amount_minor}", o.gateway_payment_id);
                    return self.flag(&current, "more_paid", &key, now).await;
                }
            }
            return Ok(Settled::AlreadySettled);
        }
        if hosted && o.gateway_payment_id.trim().is_empty() {
            // Without the gateway's id of the money the credit has no key to stay unique by.
            drop(tx);
            return self.to_review(p, "missing_payment_id", o, now).await;
        }
        let base = self.base();
        let wallet = wallet_account(&mut tx, p.user_id, base, now).await?;
        let clearing = clearing_account(&mut tx, gateway.as_str(), base, now).await?;
        // Hosted money is keyed by the gateway's id of it; our own flows by our reference.
        let key = match gateway.flow() {
            Flow::Hosted => format!("{gateway}:{}", o.gateway_payment_id),
            _ => format!("{gateway}:{}", p.gateway_ref),
        };
        let txn = NewTxn::new("top_up")
            .user(p.user_id)
            .reference(p.id)
            .external_key(key)
            .memo(gateway.as_str())
            .actor(confirmed_by);
        match ledger::post(&mut tx, &txn, &[(clearing, -amount_minor), (wallet, amount_minor)], now).await? {
            Posting::Posted => {}
            Posting::Duplicate => return Ok(Settled::AlreadySettled),
            Posting::Overdraft(_) => return Err(AppError::Internal("a credit overdrew an account".into())),
        }
        crate::failpoints::point("credit.posted");
        let settlement = Settlement {
            txn: txn.id,
            confirmed_by,
            credited_minor: amount_minor,
            gateway_payment_id: hosted.then_some(o.gateway_payment_id.as_str()),
            gateway_status: (!o.status.is_empty()).then_some(o.status.as_str()),
        };
        if !billing::mark_paid(&mut tx, p.id, &settlement, now).await? {
            return Ok(Settled::AlreadySettled);
        }
        let details = json!({ "gateway": gateway, "amount_minor": p.amount_minor, "currency": p.currency,
            "credited_minor": amount_minor, "gateway_payment_id": o.gateway_payment_id, "user": p.user_id });
        let meta = RequestMeta::default();
        let entry =
            meta.audit(confirmed_by.or(Some(p.user_id)), "wallet.topped_up", ("payment", p.id.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        // The receipt: what they paid (in the payment's currency), through which gateway, and
        // what the wallet received (in its own).
        let data = json!({ "amount_minor": amount_minor, "currency": base.as_str(), "paid_minor": p.amount_minor,
            "paid_currency": p.currency, "reference": p.gateway_ref, "gateway": gateway, "link": "/wallet" });
        let kind = if confirmed_by.is_some() {
            rms_core::notifications::NotificationKind::TransferConfirmed
        } else {
            rms_core::notifications::NotificationKind::TopUpCredited
        };
        let dedupe = Some(format!("top_up:{}", p.id));
        crate::notifications::record(&mut tx, now, p.user_id, kind, data, dedupe).await?;
        // An order waiting for this money is bought next (a no-op for a plain top-up).
        crate::jobs::enqueue(&mut tx, now, &crate::jobs::CompleteOrder { payment_id: p.id }).await?;
        crate::failpoints::point("credit.paid");
        tx.commit().await?;
        crate::failpoints::point("credit.committed");
        Ok(Settled::Credited { credited_minor: amount_minor })
    }

    /// The gateway took paid money back: the credit is reversed from the wallet; if the payer
    /// spent it already, the payment waits for an admin instead of overdrawing the wallet.
    pub(super) async fn refund(&self, p: &PaymentRow, o: &Observation, now: Timestamp) -> Result<Settled, AppError> {
        let mut tx = self.db.begin().await?;
        let Some(current) = billing::payment_for_update(&mut tx, p.id).await? else { return Err(AppError::NotFound) };
        match current.status {
            // A refund an admin was asked to settle by hand (it came when the money was spent)
            // is theirs now: taking it from the wallet later would take it twice.
            PaymentStatus::Paid
                if current.attention_key.as_deref()
                    == Some(format!("refund_after_spend:{}", o.gateway_payment_id).as_str()) =>
            {
                return Ok(Settled::AlreadySettled);
            }
            PaymentStatus::Paid => {}
            PaymentStatus::Pending | PaymentStatus::Review => {
                // The money came and went before we credited it: nothing to take back.
                billing::mark_unpaid(&mut tx, p.id, PaymentStatus::Failed, Some(&o.status), now).await?;
                tx.commit().await?;
                return Ok(Settled::Failed);
            }
            _ => return Ok(Settled::AlreadySettled),
        }
        let base = self.base();
        let wallet = wallet_account(&mut tx, p.user_id, base, now).await?;
        let clearing = clearing_account(&mut tx, &p.gateway, base, now).await?;
        // What partial refunds took back already is not taken twice.
        let credited = current.credited_minor.unwrap_or(current.base_amount());
        let due = credited - ledger::taken_back(&mut tx, &p.id.to_string(), &wallet).await?;
        if due <= 0 {
            billing::mark_refunded(&mut tx, p.id, Some(&o.status), now).await?;
            tx.commit().await?;
            return Ok(Settled::Refunded);
        }
        // A refund moving money out of the wallet, back through the gateway's clearing account.
        let memo = format!("{} refund", p.gateway);
        let txn = NewTxn::new("refund")
            .user(p.user_id)
            .reference(p.id)
            .external_key(format!("{}:refund:{}", p.gateway, o.gateway_payment_id))
            .memo(&memo);
        match ledger::post(&mut tx, &txn, &[(wallet, -due), (clearing, due)], now).await? {
            Posting::Posted => {
                billing::mark_refunded(&mut tx, p.id, Some(&o.status), now).await?;
                tx.commit().await?;
                Ok(Settled::Refunded)
            }
            Posting::Duplicate => Ok(Settled::AlreadySettled),
            Posting::Overdraft(_) => {
                drop(tx);
                let balance = ledger::balance(&self.db, &wallet_name(p.user_id)).await?.unwrap_or(0);
                // The wallet never goes below zero: the payment stays paid, and the gateway page
                // counts it for an admin to settle with a wallet adjustment.
                tracing::warn!(payment = %p.id, balance, due, "refunded top-up already spent: needs an admin");
                self.flag(p, "refund_after_spend", &format!("refund_after_spend:{}", o.gateway_payment_id), now).await
            }
        }
    }

    /// Part of a paid payment went back to the payer at the gateway (a partial refund): the
    /// wallet gives back the same share of its credit. Each refunded total is taken back once
    /// (keyed by it), and only what earlier partial refunds did not take already.
    pub(super) async fn take_back(
        &self,
        p: &PaymentRow,
        o: &Observation,
        ordered: &GatewayAmount,
        refunded: &GatewayAmount,
    ) -> Result<Settled, AppError> {
        let now = self.clock.now();
        if !refunded.currency.eq_ignore_ascii_case(&ordered.currency) || refunded.amount > ordered.amount {
            tracing::warn!(payment = %p.id, %refunded, %ordered, "a partial refund we cannot apply: needs an admin");
            billing::count_failure(&self.db, &p.gateway, "refund_mismatch", now).await?;
            return Ok(Settled::AlreadySettled);
        }
        let mut tx = self.db.begin().await?;
        let Some(current) = billing::payment_for_update(&mut tx, p.id).await? else { return Err(AppError::NotFound) };
        let key = format!("refund_after_spend:{}:{}", o.gateway_payment_id, refunded.amount.normalize());
        if current.status != PaymentStatus::Paid || current.attention_key.as_deref() == Some(key.as_str()) {
            // Not paid, or this refund was handed to an admin already (see `refund`).
            return Ok(Settled::AlreadySettled);
        }
        let base = self.base();
        let wallet = wallet_account(&mut tx, p.user_id, base, now).await?;
        let clearing = clearing_account(&mut tx, &p.gateway, base, now).await?;
        let credited = current.credited_minor.unwrap_or(current.base_amount());
        let owed = proportion(credited, refunded.amount, ordered.amount)?.min(credited);
        let due = owed - ledger::taken_back(&mut tx, &p.id.to_string(), &wallet).await?;
        if due <= 0 {
            return Ok(Settled::AlreadySettled);
        }
        let memo = format!("{} partial refund", p.gateway);
        let txn = NewTxn::new("refund")
            .user(p.user_id)
            .reference(p.id)
            .external_key(format!("{}:refund:{}:{}", p.gateway, o.gateway_payment_id, refunded.amount.normalize()))
            .memo(&memo);
        match ledger::post(&mut tx, &txn, &[(wallet, -due), (clearing, due)], now).await? {
            Posting::Posted => {
                billing::set_gateway_status_tx(&mut tx, p.id, &o.status, now).await?;
                tx.commit().await?;
                Ok(Settled::PartlyRefunded { taken_back_minor: due })
            }
            Posting::Duplicate => Ok(Settled::AlreadySettled),
            Posting::Overdraft(_) => {
                drop(tx);
                tracing::warn!(payment = %p.id, due, "partly refunded top-up already spent: needs an admin");
                self.flag(p, "refund_after_spend", &key, now).await
            }
        }
    }
}
