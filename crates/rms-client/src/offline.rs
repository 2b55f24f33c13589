//! Offline verification of license files: what a product does when it starts without network,
//! and what `rms license verify` does on the command line.

use rms_license::file::{Expectation, LicenseData};

use crate::client::{ClientError, PublicKeys};
use crate::clock::{HighWater, TOLERANCE_SECS};

/// Checks a license file against the product's public keys, this machine (fingerprint or domain)
/// and the clock. With a high-water mark, a clock set back past it is refused and the mark is
/// raised to `now`.
pub fn verify_file(
    text: &str,
    keys: &PublicKeys,
    fingerprint: Option<&str>,
    domain: Option<&str>,
    now: i64,
    high_water: Option<&HighWater>,
) -> Result<LicenseData, ClientError> {
    let mark = high_water.map_or(0, HighWater::read);
    let expect = Expectation { fingerprint, domain, now, high_water: mark - TOLERANCE_SECS };
    let data = rms_license::file::verify(text, |kid| keys.get(kid), &expect).map_err(|e| match e {
        rms_license::file::FileError::ClockRolledBack => ClientError::ClockRolledBack,
        other => ClientError::File(other),
    })?;
    if let Some(mark) = high_water {
        mark.observe(now)?;
    }
    Ok(data)
}

/// What an air-gapped machine writes for its owner to upload in the dashboard ("My licenses"):
/// an activation request authenticated with the license key. The owner gets back a license file
/// for this machine, which [`verify_file`] then checks.
pub fn activation_request(
    key: &str,
    product: &str,
    fingerprint: &str,
    name: Option<&str>,
    platform: Option<&str>,
    now: i64,
) -> Result<String, ClientError> {
    let request = rms_license::request::ActivationRequest {
        v: 1,
        product: product.to_owned(),
        fingerprint: Some(fingerprint.to_owned()),
        domain: None,
        name: name.map(str::to_owned),
        platform: platform.map(str::to_owned),
        created_at: now,
    };
    rms_license::request::write(&request, key).map_err(|e| ClientError::Malformed(e.to_string()))
}
