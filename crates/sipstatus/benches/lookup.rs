//! Lookup benchmarks, each a ratio against the simplest alternative,
//! measured in the same run: `cargo bench -p sipstatus --bench lookup`.
//!
//! - code→phrase against a bare array index (aim: within 1.5×);
//! - phrase→code against a case-insensitive scan of the phrases (aim:
//!   several times faster).
//!
//! A plain harness (no criterion) keeps `cargo clippy --all-targets` and the
//! test build light: each case runs a fixed workload in 21 rounds and the
//! median nanoseconds per lookup is reported.

use std::{hint::black_box, time::Instant};

use sipstatus::{StatusCode, entries, lookup_phrase};

const ROUNDS: usize = 21;
const WORKLOAD: usize = 4096;

/// A deterministic pseudo-random sequence (xorshift), so that branch
/// predictors cannot learn the workload.
fn sequence(len: usize, modulo: usize) -> Vec<usize> {
    let mut state: u32 = 0x9e37_79b9;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as usize % modulo
        })
        .collect()
}

/// Median nanoseconds per call of `f`, which does `per_round` lookups.
fn measure(per_round: usize, iterations: usize, mut f: impl FnMut() -> usize) -> f64 {
    let mut samples = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for _ in 0..iterations {
            black_box(f());
        }
        let elapsed = start.elapsed().as_nanos() as f64;
        samples.push(elapsed / (iterations * per_round) as f64);
    }
    samples.sort_by(f64::total_cmp);
    samples[ROUNDS / 2]
}

fn report(name: &str, ns: f64, peer: Option<(&str, f64)>) {
    match peer {
        Some((peer_name, peer_ns)) => println!(
            "{name:<44} {ns:>8.2} ns/lookup   {:>5.2}× {peer_name}",
            ns / peer_ns
        ),
        None => println!("{name:<44} {ns:>8.2} ns/lookup"),
    }
}

fn main() {
    // The workload: codes drawn from the whole valid range, known or not.
    let codes: Vec<StatusCode> = sequence(WORKLOAD, 700)
        .into_iter()
        .map(|i| StatusCode::from_u16(100 + i as u16).expect("in range"))
        .collect();
    let numbers: Vec<u16> = codes.iter().map(|c| c.as_u16()).collect();

    // The peer: a bare array of phrases indexed by code − 100.
    let mut bare: [Option<&'static str>; 700] = [None; 700];
    for entry in entries() {
        bare[usize::from(entry.code().as_u16() - 100)] = Some(entry.phrase());
    }
    let bare = black_box(bare);

    let iterations = 2000;
    let peer = measure(WORKLOAD, iterations, || {
        let mut sum = 0;
        for &n in black_box(&numbers) {
            sum += bare[usize::from(n - 100)].map_or(0, str::len);
        }
        sum
    });
    let ours = measure(WORKLOAD, iterations, || {
        let mut sum = 0;
        for &code in black_box(&codes) {
            sum += code.reason_phrase().map_or(0, str::len);
        }
        sum
    });
    let ours_from_u16 = measure(WORKLOAD, iterations, || {
        let mut sum = 0;
        for &n in black_box(&numbers) {
            sum += StatusCode::from_u16(n)
                .ok()
                .and_then(StatusCode::reason_phrase)
                .map_or(0, str::len);
        }
        sum
    });
    println!("code → phrase ({WORKLOAD} codes from 100..=799, known and unknown)");
    report("bare array index [Option<&str>; 700]", peer, None);
    report(
        "StatusCode::reason_phrase",
        ours,
        Some(("bare array", peer)),
    );
    report(
        "StatusCode::from_u16 + reason_phrase",
        ours_from_u16,
        Some(("bare array", peer)),
    );

    // Phrase → code: registered phrases and aliases in mixed case.
    let mut texts: Vec<String> = Vec::new();
    for entry in entries() {
        texts.push(entry.phrase().to_ascii_lowercase());
        texts.push(entry.phrase().to_ascii_uppercase());
        texts.extend(entry.aliases().iter().map(|a| a.to_string()));
    }
    let order = sequence(WORKLOAD, texts.len());
    let workload: Vec<&str> = order.iter().map(|&i| texts[i].as_str()).collect();
    let canonical_only: Vec<&str> = workload
        .iter()
        .copied()
        .filter(|t| entries().iter().any(|e| e.phrase().eq_ignore_ascii_case(t)))
        .collect();

    let iterations = 100;
    let scan = measure(canonical_only.len(), iterations, || {
        let mut sum = 0;
        for text in black_box(&canonical_only) {
            sum += entries()
                .iter()
                .find(|e| e.phrase().eq_ignore_ascii_case(text))
                .map_or(0, |e| usize::from(e.code().as_u16()));
        }
        sum
    });
    let ours_canonical = measure(canonical_only.len(), iterations, || {
        let mut sum = 0;
        for text in black_box(&canonical_only) {
            sum += lookup_phrase(text).map_or(0, |m| usize::from(m.code().as_u16()));
        }
        sum
    });
    let ours_all = measure(workload.len(), iterations, || {
        let mut sum = 0;
        for text in black_box(&workload) {
            sum += lookup_phrase(text).map_or(0, |m| usize::from(m.code().as_u16()));
        }
        sum
    });
    println!();
    println!(
        "phrase → code ({} registered phrases in mixed case)",
        canonical_only.len()
    );
    report("case-insensitive scan of the phrases", scan, None);
    report("lookup_phrase", ours_canonical, Some(("scan", scan)));
    report(
        "lookup_phrase, aliases included",
        ours_all,
        Some(("scan", scan)),
    );
}
