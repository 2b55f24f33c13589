//! Purchases paid from the wallet, refunds, invoices and affiliate commissions (docs/spec/billing.md §2–5).
//!
//! A purchase is one transaction: the quote is recomputed from rows read inside it, the wallet is
//! debited by one conditional update, the promo use is taken by another, licenses are issued, the
//! invoice takes the next number of its series, the affiliate's commission is booked as pending,
//! and the PDF and the receipt email are enqueued — all of it commits, or none of it does.

use std::time::Duration;

use rms_core::Timestamp;
use rms_core::account::{InvalidInput, Scope};
use rms_core::billing::{
    CommissionStatus, InvoiceKind, InvoiceLine, InvoiceParty, InvoiceStatus, NumberFormat, PdfStatus, RefundAction,
};
use rms_core::licensing::LicenseStatus;
use rms_core::money::BasisPoints;
use rms_core::tax::TaxRule;
use rms_store::Json;
use rms_store::accounts as users;
use rms_store::billing::{self, CommissionRow, InvoiceRow};
use rms_store::catalog::{self as catalog, PlanRow, ProductRow};
use rms_store::ledger::{self, AccountKind, NewTxn, Posting};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use super::{Store, admin_only, for_sale, merge_items, price_cart, promos};
use crate::accounts::Principal;
use crate::catalog::name_in;
use crate::idempotency::{self, Claim};
use crate::wallet::{affiliate_debt_account, affiliate_debt_name, system_account, wallet_account, wallet_name};
use crate::{AppError, RequestMeta, jobs};

mod affiliates;
mod commissions;
mod invoices;
mod refund;
mod renewal;
mod settings;

pub use invoices::{InvoiceView, Pdf};
pub use renewal::{AUTO_RENEW_NOTICE_DAYS, RENEWAL_GRACE_DAYS, Renewal};
pub use settings::BillingSettings;

/// A license a purchase issued.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptLicense {
    pub id: Uuid,
    pub key: String,
    pub plan_id: Uuid,
    pub seats: i64,
}

/// What a purchase answers (kept as is for idempotent replays).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub invoice_id: Uuid,
    pub invoice_number: String,
    pub currency: String,
    pub subtotal_minor: i64,
    pub volume_discount_minor: i64,
    pub promo_discount_minor: i64,
    pub total_minor: i64,
    pub promo_code: Option<String>,
    pub licenses: Vec<ReceiptLicense>,
    /// Tax charged (part of `total_minor`).
    #[serde(default)]
    pub tax_minor: i64,
    #[serde(default)]
    pub tax_rate_bp: u32,
}

/// An affiliate's numbers.
#[derive(Clone, Debug, Serialize)]
pub struct AffiliateView {
    pub code: String,
    pub referred_users: i64,
    pub purchases: i64,
    pub pending_minor: i64,
    pub available_minor: i64,
    pub reversed_minor: i64,
    /// Commission clawed back by refunds after it was paid out, beyond what the wallet held: the
    /// next commissions settle it first.
    pub owed_minor: i64,
    pub commission_bp: BasisPoints,
    pub hold_days: u32,
}

fn days(n: u32) -> Duration {
    Duration::from_secs(u64::from(n) * 86_400)
}

/// One purchase as asked: copied into each attempt [`Store::purchase_inner`] makes.
#[derive(Clone, Copy)]
struct PurchaseArgs<'a> {
    who: &'a Principal,
    items: &'a [(Uuid, i64)],
    promo_code: Option<&'a str>,
    referral_code: Option<&'a str>,
    claim: Option<&'a Claim>,
    meta: &'a RequestMeta,
    /// The payment whose waiting order this purchase completes.
    order: Option<Uuid>,
}

impl Store {
    /// Buys `items` for the caller from their wallet. Under an idempotency claim the receipt is
    /// kept with the purchase, for replays.
    pub async fn purchase(
        &self,
        who: &Principal,
        items: &[(Uuid, i64)],
        promo_code: Option<&str>,
        referral_code: Option<&str>,
        claim: Option<&Claim>,
        meta: &RequestMeta,
    ) -> Result<Receipt, AppError> {
        self.purchase_inner(PurchaseArgs { who, items, promo_code, referral_code, claim, meta, order: None }).await
    }

    /// Buys the order that waited for payment `payment` (its shortfall, now in the wallet): the
    /// order is marked completed in the purchase's own transaction, so it is bought at most once.
    pub(crate) async fn purchase_order(
        &self,
        who: &Principal,
        order: &billing::OrderRequest,
        payment: Uuid,
        claim: Option<&Claim>,
        meta: &RequestMeta,
    ) -> Result<Receipt, AppError> {
        let (promo_code, referral_code) = (order.promo_code.as_deref(), order.referral_code.as_deref());
        let items = order.items.as_slice();
        self.purchase_inner(PurchaseArgs { who, items, promo_code, referral_code, claim, meta, order: Some(payment) })
            .await
    }

    /// One purchase, run again when PostgreSQL refused its transaction for a conflict with a
    /// concurrent one (the whole attempt rolled back, so nothing is bought twice).
    async fn purchase_inner(&self, args: PurchaseArgs<'_>) -> Result<Receipt, AppError> {
        rms_store::retry_conflicts(|| self.purchase_once(args)).await
    }

    async fn purchase_once(&self, args: PurchaseArgs<'_>) -> Result<Receipt, AppError> {
        let PurchaseArgs { who, items, promo_code, referral_code, claim, meta, order } = args;
        if !who.may(Scope::Wallet) {
            return Err(AppError::Forbidden);
        }
        let merged = merge_items(items)?;
        let buyer = self.names.by_id(who.user_id).await?.ok_or(AppError::Unauthenticated)?;
        let settings = self.billing_settings().await?;
        let profile = self.profiles.get(buyer.id).await?;
        let now = self.clock.now();
        // Plans, products and minted keys first: minting reads the product key, and the
        // transaction below should hold its locks only for writing.
        let mut wanted: Vec<(PlanRow, ProductRow, u32)> = Vec::with_capacity(merged.len());
        for (plan, quantity) in &merged {
            let not_for_sale = || AppError::Invalid { field: "plan_id", reason: InvalidInput::NotForSale };
            let plan = catalog::plan(&self.db, *plan).await?.ok_or_else(not_for_sale)?;
            let product = catalog::product(&self.db, plan.product_id).await?.ok_or_else(not_for_sale)?;
            wanted.push((plan, product, *quantity));
        }
        let mut prepared = Vec::with_capacity(wanted.len());
        for (plan, product, quantity) in &wanted {
            let seats = i64::from(*quantity).saturating_mul(plan.max_activations.max(1));
            if seats > 1_000_000 {
                return Err(AppError::Invalid { field: "quantity", reason: InvalidInput::Range });
            }
            prepared.push(self.catalog.prepare_license(product, plan, buyer.id, seats, now).await?);
        }

        let mut tx = self.db.begin().await?;
        // The buyer's wallet row is the buyer's lock, taken first (it is first in the ledger's
        // lock order too): concurrent checkouts of one customer are decided one at a time, so
        // "first purchase only" and per-customer limits hold on PostgreSQL as well, free orders
        // (which post nothing) included.
        let wallet = wallet_account(&mut tx, buyer.id, self.currency, now).await?;
        ledger::lock(&mut tx, &wallet).await?;
        if let Some(code) = referral_code.map(str::trim).filter(|c| !c.is_empty()) {
            let affiliate = billing::affiliate_by_code_tx(&mut tx, code)
                .await?
                .ok_or(AppError::Invalid { field: "referral_code", reason: InvalidInput::Code })?;
            if affiliate == buyer.id {
                return Err(AppError::SelfReferral);
            }
            // First touch wins: a user already attributed keeps their affiliate.
            let until = now.plus(days(settings.referral_window_days));
            billing::insert_referral(&mut tx, buyer.id, affiliate, until, now).await?;
        }
        let mut lines = Vec::with_capacity(merged.len());
        for (plan, quantity) in &merged {
            lines.push((*plan, *quantity, for_sale(catalog::price_tx(&mut tx, *plan).await?)?));
        }
        let promo = match promo_code.map(promos::normalise).filter(|c| !c.is_empty()) {
            Some(code) => Some(billing::promo_by_code_tx(&mut tx, &code).await?.ok_or(AppError::PromoNotFound)?),
            None => None,
        };
        let first_purchase = !billing::has_purchased(&mut tx, buyer.id).await?;
        let tax = self.tax_rule_tx(&mut tx, &settings, &profile).await?;
        let quote = price_cart(self.currency, &lines, promo.as_ref(), first_purchase, tax, now)?;
        let (total, promo_off) = (quote.total.minor, quote.promo_discount.minor);

        // Then the rows in the ledger's lock order: revenue, promo expense, tax and affiliate
        // payable, and only then the invoice counter and the promo code.
        let invoice_id = Uuid::now_v7();
        let posted_txn = self.post_sale(&mut tx, wallet, buyer.id, invoice_id, &quote, None, now).await?;
        crate::failpoints::point("purchase.debited");
        let commission = self.post_commission(&mut tx, &settings, buyer.id, invoice_id, &quote, &wanted, now).await?;
        let year = now.to_utc().year();
        let seq = billing::next_invoice_number(&mut tx, InvoiceKind::Invoice, i64::from(year)).await?;
        let number = NumberFormat::parse(&settings.invoice_number_format).unwrap_or_default().render(year, seq);
        crate::failpoints::point("purchase.numbered");
        // The promo use is taken after the number: a refusal here rolls the number back too
        // (the numbering test relies on such late rollbacks).
        let applied_promo = promo.as_ref().filter(|_| quote.promo.is_some());
        if let Some(row) = applied_promo {
            promos::take_use(&mut tx, row, buyer.id, now).await?;
        }
        // The lines name what was bought in the buyer's language, as the invoice stays.
        let tag = rms_i18n::Locale::parse(&buyer.locale).map_or("en", rms_i18n::Locale::tag);
        let invoice_lines: Vec<InvoiceLine> = quote
            .lines
            .iter()
            .zip(&wanted)
            .zip(&prepared)
            .map(|((l, (plan, product, _)), license)| InvoiceLine {
                plan_id: plan.id,
                product: name_in(&product.translations.0, tag, &product.name).to_owned(),
                plan: name_in(&plan.translations.0, tag, &plan.name).to_owned(),
                quantity: l.quantity,
                seats: license.row.seats,
                unit_minor: l.unit.minor,
                gross_minor: l.gross.minor,
                volume_discount_minor: l.volume_discount.minor,
                promo_discount_minor: l.promo_discount.minor,
                net_minor: l.net.minor,
                license_id: Some(license.row.id),
                tax_minor: l.tax.minor,
            })
            .collect();
        let invoice = InvoiceRow {
            promo_discount_minor: promo_off,
            promo_code: quote.promo.clone(),
            ..wallet_invoice(invoice_id, &number, (&buyer, &profile), &settings, &quote, invoice_lines, posted_txn, now)
        };
        billing::insert_invoice(&mut tx, &invoice).await?;
        for license in &prepared {
            license.insert(&mut tx).await?;
            billing::set_license_invoice(&mut tx, license.row.id, invoice_id).await?;
        }
        crate::failpoints::point("purchase.licensed");
        if let Some(row) = applied_promo {
            billing::insert_redemption(&mut tx, row.id, buyer.id, invoice_id, promo_off, now).await?;
        }
        if let Some(row) = &commission {
            billing::insert_commission(&mut tx, row).await?;
            let data = json!({ "amount_minor": row.amount_minor, "currency": self.currency.as_str(),
                "link": "/affiliate" });
            let kind = rms_core::notifications::NotificationKind::CommissionEarned;
            let dedupe = Some(format!("commission_earned:{}", row.id));
            crate::notifications::record(&mut tx, now, row.affiliate_id, kind, data, dedupe).await?;
        }

        jobs::enqueue(&mut tx, now, &jobs::RenderInvoice { invoice_id }).await?;
        let data = json!({ "amount_minor": total, "currency": self.currency.as_str(), "invoice": number,
            "link": "/licenses" });
        let kind = rms_core::notifications::NotificationKind::PurchaseReceipt;
        let dedupe = Some(format!("purchase_receipt:{invoice_id}"));
        crate::notifications::record(&mut tx, now, buyer.id, kind, data, dedupe).await?;
        let details = json!({
            "number": number, "total_minor": total, "currency": self.currency.as_str(), "promo": quote.promo,
            "commission_minor": commission.as_ref().map_or(0, |c| c.amount_minor),
            "licenses": prepared.iter().map(|p| p.row.id).collect::<Vec<_>>(),
        });
        let entry = meta.audit(Some(buyer.id), "store.purchased", ("invoice", invoice_id.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        let receipt = Receipt {
            invoice_id,
            invoice_number: number,
            currency: self.currency.as_str().to_owned(),
            subtotal_minor: quote.subtotal.minor,
            volume_discount_minor: quote.volume_discount.minor,
            promo_discount_minor: promo_off,
            total_minor: total,
            promo_code: quote.promo.clone(),
            tax_minor: quote.tax.minor,
            tax_rate_bp: quote.tax_rate.get(),
            licenses: prepared
                .iter()
                .map(|p| ReceiptLicense {
                    id: p.row.id,
                    key: p.key.clone(),
                    plan_id: p.row.plan_id,
                    seats: p.row.seats,
                })
                .collect(),
        };
        if let Some(payment) = order
            && !billing::complete_order_tx(&mut tx, payment, invoice_id, now).await?
        {
            return Err(AppError::WrongState { state: "completed" });
        }
        idempotency::finish(&mut tx, claim, &receipt).await?;
        crate::failpoints::point("purchase.answer_kept");
        tx.commit().await?;
        crate::failpoints::point("purchase.committed");
        Ok(receipt)
    }

    /// The tax rule for a buyer with `profile`, from the rates in force in `tx`.
    pub(super) async fn tax_rule_tx(
        &self,
        tx: &mut rms_store::Tx,
        settings: &BillingSettings,
        profile: &rms_core::billing::BillingProfile,
    ) -> Result<TaxRule, AppError> {
        let rates = if rms_core::tax::is_country(&profile.country) {
            billing::tax_rates_of_tx(tx, &profile.country).await?
        } else {
            Vec::new()
        };
        Ok(super::taxes::rule(settings, profile, &rates))
    }

    /// Posts a sale paid from `wallet` (locked by the caller): the buyer pays the quote's total,
    /// revenue takes what is not tax (the promo discount on top, carried by the promo expense
    /// account), tax payable the tax. `None` for a free order, which moves nothing; a wallet
    /// short of the total is `INSUFFICIENT_FUNDS` with its balance (the caller's transaction then
    /// rolls back as it drops).
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn post_sale(
        &self,
        tx: &mut rms_store::Tx,
        wallet: ledger::Account,
        buyer: Uuid,
        invoice_id: Uuid,
        quote: &rms_core::pricing::Quote<Uuid>,
        memo: Option<&str>,
        now: Timestamp,
    ) -> Result<Option<Uuid>, AppError> {
        let (total, tax, promo_off) = (quote.total.minor, quote.tax.minor, quote.promo_discount.minor);
        let revenue = system_account(tx, AccountKind::Revenue, self.currency, now).await?;
        let promo_expense = system_account(tx, AccountKind::PromoExpense, self.currency, now).await?;
        let mut entries: Vec<_> = [(wallet, -total), (revenue, total - tax + promo_off), (promo_expense, -promo_off)]
            .into_iter()
            .filter(|(_, amount)| *amount != 0)
            .collect();
        if tax != 0 {
            entries.push((system_account(tx, AccountKind::TaxPayable, self.currency, now).await?, tax));
        }
        if entries.is_empty() {
            return Ok(None);
        }
        let mut txn = NewTxn::new("purchase").user(buyer).reference(invoice_id).actor(Some(buyer));
        if let Some(memo) = memo {
            txn = txn.memo(memo);
        }
        match ledger::post(tx, &txn, &entries, now).await? {
            Posting::Posted => Ok(Some(txn.id)),
            Posting::Overdraft(_) => {
                let balance = ledger::balance_tx(tx, &wallet_name(buyer)).await?.unwrap_or(0);
                Err(AppError::InsufficientFunds { balance_minor: balance, needed_minor: total })
            }
            Posting::Duplicate => Err(AppError::Internal(format!("sale {invoice_id} collided with itself"))),
        }
    }
}

/// An invoice paid from `buyer`'s wallet for `quote` (no promo: the caller sets it when one
/// applied), as a purchase and a renewal issue it.
#[allow(clippy::too_many_arguments)]
pub(super) fn wallet_invoice(
    id: Uuid,
    number: &str,
    (buyer, profile): (&crate::names::User, &rms_core::billing::BillingProfile),
    settings: &BillingSettings,
    quote: &rms_core::pricing::Quote<Uuid>,
    lines: Vec<InvoiceLine>,
    txn: Option<Uuid>,
    now: Timestamp,
) -> InvoiceRow {
    InvoiceRow {
        id,
        number: number.to_owned(),
        kind: InvoiceKind::Invoice,
        user_id: buyer.id,
        refers_to: None,
        currency: quote.total.currency.as_str().to_owned(),
        subtotal_minor: quote.subtotal.minor,
        volume_discount_minor: quote.volume_discount.minor,
        promo_discount_minor: 0,
        total_minor: quote.total.minor,
        promo_code: None,
        lines: Json(lines),
        buyer: Json(InvoiceParty {
            name: buyer.name.clone(),
            email: buyer.email.clone(),
            company: profile.company.clone(),
            tax_id: profile.tax_id.clone(),
            address: profile.address.clone(),
            country: profile.country.clone(),
            region: profile.region.clone(),
            footer: String::new(),
        }),
        seller: settings.seller(),
        payment_method: "wallet".into(),
        locale: buyer.locale.clone(),
        status: InvoiceStatus::Paid,
        txn_id: txn,
        pdf_status: PdfStatus::Pending,
        pdf_sha256: None,
        created_at: now,
        updated_at: now,
        tax_minor: quote.tax.minor,
        tax_rate_bp: quote.tax_rate,
        tax_inclusive: i64::from(quote.tax_inclusive),
        reverse_charge: i64::from(quote.reverse_charge),
    }
}
