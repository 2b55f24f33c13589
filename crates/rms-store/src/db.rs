//! The [`Db`] handle: one pool on one of two backends, chosen from the URL scheme.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Postgres, Sqlite, Transaction};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::StoreError;

/// Which database engine a [`Db`] talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend a database URL names, from its scheme alone.
    pub fn from_url(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::BadUrl(format!(
                "a database URL starts with sqlite:// or postgres://, got {:?}",
                url.split(':').next().unwrap_or_default()
            )))
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    /// A process's pool size when the operator sets none. SQLite has one writer at a time (the
    /// process's writers queue for it) and its readers share this machine's cores, so more than
    /// four connections add no throughput; each one is a thread with its own page cache and
    /// allocator arena. At a million activations ten connections held the node at 139–151 MB,
    /// four at 125–134 MB, serving as many requests (docs/performance.md). PostgreSQL
    /// connections are the database's to serve and cost the node little.
    pub fn default_connections(self) -> u32 {
        match self {
            Backend::Sqlite => 4,
            Backend::Postgres => 10,
        }
    }
}

/// Pool settings. The defaults suit the embedded single-node setup.
#[derive(Clone, Debug)]
pub struct DbOptions {
    pub max_connections: u32,
    /// How long a request waits for a free connection before the store reports "unavailable".
    pub acquire_timeout: Duration,
    /// How long SQLite waits for the write lock before giving up with SQLITE_BUSY.
    pub busy_timeout: Duration,
}

impl Default for DbOptions {
    fn default() -> Self {
        Self { max_connections: 10, acquire_timeout: Duration::from_secs(5), busy_timeout: Duration::from_secs(5) }
    }
}

/// A connection pool on one backend. Cheap to clone.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool, WriteQueue),
    Postgres(PgPool),
}

/// SQLite has one writer at a time. This process's writers line up here, first come first
/// served, before they take a connection and `BEGIN IMMEDIATE`. Left to SQLite's busy handler,
/// which polls, a writer can be overtaken again and again by later ones: sixteen concurrent
/// shoppers on a loaded machine saw one wait past the busy timeout and fail with "database is
/// locked". Queued writers also hold no pooled connection, so readers keep getting theirs. The
/// busy timeout still arbitrates between processes (`rms serve` and `rms worker` on one file).
#[derive(Clone, Debug)]
pub struct WriteQueue {
    turn: Arc<Semaphore>,
    patience: Duration,
}

/// How long this process's SQLite writers waited for their turn, and how long they held it:
/// the embedded database's one writer is where its write load shows first.
pub const WRITE_WAIT_SECONDS: &str = "rms_sqlite_write_wait_seconds";
pub const WRITE_HOLD_SECONDS: &str = "rms_sqlite_write_hold_seconds";

impl WriteQueue {
    async fn take(&self) -> Result<Turn, StoreError> {
        let asked = Instant::now();
        let permit = tokio::time::timeout(self.patience, self.turn.clone().acquire_owned()).await;
        let since = Instant::now();
        // Waits that gave up count too: they are the longest.
        metrics::histogram!(WRITE_WAIT_SECONDS).record(since.duration_since(asked).as_secs_f64());
        let permit = permit
            .map_err(|_| StoreError::Unavailable(sqlx::Error::PoolTimedOut))?
            .map_err(|_| StoreError::Unavailable(sqlx::Error::PoolClosed))?;
        Ok(Turn { _permit: permit, since })
    }
}

/// One writer's turn on SQLite; handing it on records how long it was held.
#[derive(Debug)]
pub struct Turn {
    _permit: OwnedSemaphorePermit,
    since: Instant,
}

impl Drop for Turn {
    fn drop(&mut self) {
        metrics::histogram!(WRITE_HOLD_SECONDS).record(self.since.elapsed().as_secs_f64());
    }
}

/// This process's turn to write, held across a write made outside [`Db::begin`] (a single
/// statement, atomic by itself): on SQLite it queues with every transaction instead of polling
/// the database's lock, which behind back-to-back transactions misses every opening until the
/// busy timeout; PostgreSQL writers do not queue, so there it is nothing and costs nothing.
#[must_use = "the turn lasts as long as the value is held"]
pub struct WriteTurn {
    _turn: Option<Turn>,
}

/// Runs `$body` with `$pool` bound to the concrete pool of whichever backend `$db` is.
///
/// The body is compiled once per backend, so `query_as::<_, Row>` and `bind` resolve to concrete
/// types on each side while the SQL text stays shared.
#[macro_export]
macro_rules! on_db {
    ($db:expr, $pool:ident => $body:expr) => {
        match $db {
            $crate::Db::Sqlite($pool, _) => $body,
            $crate::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` with `$conn` bound to the open transaction's connection (`&mut XxxConnection`).
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx {
            $crate::Tx::Sqlite(t, _) => {
                let $conn = &mut **t;
                $body
            }
            $crate::Tx::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

/// Runs one write statement with its binds on the pool and answers how many rows it changed:
/// `exec!(db, "UPDATE users SET name = $2 WHERE id = $1"; id, name)`. On SQLite it writes in this
/// process's writer turn ([`Db::write_turn`]), like every transaction: left to poll SQLite's lock
/// behind a queue of transactions, a single statement could miss every opening until the busy
/// timeout. Fails with [`StoreError`](crate::StoreError).
#[macro_export]
macro_rules! exec {
    ($db:expr, $sql:expr; $($bind:expr),* $(,)?) => {
        async {
            let db: &$crate::Db = $db;
            let _turn = db.write_turn().await?;
            let rows = $crate::on_db!(db, pool => ::sqlx::query($sql)$(.bind($bind))*.execute(pool).await.map(|r| r.rows_affected()))?;
            Ok::<u64, $crate::StoreError>(rows)
        }
        .await
    };
}

/// [`exec!`] inside the open transaction.
#[macro_export]
macro_rules! exec_tx {
    ($tx:expr, $sql:expr; $($bind:expr),* $(,)?) => {
        $crate::on_tx!($tx, conn => ::sqlx::query($sql)$(.bind($bind))*.execute(conn).await.map(|r| r.rows_affected()))
    };
}

/// Runs one query with its binds on the pool: `fetch!(db, query_as.fetch_optional, "SELECT … WHERE id =
/// $1"; id)` (any of sqlx's `query_as`/`query_scalar` with `fetch_one`/`fetch_optional`/`fetch_all`).
#[macro_export]
macro_rules! fetch {
    ($db:expr, $query:ident . $fetch:ident, $sql:expr; $($bind:expr),* $(,)?) => {
        $crate::on_db!($db, pool => ::sqlx::$query($sql)$(.bind($bind))*.$fetch(pool).await)
    };
}

/// [`fetch!`] inside the open transaction.
#[macro_export]
macro_rules! fetch_tx {
    ($tx:expr, $query:ident . $fetch:ident, $sql:expr; $($bind:expr),* $(,)?) => {
        $crate::on_tx!($tx, conn => ::sqlx::$query($sql)$(.bind($bind))*.$fetch(conn).await)
    };
}

/// An open write transaction. Dropping it without [`Tx::commit`] rolls back.
#[derive(Debug)]
pub enum Tx {
    /// The transaction, then this process's writer turn: fields drop in order, so the turn
    /// passes on only after the transaction has ended.
    Sqlite(Transaction<'static, Sqlite>, Turn),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t, _turn) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    pub async fn rollback(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t, _turn) => t.rollback().await?,
            Tx::Postgres(t) => t.rollback().await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(..) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// Opens a pool for `url`. For SQLite the file (and its folder) is created when missing, and
    /// every connection runs in WAL mode with foreign keys on and a busy timeout.
    pub async fn connect(url: &str, opts: &DbOptions) -> Result<Db, StoreError> {
        match Backend::from_url(url)? {
            Backend::Sqlite => {
                let conn = SqliteConnectOptions::from_str(url)
                    .map_err(|e| StoreError::BadUrl(format!("not a usable SQLite URL: {e}")))?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    // NORMAL is durable across application crashes in WAL mode; only an OS crash
                    // can lose the last transactions, which is the documented trade-off.
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(opts.busy_timeout)
                    // Checkpoints run in the background (`Db::checkpoint`), not inside whichever
                    // commit crosses the default 1,000 pages: heartbeats wait for their commit,
                    // and a checkpoint in it put their p99 at 16 ms. This is only the ceiling.
                    .pragma("wal_autocheckpoint", "20000");
                if let Some(dir) = conn.get_filename().parent().filter(|d| !d.as_os_str().is_empty()) {
                    create_dir(dir)?;
                }
                let pool = SqlitePoolOptions::new()
                    .max_connections(opts.max_connections)
                    .acquire_timeout(opts.acquire_timeout)
                    .connect_with(conn)
                    .await?;
                let queue = WriteQueue { turn: Arc::new(Semaphore::new(1)), patience: opts.busy_timeout };
                Ok(Db::Sqlite(pool, queue))
            }
            Backend::Postgres => {
                let conn = PgConnectOptions::from_str(url)
                    .map_err(|e| StoreError::BadUrl(format!("not a usable PostgreSQL URL: {e}")))?;
                let pool = PgPoolOptions::new()
                    .max_connections(opts.max_connections)
                    .acquire_timeout(opts.acquire_timeout)
                    .connect_with(conn)
                    .await?;
                Ok(Db::Postgres(pool))
            }
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(..) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Applies every migration not applied yet. Safe to run from several processes at once: sqlx
    /// takes an advisory lock on PostgreSQL, and SQLite serialises writers.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self {
            Db::Sqlite(pool, _) => SQLITE_MIGRATOR.run(pool).await?,
            Db::Postgres(pool) => POSTGRES_MIGRATOR.run(pool).await?,
        }
        Ok(())
    }

    /// Begins a write transaction (`BEGIN IMMEDIATE` on SQLite; see [`crate::dialect`]).
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        let begin = self.backend().dialect().begin_write;
        Ok(match self {
            Db::Sqlite(pool, queue) => {
                let turn = queue.take().await?;
                Tx::Sqlite(pool.begin_with(begin).await?, turn)
            }
            Db::Postgres(pool) => Tx::Postgres(pool.begin_with(begin).await?),
        })
    }

    /// Waits for this process's turn to write (see [`WriteTurn`]).
    pub async fn write_turn(&self) -> Result<WriteTurn, StoreError> {
        let turn = match self {
            Db::Sqlite(_, queue) => Some(queue.take().await?),
            Db::Postgres(_) => None,
        };
        Ok(WriteTurn { _turn: turn })
    }

    /// A cheap round trip, for readiness checks.
    pub async fn ping(&self) -> Result<(), StoreError> {
        on_db!(self, pool => sqlx::query("SELECT 1").execute(pool).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Copies what the SQLite write-ahead log holds into the database file without blocking
    /// readers or writers (`PRAGMA wal_checkpoint(PASSIVE)`); the server runs it every few
    /// seconds. Nothing to do on PostgreSQL.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        if let Db::Sqlite(pool, _) = self {
            sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(pool).await?;
        }
        Ok(())
    }

    /// Writes a consistent copy of the SQLite database to the new file `to` while the server goes
    /// on serving: `VACUUM INTO` reads the database in one transaction (a copy of one moment,
    /// the write-ahead log included) and writers carry on meanwhile. `None` on PostgreSQL, whose
    /// own tools (`pg_dump`) do this.
    pub async fn backup_sqlite(&self, to: &Path) -> Result<Option<()>, StoreError> {
        let Db::Sqlite(pool, _) = self else { return Ok(None) };
        let target = to.to_str().ok_or_else(|| StoreError::BadUrl(format!("not a UTF-8 path: {}", to.display())))?;
        sqlx::query("VACUUM INTO $1").bind(target).execute(pool).await?;
        Ok(Some(()))
    }

    /// Whether the database has the table `name` (`users`: this server's schema;
    /// `_sqlx_migrations`: the record of the migrations applied).
    pub async fn has_table(&self, name: &str) -> Result<bool, StoreError> {
        Ok(match self {
            Db::Sqlite(pool, _) => {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1")
                    .bind(name)
                    .fetch_one(pool)
                    .await?
                    > 0
            }
            Db::Postgres(pool) => {
                sqlx::query_scalar::<_, bool>("SELECT to_regclass($1) IS NOT NULL").bind(name).fetch_one(pool).await?
            }
        })
    }

    /// How many other sessions are connected to this PostgreSQL database (servers and workers
    /// still running); 0 on SQLite, where a lock file tells instead.
    pub async fn other_sessions(&self) -> Result<i64, StoreError> {
        match self {
            Db::Sqlite(..) => Ok(0),
            Db::Postgres(pool) => Ok(sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() \
                   AND backend_type = 'client backend'",
            )
            .fetch_one(pool)
            .await?),
        }
    }

    /// Whether the database holds an installation's data (it has accounts), so that a restore
    /// over it must be forced.
    pub async fn holds_data(&self) -> Result<bool, StoreError> {
        if !self.has_table("users").await? {
            return Ok(false);
        }
        Ok(
            on_db!(self, pool => sqlx::query_scalar::<_, bool>("SELECT EXISTS (SELECT 1 FROM users)").fetch_one(pool).await)?,
        )
    }

    /// Closes every connection; waits for checked-out ones to come back.
    pub async fn close(&self) {
        on_db!(self, pool => pool.close().await)
    }
}

fn create_dir(dir: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(dir).map_err(|source| StoreError::DataDir { path: dir.display().to_string(), source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backend_comes_from_the_url_scheme() {
        assert_eq!(Backend::from_url("sqlite://./data/rms.db").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::from_url("sqlite::memory:").unwrap(), Backend::Sqlite);
        assert_eq!(Backend::from_url("postgres://u@h/db").unwrap(), Backend::Postgres);
        assert_eq!(Backend::from_url("postgresql://u@h/db").unwrap(), Backend::Postgres);
        let err = Backend::from_url("mysql://u@h/db").unwrap_err().to_string();
        assert!(err.contains("sqlite:// or postgres://") && err.contains("mysql"), "{err}");
    }
}
