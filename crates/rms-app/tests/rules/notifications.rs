//! Notifications below HTTP: a delivery that runs again sends nothing, and a license about to
//! expire is told once per threshold, then once when it expires.

use std::time::Duration;

use rms_app::notifications::Deliver;
use rms_core::notifications::{NotificationKind, NotifyChannel};
use rms_testkit::db_test;

use crate::kit::{Kit, meta, plan};

/// Text without Fluent's bidi isolation marks around arguments.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

db_test!(
    async fn a_delivery_job_that_runs_again_sends_nothing(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        kit.s.api_keys.create(&ada, "ci", &["read".to_owned()], None, &meta()).await.unwrap();
        let inbox = kit.s.notifications.inbox(&ada, None, 10).await.unwrap();
        assert_eq!(inbox.items.len(), 1);
        assert_eq!(inbox.items[0].kind, NotificationKind::ApiKeyCreated);
        let job = Deliver { notification_id: inbox.items[0].id, channel: NotifyChannel::Email };
        // The worker was killed after sending and before acknowledging: the job runs again.
        assert!(kit.s.notifications.deliver(job).await.unwrap());
        assert!(!kit.s.notifications.deliver(job).await.unwrap());
        let sent = kit.notices.0.lock().unwrap().clone();
        assert_eq!(sent.len(), 1);
        let (to, message) = &sent[0];
        assert_eq!(to, "ada@example.com");
        assert!(message.text.contains("ci") && message.html.contains("ci"), "{message:?}");
        assert!(message.unsubscribe.is_none(), "security notices cannot be unsubscribed from");
        // Telegram with no bot set up: nothing goes out, and nothing else is sent instead.
        let telegram = Deliver { channel: NotifyChannel::Telegram, ..job };
        kit.s.notifications.deliver(telegram).await.unwrap();
        assert_eq!(kit.notices.0.lock().unwrap().len(), 1);
    }
);

db_test!(
    async fn a_license_is_told_of_its_expiry_once_per_threshold_and_when_it_ends(t: TestDb) {
        let kit = Kit::new(t).await;
        let mut month = plan(1);
        month.duration_days = Some(20);
        let (_, plan) = kit.product("editor", month, 5_000).await;
        let ada = kit.customer("ada@example.com").await;
        kit.s.catalog.issue_license(&kit.admin, "ada@example.com", plan, None, &meta()).await.unwrap();
        let count = |kind| {
            let db = kit.t.db.clone();
            async move { rms_store::notifications::count_of(&db, ada.user_id, kind).await.unwrap() }
        };
        let day = Duration::from_secs(86_400);
        // 20 days left: nothing yet.
        assert_eq!(kit.s.licensing.expire().await.unwrap(), (0, 0));
        kit.advance(day * 7);
        // 13 days left: the 14-day notice, once however often the sweep runs.
        assert_eq!(kit.s.licensing.expire().await.unwrap(), (0, 1));
        assert_eq!(kit.s.licensing.expire().await.unwrap(), (0, 0));
        kit.advance(day * 10);
        // 3 days left: the 3-day notice.
        assert_eq!(kit.s.licensing.expire().await.unwrap(), (0, 1));
        assert_eq!(count(NotificationKind::LicenseExpiring).await, 2);
        let inbox = kit.s.notifications.inbox(&ada, None, 10).await.unwrap();
        assert!(plain(&inbox.items[0].title).contains("3 days"), "{:?}", inbox.items[0]);
        kit.advance(day * 4);
        assert_eq!(kit.s.licensing.expire().await.unwrap(), (1, 0));
        assert_eq!(count(NotificationKind::LicenseExpired).await, 1);
        assert_eq!(kit.s.licensing.expire().await.unwrap(), (0, 0));
    }
);

db_test!(
    async fn a_license_first_seen_days_before_its_end_gets_only_the_nearest_notice(t: TestDb) {
        let kit = Kit::new(t).await;
        let mut short = plan(1);
        short.duration_days = Some(2);
        let (_, plan) = kit.product("editor", short, 5_000).await;
        let ada = kit.customer("ada@example.com").await;
        kit.s.catalog.issue_license(&kit.admin, "ada@example.com", plan, None, &meta()).await.unwrap();
        assert_eq!(kit.s.licensing.expire().await.unwrap(), (0, 1));
        let inbox = kit.s.notifications.inbox(&ada, None, 10).await.unwrap();
        let expiring: Vec<_> = inbox.items.iter().filter(|n| n.kind == NotificationKind::LicenseExpiring).collect();
        assert_eq!(expiring.len(), 1);
        assert!(plain(&expiring[0].body).contains("2 days"), "{:?}", expiring[0]);
    }
);

db_test!(
    async fn a_new_device_a_suspension_and_a_purchase_reach_the_owner_in_the_app(t: TestDb) {
        let kit = Kit::new(t).await;
        let (_, plan) = kit.product("editor", plan(2), 5_000).await;
        let ada = kit.customer("ada@example.com").await;
        let (license, key) =
            kit.s.catalog.issue_license(&kit.admin, "ada@example.com", plan, None, &meta()).await.unwrap();
        let device = rms_app::licensing::DeviceInfo::default();
        kit.s.licensing.activate(&key, "editor", Some("pc-1"), None, device, &meta()).await.unwrap();
        let suspend = rms_app::catalog::LicenseChange {
            status: Some(rms_core::licensing::LicenseStatus::Suspended),
            ..Default::default()
        };
        kit.s.catalog.change_license(&kit.admin, license.id, suspend, &meta()).await.unwrap();
        kit.fund(&ada, 10_000).await;
        kit.s.store.purchase(&ada, &[(plan, 1)], None, None, None, &meta()).await.unwrap();
        let inbox = kit.s.notifications.inbox(&ada, None, 10).await.unwrap();
        let kinds: Vec<_> = inbox.items.iter().map(|n| n.kind).collect();
        assert_eq!(
            kinds,
            [
                NotificationKind::PurchaseReceipt,
                NotificationKind::LicenseStatus,
                NotificationKind::DeviceActivated,
                NotificationKind::LicenseIssued,
            ]
        );
        assert!(plain(&inbox.items[0].body).contains("$50.00"), "the amount the person's way: {:?}", inbox.items[0]);
        assert!(plain(&inbox.items[2].body).contains("pc-1"), "{:?}", inbox.items[2]);
        assert_eq!(inbox.unread, 4);
    }
);
