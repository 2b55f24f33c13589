//! PayPal's offline webhook check (payments.md §1.5 b): SHA256withRSA over
//! `transmission_id|transmission_time|webhook_id|crc32(raw body)` with the certificate named
//! by `PAYPAL-CERT-URL`, fetched only from PayPal's own hosts and checked against DigiCert's
//! chain and PayPal's message-verification names.

use std::sync::LazyLock;
use std::time::Duration;

use base64::Engine;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use url::Url;
use webpki::{EndEntityCert, KeyUsage, anchor_from_trusted_cert};

use crate::verify::{Attempt, Headers, Report, VerifyError};

pub const TRANSMISSION_ID: &str = "PAYPAL-TRANSMISSION-ID";
pub const TRANSMISSION_TIME: &str = "PAYPAL-TRANSMISSION-TIME";
pub const TRANSMISSION_SIG: &str = "PAYPAL-TRANSMISSION-SIG";
pub const CERT_URL: &str = "PAYPAL-CERT-URL";
pub const AUTH_ALGO: &str = "PAYPAL-AUTH-ALGO";

/// The hosts PayPal serves its message-verification certificates from (W4: nothing else is
/// ever fetched, whatever a webhook's header says).
pub const CERT_HOSTS: [&str; 4] =
    ["api.paypal.com", "api-m.paypal.com", "api.sandbox.paypal.com", "api-m.sandbox.paypal.com"];

/// The names a PayPal message-verification certificate is issued for (live, sandbox).
const CERT_NAMES: [&str; 2] = ["messageverificationcerts.paypal.com", "messageverificationcerts.sandbox.paypal.com"];

/// DigiCert's EV chain that PayPal's certificates have been issued under, which the public
/// root lists no longer all carry (PayPal's own SDK pins the intermediate the same way).
static BUNDLED_ROOT: &[u8] = include_bytes!("../../certs/digicert-high-assurance-ev-root-ca.pem");
static BUNDLED_INTERMEDIATE: &[u8] = include_bytes!("../../certs/digicert-sha2-ev-server-ca.pem");

static ROOT: LazyLock<Vec<CertificateDer<'static>>> =
    LazyLock::new(|| CertificateDer::pem_slice_iter(BUNDLED_ROOT).filter_map(Result::ok).collect());
static INTERMEDIATES: LazyLock<Vec<CertificateDer<'static>>> =
    LazyLock::new(|| CertificateDer::pem_slice_iter(BUNDLED_INTERMEDIATE).filter_map(Result::ok).collect());

/// The certificate URL of a webhook, if PayPal may have served it: `https`, one of
/// [`CERT_HOSTS`], default port, no credentials.
pub fn allowed_cert_url(raw: &str) -> Result<Url, VerifyError> {
    let refuse = || VerifyError::Certificate(format!("certificate URL {raw:?} is not on PayPal's allow-list"));
    let url = Url::parse(raw).map_err(|_| refuse())?;
    let host_ok = url.host_str().is_some_and(|h| CERT_HOSTS.contains(&h));
    if url.scheme() != "https"
        || !host_ok
        || url.port().is_some()
        || !url.username().is_empty()
        || url.password().is_some()
    {
        return Err(refuse());
    }
    Ok(url)
}

/// The CRC-32 (IEEE) of the raw body as an unsigned decimal, as PayPal signs it.
pub fn body_crc(body: &[u8]) -> String {
    crc32fast::hash(body).to_string()
}

/// The line PayPal signs for this delivery.
pub fn signed_message(headers: &Headers, webhook_id: &str, body: &[u8]) -> Result<String, VerifyError> {
    let id = headers.require(TRANSMISSION_ID)?;
    let time = headers.require(TRANSMISSION_TIME)?;
    Ok(format!("{id}|{time}|{webhook_id}|{}", body_crc(body)))
}

/// Checks a webhook with the certificate document `cert_pem` (the leaf first, any
/// intermediates after it) as of `at`.
pub fn check(
    headers: &Headers,
    body: &[u8],
    webhook_id: &str,
    cert_pem: &[u8],
    at: UnixTime,
) -> Result<Report, VerifyError> {
    if webhook_id.is_empty() {
        return Err(VerifyError::NotConfigured("webhook id"));
    }
    let algo = headers.require(AUTH_ALGO)?;
    if algo != "SHA256withRSA" {
        return Err(VerifyError::Certificate(format!("unsupported {AUTH_ALGO} {algo:?}")));
    }
    let received = headers.require(TRANSMISSION_SIG)?;
    let message = signed_message(headers, webhook_id, body)?;
    let signature = base64::engine::general_purpose::STANDARD
        .decode(received.trim())
        .map_err(|_| VerifyError::MalformedBody(format!("{TRANSMISSION_SIG} is not base64")))?;
    let certs = parse_pem(cert_pem)?;
    let leaf = EndEntityCert::try_from(&certs[0]).map_err(cert_error)?;
    let name = trusted_name(&leaf, &certs[1..], at)?;
    let matched =
        leaf.verify_signature(webpki::aws_lc_rs::RSA_PKCS1_2048_8192_SHA256, message.as_bytes(), &signature).is_ok();
    let attempt = Attempt {
        method: "SHA256withRSA over transmission_id|transmission_time|webhook_id|crc32(body)".into(),
        signed_text: message,
        computed: format!("certificate {name}: signature {}", if matched { "verifies" } else { "does not verify" }),
        received: received.to_owned(),
        matched,
    };
    Ok(Report { attempts: vec![attempt] })
}

fn parse_pem(cert_pem: &[u8]) -> Result<Vec<CertificateDer<'static>>, VerifyError> {
    let certs: Vec<_> = CertificateDer::pem_slice_iter(cert_pem)
        .collect::<Result<_, _>>()
        .map_err(|e| VerifyError::Certificate(format!("the certificate is not PEM: {e}")))?;
    if certs.is_empty() {
        return Err(VerifyError::Certificate("the certificate document holds no certificate".into()));
    }
    Ok(certs)
}

fn cert_error(e: webpki::Error) -> VerifyError {
    VerifyError::Certificate(format!("the certificate is not PayPal's: {e}"))
}

/// Checks that `leaf` chains (through `extra`, then the bundled intermediates) to a trusted root
/// as of `at` and is issued to one of PayPal's message-verification names; returns that name.
fn trusted_name(
    leaf: &EndEntityCert<'_>,
    extra: &[CertificateDer<'static>],
    at: UnixTime,
) -> Result<&'static str, VerifyError> {
    let mut anchors = webpki_roots::TLS_SERVER_ROOTS.to_vec();
    for root in ROOT.iter() {
        anchors.push(anchor_from_trusted_cert(root).map_err(cert_error)?);
    }
    let mut intermediates: Vec<CertificateDer<'_>> = extra.to_vec();
    intermediates.extend(INTERMEDIATES.iter().cloned());
    leaf.verify_for_usage(
        webpki::ALL_VERIFICATION_ALGS,
        &anchors,
        &intermediates,
        at,
        KeyUsage::server_auth(),
        None,
        None,
    )
    .map_err(cert_error)?;
    CERT_NAMES
        .into_iter()
        .find(|n| ServerName::try_from(*n).is_ok_and(|server| leaf.verify_is_valid_for_subject_name(&server).is_ok()))
        .ok_or_else(|| {
            VerifyError::Certificate("the certificate is not issued to PayPal's message verification".into())
        })
}

/// `at` as the certificate check's clock.
pub fn unix_time(at: time::OffsetDateTime) -> UnixTime {
    UnixTime::since_unix_epoch(Duration::from_secs(at.unix_timestamp().max(0) as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_urls_on_paypals_hosts_may_be_fetched() {
        for ok in [
            "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1d93a270",
            "https://api-m.paypal.com/v1/notifications/certs/CERT-1",
        ] {
            assert!(allowed_cert_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.paypal.com/v1/notifications/certs/x",
            "https://api.paypal.com.evil.example/cert",
            "https://evil.example/?https://api.paypal.com/",
            "https://api.paypal.com:8443/cert",
            "https://user@api.paypal.com/cert",
            "https://paypal.com/cert",
            "https://169.254.169.254/latest/meta-data",
            "file:///etc/passwd",
            "not a url",
        ] {
            assert!(allowed_cert_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_crc_is_printed_unsigned_in_decimal() {
        assert_eq!(body_crc(b""), "0");
        // 0xCBF43926, the CRC-32 check value, is above i32::MAX: printed unsigned.
        assert_eq!(body_crc(b"123456789"), "3421780262");
    }
}
