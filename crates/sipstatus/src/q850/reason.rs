//! The Q.850 cause of a Reason header value (RFC 3326, RFC 6432), read
//! through the cause table.

use super::Cause;
use crate::{Protocol, ReasonValue};

impl ReasonValue<'_> {
    /// The cause of a `Q.850` value as a [`Cause`], for a cause from 1 to
    /// 127; `None` for another protocol, a missing cause or one out of
    /// range. Its name, class and SIP mappings come from the cause table.
    ///
    /// ```
    /// use sipstatus::{ReasonValue, StatusCode, q850::{Cause, Profile}};
    ///
    /// let value = ReasonValue::parse_one(b"Q.850;cause=17;text=\"User busy\"")?;
    /// let cause = value.q850_cause().unwrap();
    /// assert_eq!(cause, Cause::USER_BUSY);
    /// assert_eq!(cause.to_sip(Profile::Rfc3398).code(), StatusCode::BUSY_HERE);
    /// assert_eq!(ReasonValue::parse_one(b"SIP;cause=486")?.q850_cause(), None);
    /// assert_eq!(ReasonValue::parse_one(b"Q.850;cause=300")?.q850_cause(), None);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub fn q850_cause(&self) -> Option<Cause> {
        if self.protocol() != Protocol::Q850 {
            return None;
        }
        let value = u16::try_from(self.cause()?).ok()?;
        Cause::from_u16(value).ok()
    }
}
