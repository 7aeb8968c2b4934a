//! The command itself: its arguments, its subcommands and how it reports
//! success and failure. [`run`] takes the arguments and the two output
//! streams and returns the exit status, so that the `sipstatus` binary and
//! `python -m sipstatus` are one implementation; [`run_with_process_streams`]
//! is what both call.
//!
//! Exit status: 0 on success (also when a reader such as `head` closed the
//! pipe early), 1 when a query names no code or the output cannot be
//! written, 2 for a usage error. Every error is one line on stderr starting
//! with `sipstatus: `; a failed write to stderr itself is ignored, since
//! there is nowhere left to report it.
//!
//! A subcommand is a variant of the private `Command` enum and one arm in
//! its `output` method, which returns what the subcommand prints.

use std::{
    ffi::OsString,
    io::{self, Write},
};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, error::ErrorKind};
use sipstatus::{Language, StatusClass, q850::Profile};

use crate::{
    decide,
    q850::{self, parse_cause, parse_profile},
    query::{parse_class, parse_lang},
    render::{self, Format},
    terminal,
    wire::{self, WireFormat},
};

/// Exit status of a query that names no code, or of output that cannot be
/// written.
///
/// ```
/// use sipstatus_cli::app::{EXIT_FAILURE, run};
///
/// let status = run(["sipstatus", "busy hear"], &mut Vec::new(), &mut Vec::new(), None);
/// assert_eq!(status, EXIT_FAILURE);
/// ```
pub const EXIT_FAILURE: u8 = 1;

/// Exit status of a usage error.
///
/// ```
/// use sipstatus_cli::app::{EXIT_USAGE, run};
///
/// let status = run(["sipstatus", "--bogus"], &mut Vec::new(), &mut Vec::new(), None);
/// assert_eq!(status, EXIT_USAGE);
/// ```
pub const EXIT_USAGE: u8 = 2;

/// The widest help text, even on a wider terminal: longer lines are hard to
/// read (clap's own default).
const MAX_HELP_WIDTH: usize = 100;

/// Explain SIP response codes: phrase, class, registry status, RFC reference
/// and a description in English or German.
#[derive(Parser)]
#[command(
    name = "sipstatus",
    version,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  sipstatus 486\n  sipstatus explain \"busy here\" --lang de\n  \
                  sipstatus list --class 6xx\n  sipstatus list --format json > codes.json\n\n\
                  A code is three digits from 100 to 799; a phrase is matched without regard \
                  to case or spacing, and knows the variants other stacks use. Output to a \
                  terminal wraps to its width (COLUMNS, when set, overrides it); output to a \
                  pipe or file is never wrapped. Errors are one line on stderr and exit status \
                  2 (usage) or 1 (no such code, or the output cannot be written)."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// A code such as 486, or a reason phrase such as "busy here"
    /// (the same as `sipstatus explain ...`).
    #[arg(value_name = "CODE|PHRASE")]
    query: Vec<String>,

    /// Language of the output: en or de.
    #[arg(long, global = true, default_value = "en", value_parser = parse_lang)]
    lang: Language,
}

/// The subcommands.
#[derive(Subcommand)]
enum Command {
    /// Explain one code, given as a number or a reason phrase.
    Explain {
        /// A code such as 486, or a reason phrase (several words may be given
        /// unquoted).
        #[arg(value_name = "CODE|PHRASE", required = true)]
        query: Vec<String>,

        /// Output format: text, or json (a list row for a code; for a status
        /// line such as "SIP/2.0 480 Temporarily not available", its parts).
        #[arg(long, default_value = "text")]
        format: WireFormat,
    },
    /// Explain each value of Reason header lines (RFC 3326), such as
    /// 'SIP;cause=480;text="Temporarily Unavailable", Q.850;cause=18'.
    Reason {
        /// Header values, or whole lines starting with "Reason:"; each
        /// argument is one line.
        #[arg(value_name = "VALUE", required = true)]
        lines: Vec<String>,

        /// Output format: text or json.
        #[arg(long, default_value = "text")]
        format: WireFormat,
    },
    /// List the table, or one class of it.
    List {
        /// Only this class: 1xx to 7xx, or a name such as client-error.
        #[arg(long, value_parser = parse_class)]
        class: Option<StatusClass>,

        /// Output format: table, json, csv or markdown. JSON is the stable
        /// interface for tools and carries every language.
        #[arg(long, default_value = "table")]
        format: Format,

        /// List the ITU-T Q.850 cause table instead, with what each mapping
        /// profile turns every cause into (the same as `sipstatus q850 --list`).
        #[arg(long, conflicts_with = "class")]
        q850: bool,
    },
    /// Q.850 causes: explain one and what each profile maps it to, export
    /// the cause table or a profile's full mapping, or compare two profiles.
    #[command(
        after_help = "Examples:\n  sipstatus q850 17\n  sipstatus q850 --list --format json\n  \
                            sipstatus q850 --mapping asterisk --format csv\n  \
                            sipstatus q850 --compare freeswitch\n  sipstatus q850 --compare asterisk --with freeswitch\n\n\
                            Profiles: rfc3398 (the default), rfc4497, freeswitch, asterisk."
    )]
    Q850 {
        /// A cause value from 1 to 127.
        #[arg(value_name = "CAUSE", value_parser = parse_cause)]
        cause: Option<sipstatus::q850::Cause>,

        /// List the cause table.
        #[arg(long, conflicts_with_all = ["cause", "mapping", "compare"])]
        list: bool,

        /// Export this profile's mapping of every code 100-799 and cause 1-127.
        #[arg(long, value_name = "PROFILE", value_parser = parse_profile,
              conflicts_with_all = ["cause", "compare"])]
        mapping: Option<Profile>,

        /// List where this profile disagrees with rfc3398 (or with --with).
        #[arg(long, value_name = "PROFILE", value_parser = parse_profile, conflicts_with = "cause")]
        compare: Option<Profile>,

        /// The profile --compare compares against (default rfc3398).
        #[arg(long = "with", value_name = "PROFILE", value_parser = parse_profile,
              requires = "compare", default_value = "rfc3398")]
        with: Profile,

        /// Output format of --list, --mapping and --compare: table, json, csv
        /// or markdown.
        #[arg(long, default_value = "table")]
        format: Format,
    },
    /// The response a proxy forwards among the final responses of forked
    /// branches (RFC 3261 §16.7), and what else it must do.
    Fork {
        /// The final response codes of the branches, in arrival order.
        #[arg(value_name = "CODE")]
        codes: Vec<String>,

        /// The request's method; for any but INVITE no 408 is generated
        /// (RFC 4320).
        #[arg(long, default_value = "INVITE", value_parser = parse_method)]
        method: sipstatus::metrics::Method,
    },
    /// Check the header names of a response against the header fields its
    /// code MUST or SHOULD carry; exit status 1 when one is missing.
    CheckHeaders {
        /// The response's code.
        #[arg(value_name = "CODE")]
        code: String,

        /// The names of the header fields it carries (any case; compact
        /// forms such as m for Contact).
        #[arg(value_name = "HEADER")]
        headers: Vec<String>,
    },
}

/// A request method, as clap reads it.
fn parse_method(text: &str) -> Result<sipstatus::metrics::Method, String> {
    text.parse()
        .map_err(|e: sipstatus::metrics::InvalidMethod| e.to_string())
}

/// The code arguments of a subcommand, or the usage failure they are.
fn code_arg(args: &[String]) -> Result<Vec<sipstatus::StatusCode>, Failure> {
    decide::parse_codes(args).map_err(|e| Failure {
        message: e.to_string(),
        status: EXIT_USAGE,
    })
}

/// `check-headers`: the lint and whether the response passed.
fn check_headers(code: &str, headers: &[String]) -> Result<(String, bool), Failure> {
    let code = code_arg(&[code.to_owned()])?[0];
    Ok(decide::check(code, headers))
}

/// Why a command produced no output: the one line for stderr and the exit
/// status.
struct Failure {
    message: String,
    status: u8,
}

impl Command {
    /// What the command writes to stdout.
    fn output(self, lang: Language, width: Option<usize>) -> Result<String, Failure> {
        match self {
            Command::Explain { query, format } => {
                let text = query.join(" ");
                if wire::is_status_line(&text) {
                    return wire::explain_status_line(&text, lang, format, width)
                        .map_err(wire_failure);
                }
                match format {
                    WireFormat::Text => explain(&query, lang, width),
                    WireFormat::Json => explain_json(&text),
                }
            }
            Command::Reason { lines, format } => {
                let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
                wire::explain_reason(&lines, lang, format).map_err(wire_failure)
            }
            Command::Fork { codes, method } => Ok(decide::fork(&code_arg(&codes)?, method)),
            Command::CheckHeaders { code, headers } => {
                check_headers(&code, &headers).map(|(text, _)| text)
            }
            Command::List {
                q850: true, format, ..
            } => Ok(q850::list(format, lang)),
            Command::List { class, format, .. } => {
                Ok(render::list(render::select(class), format, lang, width))
            }
            Command::Q850 {
                cause,
                list,
                mapping,
                compare,
                with,
                format,
            } => match (cause, mapping, compare) {
                (Some(cause), ..) => Ok(q850::explain(cause, lang)),
                (_, Some(profile), _) => Ok(q850::mapping(profile, format)),
                (_, _, Some(profile)) => Ok(q850::compare(with, profile, format)),
                _ if list => Ok(q850::list(format, lang)),
                _ => Err(Failure {
                    message: String::from(
                        "give a cause, --list, --mapping or --compare; see --help",
                    ),
                    status: EXIT_USAGE,
                }),
            },
        }
    }
}

/// Text from the wire that does not parse: one line, exit status 1.
fn wire_failure(error: wire::WireError) -> Failure {
    Failure {
        message: error.to_string(),
        status: EXIT_FAILURE,
    }
}

/// `explain --format json` of a code or phrase: its row of `list --format
/// json`, in an array (empty for a valid code the table does not hold).
fn explain_json(query: &str) -> Result<String, Failure> {
    crate::query::resolve(query)
        .map(|resolved| match resolved.code.entry() {
            Some(entry) => render::json(std::slice::from_ref(entry)),
            None => String::from("[]\n"),
        })
        .map_err(|e| Failure {
            message: e.to_string(),
            status: EXIT_FAILURE,
        })
}

fn explain(query: &[String], lang: Language, width: Option<usize>) -> Result<String, Failure> {
    render::explain_query(&query.join(" "), lang, width).map_err(|e| Failure {
        message: e.to_string(),
        status: EXIT_FAILURE,
    })
}

/// Writes the one error line; a failure to write it has nowhere to go.
fn report(stderr: &mut dyn Write, message: &str) {
    let _ = writeln!(stderr, "sipstatus: {message}").and_then(|()| stderr.flush());
}

/// Writes the output; a reader that closed the pipe early is no error.
fn emit(stdout: &mut dyn Write, stderr: &mut dyn Write, text: &str) -> u8 {
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => 0,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            report(stderr, &format!("cannot write output: {e}"));
            EXIT_FAILURE
        }
    }
}

/// clap's message for a usage error, whole, as one line: its paragraphs
/// (the error, any tip, and the usage) joined, the "error: " prefix and the
/// pointer to --help dropped, since the line ends with its own.
fn usage_line(error: &clap::Error) -> String {
    let rendered = error.render().to_string();
    let mut parts: Vec<String> = Vec::new();
    for paragraph in rendered.split("\n\n") {
        let text = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() || text.starts_with("For more information") {
            continue;
        }
        let text = text.strip_prefix("error: ").unwrap_or(&text);
        parts.push(match text.strip_prefix("Usage: ") {
            Some(usage) => format!("usage: {usage}"),
            None => text.to_owned(),
        });
    }
    if parts.is_empty() {
        return String::from("invalid arguments; see --help");
    }
    format!("{}; see --help", parts.join("; "))
}

/// Runs the command on `args` (the first is the program's name, as in
/// `std::env::args_os`), writing to `stdout` and `stderr`, and returns the
/// exit status. `width` is the terminal's width when stdout is a terminal:
/// help, tables and explanations wrap to it; `None` (a pipe, a file)
/// leaves output unwrapped.
///
/// ```
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let status = sipstatus_cli::app::run(["sipstatus", "486"], &mut out, &mut err, None);
/// assert_eq!(status, 0);
/// assert!(out.starts_with(b"486 Busy Here\n"));
///
/// let mut out = Vec::new();
/// let status = sipstatus_cli::app::run(["sipstatus", "800"], &mut out, &mut err, None);
/// assert_eq!((status, out.len()), (1, 0));
/// assert_eq!(
///     String::from_utf8(err)?,
///     "sipstatus: 800 is not a SIP status code: codes are three digits from 100 to 799\n"
/// );
/// # Ok::<(), std::string::FromUtf8Error>(())
/// ```
pub fn run<I, T>(
    args: I,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
    width: Option<usize>,
) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let help_width = width.map_or(MAX_HELP_WIDTH, |w| w.min(MAX_HELP_WIDTH));
    let command = Cli::command().term_width(help_width);
    let cli = match command
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            return emit(stdout, stderr, &e.render().to_string());
        }
        Err(e) => {
            report(stderr, &usage_line(&e));
            return EXIT_USAGE;
        }
    };
    let command = match cli.command {
        Some(command) => command,
        None if cli.query.is_empty() => {
            report(
                stderr,
                "give a code or a phrase to explain, or a command; see --help",
            );
            return EXIT_USAGE;
        }
        None => Command::Explain {
            query: cli.query,
            format: WireFormat::Text,
        },
    };
    // A response that breaks a rule is output, not an error, but the
    // status says so, as linters do.
    if let Command::CheckHeaders { code, headers } = &command
        && let Ok((text, false)) = check_headers(code, headers)
    {
        let status = emit(stdout, stderr, &text);
        return if status == 0 { EXIT_FAILURE } else { status };
    }
    match command.output(cli.lang, width) {
        Ok(text) => emit(stdout, stderr, &text),
        Err(failure) => {
            report(stderr, &failure.message);
            failure.status
        }
    }
}

/// [`run`] on the process's own stdout and stderr, with the terminal's
/// width when stdout is one: what the `sipstatus` binary and
/// `python -m sipstatus` do. A closed stdout is an error (exit status 1),
/// not silent success.
///
/// ```no_run
/// let status = sipstatus_cli::app::run_with_process_streams(std::env::args_os());
/// std::process::exit(status.into());
/// ```
pub fn run_with_process_streams<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let mut stdout = terminal::stdout();
    let mut stderr = io::stderr();
    run(args, &mut stdout, &mut stderr, terminal::width())
}

/// The command's arguments and subcommands as clap describes them: what the
/// shell completions and the man page are generated from (`make generate`).
///
/// ```
/// let command = sipstatus_cli::app::command();
/// assert_eq!(command.get_name(), "sipstatus");
/// assert!(command.get_subcommands().any(|sub| sub.get_name() == "list"));
/// ```
#[must_use]
pub fn command() -> clap::Command {
    Cli::command()
}
