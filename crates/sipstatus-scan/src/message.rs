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

/// RFC 3261 §25.1 `token` characters, by byte value.
const TOKEN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric()
            || matches!(
                b as u8,
                b'-' | b'.' | b'!' | b'%' | b'*' | b'_' | b'+' | b'`' | b'\'' | b'~'
            );
        b += 1;
    }
    table
};

/// Whether `b` is an RFC 3261 §25.1 `token` character.
pub(crate) const fn is_token(b: u8) -> bool {
    TOKEN[b as usize]
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
    // Request lines are short: the searches run in line, without the
    // call and set-up of a general search.
    let sp = find_any(rest, [b' '])?;
    let (method, uri) = (&rest[..sp], &rest[sp + 1..]);
    if method.is_empty() || !method.iter().all(|&b| is_token(b)) {
        return None;
    }
    if uri.is_empty() || find_any(uri, [b' ']).is_some() {
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

fn trim(s: &[u8]) -> &[u8] {
    let is_space = |b: u8| b == b' ' || b == b'\t' || b == b'\r';
    let mut start = 0;
    while start < s.len() && is_space(s[start]) {
        start += 1;
    }
    let mut end = s.len();
    while end > start && is_space(s[end - 1]) {
        end -= 1;
    }
    &s[start..end]
}

/// [`trim`] of a field's value, with its most common shape first: one
/// space before it and the CR of its line end after it.
#[inline(always)]
fn trim_value(s: &[u8]) -> &[u8] {
    if let [b' ', value @ .., b'\r'] = s
        && let ([first, ..], [.., last]) = (value, value)
        && *first > b' '
        && *last > b' '
    {
        return value;
    }
    trim(s)
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

/// `CSeq: 1 INVITE` (RFC 3261 §20.16): at most ten digits that fit in 32
/// bits, white space, then a token. The digits are read as they are
/// looked for.
#[inline(always)]
fn cseq(value: &[u8]) -> Option<(u32, &[u8])> {
    let mut n: u64 = 0;
    let mut sp = 0;
    loop {
        match *value.get(sp)? {
            d @ b'0'..=b'9' if sp < 10 => n = n * 10 + u64::from(d - b'0'),
            b' ' | b'\t' if sp > 0 => break,
            _ => return None,
        }
        sp += 1;
    }
    let number = u32::try_from(n).ok()?;
    // One space before the method and none after it, as the value is
    // usually given, needs no trimming.
    let method = match &value[sp + 1..] {
        method @ [first, .., last] if *first > b' ' && *last > b' ' => method,
        _ => trim(&value[sp..]),
    };
    is_token_run(method).then_some((number, method))
}

/// Whether `s` is a non-empty run of token characters. A method name of
/// four to eight upper-case letters, as most are, is told by two
/// overlapping four-byte words.
fn is_token_run(s: &[u8]) -> bool {
    if let (4..=8, Some(lo), Some(hi)) = (s.len(), s.first_chunk::<4>(), s.last_chunk::<4>())
        && all_upper(u32::from_le_bytes(*lo))
        && all_upper(u32::from_le_bytes(*hi))
    {
        return true;
    }
    !s.is_empty() && s.iter().all(|&b| is_token(b))
}

/// Whether each byte of `x` is an ASCII upper-case letter. A byte with
/// its top bit set fails on its own, and only such a byte can carry into
/// the next, so a carry never makes the answer true.
const fn all_upper(x: u32) -> bool {
    const ONES: u32 = 0x0101_0101;
    const HIGH: u32 = 0x8080_8080;
    let at_least_a = x.wrapping_add(ONES * (0x80 - b'A' as u32));
    let above_z = x.wrapping_add(ONES * (0x80 - b'Z' as u32 - 1));
    at_least_a & !above_z & !x & HIGH == HIGH
}

/// The `branch` parameter of the first Via value (RFC 3261 §20.42): a
/// header may carry several values separated by commas.
#[inline(always)]
fn branch(value: &[u8]) -> Option<&[u8]> {
    let mut at = 0;
    loop {
        // The next parameter of the top value; a comma ends that value.
        let semi = at + semicolon_or_comma(&value[at..])?;
        if value[semi] == b',' {
            return None;
        }
        at = semi + 1;
        // Most often the parameter is `branch=` in lower case, right
        // after the semicolon: one compare of eight bytes finds it.
        if value.get(semi..).and_then(<[u8]>::first_chunk::<8>) == Some(b";branch=") {
            let rest = &value[semi + 8..];
            let end = find_any(rest, ENDS_PARAM).unwrap_or(rest.len());
            if end > 0 {
                return Some(&rest[..end]);
            }
            continue;
        }
        let mut param = &value[at..];
        while let [b' ' | b'\t' | b'\r', rest @ ..] = param {
            param = rest;
        }
        if starts_with_name(param, b"branch=") {
            let rest = &param[7..];
            let end = find_any(rest, ENDS_PARAM).unwrap_or(rest.len());
            if end > 0 {
                return Some(&rest[..end]);
            }
        }
    }
}

/// The bytes that end a Via parameter's value.
const ENDS_PARAM: [u8; 5] = [b';', b' ', b'\t', b'\r', b','];

/// The offset of the first `;` or `,`, eight bytes at a time.
fn semicolon_or_comma(bytes: &[u8]) -> Option<usize> {
    find_any(bytes, [b';', b','])
}

/// In each byte of `w` equal to one of `targets`, the top bit, and none in
/// the bytes below the first such byte (bytes above it may be set
/// falsely, the lowest set bit never is).
#[inline(always)]
fn flags<const N: usize>(w: u64, targets: [u8; N]) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut f = 0;
    for t in targets {
        let a = w ^ (ONES * u64::from(t));
        f |= a.wrapping_sub(ONES) & !a;
    }
    f & HIGH
}

/// The offset of the first byte of `bytes` that is one of `targets`,
/// eight bytes at a time. The last bytes short of a word are looked at as
/// the buffer's last eight, with the flags of the bytes already looked at
/// shifted out: those hold no target, so they set no false flag either.
#[inline(always)]
fn find_any<const N: usize>(bytes: &[u8], targets: [u8; N]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    if bytes.len() >= 16 {
        return find_any_by_16(bytes, targets);
    }
    find_any_by_word(bytes, targets)
}

/// [`find_any`] sixteen bytes per SSE2 compare, for at least sixteen
/// bytes: the last ones short of sixteen are looked at as the buffer's
/// last sixteen, without the bits of those already looked at.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn find_any_by_16<const N: usize>(bytes: &[u8], targets: [u8; N]) -> Option<usize> {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
        _mm_setzero_si128,
    };
    let hits = |block: &[u8; 16]| -> u32 {
        // SAFETY: SSE2 is part of every x86_64 target, and the unaligned
        // load reads the sixteen bytes of `block`.
        unsafe {
            let v = _mm_loadu_si128(block.as_ptr().cast());
            let mut any = _mm_setzero_si128();
            for t in targets {
                any = _mm_or_si128(any, _mm_cmpeq_epi8(v, _mm_set1_epi8(t as i8)));
            }
            _mm_movemask_epi8(any) as u32
        }
    };
    let mut rest = bytes;
    let mut at = 0;
    while let Some((block, after)) = rest.split_first_chunk::<16>() {
        let m = hits(block);
        if m != 0 {
            return Some(at + m.trailing_zeros() as usize);
        }
        at += 16;
        rest = after;
    }
    // With no bytes left, all sixteen bits are shifted out.
    let m = hits(bytes.last_chunk::<16>()?) >> (16 - rest.len());
    (m != 0).then(|| at + m.trailing_zeros() as usize)
}

/// [`find_any`] eight bytes per word.
#[inline(always)]
fn find_any_by_word<const N: usize>(bytes: &[u8], targets: [u8; N]) -> Option<usize> {
    let mut rest = bytes;
    let mut at = 0;
    while let Some((word, after)) = rest.split_first_chunk::<8>() {
        let f = flags(u64::from_le_bytes(*word), targets);
        if f != 0 {
            return Some(at + f.trailing_zeros() as usize / 8);
        }
        at += 8;
        rest = after;
    }
    if rest.is_empty() {
        return None;
    }
    if let Some(last) = bytes.last_chunk::<8>() {
        let f = flags(u64::from_le_bytes(*last), targets) >> (8 * (8 - rest.len()));
        return (f != 0).then(|| at + f.trailing_zeros() as usize / 8);
    }
    rest.iter()
        .position(|b| targets.contains(b))
        .map(|i| at + i)
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

fn read_headers(buf: &[u8], max_lines: usize, to_end: bool, only_headers: bool) -> Headers<'_> {
    let ends = &mut LineEnds::new(buf);
    let h = &mut Headers::default();
    // Each use gets its own copy, without the tests of the others.
    match (to_end, only_headers) {
        (true, true) => read_headers_at::<true, true, false>(buf, 0, ends, max_lines, h),
        (true, false) => read_headers_at::<true, false, false>(buf, 0, ends, max_lines, h),
        (false, true) => read_headers_at::<false, true, false>(buf, 0, ends, max_lines, h),
        (false, false) => read_headers_at::<false, false, false>(buf, 0, ends, max_lines, h),
    }
    *h
}

/// [`datagram_into`] with the headers returned, for the tests.
#[cfg(test)]
pub(crate) fn datagram(msg: &[u8]) -> Option<(StartLine<'_>, Headers<'_>)> {
    let mut h = Headers::default();
    datagram_into(msg, &mut h).map(|start| (start, h))
}

/// The message in a datagram, `msg`, which starts at its start line: what
/// that line says, or `None` when it is no start line, and in `h` (which
/// comes as [`Headers::default`]) the headers that name its transaction.
/// The headers are read as [`headers`] reads them, but only until
/// Call-ID, CSeq and Via are known: a datagram came whole, so where its
/// header block ends does not matter. One search for line ends serves the
/// start line and the headers. The headers are written into the caller's
/// `h` rather than copied out with the start line.
// Kept out of the caller: inlined there, its loop had fewer registers.
#[inline(never)]
pub(crate) fn datagram_into<'a>(msg: &'a [u8], h: &mut Headers<'a>) -> Option<StartLine<'a>> {
    let mut ends = LineEnds::new(msg);
    let Some(nl) = ends.find(0) else {
        return start_line(msg, msg);
    };
    let line = &msg[..nl];
    let start = start_line(line.strip_suffix(b"\r").unwrap_or(line), &msg[..=nl])?;
    match start {
        // The scanner counts an ACK by its request line alone: it opens no
        // transaction (RFC 3261 §17.1.1.3), so its headers are not read.
        StartLine::Request(b"ACK") => {}
        // A provisional response counts under its CSeq method and finishes
        // no transaction: CSeq is all the scanner reads of it.
        StartLine::Response(l) if l.starts_with(b"SIP/2.0 1") => {
            read_headers_at::<false, false, true>(msg, nl + 1, &mut ends, usize::MAX, h);
        }
        _ => read_headers_at::<false, false, false>(msg, nl + 1, &mut ends, usize::MAX, h),
    }
    Some(start)
}

/// The value of the header field `name` (lower case) if `line` holds it:
/// the line starts with the name in any case, then optional white space
/// and a colon (RFC 3261 §7.3.1); the value comes without the white space
/// around it. The same as splitting the line at its first colon and
/// comparing the trimmed name, since a name holds neither colon nor white
/// space.
#[inline(always)]
fn value_of<'a>(line: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    if !starts_with_name(line, name) {
        return None;
    }
    let rest = &line[name.len()..];
    match rest.first() {
        Some(b':') => Some(trim_value(&rest[1..])),
        // White space between the name and the colon is rare; it takes the
        // longer way.
        Some(b' ' | b'\t' | b'\r') => trim(rest).strip_prefix(b":").map(trim),
        _ => None,
    }
}

/// Whether `line` starts with `name` (lower case) in any case. A name of at
/// most eight bytes is compared as one word: each of its letters matches
/// the byte with bit 0x20 set, every other byte only itself.
#[inline(always)]
fn starts_with_name(line: &[u8], name: &[u8]) -> bool {
    if let (Some(word), true) = (line.first_chunk::<8>(), name.len() <= 8) {
        let (mut want, mut case, mut mask) = (0u64, 0u64, 0u64);
        for (i, &b) in name.iter().enumerate() {
            want |= u64::from(b) << (8 * i);
            mask |= 0xff << (8 * i);
            if b.is_ascii_lowercase() {
                case |= 0x20 << (8 * i);
            }
        }
        return (u64::from_le_bytes(*word) | case) & mask == want;
    }
    line.len() >= name.len()
        && line
            .iter()
            .zip(name)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
}

/// [`read_headers`] for the block that starts at `buf[from]`, with the
/// line ends of `buf`; `end` is counted from `from`. With `CSEQ_ONLY` it
/// stops at CSeq and leaves Via unread.
fn read_headers_at<'a, const TO_END: bool, const ONLY_HEADERS: bool, const CSEQ_ONLY: bool>(
    buf: &'a [u8],
    from: usize,
    ends: &mut LineEnds<'_>,
    max_lines: usize,
    h: &mut Headers<'a>,
) {
    let mut pos = from;
    let mut lines = 0;
    h.cut = pos >= buf.len();
    while pos < buf.len() && lines < max_lines {
        let first = buf[pos];
        if first == b'\n' || (first == b'\r' && buf.get(pos + 1) == Some(&b'\n')) {
            h.end = Some(pos - from + if first == b'\n' { 1 } else { 2 });
            break;
        }
        lines += 1;
        if ONLY_HEADERS {
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
        let Some(nl) = ends.find(pos) else {
            h.cut = true;
            break;
        };
        let line = &buf[pos..nl];
        pos = nl + 1;
        if ONLY_HEADERS && !is_header_line(line) {
            break;
        }
        // Only these first letters start a header the scanner reads;
        // continuation lines (RFC 3261 §7.3.1) start with white space.
        // Tested one after the other, most common first: a jump table here
        // was mispredicted for most lines.
        let lower = first | 0x20;
        let read = if lower == b'c' {
            if h.call_id.is_none()
                && let Some(value) = value_of(line, b"call-id")
            {
                h.call_id = Some(value);
                true
            } else if h.cseq.is_none()
                && let Some(value) = value_of(line, b"cseq")
            {
                h.cseq = cseq(value);
                true
            } else if let Some(value) = value_of(line, b"content-length") {
                h.content_length = h.content_length.or(parse_u32(value).map(|n| n as usize));
                true
            } else {
                false
            }
        } else if lower == b'v' && !CSEQ_ONLY {
            // Only the top Via names the transaction.
            if h.branch.is_none()
                && let Some(value) = value_of(line, b"v").or_else(|| value_of(line, b"via"))
            {
                h.branch = Some(branch(value).unwrap_or_default());
                true
            } else {
                false
            }
        } else if lower == b'i' {
            if let Some(value) = value_of(line, b"i") {
                h.call_id.get_or_insert(value);
                true
            } else {
                false
            }
        } else if lower == b'l' {
            if let Some(value) = value_of(line, b"l") {
                h.content_length = h.content_length.or(parse_u32(value).map(|n| n as usize));
                true
            } else {
                false
            }
        } else {
            continue;
        };
        if !TO_END && h.cseq.is_some() && (CSEQ_ONLY || (h.call_id.is_some() && h.branch.is_some()))
        {
            break;
        }
        // A block that reaches the end of `buf` may go on. The reader as
        // first written said so only after a line it split at a colon
        // (whether or not it then read the field); this keeps that.
        if pos == buf.len() && (read || memchr(b':', line).is_some()) {
            h.cut = true;
        }
    }
    if h.branch == Some(&[]) {
        h.branch = None;
    }
}

/// The line ends (`\n`) of a buffer, found 64 bytes at a time: one look
/// at a block of bytes answers for every line in it, where a search per
/// line would start again for each of the short lines of a header block.
pub(crate) struct LineEnds<'a> {
    buf: &'a [u8],
    /// Where the 64 bytes that `mask` describes start (`usize::MAX - 63`
    /// before the first look).
    base: usize,
    /// Bit i is set when `buf[base + i]` is a line end.
    mask: u64,
}

impl<'a> LineEnds<'a> {
    pub(crate) fn new(buf: &'a [u8]) -> LineEnds<'a> {
        LineEnds {
            buf,
            // Any offset of a slice is at least 64 past this, with
            // wrapping: the first `find` looks.
            base: usize::MAX - 63,
            mask: 0,
        }
    }

    /// The offset of the first line end at or after `from`.
    #[inline(always)]
    pub(crate) fn find(&mut self, from: usize) -> Option<usize> {
        // Before `base` (or before the first look) wraps to a large
        // number: one compare for both ways of falling outside the block.
        if from.wrapping_sub(self.base) >= 64 {
            self.look(from);
        }
        let mut mask = self.mask & (u64::MAX << (from - self.base));
        while mask == 0 {
            let next = self.base + 64;
            if next >= self.buf.len() {
                return None;
            }
            self.look(next);
            mask = self.mask;
        }
        Some(self.base + mask.trailing_zeros() as usize)
    }

    fn look(&mut self, at: usize) {
        self.base = at;
        self.mask = match self.buf.get(at..at + 64) {
            Some(block) => newlines(block.try_into().unwrap_or(&[0; 64])),
            None => {
                let rest = self.buf.get(at..).unwrap_or_default();
                let mut block = [0; 64];
                block[..rest.len()].copy_from_slice(rest);
                newlines(&block)
            }
        };
    }
}

/// Bit i set where `block[i]` is `\n`, sixteen bytes per SSE2 compare.
#[cfg(target_arch = "x86_64")]
fn newlines(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8};
    let mut mask = 0;
    for (i, part) in block.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of every x86_64 target, and the unaligned
        // load reads the sixteen bytes of `part`.
        let bits = unsafe {
            let bytes = _mm_loadu_si128(part.as_ptr().cast());
            _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(b'\n' as i8)))
        };
        mask |= u64::from(bits as u16) << (16 * i);
    }
    mask
}

/// Bit i set where `block[i]` is `\n`, eight bytes per word.
#[cfg(any(not(target_arch = "x86_64"), test))]
fn newlines_by_word(block: &[u8; 64]) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut mask = 0;
    for (i, word) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(word.try_into().unwrap_or_default())
            ^ (u64::from(b'\n') * 0x0101_0101_0101_0101);
        // The top bit of each byte that is zero, and of no other.
        let zero = !(((x & LOW7) + LOW7) | x | LOW7);
        // Gather those eight bits, byte k's to bit k.
        let bits = ((zero >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56;
        mask |= bits << (8 * i);
    }
    mask
}

#[cfg(not(target_arch = "x86_64"))]
fn newlines(block: &[u8; 64]) -> u64 {
    newlines_by_word(block)
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

    /// ASCII case-insensitive comparison of a header name with a lower-case
    /// name.
    fn name_is(name: &[u8], lower: &[u8]) -> bool {
        name.len() == lower.len()
            && name
                .iter()
                .zip(lower)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
    }

    /// The `branch` parameter as first read: the top value cut at its
    /// first comma, then each parameter after a semicolon.
    fn reference_branch(value: &[u8]) -> Option<&[u8]> {
        let top = &value[..memchr(b',', value).unwrap_or(value.len())];
        memchr::memchr_iter(b';', top).find_map(|semi| {
            let param = trim(&top[semi + 1..]);
            param.get(..7).filter(|name| name_is(name, b"branch="))?;
            let rest = &param[7..];
            let end = rest
                .iter()
                .position(|&b| matches!(b, b';' | b' ' | b'\t' | b'\r' | b','))
                .unwrap_or(rest.len());
            (end > 0).then_some(&rest[..end])
        })
    }

    /// A fixed pseudo-random sequence (xorshift64*), so every run reads
    /// the same inputs.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
        }
    }

    /// Header lines of every shape the readers tell apart: long and
    /// compact names in any case, white space and CR around the colon,
    /// names that only start like the ones read, continuations, lines
    /// without a colon, values with odd parameters, and lines longer than
    /// the 64 bytes looked at at once.
    const LINES: &[&str] = &[
        "Via: SIP/2.0/UDP a;branch=z9hG4bK1;rport",
        "v: SIP/2.0/UDP c ;branch=x",
        "VIA : SIP/2.0/UDP b, SIP/2.0/UDP c;branch=y",
        "Via: SIP/2.0/UDP a;BRANCH=q;x",
        "Via:x;branch=",
        "Via: a;branch= ;branch=r",
        "Via: a ; branch=s , b;branch=t",
        "Via: SIP/2.0/UDP hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh;branch=long",
        "V: SIP/2.0/UDP d;branch=w",
        "Vias: x;branch=no",
        "Call-ID: abc@host",
        "i:x",
        "I: id2",
        "CALL-ID\t: y ",
        "Call-ID\r: z",
        "Call-ID x: y",
        "Call-ID;x: y",
        "Call-IDx: y",
        "call-i: z",
        "Call-ID: cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
        "CSeq: 1 INVITE",
        "cseq: 2 BYE",
        "CSeq: x BYE",
        "CSeq: 4294967296 BYE",
        "CSeq : 3\tACK ",
        "CSeq: 5 IN(VITE",
        "Content-Length: 12",
        "l: 3",
        "L:5",
        "content-length:x",
        "Content-Length : 7 ",
        "Content-Type: a",
        "Contact: <sip:x>",
        "c: x",
        "From: a",
        "To: b",
        " folded continuation",
        "\tfolded",
        "no colon here",
        "x:y",
        "\r",
        "SIP/2.0 200 OK",
        "2026-11-24 log line: x",
    ];

    /// A header block of random lines with random line ends, an empty
    /// line somewhere (or none), and a body.
    fn block(rng: &mut Rng) -> Vec<u8> {
        let mut out = Vec::new();
        for _ in 0..rng.below(12) {
            out.extend_from_slice(LINES[rng.below(LINES.len())].as_bytes());
            out.extend_from_slice(if rng.below(4) == 0 { b"\n" } else { b"\r\n" });
            if rng.below(10) == 0 {
                out.extend_from_slice(if rng.below(2) == 0 { b"\r\n" } else { b"\n" });
            }
        }
        if rng.below(3) > 0 {
            out.extend_from_slice(b"\r\nv=0\r\nCall-ID: body\r\n");
        }
        out
    }

    #[test]
    fn the_header_reader_agrees_with_its_model() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..600 {
            let buf = block(&mut rng);
            for cut in 0..=buf.len() {
                let part = &buf[..cut];
                for max_lines in [usize::MAX, 1, 3] {
                    for (to_end, only_headers) in [(true, false), (false, false), (true, true)] {
                        assert_eq!(
                            read_headers(part, max_lines, to_end, only_headers),
                            reference_headers(part, max_lines, to_end, only_headers),
                            "{:?} {max_lines} {to_end} {only_headers}",
                            String::from_utf8_lossy(part)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_datagram_reads_as_its_start_line_and_headers_did() {
        let starts: [&[u8]; 8] = [
            b"SIP/2.0 200 OK\r\n",
            b"INVITE sip:b@example.com SIP/2.0\r\n",
            b"BYE sip:b SIP/2.0\n",
            b"GET / HTTP/1.1\r\n",
            b"SIP/2.0 486 Busy Here",
            b"",
            b"SIP/2.0 180 Ringing\r\n",
            b"ACK sip:b SIP/2.0\r\n",
        ];
        let mut rng = Rng(7);
        for _ in 0..400 {
            let mut msg = starts[rng.below(starts.len())].to_vec();
            msg.extend_from_slice(&block(&mut rng));
            for cut in 0..=msg.len() {
                let msg = &msg[..cut];
                let (line, next) = first_line(msg);
                let model = start_line(line, &msg[..next.unwrap_or(msg.len())]).map(|start| {
                    let mut h = next
                        .map(|n| reference_headers(&msg[n..], usize::MAX, false, false))
                        .unwrap_or_default();
                    match start {
                        // An ACK's headers are not read, and of a
                        // provisional response's only CSeq matters.
                        StartLine::Request(b"ACK") if next.is_some() => h = Headers::default(),
                        StartLine::Response(l) if l.starts_with(b"SIP/2.0 1") && next.is_some() => {
                            h = Headers {
                                cseq: h.cseq,
                                ..Headers::default()
                            };
                        }
                        _ => {}
                    }
                    (start, h)
                });
                let got = datagram(msg).map(|(start, h)| match start {
                    StartLine::Response(l) if l.starts_with(b"SIP/2.0 1") => (
                        start,
                        Headers {
                            cseq: h.cseq,
                            ..Headers::default()
                        },
                    ),
                    _ => (start, h),
                });
                assert_eq!(got, model, "{:?}", String::from_utf8_lossy(msg));
            }
        }
    }

    #[test]
    fn line_ends_are_found_as_a_search_finds_them() {
        let mut rng = Rng(11);
        for _ in 0..300 {
            let len = rng.below(300);
            let buf: Vec<u8> = (0..len)
                .map(|_| [b'\n', b'\r', b'a', 0x8a, 0x0b][rng.below(5)])
                .collect();
            let mut ends = LineEnds::new(&buf);
            let mut from = 0;
            // In order, as the reader asks, then from every offset afresh.
            while from <= buf.len() {
                let want = memchr(b'\n', &buf[from..]).map(|i| from + i);
                assert_eq!(ends.find(from), want);
                from = want.map_or(buf.len() + 1, |i| i + 1 + rng.below(3));
            }
            for from in 0..=buf.len() {
                let want = memchr(b'\n', &buf[from..]).map(|i| from + i);
                assert_eq!(LineEnds::new(&buf).find(from), want);
            }
            if let Some(block) = buf.get(..64) {
                let block: &[u8; 64] = block.try_into().unwrap();
                assert_eq!(newlines(block), newlines_by_word(block));
            }
        }
    }

    #[test]
    fn semicolons_and_commas_are_found_as_a_search_finds_them() {
        let mut rng = Rng(3);
        for _ in 0..2000 {
            let len = rng.below(40);
            let bytes: Vec<u8> = (0..len)
                .map(|_| [b';', b',', b'a', 0xbb, 0xac, 0x3a, 0x2b][rng.below(7)])
                .collect();
            assert_eq!(
                semicolon_or_comma(&bytes),
                memchr::memchr2(b';', b',', &bytes),
                "{bytes:?}"
            );
            let ends = |b: &u8| matches!(b, b';' | b' ' | b'\t' | b'\r' | b',');
            let bytes: Vec<u8> = (0..len)
                .map(|_| [b';', b',', b' ', b'\t', b'\r', b'a', 0xbb, 0x0c, 0x2a][rng.below(9)])
                .collect();
            for from in 0..=bytes.len() {
                let want = bytes[from..].iter().position(ends);
                assert_eq!(
                    find_any(&bytes[from..], ENDS_PARAM),
                    want,
                    "{bytes:?} {from}"
                );
                assert_eq!(find_any_by_word(&bytes[from..], ENDS_PARAM), want);
            }
        }
    }

    /// CSeq as first read: split at the first space or tab, the number
    /// parsed, the rest trimmed and checked token by token.
    fn reference_cseq(value: &[u8]) -> Option<(u32, &[u8])> {
        let sp = value.iter().position(|&b| b == b' ' || b == b'\t')?;
        let number = parse_u32(&value[..sp])?;
        let method = trim(&value[sp..]);
        (!method.is_empty() && method.iter().all(|&b| is_token(b))).then_some((number, method))
    }

    #[test]
    fn cseq_values_read_as_first_read() {
        let fixed: [&[u8]; 16] = [
            b"1 INVITE",
            b"4294967295 BYE",
            b"4294967296 BYE",
            b"0000000001 ACK",
            b"00000000001 ACK",
            b"1\tUPDATE ",
            b"1  SUBSCRIBE",
            b" 1 INVITE",
            b"1INVITE",
            b"1 ",
            b"1",
            b"",
            b"1 INV@TE",
            b"1 IN[ITE",
            b"1 invite",
            b"1 \xc1NVITE",
        ];
        for value in fixed {
            assert_eq!(cseq(value), reference_cseq(value), "{value:?}");
        }
        let mut rng = Rng(5);
        let alphabet = b"0123456789  \t\rAZ@[az-!(\x80\xc1\xff";
        for _ in 0..20000 {
            let len = rng.below(16);
            let mut value: Vec<u8> = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            if rng.below(2) == 0 {
                // Mostly well-formed: digits, a space, letters.
                let digits = rng.below(12);
                value = (0..digits).map(|_| b'0' + rng.below(10) as u8).collect();
                value.push(b' ');
                value.extend(
                    (0..rng.below(10)).map(|_| alphabet[12 + rng.below(alphabet.len() - 12)]),
                );
            }
            assert_eq!(cseq(&value), reference_cseq(&value), "{value:?}");
        }
        let words = (0..100_000).map(|_| {
            // Bytes near the letters' edges and with the top bit set.
            let near = b"@AMZ[`az\x00\x7f\x80\xc1\xda\xff";
            u32::from_le_bytes([0; 4].map(|_: u8| near[rng.below(near.len())]))
        });
        for x in words.chain([
            0u32,
            0x4142_5a5a,
            0x4040_4040,
            0x5b41_4141,
            0xc141_4141,
            0x41c1_4141,
        ]) {
            let bytes = x.to_le_bytes();
            assert_eq!(
                all_upper(x),
                bytes.iter().all(u8::is_ascii_uppercase),
                "{x:x}"
            );
        }
    }

    #[test]
    fn token_characters_are_those_of_rfc_3261() {
        let tokens: Vec<u8> = (0..=255).filter(|&b| is_token(b)).collect();
        assert_eq!(tokens.len(), 62 + 10);
        for b in b"-.!%*_+`'~azAZ09" {
            assert!(is_token(*b));
        }
        for b in b" \t:;,\"()<>@/[]?={}\x7f\x80\xff" {
            assert!(!is_token(*b));
        }
    }

    /// The header reader as first written, a search for each line end and
    /// each colon: the model the faster reader must agree with.
    fn reference_headers(
        buf: &[u8],
        max_lines: usize,
        to_end: bool,
        only_headers: bool,
    ) -> Headers<'_> {
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
                    h.branch = Some(reference_branch(value).unwrap_or_default());
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
