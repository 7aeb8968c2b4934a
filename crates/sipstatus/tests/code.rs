//! StatusCode: every number, every parser, every predicate.

use sipstatus::{InvalidStatusCode, StatusClass, StatusCode};

#[test]
fn from_u16_accepts_exactly_100_to_799() {
    for n in 0..=u16::MAX {
        match StatusCode::from_u16(n) {
            Ok(code) => {
                assert!((100..=799).contains(&n), "{n} accepted");
                assert_eq!(code.as_u16(), n);
                assert_eq!(u16::from(code), n);
                assert_eq!(code, n);
                assert_eq!(n, code);
                assert_eq!(StatusCode::try_from(n), Ok(code));
            }
            Err(e) => {
                assert!(!(100..=799).contains(&n), "{n} rejected");
                assert_eq!(e, InvalidStatusCode::OutOfRange(n));
                assert!(e.to_string().contains(&n.to_string()), "{e} names {n}");
            }
        }
    }
}

#[test]
fn parsers_accept_exactly_three_ascii_digits_in_range() {
    for n in 0..=999u16 {
        let text = format!("{n:03}");
        let expected = StatusCode::from_u16(n);
        assert_eq!(text.parse::<StatusCode>(), expected, "{text}");
        assert_eq!(StatusCode::try_from(text.as_str()), expected, "{text}");
        assert_eq!(StatusCode::try_from(text.as_bytes()), expected, "{text}");
    }
}

#[test]
fn parsers_reject_malformed_text_precisely() {
    use InvalidStatusCode::*;
    let cases: &[(&[u8], InvalidStatusCode)] = &[
        (b"", Empty),
        (b"48", WrongLength(2)),
        (b"4866", WrongLength(4)),
        (b" 486", WrongLength(4)),
        (b"486 ", WrongLength(4)),
        (
            b"+86",
            NotADigit {
                position: 0,
                byte: b'+',
            },
        ),
        (
            b"4x6",
            NotADigit {
                position: 1,
                byte: b'x',
            },
        ),
        (
            b"48\0",
            NotADigit {
                position: 2,
                byte: 0,
            },
        ),
        (
            b"\xff\xfe\xfd",
            NotADigit {
                position: 0,
                byte: 0xff,
            },
        ),
        (b"099", OutOfRange(99)),
        (b"800", OutOfRange(800)),
        (b"999", OutOfRange(999)),
    ];
    for (text, expected) in cases {
        assert_eq!(StatusCode::try_from(*text), Err(*expected), "{text:?}");
    }
    // Non-ASCII digits are not digits: "٤٨٦" is six bytes.
    assert_eq!("٤٨٦".parse::<StatusCode>(), Err(WrongLength(6)));
    let huge = "4".repeat(1 << 20);
    assert_eq!(huge.parse::<StatusCode>(), Err(WrongLength(1 << 20)));
}

#[test]
fn predicates_agree_with_the_class() {
    for n in 100..=799 {
        let code = StatusCode::from_u16(n).unwrap();
        let class = code.class();
        assert_eq!(
            code.is_provisional(),
            class == StatusClass::Provisional,
            "{n}"
        );
        assert_eq!(code.is_success(), class == StatusClass::Success, "{n}");
        assert_eq!(
            code.is_redirection(),
            class == StatusClass::Redirection,
            "{n}"
        );
        assert_eq!(
            code.is_client_error(),
            class == StatusClass::ClientError,
            "{n}"
        );
        assert_eq!(
            code.is_server_error(),
            class == StatusClass::ServerError,
            "{n}"
        );
        assert_eq!(
            code.is_global_failure(),
            class == StatusClass::GlobalFailure,
            "{n}"
        );
        assert_eq!(code.is_local(), class == StatusClass::Local, "{n}");
        assert_eq!(code.is_final(), (200..=699).contains(&n), "{n}");
        assert_eq!(code.is_known(), code.entry().is_some(), "{n}");
        assert_eq!(
            code.reason_phrase(),
            code.entry().map(|e| e.phrase()),
            "{n}"
        );
        assert_eq!(
            sipstatus::lookup(n).map(|e| e.code()),
            code.entry().map(|e| e.code())
        );
    }
}

#[test]
fn canonical_follows_rfc3261_section_8_1_3_2() {
    for n in 100..=799 {
        let code = StatusCode::from_u16(n).unwrap();
        let canonical = code.canonical();
        if code.is_known() {
            assert_eq!(canonical, code, "{n} is known");
        } else if code.is_provisional() {
            assert_eq!(canonical, StatusCode::SESSION_PROGRESS, "{n}");
        } else if code.is_local() {
            assert_eq!(canonical, code, "{n} is local");
        } else {
            assert_eq!(canonical.as_u16(), n / 100 * 100, "{n}");
            assert!(canonical.is_known(), "{n}");
        }
    }
    assert_eq!(
        StatusCode::from_u16(431).unwrap().canonical(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        StatusCode::from_u16(299).unwrap().canonical(),
        StatusCode::OK
    );
    assert_eq!(
        StatusCode::from_u16(699).unwrap().canonical(),
        StatusCode::BUSY_EVERYWHERE
    );
}

#[test]
fn display_and_debug() {
    assert_eq!(StatusCode::BUSY_HERE.to_string(), "486 Busy Here");
    assert_eq!(format!("{:?}", StatusCode::BUSY_HERE), "486");
    assert_eq!(
        StatusCode::from_u16(499).unwrap().to_string(),
        "499 Client Error"
    );
    assert_eq!(StatusCode::from_u16(799).unwrap().to_string(), "799 Local");
    assert_eq!(
        StatusCode::NOT_ACCEPTABLE_ANYWHERE.to_string(),
        "606 Not Acceptable"
    );
}

#[test]
fn option_of_a_code_costs_nothing() {
    assert_eq!(size_of::<StatusCode>(), 2);
    assert_eq!(size_of::<Option<StatusCode>>(), 2);
}

#[cfg(feature = "serde")]
#[test]
fn serde_uses_the_number() {
    assert_eq!(
        serde_json::to_string(&StatusCode::BUSY_HERE).unwrap(),
        "486"
    );
    assert_eq!(
        serde_json::from_str::<StatusCode>("182").unwrap(),
        StatusCode::QUEUED
    );
    let err = serde_json::from_str::<StatusCode>("99").unwrap_err();
    assert!(err.to_string().contains("99"), "{err}");
    assert!(serde_json::from_str::<StatusCode>("\"486\"").is_err());
    assert!(serde_json::from_str::<StatusCode>("70000").is_err());
}
