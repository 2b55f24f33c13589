//! Renewals: licenses renewing themselves from their owner's wallet, the renewals purchases made
//! (taken back by a refund), and the update rights a renewal extends.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

use super::{ProductName, with_product_names};

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
