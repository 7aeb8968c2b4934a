//! ITU-T Q.850 cause values, and how SIP status codes map to and from them.
//!
//! Gateways between SIP and the telephone network translate a SIP response
//! into a cause value (`Reason: Q.850;cause=17`) and back. This module holds
//! the cause table ([`Cause`], [`CauseEntry`], [`CauseClass`]) and the
//! mappings of several sources as [`Profile`]s: RFC 3398 (the default),
//! RFC 4497 for QSIG, and what FreeSWITCH and Asterisk actually do.
//!
//! ```
//! use sipstatus::StatusCode;
//! use sipstatus::q850::{Basis, Cause, CauseClass, MappedCause, Profile};
//!
//! let busy = Cause::from_u16(17)?;
//! assert_eq!(busy, Cause::USER_BUSY);
//! assert_eq!(busy.name(), Some("User busy"));
//! assert_eq!(busy.class(), CauseClass::Normal);
//!
//! // RFC 3398 §8.2.6.1: 486 Busy Here is sent to the PSTN as cause 17.
//! let to_cause = StatusCode::BUSY_HERE.to_q850(Profile::Rfc3398);
//! assert_eq!(to_cause.value(), MappedCause::Q850(Cause::USER_BUSY));
//! assert_eq!(to_cause.basis(), Basis::Row);
//!
//! // RFC 3398 §7.2.4.1: and cause 17 comes back as 486.
//! assert_eq!(busy.to_sip(Profile::Rfc3398).code(), StatusCode::BUSY_HERE);
//!
//! // An unlisted code falls back to cause 31, and says so.
//! let unlisted = StatusCode::from_u16(499)?.to_q850(Profile::Rfc3398);
//! assert_eq!(unlisted.value(), MappedCause::Q850(Cause::NORMAL_UNSPECIFIED));
//! assert_eq!(unlisted.basis(), Basis::Fallback);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#[macro_use]
mod macros;

mod cause;
mod class;
mod entry;
mod error;
mod mapping;
mod profile;
mod reason;
mod table;

#[doc(hidden)]
#[path = "ffi_support.rs"]
pub mod __ffi;

pub use cause::Cause;
pub use class::CauseClass;
pub use entry::CauseEntry;
pub use error::{InvalidCause, UnknownProfile};
pub use mapping::{
    Basis, CauseMapping, Disagreement, MappedCause, Note, NoteKind, SipMapping, disagreements,
};
pub use profile::Profile;

/// Every entry of the cause table, in value order.
///
/// ```
/// let values: Vec<u8> = sipstatus::q850::entries().iter().map(|e| e.cause().as_u8()).collect();
/// assert_eq!(values.first(), Some(&1));
/// assert_eq!(values.last(), Some(&127));
/// ```
#[must_use]
pub fn entries() -> &'static [CauseEntry] {
    table::entries()
}

/// Looks up the entry of a number, whether or not it is a valid cause.
///
/// ```
/// assert_eq!(sipstatus::q850::lookup(17).map(|e| e.name()), Some("USER_BUSY"));
/// assert!(sipstatus::q850::lookup(32).is_none());
/// assert!(sipstatus::q850::lookup(300).is_none());
/// ```
#[must_use]
pub fn lookup(value: u16) -> Option<&'static CauseEntry> {
    Cause::from_u16(value).ok().and_then(Cause::entry)
}
