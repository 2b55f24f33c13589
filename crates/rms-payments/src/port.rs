//! The port every gateway implements, and the values that cross it. A webhook is a hint; the
//! read-back is the truth: both produce an [`Observation`], and the wallet credits only what a
//! read-back observed.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::str::FromStr;

use rust_decimal::Decimal;
use url::Url;

use crate::verify::{Headers, Report, VerifyError};

pub type GatewayFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a gateway's status means for the money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PaymentState {
    /// Nothing final yet: wait for the next event or read back later.
    Pending,
    /// The whole amount (or more) arrived: credit.
    Paid,
    /// Less than asked arrived and no more will (or the payer may still add to it: see the
    /// gateway's status word): the admin's policy decides.
    PartiallyPaid,
    /// Money arrived but the gateway holds it (Cryptomus AML lock): an admin reviews it.
    Held,
    /// No money will come.
    Failed,
    /// Money came and went back (refund, reversal, chargeback).
    Refunded,
}

impl PaymentState {
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentState::Pending => "pending",
            PaymentState::Paid => "paid",
            PaymentState::PartiallyPaid => "partially_paid",
            PaymentState::Held => "held",
            PaymentState::Failed => "failed",
            PaymentState::Refunded => "refunded",
        }
    }

    /// No later event changes it except a refund.
    pub fn is_final(self) -> bool {
        !matches!(self, PaymentState::Pending)
    }
}

impl fmt::Display for PaymentState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An amount as a gateway states it: an exact decimal and the gateway's currency code
/// (upper-cased; crypto assets keep their ticker).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GatewayAmount {
    pub amount: Decimal,
    pub currency: String,
}

impl GatewayAmount {
    /// Parses a decimal string exactly (`"10.00000000"`, `"30.11"`).
    pub fn parse(amount: &str, currency: &str) -> Option<Self> {
        let amount = Decimal::from_str_exact(amount.trim()).ok()?;
        let currency = currency.trim().to_ascii_uppercase();
        (!currency.is_empty() && amount >= Decimal::ZERO).then_some(Self { amount, currency })
    }

    /// An amount from a minor-unit integer with `exponent` decimals (USD 2, JPY 0).
    pub fn from_minor(minor: i64, exponent: u32, currency: &str) -> Self {
        Self { amount: Decimal::new(minor, exponent), currency: currency.to_ascii_uppercase() }
    }

    /// The amount with exactly `decimals` decimals (`"10.00"`), as gateways want it sent.
    pub fn to_fixed(&self, decimals: u32) -> String {
        let mut a = self.amount;
        a.rescale(decimals);
        a.to_string()
    }

    /// The same money, compared exactly (10.00 USD == 10 usd).
    pub fn same_as(&self, other: &GatewayAmount) -> bool {
        self.currency.eq_ignore_ascii_case(&other.currency) && self.amount == other.amount
    }
}

impl fmt::Display for GatewayAmount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount.normalize(), self.currency)
    }
}

impl FromStr for GatewayAmount {
    type Err = ();

    /// `"10.00 USD"`.
    fn from_str(s: &str) -> Result<Self, ()> {
        let (amount, currency) = s.trim().split_once(' ').ok_or(())?;
        GatewayAmount::parse(amount, currency).ok_or(())
    }
}

/// What a gateway says about one payment, from a webhook or a read-back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observation {
    /// The gateway's id of the money (PayPal: the capture id, once captured, else the order id;
    /// Cryptomus: the invoice uuid; NOWPayments: the payment id; Plisio: the txn id). Credits
    /// are unique on (gateway, this).
    pub gateway_payment_id: String,
    /// Our order id as the gateway echoes it (PayPal `custom_id`, Cryptomus `order_id`,
    /// NOWPayments `order_id`, Plisio `order_number`).
    pub order_id: Option<String>,
    /// The gateway's own status word, kept for the admin pages.
    pub status: String,
    pub state: PaymentState,
    /// What arrived, in the currency the order was priced in, when the gateway says.
    pub amount: Option<GatewayAmount>,
    /// NOWPayments re-deposits name the payment they add to: never credited to the order again.
    pub parent_payment_id: Option<String>,
    /// The payer approved and the gateway waits for us to finish it (a PayPal order to
    /// capture): settling should call [`PaymentGateway::complete`].
    pub needs_completion: bool,
    /// What went back to the payer so far while the rest stays paid (PayPal's partial refunds),
    /// in the order's currency.
    pub refunded: Option<GatewayAmount>,
}

/// A webhook that passed its signature check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
    /// Unique per delivery of the same event (the raw event is stored once under it).
    pub event_id: String,
    /// The event's kind as the gateway names it (PayPal `event_type`, else the status).
    pub kind: String,
    /// What the event claims; `None` for events that carry no payment (PayPal events about
    /// other resources).
    pub observation: Option<Observation>,
    pub report: Report,
}

/// Why a webhook was refused: unverifiable input, or a signature that does not match.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error(transparent)]
    Unverifiable(#[from] VerifyError),
    #[error("the signature does not match")]
    BadSignature(Report),
    /// The check itself could not run (PayPal's certificate host or verify API unreachable): not
    /// the sender's fault, so the gateway should retry (answer 5xx, change nothing).
    #[error("the signature could not be checked now: {0}")]
    Unavailable(String),
}

/// A top-up to start at a gateway.
#[derive(Clone, Debug)]
pub struct Order {
    /// Our payment id, sent as the gateway's order id / custom id.
    pub order_id: String,
    pub amount: GatewayAmount,
    pub description: String,
    /// Where the payer comes back after paying, and after cancelling.
    pub return_url: Url,
    pub cancel_url: Url,
    /// Where the gateway posts its webhooks.
    pub notify_url: Url,
}

/// A payment created at a gateway.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Created {
    /// The gateway's id to read the payment back with (PayPal order id, Cryptomus uuid,
    /// NOWPayments invoice id, Plisio txn id).
    pub gateway_ref: String,
    /// The gateway's hosted page.
    pub pay_url: Url,
}

/// A call to a gateway's API that did not give an answer we can use.
#[derive(Debug, thiserror::Error)]
pub enum GatewayError {
    /// Network failure, timeout or 5xx: retry later.
    #[error("{gateway} is unreachable: {detail}")]
    Unavailable { gateway: &'static str, detail: String },
    /// The gateway refused the request (4xx, an error envelope): retrying will not help.
    #[error("{gateway} refused the request: {detail}")]
    Refused { gateway: &'static str, detail: String },
    /// The gateway answered something we cannot read.
    #[error("{gateway} answered something unexpected: {detail}")]
    Unexpected { gateway: &'static str, detail: String },
}

impl GatewayError {
    /// Worth retrying later.
    pub fn is_transient(&self) -> bool {
        matches!(self, GatewayError::Unavailable { .. })
    }
}

/// A payment gateway: create a payment, check a webhook, read a payment back.
pub trait PaymentGateway: Send + Sync {
    /// The gateway's name in URLs, settings and the ledger (`paypal`, `cryptomus`, …).
    fn name(&self) -> &'static str;

    /// Starts `order` at the gateway; the payer goes to `pay_url`.
    fn create<'a>(&'a self, order: &'a Order) -> GatewayFuture<'a, Result<Created, GatewayError>>;

    /// Checks a webhook over its raw bytes and headers.
    fn verify<'a>(&'a self, headers: &'a Headers, body: &'a [u8]) -> GatewayFuture<'a, Result<Verified, Refused>>;

    /// Reads the payment back. `gateway_ref` is what [`PaymentGateway::create`] returned;
    /// `payment_id` a more precise id a webhook named (a capture, a NOWPayments payment).
    fn read_back<'a>(
        &'a self,
        gateway_ref: &'a str,
        payment_id: Option<&'a str>,
    ) -> GatewayFuture<'a, Result<Observation, GatewayError>>;

    /// Finishes a payment whose payer came back to us: PayPal captures the approved order;
    /// for gateways that settle on their own this is a read-back.
    fn complete<'a>(&'a self, gateway_ref: &'a str) -> GatewayFuture<'a, Result<Observation, GatewayError>> {
        self.read_back(gateway_ref, None)
    }

    /// A cheap authenticated call that proves the credentials work.
    fn test_connection(&self) -> GatewayFuture<'_, Result<(), GatewayError>>;

    /// The gateway's own quote: how many units of `currency` one unit of `base` buys now, for
    /// gateways with an estimate endpoint. `None` when the gateway quotes no such pair.
    fn quote<'a>(
        &'a self,
        base: &'a str,
        currency: &'a str,
    ) -> GatewayFuture<'a, Result<Option<Decimal>, GatewayError>> {
        let _ = (base, currency);
        Box::pin(async { Ok(None) })
    }
}

/// Implements [`PaymentGateway`] for a gateway whose webhook check needs no network: the type
/// provides `create_payment`, `check_event`, `read_payment` and `ping` as inherent methods, and
/// `quote_rate` when it is named after `quotes`.
macro_rules! hosted_gateway {
    ($ty:ty, $name:expr, quotes) => {
        $crate::port::hosted_gateway!(@impl $ty, $name, {
            fn quote<'a>(
                &'a self,
                base: &'a str,
                currency: &'a str,
            ) -> $crate::port::GatewayFuture<'a, Result<Option<rust_decimal::Decimal>, $crate::port::GatewayError>> {
                Box::pin(self.quote_rate(base, currency))
            }
        });
    };
    ($ty:ty, $name:expr) => {
        $crate::port::hosted_gateway!(@impl $ty, $name, {});
    };
    (@impl $ty:ty, $name:expr, { $($extra:tt)* }) => {
        impl $crate::port::PaymentGateway for $ty {
            fn name(&self) -> &'static str {
                $name
            }

            fn create<'a>(
                &'a self,
                order: &'a $crate::port::Order,
            ) -> $crate::port::GatewayFuture<'a, Result<$crate::port::Created, $crate::port::GatewayError>> {
                Box::pin(self.create_payment(order))
            }

            fn verify<'a>(
                &'a self,
                headers: &'a $crate::verify::Headers,
                body: &'a [u8],
            ) -> $crate::port::GatewayFuture<'a, Result<$crate::port::Verified, $crate::port::Refused>> {
                Box::pin(async move { self.check_event(headers, body) })
            }

            fn read_back<'a>(
                &'a self,
                gateway_ref: &'a str,
                payment_id: Option<&'a str>,
            ) -> $crate::port::GatewayFuture<'a, Result<$crate::port::Observation, $crate::port::GatewayError>> {
                Box::pin(self.read_payment(gateway_ref, payment_id))
            }

            fn test_connection(&self) -> $crate::port::GatewayFuture<'_, Result<(), $crate::port::GatewayError>> {
                Box::pin(self.ping())
            }

            $($extra)*
        }
    };
}

pub(crate) use hosted_gateway;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_parse_exactly_and_compare_as_money() {
        let a = GatewayAmount::parse("10.00000000", "usd").unwrap();
        let b = GatewayAmount::from_minor(1000, 2, "USD");
        assert!(a.same_as(&b));
        assert_eq!(b.to_fixed(2), "10.00");
        assert_eq!(GatewayAmount::from_minor(1234, 0, "JPY").to_fixed(0), "1234");
        assert_eq!(a.to_string(), "10 USD");
        assert!(GatewayAmount::parse("1e3", "USD").is_none(), "no exponents, no floats");
        assert!(GatewayAmount::parse("-1", "USD").is_none());
        assert!(GatewayAmount::parse("0.1", " ").is_none());
        assert_eq!("0.1 btc".parse::<GatewayAmount>().unwrap().currency, "BTC");
    }
}
