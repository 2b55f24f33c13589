//! Releases (licensing.md §8): versions ordered by semver precedence, cumulative channels,
//! platforms and file names checked once where they enter, the draft → published → yanked life,
//! and which releases a license's maintenance covers.

use std::cmp::Ordering;
use std::fmt;

use serde::Serialize;

use crate::Timestamp;
use crate::account::InvalidInput;

/// A semantic version. Equality and order are semver *precedence*: build metadata is ignored
/// (`1.0.0+a` and `1.0.0+b` are the same release), pre-releases come before their release, and
/// numeric identifiers compare as numbers (`1.10.0` > `1.9.0`, `rc.11` > `rc.2`).
#[derive(Clone, Debug)]
pub struct Version(semver::Version);

impl Version {
    /// `1.4.0`, `2.0.0-beta.1`, `1.0.0+build.5`; a leading `v` as in tags (`v1.4.0`) is dropped.
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let raw = raw.trim();
        let raw = raw.strip_prefix('v').unwrap_or(raw);
        if raw.len() > 100 {
            return Err(InvalidInput::Version);
        }
        semver::Version::parse(raw).map(Self).map_err(|_| InvalidInput::Version)
    }

    /// A pre-release (`-beta.1`): never on the stable channel.
    pub fn is_pre_release(&self) -> bool {
        !self.0.pre.is_empty()
    }

    /// The version without build metadata: equal for versions of equal precedence, so a store
    /// can keep one release per precedence with a unique key.
    pub fn precedence_key(&self) -> String {
        semver::Version { build: semver::BuildMetadata::EMPTY, ..self.0.clone() }.to_string()
    }

    pub fn as_semver(&self) -> &semver::Version {
        &self.0
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.cmp_precedence(&other.0)
    }
}

impl Serialize for Version {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

crate::states! {
    /// A release channel. Channels are cumulative: a beta subscriber also sees stable
    /// releases, and alpha sees all.
    pub enum Channel ("release channel") {
        Stable = "stable",
        Beta = "beta",
        Alpha = "alpha",
    }
}

impl Channel {
    fn rank(self) -> u8 {
        match self {
            Channel::Stable => 0,
            Channel::Beta => 1,
            Channel::Alpha => 2,
        }
    }

    /// Whether a subscriber of `self` is offered releases published on `release`.
    pub fn sees(self, release: Channel) -> bool {
        release.rank() <= self.rank()
    }

    /// Whether `version` may be published on this channel: stable versions carry no
    /// pre-release tag.
    pub fn admits(self, version: &Version) -> bool {
        self != Channel::Stable || !version.is_pre_release()
    }
}

crate::states! {
    /// Where a release is in its life: drafts are the admin's only, published ones are offered,
    /// yanked ones are never offered or served again.
    pub enum ReleaseState ("release state") {
        Draft = "draft",
        Published = "published",
        Yanked = "yanked",
    }
}

impl ReleaseState {
    /// Artifacts can be added or replaced only before anyone could download them.
    pub fn takes_artifacts(self) -> bool {
        self == ReleaseState::Draft
    }

    /// The state `action` leads to from here, if it is allowed.
    pub fn after(self, action: ReleaseAction) -> Option<ReleaseState> {
        match (self, action) {
            (ReleaseState::Draft, ReleaseAction::Publish) => Some(ReleaseState::Published),
            (ReleaseState::Published, ReleaseAction::Yank) => Some(ReleaseState::Yanked),
            _ => None,
        }
    }
}

/// What an admin does to a release.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReleaseAction {
    Publish,
    Yank,
}

/// An artifact's platform: free-form but `[a-z0-9_-]`, 1 to 64 characters (`windows-x86_64`,
/// `macos-aarch64`, `wordpress`). It never reaches a file path; it is checked anyway.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Platform(String);

impl Platform {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let ok = (1..=64).contains(&raw.len())
            && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if ok { Ok(Self(raw.to_owned())) } else { Err(InvalidInput::Platform) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name a downloaded file is saved under. It only ever appears in `Content-Disposition`
/// (files are stored by their SHA-256), but is refused when it could mean anything but one
/// plain name: no separators, no `.`/`..`, no control or quote characters, no leading dot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct FileName(String);

impl FileName {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let ok = (1..=200).contains(&raw.chars().count())
            && !raw.starts_with('.')
            && !raw.ends_with(' ')
            && !raw.chars().any(|c| {
                c.is_control()
                    || matches!(c, '/' | '\\' | '"' | ':' | '*' | '?' | '<' | '>' | '|' | '%' | ';')
                    // Invisible and direction-changing marks: `a\u{202E}fdp.exe` shows as `aexe.pdf`.
                    || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
            });
        if ok { Ok(Self(raw.to_owned())) } else { Err(InvalidInput::FileName) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An ASCII stand-in for old clients' `filename=` (non-ASCII letters become `_`).
    pub fn ascii_fallback(&self) -> String {
        self.0.chars().map(|c| if c.is_ascii_graphic() || c == ' ' { c } else { '_' }).collect()
    }
}

/// Whether a license whose update rights end at `maintenance_until` (none: forever) may have a
/// release made on `released_at`.
pub fn covered(maintenance_until: Option<Timestamp>, released_at: Timestamp) -> bool {
    maintenance_until.is_none_or(|until| released_at <= until)
}

/// What an update check weighs about one release.
#[derive(Clone, Debug)]
pub struct Candidate<'a, T> {
    pub version: &'a Version,
    pub channel: Channel,
    pub state: ReleaseState,
    pub released_at: Timestamp,
    pub item: T,
}

/// The answer to "is there something newer for me?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offer<T> {
    /// Nothing newer on the channel.
    UpToDate,
    /// The newest release the license may have.
    Update(T),
    /// Newer releases exist but the license's maintenance ended before them: `covered` is the
    /// newest it may still have (newer than the current one), if any.
    NotCovered { covered: Option<T> },
}

/// Picks the newest published release on `channel` newer than `current` (none: any), among
/// `candidates`, that the maintenance window covers.
pub fn offer<T: Clone>(
    candidates: &[Candidate<'_, T>],
    channel: Channel,
    current: Option<&Version>,
    maintenance_until: Option<Timestamp>,
) -> Offer<T> {
    let mut newer: Vec<&Candidate<'_, T>> = candidates
        .iter()
        .filter(|c| c.state == ReleaseState::Published && channel.sees(c.channel))
        .filter(|c| current.is_none_or(|cur| c.version > cur))
        .collect();
    newer.sort_by(|a, b| b.version.cmp(a.version));
    let Some(newest) = newer.first() else { return Offer::UpToDate };
    if covered(maintenance_until, newest.released_at) {
        return Offer::Update(newest.item.clone());
    }
    let covered = newer.iter().find(|c| covered(maintenance_until, c.released_at)).map(|c| c.item.clone());
    Offer::NotCovered { covered }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn versions_order_by_semver_precedence() {
        // Each is lower than the next (semver.org §11, and the cases people get wrong).
        let ascending = [
            "0.9.9",
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.2.0",
            "1.9.0",
            "1.10.0",
            "1.10.1",
            "2.0.0-rc.2",
            "2.0.0-rc.10",
            "2.0.0",
            "10.0.0",
        ];
        for pair in ascending.windows(2) {
            assert!(v(pair[0]) < v(pair[1]), "{} < {}", pair[0], pair[1]);
        }
        assert_eq!(v("1.0.0+build.1"), v("1.0.0+build.2"), "build metadata has no precedence");
        assert_eq!(v("1.0.0-rc.1+build.1").precedence_key(), "1.0.0-rc.1");
        assert_eq!(v("v1.4.0"), v("1.4.0"), "a tag's v is dropped");
        assert_eq!(v("v1.4.0").to_string(), "1.4.0");
        assert_eq!(v("1.0.0+exp.sha.5114f85").to_string(), "1.0.0+exp.sha.5114f85", "metadata is kept for display");
        for bad in ["1", "1.0", "01.0.0", "1.0.0-", "1.0.0-01", "", "latest", "1.0.0 beta", "../1.0.0", "1.0.0/.."] {
            assert_eq!(Version::parse(bad).unwrap_err(), InvalidInput::Version, "{bad:?}");
        }
    }

    #[test]
    fn channels_are_cumulative() {
        use Channel::*;
        let matrix = [(Stable, [true, false, false]), (Beta, [true, true, false]), (Alpha, [true, true, true])];
        for (subscriber, sees) in matrix {
            for (release, want) in [Stable, Beta, Alpha].into_iter().zip(sees) {
                assert_eq!(subscriber.sees(release), want, "{subscriber} sees {release}");
            }
        }
        assert!(!Stable.admits(&v("2.0.0-beta.1")), "stable versions carry no pre-release tag");
        assert!(Beta.admits(&v("2.0.0-beta.1")) && Beta.admits(&v("2.0.0")));
    }

    #[test]
    fn a_release_is_published_once_and_yanked_once() {
        use ReleaseAction::*;
        use ReleaseState::*;
        assert_eq!(Draft.after(Publish), Some(Published));
        assert_eq!(Published.after(Yank), Some(Yanked));
        for (state, action) in [(Draft, Yank), (Published, Publish), (Yanked, Publish), (Yanked, Yank)] {
            assert_eq!(state.after(action), None, "{state} then {action:?}");
        }
        assert!(Draft.takes_artifacts() && !Published.takes_artifacts() && !Yanked.takes_artifacts());
    }

    #[test]
    fn platforms_and_file_names_are_plain_names() {
        for ok in ["windows-x86_64", "macos-aarch64", "linux-x86_64", "wordpress", "a"] {
            assert!(Platform::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "Windows", "linux/x86_64", "..", "a b", "a.b", "%2e%2e", "é", &"a".repeat(65)] {
            assert_eq!(Platform::parse(bad).unwrap_err(), InvalidInput::Platform, "{bad:?}");
        }
        for ok in ["app-1.4.0.dmg", "My App Setup 1.4.0.exe", "plugin.zip", "приложение.zip"] {
            assert!(FileName::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            ".",
            "..",
            "../etc/passwd",
            "a/b",
            "a\\b",
            ".htaccess",
            "a\"b",
            "a\r\nb",
            "a\0",
            "c:x",
            "a%2f",
            "invoice\u{202E}fdp.exe",
            "a\u{200B}b",
            "a\u{2066}b",
        ] {
            assert_eq!(FileName::parse(bad).unwrap_err(), InvalidInput::FileName, "{bad:?}");
        }
        assert_eq!(FileName::parse("приложение.zip").unwrap().ascii_fallback(), "__________.zip");
    }

    fn at(day: i64) -> Timestamp {
        Timestamp::from_millis(day * 86_400_000)
    }

    #[test]
    fn an_update_is_the_newest_covered_release_on_the_channel() {
        let versions: Vec<Version> =
            ["1.0.0", "1.1.0", "1.2.0-beta.1", "1.2.0", "1.3.0"].iter().map(|s| v(s)).collect();
        let facts = [
            (Channel::Stable, ReleaseState::Published, 10),
            (Channel::Stable, ReleaseState::Published, 20),
            (Channel::Beta, ReleaseState::Published, 25),
            (Channel::Stable, ReleaseState::Yanked, 30),
            (Channel::Stable, ReleaseState::Draft, 40),
        ];
        let candidates: Vec<Candidate<'_, &str>> = versions
            .iter()
            .zip(facts)
            .map(|(version, (channel, state, day))| Candidate {
                version,
                channel,
                state,
                released_at: at(day),
                item: version.as_semver().to_string().leak() as &str,
            })
            .collect();
        let current = v("1.0.0");
        // Yanked and draft releases are never offered.
        assert_eq!(offer(&candidates, Channel::Stable, Some(&current), None), Offer::Update("1.1.0"));
        assert_eq!(offer(&candidates, Channel::Beta, Some(&current), None), Offer::Update("1.2.0-beta.1"));
        assert_eq!(offer(&candidates, Channel::Stable, Some(&v("1.1.0")), None), Offer::UpToDate);
        assert_eq!(offer(&candidates, Channel::Stable, None, None), Offer::Update("1.1.0"));
        // Maintenance ended on day 15: 1.1.0 (day 20) is not covered and nothing newer than 1.0.0 is.
        assert_eq!(
            offer(&candidates, Channel::Stable, Some(&current), Some(at(15))),
            Offer::NotCovered { covered: None }
        );
        // Ended on day 22: the beta (day 25) is not covered, 1.1.0 is offered instead.
        assert_eq!(
            offer(&candidates, Channel::Beta, Some(&current), Some(at(22))),
            Offer::NotCovered { covered: Some("1.1.0") }
        );
        assert!(covered(Some(at(20)), at(20)), "a release on the last day is covered");
    }
}
