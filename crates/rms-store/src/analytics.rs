//! Analytics: the counters the licensing hot path coalesces, the raw events each daily rollup
//! reads, and the rollup rows themselves.
//!
//! Every source query takes a half-open range of days `[from, to)` (days since the Unix epoch,
//! UTC) and groups by day in SQL, so rolling a day up and computing today live are the same
//! queries. Sums are cast to BIGINT: PostgreSQL's `SUM(bigint)` is `numeric`.

use rms_core::billing::{InvoiceKind, InvoiceLine, InvoiceParty};
use uuid::Uuid;

use crate::dialect::{statement_parts, value_rows};
use crate::{Db, Json, StoreError, exec, exec_tx, fetch, on_tx};

pub use rms_core::analytics::DAY_MS;

/// One protocol answer count, keyed the way `usage_counts` is. Ordered: batches are written in
/// key order, so two nodes flushing the same keys take their row locks in the same order.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UsageKey {
    pub day: i64,
    pub product: Uuid,
    /// `Uuid::nil()` when the key matched no license of this product.
    pub license: Uuid,
    pub event: &'static str,
    pub code: &'static str,
}

/// An activation that checked in on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sighting {
    pub day: i64,
    pub activation: Uuid,
    pub license: Uuid,
}

/// Adds protocol answer counts, in one transaction (in [`statement_parts`]). The keys must be
/// distinct (PostgreSQL refuses to update one row twice in a statement); a flush's come from a map.
pub async fn add_usage(db: &Db, counts: &[(UsageKey, i64)]) -> Result<(), StoreError> {
    if counts.is_empty() {
        return Ok(());
    }
    // One transaction: the caller counts the batch written or not, never half.
    let mut tx = db.begin().await?;
    for part in statement_parts(counts) {
        let sql = sqlx::AssertSqlSafe(format!(
            "INSERT INTO usage_counts (day, product_id, license_id, event, code, count) VALUES {} \
             ON CONFLICT (day, product_id, license_id, event, code) DO UPDATE SET count = usage_counts.count + excluded.count",
            value_rows(part.len(), 6)
        ));
        on_tx!(&mut tx, conn => {
            let mut q = sqlx::query(sql);
            for (k, n) in part {
                q = q.bind(k.day).bind(k.product).bind(k.license).bind(k.event).bind(k.code).bind(n);
            }
            q.execute(conn).await.map(|r| r.rows_affected())
        })?;
    }
    tx.commit().await?;
    Ok(())
}

/// Records check-ins, in one transaction (in [`statement_parts`]); one already recorded is kept as
/// it is, so writing a sighting again changes nothing.
pub async fn add_sightings(db: &Db, sightings: &[Sighting]) -> Result<(), StoreError> {
    if sightings.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    for part in statement_parts(sightings) {
        let sql = sqlx::AssertSqlSafe(format!(
            "INSERT INTO activation_days (day, activation_id, license_id) VALUES {} ON CONFLICT DO NOTHING",
            value_rows(part.len(), 3)
        ));
        on_tx!(&mut tx, conn => {
            let mut q = sqlx::query(sql);
            for s in part {
                q = q.bind(s.day).bind(s.activation).bind(s.license);
            }
            q.execute(conn).await.map(|r| r.rows_affected())
        })?;
    }
    tx.commit().await?;
    Ok(())
}

/// One rollup row: `count` events and `amount` minor units of `metric` on `day`.
#[derive(Clone, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct DailyRow {
    pub day: i64,
    pub metric: String,
    pub product_id: String,
    pub plan_id: String,
    pub currency: String,
    pub gateway: String,
    pub country: String,
    pub dim: String,
    pub count: i64,
    pub amount: i64,
}

/// An invoice or credit note as the sales rollup reads it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SaleRow {
    pub day: i64,
    #[sqlx(try_from = "String")]
    pub kind: InvoiceKind,
    pub currency: String,
    #[sqlx(try_from = "String")]
    pub lines: Json<Vec<InvoiceLine>>,
    #[sqlx(try_from = "String")]
    pub buyer: Json<InvoiceParty>,
    pub payment_method: String,
    pub total_minor: i64,
    /// The buyer's first invoice ever (1), or a returning buyer's (0); 0 for credit notes.
    pub first: i64,
}

pub async fn sales(db: &Db, from: i64, to: i64) -> Result<Vec<SaleRow>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT i.created_at / 86400000 AS day, i.kind, i.currency, i.lines, i.buyer, i.payment_method, i.total_minor, \
                CAST(CASE WHEN i.kind = 'invoice' AND NOT EXISTS ( \
                    SELECT 1 FROM invoices p WHERE p.user_id = i.user_id AND p.kind = 'invoice' \
                      AND (p.created_at < i.created_at OR (p.created_at = i.created_at AND p.id < i.id))) \
                     THEN 1 ELSE 0 END AS BIGINT) AS first \
         FROM invoices i WHERE i.created_at >= $1 AND i.created_at < $2";
        from * DAY_MS, to * DAY_MS)?)
}

/// Plans and their products (a small table, read whole).
pub async fn plan_products(db: &Db) -> Result<Vec<(Uuid, Uuid)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all, "SELECT id, product_id FROM plans";)?)
}

/// Wallet top-ups credited from a gateway: (day, gateway, currency, count, amount).
pub async fn top_ups(db: &Db, from: i64, to: i64) -> Result<Vec<(i64, String, String, i64, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT t.created_at / 86400000 AS day, COALESCE(p.gateway, ''), a.currency, \
                CAST(COUNT(*) AS BIGINT), CAST(SUM(e.amount_minor) AS BIGINT) \
         FROM ledger_txns t \
         JOIN ledger_entries e ON e.txn_id = t.id \
         JOIN ledger_accounts a ON a.id = e.account_id AND a.kind = 'wallet' \
         LEFT JOIN payments p ON p.txn_id = t.id \
         WHERE t.kind = 'top_up' AND t.created_at >= $1 AND t.created_at < $2 \
         GROUP BY 1, 2, 3";
        from * DAY_MS, to * DAY_MS)?)
}

/// Promo code uses: (day, code, currency, uses, discount).
pub async fn promo_uses(db: &Db, from: i64, to: i64) -> Result<Vec<(i64, String, String, i64, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT r.created_at / 86400000 AS day, c.code, i.currency, CAST(COUNT(*) AS BIGINT), \
                CAST(SUM(r.discount_minor) AS BIGINT) \
         FROM promo_redemptions r JOIN promo_codes c ON c.id = r.promo_id JOIN invoices i ON i.id = r.invoice_id \
         WHERE r.created_at >= $1 AND r.created_at < $2 GROUP BY 1, 2, 3";
        from * DAY_MS, to * DAY_MS)?)
}

/// Affiliate commissions earned (by creation) or reversed (by reversal): (day, affiliate, count,
/// amount).
pub async fn commissions(
    db: &Db,
    from: i64,
    to: i64,
    reversed: bool,
) -> Result<Vec<(i64, Uuid, i64, i64)>, StoreError> {
    let sql = if reversed {
        "SELECT updated_at / 86400000 AS day, affiliate_id, CAST(COUNT(*) AS BIGINT), CAST(SUM(amount_minor) AS BIGINT) \
         FROM commissions WHERE status = 'reversed' AND updated_at >= $1 AND updated_at < $2 GROUP BY 1, 2"
    } else {
        "SELECT created_at / 86400000 AS day, affiliate_id, CAST(COUNT(*) AS BIGINT), CAST(SUM(amount_minor) AS BIGINT) \
         FROM commissions WHERE created_at >= $1 AND created_at < $2 GROUP BY 1, 2"
    };
    Ok(fetch!(db, query_as.fetch_all, sql; from * DAY_MS, to * DAY_MS)?)
}

/// Licenses issued (sub-licenses carved from seats are not new sales): (day, product, plan, count).
pub async fn licenses_issued(db: &Db, from: i64, to: i64) -> Result<Vec<(i64, Uuid, Uuid, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT created_at / 86400000 AS day, product_id, plan_id, CAST(COUNT(*) AS BIGINT) FROM licenses \
         WHERE parent_id IS NULL AND created_at >= $1 AND created_at < $2 GROUP BY 1, 2, 3";
        from * DAY_MS, to * DAY_MS)?)
}

/// Activations created: (day, product, plan, count).
pub async fn activations_created(db: &Db, from: i64, to: i64) -> Result<Vec<(i64, Uuid, Uuid, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT a.created_at / 86400000 AS day, l.product_id, l.plan_id, CAST(COUNT(*) AS BIGINT) \
         FROM activations a JOIN licenses l ON l.id = a.license_id \
         WHERE a.created_at >= $1 AND a.created_at < $2 GROUP BY 1, 2, 3";
        from * DAY_MS, to * DAY_MS)?)
}

/// Activations ended, by who ended them: (day, product, plan, by, count).
pub async fn activations_ended(db: &Db, from: i64, to: i64) -> Result<Vec<(i64, Uuid, Uuid, String, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT a.deactivated_at / 86400000 AS day, l.product_id, l.plan_id, COALESCE(a.deactivated_by, ''), \
                CAST(COUNT(*) AS BIGINT) \
         FROM activations a JOIN licenses l ON l.id = a.license_id \
         WHERE a.deactivated_at >= $1 AND a.deactivated_at < $2 GROUP BY 1, 2, 3, 4";
        from * DAY_MS, to * DAY_MS)?)
}

/// Live activations per product at the start of `day` (a full count; the rollup carries the
/// figure forward from the day before whenever that day is rolled up).
pub async fn live_activations_at(db: &Db, day: i64) -> Result<Vec<(Uuid, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT l.product_id, CAST(COUNT(*) AS BIGINT) FROM activations a JOIN licenses l ON l.id = a.license_id \
         WHERE a.created_at < $1 AND (a.deactivated_at IS NULL OR a.deactivated_at >= $1) GROUP BY 1";
        day * DAY_MS)?)
}

/// Protocol answers: (day, product, plan or NULL for unknown keys, event, code, count).
pub async fn usage(
    db: &Db,
    from: i64,
    to: i64,
) -> Result<Vec<(i64, Uuid, Option<Uuid>, String, String, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT u.day, u.product_id, l.plan_id, u.event, u.code, CAST(SUM(u.count) AS BIGINT) \
         FROM usage_counts u LEFT JOIN licenses l ON l.id = u.license_id \
         WHERE u.day >= $1 AND u.day < $2 GROUP BY 1, 2, 3, 4, 5";
        from, to)?)
}

/// Activations that checked in: (day, product, plan, count).
pub async fn active_activations(db: &Db, from: i64, to: i64) -> Result<Vec<(i64, Uuid, Uuid, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT d.day, l.product_id, l.plan_id, CAST(COUNT(*) AS BIGINT) \
         FROM activation_days d JOIN licenses l ON l.id = d.license_id \
         WHERE d.day >= $1 AND d.day < $2 GROUP BY 1, 2, 3";
        from, to)?)
}

/// Downloads: (day, product, release, count).
pub async fn downloads(db: &Db, from: i64, to: i64) -> Result<Vec<(i64, Uuid, Uuid, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT d.created_at / 86400000 AS day, r.product_id, d.release_id, CAST(COUNT(*) AS BIGINT) \
         FROM release_downloads d JOIN releases r ON r.id = d.release_id \
         WHERE d.created_at >= $1 AND d.created_at < $2 GROUP BY 1, 2, 3";
        from * DAY_MS, to * DAY_MS)?)
}

/// The earliest day any source has an event on, to start the first rollup from.
pub async fn first_event_day(db: &Db) -> Result<Option<i64>, StoreError> {
    let firsts: Vec<Option<i64>> = vec![
        fetch!(db, query_scalar.fetch_one, "SELECT MIN(created_at) FROM invoices";)?,
        fetch!(db, query_scalar.fetch_one, "SELECT MIN(created_at) FROM licenses";)?,
        fetch!(db, query_scalar.fetch_one, "SELECT MIN(created_at) FROM activations";)?,
        fetch!(db, query_scalar.fetch_one, "SELECT MIN(created_at) FROM ledger_txns";)?,
        fetch!(db, query_scalar.fetch_one, "SELECT MIN(created_at) FROM release_downloads";)?,
        fetch!(db, query_scalar.fetch_one, "SELECT MIN(day) * 86400000 FROM usage_counts";)?,
    ];
    Ok(firsts.into_iter().flatten().min().map(|ms| ms.div_euclid(DAY_MS)))
}

/// The day the scheduled rollup began at (the first event's): nothing happened before it.
pub async fn rollup_start(db: &Db) -> Result<Option<i64>, StoreError> {
    let value: Option<String> =
        fetch!(db, query_scalar.fetch_optional, "SELECT value FROM settings WHERE key = 'analytics.rollup_start'";)?;
    Ok(value.and_then(|v| v.parse().ok()))
}

pub async fn set_rollup_start(db: &Db, day: i64, now_ms: i64) -> Result<(), StoreError> {
    exec!(db,
        "INSERT INTO settings (key, value, updated_at) VALUES ('analytics.rollup_start', $1, $2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at";
        day.to_string(), now_ms)?;
    Ok(())
}

/// The newest rolled-up day.
pub async fn last_rolled_up(db: &Db) -> Result<Option<i64>, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_one, "SELECT MAX(day) FROM analytics_days";)?)
}

/// The rolled-up days in `[from, to)`.
pub async fn rolled_up_days(db: &Db, from: i64, to: i64) -> Result<Vec<i64>, StoreError> {
    Ok(fetch!(db, query_scalar.fetch_all,
        "SELECT day FROM analytics_days WHERE day >= $1 AND day < $2 ORDER BY day"; from, to)?)
}

/// Replaces the rollup of the days `[from, to)` with `rows` and marks those days rolled up, in one
/// transaction: a reader sees the old rows or the new ones, never half.
pub async fn replace_days(db: &Db, from: i64, to: i64, rows: &[DailyRow], now_ms: i64) -> Result<(), StoreError> {
    let mut tx = db.begin().await?;
    exec_tx!(&mut tx, "DELETE FROM analytics_daily WHERE day >= $1 AND day < $2"; from, to)?;
    for chunk in rows.chunks(128).flat_map(statement_parts) {
        let sql = sqlx::AssertSqlSafe(format!(
            "INSERT INTO analytics_daily (day, metric, product_id, plan_id, currency, gateway, country, dim, count, amount) \
             VALUES {}",
            value_rows(chunk.len(), 10)
        ));
        on_tx!(&mut tx, conn => {
            let mut q = sqlx::query(sql);
            for r in chunk {
                q = q
                    .bind(r.day)
                    .bind(&r.metric)
                    .bind(&r.product_id)
                    .bind(&r.plan_id)
                    .bind(&r.currency)
                    .bind(&r.gateway)
                    .bind(&r.country)
                    .bind(&r.dim)
                    .bind(r.count)
                    .bind(r.amount);
            }
            q.execute(conn).await.map(|r| r.rows_affected())
        })?;
    }
    for day in from..to {
        let n = i64::try_from(rows.iter().filter(|r| r.day == day).count()).unwrap_or(i64::MAX);
        exec_tx!(&mut tx,
            "INSERT INTO analytics_days (day, rows_count, computed_at) VALUES ($1, $2, $3) \
             ON CONFLICT (day) DO UPDATE SET rows_count = excluded.rows_count, computed_at = excluded.computed_at";
            day, n, now_ms)?;
    }
    tx.commit().await?;
    Ok(())
}

/// Rollup rows of `metrics` in `[from, to)`, of one product when given.
pub async fn read_days(
    db: &Db,
    from: i64,
    to: i64,
    metrics: &[&str],
    product: Option<Uuid>,
) -> Result<Vec<DailyRow>, StoreError> {
    let list: Vec<String> = metrics.iter().map(|m| format!("'{}'", m.replace('\'', ""))).collect();
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT day, metric, product_id, plan_id, currency, gateway, country, dim, count, amount FROM analytics_daily \
         WHERE day >= $1 AND day < $2 AND metric IN ({}) AND ($3 = '' OR product_id = $3)",
        list.join(", ")
    ));
    let product = product.map(|p| p.to_string()).unwrap_or_default();
    Ok(fetch!(db, query_as.fetch_all, sql; from, to, &product)?)
}

/// One license's usage: (day, event, code, count).
pub async fn license_usage(
    db: &Db,
    license: Uuid,
    from: i64,
    to: i64,
) -> Result<Vec<(i64, String, String, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT day, event, code, CAST(SUM(count) AS BIGINT) FROM usage_counts \
         WHERE license_id = $1 AND day >= $2 AND day < $3 GROUP BY 1, 2, 3 ORDER BY 1";
        license, from, to)?)
}

/// One license's devices seen per day: (day, count).
pub async fn license_active(db: &Db, license: Uuid, from: i64, to: i64) -> Result<Vec<(i64, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT day, CAST(COUNT(*) AS BIGINT) FROM activation_days \
         WHERE license_id = $1 AND day >= $2 AND day < $3 GROUP BY 1 ORDER BY 1";
        license, from, to)?)
}

/// One license's downloads by release: (release, version, channel, count, last).
pub async fn license_downloads(db: &Db, license: Uuid) -> Result<Vec<(Uuid, String, String, i64, i64)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT r.id, r.version, r.channel, CAST(COUNT(*) AS BIGINT), MAX(d.created_at) \
         FROM release_downloads d JOIN releases r ON r.id = d.release_id \
         WHERE d.license_id = $1 GROUP BY r.id, r.version, r.channel ORDER BY 5 DESC";
        license)?)
}

/// The licenses with the most protocol calls in `[from, to)`: (license, calls, devices seen).
pub async fn top_licenses(
    db: &Db,
    from: i64,
    to: i64,
    product: Option<Uuid>,
    limit: i64,
) -> Result<Vec<(Uuid, i64, i64)>, StoreError> {
    let product = product.unwrap_or_else(Uuid::nil);
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT u.license_id, CAST(SUM(u.count) AS BIGINT) AS calls, \
                (SELECT CAST(COUNT(DISTINCT d.activation_id) AS BIGINT) FROM activation_days d \
                 WHERE d.license_id = u.license_id AND d.day >= $1 AND d.day < $2) \
         FROM usage_counts u \
         WHERE u.day >= $1 AND u.day < $2 AND u.license_id <> $3 AND ($4 = $3 OR u.product_id = $4) \
           AND u.event IN ('validate', 'heartbeat') \
         GROUP BY u.license_id ORDER BY calls DESC, u.license_id LIMIT $5";
        from, to, Uuid::nil(), product, limit)?)
}

/// Releases by id for labels: (id, product, version, channel).
pub async fn release_labels(db: &Db) -> Result<Vec<(Uuid, Uuid, String, String)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all, "SELECT id, product_id, version, channel FROM releases";)?)
}

/// Products for labels: (id, name, kind).
pub async fn product_labels(db: &Db) -> Result<Vec<(Uuid, String, String)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all, "SELECT id, name, kind FROM products ORDER BY name";)?)
}

/// Plans for labels: (id, name).
pub async fn plan_labels(db: &Db) -> Result<Vec<(Uuid, String)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all, "SELECT id, name FROM plans";)?)
}

/// Licenses for labels: (id, key prefix, product name, owner's email).
pub async fn license_labels(db: &Db, ids: &[Uuid]) -> Result<Vec<(Uuid, String, String, String)>, StoreError> {
    let mut out = Vec::new();
    for id in ids {
        let row: Option<(Uuid, String, String, String)> = fetch!(db, query_as.fetch_optional,
            "SELECT l.id, l.key_prefix, p.name, u.email FROM licenses l JOIN products p ON p.id = l.product_id \
             JOIN users u ON u.id = l.owner_id WHERE l.id = $1";
            id)?;
        out.extend(row);
    }
    Ok(out)
}

/// Users' emails for labels.
pub async fn user_emails(db: &Db, ids: &[Uuid]) -> Result<Vec<(Uuid, String)>, StoreError> {
    let mut out = Vec::new();
    for id in ids {
        let row: Option<(Uuid, String)> =
            fetch!(db, query_as.fetch_optional, "SELECT id, email FROM users WHERE id = $1"; id)?;
        out.extend(row);
    }
    Ok(out)
}

/// One license's activations over time: (created, ended).
pub async fn license_activation_spans(db: &Db, license: Uuid) -> Result<Vec<(i64, Option<i64>)>, StoreError> {
    Ok(fetch!(db, query_as.fetch_all,
        "SELECT created_at, deactivated_at FROM activations WHERE license_id = $1"; license)?)
}
