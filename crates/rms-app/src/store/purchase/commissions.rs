//! Affiliate commissions: booked as pending with the purchase that earns them, and paid out to
//! the affiliate's wallet once their hold ends.

use rms_core::Timestamp;
use rms_core::billing::{CommissionStatus, share};
use rms_core::money::BasisPoints;
use rms_store::billing::{self, CommissionRow};
use rms_store::catalog::{self as catalog, PlanRow, ProductRow};
use rms_store::ledger::{self, AccountKind, NewTxn, Posting};
use serde_json::json;
use uuid::Uuid;

use super::{BillingSettings, Store, days};
use crate::AppError;
use crate::wallet::{affiliate_debt_account, affiliate_debt_name, system_account, wallet_account};

impl Store {
    /// Posts the referring affiliate's commission on a purchase as pending (revenue → affiliate
    /// payable) and returns its row, to insert once the invoice exists; `None` without a referrer.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn post_commission(
        &self,
        tx: &mut rms_store::Tx,
        settings: &BillingSettings,
        buyer: Uuid,
        invoice: Uuid,
        quote: &rms_core::pricing::Quote<Uuid>,
        wanted: &[(PlanRow, ProductRow, u32)],
        now: Timestamp,
    ) -> Result<Option<CommissionRow>, AppError> {
        let Some(affiliate) = billing::referrer(tx, buyer, now).await?.filter(|a| *a != buyer) else {
            return Ok(None);
        };
        let mut amount = 0i64;
        for (line, (_, product, _)) in quote.lines.iter().zip(wanted) {
            let bp = catalog::commission_bp(tx, product.id)
                .await?
                .map_or(Ok(settings.commission_bp), BasisPoints::try_from)
                .map_err(|_| AppError::Internal(format!("commission of product {}", product.id)))?;
            // On what the seller keeps of the line: never on the tax it collects.
            amount = amount.saturating_add(share(line.revenue(), bp));
        }
        if amount <= 0 {
            return Ok(None);
        }
        let revenue = system_account(tx, AccountKind::Revenue, self.currency, now).await?;
        let payable = system_account(tx, AccountKind::AffiliatePayable, self.currency, now).await?;
        let txn = NewTxn::new("commission").user(affiliate).reference(invoice);
        ledger::post(tx, &txn, &[(revenue, -amount), (payable, amount)], now).await?;
        Ok(Some(CommissionRow {
            id: Uuid::now_v7(),
            affiliate_id: affiliate,
            invoice_id: invoice,
            amount_minor: amount,
            status: CommissionStatus::Pending,
            available_at: now.plus(days(settings.commission_hold_days)),
            created_at: now,
            updated_at: now,
        }))
    }

    /// Pays out commissions whose hold ended: affiliate payable → the affiliate's wallet, each
    /// once (the pending → available update decides); an affiliate who owes a clawed-back
    /// commission settles that first. Returns how many were released.
    pub async fn release_commissions(&self) -> Result<u64, AppError> {
        let now = self.clock.now();
        let mut released = 0;
        for c in billing::due_commissions(&self.db, now, 500).await? {
            let mut tx = self.db.begin().await?;
            let wallet = wallet_account(&mut tx, c.affiliate_id, self.currency, now).await?;
            ledger::lock(&mut tx, &wallet).await?;
            if !billing::set_commission_status(
                &mut tx,
                c.id,
                CommissionStatus::Pending,
                CommissionStatus::Available,
                now,
            )
            .await?
            {
                continue;
            }
            let payable = system_account(&mut tx, AccountKind::AffiliatePayable, self.currency, now).await?;
            let debt = affiliate_debt_account(&mut tx, c.affiliate_id, self.currency, now).await?;
            let owed = ledger::balance_tx(&mut tx, &affiliate_debt_name(c.affiliate_id)).await?.unwrap_or(0).min(0);
            let settle = (-owed).min(c.amount_minor);
            let entries: Vec<_> = [(payable, -c.amount_minor), (debt, settle), (wallet, c.amount_minor - settle)]
                .into_iter()
                .filter(|(_, amount)| *amount != 0)
                .collect();
            let txn = NewTxn::new("commission_release").user(c.affiliate_id).reference(c.invoice_id);
            match ledger::post(&mut tx, &txn, &entries, now).await? {
                Posting::Posted => {}
                other => {
                    return Err(AppError::Internal(format!("release of commission {}: {other:?}", c.id)));
                }
            }
            let data = json!({ "amount_minor": c.amount_minor, "currency": self.currency.as_str(),
                "link": "/affiliate" });
            let kind = rms_core::notifications::NotificationKind::CommissionReleased;
            let dedupe = Some(format!("commission_released:{}", c.id));
            crate::notifications::record(&mut tx, now, c.affiliate_id, kind, data, dedupe).await?;
            tx.commit().await?;
            released += 1;
        }
        Ok(released)
    }
}
