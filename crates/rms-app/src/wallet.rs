//! The wallet: balances and history from the ledger, admin adjustments, billing details, and
//! reconciliation of the whole ledger. Top-ups are `payments`.

use std::sync::Arc;

use rms_core::account::{InvalidInput, Scope};
use rms_core::billing::{BillingProfile, HistoryFilter, Movement};
use rms_core::{Clock, Currency, Timestamp};
use rms_store::accounts as users;
use rms_store::billing;
use rms_store::ledger::{self, Account, AccountKind, Breaches, NewTxn, Posting};
use rms_store::{Db, Tx};
use serde_json::json;
use uuid::Uuid;

use crate::accounts::{Principal, admin_only};
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

pub use rms_core::money::MAX_AMOUNT_MINOR;

/// The setting the last reconciliation is recorded in (JSON: `at` in ms, `findings`).
const LAST_RECONCILIATION: &str = "ledger.last_reconciliation";

#[derive(Clone)]
pub struct Wallet {
    db: Db,
    clock: Arc<dyn Clock>,
    currency: Currency,
    profiles: crate::profiles::Profiles,
}

impl Wallet {
    pub fn new(db: Db, clock: Arc<dyn Clock>, currency: Currency, profiles: crate::profiles::Profiles) -> Self {
        Self { db, clock, currency, profiles }
    }

    pub fn currency(&self) -> Currency {
        self.currency
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
        rms_store::retry_conflicts(|| async move {
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
                Posting::Duplicate => {
                    return Err(AppError::Internal("adjustment without an external key collided".into()));
                }
            }
            let details = json!({ "amount_minor": amount_minor, "currency": self.currency.as_str(), "reason": reason,
                "txn": txn.id });
            let entry = meta.audit(Some(who.user_id), "admin.wallet.adjusted", ("user", user.to_string()), details);
            users::audit(&mut tx, &entry, now).await?;
            tx.commit().await?;
            Ok(ledger::balance(&self.db, &wallet_name(user)).await?.unwrap_or(0))
        })
        .await
    }

    /// The caller's billing details (empty until set).
    pub async fn billing_profile(&self, who: &Principal) -> Result<BillingProfile, AppError> {
        if !who.may(Scope::Read) {
            return Err(AppError::Forbidden);
        }
        self.profiles.get(who.user_id).await
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
        if !(country.is_empty() || rms_core::tax::is_country(&country)) {
            return Err(bad("country"));
        }
        // A region is the part after the country in an ISO 3166-2 code: `CA` (California, `US`).
        let region = p.region.trim().to_uppercase();
        let region = region.strip_prefix(&format!("{country}-")).map(str::to_owned).unwrap_or(region);
        if !region.is_empty()
            && (country.is_empty() || rms_core::tax::TaxRegion::parse(&format!("{country}-{region}")).is_err())
        {
            return Err(bad("region"));
        }
        let tax_id = clean(&p.tax_id, 50, "tax_id")?.replace('\n', " ");
        // An EU buyer's VAT id decides whether they are charged VAT: a mistyped one is said now,
        // not discovered on an invoice that charged tax after all.
        if rms_core::tax::in_eu(&country) && !tax_id.is_empty() && !rms_core::tax::vat_id_valid(&country, &tax_id) {
            return Err(AppError::Invalid { field: "tax_id", reason: InvalidInput::VatId });
        }
        let tax_id = if rms_core::tax::in_eu(&country) { rms_core::tax::normalise_vat_id(&tax_id) } else { tax_id };
        let row = BillingProfile {
            company: clean(&p.company, 200, "company")?.replace('\n', " "),
            tax_id,
            address: clean(&p.address, 500, "address")?,
            country,
            region,
        };
        self.profiles.set(who.user_id, &row, self.clock.now()).await?;
        Ok(row)
    }

    /// Checks every ledger invariant (admins).
    pub async fn reconcile_as(&self, who: &Principal) -> Result<Breaches, AppError> {
        admin_only(who)?;
        self.reconcile().await
    }

    /// Checks every ledger invariant (the nightly job, or an admin on demand) and records when
    /// and what it found, for the monitoring page.
    pub async fn reconcile(&self) -> Result<Breaches, AppError> {
        let breaches = ledger::reconcile(&self.db).await?;
        let now = self.clock.now();
        let record = json!({ "at": now.as_millis(), "findings": breaches.findings() });
        billing::set_setting(&self.db, LAST_RECONCILIATION, &record.to_string(), now).await?;
        Ok(breaches)
    }

    /// The last reconciliation (admins): when it ran and each breach it found; `None` before
    /// the first.
    pub async fn last_reconciliation(&self, who: &Principal) -> Result<Option<(Timestamp, Vec<String>)>, AppError> {
        admin_only(who)?;
        let settings = billing::settings(&self.db).await?;
        let Some((_, raw)) = settings.iter().find(|(k, _)| k == LAST_RECONCILIATION) else { return Ok(None) };
        let record: serde_json::Value = serde_json::from_str(raw).unwrap_or_default();
        let Some(at) = record["at"].as_i64() else { return Ok(None) };
        let findings = record["findings"]
            .as_array()
            .map(|f| f.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        Ok(Some((Timestamp::from_millis(at), findings)))
    }
}
