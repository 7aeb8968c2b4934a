//! [`Entry`]: one row of the table, with everything known about a code.

use core::ffi::CStr;

use crate::{Language, RegistryStatus, StatusClass, StatusCode};

/// A static string kept with its NUL terminator, so that the same bytes serve
/// Rust as `&str` and C as `const char *`. Both views are computed when the
/// table is compiled.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Text {
    text: &'static str,
    c: &'static CStr,
}

impl Text {
    /// Takes a literal that ends in exactly one NUL; anything else stops
    /// compilation of the table.
    pub(crate) const fn new(with_nul: &'static str) -> Text {
        let bytes = with_nul.as_bytes();
        let c = match CStr::from_bytes_with_nul(bytes) {
            Ok(c) => c,
            Err(_) => panic!("table text must end in its only NUL"),
        };
        let (head, _) = bytes.split_at(bytes.len() - 1);
        let text = match core::str::from_utf8(head) {
            Ok(text) => text,
            Err(_) => panic!("table text must be UTF-8"),
        };
        Text { text, c }
    }

    pub(crate) const fn as_str(self) -> &'static str {
        self.text
    }

    pub(crate) const fn as_c_str(self) -> &'static CStr {
        self.c
    }
}

/// One row of the table: a code with its constant name, reason phrase,
/// standing in the registry, references, aliases and descriptions.
///
/// Every string is `'static`; reading an entry never allocates. Iterate the
/// rows with [`entries`](crate::entries); reach one with
/// [`StatusCode::entry`] or [`lookup`](crate::lookup).
///
/// ```
/// use sipstatus::{Language, RegistryStatus, StatusClass, StatusCode};
///
/// let entry = StatusCode::BUSY_HERE.entry().unwrap();
/// assert_eq!(entry.code(), 486);
/// assert_eq!(entry.name(), "BUSY_HERE");
/// assert_eq!(entry.phrase(), "Busy Here");
/// assert_eq!(entry.class(), StatusClass::ClientError);
/// assert_eq!(entry.status(), RegistryStatus::Registered);
/// assert_eq!(entry.references(), ["RFC 3261 §21.4.24"]);
/// assert!(!entry.description(Language::English).is_empty());
/// ```
#[derive(Debug)]
pub struct Entry {
    pub(crate) code: StatusCode,
    pub(crate) name: Text,
    pub(crate) phrase: Text,
    pub(crate) status: RegistryStatus,
    pub(crate) references: &'static [&'static str],
    pub(crate) reference: Text,
    /// Every phrase but the registered one: the former phrase first, when
    /// `has_former`, then the aliases.
    pub(crate) aliases: &'static [&'static str],
    pub(crate) has_former: bool,
    pub(crate) en: Text,
    pub(crate) de: Text,
}

impl Entry {
    /// The code.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::OK.entry().unwrap().code(), StatusCode::OK);
    /// ```
    #[must_use]
    pub const fn code(&self) -> StatusCode {
        self.code
    }

    /// The constant's name, the same in Rust, C and Python: `BUSY_HERE` is
    /// `StatusCode::BUSY_HERE`, `SIPSTATUS_BUSY_HERE` and
    /// `SIPStatus.BUSY_HERE`.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::NOT_ACCEPTABLE_ANYWHERE.entry().unwrap().name(), "NOT_ACCEPTABLE_ANYWHERE");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name.as_str()
    }

    /// The reason phrase exactly as registered ("Request-URI Too Long").
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::REQUEST_URI_TOO_LONG.entry().unwrap().phrase(), "Request-URI Too Long");
    /// ```
    #[must_use]
    pub const fn phrase(&self) -> &'static str {
        self.phrase.as_str()
    }

    /// The class, from the first digit.
    ///
    /// ```
    /// use sipstatus::{StatusClass, StatusCode};
    ///
    /// assert_eq!(StatusCode::OK.entry().unwrap().class(), StatusClass::Success);
    /// ```
    #[must_use]
    pub const fn class(&self) -> StatusClass {
        self.code.class()
    }

    /// The code's standing in the IANA registry.
    ///
    /// ```
    /// use sipstatus::{RegistryStatus, StatusCode};
    ///
    /// assert_eq!(StatusCode::PARTY_HANGS_UP.entry().unwrap().status(), RegistryStatus::NonStandard);
    /// ```
    #[must_use]
    pub const fn status(&self) -> RegistryStatus {
        self.status
    }

    /// The documents that define the code ("RFC 3261 §21.4.24"), the one in
    /// force first. Empty for the non-standard 7xx code.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(
    ///     StatusCode::ACCEPTED.entry().unwrap().references(),
    ///     ["RFC 6665 §8.3.1", "RFC 3265 §7.3.1"],
    /// );
    /// assert!(StatusCode::PARTY_HANGS_UP.entry().unwrap().references().is_empty());
    /// ```
    #[must_use]
    pub const fn references(&self) -> &'static [&'static str] {
        self.references
    }

    /// Other phrases in use for this code: the variants of other stacks and
    /// documents ("Internal Server Error" for 500). The phrase an earlier RFC
    /// gave the code is not among them but apart, in
    /// [`former_phrase`](Entry::former_phrase). Reverse lookup knows them all.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert!(StatusCode::SERVER_INTERNAL_ERROR.entry().unwrap().aliases().contains(&"Internal Server Error"));
    /// let renamed = StatusCode::UNSUPPORTED_CREDENTIAL.entry().unwrap();
    /// assert!(!renamed.aliases().contains(&"Unsupported Certificate"));
    /// ```
    #[must_use]
    pub const fn aliases(&self) -> &'static [&'static str] {
        // The table keeps the former phrase first among the other phrases.
        match self.aliases {
            [_, rest @ ..] if self.has_former => rest,
            all => all,
        }
    }

    /// The phrase RFC 4474 gave the code before RFC 8224 renamed it, for the
    /// codes that were renamed (436, 437).
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(
    ///     StatusCode::UNSUPPORTED_CREDENTIAL.entry().unwrap().former_phrase(),
    ///     Some("Unsupported Certificate"),
    /// );
    /// assert_eq!(StatusCode::OK.entry().unwrap().former_phrase(), None);
    /// ```
    #[must_use]
    pub const fn former_phrase(&self) -> Option<&'static str> {
        match self.aliases {
            [former, ..] if self.has_former => Some(former),
            _ => None,
        }
    }

    /// A description of what the code means, one or two sentences in
    /// `lang`.
    ///
    /// ```
    /// use sipstatus::{Language, StatusCode};
    ///
    /// let entry = StatusCode::DECLINE.entry().unwrap();
    /// assert_ne!(entry.description(Language::English), entry.description(Language::German));
    /// ```
    #[must_use]
    pub const fn description(&self, lang: Language) -> &'static str {
        self.description_text(lang).as_str()
    }

    pub(crate) const fn description_text(&self, lang: Language) -> Text {
        match lang {
            Language::English => self.en,
            Language::German => self.de,
        }
    }
}
