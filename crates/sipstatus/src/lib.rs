//! # sipstatus
//!
//! The SIP response-code registry as a Rust library: every code of the IANA
//! "Response Codes" registry with its reason phrase exactly as registered,
//! its class, the RFC sections that define it, its standing in the registry,
//! the aliases other stacks use, and a short description in English and
//! German. The codes that only the obsolete RFC 2543 defined (303, 409, 411)
//! are there, marked [`RegistryStatus::Obsolete`], and so is sipstatus's own
//! local code 701, marked [`RegistryStatus::NonStandard`].
//!
//! ```
//! use sipstatus::{Language, StatusClass, StatusCode, lookup_phrase};
//!
//! // Code to phrase: one array index.
//! let code: StatusCode = "486".parse()?;
//! assert_eq!(code, StatusCode::BUSY_HERE);
//! assert_eq!(code.to_string(), "486 Busy Here");
//! assert_eq!(code.class(), StatusClass::ClientError);
//!
//! // Everything the table knows about it.
//! let entry = code.entry().expect("486 is in the table");
//! assert_eq!(entry.references(), ["RFC 3261 §21.4.24"]);
//! println!("{}", entry.description(Language::German));
//!
//! // Phrase to code, tolerant of case, spacing and well-known variants.
//! assert_eq!(lookup_phrase("internal server error")?.code(), StatusCode::SERVER_INTERNAL_ERROR);
//!
//! // RFC 3261 §8.1.3.2: an unknown final code acts as the x00 of its class.
//! assert_eq!(StatusCode::from_u16(499)?.canonical(), StatusCode::BAD_REQUEST);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Sources
//! The table follows the IANA registry "Session Initiation Protocol (SIP)
//! Parameters", sub-registry "Response Codes" (75 codes; checked against
//! the registry as updated 2026-01-07), the RFCs it cites (RFC 3261 §21 for
//! the core codes), and RFC 2543 for the codes only it defined. The
//! descriptions are our own summaries of the defining RFCs.
//!
//! A reference names the section where the code is defined and can be
//! checked; where no section could be checked (470 in RFC 5360, and the
//! RFC 2543 code 303), it names the RFC alone rather than guess.
//!
//! ## Features
//! - `std` (default): `std::error::Error` for the error types. Without it
//!   the crate is `no_std` and still never allocates.
//! - `serde`: (de)serialises a [`StatusCode`] as its number.

#![cfg_attr(not(feature = "std"), no_std)]
// docs.rs builds with every feature and `--cfg docsrs`, and then marks the
// items that need a feature.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[macro_use]
mod macros;

mod class;
mod code;
mod entry;
mod error;
pub mod fork;
pub mod headers;
mod language;
pub mod metrics;
mod phrase;
pub mod q850;
mod reason;
mod registry;
mod status_line;
mod table;

#[doc(hidden)]
#[path = "ffi_support.rs"]
pub mod __ffi;

pub use class::StatusClass;
pub use code::StatusCode;
pub use entry::Entry;
pub use error::{
    Expected, InvalidStatusCode, PhraseError, ReasonError, StatusLineError, UnknownLanguage,
};
pub use language::Language;
pub use phrase::{MAX_PHRASE_LEN, PhraseKind, PhraseMatch, lookup_phrase, lookup_phrase_bytes};
pub use reason::{Param, Params, Protocol, ReasonText, ReasonValue, ReasonValues, TextPieces};
pub use registry::RegistryStatus;
pub use status_line::{ParseMode, StatusLine};

/// The crate README's example runs as a doc test, so it cannot go stale; the
/// README is part of the package, so this also runs from the `.crate`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Every entry of the table, in code order: the one way to iterate the
/// rows. A `const fn`, so that other crates can build tables of their own
/// from it when they are compiled (the C ABI's array of `sipstatus_entry`).
///
/// ```
/// use sipstatus::{StatusCode, entries};
///
/// assert!(entries().windows(2).all(|w| w[0].code() < w[1].code()));
/// let codes: Vec<StatusCode> = entries().iter().map(|e| e.code()).collect();
/// assert_eq!(codes.first(), Some(&StatusCode::TRYING));
/// assert!(codes.contains(&StatusCode::PARTY_HANGS_UP));
///
/// // Usable when compiling.
/// const COUNT: usize = entries().len();
/// assert_eq!(COUNT, codes.len());
/// ```
#[must_use]
pub const fn entries() -> &'static [Entry] {
    table::entries()
}

/// Looks up the entry of a number, whether or not it is a valid code.
///
/// ```
/// assert_eq!(sipstatus::lookup(486).map(|e| e.phrase()), Some("Busy Here"));
/// assert!(sipstatus::lookup(999).is_none());
/// ```
#[must_use]
pub fn lookup(code: u16) -> Option<&'static Entry> {
    StatusCode::from_u16(code).ok().and_then(StatusCode::entry)
}
