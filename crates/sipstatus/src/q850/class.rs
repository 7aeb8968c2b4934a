//! The class of a cause value: its top three bits.

use core::{ffi::CStr, fmt};

use crate::entry::Text;

/// The class of a Q.850 cause value, from bits 7 to 5 of the value
/// (ITU-T Q.850 §2.2.5). The normal class spans two bit patterns, 0 to 31.
///
/// ```
/// use sipstatus::q850::{Cause, CauseClass};
///
/// assert_eq!(Cause::NO_CIRCUIT_AVAILABLE.class(), CauseClass::ResourceUnavailable);
/// assert_eq!(CauseClass::ResourceUnavailable.unspecified(), Cause::RESOURCE_UNAVAILABLE_UNSPECIFIED);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CauseClass {
    /// 0 to 31: the call ended or failed in the ordinary course of things.
    Normal,
    /// 32 to 47: a resource such as a circuit was not available.
    ResourceUnavailable,
    /// 48 to 63: a service or option is not available to this user now.
    ServiceNotAvailable,
    /// 64 to 79: a service or option is not implemented.
    ServiceNotImplemented,
    /// 80 to 95: a message was invalid, for example a parameter out of range.
    InvalidMessage,
    /// 96 to 111: a protocol error, for example an unknown message.
    ProtocolError,
    /// 112 to 127: interworking with a network that does not report causes.
    Interworking,
}

impl CauseClass {
    /// Every class, in value order.
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::CauseClass::ALL.len(), 7);
    /// ```
    pub const ALL: [CauseClass; 7] = [
        CauseClass::Normal,
        CauseClass::ResourceUnavailable,
        CauseClass::ServiceNotAvailable,
        CauseClass::ServiceNotImplemented,
        CauseClass::InvalidMessage,
        CauseClass::ProtocolError,
        CauseClass::Interworking,
    ];

    /// The class of a 7-bit value (`value >> 5` picks it), or `None` above
    /// 127.
    ///
    /// ```
    /// use sipstatus::q850::CauseClass;
    ///
    /// assert_eq!(CauseClass::of(16), Some(CauseClass::Normal));
    /// assert_eq!(CauseClass::of(102), Some(CauseClass::ProtocolError));
    /// assert_eq!(CauseClass::of(128), None);
    /// ```
    #[must_use]
    pub const fn of(value: u16) -> Option<CauseClass> {
        Some(match value >> 4 {
            0 | 1 => CauseClass::Normal,
            2 => CauseClass::ResourceUnavailable,
            3 => CauseClass::ServiceNotAvailable,
            4 => CauseClass::ServiceNotImplemented,
            5 => CauseClass::InvalidMessage,
            6 => CauseClass::ProtocolError,
            7 => CauseClass::Interworking,
            _ => return None,
        })
    }

    /// The class's "unspecified" cause (31, 47, 63, 79, 95, 111 or 127): the
    /// cause that an unrecognised value of the class is treated as.
    ///
    /// ```
    /// use sipstatus::q850::{Cause, CauseClass};
    ///
    /// assert_eq!(CauseClass::Interworking.unspecified(), Cause::INTERWORKING_UNSPECIFIED);
    /// ```
    #[must_use]
    pub const fn unspecified(self) -> crate::q850::Cause {
        use crate::q850::Cause;
        match self {
            CauseClass::Normal => Cause::NORMAL_UNSPECIFIED,
            CauseClass::ResourceUnavailable => Cause::RESOURCE_UNAVAILABLE_UNSPECIFIED,
            CauseClass::ServiceNotAvailable => Cause::SERVICE_NOT_AVAILABLE_UNSPECIFIED,
            CauseClass::ServiceNotImplemented => Cause::SERVICE_NOT_IMPLEMENTED_UNSPECIFIED,
            CauseClass::InvalidMessage => Cause::INVALID_MESSAGE_UNSPECIFIED,
            CauseClass::ProtocolError => Cause::PROTOCOL_ERROR_UNSPECIFIED,
            CauseClass::Interworking => Cause::INTERWORKING_UNSPECIFIED,
        }
    }

    /// The class's name as Q.850 §2.2.7 titles it ("resource unavailable").
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::CauseClass::ServiceNotAvailable.label(), "service or option not available");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        self.label_text().as_str()
    }

    /// [`label`](CauseClass::label) and its NUL-terminated form, from one literal.
    pub(crate) const fn label_text(self) -> Text {
        match self {
            CauseClass::Normal => text!("normal event"),
            CauseClass::ResourceUnavailable => text!("resource unavailable"),
            CauseClass::ServiceNotAvailable => text!("service or option not available"),
            CauseClass::ServiceNotImplemented => text!("service or option not implemented"),
            CauseClass::InvalidMessage => text!("invalid message"),
            CauseClass::ProtocolError => text!("protocol error"),
            CauseClass::Interworking => text!("interworking"),
        }
    }

    /// [`label`](CauseClass::label), NUL-terminated.
    pub(crate) const fn label_c(self) -> &'static CStr {
        self.label_text().as_c_str()
    }

    /// A stable lower-case identifier for exports ("resource-unavailable").
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::CauseClass::ProtocolError.slug(), "protocol-error");
    /// ```
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            CauseClass::Normal => "normal",
            CauseClass::ResourceUnavailable => "resource-unavailable",
            CauseClass::ServiceNotAvailable => "service-not-available",
            CauseClass::ServiceNotImplemented => "service-not-implemented",
            CauseClass::InvalidMessage => "invalid-message",
            CauseClass::ProtocolError => "protocol-error",
            CauseClass::Interworking => "interworking",
        }
    }

    /// The values the class spans, as text ("32-47").
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::CauseClass::Normal.range(), "0-31");
    /// ```
    #[must_use]
    pub const fn range(self) -> &'static str {
        match self {
            CauseClass::Normal => "0-31",
            CauseClass::ResourceUnavailable => "32-47",
            CauseClass::ServiceNotAvailable => "48-63",
            CauseClass::ServiceNotImplemented => "64-79",
            CauseClass::InvalidMessage => "80-95",
            CauseClass::ProtocolError => "96-111",
            CauseClass::Interworking => "112-127",
        }
    }
}

impl fmt::Display for CauseClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
