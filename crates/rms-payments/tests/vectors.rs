//! Every vector of the research (`payment-vectors.json`, real deliveries where they exist) and
//! of our own (`own-vectors.json`, one per branch, signed by an independent Python
//! implementation: `make_own_vectors.py`) through the verifiers the server and `rms webhook
//! verify` run.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use rms_payments::registry::{self, WebhookSecret};
use rms_payments::{Headers, paypal};
use rustls_pki_types::UnixTime;
use serde_json::Value;

fn load(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn headers(v: &Value) -> Headers {
    let map = v["headers"].as_object().cloned().unwrap_or_default();
    Headers::new(map.into_iter().map(|(k, v)| (k, v.as_str().unwrap_or_default().to_owned())))
}

/// The vectors' PayPal certificates have expired: each is checked as of its own delivery.
fn delivered_at(h: &Headers) -> UnixTime {
    match h.get(paypal::signature::TRANSMISSION_TIME) {
        Some(t) => {
            let at = time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).unwrap();
            paypal::signature::unix_time(at)
        }
        None => UnixTime::since_unix_epoch(Duration::ZERO),
    }
}

fn run(file: &str) -> usize {
    let vectors = load(file);
    for v in &vectors {
        let gateway = v["gateway"].as_str().unwrap();
        let description = v["description"].as_str().unwrap();
        let spec = registry::find(gateway).unwrap();
        let h = headers(v);
        let body = v["body"].as_str().unwrap().as_bytes();
        let secret = v["webhook_id"].as_str().or(v["secret"].as_str()).unwrap();
        let cert = v["cert_pem"].as_str().map(str::as_bytes);
        let check = WebhookSecret { secret, cert_pem: cert, at: delivered_at(&h) };
        let valid = spec.check_webhook(&h, body, &check).map(|r| r.valid());
        let expected = v["expected_valid"].as_bool().unwrap();
        match &valid {
            Ok(valid) => assert_eq!(*valid, expected, "{gateway}: {description}"),
            // Input that cannot be checked (no signature at all) is refused like a bad one.
            Err(e) => assert!(!expected, "{gateway}: {description}: {e}"),
        }
        if expected {
            let report = spec.check_webhook(&h, body, &check).unwrap();
            if let Some(text) = v["signed_text"].as_str().or(v["derived_signed_message"].as_str()) {
                let matched = report.attempts.iter().find(|a| a.matched).unwrap();
                assert_eq!(matched.signed_text, text, "{gateway}: {description}: the text that was signed");
            }
        }
    }
    vectors.len()
}

#[test]
fn the_researched_vectors_verify_as_documented() {
    assert_eq!(run("payment-vectors.json"), 5);
}

#[test]
fn our_own_vectors_reach_every_branch() {
    assert!(run("own-vectors.json") >= 20);
}

#[test]
fn a_paypal_certificate_is_checked_for_the_time_it_is_used() {
    let v = &load("payment-vectors.json")[0];
    let h = headers(v);
    let body = v["body"].as_str().unwrap().as_bytes();
    let cert = v["cert_pem"].as_str().unwrap().as_bytes();
    let today = UnixTime::since_unix_epoch(Duration::from_secs(1_796_000_000));
    let refused = paypal::signature::check(&h, body, "0FV983392A0531201", cert, today);
    assert!(
        matches!(&refused, Err(rms_payments::VerifyError::Certificate(m)) if m.contains("xpired")),
        "an expired certificate is refused: {refused:?}"
    );
}

#[test]
fn a_certificate_not_issued_to_paypal_is_refused_even_when_it_chains() {
    let v = &load("payment-vectors.json")[0];
    let h = headers(v);
    let body = v["body"].as_str().unwrap().as_bytes();
    // DigiCert's intermediate chains to the root but is a CA, not PayPal's message certificate.
    let intermediate = include_bytes!("../certs/digicert-sha2-ev-server-ca.pem");
    let refused = paypal::signature::check(&h, body, "0FV983392A0531201", intermediate, delivered_at(&h));
    assert!(matches!(refused, Err(rms_payments::VerifyError::Certificate(_))), "{refused:?}");
}
