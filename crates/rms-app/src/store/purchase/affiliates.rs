//! The affiliate programme as its members see it: joining, and their code and earnings.

use super::*;

impl Store {
    /// Makes the caller an affiliate (once) and returns their dashboard.
    pub async fn become_affiliate(&self, who: &Principal) -> Result<AffiliateView, AppError> {
        if !who.may(Scope::Wallet) {
            return Err(AppError::Forbidden);
        }
        self.join_affiliates(who).await?;
        self.affiliate_view(who).await?.ok_or_else(|| AppError::Internal("an affiliate without a code".into()))
    }

    pub(super) async fn join_affiliates(&self, who: &Principal) -> Result<String, AppError> {
        if let Some(code) = billing::affiliate_code(&self.db, who.user_id).await? {
            return Ok(code);
        }
        // 10 base32 characters: short enough for a link, 50 bits so codes are not guessed.
        for _ in 0..5 {
            let code: String =
                rms_crypto::token::recovery_code().chars().filter(char::is_ascii_alphanumeric).take(10).collect();
            if billing::insert_affiliate(&self.db, who.user_id, &code, self.clock.now()).await? {
                return Ok(code);
            }
            if let Some(code) = billing::affiliate_code(&self.db, who.user_id).await? {
                return Ok(code);
            }
        }
        Err(AppError::Internal("no free affiliate code after five tries".into()))
    }

    /// The caller's affiliate dashboard, or `None` when they are not an affiliate.
    pub async fn affiliate(&self, who: &Principal) -> Result<Option<AffiliateView>, AppError> {
        if !who.may(Scope::Read) {
            return Err(AppError::Forbidden);
        }
        self.affiliate_view(who).await
    }

    pub(super) async fn affiliate_view(&self, who: &Principal) -> Result<Option<AffiliateView>, AppError> {
        let Some(code) = billing::affiliate_code(&self.db, who.user_id).await? else {
            return Ok(None);
        };
        let settings = self.billing_settings().await?;
        let totals = billing::commission_totals(&self.db, who.user_id).await?;
        let sum = |status| totals.iter().filter(|t| t.0 == status).map(|t| t.2).sum();
        Ok(Some(AffiliateView {
            code,
            referred_users: billing::referral_count(&self.db, who.user_id).await?,
            purchases: totals.iter().map(|t| t.1).sum(),
            pending_minor: sum(CommissionStatus::Pending),
            available_minor: sum(CommissionStatus::Available),
            reversed_minor: sum(CommissionStatus::Reversed),
            owed_minor: -ledger::balance(&self.db, &affiliate_debt_name(who.user_id)).await?.unwrap_or(0).min(0),
            commission_bp: settings.commission_bp,
            hold_days: settings.commission_hold_days,
        }))
    }
}
