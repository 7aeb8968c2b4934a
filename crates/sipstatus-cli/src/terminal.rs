//! The process's stdout as the command writes to it, and the width of the
//! terminal it may be.

use std::io::{self, IsTerminal, Write};

/// The process's stdout, written without Rust's usual forgiveness of a
/// closed descriptor: `std::io::stdout()` reports success when descriptor 1
/// is closed, which would make `sipstatus 486 >&-` exit 0 having written
/// nothing. On Unix this writes to a duplicate of descriptor 1 and fails
/// with `EBADF` when there is none.
///
/// ```no_run
/// use std::io::Write;
///
/// writeln!(sipstatus_cli::terminal::stdout(), "486 Busy Here")?;
/// # Ok::<(), std::io::Error>(())
/// ```
#[must_use]
pub fn stdout() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        match io::stdout().as_fd().try_clone_to_owned() {
            Ok(fd) => Box::new(std::fs::File::from(fd)),
            Err(e) => Box::new(Closed(e.raw_os_error())),
        }
    }
    #[cfg(not(unix))]
    {
        Box::new(io::stdout())
    }
}

/// A stream that could not be opened: every write fails with its error.
#[cfg_attr(not(unix), allow(dead_code))]
struct Closed(Option<i32>);

impl Write for Closed {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(self.0.map_or_else(
            || io::Error::other("stdout is closed"),
            io::Error::from_raw_os_error,
        ))
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The width to wrap output to: `None` unless stdout is a terminal (a pipe
/// or a file gets whole lines); then the `COLUMNS` environment variable when
/// it holds a positive number (as `ls` honours it), else the terminal's own
/// width, else 80.
///
/// ```no_run
/// if let Some(columns) = sipstatus_cli::terminal::width() {
///     assert!(columns > 0);
/// }
/// ```
#[must_use]
pub fn width() -> Option<usize> {
    let stdout = io::stdout();
    if !stdout.is_terminal() {
        return None;
    }
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|text| text.trim().parse::<usize>().ok())
        .filter(|&columns| columns > 0);
    columns
        .or_else(|| terminal_size::terminal_size_of(&stdout).map(|(w, _)| usize::from(w.0)))
        .or(Some(80))
}
