//! What this workspace's bindings need from the core and Rust callers do
//! not: for the C ABI (`sipstatus-ffi`), the table's strings NUL-terminated,
//! as `&CStr` pointing at the same static bytes as the `&str` accessors, for
//! the table and for the header obligations; for the C ABI and the Python
//! module, the position of a code's row, to index rows of their own kept in
//! table order.
//!
//! Not part of the public API: hidden from the documentation and free to
//! change in any release. Rust callers use [`Entry`], [`StatusCode`] and
//! [`entries`](crate::entries).
//!
//! A hidden module rather than a cargo feature: features are unified across
//! a build, so a feature that the C crate switches on would be on for every
//! other crate in the same build anyway, and the NUL-terminated strings are
//! stored in every build regardless (they are the same bytes as the `&str`
//! views), so a feature would neither hide nor save anything.
//!
//! The types themselves offer no NUL-terminated view, so that a Rust caller
//! sees one way to each string:
//!
//! ```compile_fail
//! let _ = sipstatus::headers::Level::Must.name_c();
//! ```
//!
//! ```compile_fail
//! let _ = sipstatus::StatusCode::METHOD_NOT_ALLOWED.header_rules()[0].header_c();
//! ```

use core::ffi::CStr;

use crate::headers::{HeaderRule, Level};
use crate::{Entry, Language, StatusClass, StatusCode, table};

/// [`Entry::name`], NUL-terminated.
///
/// ```
/// use sipstatus::{StatusCode, __ffi};
///
/// assert_eq!(__ffi::name(StatusCode::OK.entry().unwrap()), c"OK");
/// ```
#[must_use]
pub const fn name(entry: &Entry) -> &'static CStr {
    entry.name.as_c_str()
}

/// [`Entry::phrase`], NUL-terminated.
///
/// ```
/// use sipstatus::{StatusCode, __ffi};
///
/// assert_eq!(__ffi::phrase(StatusCode::DECLINE.entry().unwrap()), c"Decline");
/// ```
#[must_use]
pub const fn phrase(entry: &Entry) -> &'static CStr {
    entry.phrase.as_c_str()
}

/// [`Entry::references`] joined by "; ", NUL-terminated.
///
/// ```
/// use sipstatus::{StatusCode, __ffi};
///
/// let entry = StatusCode::BAD_EVENT.entry().unwrap();
/// assert_eq!(__ffi::reference(entry).to_str(), Ok(entry.references().join("; ").as_str()));
/// ```
#[must_use]
pub const fn reference(entry: &Entry) -> &'static CStr {
    entry.reference.as_c_str()
}

/// [`Entry::description`], NUL-terminated.
///
/// ```
/// use sipstatus::{Language, StatusCode, __ffi};
///
/// let entry = StatusCode::OK.entry().unwrap();
/// assert_eq!(
///     __ffi::description(entry, Language::German).to_str(),
///     Ok(entry.description(Language::German)),
/// );
/// ```
#[must_use]
pub const fn description(entry: &Entry, lang: Language) -> &'static CStr {
    entry.description_text(lang).as_c_str()
}

/// [`StatusClass::label`], NUL-terminated.
///
/// ```
/// use sipstatus::{StatusClass, __ffi};
///
/// assert_eq!(__ffi::class_label(StatusClass::ClientError), c"Client Error");
/// ```
#[must_use]
pub const fn class_label(class: StatusClass) -> &'static CStr {
    match class {
        StatusClass::Provisional => c"Provisional",
        StatusClass::Success => c"Success",
        StatusClass::Redirection => c"Redirection",
        StatusClass::ClientError => c"Client Error",
        StatusClass::ServerError => c"Server Error",
        StatusClass::GlobalFailure => c"Global Failure",
        StatusClass::Local => c"Local",
    }
}

/// [`Level::name`], NUL-terminated.
///
/// ```
/// use sipstatus::{__ffi, headers::Level};
///
/// assert_eq!(__ffi::level_name(Level::Should), c"SHOULD");
/// ```
#[must_use]
pub const fn level_name(level: Level) -> &'static CStr {
    level.name_c()
}

/// [`HeaderRule::header`], NUL-terminated.
///
/// ```
/// use sipstatus::{StatusCode, __ffi};
///
/// let rule = &StatusCode::METHOD_NOT_ALLOWED.header_rules()[0];
/// assert_eq!(__ffi::rule_header(rule), c"Allow");
/// ```
#[must_use]
pub const fn rule_header(rule: &HeaderRule) -> &'static CStr {
    rule.header_c()
}

/// [`HeaderRule::reference`], NUL-terminated.
///
/// ```
/// use sipstatus::{StatusCode, __ffi};
///
/// let rule = &StatusCode::METHOD_NOT_ALLOWED.header_rules()[0];
/// assert_eq!(__ffi::rule_reference(rule), c"RFC 3261 §21.4.6");
/// ```
#[must_use]
pub const fn rule_reference(rule: &HeaderRule) -> &'static CStr {
    rule.reference_c()
}

/// [`HeaderRule::condition`], NUL-terminated: empty for a rule without a
/// condition.
///
/// ```
/// use sipstatus::{StatusCode, __ffi};
///
/// assert_eq!(__ffi::rule_condition(&StatusCode::UNAUTHORIZED.header_rules()[0]), c"");
/// let rule = &StatusCode::REQUEST_ENTITY_TOO_LARGE.header_rules()[0];
/// assert_eq!(__ffi::rule_condition(rule).to_str(), Ok(rule.condition()));
/// ```
#[must_use]
pub const fn rule_condition(rule: &HeaderRule) -> &'static CStr {
    rule.condition_c()
}

/// The position of `code`'s row in [`entries`](crate::entries), or `None`
/// for a code the table does not hold: one index into a dense per-code
/// array, for the bindings' own rows (C entries, Python members), which are
/// kept in table order.
///
/// ```
/// use sipstatus::{StatusCode, __ffi, entries};
///
/// let i = __ffi::position(StatusCode::BUSY_HERE).unwrap();
/// assert_eq!(entries()[i].code(), StatusCode::BUSY_HERE);
/// assert_eq!(__ffi::position(StatusCode::TRYING), Some(0));
/// assert_eq!(__ffi::position(StatusCode::from_u16(499)?), None);
/// # Ok::<(), sipstatus::InvalidStatusCode>(())
/// ```
#[inline]
#[must_use]
pub fn position(code: StatusCode) -> Option<usize> {
    table::position_at_offset(code.offset())
}
