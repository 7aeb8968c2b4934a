//! [`Cause`]: a Q.850 cause value.

use core::{fmt, num::NonZeroU8, str::FromStr};

use super::{CauseClass, CauseEntry, InvalidCause, table};
use crate::Language;

/// A Q.850 cause value: a number from 1 to 127.
///
/// Every value in that range is a valid `Cause`, whether or not Q.850
/// defines it, so that a value received from the network round-trips;
/// [`Cause::entry`] tells which values the table holds. The defined causes
/// are associated constants.
///
/// ```
/// use sipstatus::q850::{Cause, CauseClass};
///
/// let cause: Cause = "17".parse()?;
/// assert_eq!(cause, Cause::USER_BUSY);
/// assert_eq!(cause, 17);
/// assert_eq!(cause.to_string(), "17 User busy");
/// assert_eq!(Cause::from_u16(45)?.name(), None);
/// # Ok::<(), sipstatus::q850::InvalidCause>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cause(NonZeroU8);

/// The highest cause value: the field has seven bits.
const MAX: u16 = 127;

impl Cause {
    /// Makes a cause from a number from 1 to 127.
    ///
    /// # Errors
    /// [`InvalidCause::OutOfRange`] for any other number (0 is not a cause).
    ///
    /// ```
    /// use sipstatus::q850::{Cause, InvalidCause};
    ///
    /// assert_eq!(Cause::from_u16(16), Ok(Cause::NORMAL_CALL_CLEARING));
    /// assert_eq!(Cause::from_u16(128), Err(InvalidCause::OutOfRange(128)));
    /// ```
    pub const fn from_u16(value: u16) -> Result<Cause, InvalidCause> {
        if value > MAX {
            return Err(InvalidCause::OutOfRange(value));
        }
        match NonZeroU8::new(value as u8) {
            Some(n) => Ok(Cause(n)),
            None => Err(InvalidCause::OutOfRange(value)),
        }
    }

    /// Parses one to three ASCII digits, as in `Reason: Q.850;cause=17`.
    ///
    /// # Errors
    /// [`InvalidCause::Empty`], [`InvalidCause::TooLong`] or
    /// [`InvalidCause::NotADigit`] for text that is not one to three digits,
    /// [`InvalidCause::OutOfRange`] for a number outside 1 to 127.
    ///
    /// ```
    /// use sipstatus::q850::{Cause, InvalidCause};
    ///
    /// assert_eq!(Cause::from_bytes(b"034"), Ok(Cause::NO_CIRCUIT_AVAILABLE));
    /// assert_eq!(Cause::from_bytes(b"1234"), Err(InvalidCause::TooLong(4)));
    /// ```
    pub const fn from_bytes(text: &[u8]) -> Result<Cause, InvalidCause> {
        if text.is_empty() {
            return Err(InvalidCause::Empty);
        }
        if text.len() > 3 {
            return Err(InvalidCause::TooLong(text.len()));
        }
        let mut value = 0u16;
        let mut position = 0;
        while position < text.len() {
            let byte = text[position];
            if !byte.is_ascii_digit() {
                return Err(InvalidCause::NotADigit { position, byte });
            }
            value = value * 10 + (byte - b'0') as u16;
            position += 1;
        }
        Cause::from_u16(value)
    }

    /// Builds a table constant; a bad number stops compilation.
    pub(crate) const fn from_table(value: u16) -> Cause {
        match Cause::from_u16(value) {
            Ok(cause) => cause,
            Err(_) => panic!("cause value out of range"),
        }
    }

    /// The number.
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::Cause::USER_BUSY.as_u8(), 17);
    /// ```
    #[must_use]
    pub const fn as_u8(self) -> u8 {
        self.0.get()
    }

    /// The name Q.850 gives the cause ("User busy"), or `None` for a value
    /// it does not define.
    ///
    /// ```
    /// use sipstatus::q850::Cause;
    ///
    /// assert_eq!(Cause::NORMAL_UNSPECIFIED.name(), Some("Normal, unspecified"));
    /// ```
    #[must_use]
    pub fn name(self) -> Option<&'static str> {
        self.entry().map(CauseEntry::q850_name)
    }

    /// The table's entry for this value, or `None` for a value Q.850 does
    /// not define.
    ///
    /// ```
    /// use sipstatus::q850::Cause;
    ///
    /// assert_eq!(Cause::USER_BUSY.entry().unwrap().name(), "USER_BUSY");
    /// assert!(Cause::from_u16(32)?.entry().is_none());
    /// # Ok::<(), sipstatus::q850::InvalidCause>(())
    /// ```
    #[must_use]
    pub fn entry(self) -> Option<&'static CauseEntry> {
        table::entry_of(self.as_u8())
    }

    /// Whether Q.850 defines this value.
    ///
    /// ```
    /// use sipstatus::q850::Cause;
    ///
    /// assert!(Cause::USER_BUSY.is_known());
    /// assert!(!Cause::from_u16(52)?.is_known());
    /// # Ok::<(), sipstatus::q850::InvalidCause>(())
    /// ```
    #[must_use]
    pub const fn is_known(self) -> bool {
        table::holds(self.as_u8())
    }

    /// The description in `lang`, or `None` for a value Q.850 does not
    /// define.
    ///
    /// ```
    /// use sipstatus::{Language, q850::Cause};
    ///
    /// assert!(Cause::USER_BUSY.description(Language::German).is_some());
    /// ```
    #[must_use]
    pub fn description(self, lang: Language) -> Option<&'static str> {
        self.entry().map(|e| e.description(lang))
    }

    /// The class, from the value's top three bits.
    ///
    /// ```
    /// use sipstatus::q850::{Cause, CauseClass};
    ///
    /// assert_eq!(Cause::RECOVERY_ON_TIMER_EXPIRY.class(), CauseClass::ProtocolError);
    /// ```
    #[must_use]
    pub const fn class(self) -> CauseClass {
        match self.as_u8() >> 4 {
            0 | 1 => CauseClass::Normal,
            2 => CauseClass::ResourceUnavailable,
            3 => CauseClass::ServiceNotAvailable,
            4 => CauseClass::ServiceNotImplemented,
            5 => CauseClass::InvalidMessage,
            6 => CauseClass::ProtocolError,
            // A cause has seven bits: 7 is the last pattern.
            _ => CauseClass::Interworking,
        }
    }

    /// The cause a receiver acts on: a defined value is itself; a value
    /// Q.850 does not define is treated as the "unspecified" cause of its
    /// class (31, 47, 63, 79, 95, 111 or 127), as the cause-handling rules of
    /// ITU-T Q.850 §2.2.7 and the unrecognised-value procedures of ITU-T
    /// Q.931 and Q.764 require.
    ///
    /// ```
    /// use sipstatus::q850::Cause;
    ///
    /// assert_eq!(Cause::from_u16(45)?.canonical(), Cause::RESOURCE_UNAVAILABLE_UNSPECIFIED);
    /// assert_eq!(Cause::from_u16(120)?.canonical(), Cause::INTERWORKING_UNSPECIFIED);
    /// assert_eq!(Cause::USER_BUSY.canonical(), Cause::USER_BUSY);
    /// # Ok::<(), sipstatus::q850::InvalidCause>(())
    /// ```
    #[must_use]
    pub const fn canonical(self) -> Cause {
        if self.is_known() {
            self
        } else {
            self.class().unspecified()
        }
    }
}

impl fmt::Debug for Cause {
    /// Prints the number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_u8(), f)
    }
}

impl fmt::Display for Cause {
    /// "17 User busy", or the number and its class for an undefined value
    /// ("45 resource unavailable").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "{} {}", self.as_u8(), name),
            None => write!(f, "{} {}", self.as_u8(), self.class()),
        }
    }
}

impl FromStr for Cause {
    type Err = InvalidCause;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Cause::from_bytes(s.as_bytes())
    }
}

impl TryFrom<u16> for Cause {
    type Error = InvalidCause;

    fn try_from(value: u16) -> Result<Self, Self::Error> {
        Cause::from_u16(value)
    }
}

impl TryFrom<u8> for Cause {
    type Error = InvalidCause;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Cause::from_u16(u16::from(value))
    }
}

impl From<Cause> for u8 {
    fn from(cause: Cause) -> u8 {
        cause.as_u8()
    }
}

impl From<Cause> for u16 {
    fn from(cause: Cause) -> u16 {
        u16::from(cause.as_u8())
    }
}

impl PartialEq<u8> for Cause {
    fn eq(&self, other: &u8) -> bool {
        self.as_u8() == *other
    }
}

impl PartialEq<Cause> for u8 {
    fn eq(&self, other: &Cause) -> bool {
        *self == other.as_u8()
    }
}
