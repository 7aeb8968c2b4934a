//! The Q.850 side of the command: explain a cause and what each profile
//! maps it to, export the cause table and each profile's full mapping, and
//! list where two profiles disagree.

use std::fmt::Write as _;

use serde::Serialize;
use sipstatus::{
    Language, StatusCode,
    q850::{
        Basis, Cause, CauseEntry, CauseMapping, Disagreement, MappedCause, Note, Profile,
        SipMapping, disagreements, entries,
    },
};

use crate::render::Format;

/// Parses a profile identifier (rfc3398, rfc4497, freeswitch, asterisk).
///
/// # Errors
/// A one-line message naming the text for anything else.
///
/// ```
/// use sipstatus::q850::Profile;
///
/// assert_eq!(sipstatus_cli::q850::parse_profile("FreeSWITCH"), Ok(Profile::FreeSwitch));
/// assert!(sipstatus_cli::q850::parse_profile("yate").is_err());
/// ```
pub fn parse_profile(text: &str) -> Result<Profile, String> {
    text.trim().parse().map_err(|_| {
        format!("unknown profile {text:?}: expected rfc3398, rfc4497, freeswitch or asterisk")
    })
}

/// Parses a cause value from 1 to 127.
///
/// # Errors
/// A one-line message naming the text for anything else.
///
/// ```
/// use sipstatus::q850::Cause;
///
/// assert_eq!(sipstatus_cli::q850::parse_cause("17"), Ok(Cause::USER_BUSY));
/// assert_eq!(
///     sipstatus_cli::q850::parse_cause("128").unwrap_err(),
///     "128 is not a Q.850 cause: causes are numbers from 1 to 127"
/// );
/// ```
pub fn parse_cause(text: &str) -> Result<Cause, String> {
    let trimmed = text.trim();
    trimmed.parse().map_err(|_| {
        let shown: String = trimmed.chars().take(60).collect();
        format!("{shown} is not a Q.850 cause: causes are numbers from 1 to 127")
    })
}

fn note_suffix(note: Option<&'static Note>) -> String {
    note.map_or_else(String::new, |n| format!(" [{}]", n.key()))
}

fn code_text(code: StatusCode) -> String {
    match code.reason_phrase() {
        Some(phrase) => format!("{} {phrase}", code.as_u16()),
        None => code.as_u16().to_string(),
    }
}

/// One line saying what a profile maps a status code to.
fn cause_line(m: &CauseMapping) -> String {
    format!(
        "{} ({}){}",
        m.value(),
        m.basis().slug(),
        note_suffix(m.note())
    )
}

/// One line saying what a profile maps a cause to.
fn sip_line(m: &SipMapping) -> String {
    let alternative = m
        .alternative()
        .map_or_else(String::new, |a| format!(", or {}", code_text(a)));
    format!(
        "{}{alternative} ({}){}",
        code_text(m.code()),
        m.basis().slug(),
        note_suffix(m.note())
    )
}

/// The value of the `Q.850` field `sipstatus 486` shows: the cause RFC 3398
/// maps the code to.
///
/// ```
/// use sipstatus::{Language, StatusCode};
///
/// let value = sipstatus_cli::q850::explain_value(StatusCode::BUSY_HERE, Language::English);
/// assert_eq!(value, "17 User busy (RFC 3398 §8.2.6.1)");
/// ```
#[must_use]
pub fn explain_value(code: StatusCode, lang: Language) -> String {
    let m = code.to_q850(Profile::Rfc3398);
    let how = match (m.basis(), lang) {
        (Basis::Row, _) => "RFC 3398 §8.2.6.1",
        (Basis::Fallback, Language::German) => {
            "RFC 3398 §8.2.6.1, Vorgabe für nicht gelistete Codes"
        }
        (Basis::Fallback, _) => "RFC 3398 §8.2.6.1, default for unlisted codes",
    };
    format!("{} ({how})", m.value())
}

/// Explains a cause: its name, class, references, constant, description
/// and what each profile maps it to, with the notes that apply.
///
/// ```
/// use sipstatus::{Language, q850::Cause};
///
/// let text = sipstatus_cli::q850::explain(Cause::USER_BUSY, Language::English);
/// assert!(text.starts_with("17 User busy\n"));
/// assert!(text.contains("rfc3398     486 Busy Here (row)"));
/// ```
#[must_use]
pub fn explain(cause: Cause, lang: Language) -> String {
    let mut out = String::new();
    let class = cause.class();
    match cause.entry() {
        Some(entry) => {
            let _ = writeln!(out, "{cause}");
            let _ = writeln!(out, "  {:<10} {} {}", "class", class.range(), class);
            let _ = writeln!(
                out,
                "  {:<10} {}",
                "reference",
                entry.references().join("; ")
            );
            let _ = writeln!(out, "  {:<10} {}", "constant", entry.name());
            let _ = writeln!(out);
            let _ = writeln!(out, "{}", entry.description(lang));
        }
        None => {
            let _ = writeln!(out, "{} (not defined by Q.850)", cause.as_u8());
            let _ = writeln!(out, "  {:<10} {} {}", "class", class.range(), class);
            let _ = writeln!(
                out,
                "  treated as {} (the unspecified cause of its class)",
                cause.canonical()
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "To SIP:");
    let mut notes: Vec<&'static Note> = Vec::new();
    for profile in Profile::ALL {
        let m = cause.to_sip(profile);
        let _ = writeln!(out, "  {:<11} {}", profile.slug(), sip_line(&m));
        if let Some(note) = m.note()
            && !notes.contains(&note)
        {
            notes.push(note);
        }
    }
    for note in notes {
        let _ = writeln!(out, "  [{}] {}", note.key(), note.text());
    }
    out
}

/// What one profile maps a cause to, for the JSON export.
#[derive(Serialize)]
struct JsonSip {
    code: u16,
    alternative: Option<u16>,
    basis: &'static str,
    note: Option<&'static str>,
}

impl From<SipMapping> for JsonSip {
    fn from(m: SipMapping) -> Self {
        JsonSip {
            code: m.code().as_u16(),
            alternative: m.alternative().map(StatusCode::as_u16),
            basis: m.basis().slug(),
            note: m.note().map(Note::key),
        }
    }
}

/// What one profile maps a status code to, for the JSON export.
#[derive(Serialize)]
struct JsonCause {
    cause: u16,
    own_name: Option<&'static str>,
    basis: &'static str,
    note: Option<&'static str>,
}

impl From<CauseMapping> for JsonCause {
    fn from(m: CauseMapping) -> Self {
        JsonCause {
            cause: m.value().as_u16(),
            own_name: match m.value() {
                MappedCause::Own { name, .. } => Some(name),
                _ => None,
            },
            basis: m.basis().slug(),
            note: m.note().map(Note::key),
        }
    }
}

#[derive(Serialize)]
struct JsonDescription {
    en: &'static str,
    de: &'static str,
}

/// One element of the cause table's JSON export.
#[derive(Serialize)]
struct JsonEntry {
    cause: u8,
    name: &'static str,
    reason: &'static str,
    class: &'static str,
    references: &'static [&'static str],
    description: JsonDescription,
    to_sip: serde_json::Map<String, serde_json::Value>,
}

fn to_sip_by_profile(cause: Cause) -> serde_json::Map<String, serde_json::Value> {
    Profile::ALL
        .into_iter()
        .map(|p| {
            let value = serde_json::to_value(JsonSip::from(cause.to_sip(p)))
                .expect("the mapping serialises");
            (p.slug().to_owned(), value)
        })
        .collect()
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn md_cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The cause table in a format. JSON is the stable interface: an array in
/// value order of objects with `cause`, `name`, `reason` (the Q.850 name),
/// `class`, `references`, `description` (`en`, `de`) and `to_sip` (per
/// profile: `code`, `alternative`, `basis`, `note`).
///
/// # Panics
/// Never in practice: serialising numbers and static strings cannot fail.
///
/// ```
/// use sipstatus::Language;
/// use sipstatus_cli::{q850::list, render::Format};
///
/// let csv = list(Format::Csv, Language::English);
/// assert!(csv.lines().any(|l| l.starts_with("17,USER_BUSY,User busy,normal,")));
/// ```
#[must_use]
pub fn list(format: Format, lang: Language) -> String {
    let all = entries();
    match format {
        Format::Json => {
            let rows: Vec<JsonEntry> = all
                .iter()
                .map(|e: &CauseEntry| JsonEntry {
                    cause: e.cause().as_u8(),
                    name: e.name(),
                    reason: e.q850_name(),
                    class: e.class().slug(),
                    references: e.references(),
                    description: JsonDescription {
                        en: e.description(Language::English),
                        de: e.description(Language::German),
                    },
                    to_sip: to_sip_by_profile(e.cause()),
                })
                .collect();
            let mut text = serde_json::to_string_pretty(&rows).expect("the export serialises");
            text.push('\n');
            text
        }
        Format::Csv => {
            let mut out = String::from("cause,name,reason,class,references,description");
            for p in Profile::ALL {
                let _ = write!(out, ",{}", p.slug());
            }
            out.push('\n');
            for e in all {
                let mut fields = vec![
                    e.cause().as_u8().to_string(),
                    e.name().to_owned(),
                    e.q850_name().to_owned(),
                    e.class().slug().to_owned(),
                    e.references().join("; "),
                    e.description(lang).to_owned(),
                ];
                fields.extend(
                    Profile::ALL
                        .into_iter()
                        .map(|p| e.cause().to_sip(p).code().as_u16().to_string()),
                );
                let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
                out.push_str(&row.join(","));
                out.push('\n');
            }
            out
        }
        Format::Markdown => {
            let mut out = String::from("| Cause | Name | Constant | Class |");
            for p in Profile::ALL {
                let _ = write!(out, " {} |", p.label());
            }
            out.push_str(" Description |\n|---:|---|---|---|");
            out.push_str(&"---:|".repeat(Profile::ALL.len()));
            out.push_str("---|\n");
            for e in all {
                let _ = write!(
                    out,
                    "| {} | {} | `{}` | {} |",
                    e.cause().as_u8(),
                    md_cell(e.q850_name()),
                    e.name(),
                    e.class()
                );
                for p in Profile::ALL {
                    let _ = write!(out, " {} |", e.cause().to_sip(p).code().as_u16());
                }
                let _ = writeln!(out, " {} |", md_cell(e.description(lang)));
            }
            out
        }
        Format::Table => {
            let mut out = String::from("CAUSE");
            for p in Profile::ALL {
                let _ = write!(out, " {:>10}", p.slug());
            }
            out.push_str("  NAME\n");
            for e in all {
                let _ = write!(out, "{:>5}", e.cause().as_u8());
                for p in Profile::ALL {
                    let _ = write!(out, " {:>10}", e.cause().to_sip(p).code().as_u16());
                }
                let _ = writeln!(out, "  {}", e.q850_name());
            }
            out
        }
    }
}

/// The full mapping of one profile, for tools: JSON
/// `{"profile", "source", "sip_to_q850": [...], "q850_to_sip": [...]}` with
/// every code 100 to 799 and every cause 1 to 127, or CSV with one row per
/// value and direction.
///
/// # Panics
/// Never in practice: serialising numbers and static strings cannot fail.
///
/// ```
/// use sipstatus::q850::Profile;
/// use sipstatus_cli::{q850::mapping, render::Format};
///
/// let csv = mapping(Profile::Asterisk, Format::Csv);
/// assert!(csv.lines().any(|l| l == "sip_to_q850,480,19,,row,"));
/// assert_eq!(csv.lines().count(), 1 + 700 + 127);
/// ```
#[must_use]
pub fn mapping(profile: Profile, format: Format) -> String {
    #[derive(Serialize)]
    struct SipRow {
        code: u16,
        #[serde(flatten)]
        cause: JsonCause,
    }
    #[derive(Serialize)]
    struct CauseRow {
        cause: u8,
        #[serde(flatten)]
        sip: JsonSip,
    }
    #[derive(Serialize)]
    struct Export {
        profile: &'static str,
        source: &'static str,
        sip_to_q850: Vec<SipRow>,
        q850_to_sip: Vec<CauseRow>,
    }
    let codes = (100..=799u16).filter_map(|n| StatusCode::from_u16(n).ok());
    let causes = (1..=127u16).filter_map(|n| Cause::from_u16(n).ok());
    match format {
        Format::Json => {
            let export = Export {
                profile: profile.slug(),
                source: profile.source(),
                sip_to_q850: codes
                    .map(|c| SipRow {
                        code: c.as_u16(),
                        cause: c.to_q850(profile).into(),
                    })
                    .collect(),
                q850_to_sip: causes
                    .map(|c| CauseRow {
                        cause: c.as_u8(),
                        sip: c.to_sip(profile).into(),
                    })
                    .collect(),
            };
            let mut text = serde_json::to_string_pretty(&export).expect("the export serialises");
            text.push('\n');
            text
        }
        _ => {
            let mut out = String::from("direction,from,to,alternative,basis,note\n");
            for c in codes {
                let m = c.to_q850(profile);
                let _ = writeln!(
                    out,
                    "sip_to_q850,{},{},,{},{}",
                    c.as_u16(),
                    m.value().as_u16(),
                    m.basis().slug(),
                    m.note().map_or("", Note::key)
                );
            }
            for c in causes {
                let m = c.to_sip(profile);
                let _ = writeln!(
                    out,
                    "q850_to_sip,{},{},{},{},{}",
                    c.as_u8(),
                    m.code().as_u16(),
                    m.alternative()
                        .map_or_else(String::new, |a| a.as_u16().to_string()),
                    m.basis().slug(),
                    m.note().map_or("", Note::key)
                );
            }
            out
        }
    }
}

/// Where two profiles disagree, in a format: one line (or row) per value,
/// status codes first, then causes.
///
/// # Panics
/// Never in practice: serialising numbers and static strings cannot fail.
///
/// ```
/// use sipstatus::q850::Profile;
/// use sipstatus_cli::{q850::compare, render::Format};
///
/// let text = compare(Profile::Rfc3398, Profile::FreeSwitch, Format::Table);
/// assert!(text.contains("480 Temporarily Unavailable"));
/// ```
#[must_use]
pub fn compare(first: Profile, second: Profile, format: Format) -> String {
    #[derive(Serialize)]
    struct Row {
        direction: &'static str,
        from: u16,
        first: u16,
        second: u16,
        first_basis: &'static str,
        second_basis: &'static str,
        first_note: Option<&'static str>,
        second_note: Option<&'static str>,
    }
    let rows: Vec<(Row, String, String, String)> = disagreements(first, second)
        .filter_map(|d| match d {
            Disagreement::Sip {
                code,
                first: a,
                second: b,
            } => Some((
                Row {
                    direction: "sip_to_q850",
                    from: code.as_u16(),
                    first: a.value().as_u16(),
                    second: b.value().as_u16(),
                    first_basis: a.basis().slug(),
                    second_basis: b.basis().slug(),
                    first_note: a.note().map(Note::key),
                    second_note: b.note().map(Note::key),
                },
                code_text(code),
                cause_line(&a),
                cause_line(&b),
            )),
            Disagreement::Cause {
                cause,
                first: a,
                second: b,
            } => Some((
                Row {
                    direction: "q850_to_sip",
                    from: u16::from(cause.as_u8()),
                    first: a.code().as_u16(),
                    second: b.code().as_u16(),
                    first_basis: a.basis().slug(),
                    second_basis: b.basis().slug(),
                    first_note: a.note().map(Note::key),
                    second_note: b.note().map(Note::key),
                },
                cause.to_string(),
                sip_line(&a),
                sip_line(&b),
            )),
            _ => None,
        })
        .collect();
    match format {
        Format::Json => {
            let plain: Vec<&Row> = rows.iter().map(|(r, ..)| r).collect();
            let mut text = serde_json::to_string_pretty(&plain).expect("the export serialises");
            text.push('\n');
            text
        }
        Format::Csv => {
            let mut out = format!(
                "direction,from,{a},{b},{a}_basis,{b}_basis,{a}_note,{b}_note\n",
                a = first.slug(),
                b = second.slug()
            );
            for (r, ..) in &rows {
                let _ = writeln!(
                    out,
                    "{},{},{},{},{},{},{},{}",
                    r.direction,
                    r.from,
                    r.first,
                    r.second,
                    r.first_basis,
                    r.second_basis,
                    r.first_note.unwrap_or(""),
                    r.second_note.unwrap_or("")
                );
            }
            out
        }
        Format::Markdown => {
            let mut out = format!(
                "| Direction | From | {} | {} |\n|---|---|---|---|\n",
                first.label(),
                second.label()
            );
            for (r, from, a, b) in &rows {
                let direction = if r.direction == "sip_to_q850" {
                    "SIP → Q.850"
                } else {
                    "Q.850 → SIP"
                };
                let _ = writeln!(
                    out,
                    "| {direction} | {} | {} | {} |",
                    md_cell(from),
                    md_cell(a),
                    md_cell(b)
                );
            }
            out
        }
        Format::Table => {
            let mut out = format!(
                "{} against {}: {} values differ\n",
                first.slug(),
                second.slug(),
                rows.len()
            );
            for (r, from, a, b) in &rows {
                let arrow = if r.direction == "sip_to_q850" {
                    "SIP→Q.850"
                } else {
                    "Q.850→SIP"
                };
                let _ = writeln!(
                    out,
                    "{arrow}  {from}\n    {:<11} {a}\n    {:<11} {b}",
                    first.slug(),
                    second.slug()
                );
            }
            out
        }
    }
}
