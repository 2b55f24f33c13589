//! What an extractor's refusal means, in words a customer can read.
//!
//! axum explains a body, form, query or path it cannot read in parser terms ("Failed to deserialize
//! form body: plan_id: UUID parsing failed: invalid character…"). Those words reach nobody: this
//! finds the field at fault and how it is wrong, and the problem says only that, in the request's
//! language. The texts parsed here are axum's and serde's fixed formats (`missing field `x``,
//! `unknown field `x``, `path: message`); a text that fits none still becomes a plain "could not
//! be read", never the raw text.

use rms_i18n::{Arg, Locale};

/// How a request's input was wrong, and where.
#[derive(Debug, PartialEq, Eq)]
pub struct Fault {
    /// The field at fault (`plan_id`, `items[0].quantity`), when the refusal names one.
    pub field: Option<String>,
    pub kind: FaultKind,
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum FaultKind {
    /// The body is not JSON at all.
    NotJson,
    /// A required field is absent.
    Missing,
    /// A field this request does not take.
    Unknown,
    /// A value of the wrong kind or shape (text for a number, a malformed identifier).
    Malformed,
}

/// axum's opening words for each kind of input it could not read.
const DATA_PREFIXES: [&str; 4] = [
    "Failed to deserialize the JSON body into the target type: ",
    "Failed to deserialize form body: ",
    "Failed to deserialize form: ",
    "Failed to deserialize query string: ",
];
const NOT_JSON: &str = "Failed to parse the request body as JSON";
const PATH_PREFIX: &str = "Invalid URL: ";

/// The text between the first pair of backticks after `marker`.
fn quoted_after(text: &str, marker: &str) -> Option<String> {
    let rest = &text[text.find(marker)? + marker.len()..];
    Some(rest[..rest.find('`')?].to_owned())
}

/// A field path as serde_path_to_error writes it: names, dots and indexes only.
fn is_path(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']' | '-'))
}

/// The field's full path: serde names an unknown field's own path, a missing one's parent.
fn join(path: Option<&str>, field: String) -> String {
    match path {
        Some(p) if p == field || p.ends_with(&format!(".{field}")) => p.to_owned(),
        Some(p) => format!("{p}.{field}"),
        None => field,
    }
}

/// Reads an extractor's refusal text.
pub fn classify(raw: &str) -> Fault {
    let raw = raw.trim();
    if raw.starts_with(NOT_JSON) {
        return Fault { field: None, kind: FaultKind::NotJson };
    }
    if let Some(rest) = raw.strip_prefix(PATH_PREFIX) {
        // "Cannot parse `id` with value `abc` to a `Uuid`": the address's `id` part.
        let field = rest.strip_prefix("Cannot parse `").filter(|r| r.contains("` with value `")).and_then(|r| {
            let key = &r[..r.find('`')?];
            Some(key.to_owned())
        });
        return Fault { field, kind: FaultKind::Malformed };
    }
    let Some(rest) = DATA_PREFIXES.iter().find_map(|p| raw.strip_prefix(p)) else {
        return Fault { field: None, kind: FaultKind::Malformed };
    };
    // "items[0]: missing field `plan_id`" or a top-level "missing field `plan_id`".
    let (path, message) = match rest.split_once(": ") {
        Some((path, message)) if is_path(path) => (Some(path), message),
        _ => (None, rest),
    };
    if let Some(field) = quoted_after(message, "missing field `") {
        return Fault { field: Some(join(path, field)), kind: FaultKind::Missing };
    }
    if let Some(field) = quoted_after(message, "unknown field `") {
        return Fault { field: Some(join(path, field)), kind: FaultKind::Unknown };
    }
    Fault { field: path.map(str::to_owned), kind: FaultKind::Malformed }
}

impl Fault {
    /// What is wrong, as the end of "The request could not be understood: …".
    pub fn reason(&self, locale: Locale) -> String {
        let key = match (self.kind, &self.field) {
            (FaultKind::NotJson, _) => "bad-request-not-json",
            (FaultKind::Missing, Some(_)) => "bad-request-missing-field",
            (FaultKind::Unknown, Some(_)) => "bad-request-unknown-field",
            (FaultKind::Malformed, Some(_)) => "bad-request-malformed-field",
            (_, None) => "bad-request-malformed",
        };
        locale.t_args(key, &[("field", Arg::from(self.field.as_deref().unwrap_or_default()))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(field: Option<&str>, kind: FaultKind) -> Fault {
        Fault { field: field.map(str::to_owned), kind }
    }

    #[test]
    fn axum_refusals_name_the_field_and_how_it_is_wrong() {
        let cases = [
            (
                "Failed to deserialize form body: plan_id: UUID parsing failed: invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `x` at 1",
                fault(Some("plan_id"), FaultKind::Malformed),
            ),
            (
                "Failed to deserialize the JSON body into the target type: missing field `nonce` at line 1 column 40",
                fault(Some("nonce"), FaultKind::Missing),
            ),
            (
                "Failed to deserialize the JSON body into the target type: unknown field `colour`, expected one of `name`, `description` at line 1 column 9",
                fault(Some("colour"), FaultKind::Unknown),
            ),
            (
                "Failed to deserialize the JSON body into the target type: colour: unknown field `colour`, expected `items` at line 1 column 20",
                fault(Some("colour"), FaultKind::Unknown),
            ),
            (
                "Failed to deserialize the JSON body into the target type: items[0]: missing field `plan_id` at line 1 column 30",
                fault(Some("items[0].plan_id"), FaultKind::Missing),
            ),
            (
                "Failed to deserialize the JSON body into the target type: items[0].quantity: invalid type: string \"two\", expected i64 at line 1 column 40",
                fault(Some("items[0].quantity"), FaultKind::Malformed),
            ),
            (
                "Failed to parse the request body as JSON: expected value at line 1 column 1",
                fault(None, FaultKind::NotJson),
            ),
            (
                "Invalid URL: Cannot parse `id` with value `not-a-uuid`: UUID parsing failed: invalid length",
                fault(Some("id"), FaultKind::Malformed),
            ),
            ("Failed to deserialize query string: invalid digit found in string", fault(None, FaultKind::Malformed)),
            ("something nobody planned for", fault(None, FaultKind::Malformed)),
        ];
        for (raw, expected) in cases {
            assert_eq!(classify(raw), expected, "{raw}");
        }
    }

    #[test]
    fn the_reason_never_repeats_parser_words() {
        let en = Locale::english();
        let raw = "Failed to deserialize form body: plan_id: UUID parsing failed: invalid character";
        let reason = classify(raw).reason(en);
        assert!(reason.contains("plan_id") && !reason.contains("UUID") && !reason.contains("deserialize"), "{reason}");
        for tag in ["ar", "ru"] {
            let other = classify(raw).reason(Locale::parse(tag).unwrap());
            assert!(other.contains("plan_id") && other != reason, "{tag}: {other}");
        }
    }
}
