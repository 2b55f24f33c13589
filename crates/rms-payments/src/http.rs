//! Calls to gateways' APIs: one client with timeouts, and one reading of their answers into
//! [`GatewayError`]s (network, 429 and 5xx are worth retrying; other refusals are not).

use std::time::Duration;

use serde::de::DeserializeOwned;

use crate::port::GatewayError;

/// The client every gateway uses: bounded connect and total times, no redirects followed
/// (a gateway's API answers where it is asked).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(20))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("rms-license-server/", env!("CARGO_PKG_VERSION")))
        .build()
        .unwrap_or_default()
}

/// Sends `request` and reads a JSON answer of type `T` from a 2xx response.
pub async fn send<T: DeserializeOwned>(
    gateway: &'static str,
    request: reqwest::RequestBuilder,
) -> Result<T, GatewayError> {
    let bytes = send_raw(gateway, request).await?;
    serde_json::from_slice(&bytes).map_err(|e| GatewayError::Unexpected { gateway, detail: format!("{e}") })
}

/// Sends `request` and returns the body of a 2xx response.
pub async fn send_raw(gateway: &'static str, request: reqwest::RequestBuilder) -> Result<Vec<u8>, GatewayError> {
    // Errors without their URL: Plisio's key travels in the query string.
    let response =
        request.send().await.map_err(|e| GatewayError::Unavailable { gateway, detail: e.without_url().to_string() })?;
    let status = response.status();
    let bytes = response
        .bytes()
        .await
        .map_err(|e| GatewayError::Unavailable { gateway, detail: e.without_url().to_string() })?
        .to_vec();
    if status.is_success() {
        return Ok(bytes);
    }
    let body: String = String::from_utf8_lossy(&bytes).chars().take(300).collect();
    let detail = format!("HTTP {}: {body}", status.as_u16());
    if status.is_server_error() || status.as_u16() == 429 || status.as_u16() == 408 {
        Err(GatewayError::Unavailable { gateway, detail })
    } else {
        Err(GatewayError::Refused { gateway, detail })
    }
}

/// `base` joined with `path` (`base` may or may not end in `/`).
pub fn endpoint(base: &url::Url, path: &str) -> String {
    format!("{}/{}", base.as_str().trim_end_matches('/'), path.trim_start_matches('/'))
}
