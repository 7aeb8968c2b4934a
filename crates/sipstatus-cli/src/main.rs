//! `sipstatus`: explain SIP response codes and list the registry. The
//! command lives in the library ([`sipstatus_cli::app`]), which
//! `python -m sipstatus` runs too.
//!
//! On Unix the binary supplies the C `main` itself. Rust's usual entry point
//! reopens a closed stdout on `/dev/null` before any code runs, so that
//! `sipstatus 486 >&-` would write nowhere and exit 0; the command is meant
//! to report a closed stdout as the error it is. It also leaves `SIGPIPE` as
//! the caller set it, as C programs do: by default a reader that stops
//! early (`sipstatus list | head`) ends the command quietly.
#![cfg_attr(unix, no_main)]

#[cfg(unix)]
mod entry {
    use std::{
        ffi::{CStr, OsStr, c_char, c_int},
        os::unix::ffi::OsStrExt,
    };

    /// The process's entry point, called by the C runtime.
    #[unsafe(no_mangle)]
    extern "C" fn main(argc: c_int, argv: *const *const c_char) -> c_int {
        let count = usize::try_from(argc).unwrap_or(0);
        let args = (0..count).map(|i| {
            // SAFETY: the C runtime passes `argc` pointers in `argv`, each to
            // a NUL-terminated string that lives as long as the process.
            let arg = unsafe { CStr::from_ptr(*argv.add(i)) };
            OsStr::from_bytes(arg.to_bytes()).to_owned()
        });
        c_int::from(sipstatus_cli::app::run_with_process_streams(args))
    }
}

#[cfg(not(unix))]
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(sipstatus_cli::app::run_with_process_streams(
        std::env::args_os(),
    ))
}
