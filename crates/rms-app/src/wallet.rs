//! The wallet: balances and history from the ledger, admin adjustments, top-ups through the
//! built-in gateways (`sandbox`: a local page that pays at once, for development and tests;
//! `manual`: an admin confirms a bank transfer), and reconciliation of the whole ledger.

use std::sync::Arc;

use rms_core::account::{InvalidInput, Scope};
use rms_core::billing::{BillingProfile, HistoryFilter, Movement};
use rms_core::{Clock, Currency, Timestamp};
use rms_store::accounts as users;
use rms_store::billing::{self, PaymentRow};
use rms_store::ledger::{self, Account, AccountKind, Breaches, NewTxn, Posting};
use rms_store::{Db, Tx};
use serde::{Deserialize, Serialize};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::{Principal, admin_only};
use crate::idempotency::{self, Claim};
use crate::{AppError, RequestMeta};

/// The ledger account name of `user`'s wallet.
pub fn wallet_name(user: Uuid) -> String {
    format!("wallet:{user}")
}

/// Finds or creates `user`'s wallet account in `tx`.
pub(crate) async fn wallet_account(
    tx: &mut Tx,
    user: Uuid,
    currency: Currency,
    now: Timestamp,
) -> Result<Account, AppError> {
    Ok(ledger::account(tx, &wallet_name(user), AccountKind::Wallet, Some(user), currency.as_str(), now).await?)
}

/// Finds or creates the system account of `kind` (`revenue`, `promo_expense`,
/// `affiliate_payable`, `adjustments`; gateways' clearing accounts: [`clearing_account`]).
pub(crate) async fn system_account(
    tx: &mut Tx,
    kind: AccountKind,
    currency: Currency,
    now: Timestamp,
) -> Result<Account, AppError> {
    Ok(ledger::account(tx, kind.as_str(), kind, None, currency.as_str(), now).await?)
}

/// The account of what an affiliate owes: commission clawed back by a refund after it was paid
/// out, beyond what their wallet held. Negative while they owe; their next commissions settle it.
/// Of the affiliate-payable kind (it may go negative; a wallet may not).
pub(crate) fn affiliate_debt_name(user: Uuid) -> String {
    format!("affiliate_debt:{user}")
}

pub(crate) async fn affiliate_debt_account(
    tx: &mut Tx,
    user: Uuid,
    currency: Currency,
    now: Timestamp,
) -> Result<Account, AppError> {
    Ok(ledger::account(
        tx,
        &affiliate_debt_name(user),
        AccountKind::AffiliatePayable,
        Some(user),
        currency.as_str(),
        now,
    )
    .await?)
}

/// Finds or creates `gateway`'s clearing account.
pub(crate) async fn clearing_account(
    tx: &mut Tx,
    gateway: &str,
    currency: Currency,
    now: Timestamp,
) -> Result<Account, AppError> {
    let name = format!("clearing:{gateway}");
    Ok(ledger::account(tx, &name, AccountKind::Clearing, None, currency.as_str(), now).await?)
}

pub use rms_core::billing::{Gateway, PaymentStatus};

/// A payment as its payer sees it (kept as is for idempotent replays of a top-up).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    pub id: Uuid,
    pub user_id: Uuid,
    pub gateway: Gateway,
    /// The reference to quote on a bank transfer (manual gateway).
    pub reference: String,
    pub amount_minor: i64,
    pub currency: String,
    pub status: PaymentStatus,
    pub created_at: Timestamp,
}

impl From<PaymentRow> for Payment {
    fn from(p: PaymentRow) -> Self {
        Self {
            id: p.id,
            user_id: p.user_id,
            gateway: p.gateway,
            reference: p.gateway_ref,
            amount_minor: p.amount_minor,
            currency: p.currency,
            status: p.status,
            created_at: p.created_at,
        }
    }
}

pub use rms_core::money::MAX_AMOUNT_MINOR;

/// How many top-ups one person may have waiting at once (each is a row, and for the real gateways
/// a payment page): pay or let some expire before starting more.
pub const MAX_PENDING_TOP_UPS: i64 = 10;

#[derive(Clone)]
pub struct Wallet {
    db: Db,
    clock: Arc<dyn Clock>,
    currency: Currency,
    sandbox_enabled: bool,
}

impl Wallet {
    pub fn new(db: Db, clock: Arc<dyn Clock>, currency: Currency, sandbox_enabled: bool) -> Self {
        Self { db, clock, currency, sandbox_enabled }
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn sandbox_enabled(&self) -> bool {
        self.sandbox_enabled
    }

    /// The caller's balance in minor units (0 before the first movement).
    pub async fn balance(&self, who: &Principal) -> Result<i64, AppError> {
        if !who.may(Scope::Read) {
            return Err(AppError::Forbidden);
        }
        Ok(ledger::balance(&self.db, &wallet_name(who.user_id)).await?.unwrap_or(0))
    }

    /// The caller's wallet movements, newest first.
    pub async fn history(&self, who: &Principal, filter: &HistoryFilter<'_>) -> Result<Vec<Movement>, AppError> {
        if !who.may(Scope::Read) {
            return Err(AppError::Forbidden);
        }
        Ok(ledger::history(&self.db, &wallet_name(who.user_id), filter).await?)
    }

    /// Credits (positive) or debits (negative) a user's wallet by hand, with a reason. A debit
    /// never takes the wallet below zero. Audited.
    pub async fn adjust(
        &self,
        who: &Principal,
        user: Uuid,
        amount_minor: i64,
        reason: &str,
        meta: &RequestMeta,
    ) -> Result<i64, AppError> {
        admin_only(who)?;
        let reason = reason.trim();
        if amount_minor == 0 || !rms_core::money::amount_ok(amount_minor, -MAX_AMOUNT_MINOR) {
            return Err(AppError::Invalid { field: "amount_minor", reason: InvalidInput::Range });
        }
        if reason.is_empty() || reason.chars().count() > 500 {
            return Err(AppError::Invalid { field: "reason", reason: InvalidInput::Range });
        }
        users::user_by_id(&self.db, user).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let wallet = wallet_account(&mut tx, user, self.currency, now).await?;
        let counter = system_account(&mut tx, AccountKind::Adjustments, self.currency, now).await?;
        let txn = NewTxn::new("adjustment").user(user).memo(reason).actor(Some(who.user_id));
        match ledger::post(&mut tx, &txn, &[(wallet, amount_minor), (counter, -amount_minor)], now).await? {
            Posting::Posted => {}
            Posting::Overdraft(_) => {
                drop(tx);
                let balance = ledger::balance(&self.db, &wallet_name(user)).await?.unwrap_or(0);
                return Err(AppError::InsufficientFunds { balance_minor: balance, needed_minor: -amount_minor });
            }
            Posting::Duplicate => return Err(AppError::Internal("adjustment without an external key collided".into())),
        }
        let details = json!({ "amount_minor": amount_minor, "currency": self.currency.as_str(), "reason": reason, "txn": txn.id });
        let entry = meta.audit(Some(who.user_id), "admin.wallet.adjusted", ("user", user.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(ledger::balance(&self.db, &wallet_name(user)).await?.unwrap_or(0))
    }

    /// Starts a top-up of the caller's wallet through `gateway`. Under an idempotency claim the
    /// answer is stored with the payment.
    pub async fn start_top_up(
        &self,
        who: &Principal,
        gateway: &str,
        amount_minor: i64,
        claim: Option<&Claim>,
    ) -> Result<Payment, AppError> {
        if !who.may(Scope::Wallet) {
            return Err(AppError::Forbidden);
        }
        let gateway = Gateway::parse(gateway).map_err(|_| AppError::GatewayDisabled)?;
        if gateway == Gateway::Sandbox && !self.sandbox_enabled {
            return Err(AppError::GatewayDisabled);
        }
        if !rms_core::money::amount_ok(amount_minor, 1) {
            return Err(AppError::Invalid { field: "amount_minor", reason: InvalidInput::Range });
        }
        let now = self.clock.now();
        let id = Uuid::now_v7();
        // A bank-transfer reference people can type: base32 (no 0, 1, 8 or 9), 50 random bits.
        let code: String =
            rms_crypto::token::recovery_code().chars().filter(char::is_ascii_alphanumeric).take(10).collect();
        let reference = format!("TOP-{}", code.to_uppercase());
        let row = PaymentRow {
            id,
            user_id: who.user_id,
            gateway,
            gateway_ref: reference,
            amount_minor,
            currency: self.currency.as_str().to_owned(),
            status: PaymentStatus::Pending,
            txn_id: None,
            confirmed_by: None,
            created_at: now,
            updated_at: now,
        };
        let payment = Payment::from(row.clone());
        let mut tx = self.db.begin().await?;
        // The wallet row is the payer's lock: concurrent top-ups count the open ones one at a time.
        let wallet = wallet_account(&mut tx, who.user_id, self.currency, now).await?;
        ledger::lock(&mut tx, &wallet).await?;
        if billing::pending_payments(&mut tx, who.user_id).await? >= MAX_PENDING_TOP_UPS {
            return Err(AppError::LimitReached { limit: MAX_PENDING_TOP_UPS });
        }
        billing::insert_payment(&mut tx, &row).await?;
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
        Ok(p.into())
    }

    /// The caller's payments, or (admins) everybody's in `status`.
    pub async fn payments(
        &self,
        who: &Principal,
        all: bool,
        status: Option<PaymentStatus>,
    ) -> Result<Vec<Payment>, AppError> {
        let user = who.listing(all)?;
        Ok(billing::payments(&self.db, user, status, 200).await?.into_iter().map(Payment::from).collect())
    }

    /// The sandbox gateway's "pay" button: its payer completes a pending sandbox payment.
    pub async fn pay_sandbox(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<Payment, AppError> {
        if !who.may(Scope::Wallet) {
            return Err(AppError::Forbidden);
        }
        if !self.sandbox_enabled {
            return Err(AppError::GatewayDisabled);
        }
        let p = billing::payment(&self.db, id).await?.ok_or(AppError::NotFound)?;
        if p.user_id != who.user_id || !p.gateway.pays_here() {
            return Err(AppError::NotFound);
        }
        self.credit(p, None, meta).await
    }

    /// An admin confirms that a manual (bank transfer) payment arrived. Audited.
    pub async fn confirm_manual(&self, who: &Principal, id: Uuid, meta: &RequestMeta) -> Result<Payment, AppError> {
        admin_only(who)?;
        let p = billing::payment(&self.db, id).await?.ok_or(AppError::NotFound)?;
        if !p.gateway.awaits_admin() {
            return Err(AppError::WrongState { state: "not_manual" });
        }
        self.credit(p, Some(who.user_id), meta).await
    }

    /// Credits a paid payment to its payer's wallet, once: the ledger transaction's external key
    /// (`<gateway>:<reference>`) and the pending → paid update both refuse a second credit.
    async fn credit(&self, p: PaymentRow, confirmed_by: Option<Uuid>, meta: &RequestMeta) -> Result<Payment, AppError> {
        let currency =
            Currency::parse(&p.currency).map_err(|e| AppError::Internal(format!("payment currency: {e}")))?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let wallet = wallet_account(&mut tx, p.user_id, currency, now).await?;
        let clearing = clearing_account(&mut tx, p.gateway.as_str(), currency, now).await?;
        let txn = NewTxn::new("top_up")
            .user(p.user_id)
            .reference(p.id)
            .external_key(format!("{}:{}", p.gateway, p.gateway_ref))
            .memo(p.gateway.as_str())
            .actor(confirmed_by);
        match ledger::post(&mut tx, &txn, &[(clearing, -p.amount_minor), (wallet, p.amount_minor)], now).await? {
            Posting::Posted => {}
            Posting::Duplicate => return Err(AppError::WrongState { state: "credited" }),
            Posting::Overdraft(_) => return Err(AppError::Internal("a credit overdrew an account".into())),
        }
        if !billing::mark_paid(&mut tx, p.id, txn.id, confirmed_by, now).await? {
            return Err(AppError::WrongState { state: "not_pending" });
        }
        let details = json!({ "gateway": p.gateway, "amount_minor": p.amount_minor, "user": p.user_id });
        let entry =
            meta.audit(confirmed_by.or(Some(p.user_id)), "wallet.topped_up", ("payment", p.id.to_string()), details);
        users::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        let paid = billing::payment(&self.db, p.id).await?.ok_or(AppError::NotFound)?;
        Ok(paid.into())
    }

    /// The caller's billing details (empty until set).
    pub async fn billing_profile(&self, who: &Principal) -> Result<BillingProfile, AppError> {
        if !who.may(Scope::Read) {
            return Err(AppError::Forbidden);
        }
        Ok(billing::billing_profile(&self.db, who.user_id).await?.unwrap_or_default())
    }

    /// Sets the caller's billing details, printed on their next invoices (issued ones never
    /// change). The country is an ISO 3166-1 alpha-2 code or empty.
    pub async fn set_billing_profile(&self, who: &Principal, p: &BillingProfile) -> Result<BillingProfile, AppError> {
        if !who.may(Scope::Wallet) {
            return Err(AppError::Forbidden);
        }
        let bad = |field| AppError::Invalid { field, reason: InvalidInput::Range };
        let clean = |s: &str, max: usize, field| {
            let s = s.trim().to_owned();
            let printable = s.chars().all(|c| !c.is_control() || c == '\n' || c == '\r');
            if s.chars().count() > max || !printable { Err(bad(field)) } else { Ok(s.replace('\r', "")) }
        };
        let country = p.country.trim().to_uppercase();
        if !(country.is_empty() || (country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()))) {
            return Err(bad("country"));
        }
        let row = BillingProfile {
            company: clean(&p.company, 200, "company")?.replace('\n', " "),
            tax_id: clean(&p.tax_id, 50, "tax_id")?.replace('\n', " "),
            address: clean(&p.address, 500, "address")?,
            country,
        };
        billing::set_billing_profile(&self.db, who.user_id, &row, self.clock.now()).await?;
        Ok(row)
    }

    /// Checks every ledger invariant (admins).
    pub async fn reconcile_as(&self, who: &Principal) -> Result<Breaches, AppError> {
        admin_only(who)?;
        self.reconcile().await
    }

    /// Checks every ledger invariant (the nightly job).
    pub async fn reconcile(&self) -> Result<Breaches, AppError> {
        Ok(ledger::reconcile(&self.db).await?)
    }

    /// Expires sandbox and manual payments left pending for longer than `ttl` (cleanup job).
    pub async fn expire_pending(&self, ttl: std::time::Duration) -> Result<u64, AppError> {
        let now = self.clock.now();
        Ok(billing::expire_payments(&self.db, now.minus(ttl), now).await?)
    }
}
