//! The class of a status code: its first digit.

use core::fmt;

use crate::entry::Text;

/// The class of a SIP status code, named as in RFC 3261 §7.2, plus the local
/// `7xx` class that some SIP stacks use for codes never sent on the wire.
///
/// ```
/// use sipstatus::{StatusClass, StatusCode};
///
/// assert_eq!(StatusCode::BUSY_HERE.class(), StatusClass::ClientError);
/// assert_eq!(StatusClass::ClientError.to_string(), "Client Error");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusClass {
    /// `1xx`: the request was received and is being processed.
    Provisional,
    /// `2xx`: the request succeeded.
    Success,
    /// `3xx`: the request should be tried elsewhere.
    Redirection,
    /// `4xx`: the request failed at this server, but may succeed elsewhere or
    /// when changed.
    ClientError,
    /// `5xx`: the server failed to fulfil an apparently valid request.
    ServerError,
    /// `6xx`: the request cannot succeed at any server.
    GlobalFailure,
    /// `7xx`: a local code of a SIP stack, never sent on the wire.
    Local,
}

impl StatusClass {
    /// Every class, in code order.
    ///
    /// ```
    /// assert_eq!(sipstatus::StatusClass::ALL.len(), 7);
    /// ```
    pub const ALL: [StatusClass; 7] = [
        StatusClass::Provisional,
        StatusClass::Success,
        StatusClass::Redirection,
        StatusClass::ClientError,
        StatusClass::ServerError,
        StatusClass::GlobalFailure,
        StatusClass::Local,
    ];

    /// The class of a code's first digit (1 to 7), or `None` for any other
    /// digit.
    ///
    /// ```
    /// use sipstatus::StatusClass;
    ///
    /// assert_eq!(StatusClass::from_digit(6), Some(StatusClass::GlobalFailure));
    /// assert_eq!(StatusClass::from_digit(8), None);
    /// ```
    #[must_use]
    pub const fn from_digit(digit: u16) -> Option<StatusClass> {
        match digit {
            1 => Some(StatusClass::Provisional),
            2 => Some(StatusClass::Success),
            3 => Some(StatusClass::Redirection),
            4 => Some(StatusClass::ClientError),
            5 => Some(StatusClass::ServerError),
            6 => Some(StatusClass::GlobalFailure),
            7 => Some(StatusClass::Local),
            _ => None,
        }
    }

    /// The first digit of every code in this class.
    ///
    /// ```
    /// assert_eq!(sipstatus::StatusClass::Redirection.digit(), 3);
    /// ```
    #[must_use]
    pub const fn digit(self) -> u16 {
        match self {
            StatusClass::Provisional => 1,
            StatusClass::Success => 2,
            StatusClass::Redirection => 3,
            StatusClass::ClientError => 4,
            StatusClass::ServerError => 5,
            StatusClass::GlobalFailure => 6,
            StatusClass::Local => 7,
        }
    }

    /// The class's name as RFC 3261 §7.2 writes it ("Client Error"); for
    /// `7xx`, "Local". This is the fallback phrase for a code the table does
    /// not hold.
    ///
    /// ```
    /// assert_eq!(sipstatus::StatusClass::GlobalFailure.label(), "Global Failure");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        self.label_text().as_str()
    }

    /// [`label`](StatusClass::label) and its NUL-terminated form, from one literal.
    pub(crate) const fn label_text(self) -> Text {
        match self {
            StatusClass::Provisional => text!("Provisional"),
            StatusClass::Success => text!("Success"),
            StatusClass::Redirection => text!("Redirection"),
            StatusClass::ClientError => text!("Client Error"),
            StatusClass::ServerError => text!("Server Error"),
            StatusClass::GlobalFailure => text!("Global Failure"),
            StatusClass::Local => text!("Local"),
        }
    }

    /// A stable lower-case identifier for machine-readable output
    /// ("client-error"), as used by the JSON export.
    ///
    /// ```
    /// assert_eq!(sipstatus::StatusClass::ServerError.slug(), "server-error");
    /// ```
    #[must_use]
    pub const fn slug(self) -> &'static str {
        match self {
            StatusClass::Provisional => "provisional",
            StatusClass::Success => "success",
            StatusClass::Redirection => "redirection",
            StatusClass::ClientError => "client-error",
            StatusClass::ServerError => "server-error",
            StatusClass::GlobalFailure => "global-failure",
            StatusClass::Local => "local",
        }
    }

    /// The range of codes in this class, written `4xx`.
    ///
    /// ```
    /// assert_eq!(sipstatus::StatusClass::ClientError.range(), "4xx");
    /// ```
    #[must_use]
    pub const fn range(self) -> &'static str {
        match self {
            StatusClass::Provisional => "1xx",
            StatusClass::Success => "2xx",
            StatusClass::Redirection => "3xx",
            StatusClass::ClientError => "4xx",
            StatusClass::ServerError => "5xx",
            StatusClass::GlobalFailure => "6xx",
            StatusClass::Local => "7xx",
        }
    }
}

impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
