//! Customers' billing profiles (what their invoices show).

use rms_core::Timestamp;
use rms_core::billing::BillingProfile;
use uuid::Uuid;

use crate::{Db, StoreError, exec, fetch};

#[derive(sqlx::FromRow)]
struct ProfileRow {
    company: String,
    tax_id: String,
    address: String,
    country: String,
    region: String,
}

impl From<ProfileRow> for BillingProfile {
    fn from(r: ProfileRow) -> Self {
        Self { company: r.company, tax_id: r.tax_id, address: r.address, country: r.country, region: r.region }
    }
}

pub async fn billing_profile(db: &Db, user: Uuid) -> Result<Option<BillingProfile>, StoreError> {
    let row: Option<ProfileRow> = fetch!(db, query_as.fetch_optional,
        "SELECT company, tax_id, address, country, region FROM billing_profiles WHERE user_id = $1";
        user)?;
    Ok(row.map(BillingProfile::from))
}

pub async fn set_billing_profile(db: &Db, user: Uuid, p: &BillingProfile, now: Timestamp) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO billing_profiles (user_id, company, tax_id, address, country, region, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (user_id) DO UPDATE SET company = excluded.company, tax_id = excluded.tax_id, \
             address = excluded.address, country = excluded.country, region = excluded.region, \
             updated_at = excluded.updated_at";
        user, &p.company, &p.tax_id, &p.address, &p.country, &p.region, now.as_millis())?;
    Ok(())
}
