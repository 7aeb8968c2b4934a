//! Reverse lookup: from a reason phrase to its code.

use core::ffi::c_char;

use sipstatus_core::{PhraseError, lookup_phrase_bytes};

use crate::{args, sipstatus_result};

/// The code that a reason phrase or one of its aliases names: ASCII case,
/// leading, trailing and repeated white space do not matter ("busy   HERE"
/// is 486; "Internal Server Error" is 500; "Not Acceptable" is 406, not 606).
///
/// @param text The phrase, `len` bytes that need not be NUL-terminated, so
/// that a phrase can be looked up where it lies in a received message.
/// @param len The number of bytes of `text`, at most `PTRDIFF_MAX`.
/// @param out_code Where the code is written: the code on success, 0 on any
/// failure (unless `out_code` itself is NULL).
/// @return `SIPSTATUS_RESULT_OK` on success; otherwise why it failed:
/// `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL `text` or `out_code`,
/// `SIPSTATUS_RESULT_INVALID_ARGUMENT` for a `len` above `PTRDIFF_MAX`,
/// `SIPSTATUS_RESULT_INVALID_UTF8`, `SIPSTATUS_RESULT_EMPTY_PHRASE`,
/// `SIPSTATUS_RESULT_PHRASE_TOO_LONG` or `SIPSTATUS_RESULT_UNKNOWN_PHRASE`.
///
/// The caller keeps ownership of `text` and `out_code`; neither is kept
/// after the call returns.
///
/// # Safety
/// `text` is NULL or points to `len` readable bytes; `out_code` is NULL or
/// points to a writable `uint16_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_from_reason_phrase(
    text: *const c_char,
    len: usize,
    out_code: *mut u16,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `out_code` is NULL or writable by the caller's contract.
        if let Err(error) = unsafe { args::write(out_code, 0) } {
            return error;
        }
        // SAFETY: `text` is NULL or holds `len` bytes by the caller's contract.
        let found = unsafe { args::bytes(text, len) }.and_then(|bytes| {
            lookup_phrase_bytes(bytes).map_err(|error| match error {
                PhraseError::Empty => sipstatus_result::EmptyPhrase,
                PhraseError::InvalidUtf8 { .. } => sipstatus_result::InvalidUtf8,
                PhraseError::TooLong { .. } => sipstatus_result::PhraseTooLong,
                _ => sipstatus_result::UnknownPhrase,
            })
        });
        match found {
            // SAFETY: as above; the NULL check has passed.
            Ok(found) => match unsafe { args::write(out_code, found.code().as_u16()) } {
                Ok(()) => sipstatus_result::Ok,
                Err(error) => error,
            },
            Err(error) => error,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(text: &[u8]) -> (sipstatus_result, u16) {
        let mut code = 999;
        // SAFETY: a live slice and a live out-variable.
        let result =
            unsafe { sipstatus_from_reason_phrase(text.as_ptr().cast(), text.len(), &mut code) };
        (result, code)
    }

    #[test]
    fn phrases_aliases_case_and_space() {
        assert_eq!(lookup(b"Busy Here"), (sipstatus_result::Ok, 486));
        assert_eq!(lookup(b"  busy \t HERE\r\n"), (sipstatus_result::Ok, 486));
        assert_eq!(
            lookup(b"Internal Server Error"),
            (sipstatus_result::Ok, 500)
        );
        assert_eq!(lookup(b"Not Acceptable"), (sipstatus_result::Ok, 406));
    }

    #[test]
    fn only_len_bytes_are_read() {
        let text = b"Busy HereXYZ";
        let mut code = 0;
        // SAFETY: a prefix of a live slice.
        let result = unsafe { sipstatus_from_reason_phrase(text.as_ptr().cast(), 9, &mut code) };
        assert_eq!((result, code), (sipstatus_result::Ok, 486));
    }

    #[test]
    fn failures_say_why_and_zero_the_code() {
        assert_eq!(
            lookup(b"Busy Somewhere"),
            (sipstatus_result::UnknownPhrase, 0)
        );
        assert_eq!(lookup(b"Busy\xffHere"), (sipstatus_result::InvalidUtf8, 0));
        assert_eq!(lookup(b" \t "), (sipstatus_result::EmptyPhrase, 0));
        assert_eq!(lookup(b""), (sipstatus_result::EmptyPhrase, 0));
        assert_eq!(lookup(&[b'x'; 4096]), (sipstatus_result::PhraseTooLong, 0));
    }

    #[test]
    fn null_and_impossible_arguments_are_errors() {
        let mut code = 999;
        // SAFETY: NULL and impossible lengths are rejected before any access.
        unsafe {
            assert_eq!(
                sipstatus_from_reason_phrase(core::ptr::null(), 2, &mut code),
                sipstatus_result::NullArgument
            );
            assert_eq!(code, 0);
            assert_eq!(
                sipstatus_from_reason_phrase(c"OK".as_ptr(), 2, core::ptr::null_mut()),
                sipstatus_result::NullArgument
            );
            code = 999;
            assert_eq!(
                sipstatus_from_reason_phrase(c"OK".as_ptr(), usize::MAX, &mut code),
                sipstatus_result::InvalidArgument
            );
            assert_eq!(code, 0);
        }
    }
}
