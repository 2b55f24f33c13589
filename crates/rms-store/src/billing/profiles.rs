//! Customers' billing profiles (what their invoices show). The company, tax id and address
//! arrive sealed (the application seals them under the master key); the country and region stay
//! readable for taxes and analytics.

use rms_core::Timestamp;
use rms_core::billing::BillingProfile;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(sqlx::FromRow)]
struct ProfileRow {
    company: String,
    tax_id: String,
    address: String,
    country: String,
    region: String,
    sealed: Option<Vec<u8>>,
}

/// A profile as stored: the sealed part, when it was sealed, and the readable columns (which hold
/// the company, tax id and address themselves only in rows from before sealing).
#[derive(Clone, Debug, Default)]
pub struct StoredProfile {
    pub sealed: Option<Vec<u8>>,
    pub plain: BillingProfile,
}

impl From<ProfileRow> for StoredProfile {
    fn from(r: ProfileRow) -> Self {
        Self {
            sealed: r.sealed,
            plain: BillingProfile {
                company: r.company,
                tax_id: r.tax_id,
                address: r.address,
                country: r.country,
                region: r.region,
            },
        }
    }
}

pub async fn billing_profile(db: &Db, user: Uuid) -> Result<Option<StoredProfile>, StoreError> {
    let row: Option<ProfileRow> = fetch!(db, query_as.fetch_optional,
        "SELECT company, tax_id, address, country, region, sealed FROM billing_profiles WHERE user_id = $1";
        user)?;
    Ok(row.map(StoredProfile::from))
}

/// Writes a profile: its country and region, and the rest sealed.
pub async fn set_billing_profile(
    db: &Db,
    user: Uuid,
    country: &str,
    region: &str,
    sealed: &[u8],
    now: Timestamp,
) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO billing_profiles (user_id, company, tax_id, address, country, region, sealed, updated_at) \
         VALUES ($1, '', '', '', $2, $3, $4, $5) \
         ON CONFLICT (user_id) DO UPDATE SET company = '', tax_id = '', address = '', country = excluded.country, \
             region = excluded.region, sealed = excluded.sealed, updated_at = excluded.updated_at";
        user, country, region, sealed, now.as_millis())?;
    Ok(())
}

/// Profiles with a readable company, tax id or address: written before sealing (or, during an
/// upgrade, by a node of the previous version).
pub async fn unsealed_profiles(db: &Db) -> Result<Vec<(Uuid, String, String, String)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT user_id, company, tax_id, address FROM billing_profiles \
         WHERE company <> '' OR tax_id <> '' OR address <> ''";)?)
}

/// Seals such a profile, if nobody rewrote it since it was read.
pub async fn seal_profile(db: &Db, user: Uuid, read: (&str, &str, &str), sealed: &[u8]) -> Result<bool, StoreError> {
    Ok(exec!(db,
        "UPDATE billing_profiles SET company = '', tax_id = '', address = '', sealed = $5 \
         WHERE user_id = $1 AND company = $2 AND tax_id = $3 AND address = $4";
        user, read.0, read.1, read.2, sealed)?
        == 1)
}

/// Every sealed profile, for a master key rotation.
pub async fn sealed_profiles(tx: &mut Tx) -> Result<Vec<(Uuid, Vec<u8>)>, StoreError> {
    Ok(fetch_tx!(tx, query_as.fetch_all, "SELECT user_id, sealed FROM billing_profiles WHERE sealed IS NOT NULL";)?)
}

/// Replaces a sealed profile with the same profile sealed under the new key, unless its owner
/// saved a new one since it was read (theirs is kept).
pub async fn reseal_profile(tx: &mut Tx, user: Uuid, old: &[u8], sealed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE billing_profiles SET sealed = $3 WHERE user_id = $1 AND sealed = $2"; user, old, sealed)?;
    Ok(())
}
