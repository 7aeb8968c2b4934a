//! Finds the SIP status lines in a trace and checks each against the
//! registry: is the code known, is the phrase the table's, an alias, a
//! former phrase, a custom text or empty, and how must a user agent treat a
//! code the table does not hold (RFC 3261 §8.1.3.2)?
//!
//! ```text
//! cargo run -q -p sipstatus --example status_lines -- examples/sipp/tcpdump-A.txt
//! tcpdump -A -r calls.pcap | cargo run -q -p sipstatus --example status_lines
//! ```
//!
//! With no file, it reads standard input. A status line may start anywhere
//! in a line: `tcpdump -A` prints the packet's header bytes as text in front
//! of it. Each candidate is read by `sipstatus::StatusLine::parse`, whose
//! lenient rule is the one `examples/python/count_status.py` applies too:
//! besides the grammar of RFC 3261 §25.1 it accepts runs of spaces and tabs
//! between the fields, the version in any case, and no space before an
//! empty phrase (`SIP/2.0 488`), as tracing tools meet them on the wire. It
//! exits 1 when the input holds no status line.

use std::{
    env, fs,
    io::{self, Read},
    process::ExitCode,
};

use sipstatus::{MAX_PHRASE_LEN, PhraseKind, RegistryStatus, StatusLine};

/// The first status line that starts anywhere in `line`.
fn find_status_line(line: &[u8]) -> Option<StatusLine<'_>> {
    let mut from = 0;
    while let Some(at) = line[from..]
        .windows(4)
        .position(|w| w.eq_ignore_ascii_case(b"SIP/"))
    {
        let start = from + at;
        if let Ok(status) = StatusLine::parse(&line[start..]) {
            return Some(status);
        }
        from = start + 1;
    }
    None
}

/// What the table says of a status line's code and phrase.
fn verdict(status: &StatusLine<'_>) -> String {
    let code = status.code();
    let Some(entry) = code.entry() else {
        return if code.is_local() {
            "unknown local code".to_owned()
        } else {
            format!("unknown code; treated as {}", code.canonical())
        };
    };
    let phrase = entry.phrase();
    let relation = match status.kind() {
        PhraseKind::Canonical if status.reason() == phrase.as_bytes() => "table phrase".to_owned(),
        PhraseKind::Canonical => format!("table phrase, written {phrase:?}"),
        PhraseKind::Alias => format!("alias of {phrase:?}"),
        PhraseKind::Former => format!("former phrase of {phrase:?}"),
        PhraseKind::Empty => format!("empty; the table has {phrase:?}"),
        _ => format!("custom; the table has {phrase:?}"),
    };
    match entry.status() {
        RegistryStatus::Registered => relation,
        standing => format!("{relation}; {standing}"),
    }
}

/// One report line: the code, the phrase as sent, and the verdict, in
/// columns wide enough for the longest phrase the table holds.
fn report(status: &StatusLine<'_>) -> String {
    let sent = format!("{:?}", String::from_utf8_lossy(status.reason()));
    format!(
        "{:<4} {sent:<width$} {}",
        status.code().as_u16(),
        verdict(status),
        width = MAX_PHRASE_LEN + 2
    )
}

/// Every status line of a trace, in order. Each line keeps its line end,
/// so that a CR before the LF ends the status line rather than breaking it.
fn scan(trace: &[u8]) -> Vec<StatusLine<'_>> {
    trace
        .split_inclusive(|&b| b == b'\n')
        .filter_map(find_status_line)
        .collect()
}

fn main() -> ExitCode {
    let mut trace = Vec::new();
    let read = match env::args_os().nth(1) {
        Some(path) => fs::read(&path).map(|bytes| trace = bytes),
        None => io::stdin().read_to_end(&mut trace).map(drop),
    };
    if let Err(e) = read {
        eprintln!("status_lines: {e}");
        return ExitCode::FAILURE;
    }
    let found = scan(&trace);
    if found.is_empty() {
        eprintln!("no SIP status lines found");
        return ExitCode::FAILURE;
    }
    for status in &found {
        println!("{}", report(status));
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::{find_status_line, report, scan};

    /// `tcpdump -A` of a SIPp call on loopback (examples/sipp/capture.sh).
    const TRACE: &[u8] = include_bytes!("../sipp/tcpdump-A.txt");
    /// The status lines of that trace, one a line, as both examples must
    /// find them.
    const EXPECTED: &str = include_str!("../sipp/status-lines.txt");

    fn check(line: &str) -> Option<String> {
        find_status_line(line.as_bytes()).map(|status| report(&status))
    }

    #[test]
    fn finds_every_status_line_of_the_tcpdump_sample() {
        let found: Vec<String> = scan(TRACE)
            .iter()
            .map(|s| {
                format!(
                    "{} {}",
                    s.code().as_u16(),
                    String::from_utf8_lossy(s.reason())
                )
            })
            .collect();
        let expected: Vec<&str> = EXPECTED.lines().collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn finds_a_status_line_behind_the_packet_header_bytes() {
        assert!(
            check("E..$..@.@.g................#SIP/2.0 202 Accepted")
                .unwrap()
                .starts_with("202  \"Accepted\"")
        );
        assert!(check("Via: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1").is_none());
        assert!(check("INVITE sip:bob@example.com SIP/2.0").is_none());
        assert!(check("...SIP/2.0 9999 Broken").is_none());
        assert!(check("SIP/2.0 099 Too Low").is_none());
    }

    #[test]
    fn reads_lines_that_end_in_crlf() {
        let found = scan(b"SIP/2.0 180 Ringing\r\nVia: x\r\nSIP/2.0 488\r\nSIP/2.0 200 OK");
        let codes: Vec<u16> = found.iter().map(|s| s.code().as_u16()).collect();
        assert_eq!(codes, [180, 488, 200]);
        assert_eq!(found[0].reason(), b"Ringing");
    }

    #[test]
    fn tells_every_relation_to_the_table_apart() {
        let cases = [
            ("SIP/2.0 486 Busy Here", "table phrase"),
            (
                "SIP/2.0 486 busy  HERE",
                "table phrase, written \"Busy Here\"",
            ),
            ("SIP/2.0 603 Declined", "alias of \"Decline\""),
            (
                "SIP/2.0 437 Unsupported Certificate",
                "former phrase of \"Unsupported Credential\"",
            ),
            (
                "SIP/2.0 480 Out to lunch",
                "custom; the table has \"Temporarily Unavailable\"",
            ),
            (
                "SIP/2.0 488 ",
                "empty; the table has \"Not Acceptable Here\"",
            ),
            (
                "SIP/2.0 488",
                "empty; the table has \"Not Acceptable Here\"",
            ),
            ("SIP/2.0 202 Accepted", "table phrase; deprecated"),
            ("SIP/2.0 701 Party Hangs Up", "table phrase; non-standard"),
            (
                "SIP/2.0 499 New",
                "unknown code; treated as 400 Bad Request",
            ),
            (
                "SIP/2.0 189 Soon",
                "unknown code; treated as 183 Session Progress",
            ),
            ("SIP/2.0 799 Local", "unknown local code"),
        ];
        for (line, verdict) in cases {
            let report = check(line).unwrap();
            assert!(report.ends_with(verdict), "{line}: {report}");
        }
    }

    #[test]
    fn long_phrases_stay_aligned() {
        let long = check("SIP/2.0 555 Push Notification Service Not Supported").unwrap();
        let short = check("SIP/2.0 200 OK").unwrap();
        assert_eq!(long.find("table phrase"), short.find("table phrase"));
    }
}
