//! The licensing protocol's states and codes: what a product is told about a license and its
//! activations. Pure values; the use cases in `rms-app` decide which one applies.

/// The answer codes of the protocol. Validation checks them in the order they are listed here
/// (docs/spec/licensing.md §4); the last three come from activation, heartbeats and deactivation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    NotFound,
    Revoked,
    Suspended,
    Expired,
    ProductMismatch,
    NotActivated,
    FingerprintMismatch,
    DomainMismatch,
    HeartbeatDead,
    TooManyActivations,
    EntitlementMissing,
    VersionNotCovered,
    Valid,
    ActivationLimit,
    CloneSuspected,
    ReassignmentLimit,
}

impl Code {
    pub const ALL: [Code; 16] = [
        Code::NotFound,
        Code::Revoked,
        Code::Suspended,
        Code::Expired,
        Code::ProductMismatch,
        Code::NotActivated,
        Code::FingerprintMismatch,
        Code::DomainMismatch,
        Code::HeartbeatDead,
        Code::TooManyActivations,
        Code::EntitlementMissing,
        Code::VersionNotCovered,
        Code::Valid,
        Code::ActivationLimit,
        Code::CloneSuspected,
        Code::ReassignmentLimit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::NotFound => "NOT_FOUND",
            Code::Revoked => "REVOKED",
            Code::Suspended => "SUSPENDED",
            Code::Expired => "EXPIRED",
            Code::ProductMismatch => "PRODUCT_MISMATCH",
            Code::NotActivated => "NOT_ACTIVATED",
            Code::FingerprintMismatch => "FINGERPRINT_MISMATCH",
            Code::DomainMismatch => "DOMAIN_MISMATCH",
            Code::HeartbeatDead => "HEARTBEAT_DEAD",
            Code::TooManyActivations => "TOO_MANY_ACTIVATIONS",
            Code::EntitlementMissing => "ENTITLEMENT_MISSING",
            Code::VersionNotCovered => "VERSION_NOT_COVERED",
            Code::Valid => "VALID",
            Code::ActivationLimit => "ACTIVATION_LIMIT",
            Code::CloneSuspected => "CLONE_SUSPECTED",
            Code::ReassignmentLimit => "REASSIGNMENT_LIMIT",
        }
    }
}

impl Code {
    /// The code in kebab case (`not-found`): its message is `answer-<slug>`, its problem type
    /// `/problems/<slug>`.
    pub fn slug(self) -> String {
        self.as_str().to_ascii_lowercase().replace('_', "-")
    }
}

/// Heartbeat state of an activation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heartbeat {
    NotStarted,
    Alive,
    Dead,
}

impl Heartbeat {
    pub fn as_str(self) -> &'static str {
        match self {
            Heartbeat::NotStarted => "not_started",
            Heartbeat::Alive => "alive",
            Heartbeat::Dead => "dead",
        }
    }
}
