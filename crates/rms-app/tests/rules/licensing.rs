//! Seats, validation order and sub-licenses, through the licensing and catalog use cases.

use std::time::Duration;

use rms_app::accounts::Principal;
use rms_app::catalog::LicenseChange;
use rms_app::licensing::{DeviceInfo, Scope};
use rms_core::licensing::Code;
use rms_testkit::db_test;

use crate::kit::{Kit, meta, plan};

/// Ada holds a license of `seats` on product "editor": (kit, Ada, license id, key).
async fn licensed(t: rms_testkit::TestDb, seats: i64) -> (Kit, Principal, uuid::Uuid, String) {
    let kit = Kit::new(t).await;
    let (_, plan) = kit.product("editor", plan(seats), 5_000).await;
    let ada = kit.customer("ada@example.com").await;
    let (license, key) = kit.s.catalog.issue_license(&kit.admin, "ada@example.com", plan, None, &meta()).await.unwrap();
    (kit, ada, license.id, key)
}

impl Kit {
    pub(crate) async fn activate(&self, key: &str, device: &str) -> rms_app::licensing::Verdict {
        self.s
            .licensing
            .activate(key, "editor", Some(device), None, DeviceInfo::default(), &meta())
            .await
            .unwrap()
            .verdict
    }

    pub(crate) async fn validate(&self, key: &str, device: &str) -> Code {
        let scope = Scope { fingerprint: Some(device), ..Scope::default() };
        self.s.licensing.validate(key, "editor", &scope).await.unwrap().verdict.code
    }

    async fn change(&self, license: uuid::Uuid, change: LicenseChange) -> Result<(), rms_app::AppError> {
        self.s.catalog.change_license(&self.admin, license, change, &meta()).await.map(drop)
    }
}

fn status(s: rms_app::catalog::LicenseStatus) -> LicenseChange {
    LicenseChange { status: Some(s), expires_at: None, seats: None }
}

db_test!(
    async fn each_device_takes_one_seat_and_the_one_over_quota_is_shown_who_holds_them(t: TestDb) {
        let (kit, _, _, key) = licensed(t, 2).await;
        assert!(kit.activate(&key, "pc-1").await.created);
        assert!(kit.activate(&key, "pc-2").await.created);
        let again = kit.activate(&key, "pc-1").await;
        assert_eq!((again.code, again.created), (Code::Valid, false), "a device already active keeps its seat");
        let over = kit.activate(&key, "pc-3").await;
        assert_eq!(over.code, Code::ActivationLimit);
        let mut holders: Vec<_> = over.activations.iter().filter_map(|a| a.fingerprint.clone()).collect();
        holders.sort();
        assert_eq!(holders, ["pc-1", "pc-2"]);
    }
);

db_test!(
    async fn a_deactivated_device_frees_its_seat_for_another(t: TestDb) {
        let (kit, _, _, key) = licensed(t, 1).await;
        let first = kit.activate(&key, "pc-1").await;
        assert_eq!(kit.activate(&key, "pc-2").await.code, Code::ActivationLimit);
        let id = first.activation.unwrap().id;
        kit.s.licensing.deactivate(&key, id, &meta()).await.unwrap();
        assert_eq!(kit.validate(&key, "pc-1").await, Code::NotActivated);
        assert!(kit.activate(&key, "pc-2").await.created);
    }
);

db_test!(
    async fn validation_answers_what_the_license_and_the_device_are(t: TestDb) {
        let (kit, _, _, key) = licensed(t, 1).await;
        assert_eq!(kit.validate(&key, "pc-1").await, Code::NotActivated, "no live activation at all");
        kit.activate(&key, "pc-1").await;
        kit.product("other", plan(1), 100).await;
        // (key, product, device): what a licensed program may be told (docs/spec/licensing.md §4).
        let cases = [
            (key.as_str(), "editor", "pc-1", Code::Valid),
            (key.as_str(), "editor", "pc-9", Code::FingerprintMismatch),
            (key.as_str(), "other", "pc-1", Code::ProductMismatch),
        ];
        for (key, product, device, expected) in cases {
            let scope = Scope { fingerprint: Some(device), ..Scope::default() };
            let code = kit.s.licensing.validate(key, product, &scope).await.unwrap().verdict.code;
            assert_eq!(code, expected, "{product} on {device}");
        }
    }
);

db_test!(
    async fn suspension_and_revocation_stop_a_license_and_only_suspension_is_undone(t: TestDb) {
        use rms_app::catalog::LicenseStatus::{Active, Revoked, Suspended};
        let (kit, _, license, key) = licensed(t, 1).await;
        kit.activate(&key, "pc-1").await;
        let steps = [(Suspended, Code::Suspended), (Active, Code::Valid), (Revoked, Code::Revoked)];
        for (to, expected) in steps {
            kit.change(license, status(to)).await.unwrap();
            assert_eq!(kit.validate(&key, "pc-1").await, expected, "after {to:?}");
        }
        assert!(kit.change(license, status(Active)).await.is_err(), "a revoked license stays revoked");
        assert_eq!(kit.validate(&key, "pc-1").await, Code::Revoked);
    }
);

db_test!(
    async fn a_license_expires_at_the_end_of_its_term_and_an_extension_revives_it(t: TestDb) {
        let (kit, _, license, key) = licensed(t, 1).await;
        kit.activate(&key, "pc-1").await;
        kit.advance(Duration::from_secs(364 * 86_400));
        assert_eq!(kit.validate(&key, "pc-1").await, Code::Valid, "the last day of a year's term");
        kit.advance(Duration::from_secs(2 * 86_400));
        assert_eq!(kit.validate(&key, "pc-1").await, Code::Expired);
        let later = rms_core::Timestamp::from_millis(kit.now().as_millis() + 30 * 86_400_000);
        kit.change(license, LicenseChange { status: None, expires_at: Some(Some(later)), seats: None }).await.unwrap();
        assert_eq!(kit.validate(&key, "pc-1").await, Code::Valid);
    }
);

db_test!(
    async fn a_sub_license_follows_its_parent(t: TestDb) {
        use rms_app::catalog::LicenseStatus::{Active, Suspended};
        let (kit, ada, parent, _) = licensed(t, 5).await;
        let (_, sub_key) = kit.s.catalog.carve(&ada, parent, 2, Some("team"), None, &meta()).await.unwrap();
        assert!(kit.activate(&sub_key, "team-pc").await.created);
        kit.change(parent, status(Suspended)).await.unwrap();
        assert_eq!(
            kit.validate(&sub_key, "team-pc").await,
            Code::Suspended,
            "no window where a child outlives its parent"
        );
        kit.change(parent, status(Active)).await.unwrap();
        assert_eq!(kit.validate(&sub_key, "team-pc").await, Code::Valid, "reinstated with its parent");
    }
);

db_test!(
    async fn a_sub_license_cannot_take_more_seats_than_the_parent_has_free(t: TestDb) {
        let (kit, ada, parent, key) = licensed(t, 3).await;
        kit.activate(&key, "pc-1").await;
        let too_many = kit.s.catalog.carve(&ada, parent, 3, None, None, &meta()).await;
        assert!(matches!(too_many, Err(rms_app::AppError::NotEnoughSeats { free: 2 })), "{too_many:?}");
        kit.s.catalog.carve(&ada, parent, 2, None, None, &meta()).await.unwrap();
        assert_eq!(kit.activate(&key, "pc-2").await.code, Code::ActivationLimit, "the carved seats are gone");
    }
);
