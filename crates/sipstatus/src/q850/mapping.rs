//! The mappings between SIP status codes and Q.850 causes, as data rows
//! that cite their source, and the few lines of code that read them.
//!
//! Each profile has two tables (SIP to cause, cause to SIP), each sorted by
//! its key and checked when the crate is compiled, and a fallback for what
//! its table does not list. A row may carry a [`Note`]: a footnote of the
//! source, or a flag on behaviour of a PBX that departs from the standard
//! it follows. A value above 127 in a PBX's table is that PBX's own
//! cause number, kept as such with its name ([`MappedCause::Own`]).

use core::fmt;

use super::{Cause, Profile};
use crate::{StatusCode, entry::Text};

/// Whether an answer came from a row of the profile's table or from its
/// fallback for values the table does not list.
///
/// ```
/// use sipstatus::{StatusCode, q850::{Basis, Profile}};
///
/// assert_eq!(StatusCode::NOT_FOUND.to_q850(Profile::Rfc3398).basis(), Basis::Row);
/// assert_eq!(StatusCode::CONFLICT.to_q850(Profile::Rfc3398).basis(), Basis::Fallback);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// A row of the table maps this value.
    Row,
    /// The table does not map this value; the profile's fallback applied.
    Fallback,
}

impl Basis {
    /// "row" or "fallback", for exports.
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::Basis::Fallback.slug(), "fallback");
    /// ```
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            Basis::Row => "row",
            Basis::Fallback => "fallback",
        }
    }
}

/// What kind of remark a [`Note`] makes.
///
/// ```
/// use sipstatus::{StatusCode, q850::{NoteKind, Profile}};
///
/// let mapping = StatusCode::from_u16(429)?.to_q850(Profile::FreeSwitch);
/// assert_eq!(mapping.note().map(|n| n.kind()), Some(NoteKind::Quirk));
/// # Ok::<(), sipstatus::InvalidStatusCode>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NoteKind {
    /// A footnote or remark of the source itself.
    Footnote,
    /// The rule the source applies to what its table does not list.
    Fallback,
    /// Behaviour of a PBX that departs from the standard it follows,
    /// reproduced as the PBX does it.
    Quirk,
}

impl NoteKind {
    /// "footnote", "fallback" or "quirk", for exports.
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::NoteKind::Quirk.slug(), "quirk");
    /// ```
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            NoteKind::Footnote => "footnote",
            NoteKind::Fallback => "fallback",
            NoteKind::Quirk => "quirk",
        }
    }
}

/// A remark on one mapping: a footnote of its source, its fallback rule, or
/// a flagged quirk of a PBX.
///
/// ```
/// use sipstatus::q850::{Cause, NoteKind, Profile};
///
/// let note = Cause::CALL_REJECTED.to_sip(Profile::Rfc3398).note().unwrap();
/// assert_eq!(note.key(), "rfc3398-location-user");
/// assert_eq!(note.kind(), NoteKind::Footnote);
/// assert!(note.text().contains("603"));
/// ```
#[derive(Debug)]
pub struct Note {
    pub(crate) key: Text,
    kind: NoteKind,
    pub(crate) text: Text,
}

impl PartialEq for Note {
    fn eq(&self, other: &Note) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Note {}

impl core::hash::Hash for Note {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl Note {
    /// A stable identifier ("rfc3398-location-user").
    ///
    /// ```
    /// use sipstatus::q850::{Cause, Profile};
    ///
    /// let note = Cause::from_u16(45)?.to_sip(Profile::Rfc3398).note().unwrap();
    /// assert_eq!(note.key(), "rfc3398-cause-default");
    /// # Ok::<(), sipstatus::q850::InvalidCause>(())
    /// ```
    #[must_use]
    pub const fn key(&self) -> &'static str {
        self.key.as_str()
    }

    /// What kind of remark this is.
    ///
    /// ```
    /// use sipstatus::q850::{Cause, NoteKind, Profile};
    ///
    /// let note = Cause::from_u16(45)?.to_sip(Profile::Rfc3398).note().unwrap();
    /// assert_eq!(note.kind(), NoteKind::Fallback);
    /// # Ok::<(), sipstatus::q850::InvalidCause>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> NoteKind {
        self.kind
    }

    /// The remark, one or two sentences in English.
    ///
    /// ```
    /// use sipstatus::q850::{Cause, Profile};
    ///
    /// let note = Cause::from_u16(45)?.to_sip(Profile::Rfc3398).note().unwrap();
    /// assert!(note.text().contains("500"));
    /// # Ok::<(), sipstatus::q850::InvalidCause>(())
    /// ```
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.text.as_str()
    }
}

/// What a profile maps a SIP status code to: a Q.850 cause, or a cause
/// number of the PBX's own that is not a Q.850 cause.
///
/// ```
/// use sipstatus::{StatusCode, q850::{MappedCause, Profile}};
///
/// let mapped = StatusCode::REQUEST_TERMINATED.to_q850(Profile::FreeSwitch).value();
/// assert_eq!(mapped, MappedCause::Own { value: 487, name: "ORIGINATOR_CANCEL" });
/// assert_eq!(mapped.as_u16(), 487);
/// assert_eq!(mapped.cause(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MappedCause {
    /// A Q.850 cause value.
    Q850(Cause),
    /// A PBX's own cause number outside the Q.850 range, with the PBX's name
    /// for it.
    Own {
        /// The PBX's number.
        value: u16,
        /// The PBX's name for it.
        name: &'static str,
    },
}

impl MappedCause {
    /// The number, whichever kind it is.
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::Profile};
    ///
    /// assert_eq!(StatusCode::BUSY_HERE.to_q850(Profile::Asterisk).value().as_u16(), 17);
    /// ```
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        match self {
            MappedCause::Q850(cause) => cause.as_u8() as u16,
            MappedCause::Own { value, .. } => value,
        }
    }

    /// The Q.850 cause, or `None` for a PBX's own number.
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::{Cause, Profile}};
    ///
    /// assert_eq!(StatusCode::BUSY_HERE.to_q850(Profile::Rfc3398).value().cause(), Some(Cause::USER_BUSY));
    /// ```
    #[must_use]
    pub const fn cause(self) -> Option<Cause> {
        match self {
            MappedCause::Q850(cause) => Some(cause),
            MappedCause::Own { .. } => None,
        }
    }
}

impl fmt::Display for MappedCause {
    /// "17 User busy", or a PBX's own value with its name
    /// ("487 ORIGINATOR_CANCEL").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MappedCause::Q850(cause) => fmt::Display::fmt(cause, f),
            MappedCause::Own { value, name } => write!(f, "{value} {name}"),
        }
    }
}

/// The answer of [`StatusCode::to_q850`]: the cause, whether a row or the
/// fallback gave it, and the note that applies, if any.
///
/// ```
/// use sipstatus::{StatusCode, q850::{Basis, Cause, Profile}};
///
/// let m = StatusCode::UNAUTHORIZED.to_q850(Profile::Rfc3398);
/// assert_eq!(m.value().cause(), Some(Cause::CALL_REJECTED));
/// assert_eq!(m.basis(), Basis::Row);
/// assert_eq!(m.note().map(|n| n.key()), Some("rfc3398-challenge"));
/// assert_eq!(m.profile(), Profile::Rfc3398);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CauseMapping {
    value: MappedCause,
    basis: Basis,
    note: Option<&'static Note>,
    profile: Profile,
}

impl CauseMapping {
    /// The cause the profile gives.
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::{Cause, Profile}};
    ///
    /// assert_eq!(StatusCode::NOT_FOUND.to_q850(Profile::Rfc3398).value().cause(), Some(Cause::UNALLOCATED_NUMBER));
    /// ```
    #[must_use]
    pub const fn value(&self) -> MappedCause {
        self.value
    }

    /// Whether a row or the fallback gave it.
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::{Basis, Profile}};
    ///
    /// assert_eq!(StatusCode::OK.to_q850(Profile::Rfc3398).basis(), Basis::Fallback);
    /// ```
    #[must_use]
    pub const fn basis(&self) -> Basis {
        self.basis
    }

    /// The footnote, fallback rule or quirk that applies, if any.
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::Profile};
    ///
    /// assert!(StatusCode::BUSY_HERE.to_q850(Profile::Rfc3398).note().is_none());
    /// ```
    #[must_use]
    pub const fn note(&self) -> Option<&'static Note> {
        self.note
    }

    /// The profile that gave the answer.
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::Profile};
    ///
    /// assert_eq!(StatusCode::OK.to_q850(Profile::Asterisk).profile(), Profile::Asterisk);
    /// ```
    #[must_use]
    pub const fn profile(&self) -> Profile {
        self.profile
    }
}

/// The answer of [`Cause::to_sip`]: the status code, an alternative the
/// source allows under a condition, whether a row or the fallback gave it,
/// and the note that applies, if any.
///
/// ```
/// use sipstatus::{StatusCode, q850::{Basis, Cause, Profile}};
///
/// let m = Cause::NUMBER_CHANGED.to_sip(Profile::Rfc3398);
/// assert_eq!(m.code(), StatusCode::GONE);
/// assert_eq!(m.alternative(), Some(StatusCode::MOVED_PERMANENTLY));
/// assert_eq!(m.basis(), Basis::Row);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SipMapping {
    code: StatusCode,
    alternative: Option<StatusCode>,
    basis: Basis,
    note: Option<&'static Note>,
    profile: Profile,
}

impl SipMapping {
    /// The status code the profile gives.
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::{Cause, Profile}};
    ///
    /// assert_eq!(Cause::USER_BUSY.to_sip(Profile::FreeSwitch).code(), StatusCode::BUSY_HERE);
    /// ```
    #[must_use]
    pub const fn code(&self) -> StatusCode {
        self.code
    }

    /// The code the source gives instead under the condition its note
    /// states (603 for cause 21 with location "user" in RFC 3398).
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::{Cause, Profile}};
    ///
    /// assert_eq!(Cause::CALL_REJECTED.to_sip(Profile::Rfc3398).alternative(), Some(StatusCode::DECLINE));
    /// assert_eq!(Cause::USER_BUSY.to_sip(Profile::Rfc3398).alternative(), None);
    /// ```
    #[must_use]
    pub const fn alternative(&self) -> Option<StatusCode> {
        self.alternative
    }

    /// Whether a row or the fallback gave it.
    ///
    /// ```
    /// use sipstatus::q850::{Basis, Cause, Profile};
    ///
    /// assert_eq!(Cause::NORMAL_CALL_CLEARING.to_sip(Profile::Asterisk).basis(), Basis::Fallback);
    /// ```
    #[must_use]
    pub const fn basis(&self) -> Basis {
        self.basis
    }

    /// The footnote, fallback rule or quirk that applies, if any.
    ///
    /// ```
    /// use sipstatus::q850::{Cause, Profile};
    ///
    /// assert_eq!(
    ///     Cause::NORMAL_CALL_CLEARING.to_sip(Profile::Rfc3398).note().map(|n| n.key()),
    ///     Some("rfc3398-bye-or-cancel"),
    /// );
    /// ```
    #[must_use]
    pub const fn note(&self) -> Option<&'static Note> {
        self.note
    }

    /// The profile that gave the answer.
    ///
    /// ```
    /// use sipstatus::q850::{Cause, Profile};
    ///
    /// assert_eq!(Cause::USER_BUSY.to_sip(Profile::Rfc4497).profile(), Profile::Rfc4497);
    /// ```
    #[must_use]
    pub const fn profile(&self) -> Profile {
        self.profile
    }
}

impl StatusCode {
    /// The Q.850 cause `profile` maps this code to, saying whether a row of
    /// its table or its fallback gave it, and which note applies.
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::{Cause, Profile}};
    ///
    /// assert_eq!(StatusCode::TEMPORARILY_UNAVAILABLE.to_q850(Profile::Rfc3398).value().cause(), Some(Cause::NO_USER_RESPONDING));
    /// assert_eq!(StatusCode::TEMPORARILY_UNAVAILABLE.to_q850(Profile::Asterisk).value().cause(), Some(Cause::NO_ANSWER_FROM_USER));
    /// ```
    #[must_use]
    pub fn to_q850(self, profile: Profile) -> CauseMapping {
        let tables = tables(profile);
        let code = self.as_u16();
        let row = tables
            .sip_rows
            .binary_search_by_key(&code, |r| r.code)
            .ok()
            .map(|i| &tables.sip_rows[i]);
        let (value, basis, note) = match row {
            Some(row) if row.value != LISTED_WITHOUT_VALUE => (row.value, Basis::Row, row.note),
            Some(row) => (
                tables.sip_fallback[usize::from(code / 100 - 1)],
                Basis::Fallback,
                row.note,
            ),
            None => (
                tables.sip_fallback[usize::from(code / 100 - 1)],
                Basis::Fallback,
                Some(tables.sip_fallback_note),
            ),
        };
        CauseMapping {
            value: mapped(value, tables.own_values),
            basis,
            note,
            profile,
        }
    }
}

impl Cause {
    /// The SIP status code `profile` maps this cause to, saying whether a
    /// row of its table or its fallback gave it, which note applies, and
    /// any alternative code the source allows.
    ///
    /// ```
    /// use sipstatus::{StatusCode, q850::{Cause, Profile}};
    ///
    /// assert_eq!(Cause::CALL_REJECTED.to_sip(Profile::Rfc3398).code(), StatusCode::FORBIDDEN);
    /// assert_eq!(Cause::CALL_REJECTED.to_sip(Profile::FreeSwitch).code(), StatusCode::DECLINE);
    /// ```
    #[must_use]
    pub fn to_sip(self, profile: Profile) -> SipMapping {
        let tables = tables(profile);
        let row = tables
            .cause_rows
            .binary_search_by_key(&self.as_u8(), |r| r.cause)
            .ok()
            .map(|i| &tables.cause_rows[i]);
        let (code, alternative, basis, note) = match row {
            Some(row) if row.code != LISTED_WITHOUT_VALUE => {
                (row.code, row.alternative, Basis::Row, row.note)
            }
            Some(row) => (tables.cause_fallback, 0, Basis::Fallback, row.note),
            None => (
                tables.cause_fallback,
                0,
                Basis::Fallback,
                Some(tables.cause_fallback_note),
            ),
        };
        SipMapping {
            code: StatusCode::from_table(code),
            alternative: match alternative {
                0 => None,
                code => Some(StatusCode::from_table(code)),
            },
            basis,
            note,
            profile,
        }
    }
}

/// Where two profiles map a value differently: one item of
/// [`disagreements`].
///
/// ```
/// use sipstatus::q850::{Disagreement, Profile, disagreements};
///
/// let first = disagreements(Profile::Rfc3398, Profile::FreeSwitch).next().unwrap();
/// assert!(matches!(first, Disagreement::Sip { .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Disagreement {
    /// The profiles map a status code to different causes.
    Sip {
        /// The status code.
        code: StatusCode,
        /// What the first profile gives.
        first: CauseMapping,
        /// What the second profile gives.
        second: CauseMapping,
    },
    /// The profiles map a cause to different status codes.
    Cause {
        /// The cause.
        cause: Cause,
        /// What the first profile gives.
        first: SipMapping,
        /// What the second profile gives.
        second: SipMapping,
    },
}

/// Every value two profiles map differently: first the status codes 100 to
/// 799 whose causes differ, then the causes 1 to 127 whose status codes
/// differ. Only the mapped values count, not the basis or the notes.
///
/// ```
/// use sipstatus::{StatusCode, q850::{Disagreement, Profile, disagreements}};
///
/// assert_eq!(disagreements(Profile::Rfc3398, Profile::Rfc3398).count(), 0);
/// assert!(disagreements(Profile::Rfc3398, Profile::Asterisk).any(|d| matches!(
///     d,
///     Disagreement::Sip { code, .. } if code == StatusCode::TEMPORARILY_UNAVAILABLE
/// )));
/// ```
pub fn disagreements(first: Profile, second: Profile) -> impl Iterator<Item = Disagreement> {
    let sip = (100..=799u16).filter_map(move |n| {
        let code = StatusCode::from_table(n);
        let (a, b) = (code.to_q850(first), code.to_q850(second));
        (a.value != b.value).then_some(Disagreement::Sip {
            code,
            first: a,
            second: b,
        })
    });
    let cause = (1..=127u16).filter_map(move |n| {
        let cause = Cause::from_table(n);
        let (a, b) = (cause.to_sip(first), cause.to_sip(second));
        (a.code != b.code).then_some(Disagreement::Cause {
            cause,
            first: a,
            second: b,
        })
    });
    sip.chain(cause)
}

// ---------------------------------------------------------------------------
// The data.

/// A row listed by its source without a value (RFC 3398's "no mapping" and
/// "by Warning header"): the fallback value applies, with the row's note.
const LISTED_WITHOUT_VALUE: u16 = 0;

/// One row from SIP to cause.
struct SipRow {
    code: u16,
    value: u16,
    note: Option<&'static Note>,
}

/// One row from cause to SIP.
struct CauseRow {
    cause: u8,
    code: u16,
    alternative: u16,
    note: Option<&'static Note>,
}

/// Everything one profile says.
struct Tables {
    sip_rows: &'static [SipRow],
    /// The cause for an unlisted code, by its first digit (1xx to 7xx).
    sip_fallback: [u16; 7],
    sip_fallback_note: &'static Note,
    cause_rows: &'static [CauseRow],
    cause_fallback: u16,
    cause_fallback_note: &'static Note,
    /// The PBX's own cause numbers above 127 that its rows use, with names.
    own_values: &'static [(u16, &'static str)],
}

const fn s(code: u16, value: u16) -> SipRow {
    SipRow {
        code,
        value,
        note: None,
    }
}

const fn sn(code: u16, value: u16, note: &'static Note) -> SipRow {
    SipRow {
        code,
        value,
        note: Some(note),
    }
}

const fn c(cause: u8, code: u16) -> CauseRow {
    CauseRow {
        cause,
        code,
        alternative: 0,
        note: None,
    }
}

const fn cn(cause: u8, code: u16, alternative: u16, note: &'static Note) -> CauseRow {
    CauseRow {
        cause,
        code,
        alternative,
        note: Some(note),
    }
}

/// A note from its key and text, each written with its NUL terminator.
const fn note(key: &'static str, kind: NoteKind, text: &'static str) -> Note {
    Note {
        key: Text::new(key),
        kind,
        text: Text::new(text),
    }
}

fn tables(profile: Profile) -> &'static Tables {
    match profile {
        Profile::Rfc3398 => &RFC3398,
        Profile::Rfc4497 => &RFC4497,
        Profile::FreeSwitch => &FREESWITCH,
        Profile::Asterisk => &ASTERISK,
    }
}

fn mapped(value: u16, own: &'static [(u16, &'static str)]) -> MappedCause {
    match Cause::from_u16(value) {
        Ok(cause) => MappedCause::Q850(cause),
        Err(_) => MappedCause::Own {
            value,
            name: own
                .iter()
                .find(|(v, _)| *v == value)
                .map_or("", |(_, name)| name),
        },
    }
}

// RFC 3398 ------------------------------------------------------------------

static R3398_SIP_DEFAULT: Note = note(
    "rfc3398-sip-default\0",
    NoteKind::Fallback,
    "RFC 3398 §8.2.6.1: a status code the table does not list maps to cause 31 (Normal, unspecified).\0",
);
static R3398_CAUSE_DEFAULT: Note = note(
    "rfc3398-cause-default\0",
    NoteKind::Fallback,
    "RFC 3398 §7.2.4.1: a cause the table does not list maps to 500 (Server Internal Error).\0",
);
static R3398_CHALLENGE: Note = note(
    "rfc3398-challenge\0",
    NoteKind::Footnote,
    "RFC 3398 §8.2.6.1 (*): a gateway that can answer the authentication challenge does so and goes on with the call; only otherwise does it release with cause 21.\0",
);
static R3398_RETRY: Note = note(
    "rfc3398-retry\0",
    NoteKind::Footnote,
    "RFC 3398 §8.2.6.1 (+): a protocol problem the gateway should first try to remedy by changing and re-sending its request; only if that fails does it release the ISUP side with this cause.\0",
);
static R3398_VERSION: Note = note(
    "rfc3398-version-typo\0",
    NoteKind::Footnote,
    "RFC 3398 §8.2.6.1 (+): as for the other protocol problems, the gateway should first try to remedy it. The RFC's table prints this row as \"504 Version Not Supported\"; the code meant is 505.\0",
);
static R3398_NO_MAPPING: Note = note(
    "rfc3398-no-mapping\0",
    NoteKind::Footnote,
    "RFC 3398 §8.2.6.1 lists 487 with no cause: the request was cancelled, so the release is already under way. Where a cause is needed, the default 31 applies.\0",
);
static R3398_BY_WARNING: Note = note(
    "rfc3398-by-warning\0",
    NoteKind::Footnote,
    "RFC 3398 §8.2.6.1 takes the cause for this code from the response's Warning header: 65 (Bearer capability not implemented) when the warning speaks of an unavailable bearer capability, otherwise, and without a Warning header, the default 31.\0",
);
static R3398_BYE_OR_CANCEL: Note = note(
    "rfc3398-bye-or-cancel\0",
    NoteKind::Footnote,
    "RFC 3398 §7.2.4.1 (*): cause 16 normally ends the call with a BYE or CANCEL rather than a response; where a response is needed, the default 500 applies.\0",
);
static R3398_LOCATION_USER: Note = note(
    "rfc3398-location-user\0",
    NoteKind::Footnote,
    "RFC 3398 §7.2.4.1 (+): when the cause location is \"user\", the 6xx code may be sent instead of the 4xx code: 603 Decline instead of 403 Forbidden.\0",
);
static R3398_DIAGNOSTIC: Note = note(
    "rfc3398-diagnostic\0",
    NoteKind::Footnote,
    "RFC 3398 §7.2.4.1: when the diagnostic carries the new number, 301 Moved Permanently (the number in Contact) is sent instead of 410 Gone.\0",
);
static R3398_ANSI: Note = note(
    "rfc3398-ansi\0",
    NoteKind::Footnote,
    "RFC 3398 §7.2.4.1 (=): this row follows the ANSI ISUP procedures.\0",
);

static RFC3398: Tables = Tables {
    sip_rows: &[
        s(400, 41),
        sn(401, 21, &R3398_CHALLENGE),
        s(402, 21),
        s(403, 21),
        s(404, 1),
        s(405, 63),
        sn(406, 79, &R3398_RETRY),
        sn(407, 21, &R3398_CHALLENGE),
        s(408, 102),
        s(410, 22),
        sn(413, 127, &R3398_RETRY),
        sn(414, 127, &R3398_RETRY),
        sn(415, 79, &R3398_RETRY),
        sn(416, 127, &R3398_RETRY),
        sn(420, 127, &R3398_RETRY),
        sn(421, 127, &R3398_RETRY),
        sn(423, 127, &R3398_RETRY),
        s(480, 18),
        s(481, 41),
        s(482, 25),
        s(483, 25),
        sn(484, 28, &R3398_RETRY),
        s(485, 1),
        s(486, 17),
        sn(487, LISTED_WITHOUT_VALUE, &R3398_NO_MAPPING),
        sn(488, LISTED_WITHOUT_VALUE, &R3398_BY_WARNING),
        s(500, 41),
        s(501, 79),
        s(502, 38),
        s(503, 41),
        s(504, 102),
        sn(505, 127, &R3398_VERSION),
        sn(513, 127, &R3398_RETRY),
        s(600, 17),
        s(603, 21),
        s(604, 1),
        sn(606, LISTED_WITHOUT_VALUE, &R3398_BY_WARNING),
    ],
    sip_fallback: [31; 7],
    sip_fallback_note: &R3398_SIP_DEFAULT,
    cause_rows: &[
        c(1, 404),
        c(2, 404),
        c(3, 404),
        cn(16, LISTED_WITHOUT_VALUE, 0, &R3398_BYE_OR_CANCEL),
        c(17, 486),
        c(18, 408),
        c(19, 480),
        c(20, 480),
        cn(21, 403, 603, &R3398_LOCATION_USER),
        cn(22, 410, 301, &R3398_DIAGNOSTIC),
        c(23, 410),
        cn(26, 404, 0, &R3398_ANSI),
        c(27, 502),
        c(28, 484),
        c(29, 501),
        c(31, 480),
        c(34, 503),
        c(38, 503),
        c(41, 503),
        c(42, 503),
        c(47, 503),
        c(55, 403),
        c(57, 403),
        c(58, 503),
        c(65, 488),
        c(70, 488),
        c(79, 501),
        c(87, 403),
        c(88, 503),
        c(102, 504),
        c(111, 500),
        c(127, 500),
    ],
    cause_fallback: 500,
    cause_fallback_note: &R3398_CAUSE_DEFAULT,
    own_values: &[],
};

// RFC 4497 ------------------------------------------------------------------
// Table 2 of §8.4.4 (SIP to cause) and Table 1 of §8.4.1 (cause to SIP), with
// their notes.

static R4497_SIP_DEFAULT: Note = note(
    "rfc4497-sip-default\0",
    NoteKind::Fallback,
    "RFC 4497 §8.4.4: a status code Table 2 does not list maps to cause 31 (Normal, unspecified).\0",
);
static R4497_CAUSE_DEFAULT: Note = note(
    "rfc4497-cause-default\0",
    NoteKind::Fallback,
    "RFC 4497 §8.4.1: a cause Table 1 does not list maps to 500 (Server Internal Error).\0",
);
static R4497_CHALLENGE: Note = note(
    "rfc4497-challenge\0",
    NoteKind::Footnote,
    "RFC 4497 §8.4.4 note 5: a gateway that can authenticate itself does so and goes on with the call; only otherwise does it clear the QSIG call with cause 21.\0",
);
static R4497_RETRY: Note = note(
    "rfc4497-retry\0",
    NoteKind::Footnote,
    "RFC 4497 §8.4.4 note 6: the gateway may be able to work around the problem by retrying the INVITE; it should clear the QSIG call with this cause only when no retry is possible or the retry fails.\0",
);
static R4497_NO_MAPPING: Note = note(
    "rfc4497-no-mapping\0",
    NoteKind::Footnote,
    "RFC 4497 §8.4.4 note 7 lists 487 with no cause: the QSIG call is normally cleared or clearing already. Where clearing must still start, the default 31 applies.\0",
);
static R4497_BEARER: Note = note(
    "rfc4497-bearer-or-default\0",
    NoteKind::Footnote,
    "RFC 4497 §8.4.4 note 8: cause 65 only when the Warning header suggests that a new attempt with a different bearer capability could succeed; otherwise the default 31.\0",
);
static R4497_BYE_OR_CANCEL: Note = note(
    "rfc4497-bye-or-cancel\0",
    NoteKind::Footnote,
    "RFC 4497 §8.4.1 note 3: cause 16 normally ends the call with a BYE or CANCEL; where a response to the INVITE is still needed, the default 500 applies.\0",
);
static R4497_LOCATION_USER: Note = note(
    "rfc4497-location-user\0",
    NoteKind::Footnote,
    "RFC 4497 §8.4.1 Table 1: 603 Decline when the location field of the Cause information element says \"user\", 403 Forbidden otherwise.\0",
);
static R4497_DIAGNOSTIC: Note = note(
    "rfc4497-diagnostic\0",
    NoteKind::Footnote,
    "RFC 4497 §8.4.1 Table 1: 301 Moved Permanently when the diagnostic field of the Cause information element can give a Contact header, 410 Gone otherwise.\0",
);
static R4497_WARNING: Note = note(
    "rfc4497-warning\0",
    NoteKind::Footnote,
    "RFC 4497 §8.4.1 note 4: the gateway may add a Warning header when the diagnostic of the Cause information element points to a suitable warning code.\0",
);

static RFC4497: Tables = Tables {
    sip_rows: &[
        s(400, 41),
        sn(401, 21, &R4497_CHALLENGE),
        s(402, 21),
        s(403, 21),
        s(404, 1),
        s(405, 63),
        s(406, 79),
        sn(407, 21, &R4497_CHALLENGE),
        s(408, 102),
        s(410, 22),
        sn(413, 127, &R4497_RETRY),
        sn(414, 127, &R4497_RETRY),
        sn(415, 79, &R4497_RETRY),
        sn(416, 127, &R4497_RETRY),
        sn(420, 127, &R4497_RETRY),
        sn(421, 127, &R4497_RETRY),
        sn(423, 127, &R4497_RETRY),
        s(480, 18),
        s(481, 41),
        s(482, 25),
        s(483, 25),
        sn(484, 28, &R4497_RETRY),
        s(485, 1),
        s(486, 17),
        sn(487, LISTED_WITHOUT_VALUE, &R4497_NO_MAPPING),
        sn(488, 65, &R4497_BEARER),
        s(500, 41),
        s(501, 79),
        s(502, 38),
        s(503, 41),
        s(504, 102),
        sn(505, 127, &R4497_RETRY),
        sn(513, 127, &R4497_RETRY),
        s(600, 17),
        s(603, 21),
        s(604, 1),
        sn(606, 65, &R4497_BEARER),
    ],
    sip_fallback: [31; 7],
    sip_fallback_note: &R4497_SIP_DEFAULT,
    cause_rows: &[
        c(1, 404),
        c(2, 404),
        c(3, 404),
        cn(16, LISTED_WITHOUT_VALUE, 0, &R4497_BYE_OR_CANCEL),
        c(17, 486),
        c(18, 408),
        c(19, 480),
        c(20, 480),
        cn(21, 403, 603, &R4497_LOCATION_USER),
        cn(22, 410, 301, &R4497_DIAGNOSTIC),
        c(23, 410),
        c(27, 502),
        c(28, 484),
        c(29, 501),
        c(31, 480),
        c(34, 503),
        c(38, 503),
        c(41, 503),
        c(42, 503),
        c(47, 503),
        c(55, 403),
        c(57, 403),
        c(58, 503),
        cn(65, 488, 0, &R4497_WARNING),
        c(69, 501),
        cn(70, 488, 0, &R4497_WARNING),
        c(79, 501),
        c(87, 403),
        c(88, 503),
        c(102, 504),
    ],
    cause_fallback: 500,
    cause_fallback_note: &R4497_CAUSE_DEFAULT,
    own_values: &[],
};

// FreeSWITCH ----------------------------------------------------------------

static FS_SIP_DEFAULT: Note = note(
    "freeswitch-sip-default\0",
    NoteKind::Fallback,
    "FreeSWITCH sofia_glue_sip_cause_to_freeswitch(): any code its switch does not list gives NORMAL_UNSPECIFIED (31).\0",
);
static FS_CAUSE_DEFAULT: Note = note(
    "freeswitch-cause-default\0",
    NoteKind::Fallback,
    "FreeSWITCH hangup_cause_to_sip(): any cause its switch does not list, 16 Normal call clearing included, gives 480.\0",
);
static FS_OWN: Note = note(
    "freeswitch-own-cause\0",
    NoteKind::Footnote,
    "FreeSWITCH maps this code to a hangup cause of its own, numbered outside the Q.850 range (switch_types.h); a Reason header cannot carry it as a Q.850 cause.\0",
);
static FS_429: Note = note(
    "freeswitch-429-identity\0",
    NoteKind::Quirk,
    "FreeSWITCH maps 429 to its BAD_IDENTITY_INFO cause and back, but 429 is Provide Referrer Identity (RFC 3892); Bad Identity-Info was 436 (RFC 4474, now Bad Identity Info in RFC 8224).\0",
);

static FREESWITCH: Tables = Tables {
    sip_rows: &[
        s(200, 16),
        s(400, 41),
        s(401, 21),
        s(402, 21),
        s(403, 21),
        s(404, 1),
        s(405, 63),
        s(406, 79),
        s(407, 21),
        s(408, 102),
        s(410, 22),
        s(413, 127),
        s(414, 127),
        s(415, 79),
        s(416, 127),
        s(420, 127),
        s(421, 127),
        s(423, 127),
        sn(428, 820, &FS_OWN),
        sn(429, 821, &FS_429),
        sn(437, 822, &FS_OWN),
        sn(438, 823, &FS_OWN),
        s(480, 18),
        s(481, 41),
        s(482, 25),
        s(483, 25),
        s(484, 28),
        s(485, 3),
        s(486, 17),
        sn(487, 487, &FS_OWN),
        s(488, 88),
        s(500, 41),
        s(501, 79),
        s(502, 38),
        s(503, 41),
        s(504, 102),
        s(505, 127),
        s(513, 127),
        s(600, 17),
        s(603, 21),
        s(604, 3),
        s(606, 88),
        sn(607, 819, &FS_OWN),
        s(608, 21),
    ],
    sip_fallback: [31; 7],
    sip_fallback_note: &FS_SIP_DEFAULT,
    cause_rows: &[
        c(1, 404),
        c(2, 404),
        c(3, 404),
        c(17, 486),
        c(18, 408),
        c(19, 480),
        c(20, 480),
        c(21, 603),
        c(22, 410),
        c(23, 410),
        c(25, 483),
        c(27, 502),
        c(28, 484),
        c(29, 501),
        c(31, 480),
        c(34, 503),
        c(38, 503),
        c(41, 503),
        c(42, 503),
        c(44, 503),
        c(52, 403),
        c(54, 403),
        c(57, 403),
        c(58, 503),
        c(65, 488),
        c(69, 501),
        c(79, 501),
        c(88, 488),
        c(102, 504),
    ],
    cause_fallback: 480,
    cause_fallback_note: &FS_CAUSE_DEFAULT,
    own_values: &[
        (487, "ORIGINATOR_CANCEL"),
        (819, "UNWANTED"),
        (820, "NO_IDENTITY"),
        (821, "BAD_IDENTITY_INFO"),
        (822, "UNSUPPORTED_CERTIFICATE"),
        (823, "INVALID_IDENTITY"),
    ],
};

// Asterisk ------------------------------------------------------------------

static AST_SIP_DEFAULT: Note = note(
    "asterisk-sip-default\0",
    NoteKind::Fallback,
    "Asterisk ast_sip_hangup_sip2cause(): an unlisted 4xx or 6xx gives INTERWORKING (127), an unlisted 5xx CONGESTION (34), anything else NORMAL_CLEARING (16).\0",
);
static AST_CAUSE_DEFAULT: Note = note(
    "asterisk-cause-default\0",
    NoteKind::Fallback,
    "Asterisk hangup_cause2sip() returns 0 for any cause it does not list, 16 Normal call clearing included, and ast_sip_session_terminate() sends 603 Decline for 0.\0",
);
static AST_420: Note = note(
    "asterisk-420-no-route\0",
    NoteKind::Quirk,
    "Asterisk maps 420 Bad Extension to NO_ROUTE_DESTINATION (3), which goes back out as 404; RFC 3398 gives 127.\0",
);
static AST_483: Note = note(
    "asterisk-483-no-answer\0",
    NoteKind::Quirk,
    "Asterisk maps 483 Too Many Hops to NO_ANSWER (19), which goes back out as 480; RFC 3398 gives 25 (exchange routing error).\0",
);

static ASTERISK: Tables = Tables {
    sip_rows: &[
        s(302, 23),
        s(401, 21),
        s(403, 21),
        s(404, 1),
        s(405, 127),
        s(407, 21),
        s(408, 18),
        s(409, 41),
        s(410, 22),
        s(411, 127),
        s(413, 127),
        s(414, 127),
        s(415, 127),
        sn(420, 3, &AST_420),
        s(480, 19),
        s(481, 127),
        s(482, 127),
        sn(483, 19, &AST_483),
        s(484, 28),
        s(485, 1),
        s(486, 17),
        s(487, 127),
        s(488, 58),
        s(491, 127),
        s(493, 127),
        s(500, 38),
        s(501, 29),
        s(502, 27),
        s(503, 34),
        s(504, 102),
        s(505, 127),
        s(600, 17),
        s(603, 21),
        s(604, 1),
        s(606, 58),
    ],
    sip_fallback: [16, 16, 16, 127, 34, 127, 16],
    sip_fallback_note: &AST_SIP_DEFAULT,
    cause_rows: &[
        c(1, 404),
        c(2, 404),
        c(3, 404),
        c(17, 486),
        c(18, 408),
        c(19, 480),
        c(20, 480),
        c(21, 403),
        c(22, 410),
        c(23, 302),
        c(27, 502),
        c(28, 484),
        c(29, 501),
        c(31, 480),
        c(34, 503),
        c(38, 500),
        c(42, 503),
        c(58, 488),
        c(66, 503),
        c(127, 500),
    ],
    cause_fallback: 603,
    cause_fallback_note: &AST_CAUSE_DEFAULT,
    own_values: &[],
};

// Compile-time checks: every table sorted by its key, each key once, every
// code a valid status code, every value a cause or a named own value.

const fn check(t: &Tables) {
    let mut i = 0;
    while i < t.sip_rows.len() {
        let row = &t.sip_rows[i];
        assert!(
            StatusCode::from_u16(row.code).is_ok(),
            "mapping code out of range"
        );
        if i > 0 {
            assert!(
                t.sip_rows[i - 1].code < row.code,
                "SIP rows must be sorted, each code once"
            );
        }
        if row.value != LISTED_WITHOUT_VALUE && Cause::from_u16(row.value).is_err() {
            let mut named = false;
            let mut j = 0;
            while j < t.own_values.len() {
                named |= t.own_values[j].0 == row.value;
                j += 1;
            }
            assert!(named, "a value above 127 must be a named own value");
        }
        i += 1;
    }
    let mut i = 0;
    while i < t.cause_rows.len() {
        let row = &t.cause_rows[i];
        assert!(
            row.cause >= 1 && row.cause <= 127,
            "mapping cause out of range"
        );
        if i > 0 {
            assert!(
                t.cause_rows[i - 1].cause < row.cause,
                "cause rows must be sorted, each cause once"
            );
        }
        assert!(
            row.code == LISTED_WITHOUT_VALUE || StatusCode::from_u16(row.code).is_ok(),
            "mapping code out of range"
        );
        assert!(
            row.alternative == 0 || StatusCode::from_u16(row.alternative).is_ok(),
            "alternative code out of range"
        );
        i += 1;
    }
    assert!(
        StatusCode::from_u16(t.cause_fallback).is_ok(),
        "fallback code out of range"
    );
    let mut d = 0;
    while d < 7 {
        assert!(
            Cause::from_u16(t.sip_fallback[d]).is_ok(),
            "fallback cause out of range"
        );
        d += 1;
    }
}

const _: () = {
    check(&RFC3398);
    check(&RFC4497);
    check(&FREESWITCH);
    check(&ASTERISK);
};
