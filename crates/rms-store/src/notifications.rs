//! Notifications, preferences and deliveries (see the migration 0020 for what each table keeps).

use rms_core::Timestamp;
use rms_core::notifications::{ChannelSet, NotificationKind, NotifyChannel};
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct NotificationRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub kind: NotificationKind,
    pub data: String,
    pub in_app: i64,
    pub created_at: Timestamp,
    pub read_at: Option<Timestamp>,
}

const COLUMNS: &str = "id, user_id, kind, data, in_app, created_at, read_at";

/// Records a notification; `false` when one with the same `dedupe` exists (nothing written).
pub async fn insert(tx: &mut Tx, n: &NotificationRow, dedupe: Option<&str>) -> Result<bool, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO notifications ({COLUMNS}, dedupe) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING"
    ));
    let inserted = exec_tx!(tx, sql; n.id, n.user_id, n.kind.as_str(), &n.data, n.in_app, n.created_at, n.read_at,
        dedupe)?;
    Ok(inserted == 1)
}

pub async fn get(db: &Db, id: Uuid) -> Result<Option<NotificationRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM notifications WHERE id = $1"));
    Ok(fetch!(db, query_as.fetch_optional, sql; id)?)
}

/// A person's in-app notifications, newest first, up to `limit`, before `before` (exclusive) if given.
pub async fn in_app(db: &Db, user: Uuid, before: Option<Uuid>, limit: i64) -> Result<Vec<NotificationRow>, StoreError> {
    // UUIDv7 ids grow with time: paging by id is paging by creation.
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM notifications WHERE user_id = $1 AND in_app = 1 AND ($2 IS NULL OR id < $2) \
         ORDER BY id DESC LIMIT $3"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; user, before, limit)?)
}

/// A person's in-app notifications newer than `after`, oldest first.
pub async fn in_app_after(db: &Db, user: Uuid, after: Uuid, limit: i64) -> Result<Vec<NotificationRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM notifications WHERE user_id = $1 AND in_app = 1 AND id > $2 ORDER BY id LIMIT $3"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; user, after, limit)?)
}

pub async fn unread(db: &Db, user: Uuid) -> Result<i64, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND in_app = 1 AND read_at IS NULL"; user)?)
}

/// Marks `ids` (all when `None`) of `user` read; answers how many changed.
pub async fn mark_read(db: &Db, user: Uuid, ids: Option<&[Uuid]>, now: Timestamp) -> Result<u64, StoreError> {
    match ids {
        None => Ok(exec!(db,
            "UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND in_app = 1 AND read_at IS NULL"; user, now)?),
        Some(ids) => {
            let mut tx = db.begin().await?;
            let mut changed = 0;
            for id in ids {
                changed += exec_tx!(&mut tx,
                    "UPDATE notifications SET read_at = $3 WHERE id = $1 AND user_id = $2 AND read_at IS NULL";
                    *id, user, now)?;
            }
            tx.commit().await?;
            Ok(changed)
        }
    }
}

#[derive(sqlx::FromRow)]
struct PreferenceRow {
    kind: String,
    email: i64,
    telegram: i64,
    in_app: i64,
}

/// A person's stored choices (kinds this version does not know are skipped).
pub async fn preferences(db: &Db, user: Uuid) -> Result<Vec<(NotificationKind, ChannelSet)>, StoreError> {
    let rows: Vec<PreferenceRow> = fetch!(db, query_as.fetch_all,
        "SELECT kind, email, telegram, in_app FROM notification_preferences WHERE user_id = $1"; user)?;
    Ok(rows.into_iter().filter_map(to_choice).collect())
}

pub async fn preferences_tx(tx: &mut Tx, user: Uuid) -> Result<Vec<(NotificationKind, ChannelSet)>, StoreError> {
    let rows: Vec<PreferenceRow> = fetch_tx!(tx, query_as.fetch_all,
        "SELECT kind, email, telegram, in_app FROM notification_preferences WHERE user_id = $1"; user)?;
    Ok(rows.into_iter().filter_map(to_choice).collect())
}

fn to_choice(r: PreferenceRow) -> Option<(NotificationKind, ChannelSet)> {
    let kind = NotificationKind::parse(&r.kind).ok()?;
    Some((kind, ChannelSet { email: r.email == 1, telegram: r.telegram == 1, in_app: r.in_app == 1 }))
}

pub async fn put_preferences(
    db: &Db,
    user: Uuid,
    choices: &[(NotificationKind, ChannelSet)],
) -> Result<(), StoreError> {
    let mut tx = db.begin().await?;
    for (kind, set) in choices {
        exec_tx!(&mut tx,
            "INSERT INTO notification_preferences (user_id, kind, email, telegram, in_app) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (user_id, kind) DO UPDATE SET email = excluded.email, telegram = excluded.telegram, \
             in_app = excluded.in_app";
            user, kind.as_str(), i64::from(set.email), i64::from(set.telegram), i64::from(set.in_app))?;
    }
    tx.commit().await?;
    Ok(())
}

/// Whether `channel` already carried notification `id`.
pub async fn delivered(db: &Db, id: Uuid, channel: NotifyChannel) -> Result<bool, StoreError> {
    let found: Option<i64> = fetch!(db, query_scalar.fetch_optional,
        "SELECT sent_at FROM notification_deliveries WHERE notification_id = $1 AND channel = $2"; id, channel.as_str())?;
    Ok(found.is_some())
}

/// Records that `channel` carried notification `id` (once).
pub async fn record_delivery(db: &Db, id: Uuid, channel: NotifyChannel, now: Timestamp) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO notification_deliveries (notification_id, channel, sent_at) VALUES ($1, $2, $3) \
         ON CONFLICT (notification_id, channel) DO NOTHING";
        id, channel.as_str(), now)?;
    Ok(())
}

/// How many notifications of `kind` `user` has (tests and the expiry scan's checks).
pub async fn count_of(db: &Db, user: Uuid, kind: NotificationKind) -> Result<i64, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND kind = $2"; user, kind.as_str())?)
}

/// A person's choice for one product's new versions (migration 0022).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct SubscriptionRow {
    pub user_id: Uuid,
    pub product_id: Uuid,
    pub release_channel: Option<String>,
    pub email: i64,
    pub telegram: i64,
    pub in_app: i64,
    pub updated_at: Timestamp,
}

const SUBSCRIPTION: &str = "user_id, product_id, release_channel, email, telegram, in_app, updated_at";

/// Every product choice `user` made.
pub async fn subscriptions(db: &Db, user: Uuid) -> Result<Vec<SubscriptionRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {SUBSCRIPTION} FROM release_subscriptions WHERE user_id = $1"));
    Ok(fetch!(db, query_as.fetch_all, sql; user)?)
}

/// Every choice made for `product` (the announcement reads them once for all its owners).
pub async fn subscribers(db: &Db, product: Uuid) -> Result<Vec<SubscriptionRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {SUBSCRIPTION} FROM release_subscriptions WHERE product_id = $1"));
    Ok(fetch!(db, query_as.fetch_all, sql; product)?)
}

pub async fn put_subscription(db: &Db, row: &SubscriptionRow) -> Result<(), StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "INSERT INTO release_subscriptions ({SUBSCRIPTION}) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (user_id, product_id) DO UPDATE SET release_channel = excluded.release_channel, \
         email = excluded.email, telegram = excluded.telegram, in_app = excluded.in_app, \
         updated_at = excluded.updated_at"
    ));
    exec!(db, sql; row.user_id, row.product_id, row.release_channel.as_deref(), row.email, row.telegram, row.in_app,
        row.updated_at)?;
    Ok(())
}

/// Turns `channel` off in every product choice of `user`.
pub async fn subscriptions_without(db: &Db, user: Uuid, channel: NotifyChannel) -> Result<u64, StoreError> {
    let sql = match channel {
        NotifyChannel::Email => "UPDATE release_subscriptions SET email = 0 WHERE user_id = $1",
        NotifyChannel::Telegram => "UPDATE release_subscriptions SET telegram = 0 WHERE user_id = $1",
        NotifyChannel::InApp => "UPDATE release_subscriptions SET in_app = 0 WHERE user_id = $1",
    };
    Ok(exec!(db, sqlx::AssertSqlSafe(sql); user)?)
}

/// People who chose to hear `kind` on some channel, after `after` (by id), up to `limit`; with
/// `product`, only those holding a license of it. For announcements (kinds off by default).
pub async fn opted_in(
    db: &Db,
    kind: NotificationKind,
    product: Option<Uuid>,
    after: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Uuid>, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_all,
        "SELECT p.user_id FROM notification_preferences p \
         WHERE p.kind = $1 AND (p.email = 1 OR p.telegram = 1 OR p.in_app = 1) \
           AND ($2 IS NULL OR EXISTS (SELECT 1 FROM licenses l WHERE l.owner_id = p.user_id AND l.product_id = $2)) \
           AND ($3 IS NULL OR p.user_id > $3) \
         ORDER BY p.user_id LIMIT $4";
        kind.as_str(), product, after, limit)?)
}

/// How many people chose to hear `kind` on some channel (one count, however many there are).
pub async fn count_opted_in(db: &Db, kind: NotificationKind) -> Result<i64, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM notification_preferences \
         WHERE kind = $1 AND (email = 1 OR telegram = 1 OR in_app = 1)";
        kind.as_str())?)
}
