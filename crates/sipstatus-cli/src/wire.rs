//! Explaining text from the wire: a whole status line (`sipstatus explain
//! "SIP/2.0 480 Temporarily not available"`) and the values of a Reason
//! header (`sipstatus reason 'SIP;cause=480, Q.850;cause=18'`), for people
//! and, with `--format json`, for tools. The parsing is the core's.

use std::{fmt, fmt::Write as _};

use serde::Serialize;
use sipstatus::{
    Language, PhraseKind, Protocol, ReasonError, ReasonValue, ReasonValues, StatusCode, StatusLine,
    StatusLineError,
};

use crate::{
    query::Resolved,
    render::{explain, json},
};

/// How `explain` and `reason` print.
///
/// ```
/// use sipstatus_cli::wire::WireFormat;
///
/// assert_eq!("JSON".parse::<WireFormat>(), Ok(WireFormat::Json));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireFormat {
    /// Lines for a person.
    Text,
    /// One JSON document: the stable interface for tools.
    Json,
}

impl std::str::FromStr for WireFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "text" => Ok(WireFormat::Text),
            "json" => Ok(WireFormat::Json),
            _ => Err(format!("unknown format {s:?}: expected text or json")),
        }
    }
}

/// Why wire text could not be explained; `Display` is the one line the
/// command prints.
///
/// ```
/// use sipstatus_cli::wire::{WireFormat, explain_status_line};
///
/// let err = explain_status_line("SIP/2.0 2x0 OK", Default::default(), WireFormat::Text, None).unwrap_err();
/// assert_eq!(err.to_string(), "not a status line: status line has byte 0x78 at offset 9: expected an ASCII digit");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum WireError {
    /// The text is no status line.
    StatusLine(StatusLineError),
    /// The text is no Reason header value.
    Reason(ReasonError),
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WireError::StatusLine(e) => write!(f, "not a status line: {e}"),
            WireError::Reason(e) => write!(f, "not a Reason header value: {e}"),
        }
    }
}

impl std::error::Error for WireError {}

/// Whether a query is a status line rather than a code or a phrase: it
/// starts with `SIP/` in any case.
///
/// ```
/// use sipstatus_cli::wire::is_status_line;
///
/// assert!(is_status_line("SIP/2.0 486 Busy Here"));
/// assert!(!is_status_line("486"));
/// ```
#[must_use]
pub fn is_status_line(query: &str) -> bool {
    query
        .trim_start()
        .get(..4)
        .is_some_and(|head| head.eq_ignore_ascii_case("SIP/"))
}

/// The words of these explanations in a language.
struct Words {
    phrase: &'static str,
    canonical: &'static str,
    former: &'static str,
    alias: &'static str,
    custom: &'static str,
    empty: &'static str,
    registered_is: &'static str,
    protocol: &'static str,
    cause: &'static str,
    text: &'static str,
    location: &'static str,
    param: &'static str,
    no_code: &'static str,
    q850: &'static str,
}

const fn words(lang: Language) -> Words {
    match lang {
        Language::German => Words {
            phrase: "Text",
            canonical: "der registrierte Text",
            former: "ein früherer Text dieses Codes",
            alias: "ein Alias, nicht der registrierte Text",
            custom: "ein eigener Text",
            empty: "leer",
            registered_is: "registriert ist",
            protocol: "Protokoll",
            cause: "Ursache",
            text: "Text",
            location: "Ort",
            param: "Parameter",
            no_code: "kein SIP-Statuscode",
            q850: "ISDN-Ursachenwert nach ITU-T Q.850 (RFC 6432)",
        },
        _ => Words {
            phrase: "phrase",
            canonical: "the registered phrase",
            former: "a former phrase of this code",
            alias: "an alias, not the registered phrase",
            custom: "a custom phrase",
            empty: "empty",
            registered_is: "registered is",
            protocol: "protocol",
            cause: "cause",
            text: "text",
            location: "location",
            param: "parameter",
            no_code: "not a SIP status code",
            q850: "an ISDN cause value of ITU-T Q.850 (RFC 6432)",
        },
    }
}

/// The identifier of a phrase kind in JSON.
fn kind_slug(kind: PhraseKind) -> &'static str {
    match kind {
        PhraseKind::Canonical => "canonical",
        PhraseKind::Former => "former",
        PhraseKind::Alias => "alias",
        PhraseKind::Empty => "empty",
        _ => "custom",
    }
}

/// The object `sipstatus list --format json` has for a code, with its key
/// order, unindented; `None` for a code the table does not hold.
fn entry_json(code: StatusCode) -> Option<String> {
    let entry = code.entry()?;
    let array = json(std::slice::from_ref(entry));
    let object = array.strip_prefix("[\n")?.strip_suffix("\n]\n")?;
    Some(
        object
            .lines()
            .map(|line| line.strip_prefix("  ").unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// Puts the entry objects in place of the `"entry": null` placeholders of a
/// pretty-printed document, in order, each indented to its depth. (A string
/// value cannot hold the placeholder: its quotes would be escaped.)
fn splice_entries(doc: &str, entries: &[Option<String>], depth: usize) -> String {
    let mut out = String::with_capacity(doc.len());
    let mut rest = doc;
    for entry in entries {
        let Some(at) = rest.find("\"entry\": null") else {
            break;
        };
        out.push_str(&rest[..at]);
        out.push_str("\"entry\": ");
        match entry {
            Some(object) => {
                let pad = " ".repeat(2 * depth);
                for (i, line) in object.lines().enumerate() {
                    if i > 0 {
                        out.push('\n');
                        out.push_str(&pad);
                    }
                    out.push_str(line);
                }
            }
            None => out.push_str("null"),
        }
        rest = &rest[at + "\"entry\": null".len()..];
    }
    out.push_str(rest);
    out
}

/// A status line in JSON; the key order is the documented one.
#[derive(Serialize)]
struct StatusLineJson {
    version: String,
    code: u16,
    reason: String,
    phrase_kind: &'static str,
    canonical: u16,
    /// Always `null` here; [`splice_entries`] writes the object.
    entry: Option<()>,
}

/// Explains a whole status line: how its phrase relates to the code, then
/// the code as `sipstatus explain CODE` does. Parsed leniently, as an
/// analysis tool should.
///
/// # Errors
/// [`WireError::StatusLine`] for text that is not a status line.
///
/// ```
/// use sipstatus::Language;
/// use sipstatus_cli::wire::{WireFormat, explain_status_line};
///
/// let text = explain_status_line("SIP/2.0 480 Temporarily not available", Language::English, WireFormat::Text, None)?;
/// assert!(text.starts_with("SIP/2.0 480 Temporarily not available\n  phrase     an alias"));
/// # Ok::<(), sipstatus_cli::wire::WireError>(())
/// ```
pub fn explain_status_line(
    text: &str,
    lang: Language,
    format: WireFormat,
    width: Option<usize>,
) -> Result<String, WireError> {
    let line = StatusLine::parse(text.trim_start().as_bytes()).map_err(WireError::StatusLine)?;
    let code = line.code();
    let reason = String::from_utf8_lossy(line.reason()).into_owned();
    if format == WireFormat::Json {
        let doc = StatusLineJson {
            version: line.version().to_owned(),
            code: code.as_u16(),
            reason,
            phrase_kind: kind_slug(line.kind()),
            canonical: code.canonical().as_u16(),
            entry: None,
        };
        let doc = serde_json::to_string_pretty(&doc).unwrap_or_default();
        let mut out = splice_entries(&doc, &[entry_json(code)], 1);
        out.push('\n');
        return Ok(out);
    }
    let w = words(lang);
    let mut out = String::new();
    let _ = writeln!(out, "{line}");
    let relation = match line.kind() {
        PhraseKind::Canonical => w.canonical.to_owned(),
        PhraseKind::Former => w.former.to_owned(),
        PhraseKind::Alias => w.alias.to_owned(),
        PhraseKind::Empty => w.empty.to_owned(),
        _ => match code.reason_phrase() {
            Some(registered) => format!("{}; {} {registered:?}", w.custom, w.registered_is),
            None => w.custom.to_owned(),
        },
    };
    let _ = writeln!(out, "  {:<10} {relation}", w.phrase);
    let _ = writeln!(out);
    out.push_str(&explain(
        Resolved {
            code,
            matched: None,
        },
        lang,
        width,
    ));
    Ok(out)
}

/// One Reason value in JSON; the key order is the documented one.
#[derive(Serialize)]
struct ReasonJson {
    value: String,
    protocol: String,
    cause: Option<u32>,
    text: Option<String>,
    location: Option<String>,
    params: Vec<(String, Option<String>)>,
    /// Always `null` here; [`splice_entries`] writes the object.
    entry: Option<()>,
}

/// Explains each value of Reason header lines (header values, or whole
/// lines starting with `Reason:`): its protocol, its cause (a SIP cause
/// through the code table, a Q.850 cause through the cause table), text,
/// location and other parameters.
///
/// # Errors
/// [`WireError::Reason`] for text that is not a Reason header value.
///
/// ```
/// use sipstatus::Language;
/// use sipstatus_cli::wire::{WireFormat, explain_reason};
///
/// let text = explain_reason(&["SIP;cause=480, Q.850;cause=18"], Language::English, WireFormat::Text)?;
/// assert!(text.contains("cause      480 Temporarily Unavailable"));
/// assert!(text.contains("cause      18 No user responding"));
/// # Ok::<(), sipstatus_cli::wire::WireError>(())
/// ```
pub fn explain_reason(
    lines: &[&str],
    lang: Language,
    format: WireFormat,
) -> Result<String, WireError> {
    let values: Vec<ReasonValue<'_>> = ReasonValues::lines(lines.iter().map(|l| l.as_bytes()))
        .collect::<Result<_, _>>()
        .map_err(WireError::Reason)?;
    if format == WireFormat::Json {
        let docs: Vec<ReasonJson> = values
            .iter()
            .map(|value| ReasonJson {
                value: value.to_string(),
                protocol: value.protocol_str().to_owned(),
                cause: value.cause(),
                text: value.text().map(|t| t.to_string()),
                location: value.location().map(str::to_owned),
                params: value
                    .params()
                    .map(|p| (p.name().to_owned(), p.value().map(str::to_owned)))
                    .collect(),
                entry: None,
            })
            .collect();
        let entries: Vec<Option<String>> = values
            .iter()
            .map(|value| value.status_code().and_then(entry_json))
            .collect();
        let docs = serde_json::to_string_pretty(&docs).unwrap_or_default();
        let mut out = splice_entries(&docs, &entries, 2);
        out.push('\n');
        return Ok(out);
    }
    let w = words(lang);
    let mut out = String::new();
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "{value}");
        let protocol = match value.protocol() {
            Protocol::Q850 => format!("{}: {}", value.protocol_str(), w.q850),
            _ => value.protocol_str().to_owned(),
        };
        let _ = writeln!(out, "  {:<10} {protocol}", w.protocol);
        if let Some(cause) = value.cause() {
            let meaning = match (value.protocol(), value.status_code()) {
                (Protocol::Sip, Some(code)) => {
                    let class = code.class();
                    format!(
                        "{} {} ({} {class})",
                        code.as_u16(),
                        code.phrase_or_class(),
                        class.range()
                    )
                }
                (Protocol::Sip, None) => format!("{cause} ({})", w.no_code),
                (Protocol::Q850, _) => match value.q850_cause().and_then(|c| c.name()) {
                    Some(name) => format!("{cause} {name}"),
                    None => cause.to_string(),
                },
                _ => cause.to_string(),
            };
            let _ = writeln!(out, "  {:<10} {meaning}", w.cause);
        }
        if let Some(text) = value.text() {
            let _ = writeln!(out, "  {:<10} {text}", w.text);
        }
        if let Some(location) = value.location() {
            let _ = writeln!(out, "  {:<10} {location}", w.location);
        }
        for param in value.params() {
            match param.value() {
                Some(v) => {
                    let _ = writeln!(out, "  {:<10} {}={v}", w.param, param.name());
                }
                None => {
                    let _ = writeln!(out, "  {:<10} {}", w.param, param.name());
                }
            }
        }
    }
    Ok(out)
}
