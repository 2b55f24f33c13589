//! Refunds: money back to the wallet, licenses revoked or suspended as the plan says, the
//! affiliate's commission reversed (clawed back once released), and a credit note.

use super::*;

impl Store {
    /// Refunds a paid invoice (admins): the purchase's ledger entries are reversed (the money goes
    /// back to the wallet), its licenses are revoked or suspended as their plan says, the
    /// affiliate's commission is reversed (clawed back from their wallet when it was released
    /// already), and a credit note is issued. Past the plan's refund window only with
    /// `override_window`. Audited. Returns the credit note.
    pub async fn refund(
        &self,
        who: &Principal,
        invoice_id: Uuid,
        reason: &str,
        override_window: bool,
        meta: &RequestMeta,
    ) -> Result<InvoiceView, AppError> {
        rms_store::retry_conflicts(|| async move {
            admin_only(who)?;
            let reason = reason.trim();
            if reason.chars().count() > 500 {
                return Err(AppError::Invalid { field: "reason", reason: InvalidInput::Range });
            }
            let settings = self.billing_settings().await?;
            let now = self.clock.now();
            let mut tx = self.db.begin().await?;
            let invoice = billing::invoice_tx(&mut tx, invoice_id).await?.ok_or(AppError::NotFound)?;
            if invoice.kind != InvoiceKind::Invoice {
                return Err(AppError::WrongState { state: "credit_note" });
            }
            let licenses = billing::invoice_licenses(&mut tx, invoice_id).await?;
            // A renewal's invoice issued no license: the renewed license's plan sets its window.
            let renewal_window = billing::renewal_refund_window(&mut tx, invoice_id).await?;
            let window = licenses.iter().filter_map(|(_, _, days)| *days).chain(renewal_window).min();
            if let Some(days) = window
                && !override_window
                && now > invoice.created_at.plus(self::days(u32::try_from(days).unwrap_or(u32::MAX)))
            {
                return Err(AppError::RefundWindowClosed { days });
            }
            let commission = billing::commission_of_invoice(&mut tx, invoice_id).await?;
            // Wallets first, in id order (the ledger's lock order): the buyer's, and the affiliate's
            // when a released commission comes back out of it.
            let mut wallets = vec![invoice.user_id];
            if let Some(c) = commission.as_ref().filter(|c| c.status == CommissionStatus::Available) {
                wallets.push(c.affiliate_id);
            }
            wallets.sort();
            wallets.dedup();
            for user in &wallets {
                let wallet = wallet_account(&mut tx, *user, self.currency, now).await?;
                ledger::lock(&mut tx, &wallet).await?;
            }
            if !billing::set_invoice_status(&mut tx, invoice_id, InvoiceStatus::Paid, InvoiceStatus::Refunded, now)
                .await?
            {
                return Err(AppError::WrongState { state: "refunded" });
            }
            if let Some(purchase) = invoice.txn_id {
                let reversed: Vec<_> =
                    ledger::entries_of(&mut tx, purchase).await?.into_iter().map(|(a, m)| (a, -m)).collect();
                let txn = NewTxn::new("refund")
                    .user(invoice.user_id)
                    .reference(invoice_id)
                    .memo(reason)
                    .actor(Some(who.user_id));
                if ledger::post(&mut tx, &txn, &reversed, now).await? != Posting::Posted {
                    return Err(AppError::Internal(format!("refund of {invoice_id} did not post")));
                }
            }
            if let Some(c) = commission {
                self.reverse_commission(&mut tx, &c, invoice_id, who.user_id, now).await?;
            }
            // A renewal's invoice: the time it added goes back.
            self.reverse_renewal(&mut tx, invoice_id, now).await?;
            for (license, action, _) in licenses {
                if action == RefundAction::Suspend {
                    catalog::update_license(&mut tx, license, Some(LicenseStatus::Suspended), None, None, now).await?;
                } else {
                    catalog::revoke(&mut tx, license, now).await?;
                }
            }
            let year = now.to_utc().year();
            let seq = billing::next_invoice_number(&mut tx, InvoiceKind::CreditNote, i64::from(year)).await?;
            let number = NumberFormat::parse(&settings.credit_note_number_format).unwrap_or_default().render(year, seq);
            let note = InvoiceRow {
                id: Uuid::now_v7(),
                number,
                kind: InvoiceKind::CreditNote,
                refers_to: Some(invoice_id),
                subtotal_minor: -invoice.subtotal_minor,
                volume_discount_minor: -invoice.volume_discount_minor,
                promo_discount_minor: -invoice.promo_discount_minor,
                total_minor: -invoice.total_minor,
                tax_minor: -invoice.tax_minor,
                seller: settings.seller(),
                status: InvoiceStatus::Issued,
                txn_id: None,
                pdf_status: PdfStatus::Pending,
                pdf_sha256: None,
                created_at: now,
                updated_at: now,
                ..invoice.clone()
            };
            billing::insert_invoice(&mut tx, &note).await?;
            jobs::enqueue(&mut tx, now, &jobs::RenderInvoice { invoice_id: note.id }).await?;
            let details = json!({
                "number": invoice.number, "total_minor": invoice.total_minor, "credit_note": note.number,
                "reason": reason,
            });
            let entry =
                meta.audit(Some(who.user_id), "admin.invoice.refunded", ("invoice", invoice_id.to_string()), details);
            users::audit(&mut tx, &entry, now).await?;
            let data = json!({ "amount_minor": invoice.total_minor, "currency": invoice.currency,
                "invoice": invoice.number, "link": "/wallet" });
            let kind = rms_core::notifications::NotificationKind::Refund;
            let dedupe = Some(format!("refund:{invoice_id}"));
            crate::notifications::record(&mut tx, now, invoice.user_id, kind, data, dedupe).await?;
            tx.commit().await?;
            self.catalog.changed();
            Ok(note.into())
        })
        .await
    }

    /// Takes back an invoice's commission: a pending one from affiliate payable; a released one
    /// out of the affiliate's wallet, and what the wallet does not hold is recorded as their debt
    /// (their `affiliate_debt:` account goes negative), settled from their next commissions.
    pub(super) async fn reverse_commission(
        &self,
        tx: &mut rms_store::Tx,
        c: &CommissionRow,
        invoice_id: Uuid,
        actor: Uuid,
        now: Timestamp,
    ) -> Result<(), AppError> {
        let revenue = system_account(tx, AccountKind::Revenue, self.currency, now).await?;
        let txn = NewTxn::new("commission_reversal").user(c.affiliate_id).reference(invoice_id).actor(Some(actor));
        let entries =
            if billing::set_commission_status(tx, c.id, CommissionStatus::Pending, CommissionStatus::Reversed, now)
                .await?
            {
                let payable = system_account(tx, AccountKind::AffiliatePayable, self.currency, now).await?;
                vec![(payable, -c.amount_minor), (revenue, c.amount_minor)]
            } else if billing::set_commission_status(
                tx,
                c.id,
                CommissionStatus::Available,
                CommissionStatus::Reversed,
                now,
            )
            .await?
            {
                let wallet = wallet_account(tx, c.affiliate_id, self.currency, now).await?;
                let debt = affiliate_debt_account(tx, c.affiliate_id, self.currency, now).await?;
                let held = ledger::balance_tx(tx, &wallet_name(c.affiliate_id)).await?.unwrap_or(0).max(0);
                let from_wallet = held.min(c.amount_minor);
                [(wallet, -from_wallet), (debt, from_wallet - c.amount_minor), (revenue, c.amount_minor)]
                    .into_iter()
                    .filter(|(_, amount)| *amount != 0)
                    .collect()
            } else {
                return Ok(());
            };
        match ledger::post(tx, &txn, &entries, now).await? {
            Posting::Posted => Ok(()),
            other => Err(AppError::Internal(format!("commission reversal of {invoice_id}: {other:?}"))),
        }
    }
}
