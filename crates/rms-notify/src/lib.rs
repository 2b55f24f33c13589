//! Outgoing email through lettre: SMTP when configured, otherwise a spool folder of `.eml` files
//! (the embedded default: nothing leaves the machine, and an operator can read what would have
//! been sent).

use std::path::PathBuf;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use rms_app::mail::{MailError, Mailer, OutgoingEmail, SendFuture};

mod broadcast;
mod email;
mod telegram;

pub use broadcast::RedisBroadcast;
pub use telegram::HttpBotApi;

/// The spool's staging folder, hidden so that a listing of `*.eml` files never meets it.
const STAGING: &str = ".incoming";

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

    /// Writes each email as `<id>.eml` into `dir`. lettre writes the file in place, so a reader
    /// of the folder (an operator's pickup script, a test) could see half a message: it writes into
    /// a staging folder inside `dir` instead, and the finished file is renamed into `dir`, which
    /// on one filesystem is atomic.
    pub fn spool(dir: PathBuf, from: &str) -> Result<Self, SetupError> {
        let from: Mailbox = from.parse().map_err(|_| SetupError::From(from.to_owned()))?;
        let staging = dir.join(STAGING);
        std::fs::create_dir_all(&staging).map_err(|e| SetupError::Spool(staging.clone(), e))?;
        Ok(Self::Spool { transport: AsyncFileTransport::new(&staging), dir, from })
    }

    pub fn describe(&self) -> String {
        match self {
            Self::Smtp { .. } => "SMTP".to_owned(),
            Self::Spool { dir, .. } => format!("spool folder {}", dir.display()),
        }
    }

    fn sender(&self) -> &Mailbox {
        match self {
            Self::Smtp { from, .. } | Self::Spool { from, .. } => from,
        }
    }

    /// The configured sender's address under `name` (the store's), or as configured.
    fn sender_as(&self, name: Option<&str>) -> Mailbox {
        let from = self.sender();
        match name.map(str::trim).filter(|n| !n.is_empty()) {
            Some(name) => Mailbox::new(Some(name.to_owned()), from.email.clone()),
            None => from.clone(),
        }
    }

    fn build(&self, email: &OutgoingEmail) -> Result<Message, MailError> {
        let to =
            Mailbox::new(email.to_name.clone(), email.to.parse().map_err(|e| MailError(format!("recipient: {e}")))?);
        Message::builder()
            .from(self.sender_as(email.from_name.as_deref()))
            .to(to)
            .subject(email.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(email.body.clone())
            .map_err(|e| MailError(e.to_string()))
    }
}

impl LettreMailer {
    /// Writes `message` into the spool: whole in the staging folder, then renamed into place.
    async fn spool_message(&self, message: Message) -> Result<(), MailError> {
        let Self::Spool { transport, dir, .. } = self else {
            return Err(MailError("not a spool".into()));
        };
        let id = transport.send(message).await.map_err(|e| MailError(e.to_string()))?;
        let name = format!("{id}.eml");
        tokio::fs::rename(dir.join(STAGING).join(&name), dir.join(&name))
            .await
            .map_err(|e| MailError(format!("moving {name} into the spool: {e}")))
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
                Self::Spool { .. } => self.spool_message(message).await,
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
            from_name: Some("Acme Tools".into()),
            subject: "Подтвердите адрес".into(),
            body: "Ссылка: https://example.com/verify-email?token=abc".into(),
        };
        mailer.send(email).await.unwrap();
        let files: Vec<_> = std::fs::read_dir(dir.path().join("mail"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        assert_eq!(files.len(), 1);
        assert_eq!(
            std::fs::read_dir(dir.path().join("mail").join(STAGING)).unwrap().count(),
            0,
            "nothing is left half-written in the staging folder"
        );
        let raw = std::fs::read_to_string(&files[0]).unwrap();
        assert!(raw.contains("To: =?utf-8?") || raw.contains("alice@example.com"), "{raw}");
        assert!(raw.contains("Content-Type: text/plain; charset=utf-8"), "{raw}");
        assert!(raw.contains("From: \"Acme Tools\" <no-reply@example.com>"), "the store's name, our address: {raw}");
        assert!(LettreMailer::spool(dir.path().join("m2"), "not a mailbox").is_err());
    }
}
