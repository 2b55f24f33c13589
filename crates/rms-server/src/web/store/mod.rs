//! The customer's store pages: the catalogue with localised prices, a product page to price and
//! buy a plan (quantity, promo code), the wallet (balance, top-up, invoices, history), and the
//! sandbox gateway's pay page. The catalogue and the product page are here; buying and the receipt
//! are in `buying`, the wallet and the sandbox pay page in `wallet`, the public logo, product
//! pictures and theme in `media`, and the affiliate dashboard is in `affiliates`.

pub mod affiliates;
mod buying;
mod media;
pub mod pay;
mod wallet;

pub use buying::{buy, receipt};
pub use media::{brand_logo, brand_theme, product_image};
pub use wallet::{
    GatewayChoice, HistoryQuery, InvoiceLine, Movement, PaymentLine, ProfileForm, TopUpForm, WalletTyped, invoice_pdf,
    sandbox_page, sandbox_pay, save_profile, top_up, wallet,
};

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use rms_app::store::ProductOnSale;
use rms_core::pricing::Quote;
use rms_i18n::{Arg, Locale};
use serde::Deserialize;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::state::AppState;
use crate::web::{PageCtx, PageRequest, money, problem_text, render};

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
