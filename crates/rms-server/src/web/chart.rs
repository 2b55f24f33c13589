//! Charts drawn on the server as SVG: no script, no chart library, readable by screen readers
//! (`role="img"` named by its `<title>` and described by its `<desc>`, every point with its own
//! `<title>`), and mirrored for right-to-left languages (time runs from right to left, the value
//! axis stands on the right). The page puts the figures in a table beside it.

use std::fmt::Write;

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 260.0;
/// Room for the value axis' labels, the date labels, and a margin.
const AXIS: f64 = 72.0;
const BOTTOM: f64 = 40.0;
const MARGIN: f64 = 16.0;
/// At most this many date labels under the chart.
const X_LABELS: usize = 8;

/// A line chart of one or more series over the same periods.
pub struct Chart<'a> {
    /// Unique on the page: names the title and description elements.
    pub id: &'a str,
    pub title: String,
    pub desc: String,
    /// One label per period (a localised date).
    pub labels: Vec<String>,
    /// Each series' name and one value per period.
    pub series: Vec<(String, Vec<i64>)>,
    /// How a value is written (a localised number or amount).
    pub format: &'a dyn Fn(i64) -> String,
    pub rtl: bool,
}

/// Text for the SVG: bidi controls are for text runs, not SVG labels (and XML forbids most other
/// controls), so they go; the rest is escaped as markup.
fn esc(s: &str) -> String {
    let kept: String = s.chars().filter(|c| !c.is_control() && !('\u{2066}'..='\u{2069}').contains(c)).collect();
    rms_app::markdown::escape(&kept)
}

/// A round step for about `ticks` divisions of `span`: 1, 2 or 5 times a power of ten.
fn step(span: i64, ticks: i64) -> i64 {
    let raw = (span.max(1) + ticks - 1) / ticks;
    let mut unit: i64 = 1;
    while unit.saturating_mul(10) <= raw {
        unit = unit.saturating_mul(10);
    }
    [1, 2, 5, 10].into_iter().map(|m| unit.saturating_mul(m)).find(|s| *s >= raw).unwrap_or(raw)
}

impl Chart<'_> {
    /// The chart as an `<svg>` element.
    pub fn svg(&self) -> String {
        let values = self.series.iter().flat_map(|(_, v)| v.iter().copied());
        let (lo, hi) = values.fold((0_i64, 0_i64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let step = step(hi - lo, 4);
        let lo = lo.div_euclid(step) * step;
        let hi = if hi == 0 && lo == 0 { step } else { (hi + step - 1).div_euclid(step) * step };
        let plot_w = WIDTH - AXIS - MARGIN;
        let plot_h = HEIGHT - BOTTOM - MARGIN;
        // Positions are laid out left to right, then mirrored for right-to-left languages.
        let fx = |x: f64| if self.rtl { WIDTH - x } else { x };
        let y_of = |v: i64| MARGIN + plot_h * (hi - v) as f64 / (hi - lo).max(1) as f64;
        let n = self.labels.len();
        let x_of = |i: usize| {
            let x = if n <= 1 { AXIS + plot_w / 2.0 } else { AXIS + plot_w * i as f64 / (n - 1) as f64 };
            fx(x)
        };
        let mut s = String::new();
        let _ = write!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" \
             aria-labelledby=\"{id}-title {id}-desc\" direction=\"ltr\">\
             <title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{desc}</desc>",
            id = esc(self.id),
            title = esc(&self.title),
            desc = esc(&self.desc),
        );
        // The value axis: grid lines and their labels.
        s.push_str("<g class=\"axis\" aria-hidden=\"true\">");
        let (label_x, anchor) = if self.rtl { (fx(AXIS - 8.0), "start") } else { (AXIS - 8.0, "end") };
        let mut v = lo;
        while v <= hi {
            let y = y_of(v);
            let _ = write!(
                s,
                "<line class=\"grid{zero}\" x1=\"{x1:.1}\" x2=\"{x2:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>\
                 <text x=\"{label_x:.1}\" y=\"{ty:.1}\" text-anchor=\"{anchor}\">{label}</text>",
                zero = if v == 0 { " zero" } else { "" },
                x1 = fx(AXIS),
                x2 = fx(WIDTH - MARGIN),
                ty = y + 4.0,
                label = esc(&(self.format)(v)),
            );
            v += step;
        }
        // The date axis: as many labels as fit side by side (at most X_LABELS), evenly spread
        // back from the newest period, which is always labelled. The outermost labels are
        // anchored inwards so they are not cut off at the edges.
        let longest = self.labels.iter().map(|l| l.chars().count()).max().unwrap_or(1) as f64;
        let fit = (plot_w / (longest * 7.0 + 24.0)).floor() as usize;
        let every = n.div_ceil(fit.clamp(2, X_LABELS)).max(1);
        let (first_anchor, last_anchor) = if self.rtl { ("end", "start") } else { ("start", "end") };
        for (i, label) in self.labels.iter().enumerate() {
            if !(n - 1 - i).is_multiple_of(every) {
                continue;
            }
            let anchor = match i {
                _ if n == 1 => "middle",
                0 => first_anchor,
                i if i + 1 == n => last_anchor,
                _ => "middle",
            };
            let _ = write!(
                s,
                "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\">{label}</text>",
                x = x_of(i),
                y = HEIGHT - BOTTOM + 20.0,
                label = esc(label),
            );
        }
        s.push_str("</g>");
        for (k, (name, values)) in self.series.iter().enumerate() {
            let points: Vec<String> =
                values.iter().enumerate().map(|(i, v)| format!("{:.1},{:.1}", x_of(i), y_of(*v))).collect();
            let _ = write!(s, "<g class=\"series s{k}\"><polyline points=\"{}\"/>", points.join(" "));
            for (i, v) in values.iter().enumerate() {
                let label = self.labels.get(i).map(String::as_str).unwrap_or_default();
                let _ = write!(
                    s,
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3\"><title>{name}, {label}: {value}</title></circle>",
                    x = x_of(i),
                    y = y_of(*v),
                    name = esc(name),
                    label = esc(label),
                    value = esc(&(self.format)(*v)),
                );
            }
            s.push_str("</g>");
        }
        s.push_str("</svg>");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(rtl: bool) -> String {
        let format = |v: i64| format!("{v} <&>");
        Chart {
            id: "c1",
            title: "Net revenue & refunds".into(),
            desc: "Per day".into(),
            labels: (1..=31).map(|d| format!("Dec {d}")).collect(),
            series: vec![("Net".into(), (0..31).map(|i| i * 100 - 500).collect()), ("Refunds".into(), vec![0; 31])],
            format: &format,
            rtl,
        }
        .svg()
    }

    #[test]
    fn steps_are_round() {
        assert_eq!(step(0, 4), 1);
        assert_eq!(step(7, 4), 2);
        assert_eq!(step(1_000, 4), 500);
        assert_eq!(step(12_345, 4), 5_000);
    }

    #[test]
    fn a_chart_is_well_formed_xml_named_by_its_title() {
        let svg = chart(false);
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.attribute("role"), Some("img"));
        let title = root.children().find(|n| n.has_tag_name("title")).and_then(|t| t.text());
        assert_eq!(title, Some("Net revenue & refunds"));
        // Every point says what it is.
        let points = root.descendants().filter(|n| n.has_tag_name("circle")).count();
        assert_eq!(points, 62);
        assert!(svg.contains("2500 &lt;&amp;&gt;"), "axis labels are escaped");
    }

    #[test]
    fn right_to_left_time_runs_from_the_right() {
        let first_x = |svg: &str| {
            let doc = roxmltree::Document::parse(svg).expect("xml");
            let c = doc.descendants().find(|n| n.has_tag_name("circle")).expect("a point");
            c.attribute("cx").and_then(|x| x.parse::<f64>().ok()).expect("cx")
        };
        assert!(first_x(&chart(false)) < WIDTH / 2.0);
        assert!(first_x(&chart(true)) > WIDTH / 2.0);
    }
}
