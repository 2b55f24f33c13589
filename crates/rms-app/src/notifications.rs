//! Notifications: a use case records what happened for a person ([`record`], in its own
//! transaction), which stores it (the in-app list) and queues one delivery job per other channel
//! the person chose for that kind. A delivery renders the messages in the person's language and
//! hands them to that channel's [`Notifier`]; it is recorded once sent, and a job that runs
//! again finds the record and sends nothing.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use rms_core::notifications::{ChannelSet, NotificationKind, NotifyChannel, Preferences, ReleaseSubscription};
use rms_core::{Clock, Timestamp};
use rms_i18n::{Arg, Locale};
use rms_store::notifications::{self as store, NotificationRow};
use rms_store::{Db, Tx};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::accounts::Principal;
use crate::jobs::{self, Job};
use crate::{AppError, markdown};

pub mod unsubscribe;

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

/// A notification pushed to live streams: whose, and which (the stream renders it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pushed {
    pub user_id: Uuid,
    pub notification_id: Uuid,
}

pub type PublishFuture<'a> = Pin<Box<dyn Future<Output = ()> + Send + 'a>>;

/// Fans pushed notifications out to every node's live streams: in-process for one node, Redis
/// pub/sub across many. Best effort: a stream that misses one catches up when it reconnects
/// (`Last-Event-ID`), and the list is always in the store.
pub trait Broadcast: Send + Sync + 'static {
    fn publish(&self, pushed: Pushed) -> PublishFuture<'_>;
    fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Pushed>;
}

/// The broadcast of one process: enough when the API and the worker run in one process (the
/// embedded default); several nodes share Redis's (rms-notify).
pub struct LocalBroadcast(tokio::sync::broadcast::Sender<Pushed>);

impl Default for LocalBroadcast {
    fn default() -> Self {
        Self(tokio::sync::broadcast::channel(1024).0)
    }
}

impl LocalBroadcast {
    /// Hands `pushed` to this process's streams (none listening is fine).
    pub fn send(&self, pushed: Pushed) {
        let _ = self.0.send(pushed);
    }
}

impl Broadcast for LocalBroadcast {
    fn publish(&self, pushed: Pushed) -> PublishFuture<'_> {
        self.send(pushed);
        Box::pin(async {})
    }

    fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Pushed> {
        self.0.subscribe()
    }
}

/// The in-app channel: its delivery is the push to live streams.
pub struct InAppNotifier(pub Arc<dyn Broadcast>);

impl Notifier for InAppNotifier {
    fn channel(&self) -> NotifyChannel {
        NotifyChannel::InApp
    }

    fn deliver<'a>(&'a self, to: &'a Recipient, message: &'a Message) -> DeliverFuture<'a> {
        Box::pin(async move {
            self.0.publish(Pushed { user_id: to.user_id, notification_id: message.id }).await;
            Ok(())
        })
    }
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

/// The arguments a notification's messages may take, by name (Fluent wants them `'static`).
const ARGS: [&str; 16] = [
    "product",
    "plan",
    "device",
    "version",
    "channel",
    "days",
    "key_name",
    "invoice",
    "status",
    "link",
    "count",
    "reference",
    "gateway",
    "headline",
    "text",
    "reason",
];

/// Sums among the arguments: (argument, minor units, currency) as the data names them.
const MONEY: [(&str, &str, &str); 2] =
    [("amount", "amount_minor", "currency"), ("paid", "paid_minor", "paid_currency")];

/// A notification as the in-app list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub id: Uuid,
    pub kind: NotificationKind,
    pub title: String,
    pub body: String,
    pub link: Option<String>,
    pub created_at: Timestamp,
    pub read: bool,
}

/// A page of the in-app list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inbox {
    pub unread: i64,
    pub items: Vec<Shown>,
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

    /// The arguments of a stored notification, with the person's name (an amount stored as
    /// `amount_minor` and `currency` written the person's way), and its link.
    fn args(&self, data: &str, name: &str, locale: Locale) -> (Vec<(&'static str, Arg)>, Option<String>) {
        let data: serde_json::Map<String, serde_json::Value> = serde_json::from_str(data).unwrap_or_default();
        let link = data.get("link").and_then(|l| l.as_str()).map(|l| format!("{}{l}", self.base_url));
        let mut args = vec![("name", Arg::from(name))];
        // Sums are stored as minor units and a currency, and written the person's way.
        for (arg, minor, currency) in MONEY {
            let minor = data.get(minor).and_then(serde_json::Value::as_i64);
            let currency = data.get(currency).and_then(|c| c.as_str()).and_then(|c| rms_core::Currency::parse(c).ok());
            if let (Some(minor), Some(currency)) = (minor, currency) {
                args.push((arg, Arg::from(locale.format_money(rms_core::Money::new(minor, currency)))));
            }
        }
        // A day stored as milliseconds (`date_ms`), written the person's way.
        if let Some(ms) = data.get("date_ms").and_then(serde_json::Value::as_i64) {
            args.push(("date", Arg::from(locale.format_date(Timestamp::from_millis(ms)))));
        }
        // A product or plan name the vendor translated, in the reader's language.
        let translated = |key: &str| {
            data.get("names").and_then(|n| n.get(key)).and_then(|n| n.get(locale.tag())).and_then(|n| n.as_str())
        };
        for key in ARGS {
            if let Some(name) = translated(key) {
                args.push((key, Arg::from(name)));
                continue;
            }
            match data.get(key) {
                Some(serde_json::Value::String(s)) => {
                    let value = if key == "link" { format!("{}{s}", self.base_url) } else { s.clone() };
                    args.push((key, Arg::from(value)));
                }
                Some(serde_json::Value::Number(n)) => args.push((key, Arg::Number(n.as_i64().unwrap_or_default()))),
                _ => {}
            }
        }
        (args, link)
    }

    /// Who emails come from: the store's name (else the seller's), and the address of its logo
    /// when one is set (the digest in it changes with the logo, so no mail client
    /// shows a stale one).
    pub async fn brand(&self) -> Result<Brand, AppError> {
        let brand = crate::brand::Brand::from_pairs(&rms_store::billing::settings(&self.db).await?);
        let logo = brand.logo_version.as_ref().map(|v| format!("{}/brand/logo?v={v}", self.base_url));
        let sender = brand.sender_name().map(str::to_owned);
        Ok(Brand { name: brand.display_name, logo, sender })
    }

    /// Renders notification `n` for `to`.
    pub fn render(&self, n: &NotificationRow, to: &Recipient, brand: &Brand) -> Message {
        let locale = to.locale;
        let (args, link) = self.args(&n.data, &to.name, locale);
        let subject = locale.t_args(&format!("notify-{}-subject", n.kind), &args);
        let body = body_of(locale, n.kind, &args);
        let unsubscribe = (!n.kind.is_security()).then(|| self.unsubscribe.link(&self.base_url, to.user_id, n.kind));
        let mut text = body.clone();
        if let Some(link) = &link {
            text.push_str(&format!("\n\n{link}"));
        }
        let footer = locale.t_args("notify-footer", &[("seller", Arg::from(brand.name.as_str()))]);
        text.push_str(&format!("\n\n-- \n{footer}"));
        if let Some(u) = &unsubscribe {
            text.push_str(&format!("\n{}: {u}", locale.t("notify-unsubscribe")));
        }
        let html = html_document(locale, brand, &subject, &body, link.as_deref(), &footer, unsubscribe.as_deref());
        // Fluent isolates arguments with invisible marks: HTML renders them, but plain-text
        // clients and Telegram may show them.
        let plain = rms_i18n::without_isolation;
        Message {
            id: n.id,
            kind: n.kind,
            subject: plain(&subject),
            text: plain(&text),
            html,
            unsubscribe,
            from_name: brand.sender.clone(),
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

    /// The caller's in-app notifications, newest first (`before`: the page after that id).
    pub async fn inbox(&self, who: &Principal, before: Option<Uuid>, limit: i64) -> Result<Inbox, AppError> {
        if !who.may(rms_core::account::Scope::Read) {
            return Err(AppError::Forbidden);
        }
        let user = self.names.by_id(who.user_id).await?.ok_or(AppError::NotFound)?;
        let locale = Locale::parse(&user.locale).unwrap_or_else(Locale::english);
        let rows = store::in_app(&self.db, who.user_id, before, limit.clamp(1, 100)).await?;
        let items = rows.iter().map(|n| self.show(n, locale, &user.name)).collect();
        Ok(Inbox { unread: store::unread(&self.db, who.user_id).await?, items })
    }

    fn show(&self, n: &NotificationRow, locale: Locale, name: &str) -> Shown {
        let (args, link) = self.args(&n.data, name, locale);
        Shown {
            id: n.id,
            kind: n.kind,
            title: locale.t_args(&format!("notify-{}-subject", n.kind), &args),
            body: body_of(locale, n.kind, &args),
            link,
            created_at: n.created_at,
            read: n.read_at.is_some(),
        }
    }

    /// Live pushes, for streams (each stream keeps those of its own person).
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Pushed> {
        self.broadcast.subscribe()
    }

    /// Publishes a notification to live streams (the in-app channel's delivery).
    pub async fn push(&self, pushed: Pushed) {
        self.broadcast.publish(pushed).await;
    }

    /// The caller's in-app notifications after `after` (oldest first, at most 100): what a
    /// stream that reconnects with `Last-Event-ID` missed. `None`: the caller's notification
    /// `only` if it is one of theirs.
    pub async fn for_stream(
        &self,
        who: &Principal,
        after: Option<Uuid>,
        only: Option<Uuid>,
    ) -> Result<Vec<Shown>, AppError> {
        if !who.may(rms_core::account::Scope::Read) {
            return Err(AppError::Forbidden);
        }
        let user = self.names.by_id(who.user_id).await?.ok_or(AppError::NotFound)?;
        let locale = Locale::parse(&user.locale).unwrap_or_else(Locale::english);
        let rows = match (after, only) {
            (_, Some(id)) => store::get(&self.db, id)
                .await?
                .into_iter()
                .filter(|n| n.user_id == who.user_id && n.in_app == 1)
                .collect(),
            (Some(after), None) => store::in_app_after(&self.db, who.user_id, after, 100).await?,
            (None, None) => Vec::new(),
        };
        Ok(rows.iter().map(|n| self.show(n, locale, &user.name)).collect())
    }

    /// How many of `user`'s in-app notifications are unread (the header's bell).
    pub async fn unread(&self, user: Uuid) -> Result<i64, AppError> {
        Ok(store::unread(&self.db, user).await?)
    }

    /// Marks the caller's notifications read: `ids`, or all of them.
    pub async fn mark_read(&self, who: &Principal, ids: Option<&[Uuid]>) -> Result<u64, AppError> {
        if !who.may(rms_core::account::Scope::Read) {
            return Err(AppError::Forbidden);
        }
        Ok(store::mark_read(&self.db, who.user_id, ids, self.clock.now()).await?)
    }

    /// The caller's channel matrix.
    pub async fn preferences(&self, who: &Principal) -> Result<Vec<(NotificationKind, ChannelSet)>, AppError> {
        if !who.may(rms_core::account::Scope::Read) {
            return Err(AppError::Forbidden);
        }
        Ok(Preferences::from_stored(store::preferences(&self.db, who.user_id).await?).matrix())
    }

    /// Changes the caller's choices for the kinds named; refused whole (nothing changes) when a
    /// kind is unknown or a security notice would reach them on no channel.
    pub async fn set_preferences(
        &self,
        who: &Principal,
        changes: &BTreeMap<String, ChannelSet>,
    ) -> Result<Vec<(NotificationKind, ChannelSet)>, AppError> {
        // Like every account change, the person's, not an integration's key.
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let current = Preferences::from_stored(store::preferences(&self.db, who.user_id).await?);
        let next = current.with(changes).map_err(|e| match e {
            rms_core::notifications::PreferenceError::UnknownKind(_) => {
                AppError::Invalid { field: "kind", reason: rms_core::account::InvalidInput::Range }
            }
            rms_core::notifications::PreferenceError::SecuritySilenced(_) => {
                AppError::Invalid { field: "security", reason: rms_core::account::InvalidInput::Range }
            }
        })?;
        let chosen: Vec<_> = next.chosen().collect();
        store::put_preferences(&self.db, who.user_id, &chosen).await?;
        Ok(next.matrix())
    }

    /// What the caller hears of each product they hold a license of: the release channel they
    /// follow and where the news reaches them (the defaults where they never chose).
    pub async fn release_subscriptions(&self, who: &Principal) -> Result<Vec<ProductSubscription>, AppError> {
        if !who.may(rms_core::account::Scope::Read) {
            return Err(AppError::Forbidden);
        }
        let prefs = Preferences::from_stored(store::preferences(&self.db, who.user_id).await?);
        let chosen = store::subscriptions(&self.db, who.user_id).await?;
        let products = rms_store::catalog::products_of_owner(&self.db, who.user_id).await?;
        Ok(products
            .into_iter()
            .map(|p| {
                let row = chosen.iter().find(|r| r.product_id == p.id);
                ProductSubscription {
                    product_id: p.id,
                    product_slug: p.slug,
                    product_name: p.name,
                    translations: p.translations.0,
                    subscription: row.map_or_else(|| ReleaseSubscription::default_for(&prefs), subscription_of),
                    chosen: row.is_some(),
                }
            })
            .collect())
    }

    /// Sets what the caller hears of `product`'s new versions (a product they hold a license of).
    pub async fn set_release_subscription(
        &self,
        who: &Principal,
        product: Uuid,
        choice: ReleaseSubscription,
    ) -> Result<ProductSubscription, AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let products = rms_store::catalog::products_of_owner(&self.db, who.user_id).await?;
        let p = products.into_iter().find(|p| p.id == product).ok_or(AppError::NotFound)?;
        let row = store::SubscriptionRow {
            user_id: who.user_id,
            product_id: p.id,
            release_channel: choice.follows.map(|c| c.as_str().to_owned()),
            email: i64::from(choice.delivery.email),
            telegram: i64::from(choice.delivery.telegram),
            in_app: i64::from(choice.delivery.in_app),
            updated_at: self.clock.now(),
        };
        store::put_subscription(&self.db, &row).await?;
        Ok(ProductSubscription {
            product_id: p.id,
            product_slug: p.slug,
            product_name: p.name,
            translations: p.translations.0,
            subscription: choice,
            chosen: true,
        })
    }

    /// Queues an announcement (admins; audited): a `marketing` notification to everyone who
    /// chose to hear them (off by default), or with `product` those of them holding a license of
    /// it. The headline (at most 150 characters) and the text (at most 5 000) go out as written.
    /// Answers the announcement's id.
    pub async fn announce(
        &self,
        who: &Principal,
        headline: &str,
        text: &str,
        product: Option<Uuid>,
        meta: &crate::RequestMeta,
    ) -> Result<Uuid, AppError> {
        crate::accounts::admin_only(who)?;
        let range = |field: &'static str| AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range };
        let (headline, text) = (headline.trim(), text.trim());
        if headline.is_empty() || headline.chars().count() > 150 || headline.chars().any(char::is_control) {
            return Err(range("headline"));
        }
        if text.is_empty() || text.chars().count() > 5_000 {
            return Err(range("text"));
        }
        if let Some(id) = product {
            rms_store::catalog::product(&self.db, id).await?.ok_or(AppError::NotFound)?;
        }
        let now = self.clock.now();
        let id = Uuid::now_v7();
        let job = jobs::Announce { id, headline: headline.to_owned(), text: text.to_owned(), product_id: product };
        let mut tx = self.db.begin().await?;
        jobs::enqueue(&mut tx, now, &job).await?;
        let details = serde_json::json!({ "headline": headline, "product": product });
        let entry = meta.audit(Some(who.user_id), "admin.announcement.sent", ("announcement", id.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The announcement job: records it for every person who chose to hear announcements, a
    /// batch per transaction; a job that runs again skips whoever has it already. Answers how
    /// many were told.
    pub async fn run_announcement(&self, job: jobs::Announce) -> Result<u64, AppError> {
        let data = serde_json::json!({ "headline": job.headline, "text": job.text, "link": "/store" });
        let mut after = None;
        let mut told = 0;
        loop {
            let batch = store::opted_in(&self.db, NotificationKind::Marketing, job.product_id, after, 500).await?;
            let Some(last) = batch.last().copied() else { return Ok(told) };
            let now = self.clock.now();
            let mut tx = self.db.begin().await?;
            for user in &batch {
                let dedupe = Some(format!("marketing:{}:{user}", job.id));
                if record(&mut tx, now, *user, NotificationKind::Marketing, data.clone(), dedupe).await?.is_some() {
                    told += 1;
                }
            }
            tx.commit().await?;
            after = Some(last);
        }
    }

    /// How many people would hear an announcement now (the admin page says so before sending).
    pub async fn audience(&self, who: &Principal) -> Result<i64, AppError> {
        crate::accounts::admin_only(who)?;
        Ok(store::count_opted_in(&self.db, NotificationKind::Marketing).await?)
    }

    /// One-click unsubscribe from `kind`'s emails with a link's token.
    pub async fn unsubscribe(&self, user: Uuid, kind: &str, signature: &str) -> Result<NotificationKind, AppError> {
        let kind = NotificationKind::parse(kind).map_err(|_| AppError::InvalidLinkToken)?;
        if !self.unsubscribe.check(user, kind, signature) || kind.is_security() {
            return Err(AppError::InvalidLinkToken);
        }
        turn_off(&self.db, user, NotifyChannel::Email, &[kind]).await?;
        Ok(kind)
    }
}

/// A stored product choice as the domain reads it (an unknown channel word: not followed).
pub(crate) fn subscription_of(row: &store::SubscriptionRow) -> ReleaseSubscription {
    ReleaseSubscription {
        follows: row.release_channel.as_deref().and_then(|c| rms_core::releases::Channel::parse(c).ok()),
        delivery: ChannelSet { email: row.email == 1, telegram: row.telegram == 1, in_app: row.in_app == 1 },
    }
}

/// What a person hears of one product's new versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductSubscription {
    pub product_id: Uuid,
    pub product_slug: String,
    pub product_name: String,
    /// The product's words in other languages (its name in them).
    pub translations: rms_core::product::CatalogTexts,
    pub subscription: ReleaseSubscription,
    /// Whether they chose (or these are the defaults).
    pub chosen: bool,
}

impl ProductSubscription {
    /// The product's name for a reader of `tag`.
    pub fn name_in(&self, tag: &str) -> &str {
        crate::catalog::name_in(&self.translations, tag, &self.product_name)
    }
}

/// Turns `channel` off for `kinds` of `user` (a security kind left on nothing keeps the app).
pub(crate) async fn turn_off(
    db: &Db,
    user: Uuid,
    channel: NotifyChannel,
    kinds: &[NotificationKind],
) -> Result<(), AppError> {
    let next = Preferences::from_stored(store::preferences(db, user).await?).without(channel, kinds);
    store::put_preferences(db, user, &next.chosen().collect::<Vec<_>>()).await?;
    // Product choices carry their own channels: off there too, or news would keep coming.
    if kinds.contains(&NotificationKind::ReleasePublished) {
        store::subscriptions_without(db, user, channel).await?;
    }
    Ok(())
}

/// A notification's body: its message, and its `-details` paragraph when the stored data has
/// every argument that one needs (a lookup that cannot be filled answers its key).
fn body_of(locale: Locale, kind: NotificationKind, args: &[(&'static str, Arg)]) -> String {
    let body = locale.t_args(&format!("notify-{kind}-body"), args);
    let key = format!("notify-{kind}-details");
    match locale.t_args(&key, args) {
        details if details == key => body,
        details => format!("{body}\n\n{details}"),
    }
}

/// The seller the emails speak for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Brand {
    pub name: String,
    /// Where their logo is served, if they set one.
    pub logo: Option<String>,
    /// The name emails go out under, once the store or seller is named.
    pub sender: Option<String>,
}

/// The HTML part: the same words as the text part, in the person's language and direction,
/// under the seller's logo or name.
fn html_document(
    locale: Locale,
    brand: &Brand,
    subject: &str,
    body: &str,
    link: Option<&str>,
    footer: &str,
    unsubscribe: Option<&str>,
) -> String {
    let e = markdown::escape;
    let paragraphs: String = body.split("\n\n").map(|p| format!("<p>{}</p>\n", e(p).replace('\n', "<br>"))).collect();
    let button = link
        .map(|l| {
            format!("<p><a href=\"{}\" style=\"font-weight:bold\">{}</a></p>\n", e(l), e(&locale.t("notify-open")))
        })
        .unwrap_or_default();
    let unsub = unsubscribe
        .map(|u| format!(" · <a href=\"{}\">{}</a>", e(u), e(&locale.t("notify-unsubscribe"))))
        .unwrap_or_default();
    let header = match &brand.logo {
        Some(src) => format!("<p><img src=\"{}\" alt=\"{}\" style=\"max-height:48px\"></p>\n", e(src), e(&brand.name)),
        None => format!("<p style=\"font-size:large;font-weight:bold\">{}</p>\n", e(&brand.name)),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n\
         <body style=\"font-family:'Noto Sans',Arial,sans-serif;line-height:1.5\">\n{header}{paragraphs}{button}\
         <hr><p style=\"color:#666;font-size:small\">{footer}{unsub}</p>\n</body></html>\n",
        lang = locale.tag(),
        dir = locale.dir().as_str(),
        title = e(subject),
        footer = e(footer),
    )
}
