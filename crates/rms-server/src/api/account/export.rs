//! `GET /api/v1/me/export`: everything the server keeps about the caller, as JSON files in a ZIP
//! (the right of access and to portability). Each file has the shape the API answers for the
//! same data (`licenses.json` is `GET /api/v1/licenses`), so one document describes both; lists
//! the API pages are exported whole.

use std::io::Write;

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use rms_core::billing::HistoryFilter;
use serde::Serialize;
use serde_json::{Value, json};

use crate::api::account::{api_keys, me, notifications};
use crate::api::licenses::{products, seats};
use crate::api::store::{payments, purchases, wallet};
use crate::http::extract::Call;
use crate::http::problem::{ApiError, ProblemBody};

/// The same call again, for the next part of the export.
fn again(call: &Call) -> Call {
    Call { state: call.state.clone(), who: call.who.clone(), meta: call.meta.clone() }
}

fn value(v: impl Serialize) -> Result<Value, ApiError> {
    serde_json::to_value(v).map_err(|e| ApiError::Internal(format!("export: {e}")))
}

/// Every file of the caller's export: (name, JSON).
async fn files(call: Call) -> Result<Vec<(&'static str, Value)>, ApiError> {
    let state = call.state.clone();
    let who = call.who.clone();
    let account = me::get_me(again(&call)).await?.0;
    let licenses = products::my_licenses(again(&call)).await?.0;
    let mut activations = serde_json::Map::new();
    for license in &licenses {
        let list = seats::mine(again(&call), Path(license.id())).await?.0;
        activations.insert(license.id().to_string(), value(list)?);
    }
    // The whole history, not a page of it.
    let filter = HistoryFilter { kind: None, from: None, until: None, incoming: None, limit: i64::from(u32::MAX) };
    let movements: Vec<wallet::MovementOut> =
        state.services.wallet.history(&who, &filter).await?.into_iter().map(Into::into).collect();
    let mut inbox = Vec::new();
    let mut before = None;
    loop {
        let page = state.services.notifications.inbox(&who, before, 100).await?;
        let Some(last) = page.items.last().map(|n| n.id) else { break };
        inbox.extend(page.items.into_iter().map(notifications::NotificationOut::from));
        before = Some(last);
    }
    Ok(vec![
        ("account.json", value(account)?),
        ("billing_profile.json", value(wallet::billing_profile(again(&call)).await?.0)?),
        ("licenses.json", value(licenses)?),
        ("activations.json", Value::Object(activations)),
        ("invoices.json", value(purchases::invoices(again(&call)).await?.0)?),
        ("payments.json", value(payments::top_ups(again(&call)).await?.0)?),
        (
            "wallet.json",
            json!({ "balance": value(wallet::get(again(&call)).await?.0)?, "movements": value(movements)? }),
        ),
        ("notifications.json", value(inbox)?),
        ("notification_preferences.json", value(notifications::preferences(again(&call)).await?.0)?),
        ("api_keys.json", value(api_keys::list(again(&call)).await?.0)?),
    ])
}

/// The files as one ZIP (stored, uncompressed: JSON of one person is small).
fn zip(files: &[(&str, Value)]) -> Result<Vec<u8>, ApiError> {
    let fail = |e: &dyn std::fmt::Display| ApiError::Internal(format!("export zip: {e}"));
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in files {
        out.start_file(*name, options).map_err(|e| fail(&e))?;
        let bytes = serde_json::to_vec_pretty(content).map_err(|e| fail(&e))?;
        out.write_all(&bytes).map_err(|e| fail(&e))?;
    }
    Ok(out.finish().map_err(|e| fail(&e))?.into_inner())
}

/// Download everything kept about you: account, billing profile, licenses with their keys and
/// activations, invoices, payments, wallet balance and every movement, notifications and their
/// settings, API keys (names and scopes, never secrets). A ZIP of JSON files, each shaped like
/// the API's answer for the same data. A signed-in person only: API keys cannot export (the
/// export lists the account's keys, which keys may not).
#[utoipa::path(get, path = "/api/v1/me/export", tag = "account", security(("bearer" = ["session"])),
    responses((status = 200, description = "A ZIP of JSON files", content_type = "application/zip", body = Vec<u8>),
        (status = 401, body = ProblemBody), (status = 403, description = "`FORBIDDEN`: an API key", body = ProblemBody)))]
pub async fn export(call: Call) -> Result<Response, ApiError> {
    let files = files(call).await?;
    let bytes = zip(&files)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"my-data.zip\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        bytes,
    )
        .into_response())
}
