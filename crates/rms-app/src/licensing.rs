//! The product-facing protocol (what shipped software calls, authenticated by its license key):
//! validate, activate, heartbeat, deactivate, license files. Every answer names the product whose
//! key signs it; the HTTP layer renders and signs it.
//!
//! Validation is a read (counters go through [`Pulse`]); heartbeats are decided in memory and
//! written in batches; activations and deactivations are conditional writes, so seats hold under
//! any concurrency.

use std::sync::Arc;
use std::time::Duration;

use rms_core::product::ProductKind;
use rms_core::{Clock, Timestamp};
use rms_crypto::token;
use rms_license::domain::{Domain, StagingPattern};
use rms_store::Db;
use rms_store::accounts::{self as users, AuditEntry};
use rms_store::activations::{self as store, ActivationRow, Subject};
use serde_json::json;
use uuid::Uuid;

use crate::pulse::{Answered, Call, Chain, Durable, Pulse};
use crate::signers::{Signer, Signers};
use crate::{AppError, RequestMeta, jobs};

mod activate;
mod beats;
pub mod cache;
mod edd;
mod manage;
mod release;
mod sweep;
pub(crate) use edd::edd_time;
pub use edd::{EddAction, EddAnswer, EddRequest};
pub use manage::Seats;
pub use rms_core::licensing::{Budget, Code, Heartbeat, LicenseStatus};
use rms_core::licensing::{LicenseTerms, Presented, Reassignments, Seat};

/// A license as a product sees it (times in unix seconds).
#[derive(Clone, Debug)]
pub struct LicenseView {
    pub id: Uuid,
    pub owner_id: Uuid,
    pub product_id: Uuid,
    pub product: String,
    pub plan_id: Uuid,
    pub plan: String,
    pub status: LicenseStatus,
    pub expires_at: Option<i64>,
    pub seats: i64,
    pub seats_used: i64,
    pub entitlements: Vec<String>,
    pub heartbeat_interval_secs: i64,
    /// Releases published until then are covered (unix seconds); `None`: all.
    pub maintenance_until: Option<i64>,
}

impl LicenseView {
    /// When its update rights end, as an instant (`None`: never).
    pub fn maintenance(&self) -> Option<Timestamp> {
        self.maintenance_until.map(|s| Timestamp::from_millis(s.saturating_mul(1000)))
    }
}

/// An activation as a product (or its owner) sees it (times in unix seconds).
#[derive(Clone, Debug)]
pub struct ActivationView {
    pub id: Uuid,
    pub license_id: Uuid,
    /// The device fingerprint (software) or normalised domain (site).
    pub fingerprint: Option<String>,
    pub domain: Option<String>,
    pub name: Option<String>,
    pub platform: Option<String>,
    pub counts_seat: bool,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub last_heartbeat_at: Option<i64>,
    pub heartbeat: Heartbeat,
    pub clone_suspected: bool,
}

/// The outcome of a protocol call.
#[derive(Clone, Debug)]
pub struct Verdict {
    pub code: Code,
    pub license: Option<LicenseView>,
    pub activation: Option<ActivationView>,
    /// The signed fail-soft deadline (unix seconds) when the license is good.
    pub offline_until: Option<i64>,
    /// Heartbeats: the value the next heartbeat presents.
    pub chain: Option<String>,
    /// `ACTIVATION_LIMIT`: the activations holding the seats, so a product can offer to replace one.
    pub activations: Vec<ActivationView>,
    /// `REASSIGNMENT_LIMIT`: when the next move is allowed (unix seconds).
    pub next_allowed_at: Option<i64>,
    /// Activation: a new seat was taken (201) rather than an existing one returned (200).
    pub created: bool,
}

impl Verdict {
    fn of(code: Code) -> Self {
        Self {
            code,
            license: None,
            activation: None,
            offline_until: None,
            chain: None,
            activations: Vec::new(),
            next_allowed_at: None,
            created: false,
        }
    }

    pub fn is_valid(&self) -> bool {
        self.code == Code::Valid
    }
}

/// An answer and the product whose key signs it.
pub struct Answer {
    pub signer: Arc<Signer>,
    pub verdict: Verdict,
    /// Server time (unix seconds), for the client's freshness check.
    pub ts: i64,
}

/// A request's device or domain, parsed for the product's kind.
#[derive(Clone, Debug)]
pub enum Binding {
    Fingerprint(String),
    Domain(Domain),
}

impl Binding {
    fn as_str(&self) -> &str {
        match self {
            Binding::Fingerprint(f) => f,
            Binding::Domain(d) => d.as_str(),
        }
    }

    /// Software products are bound by fingerprint, site products by domain; the other field is
    /// refused rather than ignored.
    pub fn parse(kind: ProductKind, fingerprint: Option<&str>, domain: Option<&str>) -> Result<Option<Self>, AppError> {
        let range = |field| AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range };
        match kind {
            ProductKind::Software => {
                if domain.is_some() {
                    return Err(range("domain"));
                }
                fingerprint
                    .map(|f| {
                        let f = f.trim();
                        let ok = (1..=256).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_graphic());
                        if ok { Ok(Binding::Fingerprint(f.to_owned())) } else { Err(range("fingerprint")) }
                    })
                    .transpose()
            }
            ProductKind::Site => {
                if fingerprint.is_some() {
                    return Err(range("fingerprint"));
                }
                domain.map(|d| Domain::parse(d).map(Binding::Domain).map_err(|_| range("domain"))).transpose()
            }
        }
    }
}

/// What validation checks beyond the license itself.
#[derive(Clone, Debug, Default)]
pub struct Scope<'a> {
    pub fingerprint: Option<&'a str>,
    /// Hashed hardware components (plans that recognise a device by k of them).
    pub components: &'a [String],
    pub domain: Option<&'a str>,
    pub entitlements: &'a [String],
    pub version: Option<&'a str>,
}

/// Who is calling, for the activation record and the audit log.
#[derive(Clone, Debug, Default)]
pub struct DeviceInfo<'a> {
    pub name: Option<&'a str>,
    pub platform: Option<&'a str>,
    /// Hashed hardware components (plans that recognise a device by k of them).
    pub components: &'a [String],
}

/// Checks the hardware components a client reports: at most 16, each 1–128 visible ASCII
/// characters without commas (they are stored comma-separated).
pub fn check_components(components: &[String]) -> Result<(), AppError> {
    let ok = components.len() <= 16
        && components
            .iter()
            .all(|c| (1..=128).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_graphic() && b != b','));
    if ok { Ok(()) } else { Err(invalid("components")) }
}

/// How many of `presented` the stored (comma-separated) components contain.
fn shared_components(stored: Option<&str>, presented: &[String]) -> i64 {
    let stored: Vec<&str> = stored.unwrap_or_default().split(',').filter(|c| !c.is_empty()).collect();
    i64::try_from(presented.iter().filter(|p| stored.contains(&p.as_str())).count()).unwrap_or(0)
}

#[derive(Clone)]
pub struct Licensing {
    db: Db,
    clock: Arc<dyn Clock>,
    signers: Signers,
    pulse: Arc<Pulse>,
    cache: Arc<cache::SubjectCache>,
    /// Release dates, for `VERSION_NOT_COVERED`.
    releases: Arc<crate::releases::ReleaseIndex>,
    /// Opens owners' names (EDD answers carry the customer's name).
    names: crate::names::Names,
}

fn invalid(field: &'static str) -> AppError {
    AppError::Invalid { field, reason: rms_core::account::InvalidInput::Range }
}

/// The lookup digest of a key as typed or pasted: signed keys are taken as they are, short keys
/// are normalised (case, separators, look-alike letters).
pub fn key_digest(raw: &str) -> Result<[u8; 32], AppError> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 512 {
        return Err(invalid("key"));
    }
    let canonical = if raw.starts_with("RMS1-") {
        raw.to_owned()
    } else {
        rms_license::key::normalize_short(raw).unwrap_or_else(|| raw.to_owned())
    };
    Ok(token::digest(&canonical))
}

/// A client nonce: 8–128 visible ASCII characters.
pub fn check_nonce(nonce: &str) -> Result<(), AppError> {
    if (8..=128).contains(&nonce.len()) && nonce.bytes().all(|b| b.is_ascii_graphic()) {
        Ok(())
    } else {
        Err(invalid("nonce"))
    }
}

/// Unix seconds, the product protocol's unit.
pub(crate) fn secs(t: Timestamp) -> i64 {
    t.as_millis().div_euclid(1000)
}

/// Whether `domain` runs free on this license: its plan lets staging run free, and the domain is
/// a reserved name or one its product's admin listed as staging.
pub(crate) fn runs_free(s: &Subject, domain: &Domain) -> bool {
    if s.staging_domains_free != 1 {
        return false;
    }
    let patterns: Vec<StagingPattern> =
        s.staging_patterns.0.iter().filter_map(|p| StagingPattern::parse(p).ok()).collect();
    domain.is_staging(&patterns)
}

/// The license's policy as the pure rules of [`LicenseTerms`] read it.
pub(crate) fn terms(s: &Subject) -> LicenseTerms {
    let secs = |n: i64| Duration::from_secs(u64::try_from(n).unwrap_or(0));
    let count = |n: i64| u32::try_from(n.max(0)).unwrap_or(u32::MAX);
    LicenseTerms {
        status: s.status,
        expires_at: s.expires_at,
        heartbeat_interval: secs(s.heartbeat_interval_secs),
        heartbeat_grace: secs(s.heartbeat_grace_secs),
        offline_grace: secs(s.offline_grace_secs),
        reassignments: s.max_reassignments.map(|max| Reassignments {
            max: count(max),
            window_days: count(s.reassign_window_days),
            cooldown: secs(s.reassign_cooldown_secs),
        }),
        reassignments_reset_at: s.reassignments_reset_at,
    }
}

impl Licensing {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        signers: Signers,
        pulse: Arc<Pulse>,
        cache: Arc<cache::SubjectCache>,
        releases: Arc<crate::releases::ReleaseIndex>,
        names: crate::names::Names,
    ) -> Self {
        Self { db, clock, signers, pulse, cache, releases, names }
    }

    pub fn pulse(&self) -> &Arc<Pulse> {
        &self.pulse
    }

    /// The validation cache, shared with the use cases that change licenses.
    pub fn cache(&self) -> &Arc<cache::SubjectCache> {
        &self.cache
    }

    /// Writes heartbeats not yet written (each heartbeat writes its own before it is answered),
    /// and the validation tallies when they are due.
    pub async fn flush(&self) -> Result<(usize, usize), AppError> {
        self.pulse.flush(&self.db, self.clock.now(), false).await
    }

    /// Writes everything coalesced, validation tallies included (shutdown, tests).
    pub async fn flush_all(&self) -> Result<(usize, usize), AppError> {
        self.pulse.flush(&self.db, self.clock.now(), true).await
    }

    /// The product named in a request (id or slug); `NotFound` when there is none.
    pub async fn product(&self, reference: &str) -> Result<Arc<Signer>, AppError> {
        self.signers.find(reference.trim()).await?.ok_or(AppError::NotFound)
    }

    fn license_view(&self, s: &Subject) -> LicenseView {
        LicenseView {
            id: s.license_id,
            owner_id: s.owner_id,
            product_id: s.product_id,
            product: s.product_slug.clone(),
            plan_id: s.plan_id,
            plan: s.plan_name.clone(),
            status: s.status,
            expires_at: s.expires_at.map(secs),
            seats: s.seats,
            seats_used: s.seats_used,
            entitlements: s.entitlements.as_slice().to_vec(),
            heartbeat_interval_secs: s.heartbeat_interval_secs,
            maintenance_until: s.maintenance_until.map(secs),
        }
    }

    /// The activation as the product sees it, with this node's newest heartbeat folded in.
    fn activation_view(&self, s: &Subject, a: &ActivationRow, now: Timestamp) -> ActivationView {
        let pending = self.pulse.latest(a.id).map(|c| c.at);
        let last_beat = a.last_heartbeat_at.max(pending);
        let software = s.product_kind == ProductKind::Software;
        ActivationView {
            id: a.id,
            license_id: a.license_id,
            fingerprint: software.then(|| a.binding.clone()),
            domain: (!software).then(|| a.binding.clone()),
            name: a.name.clone(),
            platform: a.platform.clone(),
            counts_seat: a.counts_seat == 1,
            created_at: secs(a.created_at),
            last_seen_at: secs(a.last_seen_at.max(last_beat.unwrap_or_default())),
            last_heartbeat_at: last_beat.map(secs),
            heartbeat: if a.cloned_at.is_some() {
                Heartbeat::Dead
            } else {
                terms(s).heartbeat(a.created_at, last_beat, now)
            },
            clone_suspected: a.cloned_at.is_some(),
        }
    }

    /// The license's own state: the status and expiry codes that come first in the validation order.
    fn license_code(s: &Subject, now: Timestamp) -> Option<Code> {
        terms(s).refusal(now)
    }

    /// The signed fail-soft deadline (unix seconds).
    fn offline_until(s: &Subject, now: Timestamp) -> i64 {
        secs(terms(s).offline_until(now))
    }

    fn answer(&self, signer: Arc<Signer>, verdict: Verdict, now: Timestamp) -> Answer {
        Answer { signer, verdict, ts: secs(now) }
    }

    /// `POST /licenses/validate`: may this key run this product here, now? A read: nothing is
    /// written per call (the counters are coalesced). Unknown keys and other products' keys cost
    /// the same single lookup.
    pub async fn validate(&self, key: &str, product: &str, scope: &Scope<'_>) -> Result<Answer, AppError> {
        self.tallied(Call::Validate, self.validate_once(key, product, scope)).await
    }

    /// Runs one protocol call and counts its answer; a call refused with an error gave no answer
    /// to count.
    async fn tallied(
        &self,
        call: Call,
        answering: impl std::future::Future<Output = Result<Answer, AppError>>,
    ) -> Result<Answer, AppError> {
        let answer = answering.await?;
        self.tally(call, &answer);
        Ok(answer)
    }

    /// Counts an answer for analytics (in memory; written with the validation counters), and a
    /// valid validation or accepted heartbeat as its device checking in today (a device of an
    /// expired license that keeps asking is not in use).
    fn tally(&self, call: Call, answer: &Answer) {
        let v = &answer.verdict;
        let checked_in = v
            .activation
            .as_ref()
            .filter(|_| matches!(call, Call::Validate | Call::Heartbeat) && v.is_valid())
            .map(|a| (a.id, a.license_id));
        let answered = Answered {
            product: answer.signer.product_id,
            license: v.license.as_ref().map(|l| l.id),
            call,
            code: v.code,
            checked_in,
        };
        self.pulse.answered(answered, self.clock.now());
    }

    async fn validate_once(&self, key: &str, product: &str, scope: &Scope<'_>) -> Result<Answer, AppError> {
        let digest = key_digest(key)?;
        let signer = self.product(product).await?;
        let binding = Binding::parse(signer.kind, scope.fingerprint, scope.domain)?;
        if scope.entitlements.len() > 64 || scope.entitlements.iter().any(|e| e.len() > 64) {
            return Err(invalid("entitlements"));
        }
        if scope.version.is_some_and(|v| v.is_empty() || v.len() > 64) {
            return Err(invalid("version"));
        }
        check_components(scope.components)?;
        let now = self.clock.now();
        let bound = binding.as_ref().map(Binding::as_str);
        let subject = match self.cache.get(&digest, bound) {
            Some(hit) => Some(hit),
            None => {
                let ticket = self.cache.ticket();
                let found = store::subject_by_key(&self.db, &digest, bound).await?;
                if let Some(s) = &found {
                    self.cache.put(ticket, &digest, bound, s);
                }
                found
            }
        };
        let Some(mut s) = subject else { return Ok(self.answer(signer, Verdict::of(Code::NotFound), now)) };
        let mut activation = s.take_activation();
        if activation.is_none() && matches!(binding, Some(Binding::Fingerprint(_))) {
            activation = self.recognise(&s, scope.components).await?;
        }
        let mut verdict = Verdict::of(Code::Valid);
        if s.product_id == signer.product_id {
            verdict.license = Some(self.license_view(&s));
        }
        verdict.activation = activation.as_ref().map(|a| self.activation_view(&s, a, now));
        // Only licenses whose update rights end look the version's release date up.
        let version_covered = match (scope.version, s.maintenance_until) {
            (Some(version), Some(until)) => self
                .releases
                .released_at(&self.db, s.product_id, version)
                .await?
                .is_none_or(|released| rms_core::releases::covered(Some(until), released)),
            _ => true,
        };
        let found = (binding.as_ref(), verdict.activation.as_ref(), version_covered);
        verdict.code = self.validation_code(&s, &signer, found, scope, now);
        if matches!(verdict.code, Code::FingerprintMismatch | Code::DomainMismatch)
            && store::live_count(&self.db, s.license_id).await? == 0
        {
            // Bound nowhere yet: NOT_ACTIVATED comes first in the order. Counted only here, off
            // the path of validations that find their device.
            verdict.code = Code::NotActivated;
        }
        if verdict.code == Code::ProductMismatch {
            // Another product's license: say nothing about it.
            verdict.activation = None;
        } else {
            self.pulse.validated(s.license_id, activation.as_ref().map(|a| a.id), now);
        }
        if verdict.is_valid() {
            verdict.offline_until = Some(Self::offline_until(&s, now));
        }
        Ok(self.answer(signer, verdict, now))
    }

    /// On plans that recognise devices by k of their hardware components: the live activation
    /// that shares at least k of `components` (the same machine with a new disk), if any.
    async fn recognise(&self, s: &Subject, components: &[String]) -> Result<Option<ActivationRow>, AppError> {
        let Some(k) = s.fingerprint_min_components else { return Ok(None) };
        if components.is_empty() {
            return Ok(None);
        }
        let live = store::live_activations(&self.db, s.license_id).await?;
        Ok(live.into_iter().find(|a| shared_components(a.components.as_deref(), components) >= k))
    }

    fn validation_code(
        &self,
        s: &Subject,
        signer: &Signer,
        (binding, activation, version_covered): (Option<&Binding>, Option<&ActivationView>, bool),
        scope: &Scope<'_>,
        now: Timestamp,
    ) -> Code {
        let seat = match (binding, activation) {
            (None, _) => Seat::NotAsked,
            (Some(_), Some(a)) => Seat::Held(a.heartbeat),
            (Some(Binding::Domain(d)), None) if runs_free(s, d) => Seat::FreeStaging,
            (Some(b), None) => Seat::Unknown { domain: matches!(b, Binding::Domain(_)) },
        };
        let found = Presented {
            product_matches: s.product_id == signer.product_id,
            seat,
            seats: s.seats,
            seats_used: s.seats_used,
            entitlements_held: scope.entitlements.iter().all(|e| s.entitlements.contains(e)),
            version_covered,
        };
        terms(s).validation_code(&found, now)
    }

    /// The activation `id` of the license with this key, with the product key that signs the
    /// answer. An unknown pair has no product to sign with, so it is a plain (unsigned) 404.
    async fn bound(&self, key: &str, id: Uuid) -> Result<(Subject, ActivationRow, Arc<Signer>), AppError> {
        let digest = key_digest(key)?;
        let mut s = store::subject_by_activation(&self.db, &digest, id).await?.ok_or(AppError::NotFound)?;
        let a = s.take_activation().ok_or_else(|| AppError::Internal("activation row without columns".into()))?;
        let signer = self.signers.get(s.product_id).await?.ok_or(AppError::NotFound)?;
        Ok((s, a, signer))
    }
}

fn license_event(action: &'static str, license: Uuid, owner: Uuid) -> AuditEntry<'static> {
    RequestMeta::unattended().audit(None, action, ("license", license.to_string()), json!({ "owner": owner }))
}

/// Who ends an activation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ender {
    Product,
    Owner(Uuid),
    Admin(Uuid),
}

impl Ender {
    fn as_str(self) -> &'static str {
        match self {
            Ender::Product => "product",
            Ender::Owner(_) => "owner",
            Ender::Admin(_) => "admin",
        }
    }

    fn actor(self) -> Option<Uuid> {
        match self {
            Ender::Owner(id) | Ender::Admin(id) => Some(id),
            Ender::Product => None,
        }
    }
}
