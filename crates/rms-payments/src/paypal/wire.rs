//! PayPal's Orders v2 and webhook shapes (payments.md §1), only the fields we read, and what
//! each status means for the money.

use serde::{Deserialize, Serialize};

use crate::port::{GatewayAmount, Observation, PaymentState};

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Money {
    pub currency_code: String,
    pub value: String,
}

impl Money {
    pub fn amount(&self) -> Option<GatewayAmount> {
        GatewayAmount::parse(&self.value, &self.currency_code)
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Link {
    pub href: String,
    pub rel: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Token {
    pub access_token: String,
    /// Seconds.
    pub expires_in: u64,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Capture {
    pub id: String,
    pub status: String,
    pub amount: Option<Money>,
    pub custom_id: Option<String>,
    #[serde(default)]
    pub links: Vec<Link>,
}

/// A refund of (part of) a capture, as the order lists it.
#[derive(Clone, Debug, Deserialize)]
pub struct Refund {
    pub id: String,
    pub status: String,
    pub amount: Option<Money>,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct Payments {
    #[serde(default)]
    pub captures: Vec<Capture>,
    #[serde(default)]
    pub refunds: Vec<Refund>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct PurchaseUnit {
    pub custom_id: Option<String>,
    pub amount: Option<Money>,
    pub payments: Option<Payments>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Order {
    pub id: String,
    pub status: String,
    #[serde(default)]
    pub purchase_units: Vec<PurchaseUnit>,
    #[serde(default)]
    pub links: Vec<Link>,
}

impl Order {
    /// Where the payer approves the order.
    pub fn approve_link(&self) -> Option<&str> {
        self.links.iter().find(|l| l.rel == "payer-action" || l.rel == "approve").map(|l| l.href.as_str())
    }

    fn custom_id(&self) -> Option<String> {
        self.purchase_units.iter().find_map(|u| u.custom_id.clone())
    }
}

/// A webhook event: only the envelope is typed; the resource depends on `event_type`.
#[derive(Clone, Debug, Deserialize)]
pub struct Event {
    pub id: String,
    pub event_type: String,
    #[serde(default)]
    pub resource: serde_json::Value,
}

/// A capture's status (payments.md §1.3): only `COMPLETED` money is ours.
pub fn capture_state(status: &str) -> PaymentState {
    match status {
        "COMPLETED" => PaymentState::Paid,
        "DECLINED" | "FAILED" => PaymentState::Failed,
        "REFUNDED" => PaymentState::Refunded,
        // Part of the money stays with the merchant: still paid, with the refunded part
        // (`Observation::refunded`) taken back from the wallet.
        "PARTIALLY_REFUNDED" => PaymentState::Paid,
        _ => PaymentState::Pending,
    }
}

/// What an order read back says: a `COMPLETED` order is paid only through a completed capture.
pub fn observe_order(order: &Order) -> Observation {
    let captures = order.purchase_units.iter().filter_map(|u| u.payments.as_ref()).flat_map(|p| &p.captures);
    // The capture that decides: a completed one, else a refunded one, else any.
    let mut best: Option<&Capture> = None;
    for c in captures {
        let rank = |c: &Capture| match capture_state(&c.status) {
            PaymentState::Paid => 3,
            PaymentState::Refunded => 2,
            _ => 1,
        };
        if best.is_none_or(|b| rank(c) > rank(b)) {
            best = Some(c);
        }
    }
    match best {
        Some(c) => Observation {
            gateway_payment_id: c.id.clone(),
            order_id: c.custom_id.clone().or_else(|| order.custom_id()),
            status: c.status.clone(),
            state: capture_state(&c.status),
            amount: c.amount.as_ref().and_then(Money::amount),
            parent_payment_id: None,
            needs_completion: false,
            refunded: refunded(order),
        },
        None => Observation {
            gateway_payment_id: order.id.clone(),
            order_id: order.custom_id(),
            status: order.status.clone(),
            state: match order.status.as_str() {
                "VOIDED" => PaymentState::Failed,
                _ => PaymentState::Pending,
            },
            amount: None,
            parent_payment_id: None,
            needs_completion: matches!(order.status.as_str(), "APPROVED"),
            refunded: None,
        },
    }
}

/// The completed refunds of an order, summed, when there are any (all in the order's currency;
/// a mix of currencies is not an amount anyone can take back, so it is left to an admin).
fn refunded(order: &Order) -> Option<GatewayAmount> {
    let refunds = order.purchase_units.iter().filter_map(|u| u.payments.as_ref()).flat_map(|p| &p.refunds);
    let mut total: Option<GatewayAmount> = None;
    for amount in
        refunds.filter(|r| matches!(r.status.as_str(), "COMPLETED")).filter_map(|r| r.amount.as_ref()?.amount())
    {
        total = match total {
            None => Some(amount),
            // Checked: refunds summing past Decimal's range are no total we can apply.
            Some(t) if t.currency == amount.currency => {
                Some(GatewayAmount { amount: t.amount.checked_add(amount.amount)?, currency: t.currency })
            }
            Some(_) => return None,
        };
    }
    total.filter(|t| !t.amount.is_zero())
}

/// What an event claims about a payment, for the events that concern one (§1.4).
pub fn observe_event(event: &Event) -> Option<Observation> {
    let r = &event.resource;
    let text = |v: &serde_json::Value| v.as_str().map(str::to_owned);
    let money = |v: &serde_json::Value| serde_json::from_value::<Money>(v.clone()).ok().and_then(|m| m.amount());
    let state = match event.event_type.as_str() {
        "PAYMENT.CAPTURE.COMPLETED" => PaymentState::Paid,
        "PAYMENT.CAPTURE.PENDING" => PaymentState::Pending,
        "PAYMENT.CAPTURE.DENIED" | "PAYMENT.CAPTURE.DECLINED" => PaymentState::Failed,
        "PAYMENT.CAPTURE.REFUNDED" | "PAYMENT.CAPTURE.REVERSED" => PaymentState::Refunded,
        "CHECKOUT.ORDER.APPROVED" => {
            // Approved, not paid: a hint to capture if the payer never came back.
            let order: Order = serde_json::from_value(r.clone()).ok()?;
            return Some(Observation {
                status: "APPROVED".into(),
                state: PaymentState::Pending,
                ..observe_order(&order)
            });
        }
        _ => return None,
    };
    // A refund's resource is the refund: its capture is the `up` link's last segment.
    let capture_id = if state == PaymentState::Refunded {
        r.get("links")
            .and_then(|l| serde_json::from_value::<Vec<Link>>(l.clone()).ok())
            .and_then(|links| links.into_iter().find(|l| l.rel == "up"))
            .and_then(|l| l.href.rsplit('/').next().map(str::to_owned))
            .or_else(|| text(&r["id"]))
    } else {
        text(&r["id"])
    };
    Some(Observation {
        gateway_payment_id: capture_id?,
        order_id: text(&r["custom_id"]),
        status: text(&r["status"]).unwrap_or_else(|| event.event_type.clone()),
        state,
        amount: money(&r["amount"]),
        parent_payment_id: None,
        needs_completion: false,
        refunded: None,
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn event(kind: &str, resource: serde_json::Value) -> Event {
        serde_json::from_value(json!({"id": "WH-1", "event_type": kind, "resource": resource})).unwrap()
    }

    #[test]
    fn a_completed_capture_is_paid_and_keyed_by_the_capture_id() {
        let o = observe_event(&event(
            "PAYMENT.CAPTURE.COMPLETED",
            json!({"id": "CAP-1", "status": "COMPLETED", "custom_id": "pay-1",
                   "amount": {"currency_code": "USD", "value": "10.00"}}),
        ))
        .unwrap();
        assert_eq!((o.gateway_payment_id.as_str(), o.state), ("CAP-1", PaymentState::Paid));
        assert_eq!(o.order_id.as_deref(), Some("pay-1"));
        assert!(o.amount.unwrap().same_as(&GatewayAmount::from_minor(1000, 2, "USD")));
    }

    #[test]
    fn a_partly_refunded_order_stays_paid_with_its_completed_refunds_summed() {
        let order: Order = serde_json::from_value(json!({"id": "O-1", "status": "COMPLETED", "purchase_units": [{
            "custom_id": "pay-1", "payments": {
                "captures": [{"id": "CAP-1", "status": "PARTIALLY_REFUNDED",
                    "amount": {"currency_code": "USD", "value": "30.00"}}],
                "refunds": [
                    {"id": "R-1", "status": "COMPLETED", "amount": {"currency_code": "USD", "value": "10.00"}},
                    {"id": "R-2", "status": "COMPLETED", "amount": {"currency_code": "USD", "value": "2.50"}},
                    {"id": "R-3", "status": "PENDING", "amount": {"currency_code": "USD", "value": "5.00"}}]}}]}))
        .unwrap();
        let o = observe_order(&order);
        assert_eq!((o.state, o.gateway_payment_id.as_str()), (PaymentState::Paid, "CAP-1"));
        assert!(o.refunded.unwrap().same_as(&GatewayAmount::parse("12.5", "USD").unwrap()), "pending refunds wait");
        let mixed: Order = serde_json::from_value(json!({"id": "O-2", "status": "COMPLETED", "purchase_units": [{
            "payments": {"refunds": [
                {"id": "R-1", "status": "COMPLETED", "amount": {"currency_code": "USD", "value": "1.00"}},
                {"id": "R-2", "status": "COMPLETED", "amount": {"currency_code": "EUR", "value": "1.00"}}]}}]}))
        .unwrap();
        assert_eq!(observe_order(&mixed).refunded, None, "currencies that cannot be added are an admin's");
    }

    #[test]
    fn a_refund_names_the_capture_it_refunds() {
        let o = observe_event(&event(
            "PAYMENT.CAPTURE.REFUNDED",
            json!({"id": "REF-1", "status": "COMPLETED", "amount": {"currency_code": "USD", "value": "4.00"},
                   "links": [{"href": "https://api.paypal.com/v2/payments/captures/CAP-1", "rel": "up"}]}),
        ))
        .unwrap();
        assert_eq!((o.gateway_payment_id.as_str(), o.state), ("CAP-1", PaymentState::Refunded));
    }

    #[test]
    fn a_completed_order_without_a_completed_capture_is_not_paid() {
        let order: Order = serde_json::from_value(json!({
            "id": "ORD-1", "status": "COMPLETED",
            "purchase_units": [{"custom_id": "pay-1", "payments": {"captures": [
                {"id": "CAP-1", "status": "PENDING", "amount": {"currency_code": "USD", "value": "10.00"}}]}}]
        }))
        .unwrap();
        let o = observe_order(&order);
        assert_eq!((o.state, o.order_id.as_deref()), (PaymentState::Pending, Some("pay-1")));
        assert!(!o.needs_completion, "captured already, pending at PayPal");
        let approved: Order = serde_json::from_value(json!({"id": "ORD-3", "status": "APPROVED"})).unwrap();
        assert!(observe_order(&approved).needs_completion, "the payer approved: we capture");
        let voided: Order = serde_json::from_value(json!({"id": "ORD-2", "status": "VOIDED"})).unwrap();
        assert_eq!(observe_order(&voided).state, PaymentState::Failed);
    }

    #[test]
    fn events_about_other_things_observe_nothing() {
        assert!(observe_event(&event("BILLING.PLAN.CREATED", json!({"id": "P-1"}))).is_none());
    }
}
