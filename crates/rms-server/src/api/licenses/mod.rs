//! The licensing API: the product protocol (`licensing`, `edd`), products and licenses as their
//! issuer manages them (`products`), and seats as their holders manage them (`seats`).

pub mod edd;
pub mod licensing;
pub mod products;
pub mod seats;
pub mod usage;
