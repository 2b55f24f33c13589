//! `GET /api/v1/licenses/{id}/usage`: how one of the caller's licenses is used: devices or sites
//! live and checking in per day, validations and heartbeats per day, validations by result, its
//! devices with when each was last seen, and its downloads.

use axum::Json;
use axum::extract::{Path, Query};
use rms_app::analytics::LicenseUsage;
use rms_core::analytics::iso;
use rms_license::wire::Activation;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::licenses::licensing::activation;
use crate::http::extract::Call;
use crate::http::problem::{ApiError, ProblemBody};

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UsageQuery {
    /// How many days back, today included: 1 to 366 (default 30).
    #[param(minimum = 1, maximum = 366)]
    days: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct UsageDay {
    /// `YYYY-MM-DD` (UTC).
    day: String,
    /// Live activations at the end of the day (now, for today).
    live: i64,
    /// Activations that validated or sent a heartbeat that day.
    seen: i64,
    validations: i64,
    heartbeats: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ResultCount {
    code: String,
    count: i64,
}

#[derive(Serialize, ToSchema)]
pub struct UsageDownload {
    release_id: Uuid,
    version: String,
    channel: String,
    downloads: i64,
    /// The last download (RFC 3339).
    last_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct LicenseUsageOut {
    license_id: Uuid,
    from: String,
    to: String,
    days: Vec<UsageDay>,
    /// Validations over the range by result code.
    validation_results: Vec<ResultCount>,
    /// The live activations, each with `last_seen_at`.
    activations: Vec<Activation>,
    /// Every download with this license, by release, newest first.
    downloads: Vec<UsageDownload>,
}

impl From<LicenseUsage> for LicenseUsageOut {
    fn from(u: LicenseUsage) -> Self {
        Self {
            license_id: u.license.id,
            from: iso(u.range.from),
            to: iso(u.range.to),
            days: u
                .days
                .iter()
                .map(|d| UsageDay {
                    day: iso(d.day),
                    live: d.live,
                    seen: d.seen,
                    validations: d.validations,
                    heartbeats: d.heartbeats,
                })
                .collect(),
            validation_results: u.results.into_iter().map(|(code, count)| ResultCount { code, count }).collect(),
            activations: u.activations.into_iter().map(activation).collect(),
            downloads: u
                .downloads
                .into_iter()
                .map(|(release_id, version, channel, downloads, last)| UsageDownload {
                    release_id,
                    version,
                    channel,
                    downloads,
                    last_at: rms_core::Timestamp::from_millis(last).to_string(),
                })
                .collect(),
        }
    }
}

/// How one of the caller's licenses is used, day by day (another user's license is not found).
#[utoipa::path(get, path = "/api/v1/licenses/{id}/usage", tag = "licenses", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path, description = "The license"), UsageQuery),
    responses((status = 200, body = LicenseUsageOut), (status = 404, body = ProblemBody),
        (status = 422, description = "`OUT_OF_RANGE`: days not within 1 to 366", body = ProblemBody)))]
pub async fn usage(
    Call { state, who, .. }: Call,
    Path(id): Path<Uuid>,
    Query(q): Query<UsageQuery>,
) -> Result<Json<LicenseUsageOut>, ApiError> {
    let s = &state.services;
    let usage = s.analytics.license_usage(&s.licensing, &who, id, false, q.days.unwrap_or(30)).await?;
    Ok(Json(usage.into()))
}
