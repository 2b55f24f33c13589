//! Announcements: the admin's news to everyone who chose to hear it, recorded for them in batches
//! by a job.

use rms_core::notifications::NotificationKind;
use rms_store::notifications as store;
use uuid::Uuid;

use super::{Notifications, record};
use crate::AppError;
use crate::accounts::Principal;
use crate::jobs;

impl Notifications {
    /// Queues an announcement (admins; audited): a `marketing` notification to everyone who
    /// chose to hear them (off by default), or with `product` those of them holding a license of
    /// it. The headline (at most 150 characters) and the text (at most 5 000) go out as written.
    /// Answers the announcement's id.
    pub async fn announce(
        &self,
        who: &Principal,
        headline: &str,
        text: &str,
        product: Option<Uuid>,
        meta: &crate::RequestMeta,
    ) -> Result<Uuid, AppError> {
        crate::accounts::admin_only(who)?;
        let range = |field: &'static str| AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range };
        let (headline, text) = (headline.trim(), text.trim());
        if headline.is_empty() || headline.chars().count() > 150 || headline.chars().any(char::is_control) {
            return Err(range("headline"));
        }
        if text.is_empty() || text.chars().count() > 5_000 {
            return Err(range("text"));
        }
        if let Some(id) = product {
            rms_store::catalog::product(&self.db, id).await?.ok_or(AppError::NotFound)?;
        }
        let now = self.clock.now();
        let id = Uuid::now_v7();
        let job = jobs::Announce { id, headline: headline.to_owned(), text: text.to_owned(), product_id: product };
        let mut tx = self.db.begin().await?;
        jobs::enqueue(&mut tx, now, &job).await?;
        let details = serde_json::json!({ "headline": headline, "product": product });
        let entry = meta.audit(Some(who.user_id), "admin.announcement.sent", ("announcement", id.to_string()), details);
        rms_store::accounts::audit(&mut tx, &entry, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The announcement job: records it for every person who chose to hear announcements, a
    /// batch per transaction; a job that runs again skips whoever has it already. Answers how
    /// many were told.
    pub async fn run_announcement(&self, job: jobs::Announce) -> Result<u64, AppError> {
        let data = serde_json::json!({ "headline": job.headline, "text": job.text, "link": "/store" });
        let mut after = None;
        let mut told = 0;
        loop {
            let batch = store::opted_in(&self.db, NotificationKind::Marketing, job.product_id, after, 500).await?;
            let Some(last) = batch.last().copied() else { return Ok(told) };
            let now = self.clock.now();
            let mut tx = self.db.begin().await?;
            for user in &batch {
                let dedupe = Some(format!("marketing:{}:{user}", job.id));
                if record(&mut tx, now, *user, NotificationKind::Marketing, data.clone(), dedupe).await?.is_some() {
                    told += 1;
                }
            }
            tx.commit().await?;
            after = Some(last);
        }
    }

    /// How many people would hear an announcement now (the admin page says so before sending).
    pub async fn audience(&self, who: &Principal) -> Result<i64, AppError> {
        crate::accounts::admin_only(who)?;
        Ok(store::count_opted_in(&self.db, NotificationKind::Marketing).await?)
    }
}
