//! Email over real SMTP: an in-process SMTP server (mailin) receives what the worker sends.

use std::io;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mailin_embedded::{Handler, Response, Server, response};
use rms_testkit::{db_test, eventually};

use crate::harness::TestApp;

/// Every message received: envelope recipients and the raw message.
type Inbox = Arc<Mutex<Vec<(Vec<String>, String)>>>;

/// Collects every message the sink receives, with its envelope recipients.
#[derive(Clone, Default)]
struct Sink {
    received: Inbox,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Sink {
    fn helo(&mut self, _ip: IpAddr, _domain: &str) -> Response {
        response::OK
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let message = String::from_utf8_lossy(&self.data).into_owned();
        self.received.lock().unwrap().push((self.to.clone(), message));
        response::OK
    }
}

/// Starts the sink on an ephemeral port; it runs until the test process ends.
fn start_sink() -> (u16, Inbox) {
    let sink = Sink::default();
    let received = sink.received.clone();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut server = Server::new(sink);
    server.with_name("sink.test").with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, received)
}

db_test!(
    async fn with_smtp_configured_the_verification_email_goes_to_the_mail_server(t: TestDb) {
        let (port, received) = start_sink();
        let app = TestApp::on(t)
            .config(move |c| {
                c.smtp_url = serde_json::from_value(serde_json::json!(format!("smtp://127.0.0.1:{port}"))).unwrap();
                c.mail_from = "Licenses <licenses@example.com>".into();
            })
            .start()
            .await;
        app.sign_up_and_in("alice@example.com").await;
        eventually(Duration::from_secs(15), "the SMTP server received the email", || async {
            !received.lock().unwrap().is_empty()
        })
        .await;
        let (to, message) = received.lock().unwrap()[0].clone();
        assert_eq!(to, vec!["alice@example.com".to_owned()]);
        assert!(message.contains("From: Licenses <licenses@example.com>"), "{message}");
        assert!(message.contains("Subject: Confirm your email address"), "{message}");
        assert!(message.contains("/verify-email?token="), "{message}");
        assert!(app.spooled_emails().is_empty(), "nothing went to the spool");
        app.shutdown().await;
    }
);
