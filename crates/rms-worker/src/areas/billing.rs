//! Billing jobs: the invoice PDF, the receipt emails, settling gateway payments, commission release,
//! automatic renewals, idempotency-key pruning, expiry of abandoned top-ups, and the nightly reconciliation of the ledger.

use std::time::Duration;

use rms_app::Services;
use rms_app::jobs::{
    AutoRenew, CompleteOrder, ExpirePayments, PruneIdempotencyKeys, ReceiptMail, ReconcileLedger, ReleaseCommissions,
    RenderInvoice, RollUpAnalytics, SettlePayment, TopUpReceipt, TransferInstructions,
};
use tracing::{error, info};

use super::run;
use crate::{Handlers, JobError, Schedule};

/// A top-up nobody completed within this long is read back once (hosted gateways), then expired.
const PAYMENT_TTL: Duration = Duration::from_secs(24 * 3600);

pub fn register(handlers: &mut Handlers, services: &Services) {
    let (store, wallet) = (&services.store, &services.wallet);
    let s = store.clone();
    handlers.on(move |job: RenderInvoice, ctx| {
        let s = s.clone();
        async move {
            let Err(e) = s.render_invoice(job.invoice_id).await else { return Ok(()) };
            error!(invoice = %job.invoice_id, error = %e, "invoice PDF not rendered");
            if ctx.attempt >= ctx.max_attempts {
                // The last attempt: say so on the invoice instead of "generating" forever.
                s.invoice_render_failed(job.invoice_id).await.map_err(JobError::retry)?;
            }
            Err(JobError::retry(e))
        }
    });
    // Receipts are notifications now; these two drain jobs an older version queued.
    run(handlers, &services.mailings, |m, job: ReceiptMail| async move { m.receipt(job).await });
    run(handlers, &services.mailings, |m, job: TopUpReceipt| async move { m.top_up_receipt(job).await });
    run(handlers, &services.mailings, |m, job: TransferInstructions| async move { m.transfer_instructions(job).await });
    let payments = &services.payments;
    run(handlers, payments, |p, job: SettlePayment| async move { p.settle_job(job).await });
    run(handlers, store, |s, _: ReleaseCommissions| async move {
        let released = s.release_commissions().await?;
        if released > 0 {
            info!(released, "affiliate commissions became available");
        }
        Ok(())
    });
    run(handlers, &services.checkout, |c, job: CompleteOrder| async move {
        if let Some(state) = c.complete(job.payment_id).await? {
            info!(payment = %job.payment_id, ?state, "held order");
        }
        Ok(())
    });
    run(handlers, store, |s, _: AutoRenew| async move {
        let (renewed, reminded, failed) = s.auto_renew().await?;
        if renewed + reminded + failed > 0 {
            info!(renewed, reminded, failed, "automatic renewals");
        }
        Ok(())
    });
    run(handlers, &services.idempotency, |k, _: PruneIdempotencyKeys| async move { k.prune().await });
    run(handlers, payments, |p, _: ExpirePayments| async move {
        let expired = p.expire_pending(PAYMENT_TTL).await?;
        if expired > 0 {
            info!(expired, "expired top-ups nobody completed");
        }
        Ok(())
    });
    run(handlers, &services.analytics, |a, _: RollUpAnalytics| async move {
        let days = a.roll_up().await?;
        if days > 0 {
            info!(days, "analytics rolled up");
        }
        Ok(())
    });
    let reconciling = (wallet.clone(), services.telegram.clone());
    run(handlers, &reconciling, |(w, telegram), _: ReconcileLedger| async move {
        let breaches = w.reconcile().await?;
        if breaches.is_empty() {
            info!("ledger reconciled: every invariant holds");
        } else {
            // Loud on purpose: a breach means money was created or lost somewhere.
            error!(?breaches, "LEDGER RECONCILIATION FOUND BREACHES");
            let count = usize::from(breaches.entries_sum != 0)
                + breaches.unbalanced_txns.len()
                + breaches.balance_mismatches.len()
                + breaches.negative_wallets.len()
                + breaches.payment_mismatches.len();
            let args = [("count".to_owned(), count.to_string())];
            telegram
                .admin_alert(&rms_app::jobs::AdminAlert {
                    kind: "reconciliation".into(),
                    args: args.into(),
                    dedupe: None,
                })
                .await?;
        }
        Ok(())
    });
}

pub fn schedules() -> Vec<Schedule> {
    vec![
        Schedule::of::<ReleaseCommissions>(Duration::from_secs(3600)),
        Schedule::of::<AutoRenew>(Duration::from_secs(3600)).offset(Duration::from_secs(30 * 60)),
        Schedule::of::<PruneIdempotencyKeys>(Duration::from_secs(3600)).offset(Duration::from_secs(10 * 60)),
        Schedule::of::<ExpirePayments>(Duration::from_secs(3600)).offset(Duration::from_secs(20 * 60)),
        Schedule::of::<ReconcileLedger>(Duration::from_secs(24 * 3600)).offset(Duration::from_secs(3 * 3600)),
        Schedule::of::<RollUpAnalytics>(Duration::from_secs(3600)),
    ]
}
