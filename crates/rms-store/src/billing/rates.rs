//! Exchange rates an admin set.

use crate::{Db, StoreError, on_db};
use rms_core::Timestamp;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct RateRow {
    pub currency: String,
    pub rate: String,
    pub source: String,
    pub fetched_at: Timestamp,
}

pub async fn set_rate(db: &Db, r: &RateRow) -> Result<(), StoreError> {
    on_db!(db, pool => sqlx::query(
        "INSERT INTO currency_rates (currency, rate, source, fetched_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (currency) DO UPDATE SET rate = excluded.rate, source = excluded.source, fetched_at = excluded.fetched_at")
        .bind(&r.currency)
        .bind(&r.rate)
        .bind(&r.source)
        .bind(r.fetched_at)
        .execute(pool).await.map(|r| r.rows_affected()))?;
    Ok(())
}

pub async fn rates(db: &Db) -> Result<Vec<RateRow>, StoreError> {
    Ok(
        on_db!(db, pool => sqlx::query_as("SELECT currency, rate, source, fetched_at FROM currency_rates ORDER BY currency")
        .fetch_all(pool).await)?,
    )
}
