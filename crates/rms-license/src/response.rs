//! Signed server answers: every product-facing response carries
//! `RMS-Signature: kid="…", alg="ed25519", sig="<base64>"`, an Ed25519 signature over
//! `"rms-response/v1\n" + <method, lowercase> + " " + <request path> + "\n" + <response body>`.
//! Binding method and path stops a signed answer from one endpoint being replayed as another's.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

pub const HEADER: &str = "RMS-Signature";

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResponseSignatureError {
    #[error("the signature header is missing or malformed")]
    Malformed,
    #[error("the answer was signed with an unknown key")]
    UnknownKey,
    #[error("the signature does not match the answer")]
    BadSignature,
}

fn message(method: &str, path: &str, body: &[u8]) -> Vec<u8> {
    let mut m = format!("rms-response/v1\n{} {path}\n", method.to_ascii_lowercase()).into_bytes();
    m.extend_from_slice(body);
    m
}

/// The header value for an answer.
pub fn sign(kid: &str, key: &SigningKey, method: &str, path: &str, body: &[u8]) -> String {
    sign_message(kid, key, &message(method, path, body))
}

/// The header value for a signature over `message` (answers and manifests share the form).
pub(crate) fn sign_message(kid: &str, key: &SigningKey, message: &[u8]) -> String {
    let sig = key.sign(message);
    format!("kid=\"{kid}\", alg=\"ed25519\", sig=\"{}\"", STANDARD.encode(sig.to_bytes()))
}

fn field<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(',').find_map(|part| {
        let (k, v) = part.trim().split_once('=')?;
        (k == name).then(|| v.trim_matches('"'))
    })
}

/// Checks an answer's header; `keys` looks a `kid` up among the product's public keys.
pub fn verify(
    header: &str,
    keys: impl Fn(&str) -> Option<VerifyingKey>,
    method: &str,
    path: &str,
    body: &[u8],
) -> Result<(), ResponseSignatureError> {
    verify_message(header, keys, &message(method, path, body))
}

/// Checks a header made by [`sign_message`] over `message`.
pub(crate) fn verify_message(
    header: &str,
    keys: impl Fn(&str) -> Option<VerifyingKey>,
    message: &[u8],
) -> Result<(), ResponseSignatureError> {
    if field(header, "alg") != Some("ed25519") {
        return Err(ResponseSignatureError::Malformed);
    }
    let kid = field(header, "kid").ok_or(ResponseSignatureError::Malformed)?;
    let sig = field(header, "sig").and_then(|s| STANDARD.decode(s).ok()).ok_or(ResponseSignatureError::Malformed)?;
    let sig: [u8; 64] = sig.try_into().map_err(|_| ResponseSignatureError::Malformed)?;
    let key = keys(kid).ok_or(ResponseSignatureError::UnknownKey)?;
    key.verify_strict(message, &Signature::from_bytes(&sig)).map_err(|_| ResponseSignatureError::BadSignature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_verifies_only_for_its_method_path_and_body() {
        let sk = SigningKey::from_bytes(&[9; 32]);
        let keys = |kid: &str| (kid == "p1").then(|| sk.verifying_key());
        let body = br#"{"valid":true,"nonce":"n1"}"#;
        let header = sign("p1", &sk, "POST", "/api/v1/licenses/validate", body);
        assert_eq!(verify(&header, keys, "post", "/api/v1/licenses/validate", body), Ok(()));
        assert_eq!(
            verify(&header, keys, "POST", "/api/v1/activations", body),
            Err(ResponseSignatureError::BadSignature),
            "replayed as another endpoint's answer"
        );
        let forged = br#"{"valid":true,"nonce":"n2"}"#;
        assert_eq!(
            verify(&header, keys, "POST", "/api/v1/licenses/validate", forged),
            Err(ResponseSignatureError::BadSignature)
        );
        let other_kid = header.replace("kid=\"p1\"", "kid=\"p2\"");
        assert_eq!(
            verify(&other_kid, keys, "POST", "/api/v1/licenses/validate", body),
            Err(ResponseSignatureError::UnknownKey)
        );
        assert_eq!(verify("sig=abc", keys, "POST", "/x", body), Err(ResponseSignatureError::Malformed));
    }
}
