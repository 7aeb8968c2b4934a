//! What a number means: its phrase, description, class and kind.

use core::ffi::c_char;

use sipstatus_core::{__ffi, Entry, StatusClass, StatusCode};

use crate::{args, sipstatus_class, sipstatus_registry_status};

/// The table's entry for a number, if it holds one.
fn entry(code: u16) -> Option<&'static Entry> {
    StatusCode::from_u16(code).ok()?.entry()
}

/// The registered reason phrase of a code.
///
/// @param code The number to look up, such as 486.
/// @return The phrase ("Busy Here" for 486), or NULL for a number the table
/// does not hold.
///
/// The string is static and NUL-terminated: never free it.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_reason_phrase(code: u16) -> *const c_char {
    ffi_panic_boundary! {
        match entry(code) {
            Some(entry) => __ffi::phrase(entry).as_ptr(),
            None => core::ptr::null(),
        }
    }
}

/// The reason phrase of a code or, for a valid code the table does not hold,
/// the name of its class, so that a status line can always be written.
///
/// @param code The number to look up, such as 486 or 499.
/// @return The phrase ("Busy Here" for 486), the class name ("Client Error"
/// for 499), or NULL for a number outside 100 to 799.
///
/// The string is static and NUL-terminated: never free it.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_phrase_or_class(code: u16) -> *const c_char {
    ffi_panic_boundary! {
        match StatusCode::from_u16(code) {
            Ok(code) => match code.entry() {
                Some(entry) => __ffi::phrase(entry).as_ptr(),
                None => __ffi::class_label(code.class()).as_ptr(),
            },
            Err(_) => core::ptr::null(),
        }
    }
}

/// A description of what a code means, in one or two sentences.
///
/// @param code The number to describe, such as 486.
/// @param lang The language: "en" (English) or "de" (German), in any ASCII
/// case; NULL means "en". Only read during the call.
/// @return The description in UTF-8, or NULL for a number the table does not
/// hold or an unknown language.
///
/// The string is static and NUL-terminated: never free it.
///
/// # Safety
/// `lang` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_description(code: u16, lang: *const c_char) -> *const c_char {
    ffi_panic_boundary! {
        // SAFETY: `lang` is NULL or NUL-terminated by the caller's contract.
        let Some(language) = (unsafe { args::language(lang) }) else {
            return core::ptr::null();
        };
        match entry(code) {
            Some(entry) => __ffi::description(entry, language).as_ptr(),
            None => core::ptr::null(),
        }
    }
}

/// The class of a code, from its first digit, whether or not the table holds
/// it.
///
/// @param code The number to classify, such as 486.
/// @return The class (`SIPSTATUS_CLASS_CLIENT_ERROR` for 486), or
/// `SIPSTATUS_CLASS_INVALID` (0) for a number outside 100 to 799.
///
/// Plain values in and out: nothing to free.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_class_of(code: u16) -> sipstatus_class {
    ffi_panic_boundary! {
        match StatusCode::from_u16(code) {
            Ok(code) => sipstatus_class::from_core(code.class()),
            Err(_) => sipstatus_class::Invalid,
        }
    }
}

/// The name of a class as RFC 3261 §7.2 writes it ("Local" for 7xx).
///
/// @param status_class A `sipstatus_class` value, as a plain integer.
/// @return The name ("Client Error" for `SIPSTATUS_CLASS_CLIENT_ERROR`), or
/// NULL for `SIPSTATUS_CLASS_INVALID` or any number that is no class.
///
/// The string is static and NUL-terminated: never free it.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_class_label(status_class: u32) -> *const c_char {
    ffi_panic_boundary! {
        let digit = u16::try_from(status_class).ok();
        match digit.and_then(StatusClass::from_digit) {
            Some(class) => __ffi::class_label(class).as_ptr(),
            None => core::ptr::null(),
        }
    }
}

/// The standing of a code in the IANA registry.
///
/// @param code The number to look up, such as 202.
/// @return Its standing (`SIPSTATUS_REGISTRY_STATUS_DEPRECATED` for 202), or
/// `SIPSTATUS_REGISTRY_STATUS_UNKNOWN` (0) for a number the table does not
/// hold.
///
/// Plain values in and out: nothing to free.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_registry_status_of(code: u16) -> sipstatus_registry_status {
    ffi_panic_boundary! {
        match entry(code) {
            Some(entry) => sipstatus_registry_status::from_core(entry.status()),
            None => sipstatus_registry_status::Unknown,
        }
    }
}

/// Whether the table holds a code.
///
/// @param code The number to look up, such as 486.
/// @return true if the table holds it, false otherwise (499, 0).
///
/// Plain values in and out: nothing to free.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_is_known(code: u16) -> bool {
    ffi_panic_boundary! {
        StatusCode::from_u16(code).is_ok_and(StatusCode::is_known)
    }
}

/// Whether a code is final (2xx to 6xx), which ends a transaction, known to
/// the table or not. Local 7xx codes are never sent and are not final.
///
/// @param code The number to classify, such as 486.
/// @return true for 200 to 699, false otherwise.
///
/// Plain values in and out: nothing to free.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_is_final(code: u16) -> bool {
    ffi_panic_boundary! {
        StatusCode::from_u16(code).is_ok_and(StatusCode::is_final)
    }
}

/// Whether a code is provisional (1xx), known to the table or not.
///
/// @param code The number to classify, such as 180.
/// @return true for 100 to 199, false otherwise.
///
/// Plain values in and out: nothing to free.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_is_provisional(code: u16) -> bool {
    ffi_panic_boundary! {
        StatusCode::from_u16(code).is_ok_and(StatusCode::is_provisional)
    }
}

/// The code a user agent acts on, per RFC 3261 §8.1.3.2: a code the table
/// holds is itself; an unknown final code is treated as the x00 of its class
/// (499 as 400), an unknown provisional code as 183; local 7xx codes stay as
/// they are.
///
/// @param code The number received, such as 499.
/// @return The code to act on (400 for 499), or 0 for a number outside 100
/// to 799.
///
/// Plain values in and out: nothing to free.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_canonical(code: u16) -> u16 {
    ffi_panic_boundary! {
        match StatusCode::from_u16(code) {
            Ok(code) => code.canonical().as_u16(),
            Err(_) => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    use sipstatus_core::Language;

    use super::*;

    /// The string at a returned pointer, `None` for NULL.
    fn text(ptr: *const c_char) -> Option<&'static str> {
        // SAFETY: the functions return NULL or static NUL-terminated strings.
        (!ptr.is_null()).then(|| unsafe { CStr::from_ptr(ptr) }.to_str().unwrap())
    }

    #[test]
    fn phrases_come_from_the_table() {
        assert_eq!(text(sipstatus_reason_phrase(486)), Some("Busy Here"));
        assert_eq!(text(sipstatus_reason_phrase(499)), None);
        assert_eq!(text(sipstatus_reason_phrase(0)), None);
        assert_eq!(text(sipstatus_phrase_or_class(499)), Some("Client Error"));
        assert_eq!(text(sipstatus_phrase_or_class(800)), None);
    }

    #[test]
    fn descriptions_take_a_language_tag() {
        // SAFETY: NULL or NUL-terminated literals.
        let de = |lang: Option<&CStr>| unsafe {
            text(sipstatus_description(
                486,
                lang.map_or(core::ptr::null(), CStr::as_ptr),
            ))
        };
        let en = StatusCode::BUSY_HERE.description(Language::English);
        assert_eq!(de(None), en);
        assert_eq!(de(Some(c"en")), en);
        assert_eq!(
            de(Some(c"DE")),
            StatusCode::BUSY_HERE.description(Language::German)
        );
        assert_eq!(de(Some(c"eng")), None);
        assert_eq!(de(Some(c"e")), None);
        assert_eq!(de(Some(c"")), None);
        // SAFETY: as above.
        assert!(unsafe { sipstatus_description(499, c"en".as_ptr()) }.is_null());
    }

    #[test]
    fn classes_are_numbered_by_first_digit() {
        assert_eq!(sipstatus_class_of(486), sipstatus_class::ClientError);
        assert_eq!(sipstatus_class_of(799), sipstatus_class::Local);
        assert_eq!(sipstatus_class_of(99), sipstatus_class::Invalid);
        assert_eq!(sipstatus_class_of(800), sipstatus_class::Invalid);
        assert_eq!(text(sipstatus_class_label(6)), Some("Global Failure"));
        assert_eq!(text(sipstatus_class_label(0)), None);
        assert_eq!(text(sipstatus_class_label(8)), None);
        assert_eq!(text(sipstatus_class_label(u32::MAX)), None);
    }

    #[test]
    fn predicates_and_canonical_codes_follow_the_core() {
        assert!(sipstatus_is_known(701) && !sipstatus_is_known(700));
        assert!(sipstatus_is_final(699) && !sipstatus_is_final(701));
        assert!(sipstatus_is_provisional(199) && !sipstatus_is_provisional(200));
        assert!(!sipstatus_is_final(0) && !sipstatus_is_provisional(0));
        assert_eq!(sipstatus_canonical(499), 400);
        assert_eq!(sipstatus_canonical(188), 183);
        assert_eq!(sipstatus_canonical(799), 799);
        assert_eq!(sipstatus_canonical(1000), 0);
        assert_eq!(
            sipstatus_registry_status_of(202),
            sipstatus_registry_status::Deprecated
        );
        assert_eq!(
            sipstatus_registry_status_of(499),
            sipstatus_registry_status::Unknown
        );
    }
}
