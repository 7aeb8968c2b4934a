//! Where a code stands in the IANA registry.

use core::fmt;

/// The standing of a code in the IANA "Response Codes" registry of the SIP
/// parameters.
///
/// ```
/// use sipstatus::{RegistryStatus, StatusCode};
///
/// assert_eq!(StatusCode::ACCEPTED.registry_status(), Some(RegistryStatus::Deprecated));
/// assert_eq!(RegistryStatus::NonStandard.to_string(), "non-standard");
/// ```
///
/// The registry may gain kinds of standing, so the enum is
/// `#[non_exhaustive]`: a `match` outside this crate needs a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum RegistryStatus {
    /// Registered and in force.
    Registered,
    /// Registered, but the registry marks it deprecated (202, by RFC 6665).
    Deprecated,
    /// Defined only by the obsolete RFC 2543 and never registered.
    Obsolete,
    /// Not a SIP response at all: a local code that is never sent on the
    /// wire (701, sipstatus's own).
    NonStandard,
}

impl RegistryStatus {
    /// Every status, in declaration order (the order of
    /// [`as_str`](RegistryStatus::as_str)'s `match`, which fails to compile
    /// when a status is added, as this list must then grow too).
    ///
    /// ```
    /// use sipstatus::RegistryStatus;
    ///
    /// assert_eq!(RegistryStatus::ALL.len(), 4);
    /// assert_eq!(RegistryStatus::ALL[0], RegistryStatus::Registered);
    /// ```
    pub const ALL: [RegistryStatus; 4] = [
        RegistryStatus::Registered,
        RegistryStatus::Deprecated,
        RegistryStatus::Obsolete,
        RegistryStatus::NonStandard,
    ];

    /// A stable lower-case identifier ("non-standard"), as used by the JSON
    /// export.
    ///
    /// ```
    /// assert_eq!(sipstatus::RegistryStatus::Obsolete.as_str(), "obsolete");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            RegistryStatus::Registered => "registered",
            RegistryStatus::Deprecated => "deprecated",
            RegistryStatus::Obsolete => "obsolete",
            RegistryStatus::NonStandard => "non-standard",
        }
    }

    /// Whether the code is in the IANA registry (registered or deprecated).
    ///
    /// ```
    /// use sipstatus::RegistryStatus;
    ///
    /// assert!(RegistryStatus::Deprecated.is_in_registry());
    /// assert!(!RegistryStatus::Obsolete.is_in_registry());
    /// ```
    #[must_use]
    pub const fn is_in_registry(self) -> bool {
        matches!(
            self,
            RegistryStatus::Registered | RegistryStatus::Deprecated
        )
    }
}

impl fmt::Display for RegistryStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
