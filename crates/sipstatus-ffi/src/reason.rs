//! The Reason header: its values read one by one through a cursor, each as
//! offsets into the caller's buffer; quoted text unescaped into a caller's
//! buffer; a value written from a code.

use core::ffi::c_char;

use sipstatus_core::{Protocol, ReasonText, ReasonValue, ReasonValues, StatusCode};

use crate::{
    args,
    buffer::{self, Buffer},
    sipstatus_result,
    status_line::offset_in,
};

/// The protocol of a Reason value.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_reason_protocol {
    /// No value was read (the value of a zeroed struct).
    None = 0,
    /// `SIP`: the cause is a SIP status code.
    Sip = 1,
    /// `Q.850`: the cause is a Q.850 cause value (RFC 6432).
    Q850 = 2,
    /// Any other token, such as `STIR`: read it at `protocol_offset`.
    Other = 3,
}

/// A cursor over the values of one Reason header value (or whole header
/// line). Start it with sipstatus_reason_cursor_init(); the fields are the
/// library's, to be read but not written.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sipstatus_reason_cursor {
    /// The text, which the caller owns and keeps alive while the cursor is
    /// in use.
    pub text: *const c_char,
    /// The number of bytes at `text`.
    pub len: usize,
    /// Where the next value starts.
    pub offset: usize,
    /// Whether the cursor has ended (after the last value or an error).
    pub done: bool,
}

/// One Reason value: its parts as offsets from the start of the cursor's
/// text. Parts a value does not have are 0 with their `has_` flag false.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct sipstatus_reason_value {
    /// The protocol.
    pub protocol: sipstatus_reason_protocol,
    /// Where the protocol token starts, as written.
    pub protocol_offset: usize,
    /// The length of the protocol token.
    pub protocol_len: usize,
    /// Whether the value has a `cause`.
    pub has_cause: bool,
    /// The `cause`: a SIP status code or a Q.850 cause value.
    pub cause: u32,
    /// Whether the value has a `text`.
    pub has_text: bool,
    /// Where the inside of the text's quoted string starts (after the `"`).
    pub text_offset: usize,
    /// The length of the inside, quoted pairs included; unescape it with
    /// sipstatus_reason_unescape().
    pub text_len: usize,
    /// Whether the text holds a quoted pair or a line fold, so that it must
    /// be unescaped to be read.
    pub text_escaped: bool,
    /// Whether the value has a `location` (RFC 8606).
    pub has_location: bool,
    /// Where the location token starts.
    pub location_offset: usize,
    /// The length of the location token.
    pub location_len: usize,
    /// Where the parameters start (at the first `;`, or the end of the
    /// protocol when there is none).
    pub params_offset: usize,
    /// The length of all the parameters, `cause`, `text` and `location`
    /// among them, as written.
    pub params_len: usize,
    /// Where the whole value starts.
    pub value_offset: usize,
    /// The length of the whole value.
    pub value_len: usize,
    /// On `SIPSTATUS_RESULT_SYNTAX_ERROR`, the offset where parsing stopped;
    /// otherwise 0.
    pub error_offset: usize,
}

impl sipstatus_reason_value {
    const EMPTY: sipstatus_reason_value = sipstatus_reason_value {
        protocol: sipstatus_reason_protocol::None,
        protocol_offset: 0,
        protocol_len: 0,
        has_cause: false,
        cause: 0,
        has_text: false,
        text_offset: 0,
        text_len: 0,
        text_escaped: false,
        has_location: false,
        location_offset: 0,
        location_len: 0,
        params_offset: 0,
        params_len: 0,
        value_offset: 0,
        value_len: 0,
        error_offset: 0,
    };

    /// The offsets of a parsed value within `input`.
    fn from_core(input: &[u8], value: &ReasonValue<'_>) -> sipstatus_reason_value {
        let protocol = value.protocol_str().as_bytes();
        let text = value.text();
        let wire = text.and_then(|t| t.wire()).unwrap_or("").as_bytes();
        let location = value.location().unwrap_or("").as_bytes();
        let raw = value.raw();
        let protocol_offset = offset_in(input, raw);
        let params_offset = protocol_offset + protocol.len();
        sipstatus_reason_value {
            protocol: match value.protocol() {
                Protocol::Sip => sipstatus_reason_protocol::Sip,
                Protocol::Q850 => sipstatus_reason_protocol::Q850,
                _ => sipstatus_reason_protocol::Other,
            },
            protocol_offset,
            protocol_len: protocol.len(),
            has_cause: value.cause().is_some(),
            cause: value.cause().unwrap_or(0),
            has_text: text.is_some(),
            text_offset: if text.is_some() {
                offset_in(input, wire)
            } else {
                0
            },
            text_len: wire.len(),
            text_escaped: text.is_some_and(|t| t.as_str().is_none()),
            has_location: value.location().is_some(),
            location_offset: if value.location().is_some() {
                offset_in(input, location)
            } else {
                0
            },
            location_len: location.len(),
            params_offset,
            params_len: raw.len() - protocol.len(),
            value_offset: protocol_offset,
            value_len: raw.len(),
            error_offset: 0,
        }
    }
}

/// Starts a cursor over the values of a Reason header value, or of a whole
/// header line (a leading `Reason:` is skipped). Nothing is read yet: a
/// syntax error shows at the sipstatus_reason_next() that reaches it.
///
/// @param cursor The cursor to start; the caller owns it.
/// @param text The header value; need not be NUL-terminated, and must stay
///        alive and unchanged while the cursor is in use.
/// @param len The number of bytes at `text`.
/// @return `SIPSTATUS_RESULT_OK`, `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL
///         `cursor` or `text`, or `SIPSTATUS_RESULT_INVALID_ARGUMENT` for a
///         `len` above `PTRDIFF_MAX`.
///
/// # Safety
/// `cursor` is NULL or points to a writable `sipstatus_reason_cursor`;
/// `text` is NULL or points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_reason_cursor_init(
    cursor: *mut sipstatus_reason_cursor,
    text: *const c_char,
    len: usize,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `text` is NULL or holds `len` bytes by the caller's contract.
        let input = match unsafe { args::bytes(text, len) } {
            Ok(input) => input,
            Err(error) => return error,
        };
        let start = ReasonValues::new(input).offset();
        let value = sipstatus_reason_cursor { text, len, offset: start, done: false };
        // SAFETY: `cursor` is NULL or writable by the caller's contract.
        match unsafe { args::write(cursor, value) } {
            Ok(()) => sipstatus_result::Ok,
            Err(error) => error,
        }
    }
}

/// Reads the next value of a Reason header into `*out` and moves the cursor
/// past it.
///
/// @param cursor A cursor started by sipstatus_reason_cursor_init().
/// @param out The struct to fill; the caller owns it. Offsets count from the
///        start of the cursor's text.
/// @return `SIPSTATUS_RESULT_OK` with `*out` filled;
///         `SIPSTATUS_RESULT_END` when every value has been read (`*out` is
///         zeroed); `SIPSTATUS_RESULT_SYNTAX_ERROR` with `out->error_offset`
///         naming where the text breaks the grammar of RFC 3326 §2 (the
///         cursor then ends); `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL
///         `cursor`, `out` or cursor text; `SIPSTATUS_RESULT_INVALID_ARGUMENT`
///         for a cursor whose fields were changed.
///
/// # Safety
/// `cursor` is NULL or points to a cursor started by
/// sipstatus_reason_cursor_init() whose text is still alive and unchanged;
/// `out` is NULL or points to a writable `sipstatus_reason_value`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_reason_next(
    cursor: *mut sipstatus_reason_cursor,
    out: *mut sipstatus_reason_value,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `out` is NULL or writable by the caller's contract.
        if let Err(error) = unsafe { args::write(out, sipstatus_reason_value::EMPTY) } {
            return error;
        }
        let state = match args::non_null(cursor.cast_const()) {
            // SAFETY: non-NULL and a started cursor by the caller's contract.
            Ok(ptr) => unsafe { ptr.as_ptr().read() },
            Err(error) => return error,
        };
        // SAFETY: the cursor's text holds `len` bytes by the caller's contract.
        let input = match unsafe { args::bytes(state.text, state.len) } {
            Ok(input) => input,
            Err(error) => return error,
        };
        if state.offset > input.len() {
            return sipstatus_result::InvalidArgument;
        }
        // An empty or blank header is an error, as in the core: only the
        // step after the last value ends the cursor.
        if state.done {
            // SAFETY: checked non-NULL above.
            unsafe { (*cursor).done = true };
            return sipstatus_result::End;
        }
        let mut values = ReasonValues::resume(input, state.offset);
        let (result, value, next, done) = match values.next() {
            Some(Ok(value)) => {
                let next = values.offset();
                (
                    sipstatus_result::Ok,
                    sipstatus_reason_value::from_core(input, &value),
                    next,
                    next >= input.len(),
                )
            }
            Some(Err(error)) => (
                sipstatus_result::SyntaxError,
                sipstatus_reason_value {
                    error_offset: error.offset(),
                    ..sipstatus_reason_value::EMPTY
                },
                state.offset,
                true,
            ),
            None => (sipstatus_result::End, sipstatus_reason_value::EMPTY, state.offset, true),
        };
        // SAFETY: checked non-NULL above, writable by the caller's contract.
        unsafe {
            (*cursor).offset = next;
            (*cursor).done = done;
        }
        // SAFETY: as above; the NULL check has passed.
        match unsafe { args::write(out, value) } {
            Ok(()) => result,
            Err(error) => error,
        }
    }
}

/// Unescapes the inside of a quoted string (such as the `text_offset` and
/// `text_len` of a ::sipstatus_reason_value): each quoted pair becomes its
/// character, each line fold one space. Writes snprintf-style: as much as
/// fits, NUL-terminated whenever `cap` > 0, with the length of the whole text
/// (without the NUL) in `*out_needed`.
///
/// @param text The inside of the quoted string, without its quotes; need not
///        be NUL-terminated.
/// @param len The number of bytes at `text`.
/// @param buf The caller's buffer; the caller owns it. NULL with `cap` 0
///        asks for the size alone.
/// @param cap The size of `buf` in bytes.
/// @param out_needed Receives the length of the unescaped text; may be NULL.
/// @return `SIPSTATUS_RESULT_OK`, `SIPSTATUS_RESULT_BUFFER_TOO_SMALL` (the
///         text is cut), `SIPSTATUS_RESULT_SYNTAX_ERROR` for a text that is
///         no quoted string's inside (nothing written, `*out_needed` 0),
///         `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL `text` or a NULL `buf`
///         with `cap` > 0, `SIPSTATUS_RESULT_INVALID_ARGUMENT` for an
///         impossible length.
///
/// # Safety
/// `text` is NULL or points to `len` readable bytes; `buf` is NULL or points
/// to `cap` writable bytes that do not overlap `text`; `out_needed` is NULL
/// or points to a writable `size_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_reason_unescape(
    text: *const c_char,
    len: usize,
    buf: *mut c_char,
    cap: usize,
    out_needed: *mut usize,
) -> sipstatus_result {
    ffi_panic_boundary! {
        // SAFETY: `out_needed` is NULL or writable by the caller's contract.
        unsafe { buffer::report_needed(out_needed, 0) };
        // SAFETY: `text` is NULL or holds `len` bytes by the caller's contract.
        let input = match unsafe { args::bytes(text, len) } {
            Ok(input) => input,
            Err(error) => return error,
        };
        let Ok(text) = ReasonText::from_wire(input) else {
            return sipstatus_result::SyntaxError;
        };
        // SAFETY: `buf` is NULL or `cap` writable bytes by the caller's contract.
        let mut buffer = match unsafe { Buffer::new(buf, cap) } {
            Ok(buffer) => buffer,
            Err(error) => return error,
        };
        for piece in text.pieces() {
            buffer.push(piece.as_bytes());
        }
        // SAFETY: `out_needed` is NULL or writable by the caller's contract.
        unsafe { buffer.finish(out_needed) }
    }
}

/// Writes the Reason value that names a SIP status code,
/// `SIP;cause=486;text="Busy Here"` (for a code the table does not hold, the
/// text is its class's name), snprintf-style like
/// sipstatus_write_status_line().
///
/// @param code The status code, 100 to 799.
/// @param buf The caller's buffer; the caller owns it. NULL with `cap` 0
///        asks for the size alone.
/// @param cap The size of `buf` in bytes.
/// @param out_needed Receives the length of the value; may be NULL.
/// @return `SIPSTATUS_RESULT_OK`, `SIPSTATUS_RESULT_BUFFER_TOO_SMALL` (the
///         value is cut), `SIPSTATUS_RESULT_INVALID_ARGUMENT` for a code
///         outside 100 to 799 or an impossible `cap`, or
///         `SIPSTATUS_RESULT_NULL_ARGUMENT` for a NULL `buf` with `cap` > 0.
///
/// # Safety
/// `buf` is NULL or points to `cap` writable bytes; `out_needed` is NULL or
/// points to a writable `size_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sipstatus_write_reason_sip(
    code: u16,
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
        // SAFETY: `buf` is NULL or `cap` writable bytes by the caller's contract.
        let mut buffer = match unsafe { Buffer::new(buf, cap) } {
            Ok(buffer) => buffer,
            Err(error) => return error,
        };
        if ReasonValue::sip(code).write_fmt_to(&mut buffer).is_err() {
            return sipstatus_result::Panic;
        }
        // SAFETY: `out_needed` is NULL or writable by the caller's contract.
        unsafe { buffer.finish(out_needed) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &[u8]) -> (Vec<sipstatus_reason_value>, sipstatus_result) {
        let mut cursor = core::mem::MaybeUninit::<sipstatus_reason_cursor>::uninit();
        // SAFETY: a live slice and a live cursor, started before use.
        unsafe {
            assert_eq!(
                sipstatus_reason_cursor_init(cursor.as_mut_ptr(), text.as_ptr().cast(), text.len()),
                sipstatus_result::Ok
            );
            let mut found = Vec::new();
            loop {
                let mut value = sipstatus_reason_value::EMPTY;
                match sipstatus_reason_next(cursor.as_mut_ptr(), &mut value) {
                    sipstatus_result::Ok => found.push(value),
                    sipstatus_result::SyntaxError => {
                        found.push(value);
                        let again = sipstatus_reason_next(cursor.as_mut_ptr(), &mut value);
                        assert_eq!(again, sipstatus_result::End);
                        return (found, sipstatus_result::SyntaxError);
                    }
                    end => return (found, end),
                }
            }
        }
    }

    fn part(text: &[u8], offset: usize, len: usize) -> &[u8] {
        &text[offset..offset + len]
    }

    #[test]
    fn values_as_offsets() {
        let text = br#"Reason: SIP;cause=480;text="Temporarily \"Unavailable\"", Q.850 ;cause=18;location=LN;x=1"#;
        let (found, end) = values(text);
        assert_eq!(end, sipstatus_result::End);
        assert_eq!(found.len(), 2);
        let sip = found[0];
        assert_eq!(sip.protocol, sipstatus_reason_protocol::Sip);
        assert_eq!(part(text, sip.protocol_offset, sip.protocol_len), b"SIP");
        assert!(sip.has_cause && sip.cause == 480);
        assert!(sip.has_text && sip.text_escaped);
        assert_eq!(
            part(text, sip.text_offset, sip.text_len),
            br#"Temporarily \"Unavailable\""#
        );
        assert!(!sip.has_location);
        let q850 = found[1];
        assert_eq!(q850.protocol, sipstatus_reason_protocol::Q850);
        assert_eq!(part(text, q850.location_offset, q850.location_len), b"LN");
        assert_eq!(
            part(text, q850.value_offset, q850.value_len),
            b"Q.850 ;cause=18;location=LN;x=1"
        );
        assert_eq!(
            part(text, q850.params_offset, q850.params_len),
            b" ;cause=18;location=LN;x=1"
        );
        assert!(!q850.has_text);
    }

    #[test]
    fn a_syntax_error_names_its_offset_and_ends_the_cursor() {
        let (found, end) = values(b"SIP;cause=200, Q.850;cause=x");
        assert_eq!(end, sipstatus_result::SyntaxError);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].error_offset, 27);
        // An empty or blank header is no Reason value, as in the core.
        // A header name is skipped once, at the start only.
        let (found, end) = values(b"Reason:Reason:");
        assert_eq!((found.len(), end), (1, sipstatus_result::SyntaxError));
        assert_eq!(found[0].error_offset, 13);
        let (found, end) = values(b"  ");
        assert_eq!((found.len(), end), (1, sipstatus_result::SyntaxError));
        assert_eq!(found[0].error_offset, 2);
    }

    #[test]
    fn unescapes_snprintf_style() {
        let text = br#"say \"hi\""#;
        let mut buf = [0xaa_u8; 16];
        let mut needed = 0;
        // SAFETY: live slices and out-variables.
        unsafe {
            let result = sipstatus_reason_unescape(
                text.as_ptr().cast(),
                text.len(),
                buf.as_mut_ptr().cast(),
                buf.len(),
                &mut needed,
            );
            assert_eq!((result, needed), (sipstatus_result::Ok, 8));
            assert_eq!(&buf[..9], b"say \"hi\"\0");
            let bad = b"a\"b";
            let result = sipstatus_reason_unescape(
                bad.as_ptr().cast(),
                bad.len(),
                buf.as_mut_ptr().cast(),
                buf.len(),
                &mut needed,
            );
            assert_eq!((result, needed), (sipstatus_result::SyntaxError, 0));
        }
    }

    #[test]
    fn writes_a_sip_value() {
        let mut buf = [0u8; 64];
        let mut needed = 0;
        // SAFETY: a live buffer and out-variable.
        let result = unsafe {
            sipstatus_write_reason_sip(486, buf.as_mut_ptr().cast(), buf.len(), &mut needed)
        };
        assert_eq!(result, sipstatus_result::Ok);
        assert_eq!(&buf[..needed], br#"SIP;cause=486;text="Busy Here""#);
        // SAFETY: NULL with cap 0 asks for the size.
        let result =
            unsafe { sipstatus_write_reason_sip(486, core::ptr::null_mut(), 0, &mut needed) };
        assert_eq!((result, needed), (sipstatus_result::BufferTooSmall, 30));
    }
}
