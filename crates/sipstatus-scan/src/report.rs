//! [`ScanReport`]: what a scan counted, mergeable in any order.

use std::{
    collections::BTreeMap,
    fmt,
    iter::Sum,
    ops::{Add, AddAssign},
};

use serde::{Serialize, Serializer};
use serde_json::Value;
use sipstatus::StatusCode;

/// Why part of the input was not counted. Every byte of input is either
/// counted as a message or skipped under one of these reasons, so nothing
/// goes missing silently.
///
/// ```
/// use sipstatus_scan::SkipReason;
///
/// assert_eq!(SkipReason::NotSip.as_str(), "not-sip");
/// assert_eq!(SkipReason::ALL.len(), 14);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum SkipReason {
    /// A UDP or TCP payload that is not a SIP message.
    NotSip,
    /// A line that starts like a SIP message but does not parse: a status
    /// code that is not three digits from 100 to 799, an invalid method
    /// token, or (with `strict`) any departure from RFC 3261's grammar.
    Malformed,
    /// A packet cut short by the capture's snap length, or a message cut off
    /// at the end of a file or a TCP connection.
    Truncated,
    /// A CRLF keep-alive (RFC 5626 §3.5.1), which carries no message.
    KeepAlive,
    /// A frame whose link-layer payload is not IPv4 or IPv6 (ARP, LLDP, …).
    NotIp,
    /// An IP packet carrying neither UDP nor TCP (ICMP, SCTP, …).
    NotUdpTcp,
    /// A packet whose headers do not decode.
    BadPacket,
    /// A packet of a link type the scanner does not decode.
    LinkType,
    /// A TCP segment that only repeats bytes already seen.
    TcpRetransmission,
    /// A gap in a TCP stream (a segment was not captured): the partial
    /// message before it is dropped and the stream picked up again.
    TcpGap,
    /// A message that grew past 64 KiB without its end in sight.
    Oversize,
    /// An IP datagram still in reassembly when the fragment bound was
    /// reached (see [`crate::limits`]).
    FragmentEvicted,
    /// A TCP connection with unconsumed bytes dropped when the flow bound
    /// was reached.
    FlowEvicted,
    /// A transaction with no final response yet, dropped when the
    /// transaction bound was reached. It is counted as unanswered.
    TransactionEvicted,
}

impl SkipReason {
    /// Every reason, in the order of the report.
    ///
    /// ```
    /// assert_eq!(sipstatus_scan::SkipReason::ALL[0], sipstatus_scan::SkipReason::NotSip);
    /// ```
    pub const ALL: [SkipReason; 14] = [
        SkipReason::NotSip,
        SkipReason::Malformed,
        SkipReason::Truncated,
        SkipReason::KeepAlive,
        SkipReason::NotIp,
        SkipReason::NotUdpTcp,
        SkipReason::BadPacket,
        SkipReason::LinkType,
        SkipReason::TcpRetransmission,
        SkipReason::TcpGap,
        SkipReason::Oversize,
        SkipReason::FragmentEvicted,
        SkipReason::FlowEvicted,
        SkipReason::TransactionEvicted,
    ];

    /// The key of this reason in the JSON and CSV output.
    ///
    /// ```
    /// assert_eq!(sipstatus_scan::SkipReason::TcpGap.as_str(), "tcp-gap");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            SkipReason::NotSip => "not-sip",
            SkipReason::Malformed => "malformed",
            SkipReason::Truncated => "truncated",
            SkipReason::KeepAlive => "keep-alive",
            SkipReason::NotIp => "not-ip",
            SkipReason::NotUdpTcp => "not-udp-tcp",
            SkipReason::BadPacket => "bad-packet",
            SkipReason::LinkType => "link-type",
            SkipReason::TcpRetransmission => "tcp-retransmission",
            SkipReason::TcpGap => "tcp-gap",
            SkipReason::Oversize => "oversize",
            SkipReason::FragmentEvicted => "fragment-evicted",
            SkipReason::FlowEvicted => "flow-evicted",
            SkipReason::TransactionEvicted => "transaction-evicted",
        }
    }

    const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The responses seen with one code.
///
/// ```
/// let report = sipstatus_scan::scan_bytes(b"SIP/2.0 500 Internal Server Error\n", false)?;
/// let stats = report.code(500).unwrap();
/// assert_eq!(stats.count(), 1);
/// assert_eq!(stats.phrases().get("Internal Server Error"), Some(&1));
/// # Ok::<(), sipstatus_scan::ScanError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodeStats {
    pub(crate) count: u64,
    pub(crate) phrases: BTreeMap<String, u64>,
    pub(crate) other_phrases: u64,
}

impl CodeStats {
    /// How many responses carried this code.
    ///
    /// ```
    /// let report = sipstatus_scan::scan_bytes(b"SIP/2.0 486 Busy\nSIP/2.0 486 Busy Here\n", false)?;
    /// assert_eq!(report.code(486).unwrap().count(), 2);
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Each reason phrase seen on the wire with this code (the empty string
    /// for an empty phrase; bytes that are not UTF-8 replaced by U+FFFD),
    /// with its count.
    ///
    /// ```
    /// let report = sipstatus_scan::scan_bytes(b"SIP/2.0 486 \nSIP/2.0 486 Busy Here\n", false)?;
    /// let phrases = report.code(486).unwrap().phrases();
    /// assert_eq!(phrases.get(""), Some(&1));
    /// assert_eq!(phrases.get("Busy Here"), Some(&1));
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn phrases(&self) -> &BTreeMap<String, u64> {
        &self.phrases
    }

    /// Responses whose phrase is not in [`phrases`](Self::phrases) because
    /// one scan saw more than [`limits::PHRASES_PER_CODE`](crate::limits::PHRASES_PER_CODE)
    /// different phrases for the code.
    ///
    /// ```
    /// let report = sipstatus_scan::scan_bytes(b"SIP/2.0 200 OK\n", false)?;
    /// assert_eq!(report.code(200).unwrap().other_phrases(), 0);
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn other_phrases(&self) -> u64 {
        self.other_phrases
    }

    fn merge(&mut self, other: &CodeStats) {
        self.count += other.count;
        self.other_phrases += other.other_phrases;
        for (phrase, n) in &other.phrases {
            *self.phrases.entry(phrase.clone()).or_default() += n;
        }
    }
}

/// The RFC 6076 §4 session and registration metrics, in percent; `None`
/// where the ratio is undefined (no attempt of that kind).
///
/// ```
/// let metrics = sipstatus_scan::Metrics::default();
/// assert_eq!(metrics.ser, None);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Metrics {
    /// Session Establishment Ratio (RFC 6076 §4.4).
    pub ser: Option<f64>,
    /// Session Establishment Effectiveness Ratio (RFC 6076 §4.5).
    pub seer: Option<f64>,
    /// Ineffective Session Attempts (RFC 6076 §4.6).
    pub isa: Option<f64>,
    /// Ineffective Registration Attempts (RFC 6076 §4.2).
    pub ira: Option<f64>,
}

/// What a scan counted: responses by code and wire phrase, requests by
/// method, responses by the CSeq method they answer, the final outcome of
/// every transaction, and what was skipped and why.
///
/// Reports merge with `+` (or [`Sum`]): the merge adds counts key by key, so
/// it is associative and commutative, and the result does not depend on the
/// order in which files were scanned.
///
/// ```
/// use sipstatus_scan::scan_bytes;
///
/// let a = scan_bytes(b"SIP/2.0 200 OK\n", false)?;
/// let b = scan_bytes(b"SIP/2.0 486 Busy Here\n", false)?;
/// let both = a.clone() + b.clone();
/// assert_eq!(both.responses(), 2);
/// assert_eq!(both, b + a);
/// # Ok::<(), sipstatus_scan::ScanError>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScanReport {
    pub(crate) codes: BTreeMap<StatusCode, CodeStats>,
    pub(crate) requests: BTreeMap<String, u64>,
    pub(crate) answers: BTreeMap<String, BTreeMap<StatusCode, u64>>,
    pub(crate) transactions: BTreeMap<String, BTreeMap<Option<StatusCode>, u64>>,
    pub(crate) skipped: [u64; SkipReason::ALL.len()],
    pub(crate) files: u64,
    pub(crate) bytes: u64,
    pub(crate) packets: u64,
}

impl ScanReport {
    /// An empty report, the neutral element of `+`.
    ///
    /// ```
    /// let r = sipstatus_scan::ScanReport::new();
    /// assert_eq!(r.clone() + r.clone(), r);
    /// ```
    #[must_use]
    pub fn new() -> ScanReport {
        ScanReport::default()
    }

    /// The number of responses seen.
    ///
    /// ```
    /// let r = sipstatus_scan::scan_bytes(b"SIP/2.0 180 Ringing\nSIP/2.0 200 OK\n", false)?;
    /// assert_eq!(r.responses(), 2);
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn responses(&self) -> u64 {
        self.codes.values().map(|c| c.count).sum()
    }

    /// Responses by code, in code order; codes the table does not hold
    /// appear under their own number.
    ///
    /// ```
    /// let r = sipstatus_scan::scan_bytes(b"SIP/2.0 499 Odd\nSIP/2.0 200 OK\n", false)?;
    /// let codes: Vec<u16> = r.codes().map(|(code, _)| code.as_u16()).collect();
    /// assert_eq!(codes, [200, 499]);
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    pub fn codes(&self) -> impl ExactSizeIterator<Item = (StatusCode, &CodeStats)> {
        self.codes.iter().map(|(&code, stats)| (code, stats))
    }

    /// The responses seen with one code, if any.
    ///
    /// ```
    /// let r = sipstatus_scan::scan_bytes(b"SIP/2.0 200 OK\n", false)?;
    /// assert!(r.code(200).is_some() && r.code(404).is_none());
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn code(&self, code: u16) -> Option<&CodeStats> {
        self.codes.get(&StatusCode::from_u16(code).ok()?)
    }

    /// Requests by method.
    ///
    /// ```
    /// let r = sipstatus_scan::scan_bytes(b"INVITE sip:bob@example.com SIP/2.0\n", false)?;
    /// assert_eq!(r.requests().get("INVITE"), Some(&1));
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn requests(&self) -> &BTreeMap<String, u64> {
        &self.requests
    }

    /// Responses by the method of their CSeq (the request they answer),
    /// then by code.
    ///
    /// ```
    /// let r = sipstatus_scan::scan_bytes(b"SIP/2.0 200 OK\nCSeq: 2 BYE\n\n", false)?;
    /// assert_eq!(r.answers()["BYE"][&sipstatus::StatusCode::OK], 1);
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn answers(&self) -> &BTreeMap<String, BTreeMap<StatusCode, u64>> {
        &self.answers
    }

    /// Transactions (Call-ID, CSeq and top Via branch) by method, then by
    /// final response: `None` counts the transactions whose request was
    /// seen but no final response.
    ///
    /// ```
    /// let text = b"SIP/2.0 486 Busy Here\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\n\
    ///              Call-ID: a\nCSeq: 1 INVITE\n\n";
    /// let r = sipstatus_scan::scan_bytes(text, false)?;
    /// assert_eq!(r.transactions()["INVITE"][&Some(sipstatus::StatusCode::BUSY_HERE)], 1);
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn transactions(&self) -> &BTreeMap<String, BTreeMap<Option<StatusCode>, u64>> {
        &self.transactions
    }

    /// How much was skipped for one reason.
    ///
    /// ```
    /// use sipstatus_scan::{SkipReason, scan_bytes};
    ///
    /// let r = scan_bytes(b"SIP/2.0 99 Odd\n", false)?;
    /// assert_eq!(r.skipped(SkipReason::Malformed), 1);
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn skipped(&self, reason: SkipReason) -> u64 {
        self.skipped[reason.index()]
    }

    /// Files scanned, bytes read (before decompression) and capture records
    /// (packets) read.
    ///
    /// ```
    /// let r = sipstatus_scan::scan_bytes(b"SIP/2.0 200 OK\n", false)?;
    /// assert_eq!(r.input(), (1, 15, 0));
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn input(&self) -> (u64, u64, u64) {
        (self.files, self.bytes, self.packets)
    }

    /// The RFC 6076 metrics of the transactions seen.
    ///
    /// ```
    /// let r = sipstatus_scan::scan_bytes(b"", false)?;
    /// assert_eq!(r.metrics().ser, None);
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    #[must_use]
    pub fn metrics(&self) -> Metrics {
        crate::status::metrics(self.transactions.iter().flat_map(|(method, finals)| {
            finals
                .iter()
                .map(move |(&code, &n)| (method.as_str(), code, n))
        }))
    }

    /// Adds another report's counts to this one.
    ///
    /// ```
    /// let mut a = sipstatus_scan::scan_bytes(b"SIP/2.0 200 OK\n", false)?;
    /// a.merge(&a.clone());
    /// assert_eq!(a.responses(), 2);
    /// # Ok::<(), sipstatus_scan::ScanError>(())
    /// ```
    pub fn merge(&mut self, other: &ScanReport) {
        for (code, stats) in &other.codes {
            self.codes.entry(*code).or_default().merge(stats);
        }
        add_map(&mut self.requests, &other.requests);
        for (method, codes) in &other.answers {
            add_map(self.answers.entry(method.clone()).or_default(), codes);
        }
        for (method, finals) in &other.transactions {
            add_map(self.transactions.entry(method.clone()).or_default(), finals);
        }
        for (mine, theirs) in self.skipped.iter_mut().zip(other.skipped) {
            *mine += theirs;
        }
        self.files += other.files;
        self.bytes += other.bytes;
        self.packets += other.packets;
    }

    /// The report as JSON, in the documented schema: `responses`, `codes`
    /// (in code order: `code`, `count`, `reason`, `class`, `treated_as`,
    /// `phrases`, `other_phrases`), `requests`, `answers`, `transactions`,
    /// `metrics` (`ser`, `seer`, `isa`, `ira` in percent or null),
    /// `skipped` (every reason, with zeros) and `input`. Serialising the
    /// report itself (it implements `serde::Serialize`) writes the same
    /// document with its keys in this order.
    ///
    /// ```
    /// let r = sipstatus_scan::scan_bytes(b"SIP/2.0 499 Odd\n", false)?;
    /// assert!(serde_json::to_string(&r)?.starts_with(r#"{"responses":1,"codes":[{"code":499,"#));
    /// let json = r.to_json();
    /// assert_eq!(json["codes"][0]["code"], 499);
    /// assert_eq!(json["codes"][0]["reason"], serde_json::Value::Null);
    /// assert_eq!(json["codes"][0]["treated_as"], 400);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// Why a JSON value is not a report as [`ScanReport::to_json`] writes it.
///
/// ```
/// use sipstatus_scan::{FromJsonError, ScanReport};
///
/// let err = ScanReport::from_json(&serde_json::json!({"codes": 1})).unwrap_err();
/// assert_eq!(err, FromJsonError::Invalid { key: "codes" });
/// assert_eq!(err.to_string(), "the report's \"codes\" is not what to_json writes");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FromJsonError {
    /// A key that every report has is missing.
    #[error("the report has no \"{key}\"")]
    Missing {
        /// The key.
        key: &'static str,
    },
    /// A key's value has the wrong shape, or holds a code outside 100 to 799,
    /// a count that is not a non-negative integer, or an unknown skip reason.
    #[error("the report's \"{key}\" is not what to_json writes")]
    Invalid {
        /// The key.
        key: &'static str,
    },
}

fn counts(value: &Value, key: &'static str) -> Result<BTreeMap<String, u64>, FromJsonError> {
    let invalid = FromJsonError::Invalid { key };
    value
        .as_object()
        .ok_or(invalid)?
        .iter()
        .map(|(k, n)| Ok((k.clone(), n.as_u64().ok_or(invalid)?)))
        .collect()
}

fn code_of(text: &str, key: &'static str) -> Result<StatusCode, FromJsonError> {
    StatusCode::from_bytes(text.as_bytes()).map_err(|_| FromJsonError::Invalid { key })
}

fn per_method<K: Ord>(
    value: Option<&Value>,
    key: &'static str,
    parse: impl Fn(&str) -> Result<K, FromJsonError>,
) -> Result<BTreeMap<String, BTreeMap<K, u64>>, FromJsonError> {
    let Some(value) = value else {
        return Ok(BTreeMap::new());
    };
    let invalid = FromJsonError::Invalid { key };
    value
        .as_object()
        .ok_or(invalid)?
        .iter()
        .map(|(method, inner)| {
            let inner = counts(inner, key)?
                .into_iter()
                .map(|(k, n)| Ok((parse(&k)?, n)))
                .collect::<Result<_, FromJsonError>>()?;
            Ok((method.clone(), inner))
        })
        .collect()
}

impl ScanReport {
    /// Reads a report back from [`to_json`](Self::to_json)'s output, so
    /// that reports written by separate runs (or machines) merge exactly.
    /// Derived fields (`responses`, `reason`, `class`, `treated_as`,
    /// `metrics`) are recomputed, not read.
    ///
    /// # Errors
    /// [`FromJsonError`] naming the first key that is missing or malformed.
    ///
    /// ```
    /// let r = sipstatus_scan::scan_bytes(b"SIP/2.0 486 Busy Here\n", false)?;
    /// let back = sipstatus_scan::ScanReport::from_json(&r.to_json())?;
    /// assert_eq!(back, r);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json(value: &Value) -> Result<ScanReport, FromJsonError> {
        let get = |key: &'static str| value.get(key).ok_or(FromJsonError::Missing { key });
        let mut report = ScanReport::new();
        let invalid = FromJsonError::Invalid { key: "codes" };
        for row in get("codes")?.as_array().ok_or(invalid)? {
            let code = row
                .get("code")
                .and_then(Value::as_u64)
                .and_then(|c| u16::try_from(c).ok())
                .and_then(|c| StatusCode::from_u16(c).ok())
                .ok_or(invalid)?;
            let stats = CodeStats {
                count: row.get("count").and_then(Value::as_u64).ok_or(invalid)?,
                phrases: counts(row.get("phrases").ok_or(invalid)?, "codes")?,
                other_phrases: match row.get("other_phrases") {
                    Some(n) => n.as_u64().ok_or(invalid)?,
                    None => 0,
                },
            };
            report.codes.entry(code).or_default().merge(&stats);
        }
        report.requests = counts(get("requests")?, "requests")?;
        report.answers = per_method(value.get("answers"), "answers", |k| code_of(k, "answers"))?;
        report.transactions = per_method(value.get("transactions"), "transactions", |k| {
            if k == "none" {
                Ok(None)
            } else {
                code_of(k, "transactions").map(Some)
            }
        })?;
        for (reason, n) in counts(get("skipped")?, "skipped")? {
            let reason = SkipReason::ALL
                .iter()
                .find(|r| r.as_str() == reason)
                .ok_or(FromJsonError::Invalid { key: "skipped" })?;
            report.skipped[reason.index()] = n;
        }
        if let Some(input) = value.get("input") {
            let n = |key: &str| {
                input
                    .get(key)
                    .and_then(Value::as_u64)
                    .ok_or(FromJsonError::Invalid { key: "input" })
            };
            (report.files, report.bytes, report.packets) =
                (n("files")?, n("bytes")?, n("packets")?);
        }
        Ok(report)
    }
}

/// The JSON document, with its keys in the documented order (a
/// `serde_json::Value` would sort them).
impl Serialize for ScanReport {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Code<'a> {
            code: u16,
            count: u64,
            reason: Option<&'static str>,
            class: &'static str,
            treated_as: u16,
            phrases: &'a BTreeMap<String, u64>,
            other_phrases: u64,
        }
        #[derive(Serialize)]
        struct Input {
            files: u64,
            bytes: u64,
            packets: u64,
        }
        #[derive(Serialize)]
        struct Document<'a> {
            responses: u64,
            codes: Vec<Code<'a>>,
            requests: &'a BTreeMap<String, u64>,
            answers: BTreeMap<&'a str, BTreeMap<u16, u64>>,
            transactions: BTreeMap<&'a str, Finals>,
            metrics: Metrics,
            skipped: Skipped<'a>,
            input: Input,
        }
        /// Final codes in code order, then `none`.
        struct Finals(Vec<(String, u64)>);
        impl Serialize for Finals {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_map(self.0.iter().map(|(k, n)| (k, n)))
            }
        }
        /// Every reason, in the order of [`SkipReason::ALL`].
        struct Skipped<'a>(&'a ScanReport);
        impl Serialize for Skipped<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_map(
                    SkipReason::ALL
                        .iter()
                        .map(|r| (r.as_str(), self.0.skipped(*r))),
                )
            }
        }
        let per_method = |finals: &BTreeMap<Option<StatusCode>, u64>| {
            let mut rows: Vec<(String, u64)> = finals
                .iter()
                .filter_map(|(c, n)| c.map(|c| (c.as_u16().to_string(), *n)))
                .collect();
            if let Some(n) = finals.get(&None) {
                rows.push(("none".to_owned(), *n));
            }
            Finals(rows)
        };
        Document {
            responses: self.responses(),
            codes: self
                .codes()
                .map(|(code, stats)| Code {
                    code: code.as_u16(),
                    count: stats.count,
                    reason: code.reason_phrase(),
                    class: code.class().slug(),
                    treated_as: code.canonical().as_u16(),
                    phrases: &stats.phrases,
                    other_phrases: stats.other_phrases,
                })
                .collect(),
            requests: &self.requests,
            answers: self
                .answers
                .iter()
                .map(|(m, codes)| {
                    (
                        m.as_str(),
                        codes.iter().map(|(c, n)| (c.as_u16(), *n)).collect(),
                    )
                })
                .collect(),
            transactions: self
                .transactions
                .iter()
                .map(|(m, finals)| (m.as_str(), per_method(finals)))
                .collect(),
            metrics: self.metrics(),
            skipped: Skipped(self),
            input: Input {
                files: self.files,
                bytes: self.bytes,
                packets: self.packets,
            },
        }
        .serialize(serializer)
    }
}

fn add_map<K: Ord + Clone>(into: &mut BTreeMap<K, u64>, from: &BTreeMap<K, u64>) {
    for (k, n) in from {
        *into.entry(k.clone()).or_default() += n;
    }
}

impl AddAssign<&ScanReport> for ScanReport {
    fn add_assign(&mut self, other: &ScanReport) {
        self.merge(other);
    }
}

impl AddAssign for ScanReport {
    fn add_assign(&mut self, other: ScanReport) {
        self.merge(&other);
    }
}

impl Add for ScanReport {
    type Output = ScanReport;

    fn add(mut self, other: ScanReport) -> ScanReport {
        self.merge(&other);
        self
    }
}

impl Sum for ScanReport {
    fn sum<I: Iterator<Item = ScanReport>>(iter: I) -> ScanReport {
        iter.fold(ScanReport::new(), Add::add)
    }
}
