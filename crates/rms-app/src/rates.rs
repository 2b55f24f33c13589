//! Exchange rates to the base currency (docs/spec/billing.md §1): a table of rates with their source and
//! time, set by admins in the embedded default, and a [`RateProvider`] port that a gateway or a
//! rate service fills. The rate a conversion used is recorded with its source.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use rms_core::account::InvalidInput;
use rms_core::billing::Rate;
use rms_core::{Clock, Currency, Money, Timestamp};
use rms_store::Db;
use rms_store::billing::{self, RateRow};
use serde_json::json;

use crate::accounts::{Principal, admin_only};
use crate::{AppError, RequestMeta};

/// A rate with where it came from and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedRate {
    pub currency: Currency,
    pub rate: Rate,
    /// `admin`, `base`, or the provider's name.
    pub source: String,
    pub at: Timestamp,
}

pub type RateFuture<'a> = Pin<Box<dyn Future<Output = Result<Option<QuotedRate>, String>> + Send + 'a>>;

/// Where live rates come from (a gateway's own quote, a rate service). `None`: no rate for it.
pub trait RateProvider: Send + Sync {
    fn rate(&self, currency: Currency) -> RateFuture<'_>;
}

#[derive(Clone)]
pub struct Rates {
    db: Db,
    clock: Arc<dyn Clock>,
    base: Currency,
    provider: Option<Arc<dyn RateProvider>>,
}

fn quoted(row: RateRow) -> Option<QuotedRate> {
    Some(QuotedRate {
        currency: Currency::parse(&row.currency).ok()?,
        rate: Rate::parse(&row.rate)?,
        source: row.source,
        at: row.fetched_at,
    })
}

impl Rates {
    /// Rates for `base`; `provider` is asked first when there is one.
    pub fn new(db: Db, clock: Arc<dyn Clock>, base: Currency, provider: Option<Arc<dyn RateProvider>>) -> Self {
        Self { db, clock, base, provider }
    }

    /// Sets the rate of `currency` by hand (`rate` units of it per one unit of the base). Audited.
    pub async fn set(
        &self,
        who: &Principal,
        currency: &str,
        rate: &str,
        meta: &RequestMeta,
    ) -> Result<QuotedRate, AppError> {
        admin_only(who)?;
        let currency = Currency::parse(currency.trim())
            .map_err(|_| AppError::Invalid { field: "currency", reason: InvalidInput::Range })?;
        if currency == self.base {
            return Err(AppError::Invalid { field: "currency", reason: InvalidInput::Range });
        }
        let rate = Rate::parse(rate).ok_or(AppError::Invalid { field: "rate", reason: InvalidInput::Range })?;
        let now = self.clock.now();
        let row = RateRow {
            currency: currency.as_str().to_owned(),
            rate: rate.to_decimal_string(),
            source: "admin".into(),
            fetched_at: now,
        };
        billing::set_rate(&self.db, &row).await?;
        let details = json!({ "rate": row.rate, "base": self.base.as_str() });
        let entry =
            meta.audit(Some(who.user_id), "admin.currency_rate.set", ("currency", row.currency.clone()), details);
        crate::audit_alone(&self.db, &entry, now).await?;
        Ok(QuotedRate { currency, rate, source: row.source, at: now })
    }

    /// Every recorded rate (admins).
    pub async fn list(&self, who: &Principal) -> Result<Vec<QuotedRate>, AppError> {
        admin_only(who)?;
        Ok(billing::rates(&self.db).await?.into_iter().filter_map(quoted).collect())
    }

    /// The rate to convert `currency` with now: the provider's (recorded, so the table says what
    /// was used), else the last recorded one. The base currency converts at 1.
    pub async fn current(&self, currency: Currency) -> Result<QuotedRate, AppError> {
        let now = self.clock.now();
        if currency == self.base {
            let one = Rate::parse("1").ok_or_else(|| AppError::Internal("rate 1".into()))?;
            return Ok(QuotedRate { currency, rate: one, source: "base".into(), at: now });
        }
        if let Some(provider) = &self.provider {
            match provider.rate(currency).await {
                Ok(Some(q)) => {
                    let row = RateRow {
                        currency: currency.as_str().to_owned(),
                        rate: q.rate.to_decimal_string(),
                        source: q.source.clone(),
                        fetched_at: q.at,
                    };
                    billing::set_rate(&self.db, &row).await?;
                    return Ok(q);
                }
                Ok(None) => {}
                Err(e) => {
                    tracing::warn!(currency = currency.as_str(), error = %e, "rate provider failed; using the recorded rate")
                }
            }
        }
        billing::rates(&self.db)
            .await?
            .into_iter()
            .filter(|r| r.currency == currency.as_str())
            .find_map(quoted)
            .ok_or(AppError::Invalid { field: "currency", reason: InvalidInput::Range })
    }

    /// `amount` in the base currency at the current rate, with the rate used.
    pub async fn to_base(&self, amount: Money) -> Result<(Money, QuotedRate), AppError> {
        self.to_base_quoted(amount, None).await
    }

    /// `amount` in the base currency at `quote` (a gateway's own rate for this payment) when
    /// there is one, else at the current rate; with the rate used.
    pub async fn to_base_quoted(
        &self,
        amount: Money,
        quote: Option<QuotedRate>,
    ) -> Result<(Money, QuotedRate), AppError> {
        let rate = match quote.filter(|q| q.currency == amount.currency) {
            Some(q) => q,
            None => self.current(amount.currency).await?,
        };
        let converted = rate
            .rate
            .to_base(amount, self.base)
            .ok_or(AppError::Invalid { field: "amount_minor", reason: InvalidInput::Range })?;
        Ok((converted, rate))
    }
}
