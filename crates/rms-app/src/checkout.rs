//! Checkout without the two-step dance (issue 16): when the wallet is short, the checkout starts a
//! payment of the difference through a gateway and holds the order; when that payment is
//! credited (the gateway's webhook, the sandbox's button, an admin confirming a transfer) the
//! order is bought by itself, under the buyer's own idempotency key, so it is bought once
//! however often it is completed, and the buyer lands on its receipt.
//!
//! Completion is triggered twice on purpose: by a job queued with the credit, and by the buyer
//! coming back to the payment's page. Either may come first; the order is marked completed in
//! the purchase's own transaction, and the key makes a second run a replay.

use std::sync::Arc;

use rms_core::Clock;
use rms_core::account::InvalidInput;
use rms_core::billing::{OrderStatus, PaymentStatus};
use rms_store::Db;
use rms_store::billing::{self, OrderRequest, OrderRow};
use uuid::Uuid;

use crate::accounts::{Credential, Principal};
use crate::idempotency::Idempotency;
use crate::payments::{Payment, Payments};
use crate::store::{Receipt, Store};
use crate::{AppError, RequestMeta};

/// How a checkout ended.
#[derive(Clone, Debug)]
pub enum Checkout {
    /// The wallet covered it: bought.
    Bought(Receipt),
    /// The wallet was short by `shortfall_minor`: `payment` pays it, and the order is bought when
    /// it is credited.
    Waiting { payment: Payment, shortfall_minor: i64 },
}

/// Where a held order stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrderState {
    Waiting,
    Completed {
        invoice_id: Uuid,
    },
    /// Not bought (a promo code used up meanwhile, the plan retired…): the payment stays in the
    /// wallet. `code` is the refusal's problem code.
    Failed {
        code: String,
    },
}

#[derive(Clone)]
pub struct Checkouts {
    db: Db,
    clock: Arc<dyn Clock>,
    store: Store,
    payments: Payments,
    idempotency: Idempotency,
}

/// The stable code of the store's refusal to buy, for the order's page; `None` for an error
/// that is not a refusal (the database, say: tried again rather than failed).
fn refusal_code(e: &AppError) -> Option<String> {
    Some(match e {
        AppError::InsufficientFunds { .. } => "INSUFFICIENT_FUNDS".into(),
        AppError::PromoRefused { refusal } => refusal.code().into(),
        AppError::PromoNotFound => "PROMO_NOT_FOUND".into(),
        AppError::SelfReferral => "SELF_REFERRAL".into(),
        AppError::Invalid { reason: InvalidInput::NotForSale, .. } => "NOT_FOR_SALE".into(),
        AppError::Invalid { .. } => "OUT_OF_RANGE".into(),
        _ => return None,
    })
}

impl Checkouts {
    pub fn new(db: Db, clock: Arc<dyn Clock>, store: Store, payments: Payments, idempotency: Idempotency) -> Self {
        Self { db, clock, store, payments, idempotency }
    }

    /// Buys `order` from the caller's wallet, under `key` (required: the order may be completed
    /// later, and the key is what makes that once); when the wallet is short, starts a payment of
    /// the shortfall through `gateway` and holds the order for it.
    pub async fn checkout(
        &self,
        who: &Principal,
        order: OrderRequest,
        gateway: &str,
        key: &str,
        meta: &RequestMeta,
    ) -> Result<Checkout, AppError> {
        if key.trim().is_empty() {
            return Err(AppError::Invalid { field: "Idempotency-Key", reason: InvalidInput::Range });
        }
        // A retry of a checkout that is waiting for its payment answers that same payment (a
        // second payment and order would buy twice once both were paid).
        if let Some(waiting) = billing::waiting_order(&self.db, who.user_id, key).await? {
            let payment = self.payments.payment(who, waiting.payment_id).await?;
            match payment.status {
                // Still on its way, or held for an admin's look: the same payment is the answer.
                PaymentStatus::Pending | PaymentStatus::Review => {
                    let shortfall = payment.base_amount_minor.unwrap_or(payment.amount_minor);
                    return Ok(Checkout::Waiting { payment, shortfall_minor: shortfall });
                }
                // Paid before the completion job ran: buy it now; the purchase below then
                // answers as the replay of that same request.
                PaymentStatus::Paid => {
                    self.complete(waiting.payment_id).await?;
                }
                // Its payment ended unpaid: that order is over; this checkout starts afresh.
                _ => {
                    let mut tx = self.db.begin().await?;
                    billing::fail_order_tx(&mut tx, waiting.payment_id, "PAYMENT_NOT_RECEIVED", self.clock.now())
                        .await?;
                    tx.commit().await?;
                }
            }
        }
        let bought = self
            .idempotency
            .run(who.user_id, Some(key), &order.route, &order.body, |claim| {
                let order = &order;
                let (promo, referral) = (order.promo_code.as_deref(), order.referral_code.as_deref());
                async move { self.store.purchase(who, &order.items, promo, referral, claim.as_ref(), meta).await }
            })
            .await;
        let (balance, needed) = match bought {
            Ok(answer) => return Ok(Checkout::Bought(answer.value)),
            Err(AppError::InsufficientFunds { balance_minor, needed_minor }) => (balance_minor, needed_minor),
            Err(e) => return Err(e),
        };
        let shortfall = needed - balance.max(0);
        let payment = self.payments.start_top_up(who, gateway, shortfall, None, None).await?;
        let now = self.clock.now();
        let row = OrderRow {
            payment_id: payment.id,
            user_id: who.user_id,
            request: rms_store::Json(order),
            idempotency_key: key.to_owned(),
            status: OrderStatus::Waiting,
            invoice_id: None,
            failure: None,
            created_at: now,
            updated_at: now,
        };
        billing::insert_order(&self.db, &row).await?;
        let entry = meta.audit(
            Some(who.user_id),
            "store.order_held",
            ("payment", payment.id.to_string()),
            serde_json::json!({ "shortfall_minor": shortfall, "gateway": gateway }),
        );
        crate::audit_alone(&self.db, &entry, now).await?;
        Ok(Checkout::Waiting { payment, shortfall_minor: shortfall })
    }

    /// Buys the order held for `payment` once the payment is credited; `None` when no order
    /// waits for it. A payment not credited yet leaves it waiting.
    pub async fn complete(&self, payment: Uuid) -> Result<Option<OrderState>, AppError> {
        let Some(order) = billing::order(&self.db, payment).await? else { return Ok(None) };
        if order.status != OrderStatus::Waiting {
            return Ok(Some(state_of(&order)));
        }
        let now = self.clock.now();
        let paid = billing::payment(&self.db, payment).await?;
        match paid.as_ref().map(|p| p.status) {
            Some(PaymentStatus::Paid) => {}
            Some(PaymentStatus::Pending | PaymentStatus::Review) => return Ok(Some(OrderState::Waiting)),
            // Paid, then taken back by the gateway: nothing to buy with.
            Some(PaymentStatus::Refunded) => {
                return self.fail(&order, "PAYMENT_RETURNED", paid.as_ref(), now).await.map(Some);
            }
            // Never paid: nothing to buy with.
            _ => return self.fail(&order, "PAYMENT_NOT_RECEIVED", paid.as_ref(), now).await.map(Some),
        }
        // Money that arrives after the buyer's key is forgotten (a transfer confirmed days later)
        // stays in the wallet: buying then could buy twice, and at another day's price.
        if now > order.created_at.plus(crate::idempotency::RETENTION) {
            return self.fail(&order, "ORDER_EXPIRED", paid.as_ref(), now).await.map(Some);
        }
        // The buyer, acting on their own wallet (as their order did).
        let who = Principal::new(order.user_id, rms_core::account::Role::User, Credential::Session, false, false);
        let meta = RequestMeta::default();
        let request = &order.request.0;
        let bought = self
            .idempotency
            .run(order.user_id, Some(&order.idempotency_key), &request.route, &request.body, |claim| {
                let who = &who;
                let meta = &meta;
                async move { self.store.purchase_order(who, request, payment, claim.as_ref(), meta).await }
            })
            .await;
        match bought {
            // Bought now, or before (a replay): either way the order says so.
            Ok(answer) => {
                let mut tx = self.db.begin().await?;
                billing::complete_order_tx(&mut tx, payment, answer.value.invoice_id, self.clock.now()).await?;
                tx.commit().await?;
                Ok(Some(OrderState::Completed { invoice_id: answer.value.invoice_id }))
            }
            // Another completion is running it right now.
            Err(AppError::IdempotencyInFlight { .. }) | Err(AppError::WrongState { state: "completed" }) => {
                let order = billing::order(&self.db, payment).await?.ok_or(AppError::NotFound)?;
                Ok(Some(state_of(&order)))
            }
            // The store refused it (a code used up meanwhile, a plan retired): the money stays in
            // the wallet and the buyer is told why.
            Err(e) if refusal_code(&e).is_some() => {
                let code = refusal_code(&e).unwrap_or_default();
                tracing::warn!(payment = %payment, error = %e, "a held order could not be bought");
                self.fail(&order, &code, paid.as_ref(), self.clock.now()).await.map(Some)
            }
            // Ours (the database busy…): the job tries again.
            Err(e) => Err(e),
        }
    }

    /// Marks the order failed and tells the buyer why and where their money is, once (a second
    /// completion of a finished order changes and tells nothing).
    async fn fail(
        &self,
        order: &OrderRow,
        code: &str,
        paid: Option<&billing::PaymentRow>,
        now: rms_core::Timestamp,
    ) -> Result<OrderState, AppError> {
        let mut tx = self.db.begin().await?;
        if billing::fail_order_tx(&mut tx, order.payment_id, code, now).await? {
            // The money arrived (and stays in the wallet) unless the payment never went through
            // or was taken back.
            let reason = match code {
                "PAYMENT_NOT_RECEIVED" => "unpaid",
                "PAYMENT_RETURNED" => "returned",
                "ORDER_EXPIRED" => "late",
                _ => "refused",
            };
            let (amount, currency) = paid.map_or((0, ""), |p| (p.amount_minor, p.currency.as_str()));
            let data = serde_json::json!({ "reason": reason, "amount_minor": amount, "currency": currency,
                "link": if matches!(reason, "unpaid" | "returned") { "/store" } else { "/wallet" } });
            let kind = rms_core::notifications::NotificationKind::OrderFailed;
            let dedupe = Some(format!("order_failed:{}", order.payment_id));
            crate::notifications::record(&mut tx, now, order.user_id, kind, data, dedupe).await?;
        }
        tx.commit().await?;
        let order = billing::order(&self.db, order.payment_id).await?.ok_or(AppError::NotFound)?;
        Ok(state_of(&order))
    }

    /// The order held for one of the caller's payments, completing it when its payment was
    /// credited meanwhile (the buyer's return to the payment page; their wallet pays, so only a
    /// caller who may spend from it); "not found" for another's or none.
    pub async fn order(&self, who: &Principal, payment: Uuid) -> Result<OrderState, AppError> {
        let order = billing::order(&self.db, payment).await?.ok_or(AppError::NotFound)?;
        if order.user_id != who.user_id {
            return Err(AppError::NotFound);
        }
        if !who.may(rms_core::account::Scope::Wallet) {
            return Ok(state_of(&order));
        }
        self.complete(payment).await?.ok_or(AppError::NotFound)
    }

    /// Where the order held for one of the caller's payments stands, read only.
    pub async fn state(&self, who: &Principal, payment: Uuid) -> Result<OrderState, AppError> {
        let order = billing::order(&self.db, payment).await?.ok_or(AppError::NotFound)?;
        if order.user_id != who.user_id || !who.may(rms_core::account::Scope::Read) {
            return Err(AppError::NotFound);
        }
        Ok(state_of(&order))
    }
}

fn state_of(order: &OrderRow) -> OrderState {
    match (order.status, order.invoice_id) {
        (OrderStatus::Completed, Some(invoice_id)) => OrderState::Completed { invoice_id },
        (OrderStatus::Failed, _) => OrderState::Failed { code: order.failure.clone().unwrap_or_default() },
        _ => OrderState::Waiting,
    }
}
