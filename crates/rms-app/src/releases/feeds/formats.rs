//! The four feed formats, each in the shape its updater reads:
//!
//! - Sparkle: an RSS appcast per platform, one item per release with `sparkle:edSignature` on
//!   the enclosure, `sparkle:channel` on beta and alpha items, `sparkle:criticalUpdate` below
//!   the minimum supported version.
//! - Tauri: the dynamic server answer (`204` when up to date, else `version`, `pub_date`,
//!   `url`, `signature`, `notes`), plus `mandatory` (Tauri keeps unknown fields in `rawJson`).
//! - electron-updater: `latest.yml` (and `-mac`, `-linux`) for its generic provider, with every
//!   file of the newest release for that OS, SHA-512 in base64, and `minimumSupportedVersion`.
//! - Velopack: `releases.{channel}.json` with `Full` assets (SHA-1 and SHA-256), files fetched
//!   relative to the feed.

use rms_core::releases::{Platform, Version};
use rms_store::releases::ArtifactRow;
use serde_json::json;

use super::{FeedAccess, Published, Releases};
use crate::AppError;

/// Where a feed is read: its URL up to and including the channel (and `/key/<key>` when the
/// key came in the path), so that file URLs carry the same credential.
#[derive(Clone, Debug)]
pub struct FeedBase(url::Url);

impl FeedBase {
    /// `<link base>/api/v1/feeds/<product>/<channel>[/key/<key>]`.
    pub fn new(link_base: &str, product: &str, channel: &str, key_in_path: Option<&str>) -> Result<Self, AppError> {
        let mut url = url::Url::parse(&format!("{}/", link_base.trim_end_matches('/')))
            .map_err(|e| AppError::Internal(format!("the public URL: {e}")))?;
        {
            let mut path =
                url.path_segments_mut().map_err(|()| AppError::Internal("the public URL has no path".into()))?;
            path.pop_if_empty().extend(["api", "v1", "feeds", product, channel]);
            if let Some(key) = key_in_path {
                path.extend(["key", key]);
            }
        }
        Ok(Self(url))
    }

    /// The URL of `artifact` under this feed (the file name last, as updaters name the file
    /// they save after the URL's last segment).
    pub fn file(&self, artifact: &ArtifactRow) -> String {
        let mut url = self.0.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.extend(["files", &artifact.id.to_string(), &artifact.file_name]);
        }
        url.to_string()
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// A feed's body and its media type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedDocument {
    pub content_type: &'static str,
    pub body: String,
}

/// Text for XML content and attribute values: escaped as for HTML, without the control
/// characters XML 1.0 does not allow.
fn xml(text: &str) -> String {
    let allowed: String = text.chars().filter(|c| *c as u32 >= 0x20 || matches!(c, '\t' | '\n' | '\r')).collect();
    crate::markdown::escape(&allowed)
}

fn rfc2822(at: rms_core::Timestamp) -> String {
    at.to_utc().format(&time::format_description::well_known::Rfc2822).unwrap_or_default()
}

/// A YAML scalar: JSON's double-quoted string is also YAML's, escapes included.
fn yaml(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// The platforms a Tauri `{{target}}`/`{{arch}}` pair names: macOS is `darwin` to Tauri, and a
/// universal build serves both architectures.
pub fn tauri_platforms(target: &str, arch: &str) -> Result<Vec<Platform>, AppError> {
    let os = match target {
        "darwin" | "macos" => "macos",
        other => other,
    };
    let exact = Platform::parse(&format!("{os}-{arch}")).map_err(AppError::invalid("platform"))?;
    let mut platforms = vec![exact];
    if os == "macos"
        && let Ok(universal) = Platform::parse("macos-universal")
    {
        platforms.push(universal);
    }
    Ok(platforms)
}

/// The platform prefix an electron-updater channel file is for: `latest.yml` is Windows,
/// `latest-mac.yml` macOS, `latest-linux.yml` Linux (any channel name before the suffix).
pub fn electron_os(file: &str) -> Option<&'static str> {
    let stem = file.strip_suffix(".yml")?;
    if stem.is_empty() || !stem.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        return None;
    }
    Some(if stem.ends_with("-mac") {
        "macos-"
    } else if stem.ends_with("-linux") {
        "linux-"
    } else {
        "windows-"
    })
}

/// The platform a Velopack channel names: our platform names as they are, and Velopack's
/// default channels (`win`, `osx`, `linux`) as the usual build for that OS.
pub fn velopack_platforms(channel: &str) -> Result<Vec<String>, AppError> {
    let defaults: &[&str] = match channel {
        "win" => &["windows-x86_64", "windows-aarch64"],
        "osx" => &["macos-universal", "macos-aarch64", "macos-x86_64"],
        "linux" => &["linux-x86_64", "linux-aarch64"],
        _ => &[],
    };
    if defaults.is_empty() {
        let platform = Platform::parse(channel).map_err(AppError::invalid("platform"))?;
        return Ok(vec![platform.as_str().to_owned()]);
    }
    Ok(defaults.iter().map(|p| (*p).to_owned()).collect())
}

fn first_of<'a>(release: &'a Published, platforms: &[impl AsRef<str>]) -> Option<&'a ArtifactRow> {
    platforms.iter().find_map(|p| release.artifact(p.as_ref()))
}

impl Releases {
    /// Sparkle's appcast for `platform`, signed with `kid`'s key (the active key when `None`).
    pub async fn sparkle_feed(
        &self,
        access: &FeedAccess,
        base: &FeedBase,
        platform: &str,
        kid: Option<&str>,
    ) -> Result<FeedDocument, AppError> {
        let platform = Platform::parse(platform).map_err(AppError::invalid("platform"))?;
        let key = self.feed_key(access.product_id, kid).await?;
        let signatures = self.sparkle_signatures(key.id).await?;
        let releases = self.feed_releases(access, |p| p == platform.as_str()).await?;
        let mut items = String::new();
        for release in &releases {
            let Some(artifact) = release.artifact(platform.as_str()) else { continue };
            // A file this key has not signed yet (a rotation's job is still running) would
            // fail Sparkle's check: it is left out until it is signed.
            let Some(signature) = signatures.get(&artifact.sha256) else { continue };
            let version = xml(&release.version.to_string());
            let channel = match release.channel {
                rms_core::releases::Channel::Stable => String::new(),
                other => format!("\n      <sparkle:channel>{}</sparkle:channel>", other.as_str()),
            };
            let critical = match &access.minimum {
                Some(min) if release.version >= *min => format!(
                    "\n      <sparkle:criticalUpdate sparkle:version=\"{}\"></sparkle:criticalUpdate>",
                    xml(&min.to_string())
                ),
                _ => String::new(),
            };
            items.push_str(&format!(
                "    <item>\n      <title>{version}</title>\n      <pubDate>{date}</pubDate>\n      \
                 <sparkle:version>{version}</sparkle:version>\n      \
                 <sparkle:shortVersionString>{version}</sparkle:shortVersionString>{channel}{critical}\n      \
                 <description>{notes}</description>\n      \
                 <enclosure url=\"{url}\" length=\"{size}\" type=\"application/octet-stream\" \
                 sparkle:edSignature=\"{signature}\"/>\n    </item>\n",
                date = rfc2822(release.released_at),
                notes = xml(&release.notes_html),
                url = xml(&base.file(artifact)),
                size = artifact.size,
                signature = xml(signature),
            ));
        }
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" \
             xmlns:sparkle=\"http://www.andymatuschak.org/xml-namespaces/sparkle\">\n  <channel>\n    \
             <title>{title}</title>\n    <link>{link}</link>\n    <description>{title}</description>\n{items}  \
             </channel>\n</rss>\n",
            title = xml(&access.product_slug),
            link = xml(base.as_str()),
        );
        Ok(FeedDocument { content_type: "application/rss+xml; charset=utf-8", body })
    }

    /// Tauri's dynamic update answer for `target`/`arch` running `current`: `None` when it is
    /// up to date (Tauri wants `204`).
    pub async fn tauri_feed(
        &self,
        access: &FeedAccess,
        base: &FeedBase,
        target: &str,
        arch: &str,
        current: &str,
        kid: Option<&str>,
    ) -> Result<Option<serde_json::Value>, AppError> {
        let platforms: Vec<String> = tauri_platforms(target, arch)?.iter().map(|p| p.as_str().to_owned()).collect();
        let current = Version::parse(current.trim_start_matches('v')).map_err(AppError::invalid("current_version"))?;
        let key = self.feed_key(access.product_id, kid).await?;
        let releases = self.feed_releases(access, |p| platforms.iter().any(|w| w == p)).await?;
        let newest = releases.iter().find_map(|r| {
            let artifact = first_of(r, &platforms)?;
            let digest: [u8; 64] = hex::decode(artifact.blake2b.as_deref()?).ok()?.try_into().ok()?;
            Some((r, artifact, digest))
        });
        let Some((release, artifact, digest)) = newest.filter(|(r, _, _)| r.version > current) else {
            return Ok(None);
        };
        let comment = format!("timestamp:{}\tfile:{}", release.released_at.as_millis() / 1000, artifact.file_name);
        Ok(Some(json!({
            "version": release.version.to_string(),
            "pub_date": release.released_at.to_string(),
            "url": base.file(artifact),
            "signature": key.key.minisign_signature(&digest, &comment),
            "notes": release.notes,
            "mandatory": access.mandatory_from(&current),
            "minimum_supported_version": access.minimum.as_ref().map(Version::to_string),
        })))
    }

    /// electron-updater's channel file `file` (`latest.yml`, `beta-mac.yml`, …).
    pub async fn electron_feed(
        &self,
        access: &FeedAccess,
        base: &FeedBase,
        file: &str,
    ) -> Result<FeedDocument, AppError> {
        let os = electron_os(file).ok_or(AppError::NotFound)?;
        let releases = self.feed_releases(access, |p| p.starts_with(os)).await?;
        let with_digests = |r: &Published| -> Vec<ArtifactRow> {
            r.artifacts.iter().filter(|a| a.platform.starts_with(os) && a.sha512.is_some()).cloned().collect()
        };
        let Some((release, files)) = releases.iter().map(|r| (r, with_digests(r))).find(|(_, files)| !files.is_empty())
        else {
            return Err(AppError::NotFound);
        };
        let mut body = format!("version: {}\nfiles:\n", yaml(&release.version.to_string()));
        for a in &files {
            body.push_str(&format!(
                "  - url: {}\n    sha512: {}\n    size: {}\n",
                yaml(&base.file(a)),
                yaml(a.sha512.as_deref().unwrap_or_default()),
                a.size
            ));
        }
        let first = &files[0];
        body.push_str(&format!(
            "path: {}\nsha512: {}\nreleaseDate: {}\nreleaseName: {}\nreleaseNotes: {}\n",
            yaml(&base.file(first)),
            yaml(first.sha512.as_deref().unwrap_or_default()),
            yaml(&release.released_at.to_string()),
            yaml(&release.version.to_string()),
            yaml(&release.notes),
        ));
        if let Some(min) = &access.minimum {
            body.push_str(&format!("minimumSupportedVersion: {}\n", yaml(&min.to_string())));
        }
        Ok(FeedDocument { content_type: "text/yaml; charset=utf-8", body })
    }

    /// Velopack's `releases.{channel}.json`; `package_id` is the app id Velopack sends (`id=`).
    pub async fn velopack_feed(
        &self,
        access: &FeedAccess,
        channel: &str,
        package_id: Option<&str>,
    ) -> Result<serde_json::Value, AppError> {
        let platforms = velopack_platforms(channel)?;
        let package_id = package_id
            .filter(|id| {
                !id.is_empty()
                    && id.len() <= 100
                    && id.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
            })
            .unwrap_or(&access.product_slug)
            .to_owned();
        let releases = self.feed_releases(access, |p| platforms.iter().any(|w| w == p)).await?;
        let assets: Vec<serde_json::Value> = releases
            .iter()
            .filter_map(|r| {
                let a = first_of(r, &platforms)?;
                Some(json!({
                    "PackageId": package_id,
                    "Version": r.version.to_string(),
                    "Type": "Full",
                    "FileName": a.file_name,
                    "SHA1": a.sha1.clone()?,
                    "SHA256": a.sha256,
                    "Size": a.size,
                    "NotesMarkdown": r.notes,
                    "NotesHtml": r.notes_html,
                }))
            })
            .collect();
        Ok(json!({ "Assets": assets }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_xml_and_yaml() {
        assert_eq!(xml("<a href=\"x\">R&D's</a>\u{1}"), "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;");
        assert_eq!(yaml("line: one\n\"two\" #3"), "\"line: one\\n\\\"two\\\" #3\"");
    }

    #[test]
    fn updaters_names_map_to_platforms() {
        let names = |v: Vec<Platform>| v.iter().map(|p| p.as_str().to_owned()).collect::<Vec<_>>();
        assert_eq!(names(tauri_platforms("darwin", "aarch64").unwrap()), ["macos-aarch64", "macos-universal"]);
        assert_eq!(names(tauri_platforms("windows", "x86_64").unwrap()), ["windows-x86_64"]);
        assert!(tauri_platforms("../etc", "x86_64").is_err());
        assert_eq!(electron_os("latest.yml"), Some("windows-"));
        assert_eq!(electron_os("beta-mac.yml"), Some("macos-"));
        assert_eq!(electron_os("latest-linux.yml"), Some("linux-"));
        assert_eq!(electron_os("latest.json"), None);
        assert_eq!(electron_os("../latest.yml"), None);
        assert_eq!(velopack_platforms("win").unwrap()[0], "windows-x86_64");
        assert_eq!(velopack_platforms("linux-aarch64").unwrap(), ["linux-aarch64"]);
        assert!(velopack_platforms("Win/..").is_err());
    }

    #[test]
    fn file_urls_carry_the_feed_and_encode_what_they_hold() {
        let base = FeedBase::new("https://lic.example.com/", "p1", "stable", Some("KEY/1 2")).unwrap();
        assert_eq!(base.as_str(), "https://lic.example.com/api/v1/feeds/p1/stable/key/KEY%2F1%202");
        let artifact = ArtifactRow {
            id: uuid::Uuid::nil(),
            release_id: uuid::Uuid::nil(),
            platform: "windows-x86_64".into(),
            file_name: "My App Setup 1.2.exe".into(),
            sha256: "0".repeat(64),
            size: 1,
            created_at: rms_core::Timestamp::default(),
            sha512: None,
            sha1: None,
            blake2b: None,
        };
        assert_eq!(
            base.file(&artifact),
            "https://lic.example.com/api/v1/feeds/p1/stable/key/KEY%2F1%202/files/00000000-0000-0000-0000-000000000000/My%20App%20Setup%201.2.exe"
        );
    }
}
