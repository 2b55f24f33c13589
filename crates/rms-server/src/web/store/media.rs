//! The public files pages and emails load without a session: the seller's logo, a product's
//! picture, and the brand's theme stylesheet.

use axum::extract::Path;
use axum::response::{IntoResponse, Response};

use crate::http::problem::ApiError;
use crate::state::AppState;

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
