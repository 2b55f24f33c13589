//! `Range: bytes=…` as downloads take it (RFC 9110 §14): one range, or the whole file.

use std::ops::Range;

/// What a `Range` header asks of a file of a known size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Asked {
    /// No usable single range (another unit, several ranges, a malformed header): the whole
    /// file, as RFC 9110 lets a server answer.
    Whole,
    /// These bytes (end exclusive), clamped to the file.
    Part(Range<u64>),
    /// A well-formed range wholly outside the file: 416.
    Unsatisfiable,
}

/// Reads `bytes=a-b`, `bytes=a-` and `bytes=-n` against a file of `size` bytes.
pub fn parse(header: &str, size: u64) -> Asked {
    let Some(spec) = header.trim().strip_prefix("bytes=") else { return Asked::Whole };
    if spec.contains(',') {
        return Asked::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else { return Asked::Whole };
    let number =
        |s: &str| (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u64>().ok()).flatten();
    match (first.trim(), last.trim()) {
        ("", suffix) => match number(suffix) {
            Some(0) => Asked::Unsatisfiable,
            Some(_) if size == 0 => Asked::Unsatisfiable,
            Some(n) => Asked::Part(size.saturating_sub(n)..size),
            None => Asked::Whole,
        },
        (start, end) => {
            let Some(start) = number(start) else { return Asked::Whole };
            let end = match end {
                "" => None,
                e => match number(e) {
                    Some(e) => Some(e),
                    None => return Asked::Whole,
                },
            };
            if end.is_some_and(|e| e < start) {
                return Asked::Whole;
            }
            if start >= size {
                return Asked::Unsatisfiable;
            }
            let end = end.map_or(size, |e| e.saturating_add(1).min(size));
            Asked::Part(start..end)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_ranges_are_served_and_the_rest_gets_the_whole_file() {
        let cases = [
            ("bytes=0-99", Asked::Part(0..100)),
            ("bytes=100-", Asked::Part(100..1000)),
            ("bytes=-100", Asked::Part(900..1000)),
            ("bytes=-5000", Asked::Part(0..1000)),
            ("bytes=990-5000", Asked::Part(990..1000)),
            ("bytes=999-999", Asked::Part(999..1000)),
            ("bytes=1000-", Asked::Unsatisfiable),
            ("bytes=-0", Asked::Unsatisfiable),
            ("bytes=0-1,5-6", Asked::Whole),
            ("bytes=5-1", Asked::Whole),
            ("items=0-1", Asked::Whole),
            ("bytes=a-b", Asked::Whole),
            ("bytes=", Asked::Whole),
            ("bytes=-", Asked::Whole),
            ("bytes=+1-2", Asked::Whole),
            ("bytes=99999999999999999999999-", Asked::Whole),
        ];
        for (header, want) in cases {
            assert_eq!(parse(header, 1000), want, "{header}");
        }
        assert_eq!(parse("bytes=-10", 0), Asked::Unsatisfiable);
        assert_eq!(parse("bytes=0-", 0), Asked::Unsatisfiable);
    }
}
