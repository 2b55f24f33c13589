//! The stable codes of problem responses. Clients and customers' scripts switch on them, so
//! they are a contract: add codes, never rename one. Every code has a title and a detail message
//! in each locale (`problem-<code>-title`, `-detail`), which a test checks for English.

use rms_core::pricing::PromoRefusal;

macro_rules! problem_codes {
    ($($variant:ident = $code:literal,)*) => {
        /// A problem's code; [`ProblemCode::all`] lists every one the server can answer with.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ProblemCode {
            $($variant,)*
            /// A promo code that exists but does not apply; the refusal names why.
            Promo(PromoRefusal),
        }

        impl ProblemCode {
            const PLAIN: &[ProblemCode] = &[$(ProblemCode::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $code,)*
                    ProblemCode::Promo(refusal) => refusal.code(),
                }
            }
        }
    };
}

problem_codes! {
    AccountLocked = "ACCOUNT_LOCKED",
    BadRequest = "BAD_REQUEST",
    CsrfFailed = "CSRF_FAILED",
    DownloadLinkInvalid = "DOWNLOAD_LINK_INVALID",
    EntitlementsAppendOnly = "ENTITLEMENTS_APPEND_ONLY",
    FeedLicenseRefused = "FEED_LICENSE_REFUSED",
    FeedLicenseRequired = "FEED_LICENSE_REQUIRED",
    Forbidden = "FORBIDDEN",
    GatewayDisabled = "GATEWAY_DISABLED",
    GatewayUnavailable = "GATEWAY_UNAVAILABLE",
    HttpError = "HTTP_ERROR",
    IdempotencyKeyInUse = "IDEMPOTENCY_KEY_IN_USE",
    IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED",
    InsufficientFunds = "INSUFFICIENT_FUNDS",
    InsufficientScope = "INSUFFICIENT_SCOPE",
    InternalError = "INTERNAL_ERROR",
    InvalidActivationRequest = "INVALID_ACTIVATION_REQUEST",
    InvalidCode = "INVALID_CODE",
    InvalidCredentials = "INVALID_CREDENTIALS",
    InvalidEmail = "INVALID_EMAIL",
    InvalidFileName = "INVALID_FILE_NAME",
    InvalidLinkToken = "INVALID_LINK_TOKEN",
    InvalidName = "INVALID_NAME",
    InvalidNumberFormat = "INVALID_NUMBER_FORMAT",
    InvalidPlatform = "INVALID_PLATFORM",
    InvalidProductKind = "INVALID_PRODUCT_KIND",
    InvalidRefreshToken = "INVALID_REFRESH_TOKEN",
    InvalidRole = "INVALID_ROLE",
    InvalidScope = "INVALID_SCOPE",
    InvalidSlug = "INVALID_SLUG",
    InvalidStagingPattern = "INVALID_STAGING_PATTERN",
    InvalidTimezone = "INVALID_TIMEZONE",
    InvalidVatId = "INVALID_VAT_ID",
    InvalidVersion = "INVALID_VERSION",
    InvalidDate = "INVALID_DATE",
    DateRangeReversed = "DATE_RANGE_REVERSED",
    LicenseRevoked = "LICENSE_REVOKED",
    LicenseUnusable = "LICENSE_UNUSABLE",
    LimitReached = "LIMIT_REACHED",
    MethodNotAllowed = "METHOD_NOT_ALLOWED",
    NotEnoughSeats = "NOT_ENOUGH_SEATS",
    NotForSale = "NOT_FOR_SALE",
    NotFound = "NOT_FOUND",
    NumberFormatsClash = "NUMBER_FORMATS_CLASH",
    OutOfRange = "OUT_OF_RANGE",
    PasswordContainsEmail = "PASSWORD_CONTAINS_EMAIL",
    PasswordLength = "PASSWORD_LENGTH",
    PasswordTooCommon = "PASSWORD_TOO_COMMON",
    PayloadTooLarge = "PAYLOAD_TOO_LARGE",
    PromoCodeTaken = "PROMO_CODE_TAKEN",
    PromoNotFound = "PROMO_NOT_FOUND",
    ReassignmentLimit = "REASSIGNMENT_LIMIT",
    RefundWindowClosed = "REFUND_WINDOW_CLOSED",
    RequestTimeout = "REQUEST_TIMEOUT",
    SeatsInUse = "SEATS_IN_USE",
    SelfReferral = "SELF_REFERRAL",
    ServiceUnavailable = "SERVICE_UNAVAILABLE",
    SlugTaken = "SLUG_TAKEN",
    TooManyRequests = "TOO_MANY_REQUESTS",
    TotpAlreadyEnabled = "TOTP_ALREADY_ENABLED",
    TotpInvalid = "TOTP_INVALID",
    TotpLocked = "TOTP_LOCKED",
    TotpNotEnabled = "TOTP_NOT_ENABLED",
    TotpRequired = "TOTP_REQUIRED",
    TwoFactorRequiredForStaff = "TWO_FACTOR_REQUIRED_FOR_STAFF",
    Unauthenticated = "UNAUTHENTICATED",
    UnknownAccount = "UNKNOWN_ACCOUNT",
    UnsupportedLocale = "UNSUPPORTED_LOCALE",
    UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE",
    VersionTaken = "VERSION_TAKEN",
    WebhookSignatureInvalid = "WEBHOOK_SIGNATURE_INVALID",
    WrongState = "WRONG_STATE",
}

impl ProblemCode {
    pub fn all() -> impl Iterator<Item = ProblemCode> {
        Self::PLAIN.iter().copied().chain(PromoRefusal::ALL.into_iter().map(ProblemCode::Promo))
    }

    /// The message id stem: `problem-<slug>-title` and `problem-<slug>-detail`.
    pub fn slug(self) -> String {
        self.as_str().to_ascii_lowercase().replace('_', "-")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use rms_i18n::Locale;

    use super::*;

    #[test]
    fn every_problem_code_is_screaming_snake_case_and_unique() {
        let mut seen = HashSet::new();
        for code in ProblemCode::all() {
            let s = code.as_str();
            assert!(s.chars().all(|c| c.is_ascii_uppercase() || c == '_'), "{s}");
            assert!(seen.insert(s), "{s} is listed twice");
        }
    }

    #[test]
    fn english_explains_every_problem_the_server_can_answer_with() {
        let en = Locale::english();
        let missing: Vec<_> = ProblemCode::all()
            .flat_map(|code| ["title", "detail"].map(|part| format!("problem-{}-{part}", code.slug())))
            .filter(|id| !en.has_message(id))
            .collect();
        assert!(missing.is_empty(), "no English message for {missing:?}");
    }

    #[test]
    fn english_explains_every_licensing_answer() {
        let en = Locale::english();
        let missing: Vec<_> = rms_core::licensing::Code::ALL
            .into_iter()
            .map(|code| format!("answer-{}", code.slug()))
            .filter(|id| !en.has_message(id))
            .collect();
        assert!(missing.is_empty(), "no English message for {missing:?}");
    }
}
