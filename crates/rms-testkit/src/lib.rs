//! Test support shared by every crate's tests: a fresh database per test on SQLite and on
//! PostgreSQL, and the [`db_test!`] macro that runs one test body on both.
//!
//! PostgreSQL tests need `RMS_TEST_POSTGRES_URL` (a database the tests may connect to and whose
//! role may `CREATE DATABASE`). Without it they are reported as ignored, with the reason, and the
//! SQLite half still runs; CI always sets it, so there a missing PostgreSQL fails the run.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::str::FromStr;

pub use rms_store::Backend;
use rms_store::{Db, DbOptions};
use sqlx::ConnectOptions;
use sqlx::postgres::PgConnectOptions;

pub use rms_core::clock::ManualClock;

pub const POSTGRES_URL_VAR: &str = "RMS_TEST_POSTGRES_URL";
pub const REDIS_URL_VAR: &str = "RMS_TEST_REDIS_URL";

/// A fresh, empty, migrated database that disappears when dropped.
pub struct TestDb {
    pub db: Db,
    url: String,
    _dir: Option<tempfile::TempDir>,
    pg: Option<PgCleanup>,
}

struct PgCleanup {
    admin_url: String,
    name: String,
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        let t = Self::empty(backend).await;
        t.db.migrate().await.expect("migrations apply to a fresh database");
        t
    }

    /// A fresh database without migrations applied.
    pub async fn empty(backend: Backend) -> TestDb {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("rms.db").display());
                let db = Db::connect(&url, &DbOptions::default()).await.expect("open SQLite");
                TestDb { db, url, _dir: Some(dir), pg: None }
            }
            Backend::Postgres => {
                let admin_url = std::env::var(POSTGRES_URL_VAR)
                    .unwrap_or_else(|_| panic!("{POSTGRES_URL_VAR} must be set to run PostgreSQL tests"));
                let name = format!("rms_test_{}", uuid::Uuid::now_v7().simple());
                let mut admin =
                    PgConnectOptions::from_str(&admin_url).expect("valid URL").connect().await.unwrap_or_else(|e| {
                        panic!("cannot connect to PostgreSQL at {POSTGRES_URL_VAR}={admin_url}: {e}")
                    });
                sqlx::Executor::execute(&mut admin, sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .await
                    .expect("CREATE DATABASE");
                let url = with_database(&admin_url, &name);
                let db = Db::connect(&url, &DbOptions { max_connections: 20, ..DbOptions::default() })
                    .await
                    .expect("open PostgreSQL test database");
                TestDb { db, url, _dir: None, pg: Some(PgCleanup { admin_url, name }) }
            }
        }
    }

    /// The URL the application under test should connect to.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn backend(&self) -> Backend {
        self.db.backend()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(pg) = self.pg.take() else { return };
        // Dropping happens outside any async context we could await in; use a short-lived runtime
        // on its own thread. WITH (FORCE) ends connections a test left open.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            rt.block_on(async {
                let mut admin = PgConnectOptions::from_str(&pg.admin_url).ok()?.connect().await.ok()?;
                let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", pg.name);
                sqlx::Executor::execute(&mut admin, sqlx::AssertSqlSafe(sql)).await.ok()
            })
        })
        .join();
    }
}

/// Replaces the database name in a PostgreSQL URL.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let authority_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[authority_end..].find('/') {
        Some(slash) => &base[..authority_end + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// The Redis URL for tests, when one is configured.
pub fn redis_url() -> Option<String> {
    std::env::var(REDIS_URL_VAR).ok().filter(|s| !s.is_empty())
}

/// Declares a test that runs once on SQLite and once on PostgreSQL.
///
/// ```ignore
/// db_test!(async fn a_committed_job_runs_once(t: TestDb) { ... });
/// ```
/// expands to a module `a_committed_job_runs_once` with tests `sqlite` and `postgres`. The
/// calling crate needs the `build.rs` that sets `cfg(rms_pg)` when `RMS_TEST_POSTGRES_URL` is set.
#[macro_export]
macro_rules! db_test {
    ($(#[$meta:meta])* async fn $name:ident($t:ident : TestDb) $body:block) => {
        $(#[$meta])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn body($t: $crate::TestDb) $body

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                body($crate::TestDb::new($crate::Backend::Sqlite).await).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            #[cfg_attr(not(rms_pg), ignore = "PostgreSQL suite skipped: set RMS_TEST_POSTGRES_URL to run it")]
            async fn postgres() {
                body($crate::TestDb::new($crate::Backend::Postgres).await).await
            }
        }
    };
}

/// The token of the first `{path}?token=…` link in an email's text.
pub fn link_token_of(email: &str, path: &str) -> String {
    let marker = format!("{path}?token=");
    let start = email.find(&marker).expect("a link") + marker.len();
    email[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect()
}

/// Polls `check` every 20 ms until it returns true, panicking with `what` after `timeout`.
/// For effects that happen on another task (a worker, a server); never a timing assertion.
pub async fn eventually<F, Fut>(timeout: std::time::Duration, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if check().await {
            return;
        }
        if std::time::Instant::now() >= deadline {
            panic!("timed out after {timeout:?} waiting until {what}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn the_database_name_is_replaced_and_the_rest_kept() {
        assert_eq!(with_database("postgres://u@h:5432/test", "x"), "postgres://u@h:5432/x");
        assert_eq!(with_database("postgres://u@h/test?sslmode=disable", "x"), "postgres://u@h/x?sslmode=disable");
        assert_eq!(with_database("postgres://u@h", "x"), "postgres://u@h/x");
    }
}
