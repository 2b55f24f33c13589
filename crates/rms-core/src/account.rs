//! People and their credentials, as values that cannot be wrong: an [`Email`] is a plausible,
//! normalised address; a [`NewPassword`] meets the password policy; a [`DisplayName`] is printable.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a value was refused. The `code` is stable; the text is English for logs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InvalidInput {
    #[error("not a valid email address")]
    Email,
    #[error("the password must be between {min} and {max} characters")]
    PasswordLength { min: usize, max: usize },
    #[error("the password is too common")]
    PasswordCommon,
    #[error("the password must not contain the email address")]
    PasswordContainsEmail,
    #[error("the name must be 1 to 100 printable characters")]
    Name,
    #[error("unknown role")]
    Role,
    #[error("not a time zone name such as Europe/Berlin or UTC")]
    Timezone,
    #[error("not a supported language")]
    Locale,
    #[error("unknown or unavailable scope")]
    Scope,
    #[error("out of the accepted range")]
    Range,
    #[error("the code is wrong or expired")]
    Code,
    #[error("2 to 64 lowercase letters, digits and inner dashes")]
    Slug,
    #[error("software or site")]
    ProductKind,
    #[error("no account has this email address")]
    UnknownAccount,
    #[error("this plan is not for sale")]
    NotForSale,
    #[error("a number pattern needs {{YYYY}} once and one run of digits in braces, such as INV-{{YYYY}}-{{000001}}")]
    NumberFormat,
    #[error("credit note numbers could equal invoice numbers: give the patterns different prefixes")]
    NumberFormatsClash,
    #[error("a staging pattern is an exact host, *.domain, label.* or *.label.*, never a whole top-level domain")]
    StagingPattern,
    #[error("not a semantic version such as 1.4.0 or 2.0.0-beta.1")]
    Version,
    #[error("a platform is 1 to 64 lowercase letters, digits, dashes and underscores")]
    Platform,
    #[error("a file name is one plain name without separators or control characters")]
    FileName,
    #[error("not a VAT number of the country given: EU VAT numbers start with the country prefix, such as DE123456789")]
    VatId,
    #[error("entitlements can only be added at the end: issued keys carry them by position")]
    EntitlementsAppendOnly,
    #[error("not a date written as YYYY-MM-DD")]
    Date,
    #[error("the start date is after the end date")]
    DateOrder,
}

/// An email address in one spelling: trimmed, NFC-normalised and lower-cased (addresses compare
/// case-insensitively here, so one person cannot hold two accounts that differ by case), with its
/// domain in IDNA ASCII form (`bücher.example` is stored as `xn--bcher-kva.example`).
///
/// Addresses that would look like another one are refused rather than cleaned: invisible
/// characters (zero-width spaces, joiners, soft hyphens), bidi controls (a right-to-left override
/// turns `moc.evil@bank` around on screen), full-width forms, combining marks left over after
/// NFC, and a part that mixes Latin letters with Cyrillic or Greek ones (`pаypal`, with a
/// Cyrillic а). Wholly Cyrillic or Greek addresses are fine.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

/// Characters that change how text looks without being seen themselves, or that reorder it.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180E}'
            | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Full-width and half-width forms: look-alikes of ASCII and of other scripts.
fn is_width_variant(c: char) -> bool {
    ('\u{FF00}'..='\u{FFEF}').contains(&c)
}

/// Combining marks (after NFC, any left is stacked on something it does not compose with).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
}

fn script(c: char) -> Option<Script> {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Some(Script::Latin),
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}' => {
            Some(Script::Cyrillic)
        }
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Some(Script::Greek),
        _ => None,
    }
}

/// Whether `part` mixes the scripts whose letters look alike (Latin, Cyrillic, Greek).
fn mixes_scripts(part: &str) -> bool {
    let mut seen = None;
    for s in part.chars().filter_map(script) {
        match seen {
            None => seen = Some(s),
            Some(first) if first != s => return true,
            Some(_) => {}
        }
    }
    false
}

impl Email {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let raw = raw.trim();
        if raw.chars().any(|c| is_hidden(c) || is_width_variant(c)) {
            return Err(InvalidInput::Email);
        }
        let s = icu_normalizer::ComposingNormalizer::new_nfc().normalize(raw).to_lowercase();
        let (local, domain) = s.rsplit_once('@').ok_or(InvalidInput::Email)?;
        let local_ok = (1..=64).contains(&local.len())
            && !local.contains('@')
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && !local.chars().any(|c| {
                c.is_whitespace()
                    || is_combining(c)
                    || matches!(c, '<' | '>' | ',' | ';' | '"' | '(' | ')' | '[' | ']' | '\\' | ':')
            })
            && !mixes_scripts(local);
        if !local_ok || domain.split('.').any(mixes_scripts) || domain.chars().any(is_combining) {
            return Err(InvalidInput::Email);
        }
        let ascii = idna::domain_to_ascii(domain).map_err(|_| InvalidInput::Email)?;
        let domain_ok = ascii.len() >= 3
            && ascii.contains('.')
            && !ascii.starts_with(['.', '-'])
            && !ascii.ends_with(['.', '-'])
            && !ascii.contains("..")
            && ascii.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
        let address = format!("{local}@{ascii}");
        if domain_ok && address.len() <= 254 { Ok(Self(address)) } else { Err(InvalidInput::Email) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Email {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Email::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// A password someone is choosing now: 12 to 128 characters, not on the list of the most common
/// passwords, not containing the account's email. (Existing passwords are checked by hash only.)
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword([redacted])")
    }
}

/// Passwords people choose most, as found in public breach corpora, that satisfy the length rule;
/// shorter ones are refused by length already.
const COMMON: &[&str] = &[
    "123456789012",
    "1234567890123",
    "12345678901234",
    "password1234",
    "password12345",
    "qwertyuiop12",
    "qwertyuiopas",
    "qwerty123456",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "iloveyou1234",
    "administrator",
    "passwordpassword",
    "password123456",
    "abcdefghijkl",
    "abc123456789",
    "aaaaaaaaaaaa",
    "111111111111",
    "000000000000",
    "letmein12345",
    "welcome12345",
    "changeme1234",
    "trustno12345",
    "football1234",
    "baseball1234",
    "monkey123456",
    "dragon123456",
    "sunshine1234",
    "princess1234",
    "superman1234",
    "starwars1234",
    "whatever1234",
    "qwertyqwerty",
    "asdfghjkl123",
    "zxcvbnm12345",
    "passw0rd1234",
    "p@ssw0rd1234",
    "correcthorsebatterystaple",
    "masterpassword",
    "mypassword123",
    "secretpassword",
    "internet1234",
    "computer1234",
    "welcomewelcome",
    "123123123123",
    "987654321098",
    "qazwsxedcrfv",
];

impl NewPassword {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 128;

    pub fn parse(raw: &str, email: &Email) -> Result<Self, InvalidInput> {
        let chars = raw.chars().count();
        if !(Self::MIN_CHARS..=Self::MAX_CHARS).contains(&chars) {
            return Err(InvalidInput::PasswordLength { min: Self::MIN_CHARS, max: Self::MAX_CHARS });
        }
        let folded: String = raw.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
        if COMMON.contains(&folded.as_str()) {
            return Err(InvalidInput::PasswordCommon);
        }
        // The whole address, or a local part long enough to be the guessable core of the password.
        let local = email.as_str().split('@').next().unwrap_or_default();
        if folded.contains(email.as_str()) || (local.chars().count() >= 4 && folded.contains(local)) {
            return Err(InvalidInput::PasswordContainsEmail);
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// How a person is called in the interface: 1–100 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let s = raw.trim();
        let n = s.chars().count();
        if (1..=100).contains(&n) && !s.chars().any(char::is_control) {
            Ok(Self(s.to_owned()))
        } else {
            Err(InvalidInput::Name)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An IANA time zone name (`Europe/Berlin`, `America/Argentina/Buenos_Aires`, `UTC`), checked for
/// shape; the zone database itself is consulted where times are formatted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Timezone(String);

impl Timezone {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let part_ok =
            |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'));
        let parts: Vec<&str> = raw.split('/').collect();
        let ok = raw.len() <= 64
            && parts.len() <= 3
            && parts.iter().all(|p| part_ok(p))
            && parts[0].starts_with(|c: char| c.is_ascii_uppercase());
        if ok { Ok(Self(raw.to_owned())) } else { Err(InvalidInput::Timezone) }
    }

    pub fn utc() -> Self {
        Self("UTC".to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What someone may do. `support` reads and resets device bindings; `admin` does everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Support,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Support => "support",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Result<Self, InvalidInput> {
        match s {
            "user" => Ok(Role::User),
            "support" => Ok(Role::Support),
            "admin" => Ok(Role::Admin),
            _ => Err(InvalidInput::Role),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_implausible_ones_refused() {
        assert_eq!(Email::parse("  Alice@Example.COM ").unwrap().as_str(), "alice@example.com");
        for bad in [
            "",
            "alice",
            "alice@",
            "@example.com",
            "alice@example",
            "a b@example.com",
            "alice@exa mple.com",
            "alice@@example.com",
            "alice@.example.com",
            "alice@example..com",
            "<a>@example.com",
            "alice@exam\nple.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert!(Email::parse(&format!("{}@example.com", "a".repeat(65))).is_err());
    }

    #[test]
    fn addresses_that_look_like_another_are_refused_and_one_spelling_is_kept() {
        for bad in [
            "p\u{0430}ypal@example.com",         // a Cyrillic а among Latin letters
            "alice@p\u{0430}ypal.com",           // the same in the domain
            "\u{0391}lice@example.com",          // a Greek capital alpha
            "ali\u{200B}ce@example.com",         // zero-width space
            "alice@exa\u{00AD}mple.com",         // soft hyphen
            "\u{202E}moc.elpmaxe@ecila",         // right-to-left override
            "alice\u{2066}@example.com",         // bidi isolate
            "\u{FF41}lice@example.com",          // full-width a
            "alice@example\u{FF0E}com",          // full-width full stop
            "a\u{0336}\u{0336}lice@example.com", // combining strokes that compose with nothing
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
        // One spelling: NFC (e + combining acute = é), a lower-case IDNA ASCII domain.
        assert_eq!(Email::parse("Rene\u{0301}@Bücher.Example").unwrap().as_str(), "ren\u{00E9}@xn--bcher-kva.example");
        assert_eq!(
            Email::parse("ren\u{00E9}@xn--bcher-kva.example").unwrap(),
            Email::parse("Rene\u{0301}@bücher.example").unwrap()
        );
        // Addresses wholly in one script are people's real addresses.
        assert!(Email::parse("иван@пример.рф").is_ok());
        assert!(Email::parse("γιώργος@example.gr").is_ok());
    }

    #[test]
    fn new_passwords_follow_the_policy() {
        let email = Email::parse("alice.smith@example.com").unwrap();
        assert!(NewPassword::parse("tangerine-otter-41", &email).is_ok());
        assert_eq!(NewPassword::parse("short", &email), Err(InvalidInput::PasswordLength { min: 12, max: 128 }));
        assert!(NewPassword::parse(&"x".repeat(129), &email).is_err());
        assert!(NewPassword::parse(&"ж".repeat(12), &email).is_ok(), "length counts characters, not bytes");
        assert_eq!(NewPassword::parse("Password1234", &email), Err(InvalidInput::PasswordCommon));
        assert_eq!(NewPassword::parse("alice.smith-forever", &email), Err(InvalidInput::PasswordContainsEmail));
        assert!(!format!("{:?}", NewPassword::parse("tangerine-otter-41", &email).unwrap()).contains("otter"));
    }

    #[test]
    fn time_zones_have_the_iana_shape() {
        for ok in ["UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Etc/GMT+5"] {
            assert!(Timezone::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "europe/berlin", "Europe/../etc", "Europe//Berlin", "A/B/C/D", "Europe/Ber lin"] {
            assert!(Timezone::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_are_printable_and_bounded() {
        assert_eq!(DisplayName::parse("  Алиса ").unwrap().as_str(), "Алиса");
        assert!(DisplayName::parse("").is_err());
        assert!(DisplayName::parse("a\u{0}b").is_err());
        assert!(DisplayName::parse(&"n".repeat(101)).is_err());
    }
}

/// What an API key may do. Keys never manage accounts or other keys; that needs a signed-in session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Read the owner's objects.
    Read,
    /// Manage licenses and activations.
    Licenses,
    /// Publish releases.
    Releases,
    /// Admin API (only for keys of admins): every right of an admin.
    Admin,
    /// Spend from the wallet: purchases, top-ups, billing details.
    Wallet,
}

impl Scope {
    pub const ALL: [Scope; 5] = [Scope::Read, Scope::Licenses, Scope::Wallet, Scope::Releases, Scope::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Licenses => "licenses",
            Scope::Wallet => "wallet",
            Scope::Releases => "releases",
            Scope::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|sc| sc.as_str() == s)
    }
}

/// Which audit records to list: every given filter applies; `to` is exclusive.
#[derive(Clone, Copy, Debug, Default)]
pub struct AuditFilter<'a> {
    pub actor: Option<uuid::Uuid>,
    pub action: Option<&'a str>,
    pub from: Option<crate::Timestamp>,
    pub to: Option<crate::Timestamp>,
}

/// The device a sign-in came from, as its `User-Agent` tells: a `key` that ignores versions (an
/// updated browser on the same system is the same device) and a short `label` for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInDevice {
    pub key: String,
    pub label: String,
}

impl SignInDevice {
    pub fn from_user_agent(user_agent: Option<&str>) -> Self {
        let ua = user_agent.map(str::trim).filter(|u| !u.is_empty()).unwrap_or("unknown");
        let key: String = ua.chars().filter(|c| !c.is_ascii_digit()).take(512).collect::<String>().to_ascii_lowercase();
        // Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
        const BROWSERS: [(&str, &str); 6] = [
            ("Edg/", "Edge"),
            ("OPR/", "Opera"),
            ("Firefox/", "Firefox"),
            ("Chrome/", "Chrome"),
            ("Safari/", "Safari"),
            ("curl/", "curl"),
        ];
        const SYSTEMS: [(&str, &str); 6] = [
            ("Android", "Android"),
            ("iPhone", "iOS"),
            ("iPad", "iPadOS"),
            ("Windows", "Windows"),
            ("Mac OS X", "macOS"),
            ("Linux", "Linux"),
        ];
        let find = |table: &[(&str, &'static str)]| table.iter().find(|(needle, _)| ua.contains(needle)).map(|t| t.1);
        let label = match (find(&BROWSERS), find(&SYSTEMS)) {
            (Some(browser), Some(system)) => format!("{browser} · {system}"),
            (Some(one), None) | (None, Some(one)) => one.to_owned(),
            // An API client or a script: its own words, shortened, and only plain ones (the
            // label goes into a security email; it must not carry a message of its own).
            (None, None) => {
                ua.chars().filter(|c| c.is_ascii_alphanumeric() || " ./-_();:".contains(*c)).take(60).collect()
            }
        };
        Self { key, label }
    }
}

#[cfg(test)]
mod device_tests {
    use super::SignInDevice;

    #[test]
    fn a_browser_update_is_the_same_device_and_another_system_is_not() {
        let old =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36";
        let new =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        let mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15";
        let (a, b, c) = (
            SignInDevice::from_user_agent(Some(old)),
            SignInDevice::from_user_agent(Some(new)),
            SignInDevice::from_user_agent(Some(mac)),
        );
        assert_eq!(a.key, b.key);
        assert_ne!(a.key, c.key);
        assert_eq!(a.label, "Chrome · Linux");
        assert_eq!(c.label, "Safari · macOS");
        let edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";
        assert_eq!(SignInDevice::from_user_agent(Some(edge)).label, "Edge · Windows");
        assert_eq!(SignInDevice::from_user_agent(Some("my-sync-tool/2.1")).label, "my-sync-tool/2.1");
        let odd = SignInDevice::from_user_agent(Some("Visit https://evil.example <now>!"));
        assert_eq!(odd.label, "Visit https://evil.example now");
        assert_eq!(SignInDevice::from_user_agent(None), SignInDevice::from_user_agent(Some("  ")));
    }
}
