//! The statements whose text differs between SQLite and PostgreSQL, in one table.
//!
//! Everything else is shared SQL. Keep this list short: a new entry is a portability cost.

use crate::Backend;

pub struct Dialect {
    /// Opens a write transaction. SQLite must take the write lock up front (`BEGIN IMMEDIATE`):
    /// a deferred transaction that reads first and writes later fails with SQLITE_BUSY instead of
    /// waiting when another writer got there in between.
    pub begin_write: &'static str,
    /// Claims up to `$4` due jobs for worker `$1` with a lease until `$2`, at time `$3`.
    /// PostgreSQL skips rows another worker is claiming right now; SQLite serialises writers, so
    /// the single statement is already atomic there.
    pub claim_jobs: &'static str,
}

const SQLITE: Dialect = Dialect {
    begin_write: "BEGIN IMMEDIATE",
    claim_jobs: "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2, \
                 updated_at = $3 \
                 WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= $3 \
                              ORDER BY run_at, id LIMIT $4) \
                 RETURNING id, kind, payload, attempts, max_attempts",
};

const POSTGRES: Dialect = Dialect {
    begin_write: "BEGIN",
    claim_jobs: "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2, \
                 updated_at = $3 \
                 WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= $3 \
                              ORDER BY run_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, kind, payload, attempts, max_attempts",
};

impl Backend {
    pub fn dialect(self) -> &'static Dialect {
        match self {
            Backend::Sqlite => &SQLITE,
            Backend::Postgres => &POSTGRES,
        }
    }
}
