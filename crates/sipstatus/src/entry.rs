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
/// Every string is `'static`; reading an entry never allocates. The strings
/// that a C caller needs are also available NUL-terminated, as `&CStr`.
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
    pub(crate) aliases: &'static [&'static str],
    pub(crate) has_former: bool,
    pub(crate) en: Text,
    pub(crate) de: Text,
}

impl Entry {
    /// Every entry, in code order.
    ///
    /// ```
    /// let entries = sipstatus::Entry::all();
    /// assert!(entries.windows(2).all(|w| w[0].code() < w[1].code()));
    /// ```
    #[must_use]
    pub fn all() -> &'static [Entry] {
        crate::table::entries()
    }

    /// Every entry, in code order, as a constant: for tables that other
    /// crates build when they are compiled, such as the C ABI's array of
    /// `sipstatus_entry`. At run time, [`Entry::all`] gives the same rows
    /// without a copy.
    ///
    /// ```
    /// use sipstatus::Entry;
    ///
    /// const CODES: [u16; Entry::ALL.len()] = {
    ///     let mut codes = [0; Entry::ALL.len()];
    ///     let mut i = 0;
    ///     while i < codes.len() {
    ///         codes[i] = Entry::ALL[i].code().as_u16();
    ///         i += 1;
    ///     }
    ///     codes
    /// };
    /// assert!(Entry::all().iter().map(|e| e.code()).eq(CODES));
    /// ```
    pub const ALL: &'static [Entry] = &crate::table::ENTRY_ARRAY;

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

    /// [`name`](Entry::name), NUL-terminated.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::OK.entry().unwrap().name_c(), c"OK");
    /// ```
    #[must_use]
    pub const fn name_c(&self) -> &'static CStr {
        self.name.as_c_str()
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

    /// [`phrase`](Entry::phrase), NUL-terminated.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::DECLINE.entry().unwrap().phrase_c(), c"Decline");
    /// ```
    #[must_use]
    pub const fn phrase_c(&self) -> &'static CStr {
        self.phrase.as_c_str()
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

    /// The references joined by "; ", NUL-terminated, for C.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// let entry = StatusCode::BAD_EVENT.entry().unwrap();
    /// assert_eq!(entry.reference_c().to_str(), Ok(entry.references().join("; ").as_str()));
    /// ```
    #[must_use]
    pub const fn reference_c(&self) -> &'static CStr {
        self.reference.as_c_str()
    }

    /// Other phrases in use for this code: earlier names and the variants of
    /// other stacks ("Internal Server Error" for 500). Reverse lookup knows
    /// them all.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert!(StatusCode::SERVER_INTERNAL_ERROR.entry().unwrap().aliases().contains(&"Internal Server Error"));
    /// ```
    #[must_use]
    pub const fn aliases(&self) -> &'static [&'static str] {
        self.aliases
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

    /// [`description`](Entry::description), NUL-terminated.
    ///
    /// ```
    /// use sipstatus::{Language, StatusCode};
    ///
    /// let entry = StatusCode::OK.entry().unwrap();
    /// assert_eq!(entry.description_c(Language::German).to_str(), Ok(entry.description(Language::German)));
    /// ```
    #[must_use]
    pub const fn description_c(&self, lang: Language) -> &'static CStr {
        self.description_text(lang).as_c_str()
    }

    const fn description_text(&self, lang: Language) -> Text {
        match lang {
            Language::English => self.en,
            Language::German => self.de,
        }
    }
}
