//! The wallet page: balance, top-up, open payments, invoices (and their PDFs), the filtered
//! history and the billing profile; and the sandbox gateway's pay page, which returns to it.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::store::Pdf;
use rms_core::Money;
use rms_core::billing::PdfStatus;
use rms_core::billing::{BillingProfile, HistoryFilter};
use serde::Deserialize;
use uuid::Uuid;

use super::pay;
use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::Nothing;
use crate::web::{PageCtx, PageRequest, Said, SignedIn, day, money, redirect, refused, render};

pub struct Movement {
    pub when: String,
    pub kind: String,
    pub amount: String,
    pub incoming: bool,
}

pub struct InvoiceLine {
    pub id: Uuid,
    pub number: String,
    pub kind: String,
    pub when: String,
    pub total: String,
    pub status: crate::web::Badge,
    pub ready: bool,
    pub pending: bool,
}

pub struct PaymentLine {
    pub id: Uuid,
    pub when: String,
    pub gateway: String,
    pub reference: String,
    pub amount: String,
    pub status: crate::web::Badge,
    /// Where the payer completes it: our sandbox or transfer page, or the gateway's.
    pub pay_link: Option<String>,
}

/// A gateway the payer may choose.
pub struct GatewayChoice {
    pub value: &'static str,
    pub label: String,
}

#[derive(Template)]
#[template(path = "wallet.html")]
struct WalletPage<'a> {
    ctx: &'a PageCtx,
    balance: String,
    currency: String,
    gateways: Vec<GatewayChoice>,
    movements: Vec<Movement>,
    invoices: Vec<InvoiceLine>,
    payments: Vec<PaymentLine>,
    profile: BillingProfile,
    /// What a refused form carried, shown again in it.
    typed: WalletTyped,
    filter: HistoryQuery,
    notice: Option<String>,
    error: Option<String>,
}

/// What a refused wallet form carried: the top-up's amount and gateway, or the billing profile
/// as typed (its form opens to show it with the error).
#[derive(Default)]
pub struct WalletTyped {
    pub amount: String,
    pub gateway: String,
    pub profile: Option<BillingProfile>,
}

#[derive(Deserialize, Default)]
pub struct HistoryQuery {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub direction: String,
    /// `YYYY-MM-DD`, inclusive.
    #[serde(default)]
    pub from: String,
    /// `YYYY-MM-DD`, inclusive.
    #[serde(default)]
    pub until: String,
}

async fn wallet_page(
    page: &PageRequest,
    who: &Principal,
    filter: HistoryQuery,
    typed: WalletTyped,
    said: Said,
) -> Response {
    let Said { notice, error, status } = said;
    let state = &page.state;
    let ctx = page.ctx("/wallet");
    let locale = page.locale;
    let history = HistoryFilter {
        kind: Some(filter.kind.as_str()).filter(|k| !k.is_empty()),
        from: day(&filter.from, false),
        until: day(&filter.until, true),
        incoming: match filter.direction.as_str() {
            "in" => Some(true),
            "out" => Some(false),
            _ => None,
        },
        limit: 200,
    };
    let loaded = async {
        let balance = state.services.wallet.balance(who).await?;
        let movements = state.services.wallet.history(who, &history).await?;
        let invoices = state.services.store.invoices(who, false).await?;
        let payments = state.services.payments.payments(who, false, None).await?;
        let profile = state.services.wallet.billing_profile(who).await?;
        let gateways = state.services.payments.available_gateways().await?;
        Ok::<_, rms_app::AppError>((balance, movements, invoices, payments, profile, gateways))
    }
    .await;
    let (balance, movements, invoices, payments, profile, gateways) = match loaded {
        Ok(x) => x,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let main = WalletPage {
        ctx: &ctx,
        balance: money(state, locale, balance),
        currency: state.services.wallet.currency().as_str().to_owned(),
        gateways: gateways
            .into_iter()
            .map(|g| GatewayChoice { value: g.as_str(), label: locale.t(&format!("wallet-gateway-{g}")) })
            .collect(),
        movements: movements
            .into_iter()
            .map(|m| Movement {
                when: ctx.date(m.created_at),
                kind: locale.t(&format!("wallet-kind-{}", m.kind.replace('_', "-"))),
                amount: money(state, locale, m.amount_minor),
                incoming: m.amount_minor > 0,
            })
            .collect(),
        invoices: invoices
            .into_iter()
            .map(|i| InvoiceLine {
                id: i.id,
                kind: locale.t(crate::web::invoice_title(i.kind)),
                number: i.number,
                when: ctx.date(i.created_at),
                total: money(state, locale, i.total_minor),
                status: crate::web::Badge::invoice(locale, i.status),
                ready: i.pdf_status == PdfStatus::Ready,
                pending: i.pdf_status == PdfStatus::Pending,
            })
            .collect(),
        payments: payments
            .into_iter()
            .filter(|p| p.status.is_open())
            .map(|p| PaymentLine {
                id: p.id,
                when: ctx.date(p.created_at),
                pay_link: pay::pay_link(&p),
                gateway: locale.t(&format!("wallet-gateway-{}", p.gateway)),
                reference: p.reference,
                amount: pay::amount(locale, p.amount_minor, &p.currency),
                status: crate::web::Badge::payment(locale, p.status),
            })
            .collect(),
        profile: typed.profile.clone().unwrap_or(profile),
        typed,
        filter,
        notice,
        error,
    }
    .render();
    let mut res = render(&ctx, &ctx.t("wallet-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// The wallet page again after an action that worked, saying so.
async fn wallet_done(page: &PageRequest, who: &Principal, notice: &str) -> Response {
    let said = Said::notice(page.locale.t(notice));
    wallet_page(page, who, HistoryQuery::default(), WalletTyped::default(), said).await
}

/// The wallet page again after a refused action, saying why (server errors get the error page).
async fn wallet_refused(page: &PageRequest, who: &Principal, e: rms_app::AppError, typed: WalletTyped) -> Response {
    refused(e, page.locale, async |status, detail| {
        wallet_page(page, who, HistoryQuery::default(), typed, Said::refused(status, detail)).await
    })
    .await
}

/// `GET /wallet`: balance, top-up, open payments, invoices and the filtered history.
pub async fn wallet(page: PageRequest, SignedIn(who): SignedIn, Query(filter): Query<HistoryQuery>) -> Response {
    wallet_page(&page, &who, filter, WalletTyped::default(), Said::nothing()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TopUpForm {
    amount: String,
    gateway: String,
}

/// `POST /wallet/top-up`: starts a top-up; the sandbox goes straight to its pay page.
pub async fn top_up(page: PageRequest, SignedIn(who): SignedIn, CsrfForm(form): CsrfForm<TopUpForm>) -> Response {
    let state = &page.state;
    let amount = Money::parse_decimal(&form.amount, state.services.wallet.currency()).map_or(0, |m| m.minor);
    match state.services.payments.start_top_up(&who, &form.gateway, amount, None, None).await {
        // A bank transfer stays on the wallet page, whose open payments link to its details.
        Ok(p) if p.gateway.awaits_admin() => wallet_done(&page, &who, "wallet-manual-started").await,
        Ok(p) => match pay::pay_link(&p) {
            Some(link) => redirect(&link),
            None => wallet_done(&page, &who, "wallet-manual-started").await,
        },
        Err(e) => {
            let typed = WalletTyped { amount: form.amount, gateway: form.gateway, profile: None };
            wallet_refused(&page, &who, e, typed).await
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProfileForm {
    company: String,
    tax_id: String,
    address: String,
    country: String,
    #[serde(default)]
    region: String,
}

/// `POST /wallet/billing-profile`: the details invoices print about the buyer.
pub async fn save_profile(page: PageRequest, SignedIn(who): SignedIn, CsrfForm(f): CsrfForm<ProfileForm>) -> Response {
    let state = &page.state;
    let row = BillingProfile {
        company: f.company,
        tax_id: f.tax_id,
        address: f.address,
        country: f.country,
        region: f.region,
    };
    match state.services.wallet.set_billing_profile(&who, &row).await {
        Ok(_) => wallet_done(&page, &who, "wallet-profile-saved").await,
        Err(e) => wallet_refused(&page, &who, e, WalletTyped { profile: Some(row), ..WalletTyped::default() }).await,
    }
}

#[derive(Template)]
#[template(path = "sandbox_pay.html")]
struct SandboxPay<'a> {
    ctx: &'a PageCtx,
    id: Uuid,
    amount: String,
    paid: bool,
}

/// `GET /pay/sandbox/{id}`: the sandbox gateway's pay page (development and tests only).
pub async fn sandbox_page(page: PageRequest, SignedIn(who): SignedIn, Path(id): Path<Uuid>) -> Response {
    let state = &page.state;
    if !state.services.payments.sandbox_enabled() {
        return ApiError::from(rms_app::AppError::GatewayDisabled).into_response();
    }
    match state.services.payments.payment(&who, id).await {
        Ok(p) if p.gateway.pays_here() && p.user_id == who.user_id => {
            let ctx = page.ctx(&format!("/pay/sandbox/{id}"));
            let amount = money(state, page.locale, p.amount_minor);
            let main = SandboxPay { ctx: &ctx, id, amount, paid: !p.status.is_open() }.render();
            render(&ctx, &ctx.t("sandbox-title"), main, page.partial)
        }
        Ok(_) => ApiError::NotFound.into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `POST /pay/sandbox/{id}`: pays at once and returns to the wallet.
pub async fn sandbox_pay(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    match state.services.payments.pay_sandbox(&who, id, meta).await {
        // Paying for a held order lands on its receipt (bought here); a plain top-up on the
        // wallet. The order is looked at once.
        Ok(p) => match state.services.checkout.order(&who, p.id).await {
            Err(rms_app::AppError::NotFound) => wallet_done(&page, &who, "wallet-topped-up").await,
            order => crate::web::store::pay::after_order(&page, p, order),
        },
        Err(e) => wallet_refused(&page, &who, e, WalletTyped::default()).await,
    }
}

/// `GET /invoices/{id}/pdf`: the PDF, or a page that checks again shortly while it is made.
pub async fn invoice_pdf(page: PageRequest, SignedIn(who): SignedIn, Path(id): Path<Uuid>) -> Response {
    let state = &page.state;
    match state.services.store.invoice_pdf(&who, id).await {
        Ok(Pdf::Pending) => {
            // Accepted: the PDF is being made; the page checks again shortly.
            let said = Said { status: StatusCode::ACCEPTED, ..Said::notice(page.locale.t("wallet-pdf-generating")) };
            wallet_page(&page, &who, HistoryQuery::default(), WalletTyped::default(), said).await
        }
        Ok(pdf) => crate::api::store::purchases::pdf_response(pdf),
        Err(e) => ApiError::from(e).into_response(),
    }
}
