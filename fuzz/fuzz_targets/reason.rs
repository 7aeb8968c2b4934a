//! The Reason-header parser: every value it reads writes back to text that
//! parses to the same value, its text unescapes the same way through every
//! road, and errors point inside the input.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sipstatus::{ReasonText, ReasonValue, ReasonValues};

fuzz_target!(|input: &[u8]| {
    let mut values = ReasonValues::new(input);
    let mut count = 0;
    while let Some(value) = values.next() {
        count += 1;
        assert!(values.offset() <= input.len());
        let value = match value {
            Ok(value) => value,
            Err(error) => {
                assert!(error.offset() <= input.len(), "{error:?}");
                assert!(values.next().is_none(), "the iterator ends after an error");
                break;
            }
        };
        assert!(!value.raw().is_empty());
        if let Some(text) = value.text() {
            let pieces: String = text.pieces().collect();
            assert_eq!(text.to_cow(), pieces);
            assert_eq!(text.unescaped_len(), pieces.len());
            if let Some(wire) = text.wire() {
                let again = ReasonText::from_wire(wire.as_bytes()).expect("a parsed text is valid");
                assert_eq!(again, text);
            }
        }
        let written = value.to_string();
        let back = ReasonValue::parse_one(written.as_bytes())
            .unwrap_or_else(|e| panic!("{written:?} does not parse: {e}"));
        assert_eq!(back, value, "{written:?}");
        assert_eq!(back.to_string(), written);
    }
    assert!(count <= input.len() + 1);
});
