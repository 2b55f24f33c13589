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

crate::states! {
    /// Where a license stands. A sub-license's own status is what its holder was given; its
    /// parent's status and term apply on top (docs/spec/licensing.md §6).
    pub enum LicenseStatus("license status") {
        Active = "active",
        Suspended = "suspended",
        Expired = "expired",
        Revoked = "revoked",
    }
}

impl LicenseStatus {
    /// The code validation answers for this status alone (the first codes of the order); `None`
    /// for an active license, whose term is checked next.
    pub fn refusal(self) -> Option<Code> {
        match self {
            LicenseStatus::Active => None,
            LicenseStatus::Revoked => Some(Code::Revoked),
            LicenseStatus::Suspended => Some(Code::Suspended),
            LicenseStatus::Expired => Some(Code::Expired),
        }
    }

    /// Only an active pool may hand out seats as sub-licenses, and only one level deep: a
    /// sub-license is a quota, not another pool.
    pub fn may_split(self, is_sub_license: bool) -> bool {
        self == LicenseStatus::Active && !is_sub_license
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_active_top_level_license_splits() {
        for &status in LicenseStatus::ALL {
            assert!(!status.may_split(true), "{status}");
            assert_eq!(status.may_split(false), status == LicenseStatus::Active, "{status}");
        }
    }

    #[test]
    fn a_status_refuses_with_its_own_code() {
        let refusals: Vec<_> = LicenseStatus::ALL.iter().map(|s| s.refusal()).collect();
        assert_eq!(refusals, [None, Some(Code::Suspended), Some(Code::Expired), Some(Code::Revoked)]);
    }
}
