//! RFC 9457 problem responses: the one place that maps errors to HTTP status codes.
//!
//! Use [`ApiError`] in handlers: it names what went wrong in domain terms, and its conversion to
//! [`Problem`] decides the status and the stable `code`. A `Problem` carries the message
//! arguments, not the text: the [`render`] middleware writes the title and detail in the
//! request's language, as JSON for API clients or as a page for browsers. Responses that other
//! layers produce without a body we recognise (axum's 404/405, the body limit's 413, the timeout's
//! 408) are turned into problems there as well, so no error leaves the server in another shape.

use axum::Json;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_core::account::InvalidInput;
use rms_i18n::{Arg, Locale};
use rms_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

use crate::http::problem_code::ProblemCode;
use crate::http::proxy::RequestId;
use crate::state::AppState;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// A problem to report: status, stable code and the arguments of its localised messages.
#[derive(Clone, Debug)]
pub struct Problem {
    pub status: StatusCode,
    /// Stable and machine-readable. Clients switch on this, never on text.
    pub code: ProblemCode,
    pub args: Vec<(&'static str, Arg)>,
    /// The request field at fault, for validation problems.
    pub field: Option<std::borrow::Cow<'static, str>>,
    /// A wallet short of a price: (balance, needed) in minor units, stated in the body.
    pub shortfall: Option<(i64, i64)>,
}

/// The JSON body of a problem response (RFC 9457 members plus `code` and `request_id`). Pages
/// show `title` and `detail` as they are; serialised (every JSON answer), they lose the bidi
/// isolation marks messages put around arguments, which only a page renders.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ProblemBody {
    /// A URI reference identifying the problem type.
    #[serde(rename = "type")]
    pub type_: String,
    #[serde(serialize_with = "plain_text")]
    pub title: String,
    pub status: u16,
    /// What happened, in the request's language.
    #[serde(serialize_with = "plain_text")]
    pub detail: String,
    /// Stable machine-readable code, e.g. `NOT_FOUND`.
    pub code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// For validation problems: the request field at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// `INSUFFICIENT_FUNDS`: the wallet's balance, in minor units of the base currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_minor: Option<i64>,
    /// `INSUFFICIENT_FUNDS`: what the purchase costs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub needed_minor: Option<i64>,
    /// `INSUFFICIENT_FUNDS`: what is missing (`needed_minor − balance_minor`), the amount to pay
    /// through a gateway (`POST /api/v1/store/checkout` does it in one step).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shortfall_minor: Option<i64>,
}

fn plain_text<S: serde::Serializer>(text: &str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&rms_i18n::without_isolation(text))
}

impl Problem {
    pub fn new(status: StatusCode, code: ProblemCode) -> Self {
        Self { status, code, args: Vec::new(), field: None, shortfall: None }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, ProblemCode::NotFound)
    }

    pub fn internal() -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, ProblemCode::InternalError)
    }

    /// The body in `locale`, with the request id available to every message as `$request_id`.
    pub fn body(&self, locale: Locale, request_id: Option<&str>) -> ProblemBody {
        let slug = self.code.slug();
        let mut args = self.args.clone();
        args.push(("request_id", Arg::from(request_id.unwrap_or("-"))));
        ProblemBody {
            type_: format!("/problems/{slug}"),
            title: locale.t_args(&format!("problem-{slug}-title"), &args),
            status: self.status.as_u16(),
            detail: locale.t_args(&format!("problem-{slug}-detail"), &args),
            code: self.code.as_str().to_owned(),
            request_id: request_id.map(str::to_owned),
            field: self.field.as_deref().map(str::to_owned),
            balance_minor: self.shortfall.map(|(balance, _)| balance),
            needed_minor: self.shortfall.map(|(_, needed)| needed),
            shortfall_minor: self.shortfall.map(|(balance, needed)| needed - balance),
        }
    }

    /// The problem for a bare error status some layer produced. `reason` is the text it gave: an
    /// extractor's refusal is retold as the field at fault, never in the parser's words.
    fn for_status(
        status: StatusCode,
        method: &Method,
        reason: Option<String>,
        state: &AppState,
        locale: Locale,
    ) -> Problem {
        match status {
            StatusCode::NOT_FOUND => Problem::not_found(),
            StatusCode::METHOD_NOT_ALLOWED => {
                Problem::new(status, ProblemCode::MethodNotAllowed).arg("method", method.as_str())
            }
            StatusCode::PAYLOAD_TOO_LARGE => Problem::new(status, ProblemCode::PayloadTooLarge)
                .arg("limit", i64::try_from(state.config.body_limit_bytes).unwrap_or(i64::MAX)),
            StatusCode::REQUEST_TIMEOUT => Problem::new(status, ProblemCode::RequestTimeout)
                .arg("seconds", i64::try_from(state.config.request_timeout_secs).unwrap_or(i64::MAX)),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Problem::new(status, ProblemCode::UnsupportedMediaType),
            StatusCode::TOO_MANY_REQUESTS => Problem::new(status, ProblemCode::TooManyRequests),
            StatusCode::SERVICE_UNAVAILABLE => Problem::new(status, ProblemCode::ServiceUnavailable),
            StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => {
                let fault = crate::http::refusal::classify(reason.as_deref().unwrap_or_default());
                let problem = Problem::new(status, ProblemCode::BadRequest);
                Problem { field: fault.field.clone().map(Into::into), ..problem.arg("reason", fault.reason(locale)) }
            }
            s if s.is_server_error() => Problem::internal(),
            s => Problem::new(s, ProblemCode::HttpError).arg("status", i64::from(s.as_u16())),
        }
    }
}

/// Without the [`render`] middleware (unit tests of a handler) a problem still answers in
/// English; with it, the middleware re-renders it in the request's language.
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = self.body(Locale::english(), None);
        let mut res = (self.status, [(header::CONTENT_TYPE, PROBLEM_JSON)], Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"rms\""));
        }
        res.extensions_mut().insert(self);
        res
    }
}

/// Errors handlers return. Each variant says what went wrong; `From<ApiError> for Problem` decides
/// how that looks over HTTP.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A bug or an unexpected failure; logged with the request id, reported generically.
    #[error("internal error: {0}")]
    Internal(String),
    #[error(transparent)]
    App(#[from] AppError),
    #[error("rate limited")]
    Limited(crate::http::ratelimit::Limited),
}

impl From<crate::http::ratelimit::Limited> for ApiError {
    fn from(l: crate::http::ratelimit::Limited) -> Self {
        ApiError::Limited(l)
    }
}

fn invalid(field: &'static str, reason: InvalidInput) -> Problem {
    let unprocessable =
        |code| Problem { field: Some(field.into()), ..Problem::new(StatusCode::UNPROCESSABLE_ENTITY, code) };
    match reason {
        InvalidInput::Email => unprocessable(ProblemCode::InvalidEmail).arg("field", field),
        InvalidInput::PasswordLength { min, max } => unprocessable(ProblemCode::PasswordLength)
            .arg("min", i64::try_from(min).unwrap_or(i64::MAX))
            .arg("max", i64::try_from(max).unwrap_or(i64::MAX)),
        InvalidInput::PasswordCommon => unprocessable(ProblemCode::PasswordTooCommon),
        InvalidInput::PasswordContainsEmail => unprocessable(ProblemCode::PasswordContainsEmail),
        InvalidInput::Name => unprocessable(ProblemCode::InvalidName),
        InvalidInput::Timezone => unprocessable(ProblemCode::InvalidTimezone),
        InvalidInput::Locale => unprocessable(ProblemCode::UnsupportedLocale),
        InvalidInput::Scope => unprocessable(ProblemCode::InvalidScope),
        InvalidInput::Code => unprocessable(ProblemCode::InvalidCode).arg("field", field),
        InvalidInput::Range => unprocessable(ProblemCode::OutOfRange).arg("field", field),
        InvalidInput::Role => unprocessable(ProblemCode::InvalidRole),
        InvalidInput::Slug => unprocessable(ProblemCode::InvalidSlug),
        InvalidInput::ProductKind => unprocessable(ProblemCode::InvalidProductKind),
        InvalidInput::UnknownAccount => unprocessable(ProblemCode::UnknownAccount),
        InvalidInput::NotForSale => unprocessable(ProblemCode::NotForSale),
        InvalidInput::NumberFormat => unprocessable(ProblemCode::InvalidNumberFormat).arg("field", field),
        InvalidInput::NumberFormatsClash => unprocessable(ProblemCode::NumberFormatsClash).arg("field", field),
        InvalidInput::StagingPattern => unprocessable(ProblemCode::InvalidStagingPattern),
        InvalidInput::Version => unprocessable(ProblemCode::InvalidVersion).arg("field", field),
        InvalidInput::Platform => unprocessable(ProblemCode::InvalidPlatform),
        InvalidInput::FileName => unprocessable(ProblemCode::InvalidFileName),
        InvalidInput::VatId => unprocessable(ProblemCode::InvalidVatId).arg("field", field),
        InvalidInput::EntitlementsAppendOnly => unprocessable(ProblemCode::EntitlementsAppendOnly),
        InvalidInput::Date => unprocessable(ProblemCode::InvalidDate).arg("field", field),
        InvalidInput::DateOrder => unprocessable(ProblemCode::DateRangeReversed),
    }
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Self {
        match e {
            AppError::Invalid { field, reason } => invalid(field, reason),
            AppError::InvalidCredentials => Problem::new(StatusCode::UNAUTHORIZED, ProblemCode::InvalidCredentials),
            AppError::AccountLocked => Problem::new(StatusCode::FORBIDDEN, ProblemCode::AccountLocked),
            AppError::TotpRequired => Problem::new(StatusCode::UNAUTHORIZED, ProblemCode::TotpRequired),
            AppError::TotpInvalid => Problem::new(StatusCode::UNAUTHORIZED, ProblemCode::TotpInvalid),
            AppError::TotpLocked => Problem::new(StatusCode::FORBIDDEN, ProblemCode::TotpLocked),
            AppError::TotpAlreadyEnabled => Problem::new(StatusCode::CONFLICT, ProblemCode::TotpAlreadyEnabled),
            AppError::TotpNotEnabled => Problem::new(StatusCode::CONFLICT, ProblemCode::TotpNotEnabled),
            AppError::Unauthenticated => Problem::new(StatusCode::UNAUTHORIZED, ProblemCode::Unauthenticated),
            AppError::InvalidRefreshToken => Problem::new(StatusCode::UNAUTHORIZED, ProblemCode::InvalidRefreshToken),
            AppError::InvalidLinkToken => Problem::new(StatusCode::BAD_REQUEST, ProblemCode::InvalidLinkToken),
            AppError::NotFound => Problem::not_found(),
            AppError::Forbidden => Problem::new(StatusCode::FORBIDDEN, ProblemCode::Forbidden),
            AppError::StaffNeedTwoFactor => Problem::new(StatusCode::FORBIDDEN, ProblemCode::TwoFactorRequiredForStaff),
            AppError::SlugTaken => Problem::new(StatusCode::CONFLICT, ProblemCode::SlugTaken),
            AppError::VersionTaken => Problem::new(StatusCode::CONFLICT, ProblemCode::VersionTaken),
            AppError::DownloadRefused => Problem::new(StatusCode::FORBIDDEN, ProblemCode::DownloadLinkInvalid),
            AppError::FeedLicense { given: false } => {
                Problem::new(StatusCode::UNAUTHORIZED, ProblemCode::FeedLicenseRequired)
            }
            AppError::FeedLicense { given: true } => {
                Problem::new(StatusCode::FORBIDDEN, ProblemCode::FeedLicenseRefused)
            }
            AppError::TooLarge { limit } => {
                Problem::new(StatusCode::PAYLOAD_TOO_LARGE, ProblemCode::PayloadTooLarge).arg("limit", limit)
            }
            AppError::LicenseRevoked => Problem::new(StatusCode::CONFLICT, ProblemCode::LicenseRevoked),
            AppError::SeatsInUse { in_use } => {
                Problem::new(StatusCode::CONFLICT, ProblemCode::SeatsInUse).arg("in_use", in_use)
            }
            AppError::PromoNotFound => Problem {
                field: Some("promo_code".into()),
                ..Problem::new(StatusCode::UNPROCESSABLE_ENTITY, ProblemCode::PromoNotFound)
            },
            AppError::BadActivationRequest => Problem {
                field: Some("request".into()),
                ..Problem::new(StatusCode::UNPROCESSABLE_ENTITY, ProblemCode::InvalidActivationRequest)
            },
            AppError::NotEnoughSeats { free } => {
                Problem::new(StatusCode::CONFLICT, ProblemCode::NotEnoughSeats).arg("free", free)
            }
            AppError::LicenseUnusable { code } => {
                Problem::new(StatusCode::CONFLICT, ProblemCode::LicenseUnusable).arg("code", code)
            }
            AppError::ReassignmentLimit { next_allowed_at } => {
                Problem::new(StatusCode::CONFLICT, ProblemCode::ReassignmentLimit)
                    .arg("at", next_allowed_at.to_string())
            }
            AppError::LimitReached { limit } => {
                Problem::new(StatusCode::CONFLICT, ProblemCode::LimitReached).arg("limit", limit)
            }
            AppError::RefundWindowClosed { days } => {
                Problem::new(StatusCode::CONFLICT, ProblemCode::RefundWindowClosed).arg("days", days)
            }
            AppError::InsufficientFunds { balance_minor, needed_minor } => Problem {
                shortfall: Some((balance_minor, needed_minor)),
                ..Problem::new(StatusCode::PAYMENT_REQUIRED, ProblemCode::InsufficientFunds)
                    .arg("balance", balance_minor)
                    .arg("needed", needed_minor)
            },
            AppError::PromoRefused { refusal } => Problem {
                field: Some("promo_code".into()),
                ..Problem::new(StatusCode::UNPROCESSABLE_ENTITY, ProblemCode::Promo(refusal))
            },
            AppError::PromoCodeTaken => Problem::new(StatusCode::CONFLICT, ProblemCode::PromoCodeTaken),
            AppError::IdempotencyMismatch => {
                Problem::new(StatusCode::UNPROCESSABLE_ENTITY, ProblemCode::IdempotencyKeyReused)
            }
            AppError::IdempotencyInFlight { .. } => {
                Problem::new(StatusCode::CONFLICT, ProblemCode::IdempotencyKeyInUse)
            }
            AppError::SelfReferral => Problem {
                field: Some("referral_code".into()),
                ..Problem::new(StatusCode::UNPROCESSABLE_ENTITY, ProblemCode::SelfReferral)
            },
            AppError::WrongState { state } => {
                Problem::new(StatusCode::CONFLICT, ProblemCode::WrongState).arg("state", state)
            }
            AppError::GatewayDisabled => Problem {
                field: Some("gateway".into()),
                ..Problem::new(StatusCode::UNPROCESSABLE_ENTITY, ProblemCode::GatewayDisabled)
            },
            AppError::GatewayUnavailable => {
                Problem::new(StatusCode::SERVICE_UNAVAILABLE, ProblemCode::GatewayUnavailable)
            }
            AppError::WebhookRefused => Problem::new(StatusCode::UNAUTHORIZED, ProblemCode::WebhookSignatureInvalid),
            AppError::Store(e) => ApiError::Store(e).into(),
            AppError::Internal(e) => ApiError::Internal(e).into(),
        }
    }
}

impl From<ApiError> for Problem {
    fn from(e: ApiError) -> Self {
        match e {
            ApiError::NotFound => Problem::not_found(),
            ApiError::BadRequest(reason) => {
                Problem::new(StatusCode::BAD_REQUEST, ProblemCode::BadRequest).arg("reason", reason)
            }
            // The database is away, or a transaction still conflicted after the store's
            // retries: nothing was done, and trying again later is the answer.
            ApiError::Store(e) if e.is_unavailable() || e.is_conflict() => {
                tracing::warn!(error = %e, "database unavailable or contended");
                Problem::new(StatusCode::SERVICE_UNAVAILABLE, ProblemCode::ServiceUnavailable)
            }
            ApiError::Store(e) => {
                tracing::error!(error = %e, "database error");
                Problem::internal()
            }
            ApiError::Internal(e) => {
                tracing::error!(error = %e, "internal error");
                Problem::internal()
            }
            ApiError::App(e) => e.into(),
            ApiError::Limited(_) => Problem::new(StatusCode::TOO_MANY_REQUESTS, ProblemCode::TooManyRequests),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match self {
            // Carries its Retry-After header.
            ApiError::Limited(limited) => limited.into_response(),
            other => Problem::from(other).into_response(),
        }
    }
}

/// Paths whose clients are programs: they always get JSON, whatever `Accept` says.
fn machine_path(path: &str) -> bool {
    ["/api/", "/webhooks/", "/healthz", "/readyz", "/metrics"].iter().any(|p| path.starts_with(p))
}

fn wants_html(req: &Request) -> bool {
    !machine_path(req.uri().path())
        && req
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
}

fn is_rendered(res: &Response) -> bool {
    res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|ct| {
        ct.starts_with(PROBLEM_JSON) || ct.starts_with("text/html") || ct.starts_with("application/json")
    })
}

/// How a problem becomes an HTML page for a browser: the pages' error page, handed in where the
/// router is built so that errors do not depend on the pages (they depend on errors).
pub type ErrorPage = fn(Locale, &str, &ProblemBody, bool) -> Response;

/// What [`render`] needs: the state (for `Allow` on 405s) and the HTML error page.
#[derive(Clone)]
pub struct Rendering {
    pub state: AppState,
    pub page: ErrorPage,
}

/// Renders every error response as a localised problem (JSON) or error page (HTML).
pub async fn render(State(Rendering { state, page }): State<Rendering>, req: Request, next: Next) -> Response {
    let locale = req.extensions().get::<Locale>().copied().unwrap_or_else(Locale::english);
    let request_id = req.extensions().get::<RequestId>().map(|r| r.0.clone());
    let html = wants_html(&req);
    let partial = req.headers().contains_key("hx-request");
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let mut res = next.run(req).await;

    let problem = match res.extensions_mut().remove::<Problem>() {
        Some(p) => p,
        None if res.status().is_client_error() || res.status().is_server_error() => {
            if is_rendered(&res) {
                return res;
            }
            let reason = text_of(&mut res).await;
            Problem::for_status(res.status(), &method, reason, &state, locale)
        }
        None => return res,
    };
    if problem.status.is_server_error() {
        tracing::error!(status = problem.status.as_u16(), code = problem.code.as_str(), "request failed");
    }
    let body = problem.body(locale, request_id.as_deref());
    let mut out = if html {
        // Outside the page middleware (an unknown address, a refused body) the error page still
        // wears the vendor's brand.
        let brand = state.services.brand.current().await.unwrap_or_default();
        crate::web::BRAND.sync_scope(brand, || page(locale, &path, &body, partial))
    } else {
        (problem.status, [(header::CONTENT_TYPE, PROBLEM_JSON)], Json(body)).into_response()
    };
    *out.status_mut() = problem.status;
    // Keep what the original layer said that clients act on.
    for name in [header::ALLOW, header::RETRY_AFTER, header::WWW_AUTHENTICATE, header::CONTENT_RANGE] {
        if let Some(v) = res.headers().get(&name) {
            out.headers_mut().insert(name, v.clone());
        }
    }
    out.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    out
}

/// The plain-text reason an inner layer gave (axum's extractor rejections explain themselves).
async fn text_of(res: &mut Response) -> Option<String> {
    let is_text = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/plain"));
    if !is_text {
        return None;
    }
    let body = std::mem::replace(res.body_mut(), Body::empty());
    let bytes = axum::body::to_bytes(body, 4096).await.ok()?;
    let text = String::from_utf8_lossy(&bytes).trim().to_owned();
    (!text.is_empty()).then_some(text)
}

/// Turns a panic in a handler into a 500 problem; the process keeps serving.
pub fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let text = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "non-text panic payload".to_owned());
    tracing::error!(panic = %text, "handler panicked");
    Problem::internal().into_response()
}
