//! The email channel of notifications: a multipart message (the text and the HTML part in the
//! person's language), a `Message-ID` derived from the notification (the same on every retry,
//! so a receiving server can drop a duplicate), and for every kind but security notices the
//! one-click unsubscribe headers of RFC 8058.

use lettre::AsyncTransport;
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message, MultiPart};
use rms_app::notifications::{DeliverError, DeliverFuture, Message as Notice, Notifier, Recipient};
use rms_core::notifications::NotifyChannel;

use crate::LettreMailer;

/// `List-Unsubscribe: <https://…>`
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.trim_start_matches('<').trim_end_matches('>').to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click`
#[derive(Clone)]
struct OneClick;

impl Header for OneClick {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

impl LettreMailer {
    fn notice(&self, to: &Recipient, notice: &Notice) -> Result<Message, DeliverError> {
        let address = to.email.parse().map_err(|e| DeliverError::Retry(format!("recipient: {e}")))?;
        let mut builder = Message::builder()
            .from(self.sender_as(notice.from_name.as_deref()))
            .to(Mailbox::new(Some(to.name.clone()), address))
            .subject(notice.subject.clone())
            .message_id(Some(format!("<{}.{}@rms-notifications>", notice.id, notice.kind)));
        if let Some(link) = &notice.unsubscribe {
            builder = builder.header(ListUnsubscribe(link.clone())).header(OneClick);
        }
        builder
            .multipart(MultiPart::alternative_plain_html(notice.text.clone(), notice.html.clone()))
            .map_err(|e| DeliverError::Retry(e.to_string()))
    }
}

impl Notifier for LettreMailer {
    fn channel(&self) -> NotifyChannel {
        NotifyChannel::Email
    }

    fn deliver<'a>(&'a self, to: &'a Recipient, message: &'a Notice) -> DeliverFuture<'a> {
        Box::pin(async move {
            let built = self.notice(to, message)?;
            let sent = match self {
                Self::Smtp { transport, .. } => transport.send(built).await.map(|_| ()).map_err(|e| e.to_string()),
                Self::Spool { .. } => self.spool_message(built).await.map_err(|e| e.0),
            };
            sent.map_err(DeliverError::Retry)
        })
    }
}
