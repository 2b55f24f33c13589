//! A short-lived cache of the validation lookup. Validation is the hottest call (every start of
//! every copy of a product) and on the embedded database each lookup costs two thread hand-offs;
//! fleets validate the same keys over and over.
//!
//! Only answers that found a license (and, when asked for, its activation) are kept, for
//! [`TTL`]: a device activated a moment ago is never refused because of the cache, and random keys
//! cannot fill it. And only for keys asked for again within two to four [`TTL`]s: a fleet of many
//! devices each validating now and then (every minute, say) would never hit an entry, and at
//! thousands of validations a second kept a second's worth of 1.5 KB lookups for nothing (15 MB
//! on the bench's million-activation node). A key asked for once leaves an 8-byte tag; asked for
//! again, it is kept, and a key asked for continuously is looked up about once a [`TTL`].
//!
//! Every change this process makes to licenses or activations empties it at once, and a lookup
//! that read the database before such a change but came back after it is not kept (see
//! [`Ticket`]), so on the embedded default (one process) validation is exact; a change made by
//! another node or process reaches this node's answers within [`TTL`].

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
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

/// A 64-bit tag of a key, for remembering that it was asked for without keeping it. Two keys
/// sharing a tag only means the second is kept on its first lookup.
fn tag(key_hash: &[u8; 32], binding: Option<&str>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    (key_hash, binding).hash(&mut hasher);
    hasher.finish()
}

/// How long one generation of [`Asked`] lasts. Two TTLs, so that a tag outlives by at least a
/// TTL the longest an entry lives: a key asked for again just after its entry expired is still
/// known and kept again.
const GENERATION: Duration = TTL.saturating_mul(2);

/// The keys asked for lately, in two generations of [`GENERATION`] each: a key is asked for again
/// "lately" when its tag is in either.
#[derive(Default)]
struct Asked {
    current: HashSet<u64>,
    previous: HashSet<u64>,
    /// When `current` began; `None` before the first lookup.
    since: Option<Instant>,
}

impl Asked {
    /// Remembers `tag` and says whether it was asked for lately.
    fn again(&mut self, tag: u64, now: Instant) -> bool {
        match self.since {
            Some(since) if now.duration_since(since) < GENERATION => {}
            _ => {
                // A generation that ended more than a generation ago is forgotten outright.
                self.previous = match self.since {
                    Some(since) if now.duration_since(since) < 2 * GENERATION => std::mem::take(&mut self.current),
                    _ => HashSet::new(),
                };
                self.current = HashSet::with_capacity(self.previous.len());
                self.since = Some(now);
            }
        }
        let seen = self.previous.contains(&tag);
        !self.current.insert(tag) || seen
    }
}

#[derive(Default)]
struct Entries {
    map: HashMap<Key, (Instant, Subject)>,
    /// The size at which expired entries are swept out next: twice what the last sweep left.
    /// Without sweeping, a fleet of devices each validating now and then filled the map with
    /// expired entries up to MAX_ENTRIES (150 MB for 100,000 devices) though a second's worth
    /// of them is all that can be live.
    sweep_at: usize,
    asked: Asked,
}

#[derive(Default)]
pub struct SubjectCache {
    entries: Mutex<Entries>,
    /// How many times the cache was emptied: a [`Ticket`] taken before a lookup tells
    /// [`SubjectCache::put`] whether a change came in between.
    emptied: AtomicU64,
}

/// Taken before a database lookup and handed to [`SubjectCache::put`] with its result. A change
/// committed (and the cache emptied) while the lookup ran may not be in what it read, so such a
/// result is not kept.
#[derive(Clone, Copy, Debug)]
pub struct Ticket(u64);

impl SubjectCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub fn get(&self, key_hash: &[u8; 32], binding: Option<&str>) -> Option<Subject> {
        let key = (*key_hash, binding.map(str::to_owned));
        let entries = self.lock();
        entries.map.get(&key).filter(|(until, _)| Instant::now() < *until).map(|(_, s)| s.clone())
    }

    /// To be taken before the lookup whose result goes to [`SubjectCache::put`].
    pub fn ticket(&self) -> Ticket {
        Ticket(self.emptied.load(Ordering::Acquire))
    }

    /// Keeps a lookup that found the license (and the activation, when one was asked for), when
    /// its key was looked up lately too and nothing changed since `ticket` was taken.
    pub fn put(&self, ticket: Ticket, key_hash: &[u8; 32], binding: Option<&str>, subject: &Subject) {
        self.put_at(ticket, key_hash, binding, subject, Instant::now());
    }

    fn put_at(&self, ticket: Ticket, key_hash: &[u8; 32], binding: Option<&str>, subject: &Subject, now: Instant) {
        if binding.is_some() && subject.activation.a_id.is_none() {
            return;
        }
        let mut entries = self.lock();
        // Compared under the lock `invalidate` counts under: no emptying can slip in between.
        if self.emptied.load(Ordering::Acquire) != ticket.0 {
            return;
        }
        if !entries.asked.again(tag(key_hash, binding), now) {
            return;
        }
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

    /// Forgets every lookup (not which keys were asked for): called after every change to
    /// licenses or activations.
    pub fn invalidate(&self) {
        let mut entries = self.lock();
        self.emptied.fetch_add(1, Ordering::AcqRel);
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

    fn activated() -> Subject {
        let mut s = subject();
        s.activation.a_id = Some(uuid::Uuid::nil());
        s
    }

    fn key(i: u32) -> [u8; 32] {
        let mut key = [0u8; 32];
        key[..4].copy_from_slice(&i.to_le_bytes());
        key
    }

    #[test]
    fn a_key_looked_up_once_is_not_kept_and_one_looked_up_again_is() {
        let cache = SubjectCache::default();
        let start = Instant::now();
        cache.put_at(cache.ticket(), &key(1), None, &subject(), start);
        assert!(cache.get(&key(1), None).is_none(), "one lookup leaves only a tag");
        cache.put_at(cache.ticket(), &key(1), None, &subject(), start + Duration::from_millis(300));
        assert!(cache.get(&key(1), None).is_some(), "the second lookup is kept");
        // The same key for another device is another key.
        cache.put_at(cache.ticket(), &key(1), Some("device-b"), &activated(), start + Duration::from_millis(400));
        assert!(cache.get(&key(1), Some("device-b")).is_none());
    }

    #[test]
    fn a_key_asked_for_continuously_is_kept_across_generations() {
        let cache = SubjectCache::default();
        let start = Instant::now();
        // Looked up again whenever its entry expires (at most once a TTL): always admitted after
        // the first time, whenever the generations turn.
        for i in 0..10u64 {
            cache.put_at(cache.ticket(), &key(7), None, &subject(), start + Duration::from_millis(i * 900));
            if i > 0 {
                assert_eq!(cache.len(), 1, "lookup {i} was kept");
            }
            cache.invalidate();
        }
        // Asked for again only after more than two generations: forgotten, a tag again.
        cache.put_at(cache.ticket(), &key(7), None, &subject(), start + Duration::from_secs(20));
        assert_eq!(cache.len(), 0);
    }

    #[test]
    fn a_key_asked_for_again_just_after_its_entry_expired_is_kept_again() {
        let cache = SubjectCache::default();
        let start = Instant::now();
        // Another key starts the generation; ours is kept on its second ask near the end of a
        // TTL, and asked again just after that entry expired (up to a TTL later), more than two
        // TTLs after the generation began.
        cache.put_at(cache.ticket(), &key(1), None, &subject(), start);
        cache.put_at(cache.ticket(), &key(2), None, &subject(), start + Duration::from_millis(900));
        cache.put_at(cache.ticket(), &key(2), None, &subject(), start + Duration::from_millis(950));
        assert_eq!(cache.len(), 1);
        cache.invalidate();
        cache.put_at(cache.ticket(), &key(2), None, &subject(), start + Duration::from_millis(2_050));
        assert_eq!(cache.len(), 1, "kept again without a second lookup");
    }

    #[test]
    fn a_lookup_that_raced_a_change_is_not_kept() {
        let cache = SubjectCache::default();
        let now = Instant::now();
        cache.put_at(cache.ticket(), &key(3), None, &subject(), now);
        // The lookup read the database, then a local change committed and emptied the cache.
        let ticket = cache.ticket();
        cache.invalidate();
        cache.put_at(ticket, &key(3), None, &subject(), now);
        assert_eq!(cache.len(), 0, "what it read may predate the change");
        cache.put_at(cache.ticket(), &key(3), None, &subject(), now);
        assert_eq!(cache.len(), 1, "a lookup after the change is kept");
    }

    #[test]
    fn a_fleet_validating_now_and_then_keeps_no_lookups() {
        let cache = SubjectCache::default();
        let start = Instant::now();
        // Ten thousand devices each validating once a minute, looked up over the minute: not one
        // is asked for twice within four seconds, so none is kept.
        for i in 0..10_000u32 {
            let at = start + Duration::from_millis(u64::from(i) * 6);
            cache.put_at(cache.ticket(), &key(i), None, &subject(), at);
        }
        assert_eq!(cache.len(), 0);
        let entries = cache.lock();
        let asked = entries.asked.current.len() + entries.asked.previous.len();
        assert!(asked <= 2 * 2_000 / 6 + 2, "only two generations of tags are kept: {asked}");
    }

    #[test]
    fn hot_keys_keep_only_the_live_entries() {
        let cache = SubjectCache::default();
        let start = Instant::now();
        // Ten thousand keys each looked up twice in a row, a second apart in batches of a
        // thousand: only the last batches can be live, the rest are swept out as the map grows.
        for i in 0..10_000u32 {
            let at = start + Duration::from_secs(u64::from(i / 1_000));
            cache.put_at(cache.ticket(), &key(i), None, &subject(), at);
            cache.put_at(cache.ticket(), &key(i), None, &subject(), at);
        }
        assert!(cache.len() <= 2 * FIRST_SWEEP + 1_000, "{} entries kept", cache.len());
        assert!(cache.get(&key(9_999), None).is_some(), "the newest entry is served");
    }
}
