//! `/api/v1/notifications` (the in-app list) and `/api/v1/me/notification-preferences` (which
//! kinds reach the caller on which channels).

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::Query;
use rms_core::notifications::ChannelSet;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

/// The channels one kind reaches the caller on.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Channels {
    email: bool,
    telegram: bool,
    in_app: bool,
}

fn matrix(rows: Vec<(rms_core::notifications::NotificationKind, ChannelSet)>) -> BTreeMap<String, Channels> {
    rows.into_iter()
        .map(|(kind, set)| {
            (kind.to_string(), Channels { email: set.email, telegram: set.telegram, in_app: set.in_app })
        })
        .collect()
}

/// Every notification kind with the channels it reaches the caller on (their choices, the
/// defaults for kinds they never set).
#[utoipa::path(get, path = "/api/v1/me/notification-preferences", tag = "account", security(("bearer" = ["read"])),
    responses((status = 200, body = BTreeMap<String, Channels>), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody)))]
pub async fn preferences(Call { state, who, .. }: Call) -> Result<Json<BTreeMap<String, Channels>>, ApiError> {
    Ok(Json(matrix(state.services.notifications.preferences(&who).await?)))
}

/// Change the channels of the kinds named (kinds left out keep theirs). Refused whole with 422
/// when a kind is unknown (`field: kind`) or a security notice would reach no channel
/// (`field: security`).
#[utoipa::path(put, path = "/api/v1/me/notification-preferences", tag = "account", security(("bearer" = ["session"])),
    request_body = BTreeMap<String, Channels>,
    responses((status = 200, body = BTreeMap<String, Channels>), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody, description = "`FORBIDDEN`: API keys cannot change the account"),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE`")))]
pub async fn set_preferences(
    Call { state, who, .. }: Call,
    ApiJson(body): ApiJson<BTreeMap<String, Channels>>,
) -> Result<Json<BTreeMap<String, Channels>>, ApiError> {
    let changes = body
        .into_iter()
        .map(|(kind, c)| (kind, ChannelSet { email: c.email, telegram: c.telegram, in_app: c.in_app }))
        .collect();
    Ok(Json(matrix(state.services.notifications.set_preferences(&who, &changes).await?)))
}

#[derive(Deserialize, IntoParams)]
pub struct InboxQuery {
    /// The page after this notification's id (the last one of the previous page).
    before: Option<Uuid>,
    /// 1 to 100 (20 by default).
    limit: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct NotificationOut {
    id: Uuid,
    /// `top_up_credited`, `license_issued`, `release_published`, `password_changed`, …
    kind: String,
    /// In the caller's language.
    title: String,
    body: String,
    /// Where to go about it, if anywhere.
    link: Option<String>,
    created_at: String,
    read: bool,
}

#[derive(Serialize, ToSchema)]
pub struct InboxOut {
    unread: i64,
    /// Newest first.
    items: Vec<NotificationOut>,
}

/// The caller's in-app notifications, newest first, with the unread count.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "account", security(("bearer" = ["read"])),
    params(InboxQuery), responses((status = 200, body = InboxOut), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody)))]
pub async fn inbox(Call { state, who, .. }: Call, Query(q): Query<InboxQuery>) -> Result<Json<InboxOut>, ApiError> {
    let inbox = state.services.notifications.inbox(&who, q.before, q.limit.unwrap_or(20)).await?;
    Ok(Json(InboxOut { unread: inbox.unread, items: inbox.items.into_iter().map(NotificationOut::from).collect() }))
}

impl From<rms_app::notifications::Shown> for NotificationOut {
    fn from(n: rms_app::notifications::Shown) -> Self {
        NotificationOut {
            id: n.id,
            kind: n.kind.to_string(),
            title: n.title,
            body: n.body,
            link: n.link,
            created_at: n.created_at.to_string(),
            read: n.read,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReadBody {
    /// These notifications (others' ids change nothing).
    #[serde(default)]
    ids: Option<Vec<Uuid>>,
    /// Every notification of the caller.
    #[serde(default)]
    all: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ReadOut {
    /// How many were marked read now.
    updated: u64,
    unread: i64,
}

/// Mark notifications read: `{"ids": [...]}` or `{"all": true}`.
#[utoipa::path(post, path = "/api/v1/notifications/read", tag = "account", security(("bearer" = ["read"])),
    request_body = ReadBody,
    responses((status = 200, body = ReadOut), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE`: neither ids nor all, or more than 500 ids")))]
pub async fn mark_read(
    Call { state, who, .. }: Call,
    ApiJson(body): ApiJson<ReadBody>,
) -> Result<Json<ReadOut>, ApiError> {
    let ids = match (body.all, body.ids.as_deref()) {
        (true, _) => None,
        (false, Some(ids)) if ids.len() <= 500 => Some(ids),
        _ => {
            return Err(
                rms_app::AppError::Invalid { field: "ids", reason: rms_core::account::InvalidInput::Range }.into()
            );
        }
    };
    let notifications = &state.services.notifications;
    let updated = notifications.mark_read(&who, ids).await?;
    let unread = notifications.unread(who.user_id).await?;
    Ok(Json(ReadOut { updated, unread }))
}

/// How long one stream stays open: the browser's `EventSource` reconnects (with
/// `Last-Event-ID`), so a stream never pins a connection or a node forever.
const STREAM_LIFETIME: std::time::Duration = std::time::Duration::from_secs(15 * 60);

fn event(n: rms_app::notifications::Shown, unread: i64) -> axum::response::sse::Event {
    let data = serde_json::json!({
        "id": n.id, "kind": n.kind.to_string(), "title": n.title, "body": n.body, "link": n.link,
        "created_at": n.created_at.to_string(), "unread": unread,
    });
    axum::response::sse::Event::default().id(n.id.to_string()).event("notification").data(data.to_string())
}

/// The caller's new in-app notifications as Server-Sent Events (`event: notification`, the
/// notification and the unread count as JSON, its id as the event id). With `Last-Event-ID`,
/// the ones missed since that id come first. Ends when the server stops or after 15 minutes
/// (clients reconnect).
pub(crate) async fn event_stream(
    state: crate::state::AppState,
    who: rms_app::accounts::Principal,
    headers: &axum::http::HeaderMap,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    use axum::response::sse::{KeepAlive, Sse};
    use tokio::sync::broadcast::error::RecvError;

    let last = headers.get("last-event-id").and_then(|v| v.to_str().ok()).and_then(|v| Uuid::try_parse(v.trim()).ok());
    let notifications = state.services.notifications.clone();
    // Subscribed before the missed ones are read: nothing falls between the two.
    let pushes = notifications.subscribe();
    let missed = notifications.for_stream(&who, last, None).await?;
    let stopping = state.stopping.clone();
    let deadline = tokio::time::Instant::now() + STREAM_LIFETIME;
    let start = (pushes, std::collections::VecDeque::from(missed), last);
    let stream = futures::stream::unfold(start, move |(mut pushes, mut queue, mut last_sent)| {
        let (notifications, who) = (notifications.clone(), who.clone());
        let mut stopping = stopping.clone();
        async move {
            loop {
                if let Some(n) = queue.pop_front() {
                    // A push for one already sent (it was among the missed ones) is dropped.
                    if last_sent.is_some_and(|l| n.id <= l) {
                        continue;
                    }
                    last_sent = Some(n.id);
                    let unread = notifications.unread(who.user_id).await.unwrap_or_default();
                    return Some((Ok::<_, std::convert::Infallible>(event(n, unread)), (pushes, queue, last_sent)));
                }
                let pushed = tokio::select! {
                    pushed = pushes.recv() => pushed,
                    _ = stopping.wait_for(|s| *s) => return None,
                    _ = tokio::time::sleep_until(deadline) => return None,
                };
                match pushed {
                    Ok(p) if p.user_id == who.user_id => {
                        queue.extend(
                            notifications.for_stream(&who, None, Some(p.notification_id)).await.unwrap_or_default(),
                        );
                    }
                    Ok(_) | Err(RecvError::Lagged(_)) => {}
                    Err(RecvError::Closed) => return None,
                }
            }
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()).into_response())
}

/// A live stream of the caller's new in-app notifications (Server-Sent Events): `event:
/// notification`, `id:` the notification's id, `data:` its JSON with the `unread` count. Send
/// `Last-Event-ID` on reconnect to get what was missed first. Pages use `/notifications/stream`
/// with their session.
#[utoipa::path(get, path = "/api/v1/notifications/stream", tag = "account", security(("bearer" = ["read"])),
    responses((status = 200, description = "The stream", content_type = "text/event-stream", body = String),
        (status = 401, body = ProblemBody), (status = 403, body = ProblemBody)))]
pub async fn stream(
    Call { state, who, .. }: Call,
    headers: axum::http::HeaderMap,
) -> Result<axum::response::Response, ApiError> {
    event_stream(state, who, &headers).await
}

/// What the caller hears of one product's new versions.
#[derive(Serialize, ToSchema)]
pub struct ReleaseSubscriptionOut {
    product_id: Uuid,
    product: String,
    product_name: String,
    /// The release channel followed (`stable`, `beta`, `alpha`: each also hears of the ones
    /// above it), or `null`: not followed.
    release_channel: Option<String>,
    email: bool,
    telegram: bool,
    in_app: bool,
    /// `false`: the defaults (stable releases, on the channels of `release_published`).
    chosen: bool,
}

impl From<rms_app::notifications::ProductSubscription> for ReleaseSubscriptionOut {
    fn from(p: rms_app::notifications::ProductSubscription) -> Self {
        let d = p.subscription.delivery;
        Self {
            product_id: p.product_id,
            product: p.product_slug,
            product_name: p.product_name,
            release_channel: p.subscription.follows.map(|c| c.to_string()),
            email: d.email,
            telegram: d.telegram,
            in_app: d.in_app,
            chosen: p.chosen,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ReleaseSubscriptionsOut {
    /// Every product the caller holds a license of, by name.
    items: Vec<ReleaseSubscriptionOut>,
}

/// What the caller hears of each product they hold a license of: the release channel followed
/// and the channels the news reaches them on.
#[utoipa::path(get, path = "/api/v1/me/release-subscriptions", tag = "account", security(("bearer" = ["read"])),
    responses((status = 200, body = ReleaseSubscriptionsOut), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody)))]
pub async fn release_subscriptions(Call { state, who, .. }: Call) -> Result<Json<ReleaseSubscriptionsOut>, ApiError> {
    let items = state.services.notifications.release_subscriptions(&who).await?;
    Ok(Json(ReleaseSubscriptionsOut { items: items.into_iter().map(Into::into).collect() }))
}

/// A field that must be present and may be `null` (`None`: left out).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReleaseSubscriptionIn {
    /// `stable`, `beta`, `alpha`, or `null` to stop following the product (required: leaving
    /// it out is refused rather than read as unfollowing).
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<String>, required = true, pattern = "^(stable|beta|alpha)$")]
    release_channel: Option<Option<String>>,
    email: bool,
    telegram: bool,
    in_app: bool,
}

/// Choose what the caller hears of one product's new versions (a product they hold a license
/// of; 404 otherwise). 422 `field: release_channel` for an unknown channel.
#[utoipa::path(put, path = "/api/v1/me/release-subscriptions/{id}", tag = "account",
    security(("bearer" = ["session"])), params(("id" = Uuid, Path, description = "The product")),
    request_body = ReleaseSubscriptionIn,
    responses((status = 200, body = ReleaseSubscriptionOut), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody, description = "`FORBIDDEN`: API keys cannot change the account"),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE`")))]
pub async fn set_release_subscription(
    Call { state, who, .. }: Call,
    axum::extract::Path(product_id): axum::extract::Path<Uuid>,
    ApiJson(body): ApiJson<ReleaseSubscriptionIn>,
) -> Result<Json<ReleaseSubscriptionOut>, ApiError> {
    let invalid =
        || rms_app::AppError::Invalid { field: "release_channel", reason: rms_core::account::InvalidInput::Range };
    let channel = body.release_channel.ok_or_else(invalid)?;
    let follows = channel.as_deref().map(rms_core::releases::Channel::parse).transpose().map_err(|_| invalid())?;
    let choice = rms_core::notifications::ReleaseSubscription {
        follows,
        delivery: ChannelSet { email: body.email, telegram: body.telegram, in_app: body.in_app },
    };
    let saved = state.services.notifications.set_release_subscription(&who, product_id, choice).await?;
    Ok(Json(saved.into()))
}
