//! The HTTP side of `Idempotency-Key` (the rules live in [`rms_app::idempotency`]): a replay is
//! answered with the kept result turned into JSON the same way as the first time (so byte for
//! byte) and `Idempotent-Replayed: true`; a key in use gets 409 with `Retry-After`; a refused
//! request lets its key go.

use std::future::Future;

use axum::Json;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_app::idempotency::Claim;
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::state::AppState;

pub const HEADER: &str = "idempotency-key";

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

/// Runs `run` under the request's `Idempotency-Key` (if any) and answers its result, first time
/// and replay alike, as `status` with `out(result)` as the JSON body. `run` gets the claim to keep
/// its result with.
pub async fn run<T, Out, F, Fut>(
    state: &AppState,
    headers: &HeaderMap,
    (user, route, request): (Uuid, &str, &serde_json::Value),
    run: F,
    (status, out): (StatusCode, fn(T) -> Out),
) -> Response
where
    T: DeserializeOwned,
    Out: Serialize,
    F: FnOnce(Option<Claim>) -> Fut,
    Fut: Future<Output = Result<T, AppError>>,
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
            let mut res = (status, Json(out(answer.value))).into_response();
            if answer.replayed {
                res.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            }
            res
        }
        Err(e) => refused(e),
    }
}
