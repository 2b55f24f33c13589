//! The test kit: services on a fresh database, a manual clock, and fakes that record what the
//! use cases sent out.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rms_app::accounts::{Credential, Principal};
use rms_app::catalog::PlanSpec;
use rms_app::mail::{Mailer, OutgoingEmail, SendFuture};
use rms_app::{Ports, RequestMeta, Services, Settings};
use rms_core::account::Role;
use rms_core::invoice::{InvoiceDoc, InvoiceRenderer};
use rms_core::{Currency, Timestamp};
use rms_crypto::MasterKeyRing;
use rms_testkit::{ManualClock, TestDb};
use uuid::Uuid;

pub const PASSWORD: &str = "tangerine-otter-41-lantern";

/// Emails the use cases sent, in order.
#[derive(Default)]
pub struct RecordingMailer(pub Mutex<Vec<OutgoingEmail>>);

impl Mailer for RecordingMailer {
    fn send(&self, email: OutgoingEmail) -> SendFuture<'_> {
        self.0.lock().unwrap().push(email);
        Box::pin(async { Ok(()) })
    }
}

/// Notifications the email channel was handed, in order (recipient, message).
#[derive(Default)]
pub struct RecordingNotifier(pub Mutex<Vec<(String, rms_app::notifications::Message)>>);

impl rms_app::notifications::Notifier for RecordingNotifier {
    fn channel(&self) -> rms_core::notifications::NotifyChannel {
        rms_core::notifications::NotifyChannel::Email
    }

    fn deliver<'a>(
        &'a self,
        to: &'a rms_app::notifications::Recipient,
        message: &'a rms_app::notifications::Message,
    ) -> rms_app::notifications::DeliverFuture<'a> {
        self.0.lock().unwrap().push((to.email.clone(), message.clone()));
        Box::pin(async { Ok(()) })
    }
}

/// A Bot API that is never reached (the rules tests set no bot up).
pub struct NoTelegram;

impl rms_app::telegram::BotApi for NoTelegram {
    fn call<'a>(
        &'a self,
        _: &'a str,
        _: &'a str,
        _: &'a str,
        _: serde_json::Value,
    ) -> rms_app::telegram::BotFuture<'a> {
        Box::pin(async { Err(rms_app::telegram::BotError::Unavailable("no Telegram in the rules tests".into())) })
    }
}

/// Remembers the invoices it was asked to typeset and answers a recognisable stand-in for a PDF.
#[derive(Default)]
pub struct RecordingRenderer(pub Mutex<Vec<String>>);

impl InvoiceRenderer for RecordingRenderer {
    fn render(&self, doc: &InvoiceDoc) -> Result<Vec<u8>, String> {
        self.0.lock().unwrap().push(doc.number.clone());
        Ok(format!("%PDF-stand-in {}", doc.number).into_bytes())
    }
}

/// The services on one fresh database, with the fakes behind them.
pub struct Kit {
    pub t: TestDb,
    pub clock: Arc<ManualClock>,
    pub mail: Arc<RecordingMailer>,
    pub notices: Arc<RecordingNotifier>,
    pub invoices: Arc<RecordingRenderer>,
    pub s: Services,
    pub admin: Principal,
}

pub fn meta() -> RequestMeta {
    RequestMeta::default()
}

pub fn session(user_id: Uuid, role: Role) -> Principal {
    Principal::new(user_id, role, Credential::Session, false, false)
}

impl Kit {
    pub async fn new(t: TestDb) -> Kit {
        let clock = Arc::new(ManualClock::at(Timestamp::from_millis(1_796_000_000_000)));
        let mail = Arc::new(RecordingMailer::default());
        let notices = Arc::new(RecordingNotifier::default());
        let invoices = Arc::new(RecordingRenderer::default());
        let ports = Ports {
            db: t.db.clone(),
            clock: clock.clone(),
            master_keys: MasterKeyRing::new(&[7; 32], &[]),
            mailer: mail.clone(),
            notifiers: vec![notices.clone()],
            broadcast: Arc::new(rms_app::notifications::LocalBroadcast::default()),
            bot_api: Arc::new(NoTelegram),
            invoices: invoices.clone(),
            rates: None,
            artifacts: rms_artifacts::ArtifactStore::open(
                Some("memory://"),
                &std::env::temp_dir().join("rms-rules"),
                1 << 20,
            )
            .unwrap(),
        };
        let settings = Settings {
            base_currency: Currency::parse("USD").unwrap(),
            sandbox_gateway: true,
            staff_two_factor_required: false,
            request_timeout: Duration::from_secs(30),
            link_base: "https://licenses.example.com".into(),
            production: false,
        };
        let s = Services::build(ports, settings).await.unwrap();
        s.admin.create_admin("admin@example.com", PASSWORD, "Admin", "test").await.unwrap();
        let admin = session(user_id(&t, "admin@example.com").await, Role::Admin);
        Kit { t, clock, mail, notices, invoices, s, admin }
    }

    pub fn advance(&self, d: Duration) {
        self.clock.advance(d);
    }

    pub fn now(&self) -> Timestamp {
        rms_core::Clock::now(self.clock.as_ref())
    }

    /// A customer account (verified or not does not matter to the rules tested here).
    pub async fn customer(&self, email: &str) -> Principal {
        let registration = rms_app::accounts::Registration {
            email,
            password: PASSWORD,
            name: "Customer",
            locale: None,
            timezone: None,
            browser_timezone: None,
            referral_code: None,
            invite: None,
        };
        self.s.accounts.register(registration, rms_i18n::Locale::english(), &meta()).await.unwrap();
        session(user_id(&self.t, email).await, Role::User)
    }

    /// A software product with one plan of `seats` activations, priced at `unit_minor` and on sale.
    pub async fn product(&self, slug: &str, plan: PlanSpec<'_>, unit_minor: i64) -> (Uuid, Uuid) {
        let product = self.s.catalog.create_product(&self.admin, slug, slug, "software", &meta()).await.unwrap();
        let plan = self.s.catalog.create_plan(&self.admin, product.id, plan, &meta()).await.unwrap();
        self.s.store.set_unit_price(&self.admin, plan.id, unit_minor, "public", &meta()).await.unwrap();
        (product.id, plan.id)
    }

    /// Credits `who`'s wallet by hand.
    pub async fn fund(&self, who: &Principal, amount_minor: i64) {
        self.s.wallet.adjust(&self.admin, who.user_id, amount_minor, "test funds", &meta()).await.unwrap();
    }
}

/// A plan of `seats` activations, a year long, with no heartbeat.
pub fn plan(seats: i64) -> PlanSpec<'static> {
    PlanSpec {
        name: "Pro",
        max_activations: seats,
        duration_days: Some(365),
        heartbeat_interval_secs: None,
        max_reassignments: None,
        heartbeat_grace_secs: None,
        offline_grace_secs: None,
        reassign_window_days: None,
        reassign_cooldown_secs: None,
        entitlements: &[],
        trial: false,
        staging_domains_free: None,
        fingerprint_match: None,
        fingerprint_k: None,
        maintenance_days: None,
        features: &[],
        renewal_discount_bp: None,
    }
}

async fn user_id(t: &TestDb, email: &str) -> Uuid {
    let parsed = rms_core::account::Email::parse(email).unwrap();
    rms_store::accounts::user_by_email(&t.db, &parsed).await.unwrap().unwrap().id
}
