//! Access tokens: short-lived JWTs signed with Ed25519 (EdDSA), checked the strict way.
//!
//! Verification follows RFC 8725: the algorithm comes from here, never from the token (EdDSA is
//! the only one accepted); `kid` only indexes an in-memory map of our own keys (no file, URL or
//! database is ever touched because of a header; `jku`, `x5u` and `jwk` are ignored); issuer,
//! audience, expiry and not-before are all required and checked; and the token must say it is an
//! access token, so no other kind of token we sign can be replayed as one. The `ver` claim is
//! compared with the user's current token version by the caller.

use std::collections::HashMap;

use ed25519_dalek::SigningKey;
use ed25519_dalek::pkcs8::EncodePrivateKey;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};

pub const ISSUER: &str = "rms-license-server";
pub const AUDIENCE: &str = "rms-api";
pub const ACCESS_TYPE: &str = "access";
/// Clock skew tolerated between nodes, in seconds.
pub const LEEWAY_SECS: u64 = 30;

/// The claims of an access token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessClaims {
    pub iss: String,
    pub aud: String,
    /// The user id.
    pub sub: String,
    /// Unix seconds.
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
    /// The user's token version when the token was issued; a newer version revokes it.
    pub ver: i64,
    /// Token purpose; always [`ACCESS_TYPE`] here.
    pub typ: String,
}

impl AccessClaims {
    pub fn new(user_id: &str, token_version: i64, now_secs: i64, lifetime_secs: i64) -> Self {
        Self {
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            sub: user_id.to_owned(),
            iat: now_secs,
            nbf: now_secs,
            exp: now_secs + lifetime_secs,
            ver: token_version,
            typ: ACCESS_TYPE.to_owned(),
        }
    }
}

/// An Ed25519 key pair for signing tokens, known by its `kid`.
#[derive(Clone)]
pub struct SigningKeyPair {
    pub kid: String,
    seed: [u8; 32],
}

impl std::fmt::Debug for SigningKeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKeyPair").field("kid", &self.kid).finish_non_exhaustive()
    }
}

impl SigningKeyPair {
    /// A new random key pair.
    pub fn generate(kid: impl Into<String>) -> Self {
        let mut seed = [0u8; 32];
        rand::rng().fill_bytes(&mut seed);
        Self { kid: kid.into(), seed }
    }

    pub fn from_seed(kid: impl Into<String>, seed: [u8; 32]) -> Self {
        Self { kid: kid.into(), seed }
    }

    /// The 32-byte private seed, for sealing at rest.
    pub fn seed(&self) -> &[u8; 32] {
        &self.seed
    }

    pub fn public_key(&self) -> [u8; 32] {
        SigningKey::from_bytes(&self.seed).verifying_key().to_bytes()
    }
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum JwtError {
    #[error("the token is not valid")]
    Invalid,
    #[error("the signing key could not be prepared")]
    Key,
}

/// The keys this node signs with (the newest) and verifies with (all not yet retired).
pub struct TokenKeys {
    signing: (String, EncodingKey),
    verifying: HashMap<String, DecodingKey>,
    validation: Validation,
}

impl std::fmt::Debug for TokenKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenKeys").field("signing_kid", &self.signing.0).finish_non_exhaustive()
    }
}

impl TokenKeys {
    /// `current` signs; every key in `all` (which should include `current`) verifies.
    pub fn new(current: &SigningKeyPair, all: &[SigningKeyPair]) -> Result<Self, JwtError> {
        let der = SigningKey::from_bytes(&current.seed).to_pkcs8_der().map_err(|_| JwtError::Key)?;
        let signing = (current.kid.clone(), EncodingKey::from_ed_der(der.as_bytes()));
        let verifying = all
            .iter()
            .chain(std::iter::once(current))
            .map(|k| (k.kid.clone(), DecodingKey::from_ed_der(&k.public_key())))
            .collect();
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "nbf", "iat", "iss", "aud", "sub"]);
        // Expiry and not-before are checked below against the caller's clock (which tests move),
        // not the library's wall clock.
        validation.validate_exp = false;
        validation.validate_nbf = false;
        Ok(Self { signing, verifying, validation })
    }

    pub fn sign(&self, claims: &AccessClaims) -> Result<String, JwtError> {
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(self.signing.0.clone());
        jsonwebtoken::encode(&header, claims, &self.signing.1).map_err(|_| JwtError::Key)
    }

    /// Verifies signature, algorithm, issuer, audience, purpose, and the time window at `now_secs`.
    pub fn verify(&self, token: &str, now_secs: i64) -> Result<AccessClaims, JwtError> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| JwtError::Invalid)?;
        if header.alg != Algorithm::EdDSA {
            return Err(JwtError::Invalid);
        }
        let key = header.kid.as_deref().and_then(|kid| self.verifying.get(kid)).ok_or(JwtError::Invalid)?;
        let data = jsonwebtoken::decode::<AccessClaims>(token, key, &self.validation).map_err(|_| JwtError::Invalid)?;
        let leeway = LEEWAY_SECS as i64;
        let c = data.claims;
        if c.typ != ACCESS_TYPE || c.exp + leeway < now_secs || c.nbf - leeway > now_secs {
            return Err(JwtError::Invalid);
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
    use serde_json::json;

    use super::*;

    fn now() -> i64 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
    }

    fn keys() -> (SigningKeyPair, TokenKeys) {
        let pair = SigningKeyPair::generate("k1");
        let keys = TokenKeys::new(&pair, std::slice::from_ref(&pair)).unwrap();
        (pair, keys)
    }

    fn forge(header: serde_json::Value, claims: serde_json::Value, signature: &str) -> String {
        format!("{}.{}.{signature}", B64.encode(header.to_string()), B64.encode(claims.to_string()))
    }

    fn claims_json(c: &AccessClaims) -> serde_json::Value {
        serde_json::to_value(c).unwrap()
    }

    #[test]
    fn a_token_we_signed_verifies() {
        let (_, keys) = keys();
        let claims = AccessClaims::new("user-1", 3, now(), 900);
        let token = keys.sign(&claims).unwrap();
        assert_eq!(keys.verify(&token, now()).unwrap(), claims);
    }

    #[test]
    fn the_jwt_attack_matrix_is_refused() {
        let (pair, keys) = keys();
        let good = AccessClaims::new("user-1", 3, now(), 900);
        let token = keys.sign(&good).unwrap();
        let parts: Vec<&str> = token.split('.').collect();
        let sig = parts[2];
        let eddsa = |kid: &str| json!({"alg": "EdDSA", "typ": "JWT", "kid": kid});

        let mut attacks: Vec<(&str, String)> = vec![
            ("alg none", forge(json!({"alg": "none", "kid": "k1"}), claims_json(&good), "")),
            ("stripped signature", format!("{}.{}.", parts[0], parts[1])),
            ("unknown kid", forge(eddsa("k2"), claims_json(&good), sig)),
            ("kid traversal", forge(eddsa("../../../../dev/null"), claims_json(&good), sig)),
            ("kid sql", forge(eddsa("' OR 1=1 --"), claims_json(&good), sig)),
            ("no kid", forge(json!({"alg": "EdDSA"}), claims_json(&good), sig)),
            (
                "jku points elsewhere",
                forge(
                    json!({"alg": "EdDSA", "kid": "evil", "jku": "https://evil.example/jwks"}),
                    claims_json(&good),
                    sig,
                ),
            ),
            (
                "embedded jwk",
                forge(json!({"alg": "EdDSA", "kid": "evil", "jwk": {"kty": "OKP"}}), claims_json(&good), sig),
            ),
            (
                "tampered claims",
                forge(eddsa("k1"), claims_json(&AccessClaims { sub: "admin".into(), ..good.clone() }), sig),
            ),
        ];
        // Algorithm confusion: HMAC with our public key as the secret.
        let hs = jsonwebtoken::encode(
            &Header { kid: Some("k1".into()), ..Header::new(Algorithm::HS256) },
            &good,
            &EncodingKey::from_secret(&pair.public_key()).unwrap(),
        )
        .unwrap();
        attacks.push(("HS256 with the public key", hs));
        let resign = |c: AccessClaims| keys.sign(&c).unwrap();
        let t = now();
        attacks
            .push(("expired beyond leeway", resign(AccessClaims { exp: t - LEEWAY_SECS as i64 - 1, ..good.clone() })));
        attacks.push(("not yet valid", resign(AccessClaims { nbf: t + LEEWAY_SECS as i64 + 60, ..good.clone() })));
        attacks.push(("wrong audience", resign(AccessClaims { aud: "rms-license".into(), ..good.clone() })));
        attacks.push(("wrong issuer", resign(AccessClaims { iss: "someone-else".into(), ..good.clone() })));
        attacks.push(("wrong purpose", resign(AccessClaims { typ: "refresh".into(), ..good.clone() })));
        let other = SigningKeyPair::generate("k1");
        let other_keys = TokenKeys::new(&other, std::slice::from_ref(&other)).unwrap();
        attacks.push(("another key under our kid", other_keys.sign(&good).unwrap()));
        attacks.push(("garbage", "not.a.token".to_owned()));
        attacks.push((
            "missing exp",
            forge(
                eddsa("k1"),
                json!({"iss": ISSUER, "aud": AUDIENCE, "sub": "u", "iat": t, "nbf": t, "ver": 3, "typ": "access"}),
                sig,
            ),
        ));

        for (name, token) in attacks {
            assert_eq!(keys.verify(&token, now()), Err(JwtError::Invalid), "{name} was accepted");
        }
    }

    #[test]
    fn after_rotation_old_tokens_verify_until_their_key_is_retired() {
        let old = SigningKeyPair::generate("old");
        let new = SigningKeyPair::generate("new");
        let before = TokenKeys::new(&old, std::slice::from_ref(&old)).unwrap();
        let token = before.sign(&AccessClaims::new("u", 1, now(), 900)).unwrap();
        let rotating = TokenKeys::new(&new, &[old.clone(), new.clone()]).unwrap();
        assert!(rotating.verify(&token, now()).is_ok());
        let retired = TokenKeys::new(&new, std::slice::from_ref(&new)).unwrap();
        assert_eq!(retired.verify(&token, now()), Err(JwtError::Invalid));
    }
}
