//! Header obligations per code: which header fields a response with a code
//! MUST, SHOULD or MAY carry, under which condition, and where the RFCs say
//! so; and a linter that checks the header names of a response against them.
//!
//! The rows are data, in code order, next to the table they describe. Each
//! row names the section that states the obligation. Where two sections
//! state the same one for two senders (RFC 6228 §5 for a UAS and §6 for a
//! proxy sending 199), the row names the one the code's table entry cites.
//!
//! Checked against the RFC texts: every RFC 3261 row (§8.2.3, §10.3,
//! §11.2, §12.1.1, §13.3.1.2 to §13.3.1.4, §20.33, §21, §22.2, §22.3),
//! RFC 3329 §2.3.1 and §2.3.2 (421, 494), RFC 4028 §6 (422), RFC 4412
//! §4.6.2 (417), RFC 5360 §5.9.2 (470), RFC 6086 §4.2.2 (469), RFC 6228 §5
//! and §6 (199) and RFC 6442 §4.3 (424). The 608 row cites RFC 8688
//! without a section: that text could not be read here, and its abstract
//! says only that a 608 may carry Call-Info. 425 (RFC 8876) has no rows for
//! the same reason, rather than rows we guessed.
//!
//! ```
//! use sipstatus::StatusCode;
//! use sipstatus::headers::{Level, check_headers};
//!
//! let rules = StatusCode::METHOD_NOT_ALLOWED.header_rules();
//! assert_eq!(rules[0].header(), "Allow");
//! assert_eq!(rules[0].level(), Level::Must);
//! assert_eq!(rules[0].reference(), "RFC 3261 §21.4.6");
//!
//! // A 401 without a challenge breaks RFC 3261 §22.2.
//! let broken: Vec<_> = check_headers(StatusCode::UNAUTHORIZED, &["Via", "From", "To"]).collect();
//! assert_eq!(broken[0].header(), "WWW-Authenticate");
//! // Names are compared without regard to case.
//! assert_eq!(check_headers(StatusCode::UNAUTHORIZED, &["www-authenticate"]).count(), 0);
//! ```

use core::{ffi::CStr, fmt};

use crate::{Entry, Language, StatusCode, entry::Text};

/// How strongly an RFC asks for a header field (RFC 2119).
///
/// ```
/// use sipstatus::headers::Level;
///
/// assert_eq!(Level::Should.name(), "SHOULD");
/// assert!(Level::Must.is_checked() && !Level::May.is_checked());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// MUST: a response without the header field is wrong.
    Must,
    /// SHOULD: a response without it needs a good reason.
    Should,
    /// MAY: the header field is allowed and meaningful, not required.
    May,
}

impl Level {
    /// Every level, strongest first.
    ///
    /// ```
    /// assert_eq!(sipstatus::headers::Level::ALL.len(), 3);
    /// ```
    pub const ALL: [Level; 3] = [Level::Must, Level::Should, Level::May];

    /// The RFC 2119 keyword: `"MUST"`, `"SHOULD"` or `"MAY"`.
    ///
    /// ```
    /// assert_eq!(sipstatus::headers::Level::May.name(), "MAY");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.name_text().as_str()
    }

    /// [`name`](Level::name) and its NUL-terminated form, from one literal.
    pub(crate) const fn name_text(self) -> Text {
        match self {
            Level::Must => text!("MUST"),
            Level::Should => text!("SHOULD"),
            Level::May => text!("MAY"),
        }
    }

    /// The keyword, NUL-terminated (`sipstatus::__ffi::level_name`).
    pub(crate) const fn name_c(self) -> &'static CStr {
        self.name_text().as_c_str()
    }

    /// Whether [`check_headers`] reports a missing header field of this
    /// level: MUST and SHOULD are checked, MAY is not.
    ///
    /// ```
    /// assert!(sipstatus::headers::Level::Should.is_checked());
    /// ```
    #[must_use]
    pub const fn is_checked(self) -> bool {
        matches!(self, Level::Must | Level::Should)
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One obligation: a response with `code` carries `header` at `level`,
/// under `condition` (empty when it always applies), as `reference` says.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::headers::Level;
///
/// let rule = &StatusCode::REQUEST_ENTITY_TOO_LARGE.header_rules()[0];
/// assert_eq!(rule.code(), StatusCode::REQUEST_ENTITY_TOO_LARGE);
/// assert_eq!((rule.header(), rule.level()), ("Retry-After", Level::Should));
/// assert_eq!(rule.condition(), "if the condition is temporary");
/// assert_eq!(rule.to_string(), "413 SHOULD carry Retry-After if the condition is temporary (RFC 3261 §21.4.11)");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct HeaderRule {
    code: StatusCode,
    header: Text,
    level: Level,
    reference: Text,
    condition: Text,
    condition_de: Text,
}

impl HeaderRule {
    /// The code of the response.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::USE_PROXY.header_rules()[0].code(), 305);
    /// ```
    #[must_use]
    pub const fn code(&self) -> StatusCode {
        self.code
    }

    /// The header field, in its full form and usual spelling.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::USE_PROXY.header_rules()[0].header(), "Contact");
    /// ```
    #[must_use]
    pub const fn header(&self) -> &'static str {
        self.header.as_str()
    }

    /// How strongly the response should carry it.
    ///
    /// ```
    /// use sipstatus::{StatusCode, headers::Level};
    ///
    /// assert_eq!(StatusCode::USE_PROXY.header_rules()[0].level(), Level::Must);
    /// ```
    #[must_use]
    pub const fn level(&self) -> Level {
        self.level
    }

    /// The RFC and section that state the obligation, such as
    /// `"RFC 3261 §22.2"`.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::UNAUTHORIZED.header_rules()[0].reference(), "RFC 3261 §22.2");
    /// ```
    #[must_use]
    pub const fn reference(&self) -> &'static str {
        self.reference.as_str()
    }

    /// When the obligation applies, in a few words; empty when it always
    /// does.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert_eq!(StatusCode::UNAUTHORIZED.header_rules()[0].condition(), "");
    /// ```
    #[must_use]
    pub const fn condition(&self) -> &'static str {
        self.condition.as_str()
    }

    /// The condition in a language: [`condition`](Self::condition) in
    /// English, or its German translation.
    ///
    /// ```
    /// use sipstatus::{Language, StatusCode};
    ///
    /// let rule = &StatusCode::REQUEST_ENTITY_TOO_LARGE.header_rules()[0];
    /// assert_eq!(rule.condition_in(Language::German), "wenn der Zustand vorübergehend ist");
    /// assert_eq!(rule.condition_in(Language::English), rule.condition());
    /// ```
    #[must_use]
    pub const fn condition_in(&self, lang: Language) -> &'static str {
        match lang {
            Language::German => self.condition_de.as_str(),
            _ => self.condition.as_str(),
        }
    }

    /// Whether [`check_headers`] reports this rule when the header field is
    /// missing: a MUST or SHOULD without a condition. Whether a condition
    /// holds depends on the request, which a list of header names does not
    /// show.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// assert!(StatusCode::UNAUTHORIZED.header_rules()[0].is_checked());
    /// assert!(!StatusCode::BUSY_HERE.header_rules()[0].is_checked()); // a MAY
    /// ```
    #[must_use]
    pub const fn is_checked(&self) -> bool {
        self.level.is_checked() && self.condition.as_str().is_empty()
    }

    /// Whether a header name, full or compact and in any case, names this
    /// rule's header field.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// let rule = &StatusCode::USE_PROXY.header_rules()[0];
    /// assert!(rule.matches("contact") && rule.matches("m") && rule.matches(" Contact "));
    /// assert!(!rule.matches("Contact-Info"));
    /// ```
    #[must_use]
    pub fn matches(&self, name: impl AsRef<[u8]>) -> bool {
        let name = name.as_ref().trim_ascii();
        let full = match name {
            [letter] => match compact_form(*letter) {
                Some(full) => full.as_bytes(),
                None => name,
            },
            _ => name,
        };
        full.eq_ignore_ascii_case(self.header().as_bytes())
    }

    /// The header name, NUL-terminated (`sipstatus::__ffi::rule_header`).
    pub(crate) const fn header_c(&self) -> &'static CStr {
        self.header.as_c_str()
    }

    /// The reference, NUL-terminated (`sipstatus::__ffi::rule_reference`).
    pub(crate) const fn reference_c(&self) -> &'static CStr {
        self.reference.as_c_str()
    }

    /// The condition, NUL-terminated (`sipstatus::__ffi::rule_condition`).
    pub(crate) const fn condition_c(&self) -> &'static CStr {
        self.condition.as_c_str()
    }
}

impl fmt::Display for HeaderRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} carry {}",
            self.code.as_u16(),
            self.level,
            self.header()
        )?;
        if !self.condition().is_empty() {
            write!(f, " {}", self.condition())?;
        }
        write!(f, " ({})", self.reference())
    }
}

macro_rules! header_rules {
    ($($code:literal $header:literal $level:ident $reference:literal
       $condition:literal $(/ $condition_de:literal)?;)*) => {
        &[$(HeaderRule {
            code: StatusCode::from_table($code),
            header: Text::new(concat!($header, "\0")),
            level: Level::$level,
            reference: Text::new(concat!($reference, "\0")),
            condition: Text::new(concat!($condition, "\0")),
            condition_de: header_rules!(@de $condition $(, $condition_de)?),
        },)*]
    };
    (@de $condition:literal) => { Text::new(concat!($condition, "\0")) };
    (@de $condition:literal, $de:literal) => { Text::new(concat!($de, "\0")) };
}

/// The rows, in code order (a test keeps them so). A `static`, so that every
/// caller sees the rows at one address and can tell them apart by it.
static RULES: &[HeaderRule] = header_rules! {
    199 "Reason" Must "RFC 6228 §6" "";
    200 "Allow" Should "RFC 3261 §13.3.1.4" "in a response to an INVITE"
        / "in einer Antwort auf ein INVITE";
    200 "Allow" Should "RFC 3261 §11.2" "in a user agent's response to an OPTIONS"
        / "in der Antwort eines User Agents auf ein OPTIONS";
    200 "Contact" Must "RFC 3261 §12.1.1" "in a response that establishes a dialog, as to an INVITE"
        / "in einer Antwort, die einen Dialog aufbaut, etwa auf ein INVITE";
    200 "Contact" Must "RFC 3261 §10.3" "in a registrar's response to a REGISTER, one for each current binding"
        / "in der Antwort eines Registrars auf ein REGISTER, einer für jede aktuelle Bindung";
    200 "Supported" Should "RFC 3261 §13.3.1.4" "in a response to an INVITE"
        / "in einer Antwort auf ein INVITE";
    200 "Supported" Should "RFC 3261 §11.2" "in a response to an OPTIONS"
        / "in einer Antwort auf ein OPTIONS";
    200 "Accept" May "RFC 3261 §13.3.1.4" "in a response to an INVITE"
        / "in einer Antwort auf ein INVITE";
    200 "Accept" Should "RFC 3261 §11.2" "in a response to an OPTIONS"
        / "in einer Antwort auf ein OPTIONS";
    200 "Accept-Encoding" Should "RFC 3261 §11.2" "in a response to an OPTIONS"
        / "in einer Antwort auf ein OPTIONS";
    200 "Accept-Language" Should "RFC 3261 §11.2" "in a response to an OPTIONS"
        / "in einer Antwort auf ein OPTIONS";
    200 "Date" Should "RFC 3261 §10.3" "in a registrar's response to a REGISTER"
        / "in der Antwort eines Registrars auf ein REGISTER";
    300 "Contact" Should "RFC 3261 §21.3.1" "";
    301 "Contact" Should "RFC 3261 §13.3.1.2" "in a response to an INVITE: the new address"
        / "in einer Antwort auf ein INVITE: die neue Adresse";
    302 "Contact" Should "RFC 3261 §13.3.1.2" "in a response to an INVITE: the new address"
        / "in einer Antwort auf ein INVITE: die neue Adresse";
    305 "Contact" Must "RFC 3261 §21.3.4" "";
    401 "WWW-Authenticate" Must "RFC 3261 §22.2" "";
    404 "Retry-After" May "RFC 3261 §20.33" "when the user is expected to be reachable again"
        / "wenn der Benutzer voraussichtlich wieder erreichbar ist";
    405 "Allow" Must "RFC 3261 §21.4.6" "";
    407 "Proxy-Authenticate" Must "RFC 3261 §22.3" "";
    413 "Retry-After" Should "RFC 3261 §21.4.11" "if the condition is temporary"
        / "wenn der Zustand vorübergehend ist";
    415 "Accept" Must "RFC 3261 §8.2.3" "if the request had a body type the server does not understand"
        / "wenn die Anfrage einen Body-Typ hatte, den der Server nicht versteht";
    415 "Accept-Encoding" Must "RFC 3261 §8.2.3" "if the request had a content encoding the server does not understand"
        / "wenn die Anfrage eine Inhaltskodierung hatte, die der Server nicht versteht";
    415 "Accept-Language" Must "RFC 3261 §8.2.3" "if the request had a content language the server does not understand"
        / "wenn die Anfrage Inhalt in einer Sprache hatte, die der Server nicht versteht";
    417 "Accept-Resource-Priority" May "RFC 4412 §4.6.2" "";
    420 "Unsupported" Must "RFC 3261 §21.4.15" "";
    421 "Require" Must "RFC 3261 §21.4.16" "";
    421 "Security-Server" Must "RFC 3329 §2.3.2" "if the server's policy requires the security agreement"
        / "wenn die Richtlinie des Servers die Sicherheitsvereinbarung verlangt";
    422 "Min-SE" Must "RFC 4028 §6" "";
    423 "Min-Expires" Must "RFC 3261 §10.3" "";
    424 "Geolocation-Error" Must "RFC 6442 §4.3" "";
    469 "Recv-Info" Must "RFC 6086 §4.2.2" "";
    470 "Permission-Missing" Should "RFC 5360 §5.9.2" "";
    480 "Retry-After" May "RFC 3261 §21.4.18" "";
    485 "Contact" May "RFC 3261 §21.4.23" "";
    486 "Retry-After" May "RFC 3261 §21.4.24" "";
    488 "Warning" Should "RFC 3261 §13.3.1.3" "when it rejects the offer of an INVITE"
        / "wenn sie das Angebot eines INVITE ablehnt";
    494 "Security-Server" Must "RFC 3329 §2.3.1" "";
    494 "Require" Must "RFC 3329 §2.3.2" "if the server started the agreement itself"
        / "wenn der Server die Vereinbarung selbst begonnen hat";
    494 "Proxy-Authenticate" Must "RFC 3329 §2.3.1" "if HTTP Digest is the mechanism the client will choose"
        / "wenn HTTP Digest der Mechanismus ist, den der Client wählen wird";
    500 "Retry-After" May "RFC 3261 §21.5.1" "if the condition is temporary"
        / "wenn der Zustand vorübergehend ist";
    503 "Retry-After" May "RFC 3261 §21.5.4" "";
    600 "Retry-After" May "RFC 3261 §21.6.1" "";
    603 "Retry-After" May "RFC 3261 §21.6.2" "";
    606 "Warning" May "RFC 3261 §21.6.4" "";
    608 "Call-Info" Should "RFC 8688" "";
};

/// Every rule, in code order.
///
/// ```
/// let rules = sipstatus::headers::header_rules();
/// assert!(rules.windows(2).all(|w| w[0].code() <= w[1].code()));
/// assert!(rules.iter().all(|r| r.reference().starts_with("RFC ")));
/// ```
#[must_use]
pub const fn header_rules() -> &'static [HeaderRule] {
    RULES
}

/// The rules of one code: a contiguous part of [`header_rules`], empty for
/// a code without obligations.
const fn rules_of(code: StatusCode) -> &'static [HeaderRule] {
    let n = code.as_u16();
    let mut start = 0;
    while start < RULES.len() && RULES[start].code.as_u16() < n {
        start += 1;
    }
    let mut end = start;
    while end < RULES.len() && RULES[end].code.as_u16() == n {
        end += 1;
    }
    let (_, tail) = RULES.split_at(start);
    let (rules, _) = tail.split_at(end - start);
    rules
}

impl StatusCode {
    /// The header fields a response with this code MUST, SHOULD or MAY
    /// carry, with their sources; empty for a code without obligations.
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// let headers: Vec<&str> =
    ///     StatusCode::UNSUPPORTED_MEDIA_TYPE.header_rules().iter().map(|r| r.header()).collect();
    /// assert_eq!(headers, ["Accept", "Accept-Encoding", "Accept-Language"]);
    /// assert!(StatusCode::NOT_FOUND.header_rules().len() == 1);
    /// assert!(StatusCode::FORBIDDEN.header_rules().is_empty());
    /// ```
    #[must_use]
    pub const fn header_rules(self) -> &'static [HeaderRule] {
        rules_of(self)
    }
}

impl Entry {
    /// The header obligations of this entry's code: the same rows as
    /// [`StatusCode::header_rules`].
    ///
    /// ```
    /// use sipstatus::StatusCode;
    ///
    /// let entry = StatusCode::INTERVAL_TOO_BRIEF.entry().unwrap();
    /// assert_eq!(entry.header_rules()[0].header(), "Min-Expires");
    /// ```
    #[must_use]
    pub const fn header_rules(&self) -> &'static [HeaderRule] {
        rules_of(self.code())
    }
}

/// The full name of a compact header form (RFC 3261 §7.3.3), in any case:
/// `m` is Contact. Only the compact forms registered with IANA are known:
/// RFC 3261 §7.3.3 (i, m, e, l, c, f, s, k, t, v), RFC 3841 (a, j, d),
/// RFC 6665 (o, u), RFC 3515 (r), RFC 3892 (b), RFC 4028 (x), RFC 8224 (y)
/// and RFC 4474 (n, Identity-Info, since obsoleted).
///
/// ```
/// use sipstatus::headers::compact_form;
///
/// assert_eq!(compact_form(b'm'), Some("Contact"));
/// assert_eq!(compact_form(b'V'), Some("Via"));
/// assert_eq!(compact_form(b'z'), None);
/// ```
#[must_use]
pub const fn compact_form(letter: u8) -> Option<&'static str> {
    Some(match letter.to_ascii_lowercase() {
        b'a' => "Accept-Contact",
        b'b' => "Referred-By",
        b'c' => "Content-Type",
        b'd' => "Request-Disposition",
        b'e' => "Content-Encoding",
        b'f' => "From",
        b'i' => "Call-ID",
        b'j' => "Reject-Contact",
        b'k' => "Supported",
        b'l' => "Content-Length",
        b'm' => "Contact",
        b'n' => "Identity-Info",
        b'o' => "Event",
        b'r' => "Refer-To",
        b's' => "Subject",
        b't' => "To",
        b'u' => "Allow-Events",
        b'v' => "Via",
        b'x' => "Session-Expires",
        b'y' => "Identity",
        _ => return None,
    })
}

/// The MUST and SHOULD rules without a condition that a response with
/// `code` breaks, given the names of the header fields it carries (full or
/// compact, in any case, surrounding white space ignored). MAY rules are
/// never broken, and a rule with a condition is not reported, because the
/// condition depends on the request.
///
/// Lazy and allocation-free: each rule of the code is checked against the
/// names once.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::headers::check_headers;
///
/// let broken: Vec<String> = check_headers(StatusCode::BAD_EXTENSION, &["Via", "To"])
///     .map(|r| r.to_string())
///     .collect();
/// assert_eq!(broken, ["420 MUST carry Unsupported (RFC 3261 §21.4.15)"]);
/// assert_eq!(check_headers(StatusCode::USE_PROXY, &["m"]).count(), 0); // compact Contact
/// assert_eq!(check_headers(StatusCode::BUSY_HERE, &[] as &[&str]).count(), 0); // only a MAY
/// ```
pub fn check_headers<'n, S: AsRef<[u8]>>(
    code: StatusCode,
    names: &'n [S],
) -> impl Iterator<Item = &'static HeaderRule> + 'n {
    check_headers_iter(code, names.iter())
}

/// [`check_headers`] over any re-iterable sequence of names: for callers
/// whose names are not a slice, such as pointers and lengths from C. The
/// names are walked once per rule of the code.
///
/// ```
/// use sipstatus::StatusCode;
/// use sipstatus::headers::check_headers_iter;
///
/// let names = "Via, To, Allow".split(", ");
/// assert_eq!(check_headers_iter(StatusCode::METHOD_NOT_ALLOWED, names).count(), 0);
/// ```
pub fn check_headers_iter<I>(
    code: StatusCode,
    names: I,
) -> impl Iterator<Item = &'static HeaderRule>
where
    I: IntoIterator + Clone,
    I::Item: AsRef<[u8]>,
{
    rules_of(code)
        .iter()
        .filter(|rule| rule.is_checked())
        .filter(move |rule| !names.clone().into_iter().any(|name| rule.matches(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_condition_has_a_german_translation_and_only_then() {
        for rule in RULES {
            let (en, de) = (rule.condition(), rule.condition_in(Language::German));
            assert_eq!(en.is_empty(), de.is_empty(), "{rule}");
            assert!(en.is_empty() || en != de, "{rule}: untranslated");
        }
    }

    #[test]
    fn rows_are_in_code_order_without_duplicates() {
        for pair in RULES.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(a.code <= b.code, "{a} before {b}");
        }
        // One header may appear twice for a code only under two different
        // conditions (200 to an INVITE and to an OPTIONS).
        for (i, a) in RULES.iter().enumerate() {
            for b in &RULES[i + 1..] {
                if a.code == b.code && a.header().eq_ignore_ascii_case(b.header()) {
                    assert!(
                        !a.condition().is_empty()
                            && !b.condition().is_empty()
                            && a.condition() != b.condition(),
                        "{a} twice"
                    );
                }
            }
        }
    }
}
