//! Exchange rates an admin set.

use crate::{Db, StoreError, exec, fetch};
use rms_core::Timestamp;

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct RateRow {
    pub currency: String,
    pub rate: String,
    pub source: String,
    pub fetched_at: Timestamp,
}

pub async fn set_rate(db: &Db, r: &RateRow) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO currency_rates (currency, rate, source, fetched_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (currency) DO UPDATE SET rate = excluded.rate, source = excluded.source, fetched_at = excluded.fetched_at";
        &r.currency, &r.rate, &r.source, r.fetched_at)?;
    Ok(())
}

pub async fn rates(db: &Db) -> Result<Vec<RateRow>, StoreError> {
    Ok(
        fetch!(db, query_as.fetch_all, "SELECT currency, rate, source, fetched_at FROM currency_rates ORDER BY currency";)?,
    )
}
