//! The HTTP side of `Idempotency-Key` (the rules live in [`rms_app::idempotency`]): a replay is
//! answered with the stored status and body, byte for byte, and `Idempotent-Replayed: true`; a
//! key in use gets 409 with `Retry-After`; a refused request lets its key go.

use std::future::Future;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_app::idempotency::{Begin, Claim};
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::state::AppState;

pub const HEADER: &str = "idempotency-key";

fn json_response(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

fn refused(e: AppError) -> Response {
    let busy = matches!(e, AppError::IdempotencyInFlight);
    let mut res = ApiError::from(e).into_response();
    if busy {
        res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    res
}

/// Runs `run` under the request's `Idempotency-Key` (if any). `run` gets the claim to record its
/// answer with, and returns the status and JSON body it answered.
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
    let Some(key) = headers.get(HEADER) else {
        return match run(None).await {
            Ok((status, body)) => json_response(status, body),
            Err(e) => refused(e),
        };
    };
    let Ok(key) = key.to_str() else {
        return refused(AppError::Invalid { field: "Idempotency-Key", reason: rms_core::account::InvalidInput::Range });
    };
    let claim = match state.idempotency.begin(user, key, route, request).await {
        Ok(Begin::Run(claim)) => claim,
        Ok(Begin::Replay { status, body }) => {
            let mut res = json_response(status, body);
            res.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            return res;
        }
        Err(e) => return refused(e),
    };
    match run(Some(claim.clone())).await {
        Ok((status, body)) => json_response(status, body),
        Err(e) => {
            if let Err(release) = state.idempotency.release(&claim).await {
                tracing::warn!(error = %release, "could not release an idempotency key");
            }
            refused(e)
        }
    }
}
