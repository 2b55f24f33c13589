//! The gateways this build knows: their names, the credentials each needs (under the gateway's
//! own field names), their API addresses, and how to build a client from saved settings.
//! A new gateway is a folder and one line in [`GATEWAYS`].

use std::collections::BTreeMap;

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

pub struct GatewaySpec {
    pub name: &'static str,
    /// The credential fields, named as in the gateway's dashboard and API.
    pub credentials: &'static [&'static str],
    /// The credential that checks webhooks.
    pub webhook_secret: &'static str,
    pub live_api: &'static str,
    /// The documented sandbox API, where there is one.
    pub sandbox_api: Option<&'static str>,
    build: fn(&Settings) -> Box<dyn PaymentGateway>,
    check: fn(&Headers, &[u8], &WebhookSecret<'_>) -> Result<Report, VerifyError>,
}

impl GatewaySpec {
    /// A client for this gateway with `settings`.
    pub fn build(&self, settings: &Settings) -> Box<dyn PaymentGateway> {
        (self.build)(settings)
    }

    /// Checks a webhook offline, with the same code the server runs.
    pub fn check_webhook(
        &self,
        headers: &Headers,
        body: &[u8],
        secret: &WebhookSecret<'_>,
    ) -> Result<Report, VerifyError> {
        (self.check)(headers, body, secret)
    }
}

pub static GATEWAYS: &[GatewaySpec] = &[
    GatewaySpec {
        name: paypal::NAME,
        credentials: &["client_id", "client_secret", "webhook_id"],
        webhook_secret: "webhook_id",
        live_api: paypal::LIVE_API,
        sandbox_api: Some(paypal::SANDBOX_API),
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
    },
    GatewaySpec {
        name: cryptomus::NAME,
        credentials: &["merchant_id", "payment_api_key"],
        webhook_secret: "payment_api_key",
        live_api: cryptomus::LIVE_API,
        sandbox_api: None,
        build: |s| {
            Box::new(cryptomus::Cryptomus::new(cryptomus::Config {
                api_base: s.api_base_url.clone(),
                merchant_id: s.credential("merchant_id"),
                payment_api_key: s.credential("payment_api_key"),
            }))
        },
        check: |_, body, secret| cryptomus::check(body, secret.secret),
    },
    GatewaySpec {
        name: nowpayments::NAME,
        credentials: &["api_key", "ipn_secret"],
        webhook_secret: "ipn_secret",
        live_api: nowpayments::LIVE_API,
        sandbox_api: Some(nowpayments::SANDBOX_API),
        build: |s| {
            Box::new(nowpayments::NowPayments::new(nowpayments::Config {
                api_base: s.api_base_url.clone(),
                api_key: s.credential("api_key"),
                ipn_secret: s.credential("ipn_secret"),
            }))
        },
        check: |headers, body, secret| nowpayments::check(headers, body, secret.secret),
    },
    GatewaySpec {
        name: plisio::NAME,
        credentials: &["secret_key"],
        webhook_secret: "secret_key",
        live_api: plisio::LIVE_API,
        sandbox_api: None,
        build: |s| {
            Box::new(plisio::Plisio::new(plisio::Config {
                api_base: s.api_base_url.clone(),
                secret_key: s.credential("secret_key"),
            }))
        },
        check: |_, body, secret| plisio::check(body, secret.secret),
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
    fn every_gateway_has_a_live_api_and_its_webhook_secret_among_its_credentials() {
        for g in GATEWAYS {
            assert!(Url::parse(g.live_api).is_ok_and(|u| u.scheme() == "https"), "{}", g.name);
            assert!(g.credentials.contains(&g.webhook_secret), "{}", g.name);
            assert!(find(g.name).is_some());
        }
        assert!(find("stripe").is_none());
    }
}
