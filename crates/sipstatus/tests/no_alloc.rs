//! No lookup allocates, nor the fork choice, the header linter or the RFC
//! 6076 accumulator: a counting allocator watches every one of them.

use std::{
    alloc::{GlobalAlloc, Layout, System},
    cell::Cell,
};

use sipstatus::{
    Language, ReasonValue, ReasonValues, StatusCode, StatusLine, entries,
    fork::best_response,
    headers::check_headers,
    lookup_phrase, lookup_phrase_bytes,
    metrics::{Method, SessionMetrics},
};

struct Counting;

thread_local! {
    /// Allocations made by this thread: the tests run side by side, and the
    /// harness allocates on its own threads while they run.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// How many allocations this thread has made so far.
fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

// SAFETY: defers to the system allocator; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: a thread's last allocations may come after its
        // thread-locals are gone.
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn lookups_do_not_allocate() {
    let phrases: Vec<&str> = entries().iter().map(|e| e.phrase()).collect();
    let before = allocations();
    let mut sink = 0usize;
    for n in 0..=1000u16 {
        let Ok(code) = StatusCode::from_u16(n) else {
            continue;
        };
        sink += code.reason_phrase().map_or(0, str::len);
        sink += code.phrase_or_class().len();
        sink += code.canonical().as_u16() as usize;
        if let Some(entry) = code.entry() {
            sink += entry.description(Language::German).len() + entry.references().len();
            sink += sipstatus::__ffi::name(entry).to_bytes().len();
        }
    }
    for text in ["486", "4x6", "", "1000"] {
        sink += text
            .parse::<StatusCode>()
            .map_or(1, |c| c.as_u16() as usize);
    }
    for phrase in &phrases {
        sink += lookup_phrase(phrase).map_or(0, |m| m.code().as_u16() as usize);
    }
    for bytes in [&b"  BUSY   here "[..], b"\xff", b"nothing like it", b""] {
        sink += lookup_phrase_bytes(bytes).map_or(1, |m| m.code().as_u16() as usize);
    }
    let after = allocations();
    assert!(sink > 0);
    assert_eq!(
        after - before,
        0,
        "lookups allocated {} times",
        after - before
    );
}

/// A `fmt::Write` into a fixed buffer, so writing needs no allocation.
struct Fixed {
    buf: [u8; 256],
    len: usize,
}

impl core::fmt::Write for Fixed {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        self.buf
            .get_mut(self.len..end)
            .ok_or(core::fmt::Error)?
            .copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn status_lines_are_parsed_and_written_without_allocating() {
    let lines: [&[u8]; 6] = [
        b"SIP/2.0 486 Busy Here\r\n",
        b"sip/2.0  480\tTemporarily not available\n",
        b"SIP/2.0 499 Out to lunch",
        b"SIP/2.0 200 \xff",
        b"SIP/2.0 4x6",
        b"",
    ];
    let mut fixed = Fixed {
        buf: [0; 256],
        len: 0,
    };
    let mut wire = [0u8; 256];
    let before = allocations();
    let mut sink = 0usize;
    for line in lines {
        for parsed in [StatusLine::parse(line), StatusLine::parse_strict(line)] {
            match parsed {
                Ok(parsed) => {
                    sink += parsed.len() + parsed.reason().len() + parsed.kind() as usize;
                    fixed.len = 0;
                    parsed.write_fmt_to(&mut fixed).unwrap();
                    sink += fixed.len;
                }
                Err(error) => sink += error.offset() + 1,
            }
        }
    }
    for n in 100..=799u16 {
        let code = StatusCode::from_u16(n).unwrap();
        let mut out = &mut wire[..];
        StatusLine::for_code(code).write_to(&mut out).unwrap();
        sink += out.len();
        sink += StatusLine::new(code, "Out to lunch").map_or(0, |l| l.len());
    }
    let after = allocations();
    assert!(sink > 0);
    assert_eq!(
        after - before,
        0,
        "status lines allocated {} times",
        after - before
    );
}

#[test]
fn reason_values_are_parsed_unescaped_and_written_without_allocating() {
    let headers: [&[u8]; 4] = [
        br#"SIP;cause=480;text="Temporarily Unavailable", Q.850;cause=18;location=LN"#,
        b"Reason: STIR ; cause=438 ; text=\"a \\\"b\\\" \r\n c\";x=[::1];y",
        b"SIP;cause=99999999999",
        b"",
    ];
    let mut fixed = Fixed {
        buf: [0; 256],
        len: 0,
    };
    let before = allocations();
    let mut sink = 0usize;
    for header in headers {
        for value in ReasonValues::new(header) {
            match value {
                Ok(value) => {
                    sink += value.cause().unwrap_or(0) as usize + value.params().count();
                    if let Some(text) = value.text() {
                        sink += text.pieces().map(str::len).sum::<usize>();
                    }
                    fixed.len = 0;
                    value.write_fmt_to(&mut fixed).unwrap();
                    sink += fixed.len;
                }
                Err(error) => sink += error.offset() + 1,
            }
        }
    }
    for entry in entries() {
        fixed.len = 0;
        ReasonValue::sip(entry.code())
            .write_fmt_to(&mut fixed)
            .unwrap();
        sink += fixed.len;
    }
    let after = allocations();
    assert!(sink > 0);
    assert_eq!(
        after - before,
        0,
        "Reason values allocated {} times",
        after - before
    );
}

#[test]
fn decisions_do_not_allocate() {
    let codes: Vec<StatusCode> = (100..=799)
        .map(|n| StatusCode::from_u16(n).unwrap())
        .collect();
    let names = ["Via", "m", "WWW-Authenticate", "allow", "Unsupported"];
    let before = allocations();
    let mut sink = 0usize;
    let mut metrics = SessionMetrics::new();
    for window in codes.windows(4) {
        let choice = best_response(window, Method::Invite);
        sink += choice.index().unwrap_or(0);
        sink += check_headers(window[0], &names).count();
        let _ = metrics.add(Method::Invite, Some(window[0]));
        let _ = metrics.add(Method::Register, None);
    }
    sink += metrics.ser().map_or(0, |v| v as usize);
    assert_eq!(allocations(), before, "sink {sink}");
}
