//! The vendor's brand: the store's name, logo, accent colour, support address, and the landing
//! page and footer its customers see (Markdown). Pages, emails and the store show it; until an
//! admin names the store, the pages keep the server's own introduction (the operator's first
//! look).
//!
//! Every page reads it, so it is kept in memory and read again from the database when older
//! than a few seconds: a change on one node reaches the others that soon.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use rms_core::Clock;
use rms_core::account::InvalidInput;
use rms_store::Db;
use rms_store::billing;
use serde_json::json;

use crate::accounts::{Principal, admin_only};
use crate::{AppError, RequestMeta, markdown};

/// How long a node trusts the brand it read.
const FRESH_FOR: Duration = Duration::from_secs(10);

/// The setting keys (the settings table, beside the billing settings).
const NAME: &str = NAME_SETTING;

/// The store's name (first setup writes it too).
pub(crate) const NAME_SETTING: &str = "brand.name";
const SUPPORT_EMAIL: &str = "brand.support_email";
const ACCENT: &str = "brand.accent_color";
const LANDING: &str = "brand.landing_markdown";
const FOOTER: &str = "brand.footer_markdown";

/// The brand as stored (what the admin wrote).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrandSettings {
    /// Empty until an admin names the store.
    pub name: String,
    pub support_email: String,
    /// `#rrggbb`, or empty for the default.
    pub accent_color: String,
    /// The landing text and footer in the store's main language, and in every language that
    /// has no translation of its own.
    pub landing_markdown: String,
    pub footer_markdown: String,
    /// The landing text and footer in other languages, by language tag (`ar`, `ru`): what a
    /// visitor reading in that language sees instead.
    pub translations: BTreeMap<String, BrandText>,
}

/// The landing text and footer in one language (Markdown; empty: the main language's).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrandText {
    pub landing_markdown: String,
    pub footer_markdown: String,
}

/// The setting key of a text in one language (`brand.landing_markdown.ar`).
fn in_language(key: &str, tag: &str) -> String {
    format!("{key}.{tag}")
}

/// The brand as pages show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Brand {
    pub settings: BrandSettings,
    /// The name to show: the store's, else the seller's, else the product's own.
    pub display_name: String,
    /// Whether an admin named the store (until then pages keep the server's introduction).
    pub configured: bool,
    /// The logo's digest prefix, when one is set (its address changes with it).
    pub logo_version: Option<String>,
    pub landing_html: String,
    pub footer_html: String,
    /// The translated landing text and footer as HTML, by language tag (each empty when that
    /// language has none of its own).
    translated_html: BTreeMap<String, (String, String)>,
}

impl Brand {
    /// The name emails are sent under: the store's or the seller's, once either is set (until
    /// then the operator's configured sender name stands).
    pub fn sender_name(&self) -> Option<&str> {
        let named = !self.settings.name.trim().is_empty() || self.display_name != "RMS License Server";
        named.then_some(self.display_name.as_str())
    }

    /// The landing text as HTML for a reader of `tag`: its translation, else the main text.
    pub fn landing_html_in(&self, tag: &str) -> &str {
        match self.translated_html.get(tag) {
            Some((landing, _)) if !landing.is_empty() => landing,
            _ => &self.landing_html,
        }
    }

    /// The footer as HTML for a reader of `tag`: its translation, else the main footer.
    pub fn footer_html_in(&self, tag: &str) -> &str {
        match self.translated_html.get(tag) {
            Some((_, footer)) if !footer.is_empty() => footer,
            _ => &self.footer_html,
        }
    }

    pub(crate) fn from_pairs(pairs: &[(String, String)]) -> Self {
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default();
        let translations = rms_i18n::Locale::all()
            .map(|l| BrandText {
                landing_markdown: get(&in_language(LANDING, l.tag())),
                footer_markdown: get(&in_language(FOOTER, l.tag())),
            })
            .zip(rms_i18n::Locale::all())
            .filter(|(t, _)| !t.landing_markdown.is_empty() || !t.footer_markdown.is_empty())
            .map(|(t, l)| (l.tag().to_owned(), t))
            .collect();
        let settings = BrandSettings {
            name: get(NAME),
            support_email: get(SUPPORT_EMAIL),
            accent_color: get(ACCENT),
            landing_markdown: get(LANDING),
            footer_markdown: get(FOOTER),
            translations,
        };
        let seller = crate::store::BillingSettings::from_pairs(pairs).seller_name;
        let display_name = [settings.name.as_str(), seller.as_str()]
            .into_iter()
            .find(|n| !n.trim().is_empty())
            .unwrap_or("RMS License Server")
            .to_owned();
        let logo_version = pairs
            .iter()
            .find(|(k, _)| k == crate::store::document::LOGO_SETTING)
            .and_then(|(_, v)| v.split_once(':'))
            .map(|(sha, _)| sha.get(..16).unwrap_or(sha).to_owned());
        let translated_html = settings
            .translations
            .iter()
            .map(|(tag, t)| {
                let html = |md: &str| if md.trim().is_empty() { String::new() } else { markdown::to_html(md) };
                (tag.clone(), (html(&t.landing_markdown), html(&t.footer_markdown)))
            })
            .collect();
        Self {
            configured: !settings.name.trim().is_empty(),
            landing_html: markdown::to_html(&settings.landing_markdown),
            footer_html: markdown::to_html(&settings.footer_markdown),
            translated_html,
            display_name,
            logo_version,
            settings,
        }
    }
}

impl Default for Brand {
    /// The brand of a store nobody named yet.
    fn default() -> Self {
        Self::from_pairs(&[])
    }
}

/// `#rrggbb` (lower case), or empty.
fn accent(raw: &str) -> Result<String, AppError> {
    let raw = raw.trim();
    let hex = raw.strip_prefix('#').unwrap_or(raw);
    match hex.len() {
        0 => Ok(String::new()),
        6 if hex.bytes().all(|b| b.is_ascii_hexdigit()) => Ok(format!("#{}", hex.to_ascii_lowercase())),
        _ => Err(AppError::Invalid { field: "accent_color", reason: InvalidInput::Range }),
    }
}

/// The brand last read, and when.
type Cached = Option<(Arc<Brand>, Instant)>;

#[derive(Clone)]
pub struct Brands {
    db: Db,
    clock: Arc<dyn Clock>,
    cached: Arc<RwLock<Cached>>,
}

impl Brands {
    pub fn new(db: Db, clock: Arc<dyn Clock>) -> Self {
        Self { db, clock, cached: Arc::default() }
    }

    /// The brand every page shows (at most [`FRESH_FOR`] old).
    pub async fn current(&self) -> Result<Arc<Brand>, AppError> {
        if let Ok(guard) = self.cached.read()
            && let Some((brand, at)) = guard.as_ref()
            && at.elapsed() < FRESH_FOR
        {
            return Ok(brand.clone());
        }
        self.reload().await
    }

    async fn reload(&self) -> Result<Arc<Brand>, AppError> {
        let brand = Arc::new(Brand::from_pairs(&billing::settings(&self.db).await?));
        if let Ok(mut guard) = self.cached.write() {
            *guard = Some((brand.clone(), Instant::now()));
        }
        Ok(brand)
    }

    /// The brand as the admin wrote it.
    pub async fn settings(&self, who: &Principal) -> Result<BrandSettings, AppError> {
        admin_only(who)?;
        Ok(self.reload().await?.settings.clone())
    }

    /// Replaces the brand (admins). Refused whole, nothing changed, when a field is invalid: a
    /// name over 100 characters (an empty name hands the pages back to the server's
    /// introduction), a support address that is not one, an accent that is not `#rrggbb`,
    /// Markdown over 20 000 characters, or a translation into a language the store does not
    /// speak (`translations`). The translations given replace all others. Audited.
    pub async fn set(&self, who: &Principal, s: &BrandSettings, meta: &RequestMeta) -> Result<Brand, AppError> {
        admin_only(who)?;
        let range = |field: &'static str| AppError::Invalid { field, reason: InvalidInput::Range };
        let name = s.name.trim();
        if name.chars().count() > 100 || name.chars().any(char::is_control) {
            return Err(range("name"));
        }
        let support = s.support_email.trim();
        let support = match support {
            "" => String::new(),
            _ => rms_core::account::Email::parse(support).map_err(AppError::invalid("support_email"))?.to_string(),
        };
        let accent = accent(&s.accent_color)?;
        for (field, text) in [("landing_markdown", &s.landing_markdown), ("footer_markdown", &s.footer_markdown)] {
            if text.chars().count() > 20_000 {
                return Err(range(field));
            }
        }
        for (tag, text) in &s.translations {
            let spoken = rms_i18n::Locale::parse(tag).is_some_and(|l| l.tag() == tag);
            let long = |t: &str| t.chars().count() > 20_000;
            if !spoken || long(&text.landing_markdown) || long(&text.footer_markdown) {
                return Err(range("translations"));
            }
        }
        let now = self.clock.now();
        let pairs = [
            (NAME, name.to_owned()),
            (SUPPORT_EMAIL, support),
            (ACCENT, accent),
            (LANDING, s.landing_markdown.clone()),
            (FOOTER, s.footer_markdown.clone()),
        ];
        let mut tx = self.db.begin().await?;
        for (key, value) in &pairs {
            billing::set_setting_tx(&mut tx, key, value, now).await?;
        }
        // Every language's pair is written: one left out of `translations` is cleared.
        for locale in rms_i18n::Locale::all() {
            let text = s.translations.get(locale.tag()).cloned().unwrap_or_default();
            billing::set_setting_tx(&mut tx, &in_language(LANDING, locale.tag()), &text.landing_markdown, now).await?;
            billing::set_setting_tx(&mut tx, &in_language(FOOTER, locale.tag()), &text.footer_markdown, now).await?;
        }
        let details = json!({ "name": name, "accent_color": pairs[2].1, "support_email": pairs[1].1 });
        let entry = meta.audit(Some(who.user_id), "admin.brand.changed", ("settings", "brand".into()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(self.reload().await?.as_ref().clone())
    }

    /// Forgets the cached brand (the logo changed on this node).
    pub fn changed(&self) {
        if let Ok(mut guard) = self.cached.write() {
            *guard = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_accent_is_six_hex_digits_and_the_name_falls_back_to_the_sellers() {
        assert_eq!(accent("#3366FF").unwrap(), "#3366ff");
        assert_eq!(accent("3366ff").unwrap(), "#3366ff");
        assert_eq!(accent(" ").unwrap(), "");
        assert!(accent("#36f").is_err() && accent("red").is_err() && accent("#3366fg").is_err());
        let seller = [("seller.name".to_owned(), "Acme Labs GmbH".to_owned())];
        let brand = Brand::from_pairs(&seller);
        assert_eq!((brand.display_name.as_str(), brand.configured), ("Acme Labs GmbH", false));
        let named = [seller[0].clone(), (NAME.to_owned(), "Acme".to_owned())];
        let brand = Brand::from_pairs(&named);
        assert_eq!((brand.display_name.as_str(), brand.configured), ("Acme", true));
        assert_eq!(Brand::from_pairs(&[]).display_name, "RMS License Server");
    }

    #[test]
    fn a_reader_gets_the_landing_text_of_their_language_else_the_main_one() {
        let pairs = [
            (LANDING.to_owned(), "Tools for **makers**.".to_owned()),
            (FOOTER.to_owned(), "Acme Ltd".to_owned()),
            (in_language(LANDING, "ar"), "أدوات **للصانعين**.".to_owned()),
            (in_language(FOOTER, "ru"), "ООО Акме".to_owned()),
        ];
        let brand = Brand::from_pairs(&pairs);
        assert!(brand.landing_html_in("ar").contains("<strong>للصانعين</strong>"));
        assert!(brand.landing_html_in("ru").contains("<strong>makers</strong>"), "no Russian landing: the main one");
        assert!(brand.footer_html_in("ar").contains("Acme Ltd"), "no Arabic footer: the main one");
        assert!(brand.footer_html_in("ru").contains("ООО Акме"));
        assert_eq!(brand.settings.translations.len(), 2, "{:?}", brand.settings.translations);
        assert_eq!(brand.landing_html_in("en"), brand.landing_html);
    }
}
