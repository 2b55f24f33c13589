//! The HTTP side of `Idempotency-Key` (the rules live in [`rms_app::idempotency`]): a replay is
//! answered with the stored status and body, byte for byte, and `Idempotent-Replayed: true`; a
//! key in use gets 409 with `Retry-After`; a refused request lets its key go.

use std::future::Future;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_app::idempotency::Claim;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::state::AppState;

pub const HEADER: &str = "idempotency-key";

fn json_response(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn refused(e: AppError) -> Response {
    let busy = match e {
        AppError::IdempotencyInFlight { retry_after_secs } => Some(retry_after_secs.max(1)),
        _ => None,
    };
    let mut res = ApiError::from(e).into_response();
    if let Some(secs) = busy
        && let Ok(v) = HeaderValue::from_str(&secs.to_string())
    {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}

/// Runs `run` under the request's `Idempotency-Key` (if any) and turns the outcome into a
/// response. `run` gets the claim to record its answer with, and returns the status and JSON body
/// it answered.
pub async fn run<F, Fut>(
    state: &AppState,
    headers: &HeaderMap,
    user: Uuid,
    route: &str,
    request: &serde_json::Value,
    run: F,
) -> Response
where
    F: FnOnce(Option<Claim>) -> Fut,
    Fut: Future<Output = Result<(u16, String), AppError>>,
{
    let key = match headers.get(HEADER).map(|v| v.to_str()) {
        None => None,
        Some(Ok(key)) => Some(key),
        Some(Err(_)) => {
            let bad = AppError::Invalid { field: "Idempotency-Key", reason: rms_core::account::InvalidInput::Range };
            return refused(bad);
        }
    };
    match state.services.idempotency.run(user, key, route, request, run).await {
        Ok(answer) => {
            let mut res = json_response(answer.status, answer.body);
            if answer.replayed {
                res.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            }
            res
        }
        Err(e) => refused(e),
    }
}
