//! The port through which use cases send email, and the messages they send.

use std::future::Future;
use std::pin::Pin;

/// One plain-text email.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub to: String,
    pub to_name: Option<String>,
    /// The name it is sent under (the store's); `None`: the configured sender's.
    pub from_name: Option<String>,
    pub subject: String,
    pub body: String,
}

#[derive(Debug, thiserror::Error)]
#[error("sending email failed: {0}")]
pub struct MailError(pub String);

pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<(), MailError>> + Send + 'a>>;

/// Delivers email: an SMTP server in production, a spool folder in the embedded setup, a
/// recorder in tests.
pub trait Mailer: Send + Sync + 'static {
    fn send(&self, email: OutgoingEmail) -> SendFuture<'_>;
}
