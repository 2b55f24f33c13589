//! The Telegram bot's settings, linked chats and link tokens (migration 0021).

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct BotRow {
    pub token_sealed: Vec<u8>,
    pub username: String,
    pub api_base: String,
    pub admin_chat_id: Option<i64>,
    pub webhook_secret: String,
    pub mode: String,
    pub update_offset: i64,
    pub updated_at: Timestamp,
}

pub async fn bot(db: &Db) -> Result<Option<BotRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_optional,
        "SELECT token_sealed, username, api_base, admin_chat_id, webhook_secret, mode, update_offset, updated_at \
         FROM telegram_bot WHERE id = 1";)?)
}

pub async fn put_bot(db: &Db, b: &BotRow) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO telegram_bot (id, token_sealed, username, api_base, admin_chat_id, webhook_secret, mode, \
         update_offset, updated_at) VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (id) DO UPDATE SET token_sealed = excluded.token_sealed, username = excluded.username, \
         api_base = excluded.api_base, admin_chat_id = excluded.admin_chat_id, \
         webhook_secret = excluded.webhook_secret, mode = excluded.mode, update_offset = 0, \
         updated_at = excluded.updated_at";
        &b.token_sealed, &b.username, &b.api_base, b.admin_chat_id, &b.webhook_secret, &b.mode, b.update_offset,
        b.updated_at)?;
    Ok(())
}

pub async fn delete_bot(db: &Db) -> Result<(), StoreError> {
    exec!(db, "DELETE FROM telegram_bot WHERE id = 1";)?;
    Ok(())
}

/// Moves getUpdates' offset forward (never back: two pollers cannot replay updates).
pub async fn advance_offset(db: &Db, offset: i64) -> Result<(), StoreError> {
    exec!(db, "UPDATE telegram_bot SET update_offset = $1 WHERE id = 1 AND update_offset < $1"; offset)?;
    Ok(())
}

pub async fn reseal_bot(tx: &mut Tx, sealed: &[u8]) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE telegram_bot SET token_sealed = $1 WHERE id = 1"; sealed)?;
    Ok(())
}

pub async fn sealed_bot_token(tx: &mut Tx) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(fetch_tx!(tx, query_scalar.fetch_optional, "SELECT token_sealed FROM telegram_bot WHERE id = 1";)?)
}

pub async fn insert_link_token(db: &Db, hash: &[u8], user: Uuid, expires_at: Timestamp) -> Result<(), StoreError> {
    exec!(db, "INSERT INTO telegram_link_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)";
        hash, user, expires_at)?;
    Ok(())
}

/// Uses a link token once: its user when it was valid at `now`.
pub async fn take_link_token(tx: &mut Tx, hash: &[u8], now: Timestamp) -> Result<Option<Uuid>, StoreError> {
    // One statement: of two messages carrying the same token, only one gets its user.
    let found: Option<(Uuid, Timestamp)> = fetch_tx!(tx, query_as.fetch_optional,
        "DELETE FROM telegram_link_tokens WHERE token_hash = $1 RETURNING user_id, expires_at"; hash)?;
    Ok(found.filter(|(_, expires)| *expires > now).map(|(user, _)| user))
}

/// Links `chat` to `user`, replacing either's earlier link.
pub async fn link(tx: &mut Tx, user: Uuid, chat: i64, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx, "DELETE FROM telegram_links WHERE user_id = $1 OR chat_id = $2"; user, chat)?;
    exec_tx!(tx, "INSERT INTO telegram_links (user_id, chat_id, linked_at) VALUES ($1, $2, $3)"; user, chat, now)?;
    Ok(())
}

pub async fn chat_of(db: &Db, user: Uuid) -> Result<Option<i64>, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_optional, "SELECT chat_id FROM telegram_links WHERE user_id = $1"; user)?)
}

/// Ends `user`'s link; `true` when there was one.
pub async fn unlink_user(db: &Db, user: Uuid) -> Result<bool, StoreError> {
    Ok(exec!(db, "DELETE FROM telegram_links WHERE user_id = $1"; user)? == 1)
}

/// Ends the link of `chat`: its user, when there was one.
pub async fn unlink_chat(db: &Db, chat: i64) -> Result<Option<Uuid>, StoreError> {
    let user: Option<Uuid> =
        fetch!(db, query_scalar.fetch_optional, "SELECT user_id FROM telegram_links WHERE chat_id = $1"; chat)?;
    exec!(db, "DELETE FROM telegram_links WHERE chat_id = $1"; chat)?;
    Ok(user)
}
