//! [`CauseEntry`]: one row of the cause table.

use super::{Cause, CauseClass};
use crate::{Language, entry::Text};

/// One row of the cause table: a value with its constant name, its name as
/// Q.850 gives it, its references and descriptions. Every string is
/// `'static`; the strings C needs are also available NUL-terminated.
///
/// ```
/// use sipstatus::{Language, q850::{Cause, CauseClass}};
///
/// let entry = Cause::NO_USER_RESPONDING.entry().unwrap();
/// assert_eq!(entry.cause(), 18);
/// assert_eq!(entry.name(), "NO_USER_RESPONDING");
/// assert_eq!(entry.q850_name(), "No user responding");
/// assert_eq!(entry.class(), CauseClass::Normal);
/// assert_eq!(entry.references(), ["ITU-T Q.850 §2.2.7"]);
/// assert!(!entry.description(Language::English).is_empty());
/// ```
#[derive(Debug)]
pub struct CauseEntry {
    pub(crate) cause: Cause,
    pub(crate) name: Text,
    pub(crate) q850_name: Text,
    pub(crate) references: &'static [&'static str],
    pub(crate) reference: Text,
    pub(crate) en: Text,
    pub(crate) de: Text,
}

impl CauseEntry {
    /// The cause value.
    ///
    /// ```
    /// use sipstatus::q850::Cause;
    ///
    /// assert_eq!(Cause::USER_BUSY.entry().unwrap().cause(), Cause::USER_BUSY);
    /// ```
    #[must_use]
    pub const fn cause(&self) -> Cause {
        self.cause
    }

    /// The constant's name, the same in Rust, C and Python: `USER_BUSY` is
    /// `Cause::USER_BUSY`, `SIPSTATUS_Q850_USER_BUSY` and
    /// `Q850Cause.USER_BUSY`.
    ///
    /// ```
    /// use sipstatus::q850::Cause;
    ///
    /// assert_eq!(Cause::INTERWORKING_UNSPECIFIED.entry().unwrap().name(), "INTERWORKING_UNSPECIFIED");
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name.as_str()
    }

    /// The name as Q.850 gives it ("Interworking, unspecified").
    ///
    /// ```
    /// use sipstatus::q850::Cause;
    ///
    /// assert_eq!(Cause::INTERWORKING_UNSPECIFIED.entry().unwrap().q850_name(), "Interworking, unspecified");
    /// ```
    #[must_use]
    pub const fn q850_name(&self) -> &'static str {
        self.q850_name.as_str()
    }

    /// The class, from the value.
    ///
    /// ```
    /// use sipstatus::q850::{Cause, CauseClass};
    ///
    /// assert_eq!(Cause::INVALID_CALL_REFERENCE.entry().unwrap().class(), CauseClass::InvalidMessage);
    /// ```
    #[must_use]
    pub const fn class(&self) -> CauseClass {
        self.cause.class()
    }

    /// The documents that define the cause.
    ///
    /// ```
    /// use sipstatus::q850::Cause;
    ///
    /// assert_eq!(Cause::QOR_PORTED_NUMBER.entry().unwrap().references(), ["ITU-T Q.850 Add.1"]);
    /// ```
    #[must_use]
    pub const fn references(&self) -> &'static [&'static str] {
        self.references
    }

    /// A one-sentence description of the cause in `lang`.
    ///
    /// ```
    /// use sipstatus::{Language, q850::Cause};
    ///
    /// let entry = Cause::USER_BUSY.entry().unwrap();
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
