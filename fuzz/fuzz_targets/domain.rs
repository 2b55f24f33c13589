#![no_main]
//! Domains as site activations send them (`rms_license::domain::Domain::parse`) and staging
//! patterns as admins type them (`StagingPattern::parse`): never a panic; a parsed domain is
//! lowercase ASCII and parses back to itself; a pattern prints back to itself; a domain's own
//! exact pattern matches it.
//!
//! "Parses back to itself" is checked only where the normalisation promises it: not for a domain
//! that still starts with `www.` (`www.www.x.com` → `www.x.com` → `x.com`, one `www.` a pass), nor
//! for one longer than 253 bytes (the limit is checked before IDNA, which can lengthen a name), and
//! an IPv6 literal comes back from its bracketed form (`::1` alone is read as host "" and port 1).

use libfuzzer_sys::fuzz_target;
use rms_license::domain::{Domain, StagingPattern};

/// A normalised name that `Domain::parse` must give back unchanged.
fn stable(d: &str) -> bool {
    !d.starts_with("www.") && d.len() <= 253 && !d.contains(':')
}

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else { return };

    if let Ok(domain) = Domain::parse(raw) {
        let d = domain.as_str();
        assert!(!d.is_empty());
        assert!(
            d.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.:".contains(&b)),
            "not normalised: {d:?}"
        );
        assert_eq!(domain.to_string(), d);
        let _ = domain.is_staging(&[]);
        if d.contains(':') {
            assert_eq!(Domain::parse(&format!("[{d}]")).as_ref(), Ok(&domain), "IPv6 literal {d:?}");
        } else if stable(d) {
            assert_eq!(Domain::parse(d).as_ref(), Ok(&domain), "{raw:?} → {d:?}");
            let own = StagingPattern::parse(d);
            assert!(own.as_ref().is_ok_and(|p| p.matches(&domain)), "{d:?}: {own:?}");
        }
    }

    if let Ok(pattern) = StagingPattern::parse(raw) {
        let shown = pattern.to_string();
        let wildcard = shown.starts_with("*.") || shown.ends_with(".*");
        if wildcard || stable(&shown) {
            assert_eq!(StagingPattern::parse(&shown).as_ref(), Ok(&pattern), "{raw:?} → {shown:?}");
        }
        if let Ok(domain) = Domain::parse(raw) {
            let _ = pattern.matches(&domain);
            let _ = domain.is_staging(std::slice::from_ref(&pattern));
        }
    }
});
