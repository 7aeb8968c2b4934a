//! `sipstatus`: explain SIP response codes and list the registry.

use std::{
    io::{self, Write},
    process::ExitCode,
};

use clap::{Parser, Subcommand, error::ErrorKind};
use sipstatus::{Language, StatusClass, q850::Profile};
use sipstatus_cli::{
    q850::{self, parse_cause, parse_profile},
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
        Some(Command::List {
            q850: true, format, ..
        }) => q850::list(format, cli.lang),
        Some(Command::List { class, format, .. }) => {
            render::list(render::select(class), format, cli.lang)
        }
        Some(Command::Q850 {
            cause,
            list,
            mapping,
            compare,
            with,
            format,
        }) => match (cause, mapping, compare) {
            (Some(cause), ..) => q850::explain(cause, cli.lang),
            (_, Some(profile), _) => q850::mapping(profile, format),
            (_, _, Some(profile)) => q850::compare(with, profile, format),
            _ if list => q850::list(format, cli.lang),
            _ => {
                return fail(
                    "give a cause, --list, --mapping or --compare; see --help",
                    2,
                );
            }
        },
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
