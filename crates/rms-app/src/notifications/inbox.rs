//! The in-app list: a person's notifications page by page, what a live stream missed, the unread
//! count and marking read.

use rms_core::Timestamp;
use rms_core::notifications::NotificationKind;
use rms_i18n::Locale;
use rms_store::notifications as store;
use uuid::Uuid;

use super::{Notifications, Pushed};
use crate::AppError;
use crate::accounts::Principal;

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

impl Notifications {
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
}
