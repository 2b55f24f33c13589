//! Extractors handlers use to read a request: strict JSON bodies, the signed-in caller, and the
//! request facts the audit log records.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::RequestMeta;
use rms_app::accounts::Principal;
use serde::de::DeserializeOwned;

use crate::http::problem::{ApiError, Problem};
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
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::MissingJsonContentType(_)) => {
                Err(Problem::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE").into_response())
            }
            Err(rejection @ (JsonRejection::JsonDataError(_) | JsonRejection::JsonSyntaxError(_))) => {
                Err(Problem::new(StatusCode::BAD_REQUEST, "BAD_REQUEST")
                    .arg("reason", rejection.body_text())
                    .into_response())
            }
            // Body too large, unreadable: the bare status is rendered as a problem downstream.
            Err(other) => Err(other.into_response()),
        }
    }
}

/// The caller, authenticated by `Authorization: Bearer <access token>` or `Bearer rms_<API key>`.
pub struct Auth(pub Principal);

impl FromRequestParts<AppState> for Auth {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| Problem::new(StatusCode::UNAUTHORIZED, "UNAUTHENTICATED").into_response())?;
        let who = if token.starts_with(rms_app::api_keys::PREFIX) {
            state.api_keys.authenticate(token).await
        } else {
            state.accounts.authenticate(token).await
        };
        let who = who.map_err(|e| ApiError::from(e).into_response())?;
        // Budgets per caller: an API key counts on its own, a session counts as its user.
        let caller = match &who.via {
            rms_app::accounts::Credential::ApiKey { id, .. } => format!("key:{id}"),
            rms_app::accounts::Credential::Session => format!("user:{}", who.user_id),
        };
        state.limits.check(Class::Api, &caller).await.map_err(IntoResponse::into_response)?;
        if parts.uri.path().starts_with("/api/v1/admin/") {
            // Refuse non-staff before anything else is read (the body included); the use cases
            // still decide what each staff role may do.
            if !matches!(who.role, rms_core::account::Role::Admin | rms_core::account::Role::Support) {
                return Err(Problem::new(StatusCode::FORBIDDEN, "FORBIDDEN").into_response());
            }
            state.limits.check(Class::Admin, &caller).await.map_err(IntoResponse::into_response)?;
        }
        Ok(Auth(who))
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
pub struct MaybeAuth(pub Option<Principal>);

impl FromRequestParts<AppState> for MaybeAuth {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        if !parts.headers.contains_key(header::AUTHORIZATION) {
            return Ok(MaybeAuth(None));
        }
        Auth::from_request_parts(parts, state).await.map(|Auth(who)| MaybeAuth(Some(who)))
    }
}
