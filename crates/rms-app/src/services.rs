//! The use cases, built once from the ports the process supplies.
//!
//! `rms serve`, `rms worker` and the tests all build them here, so a use case that needs another
//! (the store needs the catalog, licensing shares the validation cache with the catalog) is wired
//! the same way everywhere. A new port (payment gateways, notification channels, artifact storage)
//! is one more field of [`Ports`] and the services that use it take it here.

use std::sync::Arc;
use std::time::Duration;

use rms_artifacts::ArtifactStore;
use rms_core::Clock;
use rms_core::invoice::InvoiceRenderer;
use rms_core::money::Currency;
use rms_crypto::MasterKeyRing;
use rms_store::Db;

use crate::accounts::Accounts;
use crate::admin::Admin;
use crate::api_keys::ApiKeys;
use crate::brand::Brands;
use crate::catalog::Catalog;
use crate::dead_letters::DeadLetters;
use crate::idempotency::Idempotency;
use crate::licensing::Licensing;
use crate::licensing::cache::SubjectCache;
use crate::mail::Mailer;
use crate::mailings::Mailings;
use crate::notifications::{Notifications, UnsubscribeKey};
use crate::payments::{Links, Payments};
use crate::rates::{RateProvider, Rates};
use crate::releases::{DownloadKey, ReleaseIndex, ReleaseParts, Releases};
use crate::signers::Signers;
use crate::store::Store;
use crate::telegram::Telegram;
use crate::wallet::Wallet;
use crate::{AppError, session_keys};

/// What the use cases reach the outside world through.
pub struct Ports {
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    /// Encrypts secrets at rest (signing keys, TOTP secrets, idempotent answers).
    pub master_keys: MasterKeyRing,
    pub mailer: Arc<dyn Mailer>,
    /// The channels notifications go out on besides the app (email; Telegram).
    pub notifiers: Vec<Arc<dyn crate::notifications::Notifier>>,
    /// Pushes in-app notifications to live streams (in-process, or Redis across nodes).
    pub broadcast: Arc<dyn crate::notifications::Broadcast>,
    /// Telegram's Bot API.
    pub bot_api: Arc<dyn crate::telegram::BotApi>,
    /// Typesets invoice PDFs (the worker's jobs call it).
    pub invoices: Arc<dyn InvoiceRenderer>,
    /// Live exchange rates; admin-set rates only when `None`.
    pub rates: Option<Arc<dyn RateProvider>>,
    /// Where release artifacts are stored (the data directory, a bucket).
    pub artifacts: ArtifactStore,
}

/// The configuration the use cases depend on.
#[derive(Clone, Debug)]
pub struct Settings {
    /// The currency wallets and prices are kept in.
    pub base_currency: Currency,
    /// Whether the sandbox gateway (pays on a local page) may be used: never in production.
    pub sandbox_gateway: bool,
    /// Whether admins and support must have two-factor sign-in before they act.
    pub staff_two_factor_required: bool,
    /// How long a request may run: an idempotent request's lease outlives it.
    pub request_timeout: Duration,
    /// Where links in emails point (the public URL of the server); payment return and webhook
    /// URLs are built from it too.
    pub link_base: String,
    /// Production: payments through gateways only over an `https://` public URL.
    pub production: bool,
}

/// Every use case of the product, sharing one database, clock and cache.
#[derive(Clone)]
pub struct Services {
    pub accounts: Accounts,
    pub admin: Admin,
    pub analytics: crate::analytics::Analytics,
    pub api_keys: ApiKeys,
    pub brand: Brands,
    pub catalog: Catalog,
    pub checkout: crate::checkout::Checkouts,
    pub dead_letters: DeadLetters,
    pub idempotency: Idempotency,
    pub licensing: Licensing,
    pub mailings: Mailings,
    pub notifications: Notifications,
    pub payments: Payments,
    pub telegram: Telegram,
    pub rates: Rates,
    pub releases: Releases,
    pub store: Store,
    pub wallet: Wallet,
}

impl Services {
    /// Builds the services. Loads (on a first start, creates) the session token signing keys.
    pub async fn build(ports: Ports, settings: Settings) -> Result<Self, AppError> {
        let Ports { db, clock, master_keys, mailer, mut notifiers, broadcast, bot_api, invoices, rates, artifacts } =
            ports;
        let telegram = Telegram::new(db.clone(), clock.clone(), master_keys.clone(), bot_api, &settings.link_base);
        notifiers.push(Arc::new(crate::notifications::InAppNotifier(broadcast.clone())));
        notifiers.push(Arc::new(crate::telegram::TelegramNotifier(telegram.clone())));
        let token_keys = session_keys::load(&db, &master_keys, clock.now()).await?;
        // Licensing answers from a cache the catalog's changes invalidate: one cache for both.
        let cache = Arc::new(SubjectCache::default());
        let signers = Signers::new(db.clone(), master_keys.clone(), clock.clone());
        let catalog = Catalog::new(db.clone(), clock.clone(), master_keys.clone(), cache.clone(), signers.clone());
        let two_factor = settings.staff_two_factor_required;
        let rates = Rates::new(db.clone(), clock.clone(), settings.base_currency, rates);
        let release_index = Arc::new(ReleaseIndex::default());
        let names = crate::names::Names::new(db.clone(), master_keys.clone());
        let licensing = Licensing::new(
            db.clone(),
            clock.clone(),
            signers.clone(),
            Arc::default(),
            cache,
            release_index.clone(),
            names.clone(),
        );
        let download_key = DownloadKey::load(&db, &master_keys, clock.now()).await?;
        let unsubscribe = UnsubscribeKey::load(&db, &master_keys, clock.now()).await?;
        let invites = crate::invitations::InviteKey::load(&db, &master_keys, clock.now()).await?;
        let idempotency = Idempotency::new(db.clone(), clock.clone(), master_keys.clone(), settings.request_timeout);
        let payments = Payments::new(
            db.clone(),
            clock.clone(),
            master_keys.clone(),
            settings.base_currency,
            rates.clone(),
            Links { public_url: settings.link_base.clone(), require_https: settings.production },
            settings.sandbox_gateway,
        );
        let profiles = crate::profiles::Profiles::new(db.clone(), master_keys.clone());
        // Profiles and names written before they were sealed are sealed now (a no-op once done).
        profiles.seal_plaintext().await?;
        names.seal_plaintext().await?;
        let store = Store::new(
            db.clone(),
            clock.clone(),
            settings.base_currency,
            catalog.clone(),
            invoices,
            profiles.clone(),
            names.clone(),
        );
        let checkout = crate::checkout::Checkouts::new(
            db.clone(),
            clock.clone(),
            store.clone(),
            payments.clone(),
            idempotency.clone(),
        );
        Ok(Self {
            checkout,
            analytics: crate::analytics::Analytics::new(db.clone(), clock.clone(), settings.base_currency),
            accounts: Accounts::new(
                db.clone(),
                clock.clone(),
                token_keys,
                master_keys.clone(),
                two_factor,
                invites.clone(),
            ),
            admin: Admin::new(db.clone(), clock.clone(), names.clone()),
            dead_letters: DeadLetters::new(db.clone(), clock.clone()),
            brand: Brands::new(db.clone(), clock.clone()),
            api_keys: ApiKeys::new(db.clone(), clock.clone(), two_factor),
            idempotency,
            licensing: licensing.clone(),
            releases: Releases::new(
                db.clone(),
                clock.clone(),
                ReleaseParts {
                    signers,
                    artifacts,
                    index: release_index,
                    links: download_key,
                    licensing,
                    link_base: settings.link_base.clone(),
                    ring: master_keys.clone(),
                },
            ),
            mailings: Mailings::new(db.clone(), clock.clone(), mailer, &settings.link_base, invites, names.clone()),
            telegram,
            notifications: Notifications::new(
                db.clone(),
                clock.clone(),
                notifiers,
                broadcast,
                unsubscribe,
                &settings.link_base,
                names.clone(),
            ),
            payments,
            rates,
            store,
            wallet: Wallet::new(db, clock, settings.base_currency, profiles),
            catalog,
        })
    }
}
