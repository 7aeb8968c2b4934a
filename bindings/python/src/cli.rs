//! `python -m sipstatus`: the Rust command itself (`sipstatus_cli::app`),
//! run on the process's own stdout and stderr, so that the two commands are
//! one implementation with the same output, errors and exit statuses.

use std::ffi::OsString;

use pyo3::{prelude::*, types::PyBytes};

/// Runs the `sipstatus` command with `args` (the program's name first, each
/// argument as the bytes the operating system passed, as `os.fsencode`
/// gives them) on file descriptors 1 and 2, and returns its exit status.
/// The interpreter's lock is released while it runs.
///
/// # Errors
/// None of its own: every failure of the command is its exit status and
/// its line on stderr.
#[pyfunction]
#[pyo3(name = "_main", signature = (args, /))]
pub(crate) fn main(py: Python<'_>, args: Vec<Bound<'_, PyBytes>>) -> u8 {
    let args: Vec<OsString> = args.iter().map(|arg| os_string(arg.as_bytes())).collect();
    py.detach(move || sipstatus_cli::app::run_with_process_streams(args))
}

/// An argument as the operating system gave it: any bytes on Unix, so that
/// an argument that is not UTF-8 reaches the command's own check.
#[cfg(unix)]
fn os_string(bytes: &[u8]) -> OsString {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::OsStr::from_bytes(bytes).to_owned()
}

/// Elsewhere `os.fsencode` gives UTF-8; anything else is replaced, so the
/// command still sees an argument it can name.
#[cfg(not(unix))]
fn os_string(bytes: &[u8]) -> OsString {
    String::from_utf8_lossy(bytes).into_owned().into()
}
