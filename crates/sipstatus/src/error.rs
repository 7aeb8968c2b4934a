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

/// What a parser expected where it stopped, as named by a [`StatusLineError`]
/// or a [`ReasonError`].
///
/// ```
/// use sipstatus::Expected;
///
/// assert_eq!(Expected::Space.to_string(), "a space");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// `SIP/` (upper case when strict).
    SipVersion,
    /// An ASCII digit.
    Digit,
    /// An ASCII digit or the `.` of the version.
    DigitOrDot,
    /// A space (lenient: a space or a tab).
    Space,
    /// A Reason-Phrase character or the end of the line.
    ReasonPhrase,
    /// A hex digit after `%`.
    HexDigit,
    /// A UTF-8 continuation byte (0x80 to 0xBF).
    Utf8Continuation,
    /// The LF of a CRLF.
    LineFeed,
    /// A token (RFC 3261 §25.1: letters, digits and `-.!%*_+`'~`).
    Token,
    /// `=` between a parameter's name and its value.
    Equals,
    /// A parameter value: a token, a host or a quoted string.
    ParamValue,
    /// An IPv6 address and its closing `]`.
    Ipv6Reference,
    /// A double quote (opening or closing a quoted string).
    Quote,
    /// A character of a quoted string.
    QuotedText,
    /// The character of a quoted pair (anything up to 0x7F but CR and LF).
    QuotedPair,
    /// `;` before a parameter, `,` before the next value, or the end.
    SemicolonOrComma,
    /// The end of the text.
    End,
}

impl core::fmt::Display for Expected {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Expected::SipVersion => "\"SIP/\"",
            Expected::Digit => "an ASCII digit",
            Expected::DigitOrDot => "an ASCII digit or '.'",
            Expected::Space => "a space",
            Expected::ReasonPhrase => "a reason-phrase character or the line end",
            Expected::HexDigit => "a hex digit after '%'",
            Expected::Utf8Continuation => "a UTF-8 continuation byte",
            Expected::LineFeed => "LF after CR",
            Expected::Token => "a token",
            Expected::Equals => "'='",
            Expected::ParamValue => "a token, host or quoted string",
            Expected::Ipv6Reference => "an IPv6 address and ']'",
            Expected::Quote => "'\"'",
            Expected::QuotedText => "a quoted-string character",
            Expected::QuotedPair => "an escaped character (not CR or LF)",
            Expected::SemicolonOrComma => "';', ',' or the end",
            Expected::End => "the end",
        })
    }
}

/// Why bytes are not a SIP status line (RFC 3261 §25.1). Every variant
/// names the byte offset where parsing stopped.
///
/// ```
/// use sipstatus::{Expected, StatusLine, StatusLineError};
///
/// let error = StatusLine::parse(b"SIP/2.0 2OO OK").unwrap_err();
/// assert_eq!(error, StatusLineError::UnexpectedByte { offset: 9, byte: b'O', expected: Expected::Digit });
/// assert_eq!(error.offset(), 9);
/// assert_eq!(error.to_string(), "status line has byte 0x4f at offset 9: expected an ASCII digit");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[non_exhaustive]
pub enum StatusLineError {
    /// The input ended before the line was complete.
    #[error("status line ends at offset {offset}: expected {expected}")]
    Incomplete {
        /// The length of the input.
        offset: usize,
        /// What had to come next.
        expected: Expected,
    },
    /// A byte the grammar does not allow where it stands.
    #[error("status line has byte 0x{byte:02x} at offset {offset}: expected {expected}")]
    UnexpectedByte {
        /// The byte's offset, from 0.
        offset: usize,
        /// The byte itself.
        byte: u8,
        /// What the grammar allows there.
        expected: Expected,
    },
    /// Three digits outside 100 to 799.
    #[error(
        "status code {code} at offset {offset} is out of range: SIP status codes are 100 to 799"
    )]
    CodeOutOfRange {
        /// The offset of the first digit.
        offset: usize,
        /// The number the digits spell.
        code: u16,
    },
}

impl StatusLineError {
    /// The byte offset where parsing stopped.
    ///
    /// ```
    /// let error = sipstatus::StatusLine::parse(b"SIP/2.0 099 x").unwrap_err();
    /// assert_eq!(error.offset(), 8);
    /// ```
    #[must_use]
    pub const fn offset(&self) -> usize {
        match *self {
            StatusLineError::Incomplete { offset, .. }
            | StatusLineError::UnexpectedByte { offset, .. }
            | StatusLineError::CodeOutOfRange { offset, .. } => offset,
        }
    }
}

/// Why bytes are not a Reason header value (RFC 3326 §2). Every variant
/// names the byte offset where parsing stopped.
///
/// ```
/// use sipstatus::{Expected, ReasonError, ReasonValue};
///
/// let error = ReasonValue::parse_one(b"SIP;cause=abc").unwrap_err();
/// assert_eq!(error, ReasonError::UnexpectedByte { offset: 10, byte: b'a', expected: Expected::Digit });
/// assert_eq!(error.to_string(), "Reason header has byte 0x61 at offset 10: expected an ASCII digit");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[non_exhaustive]
pub enum ReasonError {
    /// The input ended before the value was complete.
    #[error("Reason header ends at offset {offset}: expected {expected}")]
    Incomplete {
        /// The length of the input.
        offset: usize,
        /// What had to come next.
        expected: Expected,
    },
    /// A byte the grammar does not allow where it stands.
    #[error("Reason header has byte 0x{byte:02x} at offset {offset}: expected {expected}")]
    UnexpectedByte {
        /// The byte's offset, from 0.
        offset: usize,
        /// The byte itself.
        byte: u8,
        /// What the grammar allows there.
        expected: Expected,
    },
    /// A `cause` larger than 4294967295.
    #[error("Reason header cause at offset {offset} is too large")]
    CauseTooLarge {
        /// The offset of its first digit.
        offset: usize,
    },
    /// `cause`, `text` or `location` a second time in one value.
    #[error("Reason header repeats the parameter at offset {offset}")]
    DuplicateParam {
        /// The offset of the second name.
        offset: usize,
    },
    /// A quoted string that is not UTF-8.
    #[error("Reason header text is not valid UTF-8 (invalid byte at offset {offset})")]
    InvalidUtf8 {
        /// The offset of the first invalid byte.
        offset: usize,
    },
}

impl ReasonError {
    /// The byte offset where parsing stopped.
    ///
    /// ```
    /// let error = sipstatus::ReasonValue::parse_one(b"SIP;cause=1;cause=2").unwrap_err();
    /// assert_eq!(error.offset(), 12);
    /// ```
    #[must_use]
    pub const fn offset(&self) -> usize {
        match *self {
            ReasonError::Incomplete { offset, .. }
            | ReasonError::UnexpectedByte { offset, .. }
            | ReasonError::CauseTooLarge { offset }
            | ReasonError::DuplicateParam { offset }
            | ReasonError::InvalidUtf8 { offset } => offset,
        }
    }
}
