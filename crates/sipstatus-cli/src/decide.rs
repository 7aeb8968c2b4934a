//! `sipstatus fork` and `sipstatus check-headers`: the core's fork choice
//! (RFC 3261 §16.7) and response linter, for people.

use std::fmt::Write as _;

use sipstatus::{StatusCode, fork::best_response, headers::check_headers, metrics::Method};

use crate::query::QueryError;

/// Reads the codes of a command line: three digits each, 100 to 799.
///
/// # Errors
/// [`QueryError::NotACode`] for the first argument that is not a code.
///
/// ```
/// use sipstatus_cli::decide::parse_codes;
///
/// assert_eq!(parse_codes(&["486", "503"]).unwrap().len(), 2);
/// assert!(parse_codes(&["486", "99"]).is_err());
/// ```
pub fn parse_codes<S: AsRef<str>>(args: &[S]) -> Result<Vec<StatusCode>, QueryError> {
    args.iter()
        .map(|arg| {
            let arg = arg.as_ref();
            arg.parse()
                .map_err(|_| QueryError::NotACode(arg.chars().take(40).collect()))
        })
        .collect()
}

/// What `sipstatus fork` prints: the response to forward and why.
///
/// ```
/// use sipstatus::{StatusCode, metrics::Method};
/// use sipstatus_cli::decide::fork;
///
/// let text = fork(&[StatusCode::BUSY_HERE, StatusCode::UNAUTHORIZED], Method::Invite);
/// assert!(text.starts_with("401 Unauthorized\n"));
/// assert!(text.contains("aggregate"));
/// ```
#[must_use]
pub fn fork(codes: &[StatusCode], method: Method) -> String {
    let choice = best_response(codes, method);
    let mut out = String::new();
    match choice.code() {
        Some(code) => {
            let _ = writeln!(out, "{code}");
        }
        None => {
            let _ = writeln!(
                out,
                "no response (RFC 4320: no 408 to a non-INVITE request)"
            );
        }
    }
    let _ = writeln!(
        out,
        "  rule       {} ({})",
        choice.rule(),
        choice.rule().reference()
    );
    if let Some(index) = choice.index() {
        let verb = if choice.generated() {
            "replaces"
        } else {
            "forwards"
        };
        let _ = writeln!(out, "  {verb:<10} branch {} ({})", index + 1, codes[index]);
    } else if choice.generated() {
        let _ = writeln!(out, "  generated  by the proxy");
    }
    if choice.cancel_pending() {
        let _ = writeln!(out, "  then       cancel the pending branches");
    }
    if choice.aggregate_challenges() {
        let _ = writeln!(
            out,
            "  then       aggregate the WWW-Authenticate and Proxy-Authenticate values of every 401 and 407 (RFC 3261 §16.7 step 7)"
        );
    }
    out
}

/// What `sipstatus check-headers` prints, and whether the response passes:
/// one line per broken MUST or SHOULD rule, or `ok`.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus_cli::decide::check;
///
/// let (text, ok) = check(StatusCode::METHOD_NOT_ALLOWED, &["Via", "To"]);
/// assert!(!ok);
/// assert_eq!(text, "405 MUST carry Allow (RFC 3261 §21.4.6)\n");
/// assert_eq!(check(StatusCode::METHOD_NOT_ALLOWED, &["allow"]), ("ok\n".to_owned(), true));
/// ```
#[must_use]
pub fn check<S: AsRef<[u8]>>(code: StatusCode, names: &[S]) -> (String, bool) {
    let mut out = String::new();
    for rule in check_headers(code, names) {
        let _ = writeln!(out, "{rule}");
    }
    if out.is_empty() {
        ("ok\n".to_owned(), true)
    } else {
        (out, false)
    }
}
