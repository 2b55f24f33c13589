//! Time-based one-time passwords (RFC 6238): SHA-1, 6 digits, 30-second steps, as every
//! authenticator app expects. A code is accepted for the current and the previous step only
//! (ASVS 6.5.5 caps a code's life at 30 s; one step back absorbs clock skew and typing time).
//! Refusing a code whose step was already used is the caller's job: it owns the stored state.

use totp_rs::{Algorithm, Builder, Secret, Totp};

pub const STEP_SECS: u64 = 30;
pub const ISSUER: &str = "RMS License Server";

#[derive(Debug, thiserror::Error)]
#[error("cannot build the one-time password generator: {0}")]
pub struct TotpError(String);

fn totp(secret: &[u8], account: &str) -> Result<Totp, TotpError> {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(STEP_SECS)
        .with_secret(secret.to_vec())
        .with_account_name(account.replace(':', ""))
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(|e| TotpError(e.to_string()))
}

/// A new 160-bit secret (RFC 4226's recommended length).
pub fn generate_secret() -> Vec<u8> {
    let mut bytes = [0u8; 20];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
    bytes.to_vec()
}

/// The secret as people type it into an authenticator (base32).
pub fn base32(secret: &[u8]) -> String {
    Secret::from(secret.to_vec()).to_base32()
}

/// The `otpauth://` URI an authenticator app scans.
pub fn otpauth_uri(secret: &[u8], account: &str) -> Result<String, TotpError> {
    totp(secret, account)?.to_url().map_err(|e| TotpError(e.to_string()))
}

/// The step a code belongs to, if it is right for the current or the previous step at `now`.
pub fn verify(secret: &[u8], code: &str, now_secs: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret, "x").ok()?;
    let current = now_secs / STEP_SECS;
    [current, current.saturating_sub(1)].into_iter().find(|step| t.generate(step * STEP_SECS).to_string() == code)
}

/// The code for the step containing `at_secs` (for tests and diagnostics).
pub fn code_at(secret: &[u8], at_secs: u64) -> String {
    totp(secret, "x").map(|t| t.generate(at_secs).to_string()).unwrap_or_default()
}

/// The secret bytes from their base32 form (what a person would type into an app).
pub fn from_base32(text: &str) -> Option<Vec<u8>> {
    Secret::try_from_base32(text).ok().map(|s| s.as_ref().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_test_vector() {
        // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", T = 59 s → 94287082 (8 digits);
        // the 6-digit code is its last six digits.
        assert_eq!(code_at(b"12345678901234567890", 59), "287082");
    }

    #[test]
    fn only_the_current_and_previous_step_are_accepted() {
        let secret = generate_secret();
        let now = 1_800_000_015;
        let step = now / STEP_SECS;
        assert_eq!(verify(&secret, &code_at(&secret, now), now), Some(step));
        assert_eq!(verify(&secret, &code_at(&secret, now - 30), now), Some(step - 1));
        assert_eq!(verify(&secret, &code_at(&secret, now - 60), now), None, "two steps old");
        assert_eq!(verify(&secret, &code_at(&secret, now + 30), now), None, "from the future");
        assert_eq!(verify(&secret, "12345", now), None);
        assert_eq!(verify(&secret, "abcdef", now), None);
    }

    #[test]
    fn the_uri_names_issuer_account_and_secret() {
        let secret = generate_secret();
        let uri = otpauth_uri(&secret, "alice@example.com").unwrap();
        assert!(uri.starts_with("otpauth://totp/RMS%20License%20Server:alice%40example.com?"), "{uri}");
        assert!(uri.contains(&format!("secret={}", base32(&secret))), "{uri}");
    }
}
