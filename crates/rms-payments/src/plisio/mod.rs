//! Plisio (payments.md §4): an invoice per top-up with our payment id as `order_number`, priced
//! in the store's currency; callbacks form-encoded (signed over PHP `serialize` of the sorted
//! fields) or JSON with `?json=true` (signed over `JSON.stringify` in received order), both
//! with HMAC-SHA1 and the secret key in `verify_hash`; `completed` credits.

use hmac::{Hmac, KeyInit, Mac};
use rust_decimal::Decimal;
use serde::Deserialize;
use sha1::Sha1;
use url::Url;

use crate::canonical::{self, Json};
use crate::http::{self, endpoint};
use crate::port::{Created, GatewayAmount, GatewayError, Observation, Order, PaymentState, Refused, Verified};
use crate::verify::{Headers, Report, VerifyError};

pub const NAME: &str = "plisio";
pub const LIVE_API: &str = "https://api.plisio.net/api/v1";

#[derive(Clone, Debug)]
pub struct Config {
    pub api_base: Url,
    pub secret_key: String,
}

/// The `verify_hash` Plisio sends over `text` (lower-case hex HMAC-SHA1).
pub fn hmac_sha1(key: &str, text: &[u8]) -> String {
    // HMAC takes keys of any length; were one refused, the empty answer matches no signature.
    <Hmac<Sha1> as KeyInit>::new_from_slice(key.as_bytes()).map_or_else(
        |_| String::new(),
        |mut mac| {
            mac.update(text);
            hex::encode(mac.finalize().into_bytes())
        },
    )
}

/// A callback's fields in the order received, as text.
#[derive(Clone, Debug, PartialEq)]
pub struct Callback {
    pub fields: Vec<(String, String)>,
    /// Arrived as JSON (`?json=true`) rather than a form.
    pub json: Option<Json>,
}

impl Callback {
    /// Reads a callback body: JSON when it looks like JSON, else a form.
    pub fn parse(body: &[u8]) -> Result<Self, VerifyError> {
        if body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
            let doc = Json::parse(body).map_err(|e| VerifyError::MalformedBody(e.to_string()))?;
            let Json::Object(members) = &doc else { return Err(VerifyError::MalformedBody("not an object".into())) };
            let fields = members
                .iter()
                .map(|(k, v)| {
                    let text = match v {
                        Json::String(s) => s.clone(),
                        Json::Null => String::new(),
                        other => other.js_stringify(),
                    };
                    (k.clone(), text)
                })
                .collect();
            return Ok(Self { fields, json: Some(doc) });
        }
        let fields = url::form_urlencoded::parse(body).into_owned().collect();
        Ok(Self { fields, json: None })
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// Checks a callback's `verify_hash`.
pub fn check(body: &[u8], secret_key: &str) -> Result<Report, VerifyError> {
    if secret_key.is_empty() {
        return Err(VerifyError::NotConfigured("secret key"));
    }
    let callback = Callback::parse(body)?;
    let received =
        callback.get("verify_hash").filter(|s| !s.is_empty()).ok_or(VerifyError::MissingSignature("verify_hash"))?;
    let mut candidates: Vec<(String, String)> = Vec::new();
    if let Some(doc) = &callback.json {
        let text = doc.without("verify_hash").js_stringify();
        candidates.push(("HMAC-SHA1 over JSON.stringify(body without verify_hash), keys as received".into(), text));
    } else {
        let mut fields: Vec<_> = callback.fields.iter().filter(|(k, _)| k != "verify_hash").cloned().collect();
        canonical::php_ksort(&mut fields);
        let serialize = |f: &[(String, String)]| canonical::php_serialize(f);
        candidates.push(("HMAC-SHA1 over serialize(ksort(fields without verify_hash))".into(), serialize(&fields)));
        // The official plugin un-escapes tx_urls (WordPress adds slashes, Plisio sends
        // HTML entities); the bot only decodes entities.
        for (how, fix) in [
            ("tx_urls = html_entity_decode(stripslashes(tx_urls))", true),
            ("tx_urls = html_entity_decode(tx_urls)", false),
        ] {
            let mut fixed = fields.clone();
            for (k, v) in fixed.iter_mut() {
                if k == "tx_urls" {
                    let v2 = if fix { canonical::php_stripslashes(v) } else { v.clone() };
                    *v = canonical::php_html_entity_decode(&v2);
                }
            }
            candidates.push((format!("HMAC-SHA1 over serialize(ksort(fields)) with {how}"), serialize(&fixed)));
        }
    }
    Ok(Report::of_digests(
        received,
        candidates.into_iter().map(|(method, text)| {
            let digest = hmac_sha1(secret_key, text.as_bytes());
            (method, text, digest)
        }),
    ))
}

/// What a status means (§4.3): `expired` with money received is an underpayment.
pub fn state(status: &str, received_something: bool) -> PaymentState {
    match status {
        "completed" => PaymentState::Paid,
        // Over or under: the admin's mismatch setting decides, with the amount at hand.
        "mismatch" => PaymentState::PartiallyPaid,
        "expired" if received_something => PaymentState::PartiallyPaid,
        "expired" | "cancelled" | "cancelled duplicate" | "error" => PaymentState::Failed,
        _ => PaymentState::Pending,
    }
}

/// What a callback or an operation read back says.
pub fn observe(fields: &Callback) -> Observation {
    let get = |k: &str| fields.get(k).map(str::trim).filter(|v| !v.is_empty());
    let dec = |k: &str| get(k).and_then(|v| Decimal::from_str_exact(v).ok());
    let received = dec("amount").unwrap_or_default();
    let status = get("status").unwrap_or("new").to_owned();
    let state = state(&status, received > Decimal::ZERO);
    // Priced in our currency: what arrived is the price times the share of the crypto total
    // that arrived (exact decimals, 8 places for the fiat value).
    let amount = match (dec("source_amount"), get("source_currency"), dec("invoice_total_sum")) {
        (Some(price), Some(currency), Some(total)) if total > Decimal::ZERO => {
            // Checked: numbers past Decimal's range give no amount (the payment goes to review)
            // instead of a panic in the settle job.
            let value = if received == total {
                Some(price)
            } else {
                price.checked_mul(received).and_then(|v| v.checked_div(total)).map(|v| v.round_dp(8))
            };
            value.and_then(|v| GatewayAmount::parse(&v.to_string(), currency))
        }
        (Some(price), Some(currency), _) if state == PaymentState::Paid => {
            GatewayAmount::parse(&price.to_string(), currency)
        }
        _ => get("amount").zip(get("currency").or(get("psys_cid"))).and_then(|(a, c)| GatewayAmount::parse(a, c)),
    };
    Observation {
        gateway_payment_id: get("txn_id").or(get("id")).unwrap_or_default().to_owned(),
        order_id: get("order_number").map(str::to_owned),
        status,
        state,
        amount,
        parent_payment_id: None,
        needs_completion: false,
        refunded: None,
    }
}

#[derive(Deserialize)]
struct Envelope {
    status: String,
    data: serde_json::Value,
}

pub struct Plisio {
    config: Config,
    http: reqwest::Client,
}

impl Plisio {
    pub fn new(config: Config) -> Self {
        Self { config, http: http::client() }
    }

    async fn get(&self, path: &str, query: &[(&str, &str)]) -> Result<serde_json::Value, GatewayError> {
        let request = self
            .http
            .get(endpoint(&self.config.api_base, path))
            .query(query)
            .query(&[("api_key", self.config.secret_key.as_str())]);
        let answer: Envelope = http::send(NAME, request).await?;
        if !matches!(answer.status.as_str(), "success") {
            let message = answer.data["message"].as_str().unwrap_or("error").to_owned();
            return Err(GatewayError::Refused { gateway: NAME, detail: message });
        }
        Ok(answer.data)
    }

    async fn create_payment(&self, order: &Order) -> Result<Created, GatewayError> {
        let mut callback = order.notify_url.clone();
        callback.query_pairs_mut().append_pair("json", "true");
        let amount = order.amount.to_fixed(2);
        let data = self
            .get(
                "/invoices/new",
                &[
                    ("source_currency", order.amount.currency.as_str()),
                    ("source_amount", amount.as_str()),
                    ("order_number", order.order_id.as_str()),
                    ("order_name", order.description.as_str()),
                    ("callback_url", callback.as_str()),
                    ("success_invoice_url", order.return_url.as_str()),
                    ("fail_invoice_url", order.cancel_url.as_str()),
                ],
            )
            .await?;
        let unexpected = |detail: &str| GatewayError::Unexpected { gateway: NAME, detail: detail.to_owned() };
        let txn = data["txn_id"].as_str().ok_or_else(|| unexpected("no txn_id"))?;
        let url = data["invoice_url"].as_str().ok_or_else(|| unexpected("no invoice_url"))?;
        let pay_url = Url::parse(url).map_err(|e| unexpected(&e.to_string()))?;
        Ok(Created { gateway_ref: txn.to_owned(), pay_url })
    }

    async fn ping(&self) -> Result<(), GatewayError> {
        self.get("/currencies/USD", &[]).await.map(|_| ())
    }

    async fn read_payment(&self, txn_id: &str, _payment_id: Option<&str>) -> Result<Observation, GatewayError> {
        let id: String = url::form_urlencoded::byte_serialize(txn_id.as_bytes()).collect();
        let data = self.get(&format!("/operations/{id}"), &[]).await?;
        let body =
            serde_json::to_vec(&data).map_err(|e| GatewayError::Unexpected { gateway: NAME, detail: e.to_string() })?;
        let fields =
            Callback::parse(&body).map_err(|e| GatewayError::Unexpected { gateway: NAME, detail: e.to_string() })?;
        let mut o = observe(&fields);
        if o.gateway_payment_id.is_empty() {
            o.gateway_payment_id = txn_id.to_owned();
        }
        Ok(o)
    }

    fn check_event(&self, _headers: &Headers, body: &[u8]) -> Result<Verified, Refused> {
        let report = check(body, &self.config.secret_key)?;
        if !report.valid() {
            return Err(Refused::BadSignature(report));
        }
        let callback = Callback::parse(body)?;
        let observation = observe(&callback);
        Ok(Verified {
            event_id: format!(
                "{}:{}:{}",
                observation.gateway_payment_id,
                observation.status,
                callback.get("amount").unwrap_or_default()
            ),
            kind: observation.status.clone(),
            observation: Some(observation),
            report,
        })
    }
}

crate::port::hosted_gateway!(Plisio, NAME);

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Callback {
        let body: String =
            url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs.iter().copied()).finish();
        Callback::parse(body.as_bytes()).unwrap()
    }

    #[test]
    fn completed_credits_the_invoice_price_in_the_store_currency() {
        let o = observe(&form(&[
            ("txn_id", "t1"),
            ("order_number", "o1"),
            ("status", "completed"),
            ("amount", "0.00051200"),
            ("invoice_total_sum", "0.00051200"),
            ("source_amount", "25.00"),
            ("source_currency", "USD"),
        ]));
        assert_eq!((o.state, o.order_id.as_deref()), (PaymentState::Paid, Some("o1")));
        assert!(o.amount.unwrap().same_as(&GatewayAmount::parse("25", "USD").unwrap()));
    }

    #[test]
    fn an_expired_invoice_with_money_is_an_underpayment_worth_its_share() {
        let o = observe(&form(&[
            ("txn_id", "t1"),
            ("status", "expired"),
            ("amount", "0.00025600"),
            ("invoice_total_sum", "0.00051200"),
            ("source_amount", "25.00"),
            ("source_currency", "USD"),
        ]));
        assert_eq!(o.state, PaymentState::PartiallyPaid);
        assert!(o.amount.unwrap().same_as(&GatewayAmount::parse("12.5", "USD").unwrap()));
        let nothing = observe(&form(&[("txn_id", "t1"), ("status", "expired"), ("amount", "0")]));
        assert_eq!(nothing.state, PaymentState::Failed);
    }

    #[test]
    fn statuses_map_to_what_they_mean_for_the_money() {
        for (status, want) in [
            ("new", PaymentState::Pending),
            ("pending", PaymentState::Pending),
            ("pending internal", PaymentState::Pending),
            ("completed", PaymentState::Paid),
            ("mismatch", PaymentState::PartiallyPaid),
            ("cancelled", PaymentState::Failed),
            ("cancelled duplicate", PaymentState::Failed),
            ("error", PaymentState::Failed),
        ] {
            assert_eq!(state(status, false), want, "{status}");
        }
    }
}
