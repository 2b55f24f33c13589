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
}

/// An email address, trimmed and lower-cased (addresses compare case-insensitively here, so one
/// person cannot hold two accounts that differ by case).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let s = raw.trim().to_lowercase();
        let (local, domain) = s.rsplit_once('@').ok_or(InvalidInput::Email)?;
        let ok = s.len() <= 254
            && (1..=64).contains(&local.len())
            && !local.contains('@')
            && domain.len() >= 3
            && domain.contains('.')
            && !domain.starts_with(['.', '-'])
            && !domain.ends_with(['.', '-'])
            && !domain.contains("..")
            && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"'));
        if ok { Ok(Self(s)) } else { Err(InvalidInput::Email) }
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
    /// Admin API (only for keys of admins).
    Admin,
}

impl Scope {
    pub const ALL: [Scope; 4] = [Scope::Read, Scope::Licenses, Scope::Releases, Scope::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Licenses => "licenses",
            Scope::Releases => "releases",
            Scope::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|sc| sc.as_str() == s)
    }
}
