#![no_main]
//! Signed offline license files (`rms_license::file`): `verify` on the input as text never
//! panics, and a file that verifies re-issues into one that verifies to the same data. The same
//! bytes also build a `LicenseData` (any strings, ids and times) that must survive `issue` →
//! `verify` unchanged on its own device or site, and be refused under another key.

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use rms_license::file::{self, Expectation, FileError, LicenseData};
use rms_license::{SigningKey, VerifyingKey};
use uuid::Uuid;

/// The key the unit tests sign with (`SigningKey::from_bytes(&[5; 32])`, kid "k1"): the seeds
/// verify with it.
fn signer() -> SigningKey {
    SigningKey::from_bytes(&[5; 32])
}

fn other() -> VerifyingKey {
    SigningKey::from_bytes(&[6; 32]).verifying_key()
}

fn generated(u: &mut Unstructured<'_>) -> Result<LicenseData> {
    Ok(LicenseData {
        license_id: Uuid::from_u128(u.arbitrary()?),
        product_id: Uuid::from_u128(u.arbitrary()?),
        fingerprint: u.arbitrary()?,
        domain: u.arbitrary()?,
        entitlements: u.arbitrary()?,
        expires_at: u.arbitrary()?,
        issued_at: u.arbitrary()?,
        valid_until: u.arbitrary()?,
        offline_until: u.arbitrary()?,
    })
}

/// What the device or site a file is bound to knows, at the last moment the file is valid.
fn at_home(data: &LicenseData) -> Expectation<'_> {
    Expectation {
        fingerprint: data.fingerprint.as_deref(),
        domain: data.domain.as_deref(),
        now: data.valid_until,
        high_water: data.valid_until,
    }
}

fuzz_target!(|data: &[u8]| {
    let sk = signer();
    let vk = sk.verifying_key();
    let keys = |kid: &str| (kid == "k1").then_some(vk);

    if let Ok(text) = std::str::from_utf8(data) {
        // The seeds' device and site (see the unit tests), inside their validity.
        let expect =
            Expectation { fingerprint: Some("fp-abc"), domain: Some("example.com"), now: 1_200, high_water: 1_100 };
        if let Ok(read) = file::verify(text, keys, &expect) {
            let again = file::issue(&read, "k1", &sk);
            assert_eq!(file::verify(&again, keys, &expect), Ok(read));
        }
    }

    if let Ok(made) = generated(&mut Unstructured::new(data)) {
        let text = file::issue(&made, "k1", &sk);
        assert_eq!(file::verify(&text, keys, &at_home(&made)), Ok(made.clone()), "{text}");
        assert_eq!(file::verify(&text, |_| Some(other()), &at_home(&made)), Err(FileError::BadSignature));
        assert_eq!(file::verify(&text, |_| None, &at_home(&made)), Err(FileError::UnknownKey));
    }
});
