//! `sipstatus scan`: the report rendered as a table, JSON or CSV (the
//! inputs are scanned by [`sipstatus_scan::scan_files`]).

use std::fmt::Write as _;

use sipstatus_scan::{ScanReport, SkipReason};

/// The output formats of `sipstatus scan`.
///
/// ```
/// use sipstatus_cli::scan::ScanFormat;
///
/// assert_eq!("csv".parse::<ScanFormat>(), Ok(ScanFormat::Csv));
/// assert!("markdown".parse::<ScanFormat>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanFormat {
    /// Aligned columns and short sections, fitted to a width.
    Table,
    /// The report's documented JSON object.
    Json,
    /// One row per code and wire phrase (RFC 4180, with a header row).
    Csv,
}

impl std::str::FromStr for ScanFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "table" => Ok(ScanFormat::Table),
            "json" => Ok(ScanFormat::Json),
            "csv" => Ok(ScanFormat::Csv),
            _ => Err(format!("unknown format {s:?}: expected table, json or csv")),
        }
    }
}

/// Renders a report; `width` fits the table to a terminal's columns.
///
/// ```
/// use sipstatus_cli::scan::{ScanFormat, render};
///
/// let report = sipstatus_scan::scan_bytes(b"SIP/2.0 486 Busy Here\n", false)?;
/// assert!(render(&report, ScanFormat::Table, Some(80)).contains("486  Busy Here"));
/// assert!(render(&report, ScanFormat::Csv, None).starts_with("code,reason,class,treated_as,phrase,count\n"));
/// # Ok::<(), sipstatus_scan::ScanError>(())
/// ```
#[must_use]
pub fn render(report: &ScanReport, format: ScanFormat, width: Option<usize>) -> String {
    match format {
        ScanFormat::Json => {
            // Serialising a report cannot fail: its map keys are strings and numbers.
            let mut out = serde_json::to_string_pretty(report).unwrap_or_default();
            out.push('\n');
            out
        }
        ScanFormat::Csv => csv(report),
        ScanFormat::Table => table(report, width.unwrap_or(usize::MAX)),
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// One row per code and wire phrase; a code with more phrases than a scan
/// keeps has a last row with the phrase `(other)`.
fn csv(report: &ScanReport) -> String {
    let mut out = String::from("code,reason,class,treated_as,phrase,count\n");
    for (code, stats) in report.codes() {
        let rows = stats
            .phrases()
            .iter()
            .map(|(p, n)| (csv_field(p), *n))
            .chain(
                (stats.other_phrases() > 0).then(|| ("(other)".to_owned(), stats.other_phrases())),
            );
        for (phrase, n) in rows {
            let _ = writeln!(
                out,
                "{},{},{},{},{},{}",
                code.as_u16(),
                csv_field(code.reason_phrase().unwrap_or("")),
                code.class().slug(),
                code.canonical().as_u16(),
                phrase,
                n
            );
        }
    }
    out
}

/// Cuts `text` to `width` characters, marking the cut with an ellipsis.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// A labelled section of `items`, wrapped at `width`.
fn section(out: &mut String, label: &str, items: &[String], width: usize) {
    if items.is_empty() {
        return;
    }
    let indent = 14;
    let mut line = format!("{label:<indent$}");
    let mut first = true;
    for item in items {
        let used = line.chars().count();
        if !first && used + 2 + item.chars().count() > width {
            out.push_str(&fit(line.trim_end(), width));
            out.push('\n');
            line = " ".repeat(indent);
            first = true;
        }
        if !first {
            line.push_str("  ");
        }
        line.push_str(item);
        first = false;
    }
    out.push_str(&fit(line.trim_end(), width));
    out.push('\n');
}

fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "n/a".to_owned(), |v| format!("{v:.1}%"))
}

fn table(report: &ScanReport, width: usize) -> String {
    let mut out = String::new();
    let (files, bytes, packets) = report.input();
    let requests: u64 = report.requests().values().sum();
    let _ = writeln!(
        out,
        "{} responses, {} requests in {} input{} ({} bytes, {} packets)\n",
        report.responses(),
        requests,
        files,
        if files == 1 { "" } else { "s" },
        bytes,
        packets
    );
    let count_w = report
        .codes()
        .map(|(_, s)| s.count().to_string().len())
        .max()
        .unwrap_or(1)
        .max(5);
    let reason_w = report
        .codes()
        .map(|(c, _)| reason_cell(c).chars().count())
        .max()
        .unwrap_or(6)
        .clamp(6, 32);
    if report.codes().len() > 0 {
        let head = format!(
            "code  {:<reason_w$}  {:<14}  {:>count_w$}  wire phrases",
            "reason", "class", "count"
        );
        let _ = writeln!(out, "{}", fit(&head, width));
    }
    for (code, stats) in report.codes() {
        let mut phrases: Vec<String> = stats
            .phrases()
            .iter()
            .map(|(p, n)| format!("{p:?} {n}"))
            .collect();
        if stats.other_phrases() > 0 {
            phrases.push(format!("(other) {}", stats.other_phrases()));
        }
        let row = format!(
            "{:>4}  {:<reason_w$}  {:<14}  {:>count_w$}  {}",
            code.as_u16(),
            fit(&reason_cell(code), reason_w),
            code.class().slug(),
            stats.count(),
            phrases.join(", ")
        );
        let _ = writeln!(out, "{}", fit(&row, width));
    }
    out.push('\n');
    let items = |map: &std::collections::BTreeMap<String, u64>| -> Vec<String> {
        map.iter().map(|(k, n)| format!("{k} {n}")).collect()
    };
    section(&mut out, "requests", &items(report.requests()), width);
    let answers: Vec<String> = report
        .answers()
        .iter()
        .map(|(method, codes)| {
            let codes: Vec<String> = codes
                .iter()
                .map(|(c, n)| format!("{} {n}", c.as_u16()))
                .collect();
            format!("{method}: {}", codes.join(", "))
        })
        .collect();
    section(&mut out, "answers", &answers, width);
    let transactions: Vec<String> = report
        .transactions()
        .iter()
        .map(|(method, finals)| {
            let total: u64 = finals.values().sum();
            let finals: Vec<String> = finals
                .iter()
                .map(|(c, n)| match c {
                    Some(c) => format!("{} {n}", c.as_u16()),
                    None => format!("none {n}"),
                })
                .collect();
            format!("{method} {total} ({})", finals.join(", "))
        })
        .collect();
    section(&mut out, "transactions", &transactions, width);
    let m = report.metrics();
    let metrics = [
        format!("SER {}", percent(m.ser)),
        format!("SEER {}", percent(m.seer)),
        format!("ISA {}", percent(m.isa)),
        format!("IRA {}", percent(m.ira)),
        "(RFC 6076)".to_owned(),
    ];
    section(&mut out, "metrics", &metrics, width);
    let skipped: Vec<String> = SkipReason::ALL
        .iter()
        .filter(|r| report.skipped(**r) > 0)
        .map(|r| format!("{r} {}", report.skipped(*r)))
        .collect();
    section(&mut out, "skipped", &skipped, width);
    out
}

/// The registered phrase, or for an unknown code the code it is treated as.
fn reason_cell(code: sipstatus::StatusCode) -> String {
    match code.reason_phrase() {
        Some(p) => p.to_owned(),
        None if code.canonical() == code => "(unregistered)".to_owned(),
        None => format!("(unknown, as {})", code.canonical().as_u16()),
    }
}
