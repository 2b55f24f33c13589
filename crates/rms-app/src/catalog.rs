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
use rms_store::catalog::{self as store, PlanRow, ProductRow};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::{Principal, admin_only};
use crate::{AppError, RequestMeta};
use rms_core::notifications::NotificationKind;

/// Licenses on one page of the staff's license list.
const LICENSE_PAGE: i64 = 50;

mod editing;
mod license_changes;
mod product_settings;
mod split;

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

    /// Issues a license on `plan` to each address (admins; resellers, giveaways): at most 500,
    /// each as [`Catalog::issue_license`] does (an address without an account is invited), each on
    /// its own, so one bad address does not hold up the rest. Addresses are trimmed and taken once
    /// (case-insensitively). Answers each address with its license and key, or why it was refused.
    pub async fn issue_licenses(
        &self,
        who: &Principal,
        emails: &[String],
        plan: Uuid,
        meta: &RequestMeta,
    ) -> Result<Vec<(String, Result<(IssuedLicense, String), AppError>)>, AppError> {
        admin_only(who)?;
        let mut seen = std::collections::HashSet::new();
        let emails: Vec<&str> =
            emails.iter().map(|e| e.trim()).filter(|e| !e.is_empty() && seen.insert(e.to_lowercase())).collect();
        if emails.is_empty() || emails.len() > 500 {
            return Err(AppError::Invalid { field: "emails", reason: InvalidInput::Range });
        }
        store::plan(&self.db, plan).await?.ok_or(AppError::NotFound)?;
        let mut out = Vec::with_capacity(emails.len());
        for email in emails {
            let issued = self.issue_license(who, email, plan, None, meta).await;
            out.push((email.to_owned(), issued));
        }
        Ok(out)
    }

    /// Tells a license's holder about it again (admins): the invitation email for a license
    /// waiting for an address, the "license issued" notice (which says where the key is) for one
    /// already taken. Not for a revoked license. Audited.
    pub async fn resend_license(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<(), AppError> {
        admin_only(who)?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let license = store::license_tx(&mut tx, id).await?.ok_or(AppError::NotFound)?;
        if license.status == LicenseStatus::Revoked {
            return Err(AppError::WrongState { state: "revoked" });
        }
        if license.invited_email.is_some() {
            crate::jobs::enqueue(&mut tx, now, &crate::jobs::LicenseInvite { license_id: id }).await?;
        } else {
            let plan = store::plan(&self.db, license.plan_id).await?.ok_or(AppError::NotFound)?;
            let product = store::product(&self.db, license.product_id).await?.ok_or(AppError::NotFound)?;
            let mut data = json!({ "link": "/licenses" });
            crate::notifications::name_in_languages(&mut data, "product", &product.name, &product.translations.0);
            crate::notifications::name_in_languages(&mut data, "plan", &plan.name, &plan.translations.0);
            crate::notifications::record(&mut tx, now, license.owner_id, NotificationKind::LicenseIssued, data, None)
                .await?;
        }
        let entry = meta.audit(
            Some(who.user_id),
            "admin.license.resent",
            ("license", id.to_string()),
            json!({ "invited": license.invited_email, "owner": license.owner_id }),
        );
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Issues a license on `plan` to the account with `email` (admins). Software products get a
    /// signed `RMS1-` key, site products a short key. An address with no account yet is invited:
    /// the license waits for it (held by the issuing admin, `invited_email` set) and an email
    /// carries the sign-up link that makes it theirs. Returns the license and its key.
    pub async fn issue_license(
        &self,
        who: &Principal,
        email: &str,
        plan: Uuid,
        seats: Option<i64>,
        meta: &RequestMeta,
    ) -> Result<(IssuedLicense, String), AppError> {
        self.issue_license_claimed(who, email, plan, seats, None, meta).await
    }

    /// [`Catalog::issue_license`] under an idempotency claim: the answer (the license's id and
    /// key, sealed) is recorded with the license, so the same form sent again (a reload of the
    /// page that showed the key) shows that license again instead of issuing another.
    pub async fn issue_license_claimed(
        &self,
        who: &Principal,
        email: &str,
        plan: Uuid,
        seats: Option<i64>,
        claim: Option<&crate::idempotency::Claim>,
        meta: &RequestMeta,
    ) -> Result<(IssuedLicense, String), AppError> {
        admin_only(who)?;
        let email = rms_core::account::Email::parse(email).map_err(AppError::invalid("email"))?;
        let plan = store::plan(&self.db, plan).await?.ok_or(AppError::NotFound)?;
        let seats = seats.unwrap_or(plan.max_activations);
        range("seats", (1..=1_000_000).contains(&seats))?;
        let product = store::product(&self.db, plan.product_id).await?.ok_or(AppError::NotFound)?;
        let owner = users::user_by_email(&self.db, &email).await?;
        let (holder, invited) = match &owner {
            Some(owner) => (owner.id, None),
            None => (who.user_id, Some(email.as_str().to_owned())),
        };
        let now = self.clock.now();
        let mut prepared = self.prepare_license(&product, &plan, holder, seats, now).await?;
        prepared.row.invited_email = invited.clone();
        let id = prepared.row.id;
        let mut tx = self.db.begin().await?;
        prepared.insert(&mut tx).await?;
        let details = json!({ "owner": holder, "invited": invited, "plan": plan.id, "seats": seats,
            "prefix": prepared.row.key_prefix });
        let entry = meta.audit(Some(who.user_id), "admin.license.issued", ("license", id.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        if invited.is_some() {
            crate::jobs::enqueue(&mut tx, now, &crate::jobs::LicenseInvite { license_id: id }).await?;
        } else {
            let mut data = json!({ "link": "/licenses" });
            crate::notifications::name_in_languages(&mut data, "product", &product.name, &product.translations.0);
            crate::notifications::name_in_languages(&mut data, "plan", &plan.name, &plan.translations.0);
            crate::notifications::record(&mut tx, now, holder, NotificationKind::LicenseIssued, data, None).await?;
        }
        crate::idempotency::finish(&mut tx, claim, &(id, &prepared.key)).await?;
        tx.commit().await?;
        Ok((prepared.row.into(), prepared.key))
    }

    /// A new license of `plan` for `owner`, key minted and sealed, ready to insert in a transaction
    /// (minting reads the product's key, so it happens before the transaction takes its locks).
    pub(crate) async fn prepare_license(
        &self,
        product: &ProductRow,
        plan: &PlanRow,
        owner: Uuid,
        seats: i64,
        now: Timestamp,
    ) -> Result<PreparedLicense, AppError> {
        let days = |d: i64| now.plus(std::time::Duration::from_secs(u64::try_from(d).unwrap_or(0) * 86_400));
        let expires_at = plan.duration_days.map(days);
        let id = Uuid::now_v7();
        let key = self.mint_key(product, &plan.entitlements, id, expires_at, seats).await?;
        let row = store::LicenseRow {
            id,
            product_id: product.id,
            plan_id: plan.id,
            owner_id: owner,
            parent_id: None,
            label: None,
            key_prefix: key_prefix(&key),
            status: LicenseStatus::Active,
            seats,
            seats_used: 0,
            expires_at,
            maintenance_until: plan.maintenance_days.map(days),
            created_at: now,
            invited_email: None,
            auto_renew: 0,
        };
        let digest = rms_crypto::token::digest(&key);
        let sealed = self.ring.seal(key.as_bytes(), &license_key_aad(id));
        Ok(PreparedLicense { row, key, digest, sealed })
    }

    /// Forgets cached license lookups after a change committed elsewhere (a refund).
    pub(crate) fn changed(&self) {
        self.cache.invalidate();
    }

    /// A new key for license `id`: a signed `RMS1-` key stating the license's terms for software
    /// products, a short random key for site products.
    async fn mint_key(
        &self,
        product: &ProductRow,
        entitlements: &Entitlements,
        id: Uuid,
        expires_at: Option<Timestamp>,
        seats: i64,
    ) -> Result<String, AppError> {
        if product.kind == ProductKind::Site {
            return Ok(rms_license::key::short_key());
        }
        let signer = self.signers.get(product.id).await?.ok_or(AppError::NotFound)?;
        let payload = rms_license::key::KeyPayload {
            license_id: id,
            product_id: product.id,
            expires_day: expires_at.map_or(0, |t| u32::try_from(t.as_millis() / 86_400_000).unwrap_or(u32::MAX)),
            seats: u32::try_from(seats).unwrap_or(u32::MAX),
            entitlements: entitlements.bits(),
            key_id: signer.kid.parse().unwrap_or(0),
        };
        Ok(payload.sign(signer.key()))
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
