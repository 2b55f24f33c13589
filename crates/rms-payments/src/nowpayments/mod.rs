//! NOWPayments (payments.md §3): a hosted invoice per top-up with our payment id as `order_id`;
//! IPNs signed with HMAC-SHA512 in `x-nowpayments-sig`, over the raw bytes when they arrive
//! sorted, else over JavaScript's `JSON.stringify` of the recursively key-sorted body;
//! `finished` credits, a re-deposit (`parent_payment_id` set) never credits its order again.

use hmac::{Hmac, KeyInit, Mac};
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::json;
use sha2::Sha512;
use url::Url;

use crate::canonical::Json;
use crate::http::{self, endpoint};
use crate::port::{Created, GatewayAmount, GatewayError, Observation, Order, PaymentState, Refused, Verified};
use crate::verify::{Headers, Report, VerifyError};

pub const NAME: &str = "nowpayments";
pub const LIVE_API: &str = "https://api.nowpayments.io/v1";
pub const SANDBOX_API: &str = "https://api-sandbox.nowpayments.io/v1";
pub const SIGNATURE_HEADER: &str = "x-nowpayments-sig";

#[derive(Clone, Debug)]
pub struct Config {
    pub api_base: Url,
    pub api_key: String,
    pub ipn_secret: String,
}

/// The signature NOWPayments sends over `text` (lower-case hex HMAC-SHA512).
pub fn hmac_sha512(key: &str, text: &[u8]) -> String {
    // HMAC takes keys of any length; were one refused, the empty answer matches no signature.
    <Hmac<Sha512> as KeyInit>::new_from_slice(key.as_bytes()).map_or_else(
        |_| String::new(),
        |mut mac| {
            mac.update(text);
            hex::encode(mac.finalize().into_bytes())
        },
    )
}

/// Checks an IPN: the raw bytes first, then the key-sorted canonical forms (arrays kept, then
/// arrays as objects, as the documented `sortObject` does). Each is keyed by the secret, so
/// accepting any of them accepts nothing a third party could forge.
pub fn check(headers: &Headers, body: &[u8], ipn_secret: &str) -> Result<Report, VerifyError> {
    if ipn_secret.is_empty() {
        return Err(VerifyError::NotConfigured("IPN secret"));
    }
    let received = headers
        .get(SIGNATURE_HEADER)
        .filter(|s| !s.is_empty())
        .ok_or(VerifyError::MissingSignature(SIGNATURE_HEADER))?;
    let doc = Json::parse(body).map_err(|e| VerifyError::MalformedBody(e.to_string()))?;
    let raw = String::from_utf8_lossy(body).into_owned();
    let sorted = doc.sorted(false).js_stringify();
    let objects = doc.sorted(true).js_stringify();
    let candidates = [
        ("HMAC-SHA512 over the raw body", raw, body.to_vec()),
        ("HMAC-SHA512 over JSON.stringify of the key-sorted body", sorted.clone(), sorted.into_bytes()),
        (
            "HMAC-SHA512 over JSON.stringify of sortObject(body) (arrays as objects)",
            objects.clone(),
            objects.into_bytes(),
        ),
    ];
    Ok(Report::of_digests(
        received,
        candidates.into_iter().map(|(m, text, bytes)| (m.to_owned(), text, hmac_sha512(ipn_secret, &bytes))),
    ))
}

/// What a payment status means (§3.4).
pub fn state(status: &str) -> PaymentState {
    match status {
        "finished" => PaymentState::Paid,
        "partially_paid" => PaymentState::PartiallyPaid,
        "failed" | "expired" => PaymentState::Failed,
        "refunded" => PaymentState::Refunded,
        // waiting, confirming, confirmed, sending, and anything new.
        _ => PaymentState::Pending,
    }
}

/// A payment as an IPN or `GET /payment/{id}` describes it. Ids and amounts arrive as numbers
/// or strings depending on the call: read both.
#[derive(Clone, Debug, Deserialize)]
pub struct Payment {
    pub payment_id: Json,
    #[serde(default)]
    pub parent_payment_id: Json,
    pub payment_status: String,
    #[serde(default)]
    pub order_id: Json,
    #[serde(default)]
    pub price_amount: Json,
    #[serde(default)]
    pub price_currency: Json,
    #[serde(default)]
    pub actually_paid_at_fiat: Json,
    #[serde(default)]
    pub actually_paid: Json,
}

/// A number or string as exact text (`20`, `"20"` → "20"); `None` for null.
fn text(v: &Json) -> Option<String> {
    match v {
        Json::String(s) if !s.is_empty() => Some(s.clone()),
        Json::Int(_) | Json::Float(_) => Some(v.js_stringify()),
        _ => None,
    }
}

/// A JSON number's text as an exact decimal (`0.17061637`, `1e-7`).
fn exact(text: &str) -> Option<Decimal> {
    Decimal::from_str_exact(text).ok().or_else(|| Decimal::from_scientific(text).ok())
}

impl Payment {
    pub fn observe(&self) -> Observation {
        let state = state(&self.payment_status);
        let currency = text(&self.price_currency).unwrap_or_default();
        // Finished: the invoice's price; partially paid: what arrived, in the price's currency
        // (0 when NOWPayments does not know it: then nobody can say, and an admin decides).
        let amount = match state {
            PaymentState::PartiallyPaid => text(&self.actually_paid_at_fiat),
            _ => text(&self.price_amount),
        }
        .and_then(|a| GatewayAmount::parse(&a, &currency))
        .filter(|a| !(state == PaymentState::PartiallyPaid && a.amount.is_zero()));
        Observation {
            gateway_payment_id: text(&self.payment_id).unwrap_or_default(),
            order_id: text(&self.order_id),
            status: self.payment_status.clone(),
            state,
            amount,
            parent_payment_id: text(&self.parent_payment_id),
            needs_completion: false,
            refunded: None,
        }
    }
}

#[derive(Deserialize)]
struct Invoice {
    id: Json,
    invoice_url: String,
}

pub struct NowPayments {
    config: Config,
    http: reqwest::Client,
}

impl NowPayments {
    pub fn new(config: Config) -> Self {
        Self { config, http: http::client() }
    }

    async fn create_payment(&self, order: &Order) -> Result<Created, GatewayError> {
        let body = json!({
            "price_amount": order.amount.amount.normalize().to_string().parse::<f64>().unwrap_or_default(),
            "price_currency": order.amount.currency.to_ascii_lowercase(),
            "order_id": order.order_id,
            "order_description": order.description,
            "ipn_callback_url": order.notify_url.as_str(),
            "success_url": order.return_url.as_str(),
            "cancel_url": order.cancel_url.as_str(),
            "partially_paid_url": order.return_url.as_str(),
        });
        let request = self
            .http
            .post(endpoint(&self.config.api_base, "/invoice"))
            .header("x-api-key", &self.config.api_key)
            .json(&body);
        let invoice: Invoice = http::send(NAME, request).await?;
        let pay_url = Url::parse(&invoice.invoice_url)
            .map_err(|e| GatewayError::Unexpected { gateway: NAME, detail: e.to_string() })?;
        let id =
            text(&invoice.id).ok_or(GatewayError::Unexpected { gateway: NAME, detail: "invoice without id".into() })?;
        Ok(Created { gateway_ref: id, pay_url })
    }

    async fn payment(&self, payment_id: &str) -> Result<Observation, GatewayError> {
        let id: String = url::form_urlencoded::byte_serialize(payment_id.as_bytes()).collect();
        let request = self
            .http
            .get(endpoint(&self.config.api_base, &format!("/payment/{id}")))
            .header("x-api-key", &self.config.api_key);
        let payment: Payment = http::send(NAME, request).await?;
        Ok(payment.observe())
    }

    /// The invoice's payments, newest first: an invoice read back before any IPN named one.
    async fn invoice_payment(&self, invoice_id: &str) -> Result<Observation, GatewayError> {
        #[derive(Deserialize)]
        struct Page {
            data: Vec<Payment>,
        }
        let request = self
            .http
            .get(endpoint(&self.config.api_base, "/payment/"))
            .query(&[("invoiceId", invoice_id), ("sortBy", "created_at"), ("orderBy", "desc"), ("limit", "10")])
            .header("x-api-key", &self.config.api_key);
        let page: Page = http::send(NAME, request).await?;
        // The original payment decides; re-deposits are their own payments.
        let payment = page.data.iter().find(|p| text(&p.parent_payment_id).is_none());
        Ok(match payment {
            Some(p) => p.observe(),
            None => Observation {
                gateway_payment_id: invoice_id.to_owned(),
                order_id: None,
                status: "waiting".into(),
                state: PaymentState::Pending,
                amount: None,
                parent_payment_id: None,
                needs_completion: false,
                refunded: None,
            },
        })
    }

    /// By the payment a webhook named, else the invoice's original payment.
    async fn read_payment(&self, invoice_id: &str, payment_id: Option<&str>) -> Result<Observation, GatewayError> {
        match payment_id {
            Some(id) => self.payment(id).await,
            None => self.invoice_payment(invoice_id).await,
        }
    }

    /// `GET /estimate` (§3.5) for 1000 units of `base`, so that a quote rounded to the target's
    /// decimals keeps three more digits. Pairs NOWPayments does not price answer `None`.
    async fn quote_rate(&self, base: &str, currency: &str) -> Result<Option<Decimal>, GatewayError> {
        #[derive(Deserialize)]
        struct Estimate {
            estimated_amount: Json,
        }
        const AMOUNT: i64 = 1000;
        let request = self
            .http
            .get(endpoint(&self.config.api_base, "/estimate"))
            .query(&[
                ("amount", AMOUNT.to_string()),
                ("currency_from", base.to_ascii_lowercase()),
                ("currency_to", currency.to_ascii_lowercase()),
            ])
            .header("x-api-key", &self.config.api_key);
        let estimate: Estimate = match http::send(NAME, request).await {
            Ok(e) => e,
            // A pair it does not price is refused (400): no quote, not an outage.
            Err(GatewayError::Refused { .. }) => return Ok(None),
            Err(e) => return Err(e),
        };
        let amount = text(&estimate.estimated_amount).and_then(|t| exact(&t)).ok_or_else(|| {
            GatewayError::Unexpected { gateway: NAME, detail: "an estimate without an amount".into() }
        })?;
        Ok((amount > Decimal::ZERO).then(|| amount / Decimal::from(AMOUNT)))
    }

    async fn ping(&self) -> Result<(), GatewayError> {
        let request =
            self.http.get(endpoint(&self.config.api_base, "/merchant/coins")).header("x-api-key", &self.config.api_key);
        http::send::<serde_json::Value>(NAME, request).await.map(|_| ())
    }

    fn check_event(&self, headers: &Headers, body: &[u8]) -> Result<Verified, Refused> {
        let report = check(headers, body, &self.config.ipn_secret)?;
        if !report.valid() {
            return Err(Refused::BadSignature(report));
        }
        let payment: Payment = serde_json::from_slice(body)
            .map_err(|e| VerifyError::MalformedBody(format!("not a NOWPayments payment IPN: {e}")))?;
        let observation = payment.observe();
        Ok(Verified {
            event_id: format!(
                "{}:{}:{}",
                observation.gateway_payment_id,
                payment.payment_status,
                text(&payment.actually_paid).unwrap_or_default()
            ),
            kind: payment.payment_status.clone(),
            observation: Some(observation),
            report,
        })
    }
}

crate::port::hosted_gateway!(NowPayments, NAME, quotes);

#[cfg(test)]
mod tests {
    use super::*;

    fn ipn(status: &str, extra: &str) -> Payment {
        let body = format!(
            r#"{{"payment_id":5077125051,"payment_status":"{status}","order_id":"o-1","price_amount":20,"price_currency":"usd","actually_paid_at_fiat":0,"actually_paid":0.0003{extra}}}"#
        );
        serde_json::from_str(&body).unwrap()
    }

    #[test]
    fn finished_credits_the_price_and_a_re_deposit_names_its_parent() {
        let o = ipn("finished", "").observe();
        assert_eq!((o.state, o.gateway_payment_id.as_str()), (PaymentState::Paid, "5077125051"));
        assert!(o.amount.unwrap().same_as(&GatewayAmount::parse("20", "USD").unwrap()));
        let again = ipn("finished", r#","parent_payment_id":5077125000"#).observe();
        assert_eq!(again.parent_payment_id.as_deref(), Some("5077125000"));
    }

    #[test]
    fn a_partial_payment_of_unknown_value_carries_no_amount() {
        let o = ipn("partially_paid", "").observe();
        assert_eq!((o.state, o.amount), (PaymentState::PartiallyPaid, None));
        let known: Payment = serde_json::from_str(
            r#"{"payment_id":"1","payment_status":"partially_paid","price_amount":20,"price_currency":"usd","actually_paid_at_fiat":12.5}"#,
        )
        .unwrap();
        assert!(known.observe().amount.unwrap().same_as(&GatewayAmount::parse("12.5", "USD").unwrap()));
    }

    #[test]
    fn statuses_map_to_what_they_mean_for_the_money() {
        for (status, want) in [
            ("waiting", PaymentState::Pending),
            ("confirming", PaymentState::Pending),
            ("confirmed", PaymentState::Pending),
            ("sending", PaymentState::Pending),
            ("finished", PaymentState::Paid),
            ("failed", PaymentState::Failed),
            ("expired", PaymentState::Failed),
            ("refunded", PaymentState::Refunded),
        ] {
            assert_eq!(state(status), want, "{status}");
        }
    }
}
