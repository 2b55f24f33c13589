//! Promo codes as data: admins create, edit, pause and watch them; the quote and the purchase
//! resolve them. Caps are taken by one conditional update at purchase (see
//! [`rms_store::billing::take_promo_use`]).

use rms_core::Timestamp;
use rms_core::account::InvalidInput;
use rms_core::billing::Redemption;
use rms_core::billing::ResetPeriod;
use rms_core::money::BasisPoints;
use rms_core::pricing::{Promo, PromoRefusal, PromoValue};
use rms_store::billing::{self, PromoPlans, PromoRow};
use serde_json::json;
use uuid::Uuid;

use super::{Store, admin_only, invalid};
use crate::accounts::Principal;
use crate::{AppError, RequestMeta};

/// A promo code's terms as an admin writes them.
#[derive(Clone, Debug, Default)]
pub struct PromoSpec {
    pub code: String,
    pub percent_bp: Option<BasisPoints>,
    pub amount_off_minor: Option<i64>,
    pub valid_from: Option<Timestamp>,
    pub valid_until: Option<Timestamp>,
    /// Empty: every plan.
    pub plans: Vec<Uuid>,
    pub min_order_minor: i64,
    pub first_purchase_only: bool,
    pub stacks_with_volume: bool,
    /// Per period with `reset_period`, else in all.
    pub max_uses: Option<i64>,
    pub per_user_limit: Option<i64>,
    pub reset_period: Option<ResetPeriod>,
    pub paused: bool,
}

/// A promo code with its usage.
#[derive(Clone, Debug)]
pub struct PromoView {
    pub id: Uuid,
    pub spec: PromoSpec,
    /// Uses in the current period (all uses without a reset period).
    pub uses_this_period: i64,
    pub total_uses: i64,
    pub created_at: Timestamp,
}

/// Codes are typed by people: case and surrounding spaces do not matter.
pub(crate) fn normalise(code: &str) -> String {
    code.trim().to_uppercase()
}

fn period_start(row: &PromoRow, now: Timestamp) -> Timestamp {
    row.reset_period.map_or_else(Timestamp::default, |p| p.start_of(now))
}

impl PromoView {
    fn from_row(row: PromoRow, now: Timestamp) -> Self {
        let current = period_start(&row, now);
        let uses_this_period = if row.period_start == current { row.period_uses } else { 0 };
        Self {
            id: row.id,
            uses_this_period,
            total_uses: row.total_uses,
            created_at: row.created_at,
            spec: PromoSpec {
                code: row.code,
                percent_bp: row.percent_bp,
                amount_off_minor: row.amount_minor,
                valid_from: row.valid_from,
                valid_until: row.valid_until,
                plans: row.plans.0,
                min_order_minor: row.min_order_minor,
                first_purchase_only: row.first_purchase_only == 1,
                stacks_with_volume: row.stacks_with_volume == 1,
                max_uses: row.max_uses,
                per_user_limit: row.per_user_limit,
                reset_period: row.reset_period,
                paused: row.paused == 1,
            },
        }
    }
}

/// The pricing function's view of a stored code.
pub(crate) fn as_promo(row: &PromoRow) -> Result<Promo<Uuid>, AppError> {
    let value = match (row.percent_bp, row.amount_minor) {
        (Some(bp), None) => PromoValue::Percent(bp),
        (None, Some(amount)) => PromoValue::Amount(amount),
        _ => return Err(AppError::Internal(format!("promo {} has no single value", row.code))),
    };
    let plans = row.plans.0.clone();
    Ok(Promo {
        code: row.code.clone(),
        value,
        from: row.valid_from,
        until: row.valid_until,
        plans: (!plans.is_empty()).then_some(plans),
        min_order_minor: row.min_order_minor,
        first_purchase_only: row.first_purchase_only == 1,
        stacks_with_volume: row.stacks_with_volume == 1,
    })
}

/// Whether the code's cap leaves a use at `now` (the purchase takes it atomically; the quote only
/// tells the customer early).
pub(crate) fn cap_left(row: &PromoRow, now: Timestamp) -> bool {
    let current = period_start(row, now);
    let used = if row.period_start == current { row.period_uses } else { 0 };
    row.max_uses.is_none_or(|max| used < max)
}

/// Takes one use of `row` for `user` inside the purchase's transaction, or says why not.
pub(crate) async fn take_use(
    tx: &mut rms_store::Tx,
    row: &PromoRow,
    user: Uuid,
    now: Timestamp,
) -> Result<(), AppError> {
    if let Some(limit) = row.per_user_limit
        && billing::promo_uses_by(tx, row.id, user).await? >= limit
    {
        return Err(AppError::PromoRefused { refusal: PromoRefusal::UserLimit });
    }
    if !billing::take_promo_use(tx, row.id, period_start(row, now), now).await? {
        let refusal = if row.paused == 1 { PromoRefusal::Paused } else { PromoRefusal::Exhausted };
        return Err(AppError::PromoRefused { refusal });
    }
    Ok(())
}

impl Store {
    fn promo_row(&self, id: Uuid, spec: &PromoSpec, now: Timestamp) -> Result<PromoRow, AppError> {
        let code = normalise(&spec.code);
        let code_ok =
            (3..=40).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !code_ok {
            return Err(AppError::Invalid { field: "code", reason: InvalidInput::Code });
        }
        match (spec.percent_bp, spec.amount_off_minor) {
            (Some(bp), None) if bp > BasisPoints::ZERO => {}
            (None, Some(a)) if (1..=rms_core::money::MAX_AMOUNT_MINOR).contains(&a) => {}
            (None, None) | (Some(_), Some(_)) => return Err(invalid("percent_off")),
            (Some(_), None) => return Err(invalid("percent_off")),
            (None, Some(_)) => return Err(invalid("amount_off_minor")),
        }
        if let (Some(from), Some(until)) = (spec.valid_from, spec.valid_until)
            && from >= until
        {
            return Err(invalid("valid_until"));
        }
        if !(0..=rms_core::money::MAX_AMOUNT_MINOR).contains(&spec.min_order_minor) {
            return Err(invalid("min_order_minor"));
        }
        if spec.max_uses.is_some_and(|m| !(1..=1_000_000_000).contains(&m)) {
            return Err(invalid("max_uses"));
        }
        if spec.per_user_limit.is_some_and(|m| !(1..=1_000_000).contains(&m)) {
            return Err(invalid("per_user_limit"));
        }
        if spec.plans.len() > 100 {
            return Err(invalid("plans"));
        }
        Ok(PromoRow {
            id,
            code,
            percent_bp: spec.percent_bp,
            amount_minor: spec.amount_off_minor,
            valid_from: spec.valid_from,
            valid_until: spec.valid_until,
            plans: PromoPlans(spec.plans.clone()),
            min_order_minor: spec.min_order_minor,
            first_purchase_only: i64::from(spec.first_purchase_only),
            stacks_with_volume: i64::from(spec.stacks_with_volume),
            max_uses: spec.max_uses,
            per_user_limit: spec.per_user_limit,
            reset_period: spec.reset_period,
            period_start: Timestamp::default(),
            period_uses: 0,
            total_uses: 0,
            paused: i64::from(spec.paused),
            created_at: now,
            updated_at: now,
        })
    }

    async fn audit_promo(
        &self,
        who: &Principal,
        action: &'static str,
        row: &PromoRow,
        meta: &RequestMeta,
    ) -> Result<(), AppError> {
        let details = json!({
            "code": row.code, "percent_bp": row.percent_bp, "amount_minor": row.amount_minor,
            "max_uses": row.max_uses, "per_user_limit": row.per_user_limit, "reset_period": row.reset_period,
            "paused": row.paused == 1,
        });
        let entry = meta.audit(Some(who.user_id), action, ("promo_code", row.id.to_string()), details);
        crate::audit_alone(&self.db, &entry, self.clock.now()).await
    }

    /// Creates a promo code (admins). Audited.
    pub async fn create_promo(
        &self,
        who: &Principal,
        spec: &PromoSpec,
        meta: &RequestMeta,
    ) -> Result<PromoView, AppError> {
        admin_only(who)?;
        let now = self.clock.now();
        let row = self.promo_row(Uuid::now_v7(), spec, now)?;
        if !billing::insert_promo(&self.db, &row).await? {
            return Err(AppError::PromoCodeTaken);
        }
        self.audit_promo(who, "admin.promo.created", &row, meta).await?;
        Ok(PromoView::from_row(row, now))
    }

    /// Changes a promo code's terms; its name and counters stay. Audited.
    pub async fn update_promo(
        &self,
        who: &Principal,
        id: Uuid,
        spec: &PromoSpec,
        meta: &RequestMeta,
    ) -> Result<PromoView, AppError> {
        admin_only(who)?;
        let before = billing::promo(&self.db, id).await?.ok_or(AppError::NotFound)?;
        let now = self.clock.now();
        let spec = PromoSpec { code: before.code.clone(), ..spec.clone() };
        let row = self.promo_row(id, &spec, now)?;
        billing::update_promo(&self.db, &row).await?;
        self.audit_promo(who, "admin.promo.changed", &row, meta).await?;
        let after = billing::promo(&self.db, id).await?.ok_or(AppError::NotFound)?;
        Ok(PromoView::from_row(after, now))
    }

    /// Pauses or resumes a promo code. Audited.
    pub async fn pause_promo(
        &self,
        who: &Principal,
        id: Uuid,
        paused: bool,
        meta: &RequestMeta,
    ) -> Result<PromoView, AppError> {
        admin_only(who)?;
        let row = billing::promo(&self.db, id).await?.ok_or(AppError::NotFound)?;
        let spec = PromoSpec { paused, ..PromoView::from_row(row, self.clock.now()).spec };
        self.update_promo(who, id, &spec, meta).await
    }

    /// Every promo code, newest first (admins).
    pub async fn promos(&self, who: &Principal) -> Result<Vec<PromoView>, AppError> {
        admin_only(who)?;
        let now = self.clock.now();
        Ok(billing::promos(&self.db).await?.into_iter().map(|r| PromoView::from_row(r, now)).collect())
    }

    /// One promo code and who used it (admins).
    pub async fn promo_usage(&self, who: &Principal, id: Uuid) -> Result<(PromoView, Vec<Redemption>), AppError> {
        admin_only(who)?;
        let row = billing::promo(&self.db, id).await?.ok_or(AppError::NotFound)?;
        let uses = billing::redemptions(&self.db, id).await?;
        Ok((PromoView::from_row(row, self.clock.now()), uses))
    }
}
