//! M3: seeded random money operations against an in-memory model. Sixteen customers, one seed
//! each, run their operations concurrently through the use cases (HTTP adds nothing to what is
//! checked here and its rate limits would only slow it down); after every operation the wallet
//! must equal the model, and at the end every ledger invariant must hold. A failure names its
//! seed and step: `RMS_M3_SEED=<seed>` runs that seed alone.

use std::sync::Arc;

use futures::future::join_all;
use rms_app::AppError;
use rms_app::accounts::{Credential, Principal, Registration};
use rms_core::account::Role;
use rms_testkit::db_test;
use serde_json::json;
use uuid::Uuid;

use crate::harness::{PASSWORD, TestApp};
use crate::licensing::{post, post_value};

/// A small deterministic generator (xorshift64*): the same seed, the same operations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const UNIT: i64 = 700;
const PROMO_BP: i64 = 1_500;

/// Half-even rounding of `n / 10_000`, as the pricing function does.
fn bp_round(n: i64) -> i64 {
    let (q, r) = (n.div_euclid(10_000), n.rem_euclid(10_000));
    q + i64::from(r > 5_000 || (r == 5_000 && q % 2 == 1))
}

struct World {
    app: TestApp,
    admin: Principal,
    plan: Uuid,
}

fn session(user_id: Uuid, role: Role) -> Principal {
    Principal::new(user_id, role, Credential::Session, false, false)
}

async fn run_seed(w: Arc<World>, seed: u64, ops: usize, affiliate_code: String) -> i64 {
    let state = w.app.running().state();
    let email = format!("m3-{seed}@example.com");
    let registration = Registration {
        email: &email,
        password: PASSWORD,
        name: "Model",
        locale: None,
        timezone: None,
        browser_timezone: None,
        referral_code: Some(&affiliate_code),
        invite: None,
    };
    state.services.accounts.register(registration, rms_i18n::Locale::english(), &Default::default()).await.unwrap();
    let parsed = rms_core::account::Email::parse(&email).unwrap();
    let user = rms_store::accounts::user_by_email(&w.app.db, &parsed).await.unwrap().unwrap().id;
    let me = session(user, Role::User);
    let mut rng = Rng::new(seed);
    let mut balance = 0i64;
    // Invoices not refunded yet: (id, total).
    let mut open: Vec<(Uuid, i64)> = Vec::new();
    let mut commission = 0i64;
    for step in 0..ops {
        let at = format!("seed {seed}, step {step}");
        match rng.below(10) {
            0..=2 => {
                let amount = 1 + i64::try_from(rng.below(5_000)).unwrap();
                let payment = state
                    .services
                    .payments
                    .start_top_up(&me, "sandbox", amount, None, None)
                    .await
                    .unwrap_or_else(|e| panic!("{at}: top-up: {e}"));
                state.services.payments.pay_sandbox(&me, payment.id, &Default::default()).await.unwrap();
                balance += amount;
            }
            3..=6 => {
                let quantity = 1 + i64::try_from(rng.below(3)).unwrap();
                let promo = rng.below(3) == 0;
                let gross = UNIT * quantity;
                let total = gross - if promo { bp_round(gross * PROMO_BP) } else { 0 };
                let code = promo.then_some("M3PCT");
                match state
                    .services
                    .store
                    .purchase(&me, &[(w.plan, quantity)], code, None, None, &Default::default())
                    .await
                {
                    Ok(receipt) => {
                        assert!(balance >= total, "{at}: bought {total} with {balance}");
                        assert_eq!(receipt.total_minor, total, "{at}");
                        balance -= total;
                        open.push((receipt.invoice_id, total));
                        commission +=
                            rms_core::billing::share(total, rms_core::money::BasisPoints::new(1_000).unwrap());
                    }
                    Err(AppError::InsufficientFunds { .. }) => assert!(balance < total, "{at}: refused with {balance}"),
                    Err(e) => panic!("{at}: purchase: {e}"),
                }
            }
            7 if !open.is_empty() => {
                let index = usize::try_from(rng.below(open.len() as u64)).unwrap();
                let (invoice, total) = open.swap_remove(index);
                state.services.store.refund(&w.admin, invoice, "model", false, &Default::default()).await.unwrap();
                balance += total;
                commission -= rms_core::billing::share(total, rms_core::money::BasisPoints::new(1_000).unwrap());
            }
            _ => {
                let amount = i64::try_from(rng.below(6_000)).unwrap() - 3_000;
                let amount = if amount == 0 { 1 } else { amount };
                match state.services.wallet.adjust(&w.admin, user, amount, "model", &Default::default()).await {
                    Ok(after) => {
                        assert!(balance + amount >= 0, "{at}");
                        balance += amount;
                        assert_eq!(after, balance, "{at}");
                    }
                    Err(AppError::InsufficientFunds { .. }) => assert!(balance + amount < 0, "{at}"),
                    Err(e) => panic!("{at}: adjust: {e}"),
                }
            }
        }
        assert_eq!(state.services.wallet.balance(&me).await.unwrap(), balance, "{at}: the wallet left the model");
    }
    commission
}

db_test!(
    async fn random_money_operations_agree_with_a_model(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let admin_token = app.admin_token("vendor@example.com").await;
        let me: serde_json::Value = app.get_with("/api/v1/me", &admin_token).await.json().await.unwrap();
        let admin = session(me["id"].as_str().unwrap().parse().unwrap(), Role::Admin);
        let product: serde_json::Value = post_value(
            &app,
            &admin_token,
            "/api/v1/admin/products",
            json!({"name": "Model", "slug": "model", "kind": "site"}),
        )
        .await;
        let plan: serde_json::Value = post_value(
            &app,
            &admin_token,
            &format!("/api/v1/admin/products/{}/plans", product["id"].as_str().unwrap()),
            json!({"name": "One", "max_activations": 1}),
        )
        .await;
        let plan: Uuid = plan["id"].as_str().unwrap().parse().unwrap();
        let res =
            post(&app, &admin_token, &format!("/api/v1/admin/plans/{plan}/prices"), json!({"amount_minor": UNIT}))
                .await;
        assert_eq!(res.status(), 204);
        post(&app, &admin_token, "/api/v1/admin/promo-codes", json!({"code": "M3PCT", "percent_off": 15})).await;
        let (partner, _) = crate::money::Till::customer(&app, "partner@example.com").await;
        let joined: serde_json::Value =
            post(&app, &partner, "/api/v1/affiliate", json!({})).await.json().await.unwrap();
        let code = joined["code"].as_str().unwrap().to_owned();

        let ops: usize = std::env::var("RMS_M3_OPS").ok().and_then(|v| v.parse().ok()).unwrap_or(2_000);
        let seeds: Vec<u64> = match std::env::var("RMS_M3_SEED").ok().and_then(|v| v.parse().ok()) {
            Some(seed) => vec![seed],
            None => (1..=16).collect(),
        };
        let world = Arc::new(World { app, admin, plan });
        let runs = seeds.iter().map(|&seed| run_seed(world.clone(), seed, ops, code.clone()));
        let commission: i64 = join_all(runs).await.into_iter().sum();

        let breaches = world.app.running().state().services.wallet.reconcile().await.unwrap();
        assert!(breaches.is_empty(), "{breaches:?}");
        let board: serde_json::Value = world.app.get_with("/api/v1/affiliate", &partner).await.json().await.unwrap();
        assert_eq!(board["pending_minor"].as_i64(), Some(commission), "pending commission = the model's");
    }
);
