//! Notifications below HTTP: a delivery that runs again sends nothing, and a license about to
//! expire is told once per threshold, then once when it expires.

use std::time::Duration;

use rms_app::jobs::Job;
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

/// The kinds of `who`'s in-app notifications, newest first.
async fn kinds_of(kit: &Kit, who: &rms_app::accounts::Principal) -> Vec<NotificationKind> {
    kit.s.notifications.inbox(who, None, 100).await.unwrap().items.iter().map(|n| n.kind).collect()
}

db_test!(
    async fn a_commission_is_told_when_earned_and_when_paid_and_a_refund_reaches_the_buyer(t: TestDb) {
        let kit = Kit::new(t).await;
        let (_, plan) = kit.product("editor", plan(1), 5_000).await;
        let bea = kit.customer("bea@example.com").await;
        let code = kit.s.store.become_affiliate(&bea).await.unwrap().code;
        let registration = rms_app::accounts::Registration {
            email: "ada@example.com",
            password: crate::kit::PASSWORD,
            name: "Ada",
            locale: None,
            timezone: None,
            browser_timezone: None,
            referral_code: Some(&code),
            invite: None,
        };
        kit.s.accounts.register(registration, rms_i18n::Locale::english(), &meta()).await.unwrap();
        let ada_email = rms_core::account::Email::parse("ada@example.com").unwrap();
        let ada_id = rms_store::accounts::user_by_email(&kit.t.db, &ada_email).await.unwrap().unwrap().id;
        let ada = crate::kit::session(ada_id, rms_core::account::Role::User);
        kit.fund(&ada, 10_000).await;
        let receipt = kit.s.store.purchase(&ada, &[(plan, 1)], None, None, None, &meta()).await.unwrap();
        assert_eq!(kinds_of(&kit, &bea).await, [NotificationKind::CommissionEarned]);
        kit.advance(Duration::from_secs(86_400 * 60));
        assert_eq!(kit.s.store.release_commissions().await.unwrap(), 1);
        assert_eq!(kit.s.store.release_commissions().await.unwrap(), 0);
        assert_eq!(
            kinds_of(&kit, &bea).await,
            [NotificationKind::CommissionReleased, NotificationKind::CommissionEarned]
        );
        kit.s.store.refund(&kit.admin, receipt.invoice_id, "changed their mind", true, &meta()).await.unwrap();
        let ada_heard = kinds_of(&kit, &ada).await;
        assert_eq!(ada_heard[0], NotificationKind::Refund, "{ada_heard:?}");
        let refund = &kit.s.notifications.inbox(&ada, None, 1).await.unwrap().items[0];
        assert!(plain(&refund.body).contains("$50.00") && plain(&refund.body).contains(&receipt.invoice_number));
        // The receipt is a notification like the others: on email too, by default.
        let emailed: Vec<_> = kit.notices.0.lock().unwrap().iter().map(|(to, m)| (to.clone(), m.kind)).collect();
        assert!(emailed.is_empty(), "deliveries are jobs: nothing was sent before they ran");
        let emails: Vec<String> = rms_store::queue::JobQueue::new(kit.t.db.clone())
            .list_kind(Deliver::KIND)
            .await
            .unwrap()
            .into_iter()
            .filter(|j| j.payload["channel"] == "email")
            .map(|j| j.payload["notification_id"].as_str().unwrap().to_owned())
            .collect();
        for kind in [NotificationKind::PurchaseReceipt, NotificationKind::Refund] {
            let n = kit.s.notifications.inbox(&ada, None, 100).await.unwrap();
            let id = n.items.iter().find(|i| i.kind == kind).unwrap().id.to_string();
            assert!(emails.contains(&id), "{kind} goes out by email too");
        }
    }
);

db_test!(
    async fn staff_freeing_a_seat_tells_the_owner_and_the_owner_freeing_it_does_not(t: TestDb) {
        let kit = Kit::new(t).await;
        let (_, plan) = kit.product("editor", plan(2), 5_000).await;
        let ada = kit.customer("ada@example.com").await;
        let (license, key) =
            kit.s.catalog.issue_license(&kit.admin, "ada@example.com", plan, None, &meta()).await.unwrap();
        for device in ["pc-1", "pc-2"] {
            let info = rms_app::licensing::DeviceInfo::default();
            kit.s.licensing.activate(&key, "editor", Some(device), None, info, &meta()).await.unwrap();
        }
        let seats = kit.s.licensing.seats(&ada, license.id, false).await.unwrap();
        let (first, second) = (seats.activations[0].id, seats.activations[1].id);
        kit.s.licensing.owner_deactivate(&ada, license.id, first, &meta()).await.unwrap();
        assert!(!kinds_of(&kit, &ada).await.contains(&NotificationKind::SeatFreed), "her own doing");
        kit.s.licensing.admin_deactivate(&kit.admin, license.id, second, &meta()).await.unwrap();
        let inbox = kit.s.notifications.inbox(&ada, None, 1).await.unwrap();
        assert_eq!(inbox.items[0].kind, NotificationKind::SeatFreed);
        assert!(plain(&inbox.items[0].body).contains("pc-2"), "{:?}", inbox.items[0]);
    }
);

db_test!(
    async fn a_sign_in_from_a_new_device_is_told_but_the_first_and_a_browser_update_are_not(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        let from = |ua: &str| rms_app::RequestMeta {
            user_agent: Some(ua.to_owned()),
            ip: Some("203.0.113.7".to_owned()),
            ..Default::default()
        };
        let sign_in = |ua: &'static str| {
            let kit = &kit;
            let meta = from(ua);
            async move {
                let creds = rms_app::accounts::Credentials {
                    email: "ada@example.com",
                    password: crate::kit::PASSWORD,
                    totp_code: None,
                    recovery_code: None,
                };
                kit.s.accounts.login(creds, &meta).await.unwrap();
            }
        };
        let told =
            || async { kinds_of(&kit, &ada).await.iter().filter(|k| **k == NotificationKind::NewSignIn).count() };
        sign_in("Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0").await;
        sign_in("Mozilla/5.0 (X11; Linux x86_64) Firefox/131.0").await;
        assert_eq!(told().await, 0, "her usual browser, updated");
        sign_in("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1").await;
        assert_eq!(told().await, 1);
        let notice = &kit.s.notifications.inbox(&ada, None, 1).await.unwrap().items[0];
        assert!(plain(&notice.body).contains("Safari · iOS (203.0.113.7)"), "{notice:?}");
        sign_in("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) Version/17.1 Mobile Safari/604.1").await;
        assert_eq!(told().await, 1, "the phone is known now");
    }
);

db_test!(
    async fn release_news_follow_each_owners_choice_for_the_product(t: TestDb) {
        use rms_core::notifications::{ChannelSet, ReleaseSubscription};
        use rms_core::releases::Channel;
        let kit = Kit::new(t).await;
        let (product, plan) = kit.product("editor", plan(1), 5_000).await;
        let mut owners = Vec::new();
        for email in ["ada@example.com", "bea@example.com", "cy@example.com"] {
            let who = kit.customer(email).await;
            kit.s.catalog.issue_license(&kit.admin, email, plan, None, &meta()).await.unwrap();
            owners.push(who);
        }
        let (ada, bea, cy) = (&owners[0], &owners[1], &owners[2]);
        // Ada keeps the defaults; Bea follows betas by email only; Cy stops following.
        let by_email = ChannelSet { email: true, telegram: false, in_app: false };
        let beta = ReleaseSubscription { follows: Some(Channel::Beta), delivery: by_email };
        kit.s.notifications.set_release_subscription(bea, product, beta).await.unwrap();
        let none = ReleaseSubscription { follows: None, delivery: ChannelSet::NONE };
        kit.s.notifications.set_release_subscription(cy, product, none).await.unwrap();
        let listed = kit.s.notifications.release_subscriptions(bea).await.unwrap();
        assert_eq!((listed.len(), listed[0].subscription, listed[0].chosen), (1, beta, true));
        let stranger = kit.customer("dan@example.com").await;
        let refused = kit.s.notifications.set_release_subscription(&stranger, product, beta).await;
        assert!(matches!(refused, Err(rms_app::AppError::NotFound)), "only a product one holds a license of");

        let publish = |version: &'static str, channel: &'static str| {
            let kit = &kit;
            async move {
                let spec = rms_app::releases::NewRelease {
                    version,
                    channel: Some(channel),
                    notes: "",
                    requires: None,
                    tested: None,
                    requires_php: None,
                };
                let release = kit.s.releases.create(&kit.admin, product, &spec, &meta()).await.unwrap();
                let file = futures::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from_static(b"binary"))]);
                let releases = &kit.s.releases;
                releases
                    .upload(&kit.admin, release.id, "linux-x86_64", "editor.tar.gz", file, None, &meta())
                    .await
                    .unwrap();
                releases.publish(&kit.admin, release.id, &meta()).await.unwrap();
                kit.s.releases.announce(rms_app::jobs::AnnounceRelease { release_id: release.id }).await.unwrap()
            }
        };
        assert_eq!(publish("2.0.0-beta.1", "beta").await, 1, "only Bea follows betas");
        assert_eq!(publish("2.0.0", "stable").await, 2, "Ada by default, Bea through beta; Cy does not follow");
        let news = |who| {
            let kit = &kit;
            async move { kinds_of(kit, who).await.iter().filter(|k| **k == NotificationKind::ReleasePublished).count() }
        };
        assert_eq!((news(ada).await, news(bea).await, news(cy).await), (1, 0, 0), "Bea's come by email only");
        let bea_email = rms_store::notifications::count_of(&kit.t.db, bea.user_id, NotificationKind::ReleasePublished);
        assert_eq!(bea_email.await.unwrap(), 2);

        // The one-click unsubscribe in Bea's release email turns email off for her product
        // choice too: no more release emails.
        let queue = rms_store::queue::JobQueue::new(kit.t.db.clone());
        for job in queue.list_kind(Deliver::KIND).await.unwrap() {
            kit.s.notifications.deliver(serde_json::from_value(job.payload).unwrap()).await.unwrap();
        }
        let link = kit
            .notices
            .0
            .lock()
            .unwrap()
            .iter()
            .find(|(to, m)| to == "bea@example.com" && m.kind == NotificationKind::ReleasePublished)
            .and_then(|(_, m)| m.unsubscribe.clone())
            .expect("a release email with its unsubscribe link");
        let sig = link.split("sig=").nth(1).unwrap();
        kit.s.notifications.unsubscribe(bea.user_id, "release_published", sig).await.unwrap();
        let listed = kit.s.notifications.release_subscriptions(bea).await.unwrap();
        assert!(!listed[0].subscription.delivery.email, "{listed:?}");
        assert_eq!(publish("2.1.0", "stable").await, 1, "Ada only: Bea follows by email, which she turned off");
    }
);

db_test!(
    async fn a_job_that_gave_up_is_listed_alerted_once_and_can_be_retried(t: TestDb) {
        use rms_store::queue::{JobQueue, NewJob};
        let kit = Kit::new(t).await;
        let queue = JobQueue::new(kit.t.db.clone());
        let now = kit.now();
        let id = queue.enqueue_now(now, &NewJob::new("email.send", serde_json::json!({})).max_attempts(1)).await;
        let id = id.unwrap().unwrap();
        let worker = uuid::Uuid::now_v7();
        queue.claim(worker, now, now.plus(Duration::from_secs(60)), 10).await.unwrap();
        queue.fail(id, worker, now, now, "SMTP 421 try again later").await.unwrap();
        let page = kit.s.dead_letters.list(&kit.admin, None, 50).await.unwrap();
        assert_eq!(page.items.len(), 1);
        assert_eq!(page.items[0].last_error.as_deref(), Some("SMTP 421 try again later"));
        // One alert however often the sweep runs.
        assert_eq!(kit.s.dead_letters.alert().await.unwrap(), 1);
        assert_eq!(kit.s.dead_letters.alert().await.unwrap(), 0);
        let alerts = queue.list_kind(rms_app::jobs::AdminAlert::KIND).await.unwrap();
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].payload["args"]["job"], "email.send");
        // A customer sees none of it; a retry revives the job once.
        let ada = kit.customer("ada@example.com").await;
        assert!(kit.s.dead_letters.list(&ada, None, 50).await.is_err());
        assert!(kit.s.dead_letters.retry(&ada, id, &meta()).await.is_err());
        let revived = kit.s.dead_letters.retry(&kit.admin, id, &meta()).await.unwrap();
        assert_eq!((revived.attempts, revived.died_at), (0, None));
        let again = kit.s.dead_letters.retry(&kit.admin, id, &meta()).await;
        assert!(matches!(again, Err(rms_app::AppError::WrongState { .. })), "{again:?}");
        assert!(kit.s.dead_letters.list(&kit.admin, None, 50).await.unwrap().items.is_empty());

        // An outage kills many at once: one alert counts them per kind.
        kit.advance(Duration::from_secs(60));
        let now = kit.now();
        for kind in ["email.send", "email.send", "invoices.render"] {
            let id = queue.enqueue_now(now, &NewJob::new(kind, serde_json::json!({})).max_attempts(1)).await;
            let id = id.unwrap().unwrap();
            let claimed = queue.claim(worker, now, now.plus(Duration::from_secs(60)), 10).await.unwrap();
            assert!(claimed.iter().any(|j| j.id == id));
            queue.fail(id, worker, now, now, "connection refused").await.unwrap();
        }
        assert_eq!(kit.s.dead_letters.alert().await.unwrap(), 3);
        assert_eq!(kit.s.dead_letters.alert().await.unwrap(), 0);
        let alerts = queue.list_kind(rms_app::jobs::AdminAlert::KIND).await.unwrap();
        assert_eq!(alerts.len(), 2);
        assert_eq!(alerts[1].payload["args"]["job"], "email.send ×2, invoices.render");
    }
);

db_test!(
    async fn every_kind_goes_exactly_to_the_channels_chosen_for_it(t: TestDb) {
        use rms_core::notifications::ChannelSet;
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        // A different choice per kind, walking through every combination but "none" for
        // security kinds (which must keep one).
        let sets: Vec<ChannelSet> = (0u8..8)
            .map(|bits| ChannelSet { email: bits & 1 != 0, telegram: bits & 2 != 0, in_app: bits & 4 != 0 })
            .collect();
        let mut chosen = std::collections::BTreeMap::new();
        for (i, kind) in NotificationKind::ALL.iter().enumerate() {
            let mut set = sets[(i % 7) + 1];
            if i % 5 == 0 && !kind.is_security() {
                set = ChannelSet::NONE;
            }
            chosen.insert(kind.to_string(), set);
        }
        kit.s.notifications.set_preferences(&ada, &chosen).await.unwrap();
        let queue = rms_store::queue::JobQueue::new(kit.t.db.clone());
        for kind in NotificationKind::ALL {
            let mut tx = kit.t.db.begin().await.unwrap();
            let id =
                rms_app::notifications::record(&mut tx, kit.now(), ada.user_id, *kind, serde_json::json!({}), None)
                    .await
                    .unwrap()
                    .unwrap();
            tx.commit().await.unwrap();
            let channels: Vec<String> = queue
                .list_kind(Deliver::KIND)
                .await
                .unwrap()
                .into_iter()
                .filter(|j| j.payload["notification_id"] == id.to_string())
                .map(|j| j.payload["channel"].as_str().unwrap().to_owned())
                .collect();
            let set = chosen[kind.as_str()];
            let expected: Vec<String> = set.channels().map(|c| c.to_string()).collect();
            assert_eq!(channels, expected, "{kind}");
            let listed = kit.s.notifications.inbox(&ada, None, 100).await.unwrap().items.iter().any(|n| n.id == id);
            assert_eq!(listed, set.in_app, "{kind} in the app list");
        }
    }
);

db_test!(
    async fn an_announcement_reaches_only_those_who_chose_announcements(t: TestDb) {
        use rms_core::notifications::ChannelSet;
        let kit = Kit::new(t).await;
        let (product, plan) = kit.product("editor", plan(1), 5_000).await;
        let ada = kit.customer("ada@example.com").await;
        let bea = kit.customer("bea@example.com").await;
        let cy = kit.customer("cy@example.com").await;
        let on = std::collections::BTreeMap::from([(
            "marketing".to_owned(),
            ChannelSet { email: true, telegram: false, in_app: true },
        )]);
        kit.s.notifications.set_preferences(&ada, &on).await.unwrap();
        kit.s.notifications.set_preferences(&bea, &on).await.unwrap();
        kit.s.catalog.issue_license(&kit.admin, "bea@example.com", plan, None, &meta()).await.unwrap();
        assert_eq!(kit.s.notifications.audience(&kit.admin).await.unwrap(), 2, "Cy never chose them");
        let refused = kit.s.notifications.announce(&ada, "Sale", "Half price", None, &meta()).await;
        assert!(refused.is_err(), "admins only");
        let empty = kit.s.notifications.announce(&kit.admin, " ", "Half price", None, &meta()).await;
        assert!(matches!(empty, Err(rms_app::AppError::Invalid { field: "headline", .. })), "{empty:?}");

        kit.s
            .notifications
            .announce(&kit.admin, "Spring sale", "Half price.\n\nThis week only.", None, &meta())
            .await
            .unwrap();
        kit.s.notifications.announce(&kit.admin, "Editor 2", "Out now.", Some(product), &meta()).await.unwrap();
        let queue = rms_store::queue::JobQueue::new(kit.t.db.clone());
        for job in queue.list_kind(rms_app::jobs::Announce::KIND).await.unwrap() {
            let job: rms_app::jobs::Announce = serde_json::from_value(job.payload).unwrap();
            let first = kit.s.notifications.run_announcement(job.clone()).await.unwrap();
            assert_eq!(kit.s.notifications.run_announcement(job).await.unwrap(), 0, "a rerun tells nobody twice");
            assert!(first >= 1);
        }
        let heard = |who| {
            let kit = &kit;
            async move {
                let inbox = kit.s.notifications.inbox(who, None, 100).await.unwrap();
                inbox
                    .items
                    .iter()
                    .filter(|n| n.kind == NotificationKind::Marketing)
                    .map(|n| n.title.clone())
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(heard(&ada).await, ["Spring sale"]);
        assert_eq!(heard(&bea).await, ["Editor 2", "Spring sale"], "the product's news reaches its owners");
        assert!(heard(&cy).await.is_empty());
        let sale = &kit.s.notifications.inbox(&ada, None, 1).await.unwrap().items[0];
        assert!(plain(&sale.body).contains("Half price.\n\nThis week only."), "{sale:?}");
    }
);
