//! The licensing protocol's states and codes: what a product is told about a license and its
//! activations, and the pure rules that choose among them ([`LicenseTerms`]).

mod terms;

pub use terms::{Budget, LicenseTerms, Presented, Reassignments, Seat};

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
    /// parent's status and term apply on top (docs/spec/licensing.md §7).
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

/// A plan's feature codes, each once, in the order the admin gave them: the `i`-th code is bit
/// `i` of a signed key's entitlement map, so the order is part of every key already issued.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entitlements(Vec<String>);

/// A feature code that is not 1–64 lowercase letters, digits, `-`, `_` or `.`, or more than 64
/// codes.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("entitlements must be at most 64 codes of 1–64 characters [a-z0-9-_.]")]
pub struct BadEntitlements;

impl Entitlements {
    /// At most this many codes: one bit each in the key's 64-bit map.
    pub const MAX: usize = 64;

    /// Codes as given; a repeated code counts once (where it first appears).
    pub fn parse<S: AsRef<str>>(codes: &[S]) -> Result<Self, BadEntitlements> {
        if codes.len() > Self::MAX {
            return Err(BadEntitlements);
        }
        let mut out: Vec<String> = Vec::new();
        for code in codes.iter().map(AsRef::as_ref) {
            let ok = (1..=64).contains(&code.len())
                && code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.'));
            if !ok {
                return Err(BadEntitlements);
            }
            if !out.iter().any(|c| c == code) {
                out.push(code.to_owned());
            }
        }
        Ok(Self(out))
    }

    /// How the store keeps them: comma-separated, in order.
    pub fn to_stored(&self) -> String {
        self.0.join(",")
    }

    pub fn contains(&self, code: &str) -> bool {
        self.0.iter().any(|c| c == code)
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// The signed key's entitlement map: every code's bit set.
    pub fn bits(&self) -> u64 {
        match self.0.len() {
            n if n >= 64 => u64::MAX,
            n => (1u64 << n) - 1,
        }
    }
}

/// From the stored, comma-separated form. Every row read on a heartbeat decodes it, and what is
/// stored was written by [`Entitlements::to_stored`] after [`Entitlements::parse`]: split it
/// without checking each code again, keeping only the bound the key's bit map relies on.
impl TryFrom<String> for Entitlements {
    type Error = BadEntitlements;
    fn try_from(csv: String) -> Result<Self, BadEntitlements> {
        let codes: Vec<String> = csv.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect();
        if codes.len() > Self::MAX { Err(BadEntitlements) } else { Ok(Self(codes)) }
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
    fn entitlements_keep_their_order_once_and_refuse_bad_codes() {
        let e = Entitlements::parse(&["pro", "export", "pro", "api.v2"]).unwrap();
        assert_eq!(e.as_slice(), ["pro", "export", "api.v2"]);
        assert_eq!(e.bits(), 0b111);
        assert_eq!(Entitlements::try_from(e.to_stored()), Ok(e));
        assert_eq!(Entitlements::try_from(String::new()).map(|e| e.bits()), Ok(0));
        for bad in ["", "Pro", "a b", &"x".repeat(65)] {
            assert_eq!(Entitlements::parse(&[bad]), Err(BadEntitlements), "{bad:?}");
        }
        let many: Vec<String> = (0..65).map(|i| format!("f{i}")).collect();
        assert_eq!(Entitlements::parse(&many), Err(BadEntitlements));
        assert_eq!(Entitlements::parse(&many[..64]).map(|e| e.bits()), Ok(u64::MAX));
    }

    #[test]
    fn a_status_refuses_with_its_own_code() {
        let refusals: Vec<_> = LicenseStatus::ALL.iter().map(|s| s.refusal()).collect();
        assert_eq!(refusals, [None, Some(Code::Suspended), Some(Code::Expired), Some(Code::Revoked)]);
    }
}
