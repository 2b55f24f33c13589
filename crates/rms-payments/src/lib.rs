//! Payment gateways behind one port ([`PaymentGateway`]): start a payment, check a webhook over
//! its raw bytes, read a payment back, and say what each gateway's status means for the money.
//! One folder per gateway holds its wire types, signature rules and client; [`registry`] lists
//! them, so the wallet, pages and settings never name a gateway. The gateways' facts come from
//! `docs/payments.md` (and the research behind it); the signature quirks are tested against real
//! vectors in `tests/vectors/`.

pub mod canonical;
pub mod cryptomus;
mod http;
pub mod nowpayments;
pub mod paypal;
pub mod plisio;
mod port;
pub mod registry;
pub mod verify;

pub use port::{
    Created, GatewayAmount, GatewayError, GatewayFuture, Observation, Order, PaymentGateway, PaymentState, Refused,
    Verified,
};
pub use registry::{Flow, GatewayId, GatewaySpec, Settings};
pub use verify::{Attempt, Headers, Report, VerifyError};
