//! Billing jobs: the invoice PDF, the receipt email, commission release, idempotency-key pruning, expiry of
//! abandoned top-ups, and the nightly reconciliation of the ledger.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use rms_app::idempotency::Idempotency;
use rms_app::jobs::{
    ExpirePayments, PruneIdempotencyKeys, ReceiptMail, ReconcileLedger, ReleaseCommissions, RenderInvoice,
};
use rms_app::mailings::Mailings;
use rms_app::store::Store;
use rms_app::wallet::Wallet;
use rms_core::invoice::InvoiceRenderer;
use tokio::sync::OnceCell;
use tracing::{error, info};

use super::retrying;
use crate::{Handlers, JobError, Schedule};

/// A top-up nobody completed within this long is expired.
const PAYMENT_TTL: Duration = Duration::from_secs(24 * 3600);

/// The typesetter, made on first use: reading the fonts' metadata takes a moment, and a process
/// that never renders an invoice should not pay for it.
#[derive(Clone)]
struct LazyRenderer {
    dirs: Arc<Vec<PathBuf>>,
    cell: Arc<OnceCell<Arc<dyn InvoiceRenderer>>>,
}

impl LazyRenderer {
    async fn get(&self) -> Result<Arc<dyn InvoiceRenderer>, JobError> {
        let dirs = self.dirs.clone();
        self.cell
            .get_or_try_init(|| async move {
                let fonts = tokio::task::spawn_blocking(move || rms_invoice::Fonts::load(&dirs))
                    .await
                    .map_err(JobError::retry)?
                    .map_err(JobError::retry)?;
                info!(faces = fonts.len(), "invoice fonts loaded");
                Ok(Arc::new(rms_invoice::Renderer::new(fonts)) as Arc<dyn InvoiceRenderer>)
            })
            .await
            .cloned()
    }
}

pub fn register(
    handlers: &mut Handlers,
    store: &Store,
    wallet: &Wallet,
    keys: &Idempotency,
    mailings: &Mailings,
    font_dirs: &[PathBuf],
) {
    let renderer = LazyRenderer { dirs: Arc::new(font_dirs.to_vec()), cell: Arc::default() };
    let s = store.clone();
    handlers.on(move |job: RenderInvoice, ctx| {
        let (s, renderer) = (s.clone(), renderer.clone());
        async move {
            let rendered = match renderer.get().await {
                Ok(r) => s.render_invoice(job.invoice_id, r).await.map_err(JobError::retry),
                Err(e) => Err(e),
            };
            if let Err(e) = &rendered {
                if ctx.attempt >= ctx.max_attempts {
                    // The last attempt: say so on the invoice instead of "generating" forever.
                    retrying(s.invoice_render_failed(job.invoice_id)).await?;
                }
                error!(invoice = %job.invoice_id, error = %e, "invoice PDF not rendered");
            }
            rendered
        }
    });
    let m = mailings.clone();
    handlers.on(move |job: ReceiptMail, _| {
        let m = m.clone();
        async move { retrying(m.receipt(job)).await }
    });
    let s = store.clone();
    handlers.on(move |_: ReleaseCommissions, _| {
        let s = s.clone();
        async move {
            let released = retrying(s.release_commissions()).await?;
            if released > 0 {
                info!(released, "affiliate commissions became available");
            }
            Ok(())
        }
    });
    let k = keys.clone();
    handlers.on(move |_: PruneIdempotencyKeys, _| {
        let k = k.clone();
        async move {
            retrying(k.prune()).await?;
            Ok(())
        }
    });
    let w = wallet.clone();
    handlers.on(move |_: ExpirePayments, _| {
        let w = w.clone();
        async move {
            let expired = retrying(w.expire_pending(PAYMENT_TTL)).await?;
            if expired > 0 {
                info!(expired, "expired top-ups nobody completed");
            }
            Ok(())
        }
    });
    let w = wallet.clone();
    handlers.on(move |_: ReconcileLedger, _| {
        let w = w.clone();
        async move {
            let breaches = retrying(w.reconcile()).await?;
            if breaches.is_empty() {
                info!("ledger reconciled: every invariant holds");
            } else {
                // Loud on purpose: a breach means money was created or lost somewhere.
                error!(?breaches, "LEDGER RECONCILIATION FOUND BREACHES");
            }
            Ok(())
        }
    });
}

pub fn schedules() -> Vec<Schedule> {
    vec![
        Schedule::of::<ReleaseCommissions>("billing.release_commissions", Duration::from_secs(3600)),
        Schedule::of::<PruneIdempotencyKeys>("billing.prune_idempotency_keys", Duration::from_secs(3600))
            .offset(Duration::from_secs(10 * 60)),
        Schedule::of::<ExpirePayments>("billing.expire_payments", Duration::from_secs(3600))
            .offset(Duration::from_secs(20 * 60)),
        Schedule::of::<ReconcileLedger>("billing.reconcile", Duration::from_secs(24 * 3600))
            .offset(Duration::from_secs(3 * 3600)),
    ]
}
