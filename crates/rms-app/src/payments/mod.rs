//! Top-ups through the payment gateways of `rms-payments`: starting a payment (converted from
//! the payer's currency at a recorded rate), the built-in sandbox and bank-transfer flows,
//! webhooks stored before anything is decided, settlement by read-back (a webhook is a hint,
//! the read-back is the truth), the admin's review queue and the cleanup of abandoned payments.
//! Gateways are listed from the registry, never by name.

mod by_hand;
mod settings;
mod settle;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rms_core::account::{InvalidInput, Scope};
use rms_core::billing::{PaymentStatus, Rate};
use rms_core::{Clock, Currency, Money, Timestamp};
use rms_crypto::MasterKeyRing;
use rms_payments::{Flow, GatewayAmount, GatewayId, Order, PaymentGateway};
use rms_store::Db;
use rms_store::billing::{self, PaymentRow};
use rms_store::ledger;
use rust_decimal::RoundingStrategy;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::AppError;
use crate::accounts::Principal;
use crate::idempotency::{self, Claim};
use crate::rates::{QuotedRate, Rates};
use crate::wallet::wallet_account;

pub(crate) use settings::credentials_aad;
pub use settings::{BankDetails, GatewayOptions, GatewayUpdate, GatewayView, PartialPolicy};
pub use settle::{CheckView, EventView, Settled, WebhookAck};

/// How many top-ups one person may have waiting at once (each is a row, and for the real gateways
/// a payment page): pay or let some expire before starting more.
pub const MAX_PENDING_TOP_UPS: i64 = 10;

/// A payment as its payer sees it (kept as is for idempotent replays of a top-up).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub id: Uuid,
    pub user_id: Uuid,
    pub gateway: GatewayId,
    /// The reference to quote on a bank transfer (manual gateway).
    pub reference: String,
    /// What the payer pays, in `currency`.
    pub amount_minor: i64,
    pub currency: String,
    pub status: PaymentStatus,
    pub created_at: Timestamp,
    /// The gateway's page, for hosted gateways (our own pages build theirs).
    #[serde(default)]
    pub pay_url: Option<String>,
    /// The wallet's side: the order in the base currency, and the rate it was converted at.
    #[serde(default)]
    pub base_amount_minor: Option<i64>,
    #[serde(default)]
    pub rate: Option<String>,
    #[serde(default)]
    pub rate_source: Option<String>,
    /// What the wallet received once paid.
    #[serde(default)]
    pub credited_minor: Option<i64>,
    /// The gateway's last word on it, and why an admin must look at it.
    #[serde(default)]
    pub gateway_status: Option<String>,
    #[serde(default)]
    pub review_reason: Option<String>,
    /// Set on a settled payment the gateway reported more money on (or took money back from
    /// that was spent): why an admin must look at it, until they mark it handled.
    #[serde(default)]
    pub attention: Option<String>,
}

impl Payment {
    fn from_row(p: PaymentRow) -> Result<Self, AppError> {
        let gateway = GatewayId::parse(&p.gateway)
            .ok_or_else(|| AppError::Internal(format!("payment {} names unknown gateway {}", p.id, p.gateway)))?;
        Ok(Self {
            id: p.id,
            user_id: p.user_id,
            gateway,
            reference: p.gateway_ref,
            amount_minor: p.amount_minor,
            currency: p.currency,
            status: p.status,
            created_at: p.created_at,
            pay_url: p.pay_url,
            base_amount_minor: p.base_amount_minor,
            rate: p.rate,
            rate_source: p.rate_source,
            credited_minor: p.credited_minor,
            gateway_status: p.gateway_status,
            review_reason: p.review_reason,
            attention: p.attention,
        })
    }
}

/// Whether `gateway` can charge exactly `amount_minor` of `currency`: PayPal takes no decimals
/// in HUF, JPY or TWD, the crypto gateways two at most (10.50 HUF or 1.005 KWD would be rounded).
fn gateway_can_charge(gateway: GatewayId, currency: Currency, amount_minor: i64) -> bool {
    let Some(decimals) = gateway.spec().decimals(currency.as_str()) else { return true };
    let extra = u32::from(currency.minor_digits()).saturating_sub(decimals);
    10i64.checked_pow(extra).is_some_and(|unit| amount_minor % unit == 0)
}

/// Where the server is reached: return, cancel and webhook URLs are built from it.
#[derive(Clone, Debug)]
pub struct Links {
    pub public_url: String,
    /// Production: gateway payments only over `https://`.
    pub require_https: bool,
}

impl Links {
    fn url(&self, path: &str) -> Result<url::Url, AppError> {
        let url = url::Url::parse(&format!("{}{path}", self.public_url.trim_end_matches('/')))
            .map_err(|e| AppError::Internal(format!("public URL: {e}")))?;
        if self.require_https && url.scheme() != "https" {
            return Err(AppError::Internal("gateway payments need an https:// public URL in production".into()));
        }
        Ok(url)
    }

    /// Where `gateway` posts its webhooks (paste it into the gateway's dashboard).
    pub fn webhook_url(&self, gateway: GatewayId) -> String {
        format!("{}/webhooks/{}", self.public_url.trim_end_matches('/'), gateway.as_str())
    }
}

/// Built clients by gateway, rebuilt when the settings change (keeps PayPal's token cached).
type ClientCache = HashMap<&'static str, (Timestamp, Arc<dyn PaymentGateway>)>;

#[derive(Clone)]
pub struct Payments {
    db: Db,
    clock: Arc<dyn Clock>,
    ring: MasterKeyRing,
    base: Currency,
    rates: Rates,
    links: Links,
    sandbox_enabled: bool,
    clients: Arc<Mutex<ClientCache>>,
}

impl Payments {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        ring: MasterKeyRing,
        base: Currency,
        rates: Rates,
        links: Links,
        sandbox_enabled: bool,
    ) -> Self {
        Self { db, clock, ring, base, rates, links, sandbox_enabled, clients: Arc::default() }
    }

    pub fn sandbox_enabled(&self) -> bool {
        self.sandbox_enabled
    }

    pub fn links(&self) -> &Links {
        &self.links
    }

    /// Starts a top-up of the caller's wallet with `amount_minor` of `currency` (the base
    /// currency when `None`) through `gateway`. A hosted gateway's page comes back as `pay_url`.
    /// Under an idempotency claim the answer is stored with the payment.
    pub async fn start_top_up(
        &self,
        who: &Principal,
        gateway: &str,
        amount_minor: i64,
        currency: Option<&str>,
        claim: Option<&Claim>,
    ) -> Result<Payment, AppError> {
        if !who.may(Scope::Wallet) {
            return Err(AppError::Forbidden);
        }
        let gateway = GatewayId::parse(gateway).ok_or(AppError::GatewayDisabled)?;
        let config = self.config(gateway).await?;
        if !config.enabled(self.sandbox_enabled) {
            return Err(AppError::GatewayDisabled);
        }
        let currency = match currency.map(str::trim).filter(|c| !c.is_empty()) {
            None => self.base,
            Some(c) => Currency::parse(&c.to_ascii_uppercase())
                .map_err(|_| AppError::invalid("currency")(InvalidInput::Range))?,
        };
        if !config.takes(currency, self.base) {
            return Err(AppError::Invalid { field: "currency", reason: InvalidInput::Range });
        }
        if !rms_core::money::amount_ok(amount_minor, 1) || !gateway_can_charge(gateway, currency, amount_minor) {
            return Err(AppError::Invalid { field: "amount_minor", reason: InvalidInput::Range });
        }
        // The wallet is credited in the base currency at the rate of this moment, recorded: the
        // gateway's own quote where it gives one, else the rate provider's, else the admin's.
        let quote = match (&config.client, currency != self.base) {
            (Some(client), true) => self.gateway_quote(gateway, client.as_ref(), currency).await?,
            _ => None,
        };
        let (base_amount, rate) = self.rates.to_base_quoted(Money::new(amount_minor, currency), quote).await?;
        if base_amount.minor < 1 {
            return Err(AppError::Invalid { field: "amount_minor", reason: InvalidInput::Range });
        }
        let now = self.clock.now();
        let id = Uuid::now_v7();
        // A bank-transfer reference people can type: base32 (no 0, 1, 8 or 9), 50 random bits.
        let code: String =
            rms_crypto::token::recovery_code().chars().filter(char::is_ascii_alphanumeric).take(10).collect();
        let converted = currency != self.base;
        let row = PaymentRow {
            id,
            user_id: who.user_id,
            gateway: gateway.as_str().to_owned(),
            gateway_ref: format!("TOP-{}", code.to_uppercase()),
            amount_minor,
            currency: currency.as_str().to_owned(),
            status: PaymentStatus::Pending,
            txn_id: None,
            confirmed_by: None,
            created_at: now,
            updated_at: now,
            external_ref: None,
            gateway_payment_id: None,
            pay_url: None,
            base_amount_minor: Some(base_amount.minor),
            rate: converted.then(|| rate.rate.to_decimal_string()),
            rate_source: converted.then(|| rate.source.clone()),
            rate_at: converted.then_some(rate.at),
            credited_minor: None,
            gateway_status: None,
            review_reason: None,
            attention: None,
            attention_key: None,
        };
        let hosted = gateway.flow() == Flow::Hosted;
        let mut tx = self.db.begin().await?;
        // The wallet row is the payer's lock: concurrent top-ups count the open ones one at a time.
        let wallet = wallet_account(&mut tx, who.user_id, self.base, now).await?;
        ledger::lock(&mut tx, &wallet).await?;
        if billing::pending_payments(&mut tx, who.user_id).await? >= MAX_PENDING_TOP_UPS {
            return Err(AppError::LimitReached { limit: MAX_PENDING_TOP_UPS });
        }
        billing::insert_payment(&mut tx, &row).await?;
        let payment = Payment::from_row(row.clone())?;
        if !hosted {
            if gateway.awaits_admin() {
                crate::jobs::enqueue(&mut tx, now, &crate::jobs::TransferInstructions { payment_id: id }).await?;
            }
            idempotency::finish(&mut tx, claim, &payment).await?;
            tx.commit().await?;
            return Ok(payment);
        }
        tx.commit().await?;
        crate::failpoints::point("top_up.pending");
        // The gateway is called outside any transaction; the pending row exists first, so a
        // webhook that outruns this answer finds its payment.
        let client = config.client.ok_or(AppError::GatewayDisabled)?;
        let order = Order {
            order_id: id.to_string(),
            amount: GatewayAmount::from_minor(amount_minor, u32::from(currency.minor_digits()), currency.as_str()),
            description: format!("Wallet top-up {}", row.gateway_ref),
            return_url: self.links.url(&format!("/pay/return/{id}"))?,
            cancel_url: self.links.url(&format!("/pay/cancel/{id}"))?,
            notify_url: self.links.url(&format!("/webhooks/{gateway}"))?,
        };
        let created = match client.create(&order).await {
            Ok(created) => created,
            Err(e) => {
                tracing::warn!(gateway = gateway.as_str(), error = %e, "creating a payment failed");
                billing::count_failure(&self.db, gateway.as_str(), "create", now).await?;
                let mut tx = self.db.begin().await?;
                billing::mark_unpaid(&mut tx, id, PaymentStatus::Failed, Some("create_failed"), now).await?;
                tx.commit().await?;
                return Err(AppError::GatewayUnavailable);
            }
        };
        crate::failpoints::point("top_up.created");
        let mut tx = self.db.begin().await?;
        billing::set_created_tx(&mut tx, id, &created.gateway_ref, created.pay_url.as_str(), now).await?;
        let payment = Payment { pay_url: Some(created.pay_url.to_string()), ..payment };
        idempotency::finish(&mut tx, claim, &payment).await?;
        tx.commit().await?;
        Ok(payment)
    }

    /// A payment its payer (or an admin) may see.
    pub async fn payment(&self, who: &Principal, id: Uuid) -> Result<Payment, AppError> {
        let p = billing::payment(&self.db, id).await?.ok_or(AppError::NotFound)?;
        if p.user_id != who.user_id && !(who.is_admin()) {
            return Err(AppError::NotFound);
        }
        Payment::from_row(p)
    }

    /// The caller's payments, or (admins) everybody's in `status`.
    pub async fn payments(
        &self,
        who: &Principal,
        all: bool,
        status: Option<PaymentStatus>,
    ) -> Result<Vec<Payment>, AppError> {
        let user = who.listing(all)?;
        billing::payments(&self.db, user, status, 200).await?.into_iter().map(Payment::from_row).collect()
    }

    /// Settled payments an admin must look at (admins), oldest first.
    pub async fn needing_attention(&self, who: &Principal) -> Result<Vec<Payment>, AppError> {
        crate::accounts::admin_only(who)?;
        billing::needing_attention(&self.db, 200).await?.into_iter().map(Payment::from_row).collect()
    }

    /// The gateways a payer may choose now, in the registry's order.
    pub async fn available_gateways(&self) -> Result<Vec<GatewayId>, AppError> {
        let mut out = Vec::new();
        for gateway in GatewayId::all() {
            if self.config(gateway).await?.enabled(self.sandbox_enabled) {
                out.push(gateway);
            }
        }
        Ok(out)
    }

    /// `gateway`'s quote for `currency` against the base currency, when it gives one. A gateway
    /// that cannot quote now is counted and the next source is used: a quote is a preference,
    /// not a condition of paying.
    async fn gateway_quote(
        &self,
        gateway: GatewayId,
        client: &dyn PaymentGateway,
        currency: Currency,
    ) -> Result<Option<QuotedRate>, AppError> {
        let now = self.clock.now();
        match client.quote(self.base.as_str(), currency.as_str()).await {
            Ok(Some(quote)) => {
                let text = quote.round_dp_with_strategy(12, RoundingStrategy::MidpointNearestEven).normalize();
                Ok(Rate::parse(&text.to_string()).map(|rate| QuotedRate {
                    currency,
                    rate,
                    source: format!("{gateway} estimate"),
                    at: now,
                }))
            }
            Ok(None) => Ok(None),
            Err(e) => {
                tracing::warn!(gateway = gateway.as_str(), error = %e, "the gateway's quote failed; using the next rate source");
                billing::count_failure(&self.db, gateway.as_str(), "quote", now).await?;
                Ok(None)
            }
        }
    }

    pub(crate) fn base(&self) -> Currency {
        self.base
    }
}
