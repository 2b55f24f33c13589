//! PayPal Orders v2 (payments.md §1): an order per top-up with our payment id as `custom_id`,
//! captured when the payer returns; webhooks checked offline with PayPal's certificate, or by
//! PayPal's verify API when the certificate cannot be used; credits keyed by the capture id.

pub mod signature;
pub mod wire;

use std::collections::HashMap;
use std::time::{Duration, Instant, SystemTime};

use rustls_pki_types::UnixTime;
use serde_json::json;
use tokio::sync::Mutex;
use url::Url;

use crate::http::{self, endpoint};
use crate::port::{Created, GatewayError, GatewayFuture, Observation, Order, PaymentGateway, Refused, Verified};
use crate::verify::{Attempt, Headers, Report, VerifyError};

pub const NAME: &str = "paypal";
pub const LIVE_API: &str = "https://api-m.paypal.com";
pub const SANDBOX_API: &str = "https://api-m.sandbox.paypal.com";

/// The largest certificate document fetched (PayPal's are a few kilobytes).
const MAX_CERT_BYTES: usize = 64 * 1024;

#[derive(Clone, Debug)]
pub struct Config {
    pub api_base: Url,
    pub client_id: String,
    pub client_secret: String,
    pub webhook_id: String,
}

pub struct PayPal {
    config: Config,
    http: reqwest::Client,
    /// The OAuth token and when to stop using it.
    token: Mutex<Option<(String, Instant)>>,
    /// Certificates by URL: fetched once per process.
    certs: Mutex<HashMap<String, Vec<u8>>>,
}

impl PayPal {
    pub fn new(config: Config) -> Self {
        Self { config, http: http::client(), token: Mutex::new(None), certs: Mutex::new(HashMap::new()) }
    }

    /// A bearer token, from the cache while it has more than a minute left.
    async fn token(&self) -> Result<String, GatewayError> {
        let mut cached = self.token.lock().await;
        if let Some((token, until)) = cached.as_ref()
            && Instant::now() < *until
        {
            return Ok(token.clone());
        }
        let request = self
            .http
            .post(endpoint(&self.config.api_base, "/v1/oauth2/token"))
            .basic_auth(&self.config.client_id, Some(&self.config.client_secret))
            .form(&[("grant_type", "client_credentials")]);
        let token: wire::Token = http::send(NAME, request).await?;
        let lifetime = Duration::from_secs(token.expires_in.saturating_sub(60));
        *cached = Some((token.access_token.clone(), Instant::now() + lifetime));
        Ok(token.access_token)
    }

    async fn authorized(&self, request: reqwest::RequestBuilder) -> Result<reqwest::RequestBuilder, GatewayError> {
        Ok(request.bearer_auth(self.token().await?))
    }

    async fn get_order(&self, order_id: &str) -> Result<wire::Order, GatewayError> {
        let url = endpoint(&self.config.api_base, &format!("/v2/checkout/orders/{}", segment(order_id)));
        http::send(NAME, self.authorized(self.http.get(url)).await?).await
    }

    /// Captures an approved order (the payer came back, or `CHECKOUT.ORDER.APPROVED` arrived).
    /// Retrying is safe: the request id makes PayPal answer a repeated capture with the first.
    pub async fn capture(&self, order_id: &str) -> Result<Observation, GatewayError> {
        let url = endpoint(&self.config.api_base, &format!("/v2/checkout/orders/{}/capture", segment(order_id)));
        let request = self
            .authorized(self.http.post(url))
            .await?
            .header("PayPal-Request-Id", format!("capture-{order_id}"))
            .json(&json!({}));
        match http::send::<wire::Order>(NAME, request).await {
            Ok(order) => Ok(wire::observe_order(&order)),
            // Already captured (or not approved yet): what the order says now is the answer.
            Err(GatewayError::Refused { .. }) => Ok(wire::observe_order(&self.get_order(order_id).await?)),
            Err(e) => Err(e),
        }
    }

    /// The certificate document at `url`, fetched once; `url` must be on the allow-list.
    async fn certificate(&self, url: &Url) -> Result<Vec<u8>, String> {
        if let Some(pem) = self.certs.lock().await.get(url.as_str()) {
            return Ok(pem.clone());
        }
        let pem = fetch_certificate(&self.http, url).await?;
        self.certs.lock().await.insert(url.to_string(), pem.clone());
        Ok(pem)
    }

    /// Seeds the certificate cache (tests, and operators who pin a certificate).
    pub async fn remember_certificate(&self, url: &str, pem: Vec<u8>) {
        self.certs.lock().await.insert(url.to_owned(), pem);
    }

    /// PayPal's verify-webhook-signature API, with the raw event spliced in unchanged.
    async fn verify_online(&self, headers: &Headers, body: &[u8]) -> Result<Report, Refused> {
        let field = |name: &'static str| headers.require(name).map(str::to_owned);
        let envelope = json!({
            "auth_algo": field(signature::AUTH_ALGO)?,
            "cert_url": field(signature::CERT_URL)?,
            "transmission_id": field(signature::TRANSMISSION_ID)?,
            "transmission_sig": field(signature::TRANSMISSION_SIG)?,
            "transmission_time": field(signature::TRANSMISSION_TIME)?,
            "webhook_id": self.config.webhook_id,
            "webhook_event": "__EVENT__",
        });
        let body_text = std::str::from_utf8(body).map_err(|_| VerifyError::MalformedBody("not UTF-8".into()))?;
        let request_body = envelope.to_string().replacen("\"__EVENT__\"", body_text.trim(), 1);
        let url = endpoint(&self.config.api_base, "/v1/notifications/verify-webhook-signature");
        let request = self
            .authorized(self.http.post(url))
            .await
            .map_err(|e| Refused::Unavailable(e.to_string()))?
            .header("Content-Type", "application/json")
            .body(request_body.clone());
        let answer: serde_json::Value = match http::send(NAME, request).await {
            Ok(answer) => answer,
            Err(e) if e.is_transient() => return Err(Refused::Unavailable(e.to_string())),
            Err(e) => return Err(Refused::Unavailable(format!("the verify API refused the check: {e}"))),
        };
        let status = answer["verification_status"].as_str().unwrap_or_default().to_owned();
        let attempt = Attempt {
            method: "PayPal verify-webhook-signature API".into(),
            signed_text: signature::signed_message(headers, &self.config.webhook_id, body)?,
            computed: format!("verification_status {status}"),
            received: headers.get(signature::TRANSMISSION_SIG).unwrap_or_default().to_owned(),
            matched: matches!(status.as_str(), "SUCCESS"),
        };
        Ok(Report { attempts: vec![attempt] })
    }

    async fn verify_event(&self, headers: &Headers, body: &[u8]) -> Result<Verified, Refused> {
        if self.config.webhook_id.is_empty() {
            return Err(VerifyError::NotConfigured("webhook id").into());
        }
        // W4: a URL off the allow-list is refused before anything is fetched.
        let cert_url = signature::allowed_cert_url(headers.require(signature::CERT_URL)?)?;
        // Pointed at a proxy or a test double, PayPal's API there decides: the certificate
        // would have to come from PayPal's own hosts, past the proxy.
        let at_paypal = self.config.api_base.host_str().is_some_and(|h| signature::CERT_HOSTS.contains(&h));
        let certificate = if at_paypal { self.certificate(&cert_url).await.ok() } else { None };
        let offline = match certificate {
            Some(pem) => match signature::check(headers, body, &self.config.webhook_id, &pem, now()) {
                Ok(report) => Some(report),
                // A chain we cannot follow (PayPal changed CA): PayPal's API decides.
                Err(VerifyError::Certificate(_)) => None,
                Err(e) => return Err(e.into()),
            },
            None => None,
        };
        let report = match offline {
            Some(report) => report,
            None => self.verify_online(headers, body).await?,
        };
        if !report.valid() {
            return Err(Refused::BadSignature(report));
        }
        let event: wire::Event =
            serde_json::from_slice(body).map_err(|e| VerifyError::MalformedBody(format!("not a PayPal event: {e}")))?;
        Ok(Verified {
            event_id: event.id.clone(),
            kind: event.event_type.clone(),
            observation: wire::observe_event(&event),
            report,
        })
    }

    async fn create_order(&self, order: &Order) -> Result<Created, GatewayError> {
        let body = json!({
            "intent": "CAPTURE",
            "purchase_units": [{
                "custom_id": order.order_id,
                "invoice_id": order.order_id,
                "description": order.description,
                "amount": {"currency_code": order.amount.currency, "value": order.amount.to_fixed(decimals(&order.amount.currency))},
            }],
            "payment_source": {"paypal": {"experience_context": {
                "return_url": order.return_url.as_str(),
                "cancel_url": order.cancel_url.as_str(),
                "user_action": "PAY_NOW",
                "shipping_preference": "NO_SHIPPING",
            }}},
        });
        let url = endpoint(&self.config.api_base, "/v2/checkout/orders");
        let request = self
            .authorized(self.http.post(url))
            .await?
            .header("PayPal-Request-Id", format!("order-{}", order.order_id))
            .json(&body);
        let created: wire::Order = http::send(NAME, request).await?;
        let link = created.approve_link().ok_or_else(|| GatewayError::Unexpected {
            gateway: NAME,
            detail: "the order has no payer-action link".into(),
        })?;
        let pay_url =
            Url::parse(link).map_err(|e| GatewayError::Unexpected { gateway: NAME, detail: e.to_string() })?;
        Ok(Created { gateway_ref: created.id, pay_url })
    }
}

/// Fetches the certificate document at `url`, which [`signature::allowed_cert_url`] must have
/// let through (the server and `rms webhook verify` both call this).
pub async fn fetch_certificate(http: &reqwest::Client, url: &Url) -> Result<Vec<u8>, String> {
    signature::allowed_cert_url(url.as_str()).map_err(|e| e.to_string())?;
    let response = http.get(url.clone()).send().await.map_err(|e| e.to_string())?;
    if !response.status().is_success() {
        return Err(format!("HTTP {}", response.status().as_u16()));
    }
    let pem = response.bytes().await.map_err(|e| e.to_string())?;
    if pem.len() > MAX_CERT_BYTES {
        return Err("the certificate document is too large".into());
    }
    Ok(pem.to_vec())
}

/// A client for fetching certificates outside a configured gateway (`rms webhook verify`).
pub fn certificate_client() -> reqwest::Client {
    http::client()
}

/// PayPal refuses decimals in HUF, JPY and TWD (§1.6).
pub fn decimals(currency: &str) -> u32 {
    if matches!(currency, "HUF" | "JPY" | "TWD") { 0 } else { 2 }
}

/// An id as one URL path segment (ids are ours or PayPal's; never let one add a path).
fn segment(id: &str) -> String {
    url::form_urlencoded::byte_serialize(id.as_bytes()).collect()
}

fn now() -> UnixTime {
    UnixTime::since_unix_epoch(SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default())
}

impl PaymentGateway for PayPal {
    fn name(&self) -> &'static str {
        NAME
    }

    fn create<'a>(&'a self, order: &'a Order) -> GatewayFuture<'a, Result<Created, GatewayError>> {
        Box::pin(self.create_order(order))
    }

    fn verify<'a>(&'a self, headers: &'a Headers, body: &'a [u8]) -> GatewayFuture<'a, Result<Verified, Refused>> {
        Box::pin(self.verify_event(headers, body))
    }

    fn read_back<'a>(
        &'a self,
        gateway_ref: &'a str,
        _payment_id: Option<&'a str>,
    ) -> GatewayFuture<'a, Result<Observation, GatewayError>> {
        Box::pin(async move { Ok(wire::observe_order(&self.get_order(gateway_ref).await?)) })
    }

    fn complete<'a>(&'a self, gateway_ref: &'a str) -> GatewayFuture<'a, Result<Observation, GatewayError>> {
        Box::pin(self.capture(gateway_ref))
    }

    fn test_connection(&self) -> GatewayFuture<'_, Result<(), GatewayError>> {
        Box::pin(async move { self.token().await.map(|_| ()) })
    }
}
