//! "My licenses": each of the owner's licenses with its key, plan, status, expiry and seats, the
//! devices and domains using them (deactivate, download a license file), and how many moves of a
//! seat are left.

pub mod downloads;
pub mod usage;

use askama::Template;
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::licensing::{ActivationView, Heartbeat, LicenseStatus};
use rms_core::Timestamp;
use rms_i18n::Arg;
use uuid::Uuid;

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::Nothing;
use crate::web::{PageCtx, PageRequest, Said, SignedIn, render};

pub struct DeviceRow {
    pub id: Uuid,
    pub name: String,
    pub binding: String,
    pub platform: String,
    pub last_seen: String,
    pub heartbeat: String,
    pub alert: bool,
}

pub struct SubRow {
    pub id: Uuid,
    pub label: String,
    pub key: String,
    pub seats: String,
    /// The seats it holds, for the resize form.
    pub quota: i64,
    /// Handed to this address, not taken yet.
    pub invited: Option<String>,
    pub revoked: bool,
}

pub struct LicenseCard {
    pub id: Uuid,
    /// Sub-licenses can be carved out of this one (a top-level license).
    pub splittable: bool,
    pub subs: Vec<SubRow>,
    pub label: Option<String>,
    pub key: String,
    pub product: String,
    pub plan: String,
    pub status: crate::web::Badge,
    pub active: bool,
    pub expires: String,
    pub seats: String,
    pub moves: Option<String>,
    pub devices: Vec<DeviceRow>,
    /// Another term can be bought from the wallet (a top-level license with an end, active or
    /// lapsed lately).
    pub renewable: bool,
    /// What the Renew button asks first: the term's price, from the wallet.
    pub renew_question: String,
    /// Renewed from the wallet when the term ends.
    pub auto_renew: bool,
    /// The end the Renew button renews from (whole seconds): a term renewed meanwhile is not
    /// charged again.
    pub ends: i64,
}

#[derive(Template)]
#[template(path = "licenses.html")]
struct Licenses<'a> {
    ctx: &'a PageCtx,
    cards: Vec<LicenseCard>,
    notice: Option<String>,
    error: Option<String>,
}

fn date(ctx: &PageCtx, unix_secs: i64) -> String {
    ctx.date(Timestamp::from_millis(unix_secs * 1000))
}

pub(crate) fn device(ctx: &PageCtx, a: ActivationView) -> DeviceRow {
    let locale = ctx.locale;
    let heartbeat = match (a.clone_suspected, a.heartbeat) {
        (true, _) => locale.t("licenses-heartbeat-clone"),
        (false, Heartbeat::NotStarted) => locale.t("licenses-heartbeat-not-started"),
        (false, Heartbeat::Alive) => locale.t("licenses-heartbeat-alive"),
        (false, Heartbeat::Dead) => locale.t("licenses-heartbeat-dead"),
    };
    DeviceRow {
        id: a.id,
        name: a.name.clone().unwrap_or_else(|| locale.t("licenses-unnamed")),
        binding: a.domain.or(a.fingerprint).unwrap_or_default(),
        platform: a.platform.unwrap_or_default(),
        last_seen: date(ctx, a.last_seen_at),
        heartbeat,
        alert: a.clone_suspected || a.heartbeat == Heartbeat::Dead,
    }
}

async fn cards(page: &PageRequest, who: &Principal, ctx: &PageCtx) -> Result<Vec<LicenseCard>, ApiError> {
    let state = &page.state;
    let locale = ctx.locale;
    let mut out = Vec::new();
    // Listing them claims the licenses invited to this address: names are read after.
    let mine = state.services.catalog.my_licenses(who, None, &page.meta).await?;
    let names = state.services.catalog.my_catalog_names(who, locale.tag()).await?;
    for (license, key) in mine {
        let seats = state.services.licensing.seats(who, license.id, false).await?;
        let l = seats.license;
        let moves = seats.budget.max.map(|max| {
            let remaining = seats.budget.remaining.unwrap_or(0);
            match seats.budget.next_allowed_at {
                Some(at) => locale.t_args(
                    "licenses-moves-wait",
                    &[
                        ("remaining", Arg::Number(remaining)),
                        ("max", Arg::Number(max)),
                        ("at", Arg::from(date(ctx, at))),
                    ],
                ),
                None => {
                    locale.t_args("licenses-moves", &[("remaining", Arg::Number(remaining)), ("max", Arg::Number(max))])
                }
            }
        });
        let splittable = l.status.may_split(license.parent_id.is_some());
        let subs = if license.parent_id.is_none() {
            state
                .services
                .catalog
                .sub_licenses(who, l.id)
                .await?
                .into_iter()
                .map(|(sub, key)| SubRow {
                    id: sub.id,
                    label: sub.label.clone().unwrap_or_default(),
                    key,
                    seats: locale.t_args(
                        "licenses-seats-used",
                        &[("used", Arg::Number(sub.seats_used)), ("total", Arg::Number(sub.seats))],
                    ),
                    quota: sub.seats,
                    invited: sub.invited_email.clone(),
                    revoked: sub.status == LicenseStatus::Revoked,
                })
                .collect()
        } else {
            Vec::new()
        };
        let renewable = license.parent_id.is_none()
            && l.expires_at.is_some()
            && matches!(l.status, LicenseStatus::Active | LicenseStatus::Expired);
        let renew_question = match renewable {
            true => match state.services.store.renewal_price(who, l.id).await? {
                Some(total) => locale.t_args(
                    "licenses-renew-question",
                    &[(
                        "amount",
                        Arg::from(locale.format_money(rms_core::Money::new(total, state.services.store.currency()))),
                    )],
                ),
                None => String::new(),
            },
            false => String::new(),
        };
        out.push(LicenseCard {
            id: l.id,
            splittable,
            subs,
            label: license.label.clone(),
            key,
            product: names.products.get(&l.product_id).cloned().unwrap_or(l.product),
            plan: names.plans.get(&l.plan_id).cloned().unwrap_or(l.plan),
            active: l.status == LicenseStatus::Active,
            status: crate::web::Badge::license(locale, l.status),
            expires: l.expires_at.map_or_else(|| locale.t("licenses-perpetual"), |e| date(ctx, e)),
            // A revoked license holds no seat any more: its devices were let go.
            seats: if l.status == LicenseStatus::Revoked {
                locale.t("licenses-seats-freed")
            } else {
                locale.t_args(
                    "licenses-seats-used",
                    &[("used", Arg::Number(l.seats_used)), ("total", Arg::Number(l.seats))],
                )
            },
            moves,
            devices: seats.activations.into_iter().map(|a| device(ctx, a)).collect(),
            renewable,
            renew_question,
            auto_renew: license.auto_renew,
            ends: l.expires_at.unwrap_or(0),
        });
    }
    Ok(out)
}

async fn page_with(page: &PageRequest, who: &Principal, said: Said) -> Response {
    let Said { notice, error, status } = said;
    let ctx = page.ctx("/licenses");
    match cards(page, who, &ctx).await {
        Ok(cards) => {
            let mut res = render(
                &ctx,
                &ctx.t("licenses-title"),
                Licenses { ctx: &ctx, cards, notice, error }.render(),
                page.partial,
            );
            *res.status_mut() = status;
            res
        }
        Err(e) => e.into_response(),
    }
}

/// The page again after an action that worked, with the message `notice`.
async fn done(page: &PageRequest, who: &Principal, notice: &str) -> Response {
    page_with(page, who, Said::notice(page.locale.t(notice))).await
}

/// The page again after an action that was refused, saying why (a server error gets the error
/// page instead).
async fn refused(page: &PageRequest, who: &Principal, e: impl Into<ApiError>) -> Response {
    crate::web::refused(e, page.locale, async |status, detail| {
        page_with(page, who, Said::refused(status, detail)).await
    })
    .await
}

/// `GET /licenses`
pub async fn licenses(page: PageRequest, SignedIn(who): SignedIn) -> Response {
    page_with(&page, &who, Said::nothing()).await
}

/// `POST /licenses/{id}/activations/{activation}/deactivate`: frees the seat (counts as a move).
pub async fn deactivate(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path((license, activation)): Path<(Uuid, Uuid)>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    match state.services.licensing.owner_deactivate(&who, license, activation, meta).await {
        Ok(_) => done(&page, &who, "licenses-deactivated").await,
        Err(e) => refused(&page, &who, e).await,
    }
}

/// `POST /licenses/{id}/activations/{activation}/license-file`: the signed file for that device.
pub async fn license_file(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path((license, activation)): Path<(Uuid, Uuid)>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let state = &page.state;
    match state.services.licensing.owner_license_file(&who, license, activation).await {
        Ok(file) => crate::api::licenses::seats::license_download(file, &format!("license-{activation}.lic")),
        Err(e) => refused(&page, &who, e).await,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct OfflineForm {
    pub(crate) request: String,
}

/// `POST /licenses/{id}/offline-activation`: the pasted activation request of an air-gapped
/// machine in, its license file out (as a download).
pub async fn offline_activation(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path(license): Path<Uuid>,
    CsrfForm(form): CsrfForm<OfflineForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    match state.services.licensing.activate_offline(&who, license, &form.request, false, meta).await {
        Ok(file) => crate::api::licenses::seats::license_download(file, "license.lic"),
        Err(e) => refused(&page, &who, e).await,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct SplitForm {
    seats: String,
    label: String,
    assignee_email: String,
}

/// `POST /licenses/{id}/sub-licenses`: carves a sub-license out of the pool.
pub async fn split(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path(license): Path<Uuid>,
    CsrfForm(form): CsrfForm<SplitForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let seats = form.seats.trim().parse::<i64>().unwrap_or(0);
    let label = Some(form.label.as_str()).filter(|l| !l.trim().is_empty());
    let assignee = Some(form.assignee_email.as_str()).filter(|a| !a.trim().is_empty());
    match state.services.catalog.carve(&who, license, seats, label, assignee, meta).await {
        Ok(_) => done(&page, &who, "licenses-split-done").await,
        Err(e) => refused(&page, &who, e).await,
    }
}

/// `POST /licenses/{id}/sub-licenses/{sub}/revoke`: its seats go back to the pool.
pub async fn revoke_sub(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path((license, sub)): Path<(Uuid, Uuid)>,
    CsrfForm(_): CsrfForm<Nothing>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    match state.services.catalog.revoke_sub(&who, license, sub, meta).await {
        Ok(()) => done(&page, &who, "licenses-sub-revoked").await,
        Err(e) => refused(&page, &who, e).await,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ResizeForm {
    seats: String,
}

/// `POST /licenses/{id}/sub-licenses/{sub}/resize`: grows (from the pool) or shrinks (back to it)
/// a sub-license.
pub async fn resize_sub(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path((license, sub)): Path<(Uuid, Uuid)>,
    CsrfForm(form): CsrfForm<ResizeForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let seats = form.seats.trim().parse::<i64>().unwrap_or(0);
    match state.services.catalog.resize_sub(&who, license, sub, seats, meta).await {
        Ok(_) => done(&page, &who, "licenses-sub-resized").await,
        Err(e) => refused(&page, &who, e).await,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct AutoRenewForm {
    /// `1` turns automatic renewal on, anything else off.
    enabled: String,
}

/// `POST /licenses/{id}/auto-renew`: automatic renewal from the wallet, on or off.
pub async fn auto_renew(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path(license): Path<Uuid>,
    CsrfForm(form): CsrfForm<AutoRenewForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    match state.services.store.set_auto_renew(&who, license, form.enabled == "1", meta).await {
        Ok(on) => {
            let notice = page.locale.t(if on { "licenses-auto-renew-on" } else { "licenses-auto-renew-off" });
            page_with(&page, &who, Said::notice(notice)).await
        }
        Err(e) => refused(&page, &who, e).await,
    }
}

/// `POST /licenses/{id}/renew`: another term from the wallet; the page says until when and
/// what was paid.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct RenewForm {
    /// The end the page showed, in seconds since the epoch.
    ends: String,
}

pub async fn renew(
    page: PageRequest,
    SignedIn(who): SignedIn,
    Path(license): Path<Uuid>,
    CsrfForm(form): CsrfForm<RenewForm>,
) -> Response {
    let (state, meta) = (&page.state, &page.meta);
    let renewed = match form.ends.trim().parse::<i64>() {
        Ok(secs) => {
            let expected = rms_core::Timestamp::from_millis(secs.saturating_mul(1000));
            state.services.store.renew_expecting(&who, license, expected, meta).await
        }
        Err(_) => state.services.store.renew(&who, license, None, meta).await,
    };
    match renewed {
        Ok(r) => {
            let ctx = page.ctx("/licenses");
            let paid = page.locale.format_money(rms_core::Money::new(r.total_minor, state.services.store.currency()));
            let notice = page.locale.t_args(
                "licenses-renewed",
                &[
                    ("until", Arg::from(ctx.date(r.expires_at))),
                    ("amount", Arg::from(paid)),
                    ("invoice", Arg::from(r.invoice_number.as_str())),
                ],
            );
            page_with(&page, &who, Said::notice(notice)).await
        }
        Err(e) => refused(&page, &who, e).await,
    }
}
