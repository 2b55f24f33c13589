//! Extractors handlers use to read a request: strict JSON bodies, the signed-in caller, and the
//! request facts the audit log records.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, MatchedPath, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::RequestMeta;
use rms_app::accounts::Principal;
use rms_core::account::Scope;
use serde::de::DeserializeOwned;

use crate::http::problem::{ApiError, Problem};
use crate::http::problem_code::ProblemCode;
use crate::http::proxy::{ClientIp, RequestId};
use crate::http::ratelimit::Class;
use crate::state::AppState;

/// A JSON body. Request types deny unknown fields, so a misspelt or forbidden field (`role`,
/// `balance`) is refused with a 400 naming it instead of being silently ignored.
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Response> {
        if !json_content_type(req.headers()) {
            return Err(
                Problem::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, ProblemCode::UnsupportedMediaType).into_response()
            );
        }
        let bytes = axum::body::Bytes::from_request(req, state).await.map_err(IntoResponse::into_response)?;
        // Every request body here is a JSON object. serde would also fill a struct from an
        // array (`[null, null]` as a struct of two optional fields), which no client means.
        // (A body that is not JSON at all keeps its syntax error, below.)
        let object = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
        if !object && serde_json::from_slice::<serde::de::IgnoredAny>(&bytes).is_ok() {
            let text = "Failed to deserialize the JSON body into the target type: expected a JSON object";
            return Err((StatusCode::BAD_REQUEST, text).into_response());
        }
        let mut read = Json::<T>::from_bytes(&bytes);
        if matches!(read, Err(JsonRejection::JsonDataError(_)))
            && let Some(converted) = integral_floats_as_integers(&bytes)
        {
            // Only a body serde refused is read again, with `3.0` as 3: the hot path parses once.
            read = Json::<T>::from_bytes(&converted);
        }
        match read {
            Ok(Json(value)) => Ok(ApiJson(value)),
            // Told as the field at fault, in the caller's language, by the problem renderer
            // (`refusal::classify`): a bare 400 with axum's text, which never reaches the client.
            Err(rejection @ (JsonRejection::JsonDataError(_) | JsonRejection::JsonSyntaxError(_))) => {
                Err((StatusCode::BAD_REQUEST, rejection.body_text()).into_response())
            }
            // Body too large, unreadable: the bare status is rendered as a problem downstream.
            Err(other) => Err(other.into_response()),
        }
    }
}

/// The body with every integral number written as a float (`3.0`, `1e3`) written as an integer,
/// or `None` when it has none. To JSON (and JSON Schema, and JavaScript clients) `3.0` is the
/// integer 3; serde would refuse it for an integer field. Values are read as f64 first: only
/// integral ones below 2^53 are converted, and a float with more digits than f64 holds
/// (`100.000000000000001`) rounds like any JSON reader would read it.
fn integral_floats_as_integers(bytes: &[u8]) -> Option<Vec<u8>> {
    fn convert(v: &mut serde_json::Value) -> bool {
        match v {
            serde_json::Value::Number(n) => match n.as_f64() {
                Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 => {
                    // Exact: an integral f64 below 2^53 converts without loss.
                    *v = serde_json::Value::from(f as i64);
                    true
                }
                _ => false,
            },
            serde_json::Value::Array(items) => items.iter_mut().fold(false, |changed, item| convert(item) | changed),
            serde_json::Value::Object(fields) => fields.values_mut().fold(false, |changed, f| convert(f) | changed),
            _ => false,
        }
    }
    if !bytes.iter().any(|b| matches!(b, b'.' | b'e' | b'E')) {
        return None;
    }
    let mut value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    if !convert(&mut value) {
        return None;
    }
    serde_json::to_vec(&value).ok()
}

/// `application/json` or a `+json` type, as axum's own `Json` requires.
fn json_content_type(headers: &axum::http::HeaderMap) -> bool {
    let Some(value) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else { return false };
    let essence = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// What a route needs of its caller's credential, as its OpenAPI operation declares it once:
/// `security(("bearer" = ["<scope>"]))` with an API-key scope, or `"session"` for what only a
/// signed-in person may do (manage keys, two-factor sign-in, the password). [`Auth`] enforces it,
/// so the document and the server cannot disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    Scope(Scope),
    Session,
}

impl Needs {
    pub fn parse(s: &str) -> Option<Self> {
        if s == "session" { Some(Needs::Session) } else { Scope::parse(s).map(Needs::Scope) }
    }

    fn allows(self, who: &Principal) -> bool {
        match self {
            Needs::Scope(scope) => who.may(scope),
            Needs::Session => who.is_session(),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Needs::Scope(scope) => scope.as_str(),
            Needs::Session => "session",
        }
    }
}

/// Every authenticated route's need, by method and path pattern, read from the OpenAPI document.
#[derive(Clone, Debug, Default)]
pub struct RouteNeeds(HashMap<(String, String), Needs>);

impl RouteNeeds {
    /// Reads the `bearer` requirement of every operation. A requirement naming no known scope is
    /// an error: a typo there must not leave a route open.
    pub fn from_spec(doc: &serde_json::Value) -> Result<Self, String> {
        let mut needs = HashMap::new();
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            for (method, op) in item.as_object().into_iter().flatten() {
                let declared = op["security"].as_array().into_iter().flatten().filter_map(|r| r.get("bearer"));
                for scopes in declared {
                    let names: Vec<&str> = scopes.as_array().into_iter().flatten().filter_map(|v| v.as_str()).collect();
                    let [name] = names.as_slice() else {
                        return Err(format!("{method} {path} must name exactly one scope, not {names:?}"));
                    };
                    let need = Needs::parse(name).ok_or_else(|| format!("{method} {path}: unknown scope {name}"))?;
                    needs.insert((method.to_ascii_uppercase(), path.clone()), need);
                }
            }
        }
        Ok(Self(needs))
    }

    pub fn get(&self, method: &str, path: &str) -> Option<Needs> {
        self.0.get(&(method.to_owned(), path.to_owned())).copied()
    }

    /// Every route with its need, for tests and documentation.
    pub fn all(&self) -> impl Iterator<Item = (&str, &str, Needs)> {
        self.0.iter().map(|((m, p), n)| (m.as_str(), p.as_str(), *n))
    }
}

/// Authenticates `Authorization: Bearer <access token>` or `Bearer rms_<API key>`, counts the
/// request against its caller's budgets and refuses non-staff on the admin API.
async fn principal(parts: &Parts, state: &AppState) -> Result<Principal, Response> {
    let token = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| Problem::new(StatusCode::UNAUTHORIZED, ProblemCode::Unauthenticated).into_response())?;
    let who = if token.starts_with(rms_app::api_keys::PREFIX) {
        state.services.api_keys.authenticate(token).await
    } else {
        state.services.accounts.authenticate(token).await
    };
    let who = who.map_err(|e| ApiError::from(e).into_response())?;
    // Budgets per caller: an API key counts on its own, a session counts as its user.
    let caller = match &who.via {
        rms_app::accounts::Credential::ApiKey { id, .. } => format!("key:{id}"),
        rms_app::accounts::Credential::Session => format!("user:{}", who.user_id),
    };
    state.limits.check(Class::Api, &caller).await.map_err(IntoResponse::into_response)?;
    if parts.uri.path().starts_with("/api/v1/admin/") {
        // Refuse non-staff, and staff the deployment wants on two-factor sign-in first, before
        // anything else is read (the body included); the use cases still decide what each
        // staff role may do.
        if who.staff_blocked {
            return Err(ApiError::from(rms_app::AppError::StaffNeedTwoFactor).into_response());
        }
        if !matches!(who.role, rms_core::account::Role::Admin | rms_core::account::Role::Support) {
            return Err(Problem::new(StatusCode::FORBIDDEN, ProblemCode::Forbidden).into_response());
        }
        state.limits.check(Class::Admin, &caller).await.map_err(IntoResponse::into_response)?;
    }
    Ok(who)
}

/// The caller of an authenticated route, holding what the route declares it needs ([`Needs`]).
pub struct Auth(pub Principal);

impl FromRequestParts<AppState> for Auth {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let who = principal(parts, state).await?;
        let route = parts.extensions.get::<MatchedPath>().map(|p| p.as_str()).unwrap_or_default();
        let needs = parts.extensions.get::<Arc<RouteNeeds>>().and_then(|n| n.get(parts.method.as_str(), route));
        let Some(needs) = needs else {
            // Every authenticated route declares its need; one that does not is refused, not opened.
            tracing::warn!(route, method = %parts.method, "an authenticated route declares no scope");
            return Err(Problem::new(StatusCode::FORBIDDEN, ProblemCode::Forbidden).into_response());
        };
        if !needs.allows(&who) {
            let problem = if who.staff_blocked && matches!(needs, Needs::Scope(Scope::Admin)) {
                ApiError::from(rms_app::AppError::StaffNeedTwoFactor).into_response()
            } else {
                Problem::new(StatusCode::FORBIDDEN, ProblemCode::InsufficientScope)
                    .arg("scope", needs.name())
                    .into_response()
            };
            return Err(problem);
        }
        Ok(Auth(who))
    }
}

/// An authenticated API call as most routes take it: the server's state, the caller (checked like
/// [`Auth`]) and the audit facts ([`Meta`]). Routes that only read take `Call { state, who, .. }`.
pub struct Call {
    pub state: AppState,
    pub who: Principal,
    pub meta: RequestMeta,
}

impl FromRequestParts<AppState> for Call {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Auth(who) = Auth::from_request_parts(parts, state).await?;
        let Ok(Meta(meta)) = Meta::from_request_parts(parts, state).await;
        Ok(Call { state: state.clone(), who, meta })
    }
}

/// Who is asking, for the audit log: client IP, user agent, request id.
pub struct Meta(pub RequestMeta);

impl<S: Send + Sync> FromRequestParts<S> for Meta {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Meta(RequestMeta {
            ip: parts.extensions.get::<ClientIp>().map(|ip| ip.0.to_string()),
            user_agent: parts.headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned),
            request_id: parts.extensions.get::<RequestId>().map(|r| r.0.clone()),
        }))
    }
}

/// The caller when the request carries credentials (they must then be valid), `None` otherwise.
/// For public routes that answer callers a little differently (a quote for a customer): no scope
/// is needed.
pub struct MaybeAuth(pub Option<Principal>);

impl FromRequestParts<AppState> for MaybeAuth {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        if !parts.headers.contains_key(header::AUTHORIZATION) {
            return Ok(MaybeAuth(None));
        }
        principal(parts, state).await.map(|who| MaybeAuth(Some(who)))
    }
}
