//! Rendering a stored notification in a person's language: its arguments, the subject, the text
//! and HTML parts of a message, and the entry the in-app list shows.

use rms_core::Timestamp;
use rms_core::notifications::NotificationKind;
use rms_i18n::{Arg, Locale};
use rms_store::notifications::NotificationRow;

use super::{Message, Notifications, Recipient, Shown};
use crate::{AppError, markdown};

/// The arguments a notification's messages may take, by name (Fluent wants them `'static`).
const ARGS: [&str; 16] = [
    "product",
    "plan",
    "device",
    "version",
    "channel",
    "days",
    "key_name",
    "invoice",
    "status",
    "link",
    "count",
    "reference",
    "gateway",
    "headline",
    "text",
    "reason",
];

/// Sums among the arguments: (argument, minor units, currency) as the data names them.
const MONEY: [(&str, &str, &str); 2] =
    [("amount", "amount_minor", "currency"), ("paid", "paid_minor", "paid_currency")];

impl Notifications {
    /// The arguments of a stored notification, with the person's name (an amount stored as
    /// `amount_minor` and `currency` written the person's way), and its link.
    fn args(&self, data: &str, name: &str, locale: Locale) -> (Vec<(&'static str, Arg)>, Option<String>) {
        let data: serde_json::Map<String, serde_json::Value> = serde_json::from_str(data).unwrap_or_default();
        let link = data.get("link").and_then(|l| l.as_str()).map(|l| format!("{}{l}", self.base_url));
        let mut args = vec![("name", Arg::from(name))];
        // Sums are stored as minor units and a currency, and written the person's way.
        for (arg, minor, currency) in MONEY {
            let minor = data.get(minor).and_then(serde_json::Value::as_i64);
            let currency = data.get(currency).and_then(|c| c.as_str()).and_then(|c| rms_core::Currency::parse(c).ok());
            if let (Some(minor), Some(currency)) = (minor, currency) {
                args.push((arg, Arg::from(locale.format_money(rms_core::Money::new(minor, currency)))));
            }
        }
        // A day stored as milliseconds (`date_ms`), written the person's way.
        if let Some(ms) = data.get("date_ms").and_then(serde_json::Value::as_i64) {
            args.push(("date", Arg::from(locale.format_date(Timestamp::from_millis(ms)))));
        }
        // A product or plan name the vendor translated, in the reader's language.
        let translated = |key: &str| {
            data.get("names").and_then(|n| n.get(key)).and_then(|n| n.get(locale.tag())).and_then(|n| n.as_str())
        };
        for key in ARGS {
            if let Some(name) = translated(key) {
                args.push((key, Arg::from(name)));
                continue;
            }
            match data.get(key) {
                Some(serde_json::Value::String(s)) => {
                    let value = if key == "link" { format!("{}{s}", self.base_url) } else { s.clone() };
                    args.push((key, Arg::from(value)));
                }
                Some(serde_json::Value::Number(n)) => args.push((key, Arg::Number(n.as_i64().unwrap_or_default()))),
                _ => {}
            }
        }
        (args, link)
    }

    /// Who emails come from: the store's name (else the seller's), and the address of its logo
    /// when one is set (the digest in it changes with the logo, so no mail client
    /// shows a stale one).
    pub async fn brand(&self) -> Result<Brand, AppError> {
        let brand = crate::brand::Brand::from_pairs(&rms_store::billing::settings(&self.db).await?);
        let logo = brand.logo_version.as_ref().map(|v| format!("{}/brand/logo?v={v}", self.base_url));
        let sender = brand.sender_name().map(str::to_owned);
        Ok(Brand { name: brand.display_name, logo, sender })
    }

    /// Renders notification `n` for `to`.
    pub fn render(&self, n: &NotificationRow, to: &Recipient, brand: &Brand) -> Message {
        let locale = to.locale;
        let (args, link) = self.args(&n.data, &to.name, locale);
        let subject = locale.t_args(&format!("notify-{}-subject", n.kind), &args);
        let body = body_of(locale, n.kind, &args);
        let unsubscribe = (!n.kind.is_security()).then(|| self.unsubscribe.link(&self.base_url, to.user_id, n.kind));
        let mut text = body.clone();
        if let Some(link) = &link {
            text.push_str(&format!("\n\n{link}"));
        }
        let footer = locale.t_args("notify-footer", &[("seller", Arg::from(brand.name.as_str()))]);
        text.push_str(&format!("\n\n-- \n{footer}"));
        if let Some(u) = &unsubscribe {
            text.push_str(&format!("\n{}: {u}", locale.t("notify-unsubscribe")));
        }
        let html = html_document(locale, brand, &subject, &body, link.as_deref(), &footer, unsubscribe.as_deref());
        // Fluent isolates arguments with invisible marks: HTML renders them, but plain-text
        // clients and Telegram may show them.
        let plain = rms_i18n::without_isolation;
        Message {
            id: n.id,
            kind: n.kind,
            subject: plain(&subject),
            text: plain(&text),
            html,
            unsubscribe,
            from_name: brand.sender.clone(),
        }
    }

    pub(super) fn show(&self, n: &NotificationRow, locale: Locale, name: &str) -> Shown {
        let (args, link) = self.args(&n.data, name, locale);
        Shown {
            id: n.id,
            kind: n.kind,
            title: locale.t_args(&format!("notify-{}-subject", n.kind), &args),
            body: body_of(locale, n.kind, &args),
            link,
            created_at: n.created_at,
            read: n.read_at.is_some(),
        }
    }
}

/// A notification's body: its message, and its `-details` paragraph when the stored data has
/// every argument that one needs (a lookup that cannot be filled answers its key).
fn body_of(locale: Locale, kind: NotificationKind, args: &[(&'static str, Arg)]) -> String {
    let body = locale.t_args(&format!("notify-{kind}-body"), args);
    let key = format!("notify-{kind}-details");
    match locale.t_args(&key, args) {
        details if details == key => body,
        details => format!("{body}\n\n{details}"),
    }
}

/// The seller the emails speak for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Brand {
    pub name: String,
    /// Where their logo is served, if they set one.
    pub logo: Option<String>,
    /// The name emails go out under, once the store or seller is named.
    pub sender: Option<String>,
}

/// The HTML part: the same words as the text part, in the person's language and direction,
/// under the seller's logo or name.
fn html_document(
    locale: Locale,
    brand: &Brand,
    subject: &str,
    body: &str,
    link: Option<&str>,
    footer: &str,
    unsubscribe: Option<&str>,
) -> String {
    let e = markdown::escape;
    let paragraphs: String = body.split("\n\n").map(|p| format!("<p>{}</p>\n", e(p).replace('\n', "<br>"))).collect();
    let button = link
        .map(|l| {
            format!("<p><a href=\"{}\" style=\"font-weight:bold\">{}</a></p>\n", e(l), e(&locale.t("notify-open")))
        })
        .unwrap_or_default();
    let unsub = unsubscribe
        .map(|u| format!(" · <a href=\"{}\">{}</a>", e(u), e(&locale.t("notify-unsubscribe"))))
        .unwrap_or_default();
    let header = match &brand.logo {
        Some(src) => format!("<p><img src=\"{}\" alt=\"{}\" style=\"max-height:48px\"></p>\n", e(src), e(&brand.name)),
        None => format!("<p style=\"font-size:large;font-weight:bold\">{}</p>\n", e(&brand.name)),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n\
         <body style=\"font-family:'Noto Sans',Arial,sans-serif;line-height:1.5\">\n{header}{paragraphs}{button}\
         <hr><p style=\"color:#666;font-size:small\">{footer}{unsub}</p>\n</body></html>\n",
        lang = locale.tag(),
        dir = locale.dir().as_str(),
        title = e(subject),
        footer = e(footer),
    )
}
