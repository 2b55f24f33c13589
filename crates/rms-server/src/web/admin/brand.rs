//! The admin's brand page: the store's name, support address, accent colour, landing text,
//! footer and logo, as customers will see them.

use askama::Template;
use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use rms_app::accounts::Principal;
use rms_app::brand::{BrandSettings, BrandText};
use serde::Deserialize;

use crate::http::problem::ApiError;
use crate::http::session::CsrfForm;
use crate::web::{PageCtx, PageRequest, Said, Staff, refused, render};

#[derive(Template)]
#[template(path = "admin_brand.html")]
struct BrandPage<'a> {
    ctx: &'a PageCtx,
    form: BrandSettings,
    /// Every language the store speaks: (tag, its name, landing text, footer) as translated.
    languages: Vec<(&'static str, &'static str, String, String)>,
    notice: Option<String>,
    error: Option<String>,
}

async fn brand_page(page: &PageRequest, who: &Principal, form: Option<BrandSettings>, said: Said) -> Response {
    let form = match form {
        Some(form) => form,
        None => match page.state.services.brand.settings(who).await {
            Ok(settings) => settings,
            Err(e) => return ApiError::from(e).into_response(),
        },
    };
    let ctx = page.ctx("/admin/brand");
    let Said { notice, error, status } = said;
    let languages = rms_i18n::Locale::all()
        .map(|l| {
            let t = form.translations.get(l.tag()).cloned().unwrap_or_default();
            (l.tag(), l.name(), t.landing_markdown, t.footer_markdown)
        })
        .collect();
    let main = BrandPage { ctx: &ctx, form, languages, notice, error }.render();
    let mut res = render(&ctx, &ctx.t("admin-brand-title"), main, page.partial);
    *res.status_mut() = status;
    res
}

/// `GET /admin/brand`
pub async fn brand(page: PageRequest, Staff(who): Staff) -> Response {
    brand_page(&page, &who, None, Said::nothing()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BrandForm {
    name: String,
    support_email: String,
    accent_color: String,
    landing_markdown: String,
    footer_markdown: String,
    /// `landing_markdown.<tag>` and `footer_markdown.<tag>`: the texts in other languages.
    #[serde(flatten)]
    translated: std::collections::HashMap<String, String>,
}

impl BrandForm {
    /// The translations typed, by language tag (a language with both texts empty has none).
    fn translations(&self) -> std::collections::BTreeMap<String, BrandText> {
        let mut out = std::collections::BTreeMap::<String, BrandText>::new();
        for (name, text) in &self.translated {
            let Some((field, tag)) = name.split_once('.') else { continue };
            let entry = out.entry(tag.to_owned()).or_default();
            match field {
                "landing_markdown" => entry.landing_markdown.clone_from(text),
                "footer_markdown" => entry.footer_markdown.clone_from(text),
                _ => {}
            }
        }
        out.retain(|_, t| !t.landing_markdown.trim().is_empty() || !t.footer_markdown.trim().is_empty());
        out
    }
}

/// `POST /admin/brand`: saves the brand; a refused form keeps what was typed.
pub async fn save_brand(page: PageRequest, Staff(who): Staff, CsrfForm(form): CsrfForm<BrandForm>) -> Response {
    let translations = form.translations();
    let settings = BrandSettings {
        name: form.name,
        support_email: form.support_email,
        accent_color: form.accent_color,
        landing_markdown: form.landing_markdown,
        footer_markdown: form.footer_markdown,
        translations,
    };
    match page.state.services.brand.set(&who, &settings, &page.meta).await {
        Ok(_) => {
            // The page shows the new brand at once (this request began with the old one).
            let saved = page.state.services.brand.current().await.unwrap_or_default();
            let said = Said::notice(page.locale.t("admin-brand-saved"));
            crate::web::BRAND.scope(saved, brand_page(&page, &who, None, said)).await
        }
        Err(e) => {
            let again = async |status, detail| {
                brand_page(&page, &who, Some(settings.clone()), Said::refused(status, detail)).await
            };
            refused(e, page.locale, again).await
        }
    }
}

/// `PUT /admin/brand/logo` from the page's script: the image as the body, the CSRF token in
/// `X-CSRF-Token`. Answers 204 or the problem.
pub async fn upload_logo(page: PageRequest, Staff(who): Staff, headers: HeaderMap, body: Bytes) -> Response {
    if let Err(refused) = page.csrf.check_header(&headers) {
        return refused;
    }
    match page.state.services.store.set_logo(&who, Some(&body), &page.meta).await {
        Ok(()) => {
            page.state.services.brand.changed();
            StatusCode::NO_CONTENT.into_response()
        }
        Err(e) => ApiError::from(e).into_response(),
    }
}

/// `POST /admin/brand/logo/remove`
pub async fn remove_logo(page: PageRequest, Staff(who): Staff, CsrfForm(_): CsrfForm<crate::web::Nothing>) -> Response {
    match page.state.services.store.set_logo(&who, None, &page.meta).await {
        Ok(()) => {
            page.state.services.brand.changed();
            let fresh = page.state.services.brand.current().await.unwrap_or_default();
            let said = Said::notice(page.locale.t("admin-brand-saved"));
            crate::web::BRAND.scope(fresh, brand_page(&page, &who, None, said)).await
        }
        Err(e) => {
            refused(e, page.locale, async |status, detail| {
                brand_page(&page, &who, None, Said::refused(status, detail)).await
            })
            .await
        }
    }
}
