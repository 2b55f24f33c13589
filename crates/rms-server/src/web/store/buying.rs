//! Buying from a product page: from the wallet, or paying the difference through a gateway, each
//! once per form; and the receipt buying lands on.

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_i18n::Arg;
use uuid::Uuid;

use super::{BuyForm, cards, product_page, quote_view};
use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::state::AppState;
use crate::web::{PageCtx, PageRequest, SignedIn, redirect, render};

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
