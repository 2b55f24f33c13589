//! The admin's operations pages: the job queue's dead-letter list (retry a job once its cause
//! is fixed) and the Telegram bot (token, admin chat, how updates arrive).

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use rms_app::AppError;
use rms_app::accounts::Principal;
use rms_app::telegram::{BotSettings, BotView};
use serde::Deserialize;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::{Nothing, PageCtx, PageRequest, Said, Staff, answer, refused, render};

pub struct DeadRow {
    pub id: Uuid,
    pub kind: String,
    pub attempts: String,
    pub error: String,
    pub when: String,
    /// What the job was asked to do (JSON), to judge whether to retry or discard it.
    pub payload: String,
}

/// One gateway's webhooks and failures, for the monitoring page.
pub struct WebhookRow {
    pub gateway: String,
    pub received: String,
    pub waiting: String,
    pub last: String,
    /// "bad_signature: 3, unavailable: 1".
    pub failures: String,
}

/// One dependency's health, as `/readyz` checks it: (name, `ok`/`warn`/`down`, what it saw).
pub struct Health {
    pub name: &'static str,
    pub status: &'static str,
    pub seen: String,
}

#[derive(Template)]
#[template(path = "admin_jobs.html")]
struct JobsPage<'a> {
    ctx: &'a PageCtx,
    /// (state, count).
    counts: Vec<(String, i64)>,
    dead: Vec<DeadRow>,
    health: Vec<Health>,
    /// A reconciliation's outcome, when one was just run from the page: each breach, as text.
    reconciled: Option<Vec<String>>,
    /// The last reconciliation (the nightly one, or one run here): when, and each breach.
    last: Option<(String, Vec<String>)>,
    /// Per gateway: webhook events received, waiting, last received, and failures by kind
    /// (admins only).
    webhooks: Vec<WebhookRow>,
    /// Requests refused by the rate limits, per class, on this node since it started.
    refusals: Vec<(&'static str, String)>,
    notice: Option<String>,
    error: Option<String>,
}

async fn jobs_page(page: &PageRequest, who: &Principal, said: Said) -> Response {
    jobs_page_with(page, who, said, None).await
}

/// The jobs page after an action: its notice, or why it was refused.
async fn jobs_after<T>(page: &PageRequest, who: &Principal, done: Result<T, AppError>, notice: &str) -> Response {
    answer(done, page.locale, notice, async |said| jobs_page(page, who, said).await).await
}

async fn jobs_page_with(page: &PageRequest, who: &Principal, said: Said, reconciled: Option<Vec<String>>) -> Response {
    let Said { notice, error, status } = said;
    let list = match page.state.services.dead_letters.list(who, None, 100).await {
        Ok(list) => list,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx("/admin/jobs");
    let counts = list.counts.iter().map(|(s, n)| (ctx.t(&format!("admin-jobs-state-{}", s.as_str())), *n)).collect();
    let dead = list
        .items
        .into_iter()
        .map(|j| DeadRow {
            id: j.id,
            kind: j.kind,
            attempts: format!("{}/{}", j.attempts, j.max_attempts),
            error: j.last_error.unwrap_or_default(),
            when: j.died_at.map(|t| ctx.date(t)).unwrap_or_default(),
            payload: serde_json::to_string_pretty(&j.payload).unwrap_or_default(),
        })
        .collect();
    let health = crate::http::health::checks(&page.state)
        .await
        .into_iter()
        .map(|(name, check)| {
            let (status, seen) = check.describe();
            Health { name, status, seen }
        })
        .collect();
    // Support staff see the queue; the ledger's state is the administrators'.
    let last = match page.state.services.wallet.last_reconciliation(who).await {
        Ok(last) => last.map(|(at, found)| (ctx.date(at), found)),
        Err(_) => None,
    };
    let payments = &page.state.services.payments;
    let webhooks = match (payments.webhook_counts(who).await, payments.failure_counts(who).await) {
        (Ok(events), Ok(failures)) => {
            let mut gateways: Vec<String> =
                events.iter().map(|e| e.0.clone()).chain(failures.iter().map(|f| f.0.clone())).collect();
            gateways.sort();
            gateways.dedup();
            let int = |n: i64| ctx.locale.format_integer(n);
            gateways
                .into_iter()
                .map(|g| {
                    let e = events.iter().find(|e| e.0 == g);
                    let failed: Vec<String> =
                        failures.iter().filter(|f| f.0 == g).map(|f| format!("{}: {}", f.1, int(f.2))).collect();
                    WebhookRow {
                        received: int(e.map_or(0, |e| e.1)),
                        waiting: int(e.map_or(0, |e| e.2)),
                        last: e.map(|e| ctx.date(e.3)).unwrap_or_default(),
                        failures: failed.join(", "),
                        gateway: g,
                    }
                })
                .collect()
        }
        // Support staff see the queue, not the money's plumbing.
        _ => Vec::new(),
    };
    let refusals = page
        .state
        .limits
        .refusals()
        .into_iter()
        .map(|(class, n)| (class, ctx.locale.format_integer(n as i64)))
        .collect();
    let main =
        JobsPage { ctx: &ctx, counts, dead, health, reconciled, last, webhooks, refusals, notice, error }.render();
    let mut res = render(&ctx, &ctx.t("admin-jobs-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/jobs`: how many jobs wait, run, finished and gave up, and the ones that gave up.
pub async fn jobs(page: PageRequest, Staff(who): Staff) -> Response {
    jobs_page(&page, &who, Said::nothing()).await
}

/// `POST /admin/jobs/{id}/retry`: a fresh set of attempts for a dead job.
pub async fn retry_job(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let done = page.state.services.dead_letters.retry(&who, id, &page.meta).await;
    jobs_after(&page, &who, done, "admin-jobs-retried").await
}

/// `POST /admin/jobs/{id}/discard`: gives up on a dead job for good (it asks first).
pub async fn discard_job(
    page: PageRequest,
    Staff(who): Staff,
    Path(id): Path<Uuid>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let done = page.state.services.dead_letters.discard(&who, id, &page.meta).await;
    jobs_after(&page, &who, done, "admin-jobs-discarded").await
}

/// `POST /admin/jobs/reconcile`: checks every ledger invariant now (the nightly job's check)
/// and shows what it found.
pub async fn reconcile(page: PageRequest, Staff(who): Staff, CsrfForm(_): CsrfForm<Nothing>) -> Response {
    match page.state.services.wallet.reconcile_as(&who).await {
        Ok(b) => jobs_page_with(&page, &who, Said::nothing(), Some(b.findings())).await,
        Err(e) => {
            refused(e, page.locale, async |status, detail| jobs_page(&page, &who, Said::refused(status, detail)).await)
                .await
        }
    }
}

#[derive(Template)]
#[template(path = "admin_telegram.html")]
struct TelegramPage<'a> {
    ctx: &'a PageCtx,
    bot: Option<BotView>,
    notice: Option<String>,
    error: Option<String>,
}

async fn telegram_page(page: &PageRequest, who: &Principal, said: Said) -> Response {
    let Said { notice, error, status } = said;
    let bot = match page.state.services.telegram.settings(who).await {
        Ok(bot) => bot,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx("/admin/telegram");
    let main = TelegramPage { ctx: &ctx, bot, notice, error }.render();
    let mut res = render(&ctx, &ctx.t("admin-telegram-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/telegram`: the bot as set up (never its token), and the form to change it.
pub async fn telegram(page: PageRequest, Staff(who): Staff) -> Response {
    telegram_page(&page, &who, Said::nothing()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BotForm {
    /// Empty: keep the bot set up already.
    bot_token: String,
    api_base_url: String,
    admin_chat_id: String,
    /// Removes the bot instead.
    remove: Option<String>,
}

/// `POST /admin/telegram`: sets the bot up (its token checked with Telegram) or removes it.
pub async fn save_telegram(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<BotForm>) -> Response {
    let telegram = &page.state.services.telegram;
    let done = if form.remove.is_some() {
        telegram.remove(&who, &page.meta).await.map(|()| "admin-telegram-removed")
    } else {
        let chat = form.admin_chat_id.trim();
        let admin_chat_id = match chat {
            "" => None,
            _ => match chat.parse::<i64>() {
                Ok(id) => Some(id),
                Err(_) => {
                    let e = rms_app::AppError::Invalid {
                        field: "admin_chat_id",
                        reason: rms_core::account::InvalidInput::Range,
                    };
                    return refused(e, page.locale, async |status, detail| {
                        telegram_page(&page, &who, Said::refused(status, detail)).await
                    })
                    .await;
                }
            },
        };
        let settings = BotSettings {
            bot_token: &form.bot_token,
            api_base_url: Some(form.api_base_url.as_str()).filter(|u| !u.trim().is_empty()),
            admin_chat_id,
        };
        telegram.configure(&who, &settings, &page.meta).await.map(|_| "admin-telegram-saved")
    };
    match done {
        Ok(notice) => telegram_page(&page, &who, Said::notice(page.locale.t(notice))).await,
        Err(e) => {
            refused(e, page.locale, async |status, detail| {
                telegram_page(&page, &who, Said::refused(status, detail)).await
            })
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "admin_announce.html")]
struct AnnouncePage<'a> {
    ctx: &'a PageCtx,
    audience: i64,
    /// (id, name)
    products: Vec<(Uuid, String)>,
    headline: String,
    text: String,
    notice: Option<String>,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnnounceForm {
    headline: String,
    text: String,
    /// Empty: everyone who chose announcements.
    product: String,
}

async fn announce_page(page: &PageRequest, who: &Principal, form: AnnounceForm, said: Said) -> Response {
    let services = &page.state.services;
    let loaded = async {
        let audience = services.notifications.audience(who).await?;
        let products = services.catalog.products(who).await?;
        Ok::<_, rms_app::AppError>((audience, products))
    };
    let (audience, products) = match loaded.await {
        Ok(x) => x,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx("/admin/announcements");
    let products = products.into_iter().map(|p| (p.id, p.name)).collect();
    let Said { notice, error, status } = said;
    let main = AnnouncePage { ctx: &ctx, audience, products, headline: form.headline, text: form.text, notice, error }
        .render();
    let mut res = render(&ctx, &ctx.t("admin-announce-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/announcements`: the form, and how many people chose to hear announcements.
pub async fn announcements(page: PageRequest, Staff(who): Staff) -> Response {
    announce_page(&page, &who, AnnounceForm::default(), Said::nothing()).await
}

/// `POST /admin/announcements`: sends one; a refused form keeps what was typed.
pub async fn announce(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<AnnounceForm>) -> Response {
    // A product id that does not parse names no product: the same refusal as an unknown one.
    let product = match form.product.trim() {
        "" => Ok(None),
        raw => Uuid::parse_str(raw).map(Some).map_err(|_| rms_app::AppError::NotFound),
    };
    let notifications = &page.state.services.notifications;
    let sent = match product {
        Ok(product) => notifications.announce(&who, &form.headline, &form.text, product, &page.meta).await,
        Err(e) => Err(e),
    };
    answer(sent, page.locale, "admin-announce-sent", async |said: Said| {
        // A sent announcement empties the form; a refused one keeps what was typed.
        let form = if said.error.is_some() { form } else { AnnounceForm::default() };
        announce_page(&page, &who, form, said).await
    })
    .await
}

/// One line of the admin home's "needs attention".
pub struct Attention {
    pub label: String,
    pub count: i64,
    pub href: &'static str,
}

#[derive(Template)]
#[template(path = "admin_home.html")]
struct HomePage<'a> {
    ctx: &'a PageCtx,
    sales: i64,
    revenue: String,
    new_accounts: i64,
    attention: Vec<Attention>,
}

/// `GET /admin`: the last day's numbers and what waits for someone, each with its page.
pub async fn home(page: PageRequest, Staff(who): Staff) -> Response {
    let d = match page.state.services.admin.dashboard(&who).await {
        Ok(d) => d,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let ctx = page.ctx("/admin");
    let base = page.state.services.wallet.currency();
    let revenue = page.locale.format_money(rms_core::Money::new(d.sales_minor, base));
    let attention = [
        ("admin-home-transfers", d.transfers_to_confirm, "/admin/billing"),
        ("admin-home-review", d.payments_in_review, "/admin/payments"),
        ("admin-home-dead-jobs", d.dead_jobs, "/admin/jobs"),
        ("admin-home-expiring", d.expiring_soon, "/admin/licenses"),
    ]
    .into_iter()
    .map(|(label, count, href)| Attention { label: ctx.t(label), count, href })
    .collect();
    let main = HomePage { ctx: &ctx, sales: d.sales, revenue, new_accounts: d.new_accounts, attention }.render();
    render(&ctx, &ctx.t("admin-home-title"), main, page.partial)
}
