//! The errors of the Q.850 module.

use thiserror::Error;

/// Why a number or a text is not a Q.850 cause value.
///
/// ```
/// use sipstatus::q850::{Cause, InvalidCause};
///
/// assert_eq!(Cause::from_u16(0), Err(InvalidCause::OutOfRange(0)));
/// assert_eq!("1x".parse::<Cause>(), Err(InvalidCause::NotADigit { position: 1, byte: b'x' }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[non_exhaustive]
pub enum InvalidCause {
    /// The number is outside 1 to 127.
    #[error("cause value {0} is out of range: Q.850 cause values are 1 to 127")]
    OutOfRange(u16),
    /// The text was empty.
    #[error("cause value text is empty: expected one to three ASCII digits")]
    Empty,
    /// The text was longer than three bytes.
    #[error("cause value text is {0} bytes long: expected one to three ASCII digits")]
    TooLong(usize),
    /// A byte of the text was not an ASCII digit.
    #[error(
        "cause value text has byte 0x{byte:02x} at position {position}: expected an ASCII digit"
    )]
    NotADigit {
        /// The byte's position, from 0.
        position: usize,
        /// The byte itself.
        byte: u8,
    },
}

/// A profile name or number other than those of
/// [`Profile::ALL`](crate::q850::Profile::ALL).
///
/// ```
/// assert!("ericsson".parse::<sipstatus::q850::Profile>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[error("unknown mapping profile: expected rfc3398, rfc4497, freeswitch or asterisk")]
#[non_exhaustive]
pub struct UnknownProfile;
