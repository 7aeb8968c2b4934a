//! [`Profile`]: whose mapping between SIP and Q.850 to apply.

use core::{ffi::CStr, fmt, str::FromStr};

use super::UnknownProfile;
use crate::entry::Text;

/// A source of mappings between SIP status codes and Q.850 causes.
///
/// The numbers are stable: C passes a profile as that integer
/// (`SIPSTATUS_PROFILE_RFC3398` is 0).
///
/// ```
/// use sipstatus::q850::Profile;
///
/// assert_eq!(Profile::default(), Profile::Rfc3398);
/// assert_eq!("freeswitch".parse::<Profile>(), Ok(Profile::FreeSwitch));
/// assert_eq!(Profile::Asterisk.slug(), "asterisk");
/// assert_eq!(Profile::from_index(1), Some(Profile::Rfc4497));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[non_exhaustive]
pub enum Profile {
    /// RFC 3398, the ISUP–SIP mapping: §8.2.6.1 from SIP to cause (an
    /// unlisted code gives 31), §7.2.4.1 from cause to SIP (an unlisted
    /// cause gives 500), with the RFC's footnotes. The default.
    #[default]
    Rfc3398 = 0,
    /// RFC 4497 §8.4, the QSIG–SIP mapping, where it differs from RFC 3398.
    Rfc4497 = 1,
    /// What FreeSWITCH's mod_sofia does, bugs included.
    FreeSwitch = 2,
    /// What Asterisk's res_pjsip and chan_pjsip do, quirks included.
    Asterisk = 3,
}

impl Profile {
    /// Every profile, in number order.
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::Profile::ALL.len(), 4);
    /// ```
    pub const ALL: [Profile; 4] = [
        Profile::Rfc3398,
        Profile::Rfc4497,
        Profile::FreeSwitch,
        Profile::Asterisk,
    ];

    /// The profile of a stable number, as C passes it.
    ///
    /// ```
    /// use sipstatus::q850::Profile;
    ///
    /// assert_eq!(Profile::from_index(3), Some(Profile::Asterisk));
    /// assert_eq!(Profile::from_index(4), None);
    /// ```
    #[must_use]
    pub const fn from_index(index: u32) -> Option<Profile> {
        match index {
            0 => Some(Profile::Rfc3398),
            1 => Some(Profile::Rfc4497),
            2 => Some(Profile::FreeSwitch),
            3 => Some(Profile::Asterisk),
            _ => None,
        }
    }

    /// The stable number.
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::Profile::FreeSwitch.index(), 2);
    /// ```
    #[must_use]
    pub const fn index(self) -> u32 {
        self as u32
    }

    /// The lower-case identifier used by the CLI and Python ("rfc3398").
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::Profile::Rfc4497.slug(), "rfc4497");
    /// ```
    #[must_use]
    pub const fn slug(self) -> &'static str {
        self.slug_text().as_str()
    }

    /// [`slug`](Profile::slug) and its NUL-terminated form, from one literal.
    pub(crate) const fn slug_text(self) -> Text {
        match self {
            Profile::Rfc3398 => text!("rfc3398"),
            Profile::Rfc4497 => text!("rfc4497"),
            Profile::FreeSwitch => text!("freeswitch"),
            Profile::Asterisk => text!("asterisk"),
        }
    }

    /// [`slug`](Profile::slug), NUL-terminated.
    pub(crate) const fn slug_c(self) -> &'static CStr {
        self.slug_text().as_c_str()
    }

    /// A name for people ("RFC 3398", "FreeSWITCH").
    ///
    /// ```
    /// assert_eq!(sipstatus::q850::Profile::FreeSwitch.label(), "FreeSWITCH");
    /// ```
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Profile::Rfc3398 => "RFC 3398",
            Profile::Rfc4497 => "RFC 4497",
            Profile::FreeSwitch => "FreeSWITCH",
            Profile::Asterisk => "Asterisk",
        }
    }

    /// Where the mapping was read from: the document and sections, or the
    /// repository, commit, files and functions.
    ///
    /// ```
    /// assert!(sipstatus::q850::Profile::Asterisk.source().contains("ast_sip_hangup_sip2cause"));
    /// ```
    #[must_use]
    pub const fn source(self) -> &'static str {
        match self {
            Profile::Rfc3398 => "RFC 3398 §8.2.6.1 (SIP to cause) and §7.2.4.1 (cause to SIP)",
            Profile::Rfc4497 => {
                "RFC 4497 §8.4.4 Table 2 (SIP to cause) and §8.4.1 Table 1 (cause to SIP)"
            }
            Profile::FreeSwitch => {
                "signalwire/freeswitch cc93a683ca6e (2026-08-21): src/mod/endpoints/mod_sofia/sofia_glue.c \
                 sofia_glue_sip_cause_to_freeswitch() (SIP to cause); src/mod/endpoints/mod_sofia/mod_sofia.c \
                 hangup_cause_to_sip() (cause to SIP); cause numbers from src/include/switch_types.h"
            }
            Profile::Asterisk => {
                "asterisk/asterisk f0c1c1a7b79b (2026-08-06, res_pjsip): res/res_pjsip.c \
                 ast_sip_hangup_sip2cause() (SIP to cause); channels/chan_pjsip.c hangup_cause2sip() with \
                 res/res_pjsip_session.c ast_sip_session_terminate() (cause to SIP); cause numbers from \
                 include/asterisk/causes.h"
            }
        }
    }

    /// Parses a profile's identifier, in any case.
    ///
    /// # Errors
    /// [`UnknownProfile`] for anything but the identifiers of
    /// [`Profile::ALL`].
    ///
    /// ```
    /// use sipstatus::q850::Profile;
    ///
    /// assert_eq!(Profile::from_slug(b"RFC3398"), Ok(Profile::Rfc3398));
    /// assert!(Profile::from_slug(b"rfc 3398").is_err());
    /// ```
    pub fn from_slug(slug: &[u8]) -> Result<Profile, UnknownProfile> {
        Profile::ALL
            .into_iter()
            .find(|p| p.slug().as_bytes().eq_ignore_ascii_case(slug))
            .ok_or(UnknownProfile)
    }
}

impl FromStr for Profile {
    type Err = UnknownProfile;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Profile::from_slug(s.as_bytes())
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}
