//! In-app notifications across nodes: a push is published on a Redis channel, and every node
//! (the worker that delivered it included) forwards what it hears there to its own streams.
//! Redis pub/sub keeps nothing: a node that is reconnecting misses pushes, which its streams'
//! clients catch up on when they reconnect (`Last-Event-ID`), so delivery stays best effort.

use std::time::Duration;

use futures::StreamExt;
use rms_app::notifications::{Broadcast, LocalBroadcast, PublishFuture, Pushed};
use tokio::sync::OnceCell;

const CHANNEL: &str = "rms:notifications";

pub struct RedisBroadcast {
    client: redis::Client,
    local: std::sync::Arc<LocalBroadcast>,
    publisher: OnceCell<redis::aio::ConnectionManager>,
}

impl RedisBroadcast {
    /// Starts listening on the channel (reconnecting whenever Redis goes away).
    pub fn start(client: redis::Client) -> Self {
        let local = std::sync::Arc::new(LocalBroadcast::default());
        let (listener, forward) = (client.clone(), local.clone());
        tokio::spawn(async move {
            loop {
                match listener.get_async_pubsub().await {
                    Ok(mut pubsub) => {
                        if let Err(e) = pubsub.subscribe(CHANNEL).await {
                            tracing::warn!(error = %e, "cannot subscribe to the notification channel");
                        } else {
                            let mut messages = pubsub.on_message();
                            while let Some(message) = messages.next().await {
                                let payload: Vec<u8> = message.get_payload().unwrap_or_default();
                                match serde_json::from_slice::<Pushed>(&payload) {
                                    Ok(pushed) => forward.send(pushed),
                                    Err(e) => tracing::warn!(error = %e, "a malformed notification push"),
                                }
                            }
                        }
                    }
                    Err(e) => tracing::warn!(error = %e, "cannot reach Redis for notification pushes"),
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        });
        Self { client, local, publisher: OnceCell::new() }
    }
}

impl Broadcast for RedisBroadcast {
    fn publish(&self, pushed: Pushed) -> PublishFuture<'_> {
        Box::pin(async move {
            let connection =
                self.publisher.get_or_try_init(|| redis::aio::ConnectionManager::new(self.client.clone())).await;
            let payload = serde_json::to_vec(&pushed).unwrap_or_default();
            let sent = match connection {
                Ok(c) => redis::cmd("PUBLISH").arg(CHANNEL).arg(payload).query_async::<i64>(&mut c.clone()).await,
                Err(e) => Err(e),
            };
            if let Err(e) = sent {
                // This node's own streams still hear it.
                tracing::warn!(error = %e, "cannot publish a notification push to Redis");
                self.local.send(pushed);
            }
        })
    }

    fn subscribe(&self) -> tokio::sync::broadcast::Receiver<Pushed> {
        self.local.subscribe()
    }
}
