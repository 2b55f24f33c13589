#![no_main]
//! Offline activation requests as uploaded to the dashboard (`rms_license::request`, read by
//! `Licensing::activate_offline`): `peek` and `verify` never panic and agree; a request that
//! verifies fails under another license key and re-writes into one that verifies the same. The
//! same bytes also build an `ActivationRequest` that must survive `write` → `verify` unchanged.

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use rms_license::request::{self, ActivationRequest, RequestError};

/// The license key the unit tests write with: seed-1 and seed-2 verify with it.
const KEY: &str = "RMS1-KEY";
const OTHER_KEY: &str = "RMS1-OTHER";

fn generated(u: &mut Unstructured<'_>) -> Result<ActivationRequest> {
    Ok(ActivationRequest {
        v: u.arbitrary()?,
        product: u.arbitrary()?,
        fingerprint: u.arbitrary()?,
        domain: u.arbitrary()?,
        name: u.arbitrary()?,
        platform: u.arbitrary()?,
        created_at: u.arbitrary()?,
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let peeked = request::peek(text);
        let verified = request::verify(text, KEY);
        match (&peeked, &verified) {
            (Ok(p), Ok(v)) => assert_eq!(p, v, "peek and verify read different requests"),
            (Ok(_), Err(e)) => assert!(matches!(e, RequestError::BadMac | RequestError::Malformed), "{e:?}"),
            // Both read the same envelope first: what peek cannot read, verify cannot either.
            (Err(_), r) => assert_eq!(*r, Err(RequestError::Malformed)),
        }
        if let Ok(req) = verified {
            assert_eq!(request::verify(text, OTHER_KEY), Err(RequestError::BadMac));
            let again = request::write(&req, KEY);
            assert!(again.is_ok(), "{again:?}");
            if let Ok(again) = again {
                assert_eq!(request::verify(&again, KEY), Ok(req));
            }
        }
    }

    if let Ok(made) = generated(&mut Unstructured::new(data)) {
        let written = request::write(&made, KEY);
        assert!(written.is_ok(), "{written:?}");
        if let Ok(text) = written {
            // Only version 1 is read; anything else is refused as not a request.
            let want = if made.v == 1 { Ok(made.clone()) } else { Err(RequestError::Malformed) };
            assert_eq!(request::verify(&text, KEY), want.clone(), "{text}");
            assert_eq!(request::peek(&text), want, "{text}");
        }
    }
});
