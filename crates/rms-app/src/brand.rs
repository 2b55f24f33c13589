//! The vendor's brand: the store's name, logo, accent colour, support address, and the landing
//! page and footer its customers see (Markdown). Pages, emails and the store show it; until an
//! admin names the store, the pages keep the server's own introduction (the operator's first
//! look).
//!
//! Every page reads it, so it is kept in memory and read again from the database when older
//! than a few seconds: a change on one node reaches the others that soon.

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
    pub landing_markdown: String,
    pub footer_markdown: String,
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
}

impl Brand {
    pub(crate) fn from_pairs(pairs: &[(String, String)]) -> Self {
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default();
        let settings = BrandSettings {
            name: get(NAME),
            support_email: get(SUPPORT_EMAIL),
            accent_color: get(ACCENT),
            landing_markdown: get(LANDING),
            footer_markdown: get(FOOTER),
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
        Self {
            configured: !settings.name.trim().is_empty(),
            landing_html: markdown::to_html(&settings.landing_markdown),
            footer_html: markdown::to_html(&settings.footer_markdown),
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
    /// introduction), a support address that is not one, an accent that is not `#rrggbb`, or
    /// Markdown over 20 000 characters. Audited.
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
}
