//! What offline checks cost a product at start-up: verifying a signed license key and a license
//! file (Ed25519 verify + decoding), and checking a signed online answer.

use criterion::{Criterion, criterion_group, criterion_main};
use rms_client::PublicKeys;
use rms_license::file::{Expectation, LicenseData};
use rms_license::key::KeyPayload;
use uuid::Uuid;

fn benches(c: &mut Criterion) {
    let signing = rms_license::SigningKey::from_bytes(&[42; 32]);
    let public = signing.verifying_key();
    let key = KeyPayload {
        license_id: Uuid::now_v7(),
        product_id: Uuid::now_v7(),
        expires_day: 30_000,
        seats: 3,
        entitlements: 0b101,
        key_id: 1,
    }
    .sign(&signing);
    c.bench_function("license key: verify", |b| {
        b.iter(|| rms_license::key::verify(std::hint::black_box(&key), &public).is_ok())
    });

    let data = LicenseData {
        license_id: Uuid::now_v7(),
        product_id: Uuid::now_v7(),
        fingerprint: Some("f".repeat(64)),
        domain: None,
        entitlements: vec!["export".into(), "cloud-sync".into()],
        expires_at: Some(2_000_000_000),
        issued_at: 1_700_000_000,
        valid_until: 1_800_000_000,
        offline_until: 1_800_000_000,
    };
    let file = rms_license::file::issue(&data, "1", &signing);
    let keys = PublicKeys::from_keys([("1".to_owned(), public)]);
    let fingerprint = "f".repeat(64);
    c.bench_function("license file: verify", |b| {
        b.iter(|| {
            let expect =
                Expectation { fingerprint: Some(&fingerprint), domain: None, now: 1_750_000_000, high_water: 0 };
            rms_license::file::verify(std::hint::black_box(&file), |kid| keys.get(kid), &expect).is_ok()
        })
    });
}

criterion_group!(verify, benches);
criterion_main!(verify);
