//! The Reason header field (RFC 3326 §2), which says why a request was sent
//! or a response given, in SIP terms or as an ISDN (Q.850) cause:
//!
//! ```text
//! Reason           = "Reason" HCOLON reason-value *(COMMA reason-value)
//! reason-value     = protocol *(SEMI reason-params)
//! protocol         = "SIP" / "Q.850" / token
//! reason-params    = protocol-cause / reason-text / reason-extension
//! protocol-cause   = "cause" EQUAL cause
//! cause            = 1*DIGIT
//! reason-text      = "text" EQUAL quoted-string
//! reason-extension = generic-param
//! ```
//!
//! RFC 6432 lets a response carry a Q.850 cause, and RFC 8606 adds the
//! `location` parameter to Q.850 values (where in the network the cause
//! arose). Other protocols, such as STIR (RFC 8224) or a vendor's, are kept as
//! written. Tokens and parameter names are case-insensitive (RFC 3261
//! §7.3.1); linear white space, line folding included, may stand around
//! `;`, `=` and `,`.
//!
//! Parsing borrows: a [`ReasonValue`] points into the caller's bytes, and its
//! text is unescaped only when read, piece by piece, without allocating.

use core::fmt;

use crate::{
    StatusCode,
    error::{Expected, ReasonError},
};

/// The protocol of a Reason value.
///
/// ```
/// use sipstatus::{Protocol, ReasonValue};
///
/// assert_eq!(Protocol::from_token("q.850"), Protocol::Q850);
/// assert_eq!(ReasonValue::parse_one(b"STIR;cause=438")?.protocol(), Protocol::Other("STIR"));
/// # Ok::<(), sipstatus::ReasonError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol<'a> {
    /// `SIP`: the cause is a SIP status code.
    Sip,
    /// `Q.850`: the cause is an ITU-T Q.850 cause value (RFC 6432).
    Q850,
    /// Any other token, as written.
    Other(&'a str),
}

impl<'a> Protocol<'a> {
    /// Recognises `SIP` and `Q.850` in any case; any other text is
    /// [`Protocol::Other`].
    ///
    /// ```
    /// use sipstatus::Protocol;
    ///
    /// assert_eq!(Protocol::from_token("sip"), Protocol::Sip);
    /// assert_eq!(Protocol::from_token("Preemption"), Protocol::Other("Preemption"));
    /// ```
    #[must_use]
    pub fn from_token(token: &'a str) -> Protocol<'a> {
        if token.eq_ignore_ascii_case("SIP") {
            Protocol::Sip
        } else if token.eq_ignore_ascii_case("Q.850") {
            Protocol::Q850
        } else {
            Protocol::Other(token)
        }
    }
}

/// The `text` of a Reason value: a quoted string as received (read
/// unescaped, piece by piece) or a caller's plain text (escaped when
/// written).
///
/// ```
/// let value = sipstatus::ReasonValue::parse_one(br#"SIP;text="say \"hi\"""#)?;
/// let text = value.text().unwrap();
/// assert_eq!(text.to_string(), r#"say "hi""#);
/// assert_eq!(text.as_str(), None); // escapes: no borrowed form
/// assert_eq!(text.wire(), Some(r#"say \"hi\""#));
/// # Ok::<(), sipstatus::ReasonError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ReasonText<'a> {
    text: &'a str,
    /// Whether `text` is the inside of a quoted string as received, with
    /// quoted pairs and line folds still in it.
    wire: bool,
    /// Whether reading it changes it (a quoted pair or a line fold).
    escaped: bool,
}

impl<'a> ReasonText<'a> {
    /// A caller's text, checked: anything but CR and LF, which no quoted
    /// string can carry.
    ///
    /// # Errors
    /// [`ReasonError::UnexpectedByte`] with the offset of the CR or LF.
    ///
    /// ```
    /// use sipstatus::ReasonText;
    ///
    /// assert_eq!(ReasonText::new("Busy \"here\"")?.to_string(), "Busy \"here\"");
    /// assert!(ReasonText::new("two\r\nlines").is_err());
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    pub fn new(text: &'a str) -> Result<ReasonText<'a>, ReasonError> {
        if let Some(at) = text.bytes().position(|b| matches!(b, b'\r' | b'\n')) {
            return Err(ReasonError::UnexpectedByte {
                offset: at,
                byte: text.as_bytes()[at],
                expected: Expected::QuotedText,
            });
        }
        Ok(ReasonText {
            text,
            wire: false,
            escaped: false,
        })
    }

    /// The inside of a quoted string as it stands on the wire (without its
    /// quotes), checked: quoted pairs, folds and UTF-8, but no bare `"`.
    ///
    /// # Errors
    /// A [`ReasonError`] whose offset counts from the start of `inside`.
    ///
    /// ```
    /// use sipstatus::ReasonText;
    ///
    /// assert_eq!(ReasonText::from_wire(br#"say \"hi\""#)?.to_string(), r#"say "hi""#);
    /// assert_eq!(ReasonText::from_wire(br#"a"b"#).unwrap_err().offset(), 1);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    pub fn from_wire(inside: &'a [u8]) -> Result<ReasonText<'a>, ReasonError> {
        let (end, escaped) = quoted_inside(inside, 0, false)?;
        if let Some(&byte) = inside.get(end) {
            return Err(unexpected(end, byte, Expected::QuotedText));
        }
        Ok(ReasonText {
            text: core::str::from_utf8(inside).unwrap_or(""),
            wire: true,
            escaped,
        })
    }

    /// The text itself, borrowed, when reading it changes nothing (no
    /// quoted pair, no line fold); otherwise `None`: read it through
    /// [`pieces`](ReasonText::pieces), [`Display`](core::fmt::Display) or,
    /// with `std`, [`to_cow`](ReasonText::to_cow).
    ///
    /// ```
    /// let value = sipstatus::ReasonValue::parse_one(br#"SIP;text="Busy Here""#)?;
    /// assert_eq!(value.text().and_then(|t| t.as_str()), Some("Busy Here"));
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn as_str(&self) -> Option<&'a str> {
        if self.escaped { None } else { Some(self.text) }
    }

    /// The inside of the quoted string as received, quoted pairs and all;
    /// `None` for a caller's text.
    ///
    /// ```
    /// let value = sipstatus::ReasonValue::parse_one(br#"SIP;text="a\\b""#)?;
    /// assert_eq!(value.text().unwrap().wire(), Some(r"a\\b"));
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn wire(&self) -> Option<&'a str> {
        if self.wire { Some(self.text) } else { None }
    }

    /// The unescaped text in borrowed pieces: runs of plain text, the
    /// character of each quoted pair, and one space for each line fold.
    ///
    /// ```
    /// let value = sipstatus::ReasonValue::parse_one(b"SIP;text=\"a\\\"b\"")?;
    /// let pieces: Vec<&str> = value.text().unwrap().pieces().collect();
    /// assert_eq!(pieces, ["a", "\"", "b"]);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub fn pieces(&self) -> TextPieces<'a> {
        TextPieces {
            rest: self.text,
            escaped: self.wire && self.escaped,
        }
    }

    /// The length in bytes of the unescaped text.
    ///
    /// ```
    /// let value = sipstatus::ReasonValue::parse_one(br#"SIP;text="\"x\"""#)?;
    /// assert_eq!(value.text().unwrap().unescaped_len(), 3);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub fn unescaped_len(&self) -> usize {
        self.pieces().map(str::len).sum()
    }

    /// The unescaped text, borrowed when it has no quoted pair or fold.
    ///
    /// ```
    /// use std::borrow::Cow;
    ///
    /// let value = sipstatus::ReasonValue::parse_one(br#"Q.850;cause=16;text="Normal""#)?;
    /// assert!(matches!(value.text().unwrap().to_cow(), Cow::Borrowed("Normal")));
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[cfg(feature = "std")]
    #[must_use]
    pub fn to_cow(&self) -> std::borrow::Cow<'a, str> {
        match self.as_str() {
            Some(text) => std::borrow::Cow::Borrowed(text),
            None => std::borrow::Cow::Owned(self.pieces().collect()),
        }
    }

    /// Writes the text as a quoted string: in double quotes, with `"`, `\`
    /// and control characters other than tab escaped (RFC 3261 §25.1).
    ///
    /// # Errors
    /// Those of the writer.
    ///
    /// ```
    /// let text = sipstatus::ReasonText::new(r#"a "b" \c"#)?;
    /// let mut quoted = String::new();
    /// text.write_quoted(&mut quoted).unwrap();
    /// assert_eq!(quoted, r#""a \"b\" \\c""#);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    pub fn write_quoted<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        out.write_char('"')?;
        for piece in self.pieces() {
            let mut start = 0;
            for (i, byte) in piece.bytes().enumerate() {
                if needs_escape(byte) {
                    out.write_str(&piece[start..i])?;
                    out.write_char('\\')?;
                    out.write_char(char::from(byte))?;
                    start = i + 1;
                }
            }
            out.write_str(&piece[start..])?;
        }
        out.write_char('"')
    }
}

/// Whether a byte must be a quoted pair inside a quoted string.
const fn needs_escape(byte: u8) -> bool {
    matches!(byte, b'"' | b'\\') || (byte < 0x20 && byte != b'\t') || byte == 0x7f
}

impl fmt::Display for ReasonText<'_> {
    /// The unescaped text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.pieces().try_for_each(|piece| f.write_str(piece))
    }
}

impl PartialEq for ReasonText<'_> {
    /// Texts are equal when they read the same, however they were escaped.
    fn eq(&self, other: &Self) -> bool {
        self.pieces()
            .flat_map(str::bytes)
            .eq(other.pieces().flat_map(str::bytes))
    }
}

impl Eq for ReasonText<'_> {}

/// The unescaped pieces of a [`ReasonText`]; see [`ReasonText::pieces`].
///
/// ```
/// let value = sipstatus::ReasonValue::parse_one(b"SIP;text=\"a\r\n b\"")?;
/// let text: String = value.text().unwrap().pieces().collect();
/// assert_eq!(text, "a b");
/// # Ok::<(), sipstatus::ReasonError>(())
/// ```
#[derive(Debug, Clone)]
pub struct TextPieces<'a> {
    rest: &'a str,
    escaped: bool,
}

impl<'a> Iterator for TextPieces<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        if !self.escaped {
            return Some(core::mem::take(&mut self.rest));
        }
        let bytes = self.rest.as_bytes();
        let (piece, next) = match bytes[0] {
            // A quoted pair: the character after the backslash (ASCII).
            b'\\' => (self.rest.get(1..2)?, 2),
            // A line fold, with the white space around it: one space.
            b'\r' | b'\n' => {
                let mut end = 0;
                while matches!(bytes.get(end), Some(b'\r' | b'\n' | b' ' | b'\t')) {
                    end += 1;
                }
                (" ", end)
            }
            _ => {
                let end = bytes
                    .iter()
                    .position(|b| matches!(b, b'\\' | b'\r' | b'\n'))
                    .unwrap_or(bytes.len());
                // White space before a fold belongs to the fold's one space.
                let mut keep = end;
                if matches!(bytes.get(end), Some(b'\r' | b'\n')) {
                    while keep > 0 && matches!(bytes[keep - 1], b' ' | b'\t') {
                        keep -= 1;
                    }
                }
                (self.rest.get(..keep)?, end)
            }
        };
        self.rest = self.rest.get(next..)?;
        Some(piece)
    }
}

/// One parameter of a Reason value other than `cause`, `text` and
/// `location`: its name and, unless it stands alone, its value as written
/// (a token, a host, or a quoted string with its quotes).
///
/// ```
/// let value = sipstatus::ReasonValue::parse_one(b"SIP;cause=200;Ext=\"a b\";flag")?;
/// let params: Vec<_> = value.params().map(|p| (p.name(), p.value())).collect();
/// assert_eq!(params, [("Ext", Some("\"a b\"")), ("flag", None)]);
/// # Ok::<(), sipstatus::ReasonError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Param<'a> {
    name: &'a str,
    value: Option<&'a str>,
}

impl<'a> Param<'a> {
    /// A parameter from its parts, checked: the name a token, the value a
    /// token, a host (an IPv6 reference in brackets included) or a quoted
    /// string with its quotes.
    ///
    /// # Errors
    /// A [`ReasonError`] whose offset counts from the start of the name, or
    /// of the value.
    ///
    /// ```
    /// use sipstatus::Param;
    ///
    /// assert!(Param::new("x-id", Some("[2001:db8::1]")).is_ok());
    /// assert!(Param::new("x id", None).is_err());
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    pub fn new(name: &'a str, value: Option<&'a str>) -> Result<Param<'a>, ReasonError> {
        whole(name.as_bytes(), |b| Ok(token(b, 0)?.1))?;
        if let Some(value) = value {
            whole(value.as_bytes(), |b| Ok(gen_value(b, 0)?.end))?;
        }
        Ok(Param { name, value })
    }

    /// The name as written.
    ///
    /// ```
    /// let value = sipstatus::ReasonValue::parse_one(b"SIP;X=1")?;
    /// assert_eq!(value.params().next().map(|p| p.name()), Some("X"));
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn name(&self) -> &'a str {
        self.name
    }

    /// The value as written, or `None` for a parameter without `=`.
    ///
    /// ```
    /// let value = sipstatus::ReasonValue::parse_one(b"SIP;x=1;y")?;
    /// let values: Vec<_> = value.params().map(|p| p.value()).collect();
    /// assert_eq!(values, [Some("1"), None]);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn value(&self) -> Option<&'a str> {
        self.value
    }
}

/// Checks that `parse` takes all of `bytes`.
fn whole(
    bytes: &[u8],
    parse: impl FnOnce(&[u8]) -> Result<usize, ReasonError>,
) -> Result<(), ReasonError> {
    let end = parse(bytes)?;
    match bytes.get(end) {
        None => Ok(()),
        Some(&byte) => Err(unexpected(end, byte, Expected::End)),
    }
}

/// Where the other parameters of a value come from.
#[derive(Debug, Clone, Copy)]
enum ParamSource<'a> {
    /// The parameter section of a parsed value (already checked).
    Wire(&'a [u8]),
    /// A caller's list.
    Given(&'a [Param<'a>]),
}

/// One value of a Reason header: a protocol and its parameters.
///
/// ```
/// use sipstatus::{Protocol, ReasonValue};
///
/// let value = ReasonValue::parse_one(br#"Q.850 ; cause=18 ; text="No user responding";location=LN"#)?;
/// assert_eq!(value.protocol(), Protocol::Q850);
/// assert_eq!(value.protocol_str(), "Q.850");
/// assert_eq!(value.cause(), Some(18));
/// assert_eq!(value.text().and_then(|t| t.as_str()), Some("No user responding"));
/// assert_eq!(value.location(), Some("LN"));
/// assert_eq!(value.to_string(), r#"Q.850;cause=18;text="No user responding";location=LN"#);
/// # Ok::<(), sipstatus::ReasonError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ReasonValue<'a> {
    protocol: &'a str,
    cause: Option<u32>,
    text: Option<ReasonText<'a>>,
    location: Option<&'a str>,
    params: ParamSource<'a>,
    raw: &'a [u8],
}

impl<'a> ReasonValue<'a> {
    /// The value that names a SIP status code: `SIP;cause=486;text="Busy
    /// Here"`, with the class name as the text of a code the table does not
    /// hold.
    ///
    /// ```
    /// use sipstatus::{ReasonValue, StatusCode};
    ///
    /// assert_eq!(ReasonValue::sip(StatusCode::BUSY_HERE).to_string(), r#"SIP;cause=486;text="Busy Here""#);
    /// ```
    #[must_use]
    pub const fn sip(code: StatusCode) -> ReasonValue<'static> {
        ReasonValue {
            protocol: "SIP",
            cause: Some(code.as_u16() as u32),
            text: Some(ReasonText {
                text: code.phrase_or_class(),
                wire: false,
                escaped: false,
            }),
            location: None,
            params: ParamSource::Given(&[]),
            raw: b"",
        }
    }

    /// A value with only its protocol, checked to be a token; add the
    /// parts with the `with_` methods.
    ///
    /// # Errors
    /// A [`ReasonError`] naming the offset in `protocol` of the first byte
    /// that is not a token character.
    ///
    /// ```
    /// use sipstatus::{ReasonText, ReasonValue};
    ///
    /// let value = ReasonValue::new("Q.850")?
    ///     .with_cause(16)
    ///     .with_text(ReasonText::new("Normal call clearing")?)
    ///     .with_location("U")?;
    /// assert_eq!(value.to_string(), r#"Q.850;cause=16;text="Normal call clearing";location=U"#);
    /// assert!(ReasonValue::new("Q 850").is_err());
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    pub fn new(protocol: &'a str) -> Result<ReasonValue<'a>, ReasonError> {
        whole(protocol.as_bytes(), |b| Ok(token(b, 0)?.1))?;
        Ok(ReasonValue {
            protocol,
            cause: None,
            text: None,
            location: None,
            params: ParamSource::Given(&[]),
            raw: b"",
        })
    }

    /// The value with its `cause`.
    ///
    /// ```
    /// assert_eq!(sipstatus::ReasonValue::new("SIP")?.with_cause(480).to_string(), "SIP;cause=480");
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn with_cause(mut self, cause: u32) -> ReasonValue<'a> {
        self.cause = Some(cause);
        self
    }

    /// The value with its `text`.
    ///
    /// ```
    /// use sipstatus::{ReasonText, ReasonValue};
    ///
    /// let value = ReasonValue::new("SIP")?.with_text(ReasonText::new("Gone")?);
    /// assert_eq!(value.to_string(), r#"SIP;text="Gone""#);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn with_text(mut self, text: ReasonText<'a>) -> ReasonValue<'a> {
        self.text = Some(text);
        self
    }

    /// The value with its `location` (RFC 8606), checked to be a token.
    ///
    /// # Errors
    /// A [`ReasonError`] naming the offset in `location` of the first byte
    /// that is not a token character.
    ///
    /// ```
    /// assert!(sipstatus::ReasonValue::new("Q.850")?.with_location("LN").is_ok());
    /// assert!(sipstatus::ReasonValue::new("Q.850")?.with_location("").is_err());
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    pub fn with_location(mut self, location: &'a str) -> Result<ReasonValue<'a>, ReasonError> {
        whole(location.as_bytes(), |b| Ok(token(b, 0)?.1))?;
        self.location = Some(location);
        Ok(self)
    }

    /// The value with further parameters, written after the others in
    /// their order.
    ///
    /// ```
    /// use sipstatus::{Param, ReasonValue};
    ///
    /// let params = [Param::new("x", Some("1"))?];
    /// let value = ReasonValue::new("STIR")?.with_cause(438).with_params(&params);
    /// assert_eq!(value.to_string(), "STIR;cause=438;x=1");
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn with_params(mut self, params: &'a [Param<'a>]) -> ReasonValue<'a> {
        self.params = ParamSource::Given(params);
        self
    }

    /// Parses a header value that holds exactly one Reason value.
    ///
    /// # Errors
    /// The first [`ReasonError`] of [`ReasonValues`], or
    /// [`ReasonError::UnexpectedByte`] at the comma when a second value
    /// follows.
    ///
    /// ```
    /// use sipstatus::ReasonValue;
    ///
    /// assert_eq!(ReasonValue::parse_one(b"SIP;cause=200")?.cause(), Some(200));
    /// assert_eq!(ReasonValue::parse_one(b"SIP, Q.850").unwrap_err().offset(), 3);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    pub fn parse_one(input: &'a [u8]) -> Result<ReasonValue<'a>, ReasonError> {
        let mut values = ReasonValues::new(input);
        let first = values.next().unwrap_or(Err(ReasonError::Incomplete {
            offset: 0,
            expected: Expected::Token,
        }))?;
        if values.at < input.len() {
            return Err(unexpected(values.comma, b',', Expected::End));
        }
        Ok(first)
    }

    /// The protocol, `SIP` and `Q.850` recognised in any case.
    ///
    /// ```
    /// use sipstatus::{Protocol, ReasonValue};
    ///
    /// assert_eq!(ReasonValue::parse_one(b"sip;cause=480")?.protocol(), Protocol::Sip);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub fn protocol(&self) -> Protocol<'a> {
        Protocol::from_token(self.protocol)
    }

    /// The protocol token as written.
    ///
    /// ```
    /// assert_eq!(sipstatus::ReasonValue::parse_one(b"q.850")?.protocol_str(), "q.850");
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn protocol_str(&self) -> &'a str {
        self.protocol
    }

    /// The `cause`: a status code for `SIP`, a Q.850 cause value for `Q.850`.
    ///
    /// ```
    /// assert_eq!(sipstatus::ReasonValue::parse_one(b"SIP;cause=603")?.cause(), Some(603));
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn cause(&self) -> Option<u32> {
        self.cause
    }

    /// The cause as a SIP status code, for a `SIP` value whose cause is
    /// one (100 to 799).
    ///
    /// ```
    /// use sipstatus::{ReasonValue, StatusCode};
    ///
    /// assert_eq!(ReasonValue::parse_one(b"SIP;cause=486")?.status_code(), Some(StatusCode::BUSY_HERE));
    /// assert_eq!(ReasonValue::parse_one(b"Q.850;cause=17")?.status_code(), None);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub fn status_code(&self) -> Option<StatusCode> {
        if self.protocol() != Protocol::Sip {
            return None;
        }
        let cause = u16::try_from(self.cause?).ok()?;
        StatusCode::from_u16(cause).ok()
    }

    /// The `text`.
    ///
    /// ```
    /// let value = sipstatus::ReasonValue::parse_one(br#"SIP;text="Call completed elsewhere""#)?;
    /// assert_eq!(value.text().unwrap().to_string(), "Call completed elsewhere");
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn text(&self) -> Option<ReasonText<'a>> {
        self.text
    }

    /// The `location` (RFC 8606: where the Q.850 cause arose, such as `LN`
    /// for the local public network), as written.
    ///
    /// ```
    /// assert_eq!(sipstatus::ReasonValue::parse_one(b"Q.850;cause=34;location=TN")?.location(), Some("TN"));
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn location(&self) -> Option<&'a str> {
        self.location
    }

    /// The other parameters, in order.
    ///
    /// ```
    /// let value = sipstatus::ReasonValue::parse_one(b"SIP;a=1;cause=200;b")?;
    /// assert_eq!(value.params().map(|p| p.name()).collect::<Vec<_>>(), ["a", "b"]);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub fn params(&self) -> Params<'a> {
        match self.params {
            ParamSource::Wire(bytes) => Params {
                wire: bytes,
                at: 0,
                given: &[],
            },
            ParamSource::Given(given) => Params {
                wire: b"",
                at: 0,
                given,
            },
        }
    }

    /// The whole value as received, from its protocol to its last
    /// parameter; empty for a value built from parts.
    ///
    /// ```
    /// let header = b" SIP ;cause=200 , Q.850";
    /// let first = sipstatus::ReasonValues::new(header).next().unwrap()?;
    /// assert_eq!(first.raw(), b"SIP ;cause=200");
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub const fn raw(&self) -> &'a [u8] {
        self.raw
    }

    /// Writes the value: protocol, `cause`, `text` (quoted and escaped),
    /// `location`, then the other parameters; the [`Display`] form.
    ///
    /// [`Display`]: core::fmt::Display
    ///
    /// # Errors
    /// Those of the writer.
    ///
    /// ```
    /// use sipstatus::{ReasonValue, StatusCode};
    ///
    /// let mut out = String::new();
    /// ReasonValue::sip(StatusCode::DECLINE).write_fmt_to(&mut out).unwrap();
    /// assert_eq!(out, r#"SIP;cause=603;text="Decline""#);
    /// ```
    pub fn write_fmt_to<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        out.write_str(self.protocol)?;
        if let Some(cause) = self.cause {
            write_u32(out, cause)?;
        }
        if let Some(text) = self.text {
            out.write_str(";text=")?;
            text.write_quoted(out)?;
        }
        if let Some(location) = self.location {
            out.write_str(";location=")?;
            out.write_str(location)?;
        }
        for param in self.params() {
            out.write_char(';')?;
            out.write_str(param.name)?;
            if let Some(value) = param.value {
                out.write_char('=')?;
                out.write_str(value)?;
            }
        }
        Ok(())
    }
}

/// `;cause=` and a number, without allocating.
fn write_u32<W: fmt::Write + ?Sized>(out: &mut W, mut n: u32) -> fmt::Result {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.write_str(";cause=")?;
    digits[at..]
        .iter()
        .try_for_each(|&d| out.write_char(char::from(d)))
}

impl fmt::Display for ReasonValue<'_> {
    /// `SIP;cause=486;text="Busy Here"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_fmt_to(f)
    }
}

impl PartialEq for ReasonValue<'_> {
    /// Values are equal when their parts are: the protocol as written, the
    /// cause, the text as read, the location and the other parameters in
    /// order.
    fn eq(&self, other: &Self) -> bool {
        self.protocol == other.protocol
            && self.cause == other.cause
            && self.text == other.text
            && self.location == other.location
            && self.params().eq(other.params())
    }
}

impl Eq for ReasonValue<'_> {}

/// The other parameters of a [`ReasonValue`]; see [`ReasonValue::params`].
///
/// ```
/// let value = sipstatus::ReasonValue::parse_one(b"SIP;x;y=2")?;
/// assert_eq!(value.params().count(), 2);
/// # Ok::<(), sipstatus::ReasonError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Params<'a> {
    wire: &'a [u8],
    at: usize,
    given: &'a [Param<'a>],
}

impl<'a> Iterator for Params<'a> {
    type Item = Param<'a>;

    fn next(&mut self) -> Option<Param<'a>> {
        if let Some((first, rest)) = self.given.split_first() {
            self.given = rest;
            return Some(*first);
        }
        // The section was checked when parsed: `;` param, again and again.
        while self.at < self.wire.len() {
            let at = skip_lws(self.wire, self.at);
            let at = skip_lws(self.wire, at + 1);
            let lexed = lex_param(self.wire, at).ok()?;
            self.at = lexed.end;
            if lexed.role == Role::Other {
                return Some(Param {
                    name: as_str(self.wire, lexed.name)?,
                    value: match lexed.value {
                        Some(value) => Some(as_str(self.wire, (value.start, value.end))?),
                        None => None,
                    },
                });
            }
        }
        None
    }
}

/// The values of a Reason header value, in order; after the first error it
/// ends. A leading `Reason:` (the header name) is skipped, so a whole
/// header line can be given too.
///
/// ```
/// use sipstatus::{Protocol, ReasonValues};
///
/// let header = br#"Reason: SIP;cause=480;text="Temporarily Unavailable", Q.850;cause=18"#;
/// let values: Vec<_> = ReasonValues::new(header).collect::<Result<_, _>>()?;
/// assert_eq!(values.len(), 2);
/// assert_eq!((values[1].protocol(), values[1].cause()), (Protocol::Q850, Some(18)));
/// # Ok::<(), sipstatus::ReasonError>(())
/// ```
#[derive(Debug, Clone)]
pub struct ReasonValues<'a> {
    input: &'a [u8],
    at: usize,
    /// The offset of the comma before `at`, for [`ReasonValue::parse_one`].
    comma: usize,
    done: bool,
}

impl<'a> ReasonValues<'a> {
    /// The values of one header value (or header line).
    ///
    /// ```
    /// assert_eq!(sipstatus::ReasonValues::new(b"SIP;cause=200, Q.850;cause=16").count(), 2);
    /// ```
    #[must_use]
    pub fn new(input: &'a [u8]) -> ReasonValues<'a> {
        let mut at = skip_lws(input, 0);
        // `Reason` HCOLON: a token then `:`, which no value can start with.
        if let Ok((_, end)) = token(input, at) {
            let colon = skip_lws(input, end);
            if input[at..end].eq_ignore_ascii_case(b"Reason") && input.get(colon) == Some(&b':') {
                at = skip_lws(input, colon + 1);
            }
        }
        ReasonValues {
            input,
            at,
            comma: 0,
            done: false,
        }
    }

    /// The values of several Reason header lines (each a header value or a
    /// whole line), in order, as if they were one comma-separated list (RFC
    /// 3261 §7.3.1).
    ///
    /// ```
    /// let lines: [&[u8]; 2] = [b"SIP;cause=200", b"Reason: Q.850;cause=16"];
    /// let causes: Vec<_> = sipstatus::ReasonValues::lines(lines)
    ///     .map(|v| v.map(|v| v.cause()))
    ///     .collect::<Result<_, _>>()?;
    /// assert_eq!(causes, [Some(200), Some(16)]);
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    pub fn lines<I>(lines: I) -> impl Iterator<Item = Result<ReasonValue<'a>, ReasonError>>
    where
        I: IntoIterator<Item = &'a [u8]>,
    {
        lines.into_iter().flat_map(ReasonValues::new)
    }

    /// Resumes reading `input` at `offset`, a value's start as an earlier
    /// iterator's [`offset`](ReasonValues::offset) reported it, so that a
    /// caller can keep its place as a number (as the C cursor does). No
    /// header name is skipped there.
    ///
    /// ```
    /// use sipstatus::ReasonValues;
    ///
    /// let header = b"Reason: SIP;cause=200, Q.850;cause=16";
    /// let mut values = ReasonValues::new(header);
    /// values.next();
    /// let mut rest = ReasonValues::resume(header, values.offset());
    /// assert_eq!(rest.next().unwrap()?.cause(), Some(16));
    /// assert!(rest.next().is_none());
    /// # Ok::<(), sipstatus::ReasonError>(())
    /// ```
    #[must_use]
    pub fn resume(input: &'a [u8], offset: usize) -> ReasonValues<'a> {
        ReasonValues {
            input,
            at: offset.min(input.len()),
            comma: 0,
            done: false,
        }
    }

    /// Where the next value starts; the length of the input once every
    /// value has been read.
    ///
    /// ```
    /// let mut values = sipstatus::ReasonValues::new(b"SIP, Q.850");
    /// assert_eq!(values.offset(), 0);
    /// values.next();
    /// assert_eq!(values.offset(), 5);
    /// values.next();
    /// assert_eq!(values.offset(), 10);
    /// ```
    #[must_use]
    pub const fn offset(&self) -> usize {
        self.at
    }

    fn value(&mut self) -> Result<ReasonValue<'a>, ReasonError> {
        let input = self.input;
        let start = self.at;
        let (_, protocol_end) = token(input, start)?;
        let mut value = ReasonValue {
            protocol: as_str(input, (start, protocol_end)).unwrap_or(""),
            cause: None,
            text: None,
            location: None,
            params: ParamSource::Wire(b""),
            raw: b"",
        };
        let mut end = protocol_end;
        let params_start = protocol_end;
        loop {
            let at = skip_lws(input, end);
            match input.get(at) {
                Some(b';') => {
                    let name_at = skip_lws(input, at + 1);
                    let lexed = lex_param(input, name_at)?;
                    let duplicate = match lexed.role {
                        Role::Cause => value.cause.replace(lexed.cause).is_some(),
                        Role::Text => value.text.replace(lexed.text(input)?).is_some(),
                        Role::Location => {
                            let range = lexed.value.map_or((0, 0), |v| (v.start, v.end));
                            value
                                .location
                                .replace(as_str(input, range).unwrap_or(""))
                                .is_some()
                        }
                        Role::Other => false,
                    };
                    if duplicate {
                        return Err(ReasonError::DuplicateParam { offset: name_at });
                    }
                    end = lexed.end;
                }
                Some(b',') => {
                    self.comma = at;
                    let next = skip_lws(input, at + 1);
                    if next >= input.len() {
                        return Err(ReasonError::Incomplete {
                            offset: next,
                            expected: Expected::Token,
                        });
                    }
                    self.at = next;
                    break;
                }
                None => {
                    self.at = at;
                    self.done = true;
                    break;
                }
                Some(b'\r' | b'\n') if line_end_at(input, at) => {
                    self.at = input.len();
                    self.done = true;
                    break;
                }
                Some(&byte) => return Err(unexpected(at, byte, Expected::SemicolonOrComma)),
            }
        }
        value.params = ParamSource::Wire(&input[params_start..end]);
        value.raw = &input[start..end];
        Ok(value)
    }
}

impl<'a> Iterator for ReasonValues<'a> {
    type Item = Result<ReasonValue<'a>, ReasonError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let value = self.value();
        if value.is_err() {
            self.done = true;
        }
        Some(value)
    }
}

/// Whether only a line end follows `at`.
fn line_end_at(input: &[u8], at: usize) -> bool {
    matches!(&input[at..], b"\r\n" | b"\n")
}

/// `bytes[range]` as text (token characters and checked quoted strings
/// are UTF-8).
fn as_str(bytes: &[u8], (start, end): (usize, usize)) -> Option<&str> {
    core::str::from_utf8(bytes.get(start..end)?).ok()
}

/// What a parameter is to the Reason value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Cause,
    Text,
    Location,
    Other,
}

/// A value's extent, and for a quoted string whether it has quoted pairs or
/// folds.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    escaped: bool,
}

/// One lexed parameter.
#[derive(Debug, Clone, Copy)]
struct Lexed {
    name: (usize, usize),
    value: Option<Span>,
    role: Role,
    cause: u32,
    end: usize,
}

impl Lexed {
    /// The text of a `text` parameter: the inside of its quotes.
    fn text<'a>(&self, input: &'a [u8]) -> Result<ReasonText<'a>, ReasonError> {
        let span = self.value.unwrap_or(Span {
            start: 0,
            end: 0,
            escaped: false,
        });
        let inside = (
            span.start + 1,
            span.end.saturating_sub(1).max(span.start + 1),
        );
        let text = as_str(input, inside).ok_or(ReasonError::InvalidUtf8 { offset: span.start })?;
        Ok(ReasonText {
            text,
            wire: true,
            escaped: span.escaped,
        })
    }
}

/// A parameter at `at` (its name): `name [EQUAL gen-value]`, with `cause`,
/// `text` and `location` held to their own grammar.
fn lex_param(input: &[u8], at: usize) -> Result<Lexed, ReasonError> {
    let (_, name_end) = token(input, at)?;
    let name = &input[at..name_end];
    let role = if name.eq_ignore_ascii_case(b"cause") {
        Role::Cause
    } else if name.eq_ignore_ascii_case(b"text") {
        Role::Text
    } else if name.eq_ignore_ascii_case(b"location") {
        Role::Location
    } else {
        Role::Other
    };
    let eq = skip_lws(input, name_end);
    if input.get(eq) != Some(&b'=') {
        if role != Role::Other {
            return Err(match input.get(eq) {
                Some(&byte) => unexpected(eq, byte, Expected::Equals),
                None => incomplete(eq, Expected::Equals),
            });
        }
        return Ok(Lexed {
            name: (at, name_end),
            value: None,
            role,
            cause: 0,
            end: name_end,
        });
    }
    let value_at = skip_lws(input, eq + 1);
    let span = match role {
        Role::Cause => digits(input, value_at)?,
        Role::Text => match input.get(value_at) {
            Some(b'"') => quoted(input, value_at)?,
            Some(&byte) => return Err(unexpected(value_at, byte, Expected::Quote)),
            None => return Err(incomplete(value_at, Expected::Quote)),
        },
        Role::Location => {
            let (_, end) = token(input, value_at)?;
            Span {
                start: value_at,
                end,
                escaped: false,
            }
        }
        Role::Other => gen_value(input, value_at)?,
    };
    let mut cause = 0u32;
    if role == Role::Cause {
        for &digit in &input[span.start..span.end] {
            cause = cause
                .checked_mul(10)
                .and_then(|c| c.checked_add(u32::from(digit - b'0')))
                .ok_or(ReasonError::CauseTooLarge { offset: span.start })?;
        }
    }
    Ok(Lexed {
        name: (at, name_end),
        value: Some(span),
        role,
        cause,
        end: span.end,
    })
}

/// 1*DIGIT at `at`.
fn digits(input: &[u8], at: usize) -> Result<Span, ReasonError> {
    let mut end = at;
    while input.get(end).is_some_and(u8::is_ascii_digit) {
        end += 1;
    }
    if end == at {
        return Err(match input.get(at) {
            Some(&byte) => unexpected(at, byte, Expected::Digit),
            None => incomplete(at, Expected::Digit),
        });
    }
    Ok(Span {
        start: at,
        end,
        escaped: false,
    })
}

/// gen-value = token / host / quoted-string (RFC 3261 §25.1); a host is a
/// token but for an IPv6 reference in brackets.
fn gen_value(input: &[u8], at: usize) -> Result<Span, ReasonError> {
    match input.get(at) {
        Some(b'"') => quoted(input, at),
        Some(b'[') => {
            let mut end = at + 1;
            while input
                .get(end)
                .is_some_and(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.'))
            {
                end += 1;
            }
            match input.get(end) {
                Some(b']') if end > at + 1 => Ok(Span {
                    start: at,
                    end: end + 1,
                    escaped: false,
                }),
                Some(&byte) => Err(unexpected(end, byte, Expected::Ipv6Reference)),
                None => Err(incomplete(end, Expected::Ipv6Reference)),
            }
        }
        _ => {
            let (start, end) = token(input, at).map_err(|e| match e {
                ReasonError::UnexpectedByte { offset, byte, .. } => {
                    unexpected(offset, byte, Expected::ParamValue)
                }
                ReasonError::Incomplete { offset, .. } => incomplete(offset, Expected::ParamValue),
                other => other,
            })?;
            Ok(Span {
                start,
                end,
                escaped: false,
            })
        }
    }
}

/// A quoted string whose `"` is at `at`; the span includes the quotes.
fn quoted(input: &[u8], at: usize) -> Result<Span, ReasonError> {
    let (end, escaped) = quoted_inside(input, at + 1, true)?;
    Ok(Span {
        start: at,
        end: end + 1,
        escaped,
    })
}

/// The inside of a quoted string from `from`: up to the closing quote
/// (`closed`) or the end of the input. Returns where it stopped and whether
/// it holds a quoted pair or a fold.
fn quoted_inside(input: &[u8], from: usize, closed: bool) -> Result<(usize, bool), ReasonError> {
    let mut i = from;
    let mut escaped = false;
    loop {
        let Some(&byte) = input.get(i) else {
            if closed {
                return Err(incomplete(i, Expected::Quote));
            }
            break;
        };
        match byte {
            b'"' if closed => break,
            b'\\' => match input.get(i + 1) {
                Some(&next) if next <= 0x7f && next != b'\r' && next != b'\n' => {
                    escaped = true;
                    i += 2;
                }
                Some(&next) => return Err(unexpected(i + 1, next, Expected::QuotedPair)),
                None => return Err(incomplete(i + 1, Expected::QuotedPair)),
            },
            b'\r' | b'\n' => {
                let fold = skip_lws(input, i);
                if fold == i {
                    return Err(unexpected(i, byte, Expected::QuotedText));
                }
                escaped = true;
                i = fold;
            }
            b' ' | b'\t' | 0x21 | 0x23..=0x5b | 0x5d..=0x7e | 0x80..=0xff => i += 1,
            _ => return Err(unexpected(i, byte, Expected::QuotedText)),
        }
    }
    if let Err(error) = core::str::from_utf8(&input[from..i]) {
        return Err(ReasonError::InvalidUtf8 {
            offset: from + error.valid_up_to(),
        });
    }
    Ok((i, escaped))
}

/// Token characters (RFC 3261 §25.1).
const fn is_token_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'-' | b'.' | b'!' | b'%' | b'*' | b'_' | b'+' | b'`' | b'\'' | b'~'
        )
}

/// A token at `at`: its start and end.
fn token(input: &[u8], at: usize) -> Result<(usize, usize), ReasonError> {
    let mut end = at;
    while input.get(end).is_some_and(|&b| is_token_byte(b)) {
        end += 1;
    }
    if end == at {
        return Err(match input.get(at) {
            Some(&byte) => unexpected(at, byte, Expected::Token),
            None => incomplete(at, Expected::Token),
        });
    }
    Ok((at, end))
}

/// Skips linear white space: `[*WSP CRLF] 1*WSP`, repeated; a bare LF
/// counts as a line end too.
fn skip_lws(input: &[u8], mut at: usize) -> usize {
    loop {
        while matches!(input.get(at), Some(b' ' | b'\t')) {
            at += 1;
        }
        let after_break = match input.get(at) {
            Some(b'\r') if input.get(at + 1) == Some(&b'\n') => at + 2,
            Some(b'\n') => at + 1,
            _ => return at,
        };
        if matches!(input.get(after_break), Some(b' ' | b'\t')) {
            at = after_break;
        } else {
            return at;
        }
    }
}

const fn unexpected(offset: usize, byte: u8, expected: Expected) -> ReasonError {
    ReasonError::UnexpectedByte {
        offset,
        byte,
        expected,
    }
}

const fn incomplete(offset: usize, expected: Expected) -> ReasonError {
    ReasonError::Incomplete { offset, expected }
}
