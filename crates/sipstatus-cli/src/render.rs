//! Rendering codes for people (explain, table) and for tools (JSON, CSV,
//! Markdown).

use std::fmt::Write as _;

use serde::Serialize;
use sipstatus::{
    Entry, Language, PhraseKind, RegistryStatus, StatusClass,
    metrics::{Metric, Role, role},
};

use crate::{
    query::{QueryError, Resolved, resolve},
    wrap::hanging,
};

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
/// which carries every language. Only the table, which is for people, wraps
/// its description column to `width` (the terminal's, or `None` for a pipe);
/// JSON, CSV and Markdown are for tools and never wrap, and their keys and
/// identifiers are the same in every language.
///
/// ```
/// use sipstatus::{Language, entries};
/// use sipstatus_cli::render::{Format, list};
///
/// let csv = list(entries(), Format::Csv, Language::English, Some(40));
/// assert!(csv.starts_with("code,name,reason,"));
/// assert_eq!(csv.lines().count(), entries().len() + 1);
/// ```
#[must_use]
pub fn list(entries: &[Entry], format: Format, lang: Language, width: Option<usize>) -> String {
    match format {
        Format::Table => table(entries, lang, width),
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

/// Aligned columns: code, phrase, status, description, with the headings
/// and statuses in `lang`. With a `width` (a terminal's), the description
/// column wraps to it, continuation lines indented under the column.
///
/// ```
/// use sipstatus::{Language, entries};
///
/// let table = sipstatus_cli::render::table(entries(), Language::English, None);
/// assert!(table.lines().any(|l| l.starts_with("486  Busy Here ")));
/// let german = sipstatus_cli::render::table(entries(), Language::German, None);
/// assert!(german.starts_with("CODE PHRASE"));
/// assert!(german.contains("BESCHREIBUNG") && german.contains(" registriert "));
/// ```
#[must_use]
pub fn table(entries: &[Entry], lang: Language, width: Option<usize>) -> String {
    let l = labels(lang);
    let phrase_width = entries
        .iter()
        .map(|e| e.phrase().chars().count())
        .chain([l.phrase_heading.chars().count()])
        .max()
        .unwrap_or(0);
    let status_width = RegistryStatus::ALL
        .iter()
        .map(|s| (l.status_name)(*s).chars().count())
        .chain([l.status_heading.chars().count()])
        .max()
        .unwrap_or(0);
    let code_width = l.code_heading.chars().count().max(5);
    let indent = code_width + phrase_width + status_width + 2;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:code_width$}{:phrase_width$} {:status_width$} {}",
        l.code_heading, l.phrase_heading, l.status_heading, l.description_heading
    );
    for entry in entries {
        let _ = writeln!(
            out,
            "{:<code_width$}{:phrase_width$} {:status_width$} {}",
            entry.code().as_u16(),
            entry.phrase(),
            (l.status_name)(entry.status()),
            hanging(entry.description(lang), indent, width),
        );
    }
    out
}

/// The words of [`explain`] and [`table`] in each language: every word a
/// person reads is in the language asked for. Reason phrases, constant
/// names and references are names, and stay as they are.
struct Labels {
    class: &'static str,
    status: &'static str,
    reference: &'static str,
    no_reference: &'static str,
    constant: &'static str,
    aliases: &'static str,
    matched: &'static str,
    q850: &'static str,
    headers: &'static str,
    metrics: &'static str,
    role_name: fn(Role) -> &'static str,
    alias: &'static str,
    former: &'static str,
    unknown: &'static str,
    treated_as: &'static str,
    code_heading: &'static str,
    phrase_heading: &'static str,
    status_heading: &'static str,
    description_heading: &'static str,
    class_name: fn(StatusClass) -> &'static str,
    status_name: fn(RegistryStatus) -> &'static str,
}

impl Labels {
    /// The width of the label column of [`explain`]: the longest label.
    fn width(&self) -> usize {
        [
            self.class,
            self.status,
            self.reference,
            self.constant,
            self.aliases,
            self.matched,
            self.q850,
            self.headers,
            self.metrics,
        ]
        .iter()
        .map(|label| label.chars().count())
        .max()
        .unwrap_or(0)
    }
}

/// The class names of RFC 3261 §7.2, in German.
const fn german_class(class: StatusClass) -> &'static str {
    match class {
        StatusClass::Provisional => "Vorläufige Antwort",
        StatusClass::Success => "Erfolg",
        StatusClass::Redirection => "Umleitung",
        StatusClass::ClientError => "Client-Fehler",
        StatusClass::ServerError => "Server-Fehler",
        StatusClass::GlobalFailure => "Globaler Fehler",
        _ => "Lokal",
    }
}

/// The registry statuses, in German.
const fn german_status(status: RegistryStatus) -> &'static str {
    match status {
        RegistryStatus::Registered => "registriert",
        RegistryStatus::Deprecated => "veraltet",
        RegistryStatus::Obsolete => "überholt",
        _ => "nicht standardisiert",
    }
}

/// How a code counts in an RFC 6076 metric, in German.
const fn german_role(role: Role) -> &'static str {
    match role {
        Role::Numerator => "Zähler",
        Role::Denominator => "Nenner",
        Role::Excluded => "ausgenommen",
        Role::NotCounted => "nicht gezählt",
    }
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
            q850: "Q.850",
            headers: "Header",
            metrics: "RFC 6076",
            role_name: german_role,
            alias: "Alias, nicht die registrierte Phrase",
            former: "frühere Phrase dieses Codes",
            unknown: "nicht in der Tabelle",
            treated_as: "ein UAC behandelt ihn wie (RFC 3261 §8.1.3.2)",
            code_heading: "CODE",
            phrase_heading: "PHRASE",
            status_heading: "STATUS",
            description_heading: "BESCHREIBUNG",
            class_name: german_class,
            status_name: german_status,
        },
        _ => Labels {
            class: "class",
            status: "status",
            reference: "reference",
            no_reference: "none (not standardised)",
            constant: "constant",
            aliases: "aliases",
            matched: "matched",
            q850: "Q.850",
            headers: "headers",
            metrics: "RFC 6076",
            role_name: Role::name,
            alias: "an alias, not the registered phrase",
            former: "a former phrase of this code",
            unknown: "not in the table",
            treated_as: "a UAC treats it as (RFC 3261 §8.1.3.2)",
            code_heading: "CODE",
            phrase_heading: "PHRASE",
            status_heading: "STATUS",
            description_heading: "DESCRIPTION",
            class_name: StatusClass::label,
            status_name: RegistryStatus::as_str,
        },
    }
}

/// Explains a resolved query: the code, phrase, class, status, references,
/// constant name, aliases and the description, every word in `lang`. A
/// valid code the table does not hold is explained by its class and
/// canonical code. With a `width` (a terminal's), values and the
/// description wrap to it.
///
/// ```
/// use sipstatus::{Language, StatusCode};
/// use sipstatus_cli::{query::resolve, render::explain};
///
/// let text = explain(resolve("486")?, Language::English, None);
/// assert!(text.starts_with("486 Busy Here\n"));
/// assert!(text.contains("RFC 3261 §21.4.24"));
/// let german = explain(resolve("Declined")?, Language::German, None);
/// assert!(german.contains("erkannt als Alias, nicht die registrierte Phrase"));
/// assert!(german.contains("6xx Globaler Fehler"));
/// # Ok::<(), sipstatus_cli::query::QueryError>(())
/// ```
#[must_use]
pub fn explain(resolved: Resolved, lang: Language, width: Option<usize>) -> String {
    let l = labels(lang);
    let code = resolved.code;
    let class = code.class();
    let class_value = format!("{} {}", class.range(), (l.class_name)(class));
    let mut fields: Vec<(&str, String)> = Vec::new();
    let mut out = String::new();
    let Some(entry) = code.entry() else {
        let _ = writeln!(out, "{} ({})", code.as_u16(), l.unknown);
        fields.push((l.class, class_value));
        fields.push((l.q850, crate::q850::explain_value(code, lang)));
        write_fields(&mut out, &fields, l.width(), width);
        let canonical = code.canonical();
        if canonical != code {
            let rule = format!("{}: {canonical}", l.treated_as);
            let _ = writeln!(out, "  {}", hanging(&rule, 2, width));
        }
        return out;
    };
    let _ = writeln!(out, "{code}");
    if let Some(kind) = resolved.matched
        && kind != PhraseKind::Canonical
    {
        let how = match kind {
            PhraseKind::Former => l.former,
            _ => l.alias,
        };
        fields.push((l.matched, how.to_owned()));
    }
    fields.push((l.class, class_value));
    fields.push((l.status, (l.status_name)(entry.status()).to_owned()));
    let references = match entry.references() {
        [] => l.no_reference.to_owned(),
        refs => refs.join("; "),
    };
    fields.push((l.reference, references));
    fields.push((l.constant, entry.name().to_owned()));
    if !entry.aliases().is_empty() {
        fields.push((l.aliases, entry.aliases().join("; ")));
    }
    for (i, rule) in entry.header_rules().iter().enumerate() {
        let label = if i == 0 { l.headers } else { "" };
        let mut value = format!("{} {}", rule.level(), rule.header());
        if !rule.condition().is_empty() {
            let _ = write!(value, ", {}", rule.condition_in(lang));
        }
        let _ = write!(value, " ({})", rule.reference());
        fields.push((label, value));
    }
    if code.is_final() {
        let counts = |metric: Metric| format!("{metric} {}", (l.role_name)(role(code, metric)));
        fields.push((
            l.metrics,
            format!(
                "INVITE: {}, {}, {}; REGISTER: {}",
                counts(Metric::Ser),
                counts(Metric::Seer),
                counts(Metric::Isa),
                counts(Metric::Ira)
            ),
        ));
    }
    fields.push((l.q850, crate::q850::explain_value(code, lang)));
    write_fields(&mut out, &fields, l.width(), width);
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", hanging(entry.description(lang), 0, width));
    out
}

/// Writes `  label  value` lines, the labels padded to `label_width` and the
/// values wrapped under their column.
fn write_fields(
    out: &mut String,
    fields: &[(&str, String)],
    label_width: usize,
    width: Option<usize>,
) {
    for (label, value) in fields {
        let _ = writeln!(
            out,
            "  {label:<label_width$} {}",
            hanging(value, label_width + 3, width)
        );
    }
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
/// let text = sipstatus_cli::render::explain_query("busy  here", Language::English, None)?;
/// assert!(text.starts_with("486 Busy Here\n"));
/// assert!(sipstatus_cli::render::explain_query("800", Language::English, None).is_err());
/// # Ok::<(), sipstatus_cli::query::QueryError>(())
/// ```
pub fn explain_query(
    query: &str,
    lang: Language,
    width: Option<usize>,
) -> Result<String, QueryError> {
    resolve(query).map(|resolved| explain(resolved, lang, width))
}
