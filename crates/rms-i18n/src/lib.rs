//! Interface languages: Fluent messages, locale negotiation, and CLDR formatting through ICU4X.
//!
//! One [`Locale`] value carries everything a surface (web page, API error, email, PDF) needs to
//! speak to one person: the message lookup, the text direction, and number/date/money formatting.
//! Messages live in `locales/<tag>/*.ftl` at the repository root and are compiled into the binary;
//! adding a language is adding a folder (its `language-name` message names it in the selector).

mod format;
mod messages;
mod negotiate;

use std::fmt;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::{FluentArgs, FluentValue};

use messages::MESSAGES;

pub use format::{is_time_zone, time_zones};
pub use negotiate::{LOCALE_COOKIE, parse_accept_language};

/// Reading direction of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// One supported interface language. Obtained from [`Locale::all`], [`Locale::parse`] or
/// [`Locale::negotiate`]; never constructed from an arbitrary string.
///
/// A language whose CLDR numbering is not Latin (Persian writes ۱۲۳) also exists with Latin
/// digits ([`Locale::with_latin_digits`]), an account option. That is a way of writing numbers,
/// not another language: the two compare equal and share the tag and the messages.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Locale(&'static LocaleData);

struct LocaleData {
    /// The BCP 47 tag as used in folders, cookies and `lang=` (e.g. `pt-BR`).
    tag: String,
    /// The tag ICU4X formats with: `tag`, or `tag-u-nu-latn` for the Latin-digit variant.
    icu: icu::locale::Locale,
    dir: Direction,
    /// The language's name for itself, from its own `language-name` message.
    name: String,
    /// The language's own (CLDR default) digits are not 0–9.
    own_digits: bool,
    /// Set on the Latin-digit variant. Every language has one, so that the choice survives a
    /// change of language, though it only shows in those with digits of their own.
    latin_variant: bool,
}

impl PartialEq for LocaleData {
    fn eq(&self, other: &Self) -> bool {
        self.tag == other.tag
    }
}
impl Eq for LocaleData {}

/// The Unicode locale extension that asks for Latin digits (BCP 47 `-u-nu-latn`): how a stored
/// locale (an account's, an invoice's) records that option.
const LATIN_DIGITS: &str = "-u-nu-latn";

static LOCALES: LazyLock<Vec<LocaleData>> = LazyLock::new(|| {
    let directionality = icu::locale::LocaleDirectionality::new_common();
    let mut all: Vec<LocaleData> = MESSAGES
        .tags()
        .filter_map(|tag| {
            let icu: icu::locale::Locale = tag.parse().ok()?;
            let dir = if directionality.is_right_to_left(&icu.id) { Direction::Rtl } else { Direction::Ltr };
            let name = MESSAGES.language_name(tag).unwrap_or(tag).to_owned();
            let own_digits = format::own_digits(&icu);
            Some(LocaleData { tag: tag.to_owned(), icu, dir, name, own_digits, latin_variant: false })
        })
        .collect();
    // English first (the source and the fallback), the rest by tag for a stable selector order.
    all.sort_by(|a, b| (a.tag != "en", &a.tag).cmp(&(b.tag != "en", &b.tag)));
    all
});

/// The Latin-digit variant of every language.
static LATIN_VARIANTS: LazyLock<Vec<LocaleData>> = LazyLock::new(|| {
    LOCALES
        .iter()
        .filter_map(|l| {
            let icu = format!("{}{LATIN_DIGITS}", l.tag).parse().ok()?;
            let (tag, name) = (l.tag.clone(), l.name.clone());
            Some(LocaleData { tag, icu, dir: l.dir, name, own_digits: l.own_digits, latin_variant: true })
        })
        .collect()
});

impl Locale {
    /// Every locale shipped in this binary, English first.
    pub fn all() -> impl Iterator<Item = Locale> {
        LOCALES.iter().map(Locale)
    }

    /// English: the source language and the last fallback.
    pub fn english() -> Locale {
        // `en` is the fallback language of the loader, so its folder exists at compile time; the
        // first entry is English by the sort above.
        Locale(&LOCALES[0])
    }

    /// The supported locale with exactly this tag (case-insensitive), if any. A tag ending in
    /// `-u-nu-latn` (what [`Locale::stored`] writes) is the language with Latin digits.
    pub fn parse(tag: &str) -> Option<Locale> {
        // Runs for every request (negotiation): no allocation.
        let split = tag.len().checked_sub(LATIN_DIGITS.len()).and_then(|at| Some((tag.get(..at)?, tag.get(at..)?)));
        let (language, latin) = match split {
            Some((language, suffix)) if suffix.eq_ignore_ascii_case(LATIN_DIGITS) => (language, true),
            _ => (tag, false),
        };
        let locale = LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(language)).map(Locale)?;
        Some(if latin { locale.with_latin_digits() } else { locale })
    }

    /// A language as a person or a client names it (`?lang=`, a cookie, an API field): a plain
    /// tag, any case. The digits option is its own setting, so `fa-u-nu-latn` is not one.
    pub fn language(tag: &str) -> Option<Locale> {
        Locale::parse(tag).filter(|l| !l.latin_digits())
    }

    /// The language tag (`fa`, `pt-BR`), whatever the digits: what `lang=`, cookies, URLs and
    /// the API's `locale` fields carry.
    pub fn tag(self) -> &'static str {
        &self.0.tag
    }

    /// How an account or an invoice records this choice: the tag, with `-u-nu-latn` when Latin
    /// digits replace the language's own. [`Locale::parse`] reads it back.
    pub fn stored(self) -> String {
        if self.0.latin_variant { format!("{}{LATIN_DIGITS}", self.0.tag) } else { self.0.tag.clone() }
    }

    /// The same language writing numbers with Latin digits (0–9) (which changes nothing in a
    /// language whose digits those are already, but is remembered).
    pub fn with_latin_digits(self) -> Locale {
        LATIN_VARIANTS.iter().find(|l| l.tag == self.0.tag).map_or(self, Locale)
    }

    /// The same language with its own CLDR digits.
    pub fn with_native_digits(self) -> Locale {
        if self.0.latin_variant { Locale::parse(&self.0.tag).unwrap_or(self) } else { self }
    }

    /// Whether the language's own digits are not Latin, so that the digits are a choice.
    pub fn has_native_digits(self) -> bool {
        self.0.own_digits
    }

    /// Whether Latin digits were asked for in place of the language's own.
    pub fn latin_digits(self) -> bool {
        self.0.latin_variant
    }

    /// The language's own name for itself ("Русский", "العربية").
    pub fn name(self) -> &'static str {
        &self.0.name
    }

    pub fn dir(self) -> Direction {
        self.0.dir
    }

    pub fn icu(self) -> &'static icu::locale::Locale {
        &self.0.icu
    }

    /// The message `key`, falling back to English, then to the key itself (which the
    /// completeness test makes impossible for shipped keys).
    pub fn t(self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// The message `key` with arguments.
    pub fn t_args(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            fluent.set(*k, v.to_fluent(self));
        }
        self.lookup(key, Some(&fluent))
    }

    /// The message `key` with arguments, for text that is not HTML (JSON `detail`, CSV, email
    /// subjects and plain-text bodies, PDF metadata): without the invisible isolation marks
    /// Fluent puts around arguments, which only a renderer of bidirectional text should see.
    pub fn t_plain(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        without_isolation(&self.t_args(key, args))
    }

    fn lookup(self, key: &str, args: Option<&FluentArgs>) -> String {
        MESSAGES.get(&self.0.tag, key, args).or_else(|| MESSAGES.get("en", key, args)).unwrap_or_else(|| key.to_owned())
    }

    /// True when this locale has its own translation of `key` (not the English fallback), whether
    /// or not the message takes arguments.
    pub fn has_message(self, key: &str) -> bool {
        MESSAGES.has(&self.0.tag, key)
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Locale({})", self.stored())
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.tag)
    }
}

/// `text` without the bidi isolation marks (U+2066–U+2069) messages put around their arguments:
/// for output that is not rendered as bidirectional text.
pub fn without_isolation(text: &str) -> String {
    text.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], "")
}

/// A message argument. Numbers select plural forms; text is inserted as is.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl Arg {
    /// Numbers are written in the locale's digits and grouping ("1,234", "۱٬۲۳۴") and still
    /// choose plural forms (see `messages::LocalNumber`).
    fn to_fluent(&self, locale: Locale) -> FluentValue<'static> {
        match self {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => {
                FluentValue::Custom(Box::new(messages::LocalNumber { n: *n, text: locale.format_integer(*n) }))
            }
        }
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}
