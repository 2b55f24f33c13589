//! The catalog: `/api/v1/admin/products*` for admins, `/api/v1/products/{id}/public-keys` for
//! everyone (the keys products verify licenses with).

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rms_app::catalog::{PlanSpec, Product as ProductView};
use rms_core::product::CatalogText;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};
use crate::state::AppState;

/// A product's words in one language; an empty or absent field shows the main language's.
#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ProductText {
    #[schema(max_length = 100)]
    name: String,
    /// Markdown.
    #[schema(max_length = 20_000)]
    description: String,
    #[schema(max_items = 20)]
    features: Vec<String>,
}

/// A plan's words in one language; an empty or absent field shows the main language's.
#[derive(Serialize, Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields, default)]
pub struct PlanText {
    #[schema(max_length = 100)]
    name: String,
    #[schema(max_items = 20)]
    features: Vec<String>,
}

impl From<ProductText> for CatalogText {
    fn from(t: ProductText) -> Self {
        CatalogText { name: t.name, description: t.description, features: t.features }
    }
}

impl From<CatalogText> for ProductText {
    fn from(t: CatalogText) -> Self {
        ProductText { name: t.name, description: t.description, features: t.features }
    }
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

/// One language's texts converted, each under its tag.
fn by_tag<A, B: From<A>>(texts: BTreeMap<String, A>) -> BTreeMap<String, B> {
    texts.into_iter().map(|(tag, t)| (tag, t.into())).collect()
}

#[derive(Serialize, ToSchema)]
pub struct Product {
    id: Uuid,
    slug: String,
    name: String,
    /// `software` (bound to machines) or `site` (bound to domains).
    kind: String,
    created_at: String,
    /// Markdown, shown on the product's store page.
    description: String,
    /// What the product offers, one short line each.
    features: Vec<String>,
    /// Retired: no longer sold nor listed; its licenses keep working.
    archived: bool,
    archived_at: Option<String>,
    /// The store page's picture (`/store/{slug}/image?v=…`), when one is set.
    image_url: Option<String>,
    /// The name, description and features in other languages, by language tag (`ar`, `pt-BR`).
    translations: BTreeMap<String, ProductText>,
}

impl From<ProductView> for Product {
    fn from(p: ProductView) -> Self {
        let image_url = p.image.as_ref().map(|v| format!("/store/{}/image?v={v}", p.slug));
        Self {
            id: p.id,
            slug: p.slug,
            name: p.name,
            kind: p.kind.to_string(),
            created_at: p.created_at.to_string(),
            description: p.description,
            features: p.features,
            archived: p.archived_at.is_some(),
            archived_at: p.archived_at.map(|t| t.to_string()),
            image_url,
            translations: by_tag(p.translations),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewProduct {
    #[schema(min_length = 1, max_length = 100)]
    name: String,
    /// 2–64 lowercase letters, digits and inner dashes; unique.
    #[schema(pattern = "^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$")]
    slug: String,
    /// `software` (bound to machines) or `site` (bound to domains).
    #[schema(pattern = "^(software|site)$")]
    kind: String,
}

/// Create a product (with its own signing key).
#[utoipa::path(post, path = "/api/v1/admin/products", tag = "catalog", security(("bearer" = ["admin"])), request_body = NewProduct,
    responses(
        (status = 201, body = Product),
        (status = 409, description = "`SLUG_TAKEN`", body = ProblemBody),
        (status = 422, description = "`INVALID_NAME`, `INVALID_SLUG`, `INVALID_PRODUCT_KIND`", body = ProblemBody),
        (status = 403, body = ProblemBody)))]
pub async fn create(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<NewProduct>,
) -> Result<(StatusCode, Json<Product>), ApiError> {
    let p = state.services.catalog.create_product(&who, &body.name, &body.slug, &body.kind, &meta).await?;
    Ok((StatusCode::CREATED, Json(p.into())))
}

/// Every product.
#[utoipa::path(get, path = "/api/v1/admin/products", tag = "catalog", security(("bearer" = ["admin"])),
    responses((status = 200, body = [Product]), (status = 403, body = ProblemBody)))]
pub async fn list(Call { state, who, .. }: Call) -> Result<Json<Vec<Product>>, ApiError> {
    Ok(Json(state.services.catalog.products(&who).await?.into_iter().map(Product::from).collect()))
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
pub struct ProductPatch {
    #[schema(min_length = 1, max_length = 100)]
    name: Option<String>,
    /// Markdown (at most 20,000 characters); images by URL (`![alt](https://…)`).
    #[schema(max_length = 20_000)]
    description: Option<String>,
    #[schema(max_items = 20)]
    features: Option<Vec<String>>,
    /// `true` retires the product: no longer sold nor listed; its licenses keep working.
    /// `false` sells it again.
    archived: Option<bool>,
    /// The name, description and features in other languages, by language tag: replaces all of
    /// them (`{}` removes every translation). Customers reading in a language see its words, and
    /// the main ones where it has none.
    translations: Option<BTreeMap<String, ProductText>>,
}

/// Change a product: name, description, features, retirement. Absent fields stay. Audited.
#[utoipa::path(patch, path = "/api/v1/admin/products/{id}", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")), request_body = ProductPatch,
    responses((status = 200, body = Product), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 422, description = "`INVALID_NAME`, `OUT_OF_RANGE`", body = ProblemBody)))]
pub async fn edit(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<ProductPatch>,
) -> Result<Json<Product>, ApiError> {
    who.require_admin()?;
    let patch = rms_app::catalog::ProductPatch {
        name: body.name,
        description: body.description,
        features: body.features,
        archived: body.archived,
        translations: body.translations.map(by_tag::<ProductText, CatalogText>),
    };
    Ok(Json(state.services.catalog.edit_product(&who, id, patch, &meta).await?.into()))
}

/// Set the picture the product's store page shows: the body is the image, PNG, JPEG or WebP, at
/// most 1 MiB. Audited.
#[utoipa::path(put, path = "/api/v1/admin/products/{id}/image", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")),
    request_body(content = Vec<u8>, content_type = "image/png", description = "A PNG, JPEG or WebP file"),
    responses((status = 204), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 422, description = "`OUT_OF_RANGE`: not a PNG, JPEG or WebP image, or larger than 1 MiB", body = ProblemBody)))]
pub async fn set_image(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    body: axum::body::Bytes,
) -> Result<StatusCode, ApiError> {
    who.require_admin()?;
    state.services.catalog.set_product_image(&who, id, Some(&body), &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Remove the product's picture. Audited.
#[utoipa::path(delete, path = "/api/v1/admin/products/{id}/image", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")),
    responses((status = 204), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)))]
pub async fn delete_image(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<StatusCode, ApiError> {
    who.require_admin()?;
    state.services.catalog.set_product_image(&who, id, None, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A product with its plans.
#[derive(Serialize, ToSchema)]
pub struct ProductWithPlans {
    #[serde(flatten)]
    product: Product,
    plans: Vec<Plan>,
}

/// One product with its plans.
#[utoipa::path(get, path = "/api/v1/admin/products/{id}", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")),
    responses((status = 200, body = ProductWithPlans), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)))]
pub async fn show(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Json<ProductWithPlans>, ApiError> {
    let (product, plans) = state.services.catalog.product(&who, id).await?;
    Ok(Json(ProductWithPlans { product: product.into(), plans: plans.into_iter().map(Plan::from).collect() }))
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

#[derive(Serialize, ToSchema)]
pub struct PublicKey {
    kid: String,
    /// Always `ed25519`.
    alg: &'static str,
    /// The 32 raw bytes of the key, base64.
    public_key: String,
    pem: String,
    /// Whether it signs now (older keys still verify).
    active: bool,
    /// When it signs (or signed) from, RFC 3339: a later time is a staged key, listed ahead so
    /// products can trust it before it signs.
    signs_from: String,
}

impl From<rms_app::catalog::PublicKey> for PublicKey {
    fn from(k: rms_app::catalog::PublicKey) -> Self {
        Self {
            kid: k.kid,
            alg: "ed25519",
            public_key: k.public_key,
            pem: k.pem,
            active: k.active,
            signs_from: k.signs_from.to_string(),
        }
    }
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct RotateKey {
    /// When the new key starts signing (RFC 3339; default 30 days from now; now or earlier:
    /// at once; at most a year ahead).
    switch_at: Option<String>,
}

/// Rotate a product's signing key, staged: the new key is listed with the public keys at once
/// and signs from `switch_at` (default 30 days later), so shipped apps that pin keys can learn
/// it first; until then answers, license files and new keys keep the old `kid`. Old keys stay
/// listed and keep verifying what they signed. 409 `WRONG_STATE` while another staged key
/// waits. The body may be empty. Audited.
#[utoipa::path(post, path = "/api/v1/admin/products/{id}/keys/rotate", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")), request_body(content = Option<RotateKey>),
    responses((status = 200, body = [PublicKey]), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 409, body = ProblemBody, description = "`WRONG_STATE`: a staged key waits already"),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE`: `switch_at`")))]
pub async fn rotate_key(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    body: axum::body::Bytes,
) -> Result<Json<Vec<PublicKey>>, ApiError> {
    let body: RotateKey = match body.iter().all(u8::is_ascii_whitespace) {
        true => RotateKey::default(),
        false => serde_json::from_slice(&body).map_err(|_| {
            ApiError::from(rms_app::AppError::Invalid {
                field: "switch_at",
                reason: rms_core::account::InvalidInput::Range,
            })
        })?,
    };
    let switch_at = crate::api::instant("switch_at", body.switch_at.as_deref())?;
    let keys = state.services.catalog.rotate_product_key(&who, id, switch_at, &meta).await?;
    Ok(Json(keys.into_iter().map(PublicKey::from).collect()))
}

/// A product's staging hosts: the patterns its admin listed, and the reserved names that run free
/// on every site product.
#[derive(Serialize, ToSchema)]
pub struct StagingDomains {
    /// As written: `staging.shop.com`, `*.preview.shop.com`, `staging.*`, `*.staging.*`.
    patterns: Vec<String>,
    /// Built in, not editable: `localhost`, private IP addresses, `*.local`, `*.test`…
    reserved: Vec<&'static str>,
}

fn staging_out(patterns: Vec<String>) -> Json<StagingDomains> {
    Json(StagingDomains { patterns, reserved: rms_app::catalog::RESERVED_STAGING.to_vec() })
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StagingDomainsIn {
    /// At most 50 patterns; the list replaces the current one.
    #[schema(max_items = 50)]
    patterns: Vec<String>,
}

/// A product's staging hosts: sites on them do not take a seat on plans that let staging run
/// free (`staging_domains_free`).
#[utoipa::path(get, path = "/api/v1/admin/products/{id}/staging-domains", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")),
    responses((status = 200, body = StagingDomains), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody)))]
pub async fn staging_domains(
    Call { state, who, .. }: Call,
    Path(id): Path<Uuid>,
) -> Result<Json<StagingDomains>, ApiError> {
    Ok(staging_out(state.services.catalog.staging_patterns(&who, id).await?))
}

/// Replace a product's staging hosts. Public top-level domains (`*.dev`) are refused: only the
/// reserved names run free without being listed. Audited.
#[utoipa::path(put, path = "/api/v1/admin/products/{id}/staging-domains", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The product")), request_body = StagingDomainsIn,
    responses((status = 200, body = StagingDomains), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 422, description = "`INVALID_STAGING_PATTERN`, `OUT_OF_RANGE` (more than 50)", body = ProblemBody)))]
pub async fn set_staging_domains(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<StagingDomainsIn>,
) -> Result<Json<StagingDomains>, ApiError> {
    Ok(staging_out(state.services.catalog.set_staging_patterns(&who, id, &body.patterns, &meta).await?))
}

/// A product's public keys, for verifying its license keys, license files and signed answers.
#[utoipa::path(get, path = "/api/v1/products/{id}/public-keys", tag = "catalog",
    params(("id" = Uuid, Path, description = "The product")),
    responses((status = 200, body = [PublicKey]), (status = 404, body = ProblemBody)))]
pub async fn public_keys(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
) -> Result<Json<Vec<PublicKey>>, ApiError> {
    let keys = state.services.catalog.public_keys(id).await?;
    Ok(Json(keys.into_iter().map(PublicKey::from).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewLicense {
    /// The owner's email: an account's, or an address to invite.
    #[schema(format = Email, max_length = 254)]
    email: String,
    plan_id: Uuid,
    /// Seats; defaults to the plan's `max_activations`.
    #[schema(minimum = 1, maximum = 1_000_000)]
    seats: Option<i64>,
}

/// Issue a license to an account, or to an address with no account yet: then `invited` is
/// `true` and the address gets an email whose link creates the account and hands it the license.
#[utoipa::path(post, path = "/api/v1/admin/licenses", tag = "catalog", security(("bearer" = ["admin"])), request_body = NewLicense,
    responses(
        (status = 201, body = LicenseWithKey),
        (status = 404, description = "No such plan", body = ProblemBody),
        (status = 422, description = "`INVALID_EMAIL`, `OUT_OF_RANGE`", body = ProblemBody)))]
pub async fn issue_license(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<NewLicense>,
) -> Result<(StatusCode, Json<LicenseWithKey>), ApiError> {
    let (l, key) = state.services.catalog.issue_license(&who, &body.email, body.plan_id, body.seats, &meta).await?;
    Ok((StatusCode::CREATED, Json(LicenseWithKey::of(l, key))))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct LicenseQuery {
    /// The start of a key, or part of the owner's email.
    query: Option<String>,
    product: Option<Uuid>,
    /// `active`, `suspended`, `expired` or `revoked`.
    #[param(pattern = "^(active|suspended|expired|revoked)$")]
    status: Option<String>,
    #[param(minimum = 1, maximum = 1_000_000)]
    page: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct LicenseSummary {
    id: Uuid,
    /// The first characters of the key.
    key_prefix: String,
    product_id: Uuid,
    plan_id: Uuid,
    owner_id: Uuid,
    status: String,
    seats: i64,
    /// Seats taken by live activations and sub-licenses.
    seats_used: i64,
    /// Sub-licenses: the license whose seats they were carved from.
    parent_id: Option<Uuid>,
    label: Option<String>,
    expires_at: Option<String>,
    /// A sub-license handed to this address: whoever has it takes the license on their next look.
    #[serde(skip_serializing_if = "Option::is_none")]
    invited_email: Option<String>,
    /// Renewed from the owner's wallet when its term ends (`PUT /api/v1/licenses/{id}/auto-renew`).
    auto_renew: bool,
}

impl From<rms_app::catalog::IssuedLicense> for LicenseSummary {
    fn from(l: rms_app::catalog::IssuedLicense) -> Self {
        Self {
            id: l.id,
            key_prefix: l.key_prefix,
            product_id: l.product_id,
            plan_id: l.plan_id,
            owner_id: l.owner_id,
            status: l.status.to_string(),
            seats: l.seats,
            seats_used: l.seats_used,
            parent_id: l.parent_id,
            label: l.label,
            expires_at: l.expires_at.map(|t| t.to_string()),
            invited_email: l.invited_email,
            auto_renew: l.auto_renew,
        }
    }
}

/// Find licenses by key prefix, owner email, product and status.
#[utoipa::path(get, path = "/api/v1/admin/licenses", tag = "catalog", security(("bearer" = ["read"])), params(LicenseQuery),
    responses((status = 200, body = [LicenseSummary]), (status = 403, body = ProblemBody),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE`: `page`")))]
pub async fn licenses(
    Call { state, who, .. }: Call,
    axum::extract::Query(q): axum::extract::Query<LicenseQuery>,
) -> Result<Json<Vec<LicenseSummary>>, ApiError> {
    if q.page.is_some_and(|p| !(1..=1_000_000).contains(&p)) {
        let range = rms_core::account::InvalidInput::Range;
        return Err(rms_app::AppError::Invalid { field: "page", reason: range }.into());
    }
    let found = state
        .services
        .catalog
        .licenses(
            &who,
            q.query.as_deref(),
            q.product,
            q.status.as_deref(),
            rms_app::catalog::LicenseOrder::Newest,
            q.page.unwrap_or(1),
        )
        .await?
        .0;
    Ok(Json(found.into_iter().map(LicenseSummary::from).collect()))
}

/// Distinguishes an absent field (keep) from `null` (clear).
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LicensePatch {
    /// `active` (reinstate), `suspended`, `expired` or `revoked` (final).
    #[schema(pattern = "^(active|suspended|expired|revoked)$")]
    status: Option<String>,
    /// RFC 3339, or `null` for perpetual; absent keeps it.
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>)]
    expires_at: Option<Option<String>>,
    #[schema(minimum = 1, maximum = 1_000_000)]
    seats: Option<i64>,
}

/// Suspend, reinstate, revoke, extend or resize a license. Audited.
#[utoipa::path(patch, path = "/api/v1/admin/licenses/{id}", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path)), request_body = LicensePatch, responses(
        (status = 200, body = LicenseSummary),
        (status = 404, body = ProblemBody),
        (status = 409, description = "`LICENSE_REVOKED`: a revoked license cannot be reinstated; `SEATS_IN_USE`: fewer seats than are in use", body = ProblemBody),
        (status = 422, description = "`OUT_OF_RANGE`", body = ProblemBody)))]
pub async fn change_license(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<LicensePatch>,
) -> Result<Json<LicenseSummary>, ApiError> {
    use rms_app::AppError;
    use rms_core::account::InvalidInput;
    let status = body
        .status
        .as_deref()
        .map(rms_app::catalog::LicenseStatus::parse)
        .transpose()
        .map_err(AppError::unknown("status"))?;
    let expires_at = match body.expires_at {
        None => None,
        Some(None) => Some(None),
        Some(Some(s)) => Some(Some(
            rms_core::Timestamp::parse_rfc3339(&s)
                .ok_or(AppError::Invalid { field: "expires_at", reason: InvalidInput::Range })?,
        )),
    };
    let change = rms_app::catalog::LicenseChange { status, expires_at, seats: body.seats };
    Ok(Json(state.services.catalog.change_license(&who, id, change, &meta).await?.into()))
}

/// A license with its full key: `RMS1-…` (signed, software products) or `XXXXX-…` (short, site
/// products).
#[derive(Serialize, ToSchema)]
pub struct LicenseWithKey {
    #[serde(flatten)]
    license: LicenseSummary,
    key: String,
    /// Whether the license waits for an address with no account yet (an invitation was
    /// emailed to it).
    invited: bool,
}

impl LicenseWithKey {
    /// The license's id (the export lists each license's activations under it).
    pub fn id(&self) -> Uuid {
        self.license.id
    }

    fn of(l: rms_app::catalog::IssuedLicense, key: String) -> Self {
        let invited = l.invited_email.is_some();
        Self { license: l.into(), key, invited }
    }
}

/// The caller's licenses, with their keys.
#[utoipa::path(get, path = "/api/v1/licenses", tag = "catalog", security(("bearer" = ["read"])),
    responses((status = 200, body = [LicenseWithKey]), (status = 401, body = ProblemBody)))]
pub async fn my_licenses(Call { state, who, meta }: Call) -> Result<Json<Vec<LicenseWithKey>>, ApiError> {
    let found = state.services.catalog.my_licenses(&who, None, &meta).await?;
    Ok(Json(found.into_iter().map(|(l, key)| LicenseWithKey::of(l, key)).collect()))
}

/// One of the caller's licenses. Another user's license is "not found".
#[utoipa::path(get, path = "/api/v1/licenses/{id}", tag = "catalog", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path)), responses((status = 200, body = LicenseWithKey), (status = 404, body = ProblemBody)))]
pub async fn my_license(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
) -> Result<Json<LicenseWithKey>, ApiError> {
    let mut found = state.services.catalog.my_licenses(&who, Some(id), &meta).await?;
    let (l, key) = found.pop().ok_or(rms_app::AppError::NotFound)?;
    Ok(Json(LicenseWithKey::of(l, key)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkLicenses {
    plan_id: Uuid,
    /// 1 to 500 addresses (trimmed; each taken once). An address with no account is invited.
    #[schema(min_items = 1, max_items = 500)]
    emails: Vec<String>,
}

/// One address of a bulk issue: its license and key, or why it was refused.
#[derive(Serialize, ToSchema)]
pub struct BulkResult {
    email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    license: Option<LicenseWithKey>,
    /// The problem code that refused this address (`INVALID_EMAIL`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct BulkIssued {
    issued: usize,
    refused: usize,
    results: Vec<BulkResult>,
}

/// Issue a license on one plan to many addresses (resellers, giveaways), each on its own: one
/// refused address does not hold up the rest. Each issued license carries its full key, shown
/// here once. Audited per license.
#[utoipa::path(post, path = "/api/v1/admin/licenses/bulk", tag = "catalog", security(("bearer" = ["admin"])),
    request_body = BulkLicenses,
    responses((status = 200, body = BulkIssued), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 422, description = "`OUT_OF_RANGE`: no address, or more than 500", body = ProblemBody)))]
pub async fn issue_licenses(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<BulkLicenses>,
) -> Result<Json<BulkIssued>, ApiError> {
    who.require_admin()?;
    let done = state.services.catalog.issue_licenses(&who, &body.emails, body.plan_id, &meta).await?;
    let results: Vec<BulkResult> = done
        .into_iter()
        .map(|(email, outcome)| match outcome {
            Ok((license, key)) => BulkResult { email, license: Some(LicenseWithKey::of(license, key)), error: None },
            Err(e) => {
                let code = crate::http::problem::Problem::from(ApiError::from(e)).code.as_str().to_owned();
                BulkResult { email, license: None, error: Some(code) }
            }
        })
        .collect();
    let issued = results.iter().filter(|r| r.license.is_some()).count();
    Ok(Json(BulkIssued { refused: results.len() - issued, issued, results }))
}

/// Tell a license's holder about it again: the invitation email for a license waiting for an
/// address, the "license issued" notice for one already taken. Audited.
#[utoipa::path(post, path = "/api/v1/admin/licenses/{id}/resend", tag = "catalog", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path)),
    responses((status = 204), (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: revoked", body = ProblemBody)))]
pub async fn resend_license(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<StatusCode, ApiError> {
    who.require_admin()?;
    state.services.catalog.resend_license(&who, id, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}
