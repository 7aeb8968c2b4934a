//! Prints the table as the Rust core gives it, in the TSV format of
//! `tests/c/dump_table.c`, which prints it through the C ABI; `make test-c`
//! diffs the two, entry by entry and code by code.
//!
//! The numbers and names below are the documented C contract, derived here
//! from the core alone: a class is its first digit (0 for an invalid code),
//! a registry status is named as the core names it.

use std::io::{self, BufWriter, Write};

use sipstatus_core::{Language, PhraseKind, ReasonValue, StatusCode, StatusLine, entries};

fn main() -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    for entry in entries() {
        writeln!(
            out,
            "entry\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            entry.code().as_u16(),
            entry.name(),
            entry.phrase(),
            entry.class().digit(),
            entry.status(),
            entry.references().join("; "),
            entry.description(Language::English),
            entry.description(Language::German),
        )?;
    }
    for number in 0..=1000u16 {
        let code = StatusCode::from_u16(number).ok();
        let or_dash = |text: Option<&str>| text.unwrap_or("-").to_owned();
        let flag = |test: fn(StatusCode) -> bool| u8::from(code.is_some_and(test));
        writeln!(
            out,
            "code\t{number}\t{}\t{}\t{}\t{}\t{}\t{}\t{}{}{}\t{}\t{}",
            or_dash(code.and_then(StatusCode::reason_phrase)),
            or_dash(code.map(StatusCode::phrase_or_class)),
            code.map_or(0, |c| c.class().digit()),
            or_dash(code.map(|c| c.class().label())),
            code.map_or(0, |c| c.canonical().as_u16()),
            code.and_then(StatusCode::registry_status)
                .map_or_else(|| "unknown".to_owned(), |s| s.to_string()),
            flag(StatusCode::is_known),
            flag(StatusCode::is_final),
            flag(StatusCode::is_provisional),
            or_dash(code.and_then(|c| c.description(Language::English))),
            or_dash(code.and_then(|c| c.description(Language::German))),
        )?;
    }
    for number in 0..=1000u16 {
        let Ok(code) = StatusCode::from_u16(number) else {
            writeln!(out, "wire\t{number}\t-\t-\t0")?;
            continue;
        };
        let line = StatusLine::for_code(code);
        // The numbers of `sipstatus_phrase_kind`.
        let kind = match line.kind() {
            PhraseKind::Canonical => 1,
            PhraseKind::Former => 2,
            PhraseKind::Alias => 3,
            PhraseKind::Empty => 5,
            _ => 4,
        };
        writeln!(
            out,
            "wire\t{number}\t{line}\t{}\t{kind}",
            ReasonValue::sip(code)
        )?;
    }
    out.flush()
}
