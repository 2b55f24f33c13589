//! The store's one error type. Callers see "unavailable" (retry later, readiness fails) apart from
//! everything else (a bug or a constraint the caller should have prevented).

/// What can go wrong talking to the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The URL does not name a backend we support, or cannot be parsed.
    #[error("{0}")]
    BadUrl(String),
    /// The database could not be reached in time (pool timeout, connection refused, I/O error).
    #[error("the database is unavailable: {0}")]
    Unavailable(#[source] sqlx::Error),
    /// PostgreSQL gave up on the transaction to keep concurrent ones consistent (`40001`
    /// serialization failure, `40P01` deadlock): the whole transaction may simply run again,
    /// which [`crate::retry_conflicts`] does.
    #[error("the transaction conflicted with a concurrent one: {0}")]
    Conflict(#[source] sqlx::Error),
    /// Any other database error.
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A rule the caller must keep was broken (an unbalanced ledger transaction): a bug.
    #[error("invariant broken: {0}")]
    Invariant(String),
    #[error("could not prepare the data directory {path}: {source}")]
    DataDir { path: String, source: std::io::Error },
}

/// A stored state word the domain does not know: the data was written by something else.
impl From<rms_core::states::UnknownState> for StoreError {
    fn from(e: rms_core::states::UnknownState) -> Self {
        StoreError::Invariant(e.to_string())
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => {
                StoreError::Unavailable(e)
            }
            // PostgreSQL's own words for the database being away: the connection failed or
            // broke (08000, 08001, 08003, 08004, 08006; not 08P01, a protocol violation, which is
            // our bug), it is shutting down or starting up (57P01–57P03), or no connection slot
            // is free (53300).
            sqlx::Error::Database(ref db)
                if matches!(
                    db.code().as_deref(),
                    Some("08000" | "08001" | "08003" | "08004" | "08006" | "57P01" | "57P02" | "57P03" | "53300")
                ) =>
            {
                StoreError::Unavailable(e)
            }
            sqlx::Error::Database(ref db) if matches!(db.code().as_deref(), Some("40001" | "40P01")) => {
                StoreError::Conflict(e)
            }
            other => StoreError::Database(other),
        }
    }
}

impl StoreError {
    /// True when the error says nothing about the request, only that the database is away.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, StoreError::Unavailable(_))
    }

    /// True when running the whole transaction again may succeed (see [`StoreError::Conflict`]).
    pub fn is_conflict(&self) -> bool {
        matches!(self, StoreError::Conflict(_))
    }
}

/// An error that may say "a concurrent transaction won; run yours again".
pub trait MaybeConflict {
    fn is_conflict(&self) -> bool;
}

impl MaybeConflict for StoreError {
    fn is_conflict(&self) -> bool {
        StoreError::is_conflict(self)
    }
}

/// How many times [`retry_conflicts`] runs a transaction in all.
const CONFLICT_ATTEMPTS: u32 = 5;

/// Runs `attempt` (one whole transaction, begun and committed inside it) and, when PostgreSQL
/// refused it as a serialization failure or a deadlock victim, runs it again after a short
/// random pause, at most [`CONFLICT_ATTEMPTS`] times in all; then the conflict is the answer.
/// Anything else, success or error, is returned at once. The attempt must have no effect
/// outside its transaction, since a refused one is rolled back and repeated.
pub async fn retry_conflicts<T, E, F, Fut>(mut attempt: F) -> Result<T, E>
where
    E: MaybeConflict,
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let mut tries = 1;
    loop {
        match attempt().await {
            Err(e) if e.is_conflict() && tries < CONFLICT_ATTEMPTS => {
                tries += 1;
                // Jittered and growing, so the transactions that collided do not collide again.
                let pause = rand::random::<u64>() % (5 << tries);
                tracing::debug!(tries, pause_ms = pause, "transaction conflicted; running it again");
                tokio::time::sleep(std::time::Duration::from_millis(pause)).await;
            }
            other => return other,
        }
    }
}
