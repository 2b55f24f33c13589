//! What an invoice document shows, already localised, and the port that turns it into a PDF
//! (implemented by the `rms-invoice` crate with typst).

use serde::Serialize;

/// A party on the invoice.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Party {
    pub name: String,
    /// Address, email, tax id: one per line, already labelled where needed.
    pub lines: Vec<String>,
}

/// One row of the line table, every cell already formatted.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Line {
    pub description: String,
    pub detail: String,
    pub quantity: String,
    pub unit_price: String,
    pub amount: String,
}

/// A labelled amount under the table (subtotal, discounts).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Row {
    pub label: String,
    pub amount: String,
}

/// Everything an invoice shows, localised.
#[derive(Clone, Debug, Default, Serialize)]
pub struct InvoiceDoc {
    /// BCP 47 tag (`ar`, `ja`): picks hyphenation and shaping rules.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// "Invoice" or "Credit note", in the buyer's language.
    pub title: String,
    pub number: String,
    /// Label/value pairs under the title: issue date, payment method, the cancelled invoice.
    pub facts: Vec<Row>,
    pub seller_label: String,
    pub seller: Party,
    pub buyer_label: String,
    pub buyer: Party,
    /// Column headings: description, quantity, unit price, amount.
    pub columns: [String; 4],
    pub lines: Vec<Line>,
    pub rows: Vec<Row>,
    pub total: Row,
    /// Legal text at the bottom.
    pub footer: String,
    /// Notes under the totals: mentions the law asks for (a reverse charge).
    pub notes: Vec<String>,
    /// The seller's logo, shown in the header instead of the name as a wordmark.
    #[serde(skip)]
    pub logo: Option<Logo>,
    /// Set by the renderer: the logo's path inside the document (`/logo.png`).
    pub logo_path: Option<String>,
}

/// An image file: PNG or SVG.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo {
    pub bytes: Vec<u8>,
    pub format: LogoFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogoFormat {
    Png,
    Svg,
}

impl LogoFormat {
    /// The format of these bytes, when they look like a PNG or an SVG file.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(LogoFormat::Png);
        }
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
        (head.trim_start().starts_with("<svg") || (head.trim_start().starts_with("<?xml") && head.contains("<svg")))
            .then_some(LogoFormat::Svg)
    }

    pub fn extension(self) -> &'static str {
        match self {
            LogoFormat::Png => "png",
            LogoFormat::Svg => "svg",
        }
    }
}

/// Turns an invoice document into PDF bytes. Deterministic: the same document, the same bytes.
pub trait InvoiceRenderer: Send + Sync {
    fn render(&self, doc: &InvoiceDoc) -> Result<Vec<u8>, String>;
}
