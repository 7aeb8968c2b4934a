//! RFC 3261 §16.7: the best response among forked branches, rule by rule,
//! their interplay, and a model check against a plain reference.

use sipstatus::StatusCode;
use sipstatus::fork::{Choice, Rule, best_response};
use sipstatus::metrics::Method;

fn codes(numbers: &[u16]) -> Vec<StatusCode> {
    numbers
        .iter()
        .map(|&n| StatusCode::from_u16(n).unwrap())
        .collect()
}

/// (code, rule, index, cancel_pending, aggregate_challenges, generated)
type Summary = (Option<u16>, Rule, Option<usize>, bool, bool, bool);

fn summary(choice: Choice) -> Summary {
    (
        choice.code().map(StatusCode::as_u16),
        choice.rule(),
        choice.index(),
        choice.cancel_pending(),
        choice.aggregate_challenges(),
        choice.generated(),
    )
}

fn invite(numbers: &[u16]) -> Summary {
    summary(best_response(&codes(numbers), Method::Invite))
}

fn non_invite(numbers: &[u16]) -> Summary {
    summary(best_response(&codes(numbers), Method::Other))
}

#[test]
fn every_rule_and_their_interplay() {
    use Rule::*;
    let table: &[(&[u16], Summary)] = &[
        // Nothing at all: a generated 408.
        (&[], (Some(408), Timeout, None, false, false, true)),
        // Provisional codes, 199 included, and local 7xx are not candidates.
        (
            &[180, 199, 701],
            (Some(408), Timeout, None, false, false, true),
        ),
        (
            &[183, 486],
            (Some(486), LowestClass, Some(1), false, false, false),
        ),
        // A 6xx wins over every lower class, and the pending branches go.
        (
            &[302, 486, 603],
            (Some(603), GlobalFailure, Some(2), true, false, false),
        ),
        (
            &[500, 401, 600],
            (Some(600), GlobalFailure, Some(2), true, false, false),
        ),
        // 608 (RFC 8688) is a 6xx like the others; the lowest 6xx is taken.
        (
            &[302, 608],
            (Some(608), GlobalFailure, Some(1), true, false, false),
        ),
        (
            &[608, 603, 603],
            (Some(603), GlobalFailure, Some(1), true, false, false),
        ),
        // A 2xx is forwarded whatever else arrived, even after a 6xx.
        (
            &[603, 486, 200, 200],
            (Some(200), Success, Some(2), true, false, false),
        ),
        // The lowest class.
        (
            &[486, 302],
            (Some(302), LowestClass, Some(1), false, false, false),
        ),
        (
            &[500, 404],
            (Some(404), LowestClass, Some(1), false, false, false),
        ),
        (
            &[404, 403, 403],
            (Some(403), LowestClass, Some(1), false, false, false),
        ),
        // Preferred 4xx, in the order 401, 407, 415, 420, 484.
        (
            &[404, 484],
            (Some(484), Preferred, Some(1), false, false, false),
        ),
        (
            &[484, 420],
            (Some(420), Preferred, Some(1), false, false, false),
        ),
        (
            &[420, 415, 404],
            (Some(415), Preferred, Some(1), false, false, false),
        ),
        (
            &[486, 407],
            (Some(407), Preferred, Some(1), false, true, false),
        ),
        (
            &[407, 401],
            (Some(401), Preferred, Some(1), false, true, false),
        ),
        (
            &[401, 407, 401],
            (Some(401), Preferred, Some(0), false, true, false),
        ),
        // The example of §16.7 step 6: 503, 407, 501, 404 -> 407.
        (
            &[503, 407, 501, 404],
            (Some(407), Preferred, Some(1), false, true, false),
        ),
        // A challenge loses to a lower class and to any 6xx.
        (
            &[401, 301],
            (Some(301), LowestClass, Some(1), false, false, false),
        ),
        (
            &[407, 604],
            (Some(604), GlobalFailure, Some(1), true, false, false),
        ),
        // 503 alone, twice, and with other 5xx or lower classes.
        (
            &[503],
            (Some(500), UnavailableAs500, Some(0), false, false, true),
        ),
        (
            &[503, 503],
            (Some(500), UnavailableAs500, Some(0), false, false, true),
        ),
        (
            &[503, 504],
            (Some(504), LowestClass, Some(1), false, false, false),
        ),
        (
            &[503, 500],
            (Some(500), LowestClass, Some(1), false, false, false),
        ),
        (
            &[503, 480],
            (Some(480), LowestClass, Some(1), false, false, false),
        ),
        (
            &[503, 606],
            (Some(606), GlobalFailure, Some(1), true, false, false),
        ),
        // A 408 received on a branch of an INVITE is an ordinary candidate.
        (
            &[408],
            (Some(408), LowestClass, Some(0), false, false, false),
        ),
        (
            &[408, 404],
            (Some(404), LowestClass, Some(1), false, false, false),
        ),
    ];
    for (numbers, expected) in table {
        assert_eq!(invite(numbers), *expected, "INVITE {numbers:?}");
    }
}

#[test]
fn no_408_to_a_non_invite_request() {
    use Rule::*;
    assert_eq!(
        non_invite(&[]),
        (None, NoResponse, None, false, false, false)
    );
    assert_eq!(
        non_invite(&[408]),
        (None, NoResponse, None, false, false, false)
    );
    assert_eq!(
        non_invite(&[408, 180]),
        (None, NoResponse, None, false, false, false)
    );
    assert_eq!(
        non_invite(&[408, 404]),
        (Some(404), LowestClass, Some(1), false, false, false)
    );
    assert_eq!(
        non_invite(&[408, 503]),
        (Some(500), UnavailableAs500, Some(1), false, false, true)
    );
    assert_eq!(
        non_invite(&[202]),
        (Some(202), Success, Some(0), true, false, false)
    );
    let register = best_response(&codes(&[401]), Method::Register);
    assert_eq!(
        (register.rule(), register.aggregate_challenges()),
        (Preferred, true)
    );
}

#[test]
fn rules_have_names_and_sources() {
    let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
    assert_eq!(
        names,
        [
            "success",
            "global-failure",
            "timeout",
            "no-response",
            "preferred",
            "lowest-class",
            "unavailable-as-500"
        ]
    );
    for rule in Rule::ALL {
        assert_eq!(rule.to_string(), rule.name());
        assert!(rule.reference().starts_with("RFC "), "{rule}");
    }
}

/// The rules of RFC 3261 §16.7 written the plain way: filter, then search
/// each class in turn.
fn reference(numbers: &[u16], invite: bool) -> Summary {
    use Rule::*;
    let challenge = |n: u16| n == 401 || n == 407;
    let first = |pred: &dyn Fn(u16) -> bool| numbers.iter().position(|&n| pred(n));
    if let Some(i) = first(&|n| (200..300).contains(&n)) {
        return (Some(numbers[i]), Success, Some(i), true, false, false);
    }
    let candidates: Vec<(usize, u16)> = numbers
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, n)| (200..700).contains(&n) && (invite || n != 408))
        .collect();
    if candidates.is_empty() {
        return if invite {
            (Some(408), Timeout, None, false, false, true)
        } else {
            (None, NoResponse, None, false, false, false)
        };
    }
    // Lowest code, earliest arrival, among the candidates that pass `keep`.
    let lowest = |keep: &dyn Fn(u16) -> bool| {
        candidates
            .iter()
            .filter(|&&(_, n)| keep(n))
            .min_by_key(|&&(i, n)| (n, i))
            .copied()
    };
    if let Some((i, n)) = lowest(&|n| n >= 600) {
        return (Some(n), GlobalFailure, Some(i), true, false, false);
    }
    let class = candidates.iter().map(|&(_, n)| n / 100).min().unwrap();
    if class == 4 {
        for preferred in [401, 407, 415, 420, 484] {
            if let Some(&(i, n)) = candidates.iter().find(|&&(_, n)| n == preferred) {
                return (Some(n), Preferred, Some(i), false, challenge(n), false);
            }
        }
    }
    if let Some((i, n)) = lowest(&|n| n / 100 == class && n != 503) {
        return (Some(n), LowestClass, Some(i), false, challenge(n), false);
    }
    let (i, _) = lowest(&|n| n == 503).unwrap();
    (Some(500), UnavailableAs500, Some(i), false, false, true)
}

/// xorshift64*: a fixed sequence, so a failure is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn agrees_with_the_plain_reference_on_random_multisets() {
    const POOL: &[u16] = &[
        100, 180, 183, 199, 200, 202, 300, 301, 302, 380, 400, 401, 402, 403, 404, 407, 408, 415,
        420, 480, 484, 486, 487, 488, 500, 501, 502, 503, 504, 600, 603, 604, 606, 607, 608, 701,
    ];
    let mut rng = Rng(0x5eed_cafe_f00d_d00d);
    for _ in 0..20_000 {
        let len = rng.below(9);
        let numbers: Vec<u16> = (0..len)
            .map(|_| {
                if rng.below(4) == 0 {
                    100 + rng.below(700) as u16 // anything from 100 to 799
                } else {
                    POOL[rng.below(POOL.len())]
                }
            })
            .collect();
        for (method, is_invite) in [(Method::Invite, true), (Method::Register, false)] {
            let got = summary(best_response(&codes(&numbers), method));
            assert_eq!(
                got,
                reference(&numbers, is_invite),
                "{numbers:?} {method:?}"
            );
        }
    }
}

#[test]
fn arrival_order_matters_only_among_equal_codes() {
    let mut rng = Rng(42);
    for _ in 0..2_000 {
        let mut numbers: Vec<u16> = (0..6).map(|_| 300 + rng.below(400) as u16).collect();
        let before = invite(&numbers);
        numbers.reverse();
        let after = invite(&numbers);
        assert_eq!((before.0, before.1), (after.0, after.1), "{numbers:?}");
    }
}
