//! Products, their signing keys, plans, prices, licenses and renewals, one module per aggregate.
//! Callers use them through this module (`catalog::plan`), so the split is invisible outside the
//! store.

mod keys;
mod licenses;
mod plans;
mod prices;
mod products;
mod renewals;

pub use keys::*;
pub use licenses::*;
pub use plans::*;
pub use prices::*;
pub use products::*;
pub use renewals::*;
