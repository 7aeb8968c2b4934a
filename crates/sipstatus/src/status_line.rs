//! The Status-Line of a SIP response (RFC 3261 §7.2, grammar in §25.1):
//!
//! ```text
//! Status-Line   = SIP-Version SP Status-Code SP Reason-Phrase CRLF
//! SIP-Version   = "SIP" "/" 1*DIGIT "." 1*DIGIT
//! Status-Code   = 3DIGIT
//! Reason-Phrase = *(reserved / unreserved / escaped
//!                 / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
//! ```
//!
//! A [`StatusLine`] is a view over the caller's bytes: parsing neither copies
//! nor allocates. One pass over the bytes reads the version, the three digits
//! and the phrase; the phrase is then compared with the code's registered one
//! and, only when it differs, looked up in the table's phrase index to tell a
//! former phrase or an alias from a custom text.

use core::fmt;

use crate::{
    PhraseError, PhraseKind, StatusCode,
    error::{Expected, StatusLineError},
    lookup_phrase_bytes,
};

/// How strictly [`StatusLine::parse_with`] reads.
///
/// ```
/// use sipstatus::{ParseMode, StatusLine};
///
/// let line = b"SIP/2.0  486\tBusy Here\n";
/// assert!(StatusLine::parse_with(line, ParseMode::Strict).is_err());
/// assert_eq!(StatusLine::parse_with(line, ParseMode::Lenient)?.code(), 486);
/// # Ok::<(), sipstatus::StatusLineError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ParseMode {
    /// Exactly the grammar of RFC 3261 §25.1, with the version in upper
    /// case as §7.1 requires senders to write it. Only the final CRLF may be
    /// missing, so that a line already cut from its message parses.
    Strict,
    /// What analysis tools meet on the wire: also a bare LF as the line end,
    /// runs of spaces and tabs between the fields, the version in any case
    /// (`sip/2.0`), no space before an empty phrase, and any byte but CR and
    /// LF in the phrase. The default.
    #[default]
    Lenient,
}

/// A parsed or composed SIP status line, borrowing the phrase (and, when
/// parsed, the version) from the caller.
///
/// ```
/// use sipstatus::{PhraseKind, StatusCode, StatusLine};
///
/// let message = b"SIP/2.0 480 Temporarily not available\r\nVia: SIP/2.0/UDP h\r\n";
/// let line = StatusLine::parse(message)?;
/// assert_eq!(line.version(), "SIP/2.0");
/// assert_eq!(line.code(), StatusCode::TEMPORARILY_UNAVAILABLE);
/// assert_eq!(line.reason(), b"Temporarily not available");
/// assert_eq!(line.kind(), PhraseKind::Alias);
/// assert_eq!(line.len(), 39); // up to and including the CRLF
/// # Ok::<(), sipstatus::StatusLineError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatusLine<'a> {
    version: &'a str,
    code: StatusCode,
    reason: &'a [u8],
    kind: PhraseKind,
    len: usize,
}

/// The version every line this crate writes carries.
const SIP_2_0: &str = "SIP/2.0";

impl<'a> StatusLine<'a> {
    /// Parses leniently ([`ParseMode::Lenient`]): the line alone, with or
    /// without its line end, or the start of a whole message.
    ///
    /// # Errors
    /// A [`StatusLineError`] naming the offset of the first byte that breaks
    /// the grammar and what was expected there.
    ///
    /// ```
    /// use sipstatus::{PhraseKind, StatusLine};
    ///
    /// let line = StatusLine::parse(b"sip/2.0 200\n")?;
    /// assert_eq!((line.code().as_u16(), line.kind()), (200, PhraseKind::Empty));
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    pub fn parse(input: &'a [u8]) -> Result<StatusLine<'a>, StatusLineError> {
        Self::parse_with(input, ParseMode::Lenient)
    }

    /// Parses strictly ([`ParseMode::Strict`]).
    ///
    /// # Errors
    /// A [`StatusLineError`] naming the offset of the first byte that breaks
    /// the grammar and what was expected there.
    ///
    /// ```
    /// use sipstatus::{Expected, StatusLine, StatusLineError};
    ///
    /// assert_eq!(StatusLine::parse_strict(b"SIP/2.0 200 OK\r\n")?.reason(), b"OK");
    /// assert_eq!(
    ///     StatusLine::parse_strict(b"SIP/2.0 200 OK\n"),
    ///     Err(StatusLineError::UnexpectedByte { offset: 14, byte: b'\n', expected: Expected::ReasonPhrase }),
    /// );
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    pub fn parse_strict(input: &'a [u8]) -> Result<StatusLine<'a>, StatusLineError> {
        Self::parse_with(input, ParseMode::Strict)
    }

    /// Parses in the given mode.
    ///
    /// # Errors
    /// A [`StatusLineError`] naming the offset of the first byte that breaks
    /// the grammar and what was expected there.
    ///
    /// ```
    /// use sipstatus::{ParseMode, StatusLine};
    ///
    /// let line = StatusLine::parse_with(b"SIP/2.0 404 Not Found", ParseMode::Strict)?;
    /// assert_eq!(line.len(), 21);
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    pub fn parse_with(input: &'a [u8], mode: ParseMode) -> Result<StatusLine<'a>, StatusLineError> {
        let strict = mode == ParseMode::Strict;
        let (version, mut at) = parse_version(input, strict)?;
        at = skip_separator(input, at, strict, false)?;
        let code = parse_code(input, at)?;
        at += 3;
        let phrase_start = match input.get(at) {
            Some(b' ') => skip_separator(input, at, strict, true)?,
            Some(b'\t') if !strict => skip_separator(input, at, strict, true)?,
            Some(b'\r' | b'\n') | None if !strict => at,
            Some(&byte) => {
                return Err(StatusLineError::UnexpectedByte {
                    offset: at,
                    byte,
                    expected: Expected::Space,
                });
            }
            None => {
                return Err(StatusLineError::Incomplete {
                    offset: at,
                    expected: Expected::Space,
                });
            }
        };
        // Most lines carry the registered phrase: when it is there, followed
        // by the line's end, the phrase needs neither a byte scan (every
        // registered phrase is in the strict alphabet, which a test checks)
        // nor the phrase index.
        if let Some(len) = registered_phrase_end(input, phrase_start, code, strict) {
            return Ok(StatusLine {
                version,
                code,
                reason: &input[phrase_start..len.0],
                kind: PhraseKind::Canonical,
                len: len.1,
            });
        }
        let (phrase_end, len) = if strict {
            scan_phrase_strict(input, phrase_start)?
        } else {
            scan_phrase_lenient(input, phrase_start)?
        };
        let reason = &input[phrase_start..phrase_end];
        Ok(StatusLine {
            version,
            code,
            reason,
            kind: classify(code, reason),
            len,
        })
    }

    /// The status line of a code with its registered phrase, or, for a code
    /// the table does not hold, the name of its class (RFC 3261 §8.1.3.2: a
    /// receiver treats it as the `x00` of the class).
    ///
    /// ```
    /// use sipstatus::{StatusCode, StatusLine};
    ///
    /// assert_eq!(StatusLine::for_code(StatusCode::BUSY_HERE).to_string(), "SIP/2.0 486 Busy Here");
    /// let unknown = StatusCode::from_u16(499)?;
    /// assert_eq!(StatusLine::for_code(unknown).to_string(), "SIP/2.0 499 Client Error");
    /// # Ok::<(), sipstatus::InvalidStatusCode>(())
    /// ```
    #[must_use]
    pub const fn for_code(code: StatusCode) -> StatusLine<'static> {
        let (phrase, kind) = match code.reason_phrase() {
            Some(phrase) => (phrase, PhraseKind::Canonical),
            None => (code.class().label(), PhraseKind::Custom),
        };
        StatusLine {
            version: SIP_2_0,
            code,
            reason: phrase.as_bytes(),
            kind,
            len: wire_len(phrase.len()),
        }
    }

    /// A status line with the caller's phrase, checked against the strict
    /// Reason-Phrase grammar (printable ASCII but `"#<>[\]^`{|}`, `%` only
    /// before two hex digits, space, tab and UTF-8).
    ///
    /// # Errors
    /// A [`StatusLineError`] whose offset counts from the start of `reason`.
    ///
    /// ```
    /// use sipstatus::{Expected, PhraseKind, StatusCode, StatusLine, StatusLineError};
    ///
    /// let line = StatusLine::new(StatusCode::BUSY_HERE, "Out to lunch")?;
    /// assert_eq!(line.to_string(), "SIP/2.0 486 Out to lunch");
    /// assert_eq!(line.kind(), PhraseKind::Custom);
    /// assert_eq!(
    ///     StatusLine::new(StatusCode::OK, "a \"quote\""),
    ///     Err(StatusLineError::UnexpectedByte { offset: 2, byte: b'"', expected: Expected::ReasonPhrase }),
    /// );
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    pub fn new(code: StatusCode, reason: &'a str) -> Result<StatusLine<'a>, StatusLineError> {
        let bytes = reason.as_bytes();
        let (end, _) = scan_phrase_strict(bytes, 0)?;
        if end != bytes.len() {
            // A CR or LF: the phrase cannot hold a line end.
            return Err(StatusLineError::UnexpectedByte {
                offset: end,
                byte: bytes[end],
                expected: Expected::ReasonPhrase,
            });
        }
        Ok(StatusLine {
            version: SIP_2_0,
            code,
            reason: bytes,
            kind: classify(code, bytes),
            len: wire_len(bytes.len()),
        })
    }

    /// The SIP-Version as received ("SIP/2.0"; "sip/2.0" when lenient).
    ///
    /// ```
    /// assert_eq!(sipstatus::StatusLine::parse(b"SIP/2.0 100 Trying")?.version(), "SIP/2.0");
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    #[must_use]
    pub const fn version(&self) -> &'a str {
        self.version
    }

    /// The status code.
    ///
    /// ```
    /// use sipstatus::{StatusCode, StatusLine};
    ///
    /// assert_eq!(StatusLine::parse(b"SIP/2.0 603 Decline")?.code(), StatusCode::DECLINE);
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    #[must_use]
    pub const fn code(&self) -> StatusCode {
        self.code
    }

    /// The reason phrase exactly as received, without the line end (and,
    /// when lenient, without the white space that separates it from the
    /// code). It may be empty.
    ///
    /// ```
    /// let line = sipstatus::StatusLine::parse(b"SIP/2.0 200 Ok  \r\n")?;
    /// assert_eq!(line.reason(), b"Ok  ");
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    #[must_use]
    pub const fn reason(&self) -> &'a [u8] {
        self.reason
    }

    /// The reason phrase as text, or `None` when it is not UTF-8 (which a
    /// lenient parse lets through).
    ///
    /// ```
    /// use sipstatus::StatusLine;
    ///
    /// assert_eq!(StatusLine::parse("SIP/2.0 200 Très bien".as_bytes())?.reason_str(), Some("Très bien"));
    /// assert_eq!(StatusLine::parse(b"SIP/2.0 200 \xff")?.reason_str(), None);
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    #[must_use]
    pub fn reason_str(&self) -> Option<&'a str> {
        core::str::from_utf8(self.reason).ok()
    }

    /// How the phrase relates to the code: its registered phrase
    /// ([`PhraseKind::Canonical`], ignoring case and white space), a former
    /// phrase or an alias of this code, [`PhraseKind::Empty`] when blank, and
    /// [`PhraseKind::Custom`] for any other text, including the phrase of
    /// another code.
    ///
    /// ```
    /// use sipstatus::{PhraseKind, StatusLine};
    ///
    /// let kind = |line: &[u8]| StatusLine::parse(line).map(|l| l.kind());
    /// assert_eq!(kind(b"SIP/2.0 486 busy here")?, PhraseKind::Canonical);
    /// assert_eq!(kind(b"SIP/2.0 500 Internal Server Error")?, PhraseKind::Alias);
    /// assert_eq!(kind(b"SIP/2.0 486 Decline")?, PhraseKind::Custom);
    /// assert_eq!(kind(b"SIP/2.0 486 ")?, PhraseKind::Empty);
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    #[must_use]
    pub const fn kind(&self) -> PhraseKind {
        self.kind
    }

    /// The number of bytes the line takes: consumed from the input when
    /// parsed (its line end included), written by
    /// [`write_to`](StatusLine::write_to) when composed.
    ///
    /// ```
    /// let message = b"SIP/2.0 180 Ringing\r\nCSeq: 1 INVITE\r\n";
    /// let line = sipstatus::StatusLine::parse(message)?;
    /// assert_eq!(&message[line.len()..], b"CSeq: 1 INVITE\r\n");
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether the line takes no bytes; never true, since a status line
    /// holds at least its version and code.
    ///
    /// ```
    /// assert!(!sipstatus::StatusLine::parse(b"SIP/2.0 200")?.is_empty());
    /// # Ok::<(), sipstatus::StatusLineError>(())
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Writes the line as text, without its line end (the [`Display`]
    /// form): into a `String`, a formatter or any `core::fmt::Write`, without
    /// allocating. Bytes of a leniently parsed phrase that are not UTF-8
    /// come out as U+FFFD.
    ///
    /// [`Display`]: core::fmt::Display
    ///
    /// # Errors
    /// Those of the writer.
    ///
    /// ```
    /// use sipstatus::{StatusCode, StatusLine};
    ///
    /// let mut text = String::new();
    /// StatusLine::for_code(StatusCode::RINGING).write_fmt_to(&mut text)?;
    /// assert_eq!(text, "SIP/2.0 180 Ringing");
    /// # Ok::<(), core::fmt::Error>(())
    /// ```
    pub fn write_fmt_to<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        out.write_str(self.version)?;
        out.write_char(' ')?;
        write_code(out, self.code)?;
        out.write_char(' ')?;
        for chunk in self.reason.utf8_chunks() {
            out.write_str(chunk.valid())?;
            if !chunk.invalid().is_empty() {
                out.write_char(char::REPLACEMENT_CHARACTER)?;
            }
        }
        Ok(())
    }

    /// Writes the line as it goes on the wire: the phrase byte for byte and
    /// the CRLF, [`len`](StatusLine::len) bytes in all for a composed line.
    ///
    /// # Errors
    /// Those of the writer.
    ///
    /// ```
    /// use sipstatus::{StatusCode, StatusLine};
    ///
    /// let mut wire = Vec::new();
    /// StatusLine::for_code(StatusCode::OK).write_to(&mut wire)?;
    /// assert_eq!(wire, b"SIP/2.0 200 OK\r\n");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    #[cfg(feature = "std")]
    pub fn write_to<W: std::io::Write + ?Sized>(&self, out: &mut W) -> std::io::Result<()> {
        let digits = code_digits(self.code);
        out.write_all(self.version.as_bytes())?;
        out.write_all(b" ")?;
        out.write_all(&digits)?;
        out.write_all(b" ")?;
        out.write_all(self.reason)?;
        out.write_all(b"\r\n")
    }
}

impl fmt::Display for StatusLine<'_> {
    /// "SIP/2.0 486 Busy Here", without the line end.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_fmt_to(f)
    }
}

/// The length of "SIP/2.0 NNN " + phrase + CRLF.
const fn wire_len(phrase_len: usize) -> usize {
    SIP_2_0.len() + 5 + phrase_len + 2
}

/// The three ASCII digits of a code.
const fn code_digits(code: StatusCode) -> [u8; 3] {
    let n = code.as_u16();
    [
        b'0' + (n / 100) as u8,
        b'0' + (n / 10 % 10) as u8,
        b'0' + (n % 10) as u8,
    ]
}

fn write_code<W: fmt::Write + ?Sized>(out: &mut W, code: StatusCode) -> fmt::Result {
    for digit in code_digits(code) {
        out.write_char(char::from(digit))?;
    }
    Ok(())
}

/// Reads `SIP-Version`; returns it and the offset after it.
#[inline]
fn parse_version(input: &[u8], strict: bool) -> Result<(&str, usize), StatusLineError> {
    // The line nearly every packet carries, in one comparison.
    if input.len() > 7 && &input[..7] == SIP_2_0.as_bytes() && !input[7].is_ascii_digit() {
        return Ok((SIP_2_0, 7));
    }
    for (at, want) in b"SIP/".iter().enumerate() {
        match input.get(at) {
            None => return Err(incomplete(at, Expected::SipVersion)),
            Some(&byte) if byte == *want || (!strict && byte.to_ascii_uppercase() == *want) => {}
            Some(&byte) => return Err(unexpected(at, byte, Expected::SipVersion)),
        }
    }
    let at = digits(input, 4)?;
    match input.get(at) {
        Some(b'.') => {}
        Some(&byte) => return Err(unexpected(at, byte, Expected::DigitOrDot)),
        None => return Err(incomplete(at, Expected::DigitOrDot)),
    }
    let end = digits(input, at + 1)?;
    // Only ASCII letters, digits, '/' and '.' have been accepted.
    let version = core::str::from_utf8(&input[..end]).unwrap_or(SIP_2_0);
    Ok((version, end))
}

/// 1*DIGIT from `at`; returns the offset after the last digit.
fn digits(input: &[u8], at: usize) -> Result<usize, StatusLineError> {
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
    Ok(end)
}

/// The SP at `at` (strict), or a run of SP and HTAB (lenient); returns the
/// offset after it. `at_phrase` tells that the byte at `at` is already known
/// to be a space or tab.
#[inline]
fn skip_separator(
    input: &[u8],
    at: usize,
    strict: bool,
    at_phrase: bool,
) -> Result<usize, StatusLineError> {
    match input.get(at) {
        Some(b' ') => {}
        Some(b'\t') if !strict => {}
        Some(&byte) => return Err(unexpected(at, byte, Expected::Space)),
        None => return Err(incomplete(at, Expected::Space)),
    }
    if strict
        || (at_phrase
            && input
                .get(at + 1)
                .is_some_and(|b| !matches!(b, b' ' | b'\t')))
    {
        return Ok(at + 1);
    }
    let mut end = at + 1;
    while matches!(input.get(end), Some(b' ' | b'\t')) {
        end += 1;
    }
    Ok(end)
}

/// Three digits from `at`, as a code from 100 to 799.
#[inline]
fn parse_code(input: &[u8], at: usize) -> Result<StatusCode, StatusLineError> {
    let mut value = 0u16;
    for i in at..at + 3 {
        match input.get(i) {
            Some(&byte) if byte.is_ascii_digit() => value = value * 10 + u16::from(byte - b'0'),
            Some(&byte) => return Err(unexpected(i, byte, Expected::Digit)),
            None => return Err(incomplete(i, Expected::Digit)),
        }
    }
    StatusCode::from_u16(value).map_err(|_| StatusLineError::CodeOutOfRange {
        offset: at,
        code: value,
    })
}

/// How the strict phrase scan treats a byte.
const INVALID: u8 = 0;
const PLAIN: u8 = 1;
const PERCENT: u8 = 2;
const CR: u8 = 3;
const LF: u8 = 4;
/// Lead bytes: `LEAD + n` is followed by `n` continuation bytes.
const LEAD: u8 = 8;

/// The Reason-Phrase alphabet of RFC 3261 §25.1, one class per byte.
static PHRASE_BYTES: [u8; 256] = phrase_bytes();

const fn phrase_bytes() -> [u8; 256] {
    let mut table = [INVALID; 256];
    let mut b = 0usize;
    while b < 256 {
        let byte = b as u8;
        table[b] = match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => PLAIN,
            // mark
            b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')' => PLAIN,
            // reserved
            b';' | b'/' | b'?' | b':' | b'@' | b'&' | b'=' | b'+' | b'$' | b',' => PLAIN,
            b' ' | b'\t' => PLAIN,
            b'%' => PERCENT,
            b'\r' => CR,
            b'\n' => LF,
            // UTF8-CONT stands on its own in the grammar, too.
            0x80..=0xbf => PLAIN,
            0xc0..=0xdf => LEAD + 1,
            0xe0..=0xef => LEAD + 2,
            0xf0..=0xf7 => LEAD + 3,
            0xf8..=0xfb => LEAD + 4,
            0xfc..=0xfd => LEAD + 5,
            _ => INVALID,
        };
        b += 1;
    }
    table
}

/// The strict phrase from `at`: returns where it ends and where the line
/// ends (after its CRLF, or at the end of the input).
fn scan_phrase_strict(input: &[u8], at: usize) -> Result<(usize, usize), StatusLineError> {
    let mut i = at;
    while i < input.len() {
        // Runs of plain bytes, the bulk of any phrase, in a tight loop.
        while i < input.len() && PHRASE_BYTES[usize::from(input[i])] == PLAIN {
            i += 1;
        }
        let Some(&byte) = input.get(i) else {
            break;
        };
        match PHRASE_BYTES[usize::from(byte)] {
            PLAIN => i += 1,
            PERCENT => {
                for j in i + 1..i + 3 {
                    match input.get(j) {
                        Some(b) if b.is_ascii_hexdigit() => {}
                        Some(&b) => return Err(unexpected(j, b, Expected::HexDigit)),
                        None => return Err(incomplete(j, Expected::HexDigit)),
                    }
                }
                i += 3;
            }
            CR => {
                return match input.get(i + 1) {
                    Some(b'\n') => Ok((i, i + 2)),
                    Some(&b) => Err(unexpected(i + 1, b, Expected::LineFeed)),
                    None => Err(incomplete(i + 1, Expected::LineFeed)),
                };
            }
            INVALID | LF => return Err(unexpected(i, byte, Expected::ReasonPhrase)),
            lead => {
                let follow = usize::from(lead - LEAD);
                for j in i + 1..=i + follow {
                    match input.get(j) {
                        Some(b) if (0x80..=0xbf).contains(b) => {}
                        Some(&b) => return Err(unexpected(j, b, Expected::Utf8Continuation)),
                        None => return Err(incomplete(j, Expected::Utf8Continuation)),
                    }
                }
                i += 1 + follow;
            }
        }
    }
    Ok((i, i))
}

/// Where the registered phrase of `code` ends and where the line ends, if
/// the input holds that phrase at `at` followed by CRLF (or, lenient, LF),
/// or by the end of the input.
#[inline]
fn registered_phrase_end(
    input: &[u8],
    at: usize,
    code: StatusCode,
    strict: bool,
) -> Option<(usize, usize)> {
    let registered = code.reason_phrase()?.as_bytes();
    let end = at + registered.len();
    if input.get(at..end)? != registered {
        return None;
    }
    match input.get(end..) {
        Some([]) => Some((end, end)),
        Some([b'\r', b'\n', ..]) => Some((end, end + 2)),
        Some([b'\n', ..]) if !strict => Some((end, end + 1)),
        _ => None,
    }
}

/// The lenient phrase from `at`: anything up to CRLF, LF or the end.
#[inline]
fn scan_phrase_lenient(input: &[u8], at: usize) -> Result<(usize, usize), StatusLineError> {
    let mut i = at;
    while i < input.len() {
        match input[i] {
            b'\n' => return Ok((i, i + 1)),
            b'\r' => {
                return match input.get(i + 1) {
                    Some(b'\n') => Ok((i, i + 2)),
                    Some(&b) => Err(unexpected(i + 1, b, Expected::LineFeed)),
                    None => Err(incomplete(i + 1, Expected::LineFeed)),
                };
            }
            _ => i += 1,
        }
    }
    Ok((i, i))
}

/// How `phrase` relates to `code`; the table's phrase index is consulted only
/// when the phrase is not the registered one byte for byte.
#[inline]
fn classify(code: StatusCode, phrase: &[u8]) -> PhraseKind {
    let registered = code.reason_phrase();
    if registered.is_some_and(|registered| registered.as_bytes() == phrase) {
        return PhraseKind::Canonical;
    }
    if phrase.is_empty() {
        return PhraseKind::Empty;
    }
    match lookup_phrase_bytes(phrase) {
        Ok(found) if found.code() == code => found.kind(),
        // 406 and 606 share a phrase; the index names 406.
        Ok(found) if found.is_canonical() && found.code().reason_phrase() == registered => {
            PhraseKind::Canonical
        }
        Err(PhraseError::Empty) => PhraseKind::Empty,
        _ => PhraseKind::Custom,
    }
}

const fn unexpected(offset: usize, byte: u8, expected: Expected) -> StatusLineError {
    StatusLineError::UnexpectedByte {
        offset,
        byte,
        expected,
    }
}

const fn incomplete(offset: usize, expected: Expected) -> StatusLineError {
    StatusLineError::Incomplete { offset, expected }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for registered phrases gives what the byte scan and the
    /// phrase index give, for every code, ending and mode; and every
    /// registered phrase is in the strict alphabet, which the shortcut
    /// relies on.
    #[test]
    fn the_registered_phrase_shortcut_agrees_with_the_scan() {
        for entry in crate::entries() {
            let code = entry.code();
            let phrase = entry.phrase().as_bytes();
            for ending in [&b"\r\n"[..], b"\n", b"", b"\r\nVia: x\r\n", b"\r", b"x\r\n"] {
                let mut line = b"SIP/2.0 ".to_vec();
                line.extend_from_slice(&code_digits(code));
                line.push(b' ');
                line.extend_from_slice(phrase);
                line.extend_from_slice(ending);
                for strict in [true, false] {
                    let shortcut = registered_phrase_end(&line, 12, code, strict);
                    let scanned = if strict {
                        scan_phrase_strict(&line, 12)
                    } else {
                        scan_phrase_lenient(&line, 12)
                    };
                    match shortcut {
                        Some(ends) => {
                            assert_eq!(Ok(ends), scanned, "{code} {ending:?} {strict}");
                            assert_eq!(
                                classify(code, &line[12..ends.0]),
                                PhraseKind::Canonical,
                                "{code}"
                            );
                        }
                        // Not taken: the phrase runs on, or the ending is
                        // not one the mode accepts right after it.
                        None => assert!(
                            ending.starts_with(b"x")
                                || ending == b"\r"
                                || (strict && ending == b"\n"),
                            "{code} {ending:?} {strict}"
                        ),
                    }
                }
            }
        }
    }
}
