//! Customers' billing profiles (what their invoices show).

use rms_core::Timestamp;
use rms_core::billing::BillingProfile;
use uuid::Uuid;

use crate::{Db, StoreError, on_db};

#[derive(sqlx::FromRow)]
struct ProfileRow {
    company: String,
    tax_id: String,
    address: String,
    country: String,
}

impl From<ProfileRow> for BillingProfile {
    fn from(r: ProfileRow) -> Self {
        Self { company: r.company, tax_id: r.tax_id, address: r.address, country: r.country }
    }
}

pub async fn billing_profile(db: &Db, user: Uuid) -> Result<Option<BillingProfile>, StoreError> {
    let row: Option<ProfileRow> = on_db!(db, pool => sqlx::query_as(
        "SELECT company, tax_id, address, country FROM billing_profiles WHERE user_id = $1")
        .bind(user)
        .fetch_optional(pool).await)?;
    Ok(row.map(BillingProfile::from))
}

pub async fn set_billing_profile(db: &Db, user: Uuid, p: &BillingProfile, now: Timestamp) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query(
        "INSERT INTO billing_profiles (user_id, company, tax_id, address, country, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (user_id) DO UPDATE SET company = excluded.company, tax_id = excluded.tax_id, \
             address = excluded.address, country = excluded.country, updated_at = excluded.updated_at")
        .bind(user)
        .bind(&p.company)
        .bind(&p.tax_id)
        .bind(&p.address)
        .bind(&p.country)
        .bind(now.as_millis())
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}
