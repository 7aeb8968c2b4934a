//! The status-line parser, strict and lenient, against a reference model of
//! the strict grammar written the plain way (cut the line at its end first,
//! then match the fields), and against its own writer.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sipstatus::{StatusCode, StatusLine};

/// What the strict grammar makes of the input: the version's length, the
/// code, the phrase's range and the bytes the line takes.
#[derive(Debug, PartialEq, Eq)]
struct Model {
    version_len: usize,
    code: u16,
    phrase: (usize, usize),
    len: usize,
}

/// RFC 3261 §25.1, read directly.
fn model_strict(input: &[u8]) -> Option<Model> {
    // The line: up to the first CR or LF, which must be a CRLF; or all of it.
    let (line, len) = match input.iter().position(|&b| b == b'\r' || b == b'\n') {
        None => (input, input.len()),
        Some(i) if input.get(i..i + 2) == Some(b"\r\n") => (&input[..i], i + 2),
        Some(_) => return None,
    };
    let rest = line.strip_prefix(b"SIP/")?;
    let major = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if major == 0 || rest.get(major) != Some(&b'.') {
        return None;
    }
    let rest = &rest[major + 1..];
    let minor = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if minor == 0 {
        return None;
    }
    let version_len = 4 + major + 1 + minor;
    let rest = rest[minor..].strip_prefix(b" ")?;
    let digits = rest.get(..3)?;
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let code = digits
        .iter()
        .fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
    if !(100..=799).contains(&code) {
        return None;
    }
    let phrase = rest[3..].strip_prefix(b" ")?;
    if !phrase_ok(phrase) {
        return None;
    }
    let start = version_len + 5;
    Some(Model {
        version_len,
        code,
        phrase: (start, start + phrase.len()),
        len,
    })
}

/// Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII /
/// UTF8-CONT / SP / HTAB)
fn phrase_ok(phrase: &[u8]) -> bool {
    let mut i = 0;
    while i < phrase.len() {
        let b = phrase[i];
        let follow = match b {
            b'%' => {
                if !phrase
                    .get(i + 1..i + 3)
                    .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
                {
                    return false;
                }
                i += 3;
                continue;
            }
            _ if b.is_ascii_alphanumeric() => 0,
            _ if b";/?:@&=+$,-_.!~*'() \t".contains(&b) => 0,
            0x80..=0xbf => 0,
            0xc0..=0xdf => 1,
            0xe0..=0xef => 2,
            0xf0..=0xf7 => 3,
            0xf8..=0xfb => 4,
            0xfc..=0xfd => 5,
            _ => return false,
        };
        for k in 1..=follow {
            if !phrase.get(i + k).is_some_and(|c| (0x80..=0xbf).contains(c)) {
                return false;
            }
        }
        i += 1 + follow;
    }
    true
}

fuzz_target!(|input: &[u8]| {
    let strict = StatusLine::parse_strict(input);
    let lenient = StatusLine::parse(input);
    let model = model_strict(input);

    match (&strict, &model) {
        (Ok(line), Some(model)) => {
            let phrase = line.reason();
            let start = phrase.as_ptr() as usize - input.as_ptr() as usize;
            assert_eq!(line.version().len(), model.version_len);
            assert_eq!(line.code().as_u16(), model.code);
            assert_eq!((start, start + phrase.len()), model.phrase);
            assert_eq!(line.len(), model.len);
        }
        (Err(error), None) => assert!(error.offset() <= input.len()),
        _ => panic!("strict parser {strict:?} and model {model:?} disagree"),
    }
    if let Err(error) = &lenient {
        assert!(error.offset() <= input.len());
    }

    if let Ok(line) = strict {
        // What strict takes, lenient takes the same way, but for the white
        // space that lenient counts as the separator.
        let loose = lenient.expect("lenient takes every strict line");
        assert_eq!(loose.code(), line.code());
        assert_eq!(loose.len(), line.len());
        let trimmed = line
            .reason()
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t'));
        assert_eq!(
            loose.reason(),
            &line.reason()[trimmed.unwrap_or(line.reason().len())..]
        );

        // Written back, it parses to itself.
        if let Some(text) = line.reason_str() {
            let again = StatusLine::new(line.code(), text).expect("a strict phrase can be written");
            let mut wire = Vec::new();
            again.write_to(&mut wire).unwrap();
            assert_eq!(StatusLine::parse_strict(&wire).unwrap(), again);
            assert_eq!(again.kind(), line.kind());
        }
    } else if let Ok(line) = lenient {
        assert!(line.len() <= input.len());
        assert!(StatusCode::from_u16(line.code().as_u16()).is_ok());
    }
});
