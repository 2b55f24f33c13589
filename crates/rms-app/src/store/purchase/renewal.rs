//! Renewals: the owner of a license with a term buys another term of it from their wallet. The
//! same license and key carry on, its end moves a term later (from its old end, or from today
//! once it lapsed), an invoice is issued, and the renewal is remembered so that refunding the
//! invoice takes exactly that time back.

use super::*;

/// How long after its end a lapsed license may still be renewed (keeping its key and devices).
pub const RENEWAL_GRACE_DAYS: u32 = 30;

/// How long before an automatic renewal its owner is reminded.
pub const AUTO_RENEW_NOTICE_DAYS: u32 = 7;

/// The owner, as the automatic renewal acts for them: their own wallet, nothing else.
fn owner_principal(owner: Uuid) -> Principal {
    Principal::new(owner, rms_core::account::Role::User, crate::accounts::Credential::Session, false, false)
}

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

/// What another term of a license of `seats` on `plan` costs: the plan's price for as many units
/// as the seats need, less the plan's renewal discount (after volume discounts), taxed.
pub(crate) fn renewal_quote(
    currency: rms_core::Currency,
    plan: &PlanRow,
    seats: i64,
    price: catalog::PriceRow,
    tax: TaxRule,
    now: Timestamp,
) -> Result<rms_core::pricing::Quote<Uuid>, AppError> {
    let per_unit = plan.max_activations.max(1);
    let units = u32::try_from((seats + per_unit - 1) / per_unit).unwrap_or(u32::MAX).max(1);
    let discount = (plan.renewal_discount_bp.get() > 0).then(|| rms_core::pricing::Promo {
        code: String::new(),
        value: rms_core::pricing::PromoValue::Percent(plan.renewal_discount_bp),
        from: None,
        until: None,
        plans: None,
        min_order_minor: 0,
        first_purchase_only: false,
        stacks_with_volume: true,
    });
    super::super::price_lines(currency, &[(plan.id, units, price)], discount.as_ref(), false, tax, now)
}

impl Store {
    /// What renewing one of the caller's licenses would cost now (for the question the Renew
    /// button asks); `None` when it cannot be renewed (perpetual, a sub-license, not for sale).
    pub async fn renewal_price(&self, who: &Principal, license_id: Uuid) -> Result<Option<i64>, AppError> {
        let Some((license, _)) = self.catalog.owned_with_keys(who.user_id, Some(license_id)).await?.pop() else {
            return Ok(None);
        };
        if license.parent_id.is_some() || license.expires_at.is_none() {
            return Ok(None);
        }
        let Some(plan) = catalog::plan(&self.db, license.plan_id).await? else { return Ok(None) };
        if plan.duration_days.is_none_or(|d| d <= 0) {
            return Ok(None);
        }
        let Some(price) = catalog::price(&self.db, plan.id).await?.filter(|p| p.visibility.sells()) else {
            return Ok(None);
        };
        let tax = self.tax_rule(Some(who.user_id)).await?;
        Ok(Some(renewal_quote(self.currency, &plan, license.seats, price, tax, self.clock.now())?.total.minor))
    }

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
        self.renew_term(who, license_id, claim, meta, None, false).await
    }

    /// [`Store::renew`] of the term the caller saw, ending at `expected`: a license renewed
    /// meanwhile (automatically, or from another tab) is `WrongState` `renewed`, not charged again.
    pub async fn renew_expecting(
        &self,
        who: &Principal,
        license_id: Uuid,
        expected: Timestamp,
        meta: &RequestMeta,
    ) -> Result<Renewal, AppError> {
        self.renew_term(who, license_id, None, meta, Some(expected), false).await
    }

    /// [`Store::renew`]; `expected`: renew only the term ending at that instant (a license renewed
    /// meanwhile, by its owner or another worker, is `WrongState` `renewed`: never charged twice);
    /// `auto`: the sweep's renewal, told to the owner with a renewal notice instead of a receipt.
    async fn renew_term(
        &self,
        who: &Principal,
        license_id: Uuid,
        claim: Option<&Claim>,
        meta: &RequestMeta,
        expected: Option<Timestamp>,
        auto: bool,
    ) -> Result<Renewal, AppError> {
        // The caller's own license, with its key (the answer carries it: the same key goes on).
        let (license, key) = self.own_license(who, license_id).await?;
        let plan = catalog::plan(&self.db, license.plan_id).await?.ok_or(AppError::NotFound)?;
        let product = catalog::product(&self.db, license.product_id).await?.ok_or(AppError::NotFound)?;
        let buyer = self.names.by_id(who.user_id).await?.ok_or(AppError::Unauthenticated)?;
        let settings = self.billing_settings().await?;
        let profile = self.profiles.get(buyer.id).await?;
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
        // Compared to the second: pages show (and send back) ends in whole seconds.
        if expected.is_some_and(|term_end| term_end.as_millis().div_euclid(1000) != ends.as_millis().div_euclid(1000)) {
            return Err(AppError::WrongState { state: "renewed" });
        }
        match license.status {
            LicenseStatus::Active | LicenseStatus::Expired => {}
            other => return Err(AppError::WrongState { state: other.as_str() }),
        }
        // Lapsed (whether or not the expiry sweep has marked it yet) longer than the grace: a
        // new purchase, not a renewal.
        if now > ends.plus(days(RENEWAL_GRACE_DAYS)) {
            return Err(AppError::WrongState { state: "expired" });
        }
        let price = for_sale(catalog::price_tx(&mut tx, plan.id).await?)?;
        let tax = self.tax_rule_tx(&mut tx, &settings, &profile).await?;
        let quote = renewal_quote(self.currency, &plan, license.seats, price, tax, now)?;
        let total = quote.total.minor;
        let invoice_id = Uuid::now_v7();
        let posted_txn = self.post_sale(&mut tx, wallet, buyer.id, invoice_id, &quote, Some("renewal"), now).await?;
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
        // Named in the buyer's language, as the first purchase was.
        let tag = rms_i18n::Locale::parse(&buyer.locale).map_or("en", rms_i18n::Locale::tag);
        let lines: Vec<InvoiceLine> = quote
            .lines
            .iter()
            .map(|l| InvoiceLine {
                plan_id: plan.id,
                product: crate::catalog::name_in(&product.translations.0, tag, &product.name).to_owned(),
                plan: crate::catalog::name_in(&plan.translations.0, tag, &plan.name).to_owned(),
                quantity: l.quantity,
                seats: license.seats,
                unit_minor: l.unit.minor,
                gross_minor: l.gross.minor,
                volume_discount_minor: l.volume_discount.minor,
                promo_discount_minor: l.promo_discount.minor,
                net_minor: l.net.minor,
                license_id: Some(license_id),
                tax_minor: l.tax.minor,
            })
            .collect();
        let invoice = InvoiceRow {
            // A renewal's discount is the plan's, not a code's: no code is printed with it.
            promo_discount_minor: quote.promo_discount.minor,
            ..super::wallet_invoice(invoice_id, &number, (&buyer, &profile), &settings, &quote, lines, posted_txn, now)
        };
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
        let mut data = json!({ "amount_minor": total, "currency": self.currency.as_str(), "invoice": number,
            "link": "/licenses" });
        let kind = if auto {
            crate::notifications::name_in_languages(&mut data, "product", &product.name, &product.translations.0);
            data["date_ms"] = json!(new_end.as_millis());
            rms_core::notifications::NotificationKind::LicenseRenewed
        } else {
            rms_core::notifications::NotificationKind::PurchaseReceipt
        };
        let dedupe = Some(format!("{kind}:{invoice_id}"));
        crate::notifications::record(&mut tx, now, buyer.id, kind, data, dedupe).await?;
        let details = json!({ "license": license_id, "invoice": number, "total_minor": total,
            "from": ends.to_string(), "to": new_end.to_string() });
        let action = if auto { "license.auto_renewed" } else { "license.renewed" };
        let entry = meta.audit(Some(buyer.id), action, ("license", license_id.to_string()), details);
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

    /// Turns automatic renewal of one of the caller's licenses on or off: when its term ends it
    /// is renewed from their wallet (a reminder comes [`AUTO_RENEW_NOTICE_DAYS`] before, a notice
    /// after, or a clear failure when the wallet is short). Only a license with a term that is
    /// not a sub-license; `NOT_FOUND` for another's. Audited.
    pub async fn set_auto_renew(
        &self,
        who: &Principal,
        license_id: Uuid,
        on: bool,
        meta: &RequestMeta,
    ) -> Result<bool, AppError> {
        let (license, _) = self.own_license(who, license_id).await?;
        if license.parent_id.is_some() {
            return Err(AppError::WrongState { state: "sub_license" });
        }
        if on && license.expires_at.is_none() {
            return Err(AppError::WrongState { state: "perpetual" });
        }
        let now = self.clock.now();
        if !catalog::set_auto_renew(&self.db, license_id, who.user_id, on, now).await? {
            return Err(AppError::NotFound);
        }
        let entry = meta.audit(
            Some(who.user_id),
            "license.auto_renew_set",
            ("license", license_id.to_string()),
            json!({ "auto_renew": on }),
        );
        crate::audit_alone(&self.db, &entry, now).await?;
        Ok(on)
    }

    /// The automatic renewals (a scheduled job): reminds owners of renewals within
    /// [`AUTO_RENEW_NOTICE_DAYS`] (once per term, saying whether the wallet covers it), and renews
    /// licenses in the last day of their term or lapsed within the grace. A wallet short of the
    /// price, or a plan no longer sold, is told to the owner once per term; the sweep tries again
    /// on its next runs until the grace ends. Answers (renewed, reminded, failed).
    pub async fn auto_renew(&self) -> Result<(usize, usize, usize), AppError> {
        let now = self.clock.now();
        let (mut renewed, mut reminded, mut failed) = (0, 0, 0);
        let horizon = now.plus(days(AUTO_RENEW_NOTICE_DAYS));
        for (id, owner, ends, product) in catalog::auto_renewals_to_remind(&self.db, now, horizon, 1000).await? {
            // One license that cannot be priced must not hold up everyone else's.
            match self.remind_renewal(id, owner, ends, &product, now).await {
                Ok(()) => reminded += 1,
                Err(e) => tracing::warn!(license = %id, error = %e, "renewal reminder not sent"),
            }
        }
        // Due: the term ends within a day, or ended within the grace.
        let from = Timestamp::from_millis(now.as_millis() - i64::from(RENEWAL_GRACE_DAYS) * 86_400_000);
        let until = now.plus(days(1));
        for (id, owner, ends, product) in catalog::auto_renewals_between(&self.db, from, until, 5000).await? {
            let who = owner_principal(owner);
            let meta = RequestMeta::default();
            let refusal = match self.renew_term(&who, id, None, &meta, Some(ends), true).await {
                Ok(_) => {
                    renewed += 1;
                    continue;
                }
                Err(AppError::WrongState { state: "renewed" }) => continue,
                Err(AppError::InsufficientFunds { balance_minor, needed_minor }) => {
                    ("wallet_short", needed_minor, balance_minor)
                }
                Err(AppError::Invalid { reason: InvalidInput::NotForSale, .. }) => ("not_for_sale", 0, 0),
                // Anything else (the database busy, a key that will not open) is ours, not the
                // owner's: logged, tried again on the next run, and not told as a failure.
                Err(e) => {
                    tracing::warn!(license = %id, error = %e, "automatic renewal not made");
                    continue;
                }
            };
            match self.tell_renewal_failed(id, owner, ends, &product, refusal, now).await {
                Ok(true) => failed += 1,
                Ok(false) => {}
                Err(e) => tracing::warn!(license = %id, error = %e, "renewal failure not told"),
            }
        }
        Ok((renewed, reminded, failed))
    }

    /// Reminds the owner of an automatic renewal ahead, once per term.
    async fn remind_renewal(
        &self,
        id: Uuid,
        owner: Uuid,
        ends: Timestamp,
        product: &catalog::ProductName,
        now: Timestamp,
    ) -> Result<(), AppError> {
        let price = self.renewal_price(&owner_principal(owner), id).await?;
        let balance = ledger::balance(&self.db, &wallet_name(owner)).await?.unwrap_or(0);
        let covered = price.is_some_and(|p| balance >= p);
        let mut data = json!({ "date_ms": ends.as_millis(), "amount_minor": price.unwrap_or(0),
            "currency": self.currency.as_str(), "reason": if covered { "covered" } else { "wallet_short" },
            "link": "/licenses" });
        crate::notifications::name_in_languages(&mut data, "product", &product.name, &product.translations);
        let mut tx = self.db.begin().await?;
        let kind = rms_core::notifications::NotificationKind::RenewalUpcoming;
        let dedupe = Some(format!("renewal_upcoming:{id}:{}", ends.as_millis()));
        crate::notifications::record(&mut tx, now, owner, kind, data, dedupe).await?;
        catalog::mark_renewal_reminded(&mut tx, id, ends).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Tells the owner an automatic renewal could not be paid, once per term: `(reason, price,
    /// balance)`. Answers whether they were told now.
    async fn tell_renewal_failed(
        &self,
        id: Uuid,
        owner: Uuid,
        ends: Timestamp,
        product: &catalog::ProductName,
        (reason, price, balance): (&str, i64, i64),
        now: Timestamp,
    ) -> Result<bool, AppError> {
        let grace_end = ends.plus(days(RENEWAL_GRACE_DAYS));
        let mut data = json!({ "reason": reason, "amount_minor": price,
            "currency": self.currency.as_str(), "paid_minor": balance, "paid_currency": self.currency.as_str(),
            "date_ms": grace_end.as_millis(), "link": "/licenses" });
        crate::notifications::name_in_languages(&mut data, "product", &product.name, &product.translations);
        let mut tx = self.db.begin().await?;
        let kind = rms_core::notifications::NotificationKind::RenewalFailed;
        let dedupe = Some(format!("renewal_failed:{id}:{}", ends.as_millis()));
        let told = crate::notifications::record(&mut tx, now, owner, kind, data, dedupe).await?.is_some();
        if told {
            let details = json!({ "reason": reason, "price_minor": price, "balance_minor": balance });
            let meta = RequestMeta::default();
            let entry = meta.audit(None, "license.auto_renew_failed", ("license", id.to_string()), details);
            users::audit(&mut tx, &entry, now).await?;
        }
        tx.commit().await?;
        Ok(told)
    }

    /// One of the caller's own licenses (taken, not one waiting for an invited address) with its
    /// key, when they may spend from their wallet; another's is "not found".
    async fn own_license(
        &self,
        who: &Principal,
        license_id: Uuid,
    ) -> Result<(crate::catalog::IssuedLicense, String), AppError> {
        if !who.may(Scope::Wallet) {
            return Err(AppError::Forbidden);
        }
        self.catalog
            .owned_with_keys(who.user_id, Some(license_id))
            .await?
            .pop()
            .filter(|(l, _)| l.invited_email.is_none())
            .ok_or(AppError::NotFound)
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
        // A refunded renewal is not bought again by the sweep: the owner turns it back on.
        catalog::clear_auto_renew(tx, renewal.license_id, now).await?;
        Ok(())
    }
}
