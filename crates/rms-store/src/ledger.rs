//! The wallet ledger (docs/spec/billing.md §3): accounts, balanced transactions and their append-only
//! entries, and the reconciliation queries that prove the books add up.
//!
//! A transaction is posted with [`post`]: every entry changes its account's cached balance by one
//! conditional `UPDATE … WHERE may_go_negative = 1 OR balance_minor + $2 >= 0`, so no interleaving
//! of concurrent postings can overdraw a wallet, and no balance is ever read into Rust, changed and
//! written back.
//!
//! **Lock order.** On PostgreSQL each updated account row stays locked until commit, so every
//! transaction must take them in one global order or two could wait on each other forever: the
//! one wallet a transaction touches first, then the system accounts by [`AccountKind::lock_rank`]
//! (revenue, promo expense, tax payable, affiliate payable, clearing, adjustments). [`post`] applies its
//! entries in that order; a use case that posts twice must post in that order too, and take the
//! invoice counter and promo-code rows after all of them.

use rms_core::Timestamp;
use rms_core::billing::{HistoryFilter, Movement};
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec_tx, fetch, fetch_tx, on_tx};

/// The kinds of account there are. Only wallets must never go below zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountKind {
    Wallet,
    /// Money received by a gateway, not yet in anybody's wallet: goes negative as it credits.
    Clearing,
    Revenue,
    PromoExpense,
    /// Commission owed to affiliates while it is pending.
    AffiliatePayable,
    /// The counterpart of admin credits and debits.
    Adjustments,
    /// Tax collected on sales, owed to the tax office (not revenue).
    TaxPayable,
}

impl AccountKind {
    /// Where this kind comes in the global lock order (see the module documentation).
    pub fn lock_rank(self) -> u8 {
        match self {
            AccountKind::Wallet => 0,
            AccountKind::Revenue => 1,
            AccountKind::PromoExpense => 2,
            AccountKind::TaxPayable => 3,
            AccountKind::AffiliatePayable => 4,
            AccountKind::Clearing => 5,
            AccountKind::Adjustments => 6,
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            AccountKind::Wallet,
            AccountKind::Clearing,
            AccountKind::Revenue,
            AccountKind::PromoExpense,
            AccountKind::AffiliatePayable,
            AccountKind::Adjustments,
            AccountKind::TaxPayable,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AccountKind::Wallet => "wallet",
            AccountKind::Clearing => "clearing",
            AccountKind::Revenue => "revenue",
            AccountKind::PromoExpense => "promo_expense",
            AccountKind::AffiliatePayable => "affiliate_payable",
            AccountKind::Adjustments => "adjustments",
            AccountKind::TaxPayable => "tax_payable",
        }
    }
}

/// An account as postings name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: Uuid,
    pub kind: AccountKind,
}

/// Finds the account `name`, creating it (balance 0) on first use.
pub async fn account(
    tx: &mut Tx,
    name: &str,
    kind: AccountKind,
    owner: Option<Uuid>,
    currency: &str,
    now: Timestamp,
) -> Result<Account, StoreError> {
    let may_go_negative = i64::from(kind != AccountKind::Wallet);
    on_tx!(tx, conn => sqlx::query(
        "INSERT INTO ledger_accounts (id, name, kind, owner_id, currency, balance_minor, may_go_negative, created_at) \
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7) ON CONFLICT (name) DO NOTHING")
        .bind(Uuid::now_v7())
        .bind(name)
        .bind(kind.as_str())
        .bind(owner)
        .bind(currency)
        .bind(may_go_negative)
        .bind(now.as_millis())
        .execute(&mut *conn).await.map(|r| r.rows_affected()))?;
    let id: (Uuid,) = fetch_tx!(tx, query_as.fetch_one, "SELECT id FROM ledger_accounts WHERE name = $1"; name)?;
    Ok(Account { id: id.0, kind })
}

/// A transaction to post.
#[derive(Clone, Debug)]
pub struct NewTxn<'a> {
    pub id: Uuid,
    /// `top_up`, `purchase`, `refund`, `adjustment`, `commission`, `commission_release`,
    /// `commission_reversal`.
    pub kind: &'a str,
    /// The customer it concerns, for their history.
    pub user_id: Option<Uuid>,
    /// What it belongs to (an invoice id, a payment id).
    pub reference: Option<String>,
    /// An outside event's unique key (`sandbox:<ref>`): posting it twice is refused.
    pub external_key: Option<String>,
    pub memo: &'a str,
    pub actor_id: Option<Uuid>,
}

impl<'a> NewTxn<'a> {
    /// A transaction of `kind` with a fresh id and nothing else set.
    pub fn new(kind: &'a str) -> Self {
        Self { id: Uuid::now_v7(), kind, user_id: None, reference: None, external_key: None, memo: "", actor_id: None }
    }

    pub fn user(self, user: Uuid) -> Self {
        Self { user_id: Some(user), ..self }
    }

    pub fn reference(self, reference: impl ToString) -> Self {
        Self { reference: Some(reference.to_string()), ..self }
    }

    pub fn external_key(self, key: String) -> Self {
        Self { external_key: Some(key), ..self }
    }

    pub fn memo(self, memo: &'a str) -> Self {
        Self { memo, ..self }
    }

    pub fn actor(self, actor: Option<Uuid>) -> Self {
        Self { actor_id: actor, ..self }
    }
}

/// How a posting ended. Anything but `Posted` leaves the caller's transaction to be rolled back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Posting {
    Posted,
    /// This account (a wallet) would have gone below zero.
    Overdraft(Uuid),
    /// A transaction with the same external key exists already.
    Duplicate,
}

/// Posts a balanced transaction inside `tx`. Entries must sum to zero and none may be zero; their
/// balances are updated in the global lock order (see the module documentation).
pub async fn post(
    tx: &mut Tx,
    txn: &NewTxn<'_>,
    entries: &[(Account, i64)],
    now: Timestamp,
) -> Result<Posting, StoreError> {
    let sum = entries.iter().try_fold(0i64, |acc, (_, amount)| acc.checked_add(*amount));
    if sum != Some(0) || entries.iter().any(|(_, amount)| *amount == 0) {
        return Err(StoreError::Invariant(format!("an unbalanced {} transaction: {entries:?}", txn.kind)));
    }
    let inserted = exec_tx!(tx,
        "INSERT INTO ledger_txns (id, kind, user_id, reference, external_key, memo, actor_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING";
        txn.id, txn.kind, txn.user_id, txn.reference.as_deref(), txn.external_key.as_deref(), txn.memo, txn.actor_id,
        now.as_millis())?;
    if inserted == 0 {
        return Ok(Posting::Duplicate);
    }
    let mut ordered = entries.to_vec();
    ordered.sort_by_key(|(account, _)| (account.kind.lock_rank(), account.id));
    for (account, amount) in &ordered {
        let changed = exec_tx!(tx,
            "UPDATE ledger_accounts SET balance_minor = balance_minor + $2 \
             WHERE id = $1 AND (may_go_negative = 1 OR balance_minor + $2 >= 0)";
            account.id, amount)?;
        if changed == 0 {
            return Ok(Posting::Overdraft(account.id));
        }
    }
    for (account, amount) in entries {
        exec_tx!(tx,
            "INSERT INTO ledger_entries (id, txn_id, account_id, amount_minor, created_at) VALUES ($1, $2, $3, $4, $5)";
            Uuid::now_v7(), txn.id, account.id, amount, now.as_millis())?;
    }
    Ok(Posting::Posted)
}

/// Holds `account`'s row until the transaction ends (a row lock on PostgreSQL; SQLite's write
/// transactions are exclusive anyway). A purchase takes its buyer's wallet first, so everything
/// it then reads about the buyer (first purchase? uses of a promo code?) cannot change under it,
/// free orders that post nothing included. The wallet is first in the lock order anyway.
pub async fn lock(tx: &mut Tx, account: &Account) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE ledger_accounts SET balance_minor = balance_minor WHERE id = $1"; account.id)?;
    Ok(())
}

/// The entries of transaction `txn` (to reverse it exactly).
pub async fn entries_of(tx: &mut Tx, txn: Uuid) -> Result<Vec<(Account, i64)>, StoreError> {
    let rows: Vec<(Uuid, String, i64)> = fetch_tx!(tx, query_as.fetch_all,
        "SELECT e.account_id, a.kind, e.amount_minor FROM ledger_entries e \
         JOIN ledger_accounts a ON a.id = e.account_id WHERE e.txn_id = $1";
        txn)?;
    rows.into_iter()
        .map(|(id, kind, amount)| {
            let kind =
                AccountKind::parse(&kind).ok_or_else(|| StoreError::Invariant(format!("account kind {kind}")))?;
            Ok((Account { id, kind }, amount))
        })
        .collect()
}

/// What `refund` transactions referencing `reference` took out of `account` so far (a top-up's
/// partial reversals, to know what the next one still owes).
pub async fn taken_back(tx: &mut Tx, reference: &str, account: &Account) -> Result<i64, StoreError> {
    let (sum,): (i64,) = fetch_tx!(tx, query_as.fetch_one,
        "SELECT CAST(COALESCE(SUM(-e.amount_minor), 0) AS BIGINT) FROM ledger_entries e \
         JOIN ledger_txns t ON t.id = e.txn_id WHERE t.kind = 'refund' AND t.reference = $1 AND e.account_id = $2";
        reference, account.id)?;
    Ok(sum)
}

/// The currency of account `name` (`None` before its first movement).
pub async fn account_currency(db: &Db, name: &str) -> Result<Option<String>, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_optional, "SELECT currency FROM ledger_accounts WHERE name = $1"; name)?)
}

/// An account's cached balance, or `None` when it was never used.
pub async fn balance(db: &Db, name: &str) -> Result<Option<i64>, StoreError> {
    let row: Option<(i64,)> = fetch!(db, query_as.fetch_optional, "SELECT balance_minor FROM ledger_accounts WHERE name = $1";
        name)?;
    Ok(row.map(|r| r.0))
}

/// An account's balance inside a transaction (after locking it, the balance it will change from).
pub async fn balance_tx(tx: &mut Tx, name: &str) -> Result<Option<i64>, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_optional, "SELECT balance_minor FROM ledger_accounts WHERE name = $1"; name)?)
}

/// The movements of account `name`, newest first.
pub async fn history(db: &Db, name: &str, f: &HistoryFilter<'_>) -> Result<Vec<Movement>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT t.id AS txn_id, t.kind, t.reference, t.memo, e.amount_minor, e.created_at \
         FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id JOIN ledger_txns t ON t.id = e.txn_id \
         WHERE a.name = $1 AND ($2 IS NULL OR t.kind = $2) AND ($3 IS NULL OR e.created_at >= $3) \
           AND ($4 IS NULL OR e.created_at < $4) \
           AND ($5 IS NULL OR ($5 = 1 AND e.amount_minor > 0) OR ($5 = 0 AND e.amount_minor < 0)) \
         ORDER BY e.created_at DESC, e.id DESC LIMIT $6";
        name, f.kind, f.from.map(Timestamp::as_millis), f.until.map(Timestamp::as_millis), f.incoming.map(i64::from),
        f.limit)?)
}

/// Everything reconciliation found wrong; empty when the books hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Breaches {
    /// The sum of every entry ever (must be 0).
    pub entries_sum: i64,
    /// Transactions whose entries do not sum to zero, or that have none.
    pub unbalanced_txns: Vec<Uuid>,
    /// Accounts whose cached balance is not the sum of their entries: (name, cached, summed).
    pub balance_mismatches: Vec<(String, i64, i64)>,
    /// Wallets below zero.
    pub negative_wallets: Vec<String>,
    /// Paid payments not credited exactly once, and top-ups that belong to no paid payment.
    pub payment_mismatches: Vec<Uuid>,
}

impl Breaches {
    /// Each breach as one line an operator can act on (empty when the books hold).
    pub fn findings(&self) -> Vec<String> {
        let mut found = Vec::new();
        if self.entries_sum != 0 {
            found.push(format!("entries sum to {}", self.entries_sum));
        }
        found.extend(self.unbalanced_txns.iter().map(|t| format!("unbalanced transaction {t}")));
        found.extend(
            self.balance_mismatches.iter().map(|(a, cached, sum)| format!("{a}: balance {cached}, entries {sum}")),
        );
        found.extend(self.negative_wallets.iter().map(|w| format!("{w} below zero")));
        found.extend(self.payment_mismatches.iter().map(|p| format!("payment {p} not credited exactly once")));
        found
    }

    pub fn is_empty(&self) -> bool {
        self.entries_sum == 0
            && self.unbalanced_txns.is_empty()
            && self.balance_mismatches.is_empty()
            && self.negative_wallets.is_empty()
            && self.payment_mismatches.is_empty()
    }
}

/// Checks every invariant of docs/spec/billing.md §3 over the whole ledger.
pub async fn reconcile(db: &Db) -> Result<Breaches, StoreError> {
    // SUM over BIGINT is NUMERIC on PostgreSQL: cast back so both backends decode an i64.
    let (entries_sum,): (i64,) = fetch!(db, query_as.fetch_one,
        "SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM ledger_entries";)?;
    let unbalanced: Vec<(Uuid,)> = fetch!(db, query_as.fetch_all,
        "SELECT txn_id FROM ledger_entries GROUP BY txn_id HAVING SUM(amount_minor) <> 0 \
         UNION SELECT t.id FROM ledger_txns t WHERE NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e.txn_id = t.id)";)?;
    let mismatches: Vec<(String, i64, i64)> = fetch!(db, query_as.fetch_all,
        "SELECT a.name, a.balance_minor, CAST(COALESCE(SUM(e.amount_minor), 0) AS BIGINT) \
         FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id \
         GROUP BY a.id, a.name, a.balance_minor HAVING a.balance_minor <> COALESCE(SUM(e.amount_minor), 0)";)?;
    let negative: Vec<(String,)> = fetch!(db, query_as.fetch_all,
        "SELECT name FROM ledger_accounts WHERE may_go_negative = 0 AND balance_minor < 0";)?;
    let payments: Vec<(Uuid,)> = fetch!(db, query_as.fetch_all,
        // A credit is keyed by our reference (sandbox, bank transfer) or by the gateway's id of the
        // money (hosted gateways); a refunded payment keeps its credit beside the reversal.
        "SELECT p.id FROM payments p WHERE p.status IN ('paid', 'refunded') AND \
             (SELECT COUNT(*) FROM ledger_txns t WHERE t.kind = 'top_up' AND (t.external_key = p.gateway || ':' || p.gateway_ref \
                 OR t.external_key = p.gateway || ':' || p.gateway_payment_id)) <> 1 \
         UNION SELECT t.id FROM ledger_txns t WHERE t.kind = 'top_up' AND NOT EXISTS \
             (SELECT 1 FROM payments p WHERE p.txn_id = t.id AND p.status IN ('paid', 'refunded'))";)?;
    Ok(Breaches {
        entries_sum,
        unbalanced_txns: unbalanced.into_iter().map(|r| r.0).collect(),
        balance_mismatches: mismatches,
        negative_wallets: negative.into_iter().map(|r| r.0).collect(),
        payment_mismatches: payments.into_iter().map(|r| r.0).collect(),
    })
}
