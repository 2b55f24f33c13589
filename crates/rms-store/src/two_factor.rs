//! Stored state of two-factor sign-in: the sealed TOTP secret, the last accepted step (a code is
//! never accepted twice), wrong-code counting, and recovery codes.

use rms_core::Timestamp;
use uuid::Uuid;

use crate::{Db, StoreError, Tx, exec, exec_tx, fetch, fetch_tx};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TotpState {
    pub totp_secret: Option<Vec<u8>>,
    pub totp_enabled_at: Option<Timestamp>,
    pub totp_last_step: Option<i64>,
    pub totp_locked_until: Option<Timestamp>,
}

pub async fn state(db: &Db, user: Uuid) -> Result<Option<TotpState>, StoreError> {
    Ok(fetch!(db, query_as.fetch_optional,
        "SELECT totp_secret, totp_enabled_at, totp_last_step, totp_locked_until FROM users WHERE id = $1";
        user)?)
}

/// Stores a secret awaiting confirmation; refused (`false`) while two-factor sign-in is on.
pub async fn set_pending(db: &Db, user: Uuid, sealed: &[u8], now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec!(db,
        "UPDATE users SET totp_secret = $2, totp_last_step = NULL, updated_at = $3 \
         WHERE id = $1 AND totp_enabled_at IS NULL";
        user, sealed, now.as_millis())?;
    Ok(rows == 1)
}

/// Records `step` as used, only if it is newer than the last used one: one statement, so the same
/// code presented twice, even concurrently, is accepted once.
pub async fn accept_step(tx: &mut Tx, user: Uuid, step: i64) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE users SET totp_last_step = $2, totp_failures = 0 \
         WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)";
        user, step)?;
    Ok(rows == 1)
}

/// Counts a wrong code; the `limit`-th locks the second factor until `lock_until`.
pub async fn record_failure(tx: &mut Tx, user: Uuid, limit: i64, lock_until: Timestamp) -> Result<bool, StoreError> {
    let locked: Option<i64> = fetch_tx!(tx, query_scalar.fetch_optional,
        "UPDATE users SET \
            totp_locked_until = CASE WHEN totp_failures + 1 >= $2 THEN $3 ELSE totp_locked_until END, \
            totp_failures = CASE WHEN totp_failures + 1 >= $2 THEN 0 ELSE totp_failures + 1 END \
         WHERE id = $1 RETURNING totp_locked_until";
        user, limit, lock_until.as_millis())?
    .flatten();
    Ok(locked == Some(lock_until.as_millis()))
}

/// Turns two-factor sign-in on; `false` when it was on already (a confirmation sent twice).
pub async fn enable(tx: &mut Tx, user: Uuid, step: i64, now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE users SET totp_enabled_at = $3, totp_last_step = $2, totp_failures = 0, totp_locked_until = NULL, \
                          updated_at = $3 WHERE id = $1 AND totp_enabled_at IS NULL";
        user, step, now.as_millis())?;
    Ok(rows == 1)
}

pub async fn disable(tx: &mut Tx, user: Uuid, now: Timestamp) -> Result<(), StoreError> {
    exec_tx!(&mut *tx,
        "UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, totp_failures = 0, \
                          totp_locked_until = NULL, updated_at = $2 WHERE id = $1";
        user, now.as_millis())?;
    exec_tx!(tx, "DELETE FROM recovery_codes WHERE user_id = $1"; user)?;
    Ok(())
}

/// Replaces the user's recovery codes with these digests.
pub async fn replace_recovery_codes(
    tx: &mut Tx,
    user: Uuid,
    digests: &[[u8; 32]],
    now: Timestamp,
) -> Result<(), StoreError> {
    exec_tx!(&mut *tx, "DELETE FROM recovery_codes WHERE user_id = $1"; user)?;
    for d in digests {
        exec_tx!(&mut *tx,
            "INSERT INTO recovery_codes (code_hash, user_id, created_at) VALUES ($1, $2, $3)";
            &d[..], user, now.as_millis())?;
    }
    Ok(())
}

/// Uses up one of the user's recovery codes; `false` when it is not theirs or already used.
pub async fn use_recovery_code(tx: &mut Tx, user: Uuid, digest: &[u8], now: Timestamp) -> Result<bool, StoreError> {
    let rows = exec_tx!(tx,
        "UPDATE recovery_codes SET used_at = $3 WHERE code_hash = $1 AND user_id = $2 AND used_at IS NULL";
        digest, user, now.as_millis())?;
    Ok(rows == 1)
}
