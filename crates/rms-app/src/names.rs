//! Account names sealed at rest, and still found by staff.
//!
//! A name identifies a person beyond their email address, so it is sealed under the master key
//! like the billing profile. Staff search customers by name, which a sealed column cannot answer:
//! beside it the store keeps a blind index, keyed digests of the name's lower-cased words and of
//! their prefixes. A search digests the words typed and asks for rows holding every digest, so
//! "ada love" finds "Ada Lovelace" without the database holding a readable letter of it. What
//! the digests give away is only equality: two accounts whose names share a word (or the start
//! of one) share a digest, visible to whoever reads the database but not what the word is.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use rms_crypto::MasterKeyRing;
use rms_store::accounts::{self as store, SealedName, StoredName, UserRow};
use rms_store::{Db, Tx};
use uuid::Uuid;

use crate::AppError;

/// Binds a sealed name to its account: one person's cannot be moved onto another's row.
fn aad(user: Uuid) -> Vec<u8> {
    format!("user-name:{user}").into_bytes()
}

const DIGEST_DOMAIN: &str = "user-name-word";
/// Bytes of each digest kept in the index: 64 bits tell words apart for any realistic number of
/// accounts (a rare collision only shows one more row in a search) and keep the index short.
const DIGEST_BYTES: usize = 8;
/// Words of a name (or query) that are indexed, and characters of a word: beyond them a name is
/// still sealed whole, only not searchable by its tail.
const MAX_WORDS: usize = 8;
const MAX_WORD_CHARS: usize = 32;
/// Prefixes shorter than this are not indexed (a whole word of one letter is).
const MIN_PREFIX_CHARS: usize = 2;

/// An account as the use cases see it: the stored row with its name opened.
#[derive(Clone, Debug)]
pub struct User {
    pub row: UserRow,
    pub name: String,
}

impl std::ops::Deref for User {
    type Target = UserRow;
    fn deref(&self) -> &UserRow {
        &self.row
    }
}

/// A name sealed for one account, with its search digests.
pub struct Sealed {
    sealed: Vec<u8>,
    index: String,
}

impl Sealed {
    pub fn as_store(&self) -> SealedName<'_> {
        SealedName { sealed: &self.sealed, index: &self.index }
    }
}

/// Seals, opens and searches account names.
#[derive(Clone)]
pub struct Names {
    db: Db,
    ring: MasterKeyRing,
}

impl Names {
    pub fn new(db: Db, ring: MasterKeyRing) -> Self {
        Self { db, ring }
    }

    pub fn seal(&self, user: Uuid, name: &str) -> Sealed {
        seal(&self.ring, user, name)
    }

    /// The stored name as text.
    pub fn open(&self, user: Uuid, stored: &StoredName) -> Result<String, AppError> {
        if let Some(readable) = stored.readable() {
            return Ok(readable.to_owned());
        }
        let Some(sealed) = stored.sealed() else { return Ok(String::new()) };
        let plain =
            self.ring.open(sealed, &aad(user)).map_err(|e| AppError::Internal(format!("name of {user}: {e}")))?;
        String::from_utf8(plain).map_err(|_| AppError::Internal(format!("name of {user}: not UTF-8")))
    }

    /// The row as the use cases see it.
    pub fn user(&self, row: UserRow) -> Result<User, AppError> {
        let name = self.open(row.id, &row.name)?;
        Ok(User { row, name })
    }

    pub async fn by_id(&self, id: Uuid) -> Result<Option<User>, AppError> {
        store::user_by_id(&self.db, id).await?.map(|r| self.user(r)).transpose()
    }

    pub async fn by_id_tx(&self, tx: &mut Tx, id: Uuid) -> Result<Option<User>, AppError> {
        store::user_by_id_tx(tx, id).await?.map(|r| self.user(r)).transpose()
    }

    /// Users whose email contains `query`, or whose name has words starting with every word of
    /// it (case-insensitive), newest first, one page. A name that does not open (sealed by a node
    /// still on a master key rotated away) is shown as `?` and logged, so one row cannot take
    /// the whole list down.
    pub async fn search(&self, query: Option<&str>, limit: i64, offset: i64) -> Result<(Vec<User>, i64), AppError> {
        let digests = query.and_then(|q| search_pattern(&self.ring, q));
        let (rows, total) = store::search_users(&self.db, query, digests.as_deref(), limit, offset).await?;
        let users = rows
            .into_iter()
            .map(|row| {
                let name = self.open(row.id, &row.name).unwrap_or_else(|e| {
                    tracing::error!(user = %row.id, error = %e, "an account name does not open");
                    "?".to_owned()
                });
                User { row, name }
            })
            .collect();
        Ok((users, total))
    }

    /// Seals the names written readable: before names were sealed, or by a node of the previous
    /// version during an upgrade (at start). Returns how many.
    pub async fn seal_plaintext(&self) -> Result<usize, AppError> {
        let mut sealed = 0;
        for (user, name) in store::unsealed_names(&self.db).await? {
            let s = self.seal(user, &name);
            sealed += usize::from(store::seal_name(&self.db, user, &name, s.as_store()).await?);
        }
        Ok(sealed)
    }
}

fn seal(ring: &MasterKeyRing, user: Uuid, name: &str) -> Sealed {
    let mut tokens = BTreeSet::new();
    for word in words(name) {
        let chars: Vec<char> = word.chars().collect();
        for end in MIN_PREFIX_CHARS.min(chars.len())..=chars.len() {
            let prefix: String = chars[..end].iter().collect();
            tokens.insert(token(ring, &prefix));
        }
    }
    // " t1 t2 … " sorted: a search pattern lists its digests in the same order (see below).
    let index = tokens.iter().fold(String::from(" "), |mut out, t| {
        out.push_str(t);
        out.push(' ');
        out
    });
    Sealed { sealed: ring.seal(name.as_bytes(), &aad(user)), index }
}

/// Re-seals every name under the ring's current key, with new digests (their key derives from
/// the master key), inside a master key rotation. Returns how many changed.
pub(crate) async fn reseal(tx: &mut Tx, ring: &MasterKeyRing) -> Result<usize, AppError> {
    let mut done = 0;
    for (user, old) in store::sealed_names(&mut *tx).await? {
        if ring.is_current(&old) {
            continue;
        }
        let plain = ring.open(&old, &aad(user)).map_err(|e| AppError::Internal(format!("name of {user}: {e}")))?;
        let name = String::from_utf8(plain).map_err(|_| AppError::Internal(format!("name of {user}: not UTF-8")))?;
        let s = seal(ring, user, &name);
        done += usize::from(store::reseal_name(&mut *tx, user, &old, s.as_store()).await?);
    }
    Ok(done)
}

/// The LIKE pattern matching an index that holds the digest of every word of `query`; `None`
/// when the query has no word. Digests are of one fixed length and the index is sorted with a
/// space before each, so `% a% b%` with `a < b` matches exactly the indexes holding both.
fn search_pattern(ring: &MasterKeyRing, query: &str) -> Option<String> {
    let mut words = words(query);
    // While staff type "ada l", the lone letter would match only one-letter words: it waits.
    if words.iter().any(|w| w.chars().count() >= MIN_PREFIX_CHARS) {
        words.retain(|w| w.chars().count() >= MIN_PREFIX_CHARS);
    }
    let tokens: BTreeSet<String> = words.iter().map(|w| token(ring, w)).collect();
    if tokens.is_empty() {
        return None;
    }
    Some(tokens.iter().fold(String::from("%"), |mut out, t| {
        let _ = write!(out, " {t}%");
        out
    }))
}

/// Lower-cased words: runs of letters, marks and digits, so "O'Brien-Smith" is "o", "brien",
/// "smith", and a Devanagari or Thai vowel sign stays inside its word. Composed first (NFC), so
/// "José" typed with a combining accent is the same word, and Greek final sigma folded to σ, so
/// "ΟΔΥΣ" (lower-cased "οδυς") matches as a prefix does.
fn words(text: &str) -> Vec<String> {
    use icu::properties::CodePointMapData;
    use icu::properties::props::{GeneralCategory, GeneralCategoryGroup};
    let category = CodePointMapData::<GeneralCategory>::new();
    let in_word = |c: char| c.is_alphanumeric() || GeneralCategoryGroup::Mark.contains(category.get(c));
    let composed = icu::normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(text);
    composed
        .split(|c: char| !in_word(c))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(|w| w.chars().take(MAX_WORD_CHARS).collect::<String>().to_lowercase().replace('ς', "σ"))
        .collect()
}

fn token(ring: &MasterKeyRing, word: &str) -> String {
    ring.digest(DIGEST_DOMAIN, word.as_bytes())[..DIGEST_BYTES].iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring() -> MasterKeyRing {
        MasterKeyRing::new(&[3u8; 32], &[])
    }

    /// What the store's `name_index LIKE pattern` answers, for plain unit tests.
    fn like(index: &str, pattern: &str) -> bool {
        // The pattern is `%( tok%)*`: every token must appear, in order, each after a space.
        let mut rest = index;
        for part in pattern.split('%').filter(|p| !p.is_empty()) {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
        true
    }

    fn finds(name: &str, query: &str) -> bool {
        let r = ring();
        let sealed = seal(&r, Uuid::nil(), name);
        search_pattern(&r, query).is_some_and(|p| like(&sealed.index, &p))
    }

    #[test]
    fn staff_find_a_name_by_whole_words_or_their_beginnings_in_any_order_and_case() {
        assert!(finds("Ada Lovelace", "ada"));
        assert!(finds("Ada Lovelace", "LOVELACE ada"));
        assert!(finds("Ada Lovelace", "love"));
        assert!(finds("Ada Lovelace", "Ad Lo"));
        assert!(finds("Jean-Luc O'Brien", "brien luc"));
        assert!(finds("Иван Петров", "петр"));
        assert!(finds("Wu Li", "li"));
        assert!(finds("José Núñez", "jose\u{301}"), "a combining accent is the same letter");
        assert!(finds("ΟΔΥΣΣΕΑΣ ΟΔΥΣ", "οδυς"), "final sigma");
        assert!(finds("अनिल कुमार", "कुमार"), "vowel signs stay inside the word");
        assert!(finds("Ada Lovelace", "ada l"), "a lone letter while typing waits");
        assert!(!finds("Ada Lovelace", "lace"), "only beginnings of words");
        assert!(!finds("Ada Lovelace", "ada byron"), "every word typed must be there");
        assert!(!finds("Ada Lovelace", "a"), "one letter is not a beginning worth indexing");
        assert!(search_pattern(&ring(), " -- ").is_none());
    }

    #[test]
    fn the_index_holds_no_readable_part_of_the_name_and_the_seal_is_bound_to_the_account() {
        let r = ring();
        let user = Uuid::now_v7();
        let sealed = seal(&r, user, "Grace Hopper");
        assert!(!sealed.index.to_lowercase().contains("grace") && !sealed.index.contains("hop"));
        assert!(sealed.index.split(' ').filter(|t| !t.is_empty()).all(|t| t.len() == 2 * DIGEST_BYTES));
        assert_eq!(r.open(&sealed.sealed, &aad(user)).unwrap(), b"Grace Hopper");
        assert!(r.open(&sealed.sealed, &aad(Uuid::now_v7())).is_err(), "moved onto another account");
        let rotated = MasterKeyRing::new(&[4u8; 32], &[[3u8; 32]]);
        assert_ne!(seal(&rotated, user, "Grace Hopper").index, sealed.index, "digests follow the master key");
    }
}
