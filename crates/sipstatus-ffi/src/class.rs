//! The enums that describe a code: its class and its standing in the
//! registry.

use sipstatus_core::{RegistryStatus, StatusClass};

/// The class of a status code, numbered by its first digit.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_class {
    /// Not a status code: outside 100 to 799.
    Invalid = 0,
    /// `1xx`: the request was received and is being processed.
    Provisional = 1,
    /// `2xx`: the request succeeded.
    Success = 2,
    /// `3xx`: the request should be tried elsewhere.
    Redirection = 3,
    /// `4xx`: the request failed at this server, but may succeed elsewhere
    /// or when changed.
    ClientError = 4,
    /// `5xx`: the server failed to fulfil an apparently valid request.
    ServerError = 5,
    /// `6xx`: the request cannot succeed at any server.
    GlobalFailure = 6,
    /// `7xx`: a local code of a SIP stack, never sent on the wire.
    Local = 7,
}

impl sipstatus_class {
    /// The class of the core.
    pub(crate) const fn from_core(class: StatusClass) -> sipstatus_class {
        match class {
            StatusClass::Provisional => sipstatus_class::Provisional,
            StatusClass::Success => sipstatus_class::Success,
            StatusClass::Redirection => sipstatus_class::Redirection,
            StatusClass::ClientError => sipstatus_class::ClientError,
            StatusClass::ServerError => sipstatus_class::ServerError,
            StatusClass::GlobalFailure => sipstatus_class::GlobalFailure,
            StatusClass::Local => sipstatus_class::Local,
        }
    }
}

// The C numbers are the first digits, as documented.
const _: () = {
    let mut i = 0;
    while i < StatusClass::ALL.len() {
        let class = StatusClass::ALL[i];
        assert!(sipstatus_class::from_core(class) as u32 == class.digit() as u32);
        i += 1;
    }
};

/// The standing of a code in the IANA "Response Codes" registry.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sipstatus_registry_status {
    /// The table does not hold the code.
    Unknown = 0,
    /// Registered and in force.
    Registered = 1,
    /// Registered, but marked deprecated (202, by RFC 6665).
    Deprecated = 2,
    /// Defined only by the obsolete RFC 2543 and never registered.
    Obsolete = 3,
    /// Not a SIP response: a code some SIP stacks use internally and never
    /// send on the wire (701).
    NonStandard = 4,
}

impl sipstatus_registry_status {
    /// The status of the core.
    pub(crate) const fn from_core(status: RegistryStatus) -> sipstatus_registry_status {
        match status {
            RegistryStatus::Registered => sipstatus_registry_status::Registered,
            RegistryStatus::Deprecated => sipstatus_registry_status::Deprecated,
            RegistryStatus::Obsolete => sipstatus_registry_status::Obsolete,
            RegistryStatus::NonStandard => sipstatus_registry_status::NonStandard,
            // The core's enum is non-exhaustive; the assertion below stops
            // the build before a new status could end up here.
            _ => sipstatus_registry_status::Unknown,
        }
    }
}

// Every status of the core has a C value of its own.
const _: () = {
    let mut i = 0;
    while i < RegistryStatus::ALL.len() {
        assert!(
            sipstatus_registry_status::from_core(RegistryStatus::ALL[i]) as u32
                != sipstatus_registry_status::Unknown as u32
        );
        i += 1;
    }
};
