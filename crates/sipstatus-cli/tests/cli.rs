//! The `sipstatus` command as a person and a tool use it.

use std::{
    ffi::OsStr,
    process::{Command, Output},
};

use serde_json::Value;
use sipstatus::{Language, entries};

fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_sipstatus"))
        .args(args)
        .output()
        .expect("the command runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// Bad input: a non-zero exit and exactly one line on stderr naming the
/// command, and nothing on stdout.
fn assert_one_line_error(output: &Output, needle: &str) -> String {
    assert!(!output.status.success(), "should fail");
    assert!(output.stdout.is_empty(), "no output on failure");
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.starts_with("sipstatus: "), "{err:?}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    err
}

#[test]
fn explains_a_code() {
    let out = stdout(&run(["486"]));
    assert!(out.starts_with("486 Busy Here\n"), "{out}");
    for part in [
        "4xx Client Error",
        "registered",
        "RFC 3261 §21.4.24",
        "BUSY_HERE",
    ] {
        assert!(out.contains(part), "{part} in {out}");
    }
    assert!(
        out.contains(
            sipstatus::lookup(486)
                .unwrap()
                .description(Language::English)
        )
    );
}

#[test]
fn explain_takes_a_code_or_a_phrase_in_either_language() {
    let by_code = stdout(&run(["explain", "486"]));
    assert_eq!(by_code, stdout(&run(["486"])));
    assert_eq!(by_code, stdout(&run(["explain", "busy here"])));
    assert_eq!(by_code, stdout(&run(["explain", "busy", "here"])));
    let german = stdout(&run(["explain", "486", "--lang", "de"]));
    assert!(
        german.contains(
            sipstatus::lookup(486)
                .unwrap()
                .description(Language::German)
        )
    );
    assert_eq!(german, stdout(&run(["--lang", "DE", "486"])));
}

#[test]
fn says_when_a_phrase_was_an_alias() {
    let out = stdout(&run(["Declined"]));
    assert!(out.starts_with("603 Decline\n"), "{out}");
    assert!(out.contains("alias"), "{out}");
    let former = stdout(&run(["unsupported certificate"]));
    assert!(
        former.starts_with("437 Unsupported Credential\n") && former.contains("former"),
        "{former}"
    );
}

#[test]
fn explains_a_valid_code_the_table_lacks_by_its_class() {
    let out = stdout(&run(["499"]));
    assert!(
        out.contains("not in the table") && out.contains("400 Bad Request"),
        "{out}"
    );
    let provisional = stdout(&run(["188"]));
    assert!(
        provisional.contains("183 Session Progress"),
        "{provisional}"
    );
}

#[test]
fn rejects_bad_input_with_one_line() {
    assert_one_line_error(&run(["99"]), "99 is not a SIP status code");
    assert_one_line_error(&run(["800"]), "800 is not a SIP status code");
    assert_one_line_error(&run(["0486"]), "0486");
    assert_one_line_error(&run(["99999999999999999999"]), "not a SIP status code");
    assert_one_line_error(&run(["abc"]), "\"abc\" is not a known reason phrase");
    assert_one_line_error(
        &run(["explain", "busy somewhere"]),
        "not a known reason phrase",
    );
    assert_one_line_error(&run(["--lang", "fr", "486"]), "unknown language \"fr\"");
    assert_one_line_error(&run(["list", "--class", "8xx"]), "unknown class");
    assert_one_line_error(&run(["list", "--format", "xml"]), "unknown format");
    assert_one_line_error(&run(["list", "--bogus"]), "--bogus");
    assert_one_line_error(&run(Vec::<String>::new()), "give a code or a phrase");
    let long = "x".repeat(1 << 16);
    let err = assert_one_line_error(&run([long.as_str()]), "too long");
    assert!(err.len() < 200, "the message does not echo huge input");
}

#[cfg(unix)]
#[test]
fn rejects_arguments_that_are_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    assert_one_line_error(&run([OsStr::from_bytes(b"\xff\xfe")]), "invalid UTF-8");
}

#[test]
fn help_explains_everything() {
    let help = stdout(&run(["--help"]));
    for part in ["explain", "list", "--lang", "CODE|PHRASE", "Examples:"] {
        assert!(help.contains(part), "{part} in help");
    }
    let list_help = stdout(&run(["list", "--help"]));
    for part in ["--class", "--format", "json"] {
        assert!(list_help.contains(part), "{part} in list help");
    }
}

#[test]
fn json_is_the_whole_table_in_the_documented_shape() {
    let json: Value = serde_json::from_str(&stdout(&run(["list", "--format", "json"]))).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), entries().len());
    for (row, entry) in rows.iter().zip(entries()) {
        let keys: Vec<&str> = row
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = [
            "code",
            "name",
            "reason",
            "class",
            "status",
            "references",
            "aliases",
            "former",
            "description",
            "header_rules",
        ];
        expected.sort_unstable();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, expected);
        assert_eq!(row["code"], entry.code().as_u16());
        assert_eq!(row["name"], entry.name());
        assert_eq!(row["reason"], entry.phrase());
        assert_eq!(row["class"], entry.class().slug());
        assert_eq!(row["status"], entry.status().as_str());
        assert_eq!(row["references"], serde_json::json!(entry.references()));
        assert_eq!(row["aliases"], serde_json::json!(entry.aliases()));
        assert_eq!(row["former"], serde_json::json!(entry.former_phrase()));
        assert_eq!(
            row["description"]["en"],
            entry.description(Language::English)
        );
        assert_eq!(
            row["description"]["de"],
            entry.description(Language::German)
        );
    }
    // The phrase RFC 4474 gave 437 is its former phrase, not an alias.
    let credential = &rows[entries().iter().position(|e| e.code() == 437).unwrap()];
    assert_eq!(credential["former"], "Unsupported Certificate");
    assert_eq!(credential["aliases"], serde_json::json!([]));
    assert_eq!(rows[0]["former"], Value::Null);
    let classes: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r["class"].as_str().unwrap()).collect();
    assert_eq!(
        classes.into_iter().collect::<Vec<_>>(),
        [
            "client-error",
            "global-failure",
            "local",
            "provisional",
            "redirection",
            "server-error",
            "success"
        ]
    );
}

#[test]
fn list_filters_by_class_in_every_spelling() {
    let six = stdout(&run(["list", "--class", "6xx", "--format", "csv"]));
    let codes: Vec<&str> = six
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(codes, ["600", "603", "604", "606", "607", "608"]);
    assert_eq!(
        six,
        stdout(&run([
            "list",
            "--class",
            "global-failure",
            "--format",
            "csv"
        ]))
    );
    assert_eq!(
        six,
        stdout(&run(["list", "--class", "6", "--format", "csv"]))
    );
}

#[test]
fn csv_markdown_and_table_cover_every_entry() {
    let csv = stdout(&run(["list", "--format", "csv", "--lang", "de"]));
    assert_eq!(csv.lines().count(), entries().len() + 1);
    assert!(
        csv.contains(
            sipstatus::lookup(486)
                .unwrap()
                .description(Language::German)
        )
    );
    let md = stdout(&run(["list", "--format", "markdown"]));
    assert_eq!(
        md.lines().filter(|l| l.starts_with("| 4")).count(),
        entries()
            .iter()
            .filter(|e| e.code().is_client_error())
            .count()
    );
    let table = stdout(&run(["list"]));
    assert_eq!(table.lines().count(), entries().len() + 1);
    assert!(table.lines().any(|l| l.starts_with("182  Queued ")));
}

// ---- Output that cannot be written ------------------------------------

/// Runs the command with one of its descriptors redirected by `sh`, such as
/// `>/dev/full` or `>&-`, and returns its exit status and stderr.
#[cfg(unix)]
fn run_redirected(args: &str, redirection: &str) -> (Option<i32>, String) {
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!("exec \"$0\" {args} {redirection}"))
        .arg(env!("CARGO_BIN_EXE_sipstatus"))
        .output()
        .expect("sh runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn output_to_a_full_device_is_an_error_of_one_line() {
    for args in ["486", "list", "--help", "--version", "explain --help"] {
        let (status, stderr) = run_redirected(args, ">/dev/full");
        assert_eq!(status, Some(1), "{args}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args}: {stderr:?}");
        assert!(
            stderr.starts_with("sipstatus: cannot write output: "),
            "{args}: {stderr:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_closed_stdout_is_an_error_not_silent_success() {
    for args in ["486", "list --format json", "--version"] {
        let (status, stderr) = run_redirected(args, ">&-");
        assert_eq!(status, Some(1), "{args}: {stderr}");
        assert!(
            stderr.starts_with("sipstatus: cannot write output: "),
            "{stderr:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn an_unwritable_stderr_never_panics_and_keeps_the_status() {
    for (args, expected) in [("99", 1), ("list --bogus", 2), ("", 2)] {
        for redirection in ["2>/dev/full", "2>&-"] {
            let (status, _) = run_redirected(args, redirection);
            assert_eq!(status, Some(expected), "{args} {redirection}");
        }
        // Both streams unwritable: still the same status, still no panic.
        let (status, _) = run_redirected(args, ">/dev/full 2>/dev/full");
        assert_eq!(status, Some(expected), "{args}");
    }
}

/// A stream whose every write fails.
struct Broken(std::io::ErrorKind);

impl std::io::Write for Broken {
    fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
        Err(self.0.into())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn the_entry_point_reports_write_errors_through_its_streams() {
    use sipstatus_cli::app::run;
    let mut err = Vec::new();
    let status = run(
        ["sipstatus", "486"],
        &mut Broken(std::io::ErrorKind::StorageFull),
        &mut err,
        None,
    );
    assert_eq!(status, 1);
    assert!(
        String::from_utf8(err)
            .unwrap()
            .starts_with("sipstatus: cannot write output: ")
    );
    // A reader that went away early is no error.
    let mut err = Vec::new();
    let status = run(
        ["sipstatus", "list"],
        &mut Broken(std::io::ErrorKind::BrokenPipe),
        &mut err,
        None,
    );
    assert_eq!((status, err.len()), (0, 0));
    // Nothing can be reported when stderr fails too; the status stands.
    let status = run(
        ["sipstatus", "99"],
        &mut Vec::new(),
        &mut Broken(std::io::ErrorKind::StorageFull),
        None,
    );
    assert_eq!(status, 1);
}

// ---- Usage errors ----------------------------------------------------------

#[test]
fn a_usage_error_keeps_clap_s_whole_message_on_one_line() {
    let err = assert_one_line_error(&run(["explain"]), "<CODE|PHRASE>");
    assert!(
        err.contains("the following required arguments were not provided: <CODE|PHRASE>..."),
        "{err:?}"
    );
    assert!(
        err.contains("usage: sipstatus explain <CODE|PHRASE>..."),
        "{err:?}"
    );
    assert_one_line_error(
        &run(["list", "--class"]),
        "a value is required for '--class <CLASS>'",
    );
    for args in [
        &["list", "--bogus"][..],
        &["--lang", "fr", "486"],
        &["explain"],
    ] {
        assert_eq!(run(args).status.code(), Some(2), "{args:?}");
    }
}

// ---- Languages -------------------------------------------------------------

/// The words of the English labels, none of which may show in German.
const ENGLISH_WORDS: [&str; 12] = [
    "class",
    "status",
    "reference",
    "constant",
    "aliases",
    "matched",
    "alias,",
    "registered",
    "former phrase",
    "Client Error",
    "Global Failure",
    "not in the table",
];

/// The label lines of an explanation: the value column starts at the same
/// place on each, one space after the longest label.
fn assert_aligned(text: &str, labels: &[&str]) {
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap();
    for line in text.lines().skip(1).take_while(|l| l.starts_with("  ")) {
        if line.contains("RFC 3261 §8.1.3.2") {
            continue; // the rule for an unknown code, a sentence of its own
        }
        let chars: Vec<char> = line.chars().collect();
        let label: String = chars[2..2 + width].iter().collect();
        assert!(labels.contains(&label.trim_end()), "{line:?}");
        assert_eq!(chars[2 + width], ' ', "{line:?}");
        assert_ne!(chars[3 + width], ' ', "{line:?}");
    }
}

#[test]
fn every_word_of_a_german_explanation_is_german() {
    let german_labels = [
        "erkannt als",
        "Klasse",
        "Status",
        "Referenz",
        "Konstante",
        "Aliasse",
        "Q.850",
        "Header",
        "RFC 6076",
        "",
    ];
    for query in [
        "Declined",
        "unsupported certificate",
        "486",
        "701",
        "499",
        "188",
    ] {
        let out = stdout(&run(["explain", query, "--lang", "de"]));
        // The command's own words: everything before the description.
        let own = out.split("\n\n").next().unwrap();
        for word in ENGLISH_WORDS {
            assert!(!own.contains(word), "{word:?} in {out}");
        }
        assert_aligned(&out, &german_labels);
    }
    let alias = stdout(&run(["Declined", "--lang", "de"]));
    assert!(
        alias.contains("  erkannt als Alias, nicht die registrierte Phrase\n"),
        "{alias}"
    );
    assert!(
        alias.contains("  Klasse      6xx Globaler Fehler\n"),
        "{alias}"
    );
    let former = stdout(&run(["unsupported certificate", "--lang", "de"]));
    assert!(
        former.contains("erkannt als frühere Phrase dieses Codes"),
        "{former}"
    );
    let english = stdout(&run(["Declined"]));
    assert_aligned(
        &english,
        &[
            "matched",
            "class",
            "status",
            "reference",
            "constant",
            "aliases",
            "Q.850",
            "headers",
            "RFC 6076",
            "",
        ],
    );
}

#[test]
fn a_german_table_has_german_headings_and_statuses() {
    let table = stdout(&run(["list", "--lang", "de"]));
    let heading = table.lines().next().unwrap();
    assert!(heading.ends_with(" BESCHREIBUNG"), "{heading}");
    for word in [
        "registered",
        "deprecated",
        "obsolete",
        "non-standard",
        "DESCRIPTION",
    ] {
        assert!(!table.contains(word), "{word} in the German table");
    }
    let row = table.lines().find(|l| l.starts_with("701 ")).unwrap();
    assert!(row.contains(" nicht standardisiert "), "{row}");
    // The description column starts at one place on every line.
    let start = heading.find("BESCHREIBUNG").unwrap();
    for line in table.lines().skip(1) {
        let prefix: String = line.chars().take(start).collect();
        assert!(
            prefix.ends_with(' ') && !line.chars().nth(start).unwrap().is_whitespace(),
            "{line}"
        );
    }
}

// ---- Terminal width --------------------------------------------------------

/// The command's output for a terminal `width` columns wide.
fn run_at_width(args: &[&str], width: usize) -> String {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = sipstatus_cli::app::run(
        std::iter::once("sipstatus").chain(args.iter().copied()),
        &mut out,
        &mut err,
        Some(width),
    );
    assert_eq!(status, 0, "{}", String::from_utf8_lossy(&err));
    String::from_utf8(out).unwrap()
}

fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn output_for_a_terminal_wraps_to_its_width() {
    for width in [50, 72, 100] {
        for args in [
            &["486"][..],
            &["Declined", "--lang", "de"],
            &["--help"],
            &["list", "--help"],
        ] {
            let text = run_at_width(args, width);
            assert!(widest(&text) <= width, "{args:?} at {width}:\n{text}");
        }
    }
    // The table's description column wraps, continuation lines under it.
    let table = run_at_width(&["list"], 100);
    assert!(widest(&table) <= 100, "{table}");
    let start = table.lines().next().unwrap().find("DESCRIPTION").unwrap();
    let continuation = table
        .lines()
        .find(|l| l.starts_with(' '))
        .expect("wrapped rows");
    assert_eq!(continuation.len() - continuation.trim_start().len(), start);
    assert!(table.lines().count() > entries().len() + 1);
    // Nothing is lost: the words are those of the unwrapped table.
    let whole = stdout(&run(["list"]));
    assert_eq!(
        table.split_whitespace().collect::<Vec<_>>(),
        whole.split_whitespace().collect::<Vec<_>>()
    );
}

#[test]
fn a_pipe_gets_whole_lines_whatever_columns_says() {
    let piped = Command::new(env!("CARGO_BIN_EXE_sipstatus"))
        .args(["list"])
        .env("COLUMNS", "40")
        .output()
        .unwrap();
    let piped = stdout(&piped);
    assert_eq!(piped.lines().count(), entries().len() + 1);
    assert!(widest(&piped) > 150, "the longest row is whole");
    let explained = stdout(&run(["486"]));
    assert_eq!(explained.lines().count(), 10, "{explained}");
}

#[test]
fn tool_formats_never_wrap() {
    for format in ["json", "csv", "markdown"] {
        let narrow = run_at_width(&["list", "--format", format], 40);
        assert_eq!(
            narrow,
            stdout(&run(["list", "--format", format])),
            "{format}"
        );
    }
}
