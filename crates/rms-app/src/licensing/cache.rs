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

type Key = ([u8; 32], Option<String>);

#[derive(Default)]
pub struct SubjectCache {
    entries: Mutex<HashMap<Key, (Instant, Subject)>>,
}

impl SubjectCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, (Instant, Subject)>> {
        self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub fn get(&self, key_hash: &[u8; 32], binding: Option<&str>) -> Option<Subject> {
        let key = (*key_hash, binding.map(str::to_owned));
        let entries = self.lock();
        entries.get(&key).filter(|(until, _)| Instant::now() < *until).map(|(_, s)| s.clone())
    }

    /// Keeps a lookup that found the license (and the activation, when one was asked for).
    pub fn put(&self, key_hash: &[u8; 32], binding: Option<&str>, subject: &Subject) {
        if binding.is_some() && subject.activation.a_id.is_none() {
            return;
        }
        let mut entries = self.lock();
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert((*key_hash, binding.map(str::to_owned)), (Instant::now() + lifetime(key_hash), subject.clone()));
    }

    /// Forgets everything: called after every change to licenses or activations.
    pub fn invalidate(&self) {
        self.lock().clear();
    }
}
