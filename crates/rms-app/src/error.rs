//! The use cases' error type: what went wrong, in domain terms. The HTTP layer maps each variant
//! to a status and a stable problem code, in one place.

use rms_core::account::InvalidInput;
use rms_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// A field of the request does not hold an acceptable value.
    #[error("{field}: {reason}")]
    Invalid { field: &'static str, reason: InvalidInput },
    /// Wrong email or password; deliberately does not say which.
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("the account is locked")]
    AccountLocked,
    /// The password was right; the account needs its second factor too.
    #[error("a one-time code is required")]
    TotpRequired,
    /// The second factor was wrong, reused or expired.
    #[error("the one-time code is not valid")]
    TotpInvalid,
    /// Too many wrong codes: the second factor is locked for a while.
    #[error("two-factor sign-in is locked for a while")]
    TotpLocked,
    #[error("two-factor sign-in is already on")]
    TotpAlreadyEnabled,
    #[error("two-factor sign-in is not on")]
    TotpNotEnabled,
    /// No valid access token or API key.
    #[error("not authenticated")]
    Unauthenticated,
    /// The refresh token is unknown, expired, revoked or was already used.
    #[error("invalid or expired refresh token")]
    InvalidRefreshToken,
    /// An emailed link's token is unknown, used or expired.
    #[error("invalid or expired link")]
    InvalidLinkToken,
    #[error("not found")]
    NotFound,
    /// Authenticated, but this credential or role may not do this.
    #[error("forbidden")]
    Forbidden,
    /// The deployment requires staff to use two-factor sign-in, and this one does not.
    #[error("staff must turn on two-factor sign-in")]
    StaffNeedTwoFactor,
    /// Another product already has this slug.
    #[error("the slug is taken")]
    SlugTaken,
    /// The product already has a release of this version (same semver precedence).
    #[error("the version is taken")]
    VersionTaken,
    /// An upload larger than the configured limit (bytes).
    #[error("larger than {limit} bytes")]
    TooLarge { limit: i64 },
    /// A download link that is malformed, altered, expired, or for a release no longer published.
    #[error("the download link is not valid")]
    DownloadRefused,
    /// An updater feed that needs a license key got none (`given: false`: the feed is not
    /// public) or one that is not usable for this product (`given: true`).
    #[error("the feed needs a usable license key")]
    FeedLicense { given: bool },
    /// A revoked license cannot change status again.
    #[error("the license is revoked")]
    LicenseRevoked,
    /// Fewer seats than are in use (activations and sub-licenses): free some first.
    #[error("{in_use} seats are in use")]
    SeatsInUse { in_use: i64 },
    /// An offline activation request that is malformed or was not written with this license's key.
    #[error("not an activation request for this license")]
    BadActivationRequest,
    /// No promo code has this name (or it is not valid now).
    #[error("unknown promo code")]
    PromoNotFound,
    /// The seat pool has fewer free seats than asked for.
    #[error("only {free} seats are free")]
    NotEnoughSeats { free: i64 },
    /// The license is revoked, suspended or expired, so it cannot do this (`code` says which).
    #[error("the license is not usable: {code}")]
    LicenseUnusable { code: &'static str },
    /// The license's reassignment budget is spent until then.
    #[error("no device change allowed before {next_allowed_at}")]
    ReassignmentLimit { next_allowed_at: rms_core::Timestamp },
    /// A per-account quota (such as the number of API keys) is used up.
    #[error("limit reached: {limit}")]
    LimitReached { limit: i64 },
    /// The invoice's plan allows refunds for this many days after the purchase, and they passed.
    #[error("the refund window of {days} days has passed")]
    RefundWindowClosed { days: i64 },
    /// The wallet holds less than the purchase costs; nothing was charged.
    #[error("the wallet holds {balance_minor}, {needed_minor} is needed")]
    InsufficientFunds { balance_minor: i64, needed_minor: i64 },
    /// The promo code exists but does not apply (dates, products, minimum, first purchase,
    /// used up, paused).
    #[error("the promo code does not apply: {refusal}")]
    PromoRefused { refusal: rms_core::pricing::PromoRefusal },
    /// Another promo code already has this name.
    #[error("the promo code exists")]
    PromoCodeTaken,
    /// This `Idempotency-Key` was used for a different request.
    #[error("the idempotency key was used with another request")]
    IdempotencyMismatch,
    /// A request with this `Idempotency-Key` is still running.
    #[error("a request with this idempotency key is in progress")]
    /// Another request with this key runs; retry after this many seconds (at least 1).
    IdempotencyInFlight { retry_after_secs: u64 },
    /// An affiliate cannot be referred by their own code.
    #[error("self-referral")]
    SelfReferral,
    /// The thing is no longer in the state this action needs (a refunded invoice, a paid payment).
    #[error("already {state}")]
    WrongState { state: &'static str },
    /// This payment gateway is not enabled here.
    #[error("the gateway is not enabled")]
    GatewayDisabled,
    /// The payment gateway could not be reached or did not answer usefully; nothing was charged.
    #[error("the payment gateway is unavailable")]
    GatewayUnavailable,
    /// A webhook whose signature does not check out (or cannot be checked): nothing changed.
    #[error("the webhook signature is invalid")]
    WebhookRefused,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn invalid(field: &'static str) -> impl FnOnce(InvalidInput) -> AppError {
        move |reason| AppError::Invalid { field, reason }
    }

    /// A state word from a request that names no state of its kind: the field is out of range.
    pub fn unknown(field: &'static str) -> impl FnOnce(rms_core::states::UnknownState) -> AppError {
        move |_| AppError::Invalid { field, reason: InvalidInput::Range }
    }
}

/// A store conflict inside a service call: the call may run again ([`rms_store::retry_conflicts`]).
impl rms_store::MaybeConflict for AppError {
    fn is_conflict(&self) -> bool {
        matches!(self, AppError::Store(e) if e.is_conflict())
    }
}
