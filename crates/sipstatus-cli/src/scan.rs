//! `sipstatus scan`: many inputs scanned in parallel, merged in input
//! order, and the report rendered as a table, JSON or CSV.

use std::{
    fmt::Write as _,
    io,
    path::PathBuf,
    sync::{
        Mutex,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
};

use sipstatus_scan::{ScanError, ScanOptions, ScanReport, SkipReason};

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

/// The merged report of the inputs that could be scanned, and the errors of
/// those that could not, both in input order.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The merged counts.
    pub report: ScanReport,
    /// One error per input that failed.
    pub errors: Vec<ScanError>,
}

/// Scans the inputs (files, or `-` for standard input) on up to `jobs`
/// threads and merges the reports in input order, so the result is the same
/// whatever the thread count. With fewer inputs than `jobs`, a large file's
/// pages are brought in by a second thread ([`ScanOptions::read_ahead`]). Without `keep_going`, the first failure
/// stops the scan and is the only error returned.
///
/// ```
/// use sipstatus_cli::scan::scan_all;
///
/// let dir = std::env::temp_dir().join("sipstatus-cli-scan-doc");
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("a.log"), "SIP/2.0 200 OK\n")?;
/// let inputs = [dir.join("a.log"), dir.join("a.log")];
/// let outcome = scan_all(&inputs, &Default::default(), 2, false);
/// assert_eq!(outcome.report.responses(), 2);
/// assert!(outcome.errors.is_empty());
/// # Ok::<(), std::io::Error>(())
/// ```
#[must_use]
pub fn scan_all(
    inputs: &[PathBuf],
    options: &ScanOptions<'_>,
    jobs: usize,
    keep_going: bool,
) -> Outcome {
    // Cores left over once each input has one read ahead for them.
    let spare = *options;
    let options = &if jobs > inputs.len() {
        spare.read_ahead(true)
    } else {
        spare
    };
    let results: Vec<Mutex<Option<Result<ScanReport, ScanError>>>> =
        inputs.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let work = || {
        while !stop.load(Ordering::Relaxed) {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(path) = inputs.get(i) else {
                return;
            };
            let result = if path.as_os_str() == "-" {
                sipstatus_scan::scan_reader(io::stdin(), options)
            } else {
                sipstatus_scan::scan_file(path, options)
            };
            if result.is_err() && !keep_going {
                stop.store(true, Ordering::Relaxed);
            }
            *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(result);
        }
    };
    let jobs = jobs.clamp(1, inputs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 1..jobs {
            scope.spawn(work);
        }
        work();
    });
    let mut outcome = Outcome::default();
    for slot in results {
        match slot.into_inner().unwrap_or_else(|e| e.into_inner()) {
            Some(Ok(report)) => outcome.report += report,
            Some(Err(e)) => {
                outcome.errors.push(e);
                if !keep_going {
                    break;
                }
            }
            None => {}
        }
    }
    outcome
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
