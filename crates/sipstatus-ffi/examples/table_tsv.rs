//! Prints the table as the Rust core gives it, in the TSV format of
//! `tests/c/dump_table.c`, which prints it through the C ABI; `make test-c`
//! diffs the two, entry by entry and code by code.
//!
//! The numbers and names below are the documented C contract, derived here
//! from the core alone: a class is its first digit (0 for an invalid code),
//! a registry status is named as the core names it; a header level is
//! numbered MUST 0, SHOULD 1, MAY 2; a metric role is named as the core
//! names it, "invalid" for a number outside 100 to 799 other than 0 (no
//! final response); a fork rule is named as the core names it; a cause
//! class is its position in `CauseClass::ALL` from 1 (0 for an invalid
//! cause); a mapping's
//! result is 0 (OK) or 2 (invalid argument), its basis 1 (row) or 2
//! (fallback), its note kind 1 (footnote), 2 (fallback) or 3 (quirk), all 0
//! when the call failed.

use std::io::{self, BufWriter, Write};

use sipstatus_core::{
    Language, PhraseKind, ReasonValue, StatusCode, StatusLine, entries,
    fork::best_response,
    headers::Level,
    metrics::{Method, Metric, is_failure_response, no_response_role, role},
    q850::{Basis, Cause, CauseClass, Disagreement, Note, NoteKind, Profile, disagreements},
};

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
        let rules = StatusCode::from_u16(number).map_or(&[][..], StatusCode::header_rules);
        for (i, rule) in rules.iter().enumerate() {
            let level = match rule.level() {
                Level::Must => 0,
                Level::Should => 1,
                Level::May => 2,
            };
            writeln!(
                out,
                "rule\t{number}\t{i}\t{}\t{}\t{level}\t{}\t{}",
                rule.header(),
                rule.level(),
                rule.reference(),
                rule.condition(),
            )?;
        }
    }
    for number in 0..=1000u16 {
        let role_of = |metric: Metric| match (number, StatusCode::from_u16(number)) {
            (0, _) => no_response_role(metric).name(),
            (_, Ok(code)) => role(code, metric).name(),
            (_, Err(_)) => "invalid",
        };
        writeln!(
            out,
            "metric\t{number}\t{}\t{}\t{}\t{}\t{}",
            role_of(Metric::Ser),
            role_of(Metric::Seer),
            role_of(Metric::Isa),
            role_of(Metric::Ira),
            u8::from(StatusCode::from_u16(number).is_ok_and(is_failure_response)),
        )?;
    }
    // The same generator as tests/c/dump_table.c.
    let mut state: u32 = 1;
    let mut next_code = || {
        state = (state.wrapping_mul(1_103_515_245).wrapping_add(12_345)) & 0x7fff_ffff;
        u16::try_from(100 + (state >> 8) % 700).expect("below 800")
    };
    for k in 0..600u32 {
        let len = (k % 7) as usize;
        let method = [Method::Invite, Method::Register, Method::Other][(k % 3) as usize];
        let numbers: Vec<u16> = (0..len).map(|_| next_code()).collect();
        let codes: Vec<StatusCode> = numbers
            .iter()
            .map(|&n| StatusCode::from_u16(n).expect("100 to 799"))
            .collect();
        let choice = best_response(&codes, method);
        let list: Vec<String> = numbers.iter().map(u16::to_string).collect();
        writeln!(
            out,
            "fork\t{k}\t{}\t{}\t{}\t{}\t{}\t{}{}{}",
            k % 3,
            list.join(","),
            choice.code().map_or(0, StatusCode::as_u16),
            choice.rule(),
            choice
                .index()
                .map_or_else(|| "-".to_owned(), |i| i.to_string()),
            u8::from(choice.cancel_pending()),
            u8::from(choice.aggregate_challenges()),
            u8::from(choice.generated()),
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
    q850(&mut out)?;
    out.flush()
}

fn class_number(class: CauseClass) -> usize {
    CauseClass::ALL
        .iter()
        .position(|c| *c == class)
        .map_or(0, |i| i + 1)
}

fn basis_number(basis: Basis) -> u8 {
    match basis {
        Basis::Row => 1,
        Basis::Fallback => 2,
    }
}

fn note_fields(note: Option<&'static Note>) -> (u8, &'static str, &'static str) {
    match note {
        None => (0, "-", "-"),
        Some(n) => (
            match n.kind() {
                NoteKind::Footnote => 1,
                NoteKind::Fallback => 2,
                _ => 3,
            },
            n.key(),
            n.text(),
        ),
    }
}

fn q850(out: &mut impl Write) -> io::Result<()> {
    for number in 0..=255u16 {
        let cause = Cause::from_u16(number).ok();
        let entry = cause.and_then(Cause::entry);
        let class = cause.map(Cause::class);
        writeln!(
            out,
            "cause\t{number}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            entry.map_or("-", |e| e.q850_name()),
            entry.map_or("-", |e| e.name()),
            class.map_or(0, class_number),
            class.map_or("-", CauseClass::label),
            cause.map_or(0, |c| c.canonical().as_u8()),
            entry.map_or_else(|| "-".to_owned(), |e| e.references().join("; ")),
            entry.map_or("-", |e| e.description(Language::English)),
            entry.map_or("-", |e| e.description(Language::German)),
        )?;
    }
    for index in 0..=4u32 {
        let profile = Profile::from_index(index);
        for number in 0..=1000u16 {
            let m = StatusCode::from_u16(number)
                .ok()
                .zip(profile)
                .map(|(code, p)| code.to_q850(p));
            let (kind, key, text) = note_fields(m.and_then(|m| m.note()));
            let value = m.map_or(0, |m| m.value().as_u16());
            writeln!(
                out,
                "sip2q850\t{index}\t{number}\t{}\t{value}\t{value}\t{}\t{kind}\t{key}\t{text}",
                if m.is_some() { 0 } else { 2 },
                m.map_or(0, |m| basis_number(m.basis())),
            )?;
        }
        for number in 0..=255u16 {
            let m = Cause::from_u16(number)
                .ok()
                .zip(profile)
                .map(|(cause, p)| cause.to_sip(p));
            let (kind, key, text) = note_fields(m.and_then(|m| m.note()));
            let value = m.map_or(0, |m| m.code().as_u16());
            writeln!(
                out,
                "q8502sip\t{index}\t{number}\t{}\t{value}\t{value}\t{}\t{}\t{kind}\t{key}\t{text}",
                if m.is_some() { 0 } else { 2 },
                m.and_then(|m| m.alternative())
                    .map_or(0, StatusCode::as_u16),
                m.map_or(0, |m| basis_number(m.basis())),
            )?;
        }
    }
    for a in 0..=4u32 {
        for b in 0..=4u32 {
            let pair = Profile::from_index(a).zip(Profile::from_index(b));
            let list: Vec<Disagreement> =
                pair.map_or_else(Vec::new, |(x, y)| disagreements(x, y).collect());
            let (probe, result) = match pair {
                None => (2, 2),
                Some(_) if list.is_empty() => (0, 0),
                Some(_) => (9, 0),
            };
            let n = list.len();
            writeln!(out, "disagrees\t{a}\t{b}\t{probe}\t{n}\t{result}\t{n}")?;
            for (i, d) in list.into_iter().enumerate() {
                let (direction, from, first, second) = match d {
                    Disagreement::Sip {
                        code,
                        first,
                        second,
                    } => (
                        0,
                        code.as_u16(),
                        (first.value().as_u16(), 0, first.basis(), first.note()),
                        (second.value().as_u16(), 0, second.basis(), second.note()),
                    ),
                    Disagreement::Cause {
                        cause,
                        first,
                        second,
                    } => (
                        1,
                        u16::from(cause.as_u8()),
                        (
                            first.code().as_u16(),
                            first.alternative().map_or(0, StatusCode::as_u16),
                            first.basis(),
                            first.note(),
                        ),
                        (
                            second.code().as_u16(),
                            second.alternative().map_or(0, StatusCode::as_u16),
                            second.basis(),
                            second.note(),
                        ),
                    ),
                    _ => unreachable!("a new kind of disagreement"),
                };
                let key = |note: Option<&'static Note>| note.map_or("-", Note::key);
                writeln!(
                    out,
                    "disagree\t{a}\t{b}\t{i}\t{direction}\t{from}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    first.0,
                    first.1,
                    basis_number(first.2),
                    key(first.3),
                    second.0,
                    second.1,
                    basis_number(second.2),
                    key(second.3),
                )?;
            }
        }
    }
    Ok(())
}
