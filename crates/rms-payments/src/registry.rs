//! The gateways this build knows: their names, how the payer pays (at the gateway, on our own
//! page, by bank transfer), the credentials each needs (under the gateway's own field names),
//! their API addresses, and how to build a client from saved settings. A new gateway is a
//! folder and one entry in [`GATEWAYS`].

use std::collections::BTreeMap;
use std::fmt;

use rustls_pki_types::UnixTime;
use url::Url;

use crate::port::PaymentGateway;
use crate::verify::{Headers, Report, VerifyError};
use crate::{cryptomus, nowpayments, paypal, plisio};

/// A gateway's saved settings: where its API is and its credentials by field name.
#[derive(Clone, Debug)]
pub struct Settings {
    pub api_base_url: Url,
    pub credentials: BTreeMap<String, String>,
}

impl Settings {
    fn credential(&self, name: &str) -> String {
        self.credentials.get(name).cloned().unwrap_or_default()
    }
}

/// What the server and `rms webhook verify` need to check a webhook without calling out.
pub struct WebhookSecret<'a> {
    /// The gateway's signing secret (Cryptomus payment API key, NOWPayments IPN secret, Plisio
    /// secret key); for PayPal, the webhook id.
    pub secret: &'a str,
    /// PayPal: the certificate document named by `PAYPAL-CERT-URL`.
    pub cert_pem: Option<&'a [u8]>,
    /// PayPal: the time the certificate must be valid at.
    pub at: UnixTime,
}

/// How the payer pays through a gateway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// On the gateway's hosted page; webhooks and read-backs say what happened.
    Hosted,
    /// On our own page, at once (the development sandbox).
    LocalPage,
    /// By bank transfer; an admin confirms what arrived.
    BankTransfer,
}

/// A gateway's API client and webhook check (hosted gateways only).
struct Api {
    live: &'static str,
    sandbox: Option<&'static str>,
    /// The decimals the gateway takes amounts of `currency` with.
    decimals: fn(&str) -> u32,
    build: fn(&Settings) -> Box<dyn PaymentGateway>,
    check: fn(&Headers, &[u8], &WebhookSecret<'_>) -> Result<Report, VerifyError>,
}

pub struct GatewaySpec {
    pub name: &'static str,
    pub flow: Flow,
    /// The credential fields, named as in the gateway's dashboard and API.
    pub credentials: &'static [&'static str],
    /// The credential that checks webhooks.
    pub webhook_secret: Option<&'static str>,
    api: Option<Api>,
}

impl GatewaySpec {
    /// The gateway's live API (hosted gateways).
    pub fn live_api(&self) -> Option<&'static str> {
        self.api.as_ref().map(|a| a.live)
    }

    /// The documented sandbox API, where there is one.
    pub fn sandbox_api(&self) -> Option<&'static str> {
        self.api.as_ref().and_then(|a| a.sandbox)
    }

    /// The decimals this gateway takes amounts of `currency` (ISO code) with; `None` when it
    /// takes the currency's own (our own pages).
    pub fn decimals(&self, currency: &str) -> Option<u32> {
        self.api.as_ref().map(|a| (a.decimals)(currency))
    }

    /// A client for this gateway with `settings` (hosted gateways).
    pub fn build(&self, settings: &Settings) -> Option<Box<dyn PaymentGateway>> {
        self.api.as_ref().map(|a| (a.build)(settings))
    }

    /// Checks a webhook offline, with the same code the server runs.
    pub fn check_webhook(
        &self,
        headers: &Headers,
        body: &[u8],
        secret: &WebhookSecret<'_>,
    ) -> Result<Report, VerifyError> {
        let api = self.api.as_ref().ok_or(VerifyError::NotConfigured("webhook"))?;
        (api.check)(headers, body, secret)
    }
}

/// A gateway this build knows, by name: what payments, settings and the ledger store.
#[derive(Clone, Copy)]
pub struct GatewayId(&'static GatewaySpec);

impl GatewayId {
    /// The gateway called `name`.
    pub fn parse(name: &str) -> Option<Self> {
        find(name).map(GatewayId)
    }

    pub fn as_str(self) -> &'static str {
        self.0.name
    }

    pub fn spec(self) -> &'static GatewaySpec {
        self.0
    }

    pub fn flow(self) -> Flow {
        self.0.flow
    }

    /// Its open payments wait for an admin to confirm the money arrived.
    pub fn awaits_admin(self) -> bool {
        self.0.flow == Flow::BankTransfer
    }

    /// The payer pays on our own page rather than at a provider.
    pub fn pays_here(self) -> bool {
        self.0.flow == Flow::LocalPage
    }

    /// Every gateway, in the registry's order.
    pub fn all() -> impl Iterator<Item = GatewayId> {
        GATEWAYS.iter().map(GatewayId)
    }
}

impl PartialEq for GatewayId {
    fn eq(&self, other: &Self) -> bool {
        self.0.name == other.0.name
    }
}

impl Eq for GatewayId {}

impl fmt::Debug for GatewayId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name)
    }
}

impl fmt::Display for GatewayId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name)
    }
}

impl serde::Serialize for GatewayId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.name)
    }
}

impl<'de> serde::Deserialize<'de> for GatewayId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        GatewayId::parse(&name).ok_or_else(|| serde::de::Error::custom(format!("unknown gateway {name:?}")))
    }
}

pub static GATEWAYS: &[GatewaySpec] = &[
    GatewaySpec { name: "sandbox", flow: Flow::LocalPage, credentials: &[], webhook_secret: None, api: None },
    GatewaySpec { name: "manual", flow: Flow::BankTransfer, credentials: &[], webhook_secret: None, api: None },
    GatewaySpec {
        name: paypal::NAME,
        flow: Flow::Hosted,
        credentials: &["client_id", "client_secret", "webhook_id"],
        webhook_secret: Some("webhook_id"),
        api: Some(Api {
            live: paypal::LIVE_API,
            sandbox: Some(paypal::SANDBOX_API),
            decimals: paypal::decimals,
            build: |s| {
                Box::new(paypal::PayPal::new(paypal::Config {
                    api_base: s.api_base_url.clone(),
                    client_id: s.credential("client_id"),
                    client_secret: s.credential("client_secret"),
                    webhook_id: s.credential("webhook_id"),
                }))
            },
            check: |headers, body, secret| {
                let pem = secret.cert_pem.ok_or(VerifyError::NotConfigured("certificate"))?;
                paypal::signature::check(headers, body, secret.secret, pem, secret.at)
            },
        }),
    },
    GatewaySpec {
        name: cryptomus::NAME,
        flow: Flow::Hosted,
        credentials: &["merchant_id", "payment_api_key"],
        webhook_secret: Some("payment_api_key"),
        api: Some(Api {
            live: cryptomus::LIVE_API,
            sandbox: None,
            decimals: |_| 2,
            build: |s| {
                Box::new(cryptomus::Cryptomus::new(cryptomus::Config {
                    api_base: s.api_base_url.clone(),
                    merchant_id: s.credential("merchant_id"),
                    payment_api_key: s.credential("payment_api_key"),
                }))
            },
            check: |_, body, secret| cryptomus::check(body, secret.secret),
        }),
    },
    GatewaySpec {
        name: nowpayments::NAME,
        flow: Flow::Hosted,
        credentials: &["api_key", "ipn_secret"],
        webhook_secret: Some("ipn_secret"),
        api: Some(Api {
            live: nowpayments::LIVE_API,
            sandbox: Some(nowpayments::SANDBOX_API),
            decimals: |_| 2,
            build: |s| {
                Box::new(nowpayments::NowPayments::new(nowpayments::Config {
                    api_base: s.api_base_url.clone(),
                    api_key: s.credential("api_key"),
                    ipn_secret: s.credential("ipn_secret"),
                }))
            },
            check: |headers, body, secret| nowpayments::check(headers, body, secret.secret),
        }),
    },
    GatewaySpec {
        name: plisio::NAME,
        flow: Flow::Hosted,
        credentials: &["secret_key"],
        webhook_secret: Some("secret_key"),
        api: Some(Api {
            live: plisio::LIVE_API,
            sandbox: None,
            decimals: |_| 2,
            build: |s| {
                Box::new(plisio::Plisio::new(plisio::Config {
                    api_base: s.api_base_url.clone(),
                    secret_key: s.credential("secret_key"),
                }))
            },
            check: |_, body, secret| plisio::check(body, secret.secret),
        }),
    },
];

/// The gateway called `name`.
pub fn find(name: &str) -> Option<&'static GatewaySpec> {
    GATEWAYS.iter().find(|g| g.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hosted_gateway_has_a_live_api_and_its_webhook_secret_among_its_credentials() {
        for g in GATEWAYS {
            let hosted = g.flow == Flow::Hosted;
            assert_eq!(
                hosted,
                g.live_api().is_some_and(|u| Url::parse(u).is_ok_and(|u| u.scheme() == "https")),
                "{}",
                g.name
            );
            assert_eq!(hosted, g.webhook_secret.is_some_and(|s| g.credentials.contains(&s)), "{}", g.name);
            assert_eq!(GatewayId::parse(g.name).map(GatewayId::as_str), Some(g.name));
        }
        assert!(find("stripe").is_none());
    }

    #[test]
    fn hosted_gateways_say_how_many_decimals_they_take() {
        let decimals = |g: &str, c: &str| find(g).and_then(|g| g.decimals(c));
        assert_eq!(decimals("paypal", "USD"), Some(2));
        assert_eq!(decimals("paypal", "HUF"), Some(0), "PayPal refuses decimals in HUF, JPY and TWD");
        assert_eq!(decimals("cryptomus", "KWD"), Some(2), "amounts go out with two decimals");
        assert_eq!(decimals("manual", "KWD"), None);
    }

    #[test]
    fn the_built_in_gateways_pay_here_or_await_an_admin() {
        let sandbox = GatewayId::parse("sandbox").unwrap();
        let manual = GatewayId::parse("manual").unwrap();
        assert!(sandbox.pays_here() && !sandbox.awaits_admin());
        assert!(manual.awaits_admin() && !manual.pays_here());
        assert!(
            GATEWAYS
                .iter()
                .filter_map(|g| GatewayId::parse(g.name))
                .filter(|g| g.pays_here() || g.awaits_admin())
                .count()
                == 2
        );
        let json = serde_json::to_string(&manual).unwrap();
        assert_eq!(json, "\"manual\"");
        assert_eq!(serde_json::from_str::<GatewayId>(&json).unwrap(), manual);
        assert!(serde_json::from_str::<GatewayId>("\"stripe\"").is_err());
    }
}
