//! Use cases of RMS License Server. Each public method is one thing a person or program does
//! ("sign in", "rotate a refresh token"); it opens the transaction, applies the domain rules,
//! writes, records the audit event and enqueues follow-up jobs in that same transaction.
//!
//! No HTTP here (handlers call these) and no SQL (the store does).

pub mod accounts;
pub mod admin;
pub mod analytics;
pub mod api_keys;
pub mod brand;
pub mod catalog;
pub mod checkout;
pub mod dead_letters;
mod error;
pub mod failpoints;
mod hashing;
pub mod idempotency;
pub mod invitations;
pub mod jobs;
pub mod licensing;
pub mod mail;
pub mod mailings;
pub mod markdown;
pub mod names;
pub mod notifications;
pub mod payments;
pub mod profiles;
pub mod pulse;
pub mod rates;
pub mod releases;
mod services;
pub mod session_keys;
pub mod signers;
pub mod store;
pub mod telegram;
pub mod two_factor;
pub mod wallet;

pub use error::AppError;
pub use services::{Ports, Services, Settings};

/// Who is asking, for the audit log.
#[derive(Clone, Debug, Default)]
pub struct RequestMeta {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub request_id: Option<String>,
}

/// The request behind what nobody asked for over HTTP (sweeps, the operator's command line).
static UNATTENDED: RequestMeta = RequestMeta { ip: None, user_agent: None, request_id: None };

impl RequestMeta {
    /// No request: its audit entries record no address, agent or request id. `'static`, so an
    /// entry built from it can outlive the caller's locals.
    pub(crate) fn unattended() -> &'static RequestMeta {
        &UNATTENDED
    }

    /// An audit entry for `action` on `target` (type, id) by `actor`, carrying this request's
    /// address, agent and id.
    pub(crate) fn audit<'a>(
        &'a self,
        actor: Option<uuid::Uuid>,
        action: &'a str,
        target: (&'a str, String),
        details: serde_json::Value,
    ) -> rms_store::accounts::AuditEntry<'a> {
        self.audit_of(actor, action, Some(target), details)
    }

    /// [`RequestMeta::audit`] where there may be no target (a failed sign-in names nobody).
    pub(crate) fn audit_of<'a>(
        &'a self,
        actor: Option<uuid::Uuid>,
        action: &'a str,
        target: Option<(&'a str, String)>,
        details: serde_json::Value,
    ) -> rms_store::accounts::AuditEntry<'a> {
        let (target_type, target_id) = target.unzip();
        rms_store::accounts::AuditEntry {
            actor_id: actor,
            action,
            target_type,
            target_id,
            ip: self.ip.clone(),
            user_agent: self.user_agent.as_deref(),
            request_id: self.request_id.as_deref(),
            details,
        }
    }
}

/// Records an audit entry on its own (when no business transaction is open to carry it).
pub(crate) async fn audit_alone(
    db: &rms_store::Db,
    entry: &rms_store::accounts::AuditEntry<'_>,
    now: rms_core::Timestamp,
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    rms_store::accounts::audit(&mut tx, entry, now).await?;
    tx.commit().await?;
    Ok(())
}
