//! Signing up: a new account (the same answer whether or not the address was taken), its
//! affiliate attribution, and the confirmation of its email address.

use rms_core::account::{DisplayName, Email, NewPassword, Role, Timezone};
use rms_crypto::token;
use rms_i18n::Locale;
use rms_store::accounts::{self as store, NewUser};
use uuid::Uuid;

use super::{Accounts, hash_password, parse_locale, parse_time_zone};
use crate::jobs;
use crate::{AppError, RequestMeta};

pub struct Registration<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub name: &'a str,
    pub locale: Option<&'a str>,
    /// The IANA time zone asked for (the API's `timezone`): refused when it is not one.
    pub timezone: Option<&'a str>,
    /// The zone the sign-up page's script read from the browser
    /// (`Intl.DateTimeFormat().resolvedOptions()`): taken when it is a zone, else ignored, since
    /// the person never typed it and could not correct it.
    pub browser_timezone: Option<&'a str>,
    pub referral_code: Option<&'a str>,
    /// The token of an invitation link: when it was sent to this address, the address is
    /// verified at once (the person proved they read it).
    pub invite: Option<&'a str>,
}

impl Accounts {
    /// Creates an account. The answer is the same whether or not the email is already
    /// registered, so that sign-up cannot be used to find out who has an account.
    pub async fn register(&self, r: Registration<'_>, fallback: Locale, meta: &RequestMeta) -> Result<(), AppError> {
        let email = Email::parse(r.email).map_err(AppError::invalid("email"))?;
        let password = NewPassword::parse(r.password, &email).map_err(AppError::invalid("password"))?;
        let name = DisplayName::parse(r.name).map_err(AppError::invalid("name"))?;
        let locale = r.locale.map(parse_locale).transpose()?.unwrap_or(fallback);
        let referral =
            r.referral_code.map(str::trim).filter(|c| !c.is_empty()).map(|c| c.chars().take(64).collect::<String>());
        let hash = hash_password(&password).await?;

        let now = self.clock.now();
        let id = Uuid::now_v7();
        let timezone = match r.timezone {
            Some(zone) => parse_time_zone(zone)?,
            None => r.browser_timezone.and_then(|zone| parse_time_zone(zone).ok()).unwrap_or_else(Timezone::utc),
        };
        let mut tx = self.db.begin().await?;
        let sealed_name = self.names.seal(id, name.as_str());
        let user = NewUser {
            id,
            email: &email,
            password_hash: &hash,
            name: sealed_name.as_store(),
            role: Role::User,
            locale: locale.tag(),
            timezone: timezone.as_str(),
            referral_code: referral.as_deref(),
        };
        if store::insert_user(&mut tx, &user, now).await? {
            store::audit(&mut tx, &self.audit(meta, Some(id), "user.registered"), now).await?;
            if let Some(code) = referral.as_deref() {
                attribute(&mut tx, id, code, now).await?;
            }
            if r.invite.is_some_and(|token| self.invites.proves(token, email.as_str())) {
                // Signed up through an invitation sent to this very address: it is theirs.
                store::mark_email_verified(&mut tx, id, now).await?;
                store::audit(&mut tx, &self.audit(meta, Some(id), "user.email_verified"), now).await?;
            } else {
                jobs::enqueue(&mut tx, now, &jobs::VerifyAddress { user_id: id }).await?;
            }
        } else {
            // Taken: same answer to the caller; the owner hears about the attempt by email.
            let owner = store::user_id_by_email(&mut tx, &email).await?.ok_or(AppError::NotFound)?;
            store::audit(&mut tx, &self.audit(meta, Some(owner), "user.registration_attempt"), now).await?;
            jobs::enqueue(&mut tx, now, &jobs::RegistrationAttempt { user_id: owner }).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Confirms an email address with the single-use token from the verification email.
    pub async fn verify_email(&self, link_token: &str, meta: &RequestMeta) -> Result<(), AppError> {
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let digest = token::digest(link_token);
        let user = store::consume_email_token(&mut tx, &digest, store::EmailTokenPurpose::VerifyEmail, now)
            .await?
            .ok_or(AppError::InvalidLinkToken)?;
        store::mark_email_verified(&mut tx, user, now).await?;
        store::audit(&mut tx, &self.audit(meta, Some(user), "user.email_verified"), now).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Attributes a new user to the affiliate whose code they arrived with (first touch: the code at
/// sign-up), for the referral window the billing settings give. An unknown code is ignored.
async fn attribute(tx: &mut rms_store::Tx, user: Uuid, code: &str, now: rms_core::Timestamp) -> Result<(), AppError> {
    let Some(affiliate) = rms_store::billing::affiliate_by_code_tx(tx, code).await? else {
        return Ok(());
    };
    let window_days: u64 =
        rms_store::billing::setting_tx(tx, "affiliate.window_days").await?.and_then(|v| v.parse().ok()).unwrap_or(30);
    let until = now.plus(std::time::Duration::from_secs(window_days * 86_400));
    rms_store::billing::insert_referral(tx, user, affiliate, until, now).await?;
    Ok(())
}
