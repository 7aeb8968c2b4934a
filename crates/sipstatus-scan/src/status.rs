//! The two places where the scanner calls into the core: reading a status
//! line ([`sipstatus::StatusLine`]), and turning per-transaction outcomes
//! into RFC 6076 metrics ([`sipstatus::metrics::SessionMetrics`]).

use sipstatus::{
    ParseMode, StatusCode, StatusLine,
    metrics::{Method, SessionMetrics},
};

use crate::report::Metrics;

/// Reads one status line, with its line end if it has one. `None` means the
/// line is malformed in the chosen mode.
pub(crate) fn status_line(line: &[u8], strict: bool) -> Option<StatusLine<'_>> {
    let mode = if strict {
        ParseMode::Strict
    } else {
        ParseMode::Lenient
    };
    // A CR whose LF was cut off (the end of a text) ends the line too.
    let line = match line {
        [rest @ .., b'\r'] => rest,
        _ => line,
    };
    StatusLine::parse_with(line, mode).ok()
}

/// The RFC 6076 metrics of a set of transaction outcomes: `(CSeq method,
/// final code or None when no final response was seen, count)`.
pub(crate) fn metrics<'a>(
    outcomes: impl Iterator<Item = (&'a str, Option<StatusCode>, u64)>,
) -> Metrics {
    let mut m = SessionMetrics::new();
    for (method, code, n) in outcomes {
        let Ok(method) = method.parse::<Method>() else {
            continue;
        };
        for _ in 0..n {
            // Only final codes are ever recorded as outcomes.
            if m.add(method, code).is_err() {
                break;
            }
        }
    }
    Metrics {
        ser: m.ser(),
        seer: m.seer(),
        isa: m.isa(),
        ira: m.ira(),
    }
}
