//! The product-facing API: what shipped software calls, authenticated by its license key alone.
//! Every answer is signed with the product's key (`RMS-Signature`, docs/spec/licensing.md §4) over the exact
//! bytes sent, bound to the method and path; answers that refuse are problem documents as well.
//! Requests that cannot be parsed (no nonce, a malformed domain) get an ordinary, unsigned problem.
//!
//! Every call carries a fresh client nonce that the signed answer echoes: without it, a recorded
//! answer ("VALID", a license file) could be replayed to a product later. A missing nonce is a 400.

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rms_app::RequestMeta;
use rms_app::licensing::{self, ActivationView, Answer, Code, DeviceInfo, LicenseView, Scope, Verdict};
use rms_i18n::{Arg, Locale};
use rms_license::wire::{Activation, LicenseAnswer, LicenseInfo};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::http::extract::{ApiJson, Meta};
use crate::http::problem::{ApiError, PROBLEM_JSON, ProblemBody};
use crate::http::ratelimit::Class;
use crate::state::AppState;

/// The wire types of the product protocol (`rms_license::wire`), from the use cases' views.
fn license_info(l: LicenseView) -> LicenseInfo {
    LicenseInfo {
        id: l.id,
        product_id: l.product_id,
        product: l.product,
        plan_id: l.plan_id,
        plan: l.plan,
        status: l.status.to_string(),
        expires_at: l.expires_at,
        seats: l.seats,
        seats_used: l.seats_used,
        entitlements: l.entitlements,
        heartbeat_interval_secs: l.heartbeat_interval_secs,
        maintenance_until: l.maintenance_until,
    }
}

pub(crate) fn activation(a: ActivationView) -> Activation {
    Activation {
        id: a.id,
        license_id: a.license_id,
        fingerprint: a.fingerprint,
        domain: a.domain,
        name: a.name,
        platform: a.platform,
        counts_seat: a.counts_seat,
        created_at: a.created_at,
        last_seen_at: a.last_seen_at,
        last_heartbeat_at: a.last_heartbeat_at,
        heartbeat: a.heartbeat.as_str().to_owned(),
        clone_suspected: a.clone_suspected,
    }
}

fn status_of(v: &Verdict) -> StatusCode {
    match v.code {
        Code::Valid if v.created => StatusCode::CREATED,
        Code::Valid => StatusCode::OK,
        Code::NotFound | Code::ProductMismatch => StatusCode::NOT_FOUND,
        Code::Revoked | Code::Suspended | Code::Expired => StatusCode::FORBIDDEN,
        _ => StatusCode::CONFLICT,
    }
}

/// A product's call as every handler of the protocol takes it: the server, the caller's language
/// and address, and the method and path its signed answer is bound to.
pub struct ProductCall {
    pub(crate) state: AppState,
    locale: Locale,
    meta: RequestMeta,
    method: Method,
    uri: Uri,
}

impl FromRequestParts<AppState> for ProductCall {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Ok(Meta(meta)) = Meta::from_request_parts(parts, state).await;
        Ok(ProductCall {
            state: state.clone(),
            locale: parts.extensions.get::<Locale>().copied().unwrap_or_else(Locale::english),
            meta,
            method: parts.method.clone(),
            uri: parts.uri.clone(),
        })
    }
}

impl ProductCall {
    /// Lets the call in: within its rate limits, with a well-formed nonce.
    pub(crate) async fn admit(&self, key: &str, nonce: &str) -> Result<(), ApiError> {
        limit(&self.state, key, self.meta.ip.as_deref()).await?;
        licensing::check_nonce(nonce)?;
        Ok(())
    }

    /// The answer, signed, with the status that fits its code.
    fn answer(&self, answer: Answer, nonce: String) -> Response {
        signed(self, answer, Reply { nonce: Some(nonce), ..Reply::default() })
    }
}

/// How an answer is sent.
#[derive(Default)]
pub(crate) struct Reply {
    pub nonce: Option<String>,
    /// Validation answers 200 whatever it found (the answer is the finding); the other calls use
    /// the status that fits the code.
    pub always_ok: bool,
    pub file: Option<String>,
    /// Update checks: the release offered, or `null`.
    pub update: Option<Option<rms_license::wire::UpdateInfo>>,
    /// Update checks: whether the license may run, whatever the code says about newer releases.
    pub valid: Option<bool>,
}

/// Renders, signs and sends an answer.
pub(crate) fn signed(call: &ProductCall, answer: Answer, reply: Reply) -> Response {
    let Answer { signer, verdict, ts } = answer;
    let Reply { nonce, always_ok, file, update, valid } = reply;
    let (method, uri, locale) = (call.method.as_str(), &call.uri, call.locale);
    let status = if always_ok { StatusCode::OK } else { status_of(&verdict) };
    let slug = verdict.code.slug();
    let mut args: Vec<(&str, Arg)> = Vec::new();
    if let Some(l) = &verdict.license {
        args.push(("seats", Arg::Number(l.seats)));
    }
    if let Some(at) = verdict.next_allowed_at {
        args.push(("at", Arg::from(rms_core::Timestamp::from_millis(at * 1000).to_string())));
    }
    let refused = !status.is_success();
    let body = LicenseAnswer {
        type_: refused.then(|| format!("/problems/{slug}")),
        title: refused.then(|| locale.t("answer-refused-title")),
        status: refused.then_some(status.as_u16()),
        valid: valid.unwrap_or_else(|| verdict.is_valid()),
        code: verdict.code.as_str().to_owned(),
        detail: locale.t_plain(&format!("answer-{slug}"), &args),
        license: verdict.license.map(license_info),
        activation: verdict.activation.map(activation),
        ts,
        nonce,
        offline_until: verdict.offline_until,
        chain: verdict.chain,
        activations: (verdict.code == Code::ActivationLimit)
            .then(|| verdict.activations.into_iter().map(activation).collect()),
        next_allowed_at: verdict.next_allowed_at,
        license_file: file,
        update,
    };
    let bytes = match serde_json::to_vec(&body) {
        Ok(b) => b,
        Err(e) => return ApiError::Internal(e.to_string()).into_response(),
    };
    let signature = signer.sign_answer(method, uri.path(), &bytes);
    let content_type = if refused { PROBLEM_JSON } else { "application/json" };
    let mut res = (status, [(header::CONTENT_TYPE, content_type)], bytes).into_response();
    if let Ok(v) = HeaderValue::from_str(&signature) {
        res.headers_mut().insert(rms_license::response::HEADER, v);
    }
    res
}

/// Product calls are limited per key and per client address (generously: fleets share NATs).
pub(crate) async fn limit(state: &AppState, key: &str, ip: Option<&str>) -> Result<(), ApiError> {
    let digest = licensing::key_digest(key)?;
    // 12 bytes of the key's digest name its bucket: the key itself never reaches Redis.
    let bucket = hex::encode(&digest[..12]);
    match ip {
        Some(ip) => state.limits.check_each(&[(Class::ProductKey, &bucket), (Class::ProductIp, ip)]).await?,
        None => state.limits.check(Class::ProductKey, &bucket).await?,
    }
    Ok(())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ValidateRequest {
    /// The license key, as issued.
    #[schema(min_length = 1, max_length = 512)]
    key: String,
    /// The product's id or slug: the answer is signed with its key.
    #[schema(min_length = 1, max_length = 64)]
    product: String,
    /// 8–128 visible ASCII characters, fresh per request; echoed in the signed answer.
    #[schema(min_length = 8, max_length = 128, pattern = "^[!-~]{8,128}$")]
    nonce: String,
    /// Software products: the device fingerprint.
    #[schema(min_length = 1, max_length = 256, pattern = "^[!-~]+$")]
    fingerprint: Option<String>,
    /// Site products: the site's domain or URL (normalised).
    #[schema(min_length = 1, max_length = 253)]
    domain: Option<String>,
    /// Hashed hardware components (at most 16), for plans that recognise a device by k of them.
    #[serde(default)]
    #[schema(max_items = 16)]
    components: Vec<String>,
    /// The running version (checked against the maintenance window with releases).
    #[schema(min_length = 1, max_length = 64)]
    version: Option<String>,
    /// Feature codes the product needs right now.
    #[serde(default)]
    #[schema(max_items = 64)]
    entitlements: Vec<String>,
}

/// Validate a license key: may it run this product here, now?
///
/// Always 200 with a signed answer; `valid` and `code` say what was found. Nothing is written per
/// call: counters are coalesced.
#[utoipa::path(post, path = "/api/v1/licenses/validate", tag = "product API", request_body = ValidateRequest,
    responses(
        (status = 200, body = LicenseAnswer, description = "Signed (`RMS-Signature`), whatever the code"),
        (status = 404, body = ProblemBody, description = "No such product"),
        (status = 422, body = ProblemBody, description = "`OUT_OF_RANGE` (nonce, key, fingerprint, domain)"),
        (status = 429, body = ProblemBody)))]
pub async fn validate(call: ProductCall, ApiJson(body): ApiJson<ValidateRequest>) -> Result<Response, ApiError> {
    call.admit(&body.key, &body.nonce).await?;
    let scope = Scope {
        fingerprint: body.fingerprint.as_deref(),
        components: &body.components,
        domain: body.domain.as_deref(),
        entitlements: &body.entitlements,
        version: body.version.as_deref(),
    };
    let answer = call.state.services.licensing.validate(&body.key, &body.product, &scope).await?;
    Ok(signed(&call, answer, Reply { nonce: Some(body.nonce), always_ok: true, ..Reply::default() }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivateRequest {
    #[schema(min_length = 1, max_length = 512)]
    key: String,
    /// The product's id or slug.
    #[schema(min_length = 1, max_length = 64)]
    product: String,
    /// Software products: the device fingerprint.
    #[schema(min_length = 1, max_length = 256, pattern = "^[!-~]+$")]
    fingerprint: Option<String>,
    /// Site products: the site's domain or URL.
    #[schema(min_length = 1, max_length = 253)]
    domain: Option<String>,
    /// Hashed hardware components (at most 16), for plans that recognise a device by k of them.
    #[serde(default)]
    #[schema(max_items = 16)]
    components: Vec<String>,
    /// A name the owner recognises ("Anna's laptop").
    #[schema(max_length = 100)]
    name: Option<String>,
    #[schema(max_length = 64)]
    platform: Option<String>,
    /// 8–128 visible ASCII characters, fresh per request; echoed in the signed answer.
    #[schema(min_length = 8, max_length = 128, pattern = "^[!-~]{8,128}$")]
    nonce: String,
}

/// Activate a device or domain: takes a seat.
///
/// Idempotent: a device or domain already active gets its activation back (200). When every
/// seat is taken: 409 `ACTIVATION_LIMIT` with the activations holding them.
#[utoipa::path(post, path = "/api/v1/activations", tag = "product API", request_body = ActivateRequest,
    responses(
        (status = 201, body = LicenseAnswer, description = "A seat was taken"),
        (status = 200, body = LicenseAnswer, description = "Already active here"),
        (status = 409, body = LicenseAnswer, description = "`ACTIVATION_LIMIT`"),
        (status = 403, body = LicenseAnswer, description = "`REVOKED`, `SUSPENDED`, `EXPIRED`"),
        (status = 404, body = ProblemBody, description = "`NOT_FOUND`, `PRODUCT_MISMATCH`: a signed answer (with the \
            fields of `LicenseAnswer`) about the key; unsigned when the product itself is unknown"),
        (status = 422, body = ProblemBody)))]
pub async fn activate(call: ProductCall, ApiJson(body): ApiJson<ActivateRequest>) -> Result<Response, ApiError> {
    call.admit(&body.key, &body.nonce).await?;
    let device =
        DeviceInfo { name: body.name.as_deref(), platform: body.platform.as_deref(), components: &body.components };
    let answer = call
        .state
        .services
        .licensing
        .activate(&body.key, &body.product, body.fingerprint.as_deref(), body.domain.as_deref(), device, &call.meta)
        .await?;
    Ok(call.answer(answer, body.nonce))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HeartbeatRequest {
    #[schema(min_length = 1, max_length = 512)]
    key: String,
    #[schema(min_length = 8, max_length = 128, pattern = "^[!-~]{8,128}$")]
    nonce: String,
    /// The `chain` of the previous heartbeat's answer; absent on the first.
    #[schema(min_length = 1, max_length = 128)]
    chain: Option<String>,
}

/// Heartbeat: this device is alive.
///
/// The answer's `chain` goes into the next heartbeat. Once a device sent a chain, a missing or
/// stale one means two machines share the activation: 409 `CLONE_SUSPECTED`.
#[utoipa::path(post, path = "/api/v1/activations/{id}/heartbeat", tag = "product API", request_body = HeartbeatRequest,
    params(("id" = Uuid, Path, description = "The activation")),
    responses(
        (status = 200, body = LicenseAnswer),
        (status = 409, body = LicenseAnswer, description = "`CLONE_SUSPECTED`, `HEARTBEAT_DEAD`, `NOT_ACTIVATED`"),
        (status = 403, body = LicenseAnswer, description = "`REVOKED`, `SUSPENDED`, `EXPIRED`"),
        (status = 404, body = ProblemBody, description = "No such activation for this key")))]
pub async fn heartbeat(
    call: ProductCall,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<HeartbeatRequest>,
) -> Result<Response, ApiError> {
    limit(&call.state, &body.key, call.meta.ip.as_deref()).await?;
    let answer =
        call.state.services.licensing.heartbeat(&body.key, id, &body.nonce, body.chain.as_deref(), &call.meta).await?;
    Ok(call.answer(answer, body.nonce))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyRequest {
    #[schema(min_length = 1, max_length = 512)]
    key: String,
    /// 8–128 visible ASCII characters, fresh per request; echoed in the signed answer.
    #[schema(min_length = 8, max_length = 128, pattern = "^[!-~]{8,128}$")]
    nonce: String,
}

/// Deactivate: frees the seat.
///
/// Counts against the plan's reassignment budget; when it is spent: 409 `REASSIGNMENT_LIMIT`
/// with `next_allowed_at`. Deactivating an ended activation changes nothing.
#[utoipa::path(delete, path = "/api/v1/activations/{id}", tag = "product API", request_body = KeyRequest,
    params(("id" = Uuid, Path, description = "The activation")),
    responses(
        (status = 200, body = LicenseAnswer),
        (status = 409, body = LicenseAnswer, description = "`REASSIGNMENT_LIMIT`"),
        (status = 404, body = ProblemBody, description = "No such activation for this key")))]
pub async fn deactivate(
    call: ProductCall,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<KeyRequest>,
) -> Result<Response, ApiError> {
    call.admit(&body.key, &body.nonce).await?;
    let answer = call.state.services.licensing.deactivate(&body.key, id, &call.meta).await?;
    Ok(call.answer(answer, body.nonce))
}

/// Get a license file for this activation: a signed, armored file the product keeps on disk to
/// run offline until its `valid_until` (docs/spec/licensing.md §3).
#[utoipa::path(post, path = "/api/v1/activations/{id}/license-file", tag = "product API", request_body = KeyRequest,
    params(("id" = Uuid, Path, description = "The activation")),
    responses(
        (status = 200, body = LicenseAnswer, description = "`license_file` holds the file"),
        (status = 409, body = LicenseAnswer, description = "`NOT_ACTIVATED`, `HEARTBEAT_DEAD`, `CLONE_SUSPECTED`"),
        (status = 403, body = LicenseAnswer, description = "`REVOKED`, `SUSPENDED`, `EXPIRED`"),
        (status = 404, body = ProblemBody, description = "No such activation for this key")))]
pub async fn license_file(
    call: ProductCall,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<KeyRequest>,
) -> Result<Response, ApiError> {
    call.admit(&body.key, &body.nonce).await?;
    let (answer, file) = call.state.services.licensing.license_file(&body.key, id).await?;
    Ok(signed(&call, answer, Reply { nonce: Some(body.nonce), file, ..Reply::default() }))
}
