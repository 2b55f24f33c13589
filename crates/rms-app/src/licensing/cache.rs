//! A short-lived cache of the validation lookup. Validation is the hottest call (every start of
//! every copy of a product) and on the embedded database each lookup costs two thread hand-offs;
//! fleets validate the same keys over and over.
//!
//! Only answers that found a license (and, when asked for, its activation) are kept, for
//! [`TTL`]: a device activated a moment ago is never refused because of the cache, and random keys
//! cannot fill it. Every change this process makes to licenses or activations empties it at once,
//! so on the embedded default (one process) validation is exact; a change made by another node or
//! process reaches this node's answers within [`TTL`].

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rms_store::activations::Subject;

/// The longest a looked-up license is reused. Each key gets its own lifetime between half of this
/// and all of it (from its digest), so the entries of a fleet's keys, first looked up together,
/// do not all expire in the same instant and send every request of that moment to the database.
pub const TTL: Duration = Duration::from_secs(1);

fn lifetime(key_hash: &[u8; 32]) -> Duration {
    let spread = u64::from(u16::from_le_bytes([key_hash[0], key_hash[1]])) % 500;
    TTL / 2 + Duration::from_millis(spread)
}

/// Beyond this many entries the cache starts over (a bound on memory, not an eviction policy).
const MAX_ENTRIES: usize = 100_000;

/// The fewest entries at which expired ones are swept out.
const FIRST_SWEEP: usize = 1_024;

type Key = ([u8; 32], Option<String>);

#[derive(Default)]
struct Entries {
    map: HashMap<Key, (Instant, Subject)>,
    /// The size at which expired entries are swept out next: twice what the last sweep left.
    /// Without sweeping, a fleet of devices each validating now and then filled the map with
    /// expired entries up to MAX_ENTRIES (150 MB for 100,000 devices) though a second's worth
    /// of them is all that can be live.
    sweep_at: usize,
}

#[derive(Default)]
pub struct SubjectCache {
    entries: Mutex<Entries>,
}

impl SubjectCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub fn get(&self, key_hash: &[u8; 32], binding: Option<&str>) -> Option<Subject> {
        let key = (*key_hash, binding.map(str::to_owned));
        let entries = self.lock();
        entries.map.get(&key).filter(|(until, _)| Instant::now() < *until).map(|(_, s)| s.clone())
    }

    /// Keeps a lookup that found the license (and the activation, when one was asked for).
    pub fn put(&self, key_hash: &[u8; 32], binding: Option<&str>, subject: &Subject) {
        self.put_at(key_hash, binding, subject, Instant::now());
    }

    fn put_at(&self, key_hash: &[u8; 32], binding: Option<&str>, subject: &Subject, now: Instant) {
        if binding.is_some() && subject.activation.a_id.is_none() {
            return;
        }
        let mut entries = self.lock();
        if entries.map.len() >= entries.sweep_at.max(FIRST_SWEEP) {
            // Amortised: each sweep at least halves what is left to the next threshold.
            entries.map.retain(|_, (until, _)| now < *until);
            if entries.map.len() >= MAX_ENTRIES {
                entries.map.clear();
            }
            let left = entries.map.len();
            entries.map.shrink_to(left.saturating_mul(2));
            entries.sweep_at = left.saturating_mul(2).min(MAX_ENTRIES);
        }
        entries.map.insert((*key_hash, binding.map(str::to_owned)), (now + lifetime(key_hash), subject.clone()));
    }

    /// Forgets everything: called after every change to licenses or activations.
    pub fn invalidate(&self) {
        let mut entries = self.lock();
        entries.map.clear();
        entries.sweep_at = 0;
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.lock().map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject() -> Subject {
        Subject {
            license_id: uuid::Uuid::nil(),
            product_id: uuid::Uuid::nil(),
            plan_id: uuid::Uuid::nil(),
            owner_id: uuid::Uuid::nil(),
            parent_id: None,
            status: rms_core::licensing::LicenseStatus::Active,
            seats: 1,
            seats_used: 1,
            expires_at: None,
            reassignments_reset_at: None,
            product_slug: "editor".into(),
            product_kind: rms_core::product::ProductKind::Software,
            plan_name: "Pro".into(),
            heartbeat_interval_secs: 3600,
            heartbeat_grace_secs: 0,
            offline_grace_secs: 0,
            max_reassignments: None,
            reassign_window_days: 30,
            reassign_cooldown_secs: 0,
            entitlements: Default::default(),
            staging_domains_free: 0,
            staging_patterns: sqlx::types::Json(Vec::new()),
            fingerprint_min_components: None,
            maintenance_until: None,
            activation: Default::default(),
        }
    }

    fn key(i: u32) -> [u8; 32] {
        let mut key = [0u8; 32];
        key[..4].copy_from_slice(&i.to_le_bytes());
        key
    }

    #[test]
    fn a_fleet_validating_now_and_then_keeps_only_the_live_entries() {
        let cache = SubjectCache::default();
        let start = Instant::now();
        // Ten thousand devices looked up once, a second apart in batches of a thousand: only the
        // last batches can be live, the rest are swept out as the map grows.
        for i in 0..10_000u32 {
            let at = start + Duration::from_secs(u64::from(i / 1_000));
            cache.put_at(&key(i), None, &subject(), at);
        }
        assert!(cache.len() <= 2 * FIRST_SWEEP + 1_000, "{} entries kept", cache.len());
        assert!(cache.get(&key(9_999), None).is_some(), "the newest entry is served");
    }
}
