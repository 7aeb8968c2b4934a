//! Text: any log or trace. A status line is found wherever `SIP/2.0 `
//! stands in a line (`tcpdump -A` prints packet headers before it on the
//! same line), a request line wherever a line ends in ` SIP/2.0`; the
//! header lines that follow, up to an empty line, are read as the message's
//! headers (SIPp `-trace_msg` logs and `tcpdump -A` keep them), and a line
//! alone (a proxy's log line) counts without them.

use memchr::{memchr, memmem, memrchr};

use crate::{
    message::{self, Headers, MAX_HEADER_BLOCK, StartLine},
    scanner::{KNOWN_METHODS, Scanner},
};

const VERSION: &[u8] = b"SIP/2.0";

fn line_start(buf: &[u8], at: usize) -> usize {
    memrchr(b'\n', &buf[..at]).map_or(0, |nl| nl + 1)
}

/// [`line_start`], looking back no further than `from` when a line starts
/// there.
fn line_start_after(buf: &[u8], from: usize, at: usize) -> usize {
    if from != 0 && buf[from - 1] != b'\n' {
        return line_start(buf, at);
    }
    if at == from {
        return from;
    }
    memrchr(b'\n', &buf[from..at]).map_or(from, |nl| from + nl + 1)
}

/// The method of a request line whose ` SIP/2.0` ends `prefix`'s line.
fn request_method(prefix: &[u8]) -> Option<&[u8]> {
    let p = prefix.strip_suffix(b" ")?;
    let sp = memrchr(b' ', p)?;
    if sp + 1 == p.len() {
        return None;
    }
    let before = &p[..sp];
    // The method is the run of token characters before the URI, without
    // the dots `tcpdump -A` prints for the packet's binary headers.
    let from = before
        .iter()
        .rposition(|&b| !message::is_token(b) || b == b'.')
        .map_or(0, |x| x + 1);
    let method = &before[from..];
    if method.is_empty() {
        return None;
    }
    // Printable header bytes can stand right before the method: a known
    // method at the end of the run is the method.
    Some(
        KNOWN_METHODS
            .iter()
            .find(|known| method.len() > known.len() && method.ends_with(known))
            .map_or(method, |known| &method[method.len() - known.len()..]),
    )
}

/// Scans `buf`; returns how many bytes were used. Unless `eof`, a message
/// whose headers run past the end of `buf` is left for the next call, which
/// must start at the returned offset with more bytes appended.
pub(crate) fn scan(s: &mut Scanner, buf: &[u8], eof: bool) -> usize {
    let finder = memmem::Finder::new(VERSION);
    let mut search = 0;
    loop {
        // In a log of bare status lines the next one starts where the
        // search does: no need to look for it.
        let at = if buf[search..].starts_with(VERSION) {
            search
        } else {
            match finder.find(&buf[search..]) {
                Some(found) => search + found,
                None => break,
            }
        };
        let after = at + VERSION.len();
        let begin = line_start_after(buf, search, at);
        let Some(&next) = buf.get(after) else {
            return if eof { buf.len() } else { begin };
        };
        let line_end = message::LineEnds::new(&buf[after..])
            .find(0)
            .map(|n| after + n);
        if line_end.is_none() && !eof {
            return begin;
        }
        let line_end = line_end.unwrap_or(buf.len());
        let start = match next {
            b' ' => {
                let line = &buf[at..(line_end + 1).min(buf.len())];
                if !line.get(8).is_some_and(u8::is_ascii_digit) {
                    // Prose that happens to mention the version.
                    search = after;
                    continue;
                }
                StartLine::Response(line)
            }
            b'\r' | b'\n' => match request_method(&buf[begin..at]) {
                Some(method) => StartLine::Request(method),
                None => {
                    search = after;
                    continue;
                }
            },
            _ => {
                search = after;
                continue;
            }
        };
        let block = (line_end + 1).min(buf.len());
        // `tcpdump -A` prints the start line in its summary ("...: SIP:
        // INVITE sip:… SIP/2.0"), then again in the packet dump on the next
        // line: the summary's copy is skipped when the dump repeats it.
        let (first, last) = match start {
            StartLine::Response(_) => (at, line_end),
            StartLine::Request(method) => {
                let from = method.as_ptr() as usize - buf.as_ptr() as usize;
                (from, after)
            }
        };
        if buf[begin..first].ends_with(b"SIP: ") {
            let next_end = memchr(b'\n', &buf[block..]).map(|n| block + n);
            match next_end {
                None if !eof => return begin,
                _ => {
                    let next_line = &buf[block..next_end.unwrap_or(buf.len())];
                    if memmem::find(next_line, &buf[first..last]).is_some() {
                        search = block;
                        continue;
                    }
                }
            }
        }
        if buf[block..].starts_with(VERSION) {
            // Another start line follows at once, as in a log of bare
            // status lines: no header lines to read (the reader would stop
            // at its first byte that cannot begin a header name, the `/`).
            s.message(start, &Headers::default());
            search = block;
            continue;
        }
        let h = message::text_headers(&buf[block..]);
        if h.cut && !eof && buf.len() - begin < MAX_HEADER_BLOCK {
            return begin;
        }
        match h.end {
            Some(end) => {
                s.message(start, &h);
                let body = h.content_length.unwrap_or(0);
                search = (block + end).saturating_add(body).min(buf.len());
            }
            None => {
                s.message(start, &Headers::default());
                search = block;
            }
        }
    }
    if eof {
        return buf.len();
    }
    let last = line_start(buf, buf.len()).max(search);
    if last == 0 && buf.len() > MAX_HEADER_BLOCK {
        // One endless line: keep only what may begin a version string.
        return buf.len() - VERSION.len();
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_methods_behind_tcpdump_bytes() {
        assert_eq!(request_method(b"INVITE sip:b@h "), Some(&b"INVITE"[..]));
        assert_eq!(
            request_method(b"E..@.@.....INVITE sip:b@h "),
            Some(&b"INVITE"[..])
        );
        assert_eq!(request_method(b"xyBYE sip:b@h "), Some(&b"BYE"[..]));
        assert_eq!(request_method(b"FOO sip:b@h "), Some(&b"FOO"[..]));
        assert_eq!(request_method(b"sip:b@h "), None);
        assert_eq!(request_method(b"INVITE  "), None);
    }
}
