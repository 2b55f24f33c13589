//! The customer's store pages: the catalogue with localised prices, a product page to price and
//! buy a plan (quantity, promo code), the wallet (balance, top-up, invoices, history), and the
//! sandbox gateway's pay page. The affiliate dashboard is in `affiliates`.

pub mod affiliates;
pub mod pay;

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::store::{Pdf, ProductOnSale};
use rms_core::Money;
use rms_core::billing::PdfStatus;
use rms_core::billing::{BillingProfile, HistoryFilter};
use rms_core::pricing::Quote;
use rms_i18n::{Arg, Locale};
use serde::Deserialize;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::state::AppState;
use crate::web::Nothing;
use crate::web::{PageCtx, PageRequest, SignedIn, day, money, problem_text, redirect, refused, render};

pub struct PlanCard {
    pub id: Uuid,
    pub name: String,
    pub features: Vec<String>,
    pub price: String,
    pub was: Option<String>,
    pub seats: String,
    pub term: String,
    pub tiers: Vec<String>,
}

pub struct ProductCard {
    pub slug: String,
    pub name: String,
    pub plans: Vec<PlanCard>,
    /// The description as safe HTML (from the admin's Markdown).
    pub description_html: String,
    pub features: Vec<String>,
    /// The picture's address, when there is one.
    pub image: Option<String>,
}

/// The products on sale as a reader of `locale` sees them: names, descriptions and features in
/// their language where the vendor gave them, else the main ones.
fn cards(state: &AppState, locale: Locale, products: Vec<ProductOnSale>) -> Vec<ProductCard> {
    let tag = locale.tag();
    products
        .into_iter()
        .map(|p| ProductCard {
            image: p.product.image.as_ref().map(|v| format!("/store/{}/image?v={v}", p.product.slug)),
            description_html: rms_app::markdown::to_html(p.product.description_in(tag)),
            features: p.product.features_in(tag).to_vec(),
            slug: p.product.slug.clone(),
            name: p.product.name_in(tag).to_owned(),
            plans: p
                .plans
                .into_iter()
                .map(|o| PlanCard {
                    id: o.plan.id,
                    name: o.plan.name_in(tag).to_owned(),
                    features: o.plan.features_in(tag).to_vec(),
                    price: money(state, locale, o.unit_minor),
                    was: o.was_minor.map(|w| money(state, locale, w)),
                    seats: locale.t_args("invoice-seats", &[("seats", Arg::Number(o.plan.max_activations))]),
                    term: o.plan.duration_days.map_or_else(
                        || locale.t("store-perpetual"),
                        |d| locale.t_args("store-days", &[("days", Arg::Number(d))]),
                    ),
                    tiers: o
                        .tiers
                        .iter()
                        .map(|t| {
                            locale.t_args(
                                "store-tier",
                                &[
                                    ("from", Arg::Number(i64::from(t.min_quantity))),
                                    ("percent", Arg::from(format!("{}", t.off_bp.percent()))),
                                ],
                            )
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "store.html")]
struct StoreList<'a> {
    ctx: &'a PageCtx,
    products: Vec<ProductCard>,
}

/// `GET /store`: what is for sale, with prices in the visitor's language.
pub async fn store(page: PageRequest) -> Response {
    let state = &page.state;
    let ctx = page.ctx("/store");
    match state.services.store.on_sale(None).await {
        Ok(products) => {
            let products = cards(state, page.locale, products);
            render(&ctx, &ctx.t("store-title"), StoreList { ctx: &ctx, products }.render(), page.partial)
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

pub struct QuoteView {
    pub lines: Vec<(String, String, String)>,
    pub rows: Vec<(String, String)>,
    pub total: String,
}

#[derive(Template)]
#[template(path = "store_product.html")]
struct ProductPage<'a> {
    ctx: &'a PageCtx,
    product: ProductCard,
    form: BuyForm,
    quote: Option<QuoteView>,
    error: Option<String>,
    short: bool,
    /// The wallet is short: by how much (a sentence), and the gateways that can pay it.
    shortfall: Option<String>,
    gateways: Vec<(String, String)>,
}

#[derive(Deserialize, Default, Clone)]
pub struct BuyForm {
    #[serde(default)]
    pub plan_id: String,
    #[serde(default)]
    pub quantity: String,
    #[serde(default)]
    pub promo_code: String,
    /// `quote` or `buy`.
    #[serde(default)]
    pub action: String,
    /// Makes a double-submitted form one purchase.
    #[serde(default)]
    pub idempotency_key: String,
    /// `pay_difference`: the gateway that pays what the wallet lacks.
    #[serde(default)]
    pub gateway: String,
}

fn quote_view(state: &AppState, locale: Locale, product: &ProductCard, q: &Quote<Uuid>) -> QuoteView {
    let name = |id: Uuid| product.plans.iter().find(|p| p.id == id).map_or_else(String::new, |p| p.name.clone());
    let mut rows = vec![(locale.t("invoice-subtotal"), money(state, locale, q.subtotal.minor))];
    if q.volume_discount.minor > 0 {
        rows.push((locale.t("invoice-volume-discount"), money(state, locale, -q.volume_discount.minor)));
    }
    if let Some(code) = &q.promo {
        let label = locale.t_args("invoice-promo-discount", &[("code", Arg::from(code.as_str()))]);
        rows.push((label, money(state, locale, -q.promo_discount.minor)));
    }
    let rate = || Arg::from(locale.format_percent_number(q.tax_rate.get()));
    if q.reverse_charge {
        let removed = q.tax_removed();
        rows.push((locale.t("invoice-tax-removed"), money(state, locale, -removed)));
    } else if q.tax.minor != 0 || q.tax_rate.get() != 0 {
        let label = if q.tax_inclusive { "invoice-tax-included" } else { "invoice-tax" };
        rows.push((locale.t_args(label, &[("rate", rate())]), money(state, locale, q.tax.minor)));
    }
    QuoteView {
        lines: q
            .lines
            .iter()
            .map(|l| (name(l.plan), locale.format_integer(i64::from(l.quantity)), money(state, locale, l.gross.minor)))
            .collect(),
        rows,
        total: money(state, locale, q.total.minor),
    }
}

async fn product_page(
    page: &PageRequest,
    slug: &str,
    form: BuyForm,
    outcome: Result<Option<QuoteView>, ApiError>,
) -> Response {
    let state = &page.state;
    let ctx = page.ctx(&format!("/store/{slug}"));
    let product = match state.services.store.on_sale(Some(slug)).await {
        Ok(found) => match cards(state, page.locale, found).into_iter().next() {
            Some(p) => p,
            None => return ApiError::NotFound.into_response(),
        },
        Err(e) => return ApiError::from(e).into_response(),
    };
    let mut shortfall = None;
    let (quote, error, short, status) = match outcome {
        Ok(quote) => (quote, None, false, StatusCode::OK),
        Err(e) => {
            if let ApiError::App(rms_app::AppError::InsufficientFunds { balance_minor, needed_minor }) = &e {
                let missing = money(state, page.locale, needed_minor - balance_minor.max(&0));
                shortfall = Some(page.locale.t_args("store-pay-difference", &[("amount", Arg::from(missing))]));
            }
            match problem_text(e, page.locale) {
                Ok((status, detail)) => (None, Some(detail), shortfall.is_some(), status),
                Err(res) => return res,
            }
        }
    };
    // What can pay the difference when the wallet is short.
    let gateways = match shortfall {
        Some(_) => state
            .services
            .payments
            .available_gateways()
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|g| (g.as_str().to_owned(), page.locale.t(&format!("wallet-gateway-{g}"))))
            .collect(),
        None => Vec::new(),
    };
    let form = BuyForm { idempotency_key: Uuid::new_v4().to_string(), ..form };
    let title = product.name.clone();
    let main = ProductPage { ctx: &ctx, product, form, quote, error, short, shortfall, gateways }.render();
    let mut res = render(&ctx, &title, main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /store/{slug}`: a product's plans, quantity and promo code.
pub async fn product(page: PageRequest, Path(slug): Path<String>) -> Response {
    let form = BuyForm { quantity: "1".into(), ..BuyForm::default() };
    product_page(&page, &slug, form, Ok(None)).await
}

/// `POST /store/{slug}`: prices the chosen plan (`action=quote`) or buys it (`action=buy`,
/// signed in) from the wallet.
pub async fn buy(page: PageRequest, Path(slug): Path<String>, CsrfForm(form): CsrfForm<BuyForm>) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let plan = form.plan_id.parse::<Uuid>();
    let quantity = form.quantity.trim().parse::<i64>().unwrap_or(0);
    let Ok(plan) = plan else {
        let e = rms_app::AppError::Invalid { field: "plan_id", reason: rms_core::account::InvalidInput::NotForSale };
        return product_page(&page, &slug, form, Err(e.into())).await;
    };
    let promo = Some(form.promo_code.as_str()).filter(|c| !c.trim().is_empty());
    let items = [(plan, quantity)];
    let viewer = page.viewer.0.as_ref().map(|v| v.principal.user_id);
    if promo.is_some()
        && let Err(limited) = state.limits.promo_attempt(meta.ip.as_deref(), viewer).await
    {
        return product_page(&page, &slug, form, Err(limited.into())).await;
    }
    let signed_in = page.viewer.0.as_ref().map(|v| v.principal.clone());
    let outcome = if form.action == "buy" || form.action == "pay_difference" {
        let Some(who) = signed_in else { return redirect(&format!("/sign-in?next=/store/{slug}")) };
        let bought = if form.action == "buy" {
            purchase(state, &who, &items, promo, &form.idempotency_key, meta).await
        } else {
            pay_difference(state, &who, &items, promo, &form, meta).await
        };
        match bought {
            // Post/redirect/get: the receipt (or the payment of the difference) has its own page,
            // and reloading it buys nothing.
            Ok(to) => return redirect(&to),
            Err(e) => Err(e),
        }
    } else {
        let buyer = page.viewer.0.as_ref().map(|v| v.principal.user_id);
        let product = state.services.store.on_sale(Some(&slug)).await.map(|p| cards(state, page.locale, p));
        match (state.services.store.quote(buyer, &items, promo).await, product) {
            (Ok(q), Ok(products)) => match products.first() {
                Some(p) => Ok(Some(quote_view(state, page.locale, p, &q))),
                None => Err(ApiError::NotFound),
            },
            (Err(e), _) | (_, Err(e)) => Err(e.into()),
        }
    };
    product_page(&page, &slug, form, outcome).await
}

/// The request a store form buys, as its idempotency key knows it.
fn store_request(items: &[(Uuid, i64)], promo: Option<&str>) -> serde_json::Value {
    serde_json::json!({"items": [{"plan_id": items[0].0, "quantity": items[0].1}], "promo_code": promo})
}

/// Buys through the same idempotency rules as the API: the form carries a key made when the page
/// was shown, so a double click or a resubmitted form buys once. Answers the receipt's address.
async fn purchase(
    state: &AppState,
    who: &Principal,
    items: &[(Uuid, i64)],
    promo: Option<&str>,
    key: &str,
    meta: &rms_app::RequestMeta,
) -> Result<String, ApiError> {
    let request = store_request(items, promo);
    // A form without its key (a script, an old page) is an ordinary, unprotected purchase.
    let key = Some(key).filter(|k| !k.is_empty());
    let answer = state
        .services
        .idempotency
        .run(who.user_id, key, "POST /store", &request, |claim| async move {
            state.services.store.purchase(who, items, promo, None, claim.as_ref(), meta).await
        })
        .await?;
    Ok(format!("/store/receipts/{}", answer.value.invoice_id))
}

/// Buys from the wallet, or, when it is short, pays the difference through the chosen gateway
/// and buys once that payment is credited. Answers where to go: the receipt, or the payment.
async fn pay_difference(
    state: &AppState,
    who: &Principal,
    items: &[(Uuid, i64)],
    promo: Option<&str>,
    form: &BuyForm,
    meta: &rms_app::RequestMeta,
) -> Result<String, ApiError> {
    let order = rms_store::billing::OrderRequest {
        items: items.to_vec(),
        promo_code: promo.map(str::to_owned),
        referral_code: None,
        route: "POST /store".into(),
        body: store_request(items, promo),
    };
    let done = state.services.checkout.checkout(who, order, &form.gateway, &form.idempotency_key, meta).await?;
    Ok(match done {
        rms_app::checkout::Checkout::Bought(receipt) => format!("/store/receipts/{}", receipt.invoice_id),
        rms_app::checkout::Checkout::Waiting { payment, .. } => {
            crate::web::store::pay::pay_link(&payment).unwrap_or_else(|| format!("/pay/return/{}", payment.id))
        }
    })
}

#[derive(Template)]
#[template(path = "store_receipt.html")]
struct ReceiptPage<'a> {
    ctx: &'a PageCtx,
    number: String,
    id: Uuid,
    date: String,
    /// (item, quantity, amount).
    lines: Vec<(String, String, String)>,
    rows: Vec<(String, String)>,
    total: String,
    pdf_ready: bool,
}

/// `GET /store/receipts/{id}`: what a purchase bought, for its buyer (where buying lands).
pub async fn receipt(page: PageRequest, SignedIn(who): SignedIn, Path(id): Path<Uuid>) -> Response {
    let state = &page.state;
    let (invoice, lines) = match state.services.store.receipt(&who, id).await {
        Ok(r) => r,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx(&format!("/store/receipts/{id}"));
    let locale = page.locale;
    let currency = rms_core::Currency::parse(&invoice.currency).unwrap_or(state.services.store.currency());
    let amount = |minor: i64| locale.format_money(rms_core::Money::new(minor, currency));
    let mut rows = vec![(locale.t("invoice-subtotal"), amount(invoice.subtotal_minor))];
    if invoice.volume_discount_minor != 0 {
        rows.push((locale.t("invoice-volume-discount"), amount(-invoice.volume_discount_minor)));
    }
    if invoice.promo_discount_minor != 0 {
        let label = match &invoice.promo_code {
            Some(code) => locale.t_args("invoice-promo-discount", &[("code", Arg::from(code.as_str()))]),
            None => locale.t("invoice-renewal-discount"),
        };
        rows.push((label, amount(-invoice.promo_discount_minor)));
    }
    let rate = Arg::from(locale.format_percent_number(invoice.tax_rate_bp));
    if invoice.reverse_charge {
        // What inclusive prices shed of their tax (zero with exclusive prices).
        let after_discounts = invoice.subtotal_minor - invoice.volume_discount_minor - invoice.promo_discount_minor;
        let removed = after_discounts - invoice.total_minor;
        if removed != 0 {
            rows.push((locale.t("invoice-tax-removed"), amount(-removed)));
        }
    } else if invoice.tax_minor != 0 {
        let label = if invoice.tax_inclusive { "invoice-tax-included" } else { "invoice-tax" };
        rows.push((locale.t_args(label, &[("rate", rate)]), amount(invoice.tax_minor)));
    }
    let main = ReceiptPage {
        ctx: &ctx,
        number: invoice.number.clone(),
        id,
        date: ctx.date(invoice.created_at),
        lines: lines
            .iter()
            .map(|l| {
                (
                    format!("{} — {}", l.product, l.plan),
                    locale.format_integer(i64::from(l.quantity)),
                    amount(l.gross_minor),
                )
            })
            .collect(),
        rows,
        total: amount(invoice.total_minor),
        pdf_ready: invoice.pdf_status == rms_core::billing::PdfStatus::Ready,
    }
    .render();
    render(&ctx, &ctx.t("store-receipt-title"), main, page.partial)
}

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
    notice: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> Response {
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
                kind: locale.t(super::invoice_title(i.kind)),
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
    let _state = &page.state;
    let notice = Some(page.locale.t(notice));
    wallet_page(page, who, HistoryQuery::default(), WalletTyped::default(), notice, None, StatusCode::OK).await
}

/// The wallet page again after a refused action, saying why (server errors get the error page).
async fn wallet_refused(page: &PageRequest, who: &Principal, e: rms_app::AppError, typed: WalletTyped) -> Response {
    let _state = &page.state;
    refused(e, page.locale, async |status, detail| {
        wallet_page(page, who, HistoryQuery::default(), typed, None, Some(detail), status).await
    })
    .await
}

/// `GET /wallet`: balance, top-up, open payments, invoices and the filtered history.
pub async fn wallet(page: PageRequest, SignedIn(who): SignedIn, Query(filter): Query<HistoryQuery>) -> Response {
    let _state = &page.state;
    wallet_page(&page, &who, filter, WalletTyped::default(), None, None, StatusCode::OK).await
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
            let notice = Some(page.locale.t("wallet-pdf-generating"));
            wallet_page(
                &page,
                &who,
                HistoryQuery::default(),
                WalletTyped::default(),
                notice,
                None,
                StatusCode::ACCEPTED,
            )
            .await
        }
        Ok(pdf) => crate::api::store::purchases::pdf_response(pdf),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /brand/logo`: the seller's logo, for the emails that show it (public: mail clients load
/// it without a session). An SVG may carry script; the sandbox policy keeps it inert even when
/// opened on its own.
pub async fn brand_logo(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    use axum::http::header;
    match state.services.store.logo().await {
        Ok(Some(logo)) => {
            let content_type = match logo.format {
                rms_core::invoice::LogoFormat::Png => "image/png",
                rms_core::invoice::LogoFormat::Svg => "image/svg+xml",
            };
            (
                [
                    (header::CONTENT_TYPE, content_type),
                    // The address carries the logo's digest: a new logo is a new address.
                    (header::CACHE_CONTROL, "public, max-age=86400"),
                    (header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'; sandbox"),
                    // Webmail shows it from its own origin.
                    (header::HeaderName::from_static("cross-origin-resource-policy"), "cross-origin"),
                ],
                logo.bytes,
            )
                .into_response()
        }
        Ok(None) => crate::http::problem::Problem::not_found().into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /store/{slug}/image`: a product's picture, for its store page.
pub async fn product_image(
    axum::extract::State(state): axum::extract::State<AppState>,
    Path(slug): Path<String>,
) -> Response {
    use axum::http::header;
    match state.services.catalog.product_image(&slug).await {
        Ok(Some(image)) => (
            [
                (header::CONTENT_TYPE, image.content_type),
                // Pages link it with the picture's version: a new picture is a new address.
                (header::CACHE_CONTROL, "public, max-age=86400"),
                (header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox"),
            ],
            image.bytes,
        )
            .into_response(),
        Ok(None) => crate::http::problem::Problem::not_found().into_response(),
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `GET /brand/theme.css`: the brand's accent colour as the stylesheet's variables (a separate
/// file: the pages' policy allows no inline style). Text on the accent is black or white,
/// whichever reads better.
pub async fn brand_theme(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    use axum::http::header;
    let brand = state.services.brand.current().await.unwrap_or_default();
    let accent = brand.settings.accent_color.trim_start_matches('#');
    let channel = |i: usize| accent.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()).map(f64::from);
    let css = match (channel(0), channel(2), channel(4)) {
        (Some(r), Some(g), Some(b)) => {
            let luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255.0;
            let on = if luminance > 0.55 { "#000000" } else { "#ffffff" };
            format!(
                ":root {{ --accent: #{accent}; --accent-fg: {on}; }}\n\
                 @media (prefers-color-scheme: dark) {{ :root {{ --accent: #{accent}; --accent-fg: {on}; }} }}\n"
            )
        }
        _ => String::new(),
    };
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=300")], css)
        .into_response()
}
