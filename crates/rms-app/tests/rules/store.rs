//! Buying from the wallet, promo codes, refunds and invoices.

use rms_app::AppError;
use rms_app::accounts::Principal;
use rms_app::store::PromoSpec;
use rms_core::Timestamp;
use rms_core::licensing::Code;
use rms_core::money::BasisPoints;
use rms_core::pricing::PromoRefusal;
use rms_testkit::db_test;
use uuid::Uuid;

use crate::kit::{Kit, meta, plan};

/// A shop selling "editor" at 2,500 a seat, and Ada with 10,000 in her wallet.
async fn shop(t: rms_testkit::TestDb) -> (Kit, Principal, Uuid) {
    let kit = Kit::new(t).await;
    let (_, plan) = kit.product("editor", plan(1), 2_500).await;
    let ada = kit.customer("ada@example.com").await;
    kit.fund(&ada, 10_000).await;
    (kit, ada, plan)
}

fn promo(code: &str, percent_bp: u32) -> PromoSpec {
    PromoSpec {
        code: code.into(),
        percent_bp: Some(BasisPoints::new(percent_bp).unwrap()),
        amount_off_minor: None,
        valid_from: None,
        valid_until: None,
        plans: Vec::new(),
        min_order_minor: 0,
        first_purchase_only: false,
        stacks_with_volume: true,
        max_uses: None,
        per_user_limit: None,
        reset_period: None,
        paused: false,
    }
}

impl Kit {
    async fn buy(
        &self,
        who: &Principal,
        plan: Uuid,
        quantity: i64,
        code: Option<&str>,
    ) -> Result<rms_app::store::Receipt, AppError> {
        self.s.store.purchase(who, &[(plan, quantity)], code, None, None, &meta()).await
    }
}

db_test!(
    async fn a_purchase_pays_from_the_wallet_and_hands_over_a_working_key(t: TestDb) {
        let (kit, ada, plan) = shop(t).await;
        let receipt = kit.buy(&ada, plan, 2, None).await.unwrap();
        assert_eq!((receipt.subtotal_minor, receipt.total_minor), (5_000, 5_000));
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 5_000);
        assert_eq!(receipt.licenses.len(), 1);
        let key = &receipt.licenses[0].key;
        let answer =
            kit.s.licensing.activate(key, "editor", Some("pc-1"), None, Default::default(), &meta()).await.unwrap();
        assert_eq!(answer.verdict.code, Code::Valid);
        assert!(kit.s.wallet.reconcile().await.unwrap().is_empty());
    }
);

db_test!(
    async fn a_purchase_the_wallet_cannot_cover_changes_nothing(t: TestDb) {
        let (kit, ada, plan) = shop(t).await;
        let refused = kit.buy(&ada, plan, 5, None).await;
        assert!(
            matches!(refused, Err(AppError::InsufficientFunds { balance_minor: 10_000, needed_minor: 12_500 })),
            "{refused:?}"
        );
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 10_000);
        assert!(kit.s.store.invoices(&ada, false).await.unwrap().is_empty(), "no invoice");
        assert!(kit.s.catalog.my_licenses(&ada, None, &meta()).await.unwrap().is_empty(), "no license");
    }
);

db_test!(
    async fn the_invoice_of_a_purchase_is_typeset_once(t: TestDb) {
        let (kit, ada, plan) = shop(t).await;
        let receipt = kit.buy(&ada, plan, 1, None).await.unwrap();
        kit.s.store.render_invoice(receipt.invoice_id).await.unwrap();
        kit.s.store.render_invoice(receipt.invoice_id).await.unwrap();
        assert_eq!(*kit.invoices.0.lock().unwrap(), [receipt.invoice_number.as_str()], "a re-run keeps the first PDF");
        let pdf = kit.s.store.invoice_pdf(&ada, receipt.invoice_id).await.unwrap();
        assert!(matches!(pdf, rms_app::store::Pdf::Ready { ref bytes, .. } if bytes.starts_with(b"%PDF-stand-in")));
    }
);

db_test!(
    async fn a_refund_returns_the_money_stops_the_key_and_happens_once(t: TestDb) {
        let (kit, ada, plan) = shop(t).await;
        let receipt = kit.buy(&ada, plan, 1, None).await.unwrap();
        let key = receipt.licenses[0].key.clone();
        kit.s.licensing.activate(&key, "editor", Some("pc-1"), None, Default::default(), &meta()).await.unwrap();
        kit.s.store.refund(&kit.admin, receipt.invoice_id, "changed their mind", false, &meta()).await.unwrap();
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 10_000);
        let scope = rms_app::licensing::Scope { fingerprint: Some("pc-1"), ..Default::default() };
        let code = kit.s.licensing.validate(&key, "editor", &scope).await.unwrap().verdict.code;
        assert_eq!(code, Code::Revoked, "the plan's refund action (revoke) applies");
        let again = kit.s.store.refund(&kit.admin, receipt.invoice_id, "again", false, &meta()).await;
        assert!(again.is_err(), "a refunded invoice is not refunded twice");
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 10_000);
        assert!(kit.s.wallet.reconcile().await.unwrap().is_empty());
    }
);

db_test!(
    async fn a_refund_after_the_plans_window_needs_an_override_and_suspends_when_the_plan_says_so(t: TestDb) {
        let (kit, ada, plan) = shop(t).await;
        kit.s.store.set_refund_action(&kit.admin, plan, "suspend", Some(14), &meta()).await.unwrap();
        let receipt = kit.buy(&ada, plan, 1, None).await.unwrap();
        kit.advance(std::time::Duration::from_secs(15 * 86_400));
        let late = kit.s.store.refund(&kit.admin, receipt.invoice_id, "late", false, &meta()).await;
        assert!(matches!(late, Err(AppError::RefundWindowClosed { days: 14 })), "{late:?}");
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 7_500, "the refused refund changed nothing");
        kit.s.store.refund(&kit.admin, receipt.invoice_id, "late, approved", true, &meta()).await.unwrap();
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 10_000);
        let key = &receipt.licenses[0].key;
        let code = kit.s.licensing.validate(key, "editor", &Default::default()).await.unwrap().verdict.code;
        assert_eq!(code, Code::Suspended);
    }
);

db_test!(
    async fn a_promo_code_takes_its_share_off_the_total(t: TestDb) {
        let (kit, ada, plan) = shop(t).await;
        kit.s.store.create_promo(&kit.admin, &promo("TENOFF", 1_000), &meta()).await.unwrap();
        let receipt = kit.buy(&ada, plan, 2, Some("tenoff")).await.unwrap();
        assert_eq!((receipt.promo_discount_minor, receipt.total_minor), (500, 4_500));
        assert_eq!(receipt.promo_code.as_deref(), Some("TENOFF"));
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 5_500);
    }
);

db_test!(
    async fn a_promo_code_is_refused_for_each_of_its_rules(t: TestDb) {
        let (kit, ada, plan) = shop(t).await;
        let now = kit.now().as_millis();
        let day = 86_400_000;
        let cases: Vec<(PromoSpec, PromoRefusal)> = vec![
            (
                PromoSpec { valid_until: Some(Timestamp::from_millis(now - day)), ..promo("OVER", 1_000) },
                PromoRefusal::OutsideDates,
            ),
            (
                PromoSpec { valid_from: Some(Timestamp::from_millis(now + day)), ..promo("SOON", 1_000) },
                PromoRefusal::OutsideDates,
            ),
            (PromoSpec { paused: true, ..promo("PAUSED", 1_000) }, PromoRefusal::Paused),
            (PromoSpec { min_order_minor: 9_000, ..promo("BIGONLY", 1_000) }, PromoRefusal::BelowMinimum),
            (PromoSpec { plans: vec![Uuid::now_v7()], ..promo("OTHERPLAN", 1_000) }, PromoRefusal::NoEligibleProduct),
        ];
        for (spec, expected) in cases {
            let code = spec.code.clone();
            kit.s.store.create_promo(&kit.admin, &spec, &meta()).await.unwrap();
            let refused = kit.buy(&ada, plan, 1, Some(&code)).await;
            assert!(
                matches!(refused, Err(AppError::PromoRefused { refusal }) if refusal == expected),
                "{code}: {refused:?}"
            );
        }
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 10_000, "no refused purchase took money");
    }
);

db_test!(
    async fn a_promo_code_runs_out_of_uses(t: TestDb) {
        let (kit, ada, plan) = shop(t).await;
        let bob = kit.customer("bob@example.com").await;
        kit.fund(&bob, 10_000).await;
        let once_each = PromoSpec { per_user_limit: Some(1), max_uses: Some(2), ..promo("LIMITED", 1_000) };
        kit.s.store.create_promo(&kit.admin, &once_each, &meta()).await.unwrap();
        let first = PromoSpec { first_purchase_only: true, ..promo("WELCOME", 1_000) };
        kit.s.store.create_promo(&kit.admin, &first, &meta()).await.unwrap();

        kit.buy(&ada, plan, 1, Some("LIMITED")).await.unwrap();
        let twice = kit.buy(&ada, plan, 1, Some("LIMITED")).await;
        assert!(matches!(twice, Err(AppError::PromoRefused { refusal: PromoRefusal::UserLimit })), "{twice:?}");
        let welcome = kit.buy(&ada, plan, 1, Some("WELCOME")).await;
        assert!(
            matches!(welcome, Err(AppError::PromoRefused { refusal: PromoRefusal::NotFirstPurchase })),
            "{welcome:?}"
        );

        kit.buy(&bob, plan, 1, Some("LIMITED")).await.unwrap();
        let carol = kit.customer("carol@example.com").await;
        kit.fund(&carol, 10_000).await;
        let third = kit.buy(&carol, plan, 1, Some("LIMITED")).await;
        assert!(matches!(third, Err(AppError::PromoRefused { refusal: PromoRefusal::Exhausted })), "{third:?}");
        kit.buy(&carol, plan, 1, Some("WELCOME")).await.unwrap();
    }
);

db_test!(
    async fn an_unknown_promo_code_is_refused_and_charges_nothing(t: TestDb) {
        let (kit, ada, plan) = shop(t).await;
        let refused = kit.buy(&ada, plan, 1, Some("NOSUCHCODE")).await;
        assert!(matches!(refused, Err(AppError::PromoNotFound)), "{refused:?}");
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 10_000);
    }
);

db_test!(
    async fn a_renewal_moves_the_end_a_term_on_keeps_the_key_and_a_refund_takes_it_back(t: TestDb) {
        let kit = Kit::new(t).await;
        let (_, plan) = kit.product("editor", crate::kit::plan(1), 5_000).await;
        let ada = kit.customer("ada@example.com").await;
        let (license, key) =
            kit.s.catalog.issue_license(&kit.admin, "ada@example.com", plan, None, &meta()).await.unwrap();
        let first_end = license.expires_at.unwrap();
        let year = std::time::Duration::from_secs(365 * 86_400);

        let short = kit.s.store.renew(&ada, license.id, None, &meta()).await;
        assert!(matches!(short, Err(rms_app::AppError::InsufficientFunds { needed_minor: 5_000, .. })), "{short:?}");
        kit.fund(&ada, 12_000).await;
        let renewed = kit.s.store.renew(&ada, license.id, None, &meta()).await.unwrap();
        assert_eq!((renewed.license_id, renewed.key.as_str(), renewed.total_minor), (license.id, key.as_str(), 5_000));
        assert_eq!(renewed.expires_at, first_end.plus(year), "a term from the old end, not from today");
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 7_000);
        let invoices = kit.s.store.invoices(&ada, false).await.unwrap();
        assert!(invoices.iter().any(|i| i.id == renewed.invoice_id), "an invoice for the renewal");

        // Somebody else's license is not theirs to renew.
        let bea = kit.customer("bea@example.com").await;
        kit.fund(&bea, 10_000).await;
        assert!(matches!(kit.s.store.renew(&bea, license.id, None, &meta()).await, Err(rms_app::AppError::NotFound)));

        // Refunding the renewal takes its year back; the license itself stays.
        kit.s.store.refund(&kit.admin, renewed.invoice_id, "renewed by mistake", true, &meta()).await.unwrap();
        let after = rms_store::catalog::license(&kit.t.db, license.id).await.unwrap().unwrap();
        assert_eq!(after.expires_at, Some(first_end));
        assert_eq!(after.status, rms_core::licensing::LicenseStatus::Active);
        assert_eq!(kit.s.wallet.balance(&ada).await.unwrap(), 12_000);
    }
);

db_test!(
    async fn a_lapsed_license_renews_from_today_within_the_grace_and_not_after(t: TestDb) {
        let kit = Kit::new(t).await;
        let mut month = crate::kit::plan(1);
        month.duration_days = Some(30);
        let (_, plan) = kit.product("editor", month, 1_000).await;
        let ada = kit.customer("ada@example.com").await;
        kit.fund(&ada, 10_000).await;
        let (license, _) =
            kit.s.catalog.issue_license(&kit.admin, "ada@example.com", plan, None, &meta()).await.unwrap();
        let day = std::time::Duration::from_secs(86_400);
        kit.advance(day * 40);
        kit.s.licensing.expire().await.unwrap();
        let renewed = kit.s.store.renew(&ada, license.id, None, &meta()).await.unwrap();
        assert_eq!(renewed.expires_at, kit.now().plus(day * 30), "from today: the lapsed days are not charged");
        let after = rms_store::catalog::license(&kit.t.db, license.id).await.unwrap().unwrap();
        assert_eq!(after.status, rms_core::licensing::LicenseStatus::Active, "active again, same key and devices");

        let (other, _) = kit.s.catalog.issue_license(&kit.admin, "ada@example.com", plan, None, &meta()).await.unwrap();
        kit.advance(day * 61);
        let late = kit.s.store.renew(&ada, other.id, None, &meta()).await;
        assert!(matches!(late, Err(rms_app::AppError::WrongState { state: "expired" })), "{late:?}");

        let mut forever = crate::kit::plan(1);
        forever.duration_days = None;
        forever.name = "Lifetime";
        let (_, lifetime) = kit.product("suite", forever, 1_000).await;
        let (perpetual, _) =
            kit.s.catalog.issue_license(&kit.admin, "ada@example.com", lifetime, None, &meta()).await.unwrap();
        let refused = kit.s.store.renew(&ada, perpetual.id, None, &meta()).await;
        assert!(matches!(refused, Err(rms_app::AppError::WrongState { state: "perpetual" })), "{refused:?}");
    }
);
