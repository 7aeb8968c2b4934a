//! Reverse lookup: tolerant where people are sloppy, exact where it matters.

use sipstatus::{
    MAX_PHRASE_LEN, PhraseError, PhraseKind, StatusCode, lookup_phrase, lookup_phrase_bytes,
};

#[test]
fn ignores_case_and_folds_white_space() {
    for text in [
        "Busy Here",
        "busy here",
        "BUSY HERE",
        "  Busy   Here  ",
        "\tbusy\t\there\r\n",
        "bUsY hErE",
    ] {
        let found = lookup_phrase(text).unwrap();
        assert_eq!(found.code(), StatusCode::BUSY_HERE, "{text:?}");
        assert_eq!(found.kind(), PhraseKind::Canonical, "{text:?}");
    }
}

#[test]
fn does_not_guess() {
    for text in [
        "Busy",
        "Busy Here!",
        "BusyHere",
        "Busy-Here",
        "Busy Here Now",
        "486",
        "Busy Hére",
    ] {
        assert_eq!(lookup_phrase(text), Err(PhraseError::Unknown), "{text:?}");
    }
}

#[test]
fn empty_and_blank_text_is_its_own_error() {
    for text in ["", " ", "\t\r\n  "] {
        assert_eq!(lookup_phrase(text), Err(PhraseError::Empty), "{text:?}");
    }
}

#[test]
fn overlong_text_is_rejected_without_reading_into_a_buffer_overflow() {
    let at_limit = "x".repeat(MAX_PHRASE_LEN);
    assert_eq!(lookup_phrase(&at_limit), Err(PhraseError::Unknown));
    let over = "x".repeat(MAX_PHRASE_LEN + 1);
    assert_eq!(
        lookup_phrase(&over),
        Err(PhraseError::TooLong {
            max: MAX_PHRASE_LEN
        })
    );
    let huge = "a".repeat(64 << 20);
    assert_eq!(
        lookup_phrase(&huge),
        Err(PhraseError::TooLong {
            max: MAX_PHRASE_LEN
        })
    );
    // White space does not count: a megabyte of it around a phrase still matches.
    let padded = format!("{0}Busy{0}Here{0}", " ".repeat(1 << 20));
    assert_eq!(
        lookup_phrase(&padded).map(|m| m.code()),
        Ok(StatusCode::BUSY_HERE)
    );
}

#[test]
fn the_longest_phrase_fits() {
    let longest = "Push Notification Service Not Supported";
    assert_eq!(longest.len(), MAX_PHRASE_LEN);
    assert_eq!(lookup_phrase(longest).unwrap().code(), 555);
}

#[test]
fn bytes_must_be_utf8() {
    assert_eq!(
        lookup_phrase_bytes(b"Busy Here").unwrap().code(),
        StatusCode::BUSY_HERE
    );
    assert_eq!(
        lookup_phrase_bytes(b"\xff"),
        Err(PhraseError::InvalidUtf8 { valid_up_to: 0 })
    );
    assert_eq!(
        lookup_phrase_bytes(b"Busy \xc3"),
        Err(PhraseError::InvalidUtf8 { valid_up_to: 5 })
    );
    assert_eq!(lookup_phrase_bytes(b""), Err(PhraseError::Empty));
}

#[test]
fn errors_say_what_was_wrong() {
    assert_eq!(
        PhraseError::Unknown.to_string(),
        "unknown reason phrase: not a registered phrase or a known alias"
    );
    assert!(PhraseError::TooLong { max: 39 }.to_string().contains("39"));
    assert!(
        PhraseError::InvalidUtf8 { valid_up_to: 5 }
            .to_string()
            .contains('5')
    );
}

#[test]
fn from_phrase_is_lookup_without_the_kind() {
    assert_eq!(StatusCode::from_phrase("Declined"), Ok(StatusCode::DECLINE));
    assert_eq!(StatusCode::from_phrase("nope"), Err(PhraseError::Unknown));
}
