//! The "In other languages" part of the product and plan forms: one set of fields per language,
//! named `<field>.<tag>` (`name.ar`, `description.ar`, `features.ar`), read back into the
//! catalog's texts by language.

use std::collections::HashMap;

use rms_core::product::{CatalogText, CatalogTexts};

/// One language's fields as the form shows them.
pub struct TextRow {
    pub tag: &'static str,
    /// The language's name for itself.
    pub language: &'static str,
    pub name: String,
    pub description: String,
    /// One feature per line.
    pub features: String,
}

/// A row for every language, filled from `texts`.
pub fn rows(texts: &CatalogTexts) -> Vec<TextRow> {
    rms_i18n::Locale::all()
        .map(|l| {
            let text = texts.get(l.tag()).cloned().unwrap_or_default();
            TextRow {
                tag: l.tag(),
                language: l.name(),
                name: text.name,
                description: text.description,
                features: text.features.join("\n"),
            }
        })
        .collect()
}

/// The texts typed in a form's `<field>.<tag>` fields (other fields are ignored). Languages left
/// empty are dropped by the catalog's own checks.
pub fn from_form(fields: &HashMap<String, String>) -> CatalogTexts {
    let mut texts = CatalogTexts::new();
    for (key, value) in fields {
        let Some((field, tag)) = key.split_once('.') else { continue };
        if !matches!(field, "name" | "description" | "features") {
            continue;
        }
        let text: &mut CatalogText = texts.entry(tag.to_owned()).or_default();
        match field {
            "name" => text.name.clone_from(value),
            "description" => text.description.clone_from(value),
            _ => text.features = value.lines().map(str::to_owned).collect(),
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_named_by_language_become_that_languages_texts() {
        let fields: HashMap<String, String> = [
            ("name.ar", "محرر"),
            ("features.ar", "سريع\nآمن"),
            ("description.de", "Ein *Editor*."),
            ("csrf", "x"),
            ("name", "Editor"),
            ("foo.bar", "not a field of ours"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let texts = from_form(&fields);
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert_eq!(texts["ar"].name, "محرر");
        assert_eq!(texts["ar"].features, ["سريع", "آمن"]);
        assert_eq!(texts["de"].description, "Ein *Editor*.");
        let shown = rows(&texts);
        assert_eq!(shown.len(), rms_i18n::Locale::all().count());
        let arabic = shown.iter().find(|r| r.tag == "ar").unwrap();
        assert_eq!((arabic.name.as_str(), arabic.features.as_str()), ("محرر", "سريع\nآمن"));
    }
}
