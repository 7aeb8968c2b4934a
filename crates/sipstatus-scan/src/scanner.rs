//! The state of one scan: the counters, the open transactions, and what
//! happens to one SIP message once a front end has found it.

use std::{
    collections::{HashMap, HashSet, VecDeque},
    hash::{BuildHasherDefault, DefaultHasher, Hash, Hasher},
};

use sipstatus::StatusCode;

use crate::{
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
type IdSet = HashSet<u64, BuildHasherDefault<IdHasher>>;

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

struct CodeTally {
    count: u64,
    phrases: Vec<(Box<[u8]>, u64)>,
    other: u64,
}

/// The counters, in forms cheap to update per message.
pub(crate) struct Tally {
    codes: Vec<CodeTally>,
    methods: Vec<Box<[u8]>>,
    requests: Vec<u64>,
    answers: HashMap<(u16, StatusCode), u64>,
    finals: HashMap<(u16, Option<StatusCode>), u64>,
    skipped: [u64; SkipReason::ALL.len()],
    pub(crate) packets: u64,
}

impl Tally {
    fn new() -> Tally {
        Tally {
            codes: (100..=799)
                .map(|_| CodeTally {
                    count: 0,
                    phrases: Vec::new(),
                    other: 0,
                })
                .collect(),
            methods: KNOWN_METHODS.iter().map(|m| Box::from(*m)).collect(),
            requests: vec![0; KNOWN_METHODS.len()],
            answers: HashMap::new(),
            finals: HashMap::new(),
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

    fn method_id(&mut self, method: &[u8]) -> u16 {
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
        if let Some(p) = slot.phrases.iter_mut().find(|(p, _)| **p == *phrase) {
            p.1 += 1;
        } else if slot.phrases.len() < limits::PHRASES_PER_CODE {
            slot.phrases.push((Box::from(phrase), 1));
        } else {
            slot.other += 1;
        }
    }

    fn outcome(&mut self, method: u16, code: Option<StatusCode>) {
        *self.finals.entry((method, code)).or_default() += 1;
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
            for (phrase, n) in &slot.phrases {
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
        for (&(method, code), &n) in &self.answers {
            *report
                .answers
                .entry(self.method_name(method))
                .or_default()
                .entry(code)
                .or_default() += n;
        }
        for (&(method, code), &n) in &self.finals {
            *report
                .transactions
                .entry(self.method_name(method))
                .or_default()
                .entry(code)
                .or_default() += n;
        }
        report.skipped = self.skipped;
        report.packets = self.packets;
        report
    }
}

/// Transactions waiting for a final response, and a window of finished
/// ones.
#[derive(Default)]
struct Transactions {
    open: IdMap<(u16, u64)>,
    next: u64,
    done: IdSet,
    done_order: VecDeque<u64>,
}

impl Transactions {
    fn key(call_id: &[u8], cseq: u32, method: &[u8], branch: Option<&[u8]>) -> u64 {
        // A fixed-key hasher, so that results never depend on the run.
        let mut h = DefaultHasher::new();
        call_id.hash(&mut h);
        cseq.hash(&mut h);
        method.hash(&mut h);
        branch.hash(&mut h);
        h.finish()
    }

    fn open(&mut self, key: u64, method: u16, tally: &mut Tally) {
        if self.done.contains(&key) || self.open.contains_key(&key) {
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

    /// Records a final response; `false` when the transaction already had
    /// one (a retransmission).
    fn finish(&mut self, key: u64) -> bool {
        if !self.done.insert(key) {
            return false;
        }
        self.open.remove(&key);
        self.done_order.push_back(key);
        if self.done_order.len() > limits::FINISHED_TRANSACTIONS
            && let Some(old) = self.done_order.pop_front()
        {
            self.done.remove(&old);
        }
        true
    }
}

/// One scan in progress.
pub(crate) struct Scanner {
    pub(crate) strict: bool,
    pub(crate) tally: Tally,
    transactions: Transactions,
    pub(crate) packets: Packets,
}

impl Scanner {
    pub(crate) fn new(strict: bool) -> Scanner {
        Scanner {
            strict,
            tally: Tally::new(),
            transactions: Transactions::default(),
            packets: Packets::default(),
        }
    }

    /// Counts one message.
    pub(crate) fn message(&mut self, start: StartLine<'_>, h: &Headers<'_>) {
        match start {
            StartLine::Response(line) => {
                let Some(status) = status_line(line, self.strict) else {
                    self.tally.skip(SkipReason::Malformed);
                    return;
                };
                let code = status.code();
                self.tally.response(code, status.reason());
                let Some((number, method)) = h.cseq else {
                    return;
                };
                let id = self.tally.method_id(method);
                *self.tally.answers.entry((id, code)).or_default() += 1;
                if let (true, Some(call_id)) = (code.is_final(), h.call_id) {
                    let key = Transactions::key(call_id, number, method, h.branch);
                    if self.transactions.finish(key) {
                        self.tally.outcome(id, Some(code));
                    }
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
                        self.transactions.open(key, id, &mut self.tally);
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
        let start = payload
            .iter()
            .position(|&b| b != b'\r' && b != b'\n')
            .unwrap_or(payload.len());
        let msg = &payload[start..];
        if msg.is_empty() {
            let reason = if payload.is_empty() {
                SkipReason::NotSip
            } else {
                SkipReason::KeepAlive
            };
            return self.tally.skip(reason);
        }
        let (line, next) = message::first_line(msg);
        let Some(start) = message::start_line(line, &msg[..next.unwrap_or(msg.len())]) else {
            return self.tally.skip(SkipReason::NotSip);
        };
        let h = next
            .map(|n| message::headers(&msg[n..], usize::MAX))
            .unwrap_or_default();
        self.message(start, &h);
    }

    /// Ends the scan: open transactions count as unanswered, partial
    /// messages as truncated.
    pub(crate) fn finish(mut self) -> ScanReport {
        let pending = self.packets.finish();
        self.tally.skip_n(SkipReason::Truncated, pending);
        for (_, (method, _)) in std::mem::take(&mut self.transactions.open) {
            self.tally.outcome(method, None);
        }
        self.tally.into_report()
    }
}
