//! The Status-Line of a response: parsed into a caller's struct of offsets,
//! written into a caller's buffer.

use core::ffi::c_char;

use sipstatus_core::{ParseMode, PhraseKind, StatusCode, StatusLine};

use crate::{
    args,
    buffer::{self, Buffer},
    sipstatus_result,
};

/// How a reason phrase relates to the code of its status line.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_phrase_kind {
    /// No line was parsed (the value of a zeroed struct).
    None = 0,
    /// The registered phrase of the code (ignoring case and white space).
    Canonical = 1,
    /// A phrase an earlier RFC gave the code.
    Former = 2,
    /// A variant in use elsewhere, such as "Internal Server Error" for 500.
    Alias = 3,
    /// Any other text, including the phrase of another code.
    Custom = 4,
    /// No text, or only white space.
    Empty = 5,
}

impl sipstatus_phrase_kind {
    /// The kind of the core.
    pub(crate) const fn from_core(kind: PhraseKind) -> sipstatus_phrase_kind {
        match kind {
            PhraseKind::Canonical => sipstatus_phrase_kind::Canonical,
            PhraseKind::Former => sipstatus_phrase_kind::Former,
            PhraseKind::Alias => sipstatus_phrase_kind::Alias,
            PhraseKind::Empty => sipstatus_phrase_kind::Empty,
            _ => sipstatus_phrase_kind::Custom,
        }
    }
}

/// How strictly sipstatus_parse_status_line() reads; pass the number as a
/// `uint32_t`.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_parse_mode {
    /// Also a bare LF, runs of spaces and tabs between fields, the version in
    /// any case, no space before an empty phrase, any byte but CR and LF in
    /// the phrase.
    Lenient = 0,
    /// Exactly the grammar of RFC 3261 §25.1 (only the final CRLF may be
    /// missing).
    Strict = 1,
}

/// A parsed status line: the code, how its phrase relates to it, and where
/// its parts lie in the caller's buffer (offsets from the start of the
/// text). Fill it with sipstatus_parse_status_line().
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct sipstatus_status_line {
    /// The status code, 100 to 799 (0 when parsing failed).
    pub code: u16,
    /// How the reason phrase relates to the code.
    pub phrase_kind: sipstatus_phrase_kind,
    /// Where the SIP-Version ("SIP/2.0") starts: always 0.
    pub version_offset: usize,
    /// The length of the SIP-Version.
    pub version_len: usize,
    /// Where the reason phrase starts.
    pub reason_offset: usize,
    /// The length of the reason phrase, without the line end (may be 0).
    pub reason_len: usize,
    /// The bytes the line takes, its line end included.
    pub len: usize,
    /// On `SIPSTATUS_RESULT_SYNTAX_ERROR`, the offset of the byte where
    /// parsing stopped (the length of the text if it ended too early);
    /// otherwise 0.
    pub error_offset: usize,
}

impl sipstatus_status_line {
    const EMPTY: sipstatus_status_line = sipstatus_status_line {
        code: 0,
        phrase_kind: sipstatus_phrase_kind::None,
        version_offset: 0,
        version_len: 0,
        reason_offset: 0,
        reason_len: 0,
        len: 0,
        error_offset: 0,
    };
}

/// The offset of `part` within `whole`, which holds it.
pub(crate) fn offset_in(whole: &[u8], part: &[u8]) -> usize {
    (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize)
}

/// Parses the status line at the start of `text` (the line alone, with or
/// without its CRLF, or a whole response) into `*out`, reading no byte past
/// `len`.
///
/// On success the result is `SIPSTATUS_RESULT_OK` and `*out` holds the code,
/// the phrase kind and the offsets; the text is not copied, so the offsets
/// are valid as long as the caller's buffer is. On
/// `SIPSTATUS_RESULT_SYNTAX_ERROR`, `out->error_offset` names the offset
/// where the text breaks the grammar and the other fields are 0.
///
/// @param text The bytes to parse; need not be NUL-terminated.
/// @param len The number of bytes at `text`.
/// @param mode `SIPSTATUS_PARSE_MODE_LENIENT` or `SIPSTATUS_PARSE_MODE_STRICT`,
///        as an integer.
/// @param out The struct to fill; the caller owns it.
/// @return `SIPSTATUS_RESULT_OK`, `SIPSTATUS_RESULT_SYNTAX_ERROR`,
///         `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL `text` or `out`, or
///         `SIPSTATUS_RESULT_INVALID_ARGUMENT` for an unknown `mode` or a
///         `len` above `PTRDIFF_MAX`.
///
/// # Safety
/// `text` is NULL or points to `len` readable bytes; `out` is NULL or points
/// to a writable `sipstatus_status_line`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_parse_status_line(
    text: *const c_char,
    len: usize,
    mode: u32,
    out: *mut sipstatus_status_line,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `out` is NULL or writable by the caller's contract.
        if let Err(error) = unsafe { args::write(out, sipstatus_status_line::EMPTY) } {
            return error;
        }
        let mode = match mode {
            0 => ParseMode::Lenient,
            1 => ParseMode::Strict,
            _ => return sipstatus_result::InvalidArgument,
        };
        // SAFETY: `text` is NULL or holds `len` bytes by the caller's contract.
        let input = match unsafe { args::bytes(text, len) } {
            Ok(input) => input,
            Err(error) => return error,
        };
        let (result, value) = match StatusLine::parse_with(input, mode) {
            Ok(line) => (
                sipstatus_result::Ok,
                sipstatus_status_line {
                    code: line.code().as_u16(),
                    phrase_kind: sipstatus_phrase_kind::from_core(line.kind()),
                    version_offset: 0,
                    version_len: line.version().len(),
                    reason_offset: offset_in(input, line.reason()),
                    reason_len: line.reason().len(),
                    len: line.len(),
                    error_offset: 0,
                },
            ),
            Err(error) => (
                sipstatus_result::SyntaxError,
                sipstatus_status_line {
                    error_offset: error.offset(),
                    ..sipstatus_status_line::EMPTY
                },
            ),
        };
        // SAFETY: as above; the NULL check has passed.
        match unsafe { args::write(out, value) } {
            Ok(()) => result,
            Err(error) => error,
        }
    }
}

/// Writes the status line of `code` as it goes on the wire, CRLF included:
/// "SIP/2.0 486 Busy Here\r\n". With a NULL `reason` the phrase is the
/// registered one, or for a code the table does not hold the name of its
/// class ("SIP/2.0 499 Client Error\r\n"); otherwise it is the caller's
/// phrase, checked against the Reason-Phrase grammar of RFC 3261 §25.1.
///
/// Like snprintf, it writes as much as fits, NUL-terminates whenever
/// `cap` > 0, and stores the length of the whole line (without the NUL) in
/// `*out_needed`; a buffer of `*out_needed + 1` bytes holds it. Pass a NULL
/// `buf` with `cap` 0 to ask for the size alone.
///
/// @param code The status code, 100 to 799.
/// @param reason The caller's reason phrase (`reason_len` bytes of UTF-8,
///        need not be NUL-terminated), or NULL for the registered phrase.
/// @param reason_len The number of bytes at `reason`; ignored when `reason`
///        is NULL.
/// @param buf The caller's buffer; the caller owns it.
/// @param cap The size of `buf` in bytes.
/// @param out_needed Receives the length of the line; may be NULL.
/// @return `SIPSTATUS_RESULT_OK`, `SIPSTATUS_RESULT_BUFFER_TOO_SMALL` (the
///         line is cut), `SIPSTATUS_RESULT_INVALID_ARGUMENT` for a code
///         outside 100 to 799 or an impossible length,
///         `SIPSTATUS_RESULT_INVALID_UTF8` or `SIPSTATUS_RESULT_SYNTAX_ERROR`
///         for a phrase that cannot be written, or
///         `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL `buf` with `cap` > 0.
///         On an error other than `SIPSTATUS_RESULT_BUFFER_TOO_SMALL`,
///         nothing is written and `*out_needed` is 0.
///
/// # Safety
/// `reason` is NULL or points to `reason_len` readable bytes; `buf` is NULL
/// or points to `cap` writable bytes; `out_needed` is NULL or points to a
/// writable `size_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_write_status_line(
    code: u16,
    reason: *const c_char,
    reason_len: usize,
    buf: *mut c_char,
    cap: usize,
    out_needed: *mut usize,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `out_needed` is NULL or writable by the caller's contract.
        unsafe { buffer::report_needed(out_needed, 0) };
        let Ok(code) = StatusCode::from_u16(code) else {
            return sipstatus_result::InvalidArgument;
        };
        let line = if reason.is_null() {
            StatusLine::for_code(code)
        } else {
            // SAFETY: non-NULL and `reason_len` bytes by the caller's contract.
            let bytes = match unsafe { args::bytes(reason, reason_len) } {
                Ok(bytes) => bytes,
                Err(error) => return error,
            };
            let Ok(text) = core::str::from_utf8(bytes) else {
                return sipstatus_result::InvalidUtf8;
            };
            match StatusLine::new(code, text) {
                Ok(line) => line,
                Err(_) => return sipstatus_result::SyntaxError,
            }
        };
        // SAFETY: `buf` is NULL or `cap` writable bytes by the caller's contract.
        let mut buffer = match unsafe { Buffer::new(buf, cap) } {
            Ok(buffer) => buffer,
            Err(error) => return error,
        };
        // The phrase is UTF-8 (registered, or checked above): the text form
        // is the wire form.
        if line.write_fmt_to(&mut buffer).is_err() {
            return sipstatus_result::Panic;
        }
        buffer.push(b"\r\n");
        // SAFETY: `out_needed` is NULL or writable by the caller's contract.
        unsafe { buffer.finish(out_needed) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &[u8], mode: u32) -> (sipstatus_result, sipstatus_status_line) {
        let mut out = sipstatus_status_line {
            code: 999,
            ..sipstatus_status_line::EMPTY
        };
        // SAFETY: a live slice and a live out-variable.
        let result = unsafe {
            sipstatus_parse_status_line(text.as_ptr().cast(), text.len(), mode, &mut out)
        };
        (result, out)
    }

    fn write(code: u16, reason: Option<&[u8]>, cap: usize) -> (sipstatus_result, usize, Vec<u8>) {
        let mut buf = vec![0xaa_u8; cap];
        let mut needed = 77;
        let (ptr, len) = reason.map_or((core::ptr::null(), 0), |r| (r.as_ptr(), r.len()));
        // SAFETY: live slices and a live out-variable.
        let result = unsafe {
            sipstatus_write_status_line(
                code,
                ptr.cast(),
                len,
                buf.as_mut_ptr().cast(),
                cap,
                &mut needed,
            )
        };
        (result, needed, buf)
    }

    #[test]
    fn parses_into_offsets() {
        let message = b"SIP/2.0 480 Temporarily not available\r\nVia: x\r\n";
        let (result, line) = parse(message, 0);
        assert_eq!(result, sipstatus_result::Ok);
        assert_eq!(line.code, 480);
        assert_eq!(line.phrase_kind, sipstatus_phrase_kind::Alias);
        assert_eq!((line.version_offset, line.version_len), (0, 7));
        assert_eq!(
            &message[line.reason_offset..line.reason_offset + line.reason_len],
            b"Temporarily not available"
        );
        assert_eq!(line.len, 39);
        assert_eq!(
            parse(b"SIP/2.0 200\n", 0).1.phrase_kind,
            sipstatus_phrase_kind::Empty
        );
    }

    #[test]
    fn syntax_errors_name_the_offset() {
        let (result, line) = parse(b"SIP/2.0 200 OK\n", 1);
        assert_eq!(result, sipstatus_result::SyntaxError);
        assert_eq!(
            line,
            sipstatus_status_line {
                error_offset: 14,
                ..sipstatus_status_line::EMPTY
            }
        );
        assert_eq!(parse(b"SIP/2.0 200 OK\n", 0).0, sipstatus_result::Ok);
        assert_eq!(
            parse(b"SIP/2.0 200 OK", 2).0,
            sipstatus_result::InvalidArgument
        );
    }

    #[test]
    fn null_and_impossible_arguments() {
        let mut out = sipstatus_status_line::EMPTY;
        // SAFETY: NULL and impossible lengths are rejected before any access.
        unsafe {
            assert_eq!(
                sipstatus_parse_status_line(core::ptr::null(), 3, 0, &mut out),
                sipstatus_result::NullArgument
            );
            assert_eq!(
                sipstatus_parse_status_line(c"x".as_ptr(), 1, 0, core::ptr::null_mut()),
                sipstatus_result::NullArgument
            );
            assert_eq!(
                sipstatus_parse_status_line(c"x".as_ptr(), usize::MAX, 0, &mut out),
                sipstatus_result::InvalidArgument
            );
        }
    }

    #[test]
    fn writes_snprintf_style() {
        let (result, needed, buf) = write(486, None, 64);
        assert_eq!((result, needed), (sipstatus_result::Ok, 23));
        assert_eq!(&buf[..24], b"SIP/2.0 486 Busy Here\r\n\0");
        let (result, needed, buf) = write(499, Some(b"Out to lunch"), 10);
        assert_eq!((result, needed), (sipstatus_result::BufferTooSmall, 26));
        assert_eq!(&buf[..], b"SIP/2.0 4\0");
        assert_eq!(write(499, None, 0).1, 26);
        assert_eq!(write(99, None, 64).0, sipstatus_result::InvalidArgument);
        assert_eq!(
            write(200, Some(b"a\r\nVia: x"), 64).0,
            sipstatus_result::SyntaxError
        );
        assert_eq!(
            write(200, Some(b"\xff"), 64).0,
            sipstatus_result::InvalidUtf8
        );
        // SAFETY: NULL with room is rejected before any access.
        let result = unsafe {
            sipstatus_write_status_line(
                200,
                core::ptr::null(),
                0,
                core::ptr::null_mut(),
                8,
                core::ptr::null_mut(),
            )
        };
        assert_eq!(result, sipstatus_result::NullArgument);
    }
}
