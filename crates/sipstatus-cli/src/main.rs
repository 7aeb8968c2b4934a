//! `sipstatus`: explain SIP response codes and list the registry.

use std::{
    io::{self, Write},
    process::ExitCode,
};

use clap::{Parser, Subcommand, error::ErrorKind};
use sipstatus::{Language, StatusClass};
use sipstatus_cli::{
    query::{parse_class, parse_lang},
    render::{self, Format},
    wire::{self, WireFormat},
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
    },
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
        Some(Command::Explain { query, format }) => {
            match explain_as(&query.join(" "), cli.lang, format) {
                Ok(text) => text,
                Err(code) => return code,
            }
        }
        Some(Command::Reason { lines, format }) => {
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            match wire::explain_reason(&lines, cli.lang, format) {
                Ok(text) => text,
                Err(e) => return fail(&e.to_string(), 1),
            }
        }
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

/// `explain` with a format: a status line goes to the wire explainer; a
/// code or phrase in JSON is its row of `list --format json`.
fn explain_as(query: &str, lang: Language, format: WireFormat) -> Result<String, ExitCode> {
    if wire::is_status_line(query) {
        return wire::explain_status_line(query, lang, format).map_err(|e| fail(&e.to_string(), 1));
    }
    match format {
        WireFormat::Text => explain(query, lang),
        WireFormat::Json => sipstatus_cli::query::resolve(query)
            .map(|resolved| match resolved.code.entry() {
                Some(entry) => render::json(std::slice::from_ref(entry)),
                None => "[]\n".to_owned(),
            })
            .map_err(|e| fail(&e.to_string(), 1)),
    }
}

fn explain(query: &str, lang: Language) -> Result<String, ExitCode> {
    if wire::is_status_line(query) {
        return wire::explain_status_line(query, lang, WireFormat::Text)
            .map_err(|e| fail(&e.to_string(), 1));
    }
    render::explain_query(query, lang).map_err(|e| fail(&e.to_string(), 1))
}
