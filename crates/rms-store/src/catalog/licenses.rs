//! Licenses and their sub-licenses: issued, read (a sub-license within its parent's status and
//! term), searched, changed and revoked; and sub-licenses waiting for an invited address.

use rms_core::Timestamp;
use rms_core::licensing::LicenseStatus;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec_tx, fetch, fetch_tx};

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

/// A license read with its sealed key (the owner's pages show the key).
#[derive(sqlx::FromRow)]
struct WithKey {
    #[sqlx(flatten)]
    license: LicenseRow,
    key_sealed: Vec<u8>,
}

/// A license of `owner` with its sealed key; `None` when it is not theirs (or does not exist).
pub async fn owned_licenses(
    db: &Db,
    owner: Uuid,
    only: Option<Uuid>,
) -> Result<Vec<(LicenseRow, Vec<u8>)>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {LICENSE_COLUMNS}, l.key_sealed FROM {LICENSES} \
         WHERE l.owner_id = $1 AND ($2 IS NULL OR l.id = $2) ORDER BY l.created_at DESC, l.id DESC"
    ));
    let rows: Vec<WithKey> = fetch!(db, query_as.fetch_all, sql; owner, only)?;
    Ok(rows.into_iter().map(|r| (r.license, r.key_sealed)).collect())
}

/// The sub-licenses carved out of `parent`, oldest first, with their sealed keys.
pub async fn sub_licenses(db: &Db, parent: Uuid) -> Result<Vec<(LicenseRow, Vec<u8>)>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {LICENSE_COLUMNS}, l.key_sealed FROM {LICENSES} WHERE l.parent_id = $1 ORDER BY l.created_at, l.id"
    ));
    let rows: Vec<WithKey> = fetch!(db, query_as.fetch_all, sql; parent)?;
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

/// How many active licenses end between `from` and `to`.
pub async fn expiring_between(db: &Db, from: Timestamp, to: Timestamp) -> Result<i64, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM licenses WHERE status = 'active' AND expires_at >= $1 AND expires_at < $2";
        from.as_millis(), to.as_millis())?)
}
