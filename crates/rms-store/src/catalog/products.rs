//! Products: their store pages (words, picture, translations), staging patterns and affiliate
//! commission.

use rms_core::Timestamp;
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

/// The products `owner` holds a license of (any status), by name.
pub async fn products_of_owner(db: &Db, owner: Uuid) -> Result<Vec<ProductRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT p.id, p.slug, p.name, p.kind, p.created_at, p.description, p.features, p.archived_at, p.image, \
                p.translations \
         FROM products p \
         WHERE EXISTS (SELECT 1 FROM licenses l WHERE l.product_id = p.id AND l.owner_id = $1) ORDER BY p.name, p.id";
        owner)?)
}

/// A product's own commission rate (`None`: the global one).
pub async fn commission_of(db: &Db, product: Uuid) -> Result<Option<i64>, StoreError> {
    let row: Option<(Option<i64>,)> =
        fetch!(db, query_as.fetch_optional, "SELECT commission_bp FROM products WHERE id = $1"; product)?;
    Ok(row.and_then(|r| r.0))
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
