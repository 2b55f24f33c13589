//! The catalog: products (each with its own Ed25519 signing key, sealed under the master key)
//! and plans. Admins manage it; anyone may read a product's public keys.

use std::sync::Arc;

use base64::Engine;
pub use editing::{PlanPatch, ProductImage, ProductPatch};
use rms_core::account::{DisplayName, InvalidInput, Scope};
pub use rms_core::licensing::{Entitlements, LicenseStatus};
use rms_core::product::{CatalogText, CatalogTexts, ProductKind, Slug};
use rms_core::{Clock, Timestamp};
use rms_crypto::MasterKeyRing;
use rms_license::domain::StagingPattern;
use rms_store::Db;
use rms_store::accounts as users;
pub use rms_store::catalog::LicenseOrder;
use rms_store::catalog::{self as store, ProductRow};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::{Principal, admin_only};
use crate::{AppError, RequestMeta};

/// Licenses on one page of the staff's license list.
const LICENSE_PAGE: i64 = 50;

mod editing;
mod issue;
mod license_changes;
mod plans;
mod product_settings;
mod split;

pub(crate) use plans::plan_row;
pub use plans::{Plan, PlanSpec};

/// The names every site product lets run free without listing them (see
/// `rms_license::domain::Domain::is_reserved`), for pages and the API to show.
pub const RESERVED_STAGING: [&str; 7] =
    ["localhost", "private IP addresses", "*.local", "*.test", "*.localhost", "*.invalid", "*.example"];

/// The associated data a product key's seed is sealed with.
pub(crate) fn aad(product: Uuid, kid: &str) -> Vec<u8> {
    format!("product_keys/sealed_seed/{product}/{kid}").into_bytes()
}

/// The associated data a license's key is sealed with.
pub(crate) fn license_key_aad(license: Uuid) -> Vec<u8> {
    format!("licenses/key_sealed/{license}").into_bytes()
}

/// Opens license `license`'s sealed key. This server sealed it, as text: failing to open it is
/// an internal fault, never the caller's.
pub(crate) fn open_license_key(ring: &MasterKeyRing, license: Uuid, sealed: &[u8]) -> Result<String, AppError> {
    let key = ring
        .open(sealed, &license_key_aad(license))
        .map_err(|e| AppError::Internal(format!("key of license {license}: {e}")))?;
    String::from_utf8(key).map_err(|_| AppError::Internal("license key is not text".into()))
}

/// A license ready to be inserted (see [`Catalog::prepare_license`]).
pub(crate) struct PreparedLicense {
    pub row: store::LicenseRow,
    pub key: String,
    digest: [u8; 32],
    sealed: Vec<u8>,
}

impl PreparedLicense {
    pub async fn insert(&self, tx: &mut rms_store::Tx) -> Result<(), AppError> {
        store::insert_license(
            tx,
            &store::NewLicense { row: &self.row, key_hash: &self.digest, key_sealed: &self.sealed },
        )
        .await?;
        Ok(())
    }
}

#[derive(Clone, Debug)]
pub struct Product {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub kind: ProductKind,
    pub created_at: Timestamp,
    /// Markdown, for the product's store page.
    pub description: String,
    pub features: Vec<String>,
    /// Retired: no longer sold; its licenses carry on.
    pub archived_at: Option<Timestamp>,
    /// A version of the store page's picture (changes with it), when there is one.
    pub image: Option<String>,
    /// The name, description and features in other languages, by tag.
    pub translations: CatalogTexts,
}

/// A product's or plan's name for a reader of `tag`: its translation, else `main`.
pub(crate) fn name_in<'a>(texts: &'a CatalogTexts, tag: &str, main: &'a str) -> &'a str {
    in_language(texts, tag, main, |t| &t.name)
}

/// The text of `field` in `tag`'s translation when it has one, else `main`.
fn in_language<'a>(texts: &'a CatalogTexts, tag: &str, main: &'a str, field: fn(&CatalogText) -> &str) -> &'a str {
    texts.get(tag).map(field).filter(|t| !t.trim().is_empty()).unwrap_or(main)
}

/// The features of `tag`'s translation when it lists any, else `main`.
fn features_in<'a>(texts: &'a CatalogTexts, tag: &str, main: &'a [String]) -> &'a [String] {
    texts.get(tag).map(|t| t.features.as_slice()).filter(|f| !f.is_empty()).unwrap_or(main)
}

impl Product {
    /// The name a reader of `tag` sees: its translation, else the main one.
    pub fn name_in(&self, tag: &str) -> &str {
        name_in(&self.translations, tag, &self.name)
    }

    /// The description (Markdown) a reader of `tag` sees.
    pub fn description_in(&self, tag: &str) -> &str {
        in_language(&self.translations, tag, &self.description, |t| &t.description)
    }

    /// The features a reader of `tag` sees.
    pub fn features_in(&self, tag: &str) -> &[String] {
        features_in(&self.translations, tag, &self.features)
    }
}

impl From<ProductRow> for Product {
    fn from(r: ProductRow) -> Self {
        Self {
            id: r.id,
            slug: r.slug,
            name: r.name,
            kind: r.kind,
            created_at: r.created_at,
            description: r.description,
            features: r.features.0,
            archived_at: r.archived_at,
            image: r.image.split_once(':').map(|(hex, _)| hex.chars().take(12).collect()),
            translations: r.translations.0,
        }
    }
}

/// Product and plan names by id, in one reader's language.
#[derive(Clone, Debug, Default)]
pub struct CatalogNames {
    pub products: std::collections::HashMap<Uuid, String>,
    pub plans: std::collections::HashMap<Uuid, String>,
}

/// One of a product's public keys.
#[derive(Clone, Debug)]
pub struct PublicKey {
    pub kid: String,
    /// The 32 raw bytes, base64.
    pub public_key: String,
    pub pem: String,
    /// The key that signs now (older ones only verify; a staged one signs from `signs_from`).
    pub active: bool,
    pub signs_from: Timestamp,
}

/// An admin's change to a license; `None` keeps a field. `expires_at: Some(None)` = perpetual.
#[derive(Clone, Copy, Debug, Default)]
pub struct LicenseChange {
    pub status: Option<LicenseStatus>,
    pub expires_at: Option<Option<Timestamp>>,
    pub seats: Option<i64>,
}

/// A license as its issuer sees it.
#[derive(Clone, Debug)]
pub struct IssuedLicense {
    pub id: Uuid,
    pub product_id: Uuid,
    pub plan_id: Uuid,
    pub owner_id: Uuid,
    pub status: LicenseStatus,
    pub seats: i64,
    /// Seats taken by live activations and sub-licenses.
    pub seats_used: i64,
    pub parent_id: Option<Uuid>,
    pub label: Option<String>,
    /// The first characters of the key, for finding it again.
    pub key_prefix: String,
    pub expires_at: Option<Timestamp>,
    /// Handed to this address; the account that has it takes it on its next look.
    pub invited_email: Option<String>,
    /// Renewed from the owner's wallet when its term ends.
    pub auto_renew: bool,
}

impl From<store::LicenseRow> for IssuedLicense {
    fn from(r: store::LicenseRow) -> Self {
        Self {
            id: r.id,
            product_id: r.product_id,
            plan_id: r.plan_id,
            owner_id: r.owner_id,
            status: r.status,
            seats: r.seats,
            seats_used: r.seats_used,
            parent_id: r.parent_id,
            label: r.label,
            key_prefix: r.key_prefix,
            expires_at: r.expires_at,
            invited_email: r.invited_email,
            auto_renew: r.auto_renew == 1,
        }
    }
}

#[derive(Clone)]
pub struct Catalog {
    db: Db,
    clock: Arc<dyn Clock>,
    ring: MasterKeyRing,
    /// Emptied after every change to a license, so validation never answers from before it.
    cache: Arc<crate::licensing::cache::SubjectCache>,
    /// The opened product keys, shared with the product-facing protocol.
    signers: crate::signers::Signers,
}

/// The part of a key stored in clear for admin search. Signed keys start with a version byte and a
/// time-ordered license id, so their first characters are shared by every key issued in the same
/// half hour: keep 24 (which reach the id's random bits; the signature keeps the key unforgeable).
/// Short keys are pure randomness: keep 12 of 25, so the stored digest cannot be brute-forced.
pub(crate) fn key_prefix(key: &str) -> String {
    let n = if key.starts_with("RMS1-") { 24 } else { 12 };
    key.chars().take(n).collect()
}

/// `field` is out of range unless `ok`.
fn range(field: &'static str, ok: bool) -> Result<(), AppError> {
    if ok { Ok(()) } else { Err(AppError::Invalid { field, reason: InvalidInput::Range }) }
}

impl Catalog {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        ring: MasterKeyRing,
        cache: Arc<crate::licensing::cache::SubjectCache>,
        signers: crate::signers::Signers,
    ) -> Self {
        Self { db, clock, ring, cache, signers }
    }

    /// Creates a product with its first signing key (`kid` "1").
    pub async fn create_product(
        &self,
        who: &Principal,
        name: &str,
        slug: &str,
        kind: &str,
        meta: &RequestMeta,
    ) -> Result<Product, AppError> {
        admin_only(who)?;
        let name = DisplayName::parse(name).map_err(AppError::invalid("name"))?;
        let slug = Slug::parse(slug).map_err(AppError::invalid("slug"))?;
        let kind = ProductKind::parse(kind).map_err(AppError::invalid("kind"))?;
        let now = self.clock.now();
        let row = ProductRow {
            id: Uuid::now_v7(),
            slug: slug.as_str().to_owned(),
            name: name.as_str().to_owned(),
            kind,
            created_at: now,
            description: String::new(),
            features: rms_store::Json(Vec::new()),
            archived_at: None,
            image: String::new(),
            translations: rms_store::Json::default(),
        };
        let key = rms_license::generate_signing_key();
        let sealed = self.ring.seal(key.as_bytes(), &aad(row.id, "1"));
        let mut tx = self.db.begin().await?;
        if !store::insert_product(&mut tx, &row).await? {
            return Err(AppError::SlugTaken);
        }
        store::insert_product_key(&mut tx, row.id, "1", &sealed, key.verifying_key().as_bytes(), now, None).await?;
        let details = json!({ "slug": row.slug, "kind": row.kind });
        let entry = meta.audit(Some(who.user_id), "admin.product.created", ("product", row.id.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(row.into())
    }

    pub async fn products(&self, who: &Principal) -> Result<Vec<Product>, AppError> {
        admin_only(who)?;
        Ok(store::products(&self.db).await?.into_iter().map(Product::from).collect())
    }

    /// Forgets cached license lookups after a change committed elsewhere (a refund).
    pub(crate) fn changed(&self) {
        self.cache.invalidate();
    }

    /// The names of the products and plans the caller holds licenses of, by id, as a reader of
    /// `tag` sees them (pages show names where the licensing protocol uses a product's slug).
    pub async fn my_catalog_names(&self, who: &Principal, tag: &str) -> Result<CatalogNames, AppError> {
        let products = store::products_of_owner(&self.db, who.user_id).await?;
        let plans = store::plans_of_owner(&self.db, who.user_id).await?;
        Ok(CatalogNames {
            products: products.into_iter().map(Product::from).map(|p| (p.id, p.name_in(tag).to_owned())).collect(),
            plans: plans.into_iter().map(Plan::from).map(|p| (p.id, p.name_in(tag).to_owned())).collect(),
        })
    }

    /// The caller's own licenses, keys included. Another user's license id is "not found".
    /// Sub-licenses handed to the caller's verified address become theirs here, audited with
    /// `meta` (the request that listed them).
    pub async fn my_licenses(
        &self,
        who: &Principal,
        only: Option<Uuid>,
        meta: &RequestMeta,
    ) -> Result<Vec<(IssuedLicense, String)>, AppError> {
        if !who.may(Scope::Read) {
            return Err(AppError::Forbidden);
        }
        self.claim_invitations(who, meta).await?;
        self.owned_with_keys(who.user_id, only).await
    }

    /// `owner`'s licenses (or the one `only`) with their keys opened; the caller checked rights.
    pub(crate) async fn owned_with_keys(
        &self,
        owner: Uuid,
        only: Option<Uuid>,
    ) -> Result<Vec<(IssuedLicense, String)>, AppError> {
        let rows = store::owned_licenses(&self.db, owner, only).await?;
        if only.is_some() && rows.is_empty() {
            return Err(AppError::NotFound);
        }
        rows.into_iter().map(|(row, sealed)| self.with_key(row, &sealed)).collect()
    }

    /// A stored license with its key opened.
    fn with_key(&self, row: store::LicenseRow, sealed: &[u8]) -> Result<(IssuedLicense, String), AppError> {
        let key = open_license_key(&self.ring, row.id, sealed)?;
        Ok((IssuedLicense::from(row), key))
    }

    /// Finds licenses by key prefix or owner email fragment, product and status (staff: support
    /// finds the license whose binding a customer asks them to reset).
    pub async fn licenses(
        &self,
        who: &Principal,
        query: Option<&str>,
        product: Option<Uuid>,
        status: Option<&str>,
        order: store::LicenseOrder,
        page: i64,
    ) -> Result<(Vec<IssuedLicense>, bool), AppError> {
        who.require_staff(Scope::Read)?;
        let status = status.map(LicenseStatus::parse).transpose().map_err(AppError::unknown("status"))?;
        let query = query.map(str::trim).filter(|q| !q.is_empty());
        // One more than a page: whether a next page exists, without counting them all.
        let offset = (page.clamp(1, 100_000) - 1) * LICENSE_PAGE;
        let mut rows =
            store::search_licenses(&self.db, query, product, status, order, LICENSE_PAGE + 1, offset).await?;
        let more = rows.len() as i64 > LICENSE_PAGE;
        rows.truncate(LICENSE_PAGE as usize);
        Ok((rows.into_iter().map(IssuedLicense::from).collect(), more))
    }
}
