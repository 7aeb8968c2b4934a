//! Status-line parsing against peers, each a ratio measured in the same
//! run: `make bench-wire` (`cargo bench --manifest-path
//! benches/rust/Cargo.toml`).
//!
//! - `regex`: one compiled pattern for the strict grammar of RFC 3261
//!   §25.1, with the version, code and phrase captured and the code turned
//!   into a number (aim: sipstatus ≥ 5× faster);
//! - `httparse`: its response parser on the HTTP twins of the same lines
//!   (`HTTP/1.1 486 Busy Here`), the cost of a tuned status-line parser
//!   (aim: not slower);
//! - `rsip`: the same lines parsed as minimal responses (aim: faster).
//!
//! sipstatus also relates each phrase to the table (`kind()`); the peers do
//! not, so that work is part of its figure. A plain harness, as in the core's
//! lookup benchmark: the cases take turns over 101 rounds and the best
//! nanoseconds per line of each is reported.

use std::{hint::black_box, time::Instant};

use regex::bytes::Regex;
use sipstatus::StatusLine;

const ROUNDS: usize = 101;

/// Status lines as a trace holds them: common codes, registered phrases,
/// aliases and custom text.
const LINES: [&str; 12] = [
    "SIP/2.0 100 Trying\r\n",
    "SIP/2.0 180 Ringing\r\n",
    "SIP/2.0 183 Session Progress\r\n",
    "SIP/2.0 200 OK\r\n",
    "SIP/2.0 401 Unauthorized\r\n",
    "SIP/2.0 407 Proxy Authentication Required\r\n",
    "SIP/2.0 480 Temporarily not available\r\n",
    "SIP/2.0 486 Busy Here\r\n",
    "SIP/2.0 487 Request Terminated\r\n",
    "SIP/2.0 500 Internal Server Error\r\n",
    "SIP/2.0 503 Service Unavailable\r\n",
    "SIP/2.0 603 Decline\r\n",
];

/// One case: its name, the lines it parses per call, how many calls make a
/// sample, and the call.
struct Case<'a> {
    name: &'static str,
    per_call: usize,
    calls: usize,
    run: Box<dyn FnMut() -> usize + 'a>,
}

/// The best nanoseconds per line of each case over the rounds. The cases
/// take turns within a round, so that a burst of load elsewhere on the
/// machine hits them alike, and the best round is the one least disturbed.
fn measure(cases: &mut [Case<'_>]) -> Vec<f64> {
    let mut samples = vec![Vec::with_capacity(ROUNDS); cases.len()];
    for _ in 0..ROUNDS {
        for (case, samples) in cases.iter_mut().zip(&mut samples) {
            let start = Instant::now();
            for _ in 0..case.calls {
                black_box((case.run)());
            }
            let elapsed = start.elapsed().as_nanos() as f64;
            samples.push(elapsed / (case.calls * case.per_call) as f64);
        }
    }
    samples
        .into_iter()
        .map(|s| s.into_iter().fold(f64::INFINITY, f64::min))
        .collect()
}

fn report(name: &str, ns: f64, peer: Option<(&str, f64)>) {
    match peer {
        Some((peer_name, peer_ns)) => println!(
            "{name:<40} {ns:>8.1} ns/line   {:>6.3}× {peer_name} ({peer_ns:.1} ns)",
            ns / peer_ns
        ),
        None => println!("{name:<40} {ns:>8.1} ns/line"),
    }
}

fn main() {
    let lines: Vec<&[u8]> = LINES.iter().map(|l| l.as_bytes()).collect();
    let http: Vec<Vec<u8>> = LINES
        .iter()
        .map(|l| format!("{}\r\n", l.replacen("SIP/2.0", "HTTP/1.1", 1)).into_bytes())
        .collect();
    let responses: Vec<Vec<u8>> = LINES
        .iter()
        .map(|l| format!("{l}\r\n").into_bytes())
        .collect();
    let n = lines.len();
    let iterations = 2_000;

    let sipstatus_strict_case = Case {
        name: "sipstatus strict",
        per_call: n,
        calls: iterations,
        run: Box::new(|| {
            let mut sum = 0;
            for line in black_box(&lines) {
                let parsed = StatusLine::parse_strict(line).expect("valid");
                sum += usize::from(parsed.code().as_u16())
                    + parsed.reason().len()
                    + parsed.kind() as usize;
            }
            sum
        }),
    };
    let sipstatus_lenient_case = Case {
        name: "sipstatus lenient",
        per_call: n,
        calls: iterations,
        run: Box::new(|| {
            let mut sum = 0;
            for line in black_box(&lines) {
                let parsed = StatusLine::parse(line).expect("valid");
                sum += usize::from(parsed.code().as_u16())
                    + parsed.reason().len()
                    + parsed.kind() as usize;
            }
            sum
        }),
    };

    // RFC 3261 §25.1 as one pattern; UTF8-NONASCII loosened to any byte
    // from 0x80 to 0xFD.
    let pattern = Regex::new(
        r"(?-u)\ASIP/([0-9]+\.[0-9]+) ([0-9]{3}) ((?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'() \t]|%[0-9A-Fa-f]{2}|[\x80-\xFD])*)\r\n",
    )
    .expect("the pattern compiles");
    let regex_case = Case {
        name: "regex",
        per_call: n,
        calls: iterations / 4,
        run: Box::new(|| {
            let mut sum = 0;
            for line in black_box(&lines) {
                let caps = pattern.captures(line).expect("valid");
                let code = caps[2]
                    .iter()
                    .fold(0u16, |c, d| c * 10 + u16::from(d - b'0'));
                sum += usize::from(code) + caps[3].len() + caps[1].len();
            }
            sum
        }),
    };

    let httparse_case = Case {
        name: "httparse",
        per_call: n,
        calls: iterations,
        run: Box::new(|| {
            let mut sum = 0;
            for line in black_box(&http) {
                let mut headers = [httparse::EMPTY_HEADER; 1];
                let mut response = httparse::Response::new(&mut headers);
                response.parse(line).expect("valid");
                sum += usize::from(response.code.unwrap_or(0))
                    + response.reason.map_or(0, str::len)
                    + usize::from(response.version.unwrap_or(0));
            }
            sum
        }),
    };

    let rsip_case = Case {
        name: "rsip",
        per_call: n,
        calls: iterations / 20,
        run: Box::new(|| {
            let mut sum = 0;
            for response in black_box(&responses) {
                let message = rsip::SipMessage::try_from(response.as_slice()).expect("valid");
                if let rsip::SipMessage::Response(response) = message {
                    sum += usize::from(response.status_code.code());
                }
            }
            sum
        }),
    };

    let mut cases = [
        sipstatus_strict_case,
        sipstatus_lenient_case,
        regex_case,
        httparse_case,
        rsip_case,
    ];
    let names: Vec<&str> = cases.iter().map(|c| c.name).collect();
    let ns = measure(&mut cases);
    assert_eq!(
        names,
        [
            "sipstatus strict",
            "sipstatus lenient",
            "regex",
            "httparse",
            "rsip"
        ]
    );
    let [sipstatus_strict, sipstatus_lenient, regex, httparse, rsip] =
        [ns[0], ns[1], ns[2], ns[3], ns[4]];
    println!("{} status lines, best of {ROUNDS} interleaved rounds", n);
    report("regex (compiled, captures)", regex, None);
    report("httparse (HTTP/1.1 twins)", httparse, None);
    report("rsip (minimal responses)", rsip, None);
    report("sipstatus strict", sipstatus_strict, Some(("regex", regex)));
    report(
        "sipstatus strict",
        sipstatus_strict,
        Some(("httparse", httparse)),
    );
    report("sipstatus strict", sipstatus_strict, Some(("rsip", rsip)));
    report(
        "sipstatus lenient",
        sipstatus_lenient,
        Some(("regex", regex)),
    );
    report(
        "sipstatus lenient",
        sipstatus_lenient,
        Some(("httparse", httparse)),
    );
    report("sipstatus lenient", sipstatus_lenient, Some(("rsip", rsip)));
    println!(
        "speed-up: {:.1}× regex, {:.2}× httparse, {:.1}× rsip (strict)",
        regex / sipstatus_strict,
        httparse / sipstatus_strict,
        rsip / sipstatus_strict
    );
}
