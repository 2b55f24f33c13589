//! The messages of every locale, compiled in from `locales/<tag>/*.ftl` (see `build.rs`).
//!
//! Plural forms are chosen by ICU4X's CLDR rules, not by Fluent's own: the plural data inside
//! Fluent (`intl_pluralrules` 7, CLDR 37) drops the modulo from some rules, so Belarusian said
//! "22" with the form for fractions, Lithuanian "111" with the form for 1, Romanian and Latvian
//! "101"–"111" and Arabic "111" with the wrong one. Translators still write ordinary Fluent
//! (`{ $count -> [one] … *[other] … }`); on loading, every select on a number becomes
//! `{ PLURAL($count, exact: "0") -> … }`, where `PLURAL` answers the CLDR category of the number
//! (or `n0` for a number that has its own variant, whose key becomes `[n0]`), so the selection is
//! made by the same data that formats dates and money.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

use fluent_syntax::ast;
use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::types::FluentType;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu::plurals::{PluralCategory, PluralRules};

include!(concat!(env!("OUT_DIR"), "/sources.rs"));

const PLURAL: &str = "PLURAL";
const EXACT: &str = "exact";
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

type Bundle = FluentBundle<FluentResource>;

/// Every locale's bundle, by tag, each parsed the first time a message of that locale is asked
/// for: the 45 parsed bundles take about 36 MB of heap, and a node mostly speaks a few of them
/// (a node that started with all of them sat at 91 MB before its first request).
pub(crate) struct Messages {
    bundles: HashMap<&'static str, OnceLock<Option<Bundle>>>,
}

pub(crate) static MESSAGES: LazyLock<Messages> = LazyLock::new(Messages::new);

impl Messages {
    fn new() -> Self {
        let mut bundles = HashMap::new();
        for (tag, ..) in SOURCES {
            // Only tags a bundle can be made for (an empty one costs microseconds), as before.
            if !bundles.contains_key(tag) && new_bundle(tag).is_some() {
                bundles.insert(*tag, OnceLock::new());
            }
        }
        Self { bundles }
    }

    fn bundle(&self, tag: &str) -> Option<&Bundle> {
        self.bundles.get(tag)?.get_or_init(|| load(tag)).as_ref()
    }

    pub(crate) fn tags(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.bundles.keys().copied()
    }

    /// `key` in `tag`'s own messages (no fallback), formatted with `args`; `None` when the
    /// locale lacks it or it does not format cleanly (a missing argument or term), so the caller
    /// falls back to English. English itself is returned with its errors rendered in place, as
    /// Fluent does: there is nothing further to fall back to.
    pub(crate) fn get(&self, tag: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundle(tag)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        (errors.is_empty() || tag == "en").then_some(text)
    }

    /// Whether `tag` has its own `key`.
    pub(crate) fn has(&self, tag: &str, key: &str) -> bool {
        self.bundle(tag).is_some_and(|b| b.has_message(key))
    }

    /// The language's name for itself (its `language-name` message, a plain line of text), read
    /// from the source without parsing the locale: the language selector lists every language,
    /// and parsing all of them for that would undo the loading on demand. A test checks it
    /// against the parsed message for every locale.
    pub(crate) fn language_name(&self, tag: &str) -> Option<&'static str> {
        SOURCES.iter().filter(|(t, ..)| *t == tag).flat_map(|(_, _, source)| source.lines()).find_map(|line| {
            let value = line.strip_prefix("language-name")?.trim_start().strip_prefix('=')?.trim();
            (!value.is_empty()).then_some(value)
        })
    }
}

/// `tag`'s bundle, with every file of that locale added.
fn load(tag: &str) -> Option<Bundle> {
    let mut bundle = new_bundle(tag)?;
    for (_, file, source) in SOURCES.iter().filter(|(t, ..)| *t == tag) {
        let resource = match FluentResource::try_new(plurals_by_cldr(source)) {
            Ok(r) => r,
            // The completeness test parses every file; a broken one cannot ship.
            Err((r, errors)) => {
                report_broken(tag, file, &format!("{errors:?}"));
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            report_broken(tag, file, &format!("{errors:?}"));
        }
    }
    Some(bundle)
}

/// A build script failure would be better, but the sources are checked by the completeness
/// test already; at run time a broken file only loses its own messages (English shows).
fn report_broken(tag: &str, file: &str, errors: &str) {
    eprintln!("locales/{tag}/{file}: {errors}");
}

fn new_bundle(tag: &str) -> Option<Bundle> {
    let id: LanguageIdentifier = tag.parse().ok()?;
    let icu: icu::locale::Locale = tag.parse().ok()?;
    // The rules are not `Sync` (without ICU4X's `sync` feature), and a bundle is shared by every
    // thread: each call builds them, from data compiled into the binary (no I/O; microseconds).
    PluralRules::try_new_cardinal((&icu).into()).ok()?;
    let mut bundle = Bundle::new_concurrent(vec![id]);
    let added =
        bundle.add_function(PLURAL, move |positional, named| match PluralRules::try_new_cardinal((&icu).into()) {
            Ok(rules) => plural(&rules, positional, named),
            Err(_) => FluentValue::from("other"),
        });
    added.ok()?;
    Some(bundle)
}

/// A whole number as a message argument: written as the locale writes numbers (its digits and
/// grouping, formatted by ICU4X before it reaches Fluent, which would write ASCII digits without
/// grouping), and still a number to `PLURAL`.
#[derive(Debug, PartialEq)]
pub(crate) struct LocalNumber {
    pub(crate) n: i64,
    pub(crate) text: String,
}

impl FluentType for LocalNumber {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(LocalNumber { n: self.n, text: self.text.clone() })
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        Cow::Owned(self.text.clone())
    }

    fn as_string_threadsafe(&self, _: &intl_memoizer::concurrent::IntlLangMemoizer) -> Cow<'static, str> {
        Cow::Owned(self.text.clone())
    }
}

/// `PLURAL($n, exact: "0 1")`: `n0`/`n1` when `$n` is one of the exact numbers, else the CLDR
/// category of `$n` (`one`, `few`, …). Anything but a whole number is passed through as it is,
/// so a select on text keeps matching its keys.
fn plural<'a>(rules: &PluralRules, positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let Some(value) = positional.first() else { return FluentValue::None };
    let n = match value {
        // `as_ref`: the box itself would answer as a `Box`, not as what it holds.
        FluentValue::Custom(custom) => match custom.as_ref().as_any().downcast_ref::<LocalNumber>() {
            Some(number) => number.n,
            None => return value.clone(),
        },
        FluentValue::Number(number) if number.value.fract() == 0.0 && number.value.is_finite() => number.value as i64,
        FluentValue::Number(_) => return FluentValue::from("other"),
        _ => return value.clone(),
    };
    let exact = match named.get(EXACT) {
        Some(FluentValue::String(list)) => list.split(' ').any(|k| k.parse::<i64>() == Ok(n)),
        _ => false,
    };
    if exact {
        return FluentValue::from(format!("n{n}"));
    }
    FluentValue::from(category_name(rules.category_for(n)))
}

pub(crate) fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The source with every select on a number rewritten to go through `PLURAL` (see the module
/// comment). A source that does not parse is returned as it is (Fluent reports it).
fn plurals_by_cldr(source: &str) -> String {
    let Ok(mut resource) = fluent_syntax::parser::parse(source.to_owned()) else { return source.to_owned() };
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(value) = &mut m.value {
                    rewrite_pattern(value);
                }
                for a in &mut m.attributes {
                    rewrite_pattern(&mut a.value);
                }
            }
            ast::Entry::Term(t) => {
                rewrite_pattern(&mut t.value);
                for a in &mut t.attributes {
                    rewrite_pattern(&mut a.value);
                }
            }
            _ => {}
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

fn rewrite_pattern(pattern: &mut ast::Pattern<String>) {
    for element in &mut pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            rewrite_expression(expression);
        }
    }
}

fn rewrite_expression(expression: &mut ast::Expression<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            for v in variants.iter_mut() {
                rewrite_pattern(&mut v.value);
            }
            let on_variable = matches!(selector, ast::InlineExpression::VariableReference { .. });
            let plural = variants.iter().all(|v| match &v.key {
                ast::VariantKey::Identifier { name } => CATEGORIES.contains(&name.as_str()),
                ast::VariantKey::NumberLiteral { value } => value.parse::<i64>().is_ok(),
            });
            if !(on_variable && plural) {
                return;
            }
            let mut exact = Vec::new();
            for v in variants.iter_mut() {
                if let ast::VariantKey::NumberLiteral { value } = &v.key {
                    let name = format!("n{value}");
                    exact.push(value.clone());
                    v.key = ast::VariantKey::Identifier { name };
                }
            }
            let inner = std::mem::replace(selector, ast::InlineExpression::StringLiteral { value: String::new() });
            *selector = ast::InlineExpression::FunctionReference {
                id: ast::Identifier { name: PLURAL.to_owned() },
                arguments: ast::CallArguments {
                    positional: vec![inner],
                    named: vec![ast::NamedArgument {
                        name: ast::Identifier { name: EXACT.to_owned() },
                        value: ast::InlineExpression::StringLiteral { value: exact.join(" ") },
                    }],
                },
            };
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => rewrite_expression(expression),
        ast::Expression::Inline(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(tag: &str, source: &str, n: i64) -> String {
        let mut bundle = new_bundle(tag).unwrap();
        bundle.set_use_isolating(false);
        bundle.add_resource(FluentResource::try_new(plurals_by_cldr(source)).unwrap()).unwrap();
        let mut args = FluentArgs::new();
        args.set("n", n);
        let pattern = bundle.get_message("m").and_then(|m| m.value()).unwrap();
        bundle.format_pattern(pattern, Some(&args), &mut Vec::new()).into_owned()
    }

    #[test]
    fn a_language_is_parsed_when_first_spoken_and_its_name_is_known_before() {
        let messages = Messages::new();
        let parsed = |m: &Messages| m.bundles.values().filter(|b| b.get().is_some()).count();
        for tag in messages.tags() {
            assert!(messages.language_name(tag).is_some(), "{tag} names itself");
        }
        assert_eq!(parsed(&messages), 0, "naming every language parses none");
        assert_eq!(messages.get("en", "language-name", None).as_deref(), Some("English"));
        assert_eq!(parsed(&messages), 1, "speaking English parses English only");
        // The names read from the sources are the parsed messages, in every language.
        for tag in messages.tags() {
            assert_eq!(
                messages.language_name(tag).map(str::to_owned),
                messages.get(tag, "language-name", None),
                "{tag}"
            );
        }
        assert_eq!(parsed(&messages), messages.bundles.len());
    }

    #[test]
    fn every_language_picks_the_plural_form_cldr_names() {
        let source =
            "m = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
        let mut disagree = Vec::new();
        for tag in MESSAGES.tags() {
            let icu: icu::locale::Locale = tag.parse().unwrap();
            let rules = PluralRules::try_new_cardinal((&icu).into()).unwrap();
            for n in [0i64, 1, 2, 3, 5, 7, 11, 12, 21, 22, 25, 101, 102, 111, 1_000_000] {
                let (ours, cldr) = (render(tag, source, n), category_name(rules.category_for(n)));
                if ours != cldr {
                    disagree.push(format!("{tag} at {n}: {ours}, CLDR says {cldr}"));
                }
            }
        }
        assert!(disagree.is_empty(), "{}", disagree.join("\n"));
        // The forms Fluent's own data got wrong.
        assert_eq!(render("be", source, 22), "few");
        assert_eq!(render("lt", source, 111), "other");
        assert_eq!(render("ar", source, 111), "many");
    }

    #[test]
    fn every_shipped_file_reads_the_same_after_the_rewrite_but_for_its_plural_selects() {
        for (tag, file, source) in SOURCES {
            let rewritten = plurals_by_cldr(source);
            let undo = |s: &str| fluent_syntax::serializer::serialize(&fluent_syntax::parser::parse(s).unwrap());
            let (before, after) = (undo(source), undo(&rewritten));
            let (before, after): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
            assert_eq!(before.len(), after.len(), "{tag}/{file}");
            for (b, a) in before.iter().zip(&after) {
                let plural =
                    a.contains(PLURAL) || a.trim_start().starts_with("[n") || a.trim_start().starts_with("*[n");
                assert!(b == a || plural, "{tag}/{file}: {b:?} became {a:?}");
            }
        }
    }

    #[test]
    fn an_exact_number_beats_its_category_and_text_selects_are_left_alone() {
        let source = "m = { $n ->\n [0] none\n [one] { $n } seat\n *[other] { $n } seats\n}\n";
        assert_eq!(render("en", source, 0), "none");
        assert_eq!(render("en", source, 1), "1 seat");
        assert_eq!(render("en", source, 7), "7 seats");
        let text = "m = { $kind ->\n [site] a site\n *[other] software\n}\n";
        assert!(!plurals_by_cldr(text).contains(PLURAL), "not a select on a number");
        let mut bundle = new_bundle("ru").unwrap();
        bundle.add_resource(FluentResource::try_new(plurals_by_cldr(text)).unwrap()).unwrap();
        let mut args = FluentArgs::new();
        args.set("kind", "site");
        let pattern = bundle.get_message("m").and_then(|m| m.value()).unwrap();
        assert_eq!(bundle.format_pattern(pattern, Some(&args), &mut Vec::new()), "a site");
    }
}
