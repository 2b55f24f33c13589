//! The store: plan prices in the base currency, quotes computed by the pure
//! [`rms_core::pricing::quote`], promo codes, purchases paid from the wallet, and refunds. The
//! client names plans and quantities, never a price.

pub(crate) mod document;
mod promos;
mod purchase;
mod taxes;

pub use promos::{PromoSpec, PromoView};
pub use purchase::{
    AUTO_RENEW_NOTICE_DAYS, AffiliateView, BillingSettings, InvoiceView, Pdf, RENEWAL_GRACE_DAYS, Receipt,
    ReceiptLicense, Renewal,
};
pub use taxes::TaxRateView;

use std::sync::Arc;

use rms_core::account::InvalidInput;
use rms_core::billing::RefundAction;
use rms_core::invoice::InvoiceRenderer;
use rms_core::money::BasisPoints;
use rms_core::pricing::{
    self, CartLine, PriceList, PromoRefusal, Quote, QuoteError, Sale, TierMode, Tiers, Visibility,
};
use rms_core::tax::TaxRule;
use rms_core::{Clock, Currency, Timestamp};
use rms_store::Db;
use rms_store::catalog::{self as catalog, PriceRow};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::{Principal, admin_only};
use crate::catalog::Catalog;
use crate::{AppError, RequestMeta};

/// A plan's price as an admin sets it.
#[derive(Clone, Debug)]
pub struct PriceSpec {
    pub unit_minor: i64,
    pub tiers: Tiers,
    pub mode: TierMode,
    pub sale: Option<Sale>,
    pub visibility: Visibility,
}

#[derive(Clone)]
pub struct Store {
    db: Db,
    clock: Arc<dyn Clock>,
    currency: Currency,
    catalog: Catalog,
    invoices: Arc<dyn InvoiceRenderer>,
    /// Buyers' billing profiles, sealed at rest (invoices print them).
    profiles: crate::profiles::Profiles,
    /// Buyers' names, sealed at rest (invoices print them too).
    names: crate::names::Names,
}

fn invalid(field: &'static str) -> AppError {
    AppError::Invalid { field, reason: InvalidInput::Range }
}

/// Plans and quantities as asked: at most 50 lines, a plan named twice counts once with the
/// quantities added, each quantity 1 to 100 000.
fn merge_items(items: &[(Uuid, i64)]) -> Result<Vec<(Uuid, u32)>, AppError> {
    if items.is_empty() || items.len() > 50 {
        return Err(invalid("items"));
    }
    let mut merged: Vec<(Uuid, i64)> = Vec::new();
    for (plan, quantity) in items {
        match merged.iter_mut().find(|(p, _)| p == plan) {
            Some((_, q)) => *q = q.saturating_add(*quantity),
            None => merged.push((*plan, *quantity)),
        }
    }
    merged
        .into_iter()
        .map(|(plan, q)| {
            let q = u32::try_from(q).ok().filter(|q| (1..=100_000).contains(q)).ok_or(invalid("quantity"))?;
            Ok((plan, q))
        })
        .collect()
}

/// A price row that sells: present and not archived.
fn for_sale(price: Option<PriceRow>) -> Result<PriceRow, AppError> {
    price
        .filter(|p| p.visibility.sells())
        .ok_or(AppError::Invalid { field: "plan_id", reason: InvalidInput::NotForSale })
}

/// The one pricing step shared by the quote and the purchase.
fn price_cart(
    currency: Currency,
    lines: &[(Uuid, u32, PriceRow)],
    promo: Option<&rms_store::billing::PromoRow>,
    first_purchase: bool,
    tax: TaxRule,
    now: Timestamp,
) -> Result<Quote<Uuid>, AppError> {
    let promo = promo.map(promos::as_promo).transpose()?;
    price_lines(currency, lines, promo.as_ref(), first_purchase, tax, now)
}

/// [`price_cart`] with the discount already resolved (a promo code's, or a renewal's).
fn price_lines(
    currency: Currency,
    lines: &[(Uuid, u32, PriceRow)],
    promo: Option<&pricing::Promo<Uuid>>,
    first_purchase: bool,
    tax: TaxRule,
    now: Timestamp,
) -> Result<Quote<Uuid>, AppError> {
    let cart = lines
        .iter()
        .map(|(plan, quantity, row)| CartLine { plan: *plan, prices: price_list(row), quantity: *quantity })
        .collect::<Vec<_>>();
    pricing::quote(currency, &cart, promo, first_purchase, tax, now).map_err(|e| match e {
        QuoteError::Quantity => invalid("quantity"),
        QuoteError::Empty => invalid("items"),
        QuoteError::Promo(r) => AppError::PromoRefused { refusal: r },
        other => AppError::Internal(format!("quote: {other}")),
    })
}

fn price_list(row: &PriceRow) -> PriceList {
    PriceList {
        unit_minor: row.unit_minor,
        sale: row.sale_minor.map(|unit_minor| Sale { unit_minor, from: row.sale_from, until: row.sale_until }),
        tiers: row.tiers.clone(),
        mode: row.tier_mode,
    }
}

impl Store {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        currency: Currency,
        catalog: Catalog,
        invoices: Arc<dyn InvoiceRenderer>,
        profiles: crate::profiles::Profiles,
        names: crate::names::Names,
    ) -> Self {
        Self { db, clock, currency, catalog, invoices, profiles, names }
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Sets what a plan costs (admins). Audited with before and after.
    pub async fn set_price(
        &self,
        who: &Principal,
        plan: Uuid,
        spec: PriceSpec,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        who.require_admin()?;
        if !rms_core::money::amount_ok(spec.unit_minor, 0) {
            return Err(invalid("unit_minor"));
        }
        if spec.sale.is_some_and(|s| !(0..=spec.unit_minor).contains(&s.unit_minor)) {
            return Err(invalid("sale"));
        }
        catalog::plan(&self.db, plan).await?.ok_or(AppError::NotFound)?;
        let before = catalog::price_as_set(&self.db, plan).await?;
        let now = self.clock.now();
        let row = PriceRow {
            plan_id: plan,
            unit_minor: spec.unit_minor,
            tiers: spec.tiers,
            tier_mode: spec.mode,
            sale_minor: spec.sale.map(|s| s.unit_minor),
            sale_from: spec.sale.and_then(|s| s.from),
            sale_until: spec.sale.and_then(|s| s.until),
            visibility: spec.visibility,
            updated_at: now,
        };
        catalog::set_price(&self.db, &row).await?;
        let details = json!({
            "before": before.map(|b| json!({"unit_minor": b.unit_minor, "tiers": b.tiers.to_stored(), "visibility": b.visibility})),
            "after": {"unit_minor": row.unit_minor, "tiers": row.tiers.to_stored(), "visibility": row.visibility},
        });
        let entry = meta.audit(Some(who.user_id), "admin.plan.priced", ("plan", plan.to_string()), details);
        crate::audit_alone(&self.db, &entry, now).await
    }

    /// Prices a cart: plans and quantities in, the full breakdown out, taxed for the buyer's
    /// billing country (a stranger's quote carries no tax: their country is not known). Archived
    /// and unpriced plans are not for sale. `buyer` (when signed in) decides first-purchase-only codes; a code whose
    /// cap is used up is refused here already, though only the purchase takes a use.
    pub async fn quote(
        &self,
        buyer: Option<Uuid>,
        items: &[(Uuid, i64)],
        promo_code: Option<&str>,
    ) -> Result<Quote<Uuid>, AppError> {
        let quoted = self.quote_for(buyer, items, promo_code).await;
        match quoted {
            // Customers are told why a code does not apply; strangers are not told it exists.
            Err(AppError::PromoRefused { refusal }) if buyer.is_none() && refusal.is_dead() => {
                Err(AppError::PromoNotFound)
            }
            other => other,
        }
    }

    async fn quote_for(
        &self,
        buyer: Option<Uuid>,
        items: &[(Uuid, i64)],
        promo_code: Option<&str>,
    ) -> Result<Quote<Uuid>, AppError> {
        let mut lines = Vec::new();
        for (plan, quantity) in merge_items(items)? {
            lines.push((plan, quantity, for_sale(catalog::price(&self.db, plan).await?)?));
        }
        let now = self.clock.now();
        let promo = match promo_code.map(promos::normalise).filter(|c| !c.is_empty()) {
            Some(code) => {
                let row = rms_store::billing::promo_by_code(&self.db, &code).await?.ok_or(AppError::PromoNotFound)?;
                if row.paused == 1 {
                    return Err(AppError::PromoRefused { refusal: PromoRefusal::Paused });
                }
                if !promos::cap_left(&row, now) {
                    return Err(AppError::PromoRefused { refusal: PromoRefusal::Exhausted });
                }
                Some(row)
            }
            None => None,
        };
        let first_purchase = match buyer {
            Some(user) => rms_store::billing::invoices(&self.db, Some(user), 1).await?.is_empty(),
            None => true,
        };
        let tax = self.tax_rule(buyer).await?;
        price_cart(self.currency, &lines, promo.as_ref(), first_purchase, tax, now)
    }
}

/// A plan's commercial terms as its admin set them, for the admin's forms.
#[derive(Clone, Debug)]
pub struct PlanTerms {
    /// `None` until priced.
    pub price: Option<PriceSpec>,
    pub refund_action: RefundAction,
    pub refund_window_days: Option<i64>,
}

impl Store {
    /// A plan's price (as set: a retired product's plans keep their own visibility here) and
    /// refund terms (admins).
    pub async fn plan_terms(&self, who: &Principal, plan: Uuid) -> Result<PlanTerms, AppError> {
        admin_only(who)?;
        let (refund_action, refund_window_days) =
            catalog::refund_terms(&self.db, plan).await?.ok_or(AppError::NotFound)?;
        let price = catalog::price_as_set(&self.db, plan).await?.map(|row| {
            let list = price_list(&row);
            PriceSpec {
                unit_minor: list.unit_minor,
                tiers: list.tiers,
                mode: list.mode,
                sale: list.sale,
                visibility: row.visibility,
            }
        });
        Ok(PlanTerms { price, refund_action, refund_window_days })
    }

    /// A product's own affiliate commission (`None`: the global rate applies), for admins.
    pub async fn product_commission(&self, who: &Principal, product: Uuid) -> Result<Option<BasisPoints>, AppError> {
        admin_only(who)?;
        catalog::commission_of(&self.db, product)
            .await?
            .map(BasisPoints::try_from)
            .transpose()
            .map_err(|_| AppError::Internal(format!("commission of product {product}")))
    }
}

/// A plan on sale, for the store pages.
#[derive(Clone, Debug)]
pub struct PlanOnSale {
    pub plan: crate::catalog::Plan,
    /// The unit price in effect now (the sale price while a sale runs).
    pub unit_minor: i64,
    /// The list price when a sale runs.
    pub was_minor: Option<i64>,
    pub tiers: Tiers,
}

/// A product with its plans on sale.
#[derive(Clone, Debug)]
pub struct ProductOnSale {
    pub product: crate::catalog::Product,
    pub plans: Vec<PlanOnSale>,
}

impl Store {
    /// What the store sells: products with their public, priced plans (`slug` for one product;
    /// its hidden plans are listed too, as a direct link reaches them).
    pub async fn on_sale(&self, slug: Option<&str>) -> Result<Vec<ProductOnSale>, AppError> {
        let products = match slug {
            Some(slug) => catalog::product_by_slug(&self.db, slug).await?.into_iter().collect(),
            None => catalog::products(&self.db).await?,
        };
        let now = self.clock.now();
        let mut out = Vec::new();
        for product in products {
            let mut plans = Vec::new();
            for plan in catalog::plans(&self.db, product.id).await? {
                let Some(price) = catalog::price(&self.db, plan.id).await? else { continue };
                if !price.visibility.listed(slug.is_some()) {
                    continue;
                }
                let prices = price_list(&price);
                let on_sale =
                    prices.sale.filter(|s| s.from.is_none_or(|f| now >= f) && s.until.is_none_or(|u| now < u));
                plans.push(PlanOnSale {
                    plan: plan.into(),
                    unit_minor: on_sale.map_or(prices.unit_minor, |s| s.unit_minor),
                    was_minor: on_sale.map(|_| prices.unit_minor),
                    tiers: prices.tiers,
                });
            }
            if !plans.is_empty() {
                out.push(ProductOnSale { product: product.into(), plans });
            }
        }
        Ok(out)
    }
}

impl Store {
    /// Changes a plan's unit price and visibility, keeping its tiers and sale (the products page).
    pub async fn set_unit_price(
        &self,
        who: &Principal,
        plan: Uuid,
        unit_minor: i64,
        visibility: &str,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        who.require_admin()?;
        let visibility = Visibility::parse(visibility).map_err(AppError::unknown("visibility"))?;
        let current = catalog::price_as_set(&self.db, plan).await?.map(|row| price_list(&row));
        let spec = PriceSpec {
            unit_minor,
            tiers: current.as_ref().map(|p| p.tiers.clone()).unwrap_or_default(),
            mode: current.as_ref().map_or(TierMode::AllUnits, |p| p.mode),
            sale: current.and_then(|p| p.sale),
            visibility,
        };
        self.set_price(who, plan, spec, meta).await
    }
}

impl Store {
    async fn audit_admin(
        &self,
        who: &Principal,
        action: &'static str,
        target: (&'static str, Uuid),
        details: serde_json::Value,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        let entry = meta.audit(Some(who.user_id), action, (target.0, target.1.to_string()), details);
        crate::audit_alone(&self.db, &entry, self.clock.now()).await
    }

    /// Sets a product's own affiliate commission (`None`: the global rate). Audited.
    pub async fn set_product_commission(
        &self,
        who: &Principal,
        product: Uuid,
        bp: Option<BasisPoints>,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        admin_only(who)?;
        if !catalog::set_commission(&self.db, product, bp.map(|bp| i64::from(bp.get()))).await? {
            return Err(AppError::NotFound);
        }
        self.audit_admin(
            who,
            "admin.product.commission_set",
            ("product", product),
            json!({ "commission_bp": bp.map(BasisPoints::get) }),
            meta,
        )
        .await
    }

    /// Sets what a refund does to a plan's licenses, and for how many days after a purchase it
    /// may be refunded (`None`: no limit). Audited.
    pub async fn set_refund_action(
        &self,
        who: &Principal,
        plan: Uuid,
        action: &str,
        window_days: Option<i64>,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        admin_only(who)?;
        let action = RefundAction::parse(action).map_err(AppError::unknown("action"))?;
        if window_days.is_some_and(|d| !(0..=3650).contains(&d)) {
            return Err(invalid("refund_window_days"));
        }
        if !catalog::set_refund_action(&self.db, plan, action, window_days).await? {
            return Err(AppError::NotFound);
        }
        let details = json!({ "action": action, "refund_window_days": window_days });
        self.audit_admin(who, "admin.plan.refund_action_set", ("plan", plan), details, meta).await
    }
}
