//! Domains as site licenses bind them: normalised so that `https://WWW.Example.com:443/shop/`
//! and `example.com` are one site, and recognised as staging when they should not use a seat.

use std::fmt;
use std::net::IpAddr;

/// A normalised domain: lowercase ASCII (IDNA punycode), no scheme, port, path, trailing dot or
/// leading `www.`. IP literals are kept as written (normalised).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Domain(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a domain name")]
pub struct InvalidDomain;

impl Domain {
    pub fn parse(raw: &str) -> Result<Self, InvalidDomain> {
        let s = raw.trim();
        let s = s.split_once("://").map_or(s, |(_, rest)| rest);
        let host_port = s.split(['/', '?', '#']).next().unwrap_or_default();
        let host_port = host_port.rsplit_once('@').map_or(host_port, |(_, h)| h);
        // [v6]:port, or host:port.
        let host = if let Some(v6) = host_port.strip_prefix('[') {
            v6.split(']').next().unwrap_or_default()
        } else {
            host_port.split(':').next().unwrap_or_default()
        };
        let host = host.trim_end_matches('.');
        if host.is_empty() || host.len() > 253 {
            return Err(InvalidDomain);
        }
        if let Ok(ip) = host.parse::<IpAddr>() {
            return Ok(Self(ip.to_string()));
        }
        let ascii = idna::domain_to_ascii(host).map_err(|_| InvalidDomain)?;
        let ascii = ascii.strip_prefix("www.").unwrap_or(&ascii).to_owned();
        let labels_ok = ascii.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
        if labels_ok { Ok(Self(ascii)) } else { Err(InvalidDomain) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Names that can never be a customer's public site, so they never take a seat on plans that
    /// let staging run free: `localhost`, loopback, private and link-local IP literals, and the
    /// reserved names `*.local`, `*.test`, `*.localhost`, `*.invalid`, `*.example` (RFC 2606,
    /// RFC 6762). Anything else (a `.dev` site, `staging.shop.com`) is a real public name and is
    /// free only when the product's admin lists it (see [`StagingPattern`]).
    pub fn is_reserved(&self) -> bool {
        let d = self.0.as_str();
        if let Ok(ip) = d.parse::<IpAddr>() {
            return match ip {
                IpAddr::V4(v4) => v4.is_private() || v4.is_loopback() || v4.is_link_local(),
                IpAddr::V6(v6) => {
                    v6.is_loopback() || (v6.segments()[0] & 0xfe00) == 0xfc00 || (v6.segments()[0] & 0xffc0) == 0xfe80
                }
            };
        }
        d == "localhost" || [".localhost", ".local", ".test", ".invalid", ".example"].iter().any(|s| d.ends_with(s))
    }

    /// Whether this domain runs free: a reserved name, or one the product's staging patterns list.
    pub fn is_staging(&self, patterns: &[StagingPattern]) -> bool {
        self.is_reserved() || patterns.iter().any(|p| p.matches(self))
    }
}

/// One of a product's staging patterns, as its admin writes it: an exact host
/// (`staging.shop.com`), every host under a domain (`*.staging.shop.com`), every host starting with
/// a label (`staging.*`, `dev.*`), or every host with a label inside (`*.staging.*`). A pattern
/// that would free a whole top-level domain (`*.dev`, `*.com`) is refused: those are public names.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StagingPattern {
    kind: PatternKind,
    /// The fixed part, normalised: `staging.shop.com`, `staging`.
    text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum PatternKind {
    Exact,
    Under,
    Prefix,
    Inner,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a staging pattern: an exact host, *.domain, label.* or *.label.* (never a whole top-level domain)")]
pub struct InvalidPattern;

fn label_ok(l: &str) -> bool {
    (1..=63).contains(&l.len())
        && !l.starts_with('-')
        && !l.ends_with('-')
        && l.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn labels_ok(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(label_ok)
}

impl StagingPattern {
    pub fn parse(raw: &str) -> Result<Self, InvalidPattern> {
        let s = raw.trim().to_ascii_lowercase();
        let (kind, text) = if let Some(inner) = s.strip_prefix("*.").and_then(|r| r.strip_suffix(".*")) {
            (PatternKind::Inner, inner.to_owned())
        } else if let Some(under) = s.strip_prefix("*.") {
            (PatternKind::Under, under.to_owned())
        } else if let Some(prefix) = s.strip_suffix(".*") {
            (PatternKind::Prefix, prefix.to_owned())
        } else {
            (PatternKind::Exact, Domain::parse(&s).map_err(|_| InvalidPattern)?.0)
        };
        let ok = match kind {
            PatternKind::Exact => !text.is_empty(),
            // Under a domain of at least two labels: never every site of a top-level domain.
            PatternKind::Under => labels_ok(&text) && text.contains('.'),
            PatternKind::Prefix | PatternKind::Inner => labels_ok(&text),
        };
        if ok { Ok(Self { kind, text }) } else { Err(InvalidPattern) }
    }

    pub fn matches(&self, domain: &Domain) -> bool {
        let d = domain.as_str();
        let t = self.text.as_str();
        match self.kind {
            PatternKind::Exact => d == t,
            PatternKind::Under => d.strip_suffix(t).is_some_and(|head| head.ends_with('.') && head.len() > 1),
            PatternKind::Prefix => d.strip_prefix(t).is_some_and(|tail| tail.starts_with('.') && tail.len() > 1),
            PatternKind::Inner => {
                d.match_indices(t).any(|(i, _)| i > 0 && d[..i].ends_with('.') && d[i + t.len()..].starts_with('.'))
            }
        }
    }
}

impl fmt::Display for StagingPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            PatternKind::Exact => f.write_str(&self.text),
            PatternKind::Under => write!(f, "*.{}", self.text),
            PatternKind::Prefix => write!(f, "{}.*", self.text),
            PatternKind::Inner => write!(f, "*.{}.*", self.text),
        }
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        Domain::parse(s).unwrap().0
    }

    #[test]
    fn one_site_has_one_spelling() {
        for raw in
            ["example.com", "https://WWW.Example.com:443/shop/?x=1", "http://example.com.", "user@example.com:8080"]
        {
            assert_eq!(d(raw), "example.com", "{raw}");
        }
        assert_eq!(d("https://bücher.example/"), "xn--bcher-kva.example");
        assert_eq!(d("http://[::1]:8080/"), "::1");
        assert_eq!(d("www.shop.example.org"), "shop.example.org");
    }

    #[test]
    fn nonsense_is_refused() {
        for bad in ["", "http://", "exa mple.com", "-bad.com", "a..b", "under_score.com", &"a".repeat(300)] {
            assert!(Domain::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn only_reserved_names_are_free_by_default() {
        for s in [
            "localhost",
            "127.0.0.1",
            "192.168.1.20",
            "10.0.0.5",
            "[::1]",
            "[fd00::1]",
            "shop.local",
            "shop.test",
            "shop.localhost",
            "shop.invalid",
            "shop.example",
        ] {
            assert!(Domain::parse(s).unwrap().is_staging(&[]), "{s}");
        }
        // Public names are never free by default: a .dev site, staging.* or dev.* hosts.
        for s in
            ["shop.com", "8.8.8.8", "shop.dev", "staging.shop.com", "dev.shop.com", "stage.shop.com", "mystaging.com"]
        {
            assert!(!Domain::parse(s).unwrap().is_staging(&[]), "{s}");
        }
    }

    #[test]
    fn admins_list_their_staging_hosts() {
        let patterns: Vec<StagingPattern> = ["staging.*", "*.preview.shop.com", "*.stage.*", "qa.shop.com"]
            .iter()
            .map(|p| StagingPattern::parse(p).unwrap())
            .collect();
        for s in ["staging.shop.com", "pr-12.preview.shop.com", "a.stage.shop.org", "qa.shop.com"] {
            assert!(Domain::parse(s).unwrap().is_staging(&patterns), "{s}");
        }
        for s in
            ["shop.com", "preview.shop.com", "mystaging.com", "stage.shop.org", "qa.shop.com.evil.io", "dev.shop.com"]
        {
            assert!(!Domain::parse(s).unwrap().is_staging(&patterns), "{s}");
        }
        for p in ["staging.*", "*.preview.shop.com", "*.stage.*", "qa.shop.com"] {
            assert_eq!(StagingPattern::parse(p).unwrap().to_string(), p, "patterns print as written");
        }
    }

    #[test]
    fn patterns_that_free_a_public_top_level_domain_or_nonsense_are_refused() {
        for bad in ["*.dev", "*.com", "*", "*.*", "", "sta ging.*", "*..com", "*.-x.com", "https://*.x.com"] {
            assert!(StagingPattern::parse(bad).is_err(), "{bad:?}");
        }
    }
}
