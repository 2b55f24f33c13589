//! Outgoing email through lettre: SMTP when configured, otherwise a spool folder of `.eml` files
//! (the embedded default: nothing leaves the machine, and an operator can read what would have
//! been sent).

use std::path::PathBuf;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use rms_app::mail::{MailError, Mailer, OutgoingEmail, SendFuture};

/// Where email goes.
pub enum LettreMailer {
    Smtp { transport: AsyncSmtpTransport<Tokio1Executor>, from: Mailbox },
    Spool { transport: AsyncFileTransport<Tokio1Executor>, dir: PathBuf, from: Mailbox },
}

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("the sender address {0:?} is not a valid mailbox (expected \"Name <address@example.com>\")")]
    From(String),
    #[error("the SMTP URL is not usable: {0}")]
    Smtp(String),
    #[error("cannot create the mail spool folder {0}: {1}")]
    Spool(PathBuf, std::io::Error),
}

impl LettreMailer {
    /// SMTP from a URL such as `smtps://user:pass@mail.example.com` or
    /// `smtp://mail.example.com:587?tls=required`.
    pub fn smtp(url: &str, from: &str) -> Result<Self, SetupError> {
        let from: Mailbox = from.parse().map_err(|_| SetupError::From(from.to_owned()))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| SetupError::Smtp(e.to_string()))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        Ok(Self::Smtp { transport, from })
    }

    /// Writes each email as `<id>.eml` into `dir`.
    pub fn spool(dir: PathBuf, from: &str) -> Result<Self, SetupError> {
        let from: Mailbox = from.parse().map_err(|_| SetupError::From(from.to_owned()))?;
        std::fs::create_dir_all(&dir).map_err(|e| SetupError::Spool(dir.clone(), e))?;
        Ok(Self::Spool { transport: AsyncFileTransport::new(&dir), dir, from })
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Smtp { .. } => "SMTP".to_owned(),
            Self::Spool { dir, .. } => format!("spool folder {}", dir.display()),
        }
    }

    fn from(&self) -> &Mailbox {
        match self {
            Self::Smtp { from, .. } | Self::Spool { from, .. } => from,
        }
    }

    fn build(&self, email: &OutgoingEmail) -> Result<Message, MailError> {
        let to =
            Mailbox::new(email.to_name.clone(), email.to.parse().map_err(|e| MailError(format!("recipient: {e}")))?);
        Message::builder()
            .from(self.from().clone())
            .to(to)
            .subject(email.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(email.body.clone())
            .map_err(|e| MailError(e.to_string()))
    }
}

impl Mailer for LettreMailer {
    fn send(&self, email: OutgoingEmail) -> SendFuture<'_> {
        Box::pin(async move {
            let message = self.build(&email)?;
            match self {
                Self::Smtp { transport, .. } => {
                    transport.send(message).await.map(|_| ()).map_err(|e| MailError(e.to_string()))
                }
                Self::Spool { transport, .. } => {
                    transport.send(message).await.map(|_| ()).map_err(|e| MailError(e.to_string()))
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_spool_holds_a_readable_message() {
        let dir = tempfile::tempdir().unwrap();
        let mailer = LettreMailer::spool(dir.path().join("mail"), "RMS <no-reply@example.com>").unwrap();
        let email = OutgoingEmail {
            to: "alice@example.com".into(),
            to_name: Some("Алиса".into()),
            subject: "Подтвердите адрес".into(),
            body: "Ссылка: https://example.com/verify-email?token=abc".into(),
        };
        mailer.send(email).await.unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path().join("mail")).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(files.len(), 1);
        let raw = std::fs::read_to_string(&files[0]).unwrap();
        assert!(raw.contains("To: =?utf-8?") || raw.contains("alice@example.com"), "{raw}");
        assert!(raw.contains("Content-Type: text/plain; charset=utf-8"), "{raw}");
        assert!(LettreMailer::spool(dir.path().join("m2"), "not a mailbox").is_err());
    }
}
