//! Choosing the language to answer in: explicit choice > cookie > `Accept-Language` > English.

use crate::Locale;

/// The cookie that remembers a visitor's explicit choice.
pub const LOCALE_COOKIE: &str = "rms_lang";

/// Tags that name a language we ship under another tag.
const ALIASES: &[(&str, &str)] = &[
    ("zh-hant", "zh-TW"),
    ("zh-hk", "zh-TW"),
    ("zh-mo", "zh-TW"),
    ("zh-hans", "zh-CN"),
    ("zh-sg", "zh-CN"),
    ("zh", "zh-CN"),
    ("no", "nb"),
    ("nn", "nb"),
    ("pt", "pt-BR"),
    ("sr-cyrl", "sr"),
    ("uz-latn", "uz"),
];

impl Locale {
    /// Picks the locale for a request. `explicit` is a choice made just now (a query parameter or
    /// the account setting), `cookie` a remembered one; both must name a shipped locale exactly or
    /// they are ignored. `accept_language` is matched loosely (`de-AT` → `de`).
    pub fn negotiate(explicit: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
        explicit
            .and_then(Locale::language)
            .or_else(|| cookie.and_then(Locale::language))
            .or_else(|| {
                accept_language.and_then(|header| parse_accept_language(header).into_iter().find_map(Locale::matching))
            })
            .unwrap_or_else(Locale::english)
    }

    /// The shipped locale closest to a requested tag: exact, then an alias, then the language
    /// with its script, then the bare language.
    pub fn matching(requested: &str) -> Option<Locale> {
        let requested = requested.trim().replace('_', "-");
        if let Some(l) = Locale::language(&requested) {
            return Some(l);
        }
        let lower = requested.to_ascii_lowercase();
        let mut parts = lower.split('-');
        let language = parts.next().filter(|l| !l.is_empty())?;
        let second = parts.next();
        for candidate in [second.map(|s| format!("{language}-{s}")), Some(language.to_owned())].into_iter().flatten() {
            if let Some((_, to)) = ALIASES.iter().find(|(from, _)| *from == candidate) {
                return Locale::parse(to);
            }
        }
        Locale::language(language).or_else(|| Locale::all().find(|l| l.tag().split('-').next() == Some(language)))
    }
}

/// The language ranges of an `Accept-Language` header, most preferred first (`*` and `q=0`
/// dropped; equal weights keep their order).
pub fn parse_accept_language(header: &str) -> Vec<&str> {
    let mut ranges: Vec<(&str, u16)> = header
        .split(',')
        .filter_map(|item| {
            let mut fields = item.split(';');
            let tag = fields.next()?.trim();
            let q = fields
                .find_map(|f| f.trim().strip_prefix("q="))
                .map_or(Some(1000), |q| q.trim().parse::<f32>().ok().map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16))?;
            (!tag.is_empty() && tag != "*" && q > 0 && tag.len() <= 35).then_some((tag, q))
        })
        .take(20)
        .collect();
    ranges.sort_by_key(|r| std::cmp::Reverse(r.1));
    ranges.into_iter().map(|(tag, _)| tag).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(l: Locale) -> &'static str {
        l.tag()
    }

    #[test]
    fn explicit_choice_beats_cookie_beats_header_beats_english() {
        assert_eq!(tag(Locale::negotiate(Some("ru"), Some("ar"), Some("en"))), "ru");
        assert_eq!(tag(Locale::negotiate(None, Some("ar"), Some("ru"))), "ar");
        assert_eq!(tag(Locale::negotiate(None, None, Some("ru-RU,ru;q=0.9"))), "ru");
        assert_eq!(tag(Locale::negotiate(None, None, None)), "en");
    }

    #[test]
    fn unknown_or_hostile_choices_are_ignored() {
        assert_eq!(tag(Locale::negotiate(Some("xx"), Some("../../etc"), Some("ar"))), "ar");
        assert_eq!(tag(Locale::negotiate(None, None, Some("tlh, *;q=0.5"))), "en");
    }

    #[test]
    fn accept_language_is_ordered_by_weight() {
        assert_eq!(parse_accept_language("fr;q=0.2, ar-EG;q=0.9, ru, xx;q=0"), vec!["ru", "ar-EG", "fr"]);
        assert_eq!(parse_accept_language("de;q=abc"), Vec::<&str>::new());
        assert_eq!(tag(Locale::negotiate(None, None, Some("fr;q=0.2, ar-EG;q=0.9"))), "ar");
    }

    #[test]
    fn regional_variants_fall_back_to_their_language() {
        assert_eq!(Locale::matching("ru-UA").map(tag), Some("ru"));
        assert_eq!(Locale::matching("AR_sa").map(tag), Some("ar"));
        assert_eq!(Locale::matching("en-GB").map(tag), Some("en"));
    }
}
