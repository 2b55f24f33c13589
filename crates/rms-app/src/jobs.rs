//! The job contract: every background job a use case asks for, as a typed payload with its kind.
//!
//! Producers call [`enqueue`] inside their business transaction, so the job exists exactly when
//! the change that asked for it committed. The worker registers one handler per payload type
//! (`rms_worker::Handlers::on`), by area. Kinds are stored with queued jobs: renaming one strands
//! the jobs already queued under the old name, so kinds, like problem codes, are only ever added.

use rms_core::Timestamp;
use rms_store::Tx;
use rms_store::queue::{self, NewJob};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::AppError;

/// A job's payload, its kind and how it is retried.
pub trait Job: Serialize + DeserializeOwned + Send + 'static {
    /// The stable name stored with the job.
    const KIND: &'static str;
    /// Attempts before the job is dead (emails give up sooner than bookkeeping).
    const MAX_ATTEMPTS: u32 = NewJob::DEFAULT_MAX_ATTEMPTS;

    /// Jobs with the same key are enqueued once, whatever retries happen upstream.
    fn idempotency_key(&self) -> Option<String> {
        None
    }
}

/// Enqueues `job` inside the caller's transaction.
/// Answers whether it was queued (`false`: a job with its idempotency key exists already).
pub async fn enqueue<J: Job>(tx: &mut Tx, now: Timestamp, job: &J) -> Result<bool, AppError> {
    let payload = serde_json::to_value(job).map_err(|e| AppError::Internal(format!("{} payload: {e}", J::KIND)))?;
    let mut new = NewJob::new(J::KIND, payload).max_attempts(J::MAX_ATTEMPTS);
    if let Some(key) = job.idempotency_key() {
        new = new.idempotency_key(key);
    }
    Ok(queue::enqueue(tx, now, &new).await?.is_some())
}

// Accounts.

/// Emails a fresh single-use link to verify the address of a new account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct VerifyAddress {
    pub user_id: Uuid,
}

impl Job for VerifyAddress {
    const KIND: &'static str = "email.verify_address";
    const MAX_ATTEMPTS: u32 = 8;
}

/// Tells an account's owner that someone tried to register with their address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct RegistrationAttempt {
    pub user_id: Uuid,
}

impl Job for RegistrationAttempt {
    const KIND: &'static str = "email.registration_attempt";
    const MAX_ATTEMPTS: u32 = 8;
}

/// Emails a single-use password reset link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PasswordReset {
    pub user_id: Uuid,
}

impl Job for PasswordReset {
    const KIND: &'static str = "email.password_reset";
    const MAX_ATTEMPTS: u32 = 8;
}

// Licensing.

/// Warns a license owner that one of their activations looks cloned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct CloneSuspected {
    pub user_id: Uuid,
    pub license_id: Uuid,
    pub activation_id: Option<Uuid>,
}

impl Job for CloneSuspected {
    const KIND: &'static str = "email.clone_suspected";
    const MAX_ATTEMPTS: u32 = 8;

    /// One warning per activation, however often its clone keeps calling.
    fn idempotency_key(&self) -> Option<String> {
        self.activation_id.map(|a| format!("clone:{a}"))
    }
}

/// Invites the person a sub-license was carved out for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct SubLicenseInvite {
    pub license_id: Uuid,
}

impl Job for SubLicenseInvite {
    const KIND: &'static str = "email.sub_license_invite";
    const MAX_ATTEMPTS: u32 = 8;

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("invite:{}", self.license_id))
    }
}

/// Invites the address an admin issued a license to, which has no account yet: the email
/// carries the sign-up link that proves the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct LicenseInvite {
    pub license_id: Uuid,
}

impl Job for LicenseInvite {
    const KIND: &'static str = "email.license_invite";
    const MAX_ATTEMPTS: u32 = 8;

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("license_invite:{}", self.license_id))
    }
}

/// Frees the seats of activations whose heartbeats stopped (scheduled).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct CullDeadActivations {}

impl Job for CullDeadActivations {
    const KIND: &'static str = "licensing.cull_dead";
}

/// Expires licenses past their end and warns owners of those about to end (scheduled).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ExpireLicenses {}

impl Job for ExpireLicenses {
    const KIND: &'static str = "licensing.expire";
}

// Billing.

/// Typesets an invoice's (or credit note's) PDF.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct RenderInvoice {
    pub invoice_id: Uuid,
}

impl Job for RenderInvoice {
    const KIND: &'static str = "invoice.render";

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("{}:{}", Self::KIND, self.invoice_id))
    }
}

/// Emails the buyer their receipt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ReceiptMail {
    pub invoice_id: Uuid,
}

impl Job for ReceiptMail {
    const KIND: &'static str = "email.receipt";

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("{}:{}", Self::KIND, self.invoice_id))
    }
}

/// Pays affiliates the commissions whose hold period ended (scheduled).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ReleaseCommissions {}

impl Job for ReleaseCommissions {
    const KIND: &'static str = "billing.release_commissions";
}

/// Buys the order held for a payment that was just credited (queued with the credit).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct CompleteOrder {
    pub payment_id: Uuid,
}

impl Job for CompleteOrder {
    const KIND: &'static str = "store.complete_order";
}

/// Renews licenses set to renew themselves, and reminds their owners first (scheduled).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AutoRenew {}

impl Job for AutoRenew {
    const KIND: &'static str = "billing.auto_renew";
}

/// Forgets idempotency keys past their retention (scheduled).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PruneIdempotencyKeys {}

impl Job for PruneIdempotencyKeys {
    const KIND: &'static str = "billing.prune_idempotency_keys";
}

/// Expires top-ups nobody completed (scheduled).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ExpirePayments {}

impl Job for ExpirePayments {
    const KIND: &'static str = "billing.expire_payments";
}

/// Reads a payment back from its gateway and settles it (after a webhook).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct SettlePayment {
    pub payment_id: Uuid,
    /// The stored webhook that asked for it.
    pub event_id: Option<Uuid>,
    /// The gateway's id of the money the webhook named (a capture, a NOWPayments payment).
    pub payment_hint: Option<String>,
}

impl Job for SettlePayment {
    const KIND: &'static str = "payments.settle";
    /// A gateway down for a while is retried for hours (backoff), then the cleanup reads back.
    const MAX_ATTEMPTS: u32 = 15;
}

/// Emails the payer that their top-up arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct TopUpReceipt {
    pub payment_id: Uuid,
}

impl Job for TopUpReceipt {
    const KIND: &'static str = "email.top_up_receipt";
    const MAX_ATTEMPTS: u32 = 8;

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("{}:{}", Self::KIND, self.payment_id))
    }
}

/// Emails a payer who chose a bank transfer what to transfer where (the amount, the reference
/// and the bank details of the payment's currency).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct TransferInstructions {
    pub payment_id: Uuid,
}

impl Job for TransferInstructions {
    const KIND: &'static str = "email.transfer_instructions";
    const MAX_ATTEMPTS: u32 = 8;

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("{}:{}", Self::KIND, self.payment_id))
    }
}

/// Checks every ledger invariant (scheduled, nightly).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ReconcileLedger {}

impl Job for ReconcileLedger {
    const KIND: &'static str = "billing.reconcile";
}

/// Rolls finished days up for the analytics dashboards (scheduled, hourly).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct RollUpAnalytics {}

impl Job for RollUpAnalytics {
    const KIND: &'static str = "analytics.roll_up";
}

// Releases.

/// Records who is to hear about a newly published release (the notifications issue delivers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AnnounceRelease {
    pub release_id: Uuid,
}

impl Job for AnnounceRelease {
    const KIND: &'static str = "releases.announce";

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("releases.announce:{}", self.release_id))
    }
}

/// Signs every stored file of a product with a new feed key, and fills the digests of files
/// stored before feeds existed (queued by a key rotation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct SignArtifacts {
    pub product_id: Uuid,
    pub key_id: Uuid,
}

impl Job for SignArtifacts {
    const KIND: &'static str = "releases.sign_artifacts";

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("releases.sign_artifacts:{}", self.key_id))
    }
}

/// Tells the admins' Telegram chat that something needs them (`kind`: `payment_review`,
/// `clone_suspected`, `reconciliation`, `job_dead`; `args` fill its message). `dedupe` keeps an
/// alert about one thing to one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AdminAlert {
    pub kind: String,
    pub args: std::collections::BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dedupe: Option<String>,
}

impl Job for AdminAlert {
    const KIND: &'static str = "telegram.admin_alert";

    fn idempotency_key(&self) -> Option<String> {
        self.dedupe.as_ref().map(|d| format!("{}:{d}", Self::KIND))
    }
}

/// An admin's announcement (`marketing`), told to everyone who chose to hear them (or, with a
/// product, those of them holding a license of it), in batches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Announce {
    pub id: Uuid,
    pub headline: String,
    pub text: String,
    pub product_id: Option<Uuid>,
}

impl Job for Announce {
    const KIND: &'static str = "notifications.announce";

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("notifications.announce:{}", self.id))
    }
}

/// Alerts the admins of jobs that died lately (scheduled, every minute).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct AlertDeadJobs {}

impl Job for AlertDeadJobs {
    const KIND: &'static str = "jobs.alert_dead";
}

/// Asks Telegram for the bot's new messages when they do not come by webhook (scheduled, every
/// few seconds; nothing to do without a bot in polling mode).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct PollTelegram {}

impl Job for PollTelegram {
    const KIND: &'static str = "telegram.poll";
}

/// Deletes stored files no release names any more (a replaced draft upload, an upload whose
/// release went away), a day after they were stored (scheduled, daily).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct CollectArtifacts {}

impl Job for CollectArtifacts {
    const KIND: &'static str = "releases.collect_artifacts";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Queued jobs outlive a release: the kinds and payload shapes already in databases must
    /// keep decoding after a refactor.
    #[test]
    fn kinds_and_payloads_keep_the_shapes_already_queued() {
        let id = Uuid::nil();
        let cases: [(&str, serde_json::Value); 5] = [
            (VerifyAddress::KIND, serde_json::to_value(VerifyAddress { user_id: id }).unwrap()),
            (RenderInvoice::KIND, serde_json::to_value(RenderInvoice { invoice_id: id }).unwrap()),
            (SubLicenseInvite::KIND, serde_json::to_value(SubLicenseInvite { license_id: id }).unwrap()),
            (
                CloneSuspected::KIND,
                serde_json::to_value(CloneSuspected { user_id: id, license_id: id, activation_id: Some(id) }).unwrap(),
            ),
            (CullDeadActivations::KIND, serde_json::to_value(CullDeadActivations {}).unwrap()),
        ];
        assert_eq!(cases[0], ("email.verify_address", serde_json::json!({ "user_id": id })));
        assert_eq!(cases[1], ("invoice.render", serde_json::json!({ "invoice_id": id })));
        assert_eq!(cases[2], ("email.sub_license_invite", serde_json::json!({ "license_id": id })));
        assert_eq!(
            cases[3],
            ("email.clone_suspected", serde_json::json!({ "user_id": id, "license_id": id, "activation_id": id }))
        );
        // Schedules enqueue `{}`: the scheduled jobs' payloads decode from it.
        assert_eq!(cases[4], ("licensing.cull_dead", serde_json::json!({})));
        let _: ExpireLicenses = serde_json::from_value(serde_json::json!({})).unwrap();
    }

    #[test]
    fn retried_jobs_are_enqueued_once() {
        let id = Uuid::nil();
        assert_eq!(RenderInvoice { invoice_id: id }.idempotency_key().unwrap(), format!("invoice.render:{id}"));
        assert_eq!(ReceiptMail { invoice_id: id }.idempotency_key().unwrap(), format!("email.receipt:{id}"));
        assert_eq!(CloneSuspected { user_id: id, license_id: id, activation_id: None }.idempotency_key(), None);
        assert_eq!(VerifyAddress { user_id: id }.idempotency_key(), None);
    }
}
