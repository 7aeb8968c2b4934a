//! The C entry points on the same bytes as the core: the status-line struct,
//! the Reason cursor and unescaping must report exactly what the core's
//! parsers do, and never read past `len` (libFuzzer hands the input over in
//! an allocation of exactly its size, which AddressSanitizer guards).

#![no_main]

use libfuzzer_sys::fuzz_target;
use sipstatus::{ParseMode, ReasonValues, StatusLine};
use sipstatus_ffi::{
    sipstatus_parse_status_line, sipstatus_reason_cursor, sipstatus_reason_cursor_init,
    sipstatus_reason_next, sipstatus_reason_unescape, sipstatus_result, sipstatus_status_line,
    sipstatus_write_status_line,
};

fn status_line(input: &[u8], mode: u32) {
    let mut out = std::mem::MaybeUninit::<sipstatus_status_line>::uninit();
    // SAFETY: a live slice and a live out-variable.
    let result = unsafe {
        sipstatus_parse_status_line(input.as_ptr().cast(), input.len(), mode, out.as_mut_ptr())
    };
    // SAFETY: the function writes `out` whatever the outcome.
    let out = unsafe { out.assume_init() };
    let core_mode = if mode == 1 {
        ParseMode::Strict
    } else {
        ParseMode::Lenient
    };
    match StatusLine::parse_with(input, core_mode) {
        Ok(line) => {
            assert_eq!(result, sipstatus_result::Ok);
            assert_eq!(out.code, line.code().as_u16());
            assert_eq!(out.len, line.len());
            assert_eq!(
                &input[out.reason_offset..out.reason_offset + out.reason_len],
                line.reason()
            );
            assert_eq!(&input[..out.version_len], line.version().as_bytes());

            // Writing it back through C gives what the core writes.
            if let Some(text) = line.reason_str() {
                let mut buf = vec![0u8; line.reason().len() + 32];
                let mut needed = 0;
                // SAFETY: live slices and out-variable.
                let written = unsafe {
                    sipstatus_write_status_line(
                        out.code,
                        text.as_ptr().cast(),
                        text.len(),
                        buf.as_mut_ptr().cast(),
                        buf.len(),
                        &mut needed,
                    )
                };
                match StatusLine::new(line.code(), text) {
                    Ok(again) => {
                        assert_eq!(written, sipstatus_result::Ok);
                        let mut wire = Vec::new();
                        again.write_to(&mut wire).unwrap();
                        assert_eq!(&buf[..needed], &wire[..]);
                    }
                    Err(_) => assert_eq!(written, sipstatus_result::SyntaxError),
                }
            }
        }
        Err(error) => {
            assert_eq!(result, sipstatus_result::SyntaxError);
            assert_eq!(out.error_offset, error.offset());
        }
    }
}

fn reason(input: &[u8]) {
    let mut cursor = std::mem::MaybeUninit::<sipstatus_reason_cursor>::uninit();
    // SAFETY: a live slice and a live cursor, started before use.
    let started = unsafe {
        sipstatus_reason_cursor_init(cursor.as_mut_ptr(), input.as_ptr().cast(), input.len())
    };
    assert_eq!(started, sipstatus_result::Ok);
    let mut core = ReasonValues::new(input);
    loop {
        let mut value = std::mem::MaybeUninit::uninit();
        // SAFETY: a started cursor over a live slice, a live out-variable.
        let result = unsafe { sipstatus_reason_next(cursor.as_mut_ptr(), value.as_mut_ptr()) };
        // SAFETY: the function writes `value` whatever the outcome.
        let value: sipstatus_ffi::sipstatus_reason_value = unsafe { value.assume_init() };
        match core.next() {
            None => {
                assert_eq!(result, sipstatus_result::End);
                return;
            }
            Some(Err(error)) => {
                assert_eq!(result, sipstatus_result::SyntaxError);
                assert_eq!(value.error_offset, error.offset());
                return;
            }
            Some(Ok(expected)) => {
                assert_eq!(result, sipstatus_result::Ok);
                assert_eq!(
                    &input[value.value_offset..value.value_offset + value.value_len],
                    expected.raw()
                );
                assert_eq!(value.has_cause, expected.cause().is_some());
                assert_eq!(value.cause, expected.cause().unwrap_or(0));
                if let Some(text) = expected.text() {
                    let wire = &input[value.text_offset..value.text_offset + value.text_len];
                    assert_eq!(Some(wire), text.wire().map(str::as_bytes));
                    let mut buf = vec![0u8; wire.len() + 1];
                    let mut needed = 0;
                    // SAFETY: live slices and out-variable.
                    let unescaped = unsafe {
                        sipstatus_reason_unescape(
                            wire.as_ptr().cast(),
                            wire.len(),
                            buf.as_mut_ptr().cast(),
                            buf.len(),
                            &mut needed,
                        )
                    };
                    assert_eq!(unescaped, sipstatus_result::Ok);
                    assert_eq!(&buf[..needed], text.to_string().as_bytes());
                }
            }
        }
    }
}

fuzz_target!(|input: &[u8]| {
    status_line(input, 0);
    status_line(input, 1);
    reason(input);
    // Any bytes as the inside of a quoted string: no read past `len`.
    let mut needed = 0;
    // SAFETY: a live slice; NULL with cap 0 asks for the size alone.
    unsafe {
        sipstatus_reason_unescape(
            input.as_ptr().cast(),
            input.len(),
            std::ptr::null_mut(),
            0,
            &mut needed,
        );
    }
});
