//! Writes a sample invoice to a file, to look at the layout while changing the template:
//! `cargo run -p rms-invoice --example sample -- /tmp/invoice.pdf ar`.

use rms_invoice::{Fonts, InvoiceDoc, Line, Party, Renderer, Row, default_font_dirs};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "invoice.pdf".to_owned());
    let rtl = args.next().as_deref() == Some("ar");
    let t = |en: &str, ar: &str| if rtl { ar.to_owned() } else { en.to_owned() };
    let doc = InvoiceDoc {
        lang: t("en", "ar"),
        dir: t("ltr", "rtl"),
        title: t("Invoice", "فاتورة"),
        number: "INV-2026-000042".into(),
        facts: vec![
            Row { label: t("Date", "التاريخ"), amount: t("November 29, 2026", "29 نوفمبر 2026") },
            Row { label: t("Payment", "الدفع"), amount: t("Wallet balance", "رصيد المحفظة") },
        ],
        seller_label: t("From", "من"),
        seller: Party {
            name: "Acme Software GmbH".into(),
            lines: vec!["Hauptstraße 1".into(), "10115 Berlin, Germany".into(), "Tax ID: DE123456789".into()],
        },
        buyer_label: t("Billed to", "فاتورة إلى"),
        buyer: Party { name: t("Jane Doe", "ليلى"), lines: vec!["jane@example.com".into()] },
        columns: [t("Item", "البند"), t("Qty", "الكمية"), t("Unit price", "سعر الوحدة"), t("Amount", "المبلغ")],
        lines: vec![Line {
            description: "Editor Pro — Annual".into(),
            detail: t("5 seats", "5 مقاعد"),
            quantity: "5".into(),
            unit_price: "$20.00".into(),
            amount: "$100.00".into(),
        }],
        rows: vec![
            Row { label: t("Subtotal", "المجموع الفرعي"), amount: "$100.00".into() },
            Row { label: t("Promo code SPRING", "رمز الخصم SPRING"), amount: "-$10.00".into() },
        ],
        total: Row { label: t("Total", "الإجمالي"), amount: "$90.00".into() },
        footer: "Acme Software GmbH · Registered in Berlin HRB 12345".into(),
        notes: Vec::new(),
        logo: None,
        logo_path: None,
    };
    let pdf = Renderer::new(Fonts::load(&default_font_dirs())?).render(&doc)?;
    std::fs::write(&out, pdf)?;
    println!("wrote {out}");
    Ok(())
}
