//! Every locale has exactly the messages English has, with no variable English does not pass.
//! Adding a key to `en` without translating it everywhere fails here, naming the locale and key.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// message id (or `id.attribute`) → variables it references.
type Catalog = BTreeMap<String, BTreeSet<String>>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_variables(&v.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
        }
        _ => {}
    }
}

fn catalog(locale_dir: &Path) -> Catalog {
    let mut catalog = Catalog::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(locale_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", file.display()));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(v) = &value {
                collect_variables(v, &mut vars);
            }
            assert!(catalog.insert(id.clone(), vars).is_none(), "{id} is defined twice in {}", locale_dir.display());
            for a in attributes {
                let mut vars = BTreeSet::new();
                collect_variables(&a.value, &mut vars);
                catalog.insert(format!("{id}.{}", a.id.name), vars);
            }
        }
    }
    catalog
}

#[test]
fn every_locale_has_exactly_the_keys_and_variables_of_english() {
    let english = catalog(&locales_dir().join("en"));
    assert!(english.contains_key("language-name"));
    let mut problems = Vec::new();
    let mut locales = 0;
    for entry in std::fs::read_dir(locales_dir()).unwrap() {
        let dir = entry.unwrap().path();
        let tag = dir.file_name().unwrap().to_string_lossy().into_owned();
        if !dir.is_dir() || tag == "en" {
            continue;
        }
        locales += 1;
        let other = catalog(&dir);
        for (key, vars) in &english {
            match other.get(key) {
                None => problems.push(format!("{tag}: missing {key}")),
                Some(theirs) => {
                    for v in theirs.difference(vars) {
                        problems.push(format!("{tag}: {key} uses ${v}, which English does not pass"));
                    }
                }
            }
        }
        for key in other.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!("{tag}: has {key}, which English lacks"));
        }
    }
    assert!(locales >= 2, "expected the shipped locales next to en");
    assert!(problems.is_empty(), "locale catalogues disagree with English:\n{}", problems.join("\n"));
}

#[test]
fn every_shipped_locale_is_known_to_the_runtime_with_its_own_name() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let compiled: BTreeSet<String> = rms_i18n::Locale::all().map(|l| l.tag().to_owned()).collect();
    assert_eq!(on_disk, compiled);
    for l in rms_i18n::Locale::all().filter(|l| l.tag() != "en") {
        assert_ne!(l.name(), "English", "{} names itself", l.tag());
    }
}

#[test]
fn arabic_reads_right_to_left_and_the_others_left_to_right() {
    use rms_i18n::{Direction, Locale};
    assert_eq!(Locale::parse("ar").unwrap().dir(), Direction::Rtl);
    assert_eq!(Locale::parse("ru").unwrap().dir(), Direction::Ltr);
    assert_eq!(Locale::parse("en").unwrap().dir(), Direction::Ltr);
}

#[test]
fn plural_forms_follow_each_languages_rules() {
    use rms_i18n::{Arg, Locale};
    let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
    let ru = Locale::parse("ru").unwrap();
    assert_eq!(strip(ru.t_args("landing-languages", &[("count", Arg::Number(21))])), "Доступно на 21 языке.");
    assert_eq!(strip(ru.t_args("landing-languages", &[("count", Arg::Number(3))])), "Доступно на 3 языках.");
    let ar = Locale::parse("ar").unwrap();
    assert_eq!(strip(ar.t_args("landing-languages", &[("count", Arg::Number(2))])), "متوفر بلغتين.");
    let en = Locale::english();
    assert_eq!(strip(en.t_args("landing-languages", &[("count", Arg::Number(1))])), "Available in 1 language.");
}

/// The 45 languages of `LANGUAGES.md`; the four written right to left.
const LANGUAGES: [&str; 45] = [
    "en", "ar", "he", "fa", "ur", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "cs", "sk", "hu", "ro", "bg", "el",
    "hr", "sr", "sl", "sv", "da", "nb", "fi", "et", "lv", "lt", "tr", "ru", "uk", "be", "kk", "uz", "az", "ka", "hy",
    "zh-CN", "zh-TW", "ja", "ko", "hi", "th", "vi", "id",
];
const RIGHT_TO_LEFT: [&str; 4] = ["ar", "he", "fa", "ur"];

#[test]
fn all_45_languages_ship_with_their_direction() {
    use rms_i18n::{Direction, Locale};
    let shipped: BTreeSet<&str> = Locale::all().map(|l| l.tag()).collect();
    assert_eq!(shipped, LANGUAGES.into_iter().collect::<BTreeSet<_>>());
    for l in Locale::all() {
        let rtl = RIGHT_TO_LEFT.contains(&l.tag());
        assert_eq!(l.dir(), if rtl { Direction::Rtl } else { Direction::Ltr }, "{}", l.tag());
    }
}

/// Names and codes every language writes as English does.
const NAMES_AND_CODES: [&str; 5] = ["PayPal", "Telegram", "SWIFT/BIC", "Sparkle (SUPublicEDKey)", "Tauri (pubkey)"];

/// Words a language writes exactly as English does (checked by the translator of each; see the
/// language's GLOSSARY.md). Anything else equal to English is an untranslated message.
const SAME_AS_ENGLISH: &[(&str, &[&str])] = &[
    ("az", &["Bank", "Beta", "Plan", "Status"]),
    ("cs", &["Beta", "Logo", "Role"]),
    (
        "da",
        &[
            "Administration",
            "Bank",
            "Beta",
            "Downloads",
            "Gateway",
            "Job",
            "Logo",
            "Menu",
            "Platform",
            "Reference",
            "Status",
            "Subtotal",
            "Support",
            "Upload",
            "Version",
        ],
    ),
    (
        "de",
        &[
            "Alpha",
            "Bank",
            "Beta",
            "Code",
            "Details",
            "Downloads",
            "Logo",
            "Name",
            "Release",
            "Releases",
            "Status",
            "Support",
            "Version",
            "WordPress (optional)",
        ],
    ),
    ("es", &["Beta", "Plan", "Subtotal", "Total"]),
    ("et", &["Logo", "Number"]),
    ("fi", &["Beta", "Logo"]),
    (
        "fr",
        &[
            "Action",
            "Actions",
            "Activations",
            "Active",
            "Administration",
            "Alpha",
            "Code",
            "Commissions",
            "Date",
            "Description (Markdown)",
            "Logo",
            "Menu",
            "Message",
            "Net",
            "Notifications",
            "Source",
            "Stable",
            "Total",
            "Validations",
            "Version",
            "public",
        ],
    ),
    ("hr", &["Beta", "Status", "Telegram bot"]),
    ("hu", &["Platform"]),
    ("id", &["Bank", "Beta", "Email", "Item", "Label", "Logo", "Menu", "Platform", "Status", "Subtotal", "Total"]),
    ("it", &["Beta", "Email", "File", "Gateway", "Home", "Logo", "Menu", "Password"]),
    ("lt", &["Beta"]),
    ("lv", &["Beta"]),
    ("nb", &["Bank", "Beta", "Logo", "Status"]),
    (
        "nl",
        &[
            "Bank",
            "Code",
            "Details",
            "Downloads",
            "Label",
            "Logo",
            "Menu",
            "Platform",
            "Product",
            "Status",
            "Week",
            "week",
        ],
    ),
    ("pl", &["Bank", "Beta", "Logo", "Menu", "Plan", "Status"]),
    ("pt-BR", &["Beta", "Downloads", "Gateway", "Item", "Menu", "Status", "Subtotal", "Total"]),
    ("ro", &["Beta", "Brand", "Gateway", "Logo", "Net", "Plan", "Subtotal", "Total", "public"]),
    ("sk", &["Beta", "Logo"]),
    ("sl", &["Beta"]),
    ("sv", &["Administration", "Bank", "Beta", "Period", "Status", "Support", "Version"]),
    ("tr", &["Beta", "Logo", "Net", "Plan", "Platform"]),
    ("uz", &["Bank", "Beta", "Telegram bot"]),
];

/// message id → its text with every placeable as `{}` (messages with a value only).
fn texts(locale_dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for file in std::fs::read_dir(locale_dir).unwrap().map(|e| e.unwrap().path()) {
        if file.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
        for entry in resource.body {
            if let ast::Entry::Message(ast::Message { id, value: Some(value), .. }) = entry {
                let text: String = value
                    .elements
                    .iter()
                    .map(|e| match e {
                        ast::PatternElement::TextElement { value } => *value,
                        ast::PatternElement::Placeable { .. } => "{}",
                    })
                    .collect();
                out.insert(id.name.to_owned(), text.trim().to_owned());
            }
        }
    }
    out
}

#[test]
fn no_message_is_left_in_english_but_names_codes_and_words_the_language_shares() {
    let english = texts(&locales_dir().join("en"));
    let mut left = Vec::new();
    for tag in LANGUAGES.into_iter().filter(|t| *t != "en") {
        let shared = SAME_AS_ENGLISH.iter().find(|(t, _)| *t == tag).map_or(&[][..], |(_, words)| *words);
        for (key, text) in texts(&locales_dir().join(tag)) {
            let Some(en) = english.get(&key) else { continue };
            let letters = en.chars().filter(|c| c.is_alphabetic()).count();
            if *en == text && letters >= 3 && !NAMES_AND_CODES.contains(&en.as_str()) && !shared.contains(&en.as_str())
            {
                left.push(format!("{tag}: {key} = {en:?}"));
            }
        }
    }
    assert!(left.is_empty(), "left in English:\n{}", left.join("\n"));
}

/// Every select on a number in `locale_dir`'s messages: (message id, variable, exact numbers it
/// names as keys).
fn plural_selects(locale_dir: &Path) -> Vec<(String, String, Vec<String>)> {
    fn walk(expression: &ast::Expression<&str>, id: &str, out: &mut Vec<(String, String, Vec<String>)>) {
        if let ast::Expression::Select { selector: ast::InlineExpression::VariableReference { id: var }, variants } =
            expression
        {
            let categories = ["zero", "one", "two", "few", "many", "other"];
            let plural = variants.iter().all(|v| match &v.key {
                ast::VariantKey::Identifier { name } => categories.contains(name),
                ast::VariantKey::NumberLiteral { .. } => true,
            });
            if plural {
                let exact = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::NumberLiteral { value } => Some((*value).to_owned()),
                        ast::VariantKey::Identifier { .. } => None,
                    })
                    .collect();
                out.push((id.to_owned(), var.name.to_owned(), exact));
            }
        }
        if let ast::Expression::Select { variants, .. } = expression {
            for v in variants {
                for e in &v.value.elements {
                    if let ast::PatternElement::Placeable { expression } = e {
                        walk(expression, id, out);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for file in std::fs::read_dir(locale_dir).unwrap().map(|e| e.unwrap().path()) {
        if file.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&file).unwrap();
        for entry in fluent_syntax::parser::parse(source.as_str()).unwrap().body {
            if let ast::Entry::Message(ast::Message { id, value: Some(value), .. }) = entry {
                for e in &value.elements {
                    if let ast::PatternElement::Placeable { expression } = e {
                        walk(expression, id.name, &mut out);
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_plural_message_renders_in_every_language_at_0_1_2_5_11_21_101() {
    use rms_i18n::{Arg, Locale};
    let english = catalog(&locales_dir().join("en"));
    let mut problems = Vec::new();
    for locale in Locale::all() {
        let rules = icu::plurals::PluralRules::try_new_cardinal(locale.icu().into()).unwrap();
        // The numbers each category stands for: a form standing for several must show the number.
        let mut covers: BTreeMap<String, usize> = BTreeMap::new();
        for n in 0u32..=200 {
            *covers.entry(format!("{:?}", rules.category_for(n))).or_default() += 1;
        }
        let selects = plural_selects(&locales_dir().join(locale.tag()));
        for (id, var, exact) in &selects {
            let numbers: BTreeSet<&String> = selects.iter().filter(|s| &s.0 == id).map(|s| &s.1).collect();
            for n in [0i64, 1, 2, 5, 11, 21, 101] {
                let args: Vec<(&'static str, Arg)> = english[id]
                    .iter()
                    .map(|v| {
                        let name: &'static str = Box::leak(v.clone().into_boxed_str());
                        (name, if numbers.contains(v) { Arg::Number(n) } else { Arg::from("ZZ") })
                    })
                    .collect();
                let text = locale.t_args(id, &args).replace(['\u{2068}', '\u{2069}'], "");
                if text == *id || text.contains("{$") || text.contains("{ $") || text.trim().is_empty() {
                    problems.push(format!("{} {id} at {n}: {text:?}", locale.tag()));
                    continue;
                }
                let category = format!("{:?}", rules.category_for(n as u32));
                let several = covers.get(&category).copied().unwrap_or(0) > 1;
                // The number as the language writes it (Persian ۲۱).
                let written = locale.format_integer(n);
                if several && !exact.contains(&n.to_string()) && !text.contains(&written) {
                    problems
                        .push(format!("{} {id} (${var}) at {n} ({category}) hides the number: {text:?}", locale.tag()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "plural messages that do not render right:\n{}", problems.join("\n"));
}

#[test]
fn back_arrows_point_to_where_a_line_starts_in_each_direction() {
    // Arrows are not mirrored by the bidi algorithm: "back" in a right-to-left page points right.
    for locale in rms_i18n::Locale::all() {
        let back = locale.t("store-back");
        let (toward_start, away) = if RIGHT_TO_LEFT.contains(&locale.tag()) { ('→', '←') } else { ('←', '→') };
        assert!(back.contains(toward_start) && !back.contains(away), "{}: {back}", locale.tag());
    }
}
