//! The store: plan prices in the base currency, and quotes computed by the pure
//! [`rms_core::pricing::quote`]. The client names plans and quantities, never a price.

use std::sync::Arc;

use rms_core::account::{InvalidInput, Role, Scope};
use rms_core::pricing::{self, CartLine, PriceList, Quote, QuoteError, Sale, Tier, TierMode};
use rms_core::{Clock, Currency, Timestamp};
use rms_store::Db;
use rms_store::accounts::{self as users, AuditEntry};
use rms_store::catalog::{self as catalog, PriceRow};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::Principal;
use crate::{AppError, RequestMeta};

/// A plan's price as an admin sets it.
#[derive(Clone, Debug)]
pub struct PriceSpec {
    pub unit_minor: i64,
    pub tiers: Vec<Tier>,
    pub mode: TierMode,
    pub sale: Option<Sale>,
    /// `public` (listed), `hidden` (sold by direct link only) or `archived` (not sold).
    pub visibility: String,
}

#[derive(Clone)]
pub struct Store {
    db: Db,
    clock: Arc<dyn Clock>,
    currency: Currency,
}

fn invalid(field: &'static str) -> AppError {
    AppError::Invalid { field, reason: InvalidInput::Range }
}

fn tiers_text(tiers: &[Tier]) -> String {
    tiers.iter().map(|t| format!("{}:{}", t.min_quantity, t.off_bp)).collect::<Vec<_>>().join(",")
}

fn price_list(row: &PriceRow) -> Result<PriceList, AppError> {
    let tiers = row
        .tiers
        .split(',')
        .filter(|t| !t.is_empty())
        .map(|t| {
            let (q, bp) = t.split_once(':').ok_or_else(|| AppError::Internal(format!("tiers of {}", row.plan_id)))?;
            Ok(Tier {
                min_quantity: q.parse().map_err(|_| AppError::Internal(format!("tiers of {}", row.plan_id)))?,
                off_bp: bp.parse().map_err(|_| AppError::Internal(format!("tiers of {}", row.plan_id)))?,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(PriceList {
        unit_minor: row.unit_minor,
        sale: row.sale_minor.map(|unit_minor| Sale {
            unit_minor,
            from: row.sale_from.map(Timestamp::from_millis),
            until: row.sale_until.map(Timestamp::from_millis),
        }),
        tiers,
        mode: if row.tier_mode == "graduated" { TierMode::Graduated } else { TierMode::AllUnits },
    })
}

impl Store {
    pub fn new(db: Db, clock: Arc<dyn Clock>, currency: Currency) -> Self {
        Self { db, clock, currency }
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
        if who.role != Role::Admin || !who.may(Scope::Admin) {
            return Err(AppError::Forbidden);
        }
        if !(0..=1_000_000_000_000).contains(&spec.unit_minor) {
            return Err(invalid("unit_minor"));
        }
        let tiers_ok = spec.tiers.len() <= 20
            && spec.tiers.iter().all(|t| t.min_quantity >= 2 && t.off_bp <= 10_000)
            && spec.tiers.windows(2).all(|w| w[0].min_quantity < w[1].min_quantity);
        if !tiers_ok {
            return Err(invalid("tiers"));
        }
        if spec.sale.is_some_and(|s| !(0..=spec.unit_minor).contains(&s.unit_minor)) {
            return Err(invalid("sale"));
        }
        if !["public", "hidden", "archived"].contains(&spec.visibility.as_str()) {
            return Err(invalid("visibility"));
        }
        catalog::plan(&self.db, plan).await?.ok_or(AppError::NotFound)?;
        let before = catalog::price(&self.db, plan).await?;
        let now = self.clock.now();
        let row = PriceRow {
            plan_id: plan,
            unit_minor: spec.unit_minor,
            tiers: tiers_text(&spec.tiers),
            tier_mode: if spec.mode == TierMode::Graduated { "graduated" } else { "all_units" }.to_owned(),
            sale_minor: spec.sale.map(|s| s.unit_minor),
            sale_from: spec.sale.and_then(|s| s.from).map(Timestamp::as_millis),
            sale_until: spec.sale.and_then(|s| s.until).map(Timestamp::as_millis),
            visibility: spec.visibility,
            updated_at: now.as_millis(),
        };
        catalog::set_price(&self.db, &row).await?;
        let entry = AuditEntry {
            actor_id: Some(who.user_id),
            action: "admin.plan.priced",
            target_type: Some("plan"),
            target_id: Some(plan.to_string()),
            ip: meta.ip.clone(),
            user_agent: meta.user_agent.as_deref(),
            request_id: meta.request_id.as_deref(),
            details: json!({
                "before": before.map(|b| json!({"unit_minor": b.unit_minor, "tiers": b.tiers, "visibility": b.visibility})),
                "after": {"unit_minor": row.unit_minor, "tiers": row.tiers, "visibility": row.visibility},
            }),
        };
        let mut tx = self.db.begin().await?;
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Prices a cart: plans and quantities in, the full breakdown out. Archived and unpriced plans
    /// are not for sale; a plan named twice counts once with the quantities added.
    pub async fn quote(&self, items: &[(Uuid, i64)], promo_code: Option<&str>) -> Result<Quote<Uuid>, AppError> {
        if items.is_empty() || items.len() > 50 {
            return Err(invalid("items"));
        }
        if promo_code.is_some_and(|c| !c.trim().is_empty()) {
            // Promo codes arrive with their admin pages; until then no code exists.
            return Err(AppError::PromoNotFound);
        }
        let mut merged: Vec<(Uuid, i64)> = Vec::new();
        for (plan, quantity) in items {
            match merged.iter_mut().find(|(p, _)| p == plan) {
                Some((_, q)) => *q = q.saturating_add(*quantity),
                None => merged.push((*plan, *quantity)),
            }
        }
        let mut cart = Vec::with_capacity(merged.len());
        for (plan, quantity) in merged {
            let quantity =
                u32::try_from(quantity).ok().filter(|q| (1..=100_000).contains(q)).ok_or(invalid("quantity"))?;
            let price = catalog::price(&self.db, plan).await?.filter(|p| p.visibility != "archived");
            let price = price.ok_or(AppError::Invalid { field: "plan_id", reason: InvalidInput::NotForSale })?;
            cart.push(CartLine { plan, prices: price_list(&price)?, quantity });
        }
        pricing::quote(self.currency, &cart, None, true, self.clock.now()).map_err(|e| match e {
            QuoteError::Quantity => invalid("quantity"),
            QuoteError::Empty => invalid("items"),
            other => AppError::Internal(format!("quote: {other}")),
        })
    }
}
