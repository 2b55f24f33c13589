//! Telegram: an admin sets the bot up (its token is checked with `getMe` and sealed at rest);
//! people link their account from a one-time `https://t.me/<bot>?start=<token>` link (15
//! minutes); the bot confirms in the chat, and `/stop` (or unlinking from the page) ends it.
//! Updates arrive by webhook when the public URL is https (`setWebhook` with a secret token the
//! webhook checks), otherwise the worker polls `getUpdates`. Notifications people chose for
//! Telegram go out through [`TelegramNotifier`]: a bot the person blocked unlinks them and turns
//! the channel off; Telegram's 429 `retry_after` is waited out.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use rms_core::notifications::{NotificationKind, NotifyChannel};
use rms_core::{Clock, Timestamp};
use rms_crypto::{MasterKeyRing, token};
use rms_i18n::{Arg, Locale};
use rms_store::Db;
use rms_store::telegram::{self as store, BotRow};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::accounts::Principal;
use crate::notifications::{DeliverError, DeliverFuture, Message, Notifier, Recipient};
use crate::{AppError, RequestMeta};

/// How long a link made on the account page works.
pub const LINK_TTL: Duration = Duration::from_secs(15 * 60);
/// Telegram's own API, unless the admin names another (a local Bot API server, a test's fake).
pub const DEFAULT_API: &str = "https://api.telegram.org";
/// The longest `retry_after` waited out inside a delivery; longer ones go back to the queue.
const MAX_WAIT: Duration = Duration::from_secs(30);

const TOKEN_AAD: &[u8] = b"telegram_bot/token_sealed";

/// What Telegram answered other than `ok`.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error("Telegram is unreachable: {0}")]
    Unavailable(String),
    #[error("Telegram refused ({code}): {description}")]
    Refused { code: i64, description: String, retry_after: Option<u64> },
}

pub type BotFuture<'a> = Pin<Box<dyn Future<Output = Result<Value, BotError>> + Send + 'a>>;

/// The Bot API: `POST {base}/bot{token}/{method}` with a JSON body, answering `result`.
pub trait BotApi: Send + Sync + 'static {
    fn call<'a>(&'a self, base: &'a str, token: &'a str, method: &'a str, body: Value) -> BotFuture<'a>;
}

/// The bot as admins see it (never its token).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BotView {
    pub username: String,
    pub api_base: String,
    pub admin_chat_id: Option<i64>,
    /// `webhook` or `polling`.
    pub mode: String,
}

/// What an admin sets.
#[derive(Clone, Debug, Default)]
pub struct BotSettings<'a> {
    /// Empty: keep the bot set up already.
    pub bot_token: &'a str,
    pub api_base_url: Option<&'a str>,
    pub admin_chat_id: Option<i64>,
}

#[derive(Clone)]
pub struct Telegram {
    db: Db,
    clock: Arc<dyn Clock>,
    ring: MasterKeyRing,
    api: Arc<dyn BotApi>,
    /// The public URL, without a trailing slash (the webhook's address is built from it).
    link_base: String,
}

fn view(b: &BotRow) -> BotView {
    BotView {
        username: b.username.clone(),
        api_base: b.api_base.clone(),
        admin_chat_id: b.admin_chat_id,
        mode: b.mode.clone(),
    }
}

fn admin(who: &Principal) -> Result<(), AppError> {
    who.require_staff(rms_core::account::Scope::Admin)?;
    if who.role == rms_core::account::Role::Admin { Ok(()) } else { Err(AppError::Forbidden) }
}

impl Telegram {
    pub fn new(db: Db, clock: Arc<dyn Clock>, ring: MasterKeyRing, api: Arc<dyn BotApi>, link_base: &str) -> Self {
        Self { db, clock, ring, api, link_base: link_base.trim_end_matches('/').to_owned() }
    }

    /// The bot and its opened token, when one is set up.
    async fn bot(&self) -> Result<Option<(BotRow, String)>, AppError> {
        let Some(row) = store::bot(&self.db).await? else { return Ok(None) };
        let token = self
            .ring
            .open(&row.token_sealed, TOKEN_AAD)
            .map_err(|e| AppError::Internal(format!("the Telegram token cannot be opened: {e}")))?;
        let token = String::from_utf8(token).map_err(|_| AppError::Internal("a malformed Telegram token".into()))?;
        Ok(Some((row, token)))
    }

    /// The bot's @username when one is set up (pages offer linking to it then).
    pub async fn available(&self) -> Result<Option<String>, AppError> {
        Ok(store::bot(&self.db).await?.map(|b| b.username))
    }

    pub async fn settings(&self, who: &Principal) -> Result<Option<BotView>, AppError> {
        admin(who)?;
        Ok(store::bot(&self.db).await?.as_ref().map(view))
    }

    /// Sets the bot up: the token must answer `getMe`; updates then come by webhook (https
    /// public URL) or polling.
    pub async fn configure(
        &self,
        who: &Principal,
        s: &BotSettings<'_>,
        meta: &RequestMeta,
    ) -> Result<BotView, AppError> {
        admin(who)?;
        // No token given: the one set up already (changing the admin chat keeps the bot), and
        // only with the address it was set up for: the token travels in the address's path, so
        // another address would hand it to whoever runs that server.
        let base = s.api_base_url.map(str::trim).filter(|b| !b.is_empty()).unwrap_or(DEFAULT_API).trim_end_matches('/');
        let kept = match s.bot_token.trim() {
            "" => match self.bot().await? {
                Some((bot, token)) if bot.api_base == base => Some(token),
                _ => {
                    return Err(AppError::Invalid {
                        field: "bot_token",
                        reason: rms_core::account::InvalidInput::Code,
                    });
                }
            },
            _ => None,
        };
        let token = kept.as_deref().unwrap_or(s.bot_token.trim());
        let plausible = token.len() <= 100
            && token.split_once(':').is_some_and(|(id, secret)| {
                !id.is_empty()
                    && id.bytes().all(|b| b.is_ascii_digit())
                    && secret.len() >= 20
                    && secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            });
        if !plausible {
            return Err(AppError::Invalid { field: "bot_token", reason: rms_core::account::InvalidInput::Code });
        }
        let parsed = url::Url::parse(base)
            .map_err(|_| AppError::Invalid { field: "api_base_url", reason: rms_core::account::InvalidInput::Range })?;
        if !matches!(parsed.scheme(), "https" | "http") {
            return Err(AppError::Invalid { field: "api_base_url", reason: rms_core::account::InvalidInput::Range });
        }
        let me = match self.api.call(base, token, "getMe", json!({})).await {
            Ok(me) => me,
            Err(BotError::Refused { .. }) => {
                return Err(AppError::Invalid { field: "bot_token", reason: rms_core::account::InvalidInput::Code });
            }
            Err(BotError::Unavailable(e)) => {
                tracing::warn!(error = %e, "Telegram's getMe did not answer");
                return Err(AppError::GatewayUnavailable);
            }
        };
        let username = me["username"].as_str().unwrap_or_default().to_owned();
        if username.is_empty() || !me["is_bot"].as_bool().unwrap_or(false) {
            return Err(AppError::Invalid { field: "bot_token", reason: rms_core::account::InvalidInput::Code });
        }
        let secret = token::generate("");
        let webhook = self.link_base.starts_with("https://");
        let mode = if webhook {
            let body = json!({ "url": format!("{}/webhooks/telegram", self.link_base), "secret_token": secret,
                "allowed_updates": ["message"] });
            self.api.call(base, token, "setWebhook", body).await.map_err(|_| AppError::GatewayUnavailable)?;
            "webhook"
        } else {
            // A webhook left from an earlier setup would swallow the updates polling asks for.
            self.api.call(base, token, "deleteWebhook", json!({})).await.map_err(|_| AppError::GatewayUnavailable)?;
            "polling"
        };
        let now = self.clock.now();
        let row = BotRow {
            token_sealed: self.ring.seal(token.as_bytes(), TOKEN_AAD),
            username,
            api_base: base.to_owned(),
            admin_chat_id: s.admin_chat_id,
            webhook_secret: secret,
            mode: mode.to_owned(),
            update_offset: 0,
            updated_at: now,
        };
        store::put_bot(&self.db, &row).await?;
        let details = json!({ "username": row.username, "mode": mode, "admin_chat": row.admin_chat_id.is_some(),
            "api_base": row.api_base });
        let entry = meta.audit(Some(who.user_id), "telegram.configured", ("telegram", "bot".to_owned()), details);
        crate::audit_alone(&self.db, &entry, now).await?;
        Ok(view(&row))
    }

    /// Removes the bot (links stay, unused, until a bot is set up again).
    pub async fn remove(&self, who: &Principal, meta: &RequestMeta) -> Result<(), AppError> {
        admin(who)?;
        store::delete_bot(&self.db).await?;
        let entry = meta.audit(Some(who.user_id), "telegram.removed", ("telegram", "bot".to_owned()), json!({}));
        crate::audit_alone(&self.db, &entry, self.clock.now()).await?;
        Ok(())
    }

    /// A one-time link that links the caller's account to the chat that opens it.
    pub async fn link(&self, who: &Principal) -> Result<(String, Timestamp), AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let Some(bot) = store::bot(&self.db).await? else { return Err(AppError::NotFound) };
        let secret = token::generate("");
        let now = self.clock.now();
        let expires = now.plus(LINK_TTL);
        store::insert_link_token(&self.db, &token::digest(&secret), who.user_id, expires).await?;
        Ok((format!("https://t.me/{}?start={secret}", bot.username), expires))
    }

    pub async fn unlink(&self, who: &Principal) -> Result<bool, AppError> {
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        self.channel_off(who.user_id).await?;
        Ok(store::unlink_user(&self.db, who.user_id).await?)
    }

    /// Telegram off for every kind of `user` (a security kind that had only Telegram falls back
    /// to the app): without a chat, nothing would reach them there.
    async fn channel_off(&self, user: Uuid) -> Result<(), AppError> {
        crate::notifications::turn_off(&self.db, user, NotifyChannel::Telegram, NotificationKind::ALL).await
    }

    pub async fn linked(&self, who: &Principal) -> Result<bool, AppError> {
        Ok(store::chat_of(&self.db, who.user_id).await?.is_some())
    }

    /// A webhook update, accepted only with the secret given to `setWebhook`.
    pub async fn webhook(&self, secret: Option<&str>, update: &Value) -> Result<(), AppError> {
        let Some(bot) = store::bot(&self.db).await? else { return Err(AppError::WebhookRefused) };
        let given = secret.unwrap_or_default();
        if bot.mode != "webhook" || !token::constant_time_eq(given.as_bytes(), bot.webhook_secret.as_bytes()) {
            return Err(AppError::WebhookRefused);
        }
        self.handle(update).await
    }

    /// Asks `getUpdates` for what came since the last poll and handles it (the worker's job,
    /// when updates do not come by webhook). Answers how many updates were handled.
    pub async fn poll(&self) -> Result<usize, AppError> {
        let Some((bot, token)) = self.bot().await? else { return Ok(0) };
        if bot.mode != "polling" {
            return Ok(0);
        }
        let body = json!({ "offset": bot.update_offset, "timeout": 0, "allowed_updates": ["message"] });
        let updates = match self.api.call(&bot.api_base, &token, "getUpdates", body).await {
            Ok(updates) => updates,
            Err(e) => {
                tracing::warn!(error = %e, "Telegram's getUpdates failed; the next poll tries again");
                return Ok(0);
            }
        };
        let mut handled = 0;
        for update in updates.as_array().into_iter().flatten() {
            let Some(id) = update["update_id"].as_i64() else { continue };
            self.handle(update).await?;
            store::advance_offset(&self.db, id + 1).await?;
            handled += 1;
        }
        Ok(handled)
    }

    /// `/start <token>` links the chat; `/stop` unlinks it; anything else gets the help line.
    async fn handle(&self, update: &Value) -> Result<(), AppError> {
        let message = &update["message"];
        let (Some(chat), Some(text)) = (message["chat"]["id"].as_i64(), message["text"].as_str()) else {
            return Ok(());
        };
        // Replies before a link use the language the person's Telegram reports.
        let fallback =
            message["from"]["language_code"].as_str().and_then(Locale::parse).unwrap_or_else(Locale::english);
        let mut words = text.split_whitespace();
        match (words.next(), words.next()) {
            (Some("/start"), Some(secret)) => {
                let now = self.clock.now();
                let mut tx = self.db.begin().await?;
                let user = store::take_link_token(&mut tx, &token::digest(secret), now).await?;
                let Some(user) = user else {
                    tx.commit().await?;
                    return self.reply(chat, fallback.t("telegram-link-invalid")).await;
                };
                store::link(&mut tx, user, chat, now).await?;
                tx.commit().await?;
                let names = crate::names::Names::new(self.db.clone(), self.ring.clone());
                let account = names.by_id(user).await?;
                let (name, locale) = account
                    .map(|u| (Locale::parse(&u.locale).unwrap_or(fallback), u.name))
                    .map(|(locale, name)| (name, locale))
                    .unwrap_or_else(|| (String::new(), fallback));
                self.reply(chat, locale.t_args("telegram-linked", &[("name", Arg::from(name))])).await
            }
            (Some("/stop"), _) => {
                if let Some(user) = store::unlink_chat(&self.db, chat).await? {
                    self.channel_off(user).await?;
                }
                self.reply(chat, fallback.t("telegram-unlinked")).await
            }
            _ => self.reply(chat, fallback.t("telegram-help")).await,
        }
    }

    /// Sends an admin alert to the admin chat, in English (the chat is the team's, not a
    /// person's); nothing when no bot or no admin chat is set up. A refusal is logged, not
    /// retried: alerts are a convenience beside the admin pages and logs.
    pub async fn admin_alert(&self, job: &crate::jobs::AdminAlert) -> Result<bool, AppError> {
        const ARGS: [&str; 7] = ["payment", "reason", "license", "device", "count", "job", "id"];
        let Some((bot, token)) = self.bot().await? else { return Ok(false) };
        let Some(chat) = bot.admin_chat_id else { return Ok(false) };
        let args: Vec<(&'static str, Arg)> =
            ARGS.iter().filter_map(|k| job.args.get(*k).map(|v| (*k, Arg::from(v.as_str())))).collect();
        let text = Locale::english().t_args(&format!("telegram-alert-{}", job.kind), &args);
        let page = match job.kind.as_str() {
            "payment_review" => "/admin/payments",
            "clone_suspected" => "/admin/licenses",
            "job_dead" => "/admin/jobs",
            _ => "/admin/billing",
        };
        let link = format!("{}{page}", self.link_base);
        let body = json!({ "chat_id": chat, "text": format!("{text}\n{link}"), "disable_web_page_preview": true });
        match self.api.call(&bot.api_base, &token, "sendMessage", body).await {
            Ok(_) => Ok(true),
            Err(e) => {
                tracing::warn!(error = %e, kind = %job.kind, "an admin alert was not sent to Telegram");
                Ok(false)
            }
        }
    }

    /// A bot message in reply to a person's own message: best effort (it answers them, nothing
    /// depends on it).
    async fn reply(&self, chat: i64, text: String) -> Result<(), AppError> {
        let Some((bot, token)) = self.bot().await? else { return Ok(()) };
        let body = json!({ "chat_id": chat, "text": text });
        if let Err(e) = self.api.call(&bot.api_base, &token, "sendMessage", body).await {
            tracing::warn!(error = %e, "a Telegram reply was not sent");
        }
        Ok(())
    }

    /// Sends `message` to `to`'s linked chat. Not linked (or no bot): nothing to do. Blocked:
    /// the link ends and Telegram is turned off for them. 429: waits `retry_after` (up to 30 s)
    /// and tries once more, else leaves it to the queue's retry.
    async fn deliver(&self, to: &Recipient, message: &Message) -> Result<(), DeliverError> {
        let unavailable = |e: AppError| DeliverError::Retry(e.to_string());
        let Some((bot, token)) = self.bot().await.map_err(unavailable)? else { return Ok(()) };
        let Some(chat) = store::chat_of(&self.db, to.user_id).await.map_err(|e| DeliverError::Retry(e.to_string()))?
        else {
            return Ok(());
        };
        let text = format!("{}\n\n{}", message.subject, message.text);
        let body = json!({ "chat_id": chat, "text": text, "disable_web_page_preview": true });
        for attempt in 0..2 {
            match self.api.call(&bot.api_base, &token, "sendMessage", body.clone()).await {
                Ok(_) => return Ok(()),
                Err(BotError::Refused { code: 403, .. }) => {
                    self.blocked(to.user_id).await.map_err(unavailable)?;
                    return Ok(());
                }
                Err(BotError::Refused { code: 429, retry_after, .. }) => {
                    let wait = Duration::from_secs(retry_after.unwrap_or(1));
                    if attempt == 1 || wait > MAX_WAIT {
                        return Err(DeliverError::Retry(format!("Telegram asks to wait {} s", wait.as_secs())));
                    }
                    tokio::time::sleep(wait).await;
                }
                Err(e) => return Err(DeliverError::Retry(e.to_string())),
            }
        }
        Err(DeliverError::Retry("Telegram kept refusing".into()))
    }

    /// The person blocked the bot: the link ends and no kind goes to Telegram any more.
    async fn blocked(&self, user: Uuid) -> Result<(), AppError> {
        // Channel off first, link gone second: whoever sees the link gone sees the channel off.
        self.channel_off(user).await?;
        store::unlink_user(&self.db, user).await?;
        tracing::info!(%user, "the bot was blocked: Telegram is off for this person");
        Ok(())
    }

    /// Re-encrypts the bot's token under the ring's current key (master key rotation).
    pub async fn reseal(tx: &mut rms_store::Tx, ring: &MasterKeyRing) -> Result<usize, AppError> {
        let Some(sealed) = store::sealed_bot_token(tx).await? else { return Ok(0) };
        if ring.is_current(&sealed) {
            return Ok(0);
        }
        let plain =
            ring.open(&sealed, TOKEN_AAD).map_err(|e| AppError::Internal(format!("the Telegram token: {e}")))?;
        store::reseal_bot(tx, &ring.seal(&plain, TOKEN_AAD)).await?;
        Ok(1)
    }
}

/// The Telegram channel of notifications.
pub struct TelegramNotifier(pub Telegram);

impl Notifier for TelegramNotifier {
    fn channel(&self) -> NotifyChannel {
        NotifyChannel::Telegram
    }

    fn deliver<'a>(&'a self, to: &'a Recipient, message: &'a Message) -> DeliverFuture<'a> {
        Box::pin(self.0.deliver(to, message))
    }
}
