//! Telegram: the bot for admins (`/api/v1/admin/telegram`), linking one's account
//! (`/api/v1/me/telegram`), and the bot's webhook (`/webhooks/telegram`).

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use rms_app::telegram::{BotSettings, BotView};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};
use crate::state::AppState;

#[derive(Serialize, ToSchema)]
pub struct BotOut {
    configured: bool,
    /// The bot's @username.
    username: Option<String>,
    api_base_url: Option<String>,
    /// Where admin alerts go.
    admin_chat_id: Option<i64>,
    /// `webhook` (the public URL is https) or `polling`.
    mode: Option<String>,
}

impl From<Option<BotView>> for BotOut {
    fn from(v: Option<BotView>) -> Self {
        match v {
            None => Self { configured: false, username: None, api_base_url: None, admin_chat_id: None, mode: None },
            Some(v) => Self {
                configured: true,
                username: Some(v.username),
                api_base_url: Some(v.api_base),
                admin_chat_id: v.admin_chat_id,
                mode: Some(v.mode),
            },
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BotIn {
    /// From @BotFather (`123456:ABC…`); checked with `getMe`, then stored sealed.
    bot_token: String,
    /// Another Bot API server (a local one); Telegram's by default.
    #[serde(default)]
    api_base_url: Option<String>,
    #[serde(default)]
    admin_chat_id: Option<i64>,
}

/// The Telegram bot's settings (never its token).
#[utoipa::path(get, path = "/api/v1/admin/telegram", tag = "notifications", security(("bearer" = ["admin"])),
    responses((status = 200, body = BotOut), (status = 403, body = ProblemBody)))]
pub async fn bot(Call { state, who, .. }: Call) -> Result<Json<BotOut>, ApiError> {
    Ok(Json(state.services.telegram.settings(&who).await?.into()))
}

/// Set the bot up: the token is checked with `getMe`; updates then arrive by webhook when the
/// public URL is https (`setWebhook` with a secret), otherwise the worker polls `getUpdates`.
#[utoipa::path(put, path = "/api/v1/admin/telegram", tag = "notifications", security(("bearer" = ["admin"])),
    request_body = BotIn,
    responses((status = 200, body = BotOut), (status = 403, body = ProblemBody),
        (status = 422, body = ProblemBody, description = "`INVALID_CODE` (`bot_token`: refused by Telegram), `OUT_OF_RANGE`"),
        (status = 503, body = ProblemBody, description = "`GATEWAY_UNAVAILABLE`: Telegram did not answer")))]
pub async fn set_bot(Call { state, who, meta }: Call, ApiJson(body): ApiJson<BotIn>) -> Result<Json<BotOut>, ApiError> {
    let settings = BotSettings {
        bot_token: &body.bot_token,
        api_base_url: body.api_base_url.as_deref(),
        admin_chat_id: body.admin_chat_id,
    };
    Ok(Json(Some(state.services.telegram.configure(&who, &settings, &meta).await?).into()))
}

/// Remove the bot.
#[utoipa::path(delete, path = "/api/v1/admin/telegram", tag = "notifications", security(("bearer" = ["admin"])),
    responses((status = 204), (status = 403, body = ProblemBody)))]
pub async fn remove_bot(Call { state, who, meta }: Call) -> Result<StatusCode, ApiError> {
    state.services.telegram.remove(&who, &meta).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct LinkOut {
    /// `https://t.me/<bot>?start=<token>`: open it in Telegram and press Start.
    link: String,
    expires_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct LinkedOut {
    linked: bool,
}

/// Whether the caller's account is linked to a Telegram chat.
#[utoipa::path(get, path = "/api/v1/me/telegram", tag = "notifications", security(("bearer" = ["read"])),
    responses((status = 200, body = LinkedOut), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody)))]
pub async fn linked(Call { state, who, .. }: Call) -> Result<Json<LinkedOut>, ApiError> {
    if !who.may(rms_core::account::Scope::Read) {
        return Err(rms_app::AppError::Forbidden.into());
    }
    Ok(Json(LinkedOut { linked: state.services.telegram.linked(&who).await? }))
}

/// A one-time link (15 minutes) that links the caller's account to the Telegram chat opening it.
#[utoipa::path(post, path = "/api/v1/me/telegram", tag = "notifications", security(("bearer" = ["session"])),
    responses((status = 200, body = LinkOut), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody, description = "`FORBIDDEN`: API keys cannot link an account"),
        (status = 404, body = ProblemBody, description = "No bot is set up")))]
pub async fn link(Call { state, who, .. }: Call) -> Result<Json<LinkOut>, ApiError> {
    let (link, expires) = state.services.telegram.link(&who).await?;
    Ok(Json(LinkOut { link, expires_at: expires.to_string() }))
}

/// Unlink the caller's Telegram chat.
#[utoipa::path(delete, path = "/api/v1/me/telegram", tag = "notifications", security(("bearer" = ["session"])),
    responses((status = 204), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody)))]
pub async fn unlink(Call { state, who, .. }: Call) -> Result<StatusCode, ApiError> {
    state.services.telegram.unlink(&who).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The bot's updates from Telegram (`setWebhook`), proven by `X-Telegram-Bot-Api-Secret-Token`.
#[utoipa::path(post, path = "/webhooks/telegram", tag = "notifications", request_body = Object,
    responses((status = 200, description = "Handled"),
        (status = 401, body = ProblemBody, description = "`WEBHOOK_SIGNATURE_INVALID`")))]
pub async fn webhook(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Result<StatusCode, ApiError> {
    let secret = headers.get("x-telegram-bot-api-secret-token").and_then(|v| v.to_str().ok());
    let update: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    state.services.telegram.webhook(secret, &update).await?;
    Ok(StatusCode::OK)
}
