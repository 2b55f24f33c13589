//! Right-to-left languages in a real browser (chromium): Arabic, Hebrew, Persian and Urdu pages
//! are laid out as a mirror of the English one. Signed in, each page is screenshotted and the
//! picture itself is checked, not only the DOM: the main navigation, marked by the highlighted
//! current link, is painted at the right edge. Signed out, the layout reports the header's links
//! running from right to left (those pages are screenshotted too, for a person to look at).
//! The screenshots are kept in `$CARGO_TARGET_TMPDIR/rtl/` for a person to look at.
//!
//! Skips without chromium unless `RMS_TEST_BROWSER=1` (see `browser.rs`).

use std::io::Cursor;

use rms_testkit::{Backend, TestDb};
use serde_json::Value;

use crate::browser::{browser, js, wait_js};
use crate::browser_vendor::sign_in;
use crate::harness::TestApp;
use crate::money::Till;

/// The leftmost and rightmost column, and the picture's width, of the area painted `rgb` (give or
/// take 3 per channel) between rows `top` and `bottom` of a PNG screenshot: the columns where at
/// least half of those rows have that colour, so a filled box counts and stray anti-aliased
/// pixels of the same shade do not. `None` when there is no such column.
fn painted_columns(png_bytes: &[u8], rgb: [u8; 3], top: u32, bottom: u32) -> Option<(u32, u32, u32)> {
    let decoder = png::Decoder::new(Cursor::new(png_bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let (channels, width) = (info.color_type.samples(), info.width as usize);
    let rows = top..bottom.min(info.height);
    let mut hits = vec![0u32; width];
    for y in rows.clone() {
        let row = &buf[y as usize * info.line_size..][..width * channels];
        for (x, px) in row.chunks_exact(channels).enumerate() {
            if px.iter().zip(rgb).all(|(a, b)| a.abs_diff(b) <= 3) {
                hits[x] += 1;
            }
        }
    }
    let filled = |x: &usize| hits[*x] * 2 >= rows.len() as u32;
    let left = (0..width).find(filled)?;
    let right = (0..width).rev().find(filled)?;
    Some((u32::try_from(left).unwrap(), u32::try_from(right).unwrap(), info.width))
}

/// A computed colour as the browser reports it: `rgb(r, g, b)`, `rgba(…)`, or `color(srgb r g b)`
/// (0–1 floats; what `color-mix()` computes to).
fn parse_rgb(css: &str) -> [u8; 3] {
    let inner = css.split_once('(').unwrap().1.trim_end_matches(')');
    let (scale, numbers) = match inner.strip_prefix("srgb ") {
        Some(rest) => (255.0, rest.split_whitespace().collect::<Vec<_>>()),
        None => (1.0, inner.split(',').map(str::trim).collect()),
    };
    let channel = |i: usize| (numbers[i].parse::<f64>().unwrap() * scale).round().clamp(0.0, 255.0) as u8;
    [channel(0), channel(1), channel(2)]
}

fn keep(name: &str, png: &[u8]) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("rtl");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_hebrew_persian_and_urdu_pages_are_painted_as_the_mirror_of_english() {
    let Some(driver) = browser().await else { return };
    let till = Till::open(TestApp::spawn(TestDb::new(Backend::Sqlite).await).await, 2_000).await;
    let app = &till.app;
    let c = &driver.client;

    // Signed out: the header's links, first to last, run with the reading direction.
    for lang in ["en", "ar", "he", "fa", "ur"] {
        c.goto(&app.url(&format!("/?lang={lang}"))).await.unwrap();
        wait_js(c, "the page", &format!("return document.documentElement.lang === '{lang}'")).await;
        let lefts =
            js(c, "return [...document.querySelectorAll('.top-links a')].map(a => a.getBoundingClientRect().left)")
                .await;
        let lefts: Vec<f64> = lefts.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        assert!(lefts.len() >= 3, "{lang}: {lefts:?}");
        let rightwards = lefts.windows(2).all(|w| w[0] < w[1]);
        let leftwards = lefts.windows(2).all(|w| w[0] > w[1]);
        assert!(if lang == "en" { rightwards } else { leftwards }, "{lang}: header links at {lefts:?}");
        keep(&format!("{lang}-signed-out"), &c.screenshot().await.unwrap());
    }

    // Signed in: the side navigation, painted at the left edge in English and at the right edge
    // in the four right-to-left languages.
    sign_in(c, app, "buyer@example.com").await;
    for lang in ["en", "ar", "he", "fa", "ur"] {
        c.goto(&app.url(&format!("/licenses?lang={lang}"))).await.unwrap();
        wait_js(c, "the page", &format!("return document.documentElement.lang === '{lang}'")).await;
        let dir = js(c, "return document.documentElement.dir").await;
        assert_eq!(dir, Value::from(if lang == "en" { "ltr" } else { "rtl" }), "{lang}");
        let current = "document.querySelector('nav.side a[aria-current=page]')";
        let colour = js(c, &format!("return getComputedStyle({current}).backgroundColor")).await;
        let rgb = parse_rgb(colour.as_str().unwrap());
        let nav =
            js(c, "const r = document.querySelector('nav.side').getBoundingClientRect(); return [r.left, r.right]")
                .await;
        let link = js(c, &format!("const r = {current}.getBoundingClientRect(); return [r.top, r.bottom]")).await;
        let (top, bottom) = (link[0].as_f64().unwrap().ceil() as u32 + 2, link[1].as_f64().unwrap().floor() as u32 - 2);
        let png = c.screenshot().await.unwrap();
        keep(&format!("{lang}-signed-in"), &png);

        let (left, right, width) =
            painted_columns(&png, rgb, top, bottom).unwrap_or_else(|| panic!("{lang}: no highlighted link painted"));
        let third = width / 3;
        if lang == "en" {
            assert!(
                left < 60 && right < third,
                "{lang}: the highlighted link is painted at x {left}..{right} of {width}"
            );
        } else {
            assert!(
                left > width - third && right > width - 60,
                "{lang}: the highlighted link is painted at x {left}..{right} of {width}, not at the right edge"
            );
        }
        // The picture agrees with the layout the page reports.
        let (nav_left, nav_right) = (nav[0].as_f64().unwrap(), nav[1].as_f64().unwrap());
        assert!(
            f64::from(left) >= nav_left - 1.0 && f64::from(right) <= nav_right + 1.0,
            "{lang}: painted {left}..{right}, navigation at {nav_left}..{nav_right}"
        );
    }

    driver.quit().await;
    till.app.shutdown().await;
}
