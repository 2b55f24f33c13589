//! `/api/v1/admin/brand`: the store's name, support address, accent colour, landing page and
//! footer (Markdown), and its logo.

use axum::Json;
use axum::http::StatusCode;
use std::collections::BTreeMap;

use rms_app::brand::{BrandSettings, BrandText};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::http::extract::{ApiJson, Call};
use crate::http::problem::{ApiError, ProblemBody};

#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BrandBody {
    /// The store's name in headers, emails and the landing page; empty: the pages keep the
    /// server's own introduction. At most 100 characters.
    #[serde(default)]
    name: String,
    /// Shown in the footer and as the address to write to; empty for none.
    #[serde(default)]
    support_email: String,
    /// `#rrggbb`; empty for the default blue.
    #[serde(default)]
    accent_color: String,
    /// The landing page's text under the store's name (Markdown; raw HTML is shown as text).
    #[serde(default)]
    landing_markdown: String,
    /// The footer of every page (Markdown).
    #[serde(default)]
    footer_markdown: String,
    /// The landing text and footer in other languages, by language tag (`{"ar": {...}}`): a
    /// visitor reading in that language sees them instead (an empty text: the main one). Left out
    /// of a PUT, the stored translations are kept; given, they replace all others.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    translations: Option<BTreeMap<String, BrandTextBody>>,
}

/// The landing text and footer in one language.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BrandTextBody {
    #[serde(default)]
    landing_markdown: String,
    #[serde(default)]
    footer_markdown: String,
}

impl From<BrandSettings> for BrandBody {
    fn from(s: BrandSettings) -> Self {
        let translations = s
            .translations
            .into_iter()
            .map(|(tag, t)| {
                (tag, BrandTextBody { landing_markdown: t.landing_markdown, footer_markdown: t.footer_markdown })
            })
            .collect();
        Self {
            name: s.name,
            support_email: s.support_email,
            accent_color: s.accent_color,
            landing_markdown: s.landing_markdown,
            footer_markdown: s.footer_markdown,
            translations: Some(translations),
        }
    }
}

/// The brand as set (admins).
#[utoipa::path(get, path = "/api/v1/admin/brand", tag = "admin", security(("bearer" = ["admin"])),
    responses((status = 200, body = BrandBody), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody)))]
pub async fn brand(Call { state, who, .. }: Call) -> Result<Json<BrandBody>, ApiError> {
    Ok(Json(state.services.brand.settings(&who).await?.into()))
}

/// Replace the brand (admins; audited). Fields left out become empty, except `translations`,
/// which are kept when left out. Refused whole with 422 (`field` names which) for a name over 100
/// characters, a support address that is not one, an accent that is not `#rrggbb`, Markdown over
/// 20 000 characters, or a translation into a language the store does not speak.
#[utoipa::path(put, path = "/api/v1/admin/brand", tag = "admin", security(("bearer" = ["admin"])),
    request_body = BrandBody,
    responses((status = 200, body = BrandBody), (status = 401, body = ProblemBody), (status = 403, body = ProblemBody),
        (status = 422, body = ProblemBody)))]
pub async fn set_brand(
    Call { state, who, meta }: Call,
    ApiJson(body): ApiJson<BrandBody>,
) -> Result<Json<BrandBody>, ApiError> {
    let translations = match body.translations {
        Some(given) => given
            .into_iter()
            .map(|(tag, t)| {
                (tag, BrandText { landing_markdown: t.landing_markdown, footer_markdown: t.footer_markdown })
            })
            .collect(),
        None => state.services.brand.settings(&who).await?.translations,
    };
    let settings = BrandSettings {
        name: body.name,
        support_email: body.support_email,
        accent_color: body.accent_color,
        landing_markdown: body.landing_markdown,
        footer_markdown: body.footer_markdown,
        translations,
    };
    Ok(Json(state.services.brand.set(&who, &settings, &meta).await?.settings.into()))
}

/// Set the store's logo (the header, emails and invoices show it): the body is the image, PNG
/// or SVG, at most 512 KiB. The same logo as `/api/v1/admin/billing/logo`. Audited.
#[utoipa::path(put, path = "/api/v1/admin/brand/logo", tag = "admin", security(("bearer" = ["admin"])),
    request_body(content = Vec<u8>, content_type = "image/png", description = "A PNG or SVG file"),
    responses((status = 204), (status = 403, body = ProblemBody),
        (status = 422, description = "not a PNG or SVG, or too large", body = ProblemBody)))]
pub async fn set_logo(Call { state, who, meta }: Call, body: axum::body::Bytes) -> Result<StatusCode, ApiError> {
    state.services.store.set_logo(&who, Some(&body), &meta).await?;
    state.services.brand.changed();
    Ok(StatusCode::NO_CONTENT)
}

/// Remove the logo: the store's name shows instead. Audited.
#[utoipa::path(delete, path = "/api/v1/admin/brand/logo", tag = "admin", security(("bearer" = ["admin"])),
    responses((status = 204), (status = 403, body = ProblemBody)))]
pub async fn remove_logo(Call { state, who, meta }: Call) -> Result<StatusCode, ApiError> {
    state.services.store.set_logo(&who, None, &meta).await?;
    state.services.brand.changed();
    Ok(StatusCode::NO_CONTENT)
}
