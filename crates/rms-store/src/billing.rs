//! The store's money rows besides the ledger, one module per aggregate: idempotency keys, promo
//! codes and their use, invoices and their gapless numbers, stored documents, gateway payments,
//! affiliates, settings, exchange rates, tax rates and billing profiles. Callers use them through this module
//! (`billing::invoice`), so the split is invisible outside the store.

mod affiliates;
mod documents;
mod gateways;
mod idempotency;
mod invoices;
mod orders;
mod payments;
mod profiles;
mod promos;
mod rates;
mod settings;
mod taxes;

pub use affiliates::*;
pub use documents::*;
pub use gateways::*;
pub use idempotency::*;
pub use invoices::*;
pub use orders::*;
pub use payments::*;
pub use profiles::*;
pub use promos::*;
pub use rates::*;
pub use settings::*;
pub use taxes::*;

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{StoreError, Tx, exec_tx};

/// Moves row `id` of `table` from state `from` to `to`; `false` when it was not in `from`. The
/// condition is what keeps a refund or a commission's release from happening twice when two
/// requests race: only one of them sees its row in `from`.
async fn transition(
    tx: &mut Tx,
    table: &'static str,
    id: Uuid,
    from: &'static str,
    to: &'static str,
    now: Timestamp,
) -> Result<bool, StoreError> {
    // `table` is one of this module's names, never input.
    let sql =
        sqlx::AssertSqlSafe(format!("UPDATE {table} SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2"));
    let rows = exec_tx!(tx, sql; id, from, to, now.as_millis())?;
    Ok(rows == 1)
}
