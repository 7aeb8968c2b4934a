//! [`sipstatus_result`]: what a fallible call reports.

use core::ffi::{CStr, c_char};

/// The outcome of a call that can fail. The numbers are stable: a value keeps
/// its meaning in every later version, and new values are only added.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_result {
    /// Success.
    Ok = 0,
    /// A pointer argument that must not be NULL was NULL.
    NullArgument = 1,
    /// An argument was out of range, such as a length larger than
    /// `PTRDIFF_MAX`.
    InvalidArgument = 2,
    /// The text is neither a registered reason phrase nor a known alias.
    UnknownPhrase = 3,
    /// The text is not valid UTF-8.
    InvalidUtf8 = 4,
    /// The text is empty or only white space.
    EmptyPhrase = 5,
    /// Even with white space folded, the text is longer than every phrase
    /// the table knows.
    PhraseTooLong = 6,
    /// The library caught a panic (a bug in sipstatus): please report it.
    Panic = 7,
    /// The text breaks the grammar of a status line or a Reason header; the
    /// out-structure names the offset where parsing stopped.
    SyntaxError = 8,
    /// The caller's buffer is too small; the needed size is reported.
    BufferTooSmall = 9,
    /// A cursor has no more values.
    End = 10,
}

impl sipstatus_result {
    /// Every result, in number order.
    const ALL: [sipstatus_result; 11] = [
        sipstatus_result::Ok,
        sipstatus_result::NullArgument,
        sipstatus_result::InvalidArgument,
        sipstatus_result::UnknownPhrase,
        sipstatus_result::InvalidUtf8,
        sipstatus_result::EmptyPhrase,
        sipstatus_result::PhraseTooLong,
        sipstatus_result::Panic,
        sipstatus_result::SyntaxError,
        sipstatus_result::BufferTooSmall,
        sipstatus_result::End,
    ];

    /// The result a number stands for, if any.
    fn from_u32(value: u32) -> Option<sipstatus_result> {
        Self::ALL.into_iter().find(|result| *result as u32 == value)
    }

    /// A short English message.
    const fn text(self) -> &'static CStr {
        match self {
            sipstatus_result::Ok => c"success",
            sipstatus_result::NullArgument => c"a pointer argument was NULL",
            sipstatus_result::InvalidArgument => c"an argument was out of range",
            sipstatus_result::UnknownPhrase => {
                c"unknown reason phrase: not a registered phrase or a known alias"
            }
            sipstatus_result::InvalidUtf8 => c"reason phrase is not valid UTF-8",
            sipstatus_result::EmptyPhrase => c"reason phrase is empty",
            sipstatus_result::PhraseTooLong => {
                c"reason phrase is too long: no known phrase is that long"
            }
            sipstatus_result::Panic => {
                c"internal error: sipstatus caught a panic (please report it)"
            }
            sipstatus_result::SyntaxError => c"syntax error: the text breaks the grammar",
            sipstatus_result::BufferTooSmall => c"the buffer is too small",
            sipstatus_result::End => c"no more values",
        }
    }
}

/// An English message for a result.
///
/// @param result A `sipstatus_result` value, as a plain integer.
/// @return The message ("a pointer argument was NULL"); for a number that is
/// no `sipstatus_result`, a message that says so. Never NULL.
///
/// The string is static and NUL-terminated: never free it.
#[unsafe(no_mangle)]
pub extern "C" fn sipstatus_result_text(result: u32) -> *const c_char {
    ffi_panic_boundary! {
        match sipstatus_result::from_u32(result) {
            Some(result) => result.text().as_ptr(),
            None => c"unknown sipstatus_result value".as_ptr(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_stable_and_dense() {
        for (number, result) in sipstatus_result::ALL.into_iter().enumerate() {
            assert_eq!(result as u32 as usize, number);
            assert_eq!(sipstatus_result::from_u32(result as u32), Some(result));
        }
        assert_eq!(sipstatus_result::from_u32(11), None);
    }

    #[test]
    fn every_result_has_its_own_text() {
        // SAFETY: the function returns static NUL-terminated strings.
        let text = |n| unsafe { CStr::from_ptr(sipstatus_result_text(n)) };
        assert_eq!(text(0), c"success");
        let texts: std::collections::HashSet<_> = (0..11).map(text).collect();
        assert_eq!(texts.len(), 11);
        assert_eq!(text(u32::MAX), c"unknown sipstatus_result value");
    }
}
