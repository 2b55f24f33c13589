//! Webhooks: checked over their raw bytes, stored once and answered as soon as they are durable,
//! with the payment's settlement queued in the same transaction.

use rms_payments::{Flow, GatewayId, Headers, Observation, Refused};
use rms_store::billing::{self, PaymentEventRow, PaymentRow};
use serde_json::json;
use uuid::Uuid;

use super::{Payments, WebhookAck};
use crate::AppError;
use crate::jobs::{self, SettlePayment};

impl Payments {
    /// Takes a webhook: checks it over its raw bytes, stores it once (unique per gateway event)
    /// and queues its settlement in the same transaction. A refused one changes nothing but a
    /// counter.
    pub async fn receive_webhook(&self, gateway: &str, headers: Headers, body: &[u8]) -> Result<WebhookAck, AppError> {
        let gateway = GatewayId::parse(gateway).filter(|g| g.flow() == Flow::Hosted).ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let Some(client) = self.config(gateway).await?.client else {
            billing::count_failure(&self.db, gateway.as_str(), "unverifiable", now).await?;
            return Err(AppError::WebhookRefused);
        };
        let verified = match client.verify(&headers, body).await {
            Ok(v) => v,
            Err(Refused::Unavailable(detail)) => {
                tracing::warn!(gateway = gateway.as_str(), %detail, "webhook could not be checked now");
                billing::count_failure(&self.db, gateway.as_str(), "unavailable", now).await?;
                return Err(AppError::GatewayUnavailable);
            }
            Err(refused) => {
                let kind = if matches!(refused, Refused::BadSignature(_)) { "bad_signature" } else { "unverifiable" };
                tracing::warn!(gateway = gateway.as_str(), reason = %refused, "webhook refused");
                billing::count_failure(&self.db, gateway.as_str(), kind, now).await?;
                return Err(AppError::WebhookRefused);
            }
        };
        let payment = match &verified.observation {
            Some(o) => self.payment_of(gateway, o).await?,
            None => None,
        };
        let header_map: serde_json::Map<String, serde_json::Value> =
            headers.iter().map(|(k, v)| (k.to_ascii_lowercase(), json!(v))).collect();
        let event = PaymentEventRow {
            id: Uuid::now_v7(),
            gateway: gateway.as_str().to_owned(),
            event_id: verified.event_id.clone(),
            kind: verified.kind.clone(),
            payment_id: payment.as_ref().map(|p| p.id),
            headers: serde_json::Value::Object(header_map).to_string(),
            body: body.to_vec(),
            received_at: now,
            processed_at: payment.is_none().then_some(now),
            outcome: payment.is_none().then(|| "no matching payment".to_owned()),
        };
        let mut tx = self.db.begin().await?;
        if !billing::insert_event(&mut tx, &event).await? {
            return Ok(WebhookAck::Duplicate);
        }
        let Some(payment) = payment else {
            tx.commit().await?;
            return Ok(WebhookAck::Ignored);
        };
        let hint = verified.observation.as_ref().map(|o| o.gateway_payment_id.clone());
        let job = SettlePayment { payment_id: payment.id, event_id: Some(event.id), payment_hint: hint };
        jobs::enqueue(&mut tx, now, &job).await?;
        crate::failpoints::point("webhook.stored");
        tx.commit().await?;
        crate::failpoints::point("webhook.committed");
        Ok(WebhookAck::Accepted)
    }

    /// The payment an observation is about: by our order id, else by the gateway's ids.
    async fn payment_of(&self, gateway: GatewayId, o: &Observation) -> Result<Option<PaymentRow>, AppError> {
        let by_order = match o.order_id.as_deref().and_then(|id| Uuid::parse_str(id).ok()) {
            Some(id) => billing::payment(&self.db, id).await?,
            None => None,
        };
        let found = match by_order {
            Some(p) => Some(p),
            None => match billing::payment_by_gateway_payment(&self.db, gateway.as_str(), &o.gateway_payment_id).await?
            {
                Some(p) => Some(p),
                None => billing::payment_by_external(&self.db, gateway.as_str(), &o.gateway_payment_id).await?,
            },
        };
        Ok(found.filter(|p| p.gateway == gateway.as_str()))
    }
}
