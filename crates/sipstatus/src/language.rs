//! The languages the descriptions are written in.

use core::{fmt, str::FromStr};

use crate::error::UnknownLanguage;

/// A language the table's descriptions are written in.
///
/// Parsed from its ISO 639-1 tag, in any case:
///
/// ```
/// use sipstatus::Language;
///
/// assert_eq!("de".parse::<Language>(), Ok(Language::German));
/// assert_eq!(Language::English.tag(), "en");
/// assert!("fr".parse::<Language>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum Language {
    /// English (`en`), the default.
    #[default]
    English,
    /// German (`de`).
    German,
}

impl Language {
    /// Every language the table holds.
    ///
    /// ```
    /// assert_eq!(sipstatus::Language::ALL.len(), 2);
    /// ```
    pub const ALL: [Language; 2] = [Language::English, Language::German];

    /// The ISO 639-1 tag: "en" or "de".
    ///
    /// ```
    /// assert_eq!(sipstatus::Language::German.tag(), "de");
    /// ```
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
        }
    }

    /// Parses an ISO 639-1 tag ("en", "DE"), accepting bytes so that C and
    /// other callers need not validate UTF-8 first.
    ///
    /// # Errors
    /// [`UnknownLanguage`] for anything but the tags of [`Language::ALL`].
    ///
    /// ```
    /// use sipstatus::Language;
    ///
    /// assert_eq!(Language::from_tag(b"EN"), Ok(Language::English));
    /// assert!(Language::from_tag(b"english").is_err());
    /// ```
    pub const fn from_tag(tag: &[u8]) -> Result<Language, UnknownLanguage> {
        match tag {
            [a, b] => match [a.to_ascii_lowercase(), b.to_ascii_lowercase()] {
                [b'e', b'n'] => Ok(Language::English),
                [b'd', b'e'] => Ok(Language::German),
                _ => Err(UnknownLanguage),
            },
            _ => Err(UnknownLanguage),
        }
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::from_tag(s.as_bytes())
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}
