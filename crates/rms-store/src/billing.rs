//! The store's money rows besides the ledger, one module per aggregate: idempotency keys, promo
//! codes and their use, invoices and their gapless numbers, stored documents, gateway payments,
//! affiliates, settings, exchange rates and billing profiles. Callers use them through this module
//! (`billing::invoice`), so the split is invisible outside the store.

mod affiliates;
mod documents;
mod idempotency;
mod invoices;
mod payments;
mod profiles;
mod promos;
mod rates;
mod settings;

pub use affiliates::*;
pub use documents::*;
pub use idempotency::*;
pub use invoices::*;
pub use payments::*;
pub use profiles::*;
pub use promos::*;
pub use rates::*;
pub use settings::*;
