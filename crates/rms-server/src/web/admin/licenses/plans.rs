//! The products page's plan forms: a new plan, a plan's terms, and its price (tiers, sale,
//! visibility).

use std::collections::HashMap;

use axum::extract::Path;
use axum::response::Response;
use rms_app::catalog::PlanSpec;
use serde::Deserialize;
use uuid::Uuid;

use super::catalog::after_products;
use super::{invalid, lines, number, percent};
use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::admin::translations;
use crate::web::{PageRequest, Staff};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PlanForm {
    name: String,
    max_activations: String,
    duration_days: String,
    heartbeat_interval_secs: String,
    max_reassignments: String,
}

/// `POST /admin/products/{id}/plans`
pub async fn create_plan(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<PlanForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let parsed = (|| {
        Ok::<_, ApiError>(PlanSpec {
            name: &form.name,
            max_activations: number("max_activations", &form.max_activations)?.unwrap_or(0),
            duration_days: number("duration_days", &form.duration_days)?,
            heartbeat_interval_secs: number("heartbeat_interval_secs", &form.heartbeat_interval_secs)?,
            max_reassignments: number("max_reassignments", &form.max_reassignments)?,
            ..PlanSpec::default()
        })
    })();
    let result = match parsed {
        Ok(spec) => state.services.catalog.create_plan(&who, id, spec, meta).await.map_err(ApiError::from),
        Err(e) => Err(e),
    };
    after_products(&page, &who, result).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PlanEditForm {
    name: String,
    max_activations: String,
    duration_days: String,
    heartbeat_interval_secs: String,
    max_reassignments: String,
    offline_grace_hours: String,
    fingerprint_k: String,
    maintenance_days: String,
    entitlements: String,
    features: String,
    renewal_discount_percent: String,
    refund_action: String,
    refund_window_days: String,
    /// `name.<tag>`, `features.<tag>`: the words in other languages.
    #[serde(flatten)]
    translated: HashMap<String, String>,
}

/// `POST /admin/plans/{id}/edit`: everything about a plan but its price.
pub async fn edit_plan(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(f): CsrfForm<PlanEditForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let done = async {
        let whole = |field, raw: &str| number(field, raw).map_err(|_| invalid(field));
        let hours = f.offline_grace_hours.trim().replace(',', ".");
        let offline_grace_secs = match hours.as_str() {
            "" => None,
            h => {
                let h: f64 = h.parse().map_err(|_| invalid("offline_grace_hours"))?;
                if !(0.0..=8760.0).contains(&h) {
                    return Err(invalid("offline_grace_hours"));
                }
                Some((h * 3600.0).round() as i64)
            }
        };
        let patch = rms_app::catalog::PlanPatch {
            name: Some(f.name.clone()),
            max_activations: whole("max_activations", &f.max_activations)?,
            duration_days: Some(whole("duration_days", &f.duration_days)?),
            heartbeat_interval_secs: Some(whole("heartbeat_interval_secs", &f.heartbeat_interval_secs)?.unwrap_or(0)),
            max_reassignments: Some(whole("max_reassignments", &f.max_reassignments)?),
            offline_grace_secs,
            fingerprint_k: Some(whole("fingerprint_k", &f.fingerprint_k)?),
            fingerprint_match: None,
            maintenance_days: Some(whole("maintenance_days", &f.maintenance_days)?),
            entitlements: Some(
                lines(&f.entitlements).into_iter().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect(),
            ),
            features: Some(lines(&f.features)),
            translations: Some(translations::from_form(&f.translated)),
            renewal_discount_bp: Some(
                percent("renewal_discount_percent", &f.renewal_discount_percent)?.map_or(0, |bp| bp.get()),
            ),
            ..Default::default()
        };
        state.services.catalog.edit_plan(&who, id, patch, meta).await?;
        let window = whole("refund_window_days", &f.refund_window_days)?;
        let action = if f.refund_action.is_empty() { "revoke" } else { f.refund_action.as_str() };
        state.services.store.set_refund_action(&who, id, action, window, meta).await
    }
    .await;
    after_products(&page, &who, done).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PricingForm {
    price: String,
    visibility: String,
    tier_mode: String,
    /// One tier per line: `5: 10` (from 5 units, 10 % off).
    tiers: String,
    sale_price: String,
    sale_from: String,
    /// The sale's last day.
    sale_until: String,
}

/// `POST /admin/plans/{id}/pricing`: price, visibility, volume tiers and a sale.
pub async fn set_pricing(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(f): CsrfForm<PricingForm>,
) -> Response {
    use rms_core::pricing::{Sale, Tier, TierMode, Tiers, Visibility};
    let (state, meta) = (&page.state, &page.meta);
    let currency = state.services.store.currency();
    let done = async {
        let money = |field, raw: &str| {
            rms_core::Money::parse_decimal(raw.trim(), currency).map(|m| m.minor).ok_or_else(|| invalid(field))
        };
        let mut tiers = Vec::new();
        for line in f.tiers.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let (from, off) = line.split_once([':', '=']).ok_or_else(|| invalid("tiers"))?;
            let min_quantity: u32 = from.trim().parse().map_err(|_| invalid("tiers"))?;
            let off_bp = percent("tiers", off)?.ok_or_else(|| invalid("tiers"))?;
            tiers.push(Tier { min_quantity, off_bp });
        }
        let day = |field, raw: &str, end| match raw.trim() {
            "" => Ok(None),
            raw => crate::web::day(raw, end).map(Some).ok_or_else(|| invalid(field)),
        };
        let sale = match f.sale_price.trim() {
            "" => None,
            raw => Some(Sale {
                unit_minor: money("sale_price", raw)?,
                from: day("sale_from", &f.sale_from, false)?,
                until: day("sale_until", &f.sale_until, true)?,
            }),
        };
        let spec = rms_app::store::PriceSpec {
            unit_minor: money("price", &f.price)?,
            tiers: Tiers::parse(tiers).map_err(|_| invalid("tiers"))?,
            mode: TierMode::parse(if f.tier_mode.is_empty() { "all_units" } else { &f.tier_mode })
                .map_err(|_| invalid("tier_mode"))?,
            sale,
            visibility: Visibility::parse(if f.visibility.is_empty() { "public" } else { &f.visibility })
                .map_err(|_| invalid("visibility"))?,
        };
        state.services.store.set_price(&who, id, spec, meta).await
    }
    .await;
    after_products(&page, &who, done).await
}
