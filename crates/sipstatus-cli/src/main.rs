//! `sipstatus`: explain SIP response codes and list the registry.

use std::{
    io::{self, Write},
    process::ExitCode,
};

use clap::{Parser, Subcommand, error::ErrorKind};
use sipstatus::{Language, StatusClass};
use sipstatus_cli::{
    decide,
    query::{parse_class, parse_lang},
    render::{self, Format},
};

/// Explain SIP response codes: phrase, class, registry status, RFC reference
/// and a description in English or German.
#[derive(Parser)]
#[command(
    name = "sipstatus",
    version,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  sipstatus 486\n  sipstatus explain \"busy here\" --lang de\n  sipstatus list --class 6xx\n  sipstatus list --format json > codes.json\n\n\
                  A code is three digits from 100 to 799; a phrase is matched without regard\n\
                  to case or spacing, and knows the variants other stacks use.\n\
                  Errors are one line on stderr and exit status 2 (usage) or 1 (no such code)."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// A code such as 486, or a reason phrase such as "busy here"
    /// (the same as `sipstatus explain ...`).
    #[arg(value_name = "CODE|PHRASE")]
    query: Vec<String>,

    /// Language of the descriptions: en or de.
    #[arg(long, global = true, default_value = "en", value_parser = parse_lang)]
    lang: Language,
}

#[derive(Subcommand)]
enum Command {
    /// Explain one code, given as a number or a reason phrase.
    Explain {
        /// A code such as 486, or a reason phrase (several words may be given
        /// unquoted).
        #[arg(value_name = "CODE|PHRASE", required = true)]
        query: Vec<String>,
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

/// Prints one line to stderr, prefixed with the command's name.
fn fail(message: &str, status: u8) -> ExitCode {
    eprintln!("sipstatus: {message}");
    ExitCode::from(status)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        Err(e) => {
            // clap's message, without its usage block: one line.
            let rendered = e.render().to_string();
            let line = rendered.lines().next().unwrap_or("invalid arguments");
            return fail(line.trim_start_matches("error: "), 2);
        }
    };

    let output = match cli.command {
        Some(Command::List { class, format }) => {
            render::list(render::select(class), format, cli.lang)
        }
        Some(Command::Fork { codes, method }) => match decide::parse_codes(&codes) {
            Ok(codes) => decide::fork(&codes, method),
            Err(e) => return fail(&e.to_string(), 2),
        },
        Some(Command::CheckHeaders { code, headers }) => {
            let code = match decide::parse_codes(&[code]) {
                Ok(codes) => codes[0],
                Err(e) => return fail(&e.to_string(), 2),
            };
            let (text, ok) = decide::check(code, &headers);
            print!("{text}");
            return if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            };
        }
        Some(Command::Explain { query }) => match explain(&query.join(" "), cli.lang) {
            Ok(text) => text,
            Err(code) => return code,
        },
        None if cli.query.is_empty() => {
            return fail(
                "give a code or a phrase to explain, or a command; see --help",
                2,
            );
        }
        None => match explain(&cli.query.join(" "), cli.lang) {
            Ok(text) => text,
            Err(code) => return code,
        },
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(output.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`sipstatus list | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write output: {e}"), 1),
    }
}

fn explain(query: &str, lang: Language) -> Result<String, ExitCode> {
    render::explain_query(query, lang).map_err(|e| fail(&e.to_string(), 1))
}
