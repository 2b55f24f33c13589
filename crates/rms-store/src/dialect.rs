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
    /// The most rows per statement, and about per transaction, in batch writes (heartbeat groups,
    /// validation tallies and their analytics). SQLite has one writer: a heartbeat waits for the whole
    /// transaction ahead of it, and a row costs about 35 µs there (a page rewritten per row: the
    /// rows are a fleet's devices, scattered), so its batches are short. PostgreSQL locks only
    /// the rows written, and longer batches save round trips. Powers of two, so that a full
    /// batch is one statement (see [`statement_parts`]).
    pub batch_rows: usize,
}

const SQLITE: Dialect = Dialect {
    begin_write: "BEGIN IMMEDIATE",
    claim_jobs: "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2, \
                 updated_at = $3 \
                 WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= $3 \
                              ORDER BY run_at, id LIMIT $4) \
                 RETURNING id, kind, payload, attempts, max_attempts",
    batch_rows: 128,
};

const POSTGRES: Dialect = Dialect {
    begin_write: "BEGIN",
    claim_jobs: "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $2, \
                 updated_at = $3 \
                 WHERE id IN (SELECT id FROM jobs WHERE state = 'queued' AND run_at <= $3 \
                              ORDER BY run_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, kind, payload, attempts, max_attempts",
    batch_rows: 512,
};

impl Backend {
    pub fn dialect(self) -> &'static Dialect {
        match self {
            Backend::Sqlite => &SQLITE,
            Backend::Postgres => &POSTGRES,
        }
    }
}

/// The parts a multi-row statement writes `rows` in: each as long as the largest power of two that
/// fits what is left (100 rows: 64, 32, 4).
///
/// A multi-row statement's text depends on how many rows it has, and every text is a prepared
/// statement of its own, kept in each pooled connection (SQLite's in this process, PostgreSQL's in
/// its backend). Written in batches of whatever size came, heartbeat groups and tallies made a
/// new text almost every time, and each was prepared anew (a statement of hundreds of
/// placeholders; on PostgreSQL an extra round trip). In these parts a statement kind has at most
/// one text per power of two, prepared once per connection. (It did not lower the node's memory:
/// heaptrack put SQLite's statements and page caches together at about 23 MB.)
pub(crate) fn statement_parts<T>(rows: &[T]) -> impl Iterator<Item = &[T]> {
    let mut rest = rows;
    std::iter::from_fn(move || {
        let size = 1usize << rest.len().checked_ilog2()?;
        let (part, tail) = rest.split_at(size);
        rest = tail;
        Some(part)
    })
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

    #[test]
    fn rows_are_written_in_parts_of_powers_of_two_largest_first() {
        let rows: Vec<usize> = (0..128).collect();
        let sizes: Vec<usize> = super::statement_parts(&rows[..100]).map(<[usize]>::len).collect();
        assert_eq!(sizes, [64, 32, 4]);
        let again: Vec<usize> = super::statement_parts(&rows[..100]).flatten().copied().collect();
        assert_eq!(again, rows[..100], "every row once, in order");
        assert_eq!(super::statement_parts(&rows).count(), 1, "a full batch is one statement");
        assert_eq!(super::statement_parts::<usize>(&[]).count(), 0);
    }
}
