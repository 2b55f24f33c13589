//! `/api/v1/admin/jobs`: the dead-letter list (jobs that gave up) and retrying one.

use axum::Json;
use axum::extract::{Path, Query};
use rms_app::dead_letters::DeadJob;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::http::extract::Call;
use crate::http::problem::{ApiError, ProblemBody};

#[derive(Serialize, ToSchema)]
pub struct DeadJobOut {
    id: Uuid,
    /// The job's kind (`notifications.deliver`, `invoices.render`, …).
    kind: String,
    payload: serde_json::Value,
    attempts: i64,
    max_attempts: i64,
    last_error: Option<String>,
    /// When it gave up (RFC 3339); `null` once retried.
    died_at: Option<String>,
}

impl From<DeadJob> for DeadJobOut {
    fn from(j: DeadJob) -> Self {
        Self {
            id: j.id,
            kind: j.kind,
            payload: j.payload,
            attempts: j.attempts,
            max_attempts: j.max_attempts,
            last_error: j.last_error,
            died_at: j.died_at.map(|t| t.to_string()),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct QueueCounts {
    queued: i64,
    running: i64,
    done: i64,
    dead: i64,
}

#[derive(Serialize, ToSchema)]
pub struct DeadLettersOut {
    /// How many jobs are in each state (done and dead ones until they are pruned).
    counts: QueueCounts,
    /// Newest first.
    items: Vec<DeadJobOut>,
}

#[derive(Deserialize, IntoParams)]
pub struct DeadQuery {
    /// The page after this job's id (the last one of the previous page).
    before: Option<Uuid>,
    /// 1 to 200 (50 by default).
    limit: Option<i64>,
}

/// The jobs that gave up, newest first, with their last error (staff).
#[utoipa::path(get, path = "/api/v1/admin/jobs/dead", tag = "admin", security(("bearer" = ["admin"])),
    params(DeadQuery),
    responses((status = 200, body = DeadLettersOut), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody)))]
pub async fn dead(Call { state, who, .. }: Call, Query(q): Query<DeadQuery>) -> Result<Json<DeadLettersOut>, ApiError> {
    let page = state.services.dead_letters.list(&who, q.before, q.limit.unwrap_or(50)).await?;
    let count = |s: rms_store::queue::JobState| page.counts.iter().find(|(st, _)| *st == s).map_or(0, |(_, n)| *n);
    use rms_store::queue::JobState::*;
    Ok(Json(DeadLettersOut {
        counts: QueueCounts { queued: count(Queued), running: count(Running), done: count(Done), dead: count(Dead) },
        items: page.items.into_iter().map(Into::into).collect(),
    }))
}

/// Give a dead job a fresh set of attempts, due now (admins; audited). 409 `WRONG_STATE` when
/// it is not dead.
#[utoipa::path(post, path = "/api/v1/admin/jobs/{id}/retry", tag = "admin", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path)),
    responses((status = 200, body = DeadJobOut), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 409, body = ProblemBody, description = "`WRONG_STATE`: the job is not dead")))]
pub async fn retry(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<Json<DeadJobOut>, ApiError> {
    Ok(Json(state.services.dead_letters.retry(&who, id, &meta).await?.into()))
}
