//! Live pushes: the broadcast that fans a notification out to every node's streams, and the
//! in-app channel whose delivery is that push.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use rms_core::notifications::NotifyChannel;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{DeliverFuture, Message, Notifier, Recipient};

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
