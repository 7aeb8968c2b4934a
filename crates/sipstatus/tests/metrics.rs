//! RFC 6076 metrics: worked examples computed by hand, the per-code roles
//! against the RFC's lists, and undefined ratios.

use sipstatus::StatusCode;
use sipstatus::metrics::{
    InvalidMethod, Method, Metric, MetricCounts, NotFinal, Role, SessionMetrics,
    is_failure_response, no_response_role, role,
};

fn code(n: u16) -> Option<StatusCode> {
    Some(StatusCode::from_u16(n).unwrap())
}

fn add_many(m: &mut SessionMetrics, method: Method, final_code: Option<StatusCode>, times: usize) {
    for _ in 0..times {
        m.add(method, final_code).unwrap();
    }
}

/// One busy hour of a trunk, counted by hand:
///
/// INVITE: 6×200, 2×486, 1×480, 1×603, 2×302, 3×407, 1×404, 2×503, 1×408,
/// 1 without answer = 20. Excluded from SER/SEER: the 2×302 only (RFC 6076
/// §4.6 and §4.7 subtract the INVITEs answered by a 3xx, and nothing else),
/// so their denominator is 18. SER = 6/18. SEER = (6+2+1+1)/18 = 10/18.
/// ISA = (2×503 + 408 + timeout)/20 = 4/20 = 20 % (§4.8).
///
/// REGISTER: 7×200, 2×401, 1×403, 1 without answer = 11; ineffective 403
/// and the timeout: 2/11.
fn busy_hour() -> SessionMetrics {
    let mut m = SessionMetrics::new();
    for (n, times) in [
        (200, 6),
        (486, 2),
        (480, 1),
        (603, 1),
        (302, 2),
        (407, 3),
        (404, 1),
        (503, 2),
        (408, 1),
    ] {
        add_many(&mut m, Method::Invite, code(n), times);
    }
    add_many(&mut m, Method::Invite, None, 1);
    add_many(&mut m, Method::Register, code(200), 7);
    add_many(&mut m, Method::Register, code(401), 2);
    add_many(&mut m, Method::Register, code(403), 1);
    add_many(&mut m, Method::Register, None, 1);
    add_many(&mut m, Method::Other, code(200), 3);
    m
}

#[test]
fn a_busy_hour_worked_by_hand() {
    let m = busy_hour();
    assert_eq!((m.invites(), m.registers(), m.others()), (20, 11, 3));
    assert_eq!(m.ser(), Some(100.0 / 3.0));
    assert_eq!(m.seer(), Some(1000.0 / 18.0));
    assert_eq!(m.isa(), Some(20.0));
    assert_eq!(m.ira(), Some(200.0 / 11.0));
    assert_eq!(m.get(Metric::Seer), m.seer());
}

#[test]
fn nothing_counted_leaves_every_ratio_undefined() {
    let m = SessionMetrics::new();
    for metric in Metric::ALL {
        assert_eq!(m.get(metric), None, "{metric}");
    }
}

#[test]
fn only_redirects_leave_ser_and_seer_undefined_but_not_isa() {
    let mut m = SessionMetrics::new();
    m.add(Method::Invite, code(300)).unwrap();
    m.add(Method::Invite, code(302)).unwrap();
    m.add(Method::Invite, code(380)).unwrap();
    assert_eq!(m.ser(), None);
    assert_eq!(m.seer(), None);
    assert_eq!(m.isa(), Some(0.0)); // defined: 0 of 3
    assert_eq!(m.ira(), None);
}

/// RFC 6076 §4.6 and §4.7 subtract only the 3xx: a challenged INVITE is an
/// attempt that did not establish a session.
#[test]
fn challenges_stay_in_the_ser_and_seer_denominators() {
    let mut m = SessionMetrics::new();
    m.add(Method::Invite, code(401)).unwrap();
    m.add(Method::Invite, code(402)).unwrap();
    m.add(Method::Invite, code(407)).unwrap();
    assert_eq!(
        (m.ser(), m.seer(), m.isa()),
        (Some(0.0), Some(0.0), Some(0.0))
    );
    m.add(Method::Invite, code(200)).unwrap();
    assert_eq!((m.ser(), m.seer()), (Some(25.0), Some(25.0)));
    assert_eq!(m.counts().invites_excluded, 0);
}

#[test]
fn only_other_methods_define_nothing() {
    let mut m = SessionMetrics::new();
    add_many(&mut m, Method::Other, code(500), 4);
    add_many(&mut m, Method::Other, None, 1);
    assert_eq!(m.others(), 5);
    assert_eq!(
        (m.ser(), m.seer(), m.isa(), m.ira()),
        (None, None, None, None)
    );
}

#[test]
fn registers_alone_define_only_ira() {
    let mut m = SessionMetrics::new();
    add_many(&mut m, Method::Register, code(200), 3);
    add_many(&mut m, Method::Register, code(503), 1);
    assert_eq!(m.ira(), Some(25.0));
    assert_eq!((m.ser(), m.seer(), m.isa()), (None, None, None));
}

#[test]
fn merging_halves_gives_the_whole() {
    let whole = busy_hour();
    let mut first = SessionMetrics::new();
    add_many(&mut first, Method::Invite, code(200), 6);
    add_many(&mut first, Method::Invite, code(486), 2);
    add_many(&mut first, Method::Invite, code(480), 1);
    add_many(&mut first, Method::Invite, code(603), 1);
    add_many(&mut first, Method::Invite, code(302), 2);
    add_many(&mut first, Method::Register, code(200), 7);
    add_many(&mut first, Method::Other, code(200), 3);
    let mut second = SessionMetrics::new();
    add_many(&mut second, Method::Invite, code(407), 3);
    add_many(&mut second, Method::Invite, code(404), 1);
    add_many(&mut second, Method::Invite, code(503), 2);
    add_many(&mut second, Method::Invite, code(408), 1);
    add_many(&mut second, Method::Invite, None, 1);
    add_many(&mut second, Method::Register, code(401), 2);
    add_many(&mut second, Method::Register, code(403), 1);
    add_many(&mut second, Method::Register, None, 1);
    assert_eq!(first + second, whole);
    let mut merged = second;
    merged += first;
    assert_eq!(merged, whole);
    let mut by_method = first;
    by_method.merge(&second);
    assert_eq!(by_method, whole);
}

#[test]
fn codes_that_end_no_transaction_are_refused_and_not_counted() {
    let mut m = SessionMetrics::new();
    for n in [100, 180, 183, 199, 701] {
        assert_eq!(m.add(Method::Invite, code(n)), Err(NotFinal(n)));
        assert_eq!(m.add(Method::Register, code(n)), Err(NotFinal(n)));
    }
    assert_eq!(m, SessionMetrics::new());
    assert_eq!(
        NotFinal(180).to_string(),
        "status code 180 is not a final response: the metrics count only 2xx to 6xx"
    );
}

/// The lists of RFC 6076 §4.2, §4.6, §4.7 and §4.8, written out the obvious
/// way, against the rows for every code from 100 to 799. SER and SEER
/// subtract the 3xx only (§4.6, §4.7); a failure response is a 4xx other
/// than 401, 402 and 407, a 5xx or a 6xx (§4.2).
#[test]
fn every_code_counts_as_the_rfc_lists_say() {
    let challenge = |n: u16| matches!(n, 401 | 402 | 407);
    for n in 100..=799u16 {
        let c = StatusCode::from_u16(n).unwrap();
        if !(200..=699).contains(&n) {
            for metric in Metric::ALL {
                assert_eq!(role(c, metric), Role::NotCounted, "{n} {metric}");
            }
            assert!(!is_failure_response(c));
            continue;
        }
        let excluded = (300..400).contains(&n);
        let expect_ser = if n == 200 {
            Role::Numerator
        } else if excluded {
            Role::Excluded
        } else {
            Role::Denominator
        };
        let expect_seer = if matches!(n, 200 | 480 | 486 | 600 | 603) {
            Role::Numerator
        } else if excluded {
            Role::Excluded
        } else {
            Role::Denominator
        };
        let expect_isa = if matches!(n, 408 | 500 | 503 | 504) {
            Role::Numerator
        } else {
            Role::Denominator
        };
        let failure = n >= 400 && !challenge(n);
        let expect_ira = if failure {
            Role::Numerator
        } else {
            Role::Denominator
        };
        assert_eq!(role(c, Metric::Ser), expect_ser, "{n} SER");
        assert_eq!(role(c, Metric::Seer), expect_seer, "{n} SEER");
        assert_eq!(role(c, Metric::Isa), expect_isa, "{n} ISA");
        assert_eq!(role(c, Metric::Ira), expect_ira, "{n} IRA");
        assert_eq!(is_failure_response(c), failure, "{n} failure response");
    }
}

#[test]
fn a_transaction_without_final_response() {
    assert_eq!(no_response_role(Metric::Ser), Role::Denominator);
    assert_eq!(no_response_role(Metric::Seer), Role::Denominator);
    assert_eq!(no_response_role(Metric::Isa), Role::Numerator);
    assert_eq!(no_response_role(Metric::Ira), Role::Numerator);
    let mut m = SessionMetrics::new();
    m.add(Method::Invite, None).unwrap();
    m.add(Method::Invite, code(200)).unwrap();
    assert_eq!(
        (m.ser(), m.seer(), m.isa()),
        (Some(50.0), Some(50.0), Some(50.0))
    );
}

#[test]
fn methods_are_tokens_and_case_sensitive() {
    assert_eq!("INVITE".parse(), Ok(Method::Invite));
    assert_eq!("REGISTER".parse(), Ok(Method::Register));
    assert_eq!("Register".parse(), Ok(Method::Other));
    assert_eq!("MESSAGE".parse(), Ok(Method::Other));
    assert_eq!("".parse::<Method>(), Err(InvalidMethod::Empty));
    assert_eq!(
        "INVITE\r\n".parse::<Method>(),
        Err(InvalidMethod::NotAToken {
            position: 6,
            byte: b'\r'
        })
    );
    assert_eq!(
        Method::from_token("ÄNVITE".as_bytes()),
        Err(InvalidMethod::NotAToken {
            position: 0,
            byte: 0xc3
        })
    );
    assert_eq!(
        InvalidMethod::NotAToken {
            position: 2,
            byte: b' '
        }
        .to_string(),
        "method has byte 0x20 at position 2: not allowed in a SIP token"
    );
}

#[test]
fn the_counts_behind_the_busy_hour() {
    let counts = busy_hour().counts();
    assert_eq!(
        counts,
        MetricCounts {
            invites: 20,
            invites_established: 6,
            invites_excluded: 2,
            invites_effective: 10,
            invites_ineffective: 4,
            registers: 11,
            registers_ineffective: 2,
            others: 3,
        }
    );
    assert_eq!(SessionMetrics::from_counts(counts), busy_hour());
}

#[test]
fn counts_saturate_and_impossible_counts_do_not_panic() {
    let full = MetricCounts {
        invites: u64::MAX,
        registers: u64::MAX,
        ..MetricCounts::ZERO
    };
    let mut m = SessionMetrics::from_counts(full);
    m.add(Method::Invite, code(200)).unwrap();
    m.add(Method::Register, None).unwrap();
    m.merge(&SessionMetrics::from_counts(full));
    assert_eq!((m.invites(), m.registers()), (u64::MAX, u64::MAX));
    let odd = SessionMetrics::from_counts(MetricCounts {
        invites: 1,
        invites_excluded: 3,
        ..MetricCounts::ZERO
    });
    assert_eq!((odd.ser(), odd.seer()), (None, None));
}
