//! The admin's payment pages: gateway settings (credentials only as set / not set, the webhook
//! URL to paste, a connection test, refused-webhook counts), the review queue with the latest
//! payments, and one payment with its raw webhooks and read-backs (approve, reject, re-check).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::payments::{BankDetails, GatewayUpdate, PartialPolicy};
use rms_core::billing::PaymentStatus;
use rms_payments::Flow;
use serde::Deserialize;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::store::pay;
use crate::web::{Nothing, PageCtx, PageRequest, Said, Staff, answer, redirect, refused, render};

pub struct GatewayCard {
    pub name: &'static str,
    pub label: String,
    pub hosted: bool,
    pub transfer: bool,
    pub enabled: bool,
    pub currencies: String,
    pub api_base_url: String,
    /// (field, set).
    pub credentials: Vec<(&'static str, bool)>,
    pub partial_credit: bool,
    pub webhook_url: String,
    /// (kind, count).
    pub failures: Vec<(String, i64)>,
    /// (currency, details).
    pub banks: Vec<(String, BankDetails)>,
}

#[derive(Template)]
#[template(path = "admin_gateways.html")]
struct GatewaysPage<'a> {
    ctx: &'a PageCtx,
    gateways: Vec<GatewayCard>,
    notice: Option<String>,
    error: Option<String>,
}

async fn gateways_page(page: &PageRequest, who: &Principal, said: Said) -> Response {
    let Said { notice, error, status } = said;
    let payments = &page.state.services.payments;
    let loaded =
        async { Ok::<_, rms_app::AppError>((payments.gateways(who).await?, payments.failure_counts(who).await?)) };
    let (views, failures) = match loaded.await {
        Ok(x) => x,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx("/admin/gateways");
    let gateways = views
        .into_iter()
        .filter(|v| v.gateway.flow() != Flow::LocalPage)
        .map(|v| GatewayCard {
            name: v.gateway.as_str(),
            label: page.locale.t(&format!("wallet-gateway-{}", v.gateway)),
            hosted: v.gateway.flow() == Flow::Hosted,
            transfer: v.gateway.flow() == Flow::BankTransfer,
            enabled: v.enabled,
            currencies: v.currencies.join(", "),
            api_base_url: v.api_base_url.unwrap_or_default(),
            credentials: v.credentials.into_iter().collect(),
            partial_credit: v.options.partial == PartialPolicy::Credit,
            webhook_url: v.webhook_url.unwrap_or_default(),
            failures: failures.iter().filter(|f| f.0 == v.gateway.as_str()).map(|f| (f.1.clone(), f.2)).collect(),
            banks: v.options.bank_details.into_iter().collect(),
        })
        .collect();
    let main = GatewaysPage { ctx: &ctx, gateways, notice, error }.render();
    let mut res = render(&ctx, &ctx.t("admin-gateways-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// The gateways page again after an action: with `notice` when it worked, else the problem.
async fn after_gateways<T>(
    page: &PageRequest,
    who: &Principal,
    done: Result<T, rms_app::AppError>,
    notice: &str,
) -> Response {
    answer(done, page.locale, notice, async |said| gateways_page(page, who, said).await).await
}

/// `GET /admin/gateways`.
pub async fn gateways(page: PageRequest, Staff(who): Staff) -> Response {
    gateways_page(&page, &who, Said::nothing()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct GatewayForm {
    enabled: Option<String>,
    currencies: String,
    api_base_url: String,
    partial_credit: Option<String>,
    /// Credentials by the gateway's names; an empty field keeps the saved value.
    #[serde(flatten)]
    fields: BTreeMap<String, String>,
}

/// `POST /admin/gateways/{gateway}`: saves a gateway's settings.
pub async fn save_gateway(
    page: PageRequest,
    Staff(who): Staff,
    Path(gateway): Path<String>,
    CsrfForm(form): CsrfForm<GatewayForm>,
) -> Response {
    let payments = &page.state.services.payments;
    let spec = rms_payments::GatewayId::parse(&gateway);
    let credentials = form
        .fields
        .iter()
        .filter(|(k, v)| spec.is_some_and(|g| g.spec().credentials.contains(&k.as_str())) && !v.trim().is_empty())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let partial = if form.partial_credit.is_some() { PartialPolicy::Credit } else { PartialPolicy::Review };
    let currencies = form.currencies.split([',', ' ']).filter(|c| !c.is_empty()).map(str::to_owned).collect();
    let update = GatewayUpdate {
        enabled: Some(form.enabled.is_some()),
        currencies: Some(currencies),
        api_base_url: Some(form.api_base_url),
        credentials,
        partial: Some(partial),
        ..GatewayUpdate::default()
    };
    after_gateways(
        &page,
        &who,
        payments.update_gateway(&who, &gateway, update, &page.meta).await,
        "admin-gateway-saved",
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BankForm {
    currency: String,
    account_holder: String,
    account_number: String,
    swift_bic: String,
    bank_name: String,
    bank_address: String,
    instructions: String,
    /// Removes this currency's details instead.
    remove: Option<String>,
}

/// `POST /admin/gateways/manual/bank`: sets (or removes) the bank details of one currency.
pub async fn save_bank(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<BankForm>) -> Response {
    let payments = &page.state.services.payments;
    let Some(manual) = rms_payments::GatewayId::all().find(|g| g.awaits_admin()) else {
        return ApiError::NotFound.into_response();
    };
    let details = form.remove.is_none().then(|| BankDetails {
        account_holder: form.account_holder.trim().to_owned(),
        account_number: form.account_number.trim().to_owned(),
        swift_bic: form.swift_bic.trim().to_owned(),
        bank_name: form.bank_name.trim().to_owned(),
        bank_address: form.bank_address.trim().to_owned(),
        instructions: form.instructions.trim().to_owned(),
    });
    let update = GatewayUpdate { bank_detail: Some((form.currency, details)), ..GatewayUpdate::default() };
    after_gateways(
        &page,
        &who,
        payments.update_gateway(&who, manual.as_str(), update, &page.meta).await,
        "admin-gateway-saved",
    )
    .await
}

/// `POST /admin/gateways/{gateway}/test`: one authenticated call with the saved credentials.
pub async fn test_gateway(
    page: PageRequest,
    Staff(who): Staff,
    Path(gateway): Path<String>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    after_gateways(
        &page,
        &who,
        page.state.services.payments.test_gateway(&who, &gateway).await,
        "admin-gateway-test-ok",
    )
    .await
}

pub struct PaymentRow {
    pub id: Uuid,
    pub gateway: String,
    pub reference: String,
    pub amount: String,
    pub status: crate::web::Badge,
    pub reason: String,
    pub when: String,
}

#[derive(Template)]
#[template(path = "admin_payments.html")]
struct PaymentsPage<'a> {
    ctx: &'a PageCtx,
    review: Vec<PaymentRow>,
    latest: Vec<PaymentRow>,
}

fn rows(page: &PageRequest, ctx: &PageCtx, list: Vec<rms_app::payments::Payment>) -> Vec<PaymentRow> {
    list.into_iter()
        .map(|p| PaymentRow {
            id: p.id,
            gateway: page.locale.t(&format!("wallet-gateway-{}", p.gateway)),
            amount: pay::amount(page.locale, p.amount_minor, &p.currency),
            status: crate::web::Badge::payment(page.locale, p.status),
            reason: p.review_reason.or(p.attention).unwrap_or_default(),
            when: ctx.date(p.created_at),
            reference: p.reference,
        })
        .collect()
}

/// `GET /admin/payments`: the review queue (payments in review, then settled ones flagged for
/// an admin) and the latest payments.
pub async fn payments(page: PageRequest, Staff(who): Staff) -> Response {
    let service = &page.state.services.payments;
    let loaded = async {
        let mut review = service.payments(&who, true, Some(PaymentStatus::Review)).await?;
        review.extend(service.needing_attention(&who).await?);
        Ok::<_, rms_app::AppError>((review, service.payments(&who, true, None).await?))
    };
    let (review, latest) = match loaded.await {
        Ok(x) => x,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx("/admin/payments");
    let main =
        PaymentsPage { ctx: &ctx, review: rows(&page, &ctx, review), latest: rows(&page, &ctx, latest) }.render();
    render(&ctx, &ctx.t("admin-payments-title"), main, page.partial)
}

pub struct Line {
    pub when: String,
    pub what: String,
    pub detail: String,
    pub outcome: String,
}

#[derive(Template)]
#[template(path = "admin_payment.html")]
struct PaymentPage<'a> {
    ctx: &'a PageCtx,
    payment: PaymentRow,
    credited: String,
    /// The order's amount in the base currency, as the approve form's default.
    suggested: String,
    in_review: bool,
    /// A settled payment flagged for an admin: the "handled" button shows.
    flagged: bool,
    hosted: bool,
    events: Vec<Line>,
    checks: Vec<Line>,
    notice: Option<String>,
    error: Option<String>,
}

async fn payment_page(page: &PageRequest, who: &Principal, id: Uuid, said: Said) -> Response {
    let Said { notice, error, status } = said;
    let service = &page.state.services.payments;
    let loaded =
        async { Ok::<_, rms_app::AppError>((service.payment(who, id).await?, service.history(who, id).await?)) };
    let (p, (events, checks)) = match loaded.await {
        Ok(x) => x,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx(&format!("/admin/payments/{id}"));
    let base = page.state.services.wallet.currency();
    let credited = p.credited_minor.map(|c| pay::amount(page.locale, c, base.as_str())).unwrap_or_default();
    let main = PaymentPage {
        ctx: &ctx,
        credited,
        suggested: rms_core::Money::new(p.base_amount_minor.unwrap_or(p.amount_minor), base).to_decimal_string(),
        in_review: p.status == PaymentStatus::Review,
        flagged: p.attention.is_some(),
        hosted: p.gateway.flow() == Flow::Hosted,
        events: events
            .into_iter()
            .map(|e| Line {
                when: ctx.date(e.received_at),
                what: e.kind,
                detail: e.body,
                outcome: e.outcome.unwrap_or_default(),
            })
            .collect(),
        checks: checks
            .into_iter()
            .map(|c| Line {
                when: ctx.date(c.checked_at),
                what: format!("{}: {} ({})", c.source, c.gateway_status, c.state),
                detail: c.amount.unwrap_or_default(),
                outcome: c.outcome,
            })
            .collect(),
        payment: rows(page, &ctx, vec![p]).remove(0),
        notice,
        error,
    }
    .render();
    let mut res = render(&ctx, &ctx.t("admin-payment-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/payments/{id}`: one payment, its webhooks and read-backs.
pub async fn payment(page: PageRequest, Staff(who): Staff, Path(id): Path<Uuid>) -> Response {
    payment_page(&page, &who, id, Said::nothing()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewForm {
    /// `approve` or `reject`.
    decision: String,
    /// What to credit, in the base currency's major units (`12.50`).
    amount: String,
}

/// The payment's page after an action: back to it when it worked, else the problem on it.
async fn after_payment<T>(
    page: &PageRequest,
    who: &Principal,
    id: Uuid,
    done: Result<T, rms_app::AppError>,
) -> Response {
    match done {
        Ok(_) => redirect(&format!("/admin/payments/{id}")),
        Err(e) => {
            refused(e, page.locale, async |status, detail| {
                payment_page(page, who, id, Said::refused(status, detail)).await
            })
            .await
        }
    }
}

/// `POST /admin/payments/{id}/review`: approve (credit an amount) or reject.
pub async fn review(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> Response {
    let base = page.state.services.wallet.currency();
    let credit = match form.decision.as_str() {
        "approve" => Some(rms_core::Money::parse_decimal(&form.amount, base).map_or(0, |m| m.minor)),
        _ => None,
    };
    let done = page.state.services.payments.resolve_review(&who, id, credit, &page.meta).await;
    after_payment(&page, &who, id, done).await
}

/// `POST /admin/payments/{id}/handled`: the admin dealt with a flagged settled payment.
pub async fn handled(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    after_payment(&page, &who, id, page.state.services.payments.mark_handled(&who, id, &page.meta).await).await
}

/// `POST /admin/payments/{id}/recheck`: reads the payment back from its gateway now.
pub async fn recheck(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    after_payment(&page, &who, id, page.state.services.payments.recheck(&who, id).await).await
}
