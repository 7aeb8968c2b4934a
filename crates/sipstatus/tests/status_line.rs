//! The Status-Line of RFC 3261 §25.1: each rule of the grammar, each error
//! offset, the response cases of the RFC 4475 torture messages, and write →
//! parse round trips.

mod common;

use common::Lcg;
use sipstatus::{
    Expected, ParseMode, PhraseKind, StatusCode, StatusLine, StatusLineError, entries,
};

fn strict(line: &[u8]) -> Result<StatusLine<'_>, StatusLineError> {
    StatusLine::parse_strict(line)
}

fn lenient(line: &[u8]) -> Result<StatusLine<'_>, StatusLineError> {
    StatusLine::parse(line)
}

fn unexpected(offset: usize, byte: u8, expected: Expected) -> StatusLineError {
    StatusLineError::UnexpectedByte {
        offset,
        byte,
        expected,
    }
}

fn incomplete(offset: usize, expected: Expected) -> StatusLineError {
    StatusLineError::Incomplete { offset, expected }
}

/// Both modes agree on every line the strict grammar accepts.
fn both(line: &[u8]) -> StatusLine<'_> {
    let a = strict(line).unwrap_or_else(|e| panic!("strict {line:?}: {e}"));
    let b = lenient(line).unwrap_or_else(|e| panic!("lenient {line:?}: {e}"));
    assert_eq!(a, b, "{line:?}");
    a
}

#[test]
fn a_plain_line_with_and_without_its_crlf() {
    for (line, len) in [
        (&b"SIP/2.0 486 Busy Here\r\n"[..], 23),
        (b"SIP/2.0 486 Busy Here", 21),
    ] {
        let parsed = both(line);
        assert_eq!(parsed.version(), "SIP/2.0");
        assert_eq!(parsed.code(), StatusCode::BUSY_HERE);
        assert_eq!(parsed.reason(), b"Busy Here");
        assert_eq!(parsed.reason_str(), Some("Busy Here"));
        assert_eq!(parsed.kind(), PhraseKind::Canonical);
        assert_eq!(parsed.len(), len);
    }
}

#[test]
fn the_first_line_of_a_whole_message() {
    let message = b"SIP/2.0 180 Ringing\r\nVia: SIP/2.0/UDP pc33.example.com\r\n\r\n";
    let line = both(message);
    assert_eq!(line.code(), StatusCode::RINGING);
    assert_eq!(&message[line.len()..line.len() + 4], b"Via:");
}

#[test]
fn sip_version_is_sip_slash_digits_dot_digits() {
    for version in ["SIP/2.0", "SIP/3.14", "SIP/12.0", "SIP/0.0"] {
        let line = format!("{version} 200 OK");
        assert_eq!(both(line.as_bytes()).version(), version);
    }
    // RFC 3261 §7.1: senders write it in upper case; strict holds them to it.
    assert_eq!(
        strict(b"sip/2.0 200 OK"),
        Err(unexpected(0, b's', Expected::SipVersion))
    );
    assert_eq!(
        strict(b"SIp/2.0 200 OK"),
        Err(unexpected(2, b'p', Expected::SipVersion))
    );
    assert_eq!(lenient(b"sip/2.0 200 OK").unwrap().version(), "sip/2.0");
    assert_eq!(lenient(b"Sip/2.0 200 OK").unwrap().version(), "Sip/2.0");
}

#[test]
fn version_errors_name_their_offset() {
    let cases: [(&[u8], StatusLineError); 9] = [
        (b"", incomplete(0, Expected::SipVersion)),
        (b"SI", incomplete(2, Expected::SipVersion)),
        (
            b"HTTP/1.1 200 OK",
            unexpected(0, b'H', Expected::SipVersion),
        ),
        (b"SIP 2.0 200 OK", unexpected(3, b' ', Expected::SipVersion)),
        (b"SIP/", incomplete(4, Expected::Digit)),
        (b"SIP/.0 200 OK", unexpected(4, b'.', Expected::Digit)),
        (b"SIP/2 200 OK", unexpected(5, b' ', Expected::DigitOrDot)),
        (b"SIP/2. 200 OK", unexpected(6, b' ', Expected::Digit)),
        (b"SIP/2.0", incomplete(7, Expected::Space)),
    ];
    for (line, error) in cases {
        assert_eq!(strict(line), Err(error), "strict {line:?}");
        assert_eq!(lenient(line), Err(error), "lenient {line:?}");
        assert_eq!(error.offset(), error_offset(&error));
    }
}

fn error_offset(error: &StatusLineError) -> usize {
    match *error {
        StatusLineError::Incomplete { offset, .. }
        | StatusLineError::UnexpectedByte { offset, .. }
        | StatusLineError::CodeOutOfRange { offset, .. } => offset,
        _ => unreachable!("a new error variant"),
    }
}

#[test]
fn status_code_is_three_digits_from_100_to_799() {
    for code in [100u16, 199, 486, 699, 700, 799] {
        let line = format!("SIP/2.0 {code} x");
        assert_eq!(both(line.as_bytes()).code().as_u16(), code);
    }
    let cases: [(&[u8], StatusLineError); 8] = [
        (b"SIP/2.0 ", incomplete(8, Expected::Digit)),
        (b"SIP/2.0 48", incomplete(10, Expected::Digit)),
        (b"SIP/2.0 4x6 x", unexpected(9, b'x', Expected::Digit)),
        (b"SIP/2.0 48 x", unexpected(10, b' ', Expected::Digit)),
        (
            b"SIP/2.0 099 x",
            StatusLineError::CodeOutOfRange {
                offset: 8,
                code: 99,
            },
        ),
        (
            b"SIP/2.0 800 x",
            StatusLineError::CodeOutOfRange {
                offset: 8,
                code: 800,
            },
        ),
        (
            b"SIP/2.0 000 x",
            StatusLineError::CodeOutOfRange { offset: 8, code: 0 },
        ),
        (b"SIP/2.0 4860 x", unexpected(11, b'0', Expected::Space)),
    ];
    for (line, error) in cases {
        assert_eq!(strict(line), Err(error), "strict {line:?}");
        assert_eq!(lenient(line), Err(error), "lenient {line:?}");
    }
}

#[test]
fn fields_are_separated_by_one_space_when_strict() {
    assert_eq!(
        strict(b"SIP/2.0  200 OK"),
        Err(unexpected(8, b' ', Expected::Digit))
    );
    assert_eq!(
        strict(b"SIP/2.0\t200 OK"),
        Err(unexpected(7, b'\t', Expected::Space))
    );
    assert_eq!(
        strict(b"SIP/2.0 200\tOK"),
        Err(unexpected(11, b'\t', Expected::Space))
    );
    // A second space belongs to the phrase, which may start with one.
    assert_eq!(strict(b"SIP/2.0 200  OK").unwrap().reason(), b" OK");
}

#[test]
fn lenient_takes_runs_of_spaces_and_tabs() {
    let line = lenient(b"SIP/2.0 \t 200\t \tOK\r\n").unwrap();
    assert_eq!(line.code(), StatusCode::OK);
    assert_eq!(line.reason(), b"OK");
    assert_eq!(line.len(), 20);
}

#[test]
fn the_reason_phrase_may_be_empty() {
    let line = both(b"SIP/2.0 200 \r\n");
    assert_eq!(line.reason(), b"");
    assert_eq!(line.kind(), PhraseKind::Empty);
    // Without the space, only lenient: oSIP once took the next line as the
    // phrase here.
    assert_eq!(
        strict(b"SIP/2.0 488\r\nVia: x\r\n"),
        Err(unexpected(11, b'\r', Expected::Space))
    );
    assert_eq!(strict(b"SIP/2.0 488"), Err(incomplete(11, Expected::Space)));
    for line in [
        &b"SIP/2.0 488\r\nVia: x\r\n"[..],
        b"SIP/2.0 488\nVia: x\n",
        b"SIP/2.0 488",
    ] {
        let parsed = lenient(line).unwrap();
        assert_eq!(parsed.reason(), b"", "{line:?}");
        assert_eq!(parsed.kind(), PhraseKind::Empty);
        assert!(!line[parsed.len()..].starts_with(b"\n"), "{line:?}");
    }
    // Blank is empty too; strict keeps the spaces after the first as the
    // phrase, lenient takes them as the separator.
    assert_eq!(strict(b"SIP/2.0 200    ").unwrap().reason(), b"   ");
    assert_eq!(
        strict(b"SIP/2.0 200    ").unwrap().kind(),
        PhraseKind::Empty
    );
    assert_eq!(lenient(b"SIP/2.0 200    ").unwrap().reason(), b"");
}

#[test]
fn reason_phrase_alphabet() {
    // reserved, unreserved (alphanum and mark), escaped, SP, HTAB.
    let all = b"SIP/2.0 200 ;/?:@&=+$, azAZ09 -_.!~*'() %41%7e\tx";
    assert_eq!(both(all).reason(), &all[12..]);
    for byte in *b"\"#<>[\\]^`{|}\x00\x01\x1f\x7f" {
        let mut line = b"SIP/2.0 200 OK".to_vec();
        line.push(byte);
        assert_eq!(
            strict(&line),
            Err(unexpected(14, byte, Expected::ReasonPhrase)),
            "{byte:#x}"
        );
        // Lenient takes every byte but CR and LF.
        assert_eq!(lenient(&line).unwrap().reason().len(), 3);
    }
}

#[test]
fn escapes_need_two_hex_digits() {
    assert_eq!(
        strict(b"SIP/2.0 200 100%"),
        Err(incomplete(16, Expected::HexDigit))
    );
    assert_eq!(
        strict(b"SIP/2.0 200 100%4"),
        Err(incomplete(17, Expected::HexDigit))
    );
    assert_eq!(
        strict(b"SIP/2.0 200 100%4g"),
        Err(unexpected(17, b'g', Expected::HexDigit))
    );
    assert_eq!(
        strict(b"SIP/2.0 200 %zz"),
        Err(unexpected(13, b'z', Expected::HexDigit))
    );
    assert_eq!(lenient(b"SIP/2.0 200 100%").unwrap().reason(), b"100%");
}

#[test]
fn utf8_follows_the_grammar_octet_by_octet() {
    assert_eq!(
        both("SIP/2.0 200 Très bien – 好".as_bytes()).reason_str(),
        Some("Très bien – 好")
    );
    // UTF8-CONT may stand alone; FE and FF may not appear at all.
    assert_eq!(both(b"SIP/2.0 200 \x80\xbf").reason(), b"\x80\xbf");
    assert_eq!(
        both(b"SIP/2.0 200 \xfd\x80\x80\x80\x80\x80").reason().len(),
        6
    );
    assert_eq!(
        strict(b"SIP/2.0 200 \xc3x"),
        Err(unexpected(13, b'x', Expected::Utf8Continuation))
    );
    assert_eq!(
        strict(b"SIP/2.0 200 \xe2\x80"),
        Err(incomplete(14, Expected::Utf8Continuation))
    );
    assert_eq!(
        strict(b"SIP/2.0 200 \xff"),
        Err(unexpected(12, 0xff, Expected::ReasonPhrase))
    );
    let odd = lenient(b"SIP/2.0 200 \xff").unwrap();
    assert_eq!(odd.reason_str(), None);
    assert_eq!(odd.kind(), PhraseKind::Custom);
    assert_eq!(odd.to_string(), "SIP/2.0 200 \u{fffd}");
}

#[test]
fn line_ends() {
    assert_eq!(
        strict(b"SIP/2.0 200 OK\n"),
        Err(unexpected(14, b'\n', Expected::ReasonPhrase))
    );
    assert_eq!(lenient(b"SIP/2.0 200 OK\nx").unwrap().len(), 15);
    for parse in [strict, lenient] {
        assert_eq!(
            parse(b"SIP/2.0 200 OK\r"),
            Err(incomplete(15, Expected::LineFeed))
        );
        assert_eq!(
            parse(b"SIP/2.0 200 OK\rX"),
            Err(unexpected(15, b'X', Expected::LineFeed))
        );
        assert_eq!(parse(b"SIP/2.0 200 OK\r\n\r\n").unwrap().len(), 16);
    }
}

#[test]
fn parse_with_picks_the_mode() {
    let line = b"sip/2.0 200 OK";
    assert!(StatusLine::parse_with(line, ParseMode::Strict).is_err());
    assert!(StatusLine::parse_with(line, ParseMode::Lenient).is_ok());
    assert_eq!(ParseMode::default(), ParseMode::Lenient);
}

#[test]
fn the_phrase_is_related_to_the_code() {
    let kind = |line: &str| lenient(line.as_bytes()).unwrap().kind();
    assert_eq!(kind("SIP/2.0 486 Busy Here"), PhraseKind::Canonical);
    assert_eq!(kind("SIP/2.0 486 BUSY   here"), PhraseKind::Canonical);
    assert_eq!(kind("SIP/2.0 606 Not Acceptable"), PhraseKind::Canonical);
    assert_eq!(kind("SIP/2.0 406 Not Acceptable"), PhraseKind::Canonical);
    assert_eq!(kind("SIP/2.0 436 Bad Identity-Info"), PhraseKind::Former);
    assert_eq!(
        kind("SIP/2.0 480 Temporarily not available"),
        PhraseKind::Alias
    );
    assert_eq!(kind("SIP/2.0 486 Out to lunch"), PhraseKind::Custom);
    assert_eq!(kind("SIP/2.0 486 Decline"), PhraseKind::Custom);
    assert_eq!(kind("SIP/2.0 499 Busy Here"), PhraseKind::Custom);
    assert_eq!(kind("SIP/2.0 499 "), PhraseKind::Empty);
}

/// RFC 4475's torture messages that are responses: "unreason" (an unusual
/// reason phrase), "noreason" (an empty one) and "bigcode" (an overlarge
/// status code).
#[test]
fn rfc_4475_responses() {
    let unreason = "SIP/2.0 200 = 2**3 * 5**2 но сто девяносто девять - простое\r\n\
                    Via: SIP/2.0/UDP 192.0.2.198;branch=z9hG4bK1324923\r\n";
    let line = both(unreason.as_bytes());
    assert_eq!(line.code(), StatusCode::OK);
    assert_eq!(
        line.reason_str(),
        Some("= 2**3 * 5**2 но сто девяносто девять - простое")
    );
    assert_eq!(line.kind(), PhraseKind::Custom);

    let noreason = b"SIP/2.0 100 \r\nVia: SIP/2.0/UDP 192.0.2.105;branch=z9hG4bK2398ndaoe\r\n";
    let line = both(noreason);
    assert_eq!(
        (line.code(), line.kind()),
        (StatusCode::TRYING, PhraseKind::Empty)
    );
    assert_eq!(line.len(), 14);

    let bigcode = b"SIP/2.0 4294967301 better not break the receiver\r\n";
    for parse in [strict, lenient] {
        assert_eq!(parse(bigcode), Err(unexpected(11, b'4', Expected::Space)));
    }
}

#[test]
fn for_code_writes_the_registered_phrase_or_the_class() {
    for entry in entries() {
        let line = StatusLine::for_code(entry.code());
        assert_eq!(line.to_string(), format!("SIP/2.0 {}", entry.code()));
        assert_eq!(line.kind(), PhraseKind::Canonical);
    }
    let unknown = StatusCode::from_u16(799).unwrap();
    assert_eq!(
        StatusLine::for_code(unknown).to_string(),
        "SIP/2.0 799 Local"
    );
}

#[test]
fn every_code_round_trips() {
    for n in 100..=799u16 {
        let code = StatusCode::from_u16(n).unwrap();
        let line = StatusLine::for_code(code);
        let mut wire = Vec::new();
        line.write_to(&mut wire).unwrap();
        assert_eq!(wire.len(), line.len());
        let back = strict(&wire).unwrap();
        assert_eq!(back, line, "{n}");
        assert_eq!(format!("{back}\r\n").as_bytes(), wire);
    }
}

#[test]
fn random_phrases_round_trip_and_bad_ones_are_refused() {
    const PIECES: [&str; 12] = [
        "a", "Z", "9", " ", "\t", "%2F", ";", "é", "好", "(", "~", "'",
    ];
    let mut rng = Lcg(7);
    for _ in 0..5000 {
        let mut phrase = String::new();
        for _ in 0..rng.next() % 12 {
            phrase.push_str(PIECES[rng.next() as usize % PIECES.len()]);
        }
        let code = StatusCode::from_u16(100 + (rng.next() % 700) as u16).unwrap();
        let line = StatusLine::new(code, &phrase).unwrap();
        let mut wire = Vec::new();
        line.write_to(&mut wire).unwrap();
        let back = strict(&wire).unwrap();
        assert_eq!(back, line, "{phrase:?}");
        assert_eq!(back.reason_str(), Some(phrase.as_str()));
        assert_eq!(lenient(&wire).unwrap().code(), code);
    }
    for (phrase, error) in [
        (
            "Busy\r\nVia: x",
            unexpected(4, b'\r', Expected::ReasonPhrase),
        ),
        ("Busy\n", unexpected(4, b'\n', Expected::ReasonPhrase)),
        ("50%", incomplete(3, Expected::HexDigit)),
        ("<sip:x>", unexpected(0, b'<', Expected::ReasonPhrase)),
    ] {
        assert_eq!(
            StatusLine::new(StatusCode::OK, phrase),
            Err(error),
            "{phrase:?}"
        );
    }
}

#[test]
fn writes_into_any_fmt_writer() {
    let line = StatusLine::new(StatusCode::BUSY_HERE, "Out to lunch").unwrap();
    let mut text = String::new();
    line.write_fmt_to(&mut text).unwrap();
    assert_eq!(text, "SIP/2.0 486 Out to lunch");
    assert_eq!(line.len(), text.len() + 2);
}

#[test]
fn errors_read_well() {
    assert_eq!(
        strict(b"SIP/2.0 200 OK\n").unwrap_err().to_string(),
        "status line has byte 0x0a at offset 14: expected a reason-phrase character or the line end"
    );
    assert_eq!(
        strict(b"SIP/2.0").unwrap_err().to_string(),
        "status line ends at offset 7: expected a space"
    );
    assert_eq!(
        strict(b"SIP/2.0 900 x").unwrap_err().to_string(),
        "status code 900 at offset 8 is out of range: SIP status codes are 100 to 799"
    );
}
