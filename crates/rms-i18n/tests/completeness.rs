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
