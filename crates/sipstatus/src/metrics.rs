//! RFC 6076 (SIP end-to-end performance metrics): how a final response counts
//! in the four ratios that are defined by response codes, and an accumulator
//! that computes them.
//!
//! The rows of [`metric_rules`] are the data; [`role`] only reads them:
//!
//! - **SER**, Session Establishment Ratio (RFC 6076 §4.6): INVITE requests
//!   answered by 200, as a percentage of all INVITE requests less those
//!   answered by a 3xx. The formula takes out redirections and nothing
//!   else: an INVITE answered by 401, 402 or 407 stays in the denominator.
//! - **SEER**, Session Establishment Effectiveness Ratio (§4.7): like SER, but
//!   480, 486, 600 and 603 count with 200 in the numerator, because they show
//!   that the call reached its user, who did not take it; the denominator is
//!   SER's.
//! - **ISA**, Ineffective Session Attempts (§4.8): INVITE requests answered by
//!   408, 500, 503 or 504 (a proxy or user agent gave up on the setup, failed
//!   or overloaded), as a percentage of all INVITE requests.
//! - **IRA**, Ineffective Registration Attempts (§4.2): REGISTER requests that
//!   end in a *failure response* or in no final response at all (Timer F), as
//!   a percentage of all REGISTER requests.
//!
//! A *failure response* (RFC 6076 §4.2, used again for failed session setups
//! in §4.3.2) is any 4xx, 5xx or 6xx except the challenges 401, 402 and 407,
//! which the RFC counts as non-failures: the client answers them with a new
//! request. See [`is_failure_response`].
//!
//! Like the RFC's formulas, the counts are of requests (transactions): an
//! INVITE challenged with a 407 and the INVITE that retries it with
//! credentials are two INVITE requests. The example flows of §4.8 and §4.9
//! treat such a pair as one attempt; a caller who wants that counts only
//! the transaction that ends the pair, not the challenged one.
//!
//! An INVITE without any final response is counted as ineffective in ISA:
//! RFC 3261 §8.1.3.1 has the client treat a transaction timeout as a 408.
//! It stays in the denominators of SER and SEER. See [`no_response_role`].
//!
//! ```
//! use sipstatus::StatusCode;
//! use sipstatus::metrics::{Method, SessionMetrics};
//!
//! let mut m = SessionMetrics::new();
//! m.add(Method::Invite, Some(StatusCode::OK))?;
//! m.add(Method::Invite, Some(StatusCode::BUSY_HERE))?;
//! m.add(Method::Invite, Some(StatusCode::MOVED_TEMPORARILY))?; // excluded from SER
//! m.add(Method::Invite, None)?;                                // a timeout
//! assert_eq!(m.ser(), Some(100.0 / 3.0));   // 1 of (4 - 1)
//! assert_eq!(m.seer(), Some(200.0 / 3.0));  // 2 of (4 - 1)
//! assert_eq!(m.isa(), Some(25.0));          // 1 of 4
//! assert_eq!(m.ira(), None);                // no REGISTER: undefined, not 0
//! # Ok::<(), sipstatus::metrics::NotFinal>(())
//! ```

use core::{fmt, ops::AddAssign, str::FromStr};

use thiserror::Error;

use crate::StatusCode;

/// The request method, as far as RFC 6076's response-code metrics tell
/// methods apart.
///
/// ```
/// use sipstatus::metrics::Method;
///
/// assert_eq!("INVITE".parse(), Ok(Method::Invite));
/// assert_eq!("OPTIONS".parse(), Ok(Method::Other));
/// assert!("".parse::<Method>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `INVITE`: counted in SER, SEER and ISA.
    Invite,
    /// `REGISTER`: counted in IRA.
    Register,
    /// Any other method: counted in none of the four ratios.
    Other,
}

impl Method {
    /// Reads a method token (RFC 3261 §25.1). Methods are case-sensitive, so
    /// `invite` is some other method, not `INVITE`.
    ///
    /// # Errors
    /// [`InvalidMethod::Empty`] for an empty text,
    /// [`InvalidMethod::NotAToken`] for a byte that no token may hold.
    ///
    /// ```
    /// use sipstatus::metrics::{InvalidMethod, Method};
    ///
    /// assert_eq!(Method::from_token(b"REGISTER"), Ok(Method::Register));
    /// assert_eq!(Method::from_token(b"invite"), Ok(Method::Other));
    /// assert_eq!(
    ///     Method::from_token(b"IN VITE"),
    ///     Err(InvalidMethod::NotAToken { position: 2, byte: b' ' }),
    /// );
    /// ```
    pub const fn from_token(token: &[u8]) -> Result<Method, InvalidMethod> {
        if token.is_empty() {
            return Err(InvalidMethod::Empty);
        }
        let mut position = 0;
        while position < token.len() {
            let byte = token[position];
            if !is_token_byte(byte) {
                return Err(InvalidMethod::NotAToken { position, byte });
            }
            position += 1;
        }
        Ok(match token {
            b"INVITE" => Method::Invite,
            b"REGISTER" => Method::Register,
            _ => Method::Other,
        })
    }
}

/// RFC 3261 §25.1: `token = 1*(alphanum / "-" / "." / "!" / "%" / "*" /
/// "_" / "+" / "`" / "'" / "~")`.
const fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'-' | b'.' | b'!' | b'%' | b'*' | b'_' | b'+' | b'`' | b'\'' | b'~'
        )
}

impl FromStr for Method {
    type Err = InvalidMethod;

    fn from_str(text: &str) -> Result<Method, InvalidMethod> {
        Method::from_token(text.as_bytes())
    }
}

/// Why a text is not a SIP method.
///
/// ```
/// use sipstatus::metrics::{InvalidMethod, Method};
///
/// assert_eq!("".parse::<Method>(), Err(InvalidMethod::Empty));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[non_exhaustive]
pub enum InvalidMethod {
    /// The text was empty.
    #[error("method is empty: expected a token such as INVITE")]
    Empty,
    /// A byte of the text may not appear in a token (RFC 3261 §25.1).
    #[error("method has byte 0x{byte:02x} at position {position}: not allowed in a SIP token")]
    NotAToken {
        /// The byte's position, from 0.
        position: usize,
        /// The byte itself.
        byte: u8,
    },
}

/// A code given to [`SessionMetrics::add`] that does not end a transaction:
/// a `1xx`, or a local `7xx` that is never sent.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::metrics::{Method, NotFinal, SessionMetrics};
///
/// let mut m = SessionMetrics::new();
/// assert_eq!(m.add(Method::Invite, Some(StatusCode::RINGING)), Err(NotFinal(180)));
/// assert_eq!(m.invites(), 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Error)]
#[error("status code {0} is not a final response: the metrics count only 2xx to 6xx")]
pub struct NotFinal(pub u16);

/// One of the four RFC 6076 ratios defined by response codes.
///
/// ```
/// use sipstatus::metrics::{Method, Metric};
///
/// assert_eq!(Metric::Seer.name(), "SEER");
/// assert_eq!(Metric::Seer.reference(), "RFC 6076 §4.7");
/// assert_eq!(Metric::Ira.method(), Method::Register);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Metric {
    /// Session Establishment Ratio (RFC 6076 §4.6).
    Ser,
    /// Session Establishment Effectiveness Ratio (RFC 6076 §4.7).
    Seer,
    /// Ineffective Session Attempts (RFC 6076 §4.8).
    Isa,
    /// Ineffective Registration Attempts (RFC 6076 §4.2).
    Ira,
}

impl Metric {
    /// Every metric, in the order SER, SEER, ISA, IRA.
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::Metric::ALL.len(), 4);
    /// ```
    pub const ALL: [Metric; 4] = [Metric::Ser, Metric::Seer, Metric::Isa, Metric::Ira];

    /// The abbreviation RFC 6076 uses: `"SER"`, `"SEER"`, `"ISA"`, `"IRA"`.
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::Metric::Isa.name(), "ISA");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Metric::Ser => "SER",
            Metric::Seer => "SEER",
            Metric::Isa => "ISA",
            Metric::Ira => "IRA",
        }
    }

    /// The section of RFC 6076 that defines the metric.
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::Metric::Ser.reference(), "RFC 6076 §4.6");
    /// ```
    #[must_use]
    pub const fn reference(self) -> &'static str {
        match self {
            Metric::Ser => "RFC 6076 §4.6",
            Metric::Seer => "RFC 6076 §4.7",
            Metric::Isa => "RFC 6076 §4.8",
            Metric::Ira => "RFC 6076 §4.2",
        }
    }

    /// The method whose transactions the metric counts.
    ///
    /// ```
    /// use sipstatus::metrics::{Method, Metric};
    ///
    /// assert_eq!(Metric::Isa.method(), Method::Invite);
    /// ```
    #[must_use]
    pub const fn method(self) -> Method {
        match self {
            Metric::Ira => Method::Register,
            _ => Method::Invite,
        }
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a final response to the metric's method counts in a metric.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::metrics::{Metric, Role, role};
///
/// assert_eq!(role(StatusCode::OK, Metric::Ser), Role::Numerator);
/// assert_eq!(role(StatusCode::MOVED_TEMPORARILY, Metric::Ser), Role::Excluded);
/// assert_eq!(role(StatusCode::BUSY_HERE, Metric::Ser), Role::Denominator);
/// assert_eq!(role(StatusCode::UNAUTHORIZED, Metric::Ser), Role::Denominator);
/// assert_eq!(role(StatusCode::RINGING, Metric::Ser), Role::NotCounted);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Counted in the numerator (and so in the denominator too).
    Numerator,
    /// Counted in the denominator only.
    Denominator,
    /// Taken out of the denominator: the request is as if never sent.
    Excluded,
    /// Not a final response, so not counted at all.
    NotCounted,
}

impl Role {
    /// A short name: `"numerator"`, `"denominator"`, `"excluded"`,
    /// `"not-counted"`.
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::Role::Excluded.name(), "excluded");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Role::Numerator => "numerator",
            Role::Denominator => "denominator",
            Role::Excluded => "excluded",
            Role::NotCounted => "not-counted",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One row of the RFC 6076 data: the codes `first..=last` take `role` in
/// `metric`, as `reference` says. A final code that no row names counts in
/// the denominator only.
///
/// ```
/// use sipstatus::metrics::{Metric, Role, metric_rules};
///
/// let row = metric_rules().iter().find(|r| r.metric == Metric::Isa).unwrap();
/// assert_eq!((row.first, row.last, row.role), (408, 408, Role::Numerator));
/// assert_eq!(row.reference, "RFC 6076 §4.8");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MetricRule {
    /// The metric.
    pub metric: Metric,
    /// The lowest code of the row.
    pub first: u16,
    /// The highest code of the row (equal to `first` for a single code).
    pub last: u16,
    /// How these codes count.
    pub role: Role,
    /// Where RFC 6076 says so.
    pub reference: &'static str,
}

impl MetricRule {
    /// Whether the row names this code.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::metrics::metric_rules;
    ///
    /// assert!(metric_rules()[1].contains(StatusCode::MOVED_TEMPORARILY)); // the 3xx row of SER
    /// ```
    #[must_use]
    pub const fn contains(&self, code: StatusCode) -> bool {
        self.first <= code.as_u16() && code.as_u16() <= self.last
    }
}

macro_rules! rules {
    ($($metric:ident $first:literal $(..= $last:literal)? => $role:ident, $section:literal;)*) => {
        &[$(MetricRule {
            metric: Metric::$metric,
            first: $first,
            last: rules!(@last $first $(, $last)?),
            role: Role::$role,
            reference: concat!("RFC 6076 §", $section),
        },)*]
    };
    (@last $first:literal) => { $first };
    (@last $first:literal, $last:literal) => { $last };
}

/// The rows, by metric. SER and SEER take only the 3xx out of their
/// denominator, as their formulas in §4.6 and §4.7 do. The IRA rows spell
/// out the failure responses of §4.2: their gaps are the challenges 401,
/// 402 and 407.
const RULES: &[MetricRule] = rules! {
    Ser 200 => Numerator, "4.6";
    Ser 300..=399 => Excluded, "4.6";
    Seer 200 => Numerator, "4.7";
    Seer 480 => Numerator, "4.7";
    Seer 486 => Numerator, "4.7";
    Seer 600 => Numerator, "4.7";
    Seer 603 => Numerator, "4.7";
    Seer 300..=399 => Excluded, "4.7";
    Isa 408 => Numerator, "4.8";
    Isa 500 => Numerator, "4.8";
    Isa 503..=504 => Numerator, "4.8";
    Ira 400 => Numerator, "4.2";
    Ira 403..=406 => Numerator, "4.2";
    Ira 408..=499 => Numerator, "4.2";
    Ira 500..=699 => Numerator, "4.2";
};

/// Every row of the RFC 6076 data, grouped by metric. No two rows of one
/// metric overlap.
///
/// ```
/// use sipstatus::metrics::{Metric, metric_rules};
///
/// assert!(metric_rules().iter().all(|r| r.reference.starts_with("RFC 6076 §4.")));
/// assert_eq!(metric_rules().iter().filter(|r| r.metric == Metric::Ser).count(), 2);
/// ```
#[must_use]
pub const fn metric_rules() -> &'static [MetricRule] {
    RULES
}

/// The row that decides how `code` counts in `metric`, or `None` where no
/// row names it (a final code then counts in the denominator only).
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::metrics::{Metric, rule};
///
/// assert_eq!(rule(StatusCode::DECLINE, Metric::Seer).map(|r| r.reference), Some("RFC 6076 §4.7"));
/// assert!(rule(StatusCode::DECLINE, Metric::Ser).is_none());
/// ```
#[must_use]
pub const fn rule(code: StatusCode, metric: Metric) -> Option<&'static MetricRule> {
    let mut i = 0;
    while i < RULES.len() {
        let row = &RULES[i];
        if row.metric as u8 == metric as u8 && row.contains(code) {
            return Some(row);
        }
        i += 1;
    }
    None
}

/// How a final response with `code` to the metric's method counts in
/// `metric`. `1xx` and local `7xx` codes end no transaction:
/// [`Role::NotCounted`].
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::metrics::{Metric, Role, role};
///
/// assert_eq!(role(StatusCode::DECLINE, Metric::Seer), Role::Numerator);
/// assert_eq!(role(StatusCode::SERVICE_UNAVAILABLE, Metric::Isa), Role::Numerator);
/// assert_eq!(role(StatusCode::PROXY_AUTHENTICATION_REQUIRED, Metric::Ira), Role::Denominator);
/// ```
#[must_use]
pub const fn role(code: StatusCode, metric: Metric) -> Role {
    if !code.is_final() {
        return Role::NotCounted;
    }
    match rule(code, metric) {
        Some(row) => row.role,
        None => Role::Denominator,
    }
}

/// How a transaction that ended without any final response counts: in the
/// numerator of ISA (RFC 3261 §8.1.3.1 treats the timeout as a 408) and of
/// IRA (RFC 6076 §4.2 counts the expiry of Timer F), in the denominator of
/// SER and SEER.
///
/// ```
/// use sipstatus::metrics::{Metric, Role, no_response_role};
///
/// assert_eq!(no_response_role(Metric::Ira), Role::Numerator);
/// assert_eq!(no_response_role(Metric::Ser), Role::Denominator);
/// ```
#[must_use]
pub const fn no_response_role(metric: Metric) -> Role {
    match metric {
        Metric::Ser | Metric::Seer => Role::Denominator,
        Metric::Isa | Metric::Ira => Role::Numerator,
    }
}

/// RFC 6076 §4.2: a failure response is a 4xx other than the challenges
/// 401, 402 and 407, a 5xx or a 6xx.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::metrics::is_failure_response;
///
/// assert!(is_failure_response(StatusCode::NOT_FOUND));
/// assert!(is_failure_response(StatusCode::DECLINE));
/// assert!(!is_failure_response(StatusCode::UNAUTHORIZED));
/// assert!(!is_failure_response(StatusCode::MOVED_TEMPORARILY));
/// ```
#[must_use]
pub const fn is_failure_response(code: StatusCode) -> bool {
    matches!(role(code, Metric::Ira), Role::Numerator)
}

/// The raw counts behind a [`SessionMetrics`]: what a monitoring system
/// exports as counters, and what the C ABI keeps in its own struct.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::metrics::{MetricCounts, Method, SessionMetrics};
///
/// let mut m = SessionMetrics::new();
/// m.add(Method::Invite, Some(StatusCode::MOVED_TEMPORARILY))?;
/// let counts = m.counts();
/// assert_eq!((counts.invites, counts.invites_excluded), (1, 1));
/// assert_eq!(SessionMetrics::from_counts(counts), m);
/// # Ok::<(), sipstatus::metrics::NotFinal>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct MetricCounts {
    /// INVITE transactions.
    pub invites: u64,
    /// INVITEs answered by 200: the numerator of SER (RFC 6076 §4.6).
    pub invites_established: u64,
    /// INVITEs answered by a 3xx, taken out of the denominators of SER and
    /// SEER (§4.6, §4.7).
    pub invites_excluded: u64,
    /// INVITEs answered by 200, 480, 486, 600 or 603: the numerator of SEER
    /// (§4.7).
    pub invites_effective: u64,
    /// INVITEs answered by 408, 500, 503 or 504, or not at all: the
    /// numerator of ISA (§4.8).
    pub invites_ineffective: u64,
    /// REGISTER transactions.
    pub registers: u64,
    /// REGISTERs that ended in a failure response or in none: the numerator
    /// of IRA (§4.2).
    pub registers_ineffective: u64,
    /// Transactions of other methods, which enter no ratio.
    pub others: u64,
}

impl MetricCounts {
    /// Every count is zero.
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::MetricCounts::ZERO.invites, 0);
    /// ```
    pub const ZERO: MetricCounts = MetricCounts {
        invites: 0,
        invites_established: 0,
        invites_excluded: 0,
        invites_effective: 0,
        invites_ineffective: 0,
        registers: 0,
        registers_ineffective: 0,
        others: 0,
    };
}

/// Counts transactions by method and final response, and yields RFC 6076's
/// SER, SEER, ISA and IRA as percentages. A ratio whose denominator is 0 is
/// undefined (`None`), not 0.
///
/// It is a handful of counters ([`MetricCounts`]): `Copy`, no allocation;
/// two accumulators (say, of two capture files) are merged with `+=` or
/// [`merge`](Self::merge). Counts saturate at `u64::MAX` rather than wrap.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::metrics::{Method, SessionMetrics};
///
/// let mut a = SessionMetrics::new();
/// a.add(Method::Register, Some(StatusCode::OK))?;
/// let mut b = SessionMetrics::new();
/// b.add(Method::Register, Some(StatusCode::FORBIDDEN))?;
/// a += b;
/// assert_eq!(a.ira(), Some(50.0));
/// assert_eq!(a.ser(), None);
/// # Ok::<(), sipstatus::metrics::NotFinal>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SessionMetrics {
    counts: MetricCounts,
}

/// One more, saturating.
fn bump(count: &mut u64) {
    *count = count.saturating_add(1);
}

impl SessionMetrics {
    /// An accumulator that has counted nothing.
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::SessionMetrics::new().isa(), None);
    /// ```
    #[must_use]
    pub const fn new() -> SessionMetrics {
        SessionMetrics {
            counts: MetricCounts::ZERO,
        }
    }

    /// An accumulator that continues from counts kept elsewhere (exported
    /// counters, a C struct). Counts that no sequence of [`add`](Self::add)
    /// could produce (more excluded INVITEs than INVITEs, say) give ratios
    /// that mean nothing, but never a panic.
    ///
    /// ```
    /// use sipstatus::metrics::{MetricCounts, SessionMetrics};
    ///
    /// let counts = MetricCounts { invites: 4, invites_established: 1, ..MetricCounts::ZERO };
    /// assert_eq!(SessionMetrics::from_counts(counts).ser(), Some(25.0));
    /// ```
    #[must_use]
    pub const fn from_counts(counts: MetricCounts) -> SessionMetrics {
        SessionMetrics { counts }
    }

    /// The raw counts.
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::SessionMetrics::new().counts().others, 0);
    /// ```
    #[must_use]
    pub const fn counts(&self) -> MetricCounts {
        self.counts
    }

    /// Counts one transaction: its method and its final response, or `None`
    /// when it ended without one (a timeout).
    ///
    /// # Errors
    /// [`NotFinal`] for a `1xx` or `7xx` code; nothing is counted then.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::metrics::{Method, SessionMetrics};
    ///
    /// let mut m = SessionMetrics::new();
    /// m.add(Method::Invite, Some(StatusCode::SERVER_TIME_OUT))?;
    /// m.add(Method::Other, Some(StatusCode::OK))?;
    /// assert_eq!((m.invites(), m.others()), (1, 1));
    /// assert_eq!(m.isa(), Some(100.0));
    /// # Ok::<(), sipstatus::metrics::NotFinal>(())
    /// ```
    pub fn add(&mut self, method: Method, code: Option<StatusCode>) -> Result<(), NotFinal> {
        if let Some(code) = code
            && !code.is_final()
        {
            return Err(NotFinal(code.as_u16()));
        }
        let counted = |metric: Metric| -> Role {
            match code {
                Some(code) => role(code, metric),
                None => no_response_role(metric),
            }
        };
        let c = &mut self.counts;
        match method {
            Method::Invite => {
                bump(&mut c.invites);
                match counted(Metric::Ser) {
                    Role::Numerator => bump(&mut c.invites_established),
                    Role::Excluded => bump(&mut c.invites_excluded),
                    Role::Denominator | Role::NotCounted => {}
                }
                if let Role::Numerator = counted(Metric::Seer) {
                    bump(&mut c.invites_effective);
                }
                if let Role::Numerator = counted(Metric::Isa) {
                    bump(&mut c.invites_ineffective);
                }
            }
            Method::Register => {
                bump(&mut c.registers);
                if let Role::Numerator = counted(Metric::Ira) {
                    bump(&mut c.registers_ineffective);
                }
            }
            Method::Other => bump(&mut c.others),
        }
        Ok(())
    }

    /// Adds the counts of `other` to these.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::metrics::{Method, SessionMetrics};
    ///
    /// let mut a = SessionMetrics::new();
    /// a.add(Method::Invite, Some(StatusCode::OK))?;
    /// let mut b = SessionMetrics::new();
    /// b.add(Method::Invite, Some(StatusCode::DECLINE))?;
    /// a.merge(&b);
    /// assert_eq!((a.ser(), a.seer()), (Some(50.0), Some(100.0)));
    /// # Ok::<(), sipstatus::metrics::NotFinal>(())
    /// ```
    pub const fn merge(&mut self, other: &SessionMetrics) {
        let (a, b) = (&mut self.counts, &other.counts);
        a.invites = a.invites.saturating_add(b.invites);
        a.invites_established = a.invites_established.saturating_add(b.invites_established);
        a.invites_excluded = a.invites_excluded.saturating_add(b.invites_excluded);
        a.invites_effective = a.invites_effective.saturating_add(b.invites_effective);
        a.invites_ineffective = a.invites_ineffective.saturating_add(b.invites_ineffective);
        a.registers = a.registers.saturating_add(b.registers);
        a.registers_ineffective = a
            .registers_ineffective
            .saturating_add(b.registers_ineffective);
        a.others = a.others.saturating_add(b.others);
    }

    /// How many INVITE transactions were counted.
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::SessionMetrics::new().invites(), 0);
    /// ```
    #[must_use]
    pub const fn invites(&self) -> u64 {
        self.counts.invites
    }

    /// How many REGISTER transactions were counted.
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::SessionMetrics::new().registers(), 0);
    /// ```
    #[must_use]
    pub const fn registers(&self) -> u64 {
        self.counts.registers
    }

    /// How many transactions of other methods were counted (they enter no
    /// ratio).
    ///
    /// ```
    /// assert_eq!(sipstatus::metrics::SessionMetrics::new().others(), 0);
    /// ```
    #[must_use]
    pub const fn others(&self) -> u64 {
        self.counts.others
    }

    /// The denominator of SER and SEER: INVITEs less the excluded ones.
    const fn session_attempts(&self) -> u64 {
        self.counts
            .invites
            .saturating_sub(self.counts.invites_excluded)
    }

    /// Session Establishment Ratio (RFC 6076 §4.6), in percent: INVITEs
    /// answered by 200, of all INVITEs less those answered by a 3xx. `None`
    /// when that denominator is 0.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::metrics::{Method, SessionMetrics};
    ///
    /// let mut m = SessionMetrics::new();
    /// m.add(Method::Invite, Some(StatusCode::MOVED_PERMANENTLY))?;
    /// assert_eq!(m.ser(), None); // every INVITE was excluded
    /// m.add(Method::Invite, Some(StatusCode::PROXY_AUTHENTICATION_REQUIRED))?;
    /// m.add(Method::Invite, Some(StatusCode::OK))?;
    /// assert_eq!(m.ser(), Some(50.0)); // the challenged INVITE counts
    /// # Ok::<(), sipstatus::metrics::NotFinal>(())
    /// ```
    #[must_use]
    pub fn ser(&self) -> Option<f64> {
        percent(self.counts.invites_established, self.session_attempts())
    }

    /// Session Establishment Effectiveness Ratio (RFC 6076 §4.7), in
    /// percent: INVITEs answered by 200, 480, 486, 600 or 603, of all
    /// INVITEs less those answered by a 3xx. `None` when that denominator
    /// is 0.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::metrics::{Method, SessionMetrics};
    ///
    /// let mut m = SessionMetrics::new();
    /// m.add(Method::Invite, Some(StatusCode::BUSY_EVERYWHERE))?;
    /// m.add(Method::Invite, Some(StatusCode::NOT_FOUND))?;
    /// assert_eq!(m.seer(), Some(50.0));
    /// # Ok::<(), sipstatus::metrics::NotFinal>(())
    /// ```
    #[must_use]
    pub fn seer(&self) -> Option<f64> {
        percent(self.counts.invites_effective, self.session_attempts())
    }

    /// Ineffective Session Attempts (RFC 6076 §4.8), in percent: INVITEs
    /// answered by 408, 500, 503 or 504, or not answered at all, of all
    /// INVITEs. `None` when no INVITE was counted.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::metrics::{Method, SessionMetrics};
    ///
    /// let mut m = SessionMetrics::new();
    /// m.add(Method::Invite, Some(StatusCode::MOVED_PERMANENTLY))?;
    /// m.add(Method::Invite, Some(StatusCode::SERVER_INTERNAL_ERROR))?;
    /// assert_eq!(m.isa(), Some(50.0)); // 3xx stay in this denominator
    /// # Ok::<(), sipstatus::metrics::NotFinal>(())
    /// ```
    #[must_use]
    pub fn isa(&self) -> Option<f64> {
        percent(self.counts.invites_ineffective, self.counts.invites)
    }

    /// Ineffective Registration Attempts (RFC 6076 §4.2), in percent:
    /// REGISTERs that ended in a failure response or in none, of all
    /// REGISTERs. `None` when no REGISTER was counted.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::metrics::{Method, SessionMetrics};
    ///
    /// let mut m = SessionMetrics::new();
    /// m.add(Method::Register, Some(StatusCode::UNAUTHORIZED))?; // a challenge, not a failure
    /// m.add(Method::Register, None)?;                           // Timer F
    /// assert_eq!(m.ira(), Some(50.0));
    /// # Ok::<(), sipstatus::metrics::NotFinal>(())
    /// ```
    #[must_use]
    pub fn ira(&self) -> Option<f64> {
        percent(self.counts.registers_ineffective, self.counts.registers)
    }

    /// The value of one metric: [`ser`](Self::ser), [`seer`](Self::seer),
    /// [`isa`](Self::isa) or [`ira`](Self::ira).
    ///
    /// ```
    /// use sipstatus::metrics::{Metric, SessionMetrics};
    ///
    /// assert_eq!(SessionMetrics::new().get(Metric::Seer), None);
    /// ```
    #[must_use]
    pub fn get(&self, metric: Metric) -> Option<f64> {
        match metric {
            Metric::Ser => self.ser(),
            Metric::Seer => self.seer(),
            Metric::Isa => self.isa(),
            Metric::Ira => self.ira(),
        }
    }
}

/// `part` of `whole` in percent, or `None` for an empty whole.
#[allow(clippy::cast_precision_loss)] // counts beyond 2^53 are not a concern
fn percent(part: u64, whole: u64) -> Option<f64> {
    (whole != 0).then(|| part as f64 * 100.0 / whole as f64)
}

impl AddAssign for SessionMetrics {
    fn add_assign(&mut self, other: SessionMetrics) {
        self.merge(&other);
    }
}

impl core::ops::Add for SessionMetrics {
    type Output = SessionMetrics;

    fn add(mut self, other: SessionMetrics) -> SessionMetrics {
        self.merge(&other);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_one_metric_do_not_overlap() {
        for metric in Metric::ALL {
            let rows: Vec<_> = RULES.iter().filter(|r| r.metric == metric).collect();
            for row in &rows {
                assert!(row.first <= row.last, "{row:?}");
                assert!(
                    (200..=699).contains(&row.first) && row.last <= 699,
                    "{row:?}"
                );
                assert_eq!(row.reference, metric.reference());
            }
            for (i, a) in rows.iter().enumerate() {
                for b in &rows[i + 1..] {
                    assert!(a.last < b.first || b.last < a.first, "{a:?} overlaps {b:?}");
                }
            }
        }
    }
}
