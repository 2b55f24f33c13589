//! What people are told, and where: every notification has a kind (what happened), and each
//! person chooses per kind the channels it reaches them on. The defaults are what a careful
//! vendor would pick: money, licenses and security on email and in the app, releases in the
//! app, marketing nowhere; security notices always keep at least one channel.

use std::collections::BTreeMap;

use crate::releases::Channel;

crate::states! {
    /// The channels a notification can take.
    pub enum NotifyChannel ("notification channel") {
        Email = "email",
        Telegram = "telegram",
        InApp = "in_app",
    }
}

crate::states! {
    /// What happened. The word is the key in preferences and in stored notifications.
    pub enum NotificationKind ("notification kind") {
        TopUpCredited = "top_up_credited",
        TransferConfirmed = "transfer_confirmed",
        PurchaseReceipt = "purchase_receipt",
        /// A purchase held for a payment could not be made: why, and where the money is.
        OrderFailed = "order_failed",
        Refund = "refund",
        PaymentAttention = "payment_attention",
        LicenseIssued = "license_issued",
        DeviceActivated = "device_activated",
        SeatFreed = "seat_freed",
        LicenseExpiring = "license_expiring",
        LicenseExpired = "license_expired",
        /// Auto-renewal ahead: the day, the price, whether the wallet covers it.
        RenewalUpcoming = "renewal_upcoming",
        /// Auto-renewal done: the license runs to its new end.
        LicenseRenewed = "license_renewed",
        /// Auto-renewal could not be made (the wallet was short, the plan is no longer sold).
        RenewalFailed = "renewal_failed",
        CloneSuspected = "clone_suspected",
        LicenseStatus = "license_status",
        ReleasePublished = "release_published",
        NewSignIn = "new_sign_in",
        PasswordChanged = "password_changed",
        TwoFactorChanged = "two_factor_changed",
        ApiKeyCreated = "api_key_created",
        CommissionEarned = "commission_earned",
        CommissionReleased = "commission_released",
        Marketing = "marketing",
    }
}

crate::states! {
    /// The groups kinds are shown in.
    pub enum NotificationGroup ("notification group") {
        Transactions = "transactions",
        Licenses = "licenses",
        Releases = "releases",
        Security = "security",
        Affiliate = "affiliate",
        Marketing = "marketing",
    }
}

impl NotificationKind {
    pub fn group(self) -> NotificationGroup {
        use NotificationKind::*;
        match self {
            TopUpCredited | TransferConfirmed | PurchaseReceipt | OrderFailed | Refund | PaymentAttention
            | LicenseRenewed => NotificationGroup::Transactions,
            LicenseIssued | DeviceActivated | SeatFreed | LicenseExpiring | LicenseExpired | CloneSuspected
            | LicenseStatus | RenewalUpcoming | RenewalFailed => NotificationGroup::Licenses,
            ReleasePublished => NotificationGroup::Releases,
            NewSignIn | PasswordChanged | TwoFactorChanged | ApiKeyCreated => NotificationGroup::Security,
            CommissionEarned | CommissionReleased => NotificationGroup::Affiliate,
            Marketing => NotificationGroup::Marketing,
        }
    }

    /// Security notices cannot be silenced entirely, nor do their emails offer unsubscribing.
    pub fn is_security(self) -> bool {
        self.group() == NotificationGroup::Security
    }

    /// The channels a person who never chose gets this kind on.
    pub fn default_channels(self) -> ChannelSet {
        match self.group() {
            NotificationGroup::Marketing => ChannelSet::NONE,
            NotificationGroup::Releases => ChannelSet { email: false, telegram: false, in_app: true },
            _ => ChannelSet { email: true, telegram: false, in_app: true },
        }
    }
}

/// Which channels carry a kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelSet {
    pub email: bool,
    pub telegram: bool,
    pub in_app: bool,
}

impl ChannelSet {
    pub const NONE: ChannelSet = ChannelSet { email: false, telegram: false, in_app: false };

    pub fn has(self, channel: NotifyChannel) -> bool {
        match channel {
            NotifyChannel::Email => self.email,
            NotifyChannel::Telegram => self.telegram,
            NotifyChannel::InApp => self.in_app,
        }
    }

    pub fn channels(self) -> impl Iterator<Item = NotifyChannel> {
        NotifyChannel::ALL.iter().copied().filter(move |c| self.has(*c))
    }

    pub fn is_empty(self) -> bool {
        !(self.email || self.telegram || self.in_app)
    }
}

/// Why preferences were refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PreferenceError {
    #[error("unknown notification kind {0:?}")]
    UnknownKind(String),
    #[error("security notices keep at least one channel ({0})")]
    SecuritySilenced(NotificationKind),
}

/// A person's choices: a channel set per kind, the defaults for kinds they never set.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preferences {
    chosen: BTreeMap<NotificationKind, ChannelSet>,
}

impl PartialOrd for NotificationKind {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for NotificationKind {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Preferences {
    /// Preferences from stored rows (already checked when they were saved).
    pub fn from_stored(rows: impl IntoIterator<Item = (NotificationKind, ChannelSet)>) -> Self {
        Self { chosen: rows.into_iter().collect() }
    }

    /// The channels `kind` reaches this person on.
    pub fn channels(&self, kind: NotificationKind) -> ChannelSet {
        self.chosen.get(&kind).copied().unwrap_or_else(|| kind.default_channels())
    }

    /// Every kind with its channels (the matrix pages and the API show).
    pub fn matrix(&self) -> Vec<(NotificationKind, ChannelSet)> {
        NotificationKind::ALL.iter().map(|k| (*k, self.channels(*k))).collect()
    }

    /// These preferences with `changes` applied: kinds by their word; a kind left out keeps
    /// what it had. Refused whole when a kind is unknown or a security kind would reach nobody.
    pub fn with(&self, changes: &BTreeMap<String, ChannelSet>) -> Result<Self, PreferenceError> {
        let mut next = self.clone();
        for (word, set) in changes {
            let kind = NotificationKind::parse(word).map_err(|_| PreferenceError::UnknownKind(word.clone()))?;
            if kind.is_security() && set.is_empty() {
                return Err(PreferenceError::SecuritySilenced(kind));
            }
            next.chosen.insert(kind, *set);
        }
        Ok(next)
    }

    /// The choices that differ from the defaults (what is stored).
    pub fn chosen(&self) -> impl Iterator<Item = (NotificationKind, ChannelSet)> + '_ {
        self.chosen.iter().map(|(k, s)| (*k, *s))
    }

    /// Turns a channel off for every kind (a blocked Telegram bot, an unsubscribe from every
    /// email), keeping security notices on at least one other channel (in the app).
    pub fn without(&self, channel: NotifyChannel, kinds: &[NotificationKind]) -> Self {
        let mut next = self.clone();
        for kind in kinds {
            let mut set = next.channels(*kind);
            match channel {
                NotifyChannel::Email => set.email = false,
                NotifyChannel::Telegram => set.telegram = false,
                NotifyChannel::InApp => set.in_app = false,
            }
            if kind.is_security() && set.is_empty() {
                set.in_app = true;
            }
            next.chosen.insert(*kind, set);
        }
        next
    }
}

/// The thresholds a license's coming expiry is told at, in days before it.
pub const EXPIRY_NOTICE_DAYS: [u32; 2] = [14, 3];

/// A person's choice for one product's new versions: the release channel they follow (channels
/// are cumulative: who follows beta hears of stable releases too), or none, and the channels the
/// news reaches them on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReleaseSubscription {
    pub follows: Option<Channel>,
    pub delivery: ChannelSet,
}

impl ReleaseSubscription {
    /// What a person who never chose for this product gets: stable releases, on the channels of
    /// their `release_published` choice.
    pub fn default_for(prefs: &Preferences) -> Self {
        Self { follows: Some(Channel::Stable), delivery: prefs.channels(NotificationKind::ReleasePublished) }
    }

    /// The channels a release published on `release` reaches this person on; `None`: not at all.
    pub fn hears_of(&self, release: Channel) -> Option<ChannelSet> {
        self.follows.filter(|f| f.sees(release)).map(|_| self.delivery).filter(|d| !d.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(email: bool, telegram: bool, in_app: bool) -> ChannelSet {
        ChannelSet { email, telegram, in_app }
    }

    #[test]
    fn defaults_keep_money_and_security_on_email_and_marketing_off() {
        let none = Preferences::default();
        assert_eq!(none.channels(NotificationKind::TopUpCredited), set(true, false, true));
        assert_eq!(none.channels(NotificationKind::PasswordChanged), set(true, false, true));
        assert_eq!(none.channels(NotificationKind::ReleasePublished), set(false, false, true));
        assert_eq!(none.channels(NotificationKind::Marketing), ChannelSet::NONE);
        assert_eq!(none.matrix().len(), NotificationKind::ALL.len());
    }

    #[test]
    fn changes_apply_per_kind_and_security_keeps_a_channel() {
        let none = Preferences::default();
        let changes = BTreeMap::from([
            ("marketing".to_owned(), set(true, false, false)),
            ("purchase_receipt".to_owned(), ChannelSet::NONE),
        ]);
        let mine = none.with(&changes).unwrap();
        assert_eq!(mine.channels(NotificationKind::Marketing), set(true, false, false));
        assert!(mine.channels(NotificationKind::PurchaseReceipt).is_empty());
        assert_eq!(mine.channels(NotificationKind::Refund), set(true, false, true), "untouched kinds keep defaults");
        let silenced = BTreeMap::from([("new_sign_in".to_owned(), ChannelSet::NONE)]);
        assert_eq!(none.with(&silenced), Err(PreferenceError::SecuritySilenced(NotificationKind::NewSignIn)));
        let unknown = BTreeMap::from([("weather".to_owned(), ChannelSet::NONE)]);
        assert!(matches!(none.with(&unknown), Err(PreferenceError::UnknownKind(_))));
        // Turning email off everywhere leaves security on in the app.
        let off = mine.without(NotifyChannel::Email, NotificationKind::ALL);
        assert_eq!(off.channels(NotificationKind::PasswordChanged), set(false, false, true));
        assert!(!off.channels(NotificationKind::Marketing).email);
    }

    #[test]
    fn release_subscriptions_follow_a_channel_and_those_below_it() {
        let defaults = ReleaseSubscription::default_for(&Preferences::default());
        assert_eq!(defaults.hears_of(Channel::Stable), Some(set(false, false, true)));
        assert_eq!(defaults.hears_of(Channel::Beta), None, "betas only for who asked");
        let beta = ReleaseSubscription { follows: Some(Channel::Beta), delivery: set(true, true, false) };
        assert_eq!(beta.hears_of(Channel::Stable), Some(set(true, true, false)));
        assert_eq!(beta.hears_of(Channel::Beta), Some(set(true, true, false)));
        assert_eq!(beta.hears_of(Channel::Alpha), None);
        let muted = ReleaseSubscription { follows: Some(Channel::Alpha), delivery: ChannelSet::NONE };
        assert_eq!(muted.hears_of(Channel::Stable), None, "no channel: not told at all");
        let unfollowed = ReleaseSubscription { follows: None, delivery: set(true, false, true) };
        assert_eq!(unfollowed.hears_of(Channel::Stable), None);
    }
}
