//! Schema introspection, so a test can prove the SQLite and PostgreSQL migrations describe the same
//! tables and columns.
//!
//! Types are compared as portable classes: a PostgreSQL `integer` (INT4) is *not* the same class as
//! `BIGINT`, because sqlx refuses to decode INT4 into `i64` (docs/spec/ARCHITECTURE.md §3).

use std::collections::BTreeMap;

use crate::{Db, StoreError, on_db};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub type_class: String,
    pub nullable: bool,
}

/// table name → column name → column.
pub type Schema = BTreeMap<String, BTreeMap<String, Column>>;

/// Maps a declared column type to a class that both backends share.
fn type_class(declared: &str) -> String {
    let t = declared.to_ascii_lowercase();
    match t.as_str() {
        "bigint" | "int8" => "int64",
        "text" | "character varying" | "varchar" => "text",
        // JSON lives in TEXT on SQLite and JSONB on PostgreSQL; both decode into `Json<T>`.
        "jsonb" | "json" => "text",
        // UUIDs are BLOBs on SQLite and UUID on PostgreSQL; sqlx encodes `Uuid` for each.
        "blob" | "uuid" | "bytea" => "bytes",
        "boolean" | "bool" => "bool",
        other => other,
    }
    .to_owned()
}

/// Reads the application tables (not sqlx's own bookkeeping) with their columns.
pub async fn introspect(db: &Db) -> Result<Schema, StoreError> {
    let rows: Vec<(String, String, String, bool)> = match db {
        Db::Sqlite(pool, _) => {
            sqlx::query_as(
                "SELECT m.name, c.name, c.type, c.\"notnull\" = 0 \
             FROM sqlite_master m JOIN pragma_table_info(m.name) c \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'",
            )
            .fetch_all(pool)
            .await?
        }
        Db::Postgres(pool) => {
            sqlx::query_as(
                "SELECT table_name::text, column_name::text, data_type::text, is_nullable = 'YES' \
             FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_sqlx%'",
            )
            .fetch_all(pool)
            .await?
        }
    };
    let mut schema = Schema::new();
    for (table, column, declared, nullable) in rows {
        schema.entry(table).or_default().insert(column, Column { type_class: type_class(&declared), nullable });
    }
    Ok(schema)
}

/// Names of the explicitly created indexes, per table (constraint-backed indexes excluded).
pub async fn indexes(db: &Db) -> Result<BTreeMap<String, Vec<String>>, StoreError> {
    let rows: Vec<(String, String)> = on_db!(db, pool => {
        let sql = match db.backend() {
            crate::Backend::Sqlite => {
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
            }
            crate::Backend::Postgres => {
                "SELECT tablename::text, indexname::text FROM pg_indexes \
                 WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key' \
                 ORDER BY indexname"
            }
        };
        sqlx::query_as(sql).fetch_all(pool).await
    })?;
    let mut out = BTreeMap::<String, Vec<String>>::new();
    for (table, index) in rows {
        out.entry(table).or_default().push(index);
    }
    Ok(out)
}
