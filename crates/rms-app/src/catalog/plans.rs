//! Plans: what a plan grants (its spec, checked field by field into a row), as admins and pages
//! read it, and a plan added to a product.

use rms_core::Timestamp;
use rms_core::account::{DisplayName, InvalidInput};
use rms_core::licensing::Entitlements;
use rms_core::product::CatalogTexts;
use rms_store::accounts as users;
use rms_store::catalog::{self as store, PlanRow};
use serde_json::json;
use uuid::Uuid;

use super::{Catalog, editing, features_in, name_in, range};
use crate::accounts::{Principal, admin_only};
use crate::{AppError, RequestMeta};

/// What a plan grants. `None` durations are perpetual; `None` reassignments are unlimited.
#[derive(Clone, Debug, Default)]
pub struct PlanSpec<'a> {
    pub name: &'a str,
    pub max_activations: i64,
    pub duration_days: Option<i64>,
    pub heartbeat_interval_secs: Option<i64>,
    pub max_reassignments: Option<i64>,
    /// How long past a missed heartbeat a device still counts as alive (default: one interval).
    pub heartbeat_grace_secs: Option<i64>,
    /// How long a client may run without reaching the server (default: 7 days).
    pub offline_grace_secs: Option<i64>,
    /// The rolling window `max_reassignments` counts over (default: 30 days).
    pub reassign_window_days: Option<i64>,
    /// The least time between two moves (default: none).
    pub reassign_cooldown_secs: Option<i64>,
    /// Feature codes the plan grants.
    pub entitlements: &'a [String],
    pub trial: bool,
    /// Site products: staging and local domains do not take a seat (default: yes).
    pub staging_domains_free: Option<bool>,
    /// `exact` (default) or `k_of_n`: a device is recognised by any `fingerprint_k` of the hashed
    /// hardware components it reported at activation.
    pub fingerprint_match: Option<&'a str>,
    pub fingerprint_k: Option<i64>,
    /// Update rights in days from issue; `None`: always.
    pub maintenance_days: Option<i64>,
    /// What the plan includes, one short line each (the store's plan card).
    pub features: &'a [String],
    /// Basis points off a renewal's price (default none).
    pub renewal_discount_bp: Option<u32>,
}

/// A plan row from `spec`, every field checked (the same rules for a new plan and an edited one).
pub(crate) fn plan_row(
    spec: &PlanSpec<'_>,
    id: Uuid,
    product: Uuid,
    created_at: Timestamp,
) -> Result<PlanRow, AppError> {
    let name = DisplayName::parse(spec.name).map_err(AppError::invalid("name"))?;
    range("max_activations", (1..=1_000_000).contains(&spec.max_activations))?;
    range("duration_days", spec.duration_days.is_none_or(|d| (1..=36_500).contains(&d)))?;
    range("heartbeat_interval_secs", spec.heartbeat_interval_secs.is_none_or(|s| (0..=31_536_000).contains(&s)))?;
    range("max_reassignments", spec.max_reassignments.is_none_or(|r| (0..=1_000_000).contains(&r)))?;
    range("heartbeat_grace_secs", spec.heartbeat_grace_secs.is_none_or(|s| (0..=31_536_000).contains(&s)))?;
    range("offline_grace_secs", spec.offline_grace_secs.is_none_or(|s| (0..=31_536_000).contains(&s)))?;
    range("reassign_window_days", spec.reassign_window_days.is_none_or(|d| (1..=3650).contains(&d)))?;
    range("reassign_cooldown_secs", spec.reassign_cooldown_secs.is_none_or(|s| (0..=31_536_000).contains(&s)))?;
    // Entitlements become bits of the signed key's 64-bit map, in the order given.
    let entitlements = Entitlements::parse(spec.entitlements)
        .map_err(|_| AppError::Invalid { field: "entitlements", reason: InvalidInput::Range })?;
    let interval = spec.heartbeat_interval_secs.unwrap_or(0);
    let min_components = match (spec.fingerprint_match.unwrap_or("exact"), spec.fingerprint_k) {
        ("exact", None) => None,
        ("k_of_n", Some(k)) if (1..=16).contains(&k) => Some(k),
        ("exact" | "k_of_n", _) => {
            return Err(AppError::Invalid { field: "fingerprint_k", reason: InvalidInput::Range });
        }
        _ => return Err(AppError::Invalid { field: "fingerprint_match", reason: InvalidInput::Range }),
    };
    range("maintenance_days", spec.maintenance_days.is_none_or(|d| (1..=36_500).contains(&d)))?;
    let features = editing::features(spec.features)?;
    let renewal_discount = rms_core::money::BasisPoints::new(spec.renewal_discount_bp.unwrap_or(0))
        .map_err(|_| AppError::Invalid { field: "renewal_discount_bp", reason: InvalidInput::Range })?;
    Ok(PlanRow {
        id,
        product_id: product,
        name: name.as_str().to_owned(),
        max_activations: spec.max_activations,
        duration_days: spec.duration_days,
        heartbeat_interval_secs: interval,
        max_reassignments: spec.max_reassignments,
        heartbeat_grace_secs: spec.heartbeat_grace_secs.unwrap_or(interval),
        offline_grace_secs: spec.offline_grace_secs.unwrap_or(7 * 86_400),
        reassign_window_days: spec.reassign_window_days.unwrap_or(30),
        reassign_cooldown_secs: spec.reassign_cooldown_secs.unwrap_or(0),
        entitlements,
        trial: i64::from(spec.trial),
        staging_domains_free: i64::from(spec.staging_domains_free.unwrap_or(true)),
        fingerprint_min_components: min_components,
        maintenance_days: spec.maintenance_days,
        created_at,
        features: rms_store::Json(features),
        renewal_discount_bp: renewal_discount,
        // Set apart from the rest (`edit_plan`), and kept by `update_plan`.
        translations: rms_store::Json::default(),
    })
}

#[derive(Clone, Debug)]
pub struct Plan {
    pub id: Uuid,
    pub product_id: Uuid,
    pub name: String,
    pub max_activations: i64,
    pub duration_days: Option<i64>,
    pub heartbeat_interval_secs: i64,
    pub max_reassignments: Option<i64>,
    pub heartbeat_grace_secs: i64,
    pub offline_grace_secs: i64,
    pub reassign_window_days: i64,
    pub reassign_cooldown_secs: i64,
    pub entitlements: Vec<String>,
    pub trial: bool,
    pub staging_domains_free: bool,
    /// `exact` or `k_of_n`.
    pub fingerprint_match: &'static str,
    pub fingerprint_k: Option<i64>,
    pub maintenance_days: Option<i64>,
    /// What the plan includes, one short line each.
    pub features: Vec<String>,
    /// Off a renewal's price, in basis points.
    pub renewal_discount_bp: u32,
    /// The name and features in other languages, by tag.
    pub translations: CatalogTexts,
}

impl Plan {
    /// The name a reader of `tag` sees: its translation, else the main one.
    pub fn name_in(&self, tag: &str) -> &str {
        name_in(&self.translations, tag, &self.name)
    }

    /// The features a reader of `tag` sees.
    pub fn features_in(&self, tag: &str) -> &[String] {
        features_in(&self.translations, tag, &self.features)
    }
}

impl From<PlanRow> for Plan {
    fn from(r: PlanRow) -> Self {
        Self {
            id: r.id,
            product_id: r.product_id,
            name: r.name,
            max_activations: r.max_activations,
            duration_days: r.duration_days,
            heartbeat_interval_secs: r.heartbeat_interval_secs,
            max_reassignments: r.max_reassignments,
            heartbeat_grace_secs: r.heartbeat_grace_secs,
            offline_grace_secs: r.offline_grace_secs,
            reassign_window_days: r.reassign_window_days,
            reassign_cooldown_secs: r.reassign_cooldown_secs,
            entitlements: r.entitlements.as_slice().to_vec(),
            trial: r.trial == 1,
            staging_domains_free: r.staging_domains_free == 1,
            fingerprint_match: if r.fingerprint_min_components.is_some() { "k_of_n" } else { "exact" },
            fingerprint_k: r.fingerprint_min_components,
            maintenance_days: r.maintenance_days,
            features: r.features.0,
            renewal_discount_bp: r.renewal_discount_bp.get(),
            translations: r.translations.0,
        }
    }
}

impl Catalog {
    /// A product's plans, oldest first (admins).
    pub async fn plans(&self, who: &Principal, product: Uuid) -> Result<Vec<Plan>, AppError> {
        admin_only(who)?;
        Ok(store::plans(&self.db, product).await?.into_iter().map(Plan::from).collect())
    }

    /// Adds a plan to a product.
    pub async fn create_plan(
        &self,
        who: &Principal,
        product: Uuid,
        spec: PlanSpec<'_>,
        meta: &RequestMeta,
    ) -> Result<Plan, AppError> {
        admin_only(who)?;
        let now = self.clock.now();
        let row = plan_row(&spec, Uuid::now_v7(), product, now)?;
        store::product(&self.db, product).await?.ok_or(AppError::NotFound)?;
        store::insert_plan(&self.db, &row).await?;
        let details = json!({ "product": product, "name": row.name, "max_activations": row.max_activations });
        let entry = meta.audit(Some(who.user_id), "admin.plan.created", ("plan", row.id.to_string()), details);
        let mut tx = self.db.begin().await?;
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(row.into())
    }
}
