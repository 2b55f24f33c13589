//! The wallet API: balance and history, billing details, admin adjustments and ledger
//! reconciliation. Top-ups are in `payments`.

use axum::Json;
use axum::extract::{Path, Query};
use rms_core::billing::{BillingProfile, HistoryFilter};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::instant;
use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};
use crate::state::AppState;

/// A balance in the store's base currency.
#[derive(Serialize, ToSchema)]
pub struct WalletOut {
    balance_minor: i64,
    currency: String,
    /// Digits after the decimal point in `currency`.
    minor_digits: u8,
    /// `balance_minor` as an exact decimal string in major units.
    balance_decimal: String,
}

fn wallet_out(state: &AppState, balance_minor: i64) -> WalletOut {
    let currency = state.services.wallet.currency();
    WalletOut {
        balance_minor,
        currency: currency.as_str().to_owned(),
        minor_digits: currency.minor_digits(),
        balance_decimal: rms_core::Money::new(balance_minor, currency).to_decimal_string(),
    }
}

/// The caller's wallet balance.
#[utoipa::path(get, path = "/api/v1/wallet", tag = "wallet", security(("bearer" = ["read"])),
    responses((status = 200, body = WalletOut), (status = 401, body = ProblemBody)))]
pub async fn get(Call { state, who, .. }: Call) -> Result<Json<WalletOut>, ApiError> {
    let balance = state.services.wallet.balance(&who).await?;
    Ok(Json(wallet_out(&state, balance)))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HistoryQuery {
    /// `top_up`, `purchase`, `refund`, `adjustment`, `commission_release`; empty means all.
    #[param(pattern = "^(top_up|purchase|refund|adjustment|commission_release)?$")]
    kind: Option<String>,
    /// RFC 3339, inclusive.
    from: Option<String>,
    /// RFC 3339, exclusive.
    until: Option<String>,
    /// `in` or `out`; empty (as a form sends it) means both.
    #[param(pattern = "^(in|out)?$")]
    direction: Option<String>,
    /// At most 500 (default 100).
    #[param(minimum = 1, maximum = 500)]
    limit: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct MovementOut {
    txn_id: Uuid,
    kind: String,
    /// The invoice or payment it belongs to.
    reference: Option<String>,
    memo: String,
    /// Positive in, negative out.
    amount_minor: i64,
    created_at: String,
}

/// The caller's wallet movements, newest first.
#[utoipa::path(get, path = "/api/v1/wallet/transactions", tag = "wallet", security(("bearer" = ["read"])), params(HistoryQuery),
    responses((status = 200, body = [MovementOut]), (status = 422, body = ProblemBody)))]
pub async fn transactions(
    Call { state, who, .. }: Call,
    Query(q): Query<HistoryQuery>,
) -> Result<Json<Vec<MovementOut>>, ApiError> {
    let out_of_range =
        |field| ApiError::from(rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range });
    let incoming = match q.direction.as_deref() {
        None | Some("") => None,
        Some("in") => Some(true),
        Some("out") => Some(false),
        Some(_) => return Err(out_of_range("direction")),
    };
    let kinds = ["top_up", "purchase", "refund", "adjustment", "commission_release"];
    if q.kind.as_deref().is_some_and(|k| !k.is_empty() && !kinds.contains(&k)) {
        return Err(out_of_range("kind"));
    }
    let limit = q.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(out_of_range("limit"));
    }
    let filter = HistoryFilter {
        kind: q.kind.as_deref().filter(|k| !k.is_empty()),
        from: instant("from", q.from.as_deref())?,
        until: instant("until", q.until.as_deref())?,
        incoming,
        limit,
    };
    let rows = state.services.wallet.history(&who, &filter).await?;
    Ok(Json(rows.into_iter().map(MovementOut::from).collect()))
}

impl From<rms_core::billing::Movement> for MovementOut {
    fn from(r: rms_core::billing::Movement) -> Self {
        MovementOut {
            txn_id: r.txn_id,
            kind: r.kind,
            reference: r.reference,
            memo: r.memo,
            amount_minor: r.amount_minor,
            created_at: r.created_at.to_string(),
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdjustIn {
    /// Positive credits, negative debits (never below a zero balance); not zero.
    #[schema(minimum = -100_000_000_000i64, maximum = 100_000_000_000i64)]
    amount_minor: i64,
    #[schema(min_length = 1, max_length = 500)]
    reason: String,
}

/// Credits or debits a user's wallet by hand, with a reason. Audited.
#[utoipa::path(post, path = "/api/v1/admin/users/{id}/wallet/adjust", tag = "wallet", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The user")), request_body = AdjustIn,
    responses((status = 200, body = WalletOut), (status = 402, description = "`INSUFFICIENT_FUNDS`", body = ProblemBody),
        (status = 404, body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn adjust(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<AdjustIn>,
) -> Result<Json<WalletOut>, ApiError> {
    let balance = state.services.wallet.adjust(&who, id, body.amount_minor, &body.reason, &meta).await?;
    Ok(Json(wallet_out(&state, balance)))
}

/// What reconciliation found; `ok` when every invariant of the ledger holds.
#[derive(Serialize, ToSchema)]
pub struct ReconcileOut {
    ok: bool,
    entries_sum: i64,
    unbalanced_txns: Vec<Uuid>,
    /// `[account, cached balance, sum of entries]`.
    #[schema(value_type = Vec<Vec<serde_json::Value>>)]
    balance_mismatches: Vec<(String, i64, i64)>,
    negative_wallets: Vec<String>,
    payment_mismatches: Vec<Uuid>,
}

/// Checks every ledger invariant now (docs/spec/billing.md §3).
#[utoipa::path(get, path = "/api/v1/admin/ledger/reconcile", tag = "wallet", security(("bearer" = ["admin"])),
    responses((status = 200, body = ReconcileOut), (status = 403, body = ProblemBody)))]
pub async fn reconcile(Call { state, who, .. }: Call) -> Result<Json<ReconcileOut>, ApiError> {
    let b = state.services.wallet.reconcile_as(&who).await?;
    Ok(Json(ReconcileOut {
        ok: b.is_empty(),
        entries_sum: b.entries_sum,
        unbalanced_txns: b.unbalanced_txns,
        balance_mismatches: b.balance_mismatches,
        negative_wallets: b.negative_wallets,
        payment_mismatches: b.payment_mismatches,
    }))
}

/// What the caller's invoices say about them besides their name and email.
#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BillingProfileIo {
    #[serde(default)]
    company: String,
    #[serde(default)]
    tax_id: String,
    /// Street, city, postcode; several lines.
    #[serde(default)]
    address: String,
    /// ISO 3166-1 alpha-2 (`DE`), or empty. Decides the tax rate charged.
    #[serde(default)]
    country: String,
    /// Where rates differ by state or province: the region part of its ISO 3166-2 code (`CA`
    /// with country `US`; `US-CA` is accepted too), or empty.
    #[serde(default)]
    region: String,
}

impl From<BillingProfile> for BillingProfileIo {
    fn from(p: BillingProfile) -> Self {
        Self { company: p.company, tax_id: p.tax_id, address: p.address, country: p.country, region: p.region }
    }
}

/// The caller's billing details.
#[utoipa::path(get, path = "/api/v1/me/billing-profile", tag = "wallet", security(("bearer" = ["read"])),
    responses((status = 200, body = BillingProfileIo), (status = 401, body = ProblemBody)))]
pub async fn billing_profile(Call { state, who, .. }: Call) -> Result<Json<BillingProfileIo>, ApiError> {
    Ok(Json(state.services.wallet.billing_profile(&who).await?.into()))
}

/// Sets the caller's billing details; invoices issued from now on print them.
#[utoipa::path(put, path = "/api/v1/me/billing-profile", tag = "wallet", security(("bearer" = ["wallet"])),
    request_body = BillingProfileIo,
    responses((status = 200, body = BillingProfileIo),
        (status = 422, description = "`OUT_OF_RANGE`; `INVALID_VAT_ID` for an EU country's tax id not shaped like its VAT numbers", body = ProblemBody)))]
pub async fn set_billing_profile(
    Call { state, who, .. }: Call,
    ApiJson(body): ApiJson<BillingProfileIo>,
) -> Result<Json<BillingProfileIo>, ApiError> {
    let row = BillingProfile {
        company: body.company,
        tax_id: body.tax_id,
        address: body.address,
        country: body.country,
        region: body.region,
    };
    Ok(Json(state.services.wallet.set_billing_profile(&who, &row).await?.into()))
}
