//! # sipstatus-scan
//!
//! Counts what the SIP messages in a capture or a log say, with the
//! [`sipstatus`] registry: every response by code and by the reason phrase
//! on the wire, requests by method, responses by the method they answer,
//! the final outcome of every transaction and from those the RFC 6076
//! metrics, and what was skipped and why.
//!
//! ```
//! use sipstatus_scan::{ScanOptions, scan_bytes};
//!
//! let log = b"12:00:01 <- SIP/2.0 486 Busy Here\n12:00:02 <- SIP/2.0 499 Odd\n";
//! let report = scan_bytes(log, false)?;
//! assert_eq!(report.responses(), 2);
//! assert_eq!(report.code(486).unwrap().phrases()["Busy Here"], 1);
//! let json = report.to_json();
//! assert_eq!(json["codes"][1]["treated_as"], 400); // RFC 3261 §8.1.3.2
//! # Ok::<(), sipstatus_scan::ScanError>(())
//! ```
//!
//! ## Inputs
//! The format is told by content, never by the file name:
//! - pcap (both byte orders, micro- and nanosecond timestamps) and pcapng
//!   (any number of sections and interfaces, each with its link type);
//! - either of them compressed with gzip;
//! - text: any log or trace. Status lines are found anywhere in a line, so
//!   `tcpdump -A` output, SIPp `-trace_msg` logs and proxy logs all work.
//!
//! Link types: Ethernet (with 802.1Q and QinQ tags), Linux cooked capture
//! v1 and v2, raw IP, BSD loopback. Then IPv4 (fragments reassembled) and
//! IPv6, UDP, and TCP with per-connection reassembly and Content-Length
//! framing (RFC 3261 §18.3), so several messages in one segment and one
//! message across several are each counted once. SIP is recognised by
//! content on any port; HEPv3 packets (Homer capture agents) are unpacked.
//!
//! ## Bounds
//! Memory does not grow with the input: see [`limits`].

#![deny(missing_docs)]

use std::{
    io::Read,
    path::{Path, PathBuf},
};

mod finished;
mod hep;
mod input;
pub mod limits;
mod message;
mod packet;
mod report;
mod scanner;
mod status;
mod text;

pub use report::{CodeStats, FromJsonError, Metrics, ScanReport, SkipReason};

/// The crate README's example runs as a doc test, so it cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// How to scan.
///
/// ```
/// use std::sync::atomic::{AtomicU64, Ordering};
/// use sipstatus_scan::ScanOptions;
///
/// let read = AtomicU64::new(0);
/// let progress = |n: u64| { read.fetch_add(n, Ordering::Relaxed); };
/// let options = ScanOptions::new().strict(true).progress(&progress);
/// # let _ = options;
/// ```
#[derive(Clone, Copy, Default)]
pub struct ScanOptions<'a> {
    strict: bool,
    progress: Option<&'a (dyn Fn(u64) + Sync)>,
    read_ahead: bool,
}

impl<'a> ScanOptions<'a> {
    /// Lenient parsing, no progress reports.
    ///
    /// ```
    /// let _ = sipstatus_scan::ScanOptions::new();
    /// ```
    #[must_use]
    pub fn new() -> ScanOptions<'a> {
        ScanOptions::default()
    }

    /// With `true`, a status line must follow RFC 3261 §7.2 to the letter;
    /// one that does not is skipped as
    /// [`SkipReason::Malformed`]. Lenient parsing (the default) reads what
    /// SIP stacks accept.
    ///
    /// ```
    /// let _ = sipstatus_scan::ScanOptions::new().strict(true);
    /// ```
    #[must_use]
    pub fn strict(mut self, strict: bool) -> ScanOptions<'a> {
        self.strict = strict;
        self
    }

    /// Calls `progress` with the number of input bytes consumed since its
    /// last call, from the scanning thread.
    ///
    /// ```
    /// let progress = |_bytes: u64| {};
    /// let _ = sipstatus_scan::ScanOptions::new().progress(&progress);
    /// ```
    #[must_use]
    pub fn progress(mut self, progress: &'a (dyn Fn(u64) + Sync)) -> ScanOptions<'a> {
        self.progress = Some(progress);
        self
    }

    /// With `true`, a second thread brings a large file's pages into memory
    /// just ahead of the scan (Linux: `MADV_POPULATE_READ`; elsewhere by
    /// reading a byte of each page), so that the scanning thread does not
    /// wait in the kernel for them: worth it when a core would otherwise
    /// be idle, as when one file is scanned on a machine with several.
    /// The counts are the same either way, and the pages brought in stay
    /// within a few MiB of the scan, so memory stays flat.
    ///
    /// ```
    /// let _ = sipstatus_scan::ScanOptions::new().read_ahead(true);
    /// ```
    #[must_use]
    pub fn read_ahead(mut self, read_ahead: bool) -> ScanOptions<'a> {
        self.read_ahead = read_ahead;
        self
    }
}

/// Why an input could not be scanned: which input, and what was wrong.
///
/// ```
/// let err = sipstatus_scan::scan_file("/nonexistent.pcap".as_ref(), &Default::default()).unwrap_err();
/// assert_eq!(err.to_string(), "/nonexistent.pcap: cannot read it: entity not found");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}: {kind}", input.display())]
pub struct ScanError {
    input: PathBuf,
    kind: ScanErrorKind,
}

impl ScanError {
    fn new(input: &Path, kind: ScanErrorKind) -> ScanError {
        ScanError {
            input: input.to_owned(),
            kind,
        }
    }

    /// The input: a path, `-` for standard input, `<bytes>` for a buffer.
    ///
    /// ```
    /// let err = sipstatus_scan::scan_bytes(b"\0\0\0\0", false).unwrap_err();
    /// assert_eq!(err.input(), std::path::Path::new("<bytes>"));
    /// ```
    #[must_use]
    pub fn input(&self) -> &Path {
        &self.input
    }

    /// What was wrong.
    ///
    /// ```
    /// use sipstatus_scan::ScanErrorKind;
    ///
    /// let err = sipstatus_scan::scan_bytes(b"\0\0\0\0", false).unwrap_err();
    /// assert_eq!(err.kind(), ScanErrorKind::UnknownFormat);
    /// ```
    #[must_use]
    pub fn kind(&self) -> ScanErrorKind {
        self.kind
    }
}

/// What was wrong with an input.
///
/// ```
/// use sipstatus_scan::ScanErrorKind;
///
/// assert_eq!(
///     ScanErrorKind::CorruptCapture { offset: 24 }.to_string(),
///     "corrupt capture at byte 24"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ScanErrorKind {
    /// The input could not be opened or read.
    #[error("cannot read it: {0}")]
    Read(std::io::ErrorKind),
    /// Binary data that is neither pcap, pcapng nor gzip.
    #[error("not a capture or a text: binary data that is neither pcap, pcapng nor gzip")]
    UnknownFormat,
    /// A pcap or pcapng block that does not parse, at this byte offset of
    /// the (decompressed) capture.
    #[error("corrupt capture at byte {offset}")]
    CorruptCapture {
        /// Where the bad block starts.
        offset: u64,
    },
    /// gzip data that does not decompress (or ends too early).
    #[error("corrupt gzip data")]
    CorruptGzip,
}

/// Scans bytes in memory: a capture, a gzip-compressed capture, or text.
///
/// # Errors
/// [`ScanErrorKind::UnknownFormat`], [`ScanErrorKind::CorruptCapture`] or
/// [`ScanErrorKind::CorruptGzip`], with `<bytes>` as the input's name.
///
/// ```
/// let report = sipstatus_scan::scan_bytes(b"SIP/2.0 180 Ringing\r\n", false)?;
/// assert_eq!(report.code(180).map(|c| c.count()), Some(1));
/// # Ok::<(), sipstatus_scan::ScanError>(())
/// ```
pub fn scan_bytes(data: &[u8], strict: bool) -> Result<ScanReport, ScanError> {
    let mut s = scanner::Scanner::new(strict);
    input::scan_slice(&mut s, data, input::Advance::new(None, None))
        .map_err(|kind| ScanError::new(Path::new("<bytes>"), kind))?;
    let mut report = s.finish();
    report.files = 1;
    report.bytes = data.len() as u64;
    Ok(report)
}

/// Scans one file, memory-mapped when it is a regular file.
///
/// # Errors
/// Any [`ScanErrorKind`], with the path as the input's name.
///
/// ```
/// let path = std::env::temp_dir().join("sipstatus-scan-doc.log");
/// std::fs::write(&path, "SIP/2.0 603 Decline\n")?;
/// let report = sipstatus_scan::scan_file(&path, &Default::default())?;
/// assert_eq!(report.code(603).unwrap().count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn scan_file(path: &Path, options: &ScanOptions<'_>) -> Result<ScanReport, ScanError> {
    input::file(path, options)
}

/// Scans a stream (standard input, a socket, a pipe).
///
/// # Errors
/// Any [`ScanErrorKind`], with `-` as the input's name.
///
/// ```
/// let report = sipstatus_scan::scan_reader(&b"SIP/2.0 200 OK\n"[..], &Default::default())?;
/// assert_eq!(report.responses(), 1);
/// # Ok::<(), sipstatus_scan::ScanError>(())
/// ```
pub fn scan_reader<R: Read + Send>(
    reader: R,
    options: &ScanOptions<'_>,
) -> Result<ScanReport, ScanError> {
    let mut s = scanner::Scanner::new(options.strict);
    let counted = input::CountBytes::new(reader);
    let total = counted.total.clone();
    input::stream(&mut s, Box::new(counted), true)
        .map_err(|kind| ScanError::new(Path::new("-"), kind))?;
    let mut report = s.finish();
    report.files = 1;
    report.bytes = total.load(std::sync::atomic::Ordering::Relaxed);
    Ok(report)
}

/// The files that the given paths name: each directory walked recursively
/// in name order (links to directories are not followed inside it), other
/// paths and `-` kept as given.
///
/// # Errors
/// [`ScanErrorKind::Read`] for a path or directory that cannot be read.
///
/// ```
/// let dir = std::env::temp_dir().join("sipstatus-scan-doc-dir");
/// std::fs::create_dir_all(dir.join("b"))?;
/// std::fs::write(dir.join("b/2.log"), "")?;
/// std::fs::write(dir.join("1.log"), "")?;
/// let files = sipstatus_scan::inputs(&[dir.clone()])?;
/// assert_eq!(files, [dir.join("1.log"), dir.join("b/2.log")]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn inputs(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ScanError> {
    input::expand(paths)
}

/// Scans a file, or every file under a directory, one after the other,
/// and merges the reports.
///
/// # Errors
/// The first input that fails, as [`scan_file`] and [`inputs`] do.
///
/// ```
/// let dir = std::env::temp_dir().join("sipstatus-scan-doc-path");
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("a.log"), "SIP/2.0 200 OK\n")?;
/// std::fs::write(dir.join("b.log"), "SIP/2.0 200 OK\n")?;
/// let report = sipstatus_scan::scan_path(&dir, &Default::default())?;
/// assert_eq!(report.code(200).unwrap().count(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn scan_path(path: &Path, options: &ScanOptions<'_>) -> Result<ScanReport, ScanError> {
    let mut total = ScanReport::new();
    for file in inputs(&[path.to_owned()])? {
        total += scan_file(&file, options)?;
    }
    Ok(total)
}

/// The merged report of the inputs that could be scanned, and the errors of
/// those that could not, both in input order: what [`scan_files`] returns.
///
/// ```
/// let outcome = sipstatus_scan::ScanOutcome::default();
/// assert_eq!(outcome.report.responses(), 0);
/// assert!(outcome.errors.is_empty());
/// ```
#[derive(Debug, Default)]
pub struct ScanOutcome {
    /// The merged counts.
    pub report: ScanReport,
    /// One error per input that failed.
    pub errors: Vec<ScanError>,
}

/// Scans files (and `-`, standard input, as [`inputs`] keeps it) on up to
/// `jobs` threads and merges the reports in input order, so the result is
/// the same whatever the thread count. With fewer inputs than `jobs`, a
/// large file's pages are brought in by a spare thread
/// ([`ScanOptions::read_ahead`]). Without `keep_going`, the first failure
/// stops the scan and the only error returned is that of the first input,
/// in input order, that failed; with it, every input is scanned.
///
/// ```
/// let dir = std::env::temp_dir().join("sipstatus-scan-doc-files");
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("a.log"), "SIP/2.0 200 OK\n")?;
/// let inputs = [dir.join("a.log"), dir.join("missing.log"), dir.join("a.log")];
/// let outcome = sipstatus_scan::scan_files(&inputs, &Default::default(), 2, true);
/// assert_eq!(outcome.report.responses(), 2);
/// assert_eq!(outcome.errors.len(), 1);
/// # Ok::<(), std::io::Error>(())
/// ```
#[must_use]
pub fn scan_files(
    inputs: &[PathBuf],
    options: &ScanOptions<'_>,
    jobs: usize,
    keep_going: bool,
) -> ScanOutcome {
    use std::sync::{
        Mutex,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    };
    // With more threads than inputs, a large file is read ahead on a spare one.
    let options = &options.read_ahead(options.read_ahead || jobs > inputs.len());
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
                scan_reader(std::io::stdin(), options)
            } else {
                scan_file(path, options)
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
    // Inputs are taken in order, and a thread finishes the one it took:
    // when one fails, every input before it has been scanned, so the first
    // failure in input order is the one kept.
    let mut outcome = ScanOutcome::default();
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
