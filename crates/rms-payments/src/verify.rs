//! What a webhook check compared, for the server's log and `rms webhook verify`: a gateway may
//! accept more than one signed text (NOWPayments: the raw bytes, then its canonical forms), and
//! an operator debugging a mismatch needs to see each text and both signatures.

use std::fmt;

use subtle::ConstantTimeEq;

/// The request headers of a webhook, names compared without case.
#[derive(Clone, Debug, Default)]
pub struct Headers(Vec<(String, String)>);

impl Headers {
    pub fn new(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        Self(pairs.into_iter().collect())
    }

    /// Headers as captured in a file: one `Name: value` per line. Blank lines and a request or
    /// status line (no colon before the first space) are skipped.
    pub fn parse_captured(text: &str) -> Self {
        let pairs = text.lines().filter_map(|line| {
            let line = line.trim_end_matches('\r');
            let (name, value) = line.split_once(':')?;
            if name.is_empty() || name.contains(char::is_whitespace) {
                return None;
            }
            Some((name.to_owned(), value.trim().to_owned()))
        });
        Self::new(pairs)
    }

    /// Every header as received.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The value of `name`, or the problem "missing header".
    pub fn require(&self, name: &'static str) -> Result<&str, VerifyError> {
        self.get(name).filter(|v| !v.is_empty()).ok_or(VerifyError::MissingHeader(name))
    }
}

/// Why a webhook could not even be checked. To the sender it is the same as a bad signature
/// (401); the log and the CLI say which.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum VerifyError {
    #[error("header {0} is missing")]
    MissingHeader(&'static str),
    #[error("the body is not what this gateway sends: {0}")]
    MalformedBody(String),
    #[error("the signature field {0} is missing")]
    MissingSignature(&'static str),
    #[error("{0}")]
    Certificate(String),
    #[error("no {0} is configured for this gateway")]
    NotConfigured(&'static str),
}

/// One signed text tried, and whether the signatures matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    /// How the signature was computed, e.g. `HMAC-SHA512 over the raw body`.
    pub method: String,
    /// The exact text that was signed (for PayPal the signed line, for the others the body or
    /// its canonical form).
    pub signed_text: String,
    /// The signature we computed (or, for PayPal, what the certificate check concluded).
    pub computed: String,
    /// The signature the request carried.
    pub received: String,
    pub matched: bool,
}

/// The outcome of checking one webhook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub attempts: Vec<Attempt>,
}

impl Report {
    pub fn valid(&self) -> bool {
        self.attempts.iter().any(|a| a.matched)
    }

    /// The report of comparing hex digests (`computed` against `received`, case-insensitive,
    /// in constant time) over each `(method, text, digest)`; stops at the first match.
    pub(crate) fn of_digests(received: &str, candidates: impl IntoIterator<Item = (String, String, String)>) -> Self {
        let mut attempts: Vec<Attempt> = Vec::new();
        for (method, signed_text, computed) in candidates {
            if attempts.iter().any(|a| a.signed_text == signed_text && a.computed == computed) {
                continue;
            }
            let matched = same_hex(&computed, received);
            attempts.push(Attempt { method, signed_text, computed, received: received.to_owned(), matched });
            if matched {
                break;
            }
        }
        Report { attempts }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for a in &self.attempts {
            writeln!(f, "{}: {}", if a.matched { "match" } else { "mismatch" }, a.method)?;
            writeln!(f, "  signed text: {}", a.signed_text)?;
            writeln!(f, "  computed:    {}", a.computed)?;
            writeln!(f, "  received:    {}", a.received)?;
        }
        Ok(())
    }
}

/// Hex digests equal, ignoring case, compared in constant time.
pub(crate) fn same_hex(a: &str, b: &str) -> bool {
    let a = a.trim().to_ascii_lowercase();
    let b = b.trim().to_ascii_lowercase();
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captured_headers_are_found_without_case_and_request_lines_are_skipped() {
        let h = Headers::parse_captured(
            "POST /webhooks/paypal HTTP/1.1\r\nPAYPAL-AUTH-ALGO: SHA256withRSA\r\n\r\nX-Empty:\n",
        );
        assert_eq!(h.get("paypal-auth-algo"), Some("SHA256withRSA"));
        assert_eq!(h.require("x-empty"), Err(VerifyError::MissingHeader("x-empty")));
        assert_eq!(h.get("POST /webhooks/paypal HTTP/1.1"), None);
    }

    #[test]
    fn digests_compare_without_case_and_stop_at_the_first_match() {
        let r = Report::of_digests(
            "ABCD",
            [
                ("one".into(), "t1".into(), "0000".into()),
                ("two".into(), "t2".into(), "abcd".into()),
                ("three".into(), "t3".into(), "abcd".into()),
            ],
        );
        assert!(r.valid());
        assert_eq!(r.attempts.len(), 2);
        assert!(!same_hex("abc", "abcd"));
    }
}
