//! The `sipstatus scan` command line: arguments, the progress bar, and the
//! exit status. Scanning and rendering are in [`crate::scan`].

use std::{
    io::{self, IsTerminal, Write},
    path::PathBuf,
};

use crate::{
    app::EXIT_FAILURE,
    scan::{ScanFormat, render},
};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use sipstatus_scan::ScanOptions;

/// Inputs smaller than this finish before a progress bar would help.
const PROGRESS_FROM: u64 = 64 << 20;

/// The arguments of `sipstatus scan`.
#[derive(Args)]
pub(crate) struct ScanArgs {
    /// Captures (pcap, pcapng, gzip of either) or text logs; directories
    /// are walked; - reads standard input. The format is told by content.
    #[arg(value_name = "FILE|DIR|-", required = true)]
    inputs: Vec<PathBuf>,

    /// Output format: table, json or csv. JSON is the stable interface.
    #[arg(long, default_value = "table", value_parser = parse_format)]
    format: ScanFormat,

    /// Count only status lines that follow RFC 3261's grammar to the
    /// letter; others are skipped as malformed.
    #[arg(long)]
    strict: bool,

    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,

    /// Report the counts of the inputs that could be read even when others
    /// could not (the exit status is still 1).
    #[arg(long, short)]
    keep_going: bool,

    /// Threads (default: one per core): inputs scanned at once; a spare one
    /// reads a large file ahead of its scan.
    #[arg(long, short, value_name = "N")]
    jobs: Option<usize>,
}

fn parse_format(text: &str) -> Result<ScanFormat, String> {
    text.parse()
}

/// Writes one error line; a failure to write it has nowhere to go.
fn fail(stderr: &mut dyn Write, message: &str) {
    let _ = writeln!(stderr, "sipstatus: {message}").and_then(|()| stderr.flush());
}

/// Runs `sipstatus scan`; returns the exit status. `width` is the
/// terminal's (or COLUMNS), which the table is fitted to.
pub(crate) fn run(
    args: &ScanArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
    width: Option<usize>,
) -> u8 {
    let mut failed = false;
    let mut inputs = Vec::new();
    for path in &args.inputs {
        match sipstatus_scan::inputs(std::slice::from_ref(path)) {
            Ok(files) => inputs.extend(files),
            Err(e) => {
                fail(stderr, &e.to_string());
                if !args.keep_going {
                    return EXIT_FAILURE;
                }
                failed = true;
            }
        }
    }
    let total: u64 = inputs
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    let bar = (!args.quiet && io::stderr().is_terminal() && total >= PROGRESS_FROM).then(|| {
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template(
                "{bar:40} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    let advance = |n: u64| {
        if let Some(bar) = &bar {
            bar.inc(n);
        }
    };
    let mut options = ScanOptions::new().strict(args.strict);
    if bar.is_some() {
        options = options.progress(&advance);
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let outcome = sipstatus_scan::scan_files(&inputs, &options, jobs, args.keep_going);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    for e in &outcome.errors {
        fail(stderr, &e.to_string());
        failed = true;
    }
    if failed && !args.keep_going {
        return EXIT_FAILURE;
    }
    let text = render(&outcome.report, args.format, width);
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            fail(stderr, &format!("cannot write output: {e}"));
            return EXIT_FAILURE;
        }
    }
    if failed { EXIT_FAILURE } else { 0 }
}
