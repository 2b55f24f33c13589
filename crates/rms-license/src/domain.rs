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

    /// Local and staging hosts that do not use a seat when the plan allows it: `localhost`,
    /// private-range IP literals, `*.local`, `*.test`, `*.dev`, `staging.*`, `dev.*`, `stage.*`,
    /// `*.staging.*`. The default list; the server may let admins extend it.
    pub fn is_staging(&self) -> bool {
        let d = self.0.as_str();
        if let Ok(ip) = d.parse::<IpAddr>() {
            return match ip {
                IpAddr::V4(v4) => v4.is_private() || v4.is_loopback() || v4.is_link_local(),
                IpAddr::V6(v6) => v6.is_loopback() || (v6.segments()[0] & 0xfe00) == 0xfc00,
            };
        }
        d == "localhost"
            || [".localhost", ".local", ".test", ".dev"].iter().any(|s| d.ends_with(s))
            || ["staging.", "dev.", "stage."].iter().any(|p| d.starts_with(p))
            || d.contains(".staging.")
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
    fn staging_hosts_are_recognised() {
        for s in [
            "localhost",
            "127.0.0.1",
            "192.168.1.20",
            "10.0.0.5",
            "shop.local",
            "shop.test",
            "shop.dev",
            "staging.shop.com",
            "dev.shop.com",
            "stage.shop.com",
            "shop.staging.example.com",
        ] {
            assert!(Domain::parse(s).unwrap().is_staging(), "{s}");
        }
        for s in ["shop.com", "8.8.8.8", "development.com", "mystaging.com"] {
            assert!(!Domain::parse(s).unwrap().is_staging(), "{s}");
        }
    }
}
