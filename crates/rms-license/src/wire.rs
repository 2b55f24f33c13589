//! The product protocol's answers, declared once: the server serialises them, the SDK parses them
//! (after checking the signature over the exact bytes, [`crate::response`]). Times are unix
//! seconds. Fields are only ever added; clients ignore fields they do not know.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A license as products see it. Times are unix seconds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LicenseInfo {
    pub id: Uuid,
    pub product_id: Uuid,
    /// The product's slug.
    pub product: String,
    pub plan_id: Uuid,
    pub plan: String,
    /// `active`, `suspended`, `expired` or `revoked`.
    pub status: String,
    /// Unix seconds; absent for perpetual licenses.
    pub expires_at: Option<i64>,
    pub seats: i64,
    pub seats_used: i64,
    pub entitlements: Vec<String>,
    /// 0 = this plan needs no heartbeats.
    pub heartbeat_interval_secs: i64,
    /// Releases published until then are covered (unix seconds); absent: all.
    pub maintenance_until: Option<i64>,
}

/// A device or domain using a seat. Times are unix seconds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Activation {
    pub id: Uuid,
    pub license_id: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    pub name: Option<String>,
    pub platform: Option<String>,
    /// False for staging domains that run free.
    pub counts_seat: bool,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub last_heartbeat_at: Option<i64>,
    /// `not_started`, `alive` or `dead`.
    pub heartbeat: String,
    pub clone_suspected: bool,
}

/// Every product-facing answer. Refusals (non-2xx) are RFC 9457 problems too (`type`, `title`,
/// `status`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LicenseAnswer {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    pub valid: bool,
    /// `VALID` or why not, in the order of docs/spec/licensing.md §4; also `ACTIVATION_LIMIT`,
    /// `CLONE_SUSPECTED`, `REASSIGNMENT_LIMIT`.
    pub code: String,
    /// The code explained, in the request's language.
    pub detail: String,
    pub license: Option<LicenseInfo>,
    pub activation: Option<Activation>,
    /// Server time, unix seconds: clients refuse answers that are not fresh.
    pub ts: i64,
    /// The nonce the request sent.
    pub nonce: Option<String>,
    /// Signed fail-soft deadline (unix seconds): the product may keep running until then
    /// without reaching the server.
    pub offline_until: Option<i64>,
    /// Heartbeats: the value the next heartbeat presents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain: Option<String>,
    /// `ACTIVATION_LIMIT`: the activations holding the seats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activations: Option<Vec<Activation>>,
    /// `REASSIGNMENT_LIMIT`: when the next move is allowed, unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_allowed_at: Option<i64>,
    /// License-file requests: the armored license file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_file: Option<String>,
    /// Update checks: the release offered (`null` when nothing newer is, for this license, on
    /// this channel and platform). Absent from every other answer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "present")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<UpdateInfo>))]
    pub update: Option<Option<UpdateInfo>>,
}

/// A release offered by an update check: what to download, and the signed manifest to check it
/// against before installing it. Times are unix seconds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateInfo {
    pub release_id: Uuid,
    pub version: String,
    /// `stable`, `beta` or `alpha`.
    pub channel: String,
    pub released_at: i64,
    /// Release notes, Markdown.
    pub notes: String,
    pub platform: String,
    pub file_name: String,
    pub size: i64,
    /// Lowercase hex.
    pub sha256: String,
    /// A short-lived link that downloads the file without other credentials.
    pub download_url: String,
    pub download_expires_at: i64,
    /// The release's manifest exactly as signed (`rms-manifest/v1` JSON text).
    pub manifest: String,
    /// Its signature (`kid="…", alg="ed25519", sig="…"` over `"rms-manifest/v1\n"` + manifest).
    pub manifest_signature: String,
    /// The version running is below the product's minimum supported version: install this
    /// update before going on. Absent from older servers' answers (read as `false`).
    #[serde(default)]
    pub mandatory: bool,
}

/// `Option<Option<T>>` where the outer `None` is an absent field and `Some(None)` an explicit
/// `null` (serde reads both as `None` by default).
mod present {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(value: &Option<Option<T>>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}

impl LicenseAnswer {
    /// `ACTIVATION_LIMIT`: the activations holding the seats ("replace one of your devices");
    /// empty for every other answer.
    pub fn holders(&self) -> &[Activation] {
        self.activations.as_deref().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a server sends for a refusal, byte for byte as the protocol documents it: the SDK
    /// reads it, and writing it back gives the same JSON (no field renamed or dropped).
    #[test]
    fn an_answer_reads_and_writes_the_same_json() {
        let json = serde_json::json!({
            "type": "/problems/activation-limit", "title": "Refused", "status": 409,
            "valid": false, "code": "ACTIVATION_LIMIT", "detail": "All 1 seats are in use.",
            "license": {
                "id": Uuid::nil(), "product_id": Uuid::nil(), "product": "editor", "plan_id": Uuid::nil(),
                "plan": "Pro", "status": "active", "expires_at": null, "seats": 1, "seats_used": 1,
                "entitlements": ["export"], "heartbeat_interval_secs": 0, "maintenance_until": null
            },
            "activation": null, "ts": 1_000, "nonce": "n-12345678", "offline_until": null,
            "activations": [{
                "id": Uuid::nil(), "license_id": Uuid::nil(), "fingerprint": "pc-1", "name": "Workstation",
                "platform": null, "counts_seat": true, "created_at": 900, "last_seen_at": 950,
                "last_heartbeat_at": null, "heartbeat": "not_started", "clone_suspected": false
            }]
        });
        let answer: LicenseAnswer = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(answer.holders()[0].name.as_deref(), Some("Workstation"));
        assert_eq!(serde_json::to_value(&answer).unwrap(), json);
    }

    #[test]
    fn fields_a_client_does_not_know_yet_are_ignored() {
        let json = r#"{"valid":true,"code":"VALID","detail":"ok","license":null,"activation":null,"ts":1,"nonce":"n","offline_until":5,"added_later":{"x":1}}"#;
        let answer: LicenseAnswer = serde_json::from_str(json).unwrap();
        assert!(answer.valid && answer.holders().is_empty());
    }
}
