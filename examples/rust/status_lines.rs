//! Checks SIP status lines, such as those grepped from a trace, against the
//! registry: is the code known, is the phrase the registered one, and how
//! must a user agent treat the code (RFC 3261 §8.1.3.2)?
//!
//! ```text
//! cargo run -q -p sipstatus --example status_lines -- examples/rust/sample-trace.txt
//! ```
//!
//! With no file, it reads standard input.

use std::{
    env, fs,
    io::{self, Read},
    process::ExitCode,
};

use sipstatus::{PhraseKind, StatusCode, lookup_phrase};

/// Splits "SIP/2.0 486 Busy Here" into the code text and the phrase.
fn split_status_line(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim().strip_prefix("SIP/2.0 ")?;
    Some(rest.split_once(' ').unwrap_or((rest, "")))
}

fn check(line: &str) -> Option<String> {
    let (code_text, phrase) = split_status_line(line)?;
    let code = match code_text.parse::<StatusCode>() {
        Ok(code) => code,
        Err(e) => return Some(format!("{line:?}: {e}")),
    };
    let verdict = match (code.reason_phrase(), lookup_phrase(phrase)) {
        (Some(registered), _) if registered == phrase => "registered phrase".to_owned(),
        (Some(registered), Ok(found)) if found.code() == code => match found.kind() {
            PhraseKind::Canonical => format!("registered phrase, written {phrase:?}"),
            _ => format!("variant of {registered:?}"),
        },
        (Some(registered), _) => format!("custom phrase; registered is {registered:?}"),
        (None, _) => format!("unknown code; act as {}", code.canonical()),
    };
    Some(format!(
        "{:<4} {:<24} {verdict}",
        code.as_u16(),
        code.phrase_or_class()
    ))
}

fn main() -> ExitCode {
    let mut text = String::new();
    let read = match env::args_os().nth(1) {
        Some(path) => fs::read_to_string(&path).map(|t| text = t),
        None => io::stdin().read_to_string(&mut text).map(drop),
    };
    if let Err(e) = read {
        eprintln!("status_lines: {e}");
        return ExitCode::FAILURE;
    }
    for report in text.lines().filter_map(check) {
        println!("{report}");
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn tells_registered_variant_custom_and_unknown_apart() {
        assert_eq!(
            check("SIP/2.0 486 Busy Here").unwrap(),
            "486  Busy Here                registered phrase"
        );
        assert!(
            check("SIP/2.0 603 Declined")
                .unwrap()
                .ends_with("variant of \"Decline\"")
        );
        assert!(
            check("SIP/2.0 480 Out to lunch")
                .unwrap()
                .contains("custom phrase")
        );
        assert!(
            check("SIP/2.0 499 New")
                .unwrap()
                .ends_with("act as 400 Bad Request")
        );
        assert!(
            check("SIP/2.0 9999 Broken")
                .unwrap()
                .contains("three ASCII digits")
        );
        assert_eq!(check("INVITE sip:bob@example.com SIP/2.0"), None);
    }
}
