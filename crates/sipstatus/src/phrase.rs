//! Reverse lookup: from a reason phrase, or an alias, to the code.
//!
//! A text that is already trimmed and single-spaced (the usual case) is keyed
//! as it is; any other is first folded into a small buffer on the stack. The
//! key, from the length and the first and last two bytes with ASCII case
//! ignored, picks a slot in an open-addressing table built from the entries
//! when the crate is compiled, and one case-insensitive comparison confirms
//! the match: no scan of the table, no allocation.

use crate::{StatusCode, error::PhraseError, table};

/// How a text matched the table.
///
/// ```
/// use sipstatus::{PhraseKind, lookup_phrase};
///
/// assert_eq!(lookup_phrase("Busy Here")?.kind(), PhraseKind::Canonical);
/// assert_eq!(lookup_phrase("Bad Identity-Info")?.kind(), PhraseKind::Former);
/// assert_eq!(lookup_phrase("Internal Server Error")?.kind(), PhraseKind::Alias);
/// # Ok::<(), sipstatus::PhraseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PhraseKind {
    /// The registered reason phrase.
    Canonical,
    /// The phrase an earlier RFC gave the code (436 and 437 before RFC 8224).
    Former,
    /// A variant in use elsewhere, such as "Internal Server Error" for 500.
    Alias,
    /// Text the table does not hold for the code, such as "Out to lunch"
    /// for 486 (or the phrase of another code). Only a status line has
    /// this relation: a reverse lookup fails instead.
    Custom,
    /// No text, or only white space: the grammar allows an empty phrase.
    /// Only a status line has this relation.
    Empty,
}

/// The result of a reverse lookup: the code, and how the text matched.
///
/// ```
/// use sipstatus::{StatusCode, lookup_phrase};
///
/// let found = lookup_phrase("  busy   HERE ")?;
/// assert_eq!(found.code(), StatusCode::BUSY_HERE);
/// assert!(found.is_canonical());
/// assert!(!lookup_phrase("Declined")?.is_canonical());
/// # Ok::<(), sipstatus::PhraseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PhraseMatch {
    code: StatusCode,
    kind: PhraseKind,
}

impl PhraseMatch {
    /// The code the text names.
    ///
    /// ```
    /// use sipstatus::{StatusCode, lookup_phrase};
    ///
    /// assert_eq!(lookup_phrase("Declined")?.code(), StatusCode::DECLINE);
    /// # Ok::<(), sipstatus::PhraseError>(())
    /// ```
    #[must_use]
    pub const fn code(self) -> StatusCode {
        self.code
    }

    /// How the text matched.
    ///
    /// ```
    /// use sipstatus::{PhraseKind, lookup_phrase};
    ///
    /// assert_eq!(lookup_phrase("Gateway Time-out")?.kind(), PhraseKind::Alias);
    /// # Ok::<(), sipstatus::PhraseError>(())
    /// ```
    #[must_use]
    pub const fn kind(self) -> PhraseKind {
        self.kind
    }

    /// Whether the text was the registered phrase (ignoring case and white
    /// space), rather than a former phrase or an alias.
    ///
    /// ```
    /// use sipstatus::lookup_phrase;
    ///
    /// assert!(lookup_phrase("request-uri too long")?.is_canonical());
    /// assert!(!lookup_phrase("Request URI Too Long")?.is_canonical());
    /// # Ok::<(), sipstatus::PhraseError>(())
    /// ```
    #[must_use]
    pub const fn is_canonical(self) -> bool {
        matches!(self.kind, PhraseKind::Canonical)
    }
}

/// Looks up a reason phrase or an alias: case-insensitive (ASCII), with
/// leading, trailing and repeated white space ignored.
///
/// 406 and 606 share the phrase "Not Acceptable"; it finds 406, the code
/// whose meaning (content not acceptable under Accept) needs no session.
///
/// # Errors
/// [`PhraseError::Empty`] for empty or blank text, [`PhraseError::TooLong`]
/// when the folded text is longer than every known phrase,
/// [`PhraseError::Unknown`] otherwise when nothing matches.
///
/// ```
/// use sipstatus::{PhraseError, StatusCode, lookup_phrase};
///
/// assert_eq!(lookup_phrase("Session Progress")?.code(), StatusCode::SESSION_PROGRESS);
/// assert_eq!(lookup_phrase("Not Acceptable")?.code(), StatusCode::NOT_ACCEPTABLE);
/// assert_eq!(lookup_phrase("Busy Hear"), Err(PhraseError::Unknown));
/// # Ok::<(), sipstatus::PhraseError>(())
/// ```
pub fn lookup_phrase(text: &str) -> Result<PhraseMatch, PhraseError> {
    lookup_folded(text.as_bytes())
}

/// [`lookup_phrase`] for bytes that may not be UTF-8, such as a reason
/// phrase cut from a captured packet.
///
/// # Errors
/// [`PhraseError::InvalidUtf8`] for bytes that are not UTF-8, and the errors
/// of [`lookup_phrase`].
///
/// ```
/// use sipstatus::{PhraseError, StatusCode, lookup_phrase_bytes};
///
/// assert_eq!(lookup_phrase_bytes(b"Ringing")?.code(), StatusCode::RINGING);
/// assert_eq!(lookup_phrase_bytes(b"Ring\xffing"), Err(PhraseError::InvalidUtf8 { valid_up_to: 4 }));
/// # Ok::<(), sipstatus::PhraseError>(())
/// ```
pub fn lookup_phrase_bytes(bytes: &[u8]) -> Result<PhraseMatch, PhraseError> {
    // A text that matches a table text byte for byte but for case is ASCII,
    // so validation can wait until the quick probe has failed.
    if let Some(found) = probe_as_given(bytes) {
        return Ok(found);
    }
    match core::str::from_utf8(bytes) {
        Ok(text) => lookup_folded(text.as_bytes()),
        Err(e) => Err(PhraseError::InvalidUtf8 {
            valid_up_to: e.valid_up_to(),
        }),
    }
}

impl StatusCode {
    /// The code a reason phrase or alias names; see [`lookup_phrase`], which
    /// also tells whether the phrase was the registered one.
    ///
    /// # Errors
    /// The errors of [`lookup_phrase`].
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::from_phrase("busy here"), Ok(StatusCode::BUSY_HERE));
    /// assert!(StatusCode::from_phrase("no such phrase").is_err());
    /// ```
    pub fn from_phrase(text: &str) -> Result<StatusCode, PhraseError> {
        lookup_phrase(text).map(PhraseMatch::code)
    }
}

/// The length of the longest phrase or alias: a folded text longer than this
/// cannot match.
///
/// ```
/// use sipstatus::{MAX_PHRASE_LEN, PhraseError, lookup_phrase};
///
/// let long = "x".repeat(MAX_PHRASE_LEN + 1);
/// assert_eq!(lookup_phrase(&long), Err(PhraseError::TooLong { max: MAX_PHRASE_LEN }));
/// ```
pub const MAX_PHRASE_LEN: usize = max_phrase_len();

/// Slots in the open-addressing table: a power of two, at least twice the
/// number of phrases, so probes stay short.
const SLOTS: usize = 512;

/// One slot: the text's key, the text itself, which entry, and which of its
/// texts (0 for the phrase, `k` for alias `k - 1`). `entry == EMPTY` marks a
/// free slot.
#[derive(Clone, Copy)]
struct Slot {
    hash: u32,
    entry: u8,
    index: u8,
    text: &'static str,
}

const EMPTY: u8 = u8::MAX;

static PHRASE_TABLE: [Slot; SLOTS] = build_phrase_table();

/// The usual case: the text as given, differing from a table text at most
/// in case.
fn probe_as_given(text: &[u8]) -> Option<PhraseMatch> {
    if text.is_empty() || text.len() > MAX_PHRASE_LEN {
        return None;
    }
    probe(text)
}

fn lookup_folded(text: &[u8]) -> Result<PhraseMatch, PhraseError> {
    if let Some(found) = probe_as_given(text) {
        return Ok(found);
    }
    let mut buf = [0u8; MAX_PHRASE_LEN];
    let folded = fold(text, &mut buf)?;
    if folded == text {
        return Err(PhraseError::Unknown);
    }
    probe(folded).ok_or(PhraseError::Unknown)
}

/// Finds `text` in the table, ignoring ASCII case only.
fn probe(text: &[u8]) -> Option<PhraseMatch> {
    let hash = key(text);
    let mut slot = slot_of(hash);
    loop {
        let candidate = &PHRASE_TABLE[slot];
        if candidate.entry == EMPTY {
            return None;
        }
        if candidate.hash == hash && eq_ignore_ascii_case(candidate.text.as_bytes(), text) {
            let entry = &table::entries()[usize::from(candidate.entry)];
            let kind = match candidate.index {
                0 => PhraseKind::Canonical,
                1 if entry.has_former => PhraseKind::Former,
                _ => PhraseKind::Alias,
            };
            return Some(PhraseMatch {
                code: entry.code,
                kind,
            });
        }
        slot = (slot + 1) & (SLOTS - 1);
    }
}

/// Eight copies of a byte.
const fn splat(byte: u8) -> u64 {
    u64::from_ne_bytes([byte; 8])
}

/// Compares eight bytes of a table text (ASCII) with eight of the input,
/// where only letters may differ, and only in case: a branch-free SWAR test.
#[inline]
fn chunk_eq(stored: u64, input: u64) -> bool {
    let diff = stored ^ input;
    // High bit of each byte set where the stored byte is a letter: after
    // `| 0x20` it lies in 0x61..=0x7a. Stored bytes are below 0x80, so the
    // additions cannot carry from one byte into the next.
    let lower = stored | splat(0x20);
    let at_least_a = lower.wrapping_add(splat(0x80 - 0x61));
    let past_z = lower.wrapping_add(splat(0x80 - 0x7b));
    let letters = at_least_a & !past_z & splat(0x80);
    diff & !(letters >> 2) == 0
}

/// Loads eight bytes from `bytes` at `at`.
#[inline]
fn load(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// Loads a text shorter than eight bytes, padded with zeros.
#[inline]
fn load_short(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .rev()
        .fold(0u64, |word, &byte| (word << 8) | u64::from(byte))
}

/// `stored.eq_ignore_ascii_case(input)` for a table text, eight bytes at a
/// time; the last chunk overlaps the one before rather than being copied.
#[inline]
fn eq_ignore_ascii_case(stored: &[u8], input: &[u8]) -> bool {
    let n = stored.len();
    if n != input.len() {
        return false;
    }
    if n < 8 {
        return chunk_eq(load_short(stored), load_short(input));
    }
    let mut at = 0;
    while at + 8 < n {
        if !chunk_eq(load(stored, at), load(input, at)) {
            return false;
        }
        at += 8;
    }
    chunk_eq(load(stored, n - 8), load(input, n - 8))
}

/// Folds `text` into `buf`: white space trimmed and each run of it made one
/// space.
fn fold<'b>(text: &[u8], buf: &'b mut [u8; MAX_PHRASE_LEN]) -> Result<&'b [u8], PhraseError> {
    let mut len = 0;
    let mut pending_space = false;
    for &byte in text {
        if byte.is_ascii_whitespace() {
            pending_space = len > 0;
            continue;
        }
        let needed = len + usize::from(pending_space) + 1;
        if needed > MAX_PHRASE_LEN {
            return Err(PhraseError::TooLong {
                max: MAX_PHRASE_LEN,
            });
        }
        if pending_space {
            buf[len] = b' ';
            len += 1;
            pending_space = false;
        }
        buf[len] = byte;
        len += 1;
    }
    if len == 0 {
        return Err(PhraseError::Empty);
    }
    Ok(&buf[..len])
}

/// A case-insensitive key of a folded, non-empty text from its length and
/// its first and last two bytes: constant time, whatever the length. `| 0x20`
/// maps ASCII capitals to small letters (and leaves space, digits, `-` and
/// `/` alone); the full comparison settles the rare collision.
const fn key(bytes: &[u8]) -> u32 {
    let n = bytes.len();
    let second = if n > 1 { 1 } else { 0 };
    let word = (bytes[0] | 0x20) as u32
        | ((bytes[second] | 0x20) as u32) << 8
        | ((bytes[n - 1 - second] | 0x20) as u32) << 16
        | ((bytes[n - 1] | 0x20) as u32) << 24;
    (word ^ (n as u32).wrapping_mul(0x9e37_79b9)).wrapping_mul(0x85eb_ca6b)
}

/// The first slot to probe for a key: its top bits.
const fn slot_of(hash: u32) -> usize {
    (hash >> (32 - SLOTS.trailing_zeros())) as usize
}

const fn text_of(entry: &crate::Entry, text: u8) -> &'static str {
    match text {
        0 => entry.phrase.as_str(),
        k => entry.aliases[(k - 1) as usize],
    }
}

const fn eq_ignore_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// Stops compilation if a table text is not already folded, so that folding
/// the input is all a lookup has to do.
const fn check_folded(text: &str) {
    let bytes = text.as_bytes();
    assert!(!bytes.is_empty(), "empty phrase in the table");
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        assert!(
            b.is_ascii() && !b.is_ascii_control(),
            "table phrases are printable ASCII"
        );
        if b == b' ' {
            assert!(
                i > 0 && i + 1 < bytes.len(),
                "table phrase with outer space"
            );
            assert!(bytes[i + 1] != b' ', "table phrase with double space");
        }
        i += 1;
    }
}

const fn max_phrase_len() -> usize {
    let entries = &table::ENTRY_ARRAY;
    let mut max = 0;
    let mut i = 0;
    while i < entries.len() {
        let entry = &entries[i];
        let mut k = 0;
        while k <= entry.aliases.len() {
            let len = text_of(entry, k as u8).len();
            if len > max {
                max = len;
            }
            k += 1;
        }
        i += 1;
    }
    max
}

const fn build_phrase_table() -> [Slot; SLOTS] {
    let entries = &table::ENTRY_ARRAY;
    let mut slots = [Slot {
        hash: 0,
        entry: EMPTY,
        index: 0,
        text: "",
    }; SLOTS];
    let mut filled = 0;
    let mut i = 0;
    while i < entries.len() {
        let entry = &entries[i];
        let mut k = 0;
        while k <= entry.aliases.len() {
            let text = text_of(entry, k as u8);
            check_folded(text);
            let hash = key(text.as_bytes());
            let mut slot = slot_of(hash);
            let mut duplicate = false;
            while slots[slot].entry != EMPTY {
                if eq_ignore_case(slots[slot].text.as_bytes(), text.as_bytes()) {
                    // Only registered phrases may repeat (406 and 606); an
                    // alias must name exactly one code.
                    assert!(
                        k == 0 && slots[slot].index == 0,
                        "an alias repeats another phrase or alias"
                    );
                    duplicate = true;
                    break;
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            if !duplicate {
                slots[slot] = Slot {
                    hash,
                    entry: i as u8,
                    index: k as u8,
                    text,
                };
                filled += 1;
            }
            k += 1;
        }
        i += 1;
    }
    assert!(filled * 2 <= SLOTS, "phrase table too full");
    slots
}
