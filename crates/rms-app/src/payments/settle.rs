//! Settling payments. A webhook is stored raw and answered as soon as it is durable; a job then
//! reads the payment back from the gateway and only the read-back decides: credit once (keyed by
//! the gateway's id of the money), fail, wait, or hold for an admin when the money does not
//! match the order. The payer's return, the cleanup of abandoned payments and an admin's
//! re-check go through the same settlement.

use rms_core::Timestamp;
use rms_core::billing::PaymentStatus;
use rms_payments::{Flow, GatewayAmount, GatewayId, Headers, Observation, PaymentState, Refused};
use rms_store::accounts as users;
use rms_store::billing::{self, PaymentCheckRow, PaymentEventRow, PaymentRow, Settlement};
use rms_store::ledger::{self, NewTxn, Posting};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::json;
use uuid::Uuid;

use super::{PartialPolicy, Payment, Payments};
use crate::accounts::{Principal, admin_only};
use crate::jobs::{self, SettlePayment};
use crate::wallet::{clearing_account, wallet_account, wallet_name};
use crate::{AppError, RequestMeta};

/// What the webhook endpoint answers once the event is durable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebhookAck {
    /// Stored and queued for settlement.
    Accepted,
    /// Delivered before: nothing new.
    Duplicate,
    /// Verified but about nothing we sold (another resource, an unknown order): stored only.
    Ignored,
}

/// How one settlement ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Settled {
    Credited {
        credited_minor: i64,
    },
    AlreadySettled,
    Waiting,
    Failed,
    Review {
        reason: String,
    },
    Refunded,
    /// Part of the money went back: this much was taken back from the wallet now.
    PartlyRefunded {
        taken_back_minor: i64,
    },
}

impl Settled {
    fn outcome(&self) -> String {
        match self {
            Settled::Credited { credited_minor } => format!("credited {credited_minor}"),
            Settled::AlreadySettled => "already settled".into(),
            Settled::Waiting => "waiting".into(),
            Settled::Failed => "failed".into(),
            Settled::Review { reason } => format!("review: {reason}"),
            Settled::Refunded => "refunded".into(),
            Settled::PartlyRefunded { taken_back_minor } => format!("refunded in part: {taken_back_minor}"),
        }
    }
}

/// A stored webhook as the admin pages show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventView {
    pub event_id: String,
    pub kind: String,
    pub received_at: Timestamp,
    pub outcome: Option<String>,
    pub body: String,
}

/// One read-back as the admin pages show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckView {
    pub source: String,
    pub gateway_status: String,
    pub state: String,
    pub amount: Option<String>,
    pub outcome: String,
    pub checked_at: Timestamp,
}

/// Why a settlement runs: recorded with each read-back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    Webhook,
    Return,
    Cleanup,
    Admin,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::Webhook => "webhook",
            Source::Return => "return",
            Source::Cleanup => "cleanup",
            Source::Admin => "admin",
        }
    }
}

impl Payments {
    /// Takes a webhook: checks it over its raw bytes, stores it once (unique per gateway event)
    /// and queues its settlement in the same transaction. A refused one changes nothing but a
    /// counter.
    pub async fn receive_webhook(&self, gateway: &str, headers: Headers, body: &[u8]) -> Result<WebhookAck, AppError> {
        let gateway = GatewayId::parse(gateway).filter(|g| g.flow() == Flow::Hosted).ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let Some(client) = self.config(gateway).await?.client else {
            billing::count_failure(&self.db, gateway.as_str(), "unverifiable", now).await?;
            return Err(AppError::WebhookRefused);
        };
        let verified = match client.verify(&headers, body).await {
            Ok(v) => v,
            Err(Refused::Unavailable(detail)) => {
                tracing::warn!(gateway = gateway.as_str(), %detail, "webhook could not be checked now");
                billing::count_failure(&self.db, gateway.as_str(), "unavailable", now).await?;
                return Err(AppError::GatewayUnavailable);
            }
            Err(refused) => {
                let kind = if matches!(refused, Refused::BadSignature(_)) { "bad_signature" } else { "unverifiable" };
                tracing::warn!(gateway = gateway.as_str(), reason = %refused, "webhook refused");
                billing::count_failure(&self.db, gateway.as_str(), kind, now).await?;
                return Err(AppError::WebhookRefused);
            }
        };
        let payment = match &verified.observation {
            Some(o) => self.payment_of(gateway, o).await?,
            None => None,
        };
        let header_map: serde_json::Map<String, serde_json::Value> =
            headers.iter().map(|(k, v)| (k.to_ascii_lowercase(), json!(v))).collect();
        let event = PaymentEventRow {
            id: Uuid::now_v7(),
            gateway: gateway.as_str().to_owned(),
            event_id: verified.event_id.clone(),
            kind: verified.kind.clone(),
            payment_id: payment.as_ref().map(|p| p.id),
            headers: serde_json::Value::Object(header_map).to_string(),
            body: body.to_vec(),
            received_at: now,
            processed_at: payment.is_none().then_some(now),
            outcome: payment.is_none().then(|| "no matching payment".to_owned()),
        };
        let mut tx = self.db.begin().await?;
        if !billing::insert_event(&mut tx, &event).await? {
            return Ok(WebhookAck::Duplicate);
        }
        let Some(payment) = payment else {
            tx.commit().await?;
            return Ok(WebhookAck::Ignored);
        };
        let hint = verified.observation.as_ref().map(|o| o.gateway_payment_id.clone());
        let job = SettlePayment { payment_id: payment.id, event_id: Some(event.id), payment_hint: hint };
        jobs::enqueue(&mut tx, now, &job).await?;
        crate::failpoints::point("webhook.stored");
        tx.commit().await?;
        crate::failpoints::point("webhook.committed");
        Ok(WebhookAck::Accepted)
    }

    /// The payment an observation is about: by our order id, else by the gateway's ids.
    async fn payment_of(&self, gateway: GatewayId, o: &Observation) -> Result<Option<PaymentRow>, AppError> {
        let by_order = match o.order_id.as_deref().and_then(|id| Uuid::parse_str(id).ok()) {
            Some(id) => billing::payment(&self.db, id).await?,
            None => None,
        };
        let found = match by_order {
            Some(p) => Some(p),
            None => match billing::payment_by_gateway_payment(&self.db, gateway.as_str(), &o.gateway_payment_id).await?
            {
                Some(p) => Some(p),
                None => billing::payment_by_external(&self.db, gateway.as_str(), &o.gateway_payment_id).await?,
            },
        };
        Ok(found.filter(|p| p.gateway == gateway.as_str()))
    }

    /// The settlement job: reads the payment back and settles it. A gateway that cannot be
    /// reached fails the job, which the worker retries with backoff.
    pub async fn settle_job(&self, job: SettlePayment) -> Result<(), AppError> {
        let Some(payment) = billing::payment(&self.db, job.payment_id).await? else { return Ok(()) };
        let outcome = self.settle(payment, Source::Webhook, job.payment_hint.as_deref()).await;
        if let Some(event) = job.event_id {
            let text = match &outcome {
                Ok(settled) => settled.outcome(),
                Err(e) => format!("error: {e}"),
            };
            billing::event_processed(&self.db, event, Some(job.payment_id), &text, self.clock.now()).await?;
        }
        outcome.map(|_| ())
    }

    /// The payer came back from the gateway: finish the payment there (PayPal captures) and
    /// settle it. Answers the payment as it stands.
    pub async fn returned(&self, who: &Principal, id: Uuid) -> Result<Payment, AppError> {
        let p = billing::payment(&self.db, id).await?.ok_or(AppError::NotFound)?;
        if p.user_id != who.user_id {
            return Err(AppError::NotFound);
        }
        let hosted = GatewayId::parse(&p.gateway).is_some_and(|g| g.flow() == Flow::Hosted);
        if hosted && p.status == PaymentStatus::Pending && p.external_ref.is_some() {
            // A gateway that is down now still settles later through its webhook or the cleanup.
            if let Err(e) = self.settle(p, Source::Return, None).await {
                tracing::info!(payment = %id, error = %e, "settling on return failed; the webhook or cleanup will");
            }
        }
        self.payment(who, id).await
    }

    /// An admin re-checks a payment with its gateway now.
    pub async fn recheck(&self, who: &Principal, id: Uuid) -> Result<Payment, AppError> {
        admin_only(who)?;
        let p = billing::payment(&self.db, id).await?.ok_or(AppError::NotFound)?;
        self.settle(p, Source::Admin, None).await?;
        self.payment(who, id).await
    }

    /// Reads `p` back and settles it.
    pub(crate) async fn settle(&self, p: PaymentRow, source: Source, hint: Option<&str>) -> Result<Settled, AppError> {
        // Expired and failed payments are read back too: money that arrives late is still the
        // payer's (the ledger's unique key keeps it to one credit).
        if p.status == PaymentStatus::Refunded {
            return Ok(Settled::AlreadySettled);
        }
        let gateway =
            GatewayId::parse(&p.gateway).ok_or_else(|| AppError::Internal(format!("gateway {}", p.gateway)))?;
        let (Some(client), Some(external)) = (self.config(gateway).await?.client, p.external_ref.clone()) else {
            return Ok(Settled::Waiting);
        };
        let now = self.clock.now();
        let observed = match source {
            Source::Return => client.complete(&external).await,
            _ => match client.read_back(&external, hint).await {
                // Approved but not finished (the payer never came back to us): finish it now.
                Ok(o) if o.needs_completion => client.complete(&external).await,
                other => other,
            },
        };
        let observed = match observed {
            Ok(o) => o,
            Err(e) => {
                billing::count_failure(&self.db, gateway.as_str(), "read_back", now).await?;
                self.record_check(&p, source, None, &format!("error: {e}"), now).await?;
                tracing::warn!(payment = %p.id, error = %e, "reading a payment back failed");
                return Err(AppError::GatewayUnavailable);
            }
        };
        let settled = self.decide(&p, gateway, &observed).await?;
        self.record_check(&p, source, Some(&observed), &settled.outcome(), now).await?;
        Ok(settled)
    }

    async fn record_check(
        &self,
        p: &PaymentRow,
        source: Source,
        o: Option<&Observation>,
        outcome: &str,
        now: Timestamp,
    ) -> Result<(), AppError> {
        let row = PaymentCheckRow {
            id: Uuid::now_v7(),
            payment_id: p.id,
            source: source.as_str().to_owned(),
            gateway_status: o.map_or_else(String::new, |o| o.status.clone()),
            state: o.map_or("unknown", |o| o.state.as_str()).to_owned(),
            amount: o.and_then(|o| o.amount.as_ref()).map(|a| a.amount.to_string()),
            currency: o.and_then(|o| o.amount.as_ref()).map(|a| a.currency.clone()),
            gateway_payment_id: o.map(|o| o.gateway_payment_id.clone()),
            outcome: outcome.to_owned(),
            checked_at: now,
        };
        billing::insert_check(&self.db, &row).await?;
        Ok(())
    }

    /// What the read-back means for the payment.
    async fn decide(&self, p: &PaymentRow, gateway: GatewayId, o: &Observation) -> Result<Settled, AppError> {
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

    async fn to_review(
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
    async fn flag(&self, p: &PaymentRow, reason: &str, key: &str, now: Timestamp) -> Result<Settled, AppError> {
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
    async fn refund(&self, p: &PaymentRow, o: &Observation, now: Timestamp) -> Result<Settled, AppError> {
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
    async fn take_back(
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

    /// Pending payments older than `ttl`: hosted ones are read back once (and settle if they
    /// were paid after all), the rest expire. Answers how many expired.
    pub async fn expire_pending(&self, ttl: std::time::Duration) -> Result<u64, AppError> {
        let now = self.clock.now();
        let mut expired = 0;
        // One batch per run (the job is hourly): a payment that stays pending is not read back
        // again and again within one run.
        for p in billing::stale_payments(&self.db, now.minus(ttl), 500).await? {
            let Some(gateway) = GatewayId::parse(&p.gateway) else { continue };
            match gateway.flow() {
                // Expiry frees the payer's slots; an admin can still confirm a transfer that
                // arrives later.
                Flow::BankTransfer | Flow::LocalPage => {}
                Flow::Hosted => match self.settle(p.clone(), Source::Cleanup, None).await {
                    Ok(Settled::Waiting) => {}
                    // Settled now, or the gateway cannot say: never expire what may be paid.
                    Ok(_) | Err(_) => continue,
                },
            }
            let mut tx = self.db.begin().await?;
            if billing::mark_unpaid(&mut tx, p.id, PaymentStatus::Expired, None, now).await? {
                expired += 1;
            }
            tx.commit().await?;
        }
        Ok(expired)
    }
}

/// `base_minor × part / whole`, rounded half to even once.
pub(super) fn proportion(base_minor: i64, part: Decimal, whole: Decimal) -> Result<i64, AppError> {
    if whole <= Decimal::ZERO {
        return Err(AppError::Internal("proportion of nothing".into()));
    }
    let exact = Decimal::from(base_minor) * part / whole;
    exact
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointNearestEven)
        .to_i64()
        .ok_or_else(|| AppError::Internal("proportion out of range".into()))
}
