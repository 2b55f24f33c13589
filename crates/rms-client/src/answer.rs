//! The server's answers and the checks every one must pass before it is believed.

pub use rms_license::wire::{Activation, LicenseAnswer, LicenseInfo};

use crate::client::{ClientError, PublicKeys};

/// A verified answer: signed by the product, for this request, fresh. The type is the server's
/// own (`rms_license::wire`), so the two cannot drift apart.
pub type Answer = LicenseAnswer;

/// Everything a client knows about the call an answer is for.
pub struct Expected<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub nonce: &'a str,
    /// The client's clock, unix seconds.
    pub now: i64,
    /// How far the server's `ts` may be from `now`.
    pub max_skew_secs: i64,
}

/// Checks an answer: the signature over the exact bytes, then the nonce, then freshness.
pub fn check(
    signature: Option<&str>,
    body: &[u8],
    keys: &PublicKeys,
    expected: &Expected<'_>,
) -> Result<Answer, ClientError> {
    let signature = signature.ok_or(ClientError::Unsigned)?;
    rms_license::response::verify(signature, |kid| keys.get(kid), expected.method, expected.path, body)
        .map_err(ClientError::BadSignature)?;
    let answer: Answer = serde_json::from_slice(body).map_err(|e| ClientError::Malformed(e.to_string()))?;
    if answer.nonce.as_deref() != Some(expected.nonce) {
        return Err(ClientError::NonceMismatch);
    }
    if (answer.ts - expected.now).abs() > expected.max_skew_secs {
        return Err(ClientError::Stale { server: answer.ts, local: expected.now });
    }
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed(body: &str) -> (rms_license::SigningKey, String) {
        let key = rms_license::SigningKey::from_bytes(&[7; 32]);
        let header = rms_license::response::sign("1", &key, "post", "/api/v1/licenses/validate", body.as_bytes());
        (key, header)
    }

    fn expected(nonce: &str, now: i64) -> Expected<'_> {
        Expected { method: "post", path: "/api/v1/licenses/validate", nonce, now, max_skew_secs: 300 }
    }

    const BODY: &str = r#"{"valid":true,"code":"VALID","detail":"ok","license":null,"activation":null,"ts":1000,"nonce":"n-12345678","offline_until":5000}"#;

    #[test]
    fn a_signed_fresh_answer_to_this_request_is_believed() {
        let (key, header) = signed(BODY);
        let keys = PublicKeys::from_keys([("1".to_owned(), key.verifying_key())]);
        let answer = check(Some(&header), BODY.as_bytes(), &keys, &expected("n-12345678", 1010)).unwrap();
        assert!(answer.valid);
        assert_eq!(answer.offline_until, Some(5000));
    }

    #[test]
    fn forged_replayed_stale_or_unsigned_answers_are_refused() {
        let (key, header) = signed(BODY);
        let keys = PublicKeys::from_keys([("1".to_owned(), key.verifying_key())]);
        let forged = BODY.replace("5000", "9999");
        assert!(matches!(
            check(Some(&header), forged.as_bytes(), &keys, &expected("n-12345678", 1000)),
            Err(ClientError::BadSignature(_))
        ));
        assert!(matches!(
            check(Some(&header), BODY.as_bytes(), &keys, &expected("another-nonce", 1000)),
            Err(ClientError::NonceMismatch)
        ));
        assert!(matches!(
            check(Some(&header), BODY.as_bytes(), &keys, &expected("n-12345678", 1000 + 3600)),
            Err(ClientError::Stale { .. })
        ));
        assert!(matches!(
            check(None, BODY.as_bytes(), &keys, &expected("n-12345678", 1000)),
            Err(ClientError::Unsigned)
        ));
        let other =
            PublicKeys::from_keys([("1".to_owned(), rms_license::SigningKey::from_bytes(&[8; 32]).verifying_key())]);
        assert!(check(Some(&header), BODY.as_bytes(), &other, &expected("n-12345678", 1000)).is_err());
    }
}
