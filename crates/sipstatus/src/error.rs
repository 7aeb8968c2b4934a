//! The errors of this crate: small, `Copy`, and precise.

use thiserror::Error;

/// Why a number or a text is not a SIP status code.
///
/// ```
/// use sipstatus::{InvalidStatusCode, StatusCode};
///
/// assert_eq!(StatusCode::from_u16(99), Err(InvalidStatusCode::OutOfRange(99)));
/// assert_eq!(
///     "4x6".parse::<StatusCode>(),
///     Err(InvalidStatusCode::NotADigit { position: 1, byte: b'x' }),
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[non_exhaustive]
pub enum InvalidStatusCode {
    /// The number is outside 100 to 799.
    #[error("status code {0} is out of range: SIP status codes are 100 to 799")]
    OutOfRange(u16),
    /// The text was empty.
    #[error("status code text is empty: expected three ASCII digits")]
    Empty,
    /// The text was not exactly three bytes long.
    #[error("status code text is {0} bytes long: expected exactly three ASCII digits")]
    WrongLength(usize),
    /// A byte of the text was not an ASCII digit.
    #[error(
        "status code text has byte 0x{byte:02x} at position {position}: expected an ASCII digit"
    )]
    NotADigit {
        /// The byte's position, from 0.
        position: usize,
        /// The byte itself.
        byte: u8,
    },
}

/// Why a reason phrase could not be looked up.
///
/// ```
/// use sipstatus::{PhraseError, lookup_phrase};
///
/// assert_eq!(lookup_phrase("Busy Somewhere").unwrap_err(), PhraseError::Unknown);
/// assert_eq!(lookup_phrase("   ").unwrap_err(), PhraseError::Empty);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[non_exhaustive]
pub enum PhraseError {
    /// The text was empty or only white space.
    #[error("reason phrase is empty")]
    Empty,
    /// The bytes were not valid UTF-8.
    #[error("reason phrase is not valid UTF-8 (invalid byte at offset {valid_up_to})")]
    InvalidUtf8 {
        /// How many bytes from the start are valid UTF-8.
        valid_up_to: usize,
    },
    /// Even with white space folded, the text is longer than every phrase
    /// the table knows, so it cannot be one.
    #[error("reason phrase is too long: no known phrase is longer than {max} bytes")]
    TooLong {
        /// The length of the longest phrase or alias in the table.
        max: usize,
    },
    /// The text is neither a reason phrase nor an alias in the table.
    #[error("unknown reason phrase: not a registered phrase or a known alias")]
    Unknown,
}

/// A language tag other than those of [`Language::ALL`](crate::Language::ALL).
///
/// ```
/// assert!("xx".parse::<sipstatus::Language>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[error("unknown language: expected \"en\" or \"de\"")]
#[non_exhaustive]
pub struct UnknownLanguage;
