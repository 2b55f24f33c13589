//! The online calls. Each one sends a fresh nonce and believes only a signed, fresh answer that
//! echoes it ([`crate::answer::check`]).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use rand::RngCore;
use rms_license::VerifyingKey;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::answer::{self, Answer, Expected};

/// A product's public keys by `kid`, as `GET /api/v1/products/{id}/public-keys` lists them. Pin
/// them in your binary: keys fetched at run time from the server you are checking prove nothing.
#[derive(Clone, Debug, Default)]
pub struct PublicKeys(Vec<(String, VerifyingKey)>);

impl PublicKeys {
    pub fn from_keys(keys: impl IntoIterator<Item = (String, VerifyingKey)>) -> Self {
        Self(keys.into_iter().collect())
    }

    /// From `(kid, base64 of the 32 raw bytes)` pairs.
    pub fn from_base64<'a>(keys: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, ClientError> {
        keys.into_iter()
            .map(|(kid, b64)| {
                let raw = base64::engine::general_purpose::STANDARD
                    .decode(b64.trim())
                    .map_err(|_| ClientError::InvalidPublicKey(kid.to_owned()))?;
                let raw: [u8; 32] = raw.try_into().map_err(|_| ClientError::InvalidPublicKey(kid.to_owned()))?;
                let key = VerifyingKey::from_bytes(&raw).map_err(|_| ClientError::InvalidPublicKey(kid.to_owned()))?;
                Ok((kid.to_owned(), key))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    /// One key that answers for any `kid`: for tools handed a single key without its id (the
    /// `rms license verify` command). Products should pin keys with their ids.
    pub fn any(key: VerifyingKey) -> Self {
        Self(vec![(String::new(), key)])
    }

    pub fn get(&self, kid: &str) -> Option<VerifyingKey> {
        self.0.iter().find(|(k, _)| k == kid || k.is_empty()).map(|(_, key)| *key)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// The server could not be reached (or answered 5xx): fail-soft rules apply.
    #[error("the license server could not be reached: {0}")]
    Network(String),
    #[error("the answer carries no signature")]
    Unsigned,
    #[error("the answer's signature is not valid: {0}")]
    BadSignature(rms_license::response::ResponseSignatureError),
    #[error("the answer is for another request (nonce mismatch)")]
    NonceMismatch,
    #[error("the answer is not fresh (server time {server}, local time {local})")]
    Stale { server: i64, local: i64 },
    #[error("the answer could not be read: {0}")]
    Malformed(String),
    /// The server refused the request itself (bad input, unknown activation); not signed.
    #[error("refused: {code} ({detail})")]
    Refused { status: u16, code: String, detail: String },
    #[error("public key {0} is not a 32-byte Ed25519 key in base64")]
    InvalidPublicKey(String),
    #[error("the license file is not valid: {0}")]
    File(#[from] rms_license::file::FileError),
    #[error("the clock went backwards past the last time this license was seen")]
    ClockRolledBack,
    #[error("no license file is stored, or it could not be read: {0}")]
    Storage(String),
}

impl ClientError {
    /// Whether the server was simply not reachable (as opposed to saying no).
    pub fn is_network(&self) -> bool {
        matches!(self, ClientError::Network(_))
    }
}

/// Talks to one product's licensing API.
#[derive(Clone)]
pub struct Client {
    base_url: String,
    product: String,
    keys: PublicKeys,
    http: reqwest::Client,
    max_skew_secs: i64,
    language: Option<String>,
    components: Vec<String>,
}

pub(crate) fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

pub(crate) fn nonce() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Client {
    /// `base_url`: where the server is (`https://licenses.example.com`); `product`: its id or slug.
    pub fn new(base_url: &str, product: &str, keys: PublicKeys) -> Self {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .user_agent(concat!("rms-client/", env!("CARGO_PKG_VERSION")))
            .build()
            .unwrap_or_default();
        Self {
            base_url: base_url.trim_end_matches('/').to_owned(),
            product: product.to_owned(),
            keys,
            http,
            max_skew_secs: 300,
            language: None,
            components: Vec::new(),
        }
    }

    /// How far the server's clock may be from ours (default five minutes).
    pub fn max_skew(mut self, secs: i64) -> Self {
        self.max_skew_secs = secs;
        self
    }

    /// The language `detail` texts come in (`Accept-Language`), e.g. `de`.
    pub fn language(mut self, tag: &str) -> Self {
        self.language = Some(tag.to_owned());
        self
    }

    /// Sends these hashed hardware components with validations and activations (see
    /// [`crate::fingerprint::components`]), for plans that recognise a machine by k of them.
    pub fn components(mut self, components: Vec<String>) -> Self {
        self.components = components;
        self
    }

    pub fn keys(&self) -> &PublicKeys {
        &self.keys
    }

    /// May `key` run here? Read-only on the server. `fingerprint` for software products,
    /// `domain` for site products.
    pub async fn validate(
        &self,
        key: &str,
        fingerprint: Option<&str>,
        domain: Option<&str>,
    ) -> Result<Answer, ClientError> {
        let nonce = nonce();
        let mut body = json!({"key": key, "product": self.product, "nonce": nonce});
        if let Some(f) = fingerprint {
            body["fingerprint"] = json!(f);
        }
        if let Some(d) = domain {
            body["domain"] = json!(d);
        }
        if !self.components.is_empty() {
            body["components"] = json!(self.components);
        }
        self.call(reqwest::Method::POST, "/api/v1/licenses/validate", body, &nonce).await
    }

    /// Takes a seat for this machine; the same machine again gets its activation back.
    pub async fn activate(
        &self,
        key: &str,
        fingerprint: &str,
        name: Option<&str>,
        platform: Option<&str>,
    ) -> Result<Answer, ClientError> {
        let nonce = nonce();
        let body = json!({
            "key": key, "product": self.product, "fingerprint": fingerprint,
            "name": name, "platform": platform, "nonce": nonce, "components": self.components,
        });
        self.call(reqwest::Method::POST, "/api/v1/activations", body, &nonce).await
    }

    /// Activates a site (site products).
    pub async fn activate_site(&self, key: &str, domain: &str) -> Result<Answer, ClientError> {
        let nonce = nonce();
        let body = json!({"key": key, "product": self.product, "domain": domain, "nonce": nonce});
        self.call(reqwest::Method::POST, "/api/v1/activations", body, &nonce).await
    }

    /// Tells the server this machine is alive. Pass the `chain` of the previous heartbeat's answer
    /// (none on the first); keep the new one for the next call.
    pub async fn heartbeat(&self, key: &str, activation: Uuid, chain: Option<&str>) -> Result<Answer, ClientError> {
        let nonce = nonce();
        let body = json!({"key": key, "nonce": nonce, "chain": chain});
        self.call(reqwest::Method::POST, &format!("/api/v1/activations/{activation}/heartbeat"), body, &nonce).await
    }

    /// Frees this machine's seat.
    pub async fn deactivate(&self, key: &str, activation: Uuid) -> Result<Answer, ClientError> {
        let nonce = nonce();
        let body = json!({"key": key, "nonce": nonce});
        self.call(reqwest::Method::DELETE, &format!("/api/v1/activations/{activation}"), body, &nonce).await
    }

    /// A fresh license file for this activation (in [`Answer::license_file`]).
    pub async fn license_file(&self, key: &str, activation: Uuid) -> Result<Answer, ClientError> {
        let nonce = nonce();
        let body = json!({"key": key, "nonce": nonce});
        self.call(reqwest::Method::POST, &format!("/api/v1/activations/{activation}/license-file"), body, &nonce).await
    }

    pub(crate) fn product(&self) -> &str {
        &self.product
    }

    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.http
    }

    pub(crate) async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Value,
        nonce: &str,
    ) -> Result<Answer, ClientError> {
        let mut req = self.http.request(method.clone(), format!("{}{path}", self.base_url)).json(&body);
        if let Some(lang) = &self.language {
            req = req.header(reqwest::header::ACCEPT_LANGUAGE, lang);
        }
        let res = req.send().await.map_err(|e| ClientError::Network(e.to_string()))?;
        let status = res.status();
        if status.is_server_error() {
            return Err(ClientError::Network(format!("the server answered {status}")));
        }
        let signature =
            res.headers().get(rms_license::response::HEADER).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let bytes = res.bytes().await.map_err(|e| ClientError::Network(e.to_string()))?;
        if signature.is_none() && status.is_client_error() {
            let problem: Value = serde_json::from_slice(&bytes).unwrap_or_default();
            return Err(ClientError::Refused {
                status: status.as_u16(),
                code: problem["code"].as_str().unwrap_or("HTTP_ERROR").to_owned(),
                detail: problem["detail"].as_str().unwrap_or_default().to_owned(),
            });
        }
        let expected = Expected {
            method: &method.as_str().to_ascii_lowercase(),
            path,
            nonce,
            now: unix_now(),
            max_skew_secs: self.max_skew_secs,
        };
        answer::check(signature.as_deref(), &bytes, &self.keys, &expected)
    }
}
