//! # sipstatus
//!
//! The SIP response-code registry as a Rust library: every code of the IANA
//! "Response Codes" registry with its reason phrase exactly as registered,
//! its class, the RFC sections that define it, its standing in the registry,
//! the aliases other stacks use, and a short description in English and
//! German. The codes that only the obsolete RFC 2543 defined (303, 409, 411)
//! are there, marked [`RegistryStatus::Obsolete`], and so is the local stack
//! code 701, marked [`RegistryStatus::NonStandard`].
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
//! A reference names the section that defines the code where we could check
//! it against the RFC's text or two independent sources; where we could not
//! (199, 417, 430, 439, 440, 469, 470, 608 and the RFC 2543 code 303), it
//! names the RFC alone rather than guess a section.
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
mod language;
mod phrase;
mod registry;
mod table;

pub use class::StatusClass;
pub use code::StatusCode;
pub use entry::Entry;
pub use error::{InvalidStatusCode, PhraseError, UnknownLanguage};
pub use language::Language;
pub use phrase::{MAX_PHRASE_LEN, PhraseKind, PhraseMatch, lookup_phrase, lookup_phrase_bytes};
pub use registry::RegistryStatus;

/// The crate README's example runs as a doc test, so it cannot go stale; the
/// README is part of the package, so this also runs from the `.crate`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Every entry of the table, in code order: the same slice as
/// [`Entry::all`].
///
/// ```
/// let codes: Vec<u16> = sipstatus::entries().iter().map(|e| e.code().as_u16()).collect();
/// assert!(codes.contains(&701));
/// ```
#[must_use]
pub fn entries() -> &'static [Entry] {
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
