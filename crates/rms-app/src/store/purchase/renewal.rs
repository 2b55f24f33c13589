//! Renewals: the owner of a license with a term buys another term of it from their wallet. The
//! same license and key carry on, its end moves a term later (from its old end, or from today
//! once it lapsed), an invoice is issued, and the renewal is remembered so that refunding the
//! invoice takes exactly that time back.

use super::*;

/// How long after its end a lapsed license may still be renewed (keeping its key and devices).
pub const RENEWAL_GRACE_DAYS: u32 = 30;

/// What a renewal answers: the license (the same key) with its later end, and the invoice.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Renewal {
    pub license_id: Uuid,
    pub key: String,
    pub product_id: Uuid,
    pub plan_id: Uuid,
    pub seats: i64,
    pub invoice_id: Uuid,
    pub invoice_number: String,
    pub total_minor: i64,
    pub expires_at: Timestamp,
}

impl Store {
    /// Renews one of the caller's licenses for another term of its plan, paid from their wallet
    /// at the plan's current price for the license's seats. Refused with `WrongState` for a
    /// perpetual license (`perpetual`), a sub-license (`sub_license`: it follows its parent), a
    /// suspended or revoked one, or one that lapsed more than [`RENEWAL_GRACE_DAYS`] ago
    /// (`expired`); `NOT_FOR_SALE` when the plan is no longer sold; `INSUFFICIENT_FUNDS` with the
    /// balance and the price. Under an idempotency claim the answer is kept for replays.
    pub async fn renew(
        &self,
        who: &Principal,
        license_id: Uuid,
        claim: Option<&Claim>,
        meta: &RequestMeta,
    ) -> Result<Renewal, AppError> {
        if !who.may(Scope::Wallet) {
            return Err(AppError::Forbidden);
        }
        // The caller's own license, with its key (the answer carries it: the same key goes on).
        let (license, key) = self
            .catalog
            .owned_with_keys(who.user_id, Some(license_id))
            .await?
            .pop()
            .filter(|(l, _)| l.invited_email.is_none())
            .ok_or(AppError::NotFound)?;
        let plan = catalog::plan(&self.db, license.plan_id).await?.ok_or(AppError::NotFound)?;
        let product = catalog::product(&self.db, license.product_id).await?.ok_or(AppError::NotFound)?;
        let buyer = users::user_by_id(&self.db, who.user_id).await?.ok_or(AppError::Unauthenticated)?;
        let settings = self.billing_settings().await?;
        let profile = billing::billing_profile(&self.db, buyer.id).await?.unwrap_or_default();
        let term = plan.duration_days.filter(|d| *d > 0).ok_or(AppError::WrongState { state: "perpetual" })?;
        let term = days(u32::try_from(term).unwrap_or(u32::MAX));
        let now = self.clock.now();

        let mut tx = self.db.begin().await?;
        // The wallet first (the ledger's lock order), then the license: a renewal and a refund
        // of the same license, or two renewals, are decided one at a time.
        let wallet = wallet_account(&mut tx, buyer.id, self.currency, now).await?;
        ledger::lock(&mut tx, &wallet).await?;
        rms_store::activations::lock_license(&mut tx, license_id).await?;
        let license = catalog::license_tx(&mut tx, license_id).await?.ok_or(AppError::NotFound)?;
        if license.parent_id.is_some() {
            return Err(AppError::WrongState { state: "sub_license" });
        }
        let ends = license.expires_at.ok_or(AppError::WrongState { state: "perpetual" })?;
        match license.status {
            LicenseStatus::Active | LicenseStatus::Expired => {}
            other => return Err(AppError::WrongState { state: other.as_str() }),
        }
        // Lapsed (whether or not the expiry sweep has marked it yet) longer than the grace: a
        // new purchase, not a renewal.
        if now > ends.plus(days(RENEWAL_GRACE_DAYS)) {
            return Err(AppError::WrongState { state: "expired" });
        }
        let units = u32::try_from((license.seats + plan.max_activations.max(1) - 1) / plan.max_activations.max(1))
            .unwrap_or(u32::MAX)
            .max(1);
        let price = for_sale(catalog::price_tx(&mut tx, plan.id).await?)?;
        let quote = price_cart(self.currency, &[(plan.id, units, price)], None, false, now)?;
        let total = quote.total.minor;
        let invoice_id = Uuid::now_v7();
        let revenue = system_account(&mut tx, AccountKind::Revenue, self.currency, now).await?;
        let posted_txn = if total == 0 {
            None
        } else {
            let txn =
                NewTxn::new("purchase").user(buyer.id).reference(invoice_id).memo("renewal").actor(Some(buyer.id));
            match ledger::post(&mut tx, &txn, &[(wallet, -total), (revenue, total)], now).await? {
                Posting::Posted => Some(txn.id),
                Posting::Overdraft(_) => {
                    tx.rollback().await?;
                    let balance = ledger::balance(&self.db, &wallet_name(buyer.id)).await?.unwrap_or(0);
                    return Err(AppError::InsufficientFunds { balance_minor: balance, needed_minor: total });
                }
                Posting::Duplicate => return Err(AppError::Internal("a renewal collided with itself".into())),
            }
        };
        // Another term from the old end, or from today for a license that lapsed.
        let new_end = std::cmp::max(ends, now).plus(term);
        catalog::update_license(
            &mut tx,
            license_id,
            Some(LicenseStatus::Active),
            Some(Some(new_end.as_millis())),
            None,
            now,
        )
        .await?;
        catalog::follow_parent_term(&mut tx, license_id, Some(new_end.as_millis()), now).await?;
        if let Some(maintenance) = plan.maintenance_days.filter(|d| *d > 0) {
            let from = std::cmp::max(license.maintenance_until.unwrap_or(now), now);
            let until = from.plus(days(u32::try_from(maintenance).unwrap_or(u32::MAX)));
            catalog::set_maintenance(&mut tx, license_id, Some(until), now).await?;
        }
        let year = now.to_utc().year();
        let seq = billing::next_invoice_number(&mut tx, InvoiceKind::Invoice, i64::from(year)).await?;
        let number = NumberFormat::parse(&settings.invoice_number_format).unwrap_or_default().render(year, seq);
        let lines: Vec<InvoiceLine> = quote
            .lines
            .iter()
            .map(|l| InvoiceLine {
                plan_id: plan.id,
                product: product.name.clone(),
                plan: plan.name.clone(),
                quantity: l.quantity,
                seats: license.seats,
                unit_minor: l.unit.minor,
                gross_minor: l.gross.minor,
                volume_discount_minor: l.volume_discount.minor,
                promo_discount_minor: 0,
                net_minor: l.net.minor,
                license_id: Some(license_id),
            })
            .collect();
        let invoice =
            super::wallet_invoice(invoice_id, &number, (&buyer, &profile), &settings, &quote, lines, posted_txn, now);
        billing::insert_invoice(&mut tx, &invoice).await?;
        let renewal = catalog::RenewalRow {
            id: Uuid::now_v7(),
            license_id,
            invoice_id,
            previous_expires_at: ends,
            new_expires_at: new_end,
            created_at: now,
            reversed_at: None,
        };
        catalog::insert_renewal(&mut tx, &renewal).await?;
        jobs::enqueue(&mut tx, now, &jobs::RenderInvoice { invoice_id }).await?;
        let data = json!({ "amount_minor": total, "currency": self.currency.as_str(), "invoice": number,
            "link": "/licenses" });
        let kind = rms_core::notifications::NotificationKind::PurchaseReceipt;
        let dedupe = Some(format!("purchase_receipt:{invoice_id}"));
        crate::notifications::record(&mut tx, now, buyer.id, kind, data, dedupe).await?;
        let details = json!({ "license": license_id, "invoice": number, "total_minor": total,
            "from": ends.to_string(), "to": new_end.to_string() });
        let entry = meta.audit(Some(buyer.id), "license.renewed", ("license", license_id.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        let answer = Renewal {
            license_id,
            key,
            product_id: license.product_id,
            plan_id: license.plan_id,
            seats: license.seats,
            invoice_id,
            invoice_number: number,
            total_minor: total,
            expires_at: new_end,
        };
        idempotency::finish(&mut tx, claim, &answer).await?;
        tx.commit().await?;
        self.catalog.changed();
        Ok(answer)
    }

    /// Takes back the time a refunded renewal added (in the refund's transaction): the license
    /// ends that much earlier (lapsed if that is past), its sub-licenses with it.
    pub(crate) async fn reverse_renewal(
        &self,
        tx: &mut rms_store::Tx,
        invoice_id: Uuid,
        now: Timestamp,
    ) -> Result<(), AppError> {
        let Some(renewal) = catalog::renewal_of_invoice(tx, invoice_id).await? else { return Ok(()) };
        rms_store::activations::lock_license(tx, renewal.license_id).await?;
        if let Some(license) = catalog::license_tx(tx, renewal.license_id).await?
            && let Some(ends) = license.expires_at
        {
            let added = renewal.new_expires_at.as_millis() - renewal.previous_expires_at.as_millis();
            let back = Timestamp::from_millis(ends.as_millis() - added);
            catalog::update_license(tx, renewal.license_id, None, Some(Some(back.as_millis())), None, now).await?;
            catalog::follow_parent_term(tx, renewal.license_id, Some(back.as_millis()), now).await?;
        }
        catalog::mark_renewal_reversed(tx, renewal.id, now).await?;
        Ok(())
    }
}
