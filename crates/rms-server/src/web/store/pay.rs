//! The payer's side of a top-up: where a payment is completed, the page a gateway sends the
//! payer back to (its live status; PayPal's order is captured there), the cancel page, and the
//! bank-transfer page with the details to pay to.

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use rms_app::payments::{BankDetails, Payment};
use rms_core::billing::PaymentStatus;
use rms_i18n::Locale;
use rms_payments::Flow;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::web::{PageCtx, PageRequest, SignedIn, render};

/// Where the payer completes `p`: our sandbox or transfer page, or the gateway's (while open).
pub fn pay_link(p: &Payment) -> Option<String> {
    if !p.status.is_open() {
        return None;
    }
    match p.gateway.flow() {
        Flow::LocalPage => Some(format!("/pay/sandbox/{}", p.id)),
        Flow::BankTransfer => Some(format!("/pay/transfer/{}", p.id)),
        Flow::Hosted => p.pay_url.clone(),
    }
}

/// `minor` of `currency` as the locale writes money.
pub fn amount(locale: Locale, minor: i64, currency: &str) -> String {
    match rms_core::Currency::parse(currency) {
        Ok(c) => locale.format_money(rms_core::Money::new(minor, c)),
        Err(_) => format!("{minor} {currency}"),
    }
}

#[derive(Template)]
#[template(path = "pay_status.html")]
struct StatusPage<'a> {
    ctx: &'a PageCtx,
    reference: String,
    amount: String,
    status: String,
    /// Still waiting: the page checks again by itself.
    waiting: bool,
    cancelled: bool,
    pay_link: Option<String>,
    /// A purchase waits for this payment: what the page says about it.
    order: Option<String>,
}

/// Where the payer lands after paying: the receipt of the order the payment was for (bought
/// by now, or bought here when its credit just arrived), else the payment's own page.
pub async fn after_payment(page: &PageRequest, who: &rms_app::accounts::Principal, p: Payment) -> Response {
    let order = page.state.services.checkout.order(who, p.id).await;
    after_order(page, p, order)
}

/// [`after_payment`] once the order (if any) was looked at (and completed when paid).
pub fn after_order(
    page: &PageRequest,
    p: Payment,
    order: Result<rms_app::checkout::OrderState, rms_app::AppError>,
) -> Response {
    use rms_app::checkout::OrderState;
    let order = match order {
        Ok(OrderState::Completed { invoice_id }) => {
            return crate::web::redirect(&format!("/store/receipts/{invoice_id}"));
        }
        Ok(OrderState::Waiting) => Some(page.locale.t("pay-order-waiting")),
        Ok(OrderState::Failed { code }) => Some(page.locale.t_args("pay-order-failed", &[("code", code.into())])),
        Err(rms_app::AppError::NotFound) => None,
        Err(e) => return ApiError::from(e).into_response(),
    };
    status_page(page, p, false, order)
}

fn status_page(page: &PageRequest, p: Payment, cancelled: bool, order: Option<String>) -> Response {
    let ctx = page.ctx(&format!("/pay/return/{}", p.id));
    let main = StatusPage {
        ctx: &ctx,
        amount: amount(page.locale, p.amount_minor, &p.currency),
        status: page.locale.t(&format!("pay-status-{}", p.status)),
        waiting: p.status == PaymentStatus::Pending && !cancelled,
        cancelled,
        pay_link: pay_link(&p),
        reference: p.reference,
        order,
    }
    .render();
    render(&ctx, &ctx.t("pay-status-title"), main, page.partial)
}

/// `GET /pay/return/{id}`: the gateway sent the payer back. PayPal's approved order is captured
/// here; every gateway's payment is read back, and the page shows where it stands.
pub async fn returned(page: PageRequest, SignedIn(who): SignedIn, Path(id): Path<Uuid>) -> Response {
    match page.state.services.payments.returned(&who, id).await {
        Ok(p) => after_payment(&page, &who, p).await,
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /pay/cancel/{id}`: the payer left the gateway's page without paying.
pub async fn cancelled(page: PageRequest, SignedIn(who): SignedIn, Path(id): Path<Uuid>) -> Response {
    match page.state.services.payments.payment(&who, id).await {
        Ok(p) if p.user_id == who.user_id => status_page(&page, p, true, None),
        Ok(_) => ApiError::NotFound.into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

#[derive(Template)]
#[template(path = "pay_transfer.html")]
struct TransferPage<'a> {
    ctx: &'a PageCtx,
    reference: String,
    amount: String,
    status: String,
    open: bool,
    bank: Option<BankDetails>,
}

/// `GET /pay/transfer/{id}`: what to transfer where, each value with a copy button.
pub async fn transfer(page: PageRequest, SignedIn(who): SignedIn, Path(id): Path<Uuid>) -> Response {
    let payments = &page.state.services.payments;
    let p = match payments.payment(&who, id).await {
        Ok(p) if p.user_id == who.user_id && p.gateway.awaits_admin() => p,
        Ok(_) => return ApiError::NotFound.into_response(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let bank = match payments.bank_details(&p.currency).await {
        Ok(bank) => bank,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx(&format!("/pay/transfer/{id}"));
    let main = TransferPage {
        ctx: &ctx,
        amount: amount(page.locale, p.amount_minor, &p.currency),
        status: page.locale.t(&format!("pay-status-{}", p.status)),
        open: p.status.is_open(),
        reference: p.reference,
        bank,
    }
    .render();
    render(&ctx, &ctx.t("transfer-title"), main, page.partial)
}
