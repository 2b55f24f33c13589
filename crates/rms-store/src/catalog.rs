//! Products, their signing keys, and plans.

use rms_core::Timestamp;
use rms_core::billing::RefundAction;
use rms_core::licensing::{Entitlements, LicenseStatus};
use rms_core::money::BasisPoints;
use rms_core::pricing::{TierMode, Tiers, Visibility};
use rms_core::product::{CatalogTexts, ProductKind};
use uuid::Uuid;

use crate::{Db, Json, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProductRow {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    #[sqlx(try_from = "String")]
    pub kind: ProductKind,
    pub created_at: Timestamp,
    /// Markdown, shown on the product's store page.
    pub description: String,
    /// What the product offers, one short line each.
    #[sqlx(try_from = "String")]
    pub features: Json<Vec<String>>,
    /// Retired: no longer sold; its licenses carry on.
    pub archived_at: Option<Timestamp>,
    /// The store page's picture: `<sha256 hex>:<png|jpg|webp>` of a stored document, or empty.
    pub image: String,
    /// Its name, description and features in other languages.
    #[sqlx(try_from = "String")]
    pub translations: Json<CatalogTexts>,
}

const PRODUCT_COLUMNS: &str =
    "id, slug, name, kind, created_at, description, features, archived_at, image, translations";

/// A product's name as a notice to its licensees needs it: the main name and its translations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProductName {
    pub name: String,
    pub translations: CatalogTexts,
}

impl ProductName {
    /// From the `name` and `translations` columns.
    pub(crate) fn read(name: String, translations: String) -> Result<Self, StoreError> {
        let translations: Json<CatalogTexts> =
            Json::try_from(translations).map_err(|e| StoreError::Invariant(format!("products.translations: {e}")))?;
        Ok(Self { name, translations: translations.0 })
    }
}

/// Rows of (license, owner, time, product name, product translations) made typed.
pub(crate) fn with_product_names(
    rows: Vec<(Uuid, Uuid, Timestamp, String, String)>,
) -> Result<Vec<(Uuid, Uuid, Timestamp, ProductName)>, StoreError> {
    rows.into_iter().map(|(id, owner, at, name, texts)| Ok((id, owner, at, ProductName::read(name, texts)?))).collect()
}

/// Replaces a product's words in other languages; `false` when there is no such product.
pub async fn set_product_texts(
    tx: &mut Tx,
    id: Uuid,
    texts: &CatalogTexts,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let stored = Json(texts.clone()).to_stored()?;
    let rows = exec_tx!(tx, "UPDATE products SET translations = $2, updated_at = $3 WHERE id = $1";
        id, &stored, now.as_millis())?;
    Ok(rows == 1)
}

/// Replaces a plan's words in other languages; `false` when there is no such plan.
pub async fn set_plan_texts(tx: &mut Tx, id: Uuid, texts: &CatalogTexts, now: Timestamp) -> Result<bool, StoreError> {
    let stored = Json(texts.clone()).to_stored()?;
    let rows = exec_tx!(tx, "UPDATE plans SET translations = $2, updated_at = $3 WHERE id = $1";
        id, &stored, now.as_millis())?;
    Ok(rows == 1)
}

/// Sets (or with an empty value removes) a product's picture; `false` when there is no such
/// product.
pub async fn set_product_image(db: &Db, id: Uuid, image: &str, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec!(db, "UPDATE products SET image = $2, updated_at = $3 WHERE id = $1"; id, image, now.as_millis())?;
    Ok(rows == 1)
}

/// What an admin may change about a product.
#[derive(Clone, Debug)]
pub struct ProductEdit {
    pub name: String,
    pub description: String,
    pub features: Vec<String>,
    pub archived_at: Option<Timestamp>,
}

/// Changes a product's name, description, features and retirement; `false` when there is no
/// such product.
pub async fn update_product(tx: &mut Tx, id: Uuid, e: &ProductEdit, now: Timestamp) -> Result<bool, StoreError> {
    let features = Json(e.features.clone()).to_stored()?;
    let rows = exec_tx!(tx,
        "UPDATE products SET name = $2, description = $3, features = $4, archived_at = $5, updated_at = $6 \
         WHERE id = $1";
        id, &e.name, &e.description, &features, e.archived_at, now.as_millis())?;
    Ok(rows == 1)
}

pub async fn product_tx(tx: &mut Tx, id: Uuid) -> Result<Option<ProductRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PRODUCT_COLUMNS} FROM products WHERE id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; id)?)
}

/// Inserts a product; `false` when the slug is taken (nothing changes then).
pub async fn insert_product(tx: &mut Tx, p: &ProductRow) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "INSERT INTO products (id, slug, name, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) \
         ON CONFLICT (slug) DO NOTHING";
        p.id, &p.slug, &p.name, p.kind.as_str(), p.created_at)?;
    Ok(rows == 1)
}

pub async fn product(db: &Db, id: Uuid) -> Result<Option<ProductRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PRODUCT_COLUMNS} FROM products WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

pub async fn product_by_slug(db: &Db, slug: &str) -> Result<Option<ProductRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PRODUCT_COLUMNS} FROM products WHERE slug = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; slug)?)
}

pub async fn products(db: &Db) -> Result<Vec<ProductRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PRODUCT_COLUMNS} FROM products ORDER BY name, id"));
    Ok(fetch!(db, query_as.fetch_all, sql;)?)
}

/// A product's staging patterns, as its admin wrote them (`None`: no such product).
pub async fn staging_patterns(db: &Db, product: Uuid) -> Result<Option<Vec<String>>, StoreError> {
    let found: Option<sqlx::types::Json<Vec<String>>> = fetch!(db, query_scalar.fetch_optional,
        "SELECT staging_patterns FROM products WHERE id = $1";
        product)?;
    Ok(found.map(|j| j.0))
}

/// Replaces a product's staging patterns; `false` when there is no such product.
pub async fn set_staging_patterns(
    tx: &mut Tx,
    product: Uuid,
    patterns: &[String],
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE products SET staging_patterns = $2, updated_at = $3 WHERE id = $1";
        product, sqlx::types::Json(patterns), now.as_millis())?;
    Ok(rows == 1)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProductKeyRow {
    pub kid: String,
    pub sealed_seed: Vec<u8>,
    pub public_key: Vec<u8>,
    pub created_at: Timestamp,
    pub retired_at: Option<Timestamp>,
    /// When it starts signing; `None`: since it was created.
    pub active_from: Option<Timestamp>,
}

impl ProductKeyRow {
    /// When this key signs from.
    pub fn signs_from(&self) -> Timestamp {
        self.active_from.unwrap_or(self.created_at)
    }
}

/// The key that signs at `now` among a product's keys (oldest first): the newest one not
/// retired whose time has come.
pub fn signing_key(keys: &[ProductKeyRow], now: Timestamp) -> Option<&ProductKeyRow> {
    keys.iter().rev().find(|k| k.retired_at.is_none() && k.signs_from() <= now)
}

/// Inserts a product key that signs from `active_from` (`None`: at once).
pub async fn insert_product_key(
    tx: &mut Tx,
    product: Uuid,
    kid: &str,
    sealed_seed: &[u8],
    public_key: &[u8],
    now: Timestamp,
    active_from: Option<Timestamp>,
) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO product_keys (product_id, kid, sealed_seed, public_key, created_at, active_from) \
         VALUES ($1, $2, $3, $4, $5, $6)";
        product, kid, sealed_seed, public_key, now.as_millis(), active_from.map(Timestamp::as_millis))?;
    Ok(())
}

/// A product's keys, oldest first, retired ones included.
pub async fn product_keys(db: &Db, product: Uuid) -> Result<Vec<ProductKeyRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT kid, sealed_seed, public_key, created_at, retired_at, active_from FROM product_keys \
         WHERE product_id = $1 ORDER BY created_at, LENGTH(kid), kid";
        product)?)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PlanRow {
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
    /// Feature codes, comma-separated.
    #[sqlx(try_from = "String")]
    pub entitlements: Entitlements,
    pub trial: i64,
    pub staging_domains_free: i64,
    /// `None`: devices are recognised by their exact fingerprint; `Some(k)`: by any k components.
    pub fingerprint_min_components: Option<i64>,
    /// Update rights in days from issue; `None`: always.
    pub maintenance_days: Option<i64>,
    pub created_at: Timestamp,
    /// What the plan includes, one short line each (the store's plan card).
    #[sqlx(try_from = "String")]
    pub features: Json<Vec<String>>,
    /// Off the price of a renewal, in basis points.
    pub renewal_discount_bp: BasisPoints,
    /// Its name and features in other languages.
    #[sqlx(try_from = "String")]
    pub translations: Json<CatalogTexts>,
}

const PLAN_COLUMNS: &str = "id, product_id, name, max_activations, duration_days, heartbeat_interval_secs, \
     max_reassignments, heartbeat_grace_secs, offline_grace_secs, reassign_window_days, reassign_cooldown_secs, \
     entitlements, trial, staging_domains_free, fingerprint_min_components, maintenance_days, created_at, features, \
     renewal_discount_bp, translations";

pub async fn insert_plan(db: &Db, p: &PlanRow) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO plans (id, product_id, name, max_activations, duration_days, heartbeat_interval_secs, \
                            max_reassignments, heartbeat_grace_secs, offline_grace_secs, reassign_window_days, \
                            reassign_cooldown_secs, entitlements, trial, staging_domains_free, created_at, updated_at, \
                            fingerprint_min_components, maintenance_days, features, renewal_discount_bp) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16, $17, $18, $19)";
        p.id, p.product_id, &p.name, p.max_activations, p.duration_days, p.heartbeat_interval_secs,
        p.max_reassignments, p.heartbeat_grace_secs, p.offline_grace_secs, p.reassign_window_days,
        p.reassign_cooldown_secs, p.entitlements.to_stored(), p.trial, p.staging_domains_free, p.created_at,
        p.fingerprint_min_components, p.maintenance_days, p.features.to_stored()?, i64::from(p.renewal_discount_bp.get()))?;
    Ok(())
}

/// Replaces everything about a plan but its id, product and creation, over the plan as `read`
/// (its entitlements unchanged since): `false` when there is no such plan or it changed meanwhile.
pub async fn update_plan(tx: &mut Tx, p: &PlanRow, read: &PlanRow, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE plans SET name = $2, max_activations = $3, duration_days = $4, heartbeat_interval_secs = $5, \
             max_reassignments = $6, heartbeat_grace_secs = $7, offline_grace_secs = $8, reassign_window_days = $9, \
             reassign_cooldown_secs = $10, entitlements = $11, trial = $12, staging_domains_free = $13, \
             fingerprint_min_components = $14, maintenance_days = $15, features = $16, renewal_discount_bp = $17, \
             updated_at = $18 \
         WHERE id = $1 AND entitlements = $19";
        p.id, &p.name, p.max_activations, p.duration_days, p.heartbeat_interval_secs, p.max_reassignments,
        p.heartbeat_grace_secs, p.offline_grace_secs, p.reassign_window_days, p.reassign_cooldown_secs,
        p.entitlements.to_stored(), p.trial, p.staging_domains_free, p.fingerprint_min_components, p.maintenance_days,
        p.features.to_stored()?, i64::from(p.renewal_discount_bp.get()), now.as_millis(), read.entitlements.to_stored())?;
    Ok(rows == 1)
}

pub async fn plan_tx(tx: &mut Tx, id: Uuid) -> Result<Option<PlanRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; id)?)
}

pub async fn plan(db: &Db, id: Uuid) -> Result<Option<PlanRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

/// A product's plans, oldest first.
pub async fn plans(db: &Db, product: Uuid) -> Result<Vec<PlanRow>, StoreError> {
    let sql =
        sqlx::AssertSqlSafe(format!("SELECT {PLAN_COLUMNS} FROM plans WHERE product_id = $1 ORDER BY created_at, id"));
    Ok(fetch!(db, query_as.fetch_all, sql; product)?)
}

/// A license as stored (key as digest, prefix and sealed copy).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct LicenseRow {
    pub id: Uuid,
    pub product_id: Uuid,
    pub plan_id: Uuid,
    pub owner_id: Uuid,
    /// The license whose seat pool this sub-license was carved from.
    pub parent_id: Option<Uuid>,
    pub label: Option<String>,
    pub key_prefix: String,
    #[sqlx(try_from = "String")]
    pub status: LicenseStatus,
    pub seats: i64,
    /// Seats taken: live activations that count plus seats carved out into sub-licenses.
    pub seats_used: i64,
    pub expires_at: Option<Timestamp>,
    /// Releases published until then are covered; `None`: all.
    pub maintenance_until: Option<Timestamp>,
    pub created_at: Timestamp,
    /// A sub-license handed to this address, not taken yet by an account that has it.
    pub invited_email: Option<String>,
    /// 1: renewed from the owner's wallet when its term ends.
    pub auto_renew: i64,
}

pub struct NewLicense<'a> {
    pub row: &'a LicenseRow,
    pub key_hash: &'a [u8],
    pub key_sealed: &'a [u8],
}

pub async fn insert_license(tx: &mut Tx, l: &NewLicense<'_>) -> Result<(), StoreError> {
    let r = l.row;
    exec_tx!(tx,
        "INSERT INTO licenses (id, product_id, plan_id, owner_id, key_hash, key_prefix, key_sealed, status, seats, \
                               expires_at, created_at, updated_at, parent_id, label, seats_used, maintenance_until, \
                               invited_email) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13, $14, $15, $16)";
        r.id, r.product_id, r.plan_id, r.owner_id, l.key_hash, &r.key_prefix, l.key_sealed, r.status.as_str(),
        r.seats, r.expires_at, r.created_at, r.parent_id, &r.label, r.seats_used, r.maintenance_until,
        &r.invited_email)?;
    Ok(())
}

/// The sealed key of a license, for showing it to its owner.
pub async fn license_key_sealed(db: &Db, id: Uuid) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_optional, "SELECT key_sealed FROM licenses WHERE id = $1"; id)?)
}

/// A sub-license lives inside its parent: its status is the worse of its own and its parent's
/// (revoked, then suspended, then expired), and it ends no later than its parent. Computed where
/// the license is read (`par` is the parent, joined with [`LICENSES`]), so a change to the parent
/// reaches every sub-license in the same statement that makes it, with no window in between; and
/// reinstating the parent brings back exactly the sub-licenses that were active themselves.
macro_rules! effective_status {
    () => {
        "CASE WHEN l.status = 'revoked' OR par.status = 'revoked' THEN 'revoked' \
              WHEN l.status = 'suspended' OR par.status = 'suspended' THEN 'suspended' \
              WHEN l.status = 'expired' OR par.status = 'expired' THEN 'expired' ELSE l.status END"
    };
}
macro_rules! effective_expiry {
    () => {
        "CASE WHEN par.expires_at IS NOT NULL AND (l.expires_at IS NULL OR par.expires_at < l.expires_at) \
              THEN par.expires_at ELSE l.expires_at END"
    };
}
pub(crate) use {effective_expiry, effective_status};

/// `licenses l` with each sub-license's parent as `par`, for [`effective_status!`].
pub(crate) const LICENSES: &str = "licenses l LEFT JOIN licenses par ON par.id = l.parent_id";

const LICENSE_COLUMNS: &str = concat!(
    "l.id, l.product_id, l.plan_id, l.owner_id, l.parent_id, l.label, l.key_prefix, ",
    effective_status!(),
    " AS status, l.seats, l.seats_used, ",
    effective_expiry!(),
    " AS expires_at, l.maintenance_until, l.created_at, l.invited_email, l.auto_renew"
);

pub async fn license_tx(tx: &mut Tx, id: Uuid) -> Result<Option<LicenseRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {LICENSE_COLUMNS} FROM {LICENSES} WHERE l.id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; id)?)
}

/// Applies the given changes (`None` keeps a field; `expires_at` is `Some(None)` for perpetual).
/// `false` (nothing changed) when the new seat count is below the seats in use.
pub async fn update_license(
    tx: &mut Tx,
    id: Uuid,
    status: Option<LicenseStatus>,
    expires_at: Option<Option<i64>>,
    seats: Option<i64>,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE licenses SET status = COALESCE($2, status), seats = COALESCE($3, seats), \
                             expires_at = CASE WHEN $4 = 1 THEN $5 ELSE expires_at END, updated_at = $6 \
         WHERE id = $1 AND ($3 IS NULL OR seats_used <= $3)";
        id, status.map(LicenseStatus::as_str), seats, i64::from(expires_at.is_some()), expires_at.flatten(),
        now.as_millis())?;
    Ok(rows == 1)
}

/// Whether any license waits for this address (a cheap probe before a write transaction).
pub async fn has_invitations(db: &Db, email: &str) -> Result<bool, StoreError> {
    let found: Option<Uuid> = fetch!(db, query_scalar.fetch_optional,
        "SELECT id FROM licenses WHERE invited_email = $1 LIMIT 1";
        email)?;
    Ok(found.is_some())
}

/// Hands `user` the licenses waiting for their (verified) address; returns their ids.
pub async fn claim_invitations(tx: &mut Tx, user: Uuid, email: &str, now: Timestamp) -> Result<Vec<Uuid>, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_all,
        "UPDATE licenses SET owner_id = $1, invited_email = NULL, updated_at = $3 WHERE invited_email = $2 RETURNING id";
        user, email, now.as_millis())?)
}

/// Gives every sub-license of `parent` the parent's new term (a sub-license never outlives its
/// parent, and extending the parent extends them). In the transaction that changes the parent.
pub async fn follow_parent_term(
    tx: &mut Tx,
    parent: Uuid,
    expires_at: Option<i64>,
    now: Timestamp,
) -> Result<u64, StoreError> {
    Ok(exec_tx!(tx, "UPDATE licenses SET expires_at = $2, updated_at = $3 WHERE parent_id = $1";
        parent, expires_at, now.as_millis())?)
}

/// The order of a license list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LicenseOrder {
    /// Most recently issued first.
    #[default]
    Newest,
    /// First issued first.
    Oldest,
    /// The soonest to expire first; perpetual licenses last.
    Expiry,
}

impl LicenseOrder {
    fn sql(self) -> &'static str {
        match self {
            LicenseOrder::Newest => "l.created_at DESC, l.id DESC",
            LicenseOrder::Oldest => "l.created_at ASC, l.id ASC",
            LicenseOrder::Expiry => "CASE WHEN l.expires_at IS NULL THEN 1 ELSE 0 END, l.expires_at ASC, l.id ASC",
        }
    }
}

/// Licenses matching every given filter (key prefix or owner email fragment, product, status),
/// in `order`.
pub async fn search_licenses(
    db: &Db,
    query: Option<&str>,
    product: Option<Uuid>,
    status: Option<LicenseStatus>,
    order: LicenseOrder,
    limit: i64,
    offset: i64,
) -> Result<Vec<LicenseRow>, StoreError> {
    let pattern = query.map(|q| {
        let escaped: String =
            q.chars().flat_map(|c| if matches!(c, '%' | '_' | '\\') { vec!['\\', c] } else { vec![c] }).collect();
        escaped
    });
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {LICENSE_COLUMNS} FROM {LICENSES} JOIN users u ON u.id = l.owner_id \
         WHERE ($1 IS NULL OR l.key_prefix LIKE $1 || '%' ESCAPE '\\' OR LOWER(u.email) LIKE '%' || LOWER($1) || '%' ESCAPE '\\') \
           AND ($2 IS NULL OR l.product_id = $2) AND ($3 IS NULL OR {status} = $3) \
         ORDER BY {order} LIMIT $4 OFFSET $5",
        status = effective_status!(),
        order = order.sql()
    ));
    Ok(fetch!(db, query_as.fetch_all, sql;
        pattern.as_deref(), product, status.map(LicenseStatus::as_str), limit, offset)?)
}

/// A license of `owner` with its sealed key; `None` when it is not theirs (or does not exist).
pub async fn owned_licenses(
    db: &Db,
    owner: Uuid,
    only: Option<Uuid>,
) -> Result<Vec<(LicenseRow, Vec<u8>)>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        license: LicenseRow,
        key_sealed: Vec<u8>,
    }
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {LICENSE_COLUMNS}, l.key_sealed FROM {LICENSES} \
         WHERE l.owner_id = $1 AND ($2 IS NULL OR l.id = $2) ORDER BY l.created_at DESC, l.id DESC"
    ));
    let rows: Vec<Row> = fetch!(db, query_as.fetch_all, sql; owner, only)?;
    Ok(rows.into_iter().map(|r| (r.license, r.key_sealed)).collect())
}

/// The products `owner` holds a license of (any status), by name.
pub async fn products_of_owner(db: &Db, owner: Uuid) -> Result<Vec<ProductRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT p.id, p.slug, p.name, p.kind, p.created_at, p.description, p.features, p.archived_at, p.image, \
                p.translations \
         FROM products p \
         WHERE EXISTS (SELECT 1 FROM licenses l WHERE l.product_id = p.id AND l.owner_id = $1) ORDER BY p.name, p.id";
        owner)?)
}

/// The plans `owner` holds licenses of.
pub async fn plans_of_owner(db: &Db, owner: Uuid) -> Result<Vec<PlanRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {PLAN_COLUMNS} FROM plans \
         WHERE EXISTS (SELECT 1 FROM licenses l WHERE l.plan_id = plans.id AND l.owner_id = $1) ORDER BY created_at, id"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; owner)?)
}

/// Every sealed product key, for re-encryption: (product, kid, sealed seed).
pub async fn all_sealed_product_keys(tx: &mut Tx) -> Result<Vec<(Uuid, String, Vec<u8>)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all, "SELECT product_id, kid, sealed_seed FROM product_keys";)?)
}

pub async fn reseal_product_key(tx: &mut Tx, product: Uuid, kid: &str, sealed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE product_keys SET sealed_seed = $3 WHERE product_id = $1 AND kid = $2"; product, kid, sealed)?;
    Ok(())
}

/// Every license's sealed key, for re-encryption: (license, sealed key).
pub async fn all_sealed_license_keys(tx: &mut Tx) -> Result<Vec<(Uuid, Vec<u8>)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all, "SELECT id, key_sealed FROM licenses";)?)
}

pub async fn reseal_license_key(tx: &mut Tx, license: Uuid, sealed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE licenses SET key_sealed = $2 WHERE id = $1"; license, sealed)?;
    Ok(())
}

/// The sub-licenses carved out of `parent`, oldest first, with their sealed keys.
pub async fn sub_licenses(db: &Db, parent: Uuid) -> Result<Vec<(LicenseRow, Vec<u8>)>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        license: LicenseRow,
        key_sealed: Vec<u8>,
    }
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {LICENSE_COLUMNS}, l.key_sealed FROM {LICENSES} WHERE l.parent_id = $1 ORDER BY l.created_at, l.id"
    ));
    let rows: Vec<Row> = fetch!(db, query_as.fetch_all, sql; parent)?;
    Ok(rows.into_iter().map(|r| (r.license, r.key_sealed)).collect())
}

/// A license, outside any transaction.
pub async fn license(db: &Db, id: Uuid) -> Result<Option<LicenseRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {LICENSE_COLUMNS} FROM {LICENSES} WHERE l.id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

/// Revokes a license; `false` when it already was revoked.
pub async fn revoke(tx: &mut Tx, id: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE licenses SET status = 'revoked', updated_at = $2 WHERE id = $1 AND status <> 'revoked'";
        id, now.as_millis())?;
    Ok(rows == 1)
}

/// What a plan costs (minor units of the base currency).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PriceRow {
    pub plan_id: Uuid,
    pub unit_minor: i64,
    #[sqlx(try_from = "String")]
    pub tiers: Tiers,
    #[sqlx(try_from = "String")]
    pub tier_mode: TierMode,
    pub sale_minor: Option<i64>,
    pub sale_from: Option<Timestamp>,
    pub sale_until: Option<Timestamp>,
    #[sqlx(try_from = "String")]
    pub visibility: Visibility,
    pub updated_at: Timestamp,
}

/// Sets a plan's price (insert or replace).
pub async fn set_price(db: &Db, p: &PriceRow) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO plan_prices (plan_id, unit_minor, tiers, tier_mode, sale_minor, sale_from, sale_until, visibility, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
         ON CONFLICT (plan_id) DO UPDATE SET unit_minor = excluded.unit_minor, tiers = excluded.tiers, \
             tier_mode = excluded.tier_mode, sale_minor = excluded.sale_minor, sale_from = excluded.sale_from, \
             sale_until = excluded.sale_until, visibility = excluded.visibility, updated_at = excluded.updated_at";
        p.plan_id, p.unit_minor, p.tiers.to_stored(), p.tier_mode.as_str(), p.sale_minor, p.sale_from, p.sale_until,
        p.visibility.as_str(), p.updated_at)?;
    Ok(())
}

pub async fn price(db: &Db, plan: Uuid) -> Result<Option<PriceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PRICE_COLUMNS} FROM {PRICED} WHERE pp.plan_id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; plan)?)
}

/// A plan's price row as the store sells it: a plan of a retired product reads as archived.
const PRICE_COLUMNS: &str = "pp.plan_id, pp.unit_minor, pp.tiers, pp.tier_mode, pp.sale_minor, pp.sale_from, \
     pp.sale_until, CASE WHEN pr.archived_at IS NULL THEN pp.visibility ELSE 'archived' END AS visibility, pp.updated_at";
const PRICED: &str = "plan_prices pp JOIN plans pl ON pl.id = pp.plan_id JOIN products pr ON pr.id = pl.product_id";

/// [`price`] inside a transaction (a purchase prices its cart where it charges it).
pub async fn price_tx(tx: &mut Tx, plan: Uuid) -> Result<Option<PriceRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {PRICE_COLUMNS} FROM {PRICED} WHERE pp.plan_id = $1"));
    Ok(fetch_tx!(tx, query_as.fetch_optional, sql; plan)?)
}

/// A plan's price as its admin set it: unlike [`price`], a retired product's plans keep their
/// own visibility here (the admin's forms show and keep it).
pub async fn price_as_set(db: &Db, plan: Uuid) -> Result<Option<PriceRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_optional,
        "SELECT plan_id, unit_minor, tiers, tier_mode, sale_minor, sale_from, sale_until, visibility, updated_at \
         FROM plan_prices WHERE plan_id = $1";
        plan)?)
}

/// What a refund does to a plan's licenses and within how many days it may be asked.
pub async fn refund_terms(db: &Db, plan: Uuid) -> Result<Option<(RefundAction, Option<i64>)>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct Terms {
        #[sqlx(try_from = "String")]
        refund_action: RefundAction,
        refund_window_days: Option<i64>,
    }
    let row: Option<Terms> = fetch!(db, query_as.fetch_optional,
        "SELECT refund_action, refund_window_days FROM plans WHERE id = $1";
        plan)?;
    Ok(row.map(|t| (t.refund_action, t.refund_window_days)))
}

/// A product's own commission rate (`None`: the global one).
pub async fn commission_of(db: &Db, product: Uuid) -> Result<Option<i64>, StoreError> {
    let row: Option<(Option<i64>,)> =
        fetch!(db, query_as.fetch_optional, "SELECT commission_bp FROM products WHERE id = $1"; product)?;
    Ok(row.and_then(|r| r.0))
}

/// Sets what a refund does to a plan's licenses (`revoke` or `suspend`).
pub async fn set_refund_action(
    db: &Db,
    plan: Uuid,
    action: RefundAction,
    window_days: Option<i64>,
) -> Result<bool, StoreError> {
    let rows = exec!(db, "UPDATE plans SET refund_action = $2, refund_window_days = $3 WHERE id = $1";
        plan, action.as_str(), window_days)?;
    Ok(rows == 1)
}

/// Sets a product's affiliate commission in basis points (`None`: the global rate).
pub async fn set_commission(db: &Db, product: Uuid, bp: Option<i64>) -> Result<bool, StoreError> {
    let rows = exec!(db, "UPDATE products SET commission_bp = $2 WHERE id = $1"; product, bp)?;
    Ok(rows == 1)
}

/// A product's own commission rate, when it has one.
pub async fn commission_bp(tx: &mut Tx, product: Uuid) -> Result<Option<i64>, StoreError> {
    let row: Option<(Option<i64>,)> = fetch_tx!(tx, query_as.fetch_optional, "SELECT commission_bp FROM products WHERE id = $1";
        product)?;
    Ok(row.and_then(|r| r.0))
}

/// Turns a top-level license's auto-renewal on or off; `false` when `owner` has no such license.
pub async fn set_auto_renew(db: &Db, id: Uuid, owner: Uuid, on: bool, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec!(db,
        "UPDATE licenses SET auto_renew = $3, updated_at = $4 WHERE id = $1 AND owner_id = $2 AND parent_id IS NULL";
        id, owner, i64::from(on), now.as_millis())?;
    Ok(rows == 1)
}

/// A license renewing itself: (license, owner, its end, product name).
pub type AutoRenewal = (Uuid, Uuid, Timestamp, ProductName);

/// Auto-renewing licenses whose end lies in `[from, until]` (active, or lapsed and still
/// renewable), soonest first.
pub async fn auto_renewals_between(
    db: &Db,
    from: Timestamp,
    until: Timestamp,
    limit: i64,
) -> Result<Vec<AutoRenewal>, StoreError> {
    with_product_names(fetch!(db, query_as.fetch_all,
        "SELECT l.id, l.owner_id, l.expires_at, p.name, p.translations FROM licenses l JOIN products p ON p.id = l.product_id \
         WHERE l.auto_renew = 1 AND l.parent_id IS NULL AND l.status IN ('active', 'expired') \
           AND l.expires_at IS NOT NULL AND l.expires_at >= $1 AND l.expires_at <= $2 \
         ORDER BY l.expires_at, l.id LIMIT $3";
        from.as_millis(), until.as_millis(), limit)?)
}

/// Auto-renewing active licenses ending in `(now, horizon]` whose owner was not reminded of
/// this end yet.
pub async fn auto_renewals_to_remind(
    db: &Db,
    now: Timestamp,
    horizon: Timestamp,
    limit: i64,
) -> Result<Vec<AutoRenewal>, StoreError> {
    with_product_names(fetch!(db, query_as.fetch_all,
        "SELECT l.id, l.owner_id, l.expires_at, p.name, p.translations FROM licenses l JOIN products p ON p.id = l.product_id \
         WHERE l.auto_renew = 1 AND l.parent_id IS NULL AND l.status = 'active' \
           AND l.expires_at > $1 AND l.expires_at <= $2 \
           AND (l.renewal_reminded_for IS NULL OR l.renewal_reminded_for <> l.expires_at) \
         ORDER BY l.expires_at, l.id LIMIT $3";
        now.as_millis(), horizon.as_millis(), limit)?)
}

/// Stops a license renewing itself (its renewal was refunded: renewing it again would charge the
/// money just given back).
pub async fn clear_auto_renew(tx: &mut Tx, id: Uuid, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE licenses SET auto_renew = 0, updated_at = $2 WHERE id = $1"; id, now.as_millis())?;
    Ok(())
}

/// Remembers that the owner was reminded of the end `expires_at`.
pub async fn mark_renewal_reminded(tx: &mut Tx, id: Uuid, expires_at: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE licenses SET renewal_reminded_for = $2 WHERE id = $1"; id, expires_at.as_millis())?;
    Ok(())
}

/// How many active licenses end between `from` and `to`.
pub async fn expiring_between(db: &Db, from: Timestamp, to: Timestamp) -> Result<i64, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM licenses WHERE status = 'active' AND expires_at >= $1 AND expires_at < $2";
        from.as_millis(), to.as_millis())?)
}

/// A renewal as stored (migration 0024).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct RenewalRow {
    pub id: Uuid,
    pub license_id: Uuid,
    pub invoice_id: Uuid,
    pub previous_expires_at: Timestamp,
    pub new_expires_at: Timestamp,
    pub created_at: Timestamp,
    pub reversed_at: Option<Timestamp>,
}

pub async fn insert_renewal(tx: &mut Tx, r: &RenewalRow) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO license_renewals (id, license_id, invoice_id, previous_expires_at, new_expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)";
        r.id, r.license_id, r.invoice_id, r.previous_expires_at.as_millis(), r.new_expires_at.as_millis(),
        r.created_at.as_millis())?;
    Ok(())
}

/// The renewal an invoice paid for, when it is one and was not taken back yet.
pub async fn renewal_of_invoice(tx: &mut Tx, invoice: Uuid) -> Result<Option<RenewalRow>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_optional,
        "SELECT id, license_id, invoice_id, previous_expires_at, new_expires_at, created_at, reversed_at \
         FROM license_renewals WHERE invoice_id = $1 AND reversed_at IS NULL";
        invoice)?)
}

pub async fn mark_renewal_reversed(tx: &mut Tx, id: Uuid, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE license_renewals SET reversed_at = $2 WHERE id = $1"; id, now.as_millis())?;
    Ok(())
}

/// Sets how long a license receives updates (a renewal extends it).
pub async fn set_maintenance(
    tx: &mut Tx,
    id: Uuid,
    until: Option<Timestamp>,
    now: Timestamp,
) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE licenses SET maintenance_until = $2, updated_at = $3 WHERE id = $1";
        id, until.map(Timestamp::as_millis), now.as_millis())?;
    Ok(())
}
