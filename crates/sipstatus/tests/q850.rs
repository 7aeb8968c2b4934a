//! The Q.850 cause table and the SIP ↔ cause mappings, checked against
//! tables typed in here from the sources, independently of the data.

use sipstatus::q850::{
    __ffi, Basis, Cause, CauseClass, Disagreement, InvalidCause, MappedCause, NoteKind, Profile,
    disagreements, entries, lookup,
};
use sipstatus::{Language, StatusCode};

/// RFC 3398 §8.2.6.1, as printed (505 where the RFC misprints 504), with
/// the codes it lists without a cause (487, 488, 606) as `None`.
#[rustfmt::skip]
const RFC3398_SIP_TO_CAUSE: &[(u16, Option<u8>)] = &[
    (400, Some(41)), (401, Some(21)), (402, Some(21)), (403, Some(21)), (404, Some(1)),
    (405, Some(63)), (406, Some(79)), (407, Some(21)), (408, Some(102)), (410, Some(22)),
    (413, Some(127)), (414, Some(127)), (415, Some(79)), (416, Some(127)), (420, Some(127)),
    (421, Some(127)), (423, Some(127)), (480, Some(18)), (481, Some(41)), (482, Some(25)),
    (483, Some(25)), (484, Some(28)), (485, Some(1)), (486, Some(17)), (487, None),
    (488, None), (500, Some(41)), (501, Some(79)), (502, Some(38)), (503, Some(41)),
    (504, Some(102)), (505, Some(127)), (513, Some(127)), (600, Some(17)), (603, Some(21)),
    (604, Some(1)), (606, None),
];

/// RFC 3398 §7.2.4.1, with 16 (BYE or CANCEL, no response) as `None`.
#[rustfmt::skip]
const RFC3398_CAUSE_TO_SIP: &[(u8, Option<u16>)] = &[
    (1, Some(404)), (2, Some(404)), (3, Some(404)), (16, None), (17, Some(486)),
    (18, Some(408)), (19, Some(480)), (20, Some(480)), (21, Some(403)), (22, Some(410)),
    (23, Some(410)), (26, Some(404)), (27, Some(502)), (28, Some(484)), (29, Some(501)),
    (31, Some(480)), (34, Some(503)), (38, Some(503)), (41, Some(503)), (42, Some(503)),
    (47, Some(503)), (55, Some(403)), (57, Some(403)), (58, Some(503)), (65, Some(488)),
    (70, Some(488)), (79, Some(501)), (87, Some(403)), (88, Some(503)), (102, Some(504)),
    (111, Some(500)), (127, Some(500)),
];

/// RFC 4497 §8.4.4 Table 2, with the code it lists without a cause (487,
/// note 7) as `None`; 488 and 606 are printed "65 or 31 (note 8)".
#[rustfmt::skip]
const RFC4497_SIP_TO_CAUSE: &[(u16, Option<u8>)] = &[
    (400, Some(41)), (401, Some(21)), (402, Some(21)), (403, Some(21)), (404, Some(1)),
    (405, Some(63)), (406, Some(79)), (407, Some(21)), (408, Some(102)), (410, Some(22)),
    (413, Some(127)), (414, Some(127)), (415, Some(79)), (416, Some(127)), (420, Some(127)),
    (421, Some(127)), (423, Some(127)), (480, Some(18)), (481, Some(41)), (482, Some(25)),
    (483, Some(25)), (484, Some(28)), (485, Some(1)), (486, Some(17)), (487, None),
    (488, Some(65)), (500, Some(41)), (501, Some(79)), (502, Some(38)), (503, Some(41)),
    (504, Some(102)), (505, Some(127)), (513, Some(127)), (600, Some(17)), (603, Some(21)),
    (604, Some(1)), (606, Some(65)),
];

/// RFC 4497 §8.4.1 Table 1, with 16 (note 3: BYE or CANCEL) as `None`.
#[rustfmt::skip]
const RFC4497_CAUSE_TO_SIP: &[(u8, Option<u16>)] = &[
    (1, Some(404)), (2, Some(404)), (3, Some(404)), (16, None), (17, Some(486)),
    (18, Some(408)), (19, Some(480)), (20, Some(480)), (21, Some(403)), (22, Some(410)),
    (23, Some(410)), (27, Some(502)), (28, Some(484)), (29, Some(501)), (31, Some(480)),
    (34, Some(503)), (38, Some(503)), (41, Some(503)), (42, Some(503)), (47, Some(503)),
    (55, Some(403)), (57, Some(403)), (58, Some(503)), (65, Some(488)), (69, Some(501)),
    (70, Some(488)), (79, Some(501)), (87, Some(403)), (88, Some(503)), (102, Some(504)),
];

/// The values ITU-T Q.850 defines (with Add.1's 14 and Amd.1's 24).
#[rustfmt::skip]
const DEFINED: &[u8] = &[
    1, 2, 3, 4, 5, 6, 7, 8, 9, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
    31, 34, 38, 39, 40, 41, 42, 43, 44, 46, 47, 49, 50, 53, 55, 57, 58, 62, 63, 65, 66, 69, 70,
    79, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 95, 96, 97, 98, 99, 100, 101, 102, 103, 110,
    111, 127,
];

fn code(n: u16) -> StatusCode {
    StatusCode::from_u16(n).unwrap()
}

fn cause(n: u8) -> Cause {
    Cause::try_from(n).unwrap()
}

#[test]
fn the_table_holds_exactly_the_defined_causes_in_order() {
    let values: Vec<u8> = entries().iter().map(|e| e.cause().as_u8()).collect();
    assert_eq!(values, DEFINED);
    for n in 0..=255u16 {
        assert_eq!(
            lookup(n).is_some(),
            DEFINED.contains(&(n as u8)) && n < 128,
            "{n}"
        );
    }
}

#[test]
fn every_entry_has_names_references_and_two_descriptions() {
    for e in entries() {
        assert!(!e.q850_name().is_empty() && !e.references().is_empty());
        assert!(
            e.name()
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        );
        for lang in Language::ALL {
            assert!(e.description(lang).ends_with('.'), "{}", e.name());
        }
        assert_ne!(
            e.description(Language::English),
            e.description(Language::German)
        );
    }
    assert_eq!(Cause::USER_BUSY.name(), Some("User busy"));
    assert_eq!(Cause::NO_USER_RESPONDING.name(), Some("No user responding"));
    assert_eq!(
        Cause::NORMAL_UNSPECIFIED.name(),
        Some("Normal, unspecified")
    );
    assert_eq!(
        Cause::INTERWORKING_UNSPECIFIED.name(),
        Some("Interworking, unspecified")
    );
}

#[test]
fn classes_follow_the_top_bits_and_unknown_causes_become_the_class_unspecified() {
    let bounds = [
        (1..=31, CauseClass::Normal, 31),
        (32..=47, CauseClass::ResourceUnavailable, 47),
        (48..=63, CauseClass::ServiceNotAvailable, 63),
        (64..=79, CauseClass::ServiceNotImplemented, 79),
        (80..=95, CauseClass::InvalidMessage, 95),
        (96..=111, CauseClass::ProtocolError, 111),
        (112..=127, CauseClass::Interworking, 127),
    ];
    for (range, class, unspecified) in bounds {
        for n in range {
            let c = cause(n);
            assert_eq!(c.class(), class, "{n}");
            let expected = if DEFINED.contains(&n) { n } else { unspecified };
            assert_eq!(c.canonical(), expected, "{n}");
        }
    }
}

#[test]
fn cause_values_outside_1_to_127_are_rejected_with_the_value() {
    for n in [0u16, 128, 255, 1000] {
        assert_eq!(Cause::from_u16(n), Err(InvalidCause::OutOfRange(n)));
    }
    assert_eq!("".parse::<Cause>(), Err(InvalidCause::Empty));
    assert_eq!("0017".parse::<Cause>(), Err(InvalidCause::TooLong(4)));
    assert_eq!(
        "1 7".parse::<Cause>(),
        Err(InvalidCause::NotADigit {
            position: 1,
            byte: b' '
        })
    );
    assert_eq!("017".parse::<Cause>(), Ok(Cause::USER_BUSY));
}

/// Every code 100–799 through `profile`: the typed `rows` give a cause
/// (row) or none (the default 31, as a footnote says); every other code
/// gets the default 31 with the note `default_key`.
fn check_sip_to_cause(profile: Profile, rows: &[(u16, Option<u8>)], default_key: &str) {
    for n in 100..=799u16 {
        let m = code(n).to_q850(profile);
        match rows.iter().find(|(c, _)| *c == n) {
            Some((_, Some(value))) => {
                assert_eq!(m.value(), MappedCause::Q850(cause(*value)), "{n}");
                assert_eq!(m.basis(), Basis::Row, "{n}");
            }
            Some((_, None)) => {
                assert_eq!(
                    m.value(),
                    MappedCause::Q850(Cause::NORMAL_UNSPECIFIED),
                    "{n}"
                );
                assert_eq!(m.basis(), Basis::Fallback, "{n}");
                assert_eq!(m.note().unwrap().kind(), NoteKind::Footnote, "{n}");
            }
            None => {
                assert_eq!(
                    m.value(),
                    MappedCause::Q850(Cause::NORMAL_UNSPECIFIED),
                    "{n}"
                );
                assert_eq!(m.basis(), Basis::Fallback, "{n}");
                assert_eq!(m.note().unwrap().key(), default_key, "{n}");
            }
        }
    }
}

/// Every cause 1–127 through `profile`: the typed `rows` give a code (row)
/// or none; every other cause, and those, get the default 500.
fn check_cause_to_sip(profile: Profile, rows: &[(u8, Option<u16>)]) {
    for n in 1..=127u8 {
        let m = cause(n).to_sip(profile);
        match rows.iter().find(|(c, _)| *c == n) {
            Some((_, Some(sip))) => {
                assert_eq!(m.code(), *sip, "{n}");
                assert_eq!(m.basis(), Basis::Row, "{n}");
            }
            Some((_, None)) | None => {
                assert_eq!(m.code(), StatusCode::SERVER_INTERNAL_ERROR, "{n}");
                assert_eq!(m.basis(), Basis::Fallback, "{n}");
            }
        }
    }
}

#[test]
fn rfc3398_sip_to_cause_every_row_and_the_default() {
    check_sip_to_cause(
        Profile::Rfc3398,
        RFC3398_SIP_TO_CAUSE,
        "rfc3398-sip-default",
    );
}

#[test]
fn rfc3398_cause_to_sip_every_row_and_the_default() {
    check_cause_to_sip(Profile::Rfc3398, RFC3398_CAUSE_TO_SIP);
}

#[test]
fn rfc3398_footnotes_are_data() {
    let rejected = Cause::CALL_REJECTED.to_sip(Profile::Rfc3398);
    assert_eq!(rejected.alternative(), Some(StatusCode::DECLINE));
    assert_eq!(rejected.note().unwrap().key(), "rfc3398-location-user");
    let changed = Cause::NUMBER_CHANGED.to_sip(Profile::Rfc3398);
    assert_eq!(changed.alternative(), Some(StatusCode::MOVED_PERMANENTLY));
    assert_eq!(
        Cause::NORMAL_CALL_CLEARING
            .to_sip(Profile::Rfc3398)
            .note()
            .unwrap()
            .key(),
        "rfc3398-bye-or-cancel"
    );
    assert_eq!(
        Cause::NON_SELECTED_USER_CLEARING
            .to_sip(Profile::Rfc3398)
            .note()
            .unwrap()
            .key(),
        "rfc3398-ansi"
    );
    for n in [401, 407] {
        assert_eq!(
            code(n).to_q850(Profile::Rfc3398).note().unwrap().key(),
            "rfc3398-challenge"
        );
    }
    for n in [406, 413, 414, 415, 416, 420, 421, 423, 484, 513] {
        assert_eq!(
            code(n).to_q850(Profile::Rfc3398).note().unwrap().key(),
            "rfc3398-retry"
        );
    }
    assert_eq!(
        code(505).to_q850(Profile::Rfc3398).note().unwrap().key(),
        "rfc3398-version-typo"
    );
    assert_eq!(
        code(487).to_q850(Profile::Rfc3398).note().unwrap().key(),
        "rfc3398-no-mapping"
    );
    for n in [488, 606] {
        assert_eq!(
            code(n).to_q850(Profile::Rfc3398).note().unwrap().key(),
            "rfc3398-by-warning"
        );
    }
}

#[test]
fn rfc4497_sip_to_cause_every_row_and_the_default() {
    check_sip_to_cause(
        Profile::Rfc4497,
        RFC4497_SIP_TO_CAUSE,
        "rfc4497-sip-default",
    );
}

#[test]
fn rfc4497_cause_to_sip_every_row_and_the_default() {
    check_cause_to_sip(Profile::Rfc4497, RFC4497_CAUSE_TO_SIP);
}

#[test]
fn rfc4497_notes_are_data() {
    let key = |n: u16| code(n).to_q850(Profile::Rfc4497).note().map(|x| x.key());
    for n in [401, 407] {
        assert_eq!(key(n), Some("rfc4497-challenge"));
    }
    for n in [413, 414, 415, 416, 420, 421, 423, 484, 505, 513] {
        assert_eq!(key(n), Some("rfc4497-retry"), "{n}");
    }
    // Unlike RFC 3398, RFC 4497 marks no retry on 406.
    assert_eq!(key(406), None);
    assert_eq!(key(487), Some("rfc4497-no-mapping"));
    for n in [488, 606] {
        assert_eq!(key(n), Some("rfc4497-bearer-or-default"));
    }
    let rejected = Cause::CALL_REJECTED.to_sip(Profile::Rfc4497);
    assert_eq!(rejected.alternative(), Some(StatusCode::DECLINE));
    let changed = Cause::NUMBER_CHANGED.to_sip(Profile::Rfc4497);
    assert_eq!(changed.alternative(), Some(StatusCode::MOVED_PERMANENTLY));
    assert_eq!(
        Cause::NORMAL_CALL_CLEARING
            .to_sip(Profile::Rfc4497)
            .note()
            .unwrap()
            .key(),
        "rfc4497-bye-or-cancel"
    );
}

#[test]
fn rfc4497_differs_from_rfc3398_in_exactly_these_values() {
    let listed: Vec<Disagreement> = disagreements(Profile::Rfc3398, Profile::Rfc4497).collect();
    // RFC 3398 takes 488 and 606 from the Warning header (default 31);
    // RFC 4497 prints 65. RFC 4497 adds 69 -> 501 and drops 26 -> 404
    // (RFC 3398's ANSI row), so 26 takes the default 500.
    assert_eq!(listed.len(), 4, "{listed:?}");
    assert_eq!(code(488).to_q850(Profile::Rfc3398).value().as_u16(), 31);
    assert_eq!(code(606).to_q850(Profile::Rfc4497).value().as_u16(), 65);
    assert_eq!(
        Cause::try_from(69u8)
            .unwrap()
            .to_sip(Profile::Rfc3398)
            .code(),
        500
    );
    assert_eq!(
        Cause::try_from(69u8)
            .unwrap()
            .to_sip(Profile::Rfc4497)
            .code(),
        501
    );
    assert_eq!(
        Cause::NON_SELECTED_USER_CLEARING
            .to_sip(Profile::Rfc4497)
            .code(),
        500
    );
}

#[test]
fn freeswitch_as_mod_sofia_behaves() {
    let fs = Profile::FreeSwitch;
    // Its own causes, kept as its own numbers.
    assert_eq!(
        code(487).to_q850(fs).value(),
        MappedCause::Own {
            value: 487,
            name: "ORIGINATOR_CANCEL"
        }
    );
    assert_eq!(code(607).to_q850(fs).value().as_u16(), 819);
    // The 429 bug, flagged.
    let m = code(429).to_q850(fs);
    assert_eq!(
        m.value(),
        MappedCause::Own {
            value: 821,
            name: "BAD_IDENTITY_INFO"
        }
    );
    assert_eq!(m.note().unwrap().kind(), NoteKind::Quirk);
    // 480 and 408 do not survive a round trip through FreeSWITCH.
    assert_eq!(
        code(480)
            .to_q850(fs)
            .value()
            .cause()
            .unwrap()
            .to_sip(fs)
            .code(),
        408
    );
    assert_eq!(
        code(408)
            .to_q850(fs)
            .value()
            .cause()
            .unwrap()
            .to_sip(fs)
            .code(),
        504
    );
    // Defaults: 31 one way, 480 the other.
    assert_eq!(code(499).to_q850(fs).value().as_u16(), 31);
    assert_eq!(Cause::NORMAL_CALL_CLEARING.to_sip(fs).code(), 480);
    assert_eq!(
        Cause::NORMAL_CALL_CLEARING.to_sip(fs).basis(),
        Basis::Fallback
    );
}

#[test]
fn asterisk_as_res_pjsip_behaves() {
    let ast = Profile::Asterisk;
    assert_eq!(code(480).to_q850(ast).value().as_u16(), 19);
    assert_eq!(code(483).to_q850(ast).value().as_u16(), 19);
    assert_eq!(
        code(483).to_q850(ast).note().unwrap().kind(),
        NoteKind::Quirk
    );
    // Fallbacks by class.
    assert_eq!(code(499).to_q850(ast).value().as_u16(), 127);
    assert_eq!(code(599).to_q850(ast).value().as_u16(), 34);
    assert_eq!(code(699).to_q850(ast).value().as_u16(), 127);
    assert_eq!(code(180).to_q850(ast).value().as_u16(), 16);
    // An unlisted cause leaves hangup_cause2sip() as 0, sent as 603.
    assert_eq!(Cause::NORMAL_CALL_CLEARING.to_sip(ast).code(), 603);
    assert_eq!(Cause::TEMPORARY_FAILURE.to_sip(ast).code(), 603);
    // 603 does not survive a round trip: it comes back as 403.
    assert_eq!(
        code(603)
            .to_q850(ast)
            .value()
            .cause()
            .unwrap()
            .to_sip(ast)
            .code(),
        403
    );
}

#[test]
fn every_code_and_cause_maps_under_every_profile() {
    for profile in Profile::ALL {
        for n in 100..=799u16 {
            let m = code(n).to_q850(profile);
            assert_eq!(m.profile(), profile);
            if m.basis() == Basis::Fallback {
                assert!(m.note().is_some(), "{profile} {n}");
            }
            if let MappedCause::Own { name, .. } = m.value() {
                assert!(!name.is_empty(), "{profile} {n}");
                assert!(m.note().is_some(), "{profile} {n}");
            }
        }
        for n in 1..=127u8 {
            let m = cause(n).to_sip(profile);
            assert!(m.code().is_final(), "{profile} {n}");
            if m.basis() == Basis::Fallback {
                assert!(m.note().is_some(), "{profile} {n}");
            }
        }
    }
}

#[test]
fn disagreements_list_exactly_the_values_that_differ() {
    for a in Profile::ALL {
        for b in Profile::ALL {
            let listed: Vec<Disagreement> = disagreements(a, b).collect();
            let sip = (100..=799u16)
                .filter(|&n| code(n).to_q850(a).value() != code(n).to_q850(b).value())
                .count();
            let causes = (1..=127u8)
                .filter(|&n| cause(n).to_sip(a).code() != cause(n).to_sip(b).code())
                .count();
            assert_eq!(listed.len(), sip + causes, "{a} {b}");
            if a == b {
                assert!(listed.is_empty());
            }
        }
    }
}

#[test]
fn profiles_parse_from_their_identifiers_and_numbers() {
    for (i, p) in Profile::ALL.into_iter().enumerate() {
        assert_eq!(p.slug().parse::<Profile>(), Ok(p));
        assert_eq!(Profile::from_index(i as u32), Some(p));
        assert_eq!(p.index(), i as u32);
    }
    assert!("".parse::<Profile>().is_err());
    assert_eq!(Profile::from_index(4), None);
}

#[test]
fn c_strings_match_their_rust_strings() {
    for p in Profile::ALL {
        assert_eq!(__ffi::profile_slug(p).to_str(), Ok(p.slug()));
    }
    for class in CauseClass::ALL {
        assert_eq!(__ffi::class_label(class).to_str(), Ok(class.label()));
    }
    for e in entries() {
        assert_eq!(__ffi::name(e).to_str(), Ok(e.name()));
        assert_eq!(__ffi::q850_name(e).to_str(), Ok(e.q850_name()));
        assert_eq!(
            __ffi::reference(e).to_str().unwrap(),
            e.references().join("; ")
        );
        for lang in Language::ALL {
            assert_eq!(
                __ffi::description(e, lang).to_str(),
                Ok(e.description(lang))
            );
        }
    }
}

#[test]
fn every_value_0_to_255_is_a_cause_exactly_when_it_is_1_to_127() {
    for n in 0..=255u16 {
        match Cause::from_u16(n) {
            Ok(c) => {
                assert!((1..=127).contains(&n));
                assert_eq!(u16::from(c), n);
                assert_eq!(
                    c.to_string().split(' ').next(),
                    Some(n.to_string().as_str())
                );
                assert_eq!(c.name().is_some(), DEFINED.contains(&(n as u8)));
                assert_eq!(Cause::try_from(n as u8), Ok(c));
                assert_eq!(n.to_string().parse::<Cause>(), Ok(c));
            }
            Err(e) => {
                assert!(n == 0 || n > 127);
                assert_eq!(e, InvalidCause::OutOfRange(n));
            }
        }
    }
}
