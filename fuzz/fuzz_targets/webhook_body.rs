#![no_main]
//! Payment webhooks (`rms_payments`), as a captured request: optional `Name: value` header lines,
//! a blank line, then the raw body (no blank line: all of it is the body).
//!
//! - Every hosted gateway's check (`GatewaySpec::check_webhook`, what the server and
//!   `rms webhook verify` run) never panics, and its report is consistent: at least one attempt,
//!   at most one match, and that the last (the check stops at the first match).
//! - What each gateway's `check_event` reads after a valid signature (and the read-backs share):
//!   the Cryptomus and NOWPayments payments, the PayPal event and order, the Plisio callback, and
//!   their `observe` never panic.
//! - `canonical::Json`: what `parse` accepts, `js_stringify` and `php_json_encode` write as JSON
//!   that parses back to the same shape (PHP writes an empty object as `[]`), and `sorted` sorts
//!   once for all. Plisio's `php_ksort` likewise, and `php_serialize` counts what it holds.
//!
//! The secrets are the ones `tests/vectors/own-vectors.json` signs with, so the seeds (taken from
//! there) pass their signature check and reach what follows it.

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use rms_payments::canonical::{self, Json};
use rms_payments::registry::{self, WebhookSecret};
use rms_payments::{Headers, Report, cryptomus, nowpayments, paypal, plisio};
use rustls_pki_types::UnixTime;

/// The PayPal sandbox certificate of the 2017 vectors, valid when they were delivered.
static PAYPAL_CERT: &[u8] = include_bytes!("../../crates/rms-payments/tests/vectors/paypal-2017-sandbox-cert.pem");
/// 2017-03-30T20:04:05Z, the PayPal vectors' transmission time.
const PAYPAL_AT: u64 = 1_490_904_245;

fn secret(gateway: &str) -> &'static str {
    match gateway {
        "cryptomus" => "cryptomus-payment-key-for-tests",
        "nowpayments" => "nowpayments-ipn-secret-for-tests",
        "plisio" => "plisio-secret-key-for-tests",
        "paypal" => "96605875FF6516633",
        _ => "fuzz-secret",
    }
}

/// Splits a captured request into its headers and raw body.
fn split(data: &[u8]) -> (Headers, &[u8]) {
    let blank = [&b"\r\n\r\n"[..], &b"\n\n"[..]]
        .iter()
        .filter_map(|sep| data.windows(sep.len()).position(|w| w == *sep).map(|at| (at, at + sep.len())))
        .min();
    match blank {
        Some((end, body)) => (Headers::parse_captured(&String::from_utf8_lossy(&data[..end])), &data[body..]),
        None => (Headers::default(), data),
    }
}

fn check_report(gateway: &str, report: &Report) {
    assert!(!report.attempts.is_empty(), "{gateway}: a report without attempts");
    let matched: Vec<usize> = report.attempts.iter().enumerate().filter(|(_, a)| a.matched).map(|(i, _)| i).collect();
    assert!(matched.is_empty() || matched == [report.attempts.len() - 1], "{gateway}: matches at {matched:?}");
    assert_eq!(report.valid(), !matched.is_empty());
    let _ = report.to_string();
}

/// Same tree, numbers compared only as numbers (their text is what the dialects differ on).
fn same_shape(a: &Json, b: &Json, empty_object_is_array: bool) -> bool {
    match (a, b) {
        (Json::Null, Json::Null) => true,
        (Json::Bool(x), Json::Bool(y)) => x == y,
        (Json::Int(_) | Json::Float(_), Json::Int(_) | Json::Float(_)) => true,
        (Json::String(x), Json::String(y)) => x == y,
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_shape(a, b, empty_object_is_array))
        }
        (Json::Object(x), Json::Array(y)) => empty_object_is_array && x.is_empty() && y.is_empty(),
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len()
                && x.iter().zip(y).all(|((ka, va), (kb, vb))| ka == kb && same_shape(va, vb, empty_object_is_array))
        }
        _ => false,
    }
}

fn canonical_forms(doc: &Json) {
    let js = doc.js_stringify();
    let back = Json::parse(js.as_bytes());
    assert!(back.as_ref().is_ok_and(|b| same_shape(doc, b, false)), "JSON.stringify wrote {js:?}: {back:?}");

    let php = doc.php_json_encode();
    let back = Json::parse(php.as_bytes());
    assert!(back.as_ref().is_ok_and(|b| same_shape(doc, b, true)), "json_encode wrote {php:?}: {back:?}");

    for arrays_as_objects in [false, true] {
        let sorted = doc.sorted(arrays_as_objects);
        assert_eq!(sorted.sorted(arrays_as_objects), sorted, "sorting twice changed it");
        let text = sorted.js_stringify();
        let back = Json::parse(text.as_bytes());
        assert!(back.as_ref().is_ok_and(|b| same_shape(&sorted, b, false)), "sorted wrote {text:?}: {back:?}");
    }
    let _ = (doc.text("amount"), doc.without("sign"));
}

fn plisio_fields(body: &[u8]) {
    let Ok(callback) = plisio::Callback::parse(body) else { return };
    let _ = plisio::observe(&callback);
    let mut fields = callback.fields.clone();
    canonical::php_ksort(&mut fields);
    let once = fields.clone();
    canonical::php_ksort(&mut fields);
    assert_eq!(fields, once, "ksort twice changed the order");
    let serialized = canonical::php_serialize(&fields);
    assert!(serialized.starts_with(&format!("a:{}:{{", fields.len())) && serialized.ends_with('}'), "{serialized}");
    for (_, value) in &fields {
        let _ = canonical::php_html_entity_decode(&canonical::php_stripslashes(value));
    }
}

fuzz_target!(|data: &[u8]| {
    let (mut headers, body) = split(data);
    // Without a signature header NOWPayments and PayPal stop before the body: supply stand-ins
    // after the captured ones (the first value of a name wins).
    let mut pairs: Vec<(String, String)> = headers.iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
    for (k, v) in [
        (nowpayments::SIGNATURE_HEADER, "00"),
        (paypal::signature::AUTH_ALGO, "SHA256withRSA"),
        (paypal::signature::TRANSMISSION_ID, "00000000-0000-0000-0000-000000000000"),
        (paypal::signature::TRANSMISSION_TIME, "2017-03-30T20:04:05Z"),
        (paypal::signature::TRANSMISSION_SIG, "AAAA"),
    ] {
        pairs.push((k.to_owned(), v.to_owned()));
    }
    headers = Headers::new(pairs);

    let at = UnixTime::since_unix_epoch(Duration::from_secs(PAYPAL_AT));
    for spec in registry::GATEWAYS {
        let input = WebhookSecret { secret: secret(spec.name), cert_pem: Some(PAYPAL_CERT), at };
        if let Ok(report) = spec.check_webhook(&headers, body, &input) {
            check_report(spec.name, &report);
        }
    }

    // What the gateways read once the signature matched.
    if let Ok(payment) = serde_json::from_slice::<cryptomus::Payment>(body) {
        let _ = payment.observe();
    }
    if let Ok(payment) = serde_json::from_slice::<nowpayments::Payment>(body) {
        let _ = payment.observe();
    }
    if let Ok(event) = serde_json::from_slice::<paypal::wire::Event>(body) {
        let _ = paypal::wire::observe_event(&event);
    }
    if let Ok(order) = serde_json::from_slice::<paypal::wire::Order>(body) {
        let _ = paypal::wire::observe_order(&order);
    }
    plisio_fields(body);

    if let Ok(doc) = Json::parse(body) {
        canonical_forms(&doc);
    }
});
