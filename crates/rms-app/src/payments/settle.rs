//! Settling payments. A webhook is stored raw and answered as soon as it is durable; a job then
//! reads the payment back from the gateway and only the read-back decides: credit once (keyed by
//! the gateway's id of the money), fail, wait, or hold for an admin when the money does not
//! match the order. The payer's return, the cleanup of abandoned payments and an admin's
//! re-check go through the same settlement.

use rms_core::Timestamp;
use rms_core::billing::PaymentStatus;
use rms_payments::{Flow, GatewayId, Observation};
use rms_store::billing::{self, PaymentCheckRow, PaymentRow};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use uuid::Uuid;

use super::{Payment, Payments};
use crate::AppError;
use crate::accounts::{Principal, admin_only};
use crate::jobs::SettlePayment;

mod credit;
mod decide;
mod webhook;

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
