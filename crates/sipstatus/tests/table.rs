//! The table against the IANA registry and its own invariants.

use std::collections::HashSet;

use sipstatus::{
    __ffi, Language, PhraseKind, RegistryStatus, StatusClass, StatusCode, entries, lookup_phrase,
};

/// The IANA "Response Codes" registry (sip-parameters-7, as updated
/// 2026-01-07): code and reason phrase as registered. This is the test's own
/// oracle, typed from the registry, not derived from the table.
const IANA_REGISTRY: [(u16, &str); 75] = [
    (100, "Trying"),
    (180, "Ringing"),
    (181, "Call Is Being Forwarded"),
    (182, "Queued"),
    (183, "Session Progress"),
    (199, "Early Dialog Terminated"),
    (200, "OK"),
    (202, "Accepted"),
    (204, "No Notification"),
    (300, "Multiple Choices"),
    (301, "Moved Permanently"),
    (302, "Moved Temporarily"),
    (305, "Use Proxy"),
    (380, "Alternative Service"),
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (402, "Payment Required"),
    (403, "Forbidden"),
    (404, "Not Found"),
    (405, "Method Not Allowed"),
    (406, "Not Acceptable"),
    (407, "Proxy Authentication Required"),
    (408, "Request Timeout"),
    (410, "Gone"),
    (412, "Conditional Request Failed"),
    (413, "Request Entity Too Large"),
    (414, "Request-URI Too Long"),
    (415, "Unsupported Media Type"),
    (416, "Unsupported URI Scheme"),
    (417, "Unknown Resource-Priority"),
    (420, "Bad Extension"),
    (421, "Extension Required"),
    (422, "Session Interval Too Small"),
    (423, "Interval Too Brief"),
    (424, "Bad Location Information"),
    (425, "Bad Alert Message"),
    (428, "Use Identity Header"),
    (429, "Provide Referrer Identity"),
    (430, "Flow Failed"),
    (433, "Anonymity Disallowed"),
    (436, "Bad Identity Info"),
    (437, "Unsupported Credential"),
    (438, "Invalid Identity Header"),
    (439, "First Hop Lacks Outbound Support"),
    (440, "Max-Breadth Exceeded"),
    (469, "Bad Info Package"),
    (470, "Consent Needed"),
    (480, "Temporarily Unavailable"),
    (481, "Call/Transaction Does Not Exist"),
    (482, "Loop Detected"),
    (483, "Too Many Hops"),
    (484, "Address Incomplete"),
    (485, "Ambiguous"),
    (486, "Busy Here"),
    (487, "Request Terminated"),
    (488, "Not Acceptable Here"),
    (489, "Bad Event"),
    (491, "Request Pending"),
    (493, "Undecipherable"),
    (494, "Security Agreement Required"),
    (500, "Server Internal Error"),
    (501, "Not Implemented"),
    (502, "Bad Gateway"),
    (503, "Service Unavailable"),
    (504, "Server Time-out"),
    (505, "Version Not Supported"),
    (513, "Message Too Large"),
    (555, "Push Notification Service Not Supported"),
    (580, "Precondition Failure"),
    (600, "Busy Everywhere"),
    (603, "Decline"),
    (604, "Does Not Exist Anywhere"),
    (606, "Not Acceptable"),
    (607, "Unwanted"),
    (608, "Rejected"),
];

#[test]
fn every_registry_code_is_present_with_its_registered_phrase() {
    for (code, phrase) in IANA_REGISTRY {
        let entry = sipstatus::lookup(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(entry.phrase(), phrase, "phrase of {code}");
        assert!(
            entry.status().is_in_registry(),
            "{code} should be in the registry"
        );
    }
}

#[test]
fn codes_outside_the_registry_are_exactly_the_rfc2543_and_local_ones() {
    let registered: HashSet<u16> = IANA_REGISTRY.iter().map(|(c, _)| *c).collect();
    let extra: Vec<(u16, RegistryStatus)> = entries()
        .iter()
        .filter(|e| !registered.contains(&e.code().as_u16()))
        .map(|e| (e.code().as_u16(), e.status()))
        .collect();
    assert_eq!(
        extra,
        [
            (303, RegistryStatus::Obsolete),
            (409, RegistryStatus::Obsolete),
            (411, RegistryStatus::Obsolete),
            (701, RegistryStatus::NonStandard),
        ]
    );
    for (code, phrase) in [
        (303, "See Other"),
        (409, "Conflict"),
        (411, "Length Required"),
        (701, "Party Hangs Up"),
    ] {
        assert_eq!(sipstatus::lookup(code).unwrap().phrase(), phrase);
    }
}

#[test]
fn only_202_is_deprecated() {
    let deprecated: Vec<u16> = entries()
        .iter()
        .filter(|e| e.status() == RegistryStatus::Deprecated)
        .map(|e| e.code().as_u16())
        .collect();
    assert_eq!(deprecated, [202]);
    assert!(
        StatusCode::ACCEPTED
            .entry()
            .unwrap()
            .references()
            .iter()
            .any(|r| r.starts_with("RFC 6665"))
    );
}

/// SCREAMING_SNAKE of a phrase: letters and digits upper-cased, every run of
/// anything else one underscore.
fn snake(phrase: &str) -> String {
    phrase
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_uppercase)
        .collect::<Vec<_>>()
        .join("_")
}

#[test]
fn names_are_the_phrase_in_screaming_snake_case() {
    // A repeated name would be a repeated associated constant, which does not
    // compile; nor do unsorted or repeated codes, or an alias that repeats a
    // phrase (see table.rs and phrase.rs), so no test restates those.
    for entry in entries() {
        if entry.code() == 606 {
            // 406 has the same phrase; 606 applies anywhere.
            assert_eq!(entry.name(), "NOT_ACCEPTABLE_ANYWHERE");
        } else {
            assert_eq!(
                entry.name(),
                snake(entry.phrase()),
                "name of {}",
                entry.code().as_u16()
            );
        }
    }
}

#[test]
fn every_entry_has_short_distinct_descriptions_in_both_languages() {
    for entry in entries() {
        let en = entry.description(Language::English);
        let de = entry.description(Language::German);
        for (lang, text) in [("en", en), ("de", de)] {
            let code = entry.code().as_u16();
            assert!(text.len() >= 30, "{code} {lang} too short: {text}");
            assert!(
                text.ends_with('.'),
                "{code} {lang} must be a sentence: {text}"
            );
            assert!(
                !text.contains(['\n', '\t']),
                "{code} {lang} has a control character"
            );
            let sentences = text.matches(". ").count() + 1;
            assert!(sentences <= 2, "{code} {lang} has {sentences} sentences");
            assert!(text.chars().count() <= 260, "{code} {lang} is too long");
        }
        assert_ne!(en, de, "{} is not translated", entry.code().as_u16());
        for lang in Language::ALL {
            assert_eq!(
                __ffi::description(entry, lang).to_str(),
                Ok(entry.description(lang))
            );
        }
    }
}

#[test]
fn references_name_an_rfc_except_for_the_local_code() {
    for entry in entries() {
        if entry.status() == RegistryStatus::NonStandard {
            assert!(entry.references().is_empty());
            continue;
        }
        assert!(
            !entry.references().is_empty(),
            "{} has no reference",
            entry.code().as_u16()
        );
        for r in entry.references() {
            let rest = r
                .strip_prefix("RFC ")
                .unwrap_or_else(|| panic!("{r} is not an RFC"));
            let number = rest.split(' ').next().unwrap();
            assert!(number.parse::<u16>().is_ok(), "{r}");
            if let Some(section) = rest.split_once(" §").map(|(_, s)| s) {
                assert!(section.split('.').all(|n| n.parse::<u8>().is_ok()), "{r}");
            }
        }
        assert_eq!(
            __ffi::reference(entry).to_str(),
            Ok(entry.references().join("; ").as_str())
        );
        if entry.status() == RegistryStatus::Obsolete {
            assert!(entry.references()[0].starts_with("RFC 2543"));
        }
    }
    for code in [100, 486, 503, 606] {
        assert!(sipstatus::lookup(code).unwrap().references()[0].starts_with("RFC 3261 §21."));
    }
}

#[test]
fn renamed_identity_codes_keep_their_rfc4474_phrase() {
    let renamed: Vec<(u16, &str)> = entries()
        .iter()
        .filter_map(|e| e.former_phrase().map(|f| (e.code().as_u16(), f)))
        .collect();
    assert_eq!(
        renamed,
        [(436, "Bad Identity-Info"), (437, "Unsupported Certificate")]
    );
    for (code, former) in renamed {
        let found = lookup_phrase(former).unwrap();
        assert_eq!(
            (found.code().as_u16(), found.kind()),
            (code, PhraseKind::Former)
        );
    }
}

#[test]
fn every_phrase_and_alias_looks_up_its_own_code() {
    for entry in entries() {
        let found = lookup_phrase(entry.phrase()).unwrap();
        if entry.code() == 606 {
            assert_eq!(
                found.code(),
                StatusCode::NOT_ACCEPTABLE,
                "406 and 606 share a phrase"
            );
        } else {
            assert_eq!(found.code(), entry.code());
        }
        assert!(found.is_canonical());
        for alias in entry.aliases() {
            let found = lookup_phrase(alias).unwrap();
            assert_eq!(found.code(), entry.code(), "alias {alias}");
            assert!(!found.is_canonical(), "alias {alias}");
        }
    }
}

#[test]
fn phrases_other_stacks_and_older_rfcs_use_are_aliases() {
    for (text, code) in [
        ("Declined", 603),
        ("Request URI Too Long", 414),
        ("Bad Identity-Info", 436),
        ("Unsupported Certificate", 437),
        ("Internal Server Error", 500),
        ("Gateway Time-out", 504),
        ("Server Timeout", 504),
        ("Call Leg/Transaction Does Not Exist", 481),
        ("Precondition Failed", 412),
        ("Session Timer Too Small", 422),
    ] {
        let found = lookup_phrase(text).unwrap();
        assert_eq!(found.code(), code, "{text}");
        assert!(!found.is_canonical(), "{text}");
    }
}

#[test]
fn classes_follow_the_first_digit() {
    for entry in entries() {
        let digit = entry.code().as_u16() / 100;
        assert_eq!(entry.class().digit(), digit);
        assert_eq!(StatusClass::from_digit(digit), Some(entry.class()));
    }
    assert_eq!(StatusCode::PARTY_HANGS_UP.class(), StatusClass::Local);
}

#[test]
fn every_status_and_class_in_use_is_listed() {
    for entry in entries() {
        assert!(RegistryStatus::ALL.contains(&entry.status()));
        assert!(StatusClass::ALL.contains(&entry.class()));
    }
    let in_use: HashSet<RegistryStatus> = entries().iter().map(|e| e.status()).collect();
    assert_eq!(
        in_use.len(),
        RegistryStatus::ALL.len(),
        "every status has a code"
    );
}

#[test]
fn the_c_strings_are_the_rust_strings_nul_terminated() {
    for class in StatusClass::ALL {
        assert_eq!(__ffi::class_label(class).to_str(), Ok(class.label()));
    }
    for (i, entry) in entries().iter().enumerate() {
        assert_eq!(__ffi::position(entry.code()), Some(i));
        assert_eq!(__ffi::name(entry).to_str(), Ok(entry.name()));
        assert_eq!(__ffi::phrase(entry).to_str(), Ok(entry.phrase()));
    }
    for n in 100..=799 {
        let code = StatusCode::from_u16(n).unwrap();
        assert_eq!(
            __ffi::position(code).is_some(),
            code.entry().is_some(),
            "{n}"
        );
    }
}

/// Each section below was read in the RFC and states the code's meaning:
/// where a section only registers the number and phrase with IANA (RFC 4412
/// §12.4), the reference names the section that says when the code is sent.
#[test]
fn references_name_the_section_that_defines_the_code() {
    let without: Vec<u16> = entries()
        .iter()
        .filter(|e| e.references().iter().any(|r| !r.contains(" §")))
        .map(|e| e.code().as_u16())
        .collect();
    assert_eq!(without, [] as [u16; 0]);
    for (code, reference) in [
        (199, "RFC 6228 §6"),
        (303, "RFC 2543 §5.1.1"), // its grammar, the only place it appears
        (417, "RFC 4412 §4.6.2"),
        (422, "RFC 4028 §6"),
        (424, "RFC 6442 §4.3"),
        (429, "RFC 3892 §5"),
        (430, "RFC 5626 §11.5"),
        (433, "RFC 5079 §5"),
        (439, "RFC 5626 §11.6"),
        (440, "RFC 5393 §5.3.3"),
        (469, "RFC 6086 §4.2.2"),
        (470, "RFC 5360 §5.9.2"),
        (494, "RFC 3329 §2.3.1"),
        (580, "RFC 3312 §8"),
    ] {
        assert_eq!(sipstatus::lookup(code).unwrap().references()[0], reference);
    }
}

#[test]
fn aliases_are_phrases_sip_sources_use() {
    for (text, code) in [
        ("Request-URI Too Large", 414), // RFC 3261 §25.1, the grammar's comment
        ("Accepted (Deprecated)", 202), // the IANA registry's entry
        ("Request Cancelled", 487),
        ("Request Canceled", 487),
        ("Interval Too Short", 423),
        ("Session in Progress", 183),
        ("Event Package Not Supported", 489),
    ] {
        let found = lookup_phrase(text).unwrap();
        assert_eq!(
            (found.code().as_u16(), found.kind()),
            (code, PhraseKind::Alias),
            "{text}"
        );
    }
    // HTTP's spellings, which no SIP source uses.
    for text in ["Request Time-out", "Gateway Timeout"] {
        assert!(lookup_phrase(text).is_err(), "{text}");
    }
}

#[test]
fn a_former_phrase_is_not_an_alias() {
    for entry in entries() {
        if let Some(former) = entry.former_phrase() {
            assert!(
                !entry.aliases().contains(&former),
                "{}",
                entry.code().as_u16()
            );
        }
    }
}

#[test]
fn descriptions_lead_with_the_defining_case() {
    let en = |code| {
        sipstatus::lookup(code)
            .unwrap()
            .description(Language::English)
    };
    let de = |code| {
        sipstatus::lookup(code)
            .unwrap()
            .description(Language::German)
    };
    // RFC 3892 §5: the refer target sends 429; the referee relays it in a NOTIFY.
    assert!(en(429).starts_with("The refer target"), "{}", en(429));
    assert!(en(429).contains("NOTIFY") && de(429).contains("NOTIFY"));
    // RFC 8224 §6.2.2: 437 is a credential obtained (or held) but not supported.
    assert!(!en(437).contains("cannot obtain"), "{}", en(437));
    assert!(de(437).contains("Berechtigungsnachweis"), "{}", de(437));
    // 428 also covers Identity headers of no supported PASSporT type.
    assert!(en(428).contains("ppt") && de(428).contains("ppt"));
    // RFC 5393 §5.3.3: 440 only when the proxy neither forks serially nor redirects.
    assert!(en(440).contains("redirect") && de(440).contains("umleitet"));
    // 701 is this library's own local code.
    assert!(en(701).contains("sipstatus") && de(701).contains("Gegenstelle"));
}
