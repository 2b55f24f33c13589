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
