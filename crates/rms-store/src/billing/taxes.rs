//! The admin's tax rates, by country (`DE`) or region (`US-CA`).

use rms_core::Timestamp;
use rms_core::money::BasisPoints;

use crate::{Db, StoreError, Tx, exec, fetch, fetch_tx};

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct TaxRateRow {
    pub region: String,
    pub rate_bp: BasisPoints,
    pub updated_at: Timestamp,
}

/// Sets a region's rate; returns the rate it replaced.
pub async fn set_tax_rate(
    db: &Db,
    region: &str,
    rate: BasisPoints,
    now: Timestamp,
) -> Result<Option<BasisPoints>, StoreError> {
    let before: Option<(BasisPoints,)> =
        fetch!(db, query_as.fetch_optional, "SELECT rate_bp FROM tax_rates WHERE region = $1"; region)?;
    exec!(db,
        "INSERT INTO tax_rates (region, rate_bp, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (region) DO UPDATE SET rate_bp = excluded.rate_bp, updated_at = excluded.updated_at";
        region, i64::from(rate.get()), now)?;
    Ok(before.map(|(r,)| r))
}

/// Removes a region's rate; returns it when there was one.
pub async fn delete_tax_rate(db: &Db, region: &str) -> Result<Option<BasisPoints>, StoreError> {
    let before: Option<(BasisPoints,)> =
        fetch!(db, query_as.fetch_optional, "SELECT rate_bp FROM tax_rates WHERE region = $1"; region)?;
    exec!(db, "DELETE FROM tax_rates WHERE region = $1"; region)?;
    Ok(before.map(|(r,)| r))
}

/// Every rate, by region code.
pub async fn tax_rates(db: &Db) -> Result<Vec<TaxRateRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all, "SELECT region, rate_bp, updated_at FROM tax_rates ORDER BY region";)?)
}

/// The rates of a country and its regions (`DE`, or `US` and `US-…`), read in the purchase's
/// transaction so the rate charged is the one in force when it commits.
pub async fn tax_rates_of_tx(tx: &mut Tx, country: &str) -> Result<Vec<TaxRateRow>, StoreError> {
    let regions = format!("{country}-%");
    Ok(fetch_tx!(tx, query_as.fetch_all,
        "SELECT region, rate_bp, updated_at FROM tax_rates WHERE region = $1 OR region LIKE $2 ORDER BY region";
        country, &regions)?)
}

/// The same, outside a transaction (quotes).
pub async fn tax_rates_of(db: &Db, country: &str) -> Result<Vec<TaxRateRow>, StoreError> {
    let regions = format!("{country}-%");
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT region, rate_bp, updated_at FROM tax_rates WHERE region = $1 OR region LIKE $2 ORDER BY region";
        country, &regions)?)
}
