//! Products as the catalog names them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::account::InvalidInput;

/// A product's or a plan's own words in one language. A field left empty shows the words of the
/// store's main language (the product's `name`, `description`, `features`); plans have no
/// description.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CatalogText {
    pub name: String,
    /// Markdown (products only).
    pub description: String,
    pub features: Vec<String>,
}

impl CatalogText {
    /// Nothing is given: the main language shows for every field.
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.description.trim().is_empty() && self.features.is_empty()
    }
}

/// A product's or a plan's texts by language tag (`ar`, `pt-BR`).
pub type CatalogTexts = BTreeMap<String, CatalogText>;

/// A product's URL name: 2 to 64 lowercase ASCII letters, digits and inner dashes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, InvalidInput> {
        let ok = (2..=64).contains(&raw.len())
            && raw.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-')
            && !raw.ends_with('-')
            && !raw.contains("--");
        if ok { Ok(Self(raw.to_owned())) } else { Err(InvalidInput::Slug) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a product's licenses bind to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProductKind {
    /// Desktop, CLI and API clients, bound to machines.
    Software,
    /// Web products, bound to domains.
    Site,
}

impl std::fmt::Display for ProductKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for ProductKind {
    type Error = InvalidInput;
    fn try_from(s: String) -> Result<Self, InvalidInput> {
        Self::parse(&s)
    }
}

impl ProductKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProductKind::Software => "software",
            ProductKind::Site => "site",
        }
    }

    pub fn parse(s: &str) -> Result<Self, InvalidInput> {
        match s {
            "software" => Ok(ProductKind::Software),
            "site" => Ok(ProductKind::Site),
            _ => Err(InvalidInput::ProductKind),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe_names() {
        for ok in ["my-app", "app2", "wp-seo-pro"] {
            assert!(Slug::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a", "My-App", "my_app", "-app", "app-", "my--app", "app/../x", &"a".repeat(65)] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }
}
