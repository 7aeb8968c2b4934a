//! [`StatusCode`]: the number of a SIP response.

use core::{fmt, num::NonZeroU16, str::FromStr};

use crate::{
    Entry, Language, RegistryStatus, StatusClass,
    error::InvalidStatusCode,
    table::{self, PHRASES},
};

/// A SIP response status code: a number from 100 to 799.
///
/// Every code in that range is a valid `StatusCode`, whether or not the table
/// knows it, so that an unknown code still round-trips; [`StatusCode::entry`]
/// tells which codes the table holds. The table's codes are associated
/// constants, named after their reason phrase.
///
/// ```
/// use sipstatus::StatusCode;
///
/// let code = StatusCode::from_u16(486)?;
/// assert_eq!(code, StatusCode::BUSY_HERE);
/// assert_eq!(code, 486);
/// assert_eq!(code.reason_phrase(), Some("Busy Here"));
/// assert_eq!(code.to_string(), "486 Busy Here");
/// assert!(code.is_client_error() && code.is_final());
/// # Ok::<(), sipstatus::InvalidStatusCode>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatusCode(NonZeroU16);

/// The lowest valid code.
const MIN: u16 = 100;
/// The highest valid code.
const MAX: u16 = 799;

impl StatusCode {
    /// Makes a code from a number from 100 to 799 (`7xx` is the local class
    /// of SIP stacks).
    ///
    /// # Errors
    /// [`InvalidStatusCode::OutOfRange`] for any other number.
    ///
    /// ```
    /// use sipstatus::{InvalidStatusCode, StatusCode};
    ///
    /// assert_eq!(StatusCode::from_u16(182), Ok(StatusCode::QUEUED));
    /// assert_eq!(StatusCode::from_u16(499).map(|c| c.as_u16()), Ok(499));
    /// assert_eq!(StatusCode::from_u16(800), Err(InvalidStatusCode::OutOfRange(800)));
    /// ```
    pub const fn from_u16(code: u16) -> Result<StatusCode, InvalidStatusCode> {
        if code < MIN || code > MAX {
            return Err(InvalidStatusCode::OutOfRange(code));
        }
        match NonZeroU16::new(code) {
            Some(n) => Ok(StatusCode(n)),
            None => Err(InvalidStatusCode::OutOfRange(code)),
        }
    }

    /// Parses exactly three ASCII digits, as in a status line.
    ///
    /// # Errors
    /// [`InvalidStatusCode::Empty`], [`InvalidStatusCode::WrongLength`] or
    /// [`InvalidStatusCode::NotADigit`] for text that is not three digits,
    /// [`InvalidStatusCode::OutOfRange`] for a number outside 100 to 799.
    ///
    /// ```
    /// use sipstatus::{InvalidStatusCode, StatusCode};
    ///
    /// assert_eq!(StatusCode::from_bytes(b"603"), Ok(StatusCode::DECLINE));
    /// assert_eq!(StatusCode::from_bytes(b"0486"), Err(InvalidStatusCode::WrongLength(4)));
    /// assert_eq!(StatusCode::from_bytes(b"099"), Err(InvalidStatusCode::OutOfRange(99)));
    /// ```
    pub const fn from_bytes(text: &[u8]) -> Result<StatusCode, InvalidStatusCode> {
        let digits = match text {
            [] => return Err(InvalidStatusCode::Empty),
            [a, b, c] => [*a, *b, *c],
            _ => return Err(InvalidStatusCode::WrongLength(text.len())),
        };
        let mut value = 0u16;
        let mut position = 0;
        while position < 3 {
            let byte = digits[position];
            if !byte.is_ascii_digit() {
                return Err(InvalidStatusCode::NotADigit { position, byte });
            }
            value = value * 10 + (byte - b'0') as u16;
            position += 1;
        }
        StatusCode::from_u16(value)
    }

    /// Builds a table constant; a bad number stops compilation.
    pub(crate) const fn from_table(code: u16) -> StatusCode {
        match StatusCode::from_u16(code) {
            Ok(code) => code,
            Err(_) => panic!("table code out of range"),
        }
    }

    /// The number.
    ///
    /// ```
    /// assert_eq!(sipstatus::StatusCode::RINGING.as_u16(), 180);
    /// ```
    #[must_use]
    pub const fn as_u16(self) -> u16 {
        self.0.get()
    }

    /// The position of this code in the dense per-code tables.
    pub(crate) const fn offset(self) -> usize {
        (self.as_u16() - MIN) as usize
    }

    /// The registered reason phrase, or `None` for a code the table does not
    /// hold. A single array index: no search, no allocation.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::DECLINE.reason_phrase(), Some("Decline"));
    /// assert_eq!(StatusCode::from_u16(499)?.reason_phrase(), None);
    /// # Ok::<(), sipstatus::InvalidStatusCode>(())
    /// ```
    #[inline]
    #[must_use]
    pub const fn reason_phrase(self) -> Option<&'static str> {
        PHRASES[self.offset()]
    }

    /// The reason phrase, or for a code the table does not hold the name of
    /// its class ("Client Error"), so that a status line can always be
    /// written.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::BUSY_HERE.phrase_or_class(), "Busy Here");
    /// assert_eq!(StatusCode::from_u16(499)?.phrase_or_class(), "Client Error");
    /// # Ok::<(), sipstatus::InvalidStatusCode>(())
    /// ```
    #[must_use]
    pub const fn phrase_or_class(self) -> &'static str {
        match self.reason_phrase() {
            Some(phrase) => phrase,
            None => self.class().label(),
        }
    }

    /// The table's entry for this code, with all its metadata, or `None` for
    /// a code the table does not hold.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// let entry = StatusCode::QUEUED.entry().unwrap();
    /// assert_eq!(entry.references(), ["RFC 3261 §21.1.4"]);
    /// assert!(StatusCode::from_u16(199)?.entry().is_some());
    /// assert!(StatusCode::from_u16(198)?.entry().is_none());
    /// # Ok::<(), sipstatus::InvalidStatusCode>(())
    /// ```
    #[inline]
    #[must_use]
    pub fn entry(self) -> Option<&'static Entry> {
        table::entry_at_offset(self.offset())
    }

    /// Whether the table holds this code.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert!(StatusCode::PARTY_HANGS_UP.is_known());
    /// assert!(!StatusCode::from_u16(700)?.is_known());
    /// # Ok::<(), sipstatus::InvalidStatusCode>(())
    /// ```
    #[must_use]
    pub const fn is_known(self) -> bool {
        self.reason_phrase().is_some()
    }

    /// The code's standing in the IANA registry, or `None` for a code the
    /// table does not hold.
    ///
    /// ```
    /// use sipstatus::{RegistryStatus, StatusCode};
    ///
    /// assert_eq!(StatusCode::CONFLICT.registry_status(), Some(RegistryStatus::Obsolete));
    /// ```
    #[must_use]
    pub fn registry_status(self) -> Option<RegistryStatus> {
        self.entry().map(Entry::status)
    }

    /// The description in `lang`, or `None` for a code the table does not
    /// hold.
    ///
    /// ```
    /// use sipstatus::{Language, StatusCode};
    ///
    /// let text = StatusCode::BUSY_HERE.description(Language::German).unwrap();
    /// assert!(text.contains("Angerufene"));
    /// ```
    #[must_use]
    pub fn description(self, lang: Language) -> Option<&'static str> {
        self.entry().map(|entry| entry.description(lang))
    }

    /// The class, from the first digit.
    ///
    /// ```
    /// use sipstatus::{StatusClass, StatusCode};
    ///
    /// assert_eq!(StatusCode::UNWANTED.class(), StatusClass::GlobalFailure);
    /// ```
    #[must_use]
    pub const fn class(self) -> StatusClass {
        match StatusClass::from_digit(self.as_u16() / 100) {
            Some(class) => class,
            // The constructor keeps the number in 100..=799.
            None => unreachable!(),
        }
    }

    /// `1xx`: the request is being processed, a final response follows.
    ///
    /// ```
    /// assert!(sipstatus::StatusCode::TRYING.is_provisional());
    /// ```
    #[must_use]
    pub const fn is_provisional(self) -> bool {
        matches!(self.as_u16(), 100..=199)
    }

    /// `2xx` to `6xx`: a final response, which ends the transaction. Local
    /// `7xx` codes are never sent, so they are neither final nor provisional.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert!(StatusCode::OK.is_final());
    /// assert!(!StatusCode::SESSION_PROGRESS.is_final());
    /// assert!(!StatusCode::PARTY_HANGS_UP.is_final());
    /// ```
    #[must_use]
    pub const fn is_final(self) -> bool {
        matches!(self.as_u16(), 200..=699)
    }

    /// `2xx`: success.
    ///
    /// ```
    /// assert!(sipstatus::StatusCode::NO_NOTIFICATION.is_success());
    /// ```
    #[must_use]
    pub const fn is_success(self) -> bool {
        matches!(self.as_u16(), 200..=299)
    }

    /// `3xx`: redirection.
    ///
    /// ```
    /// assert!(sipstatus::StatusCode::MOVED_TEMPORARILY.is_redirection());
    /// ```
    #[must_use]
    pub const fn is_redirection(self) -> bool {
        matches!(self.as_u16(), 300..=399)
    }

    /// `4xx`: client error (request failure).
    ///
    /// ```
    /// assert!(sipstatus::StatusCode::NOT_FOUND.is_client_error());
    /// ```
    #[must_use]
    pub const fn is_client_error(self) -> bool {
        matches!(self.as_u16(), 400..=499)
    }

    /// `5xx`: server error.
    ///
    /// ```
    /// assert!(sipstatus::StatusCode::SERVICE_UNAVAILABLE.is_server_error());
    /// ```
    #[must_use]
    pub const fn is_server_error(self) -> bool {
        matches!(self.as_u16(), 500..=599)
    }

    /// `6xx`: global failure.
    ///
    /// ```
    /// assert!(sipstatus::StatusCode::BUSY_EVERYWHERE.is_global_failure());
    /// ```
    #[must_use]
    pub const fn is_global_failure(self) -> bool {
        matches!(self.as_u16(), 600..=699)
    }

    /// `7xx`: a local code of a SIP stack, never sent on the wire.
    ///
    /// ```
    /// assert!(sipstatus::StatusCode::PARTY_HANGS_UP.is_local());
    /// ```
    #[must_use]
    pub const fn is_local(self) -> bool {
        matches!(self.as_u16(), 700..=799)
    }

    /// The code a user agent acts on, per RFC 3261 §8.1.3.2: a code the
    /// table holds is itself; an unrecognised final code is treated as the
    /// `x00` of its class, an unrecognised provisional code as 183 Session
    /// Progress. Local `7xx` codes are outside that rule and stay as they are.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::from_u16(431)?.canonical(), StatusCode::BAD_REQUEST);
    /// assert_eq!(StatusCode::from_u16(188)?.canonical(), StatusCode::SESSION_PROGRESS);
    /// assert_eq!(StatusCode::BUSY_HERE.canonical(), StatusCode::BUSY_HERE);
    /// # Ok::<(), sipstatus::InvalidStatusCode>(())
    /// ```
    #[must_use]
    pub const fn canonical(self) -> StatusCode {
        if self.is_known() || self.is_local() {
            self
        } else if self.is_provisional() {
            StatusCode::SESSION_PROGRESS
        } else {
            StatusCode::from_table(self.as_u16() / 100 * 100)
        }
    }
}

impl fmt::Debug for StatusCode {
    /// Prints the number, like `http::StatusCode`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_u16(), f)
    }
}

impl fmt::Display for StatusCode {
    /// "486 Busy Here"; for a code the table does not hold, the class name
    /// stands in for the phrase ("499 Client Error").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.as_u16(), self.phrase_or_class())
    }
}

impl FromStr for StatusCode {
    type Err = InvalidStatusCode;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        StatusCode::from_bytes(s.as_bytes())
    }
}

impl TryFrom<&str> for StatusCode {
    type Error = InvalidStatusCode;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        StatusCode::from_bytes(s.as_bytes())
    }
}

impl TryFrom<&[u8]> for StatusCode {
    type Error = InvalidStatusCode;

    fn try_from(bytes: &[u8]) -> Result<Self, Self::Error> {
        StatusCode::from_bytes(bytes)
    }
}

impl TryFrom<u16> for StatusCode {
    type Error = InvalidStatusCode;

    fn try_from(code: u16) -> Result<Self, Self::Error> {
        StatusCode::from_u16(code)
    }
}

impl From<StatusCode> for u16 {
    fn from(code: StatusCode) -> u16 {
        code.as_u16()
    }
}

impl PartialEq<u16> for StatusCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<StatusCode> for u16 {
    fn eq(&self, other: &StatusCode) -> bool {
        *self == other.as_u16()
    }
}

#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
mod serde_impl {
    use super::StatusCode;
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

    impl Serialize for StatusCode {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_u16(self.as_u16())
        }
    }

    impl<'de> Deserialize<'de> for StatusCode {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let code = u16::deserialize(deserializer)?;
            StatusCode::from_u16(code).map_err(de::Error::custom)
        }
    }
}
