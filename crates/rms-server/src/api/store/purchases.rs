//! Buying from the wallet, invoices and their PDFs, refunds.

use axum::Json;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rms_app::idempotency::Claim;
use rms_app::store::{InvoiceView, Pdf, Receipt};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::store::QuoteItem;
use crate::http::extract::{ApiJson, Call};
use crate::http::idempotency;
use crate::http::problem::{ApiError, ProblemBody};

#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PurchaseIn {
    #[schema(min_items = 1, max_items = 50)]
    items: Vec<QuoteItem>,
    #[schema(max_length = 40)]
    promo_code: Option<String>,
    /// An affiliate's code, for a buyer nobody referred yet (first touch wins).
    #[schema(max_length = 40)]
    referral_code: Option<String>,
}

/// A license the purchase issued.
#[derive(Serialize, ToSchema)]
pub struct PurchasedLicense {
    id: Uuid,
    key: String,
    plan_id: Uuid,
    seats: i64,
}

/// The receipt of a purchase (what an idempotent replay answers again, byte for byte).
#[derive(Serialize, ToSchema)]
pub struct ReceiptOut {
    invoice_id: Uuid,
    invoice_number: String,
    currency: String,
    subtotal_minor: i64,
    volume_discount_minor: i64,
    promo_discount_minor: i64,
    total_minor: i64,
    promo_code: Option<String>,
    licenses: Vec<PurchasedLicense>,
    /// Tax charged, part of `total_minor`.
    tax_minor: i64,
    /// The rate charged in basis points (1900 = 19 %); 0 under a reverse charge.
    tax_rate_bp: u32,
}

impl From<Receipt> for ReceiptOut {
    fn from(r: Receipt) -> Self {
        let licenses = r
            .licenses
            .into_iter()
            .map(|l| PurchasedLicense { id: l.id, key: l.key, plan_id: l.plan_id, seats: l.seats })
            .collect();
        Self {
            invoice_id: r.invoice_id,
            invoice_number: r.invoice_number,
            currency: r.currency,
            subtotal_minor: r.subtotal_minor,
            volume_discount_minor: r.volume_discount_minor,
            promo_discount_minor: r.promo_discount_minor,
            total_minor: r.total_minor,
            promo_code: r.promo_code,
            licenses,
            tax_minor: r.tax_minor,
            tax_rate_bp: r.tax_rate_bp,
        }
    }
}

/// Buys a cart from the wallet: the price is computed here (the client never sends one), the
/// wallet is debited, licenses are issued and the invoice numbered, in one transaction. Honours
/// `Idempotency-Key` (Stripe's rules).
#[utoipa::path(post, path = "/api/v1/store/purchase", tag = "store", security(("bearer" = ["wallet"])), request_body = PurchaseIn,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe (24 h)", pattern = "^[!-~]{1,255}$")),
    responses((status = 201, body = ReceiptOut),
        (status = 402, description = "`INSUFFICIENT_FUNDS`", body = ProblemBody),
        (status = 409, description = "`IDEMPOTENCY_KEY_IN_USE` (with Retry-After)", body = ProblemBody),
        (status = 422, description = "`NOT_FOR_SALE`, `PROMO_*`, `SELF_REFERRAL`, `IDEMPOTENCY_KEY_REUSED`", body = ProblemBody)))]
pub async fn purchase(
    Call { state, who, meta }: Call,
    headers: HeaderMap,
    ApiJson(body): ApiJson<PurchaseIn>,
) -> Response {
    if body.promo_code.as_deref().is_some_and(|c| !c.trim().is_empty())
        && let Err(limited) = state.limits.promo_attempt(meta.ip.as_deref(), Some(who.user_id)).await
    {
        return limited.into_response();
    }
    let request = serde_json::to_value(&body).unwrap_or_default();
    let s = state.clone();
    let keyed = (who.user_id, "POST /api/v1/store/purchase", &request);
    let purchase = |claim: Option<Claim>| async move {
        let items: Vec<(Uuid, i64)> = body.items.iter().map(|i| (i.plan_id, i.quantity)).collect();
        let (promo, referral) = (body.promo_code.as_deref(), body.referral_code.as_deref());
        s.services.store.purchase(&who, &items, promo, referral, claim.as_ref(), &meta).await
    };
    idempotency::run(&state, &headers, keyed, purchase, (StatusCode::CREATED, ReceiptOut::from)).await
}

#[derive(Serialize, ToSchema)]
pub struct InvoiceOut {
    id: Uuid,
    number: String,
    /// `invoice` or `credit_note`.
    kind: String,
    /// The invoice a credit note cancels.
    refers_to: Option<Uuid>,
    currency: String,
    subtotal_minor: i64,
    volume_discount_minor: i64,
    promo_discount_minor: i64,
    total_minor: i64,
    promo_code: Option<String>,
    /// `paid`, `refunded` (invoices) or `issued` (credit notes).
    status: String,
    /// `pending` while the PDF is being made, then `ready` (or `failed`).
    pdf_status: String,
    created_at: String,
    /// Tax charged in minor units, part of `total_minor` (negative on a credit note).
    tax: i64,
    /// The same as `tax`, named like the other amounts.
    tax_minor: i64,
    /// The rate charged in basis points (1900 = 19 %); 0 under a reverse charge.
    tax_rate_bp: u32,
    /// Whether the prices included the tax.
    tax_inclusive: bool,
    /// The buyer accounts for the tax (EU reverse charge): none was charged.
    reverse_charge: bool,
}

impl From<InvoiceView> for InvoiceOut {
    fn from(i: InvoiceView) -> Self {
        Self {
            id: i.id,
            number: i.number,
            kind: i.kind.to_string(),
            refers_to: i.refers_to,
            currency: i.currency,
            subtotal_minor: i.subtotal_minor,
            volume_discount_minor: i.volume_discount_minor,
            promo_discount_minor: i.promo_discount_minor,
            total_minor: i.total_minor,
            promo_code: i.promo_code,
            status: i.status.to_string(),
            pdf_status: i.pdf_status.to_string(),
            created_at: i.created_at.to_string(),
            tax: i.tax_minor,
            tax_minor: i.tax_minor,
            tax_rate_bp: i.tax_rate_bp,
            tax_inclusive: i.tax_inclusive,
            reverse_charge: i.reverse_charge,
        }
    }
}

/// The caller's invoices and credit notes, newest first.
#[utoipa::path(get, path = "/api/v1/invoices", tag = "store", security(("bearer" = ["read"])),
    responses((status = 200, body = [InvoiceOut])))]
pub async fn invoices(Call { state, who, .. }: Call) -> Result<Json<Vec<InvoiceOut>>, ApiError> {
    Ok(Json(state.services.store.invoices(&who, false).await?.into_iter().map(InvoiceOut::from).collect()))
}

/// Every invoice and credit note (admins), newest first.
#[utoipa::path(get, path = "/api/v1/admin/invoices", tag = "store", security(("bearer" = ["admin"])),
    responses((status = 200, body = [InvoiceOut]), (status = 403, body = ProblemBody)))]
pub async fn admin_invoices(Call { state, who, .. }: Call) -> Result<Json<Vec<InvoiceOut>>, ApiError> {
    Ok(Json(state.services.store.invoices(&who, true).await?.into_iter().map(InvoiceOut::from).collect()))
}

/// Turns a PDF state into a download, a 202 "still being made" or a problem.
pub(crate) fn pdf_response(pdf: Pdf) -> Response {
    match pdf {
        Pdf::Ready { number, bytes } => {
            let disposition = format!("attachment; filename=\"{}.pdf\"", number.replace(['"', '\\', '/'], "-"));
            let mut res = (StatusCode::OK, bytes).into_response();
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
            if let Ok(v) = HeaderValue::from_str(&disposition) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
            res
        }
        Pdf::Pending => {
            let mut res = (StatusCode::ACCEPTED, Json(serde_json::json!({ "pdf_status": "pending" }))).into_response();
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
            res
        }
        Pdf::Failed => ApiError::from(rms_app::AppError::WrongState { state: "pdf_failed" }).into_response(),
    }
}

/// An invoice's PDF; 202 while the worker is still rendering it.
#[utoipa::path(get, path = "/api/v1/invoices/{id}/pdf", tag = "store", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path, description = "The invoice")),
    responses((status = 200, content_type = "application/pdf", description = "The PDF"),
        (status = 202, description = "Still being generated (Retry-After)"), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: the PDF could not be generated", body = ProblemBody)))]
pub async fn invoice_pdf(Call { state, who, .. }: Call, Path(id): Path<Uuid>) -> Result<Response, ApiError> {
    Ok(pdf_response(state.services.store.invoice_pdf(&who, id).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundIn {
    #[serde(default)]
    reason: String,
    /// Refund although the plan's refund window has passed (the admin says so explicitly).
    #[serde(default)]
    override_window: bool,
}

/// Refunds a paid invoice to the buyer's wallet: licenses revoked or suspended (plan setting),
/// pending commission reversed, credit note issued. Audited.
#[utoipa::path(post, path = "/api/v1/admin/invoices/{id}/refund", tag = "store", security(("bearer" = ["admin"])),
    params(("id" = Uuid, Path, description = "The invoice")), request_body = RefundIn,
    responses((status = 201, description = "The credit note", body = InvoiceOut), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE` (already refunded), `REFUND_WINDOW_CLOSED`", body = ProblemBody)))]
pub async fn refund(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<RefundIn>,
) -> Result<(StatusCode, Json<InvoiceOut>), ApiError> {
    let note = state.services.store.refund(&who, id, &body.reason, body.override_window, &meta).await?;
    Ok((StatusCode::CREATED, Json(note.into())))
}

/// A renewed license (the same key, a later end) and the invoice that paid for it.
#[derive(Serialize, ToSchema)]
pub struct RenewalOut {
    /// The license.
    id: Uuid,
    /// The same key as before.
    key: String,
    product_id: Uuid,
    plan_id: Uuid,
    seats: i64,
    /// `active`.
    status: &'static str,
    /// The new end, RFC 3339.
    expires_at: String,
    invoice_id: Uuid,
    invoice_number: String,
    /// What the wallet paid, minor units of the base currency.
    total_minor: i64,
}

impl From<rms_app::store::Renewal> for RenewalOut {
    fn from(r: rms_app::store::Renewal) -> Self {
        Self {
            id: r.license_id,
            key: r.key,
            product_id: r.product_id,
            plan_id: r.plan_id,
            seats: r.seats,
            status: "active",
            expires_at: r.expires_at.to_string(),
            invoice_id: r.invoice_id,
            invoice_number: r.invoice_number,
            total_minor: r.total_minor,
        }
    }
}

/// Renew one of the caller's licenses for another term of its plan, paid from the wallet at the
/// plan's current price for its seats: the same key carries on, its end moves a term later (from
/// the old end, or from today for a license that lapsed less than 30 days ago), and an invoice is
/// issued. Refunding that invoice takes the time back.
#[utoipa::path(post, path = "/api/v1/licenses/{id}/renew", tag = "store", security(("bearer" = ["wallet"])),
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header, description = "Makes retries safe (24 h)", pattern = "^[!-~]{1,255}$")),
    responses((status = 200, body = RenewalOut),
        (status = 402, description = "`INSUFFICIENT_FUNDS`", body = ProblemBody),
        (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: perpetual, a sub-license, suspended, revoked, or lapsed too long ago; `IDEMPOTENCY_KEY_IN_USE`", body = ProblemBody),
        (status = 422, description = "`NOT_FOR_SALE`, `IDEMPOTENCY_KEY_REUSED`", body = ProblemBody)))]
pub async fn renew(Call { state, who, meta }: Call, headers: HeaderMap, Path(id): Path<Uuid>) -> Response {
    let request = serde_json::json!({ "license": id });
    let s = state.clone();
    let keyed = (who.user_id, "POST /api/v1/licenses/{id}/renew", &request);
    let renewal = |claim: Option<Claim>| async move { s.services.store.renew(&who, id, claim.as_ref(), &meta).await };
    idempotency::run(&state, &headers, keyed, renewal, (StatusCode::OK, RenewalOut::from)).await
}

#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AutoRenewIo {
    /// `true`: renewed from the wallet when the term ends (a reminder 7 days before, a notice
    /// after, or a clear failure when the wallet is short).
    enabled: bool,
}

/// Turn automatic renewal of one of the caller's licenses on or off. Audited.
#[utoipa::path(put, path = "/api/v1/licenses/{id}/auto-renew", tag = "store", security(("bearer" = ["wallet"])),
    params(("id" = Uuid, Path)), request_body = AutoRenewIo,
    responses((status = 200, body = AutoRenewIo), (status = 404, body = ProblemBody),
        (status = 409, description = "`WRONG_STATE`: a perpetual license or a sub-license", body = ProblemBody)))]
pub async fn set_auto_renew(
    Call { state, who, meta }: Call,
    Path(id): Path<Uuid>,
    ApiJson(body): ApiJson<AutoRenewIo>,
) -> Result<Json<AutoRenewIo>, ApiError> {
    let enabled = state.services.store.set_auto_renew(&who, id, body.enabled, &meta).await?;
    Ok(Json(AutoRenewIo { enabled }))
}

#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckoutIn {
    #[schema(min_items = 1, max_items = 50)]
    items: Vec<QuoteItem>,
    #[schema(max_length = 40)]
    promo_code: Option<String>,
    #[schema(max_length = 40)]
    referral_code: Option<String>,
    /// The gateway that pays what the wallet lacks (`GET /api/v1/wallet/gateways` lists them).
    gateway: String,
}

/// A checkout waiting for the payment of its shortfall.
#[derive(Serialize, ToSchema)]
pub struct CheckoutWaiting {
    /// `waiting`.
    status: &'static str,
    /// The payment of the difference.
    payment_id: Uuid,
    /// Where it is paid: the gateway's page, or this server's own (a path: the sandbox's button,
    /// the bank-transfer details).
    pay_url: Option<String>,
    /// What the wallet lacked, in minor units of the base currency.
    shortfall_minor: i64,
}

/// Buy from the wallet, or when it is short, pay the difference through `gateway` in the same
/// step: `201` with the receipt when the wallet covered it; `202` with the payment of the
/// shortfall otherwise, and the purchase completes by itself once that payment is credited
/// (`GET /api/v1/store/checkout/{payment_id}` says when, with the invoice). `Idempotency-Key` is
/// required: the purchase made later is that same request, bought once.
#[utoipa::path(post, path = "/api/v1/store/checkout", tag = "store", security(("bearer" = ["wallet"])), request_body = CheckoutIn,
    params(("Idempotency-Key" = String, Header, description = "Required: the purchase completed later is this request",
        pattern = "^[!-~]{1,255}$")),
    responses((status = 201, body = ReceiptOut), (status = 202, body = CheckoutWaiting),
        (status = 409, description = "`GATEWAY_DISABLED`, `LIMIT_REACHED`, `IDEMPOTENCY_KEY_IN_USE`", body = ProblemBody),
        (status = 422, description = "`NOT_FOR_SALE`, `PROMO_*`, `OUT_OF_RANGE` (no `Idempotency-Key`), `IDEMPOTENCY_KEY_REUSED`", body = ProblemBody)))]
pub async fn checkout(
    Call { state, who, meta }: Call,
    headers: HeaderMap,
    ApiJson(body): ApiJson<CheckoutIn>,
) -> Result<Response, ApiError> {
    let key = headers.get(idempotency::HEADER).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let order = rms_store::billing::OrderRequest {
        items: body.items.iter().map(|i| (i.plan_id, i.quantity)).collect(),
        promo_code: body.promo_code.clone(),
        referral_code: body.referral_code.clone(),
        route: "POST /api/v1/store/checkout".into(),
        body: serde_json::json!({ "items": body.items, "promo_code": body.promo_code,
            "referral_code": body.referral_code }),
    };
    match state.services.checkout.checkout(&who, order, &body.gateway, &key, &meta).await? {
        rms_app::checkout::Checkout::Bought(receipt) => {
            Ok((StatusCode::CREATED, Json(ReceiptOut::from(receipt))).into_response())
        }
        rms_app::checkout::Checkout::Waiting { payment, shortfall_minor } => {
            let pay_url = crate::web::store::pay::pay_link(&payment);
            let out = CheckoutWaiting { status: "waiting", payment_id: payment.id, pay_url, shortfall_minor };
            Ok((StatusCode::ACCEPTED, Json(out)).into_response())
        }
    }
}

/// Where a checkout that waited for its payment stands.
#[derive(Serialize, ToSchema)]
pub struct CheckoutState {
    /// `waiting`, `completed` or `failed`.
    status: &'static str,
    /// The purchase's invoice, once completed.
    invoice_id: Option<Uuid>,
    /// Why it could not be bought (a problem code such as `PROMO_EXHAUSTED`); the payment stays in
    /// the wallet.
    failure: Option<String>,
}

/// The state of a checkout that waited for its payment (the order is bought by the server
/// once the payment is credited).
#[utoipa::path(get, path = "/api/v1/store/checkout/{id}", tag = "store", security(("bearer" = ["read"])),
    params(("id" = Uuid, Path, description = "The payment of the shortfall")),
    responses((status = 200, body = CheckoutState), (status = 404, body = ProblemBody)))]
pub async fn checkout_state(
    Call { state, who, .. }: Call,
    Path(id): Path<Uuid>,
) -> Result<Json<CheckoutState>, ApiError> {
    use rms_app::checkout::OrderState;
    Ok(Json(match state.services.checkout.state(&who, id).await? {
        OrderState::Waiting => CheckoutState { status: "waiting", invoice_id: None, failure: None },
        OrderState::Completed { invoice_id } => {
            CheckoutState { status: "completed", invoice_id: Some(invoice_id), failure: None }
        }
        OrderState::Failed { code } => CheckoutState { status: "failed", invoice_id: None, failure: Some(code) },
    }))
}
