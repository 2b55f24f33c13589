//! The signed-in person's notifications page (the list behind the header's bell, newest first,
//! with "mark all read") and their channel choices per kind (`/account/notifications`).

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::response::{IntoResponse, Response};
use rms_core::notifications::{ChannelSet, NotificationGroup, NotificationKind};

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::{PageCtx, PageRequest, Said, SignedIn, answer, redirect, refused, render};

pub struct Item {
    pub title: String,
    pub body: String,
    pub link: Option<String>,
    pub date: String,
    pub read: bool,
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct Inbox<'a> {
    ctx: &'a PageCtx,
    unread: i64,
    items: Vec<Item>,
}

/// `GET /notifications`
pub async fn inbox(page: PageRequest, SignedIn(who): SignedIn) -> Response {
    let ctx = page.ctx("/notifications");
    match page.state.services.notifications.inbox(&who, None, 100).await {
        Ok(inbox) => {
            let items = inbox
                .items
                .into_iter()
                .map(|n| Item {
                    title: n.title,
                    body: n.body,
                    link: n.link,
                    date: ctx.date(n.created_at),
                    read: n.read,
                })
                .collect();
            let main = Inbox { ctx: &ctx, unread: inbox.unread, items }.render();
            render(&ctx, &ctx.t("notifications-title"), main, page.partial)
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /notifications/stream`: the page's live stream (its session; see the API's
/// `/api/v1/notifications/stream`).
pub async fn stream(page: PageRequest, SignedIn(who): SignedIn, headers: axum::http::HeaderMap) -> Response {
    crate::api::account::notifications::event_stream(page.state.clone(), who, &headers)
        .await
        .unwrap_or_else(IntoResponse::into_response)
}

/// `POST /notifications/read`: marks every notification read.
pub async fn read_all(
    page: PageRequest,
    SignedIn(who): SignedIn,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    match page.state.services.notifications.mark_read(&who, None).await {
        Ok(_) => redirect("/notifications"),
        Err(e) => ApiError::from(e).into_response(),
    }
}

pub struct Row {
    pub kind: String,
    pub label: String,
    pub email: bool,
    pub in_app: bool,
    pub telegram: bool,
    pub security: bool,
}

/// Telegram on the settings page, when a bot is set up.
pub struct TelegramBox {
    pub username: String,
    pub linked: bool,
    /// A fresh one-time link, right after the person asked for one.
    pub link: Option<String>,
}

pub struct Group {
    pub label: String,
    pub rows: Vec<Row>,
}

/// One product's news on the settings page.
pub struct ProductNews {
    pub product_id: uuid::Uuid,
    pub name: String,
    /// `""` (not followed), `stable`, `beta` or `alpha`.
    pub follows: &'static str,
    pub email: bool,
    pub in_app: bool,
    pub telegram: bool,
}

#[derive(Template)]
#[template(path = "notification_preferences.html")]
struct PreferencesPage<'a> {
    ctx: &'a PageCtx,
    groups: Vec<Group>,
    products: Vec<ProductNews>,
    telegram: Option<TelegramBox>,
    notice: Option<String>,
    error: Option<String>,
}

fn groups(ctx: &PageCtx, matrix: Vec<(NotificationKind, ChannelSet)>) -> Vec<Group> {
    NotificationGroup::ALL
        .iter()
        .map(|g| Group {
            label: ctx.t(&format!("notify-group-{g}")),
            rows: matrix
                .iter()
                .filter(|(k, _)| k.group() == *g)
                .map(|(k, set)| Row {
                    kind: k.to_string(),
                    label: ctx.t(&format!("notify-kind-{k}")),
                    email: set.email,
                    in_app: set.in_app,
                    telegram: set.telegram,
                    security: k.is_security(),
                })
                .collect(),
        })
        .collect()
}

async fn preferences_page(
    page: &PageRequest,
    who: &rms_app::accounts::Principal,
    said: Said,
    link: Option<String>,
) -> Response {
    let Said { notice, error, status } = said;
    let ctx = page.ctx("/account/notifications");
    let services = &page.state.services;
    let loaded = async {
        let matrix = services.notifications.preferences(who).await?;
        let telegram = match services.telegram.available().await? {
            Some(username) => Some(TelegramBox { username, linked: services.telegram.linked(who).await?, link }),
            None => None,
        };
        let products = services.notifications.release_subscriptions(who).await?;
        Ok::<_, rms_app::AppError>((matrix, telegram, products))
    };
    match loaded.await {
        Ok((matrix, telegram, products)) => {
            let products = products
                .into_iter()
                .map(|p| ProductNews {
                    product_id: p.product_id,
                    name: p.name_in(ctx.locale.tag()).to_owned(),
                    follows: p.subscription.follows.map_or("", |c| c.as_str()),
                    email: p.subscription.delivery.email,
                    in_app: p.subscription.delivery.in_app,
                    telegram: p.subscription.delivery.telegram,
                })
                .collect();
            let groups = groups(&ctx, matrix);
            let main = PreferencesPage { ctx: &ctx, groups, products, telegram, notice, error }.render();
            let mut res = render(&ctx, &ctx.t("account-notifications-title"), main, page.partial);
            *res.status_mut() = status;
            res
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// The preferences page after a change: saying it was saved, or why it was refused.
async fn after_saving<T>(
    page: &PageRequest,
    who: &rms_app::accounts::Principal,
    saved: Result<T, rms_app::AppError>,
) -> Response {
    let notice = "account-notifications-saved";
    answer(saved, page.locale, notice, async |said| preferences_page(page, who, said, None).await).await
}

/// `GET /account/notifications`
pub async fn preferences(page: PageRequest, SignedIn(who): SignedIn) -> Response {
    preferences_page(&page, &who, Said::nothing(), None).await
}

/// `POST /account/notifications`: the whole matrix, a ticked box per kind and channel
/// (`<kind>:email`, `<kind>:in_app`, and `<kind>:telegram` when a bot is set up; without one,
/// Telegram keeps what it was).
pub async fn save_preferences(
    page: PageRequest,
    SignedIn(who): SignedIn,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Response {
    let notifications = &page.state.services.notifications;
    let current = match notifications.preferences(&who).await {
        Ok(m) => m,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let telegram = match page.state.services.telegram.available().await {
        Ok(bot) => bot.is_some(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ticked = |kind: NotificationKind, channel: &str| form.contains_key(&format!("{kind}:{channel}"));
    let changes: BTreeMap<String, ChannelSet> = current
        .into_iter()
        .map(|(kind, set)| {
            let set = ChannelSet {
                email: ticked(kind, "email"),
                in_app: ticked(kind, "in_app"),
                telegram: if telegram { ticked(kind, "telegram") } else { set.telegram },
            };
            (kind.to_string(), set)
        })
        .collect();
    after_saving(&page, &who, notifications.set_preferences(&who, &changes).await).await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ProductNewsForm {
    /// `""` (not followed), `stable`, `beta` or `alpha`.
    release_channel: String,
    email: Option<String>,
    in_app: Option<String>,
    telegram: Option<String>,
}

/// `POST /account/release-subscriptions/{product}`: what the person hears of one product's new
/// versions (without a bot set up, Telegram keeps what it was).
pub async fn save_product_news(
    page: PageRequest,
    SignedIn(who): SignedIn,
    axum::extract::Path(product): axum::extract::Path<uuid::Uuid>,
    CsrfForm(form): CsrfForm<ProductNewsForm>,
) -> Response {
    let services = &page.state.services;
    let saved = async {
        let follows = match form.release_channel.trim() {
            "" => None,
            c => Some(rms_core::releases::Channel::parse(c).map_err(|_| rms_app::AppError::Invalid {
                field: "release_channel",
                reason: rms_core::account::InvalidInput::Range,
            })?),
        };
        let telegram = match services.telegram.available().await? {
            Some(_) => form.telegram.is_some(),
            None => {
                let current = services.notifications.release_subscriptions(&who).await?;
                current.iter().find(|p| p.product_id == product).is_some_and(|p| p.subscription.delivery.telegram)
            }
        };
        let delivery = ChannelSet { email: form.email.is_some(), in_app: form.in_app.is_some(), telegram };
        let choice = rms_core::notifications::ReleaseSubscription { follows, delivery };
        services.notifications.set_release_subscription(&who, product, choice).await
    };
    after_saving(&page, &who, saved.await).await
}

/// `POST /account/telegram`: a fresh one-time link to open in Telegram, shown on the page.
pub async fn link_telegram(
    page: PageRequest,
    SignedIn(who): SignedIn,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    match page.state.services.telegram.link(&who).await {
        Ok((link, _)) => preferences_page(&page, &who, Said::nothing(), Some(link)).await,
        Err(e) => {
            let again = async |status, detail| preferences_page(&page, &who, Said::refused(status, detail), None).await;
            refused(e, page.locale, again).await
        }
    }
}

/// `POST /account/telegram/unlink`
pub async fn unlink_telegram(
    page: PageRequest,
    SignedIn(who): SignedIn,
    CsrfForm(_): CsrfForm<crate::web::Nothing>,
) -> Response {
    match page.state.services.telegram.unlink(&who).await {
        Ok(_) => redirect("/account/notifications"),
        Err(e) => ApiError::from(e).into_response(),
    }
}
