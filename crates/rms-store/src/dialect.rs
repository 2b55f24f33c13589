//! The statements whose text differs between SQLite and PostgreSQL, in one table.
//!
//! Everything else is shared SQL. Keep this list short: a new entry is a portability cost.
//! [`value_rows`] builds the one piece of shared text that is generated: a multi-row `VALUES` list.

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
    /// Rows per statement, and about per transaction, in batch writes (heartbeat groups,
    /// validation tallies and their analytics). SQLite has one writer: a heartbeat waits for the whole
    /// transaction ahead of it, and a row costs about 35 µs there (a page rewritten per row: the
    /// rows are a fleet's devices, scattered), so its batches are short. PostgreSQL locks only
    /// the rows written, and longer batches save round trips.
    pub batch_rows: usize,
}

const SQLITE: Dialect = Dialect {
    begin_write: "BEGIN IMMEDIATE",
    claim_jobs: "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2, \
                 updated_at = $3 \
                 WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= $3 \
                              ORDER BY run_at, id LIMIT $4) \
                 RETURNING id, kind, payload, attempts, max_attempts",
    batch_rows: 100,
};

const POSTGRES: Dialect = Dialect {
    begin_write: "BEGIN",
    claim_jobs: "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2, \
                 updated_at = $3 \
                 WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= $3 \
                              ORDER BY run_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, kind, payload, attempts, max_attempts",
    batch_rows: 500,
};

impl Backend {
    pub fn dialect(self) -> &'static Dialect {
        match self {
            Backend::Sqlite => &SQLITE,
            Backend::Postgres => &POSTGRES,
        }
    }
}

/// The `VALUES` list of a multi-row statement: `rows` tuples of `columns` numbered placeholders,
/// `($1, $2), ($3, $4)`. Both backends read `$n`; the binds follow row by row.
pub(crate) fn value_rows(rows: usize, columns: usize) -> String {
    let mut out = String::with_capacity(rows * columns * 5);
    for row in 0..rows {
        if row > 0 {
            out.push_str(", ");
        }
        out.push('(');
        for column in 0..columns {
            if column > 0 {
                out.push_str(", ");
            }
            out.push('$');
            out.push_str(&(row * columns + column + 1).to_string());
        }
        out.push(')');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_rows_number_the_placeholders_row_by_row() {
        assert_eq!(super::value_rows(2, 3), "($1, $2, $3), ($4, $5, $6)");
        assert_eq!(super::value_rows(1, 1), "($1)");
        assert_eq!(super::value_rows(0, 4), "");
    }
}
