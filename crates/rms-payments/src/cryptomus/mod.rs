//! Cryptomus (payments.md §2): signed JSON requests, an invoice per top-up with our payment id
//! as `order_id` (creating it twice returns the first), webhooks signed inside the body over
//! PHP's `json_encode`, `paid`/`paid_over` credited, an AML `locked` payment held for review.

use base64::Engine;
use md5::{Digest, Md5};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::json;
use url::Url;

use crate::canonical::Json;
use crate::http::{self, endpoint};
use crate::port::{Created, GatewayAmount, GatewayError, Observation, Order, PaymentState, Refused, Verified};
use crate::verify::{Headers, Report, VerifyError};

pub const NAME: &str = "cryptomus";
pub const LIVE_API: &str = "https://api.cryptomus.com";

#[derive(Clone, Debug)]
pub struct Config {
    pub api_base: Url,
    pub merchant_id: String,
    pub payment_api_key: String,
}

/// `md5(base64(text) + key)` in lower-case hex: how Cryptomus signs requests and webhooks.
pub fn sign(text: &[u8], key: &str) -> String {
    let mut md5 = Md5::new();
    md5.update(base64::engine::general_purpose::STANDARD.encode(text).as_bytes());
    md5.update(key.as_bytes());
    hex::encode(md5.finalize())
}

/// Checks a webhook: `sign` inside the body over PHP's `json_encode` of the rest, in the
/// order received, with `/` escaped and UTF-8 raw.
pub fn check(body: &[u8], payment_api_key: &str) -> Result<Report, VerifyError> {
    if payment_api_key.is_empty() {
        return Err(VerifyError::NotConfigured("payment API key"));
    }
    let doc = Json::parse(body).map_err(|e| VerifyError::MalformedBody(e.to_string()))?;
    let Some(Json::String(received)) = doc.get("sign") else {
        return Err(VerifyError::MissingSignature("sign"));
    };
    let canonical = doc.without("sign").php_json_encode();
    let computed = sign(canonical.as_bytes(), payment_api_key);
    let method = "md5(base64(json_encode(body without sign)) + payment API key)".to_owned();
    Ok(Report::of_digests(received, [(method, canonical, computed)]))
}

/// What a status means (§2.5): only final `paid`/`paid_over` money is credited.
pub fn state(status: &str) -> PaymentState {
    match status {
        "paid" | "paid_over" => PaymentState::Paid,
        "wrong_amount" => PaymentState::PartiallyPaid,
        "locked" => PaymentState::Held,
        "fail" | "cancel" | "system_fail" => PaymentState::Failed,
        "refund_paid" => PaymentState::Refunded,
        // The refund has not happened (yet): the money is still ours.
        "refund_process" | "refund_fail" => PaymentState::Paid,
        // process, check, confirm_check, wrong_amount_waiting, and anything new.
        _ => PaymentState::Pending,
    }
}

/// A payment as a webhook or `payment/info` describes it.
#[derive(Clone, Debug, Deserialize)]
pub struct Payment {
    pub uuid: String,
    pub order_id: Option<String>,
    pub amount: Option<String>,
    pub payment_amount: Option<String>,
    pub currency: Option<String>,
    #[serde(alias = "payment_status")]
    pub status: String,
    #[serde(default)]
    pub is_final: bool,
    pub url: Option<String>,
}

impl Payment {
    pub fn observe(&self) -> Observation {
        // A paid status that is not final yet (more confirmations coming) waits; a refund that
        // has not happened leaves the money paid.
        let settled = self.is_final || matches!(self.status.as_str(), "refund_process" | "refund_fail");
        let state = match state(&self.status) {
            PaymentState::Paid if !settled => PaymentState::Pending,
            s => s,
        };
        let currency = self.currency.as_deref().unwrap_or_default();
        // What the payer paid, in the invoice's currency; the invoice amount when not reported.
        let paid = self.payment_amount.as_deref().or(self.amount.as_deref());
        Observation {
            gateway_payment_id: self.uuid.clone(),
            order_id: self.order_id.clone(),
            status: self.status.clone(),
            state,
            amount: paid.and_then(|a| GatewayAmount::parse(a, currency)),
            parent_payment_id: None,
            needs_completion: false,
            refunded: None,
        }
    }
}

#[derive(Deserialize)]
struct Envelope<T> {
    state: i64,
    result: Option<T>,
    message: Option<String>,
}

pub struct Cryptomus {
    config: Config,
    http: reqwest::Client,
}

impl Cryptomus {
    pub fn new(config: Config) -> Self {
        Self { config, http: http::client() }
    }

    /// A signed POST of `body` to `path`, answered with `{"state":0,"result":…}`.
    async fn call<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        body: serde_json::Value,
    ) -> Result<T, GatewayError> {
        let text = body.to_string();
        let request = self
            .http
            .post(endpoint(&self.config.api_base, path))
            .header("merchant", &self.config.merchant_id)
            .header("sign", sign(text.as_bytes(), &self.config.payment_api_key))
            .header("Content-Type", "application/json")
            .body(text);
        let answer: Envelope<T> = http::send(NAME, request).await?;
        match (answer.state, answer.result) {
            (0, Some(result)) => Ok(result),
            _ => Err(GatewayError::Refused {
                gateway: NAME,
                detail: answer.message.unwrap_or_else(|| format!("state {}", answer.state)),
            }),
        }
    }

    async fn create_payment(&self, order: &Order) -> Result<Created, GatewayError> {
        let body = json!({
            "amount": order.amount.to_fixed(2),
            "currency": order.amount.currency,
            "order_id": order.order_id,
            "url_return": order.cancel_url.as_str(),
            "url_success": order.return_url.as_str(),
            "url_callback": order.notify_url.as_str(),
            "is_payment_multiple": true,
            "additional_data": order.description,
        });
        let payment: Payment = self.call("/v1/payment", body).await?;
        let url = payment.url.as_deref().unwrap_or_default();
        let pay_url = Url::parse(url).map_err(|e| GatewayError::Unexpected { gateway: NAME, detail: e.to_string() })?;
        Ok(Created { gateway_ref: payment.uuid, pay_url })
    }

    async fn read_payment(&self, uuid: &str, _payment_id: Option<&str>) -> Result<Observation, GatewayError> {
        let payment: Payment = self.call("/v1/payment/info", json!({ "uuid": uuid })).await?;
        Ok(payment.observe())
    }

    /// Listing services is signed like any call and changes nothing.
    /// `GET /v1/exchange-rate/{base}/list` (§2.6): the `course` from `base` to `currency`, a
    /// decimal string. A currency Cryptomus does not list answers `None`.
    async fn quote_rate(&self, base: &str, currency: &str) -> Result<Option<Decimal>, GatewayError> {
        #[derive(Deserialize)]
        struct Course {
            from: String,
            to: String,
            course: String,
        }
        let base_path: String = url::form_urlencoded::byte_serialize(base.to_ascii_uppercase().as_bytes()).collect();
        // A GET carries no body: it is signed over the empty text, as every request is.
        let request = self
            .http
            .get(endpoint(&self.config.api_base, &format!("/v1/exchange-rate/{base_path}/list")))
            .header("merchant", &self.config.merchant_id)
            .header("sign", sign(b"", &self.config.payment_api_key));
        let answer: Envelope<Vec<Course>> = match http::send(NAME, request).await {
            Ok(a) => a,
            Err(GatewayError::Refused { .. }) => return Ok(None),
            Err(e) => return Err(e),
        };
        if answer.state != 0 {
            return Ok(None);
        }
        let course = answer
            .result
            .unwrap_or_default()
            .into_iter()
            .find(|c| c.from.eq_ignore_ascii_case(base) && c.to.eq_ignore_ascii_case(currency));
        Ok(course.and_then(|c| Decimal::from_str_exact(c.course.trim()).ok()).filter(|rate| *rate > Decimal::ZERO))
    }

    async fn ping(&self) -> Result<(), GatewayError> {
        self.call::<serde_json::Value>("/v1/payment/services", json!({})).await.map(|_| ())
    }

    fn check_event(&self, _headers: &Headers, body: &[u8]) -> Result<Verified, Refused> {
        let report = check(body, &self.config.payment_api_key)?;
        if !report.valid() {
            return Err(Refused::BadSignature(report));
        }
        let payment: Payment = serde_json::from_slice(body)
            .map_err(|e| VerifyError::MalformedBody(format!("not a Cryptomus payment webhook: {e}")))?;
        Ok(Verified {
            event_id: format!("{}:{}:{}", payment.uuid, payment.status, payment.is_final),
            kind: payment.status.clone(),
            observation: Some(payment.observe()),
            report,
        })
    }
}

crate::port::hosted_gateway!(Cryptomus, NAME, quotes);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_signed_over_the_exact_text_sent() {
        // payments.md §2.1, vector #6 (itsjoniur/go-cryptomus sign_test.go).
        assert_eq!(
            sign(br#"{"amount":10,"currency":"usd","order_id":"OrDeRiD"}"#, "bcda"),
            "0f66e9e002a45d4285cc77a227dadfeb"
        );
    }

    #[test]
    fn only_final_paid_money_is_credited_and_a_lock_is_held() {
        let payment = |status: &str, is_final: bool| Payment {
            uuid: "u".into(),
            order_id: Some("o".into()),
            amount: Some("10.00000000".into()),
            payment_amount: None,
            currency: Some("USD".into()),
            status: status.into(),
            is_final,
            url: None,
        };
        let cases = [
            ("paid", true, PaymentState::Paid),
            ("paid_over", true, PaymentState::Paid),
            ("paid", false, PaymentState::Pending),
            ("wrong_amount_waiting", false, PaymentState::Pending),
            ("wrong_amount", true, PaymentState::PartiallyPaid),
            ("locked", true, PaymentState::Held),
            ("cancel", true, PaymentState::Failed),
            ("system_fail", true, PaymentState::Failed),
            ("refund_paid", true, PaymentState::Refunded),
            ("check", false, PaymentState::Pending),
            ("something_new", false, PaymentState::Pending),
        ];
        for (status, is_final, want) in cases {
            assert_eq!(payment(status, is_final).observe().state, want, "{status} final={is_final}");
        }
    }
}
