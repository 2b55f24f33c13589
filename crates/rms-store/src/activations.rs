//! Activations (seats in use), the reassignment log, and the one-query lookups the product-facing
//! hot path is built on.
//!
//! Seats are counted in `licenses.seats_used` and changed only by conditional updates
//! (`seats_used + n <= seats`): one statement decides, so concurrent activations on any number of
//! nodes can never overshoot a license's seats, on either backend.

use std::collections::HashSet;

use rms_core::Timestamp;
use rms_core::licensing::{Entitlements, LicenseStatus};
use rms_core::product::ProductKind;
use uuid::Uuid;

use crate::catalog::{LICENSES, ProductName, with_product_names};
use crate::dialect::{statement_parts, value_rows};
use crate::{Db, StoreError, Tx, WriteTurn, exec_tx, fetch, fetch_tx, on_db, on_tx};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ActivationRow {
    pub id: Uuid,
    pub license_id: Uuid,
    pub binding: String,
    pub counts_seat: i64,
    pub name: Option<String>,
    pub platform: Option<String>,
    pub ip: Option<String>,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub last_heartbeat_at: Option<Timestamp>,
    pub chain: Option<String>,
    pub prev_chain: Option<String>,
    pub chain_nonce: Option<String>,
    pub chain_enforced_at: Option<Timestamp>,
    pub cloned_at: Option<Timestamp>,
    pub deactivated_at: Option<Timestamp>,
    pub deactivated_by: Option<String>,
    /// Hashed hardware components, comma-separated (k-of-n plans).
    pub components: Option<String>,
}

const ACTIVATION_COLUMNS: &str = "a.id, a.license_id, a.binding, a.counts_seat, a.name, a.platform, a.ip, \
     a.created_at, a.last_seen_at, a.last_heartbeat_at, a.chain, a.prev_chain, a.chain_nonce, a.chain_enforced_at, a.cloned_at, \
     a.deactivated_at, a.deactivated_by, a.components";

/// A license with everything a product-facing answer needs: its product, its plan's policy, and
/// (when asked for) one activation. One row, one query.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Subject {
    pub license_id: Uuid,
    pub product_id: Uuid,
    pub plan_id: Uuid,
    pub owner_id: Uuid,
    pub parent_id: Option<Uuid>,
    #[sqlx(try_from = "String")]
    pub status: LicenseStatus,
    pub seats: i64,
    pub seats_used: i64,
    pub expires_at: Option<Timestamp>,
    pub reassignments_reset_at: Option<Timestamp>,
    pub product_slug: String,
    #[sqlx(try_from = "String")]
    pub product_kind: ProductKind,
    pub plan_name: String,
    pub heartbeat_interval_secs: i64,
    pub heartbeat_grace_secs: i64,
    pub offline_grace_secs: i64,
    pub max_reassignments: Option<i64>,
    pub reassign_window_days: i64,
    pub reassign_cooldown_secs: i64,
    #[sqlx(try_from = "String")]
    pub entitlements: Entitlements,
    pub staging_domains_free: i64,
    /// The product's staging patterns (JSON list), read only when a domain is not activated.
    pub staging_patterns: sqlx::types::Json<Vec<String>>,
    pub fingerprint_min_components: Option<i64>,
    pub maintenance_until: Option<Timestamp>,
    #[sqlx(flatten)]
    pub activation: MaybeActivation,
}

/// The activation columns of a [`Subject`]; all `None` when no activation matched.
#[derive(Clone, Debug, Default, sqlx::FromRow)]
pub struct MaybeActivation {
    pub a_id: Option<Uuid>,
    pub a_binding: Option<String>,
    pub a_counts_seat: Option<i64>,
    pub a_name: Option<String>,
    pub a_platform: Option<String>,
    pub a_ip: Option<String>,
    pub a_created_at: Option<Timestamp>,
    pub a_last_seen_at: Option<Timestamp>,
    pub a_last_heartbeat_at: Option<Timestamp>,
    pub a_chain: Option<String>,
    pub a_prev_chain: Option<String>,
    pub a_chain_nonce: Option<String>,
    pub a_chain_enforced_at: Option<Timestamp>,
    pub a_cloned_at: Option<Timestamp>,
    pub a_deactivated_at: Option<Timestamp>,
    pub a_deactivated_by: Option<String>,
    pub a_components: Option<String>,
}

impl Subject {
    /// Moves the matched activation out of the row.
    pub fn take_activation(&mut self) -> Option<ActivationRow> {
        std::mem::take(&mut self.activation).into_row(self.license_id)
    }
}

impl MaybeActivation {
    pub fn into_row(self, license_id: Uuid) -> Option<ActivationRow> {
        Some(ActivationRow {
            id: self.a_id?,
            license_id,
            binding: self.a_binding?,
            counts_seat: self.a_counts_seat?,
            name: self.a_name,
            platform: self.a_platform,
            ip: self.a_ip,
            created_at: self.a_created_at?,
            last_seen_at: self.a_last_seen_at?,
            last_heartbeat_at: self.a_last_heartbeat_at,
            chain: self.a_chain,
            prev_chain: self.a_prev_chain,
            chain_nonce: self.a_chain_nonce,
            chain_enforced_at: self.a_chain_enforced_at,
            cloned_at: self.a_cloned_at,
            deactivated_at: self.a_deactivated_at,
            deactivated_by: self.a_deactivated_by,
            components: self.a_components,
        })
    }
}

/// The license's effective state: a sub-license is no better than its parent (see
/// [`crate::catalog::effective_status!`]); the parent is joined as `par`.
const SUBJECT_COLUMNS: &str = concat!(
    "l.id AS license_id, l.product_id, l.plan_id, l.owner_id, l.parent_id, ",
    crate::catalog::effective_status!(),
    " AS status, l.seats, l.seats_used, ",
    crate::catalog::effective_expiry!(),
    " AS expires_at, l.reassignments_reset_at, p.slug AS product_slug, \
     p.kind AS product_kind, pl.name AS plan_name, pl.heartbeat_interval_secs, pl.heartbeat_grace_secs, \
     pl.offline_grace_secs, pl.max_reassignments, pl.reassign_window_days, pl.reassign_cooldown_secs, \
     pl.entitlements, pl.staging_domains_free, p.staging_patterns, pl.fingerprint_min_components, l.maintenance_until, \
     a.id AS a_id, a.binding AS a_binding, a.counts_seat AS a_counts_seat, a.name AS a_name, \
     a.platform AS a_platform, a.ip AS a_ip, a.created_at AS a_created_at, a.last_seen_at AS a_last_seen_at, \
     a.last_heartbeat_at AS a_last_heartbeat_at, a.chain AS a_chain, a.prev_chain AS a_prev_chain, a.chain_nonce AS a_chain_nonce, \
     a.chain_enforced_at AS a_chain_enforced_at, a.cloned_at AS a_cloned_at, \
     a.deactivated_at AS a_deactivated_at, a.deactivated_by AS a_deactivated_by, a.components AS a_components"
);

/// The license whose key has this digest, with its live activation bound to `binding` (if any).
pub async fn subject_by_key(db: &Db, key_hash: &[u8], binding: Option<&str>) -> Result<Option<Subject>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {SUBJECT_COLUMNS} FROM {LICENSES} \
         JOIN products p ON p.id = l.product_id JOIN plans pl ON pl.id = l.plan_id \
         LEFT JOIN activations a ON a.license_id = l.id AND a.binding = $2 AND a.deactivated_at IS NULL \
         WHERE l.key_hash = $1"
    ));
    Ok(fetch!(db, query_as.fetch_optional, sql; key_hash, binding)?)
}

/// The activation `id` of the license whose key has this digest; `None` unless both match (an
/// activation id alone never authenticates).
pub async fn subject_by_activation(db: &Db, key_hash: &[u8], id: Uuid) -> Result<Option<Subject>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {SUBJECT_COLUMNS} FROM activations a \
         JOIN licenses l ON l.id = a.license_id LEFT JOIN licenses par ON par.id = l.parent_id \
         JOIN products p ON p.id = l.product_id JOIN plans pl ON pl.id = l.plan_id \
         WHERE a.id = $1 AND l.key_hash = $2"
    ));
    Ok(fetch!(db, query_as.fetch_optional, sql; id, key_hash)?)
}

/// The license `id` (with its activation `activation`, when given and it belongs to it).
pub async fn subject_by_license(db: &Db, id: Uuid, activation: Option<Uuid>) -> Result<Option<Subject>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {SUBJECT_COLUMNS} FROM {LICENSES} \
         JOIN products p ON p.id = l.product_id JOIN plans pl ON pl.id = l.plan_id \
         LEFT JOIN activations a ON a.license_id = l.id AND a.id = $2 \
         WHERE l.id = $1"
    ));
    Ok(fetch!(db, query_as.fetch_optional, sql; id, activation)?)
}

/// Takes `n` seats of a license if it has them free; `false` (nothing changed) when it does not.
pub async fn claim_seats(tx: &mut Tx, license: Uuid, n: i64, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE licenses SET seats_used = seats_used + $2, updated_at = $3 WHERE id = $1 AND seats_used + $2 <= seats";
        license, n, now.as_millis())?;
    Ok(rows == 1)
}

/// Gives `n` seats back.
pub async fn release_seats(tx: &mut Tx, license: Uuid, n: i64, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx,
        "UPDATE licenses SET seats_used = seats_used - $2, updated_at = $3 WHERE id = $1 AND seats_used >= $2";
        license, n, now.as_millis())?;
    Ok(())
}

/// Sets a license's seats from `from` to `seats` unless more are in use than the new number, or
/// the size is no longer `from`; `false` (nothing changed) then.
pub async fn resize(tx: &mut Tx, license: Uuid, from: i64, seats: i64, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE licenses SET seats = $2, updated_at = $3 WHERE id = $1 AND seats_used <= $2 AND seats = $4";
        license, seats, now.as_millis(), from)?;
    Ok(rows == 1)
}

/// Inserts a live activation; `false` when the license already has one for this binding (a
/// concurrent activation of the same device won).
pub async fn insert_activation(tx: &mut Tx, a: &ActivationRow) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "INSERT INTO activations (id, license_id, binding, counts_seat, name, platform, ip, created_at, last_seen_at, \
                                  components) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) \
         ON CONFLICT (license_id, binding) WHERE deactivated_at IS NULL DO NOTHING";
        a.id, a.license_id, &a.binding, a.counts_seat, &a.name, &a.platform, &a.ip, a.created_at, &a.components)?;
    Ok(rows == 1)
}

/// A license's live activations, oldest first.
pub async fn live_activations(db: &Db, license: Uuid) -> Result<Vec<ActivationRow>, StoreError> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {ACTIVATION_COLUMNS} FROM activations a WHERE a.license_id = $1 AND a.deactivated_at IS NULL \
         ORDER BY a.created_at, a.id"
    ));
    Ok(fetch!(db, query_as.fetch_all, sql; license)?)
}

/// How many live activations (devices and domains, staging ones included) a license has.
pub async fn live_count(db: &Db, license: Uuid) -> Result<i64, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_one,
        "SELECT COUNT(*) FROM activations WHERE license_id = $1 AND deactivated_at IS NULL";
        license)?)
}

/// Ends a live activation; `false` when it had already ended (someone else did it first).
pub async fn deactivate(tx: &mut Tx, id: Uuid, by: &str, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE activations SET deactivated_at = $2, deactivated_by = $3 WHERE id = $1 AND deactivated_at IS NULL";
        id, now.as_millis(), by)?;
    Ok(rows == 1)
}

/// Ends an activation whose heartbeats stopped, if it still has: the deadline is checked again in
/// the statement itself, so a heartbeat written since the dead list was read keeps its device.
/// `false` when it was alive after all, or had ended already.
pub async fn cull(tx: &mut Tx, id: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE activations SET deactivated_at = $2, deactivated_by = 'culled' \
         WHERE id = $1 AND deactivated_at IS NULL \
           AND COALESCE(last_heartbeat_at, created_at) + \
               (SELECT (pl.heartbeat_interval_secs + pl.heartbeat_grace_secs) * 1000 \
                  FROM licenses l JOIN plans pl ON pl.id = l.plan_id WHERE l.id = activations.license_id) < $2";
        id, now.as_millis())?;
    Ok(rows == 1)
}

/// Flags an activation as cloned (two machines presented diverging heartbeat chains).
pub async fn mark_cloned(tx: &mut Tx, id: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE activations SET cloned_at = $2 WHERE id = $1 AND cloned_at IS NULL";
        id, now.as_millis())?;
    Ok(rows == 1)
}

pub async fn record_reassignment(
    tx: &mut Tx,
    license: Uuid,
    activation: Uuid,
    now: Timestamp,
) -> Result<(), StoreError> {
    exec_tx!(tx,
        "INSERT INTO reassignments (id, license_id, activation_id, at) VALUES ($1, $2, $3, $4)";
        Uuid::now_v7(), license, activation, now.as_millis())?;
    Ok(())
}

/// When the license's reassignments since `since` happened, oldest first.
pub async fn reassignments_since(db: &Db, license: Uuid, since: Timestamp) -> Result<Vec<Timestamp>, StoreError> {
    let at: Vec<i64> = fetch!(db, query_scalar.fetch_all,
        "SELECT at FROM reassignments WHERE license_id = $1 AND at >= $2 ORDER BY at";
        license, since.as_millis())?;
    Ok(at.into_iter().map(Timestamp::from_millis).collect())
}

/// The same, inside a transaction.
pub async fn reassignments_since_tx(
    tx: &mut Tx,
    license: Uuid,
    since: Timestamp,
) -> Result<Vec<Timestamp>, StoreError> {
    let at: Vec<i64> = fetch_tx!(tx, query_scalar.fetch_all,
        "SELECT at FROM reassignments WHERE license_id = $1 AND at >= $2 ORDER BY at";
        license, since.as_millis())?;
    Ok(at.into_iter().map(Timestamp::from_millis).collect())
}

/// Holds the license row until the transaction ends (a row lock on PostgreSQL; SQLite's write
/// transactions are exclusive anyway), so decisions about it are taken one at a time.
pub async fn lock_license(tx: &mut Tx, license: Uuid) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE licenses SET updated_at = updated_at WHERE id = $1"; license)?;
    Ok(())
}

pub async fn reset_reassignments(tx: &mut Tx, license: Uuid, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(tx, "UPDATE licenses SET reassignments_reset_at = $2, updated_at = $2 WHERE id = $1";
        license, now.as_millis())?;
    Ok(())
}

/// A heartbeat the coalescer holds until its next flush.
#[derive(Clone, Debug)]
pub struct HeartbeatWrite {
    pub activation: Uuid,
    pub at: Timestamp,
    pub chain: String,
    pub prev_chain: Option<String>,
    pub chain_nonce: String,
    pub chain_enforced_at: Option<Timestamp>,
}

/// Writes a batch of heartbeats, one statement per [`crate::dialect::Dialect::batch_rows`] (each
/// atomic), the first in the writer turn the caller took before gathering the batch and each
/// further one in a turn of its own, so no writer waits behind the whole batch: a newer time
/// never goes backwards and an ended activation is not revived. Returns the activations that had
/// ended (nothing written for them).
///
/// One `UPDATE … FROM (VALUES …)` rather than a statement per heartbeat: each heartbeat's answer
/// waits for this write, and on one core every statement is a round trip to the database thread.
pub async fn flush_heartbeats(db: &Db, turn: WriteTurn, batch: &[HeartbeatWrite]) -> Result<Vec<Uuid>, StoreError> {
    let mut unwritten = Vec::new();
    let mut first_turn = Some(turn);
    for chunk in batch.chunks(db.backend().dialect().batch_rows) {
        let _turn = match first_turn.take() {
            Some(turn) => turn,
            None => db.write_turn().await?,
        };
        // Padded to a power of two with rows that match nothing (a NULL id): one statement and
        // one commit per chunk, and one statement text per power of two (see
        // [`crate::dialect::statement_parts`] for why the texts must be few).
        let rows = chunk.len().next_power_of_two();
        let sql = sqlx::AssertSqlSafe(format!(
            "WITH v (id, at, chain, prev_chain, nonce, enforced) AS (VALUES {}) \
             UPDATE activations SET last_heartbeat_at = v.at, last_seen_at = v.at, chain = v.chain, \
                    prev_chain = v.prev_chain, chain_nonce = v.nonce, \
                    chain_enforced_at = COALESCE(activations.chain_enforced_at, v.enforced) \
             FROM v WHERE activations.id = v.id AND activations.deactivated_at IS NULL \
               AND (activations.last_heartbeat_at IS NULL OR activations.last_heartbeat_at <= v.at) \
             RETURNING activations.id",
            value_rows(rows, 6)
        ));
        let written: HashSet<Uuid> = on_db!(db, pool => {
            let mut q = sqlx::query_scalar(sql);
            for w in chunk {
                q = q
                    .bind(w.activation)
                    .bind(w.at)
                    .bind(&w.chain)
                    .bind(&w.prev_chain)
                    .bind(&w.chain_nonce)
                    .bind(w.chain_enforced_at);
            }
            for _ in chunk.len()..rows {
                q = q
                    .bind(None::<Uuid>)
                    .bind(None::<Timestamp>)
                    .bind(None::<String>)
                    .bind(None::<String>)
                    .bind(None::<String>)
                    .bind(None::<Timestamp>);
            }
            q.fetch_all(pool).await
        })?
        .into_iter()
        .collect();
        unwritten.extend(chunk.iter().map(|w| w.activation).filter(|a| !written.contains(a)));
    }
    let mut ended = Vec::new();
    for activation in unwritten {
        // Not written: ended, or a newer heartbeat (another node's) is already there.
        let live: Option<Uuid> = fetch!(db, query_scalar.fetch_optional,
            "SELECT id FROM activations WHERE id = $1 AND deactivated_at IS NULL";
            activation)?;
        if live.is_none() {
            ended.push(activation);
        }
    }
    Ok(ended)
}

/// Validations the coalescer counted for one license since the last flush.
#[derive(Clone, Debug)]
pub struct ValidationTally {
    pub license: Uuid,
    pub last_at: Timestamp,
    pub count: i64,
    /// Activations seen by these validations, with the last time each was seen.
    pub seen: Vec<(Uuid, Timestamp)>,
}

/// How far a flush of validation tallies got: the first `usage` counts, `sightings` and
/// `tallies` were written, exactly once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TalliesWritten {
    pub usage: usize,
    pub sightings: usize,
    pub tallies: usize,
}

/// A flush of validation tallies that stopped at `error` after writing `written`.
#[derive(Debug)]
pub struct TalliesUnwritten {
    pub written: TalliesWritten,
    pub error: StoreError,
}

/// Adds a batch of validation counts, and the protocol answers and check-ins counted with them
/// for analytics, in transactions of about the backend's [`crate::dialect::Dialect::batch_rows`]
/// rows (a fleet's worth, tens of thousands of devices seen in ten seconds, in one transaction
/// held the embedded database's one writer for most of a second, and every heartbeat waited
/// behind it), each a few multi-row statements of at most that many rows: usage counts first, then sightings, then tallies in chunks that end
/// between licenses (one license seen on more devices than that is a chunk of its own, written in
/// several statements). A failure says how far it got, so the caller puts back only the rest and
/// nothing is counted twice.
pub async fn flush_validations(
    db: &Db,
    batch: &[ValidationTally],
    usage: &[(crate::analytics::UsageKey, i64)],
    sightings: &[crate::analytics::Sighting],
) -> Result<(), TalliesUnwritten> {
    let mut written = TalliesWritten::default();
    match write_in_chunks(db, batch, usage, sightings, &mut written).await {
        Ok(()) => Ok(()),
        Err(error) => Err(TalliesUnwritten { written, error }),
    }
}

async fn write_in_chunks(
    db: &Db,
    batch: &[ValidationTally],
    usage: &[(crate::analytics::UsageKey, i64)],
    sightings: &[crate::analytics::Sighting],
    written: &mut TalliesWritten,
) -> Result<(), StoreError> {
    let rows_per_chunk = db.backend().dialect().batch_rows;
    for chunk in usage.chunks(rows_per_chunk) {
        crate::analytics::add_usage(db, chunk).await?;
        written.usage += chunk.len();
    }
    for chunk in sightings.chunks(rows_per_chunk) {
        crate::analytics::add_sightings(db, chunk).await?;
        written.sightings += chunk.len();
    }
    while written.tallies < batch.len() {
        // Whole licenses, at least one, up to the chunk's size in rows: the license's own and
        // one per activation seen (a validation without a device adds a license and no sighting,
        // and a chunk counting only sightings grew past every bind limit with them).
        let first = written.tallies;
        let (mut end, mut rows) = (first, 0);
        while end < batch.len() && (end == first || rows + 1 + batch[end].seen.len() <= rows_per_chunk) {
            rows += 1 + batch[end].seen.len();
            end += 1;
        }
        write_tallies(db, &batch[first..end]).await?;
        written.tallies = end;
    }
    Ok(())
}

/// One transaction: the licenses' counts, then the activations' last sighting (never moved back:
/// a heartbeat may have written a later one) in chunks of at most
/// [`crate::dialect::Dialect::batch_rows`] rows, each in [`statement_parts`].
async fn write_tallies(db: &Db, tallies: &[ValidationTally]) -> Result<(), StoreError> {
    let mut tx = db.begin().await?;
    for part in statement_parts(tallies) {
        let licenses = sqlx::AssertSqlSafe(format!(
            "WITH v (id, n, at) AS (VALUES {}) \
             UPDATE licenses SET validations = licenses.validations + v.n, \
                    last_validated_at = CASE WHEN licenses.last_validated_at IS NULL OR licenses.last_validated_at < v.at \
                                             THEN v.at ELSE licenses.last_validated_at END \
             FROM v WHERE licenses.id = v.id",
            value_rows(part.len(), 3)
        ));
        on_tx!(&mut tx, conn => {
            let mut q = sqlx::query(licenses);
            for t in part {
                q = q.bind(t.license).bind(t.count).bind(t.last_at);
            }
            q.execute(conn).await.map(|r| r.rows_affected())
        })?;
    }
    // In activation order, as heartbeats are written, and in statements of at most a chunk's
    // rows (one license may have been seen on more devices than that).
    let mut seen: Vec<&(Uuid, Timestamp)> = tallies.iter().flat_map(|t| &t.seen).collect();
    seen.sort_unstable_by_key(|(activation, _)| *activation);
    for chunk in seen.chunks(tx.backend().dialect().batch_rows) {
        for part in statement_parts(chunk) {
            let activations = sqlx::AssertSqlSafe(format!(
                "WITH v (id, at) AS (VALUES {}) \
                 UPDATE activations SET last_seen_at = v.at \
                 FROM v WHERE activations.id = v.id AND activations.last_seen_at < v.at",
                value_rows(part.len(), 2)
            ));
            on_tx!(&mut tx, conn => {
                let mut q = sqlx::query(activations);
                for (activation, at) in part {
                    q = q.bind(activation).bind(at);
                }
                q.execute(conn).await.map(|r| r.rows_affected())
            })?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Live activations whose plan wants heartbeats and whose last one (or the activation itself)
/// is older than interval + grace: (activation, license, counts_seat).
pub async fn dead_activations(db: &Db, now: Timestamp, limit: i64) -> Result<Vec<(Uuid, Uuid, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT a.id, a.license_id, a.counts_seat FROM activations a \
         JOIN licenses l ON l.id = a.license_id JOIN plans pl ON pl.id = l.plan_id \
         WHERE a.deactivated_at IS NULL AND pl.heartbeat_interval_secs > 0 \
           AND COALESCE(a.last_heartbeat_at, a.created_at) + (pl.heartbeat_interval_secs + pl.heartbeat_grace_secs) * 1000 < $1 \
         ORDER BY a.id LIMIT $2";
        now.as_millis(), limit)?)
}

/// Active licenses past their expiry: (license, owner). Sub-licenses are left out: their term is
/// their parent's, and they read as expired through it.
pub async fn lapsed_licenses(db: &Db, now: Timestamp, limit: i64) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT id, owner_id FROM licenses WHERE status = 'active' AND expires_at IS NOT NULL AND expires_at <= $1 \
           AND parent_id IS NULL ORDER BY id LIMIT $2";
        now.as_millis(), limit)?)
}

/// Marks an active license expired; `false` when it no longer was active and past its expiry.
pub async fn expire(tx: &mut Tx, license: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE licenses SET status = 'expired', updated_at = $2 \
         WHERE id = $1 AND status = 'active' AND expires_at IS NOT NULL AND expires_at <= $2";
        license, now.as_millis())?;
    Ok(rows == 1)
}

/// Active licenses expiring before `horizon` that were not warned yet: (license, owner, expires_at).
pub async fn expiring_unwarned(
    db: &Db,
    now: Timestamp,
    horizon: Timestamp,
    limit: i64,
) -> Result<Vec<(Uuid, Uuid, Timestamp)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT id, owner_id, expires_at FROM licenses WHERE status = 'active' AND expiry_warned_at IS NULL \
           AND expires_at IS NOT NULL AND expires_at > $1 AND expires_at <= $2 ORDER BY id LIMIT $3";
        now.as_millis(), horizon.as_millis(), limit)?)
}

/// Active licenses expiring after `now` and by `horizon`: (id, owner, expires at, product name).
pub async fn expiring_within(
    db: &Db,
    now: Timestamp,
    horizon: Timestamp,
    limit: i64,
) -> Result<Vec<(Uuid, Uuid, Timestamp, ProductName)>, StoreError> {
    with_product_names(fetch!(db, query_as.fetch_all,
        "SELECT l.id, l.owner_id, l.expires_at, p.name, p.translations FROM licenses l JOIN products p ON p.id = l.product_id \
         WHERE l.status = 'active' AND l.expires_at IS NOT NULL AND l.expires_at > $1 AND l.expires_at <= $2 \
           AND l.auto_renew = 0 \
         ORDER BY l.expires_at, l.id LIMIT $3";
        now.as_millis(), horizon.as_millis(), limit)?)
}

/// The product name of license `id`.
pub async fn product_name_of(tx: &mut Tx, license: Uuid) -> Result<Option<ProductName>, StoreError> {
    let row: Option<(String, String)> = fetch_tx!(tx, query_as.fetch_optional,
        "SELECT p.name, p.translations FROM licenses l JOIN products p ON p.id = l.product_id WHERE l.id = $1"; license)?;
    row.map(|(name, texts)| ProductName::read(name, texts)).transpose()
}

/// Records that the expiry warning went out; `false` when another worker did it first.
pub async fn mark_warned(tx: &mut Tx, license: Uuid, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE licenses SET expiry_warned_at = $2 WHERE id = $1 AND expiry_warned_at IS NULL";
        license, now.as_millis())?;
    Ok(rows == 1)
}
