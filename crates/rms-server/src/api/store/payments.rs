//! The payments API: top-ups through any enabled gateway, the payer's payments, the sandbox's
//! pay button, gateways' webhooks, and for admins the gateway settings, every payment with its
//! webhooks and read-backs, bank-transfer confirmation and the review queue.

use std::collections::BTreeMap;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use rms_app::idempotency::Claim;
use rms_app::payments::{GatewayUpdate, GatewayView, PartialPolicy, Payment, WebhookAck};
use rms_core::billing::PaymentStatus;
use rms_payments::{Flow, Headers};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::http::extract::{ApiJson, Call};
use crate::http::idempotency;
use crate::http::problem::{ApiError, ProblemBody};
use crate::state::AppState;

#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TopUpIn {
    /// In minor units of `currency`.
    #[schema(minimum = 1, maximum = 100_000_000_000i64)]
    amount_minor: i64,
    /// A gateway from `GET /api/v1/wallet/gateways`: `paypal`, `cryptomus`, `nowpayments`,
    /// `plisio`, `manual` (bank transfer an admin confirms) or `sandbox` (development).
    #[schema(max_length = 32)]
    gateway: String,
    /// ISO 4217 code the payer pays in (the base currency when omitted); the wallet is credited
    /// in the base currency at the rate recorded on the payment.
    #[schema(max_length = 3)]
    currency: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct PaymentOut {
    id: Uuid,
    gateway: String,
    /// Quote it on the bank transfer (manual gateway).
    reference: String,
    /// What the payer pays, in `currency`.
    amount_minor: i64,
    currency: String,
    /// `pending`, `paid`, `failed`, `expired`, `review` (an admin looks at it), `refunded`.
    status: String,
    created_at: String,
    /// Where the payer completes the payment: the gateway's page, or ours (sandbox, transfer).
    pay_url: Option<String>,
    /// The order in the base currency, and the rate and its source when converted.
    base_amount_minor: Option<i64>,
    rate: Option<String>,
    rate_source: Option<String>,
    /// What the wallet received (base currency) once paid.
    credited_minor: Option<i64>,
    /// The gateway's latest status word.
    gateway_status: Option<String>,
    /// Why an admin must look at it (`amount_mismatch`, `currency_mismatch`, `partial_payment`,
    /// `held_by_gateway`, `re_deposit`, `order_mismatch`, `missing_payment_id`).
    review_reason: Option<String>,
    /// On a paid payment: why an admin must look at it until they mark it handled
    /// (`re_deposit`, `second_payment`, `more_paid`, `amount_mismatch`, `currency_mismatch`,
    /// `partial_payment`, `order_mismatch`, `refund_after_spend`).
    attention: Option<String>,
}

impl From<Payment> for PaymentOut {
    fn from(p: Payment) -> Self {
        let open = p.status.is_open();
        let pay_url = match p.gateway.flow() {
            Flow::LocalPage => open.then(|| format!("/pay/sandbox/{}", p.id)),
            Flow::BankTransfer => open.then(|| format!("/pay/transfer/{}", p.id)),
            Flow::Hosted => p.pay_url.filter(|_| open),
        };
        Self {
            id: p.id,
            gateway: p.gateway.to_string(),
            reference: p.reference,
            amount_minor: p.amount_minor,
            currency: p.currency,
            status: p.status.to_string(),
            created_at: p.created_at.to_string(),
            pay_url,
            base_amount_minor: p.base_amount_minor,
            rate: p.rate,
            rate_source: p.rate_source,
            credited_minor: p.credited_minor,
            gateway_status: p.gateway_status,
            review_reason: p.review_reason,
            attention: p.attention,
        }
    }
}

/// Starts a top-up. Honours `Idempotency-Key`: a retry gets the same payment.
#[utoipa::path(post, path = "/api/v1/wallet/top-ups", tag = "wallet", security(("bearer" = ["wallet"])), request_body = TopUpIn,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe (24 h)", pattern = "^[!-~]{1,255}$")),
    responses((status = 201, body = PaymentOut),
        (status = 409, description = "`IDEMPOTENCY_KEY_IN_USE`; `LIMIT_REACHED`: ten top-ups wait already", body = ProblemBody),
        (status = 422, description = "`GATEWAY_DISABLED`, `OUT_OF_RANGE`, `IDEMPOTENCY_KEY_REUSED`", body = ProblemBody),
        (status = 503, description = "`GATEWAY_UNAVAILABLE`: nothing was charged", body = ProblemBody)))]
pub async fn top_up(Call { state, who, .. }: Call, headers: HeaderMap, ApiJson(body): ApiJson<TopUpIn>) -> Response {
    let request = serde_json::to_value(&body).unwrap_or_default();
    let s = state.clone();
    let keyed = (who.user_id, "POST /api/v1/wallet/top-ups", &request);
    let top_up = |claim: Option<Claim>| async move {
        let currency = body.currency.as_deref();
        s.services.payments.start_top_up(&who, &body.gateway, body.amount_minor, currency, claim.as_ref()).await
    };
    idempotency::run(&state, &headers, keyed, top_up, (StatusCode::CREATED, PaymentOut::from)).await
}

/// The caller's top-ups, newest first.
#[utoipa::path(get, path = "/api/v1/wallet/top-ups", tag = "wallet", security(("bearer" = ["read"])),
    responses((status = 200, body = [PaymentOut])))]
pub async fn top_ups(Call { state, who, .. }: Call) -> Result<Json<Vec<PaymentOut>>, ApiError> {
    Ok(Json(state.services.payments.payments(&who, false, None).await?.into_iter().map(PaymentOut::from).collect()))
}

/// One of the caller's top-ups (admins: anyone's).
#[utoipa::path(get, path = "/api/v1/wallet/top-ups/{id}", tag = "wallet", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path, description = "The payment")),
    responses((status = 200, body = PaymentOut), (status = 404, body = ProblemBody)))]
pub async fn top_up_status(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Json<PaymentOut>, ApiError> {
    Ok(Json(state.services.payments.payment(&who, id).await?.into()))
}

#[derive(Serialize, ToSchema)]
pub struct AvailableGatewayOut {
    gateway: String,
    /// `hosted` (the gateway's page), `local_page` (sandbox), `bank_transfer`.
    flow: String,
}

fn flow_word(flow: Flow) -> &'static str {
    match flow {
        Flow::Hosted => "hosted",
        Flow::LocalPage => "local_page",
        Flow::BankTransfer => "bank_transfer",
    }
}

/// The gateways a payer may choose now.
#[utoipa::path(get, path = "/api/v1/wallet/gateways", tag = "wallet", security(("bearer" = ["read"])),
    responses((status = 200, body = [AvailableGatewayOut])))]
pub async fn available(Call { state, .. }: Call) -> Result<Json<Vec<AvailableGatewayOut>>, ApiError> {
    let list = state.services.payments.available_gateways().await?;
    Ok(Json(
        list.into_iter()
            .map(|g| AvailableGatewayOut { gateway: g.to_string(), flow: flow_word(g.flow()).into() })
            .collect(),
    ))
}

/// Completes a sandbox payment (what the sandbox pay page's button does). Refused where the
/// sandbox gateway is off (production).
#[utoipa::path(post, path = "/api/v1/wallet/top-ups/{id}/sandbox-pay", tag = "wallet", security(("bearer" = ["wallet"])),
    params(("id" = Uuid, Path, description = "The payment")),
    responses((status = 200, body = PaymentOut), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`", body = ProblemBody),
        (status = 422, description = "`GATEWAY_DISABLED`", body = ProblemBody)))]
pub async fn sandbox_pay(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<Json<PaymentOut>, ApiError> {
    Ok(Json(state.services.payments.pay_sandbox(&who, id, &meta).await?.into()))
}

#[derive(Serialize, ToSchema)]
pub struct WebhookOut {
    /// `accepted`, `duplicate` (delivered before) or `ignored` (about nothing sold here).
    status: &'static str,
}

/// A payment gateway's webhook. Checked over the raw bytes and headers, stored once, and
/// answered as soon as it is durable; the payment is read back from the gateway before anything
/// is credited. A bad signature gets 401 and changes nothing.
#[utoipa::path(post, path = "/webhooks/{gateway}", tag = "webhooks",
    params(("gateway" = String, Path, description = "`paypal`, `cryptomus`, `nowpayments`, `plisio`")),
    request_body(content = String, description = "The gateway's event, as it sends it"),
    responses((status = 200, body = WebhookOut),
        (status = 401, description = "`WEBHOOK_SIGNATURE_INVALID`", body = ProblemBody),
        (status = 404, body = ProblemBody),
        (status = 503, description = "`GATEWAY_UNAVAILABLE`: the signature could not be checked now; retry", body = ProblemBody)))]
pub async fn webhook(
    axum::extract::State(state): axum::extract::State<AppState>,
    Path(gateway): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let pairs = headers.iter().filter_map(|(k, v)| Some((k.as_str().to_owned(), v.to_str().ok()?.to_owned())));
    let ack = state.services.payments.receive_webhook(&gateway, Headers::new(pairs), &body).await?;
    let status = match ack {
        WebhookAck::Accepted => "accepted",
        WebhookAck::Duplicate => "duplicate",
        WebhookAck::Ignored => "ignored",
    };
    Ok((StatusCode::OK, Json(WebhookOut { status })).into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PaymentsQuery {
    /// `pending`, `paid`, `failed`, `expired`, `review`, `refunded`.
    status: Option<String>,
    /// `true`: only settled payments flagged for an admin (oldest first), whatever `status`.
    attention: Option<bool>,
}

/// Every user's payments (admins), optionally in one status (`review`: the review queue), or
/// the settled ones flagged for an admin (`attention=true`).
#[utoipa::path(get, path = "/api/v1/admin/payments", tag = "wallet", security(("bearer" = ["admin"])), params(PaymentsQuery),
    responses((status = 200, body = [PaymentOut]), (status = 403, body = ProblemBody)))]
pub async fn admin_payments(
    Call { state, who, .. }: Call,
    Query(q): Query<PaymentsQuery>,
) -> Result<Json<Vec<PaymentOut>>, ApiError> {
    if q.attention == Some(true) {
        let flagged = state.services.payments.needing_attention(&who).await?;
        return Ok(Json(flagged.into_iter().map(PaymentOut::from).collect()));
    }
    // A word that names no status matches no payment (the filter has always answered so).
    let status = match q.status.as_deref().filter(|s| !s.is_empty()).map(PaymentStatus::parse).transpose() {
        Ok(status) => status,
        Err(_) => return Ok(Json(Vec::new())),
    };
    Ok(Json(state.services.payments.payments(&who, true, status).await?.into_iter().map(PaymentOut::from).collect()))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct ConfirmIn {
    /// What arrived, in minor units of the payment's currency, when less than asked (a partial
    /// transfer credits its share).
    #[schema(minimum = 1, maximum = 100_000_000_000i64)]
    received_minor: Option<i64>,
}

/// Confirms that a manual (bank transfer) payment arrived: the wallet is credited once. Audited.
#[utoipa::path(post, path = "/api/v1/admin/payments/{id}/confirm", tag = "wallet", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The payment")), request_body(content = Option<ConfirmIn>),
    responses((status = 200, body = PaymentOut), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`", body = ProblemBody)))]
pub async fn confirm_payment(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    body: Bytes,
) -> Result<Json<PaymentOut>, ApiError> {
    // The body is optional: without one the whole amount arrived.
    let received = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        let bad =
            || rms_app::AppError::Invalid { field: "received_minor", reason: rms_core::account::InvalidInput::Range };
        serde_json::from_slice::<ConfirmIn>(&body).map_err(|_| bad())?.received_minor
    };
    Ok(Json(state.services.payments.confirm_manual(&who, id, received, &meta).await?.into()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewIn {
    /// `approve` (credit `credit_minor`, base currency; the order's amount when omitted) or `reject`.
    #[schema(pattern = "^(approve|reject)$")]
    decision: String,
    #[schema(minimum = 1, maximum = 100_000_000_000i64)]
    credit_minor: Option<i64>,
}

/// Settles a payment in the review queue (admins). Audited.
#[utoipa::path(post, path = "/api/v1/admin/payments/{id}/review", tag = "wallet", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The payment")), request_body = ReviewIn,
    responses((status = 200, body = PaymentOut), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: not in review", body = ProblemBody), (status = 422, body = ProblemBody)))]
pub async fn review(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<ReviewIn>,
) -> Result<Json<PaymentOut>, ApiError> {
    let payments = &state.services.payments;
    let credit = match body.decision.as_str() {
        "approve" => Some(match body.credit_minor {
            Some(c) => c,
            None => {
                let p = payments.payment(&who, id).await?;
                // Payments from before conversions were in the base currency already.
                p.base_amount_minor.unwrap_or(p.amount_minor)
            }
        }),
        "reject" => None,
        _ => {
            return Err(rms_app::AppError::Invalid {
                field: "decision",
                reason: rms_core::account::InvalidInput::Range,
            }
            .into());
        }
    };
    Ok(Json(payments.resolve_review(&who, id, credit, &meta).await?.into()))
}

/// Marks a flagged settled payment handled (admins): the admin settled the money outside the
/// flow (a wallet adjustment, a refund at the gateway) or found nothing to do. Audited.
#[utoipa::path(post, path = "/api/v1/admin/payments/{id}/handled", tag = "wallet", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The payment")),
    responses((status = 200, body = PaymentOut), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: not flagged", body = ProblemBody)))]
pub async fn handled(Call { state, who, meta }: Call, Path(id): Path<Uuid>) -> Result<Json<PaymentOut>, ApiError> {
    Ok(Json(state.services.payments.mark_handled(&who, id, &meta).await?.into()))
}

/// Reads a payment back from its gateway now and settles it (admins).
#[utoipa::path(post, path = "/api/v1/admin/payments/{id}/recheck", tag = "wallet", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The payment")),
    responses((status = 200, body = PaymentOut), (status = 404, body = ProblemBody),
        (status = 503, description = "`GATEWAY_UNAVAILABLE`", body = ProblemBody)))]
pub async fn recheck(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Json<PaymentOut>, ApiError> {
    Ok(Json(state.services.payments.recheck(&who, id).await?.into()))
}

#[derive(Serialize, ToSchema)]
pub struct EventOut {
    event_id: String,
    kind: String,
    received_at: String,
    outcome: Option<String>,
    /// The raw body as the gateway sent it.
    body: String,
}

#[derive(Serialize, ToSchema)]
pub struct CheckOut {
    /// `webhook`, `return`, `cleanup`, `admin`.
    source: String,
    gateway_status: String,
    state: String,
    amount: Option<String>,
    outcome: String,
    checked_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct PaymentHistoryOut {
    payment: PaymentOut,
    events: Vec<EventOut>,
    checks: Vec<CheckOut>,
}

/// A payment with its raw webhooks and read-back history (admins).
#[utoipa::path(get, path = "/api/v1/admin/payments/{id}", tag = "wallet", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The payment")),
    responses((status = 200, body = PaymentHistoryOut), (status = 404, body = ProblemBody)))]
pub async fn admin_payment(
    Call { state, who, .. }: Call,
    Path(id): Path<Uuid>,
) -> Result<Json<PaymentHistoryOut>, ApiError> {
    let payments = &state.services.payments;
    let (events, checks) = payments.history(&who, id).await?;
    let payment = payments.payment(&who, id).await?.into();
    Ok(Json(PaymentHistoryOut {
        payment,
        events: events
            .into_iter()
            .map(|e| EventOut {
                event_id: e.event_id,
                kind: e.kind,
                received_at: e.received_at.to_string(),
                outcome: e.outcome,
                body: e.body,
            })
            .collect(),
        checks: checks
            .into_iter()
            .map(|c| CheckOut {
                source: c.source,
                gateway_status: c.gateway_status,
                state: c.state,
                amount: c.amount,
                outcome: c.outcome,
                checked_at: c.checked_at.to_string(),
            })
            .collect(),
    }))
}

#[derive(Serialize, ToSchema)]
pub struct GatewayOut {
    gateway: String,
    /// `hosted`, `local_page`, `bank_transfer`.
    flow: String,
    enabled: bool,
    currencies: Vec<String>,
    /// The API in use (the gateway's live API unless set).
    api_base_url: Option<String>,
    /// Each credential by the gateway's own name: `set` or `not set` (values are never shown).
    credentials: BTreeMap<String, String>,
    /// `review` (default) or `credit`: what a partial payment does.
    partial_payments: String,
    /// Bank details by currency (manual gateway).
    #[schema(value_type = Object)]
    bank_details: serde_json::Value,
    /// Paste this into the gateway's dashboard.
    webhook_url: Option<String>,
    /// Refused webhooks and failed calls, by kind.
    failures: BTreeMap<String, i64>,
    updated_at: Option<String>,
}

fn gateway_out(v: GatewayView, failures: &[(String, String, i64, rms_core::Timestamp)]) -> GatewayOut {
    let name = v.gateway.to_string();
    GatewayOut {
        flow: flow_word(v.gateway.flow()).into(),
        failures: failures.iter().filter(|f| f.0 == name).map(|f| (f.1.clone(), f.2)).collect(),
        gateway: name,
        enabled: v.enabled,
        currencies: v.currencies,
        api_base_url: v.api_base_url,
        credentials: v
            .credentials
            .into_iter()
            .map(|(k, set)| (k.to_owned(), if set { "set" } else { "not set" }.to_owned()))
            .collect(),
        partial_payments: v.options.partial.as_str().to_owned(),
        bank_details: serde_json::to_value(&v.options.bank_details).unwrap_or_default(),
        webhook_url: v.webhook_url,
        updated_at: v.updated_at.map(|t| t.to_string()),
    }
}

/// Every payment gateway's settings (admins). Credentials show only as set / not set.
#[utoipa::path(get, path = "/api/v1/admin/gateways", tag = "gateways", security(("bearer" = ["admin"])),
    responses((status = 200, body = [GatewayOut]), (status = 403, body = ProblemBody)))]
pub async fn gateways(Call { state, who, .. }: Call) -> Result<Json<Vec<GatewayOut>>, ApiError> {
    let payments = &state.services.payments;
    let failures = payments.failure_counts(&who).await?;
    Ok(Json(payments.gateways(&who).await?.into_iter().map(|v| gateway_out(v, &failures)).collect()))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GatewayIn {
    enabled: Option<bool>,
    /// ISO 4217 codes payers may pay in besides the base currency.
    currencies: Option<Vec<String>>,
    /// The API to call: the gateway's live one when empty; its sandbox, a proxy or a test double.
    #[schema(max_length = 500)]
    api_base_url: Option<String>,
    /// PayPal.
    client_id: Option<String>,
    client_secret: Option<String>,
    webhook_id: Option<String>,
    /// Cryptomus.
    merchant_id: Option<String>,
    payment_api_key: Option<String>,
    /// NOWPayments.
    api_key: Option<String>,
    ipn_secret: Option<String>,
    /// Plisio.
    secret_key: Option<String>,
    /// `review` or `credit`.
    #[schema(pattern = "^(review|credit)$")]
    partial_payments: Option<String>,
    /// Bank details by currency code (manual gateway): `{"EUR": {"account_holder": …,
    /// "account_number": …, "swift_bic": …, "bank_name": …, "bank_address": …, "instructions": …}}`.
    #[schema(value_type = Option<Object>)]
    bank_details: Option<serde_json::Value>,
}

/// Changes a gateway's settings (admins). Credentials are sealed under the master key and
/// never shown again; `""` removes one. Audited.
#[utoipa::path(put, path = "/api/v1/admin/gateways/{gateway}", tag = "gateways", security(("bearer" = ["admin"])),
    params(("gateway" = String, Path, description = "The gateway")), request_body = GatewayIn,
    responses((status = 200, body = GatewayOut), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: the sandbox follows the deployment", body = ProblemBody),
        (status = 422, body = ProblemBody)))]
pub async fn update_gateway(
    Call { state, who, meta }: Call,
    Path(gateway): Path<String>,
    ApiJson(body): ApiJson<GatewayIn>,
) -> Result<Json<GatewayOut>, ApiError> {
    let invalid =
        |field| ApiError::from(rms_app::AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range });
    let credentials = [
        ("client_id", body.client_id),
        ("client_secret", body.client_secret),
        ("webhook_id", body.webhook_id),
        ("merchant_id", body.merchant_id),
        ("payment_api_key", body.payment_api_key),
        ("api_key", body.api_key),
        ("ipn_secret", body.ipn_secret),
        ("secret_key", body.secret_key),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v)))
    .collect();
    let payments = &state.services.payments;
    let partial = match body.partial_payments.as_deref() {
        None => None,
        Some(word) => Some(PartialPolicy::parse(word).ok_or_else(|| invalid("partial_payments"))?),
    };
    let bank_details = match body.bank_details {
        None => None,
        Some(b) => Some(serde_json::from_value(b).map_err(|_| invalid("bank_details"))?),
    };
    let update = GatewayUpdate {
        enabled: body.enabled,
        currencies: body.currencies,
        api_base_url: body.api_base_url,
        credentials,
        partial,
        bank_details,
        bank_detail: None,
    };
    let view = payments.update_gateway(&who, &gateway, update, &meta).await?;
    let failures = payments.failure_counts(&who).await?;
    Ok(Json(gateway_out(view, &failures)))
}

#[derive(Serialize, ToSchema)]
pub struct TestOut {
    ok: bool,
}

/// Calls the gateway with its saved credentials (admins).
#[utoipa::path(post, path = "/api/v1/admin/gateways/{gateway}/test", tag = "gateways", security(("bearer" = ["admin"])),
    params(("gateway" = String, Path, description = "The gateway")),
    responses((status = 200, body = TestOut), (status = 404, body = ProblemBody),
        (status = 422, description = "`GATEWAY_DISABLED`: no credentials saved", body = ProblemBody),
        (status = 503, description = "`GATEWAY_UNAVAILABLE`: the gateway refused or is unreachable", body = ProblemBody)))]
pub async fn test_gateway(
    Call { state, who, .. }: Call,
    Path(gateway): Path<String>,
) -> Result<Json<TestOut>, ApiError> {
    state.services.payments.test_gateway(&who, &gateway).await?;
    Ok(Json(TestOut { ok: true }))
}
