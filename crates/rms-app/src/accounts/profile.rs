//! The account as its owner and staff see it, and the owner's changes to it: name, language and
//! digits, time zone.

use rms_core::Timestamp;
use rms_core::account::{DisplayName, InvalidInput, Timezone};
use rms_i18n::Locale;
use rms_store::accounts as store;
use serde_json::json;
use uuid::Uuid;

use super::{Accounts, Principal, parse_locale, parse_time_zone};
use crate::names::User;
use crate::{AppError, RequestMeta};

/// An account as its owner (their profile) and staff (the users list) see it.
#[derive(Clone, Debug)]
pub struct AccountView {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub role: String,
    /// The language tag (`fa`), without the digits option.
    pub locale: String,
    /// Numbers in Latin digits (0–9) in place of the language's own (Persian ۱۲۳).
    pub latin_digits: bool,
    pub timezone: String,
    pub email_verified: bool,
    pub two_factor_enabled: bool,
    pub locked: bool,
    pub created_at: Timestamp,
}

impl From<User> for AccountView {
    fn from(User { row: u, name }: User) -> Self {
        let locale = Locale::parse(&u.locale);
        Self {
            id: u.id,
            email: u.email,
            name,
            role: u.role,
            locale: locale.map_or(u.locale, |l| l.tag().to_owned()),
            latin_digits: locale.is_some_and(Locale::latin_digits),
            timezone: u.timezone,
            email_verified: u.email_verified_at.is_some(),
            two_factor_enabled: u.totp_enabled_at.is_some(),
            locked: u.locked_at.is_some(),
            created_at: u.created_at,
        }
    }
}

impl AccountView {
    /// The language their pages, emails and invoices are in, with their choice of digits.
    pub fn interface_locale(&self) -> Option<Locale> {
        let language = Locale::parse(&self.locale)?;
        Some(if self.latin_digits { language.with_latin_digits() } else { language })
    }
}

/// Fields of `PATCH /me`; `None` leaves a field as it is.
#[derive(Default)]
pub struct ProfileChange<'a> {
    pub name: Option<&'a str>,
    pub locale: Option<&'a str>,
    pub timezone: Option<&'a str>,
    /// `native` (the language's own digits, as CLDR has them) or `latin` (0–9). Kept when only
    /// the language changes.
    pub digits: Option<&'a str>,
}

/// The `digits` option: whether numbers use Latin digits.
fn parse_digits(value: &str) -> Result<bool, AppError> {
    match value {
        "native" => Ok(false),
        "latin" => Ok(true),
        _ => Err(AppError::Invalid { field: "digits", reason: InvalidInput::Range }),
    }
}

impl Accounts {
    pub async fn profile(&self, who: &Principal) -> Result<AccountView, AppError> {
        self.names.by_id(who.user_id).await?.map(AccountView::from).ok_or(AppError::NotFound)
    }

    /// Sets the account's language and digits, which are stored together (`fa-u-nu-latn`): a
    /// change of one keeps the other. Written only over the value read, and read again when
    /// another change got there first (a language picked in one tab while the digits are saved
    /// in another), so that neither is lost.
    async fn set_language(
        &self,
        user: Uuid,
        language: Option<Locale>,
        latin: Option<bool>,
        now: Timestamp,
    ) -> Result<Locale, AppError> {
        for _ in 0..5 {
            let read = store::user_by_id(&self.db, user).await?.ok_or(AppError::NotFound)?.locale;
            let current = Locale::parse(&read).unwrap_or_else(Locale::english);
            let language = language.unwrap_or(current);
            let wanted = if latin.unwrap_or(current.latin_digits()) {
                language.with_latin_digits()
            } else {
                language.with_native_digits()
            };
            if store::set_locale_over(&self.db, user, &read, &wanted.stored(), now).await? {
                return Ok(wanted);
            }
        }
        Err(AppError::WrongState { state: "changed" })
    }

    pub async fn change_profile(
        &self,
        who: &Principal,
        change: ProfileChange<'_>,
        meta: &RequestMeta,
    ) -> Result<AccountView, AppError> {
        // Account changes need the person, not an integration's key.
        if !who.is_session() {
            return Err(AppError::Forbidden);
        }
        let name = change.name.map(DisplayName::parse).transpose().map_err(AppError::invalid("name"))?;
        let locale = change.locale.map(parse_locale).transpose()?;
        let latin_digits = change.digits.map(parse_digits).transpose()?;
        let timezone = change.timezone.map(parse_time_zone).transpose()?;
        let now = self.clock.now();
        let sealed_name = name.as_ref().map(|n| self.names.seal(who.user_id, n.as_str()));
        store::update_profile(
            &self.db,
            who.user_id,
            sealed_name.as_ref().map(crate::names::Sealed::as_store),
            None,
            timezone.as_ref().map(Timezone::as_str),
            now,
        )
        .await?;
        let stored = match (locale, latin_digits) {
            (None, None) => None,
            (language, latin) => Some(self.set_language(who.user_id, language, latin, now).await?),
        };
        let mut entry = self.audit(meta, Some(who.user_id), "user.profile_changed");
        entry.details = json!({
            "name": name.is_some(), "locale": stored.map(Locale::tag),
            "digits": stored.map(|l| if l.latin_digits() { "latin" } else { "native" }),
            "timezone": timezone.as_ref().map(Timezone::as_str)
        });
        self.record(entry).await?;
        self.profile(who).await
    }
}
