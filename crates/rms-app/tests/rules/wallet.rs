//! The wallet: hand adjustments, sandbox top-ups, abandoned payments, and the ledger's invariants.

use std::time::Duration;

use rms_app::AppError;
use rms_testkit::db_test;

use crate::kit::{Kit, meta};

db_test!(
    async fn a_hand_debit_never_takes_a_wallet_below_zero(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        kit.fund(&ada, 100).await;
        let refused = kit.s.wallet.adjust(&kit.admin, ada.user_id, -150, "too much", &meta()).await;
        assert!(
            matches!(refused, Err(AppError::InsufficientFunds { balance_minor: 100, needed_minor: 150 })),
            "{refused:?}"
        );
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 100, "the refused debit changed nothing");
        assert_eq!(kit.s.wallet.adjust(&kit.admin, ada.user_id, -100, "all of it", &meta()).await.unwrap(), 0);
    }
);

db_test!(
    async fn adjustments_without_an_amount_or_a_reason_are_refused(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        let cases: [(i64, &str, &str); 3] = [(0, "nothing", "amount_minor"), (10, "   ", "reason"), (10, "", "reason")];
        for (amount, reason, field) in cases {
            let refused = kit.s.wallet.adjust(&kit.admin, ada.user_id, amount, reason, &meta()).await;
            assert!(
                matches!(refused, Err(AppError::Invalid { field: f, .. }) if f == field),
                "{amount} {reason:?}: {refused:?}"
            );
        }
        let by_customer = kit.s.wallet.adjust(&ada, ada.user_id, 10, "gift to myself", &meta()).await;
        assert!(matches!(by_customer, Err(AppError::Forbidden)), "{by_customer:?}");
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 0);
    }
);

db_test!(
    async fn a_sandbox_top_up_credits_the_wallet_once_however_often_it_is_paid(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        let payment = kit.s.payments.start_top_up(&ada, "sandbox", 1_000, None, None).await.unwrap();
        for _ in 0..3 {
            let _ = kit.s.payments.pay_sandbox(&ada, payment.id, &meta()).await;
        }
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 1_000);
        assert!(kit.s.wallet.reconcile().await.unwrap().is_empty(), "every ledger invariant holds");
    }
);

db_test!(
    async fn someone_elses_payment_cannot_be_paid(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        let bob = kit.customer("bob@example.com").await;
        let payment = kit.s.payments.start_top_up(&ada, "sandbox", 1_000, None, None).await.unwrap();
        let paid = kit.s.payments.pay_sandbox(&bob, payment.id, &meta()).await;
        assert!(matches!(paid, Err(AppError::NotFound)), "{paid:?}");
        assert_eq!(kit.s.wallet.balance(&bob).await.unwrap(), 0);
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 0);
    }
);

db_test!(
    async fn a_top_up_nobody_completed_expires_and_can_no_longer_be_paid(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        let payment = kit.s.payments.start_top_up(&ada, "sandbox", 1_000, None, None).await.unwrap();
        kit.advance(Duration::from_secs(3600));
        assert_eq!(kit.s.payments.expire_pending(Duration::from_secs(24 * 3600)).await.unwrap(), 0, "still fresh");
        kit.advance(Duration::from_secs(24 * 3600));
        assert_eq!(kit.s.payments.expire_pending(Duration::from_secs(24 * 3600)).await.unwrap(), 1);
        assert!(kit.s.payments.pay_sandbox(&ada, payment.id, &meta()).await.is_err());
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 0);
    }
);

db_test!(
    async fn top_ups_outside_the_allowed_amounts_are_refused(t: TestDb) {
        let kit = Kit::new(t).await;
        let ada = kit.customer("ada@example.com").await;
        for amount in [0, -5, i64::MAX] {
            let refused = kit.s.payments.start_top_up(&ada, "sandbox", amount, None, None).await;
            assert!(matches!(refused, Err(AppError::Invalid { .. })), "{amount}: {:?}", refused.map(|p| p.id));
        }
        let unknown = kit.s.payments.start_top_up(&ada, "moneybags", 100, None, None).await;
        assert!(unknown.is_err(), "an unknown gateway");
        assert!(kit.s.payments.payments(&ada, false, None).await.unwrap().is_empty(), "no payment was created");
    }
);
