//! The vendor's brand as customers meet it: the store's name and logo in the header, its
//! landing text instead of the server's introduction, its footer and support address, its
//! accent colour; set by an admin through the API or the brand page.

use reqwest::{Method, StatusCode};
use rms_testkit::db_test;
use serde_json::json;

use crate::harness::{TestApp, status_and_json};
use crate::web_session::Browser;

db_test!(
    async fn a_named_store_shows_its_own_landing_footer_and_colour_instead_of_the_servers(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let admin = app.admin_token("admin@example.com").await;
        let mut visitor = Browser::default();
        let (_, before) = visitor.get(&app, "/").await;
        let pitch = rms_i18n::Locale::english().t("landing-cta-docs");
        assert!(before.contains(&pitch), "an unnamed store introduces the server");

        let (status, empty) = status_and_json(app.get_with("/api/v1/admin/brand", &admin).await).await;
        assert_eq!((status.as_u16(), empty["name"].as_str()), (200, Some("")), "{empty}");
        let bad = json!({"name": "Acme Tools", "accent_color": "teal"});
        let (status, problem) =
            status_and_json(app.send_with(Method::PUT, "/api/v1/admin/brand", &admin, &bad).await).await;
        assert_eq!((status.as_u16(), problem["field"].as_str()), (422, Some("accent_color")), "{problem}");
        let bad = json!({"name": "Acme Tools", "support_email": "not an address"});
        let (status, problem) =
            status_and_json(app.send_with(Method::PUT, "/api/v1/admin/brand", &admin, &bad).await).await;
        assert_eq!((status.as_u16(), problem["field"].as_str()), (422, Some("support_email")), "{problem}");
        let (_, still) = status_and_json(app.get_with("/api/v1/admin/brand", &admin).await).await;
        assert_eq!(still["name"], "", "a refused brand changed nothing");

        let brand = json!({
            "name": "Acme Tools", "support_email": "help@acme.example", "accent_color": "#FFCC00",
            "landing_markdown": "Tools for **makers**.\n\n<script>alert(1)</script>",
            "footer_markdown": "© Acme Tools Ltd",
        });
        let (status, saved) =
            status_and_json(app.send_with(Method::PUT, "/api/v1/admin/brand", &admin, &brand).await).await;
        assert_eq!((status.as_u16(), saved["accent_color"].as_str()), (200, Some("#ffcc00")), "{saved}");

        let (_, home) = visitor.get(&app, "/").await;
        assert!(home.contains("<title>Acme Tools</title>") && home.contains("<strong>makers</strong>"), "{home}");
        assert!(!home.contains(&pitch), "the server's pitch is gone: {home}");
        assert!(!home.contains("<script>alert"), "raw HTML is shown as text: {home}");
        assert!(home.contains("© Acme Tools Ltd") && home.contains("mailto:help@acme.example"), "{home}");
        assert!(home.contains("/brand/theme.css?v=ffcc00"), "{home}");
        let theme = app.get("/brand/theme.css?v=ffcc00").await;
        assert_eq!(theme.status(), 200);
        let css = theme.text().await.unwrap();
        assert!(
            css.contains("--accent: #ffcc00") && css.contains("--accent-fg: #000000"),
            "dark text on yellow: {css}"
        );

        // Customers can neither read nor change it.
        let carol = app.sign_up_and_in("carol@example.com").await;
        let carol = carol["access_token"].as_str().unwrap();
        assert_eq!(app.get_with("/api/v1/admin/brand", carol).await.status(), 403);
        assert_eq!(app.send_with(Method::PUT, "/api/v1/admin/brand", carol, &brand).await.status(), 403);
        app.shutdown().await;
    }
);

db_test!(
    async fn the_brand_page_keeps_a_refused_form_and_the_logo_shows_in_the_header(t: TestDb) {
        let app = TestApp::spawn(t).await;
        let admin = app.admin_token("admin@example.com").await;
        let mut b = Browser::default();
        crate::web_store::signed_in(&app, &mut b, "admin@example.com").await;
        let (status, page) = b.get(&app, "/admin/brand").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("name=\"landing_markdown\""), "{page}");
        let form = [("name", "Acme Tools"), ("accent_color", "#12345"), ("landing_markdown", "Hello")];
        let (status, page, _) = b.submit(&app, "/admin/brand", &form).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("value=\"Acme Tools\"") && page.contains("#12345"), "what was typed stays: {page}");
        let form = [("name", "Acme Tools"), ("accent_color", "#123456"), ("landing_markdown", "Hello")];
        let (status, page, _) = b.submit(&app, "/admin/brand", &form).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains(">Acme Tools</bdi>"), "the header shows the new name at once: {page}");

        // The logo, from the page's upload (CSRF in a header) or the API, shows in the header.
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00".to_vec();
        let res = app
            .client
            .put(app.url("/api/v1/admin/brand/logo"))
            .bearer_auth(&admin)
            .body(png.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 204);
        let (_, page) = b.get(&app, "/store").await;
        assert!(page.contains("class=\"brand-logo\""), "{page}");
        let (status, _, _) = b.submit(&app, "/admin/brand/logo/remove", &[]).await;
        assert_eq!(status, StatusCode::OK);
        let (_, page) = b.get(&app, "/store").await;
        assert!(!page.contains("class=\"brand-logo\""), "{page}");
        app.shutdown().await;
    }
);

db_test!(
    async fn the_landing_text_and_footer_speak_each_visitors_language(t: TestDb) {
        let app = TestApp::without_worker_on(t).await;
        let admin = app.admin_token("admin@example.com").await;
        let brand = json!({
            "name": "Acme Tools", "landing_markdown": "Tools for **makers**.", "footer_markdown": "© Acme Tools Ltd",
            "translations": {"ar": {"landing_markdown": "أدوات **للصانعين**.", "footer_markdown": ""}},
        });
        let (status, saved) =
            status_and_json(app.send_with(Method::PUT, "/api/v1/admin/brand", &admin, &brand).await).await;
        assert_eq!(status.as_u16(), 200, "{saved}");
        assert_eq!(saved["translations"]["ar"]["landing_markdown"], "أدوات **للصانعين**.");

        let mut visitor = Browser::default();
        let (_, arabic) = visitor.get(&app, "/?lang=ar").await;
        assert!(arabic.contains("<strong>للصانعين</strong>"), "the Arabic landing text: {arabic}");
        assert!(arabic.contains("© Acme Tools Ltd"), "no Arabic footer: the main one");
        let (_, russian) = visitor.get(&app, "/?lang=ru").await;
        assert!(russian.contains("<strong>makers</strong>"), "no Russian text: the main one");

        // A PUT that leaves the translations out keeps them (scripts written before them).
        let plain = json!({"name": "Acme Tools", "landing_markdown": "Tools for **builders**."});
        let (_, kept) = status_and_json(app.send_with(Method::PUT, "/api/v1/admin/brand", &admin, &plain).await).await;
        assert_eq!(kept["translations"]["ar"]["landing_markdown"], "أدوات **للصانعين**.", "{kept}");
        // A language the store does not speak is refused, and nothing changes.
        let klingon = json!({"name": "Acme Tools", "translations": {"tlh": {"landing_markdown": "Qapla'"}}});
        let (status, problem) =
            status_and_json(app.send_with(Method::PUT, "/api/v1/admin/brand", &admin, &klingon).await).await;
        assert_eq!((status.as_u16(), problem["field"].as_str()), (422, Some("translations")), "{problem}");
        let (_, still) = status_and_json(app.get_with("/api/v1/admin/brand", &admin).await).await;
        assert_eq!(still["landing_markdown"], "Tools for **builders**.");

        // The admin's page edits them too.
        let mut page = Browser::default();
        crate::web_store::signed_in(&app, &mut page, "admin@example.com").await;
        let form = [
            ("name", "Acme Tools"),
            ("landing_markdown", "Tools."),
            ("landing_markdown.ru", "Инструменты для **мастеров**."),
            ("footer_markdown.ru", ""),
            ("landing_markdown.ar", ""),
        ];
        let (status, _, _) = page.submit(&app, "/admin/brand", &form).await;
        assert_eq!(status.as_u16(), 200);
        let (_, saved) = status_and_json(app.get_with("/api/v1/admin/brand", &admin).await).await;
        assert_eq!(
            saved["translations"],
            json!({"ru": {"landing_markdown": "Инструменты для **мастеров**.", "footer_markdown": ""}})
        );
        let (_, russian) = visitor.get(&app, "/?lang=ru").await;
        assert!(russian.contains("<strong>мастеров</strong>"), "{russian}");

        // An error page made outside the pages (an address nobody serves) wears the brand too.
        let res = app.get_with_headers("/no-such-page", &[("accept", "text/html")]).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let page = res.text().await.unwrap();
        assert!(page.contains(">Acme Tools</bdi>") && !page.contains("RMS License Server"), "{page}");
    }
);
