//! Markdown written by admins (release notes) as safe HTML: CommonMark with tables and
//! strikethrough, raw HTML shown as text, links only to `http(s)`/`mailto` and opened with
//! `rel="noopener noreferrer"`, images shown as links (no third-party pixels in customers' pages).

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

/// Escapes text for HTML (and XML) content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a link may point there: web pages and email only (no `javascript:`, `data:`, …).
fn allowed(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme))
}

fn anchor(url: &CowStr<'_>) -> Event<'static> {
    if allowed(url) {
        Event::Html(format!("<a href=\"{}\" rel=\"noopener noreferrer\">", escape(url)).into())
    } else {
        // The text stays; the link goes.
        Event::Html("<span>".into())
    }
}

/// `markdown` as HTML that is safe to put in a page as is.
pub fn to_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut open: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link { dest_url, .. }) => {
            open.push(allowed(&dest_url));
            anchor(&dest_url)
        }
        Event::Start(Tag::Image { dest_url, .. }) => {
            open.push(allowed(&dest_url));
            anchor(&dest_url)
        }
        Event::End(TagEnd::Link | TagEnd::Image) => {
            Event::Html(if open.pop().unwrap_or(false) { "</a>" } else { "</span>" }.into())
        }
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_render_without_raw_html_or_dangerous_links() {
        let html = to_html("## Faster\n\n- **exports** in [the docs](https://example.com/a?b=1&c=\"2\")\n");
        assert!(html.contains("<h2>Faster</h2>"), "{html}");
        assert!(html.contains("<strong>exports</strong>"));
        assert!(
            html.contains(
                "<a href=\"https://example.com/a?b=1&amp;c=&quot;2&quot;\" rel=\"noopener noreferrer\">the docs</a>"
            ),
            "{html}"
        );
        let hostile = to_html("<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)> [x](javascript:alert(1))");
        assert!(!hostile.contains("<script"), "{hostile}");
        assert!(!hostile.contains("<img"), "{hostile}");
        assert!(!hostile.contains("href=\"javascript"), "{hostile}");
        assert!(hostile.contains("&lt;script&gt;"), "raw HTML is shown as text: {hostile}");
        let image = to_html("![logo](https://example.com/l.png) ![t](http://x/p.gif?track)");
        assert!(!image.contains("<img"), "{image}");
        assert!(image.contains("rel=\"noopener noreferrer\">logo</a>"), "{image}");
    }
}
