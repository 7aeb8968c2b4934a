//! What the C ABI needs from the cause table and nothing else does: its
//! strings NUL-terminated, as `&CStr` pointing at the same static bytes as
//! the `&str` accessors.
//!
//! Not part of the public API, like `sipstatus::__ffi`: hidden from the
//! documentation and free to change in any release.

use core::ffi::CStr;

use super::{CauseClass, CauseEntry, Note, Profile};
use crate::Language;

/// [`CauseEntry::name`], NUL-terminated.
///
/// ```
/// use sipstatus::q850::{Cause, __ffi};
///
/// assert_eq!(__ffi::name(Cause::USER_BUSY.entry().unwrap()), c"USER_BUSY");
/// ```
#[must_use]
pub const fn name(entry: &CauseEntry) -> &'static CStr {
    entry.name.as_c_str()
}

/// [`CauseEntry::q850_name`], NUL-terminated.
///
/// ```
/// use sipstatus::q850::{Cause, __ffi};
///
/// assert_eq!(__ffi::q850_name(Cause::USER_BUSY.entry().unwrap()), c"User busy");
/// ```
#[must_use]
pub const fn q850_name(entry: &CauseEntry) -> &'static CStr {
    entry.q850_name.as_c_str()
}

/// [`CauseEntry::references`] joined by "; ", NUL-terminated.
///
/// ```
/// use sipstatus::q850::{Cause, __ffi};
///
/// assert_eq!(__ffi::reference(Cause::USER_BUSY.entry().unwrap()), c"ITU-T Q.850 §2.2.7");
/// ```
#[must_use]
pub const fn reference(entry: &CauseEntry) -> &'static CStr {
    entry.reference.as_c_str()
}

/// [`CauseEntry::description`], NUL-terminated.
///
/// ```
/// use sipstatus::{Language, q850::{Cause, __ffi}};
///
/// let entry = Cause::USER_BUSY.entry().unwrap();
/// assert_eq!(
///     __ffi::description(entry, Language::German).to_str(),
///     Ok(entry.description(Language::German)),
/// );
/// ```
#[must_use]
pub const fn description(entry: &CauseEntry, lang: Language) -> &'static CStr {
    entry.description_text(lang).as_c_str()
}

/// [`CauseClass::label`], NUL-terminated.
///
/// ```
/// use sipstatus::q850::{CauseClass, __ffi};
///
/// assert_eq!(__ffi::class_label(CauseClass::Normal), c"normal event");
/// ```
#[must_use]
pub const fn class_label(class: CauseClass) -> &'static CStr {
    class.label_c()
}

/// [`Profile::slug`], NUL-terminated.
///
/// ```
/// use sipstatus::q850::{Profile, __ffi};
///
/// assert_eq!(__ffi::profile_slug(Profile::Rfc3398), c"rfc3398");
/// ```
#[must_use]
pub const fn profile_slug(profile: Profile) -> &'static CStr {
    profile.slug_c()
}

/// [`Note::key`], NUL-terminated.
///
/// ```
/// use sipstatus::q850::{Cause, Profile, __ffi};
///
/// let note = Cause::CALL_REJECTED.to_sip(Profile::Rfc3398).note().unwrap();
/// assert_eq!(__ffi::note_key(note), c"rfc3398-location-user");
/// ```
#[must_use]
pub const fn note_key(note: &Note) -> &'static CStr {
    note.key.as_c_str()
}

/// [`Note::text`], NUL-terminated.
///
/// ```
/// use sipstatus::q850::{Cause, Profile, __ffi};
///
/// let note = Cause::CALL_REJECTED.to_sip(Profile::Rfc3398).note().unwrap();
/// assert_eq!(__ffi::note_text(note).to_str(), Ok(note.text()));
/// ```
#[must_use]
pub const fn note_text(note: &Note) -> &'static CStr {
    note.text.as_c_str()
}
