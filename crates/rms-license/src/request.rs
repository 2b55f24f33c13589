//! Offline activation requests, for machines that never reach the server.
//!
//! ```text
//! -----BEGIN RMS ACTIVATION REQUEST-----
//! base64( {"v":1,"product":"…","fingerprint":"…","name":"…","platform":"…","created_at":…,
//!          "mac":"<base64>"} )
//! -----END RMS ACTIVATION REQUEST-----
//! ```
//!
//! `mac` is HMAC-SHA256, keyed with the license key, over `"rms-activation-request/v1." + the
//! JSON of every other field`. Only someone holding the key can write a request, and nobody can
//! change its fingerprint on the way to the dashboard. The owner (or an admin) uploads it there and
//! gets back a license file bound to that fingerprint.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

const BEGIN: &str = "-----BEGIN RMS ACTIVATION REQUEST-----";
const END: &str = "-----END RMS ACTIVATION REQUEST-----";
const CONTEXT: &[u8] = b"rms-activation-request/v1.";

/// What an air-gapped machine asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationRequest {
    pub v: u8,
    /// The product's id or slug.
    pub product: String,
    pub fingerprint: Option<String>,
    pub domain: Option<String>,
    pub name: Option<String>,
    pub platform: Option<String>,
    /// Unix seconds, when the request was written.
    pub created_at: i64,
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    #[serde(flatten)]
    request: ActivationRequest,
    mac: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("not an activation request")]
    Malformed,
    #[error("written with another license key, or altered")]
    BadMac,
}

fn mac(request: &ActivationRequest, key: &str) -> Result<Vec<u8>, RequestError> {
    let body = serde_json::to_vec(request).map_err(|_| RequestError::Malformed)?;
    let mut mac = Hmac::<Sha256>::new_from_slice(key.trim().as_bytes()).map_err(|_| RequestError::Malformed)?;
    mac.update(CONTEXT);
    mac.update(&body);
    Ok(mac.finalize().into_bytes().to_vec())
}

/// Writes a request, authenticated with the license key.
pub fn write(request: &ActivationRequest, key: &str) -> Result<String, RequestError> {
    let envelope = Envelope { request: request.clone(), mac: STANDARD.encode(mac(request, key)?) };
    let json = serde_json::to_vec(&envelope).map_err(|_| RequestError::Malformed)?;
    let b64 = STANDARD.encode(json);
    let lines: Vec<&str> = b64.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect();
    Ok(format!("{BEGIN}\n{}\n{END}\n", lines.join("\n")))
}

/// Reads a request without checking it (to find out which product it is for).
pub fn peek(text: &str) -> Result<ActivationRequest, RequestError> {
    Ok(parse(text)?.request)
}

fn parse(text: &str) -> Result<Envelope, RequestError> {
    let inner = text.trim().strip_prefix(BEGIN).and_then(|t| t.strip_suffix(END)).ok_or(RequestError::Malformed)?;
    let compact: String = inner.chars().filter(|c| !c.is_whitespace()).collect();
    let json = STANDARD.decode(compact).map_err(|_| RequestError::Malformed)?;
    let envelope: Envelope = serde_json::from_slice(&json).map_err(|_| RequestError::Malformed)?;
    if envelope.request.v != 1 {
        return Err(RequestError::Malformed);
    }
    Ok(envelope)
}

/// Reads a request and checks it was written with `key`.
pub fn verify(text: &str, key: &str) -> Result<ActivationRequest, RequestError> {
    let envelope = parse(text)?;
    let given = STANDARD.decode(&envelope.mac).map_err(|_| RequestError::Malformed)?;
    let mut check = Hmac::<Sha256>::new_from_slice(key.trim().as_bytes()).map_err(|_| RequestError::Malformed)?;
    check.update(CONTEXT);
    check.update(&serde_json::to_vec(&envelope.request).map_err(|_| RequestError::Malformed)?);
    check.verify_slice(&given).map_err(|_| RequestError::BadMac)?;
    Ok(envelope.request)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> ActivationRequest {
        ActivationRequest {
            v: 1,
            product: "photo-tool".into(),
            fingerprint: Some("f".repeat(64)),
            domain: None,
            name: Some("Lab PC".into()),
            platform: Some("linux".into()),
            created_at: 1_800_000_000,
        }
    }

    #[test]
    fn a_request_verifies_with_its_key_only_and_cannot_be_altered() {
        let text = write(&request(), "RMS1-KEY").unwrap();
        assert!(text.starts_with(BEGIN));
        assert_eq!(verify(&text, "RMS1-KEY").unwrap(), request());
        assert_eq!(verify(&text, "RMS1-OTHER"), Err(RequestError::BadMac));
        assert_eq!(peek(&text).unwrap().product, "photo-tool");

        // Change the fingerprint inside and re-armor: the MAC no longer matches.
        let inner: String = text.lines().filter(|l| !l.starts_with("-----")).collect();
        let json = String::from_utf8(STANDARD.decode(inner).unwrap()).unwrap();
        let forged = json.replace(&"f".repeat(64), &"e".repeat(64));
        let forged = format!("{BEGIN}\n{}\n{END}", STANDARD.encode(forged));
        assert_eq!(verify(&forged, "RMS1-KEY"), Err(RequestError::BadMac));
        assert_eq!(verify("garbage", "RMS1-KEY"), Err(RequestError::Malformed));
    }
}
