//! The best response among forked branches (RFC 3261 §16.7 steps 5 to 7):
//! which final response a stateful proxy sends upstream once every branch
//! has answered or timed out, and what else it must do.
//!
//! [`best_response`] takes the final responses collected, in arrival order,
//! and the method of the request, and applies these rules, first match wins:
//!
//! 1. **`success`**: a 2xx is not chosen at all: §16.7 step 5 forwards it the
//!    moment it arrives. Given one anyway, the function returns the first
//!    2xx in arrival order and says to cancel the branches still pending
//!    (step 10).
//! 2. **`global-failure`**: any 6xx (608 of RFC 8688 included) wins over every
//!    other class (step 6); step 5 has the proxy cancel the pending branches
//!    as soon as the 6xx arrives.
//! 3. **`timeout`**: no final response at all: the proxy generates a 408
//!    (step 6). Not for a non-INVITE request: RFC 4320 §4.2 forbids a 408 to
//!    one, and the proxy sends nothing (**`no-response`**). Received 408s to a
//!    non-INVITE request are not forwarded either, for the same reason.
//! 4. Otherwise the lowest class present (step 6), and within it:
//!    - **`preferred`**: in the 4xx class, the codes that tell the client how
//!      to resubmit. Step 6 names 401, 407, 415, 420 and 484 as examples
//!      ("such as") and asks for preference (SHOULD) without an order among
//!      them; this module takes them in the order named.
//!    - **`lowest-class`**: else the lowest code of the class, and of equal
//!      codes the one that arrived first. A 503 ranks after every other 5xx,
//!      because step 6 says a proxy should not pass it upstream.
//!    - **`unavailable-as-500`**: when a 503 would still be chosen, the proxy
//!      generates a 500 instead (step 6).
//!
//! When the response chosen is a 401 or 407, the proxy must add to it the
//! challenges (WWW-Authenticate and Proxy-Authenticate) of every other 401
//! and 407 received (step 7): [`Choice::aggregate_challenges`].
//!
//! Provisional codes (1xx, including RFC 6228's 199) and the local 7xx codes
//! are not final responses to a branch, so they are not candidates: they are
//! skipped.
//!
//! ```
//! use sipstatus::StatusCode;
//! use sipstatus::fork::{Rule, best_response};
//! use sipstatus::metrics::Method;
//!
//! let codes = [StatusCode::SERVICE_UNAVAILABLE, StatusCode::PROXY_AUTHENTICATION_REQUIRED,
//!              StatusCode::NOT_IMPLEMENTED, StatusCode::NOT_FOUND];
//! let choice = best_response(&codes, Method::Invite);
//! assert_eq!(choice.code(), Some(StatusCode::PROXY_AUTHENTICATION_REQUIRED));
//! assert_eq!(choice.rule(), Rule::Preferred);
//! assert!(choice.aggregate_challenges());
//! assert_eq!(choice.index(), Some(1));
//! ```

use core::fmt;

use crate::{StatusCode, entry::Text, metrics::Method};

/// The rule of RFC 3261 §16.7 that decided a [`Choice`].
///
/// ```
/// assert_eq!(sipstatus::fork::Rule::GlobalFailure.name(), "global-failure");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A 2xx was among the responses: it is forwarded at once (§16.7 step 5).
    Success,
    /// A 6xx was among the responses and wins (§16.7 steps 5 and 6).
    GlobalFailure,
    /// No final response to an INVITE: a generated 408 (§16.7 step 6).
    Timeout,
    /// No final response usable for a non-INVITE request: nothing is sent,
    /// since a 408 is forbidden there (RFC 4320 §4.2).
    NoResponse,
    /// A 4xx that tells the client how to resubmit: 401, 407, 415, 420 or
    /// 484 (§16.7 step 6).
    Preferred,
    /// The lowest code of the lowest class present (§16.7 step 6).
    LowestClass,
    /// A 503 would have been chosen; a generated 500 goes instead (§16.7
    /// step 6).
    UnavailableAs500,
}

impl Rule {
    /// Every rule, in the order they are tried.
    ///
    /// ```
    /// assert_eq!(sipstatus::fork::Rule::ALL.len(), 7);
    /// ```
    pub const ALL: [Rule; 7] = [
        Rule::Success,
        Rule::GlobalFailure,
        Rule::Timeout,
        Rule::NoResponse,
        Rule::Preferred,
        Rule::LowestClass,
        Rule::UnavailableAs500,
    ];

    /// A short name: `"success"`, `"global-failure"`, `"timeout"`,
    /// `"no-response"`, `"preferred"`, `"lowest-class"`,
    /// `"unavailable-as-500"`.
    ///
    /// ```
    /// assert_eq!(sipstatus::fork::Rule::UnavailableAs500.name(), "unavailable-as-500");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.name_text().as_str()
    }

    /// [`name`](Rule::name) and its NUL-terminated form, from one literal.
    pub(crate) const fn name_text(self) -> Text {
        match self {
            Rule::Success => text!("success"),
            Rule::GlobalFailure => text!("global-failure"),
            Rule::Timeout => text!("timeout"),
            Rule::NoResponse => text!("no-response"),
            Rule::Preferred => text!("preferred"),
            Rule::LowestClass => text!("lowest-class"),
            Rule::UnavailableAs500 => text!("unavailable-as-500"),
        }
    }

    /// Where the rule is written down.
    ///
    /// ```
    /// assert_eq!(sipstatus::fork::Rule::NoResponse.reference(), "RFC 4320 §4.2");
    /// ```
    #[must_use]
    pub const fn reference(self) -> &'static str {
        match self {
            Rule::Success => "RFC 3261 §16.7 step 5",
            Rule::NoResponse => "RFC 4320 §4.2",
            _ => "RFC 3261 §16.7 step 6",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The response a proxy sends upstream, and why.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::fork::{Rule, best_response};
/// use sipstatus::metrics::Method;
///
/// let choice = best_response(&[], Method::Invite);
/// assert_eq!(choice.code(), Some(StatusCode::REQUEST_TIMEOUT));
/// assert!(choice.generated());
/// assert_eq!(choice.index(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Choice {
    code: Option<StatusCode>,
    rule: Rule,
    index: Option<usize>,
    cancel_pending: bool,
    aggregate_challenges: bool,
    generated: bool,
}

impl Choice {
    /// The code to send upstream; `None` when nothing may be sent (a
    /// non-INVITE request without a usable response, RFC 4320 §4.2).
    ///
    /// ```
    /// use sipstatus::fork::best_response;
    /// use sipstatus::metrics::Method;
    ///
    /// assert_eq!(best_response(&[], Method::Other).code(), None);
    /// ```
    #[must_use]
    pub const fn code(&self) -> Option<StatusCode> {
        self.code
    }

    /// The rule that decided.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::fork::{Rule, best_response};
    /// use sipstatus::metrics::Method;
    ///
    /// let choice = best_response(&[StatusCode::NOT_FOUND, StatusCode::DECLINE], Method::Invite);
    /// assert_eq!(choice.rule(), Rule::GlobalFailure);
    /// ```
    #[must_use]
    pub const fn rule(&self) -> Rule {
        self.rule
    }

    /// The position, in the codes given, of the response whose content is
    /// sent (or which a generated 500 replaces); `None` for a generated 408
    /// and when nothing is sent.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::fork::best_response;
    /// use sipstatus::metrics::Method;
    ///
    /// let choice = best_response(&[StatusCode::NOT_FOUND, StatusCode::BAD_REQUEST], Method::Invite);
    /// assert_eq!(choice.index(), Some(1));
    /// ```
    #[must_use]
    pub const fn index(&self) -> Option<usize> {
        self.index
    }

    /// Whether the proxy cancels the branches still pending: on a 6xx
    /// (§16.7 step 5) and on a 2xx (step 10). When the choice is made after
    /// every branch has ended, there is nothing left to cancel.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::fork::best_response;
    /// use sipstatus::metrics::Method;
    ///
    /// assert!(best_response(&[StatusCode::BUSY_EVERYWHERE], Method::Invite).cancel_pending());
    /// assert!(!best_response(&[StatusCode::BUSY_HERE], Method::Invite).cancel_pending());
    /// ```
    #[must_use]
    pub const fn cancel_pending(&self) -> bool {
        self.cancel_pending
    }

    /// Whether the proxy must add the WWW-Authenticate and
    /// Proxy-Authenticate values of every other 401 and 407 received to the
    /// response (§16.7 step 7): true exactly when a 401 or 407 is chosen.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::fork::best_response;
    /// use sipstatus::metrics::Method;
    ///
    /// let codes = [StatusCode::UNAUTHORIZED, StatusCode::PROXY_AUTHENTICATION_REQUIRED];
    /// assert!(best_response(&codes, Method::Invite).aggregate_challenges());
    /// ```
    #[must_use]
    pub const fn aggregate_challenges(&self) -> bool {
        self.aggregate_challenges
    }

    /// Whether the proxy makes the response itself rather than forwarding a
    /// received one: the 408 of [`Rule::Timeout`] and the 500 of
    /// [`Rule::UnavailableAs500`].
    ///
    /// ```
    /// use sipstatus::StatusCode;
    /// use sipstatus::fork::best_response;
    /// use sipstatus::metrics::Method;
    ///
    /// let choice = best_response(&[StatusCode::SERVICE_UNAVAILABLE], Method::Invite);
    /// assert_eq!(choice.code(), Some(StatusCode::SERVER_INTERNAL_ERROR));
    /// assert!(choice.generated());
    /// ```
    #[must_use]
    pub const fn generated(&self) -> bool {
        self.generated
    }
}

/// The 4xx codes that tell a client how to resubmit, as RFC 3261 §16.7
/// step 6 names them (as examples, in this order).
///
/// ```
/// use sipstatus::{StatusCode, fork::PREFERRED_4XX};
///
/// assert_eq!(PREFERRED_4XX[0], StatusCode::UNAUTHORIZED);
/// assert_eq!(PREFERRED_4XX.map(|c| c.as_u16()), [401, 407, 415, 420, 484]);
/// ```
pub const PREFERRED_4XX: [StatusCode; 5] = [
    StatusCode::UNAUTHORIZED,
    StatusCode::PROXY_AUTHENTICATION_REQUIRED,
    StatusCode::UNSUPPORTED_MEDIA_TYPE,
    StatusCode::BAD_EXTENSION,
    StatusCode::ADDRESS_INCOMPLETE,
];

/// How a candidate sorts: its class (6xx first), then its rank within the
/// class; lower is better.
type Key = (u16, (u16, u16));

/// The rank of a candidate within its class: lower is better.
const fn rank(code: StatusCode) -> (u16, u16) {
    let n = code.as_u16();
    let mut i = 0;
    while i < PREFERRED_4XX.len() {
        if PREFERRED_4XX[i].as_u16() == n {
            return (0, i as u16);
        }
        i += 1;
    }
    if n == 503 {
        return (2, n);
    }
    (1, n)
}

/// Chooses the response a stateful proxy forwards upstream from the final
/// responses of its branches, `codes` in arrival order, for a request of
/// `method`. The rules are those of the [module](self).
///
/// Never allocates; the time is linear in `codes.len()`.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::fork::{Rule, best_response};
/// use sipstatus::metrics::Method;
///
/// let choice = best_response(&[StatusCode::BUSY_HERE, StatusCode::MOVED_TEMPORARILY], Method::Invite);
/// assert_eq!((choice.code(), choice.rule()), (Some(StatusCode::MOVED_TEMPORARILY), Rule::LowestClass));
///
/// // RFC 4320: no 408 to a non-INVITE request.
/// let choice = best_response(&[StatusCode::REQUEST_TIMEOUT], Method::Register);
/// assert_eq!((choice.code(), choice.rule()), (None, Rule::NoResponse));
/// ```
#[must_use]
pub fn best_response(codes: &[StatusCode], method: Method) -> Choice {
    best_response_iter(codes.iter().copied(), method)
}

/// [`best_response`] over any sequence of codes in arrival order, read once:
/// for callers whose codes are not a slice of [`StatusCode`], such as a
/// list of numbers from C or Python.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::fork::best_response_iter;
/// use sipstatus::metrics::Method;
///
/// let numbers = [486u16, 401, 503];
/// let codes = numbers.iter().filter_map(|&n| StatusCode::from_u16(n).ok());
/// assert_eq!(best_response_iter(codes, Method::Invite).code(), Some(StatusCode::UNAUTHORIZED));
/// ```
#[must_use]
pub fn best_response_iter<I: IntoIterator<Item = StatusCode>>(codes: I, method: Method) -> Choice {
    let invite = matches!(method, Method::Invite);
    let mut success: Option<(usize, StatusCode)> = None;
    // The best candidate: lowest class, then rank within it, then arrival.
    let mut best: Option<(usize, StatusCode, Key)> = None;
    for (i, code) in codes.into_iter().enumerate() {
        if code.is_success() {
            if success.is_none() {
                success = Some((i, code));
            }
            continue;
        }
        if !code.is_final() || (!invite && code == StatusCode::REQUEST_TIMEOUT) {
            continue;
        }
        let class = if code.is_global_failure() {
            0
        } else {
            code.as_u16() / 100
        };
        let key: Key = (class, rank(code));
        if best.is_none_or(|(_, _, best_key)| key < best_key) {
            best = Some((i, code, key));
        }
    }
    let forward = |index: usize, code: StatusCode, rule: Rule, cancel_pending: bool| Choice {
        code: Some(code),
        rule,
        index: Some(index),
        cancel_pending,
        aggregate_challenges: code == StatusCode::UNAUTHORIZED
            || code == StatusCode::PROXY_AUTHENTICATION_REQUIRED,
        generated: false,
    };

    if let Some((i, code)) = success {
        return forward(i, code, Rule::Success, true);
    }
    let Some((i, code, _)) = best else {
        return if invite {
            Choice {
                code: Some(StatusCode::REQUEST_TIMEOUT),
                rule: Rule::Timeout,
                index: None,
                cancel_pending: false,
                aggregate_challenges: false,
                generated: true,
            }
        } else {
            Choice {
                code: None,
                rule: Rule::NoResponse,
                index: None,
                cancel_pending: false,
                aggregate_challenges: false,
                generated: false,
            }
        };
    };
    if code.is_global_failure() {
        forward(i, code, Rule::GlobalFailure, true)
    } else if code == StatusCode::SERVICE_UNAVAILABLE {
        Choice {
            code: Some(StatusCode::SERVER_INTERNAL_ERROR),
            rule: Rule::UnavailableAs500,
            index: Some(i),
            cancel_pending: false,
            aggregate_challenges: false,
            generated: true,
        }
    } else if PREFERRED_4XX.contains(&code) {
        forward(i, code, Rule::Preferred, false)
    } else {
        forward(i, code, Rule::LowestClass, false)
    }
}
