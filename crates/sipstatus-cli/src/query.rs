//! Understanding what a person typed: a code, or a reason phrase.

use std::fmt;

use sipstatus::{Language, PhraseError, PhraseKind, StatusClass, StatusCode, lookup_phrase};

/// What a query resolved to.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus_cli::query::{Resolved, resolve};
///
/// assert_eq!(resolve("486")?.code, StatusCode::BUSY_HERE);
/// assert_eq!(resolve("busy  here")?.code, StatusCode::BUSY_HERE);
/// # Ok::<(), sipstatus_cli::query::QueryError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// The code.
    pub code: StatusCode,
    /// How a phrase matched, or `None` when a number was given.
    pub matched: Option<PhraseKind>,
}

/// Why a query names no code; `Display` is the one line the command prints.
///
/// ```
/// use sipstatus_cli::query::resolve;
///
/// let err = resolve("800").unwrap_err();
/// assert_eq!(err.to_string(), "800 is not a SIP status code: codes are three digits from 100 to 799");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    /// Digits that are not a code from 100 to 799.
    NotACode(String),
    /// Text that is no phrase or alias in the table.
    Phrase {
        /// The text, shortened for display.
        text: String,
        /// Why the lookup failed.
        error: PhraseError,
    },
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::NotACode(text) => write!(
                f,
                "{text} is not a SIP status code: codes are three digits from 100 to 799"
            ),
            QueryError::Phrase {
                error: PhraseError::Unknown,
                text,
            } => write!(
                f,
                "{text:?} is not a known reason phrase; `sipstatus list` shows them all"
            ),
            QueryError::Phrase { error, .. } => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for QueryError {}

/// Most characters of a bad query that an error message repeats.
const SHOWN: usize = 60;

fn shorten(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Resolves a query: all digits are a code, anything else a reason phrase
/// (case, spacing and the aliases of other stacks are forgiven).
///
/// # Errors
/// [`QueryError::NotACode`] for digits outside 100 to 799,
/// [`QueryError::Phrase`] for text that names no code.
///
/// ```
/// use sipstatus::PhraseKind;
/// use sipstatus_cli::query::resolve;
///
/// assert_eq!(resolve("Declined")?.matched, Some(PhraseKind::Alias));
/// assert!(resolve("99").is_err());
/// assert!(resolve("abc").is_err());
/// # Ok::<(), sipstatus_cli::query::QueryError>(())
/// ```
pub fn resolve(query: &str) -> Result<Resolved, QueryError> {
    let trimmed = query.trim();
    if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return trimmed
            .parse::<StatusCode>()
            .map(|code| Resolved {
                code,
                matched: None,
            })
            .map_err(|_| QueryError::NotACode(shorten(trimmed)));
    }
    lookup_phrase(query)
        .map(|found| Resolved {
            code: found.code(),
            matched: Some(found.kind()),
        })
        .map_err(|error| QueryError::Phrase {
            text: shorten(trimmed),
            error,
        })
}

/// Parses a class filter: `4xx`, `4`, or a class name such as
/// `client-error`.
///
/// # Errors
/// A one-line message for anything else.
///
/// ```
/// use sipstatus::StatusClass;
/// use sipstatus_cli::query::parse_class;
///
/// assert_eq!(parse_class("4xx"), Ok(StatusClass::ClientError));
/// assert_eq!(parse_class("global-failure"), Ok(StatusClass::GlobalFailure));
/// assert!(parse_class("8xx").is_err());
/// ```
pub fn parse_class(text: &str) -> Result<StatusClass, String> {
    let lower = text.trim().to_ascii_lowercase();
    StatusClass::ALL
        .into_iter()
        .find(|class| {
            lower == class.range()
                || lower == class.digit().to_string()
                || lower == class.slug()
                || lower == class.label().to_ascii_lowercase()
        })
        .ok_or_else(|| {
            format!("unknown class {text:?}: expected 1xx to 7xx, or a name such as client-error")
        })
}

/// Parses a language tag: `en` or `de`, in any case.
///
/// # Errors
/// A one-line message naming the tag for anything else.
///
/// ```
/// use sipstatus::Language;
/// use sipstatus_cli::query::parse_lang;
///
/// assert_eq!(parse_lang("DE"), Ok(Language::German));
/// assert_eq!(parse_lang("fr").unwrap_err(), "unknown language \"fr\": expected en or de");
/// ```
pub fn parse_lang(text: &str) -> Result<Language, String> {
    text.parse()
        .map_err(|_| format!("unknown language {text:?}: expected en or de"))
}
