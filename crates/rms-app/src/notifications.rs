//! Notifications: a use case records what happened for a person ([`record`], in its own
//! transaction), which stores it (the in-app list) and queues one delivery job per other channel
//! the person chose for that kind. A delivery renders the messages in the person's language and
//! hands them to that channel's [`Notifier`]; it is recorded once sent, and a job that runs
//! again finds the record and sends nothing.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use rms_core::notifications::{ChannelSet, NotificationKind, NotifyChannel, Preferences};
use rms_core::{Clock, Timestamp};
use rms_i18n::Locale;
use rms_store::notifications::{self as store, NotificationRow};
use rms_store::{Db, Tx};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::AppError;
use crate::jobs::{self, Job};

mod announcements;
mod broadcast;
mod inbox;
mod preferences;
mod render;
pub mod unsubscribe;

pub use broadcast::{Broadcast, InAppNotifier, LocalBroadcast, PublishFuture, Pushed};
pub use inbox::{Inbox, Shown};
pub use preferences::ProductSubscription;
pub(crate) use preferences::{subscription_of, turn_off};
pub use render::Brand;
pub use unsubscribe::UnsubscribeKey;

/// Who a notification goes to.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub user_id: Uuid,
    pub email: String,
    pub name: String,
    pub locale: Locale,
}

/// A notification rendered for one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// The notification's id: the same on every channel and every retry (email uses it for its
    /// `Message-ID`, so a receiving server can drop a duplicate).
    pub id: Uuid,
    pub kind: NotificationKind,
    pub subject: String,
    pub text: String,
    /// A whole HTML document in the person's language and direction.
    pub html: String,
    /// One-click unsubscribe (RFC 8058) for this kind, on every kind but security notices.
    pub unsubscribe: Option<String>,
    /// The name the email is sent under (the store's); `None`: the configured sender's.
    pub from_name: Option<String>,
}

/// Why a channel did not take a message.
#[derive(Debug, thiserror::Error)]
pub enum DeliverError {
    /// Try again later (the server is down, a rate limit).
    #[error("{0}")]
    Retry(String),
}

pub type DeliverFuture<'a> = Pin<Box<dyn Future<Output = Result<(), DeliverError>> + Send + 'a>>;

/// One channel's way out (rms-notify has one module per channel).
pub trait Notifier: Send + Sync + 'static {
    fn channel(&self) -> NotifyChannel;
    fn deliver<'a>(&'a self, to: &'a Recipient, message: &'a Message) -> DeliverFuture<'a>;
}

/// A delivery on one channel (queued by [`record`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deliver {
    pub notification_id: Uuid,
    pub channel: NotifyChannel,
}

impl Job for Deliver {
    const KIND: &'static str = "notifications.deliver";

    fn idempotency_key(&self) -> Option<String> {
        Some(format!("notifications.deliver:{}:{}", self.notification_id, self.channel))
    }
}

/// Records notification `kind` for `user` with `data` (its messages' arguments) inside `tx`;
/// `dedupe` keeps one event from being recorded twice. Answers the id when it was recorded.
pub async fn record(
    tx: &mut Tx,
    now: Timestamp,
    user: Uuid,
    kind: NotificationKind,
    data: serde_json::Value,
    dedupe: Option<String>,
) -> Result<Option<Uuid>, AppError> {
    record_on(tx, now, user, kind, data, dedupe, None).await
}

/// [`record`] on `chosen` channels, when given, instead of the person's choice for `kind` (a
/// release of a product whose news they chose channels for).
pub async fn record_on(
    tx: &mut Tx,
    now: Timestamp,
    user: Uuid,
    kind: NotificationKind,
    data: serde_json::Value,
    dedupe: Option<String>,
    chosen: Option<ChannelSet>,
) -> Result<Option<Uuid>, AppError> {
    let channels = match chosen {
        Some(set) => set,
        None => Preferences::from_stored(store::preferences_tx(tx, user).await?).channels(kind),
    };
    let row = NotificationRow {
        id: Uuid::now_v7(),
        user_id: user,
        kind,
        data: data.to_string(),
        in_app: i64::from(channels.in_app),
        created_at: now,
        read_at: None,
    };
    if !store::insert(tx, &row, dedupe.as_deref()).await? {
        return Ok(None);
    }
    // In the app, the delivery is the push to live streams (the row is the list already).
    for channel in channels.channels() {
        jobs::enqueue(tx, now, &Deliver { notification_id: row.id, channel }).await?;
    }
    Ok(Some(row.id))
}

/// Puts `name` under `key` (`product`, `plan`) in a notification's data, with its translations
/// under `names.<key>.<tag>`: the notice is written once, read later in each reader's language.
pub(crate) fn name_in_languages(
    data: &mut serde_json::Value,
    key: &str,
    name: &str,
    translations: &rms_core::product::CatalogTexts,
) {
    data[key] = serde_json::Value::from(name);
    let names: serde_json::Map<String, serde_json::Value> = translations
        .iter()
        .filter(|(_, t)| !t.name.trim().is_empty())
        .map(|(tag, t)| (tag.clone(), serde_json::Value::from(t.name.as_str())))
        .collect();
    if !names.is_empty() {
        data["names"][key] = serde_json::Value::Object(names);
    }
}

#[derive(Clone)]
pub struct Notifications {
    db: Db,
    clock: Arc<dyn Clock>,
    notifiers: Arc<Vec<Arc<dyn Notifier>>>,
    broadcast: Arc<dyn Broadcast>,
    unsubscribe: UnsubscribeKey,
    /// Where links point, without a trailing slash.
    base_url: String,
    /// Opens the recipients' names (messages greet them).
    names: crate::names::Names,
}

impl Notifications {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        notifiers: Vec<Arc<dyn Notifier>>,
        broadcast: Arc<dyn Broadcast>,
        unsubscribe: UnsubscribeKey,
        base_url: &str,
        names: crate::names::Names,
    ) -> Self {
        Self {
            names,
            db,
            clock,
            notifiers: Arc::new(notifiers),
            broadcast,
            unsubscribe,
            base_url: base_url.trim_end_matches('/').to_owned(),
        }
    }

    /// The delivery job: sends notification `job.notification_id` on `job.channel` unless that
    /// was done already (or the channel is not set up here, or the person is gone).
    pub async fn deliver(&self, job: Deliver) -> Result<bool, AppError> {
        if store::delivered(&self.db, job.notification_id, job.channel).await? {
            return Ok(false);
        }
        let Some(n) = store::get(&self.db, job.notification_id).await? else { return Ok(false) };
        let Some(notifier) = self.notifiers.iter().find(|x| x.channel() == job.channel) else {
            tracing::info!(channel = %job.channel, "no notifier for this channel here; nothing sent");
            return Ok(false);
        };
        let Some(user) = self.names.by_id(n.user_id).await? else { return Ok(false) };
        let to = Recipient {
            user_id: user.id,
            email: user.email.clone(),
            name: user.name.clone(),
            locale: Locale::parse(&user.locale).unwrap_or_else(Locale::english),
        };
        let message = self.render(&n, &to, &self.brand().await?);
        notifier.deliver(&to, &message).await.map_err(|e| AppError::Internal(format!("{}: {e}", job.channel)))?;
        // Recorded once sent and before the job is acknowledged: a job that runs again stops above.
        store::record_delivery(&self.db, n.id, job.channel, self.clock.now()).await?;
        Ok(true)
    }
}
