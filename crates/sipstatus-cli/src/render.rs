//! Rendering codes for people (explain, table) and for tools (JSON, CSV,
//! Markdown).

use std::fmt::Write as _;

use serde::Serialize;
use sipstatus::{Entry, Language, PhraseKind, StatusClass};

use crate::query::{QueryError, Resolved, resolve};

/// The output formats of `sipstatus list`.
///
/// ```
/// use sipstatus_cli::render::Format;
///
/// assert_eq!("json".parse::<Format>(), Ok(Format::Json));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned columns for a terminal.
    Table,
    /// A JSON array in code order: the stable interface for tools.
    Json,
    /// RFC 4180 CSV with a header row.
    Csv,
    /// A Markdown table.
    Markdown,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "table" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "markdown" | "md" => Ok(Format::Markdown),
            _ => Err(format!(
                "unknown format {s:?}: expected table, json, csv or markdown"
            )),
        }
    }
}

/// Renders entries in a format; descriptions are in `lang` except in JSON,
/// which carries every language.
///
/// ```
/// use sipstatus::{Language, entries};
/// use sipstatus_cli::render::{Format, list};
///
/// let csv = list(entries(), Format::Csv, Language::English);
/// assert!(csv.starts_with("code,name,reason,"));
/// ```
#[must_use]
pub fn list(entries: &[Entry], format: Format, lang: Language) -> String {
    match format {
        Format::Table => table(entries, lang),
        Format::Json => json(entries),
        Format::Csv => csv(entries, lang),
        Format::Markdown => markdown(entries, lang),
    }
}

/// One element of the JSON export; field order is the documented key order.
#[derive(Serialize)]
struct JsonEntry {
    code: u16,
    name: &'static str,
    reason: &'static str,
    class: &'static str,
    status: &'static str,
    references: &'static [&'static str],
    aliases: &'static [&'static str],
    former: Option<&'static str>,
    description: JsonDescription,
    header_rules: Vec<JsonHeaderRule>,
}

/// One header obligation in the JSON export.
#[derive(Serialize)]
struct JsonHeaderRule {
    header: &'static str,
    level: &'static str,
    reference: &'static str,
    condition: &'static str,
}

#[derive(Serialize)]
struct JsonDescription {
    en: &'static str,
    de: &'static str,
}

impl From<&Entry> for JsonEntry {
    fn from(entry: &Entry) -> Self {
        JsonEntry {
            code: entry.code().as_u16(),
            name: entry.name(),
            reason: entry.phrase(),
            class: entry.class().slug(),
            status: entry.status().as_str(),
            references: entry.references(),
            aliases: entry.aliases(),
            former: entry.former_phrase(),
            description: JsonDescription {
                en: entry.description(Language::English),
                de: entry.description(Language::German),
            },
            header_rules: entry
                .header_rules()
                .iter()
                .map(|rule| JsonHeaderRule {
                    header: rule.header(),
                    level: rule.level().name(),
                    reference: rule.reference(),
                    condition: rule.condition(),
                })
                .collect(),
        }
    }
}

/// The JSON export: an array in code order of objects with the keys `code`,
/// `name`, `reason`, `class`, `status`, `references`, `aliases`, `former`
/// (the former phrase or `null`), `description` (`en`, `de`) and
/// `header_rules` (objects with `header`, `level`, `reference`, `condition`).
///
/// # Panics
/// Never in practice: serialising numbers and static strings cannot fail.
///
/// ```
/// let text = sipstatus_cli::render::json(sipstatus::entries());
/// assert!(text.starts_with("[\n  {\n    \"code\": 100,"));
/// ```
#[must_use]
pub fn json(entries: &[Entry]) -> String {
    let rows: Vec<JsonEntry> = entries.iter().map(JsonEntry::from).collect();
    let mut text = serde_json::to_string_pretty(&rows).expect("the export serialises");
    text.push('\n');
    text
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// CSV with a header row; lists are joined with "; ".
///
/// ```
/// use sipstatus::{Language, StatusCode};
///
/// let entry = StatusCode::BUSY_HERE.entry().unwrap();
/// let csv = sipstatus_cli::render::csv(std::slice::from_ref(entry), Language::English);
/// assert!(csv.lines().nth(1).unwrap().starts_with("486,BUSY_HERE,Busy Here,client-error,registered,"));
/// ```
#[must_use]
pub fn csv(entries: &[Entry], lang: Language) -> String {
    let mut out = String::from("code,name,reason,class,status,references,aliases,description\n");
    for entry in entries {
        let fields = [
            entry.code().as_u16().to_string(),
            entry.name().to_owned(),
            entry.phrase().to_owned(),
            entry.class().slug().to_owned(),
            entry.status().as_str().to_owned(),
            entry.references().join("; "),
            entry.aliases().join("; "),
            entry.description(lang).to_owned(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// Escapes the characters that would break a Markdown table cell.
fn md_cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The aliases, after the former phrase when there is one ("former: Bad
/// Identity-Info"), for a table column.
fn other_phrases(entry: &Entry) -> String {
    let former = entry.former_phrase().map(|f| format!("former: {f}"));
    let aliases = entry.aliases().iter().map(|a| (*a).to_owned());
    former
        .into_iter()
        .chain(aliases)
        .collect::<Vec<_>>()
        .join("; ")
}

/// A Markdown table of the entries.
///
/// ```
/// use sipstatus::{Language, entries};
///
/// let md = sipstatus_cli::render::markdown(entries(), Language::German);
/// assert!(md.starts_with("| Code | Phrase |"));
/// ```
#[must_use]
pub fn markdown(entries: &[Entry], lang: Language) -> String {
    let mut out = String::from(
        "| Code | Phrase | Constant | Status | Reference | Aliases | Description |\n\
         |---:|---|---|---|---|---|---|\n",
    );
    for entry in entries {
        let _ = writeln!(
            out,
            "| {} | {} | `{}` | {} | {} | {} | {} |",
            entry.code().as_u16(),
            md_cell(entry.phrase()),
            entry.name(),
            entry.status(),
            md_cell(&entry.references().join("; ")),
            md_cell(&other_phrases(entry)),
            md_cell(entry.description(lang)),
        );
    }
    out
}

/// Aligned columns: code, phrase, status, description.
///
/// ```
/// use sipstatus::{Language, entries};
///
/// let table = sipstatus_cli::render::table(entries(), Language::English);
/// assert!(table.lines().any(|l| l.starts_with("486  Busy Here ")));
/// ```
#[must_use]
pub fn table(entries: &[Entry], lang: Language) -> String {
    let width = entries
        .iter()
        .map(|e| e.phrase().chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let _ = writeln!(out, "CODE {:width$} {:12} DESCRIPTION", "PHRASE", "STATUS");
    for entry in entries {
        let _ = writeln!(
            out,
            "{}  {:width$} {:12} {}",
            entry.code().as_u16(),
            entry.phrase(),
            entry.status().as_str(),
            entry.description(lang),
        );
    }
    out
}

/// Field labels of [`explain`] in each language.
struct Labels {
    class: &'static str,
    status: &'static str,
    reference: &'static str,
    no_reference: &'static str,
    constant: &'static str,
    aliases: &'static str,
    matched: &'static str,
    unknown: &'static str,
    treated_as: &'static str,
    headers: &'static str,
}

const fn labels(lang: Language) -> Labels {
    match lang {
        Language::German => Labels {
            class: "Klasse",
            status: "Status",
            reference: "Referenz",
            no_reference: "keine (nicht standardisiert)",
            constant: "Konstante",
            aliases: "Aliasse",
            matched: "erkannt als",
            unknown: "nicht in der Tabelle",
            treated_as: "ein UAC behandelt ihn wie (RFC 3261 §8.1.3.2)",
            headers: "Header",
        },
        _ => Labels {
            class: "class",
            status: "status",
            reference: "reference",
            no_reference: "none (not standardised)",
            constant: "constant",
            aliases: "aliases",
            matched: "matched",
            unknown: "not in the table",
            treated_as: "a UAC treats it as (RFC 3261 §8.1.3.2)",
            headers: "headers",
        },
    }
}

/// Explains a resolved query: the code, phrase, class, status, references,
/// constant name, aliases and the description in `lang`. A valid code the
/// table does not hold is explained by its class and canonical code.
///
/// ```
/// use sipstatus::{Language, StatusCode};
/// use sipstatus_cli::{query::resolve, render::explain};
///
/// let text = explain(resolve("486")?, Language::English);
/// assert!(text.starts_with("486 Busy Here\n"));
/// assert!(text.contains("RFC 3261 §21.4.24"));
/// # Ok::<(), sipstatus_cli::query::QueryError>(())
/// ```
#[must_use]
pub fn explain(resolved: Resolved, lang: Language) -> String {
    let l = labels(lang);
    let code = resolved.code;
    let mut out = String::new();
    let class = code.class();
    let Some(entry) = code.entry() else {
        let canonical = code.canonical();
        let _ = writeln!(out, "{} ({})", code.as_u16(), l.unknown);
        let _ = writeln!(out, "  {:<10} {} {}", l.class, class.range(), class);
        if canonical != code {
            let _ = writeln!(out, "  {}: {canonical}", l.treated_as);
        }
        out.push_str(&crate::q850::explain_line(code, lang));
        return out;
    };
    let _ = writeln!(out, "{code}");
    let width = 10;
    if let Some(kind) = resolved.matched
        && kind != PhraseKind::Canonical
    {
        let how = match kind {
            PhraseKind::Former => "a former phrase of this code",
            _ => "an alias, not the registered phrase",
        };
        let _ = writeln!(out, "  {:<width$} {how}", l.matched);
    }
    let _ = writeln!(out, "  {:<width$} {} {}", l.class, class.range(), class);
    let _ = writeln!(out, "  {:<width$} {}", l.status, entry.status());
    let references = match entry.references() {
        [] => l.no_reference.to_owned(),
        refs => refs.join("; "),
    };
    let _ = writeln!(out, "  {:<width$} {references}", l.reference);
    let _ = writeln!(out, "  {:<width$} {}", l.constant, entry.name());
    if !entry.aliases().is_empty() {
        let _ = writeln!(
            out,
            "  {:<width$} {}",
            l.aliases,
            entry.aliases().join("; ")
        );
    }
    for (i, rule) in entry.header_rules().iter().enumerate() {
        let label = if i == 0 { l.headers } else { "" };
        let _ = write!(out, "  {label:<width$} {} {}", rule.level(), rule.header());
        if !rule.condition().is_empty() {
            let _ = write!(out, ", {}", rule.condition());
        }
        let _ = writeln!(out, " ({})", rule.reference());
    }
    if code.is_final() {
        use sipstatus::metrics::{Metric, role};
        let counts = |metric: Metric| format!("{metric} {}", role(code, metric));
        let _ = writeln!(
            out,
            "  {:<width$} INVITE: {}, {}, {}; REGISTER: {}",
            "RFC 6076",
            counts(Metric::Ser),
            counts(Metric::Seer),
            counts(Metric::Isa),
            counts(Metric::Ira),
        );
    }
    out.push_str(&crate::q850::explain_line(code, lang));
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", entry.description(lang));
    out
}

/// The entries a list shows: every entry, or one class. The table is in code
/// order, so a class is a contiguous slice of it.
///
/// ```
/// use sipstatus::StatusClass;
///
/// let six = sipstatus_cli::render::select(Some(StatusClass::GlobalFailure));
/// assert!(!six.is_empty() && six.iter().all(|e| e.code().is_global_failure()));
/// ```
#[must_use]
pub fn select(class: Option<StatusClass>) -> &'static [Entry] {
    let all = sipstatus::entries();
    let Some(class) = class else {
        return all;
    };
    let start = all.partition_point(|e| e.class() < class);
    let end = all.partition_point(|e| e.class() <= class);
    &all[start..end]
}

/// Resolves a query and explains it: what `sipstatus 486` and
/// `sipstatus explain "busy here"` print.
///
/// # Errors
/// The [`QueryError`] of [`resolve`], whose `Display` is the one line the
/// command prints.
///
/// ```
/// use sipstatus::Language;
///
/// let text = sipstatus_cli::render::explain_query("busy  here", Language::English)?;
/// assert!(text.starts_with("486 Busy Here\n"));
/// assert!(sipstatus_cli::render::explain_query("800", Language::English).is_err());
/// # Ok::<(), sipstatus_cli::query::QueryError>(())
/// ```
pub fn explain_query(query: &str, lang: Language) -> Result<String, QueryError> {
    resolve(query).map(|resolved| explain(resolved, lang))
}
