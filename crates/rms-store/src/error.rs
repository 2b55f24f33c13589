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
            other => StoreError::Database(other),
        }
    }
}

impl StoreError {
    /// True when the error says nothing about the request, only that the database is away.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, StoreError::Unavailable(_))
    }
}
