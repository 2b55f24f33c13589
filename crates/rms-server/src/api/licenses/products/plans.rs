//! A product's plans: `/api/v1/admin/products/{id}/plans` to add one, `/api/v1/admin/plans/{id}`
//! to change one (its price is the store's).

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::Path;
use axum::http::StatusCode;
use rms_app::catalog::PlanSpec;
use rms_core::product::CatalogText;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::{by_tag, present};
use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

/// A plan's words in one language; an empty or absent field shows the main language's.
#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields, default)]
pub struct PlanText {
    #[schema(max_length = 100)]
    name: String,
    #[schema(max_items = 20)]
    features: Vec<String>,
}

impl From<PlanText> for CatalogText {
    fn from(t: PlanText) -> Self {
        CatalogText { name: t.name, features: t.features, ..Default::default() }
    }
}

impl From<CatalogText> for PlanText {
    fn from(t: CatalogText) -> Self {
        PlanText { name: t.name, features: t.features }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPlan {
    #[schema(min_length = 1, max_length = 100)]
    name: String,
    /// Seats: devices or domains active at once (1–1,000,000).
    #[schema(minimum = 1, maximum = 1_000_000)]
    max_activations: i64,
    /// License lifetime in days; omitted = perpetual.
    #[schema(minimum = 1, maximum = 36_500)]
    duration_days: Option<i64>,
    /// 0 or omitted = no heartbeats required.
    #[schema(minimum = 0, maximum = 31_536_000)]
    heartbeat_interval_secs: Option<i64>,
    /// Moves of a seat to another device/domain allowed per window; omitted = unlimited.
    #[schema(minimum = 0, maximum = 1_000_000)]
    max_reassignments: Option<i64>,
    /// How long past a missed heartbeat a device still counts as alive; default one interval.
    #[schema(minimum = 0, maximum = 31_536_000)]
    heartbeat_grace_secs: Option<i64>,
    /// How long a client may run without reaching the server; default 7 days.
    #[schema(minimum = 0, maximum = 31_536_000)]
    offline_grace_secs: Option<i64>,
    /// The rolling window `max_reassignments` counts over; default 30 days.
    #[schema(minimum = 1, maximum = 3650)]
    reassign_window_days: Option<i64>,
    /// The least time between two moves; default none.
    #[schema(minimum = 0, maximum = 31_536_000)]
    reassign_cooldown_secs: Option<i64>,
    /// Feature codes the plan grants (lowercase letters, digits, `-_.`; at most 64).
    #[serde(default)]
    #[schema(max_items = 64)]
    entitlements: Vec<String>,
    #[serde(default)]
    trial: bool,
    /// Site products: staging and local domains take no seat; default true.
    staging_domains_free: Option<bool>,
    /// `exact` (default) or `k_of_n`: a device is recognised by any `fingerprint_k` (1–16) of the
    /// hashed hardware components it reported, so a new disk does not make it a new device.
    #[schema(pattern = "^(exact|k_of_n)$")]
    fingerprint_match: Option<String>,
    #[schema(minimum = 1, maximum = 16)]
    fingerprint_k: Option<i64>,
    /// Update rights in days from issue (releases published later are not covered); absent: always.
    #[schema(minimum = 1, maximum = 36_500)]
    maintenance_days: Option<i64>,
    /// What the plan includes, one short line each (at most 20 of 120 characters).
    #[serde(default)]
    #[schema(max_items = 20)]
    features: Vec<String>,
    /// Basis points off the price of a renewal (1000 = 10 %); default none.
    #[schema(minimum = 0, maximum = 10_000)]
    renewal_discount_bp: Option<u32>,
}

#[derive(Serialize, ToSchema)]
pub struct Plan {
    id: Uuid,
    product_id: Uuid,
    name: String,
    max_activations: i64,
    duration_days: Option<i64>,
    heartbeat_interval_secs: i64,
    max_reassignments: Option<i64>,
    heartbeat_grace_secs: i64,
    offline_grace_secs: i64,
    reassign_window_days: i64,
    reassign_cooldown_secs: i64,
    entitlements: Vec<String>,
    trial: bool,
    staging_domains_free: bool,
    fingerprint_match: &'static str,
    fingerprint_k: Option<i64>,
    maintenance_days: Option<i64>,
    features: Vec<String>,
    /// Basis points off the price of a renewal.
    renewal_discount_bp: u32,
    /// The name and features in other languages, by language tag.
    translations: BTreeMap<String, PlanText>,
}

impl From<rms_app::catalog::Plan> for Plan {
    fn from(p: rms_app::catalog::Plan) -> Self {
        Self {
            id: p.id,
            product_id: p.product_id,
            name: p.name,
            max_activations: p.max_activations,
            duration_days: p.duration_days,
            heartbeat_interval_secs: p.heartbeat_interval_secs,
            max_reassignments: p.max_reassignments,
            heartbeat_grace_secs: p.heartbeat_grace_secs,
            offline_grace_secs: p.offline_grace_secs,
            reassign_window_days: p.reassign_window_days,
            reassign_cooldown_secs: p.reassign_cooldown_secs,
            entitlements: p.entitlements,
            trial: p.trial,
            staging_domains_free: p.staging_domains_free,
            fingerprint_match: p.fingerprint_match,
            fingerprint_k: p.fingerprint_k,
            maintenance_days: p.maintenance_days,
            features: p.features,
            renewal_discount_bp: p.renewal_discount_bp,
            translations: by_tag(p.translations),
        }
    }
}

/// Add a plan to a product.
#[utoipa::path(post, path = "/api/v1/admin/products/{id}/plans", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")), request_body = NewPlan,
    responses(
        (status = 201, body = Plan),
        (status = 404, body = ProblemBody),
        (status = 422, description = "`INVALID_NAME`, `OUT_OF_RANGE`", body = ProblemBody)))]
pub async fn create_plan(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<NewPlan>,
) -> Result<(StatusCode, Json<Plan>), ApiError> {
    let spec = PlanSpec {
        name: &body.name,
        max_activations: body.max_activations,
        duration_days: body.duration_days,
        heartbeat_interval_secs: body.heartbeat_interval_secs,
        max_reassignments: body.max_reassignments,
        heartbeat_grace_secs: body.heartbeat_grace_secs,
        offline_grace_secs: body.offline_grace_secs,
        reassign_window_days: body.reassign_window_days,
        reassign_cooldown_secs: body.reassign_cooldown_secs,
        entitlements: &body.entitlements,
        trial: body.trial,
        staging_domains_free: body.staging_domains_free,
        fingerprint_match: body.fingerprint_match.as_deref(),
        fingerprint_k: body.fingerprint_k,
        maintenance_days: body.maintenance_days,
        features: &body.features,
        renewal_discount_bp: body.renewal_discount_bp,
    };
    let p = state.services.catalog.create_plan(&who, id, spec, &meta).await?;
    Ok((StatusCode::CREATED, Json(p.into())))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanPatch {
    #[schema(min_length = 1, max_length = 100)]
    name: Option<String>,
    #[schema(minimum = 1, maximum = 1_000_000)]
    max_activations: Option<i64>,
    /// `null`: perpetual.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 1, maximum = 36_500)]
    duration_days: Option<Option<i64>>,
    #[schema(minimum = 0, maximum = 31_536_000)]
    heartbeat_interval_secs: Option<i64>,
    /// `null`: unlimited.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 1_000_000)]
    max_reassignments: Option<Option<i64>>,
    #[schema(minimum = 0, maximum = 31_536_000)]
    heartbeat_grace_secs: Option<i64>,
    #[schema(minimum = 0, maximum = 31_536_000)]
    offline_grace_secs: Option<i64>,
    #[schema(minimum = 1, maximum = 3650)]
    reassign_window_days: Option<i64>,
    #[schema(minimum = 0, maximum = 31_536_000)]
    reassign_cooldown_secs: Option<i64>,
    /// The whole list: the current entitlements in their order, new ones at the end (issued keys
    /// carry them by position; `ENTITLEMENTS_APPEND_ONLY` otherwise).
    #[schema(max_items = 64)]
    entitlements: Option<Vec<String>>,
    trial: Option<bool>,
    staging_domains_free: Option<bool>,
    #[schema(pattern = "^(exact|k_of_n)$")]
    fingerprint_match: Option<String>,
    /// `null`: exact matching.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 1, maximum = 16)]
    fingerprint_k: Option<Option<i64>>,
    /// `null`: updates forever.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>, minimum = 1, maximum = 36_500)]
    maintenance_days: Option<Option<i64>>,
    #[schema(max_items = 20)]
    features: Option<Vec<String>>,
    #[schema(minimum = 0, maximum = 10_000)]
    renewal_discount_bp: Option<u32>,
    /// The name and features in other languages, by language tag: replaces all of them.
    translations: Option<BTreeMap<String, PlanText>>,
}

/// Change a plan; absent fields stay. Issued licenses keep their seats and term; the policy
/// (grace periods, heartbeats, moves, fingerprints) applies to them as changed. Price and
/// visibility are set with `PUT /api/v1/admin/plans/{id}/price`. Audited.
#[utoipa::path(patch, path = "/api/v1/admin/plans/{id}", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The plan")), request_body = PlanPatch,
    responses((status = 200, body = Plan), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 422, description = "`INVALID_NAME`, `OUT_OF_RANGE`, `ENTITLEMENTS_APPEND_ONLY`", body = ProblemBody)))]
pub async fn edit_plan(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(b): ApiJson<PlanPatch>,
) -> Result<Json<Plan>, ApiError> {
    who.require_admin()?;
    let patch = rms_app::catalog::PlanPatch {
        name: b.name,
        max_activations: b.max_activations,
        duration_days: b.duration_days,
        heartbeat_interval_secs: b.heartbeat_interval_secs,
        max_reassignments: b.max_reassignments,
        heartbeat_grace_secs: b.heartbeat_grace_secs,
        offline_grace_secs: b.offline_grace_secs,
        reassign_window_days: b.reassign_window_days,
        reassign_cooldown_secs: b.reassign_cooldown_secs,
        entitlements: b.entitlements,
        trial: b.trial,
        staging_domains_free: b.staging_domains_free,
        fingerprint_match: b.fingerprint_match,
        fingerprint_k: b.fingerprint_k,
        maintenance_days: b.maintenance_days,
        features: b.features,
        renewal_discount_bp: b.renewal_discount_bp,
        translations: b.translations.map(by_tag::<PlanText, CatalogText>),
    };
    Ok(Json(state.services.catalog.edit_plan(&who, id, patch, &meta).await?.into()))
}
