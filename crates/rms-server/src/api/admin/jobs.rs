//! `/api/v1/admin/jobs`: the dead-letter list (jobs that gave up) and retrying one; and
//! `/api/v1/admin/announcements`, the one notification an admin writes.

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

/// Give up on a dead job for good: it is deleted and never runs again (admins; audited with its
/// kind, attempts and last error). 409 `WRONG_STATE` when it is not dead.
#[utoipa::path(post, path = "/api/v1/admin/jobs/{id}/discard", tag = "admin", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path)),
    responses((status = 204), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody), (status = 404, body = ProblemBody),
        (status = 409, body = ProblemBody, description = "`WRONG_STATE`: the job is not dead")))]
pub async fn discard(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
) -> Result<axum::http::StatusCode, ApiError> {
    state.services.dead_letters.discard(&who, id, &meta).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnnouncementIn {
    /// The subject and in-app title, as written (at most 150 characters, no control characters).
    headline: String,
    /// The message, as written (at most 5 000 characters; blank lines part paragraphs).
    text: String,
    /// Only to people holding a license of this product.
    product_id: Option<Uuid>,
}

#[derive(Serialize, ToSchema)]
pub struct AnnouncementOut {
    id: Uuid,
}

/// Send an announcement (admins; audited): a `marketing` notification to everyone who chose to
/// hear announcements (off by default), on the channels they chose, in batches by a job.
#[utoipa::path(post, path = "/api/v1/admin/announcements", tag = "admin", security(("bearer" = ["admin"])),
    request_body = AnnouncementIn,
    responses((status = 202, body = AnnouncementOut), (status = 401, body = ProblemBody),
        (status = 403, body = ProblemBody), (status = 404, body = ProblemBody, description = "No such product"),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE`: `headline` or `text`")))]
pub async fn announce(
    Call { state, who, meta }: Call,
    crate::http::extract::ApiJson(body): crate::http::extract::ApiJson<AnnouncementIn>,
) -> Result<(axum::http::StatusCode, Json<AnnouncementOut>), ApiError> {
    let id = state.services.notifications.announce(&who, &body.headline, &body.text, body.product_id, &meta).await?;
    Ok((axum::http::StatusCode::ACCEPTED, Json(AnnouncementOut { id })))
}
