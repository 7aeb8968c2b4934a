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
        "\x0cBusy\x0c\x0cHere\x0c",
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
        // Only space, tab, CR, LF and form feed fold: not vertical tab, not
        // no-break space.
        "Busy\x0bHere",
        "\x0bBusy Here",
        "Busy\u{a0}Here",
        "\u{a0}Busy Here",
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

/// The model the fast lookup must agree with: fold white space with
/// `split_ascii_whitespace`, then scan every phrase and alias ignoring case.
fn model(text: &str) -> Option<u16> {
    let folded = text.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    sipstatus::entries()
        .iter()
        .find(|e| {
            e.phrase().eq_ignore_ascii_case(&folded)
                || e.aliases().iter().any(|a| a.eq_ignore_ascii_case(&folded))
        })
        .map(|e| e.code().as_u16())
}

#[test]
fn agrees_with_a_plain_scan_on_mutated_phrases() {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let texts: Vec<&str> = sipstatus::entries()
        .iter()
        .flat_map(|e| std::iter::once(e.phrase()).chain(e.aliases().iter().copied()))
        .collect();
    let noise = [
        " ", "  ", "\t", "\0", "-", "_", "x", "é", "@", "`", "\r\n", "Z",
    ];
    let mut checked = 0;
    for _ in 0..200_000 {
        let mut bytes: Vec<u8> = texts[next(texts.len())].bytes().collect();
        for _ in 0..next(4) {
            let at = next(bytes.len() + 1);
            match next(4) {
                0 if at < bytes.len() => bytes[at] ^= 0x20,
                1 if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => {
                    let piece = noise[next(noise.len())].as_bytes();
                    bytes.splice(at..at, piece.iter().copied());
                }
            }
        }
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let expected = model(&text);
        let got = lookup_phrase(&text).ok().map(|m| m.code().as_u16());
        // 606 shares 406's phrase; the lookup answers 406 as the model does.
        assert_eq!(got, expected, "{text:?}");
        assert_eq!(
            lookup_phrase_bytes(text.as_bytes())
                .ok()
                .map(|m| m.code().as_u16()),
            expected
        );
        checked += 1;
    }
    assert!(checked > 100_000);
}
