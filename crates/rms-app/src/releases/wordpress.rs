//! EDD's `get_version` for WordPress plugins and themes, answered from the same releases: the
//! standard `EDD_SL_Plugin_Updater` class shows the update and installs `package`, a download
//! link of the release's `wordpress` artifact, given only to a license valid on that site and
//! whose maintenance covers the release.

use rms_core::licensing::Code;
use rms_core::releases::{Channel, Offer, offer};
use rms_store::catalog;

use super::index::candidates;
use super::{Published, Releases};
use crate::AppError;
use crate::licensing::{EddRequest, Scope, edd_time};

/// The platform WordPress packages are uploaded under.
pub const WORDPRESS: &str = "wordpress";

/// `get_version`'s answer, in EDD's field names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EddVersion {
    pub new_version: String,
    pub stable_version: String,
    pub name: String,
    pub slug: String,
    /// The product's page (`url` is where "View details" links; `homepage` the plugin's site).
    pub url: String,
    pub homepage: String,
    /// The zip to install: empty unless the license may have it.
    pub package: String,
    pub download_link: String,
    /// `YYYY-MM-DD HH:MM:SS`, UTC.
    pub last_updated: String,
    /// HTML: the newest release's notes, and every release's notes, newest first.
    pub description: String,
    pub changelog: String,
    pub requires: Option<String>,
    pub tested: Option<String>,
    pub requires_php: Option<String>,
}

/// Why there is no version to tell about: EDD's error codes.
pub type EddRefusal = &'static str;

impl Releases {
    /// Answers `get_version` (with `beta`: the beta channel, which also sees stable releases).
    pub async fn edd_version(
        &self,
        req: &EddRequest<'_>,
        beta: bool,
    ) -> Result<Result<EddVersion, EddRefusal>, AppError> {
        let product_id = match self.licensing.edd_item(req).await? {
            Ok(Some(id)) => id,
            Ok(None) => return Ok(Err("invalid_item_id")),
            Err(error) => return Ok(Err(error)),
        };
        let product = catalog::product(&self.db, product_id).await?.ok_or(AppError::NotFound)?;
        let published = self.index.of(&self.db, product_id).await?;
        let channel = if beta { Channel::Beta } else { Channel::Stable };
        let candidates = candidates(&published, Some(WORDPRESS));
        let newest_on = |channel: Channel| match offer(&candidates, channel, None, None) {
            Offer::Update(p) => Some(p),
            _ => None,
        };
        let Some(newest) = newest_on(channel) else { return Ok(Err("no_release")) };
        let stable = newest_on(Channel::Stable);
        // The license decides whether a package is handed over, and which release's.
        let (offered, license) = match self.wordpress_license(req, &product.slug).await? {
            Some((license, maintenance)) => match offer(&candidates, channel, None, maintenance) {
                Offer::Update(p) => (p, Some(license)),
                Offer::NotCovered { covered: Some(p) } => (p, Some(license)),
                Offer::NotCovered { covered: None } | Offer::UpToDate => (newest, None),
            },
            None => (newest, None),
        };
        let package = match (license, offered.artifact(WORDPRESS)) {
            (Some(license), Some(artifact)) => self.download_link(artifact.id, Some(license)).0,
            _ => String::new(),
        };
        let page = format!("{}/store/{}", self.link_base.trim_end_matches('/'), product.slug);
        let mut notes: Vec<&&Published> =
            candidates.iter().map(|c| &c.item).filter(|p| channel.sees(p.channel)).collect();
        notes.sort_by(|a, b| b.version.cmp(&a.version));
        let changelog =
            notes.iter().map(|p| format!("<h4>{}</h4>\n{}", p.version, p.notes_html)).collect::<Vec<_>>().join("\n");
        Ok(Ok(EddVersion {
            new_version: offered.version.to_string(),
            stable_version: stable.map(|p| p.version.to_string()).unwrap_or_default(),
            name: product.name,
            slug: product.slug,
            url: page.clone(),
            homepage: page,
            download_link: package.clone(),
            package,
            last_updated: edd_time(offered.released_at),
            description: offered.notes_html.clone(),
            changelog,
            requires: offered.wordpress.requires.clone(),
            tested: offered.wordpress.tested.clone(),
            requires_php: offered.wordpress.requires_php.clone(),
        }))
    }

    /// The license of the request when it may download on this site: its id and when its
    /// updates end.
    async fn wordpress_license(
        &self,
        req: &EddRequest<'_>,
        product: &str,
    ) -> Result<Option<(uuid::Uuid, Option<rms_core::Timestamp>)>, AppError> {
        let Some(key) = req.license.map(str::trim).filter(|k| !k.is_empty()) else { return Ok(None) };
        let signer = self.licensing.product(product).await?;
        let domain = req.url.map(str::trim).filter(|u| !u.is_empty());
        // Site products check the site (no site, no package); a software product's key is
        // checked on its own.
        let site = signer.kind == rms_core::product::ProductKind::Site;
        if site && domain.is_none() {
            return Ok(None);
        }
        let domain = domain.filter(|_| site);
        let scope = Scope { domain, ..Scope::default() };
        let answer = match self.licensing.validate(key, product, &scope).await {
            Ok(answer) => answer,
            // A malformed key or site is no license, not an error page for WordPress.
            Err(AppError::Invalid { .. }) => return Ok(None),
            Err(e) => return Err(e),
        };
        if answer.verdict.code != Code::Valid {
            return Ok(None);
        }
        Ok(answer.verdict.license.map(|l| (l.id, l.maintenance())))
    }
}
