//! Customers' billing profiles (what their invoices show).

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, on_db};

/// What a customer's invoices show besides their name and email.
#[derive(Clone, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct ProfileRow {
    pub company: String,
    pub tax_id: String,
    pub address: String,
    pub country: String,
}

pub async fn billing_profile(db: &Db, user: Uuid) -> Result<Option<ProfileRow>, StoreError> {
    Ok(on_db!(db, pool => sqlx::query_as(
        "SELECT company, tax_id, address, country FROM billing_profiles WHERE user_id = $1")
        .bind(user)
        .fetch_optional(pool).await)?)
}

pub async fn set_billing_profile(db: &Db, user: Uuid, p: &ProfileRow, now: Timestamp) -> Result<(), StoreError> {
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
