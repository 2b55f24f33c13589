//! The store's jobs: the receipt email, commission release, idempotency-key pruning, expiry of
//! abandoned top-ups, and the nightly reconciliation of the ledger.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use rms_app::idempotency::Idempotency;
use rms_app::mailings::Mailings;
use rms_app::store::Store;
use rms_app::wallet::Wallet;
use rms_core::invoice::InvoiceRenderer;
use rms_worker::{Handlers, JobError, Schedule};
use tokio::sync::OnceCell;
use tracing::{error, info};

const RELEASE_KIND: &str = "billing.release_commissions";
const PRUNE_KIND: &str = "billing.prune_idempotency_keys";
const EXPIRE_KIND: &str = "billing.expire_payments";
const RECONCILE_KIND: &str = "billing.reconcile";
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
    handlers.register(rms_app::store::RENDER_INVOICE_JOB, move |ctx| {
        let (s, renderer) = (s.clone(), renderer.clone());
        async move {
            let job: rms_app::store::InvoiceJob = ctx.payload()?;
            let rendered = match renderer.get().await {
                Ok(r) => s.render_invoice(job.invoice_id, r).await.map_err(JobError::retry),
                Err(e) => Err(e),
            };
            if let Err(e) = &rendered {
                if ctx.attempt >= ctx.max_attempts {
                    // The last attempt: say so on the invoice instead of "generating" forever.
                    s.invoice_render_failed(job.invoice_id).await.map_err(JobError::retry)?;
                }
                error!(invoice = %job.invoice_id, error = %e, "invoice PDF not rendered");
            }
            rendered
        }
    });
    let m = mailings.clone();
    handlers.register(rms_app::store::RECEIPT_MAIL_JOB, move |ctx| {
        let m = m.clone();
        async move { m.receipt(ctx.payload()?).await.map_err(JobError::retry) }
    });
    let s = store.clone();
    handlers.register(RELEASE_KIND, move |_ctx| {
        let s = s.clone();
        async move {
            let released = s.release_commissions().await.map_err(JobError::retry)?;
            if released > 0 {
                info!(released, "affiliate commissions became available");
            }
            Ok(())
        }
    });
    let k = keys.clone();
    handlers.register(PRUNE_KIND, move |_ctx| {
        let k = k.clone();
        async move {
            k.prune().await.map_err(JobError::retry)?;
            Ok(())
        }
    });
    let w = wallet.clone();
    handlers.register(EXPIRE_KIND, move |_ctx| {
        let w = w.clone();
        async move {
            let expired = w.expire_pending(PAYMENT_TTL).await.map_err(JobError::retry)?;
            if expired > 0 {
                info!(expired, "expired top-ups nobody completed");
            }
            Ok(())
        }
    });
    let w = wallet.clone();
    handlers.register(RECONCILE_KIND, move |_ctx| {
        let w = w.clone();
        async move {
            let breaches = w.reconcile().await.map_err(JobError::retry)?;
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
        Schedule::every("billing.release_commissions", Duration::from_secs(3600), RELEASE_KIND),
        Schedule::every("billing.prune_idempotency_keys", Duration::from_secs(3600), PRUNE_KIND)
            .offset(Duration::from_secs(10 * 60)),
        Schedule::every("billing.expire_payments", Duration::from_secs(3600), EXPIRE_KIND)
            .offset(Duration::from_secs(20 * 60)),
        Schedule::every("billing.reconcile", Duration::from_secs(24 * 3600), RECONCILE_KIND)
            .offset(Duration::from_secs(3 * 3600)),
    ]
}
