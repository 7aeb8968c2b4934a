//! Reverse lookup: from a reason phrase, or an alias, to the code.
//!
//! The text is folded (ASCII case, runs of white space, leading and trailing
//! space) into a small buffer on the stack, hashed once, and looked up in an
//! open-addressing table that is built from the entries when the crate is
//! compiled. One pass over the input and, almost always, one string
//! comparison: no scan of the table, no allocation.

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
    match core::str::from_utf8(bytes) {
        Ok(text) => lookup_phrase(text),
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
pub const MAX_PHRASE_LEN: usize = max_phrase_len();

/// Slots in the open-addressing table: a power of two, at least twice the
/// number of phrases, so probes stay short.
const SLOTS: usize = 512;

/// One slot: the folded phrase's hash, which entry, and which of its texts
/// (0 for the phrase, `k` for alias `k - 1`). `entry == EMPTY` marks a free
/// slot.
#[derive(Clone, Copy)]
struct Slot {
    hash: u32,
    entry: u8,
    text: u8,
}

const EMPTY: u8 = u8::MAX;

static PHRASE_TABLE: [Slot; SLOTS] = build_phrase_table();

fn lookup_folded(text: &[u8]) -> Result<PhraseMatch, PhraseError> {
    let mut buf = [0u8; MAX_PHRASE_LEN];
    let folded = fold(text, &mut buf)?;
    let hash = fnv1a(folded);
    let mut slot = hash as usize & (SLOTS - 1);
    loop {
        let candidate = PHRASE_TABLE[slot];
        if candidate.entry == EMPTY {
            return Err(PhraseError::Unknown);
        }
        if candidate.hash == hash {
            let entry = &table::entries()[usize::from(candidate.entry)];
            let stored = text_of(entry, candidate.text);
            if stored.as_bytes().eq_ignore_ascii_case(folded) {
                let kind = match candidate.text {
                    0 => PhraseKind::Canonical,
                    1 if entry.has_former => PhraseKind::Former,
                    _ => PhraseKind::Alias,
                };
                return Ok(PhraseMatch {
                    code: entry.code,
                    kind,
                });
            }
        }
        slot = (slot + 1) & (SLOTS - 1);
    }
}

/// Folds `text` into `buf`: ASCII lower case, white space trimmed and each
/// run of it made one space.
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
        buf[len] = byte.to_ascii_lowercase();
        len += 1;
    }
    if len == 0 {
        return Err(PhraseError::Empty);
    }
    Ok(&buf[..len])
}

/// FNV-1a over bytes that are already folded.
const fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// FNV-1a of a table text, folded on the fly (table texts are trimmed and
/// single-spaced; `check_folded` enforces it).
const fn fnv1a_lower(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i].to_ascii_lowercase() as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
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
        text: 0,
    }; SLOTS];
    let mut filled = 0;
    let mut i = 0;
    while i < entries.len() {
        let entry = &entries[i];
        let mut k = 0;
        while k <= entry.aliases.len() {
            let text = text_of(entry, k as u8);
            check_folded(text);
            let hash = fnv1a_lower(text.as_bytes());
            let mut slot = hash as usize & (SLOTS - 1);
            let mut duplicate = false;
            while slots[slot].entry != EMPTY {
                let other = &entries[slots[slot].entry as usize];
                let other_text = text_of(other, slots[slot].text);
                if eq_ignore_case(other_text.as_bytes(), text.as_bytes()) {
                    // Only registered phrases may repeat (406 and 606); an
                    // alias must name exactly one code.
                    assert!(
                        k == 0 && slots[slot].text == 0,
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
                    text: k as u8,
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
