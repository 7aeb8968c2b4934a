//! One SIP message: its start line and the few headers the scanner reads
//! (RFC 3261 §7): Call-ID, CSeq, the top Via's branch and Content-Length.
//!
//! Everything here is a borrowed view over the capture's bytes; nothing
//! allocates. The status line itself is read by the core's parser (see
//! [`crate::status`]); this module only finds where it is.

use memchr::memchr;

/// The largest header block read: RFC 3261 sets no limit, but a message
/// whose headers do not end within 64 KiB is not one a SIP stack would
/// accept (most cap a UDP message at 64 KiB).
pub(crate) const MAX_HEADER_BLOCK: usize = 64 * 1024;

/// The most lines a header block in a text log may have before the scanner
/// decides that the status line stood alone (a proxy log line).
pub(crate) const MAX_TEXT_HEADER_LINES: usize = 128;

/// What the first line of a message says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StartLine<'a> {
    /// `Method SP Request-URI SP SIP-Version`: the method token.
    Request(&'a [u8]),
    /// `SIP-Version SP Status-Code SP Reason-Phrase`: the whole line,
    /// with its line end when it has one.
    Response(&'a [u8]),
}

/// The headers the scanner needs, each as it stands on the wire.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Headers<'a> {
    pub(crate) call_id: Option<&'a [u8]>,
    pub(crate) cseq: Option<(u32, &'a [u8])>,
    pub(crate) branch: Option<&'a [u8]>,
    pub(crate) content_length: Option<usize>,
    /// Offset just past the empty line that ends the header block, counted
    /// from the start of the slice given to [`headers`]; `None` when the
    /// block is not terminated within the slice.
    pub(crate) end: Option<usize>,
    /// The slice ended before the block did: more bytes may complete it.
    pub(crate) cut: bool,
}

/// RFC 3261 §25.1 `token` characters.
pub(crate) const fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'-' | b'.' | b'!' | b'%' | b'*' | b'_' | b'+' | b'`' | b'\'' | b'~'
        )
}

/// The line at the start of `buf`, without its CR LF, and the offset of the
/// next line (`None` if the line does not end within `buf`).
pub(crate) fn first_line(buf: &[u8]) -> (&[u8], Option<usize>) {
    match memchr(b'\n', buf) {
        Some(nl) => {
            let line = &buf[..nl];
            (line.strip_suffix(b"\r").unwrap_or(line), Some(nl + 1))
        }
        None => (buf, None),
    }
}

/// Recognises a message by its first line (`line`, without its line end;
/// `with_end` is the same line with it), on any port: a status line starts
/// with `SIP/2.0 `, a request line is a method token, a request URI and
/// `SIP/2.0`.
pub(crate) fn start_line<'a>(line: &'a [u8], with_end: &'a [u8]) -> Option<StartLine<'a>> {
    if line.starts_with(b"SIP/2.0 ") {
        return Some(StartLine::Response(with_end));
    }
    let rest = line.strip_suffix(b" SIP/2.0")?;
    let sp = memchr(b' ', rest)?;
    let (method, uri) = (&rest[..sp], &rest[sp + 1..]);
    if method.is_empty() || !method.iter().all(|&b| is_token(b)) {
        return None;
    }
    if uri.is_empty() || uri.contains(&b' ') {
        return None;
    }
    Some(StartLine::Request(method))
}

/// Whether a line that has not ended yet may still become a start line.
pub(crate) fn could_start(line: &[u8]) -> bool {
    if line.starts_with(b"SIP/2.0 ") || b"SIP/2.0 ".starts_with(line) {
        return true;
    }
    let method = &line[..memchr(b' ', line).unwrap_or(line.len())];
    !method.is_empty() && method.iter().all(|&b| is_token(b))
}

/// ASCII case-insensitive comparison of a header name with a lower-case
/// name.
fn name_is(name: &[u8], lower: &[u8]) -> bool {
    name.len() == lower.len()
        && name
            .iter()
            .zip(lower)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
}

fn trim(mut s: &[u8]) -> &[u8] {
    while let [b' ' | b'\t' | b'\r', rest @ ..] = s {
        s = rest;
    }
    while let [rest @ .., b' ' | b'\t' | b'\r'] = s {
        s = rest;
    }
    s
}

fn parse_u32(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() || digits.len() > 10 {
        return None;
    }
    let mut n: u64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u64::from(d - b'0');
    }
    u32::try_from(n).ok()
}

/// `CSeq: 1 INVITE` (RFC 3261 §20.16).
fn cseq(value: &[u8]) -> Option<(u32, &[u8])> {
    let sp = value.iter().position(|&b| b == b' ' || b == b'\t')?;
    let number = parse_u32(&value[..sp])?;
    let method = trim(&value[sp..]);
    (!method.is_empty() && method.iter().all(|&b| is_token(b))).then_some((number, method))
}

/// The `branch` parameter of the first Via value (RFC 3261 §20.42): a
/// header may carry several values separated by commas.
fn branch(value: &[u8]) -> Option<&[u8]> {
    let top = &value[..memchr(b',', value).unwrap_or(value.len())];
    memchr::memchr_iter(b';', top).find_map(|semi| {
        let param = trim(&top[semi + 1..]);
        let rest = param.get(..7).filter(|name| name_is(name, b"branch="))?;
        let _ = rest;
        let rest = &param[7..];
        let end = rest
            .iter()
            .position(|&b| matches!(b, b';' | b' ' | b'\t' | b'\r' | b','))
            .unwrap_or(rest.len());
        (end > 0).then_some(&rest[..end])
    })
}

/// Reads the header block that starts at `buf[0]` (just after the start
/// line) up to the empty line that ends it, looking at no more than
/// `max_lines` lines.
pub(crate) fn headers(buf: &[u8], max_lines: usize) -> Headers<'_> {
    read_headers(buf, max_lines, true, false)
}

/// Like [`headers`], for text: the block ends unterminated at the first
/// line that is not a header line (`Name: value` or a continuation), so a
/// status line alone in a log costs one line's look.
pub(crate) fn text_headers(buf: &[u8]) -> Headers<'_> {
    read_headers(buf, MAX_TEXT_HEADER_LINES, true, true)
}

/// Whether the line at the start of `buf` is a header field or a
/// continuation, from as few of its bytes as that takes: the same answer as
/// [`is_header_line`] on the whole line, or `None` when `buf` ends before
/// the answer is known.
fn starts_header_line(buf: &[u8]) -> Option<bool> {
    let mut i = 0;
    match buf.first()? {
        b' ' | b'\t' => return Some(true),
        _ => {}
    }
    // White space before the name, the name's token characters, white
    // space after it, then the colon.
    while let Some(&b) = buf.get(i) {
        if !matches!(b, b' ' | b'\t' | b'\r') {
            break;
        }
        i += 1;
    }
    let name = i;
    while buf.get(i).is_some_and(|&b| is_token(b)) {
        i += 1;
    }
    if i == name {
        return buf.get(i).map(|_| false);
    }
    while let Some(&b) = buf.get(i) {
        if !matches!(b, b' ' | b'\t' | b'\r') {
            break;
        }
        i += 1;
    }
    buf.get(i).map(|&b| b == b':')
}

/// Whether a line is a header field or a continuation (RFC 3261 §7.3.1).
fn is_header_line(line: &[u8]) -> bool {
    match line.first() {
        Some(b' ' | b'\t') => true,
        _ => memchr(b':', line).is_some_and(|colon| {
            let name = trim(&line[..colon]);
            !name.is_empty() && name.iter().all(|&b| is_token(b))
        }),
    }
}

/// Like [`headers`], but stops as soon as Call-ID, CSeq and Via are known:
/// for a message that came whole (a datagram), whose end does not matter.
pub(crate) fn transaction_headers(buf: &[u8]) -> Headers<'_> {
    read_headers(buf, usize::MAX, false, false)
}

fn read_headers(buf: &[u8], max_lines: usize, to_end: bool, only_headers: bool) -> Headers<'_> {
    let mut h = Headers::default();
    let mut pos = 0;
    let mut lines = 0;
    h.cut = buf.is_empty();
    while pos < buf.len() && lines < max_lines {
        let first = buf[pos];
        if first == b'\n' || (first == b'\r' && buf.get(pos + 1) == Some(&b'\n')) {
            h.end = Some(pos + if first == b'\n' { 1 } else { 2 });
            break;
        }
        lines += 1;
        if only_headers {
            // A line that cannot be a header ends the block without a look
            // for its end.
            match starts_header_line(&buf[pos..]) {
                Some(false) => break,
                Some(true) => {}
                None => {
                    h.cut = true;
                    break;
                }
            }
        }
        let Some(nl) = memchr(b'\n', &buf[pos..]) else {
            h.cut = true;
            break;
        };
        let line = &buf[pos..pos + nl];
        pos += nl + 1;
        if only_headers && !is_header_line(line) {
            break;
        }
        // Only these first letters start a header the scanner reads;
        // continuation lines (RFC 3261 §7.3.1) start with white space.
        if !matches!(first | 0x20, b'c' | b'i' | b'l' | b'v') {
            continue;
        }
        let Some(colon) = memchr(b':', line) else {
            continue;
        };
        let name = trim(&line[..colon]);
        let value = trim(&line[colon + 1..]);
        match first | 0x20 {
            b'c' if h.call_id.is_none() && name_is(name, b"call-id") => h.call_id = Some(value),
            b'c' if h.cseq.is_none() && name_is(name, b"cseq") => h.cseq = cseq(value),
            b'c' if name_is(name, b"content-length") => {
                h.content_length = h.content_length.or(parse_u32(value).map(|n| n as usize));
            }
            b'i' if name.len() == 1 => {
                h.call_id.get_or_insert(value);
            }
            b'l' if name.len() == 1 => {
                h.content_length = h.content_length.or(parse_u32(value).map(|n| n as usize));
            }
            // Only the top Via names the transaction.
            b'v' if h.branch.is_none() && (name.len() == 1 || name_is(name, b"via")) => {
                h.branch = Some(branch(value).unwrap_or_default());
            }
            _ => {}
        }
        if !to_end && h.call_id.is_some() && h.cseq.is_some() && h.branch.is_some() {
            break;
        }
        if pos == buf.len() {
            h.cut = true;
        }
    }
    if h.branch == Some(&[]) {
        h.branch = None;
    }
    h
}

/// Where a message in a byte stream ends (RFC 3261 §18.3: the header block,
/// then Content-Length bytes of body).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Frame {
    /// The message is complete and this long.
    Complete(usize),
    /// More bytes are needed.
    Incomplete,
}

/// Frames the message at the start of a stream: `first_line_end` is the
/// offset past its start line.
pub(crate) fn frame(buf: &[u8], first_line_end: usize) -> (Frame, Headers<'_>) {
    let h = headers(&buf[first_line_end..], usize::MAX);
    let Some(end) = h.end else {
        return (Frame::Incomplete, h);
    };
    let total = first_line_end + end + h.content_length.unwrap_or(0);
    if total <= buf.len() {
        (Frame::Complete(total), h)
    } else {
        (Frame::Incomplete, h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_lines_are_told_apart() {
        let start = |line: &'static [u8]| start_line(line, line);
        assert_eq!(
            start_line(b"SIP/2.0 486 Busy Here", b"SIP/2.0 486 Busy Here\r\n"),
            Some(StartLine::Response(b"SIP/2.0 486 Busy Here\r\n"))
        );
        assert_eq!(
            start(b"INVITE sip:bob@example.com SIP/2.0"),
            Some(StartLine::Request(b"INVITE"))
        );
        assert_eq!(start(b"GET / HTTP/1.1"), None);
        assert_eq!(start(b"INVITE  SIP/2.0"), None);
        assert_eq!(start(b"IN(VITE sip:a SIP/2.0"), None);
        assert_eq!(start(b"SIP/2.0/UDP host"), None);
    }

    #[test]
    fn headers_long_and_compact_forms() {
        let block = b"Via: SIP/2.0/UDP a;branch=z9hG4bK1;rport, SIP/2.0/UDP b;branch=z9hG4bK2\r\n\
                      v: SIP/2.0/UDP c;branch=z9hG4bK3\r\n\
                      i: abc@host\r\n\
                      cseq: 7 INVITE\r\n\
                      l: 12\r\n\r\nbody";
        let h = headers(block, usize::MAX);
        assert_eq!(h.call_id, Some(&b"abc@host"[..]));
        assert_eq!(h.cseq, Some((7, &b"INVITE"[..])));
        assert_eq!(h.branch, Some(&b"z9hG4bK1"[..]));
        assert_eq!(h.content_length, Some(12));
        assert_eq!(h.end, Some(block.len() - 4));
    }

    #[test]
    fn header_block_without_its_end() {
        let h = headers(b"Call-ID: x\r\nCSeq: 1 BYE\r\n", usize::MAX);
        assert_eq!(h.end, None);
        assert_eq!(h.cseq, Some((1, &b"BYE"[..])));
        assert_eq!(headers(b"CSeq: x BYE\r\n\r\n", 8).cseq, None);
        let log = b"Call-ID: a\nnot a header line\n\n";
        assert_eq!(text_headers(log).end, None);
        assert_eq!(headers(log, usize::MAX).end, Some(log.len()));
        assert_eq!(text_headers(b"Call-ID: a\n  folded\n\n").end, Some(21));
    }

    #[test]
    fn header_lines_told_from_their_first_bytes() {
        let lines: [&[u8]; 12] = [
            b"Call-ID: a",
            b"  folded",
            b"\tfolded",
            b"CSeq : 1 BYE",
            b"\r Via\t: x",
            b"SIP/2.0 200 OK",
            b"2026-11-24 12:00:00 proxy: SIP/2.0 200 OK",
            b"no colon here",
            b"a b: c",
            b": empty name",
            b"\r",
            b"x",
        ];
        for line in lines {
            let whole = [line, b"\n"].concat();
            assert_eq!(starts_header_line(&whole), Some(is_header_line(line)));
            // A part of the line answers the same or not yet.
            for cut in 0..line.len() {
                let part = starts_header_line(&line[..cut]);
                assert!(part.is_none() || part == Some(is_header_line(line)));
            }
        }
    }

    #[test]
    fn framing_uses_content_length() {
        let msg = b"SIP/2.0 200 OK\r\nContent-Length: 3\r\n\r\nabcSIP/2.0";
        let (_, next) = first_line(msg);
        assert_eq!(frame(msg, next.unwrap()).0, Frame::Complete(msg.len() - 7));
        assert_eq!(frame(&msg[..30], next.unwrap()).0, Frame::Incomplete);
    }
}
