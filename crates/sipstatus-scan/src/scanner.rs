//! The state of one scan: the counters, the open transactions, and what
//! happens to one SIP message once a front end has found it.

use std::{
    collections::HashMap,
    hash::{BuildHasherDefault, Hasher},
};

use sipstatus::StatusCode;

use crate::{
    finished::Finished,
    limits,
    message::{self, Headers, StartLine},
    packet::Packets,
    report::{CodeStats, ScanReport, SkipReason},
    status::status_line,
};

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// A fast, fixed mixing digest (multiply-rotate over 8-byte words, then a
/// final avalanche), for transaction keys.
struct Digest(u64);

impl Digest {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    fn word(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(23) ^ w).wrapping_mul(Self::K);
    }

    #[inline(always)]
    fn bytes(&mut self, bytes: &[u8]) {
        let len = bytes.len();
        let mut rest = bytes;
        while let Some((word, after)) = rest.split_first_chunk::<8>() {
            self.word(u64::from_le_bytes(*word));
            rest = after;
        }
        // The last bytes short of a word as one word, read without a loop:
        // the buffer's last eight (overlapping those already read), two
        // overlapping four-byte reads, or the first, middle and last byte.
        let last = if rest.is_empty() {
            0
        } else if let Some(tail) = bytes.last_chunk::<8>() {
            u64::from_le_bytes(*tail)
        } else if let (Some(lo), Some(hi)) = (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
            u64::from(u32::from_le_bytes(*lo)) | u64::from(u32::from_le_bytes(*hi)) << 32
        } else {
            u64::from(rest[0])
                | u64::from(rest[rest.len() / 2]) << 8
                | u64::from(rest[rest.len() - 1]) << 16
        };
        self.word(last ^ ((len as u64) << 56));
    }

    fn finish(&self) -> u64 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        x ^ (x >> 33)
    }
}

/// A hasher for reason phrases: the transaction digest, fixed-keyed.
#[derive(Default)]
pub(crate) struct PhraseHasher(Option<Digest>);

impl Hasher for PhraseHasher {
    fn finish(&self) -> u64 {
        self.0.as_ref().map_or(0, Digest::finish)
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0
            .get_or_insert(Digest(0x1319_8a2e_0370_7344))
            .bytes(bytes);
    }
}

/// The method name under which methods beyond [`limits::METHODS`] count.
const OTHER_METHOD: &[u8] = b"(other)";

/// The methods every scan knows, so that they need no interning.
pub(crate) const KNOWN_METHODS: [&[u8]; 14] = [
    b"INVITE",
    b"ACK",
    b"BYE",
    b"CANCEL",
    b"REGISTER",
    b"OPTIONS",
    b"PRACK",
    b"SUBSCRIBE",
    b"NOTIFY",
    b"PUBLISH",
    b"INFO",
    b"REFER",
    b"MESSAGE",
    b"UPDATE",
];
const ACK: u16 = 1;

/// The bytes of a method of at most eight bytes as one little-endian word,
/// zero above them.
const fn method_word(method: &[u8]) -> u64 {
    let mut w = 0;
    let mut i = 0;
    while i < method.len() && i < 8 {
        w |= (method[i] as u64) << (8 * i);
        i += 1;
    }
    w
}

/// The position of a method in [`KNOWN_METHODS`], without a search: the
/// length and the first eight bytes, as one word, tell the methods apart.
#[inline(always)]
fn known_method(method: &[u8]) -> Option<u16> {
    const fn key(method: &[u8]) -> (usize, u64) {
        (method.len(), method_word(method))
    }
    const INVITE: (usize, u64) = key(b"INVITE");
    const ACK_: (usize, u64) = key(b"ACK");
    const BYE: (usize, u64) = key(b"BYE");
    const CANCEL: (usize, u64) = key(b"CANCEL");
    const REGISTER: (usize, u64) = key(b"REGISTER");
    const OPTIONS: (usize, u64) = key(b"OPTIONS");
    const PRACK: (usize, u64) = key(b"PRACK");
    const NOTIFY: (usize, u64) = key(b"NOTIFY");
    const PUBLISH: (usize, u64) = key(b"PUBLISH");
    const INFO: (usize, u64) = key(b"INFO");
    const REFER: (usize, u64) = key(b"REFER");
    const MESSAGE: (usize, u64) = key(b"MESSAGE");
    const UPDATE: (usize, u64) = key(b"UPDATE");
    let len = method.len();
    let w = match method {
        [a, b, c] => u64::from(*a) | u64::from(*b) << 8 | u64::from(*c) << 16,
        // Two four-byte loads that overlap where the method is shorter
        // than eight: the bytes they share are the same.
        [_, _, _, _, ..] if len <= 8 => {
            let (Some(lo), Some(hi)) = (method.first_chunk::<4>(), method.last_chunk::<4>()) else {
                return None;
            };
            u64::from(u32::from_le_bytes(*lo))
                | u64::from(u32::from_le_bytes(*hi)) << (8 * (len - 4))
        }
        _ => return (method == b"SUBSCRIBE").then_some(7),
    };
    Some(match (len, w) {
        INVITE => 0,
        ACK_ => 1,
        BYE => 2,
        CANCEL => 3,
        REGISTER => 4,
        OPTIONS => 5,
        PRACK => 6,
        NOTIFY => 8,
        PUBLISH => 9,
        INFO => 10,
        REFER => 11,
        MESSAGE => 12,
        UPDATE => 13,
        _ => return None,
    })
}

struct CodeTally {
    count: u64,
    /// The first phrase seen, checked before the table: most codes
    /// carry one phrase all along.
    first: Option<(Box<[u8]>, u64)>,
    phrases: HashMap<Box<[u8]>, u64, BuildHasherDefault<PhraseHasher>>,
    other: u64,
}

/// The counters, in forms cheap to update per message.
pub(crate) struct Tally {
    codes: Vec<CodeTally>,
    methods: Vec<Box<[u8]>>,
    requests: Vec<u64>,
    /// Per method id, per code - 100.
    answers: Vec<Vec<u64>>,
    /// Per method id: index 0 for no final response, else code - 100 + 1.
    finals: Vec<Vec<u64>>,
    skipped: [u64; SkipReason::ALL.len()],
    pub(crate) packets: u64,
}

impl Tally {
    fn new() -> Tally {
        Tally {
            codes: (100..=799)
                .map(|_| CodeTally {
                    count: 0,
                    first: None,
                    phrases: HashMap::default(),
                    other: 0,
                })
                .collect(),
            methods: KNOWN_METHODS.iter().map(|m| Box::from(*m)).collect(),
            requests: vec![0; KNOWN_METHODS.len()],
            answers: Vec::new(),
            finals: Vec::new(),
            skipped: [0; SkipReason::ALL.len()],
            packets: 0,
        }
    }

    pub(crate) fn skip(&mut self, reason: SkipReason) {
        self.skip_n(reason, 1);
    }

    pub(crate) fn skip_n(&mut self, reason: SkipReason, n: u64) {
        self.skipped[reason as usize] += n;
    }

    #[inline(always)]
    fn method_id(&mut self, method: &[u8]) -> u16 {
        match known_method(method) {
            Some(i) => i,
            None => self.other_method_id(method),
        }
    }

    /// [`Tally::method_id`] of a method beyond [`KNOWN_METHODS`].
    #[inline(never)]
    fn other_method_id(&mut self, method: &[u8]) -> u16 {
        if let Some(i) = self.methods.iter().position(|m| **m == *method) {
            return i as u16;
        }
        if self.methods.len() >= limits::METHODS {
            return match self.methods.iter().position(|m| **m == *OTHER_METHOD) {
                Some(i) => i as u16,
                None => self.intern(OTHER_METHOD),
            };
        }
        self.intern(method)
    }

    fn intern(&mut self, method: &[u8]) -> u16 {
        self.methods.push(Box::from(method));
        self.requests.push(0);
        (self.methods.len() - 1) as u16
    }

    fn response(&mut self, code: StatusCode, phrase: &[u8]) {
        let phrase = &phrase[..phrase.len().min(limits::PHRASE_BYTES)];
        let slot = &mut self.codes[usize::from(code.as_u16() - 100)];
        slot.count += 1;
        match &mut slot.first {
            Some((p, n)) if same_bytes(p, phrase) => {
                *n += 1;
                return;
            }
            None => {
                slot.first = Some((Box::from(phrase), 1));
                return;
            }
            Some(_) => {}
        }
        if let Some(n) = slot.phrases.get_mut(phrase) {
            *n += 1;
        } else if slot.phrases.len() + 1 < limits::PHRASES_PER_CODE {
            slot.phrases.insert(Box::from(phrase), 1);
        } else {
            slot.other += 1;
        }
    }

    fn outcome(&mut self, method: u16, code: Option<StatusCode>) {
        let slot = code.map_or(0, |c| usize::from(c.as_u16() - 99));
        per_method(&mut self.finals, method, 701)[slot] += 1;
    }

    fn answer(&mut self, method: u16, code: StatusCode) {
        per_method(&mut self.answers, method, 700)[usize::from(code.as_u16() - 100)] += 1;
    }

    fn method_name(&self, id: u16) -> String {
        String::from_utf8_lossy(&self.methods[usize::from(id)]).into_owned()
    }

    fn into_report(self) -> ScanReport {
        let mut report = ScanReport::new();
        for (code, slot) in (100..=799)
            .filter_map(|c| StatusCode::from_u16(c).ok())
            .zip(&self.codes)
        {
            if slot.count == 0 {
                continue;
            }
            let mut stats = CodeStats {
                count: slot.count,
                phrases: Default::default(),
                other_phrases: slot.other,
            };
            let first = slot.first.iter().map(|(p, n)| (p, n));
            for (phrase, n) in first.chain(&slot.phrases) {
                *stats
                    .phrases
                    .entry(String::from_utf8_lossy(phrase).into_owned())
                    .or_default() += n;
            }
            report.codes.insert(code, stats);
        }
        for (id, &n) in self.requests.iter().enumerate() {
            if n > 0 {
                *report
                    .requests
                    .entry(self.method_name(id as u16))
                    .or_default() += n;
            }
        }
        for (method, counts) in self.answers.iter().enumerate() {
            for (code, &n) in codes().zip(counts).filter(|(_, n)| **n > 0) {
                *report
                    .answers
                    .entry(self.method_name(method as u16))
                    .or_default()
                    .entry(code)
                    .or_default() += n;
            }
        }
        for (method, counts) in self.finals.iter().enumerate() {
            let slots = std::iter::once(None).chain(codes().map(Some));
            for (code, &n) in slots.zip(counts).filter(|(_, n)| **n > 0) {
                *report
                    .transactions
                    .entry(self.method_name(method as u16))
                    .or_default()
                    .entry(code)
                    .or_default() += n;
            }
        }
        report.skipped = self.skipped;
        report.packets = self.packets;
        report
    }
}

/// Every valid code, in order.
fn codes() -> impl Iterator<Item = StatusCode> {
    (100..=799).filter_map(|c| StatusCode::from_u16(c).ok())
}

/// The counters of one method, created on first use.
#[inline(always)]
fn per_method(table: &mut Vec<Vec<u64>>, method: u16, len: usize) -> &mut Vec<u64> {
    let i = usize::from(method);
    // Once made, a method's counters are found in line.
    if table.get(i).is_some_and(|counts| !counts.is_empty()) {
        return &mut table[i];
    }
    new_per_method(table, i, len)
}

/// [`per_method`] when the counters are still to be made.
#[inline(never)]
fn new_per_method(table: &mut Vec<Vec<u64>>, i: usize, len: usize) -> &mut Vec<u64> {
    if table.len() <= i {
        table.resize_with(i + 1, Vec::new);
    }
    if table[i].is_empty() {
        table[i] = vec![0; len];
    }
    &mut table[i]
}

/// Transactions waiting for a final response, and a window of finished
/// ones.
struct Transactions {
    open: IdMap<(u16, u64)>,
    next: u64,
    done: Finished,
    /// The last message's step, carried out when the next message comes
    /// (or at the end): in between, the processor fetches what the step
    /// reads from the window of finished transactions.
    pending: Option<Step>,
}

/// What a message does to the transactions.
#[derive(Clone, Copy)]
enum Step {
    /// A request (not ACK) with this key and CSeq method.
    Open(u64, u16),
    /// A final response with this key, CSeq method and code.
    Finish(u64, u16, StatusCode),
}

impl Default for Transactions {
    fn default() -> Transactions {
        Transactions {
            open: IdMap::default(),
            next: 0,
            done: Finished::new(limits::FINISHED_TRANSACTIONS),
            pending: None,
        }
    }
}

impl Transactions {
    /// A 64-bit digest of the transaction's identity. It is fixed (no
    /// random seed), so results never depend on the run; two transactions
    /// share a key with a chance of about 2^-64 per pair.
    #[inline(always)]
    fn key(call_id: &[u8], cseq: u32, method: &[u8], branch: Option<&[u8]>) -> u64 {
        let mut h = Digest(0x243f_6a88_85a3_08d3);
        h.bytes(call_id);
        h.word(u64::from(cseq));
        h.bytes(method);
        h.bytes(branch.unwrap_or(b"\xff"));
        h.finish()
    }

    fn open(&mut self, key: u64, method: u16, tally: &mut Tally) {
        if self.done.contains(key) || self.open.contains_key(&key) {
            return;
        }
        if self.open.len() >= limits::OPEN_TRANSACTIONS {
            // Drop the older half: they are counted as unanswered.
            let mut ages: Vec<u64> = self.open.values().map(|&(_, age)| age).collect();
            let mid = ages.len() / 2;
            let cutoff = *ages.select_nth_unstable(mid).1;
            self.open.retain(|_, &mut (method, age)| {
                let keep = age > cutoff;
                if !keep {
                    tally.outcome(method, None);
                    tally.skip(SkipReason::TransactionEvicted);
                }
                keep
            });
        }
        self.next += 1;
        self.open.insert(key, (method, self.next));
    }

    /// Takes `step` in, and carries out the one before it. Steps are
    /// carried out in the order they came, so the counts are those of
    /// carrying out each at once.
    fn step(&mut self, step: Step, tally: &mut Tally) {
        let key = match step {
            Step::Open(key, _) | Step::Finish(key, _, _) => key,
        };
        self.done.prefetch(key);
        if let Some(before) = self.pending.replace(step) {
            self.carry_out(before, tally);
        }
    }

    /// Carries out the step still pending, if any.
    fn flush(&mut self, tally: &mut Tally) {
        if let Some(step) = self.pending.take() {
            self.carry_out(step, tally);
        }
    }

    fn carry_out(&mut self, step: Step, tally: &mut Tally) {
        match step {
            Step::Open(key, method) => self.open(key, method, tally),
            Step::Finish(key, method, code) => {
                if self.finish(key) {
                    tally.outcome(method, Some(code));
                }
            }
        }
    }

    /// Records a final response; `false` when the transaction already had
    /// one (a retransmission).
    fn finish(&mut self, key: u64) -> bool {
        if !self.done.insert(key) {
            return false;
        }
        self.open.remove(&key);
        true
    }
}

/// The last status line read for each code, byte for byte, with where its
/// phrase stands: logs and load tests repeat the same few lines, and a line
/// equal to one already read reads the same, so the parser runs once per
/// distinct line rather than once per message.
struct LineCache {
    lines: Vec<Option<CachedLine>>,
}

/// A status line's bytes, and where its phrase starts and ends in them.
type CachedLine = (Box<[u8]>, usize, usize);

impl LineCache {
    /// Lines longer than this are read each time.
    const MAX_LINE: usize = 96;

    fn new() -> LineCache {
        LineCache {
            lines: vec![None; 700],
        }
    }

    /// The slot of the code the line's digits name, if they do.
    fn slot(line: &[u8]) -> Option<usize> {
        match line.get(8..11)? {
            &[a @ b'1'..=b'7', b @ b'0'..=b'9', c @ b'0'..=b'9'] => Some(
                usize::from(a - b'1') * 100 + usize::from(b - b'0') * 10 + usize::from(c - b'0'),
            ),
            _ => None,
        }
    }

    /// The code and phrase of `line`, from the cache or the parser (`None`
    /// when the line is malformed).
    fn read<'a>(&mut self, line: &'a [u8], strict: bool) -> Option<(StatusCode, &'a [u8])> {
        let slot = Self::slot(line).filter(|_| line.len() <= Self::MAX_LINE);
        if let Some(i) = slot
            && let Some((known, from, to)) = &self.lines[i]
            && same_bytes(known, line)
        {
            let code = StatusCode::from_u16(i as u16 + 100).ok()?;
            return Some((code, &line[*from..*to]));
        }
        let status = status_line(line, strict)?;
        let (code, reason) = (status.code(), status.reason());
        if let Some(i) = slot
            && usize::from(code.as_u16()) == i + 100
        {
            let from = (reason.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
            if line.get(from..from + reason.len()) == Some(reason) {
                self.lines[i] = Some((Box::from(line), from, from + reason.len()));
            }
        }
        Some((code, reason))
    }
}

/// Whether two short byte strings are equal, compared eight bytes at a
/// time in line (the last eight overlapping the words before them) rather
/// than by a call to `memcmp`.
#[inline(always)]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (Some(a_last), Some(b_last)) = (a.last_chunk::<8>(), b.last_chunk::<8>()) else {
        // Below eight bytes: two overlapping four-byte words, or each byte.
        return match (a.first_chunk::<4>(), a.last_chunk::<4>()) {
            (Some(a_first), Some(a_end)) => {
                b.first_chunk::<4>() == Some(a_first) && b.last_chunk::<4>() == Some(a_end)
            }
            _ => a.iter().zip(b).all(|(x, y)| x == y),
        };
    };
    let (mut a_rest, mut b_rest) = (a, b);
    while let (Some((x, a_after)), Some((y, b_after))) = (
        a_rest.split_first_chunk::<8>(),
        b_rest.split_first_chunk::<8>(),
    ) {
        if x != y {
            return false;
        }
        (a_rest, b_rest) = (a_after, b_after);
    }
    a_last == b_last
}

/// One scan in progress.
pub(crate) struct Scanner {
    pub(crate) strict: bool,
    pub(crate) tally: Tally,
    lines: LineCache,
    transactions: Transactions,
    pub(crate) packets: Packets,
}

impl Scanner {
    pub(crate) fn new(strict: bool) -> Scanner {
        Scanner {
            strict,
            tally: Tally::new(),
            lines: LineCache::new(),
            transactions: Transactions::default(),
            packets: Packets::default(),
        }
    }

    /// Counts one message.
    pub(crate) fn message(&mut self, start: StartLine<'_>, h: &Headers<'_>) {
        match start {
            StartLine::Response(line) => {
                let Some((code, reason)) = self.lines.read(line, self.strict) else {
                    self.tally.skip(SkipReason::Malformed);
                    return;
                };
                self.tally.response(code, reason);
                let Some((number, method)) = h.cseq else {
                    return;
                };
                let id = self.tally.method_id(method);
                self.tally.answer(id, code);
                if let (true, Some(call_id)) = (code.is_final(), h.call_id) {
                    let key = Transactions::key(call_id, number, method, h.branch);
                    self.transactions
                        .step(Step::Finish(key, id, code), &mut self.tally);
                }
            }
            StartLine::Request(method) => {
                let id = self.tally.method_id(method);
                self.tally.requests[usize::from(id)] += 1;
                if let (Some(call_id), Some((number, cseq_method))) = (h.call_id, h.cseq) {
                    let id = self.tally.method_id(cseq_method);
                    // ACK is never answered (RFC 3261 §17.1.1.3).
                    if id != ACK {
                        let key = Transactions::key(call_id, number, cseq_method, h.branch);
                        self.transactions.step(Step::Open(key, id), &mut self.tally);
                    }
                }
            }
        }
    }

    /// Counts a message that came whole, as in a UDP datagram or a HEP
    /// packet.
    pub(crate) fn datagram(&mut self, payload: &[u8]) {
        if payload.starts_with(b"HEP3") {
            return match crate::hep::payload(payload) {
                Some(inner) => self.datagram(inner),
                None => self.tally.skip(SkipReason::NotSip),
            };
        }
        let start = match payload.first() {
            Some(b'\r' | b'\n') => payload
                .iter()
                .position(|&b| b != b'\r' && b != b'\n')
                .unwrap_or(payload.len()),
            _ => 0,
        };
        let msg = &payload[start..];
        if msg.is_empty() {
            let reason = if payload.is_empty() {
                SkipReason::NotSip
            } else {
                SkipReason::KeepAlive
            };
            return self.tally.skip(reason);
        }
        let mut h = Headers::default();
        match message::datagram_into(msg, &mut h) {
            Some(start) => self.message(start, &h),
            None => self.tally.skip(SkipReason::NotSip),
        }
    }

    /// Ends the scan: open transactions count as unanswered, partial
    /// messages as truncated.
    pub(crate) fn finish(mut self) -> ScanReport {
        self.transactions.flush(&mut self.tally);
        let pending = self.packets.finish();
        self.tally.skip_n(SkipReason::Truncated, pending);
        for (_, (method, _)) in std::mem::take(&mut self.transactions.open) {
            self.tally.outcome(method, None);
        }
        self.tally.into_report()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_reads_every_byte_and_the_length() {
        let digest = |bytes: &[u8]| {
            let mut d = Digest(1);
            d.bytes(bytes);
            d.finish()
        };
        let base: Vec<u8> = (1..=40).collect();
        let mut seen = std::collections::HashSet::new();
        for len in 0..=base.len() {
            let bytes = &base[..len];
            assert!(seen.insert(digest(bytes)), "{len}");
            for i in 0..len {
                let mut other = bytes.to_vec();
                other[i] ^= 0x80;
                assert!(seen.insert(digest(&other)), "{len} {i}");
            }
        }
    }

    #[test]
    fn short_byte_strings_compare_as_slices_do() {
        let base: Vec<u8> = (0..41).collect();
        for len in 0..base.len() {
            let a = &base[..len];
            let copy = a.to_vec();
            assert!(same_bytes(a, &copy));
            if len > 0 {
                assert!(!same_bytes(a, &base[..len - 1]));
                assert!(!same_bytes(a, &base[1..=len]));
            }
            for i in 0..len {
                let mut b = a.to_vec();
                b[i] ^= 0x40;
                assert!(!same_bytes(a, &b), "{len} {i}");
            }
        }
    }

    #[test]
    fn known_methods_are_found_where_the_list_has_them() {
        for (i, method) in KNOWN_METHODS.iter().enumerate() {
            assert_eq!(known_method(method), Some(i as u16));
        }
        assert_eq!(known_method(b"invite"), None);
        assert_eq!(known_method(b"INVITES"), None);
        // Near misses of every length: one byte changed anywhere, one
        // byte less or more, at either end.
        for method in KNOWN_METHODS {
            for i in 0..method.len() {
                let mut other = method.to_vec();
                other[i] ^= 0x01;
                assert_eq!(known_method(&other), None, "{other:?}");
            }
            assert_eq!(known_method(&method[1..]), None);
            assert_eq!(known_method(&method[..method.len() - 1]), None);
            assert_eq!(known_method(&[method, &b"X"[..]].concat()), None);
            assert_eq!(known_method(&[&b"X"[..], method].concat()), None);
        }
        for short in [&b""[..], b"A", b"AC", b"\0\0\0", b"\0\0\0\0\0\0"] {
            assert_eq!(known_method(short), None);
        }
        let mut tally = Tally::new();
        assert_eq!(tally.method_id(b"BYE"), 2);
        assert_eq!(tally.method_id(b"FOO"), KNOWN_METHODS.len() as u16);
        assert_eq!(tally.method_id(b"FOO"), KNOWN_METHODS.len() as u16);
    }
}
