#![no_main]
//! License keys as pasted or typed (`rms_license::key`): signed `RMS1-…` keys through `peek` and
//! `verify`, short keys through `normalize_short`. Never a panic; `peek` and `verify` agree; a
//! payload that peeks re-signs into a key that verifies to the same payload; a normalised short
//! key is its own normal form.

use libfuzzer_sys::fuzz_target;
use rms_license::SigningKey;
use rms_license::key::{self, KeyError};

/// The key the unit tests sign with (`SigningKey::from_bytes(&[7; 32])`): seed-1 verifies with it.
fn signer() -> SigningKey {
    SigningKey::from_bytes(&[7; 32])
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let sk = signer();
    let vk = sk.verifying_key();

    let peeked = key::peek(text);
    let verified = key::verify(text, &vk);
    match (&peeked, &verified) {
        (Ok(p), Ok(v)) => assert_eq!(p, v, "peek and verify read different payloads"),
        // The signature is checked before the version, so only these two can differ.
        (Ok(_), Err(e)) => assert_eq!(*e, KeyError::BadSignature),
        (Err(KeyError::UnknownVersion(n)), Err(e)) => {
            assert!(matches!(e, KeyError::BadSignature) || *e == KeyError::UnknownVersion(*n), "{e:?}")
        }
        (Err(KeyError::Malformed), r) => assert_eq!(*r, Err(KeyError::Malformed), "peek says malformed"),
        (Err(e), Ok(_)) => panic!("verify accepted what peek refused: {e:?}"),
        (Err(KeyError::BadSignature), _) => panic!("peek never checks the signature"),
    }

    // Whatever payload could be read, signing it again gives a key that says exactly that.
    if let Ok(payload) = peeked {
        let again = payload.sign(&sk);
        assert!(again.starts_with(key::SIGNED_PREFIX));
        assert_eq!(key::verify(&again, &vk), Ok(payload));
        assert_eq!(key::peek(&again), Ok(payload));
    }

    // Short keys: 25 Crockford characters in five dashed groups, and already in normal form.
    if let Some(short) = key::normalize_short(text) {
        assert_eq!(short.len(), 29, "{short:?}");
        assert_eq!(short.split('-').count(), 5, "{short:?}");
        assert_eq!(key::normalize_short(&short).as_deref(), Some(short.as_str()), "not idempotent");
    }
});
