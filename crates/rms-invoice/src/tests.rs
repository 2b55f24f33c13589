use std::process::Command;

use super::*;

/// The Noto fonts are a machine dependency (Debian's fonts-noto-core and fonts-noto-cjk, installed
/// by `.ci/run`); the renderer is useless without them, so their absence fails the tests.
fn renderer() -> Renderer {
    let fonts = Fonts::load(&default_font_dirs()).expect("Noto fonts are installed");
    Renderer::new(fonts)
}

fn doc(lang: &str, dir: &str, title: &str, buyer: &str, description: &str) -> InvoiceDoc {
    InvoiceDoc {
        lang: lang.into(),
        dir: dir.into(),
        title: title.into(),
        number: "INV-2026-000042".into(),
        facts: vec![Row { label: "Date".into(), amount: "29 Nov 2026".into() }],
        seller_label: "Seller".into(),
        seller: Party { name: "Acme Software".into(), lines: vec!["1 Main St".into(), "VAT DE123".into()] },
        buyer_label: "Buyer".into(),
        buyer: Party { name: buyer.into(), lines: vec!["buyer@example.com".into()] },
        columns: ["Item".into(), "Qty".into(), "Unit".into(), "Amount".into()],
        lines: vec![Line {
            description: description.into(),
            detail: "5 seats".into(),
            quantity: "5".into(),
            unit_price: "$20.00".into(),
            amount: "$100.00".into(),
        }],
        rows: vec![
            Row { label: "Subtotal".into(), amount: "$100.00".into() },
            Row { label: "Promo SAVE10".into(), amount: "−$10.00".into() },
        ],
        total: Row { label: "Total".into(), amount: "$90.00".into() },
        footer: "Thank you for your business.".into(),
        notes: vec!["Reverse charge: the customer accounts for the VAT.".into()],
        logo: None,
        logo_path: None,
    }
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invoice.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext").arg("-enc").arg("UTF-8").arg(&path).arg("-").output().expect("pdftotext runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn an_invoice_is_a_pdf_whose_text_holds_its_number_and_total() {
    let pdf = renderer().render(&doc("en", "ltr", "Invoice", "Jane Doe", "Editor Pro — Annual")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let text = pdf_text(&pdf);
    for expected in ["INV-2026-000042", "$90.00", "Jane Doe", "Editor Pro", "Acme Software", "Promo SAVE10"] {
        assert!(text.contains(expected), "{expected:?} missing from:\n{text}");
    }
}

#[test]
fn the_same_document_gives_the_same_bytes() {
    let r = renderer();
    let d = doc("en", "ltr", "Invoice", "Jane", "Editor");
    assert_eq!(r.render(&d).unwrap(), r.render(&d).unwrap(), "a stored PDF's hash must identify it");
}

#[test]
fn arabic_hebrew_cjk_and_other_scripts_are_set_with_real_glyphs() {
    let r = renderer();
    // Arabic right to left: the text extracted from the PDF is the logical (joined) text again.
    let arabic = r.render(&doc("ar", "rtl", "فاتورة", "شركة النور", "محرر برو")).unwrap();
    let text = pdf_text(&arabic);
    assert!(text.contains("فاتورة") || text.contains("ةروتاف"), "{text}");
    assert!(text.contains("INV-2026-000042"), "{text}");
    for (lang, name) in [
        ("he", "חברת אור"),
        ("fa", "شرکت نور"),
        ("ur", "روشنی کمپنی"),
        ("ja", "株式会社テスト"),
        ("zh", "测试公司"),
        ("hy", "Թեստ ընկերություն"),
        ("ka", "ტესტი კომპანია"),
        ("hi", "परीक्षण कंपनी"),
        ("th", "บริษัท ทดสอบ"),
        ("ru", "ООО Тест"),
        ("el", "Δοκιμή ΑΕ"),
    ] {
        let dir = if matches!(lang, "he" | "fa" | "ur") { "rtl" } else { "ltr" };
        let pdf = r.render(&doc(lang, dir, "Invoice", name, "Editor")).unwrap();
        // A missing glyph is typeset as .notdef; embedded font names tell which families were used.
        let raw = String::from_utf8_lossy(&pdf);
        assert!(raw.contains("NotoSans"), "{lang}: no Noto font embedded");
        let text = pdf_text(&pdf);
        let first_word: String = name.split_whitespace().next().unwrap().chars().take(2).collect();
        assert!(
            text.contains(&first_word) || text.chars().rev().collect::<String>().contains(&first_word),
            "{lang}: {first_word:?} not in {text}"
        );
    }
}

#[test]
fn customer_text_cannot_inject_markup() {
    let pdf = renderer().render(&doc("en", "ltr", "Invoice", "#panic(\"x\") *bold* $x$", "Editor")).unwrap();
    let text = pdf_text(&pdf);
    assert!(text.contains("#panic(\"x\") *bold* $x$"), "the name is printed as typed: {text}");
}

#[test]
fn missing_fonts_are_a_clear_error() {
    let empty = tempfile::tempdir().unwrap();
    let err = Fonts::load(&[empty.path().to_path_buf()]).err().unwrap().to_string();
    assert!(err.contains("fonts-noto-core"), "{err}");
}

#[test]
fn a_lazy_renderer_reads_the_fonts_on_first_use_and_retries_until_they_are_installed() {
    use rms_core::invoice::InvoiceRenderer as _;
    let dir = tempfile::tempdir().unwrap();
    let lazy = LazyRenderer::new(vec![dir.path().to_path_buf()]);
    let invoice = doc("en", "ltr", "Invoice", "ACME Ltd", "Editor");
    let err = lazy.render(&invoice).unwrap_err();
    assert!(err.contains("fonts-noto-core"), "{err}");
    // The operator installs the fonts: the next attempt renders, without a restart.
    for face in ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"] {
        let installed = default_font_dirs().into_iter().map(|d| d.join(face)).find(|p| p.exists()).unwrap();
        std::os::unix::fs::symlink(installed, dir.path().join(face)).unwrap();
    }
    let pdf = lazy.render(&invoice).unwrap();
    assert!(pdf_text(&pdf).contains("ACME Ltd"));
}

/// An 8×8 PNG.
const PNG: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGNQSDiAFTEMLQkAGplQAT43V5gAAAAASUVORK5CYII=";

#[test]
fn a_logo_takes_the_place_of_the_wordmark() {
    use base64::Engine;
    let png = base64::engine::general_purpose::STANDARD.decode(PNG).unwrap();
    assert_eq!(LogoFormat::sniff(&png), Some(LogoFormat::Png));
    assert_eq!(
        LogoFormat::sniff(b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>"),
        Some(LogoFormat::Svg)
    );
    assert_eq!(LogoFormat::sniff(b"GIF89a"), None);
    let r = renderer();
    let mut d = doc("en", "ltr", "Invoice", "Jane", "Editor");
    let plain = r.render(&d).unwrap();
    assert!(!String::from_utf8_lossy(&plain).contains("/XObject"), "no image without a logo");
    d.logo = Some(Logo { bytes: png, format: LogoFormat::Png });
    let pdf = r.render(&d).unwrap();
    assert!(String::from_utf8_lossy(&pdf).contains("/XObject"), "the logo is embedded as an image");
    let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><rect width="40" height="10" fill="#1a4"/></svg>"##;
    d.logo = Some(Logo { bytes: svg.to_vec(), format: LogoFormat::Svg });
    assert!(r.render(&d).unwrap().starts_with(b"%PDF-"));
    // A file that claims to be a PNG but is not fails to typeset, with a clear error.
    d.logo = Some(Logo { bytes: b"\x89PNG\r\n\x1a\nnot really".to_vec(), format: LogoFormat::Png });
    assert!(r.render(&d).is_err());
}

#[test]
fn isolation_marks_stay_out_of_the_pdf_metadata() {
    let mut d = doc("ar", "rtl", "فاتورة", "شركة النور", "محرر برو");
    // As the application passes it: isolated, so it keeps its order inside Arabic text.
    d.seller.name = "\u{2068}Acme Software\u{2069}".into();
    let pdf = renderer().render(&d).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("invoice.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = Command::new("pdfinfo").arg("-enc").arg("UTF-8").arg(&path).output().expect("pdfinfo runs");
    let info = String::from_utf8(out.stdout).unwrap();
    let field = |name: &str| info.lines().find_map(|l| l.strip_prefix(name)).map(str::trim).unwrap_or("").to_owned();
    assert_eq!(field("Author:"), "Acme Software", "{info}");
    assert_eq!(field("Title:"), "فاتورة INV-2026-000042", "{info}");
}
