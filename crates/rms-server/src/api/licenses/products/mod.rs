//! The catalog: `/api/v1/admin/products*` for admins, `/api/v1/products/{id}/public-keys` for
//! everyone (the keys products verify licenses with).
//!
//! Products and their words in other languages are here; their plans are in `plans`, signing keys in
//! `keys`, staging hosts in `staging`, and licenses as their issuer manages them in `issued`.

pub(crate) mod issued;
pub(crate) mod keys;
pub(crate) mod plans;
pub(crate) mod staging;

pub use issued::{
    BulkIssued, BulkLicenses, BulkResult, LicensePatch, LicenseQuery, LicenseSummary, LicenseWithKey, NewLicense,
    change_license, issue_license, issue_licenses, licenses, my_license, my_licenses, resend_license,
};
pub use keys::{PublicKey, RotateKey, public_keys, rotate_key};
pub use plans::{NewPlan, Plan, PlanPatch, PlanText, create_plan, edit_plan};
pub use staging::{StagingDomains, StagingDomainsIn, set_staging_domains, staging_domains};

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::Path;
use axum::http::StatusCode;
use rms_app::catalog::Product as ProductView;
use rms_core::product::CatalogText;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

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

/// Distinguishes an absent field (keep) from `null` (clear).
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}
