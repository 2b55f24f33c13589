//! Coalesced writes for the hot path.
//!
//! Validations are counted here, in memory, and written in one batch every ten seconds (and on
//! shutdown): a fleet of 100k devices costs a few batched writes, not a row update per call.
//!
//! Heartbeats are decided here, under one lock, so two heartbeats racing on this node cannot both
//! advance the same chain; and a heartbeat is answered only once its chain is in the database
//! ([`Pulse::durable`]). Writes are group-committed: whoever takes the writer writes every beat
//! decided so far (one statement per 128 beats on SQLite, 512 on PostgreSQL), and the heartbeats
//! that waited behind it find theirs written. So an acknowledged heartbeat survives a crash of
//! this process (the device's next one presents a chain the database knows), and a worker
//! elsewhere never culls a device whose answered heartbeat lives only in this node's memory. A
//! written heartbeat stays in memory for a few seconds, so a request that read the row just
//! before the write still sees the newest chain.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::Duration;

use rms_core::Timestamp;
use rms_core::analytics::day_of;
use rms_store::Db;
use rms_store::activations::{self as store, HeartbeatWrite, ValidationTally};
use rms_store::analytics::{Sighting, UsageKey};
use uuid::Uuid;

use crate::AppError;

/// How long a written heartbeat is still consulted from memory.
const KEEP_FLUSHED: Duration = Duration::from_secs(10);

/// How often written heartbeats older than [`KEEP_FLUSHED`] are dropped. At thousands of beats a
/// second the map holds tens of thousands of written ones: walking it on every group write (many
/// a second) cost more than the write's own bookkeeping.
const PRUNE_EVERY: Duration = Duration::from_secs(1);

/// How often validation tallies are written (milliseconds). They only feed "last validated" and
/// usage figures, and writing them every second was a visible latency bump at load on a one-core
/// server.
const TALLY_EVERY: Duration = Duration::from_secs(10);

/// The chain state of one activation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    pub at: Timestamp,
    pub chain: Option<String>,
    pub prev_chain: Option<String>,
    pub nonce: Option<String>,
    pub enforced_at: Option<Timestamp>,
}

#[derive(Clone, Debug)]
struct Beat {
    chain: Chain,
    /// The order in which this node decided it (see [`State::decided`]).
    seq: u64,
}

#[derive(Default)]
struct Tally {
    last_at: Timestamp,
    count: i64,
    seen: HashMap<Uuid, Timestamp>,
}

/// A protocol call, as analytics counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    Validate,
    Activate,
    Heartbeat,
}

impl Call {
    pub fn as_str(self) -> &'static str {
        match self {
            Call::Validate => "validate",
            Call::Activate => "activate",
            Call::Heartbeat => "heartbeat",
        }
    }
}

/// One protocol answer, as analytics counts it.
pub struct Answered {
    pub product: Uuid,
    pub license: Option<Uuid>,
    pub call: Call,
    pub code: rms_core::licensing::Code,
    /// (activation, license) when the device checked in: a valid validation or heartbeat.
    pub checked_in: Option<(Uuid, Uuid)>,
}

#[derive(Default)]
struct State {
    beats: HashMap<Uuid, Beat>,
    /// The activations whose beat in `beats` is not written yet: what the next write takes. The
    /// rest of `beats` is written and kept [`KEEP_FLUSHED`] for reads that raced the write.
    unwritten: HashSet<Uuid>,
    /// When written beats were last pruned from `beats`.
    pruned_at: Timestamp,
    tallies: HashMap<Uuid, Tally>,
    /// Protocol answers by day, product, license, call and code, for analytics.
    usage: HashMap<UsageKey, i64>,
    /// Check-ins not written yet, and every activation this node already counted by day, so an
    /// activation that validates all day is written once a day.
    sightings: HashSet<Sighting>,
    sighted: Sighted,
    /// When validation tallies were last written.
    tallies_flushed_at: Timestamp,
    /// How many heartbeat states this node decided; each beat carries its number.
    decided: u64,
    /// Every beat numbered up to this one is in the database (or was replaced by a newer one).
    durable_upto: u64,
    /// Activations whose decided beat found no live row to write to (it ended meanwhile), with
    /// when: their waiting heartbeat must not be answered as accepted.
    missed: HashMap<Uuid, Timestamp>,
}

/// The activations this node already counted, by day. A fleet of a million devices checking in
/// daily is a million entries per day kept for two days, so each is a 64-bit tag of the id rather
/// than the (day, id) pair: 10–20 bytes an entry instead of 29–57 (8 or 24 bytes and a control
/// byte, in a table between 7/16 and 7/8 full), 10–20 MB a day for that fleet. Two ids of one
/// day sharing a tag (odds of about 3 in 100 million for a million devices) would leave one
/// device's check-in of that day uncounted; nothing else reads these.
#[derive(Default)]
struct Sighted(HashMap<i64, HashSet<u64>>);

impl Sighted {
    /// Whether `activation` is new on `day` (and remembers it).
    fn insert(&mut self, day: i64, activation: Uuid) -> bool {
        let (high, low) = activation.as_u64_pair();
        self.0.entry(day).or_default().insert(high ^ low)
    }

    /// Forgets the days before `day`.
    fn keep_since(&mut self, day: i64) {
        self.0.retain(|d, _| *d >= day);
    }
}

#[derive(Default)]
pub struct Pulse {
    state: Mutex<State>,
    /// One heartbeat writer at a time: the group commit.
    writer: tokio::sync::Mutex<()>,
}

/// What a heartbeat decision returns: the new state to keep, or `None` to keep the current one.
pub type Decision<T> = (T, Option<Chain>);

/// Whether a decided heartbeat reached the database.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Durable {
    Written,
    /// The activation had ended (deactivated, culled) before the beat was written.
    Ended,
}

impl Pulse {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind; keep going with it.
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Counts one validation of `license` (and a sighting of `activation`).
    pub fn validated(&self, license: Uuid, activation: Option<Uuid>, now: Timestamp) {
        let mut state = self.lock();
        let tally = state.tallies.entry(license).or_default();
        tally.count += 1;
        tally.last_at = tally.last_at.max(now);
        if let Some(a) = activation {
            let seen = tally.seen.entry(a).or_default();
            *seen = (*seen).max(now);
        }
    }

    /// Counts one protocol answer for analytics (`license` is `None` when the key matched no
    /// license of `product`) and, for a valid validation or accepted heartbeat, its activation's
    /// check-in today: one lock, no I/O.
    pub fn answered(&self, answer: Answered, now: Timestamp) {
        let day = day_of(now.as_millis());
        let key = UsageKey {
            day,
            product: answer.product,
            license: answer.license.unwrap_or_else(Uuid::nil),
            event: answer.call.as_str(),
            code: answer.code.as_str(),
        };
        let state = &mut *self.lock();
        *state.usage.entry(key).or_default() += 1;
        if let Some((activation, license)) = answer.checked_in
            && state.sighted.insert(day, activation)
        {
            state.sightings.insert(Sighting { day, activation, license });
        }
    }

    /// The newest heartbeat this node knows for `activation` that the database may not show yet.
    pub fn latest(&self, activation: Uuid) -> Option<Chain> {
        self.lock().beats.get(&activation).map(|b| b.chain.clone())
    }

    /// Decides a heartbeat atomically on this node: `decide` gets the current chain state (this
    /// node's newest, else `stored`) and returns its answer plus the state to keep, if any. Call
    /// [`Pulse::durable`] before answering.
    pub fn beat<T>(&self, activation: Uuid, stored: Chain, decide: impl FnOnce(&Chain) -> Decision<T>) -> T {
        let mut state = self.lock();
        let current = match state.beats.get(&activation) {
            Some(b) if b.chain.at >= stored.at => b.chain.clone(),
            _ => stored,
        };
        let (answer, next) = decide(&current);
        if let Some(chain) = next {
            state.decided += 1;
            let seq = state.decided;
            state.beats.insert(activation, Beat { chain, seq });
            state.unwritten.insert(activation);
        }
        answer
    }

    /// Waits until `activation`'s newest decided heartbeat is in the database, writing it (with
    /// every other decided beat) when no writer already did. A retry of a heartbeat whose first
    /// attempt is still being written waits for that write too.
    pub async fn durable(&self, db: &Db, activation: Uuid, now: Timestamp) -> Result<Durable, AppError> {
        // The guard must be gone before `take_missed` locks again.
        let pending = {
            let state = self.lock();
            state.beats.get(&activation).filter(|_| state.unwritten.contains(&activation)).map(|b| b.seq)
        };
        let Some(target) = pending else { return Ok(self.take_missed(activation)) };
        let _writer = self.writer.lock().await;
        if self.lock().durable_upto < target {
            self.write_beats(db, now).await?;
        }
        Ok(self.take_missed(activation))
    }

    fn take_missed(&self, activation: Uuid) -> Durable {
        if self.lock().missed.remove(&activation).is_some() { Durable::Ended } else { Durable::Written }
    }

    /// Forgets an activation (it was deactivated or flagged).
    pub fn forget(&self, activation: Uuid) {
        let mut state = self.lock();
        state.beats.remove(&activation);
        state.unwritten.remove(&activation);
    }

    /// Writes every decided, unwritten beat (see [`store::flush_heartbeats`]). The caller holds
    /// the writer.
    async fn write_beats(&self, db: &Db, now: Timestamp) -> Result<usize, AppError> {
        {
            let mut state = self.lock();
            if now.since(state.pruned_at) >= PRUNE_EVERY {
                state.pruned_at = now;
                let State { beats, unwritten, .. } = &mut *state;
                beats.retain(|id, b| unwritten.contains(id) || b.chain.at.plus(KEEP_FLUSHED) > now);
                state.missed.retain(|_, at| at.plus(KEEP_FLUSHED) > now);
            }
            // Nothing decided and unwritten (the once-a-second pass, normally): no turn to wait for.
            if state.unwritten.is_empty() {
                return Ok(0);
            }
        }
        // The database's turn first, then the beats: every beat decided while this write waited
        // for its turn (behind validation tallies, on the embedded database) goes with it.
        // Gathered before waiting, they were left for the next write and its own wait.
        let turn = db.write_turn().await?;
        let (beats, upto) = {
            let state = self.lock();
            let upto = state.decided;
            let beats: Vec<(u64, HeartbeatWrite)> = state
                .unwritten
                .iter()
                .filter_map(|id| Some((id, state.beats.get(id)?)))
                .filter_map(|(id, b)| {
                    Some((
                        b.seq,
                        HeartbeatWrite {
                            activation: *id,
                            at: b.chain.at,
                            chain: b.chain.chain.clone()?,
                            prev_chain: b.chain.prev_chain.clone(),
                            chain_nonce: b.chain.nonce.clone().unwrap_or_default(),
                            chain_enforced_at: b.chain.enforced_at,
                        },
                    ))
                })
                .collect();
            (beats, upto)
        };
        // In activation order, as the tallies' sightings are: a node's heartbeat write and
        // another's tally write then take their row locks on PostgreSQL in one order (as far as
        // the plan walks the list), instead of deadlocking on opposite ones.
        let mut writes: Vec<HeartbeatWrite> = beats.iter().map(|(_, w)| w.clone()).collect();
        writes.sort_by_key(|w| w.activation);
        let missed = store::flush_heartbeats(db, turn, &writes).await?;
        let mut state = self.lock();
        for (seq, w) in &beats {
            // A beat decided while this write ran (a newer seq) stays unwritten.
            if state.beats.get(&w.activation).is_some_and(|b| b.seq == *seq) {
                state.unwritten.remove(&w.activation);
            }
        }
        for id in missed {
            state.beats.remove(&id);
            state.unwritten.remove(&id);
            state.missed.insert(id, now);
        }
        state.durable_upto = state.durable_upto.max(upto);
        Ok(beats.len())
    }

    /// Writes what accumulated: heartbeats not written yet (normally none: each heartbeat waits
    /// for its write), and validation tallies with the analytics counts every ten seconds or when
    /// `all` (shutdown). On failure nothing is lost: the counts go back and the next flush tries
    /// again.
    pub async fn flush(&self, db: &Db, now: Timestamp, all: bool) -> Result<(usize, usize), AppError> {
        let wrote_beats = {
            let _writer = self.writer.lock().await;
            self.write_beats(db, now).await
        };
        let (tallies, usage, sightings) = {
            let mut state = self.lock();
            let tallies_due = all || now.since(state.tallies_flushed_at) >= TALLY_EVERY;
            if !tallies_due {
                return Ok((wrote_beats?, 0));
            }
            state.tallies_flushed_at = now;
            // Yesterday's check-ins may still arrive (a request decided just before midnight).
            let today = day_of(now.as_millis());
            state.sighted.keep_since(today - 1);
            // In key order: nodes flushing the same rows lock them in the same order (two nodes
            // locking shared rows in opposite orders deadlock on PostgreSQL).
            let mut usage: Vec<(UsageKey, i64)> = std::mem::take(&mut state.usage).into_iter().collect();
            usage.sort();
            let mut sightings: Vec<Sighting> = std::mem::take(&mut state.sightings).into_iter().collect();
            sightings.sort();
            let mut tallies = std::mem::take(&mut state.tallies)
                .into_iter()
                .map(|(license, t)| {
                    let mut seen: Vec<(Uuid, Timestamp)> = t.seen.into_iter().collect();
                    seen.sort();
                    ValidationTally { license, last_at: t.last_at, count: t.count, seen }
                })
                .collect::<Vec<_>>();
            // Licenses and activations in id order too, for the same reason.
            tallies.sort_by_key(|t| t.license);
            (tallies, usage, sightings)
        };
        if let Err(unwritten) = store::flush_validations(db, &tallies, &usage, &sightings).await {
            // Put back what was not written (what was is counted already).
            let written = unwritten.written;
            let mut state = self.lock();
            for (key, n) in usage.into_iter().skip(written.usage) {
                *state.usage.entry(key).or_default() += n;
            }
            state.sightings.extend(sightings.into_iter().skip(written.sightings));
            for t in tallies.into_iter().skip(written.tallies) {
                let tally = state.tallies.entry(t.license).or_default();
                tally.count += t.count;
                tally.last_at = tally.last_at.max(t.last_at);
                for (a, at) in t.seen {
                    let seen = tally.seen.entry(a).or_default();
                    *seen = (*seen).max(at);
                }
            }
            return Err(unwritten.error.into());
        }
        Ok((wrote_beats?, tallies.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(at: i64, value: &str) -> Chain {
        Chain {
            at: Timestamp::from_millis(at),
            chain: Some(value.into()),
            prev_chain: None,
            nonce: Some("n".into()),
            enforced_at: None,
        }
    }

    #[test]
    fn a_heartbeat_decided_here_wins_over_an_older_stored_row() {
        let pulse = Pulse::default();
        let id = Uuid::now_v7();
        pulse.beat(id, chain(1, "a"), |_| ((), Some(chain(2, "b"))));
        let seen = pulse.beat(id, chain(1, "a"), |c| (c.chain.clone(), None));
        assert_eq!(seen.as_deref(), Some("b"));
        // A newer row (another node flushed later) wins over this node's memory.
        let seen = pulse.beat(id, chain(3, "c"), |c| (c.chain.clone(), None));
        assert_eq!(seen.as_deref(), Some("c"));
    }

    #[test]
    fn validations_are_tallied_per_license() {
        let pulse = Pulse::default();
        let (l, a) = (Uuid::now_v7(), Uuid::now_v7());
        for t in 0..5 {
            pulse.validated(l, Some(a), Timestamp::from_millis(100 + t));
        }
        let state = pulse.lock();
        let tally = &state.tallies[&l];
        let at = Timestamp::from_millis(104);
        assert_eq!((tally.count, tally.last_at, tally.seen[&a]), (5, at, at));
    }

    #[test]
    fn a_device_checking_in_all_day_is_one_sighting_a_day() {
        let pulse = Pulse::default();
        let (product, license, device) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let check_in = |at_ms: i64| {
            let answer = Answered {
                product,
                license: Some(license),
                call: Call::Heartbeat,
                code: rms_core::licensing::Code::Valid,
                checked_in: Some((device, license)),
            };
            pulse.answered(answer, Timestamp::from_millis(at_ms));
        };
        const DAY: i64 = 86_400_000;
        let written = || std::mem::take(&mut pulse.lock().sightings);
        check_in(10 * DAY);
        assert_eq!(written().len(), 1, "the first check-in of the day is a sighting");
        // After the sighting was written (taken by a flush), the rest of the day adds none.
        for hour in 1..24 {
            check_in(10 * DAY + hour * 3_600_000);
        }
        assert!(written().is_empty(), "one sighting per device and day");
        check_in(11 * DAY);
        let next: Vec<i64> = written().iter().map(|s| s.day).collect();
        assert_eq!(next, vec![day_of(11 * DAY)], "the next day is a new sighting");
        let mut state = pulse.lock();
        state.sighted.keep_since(day_of(11 * DAY));
        assert_eq!(state.sighted.0.len(), 1, "the day before is forgotten");
    }
}
