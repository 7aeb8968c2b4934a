//! The Reason header of RFC 3326 §2, with the Q.850 causes of RFC 6432 and
//! the `location` of RFC 8606: each rule, each error offset, white space and
//! folding, and write → parse round trips.

mod common;

use common::Lcg;
use sipstatus::{
    Expected, Param, Protocol, ReasonError, ReasonText, ReasonValue, ReasonValues, StatusCode,
    entries,
};

fn all(header: &[u8]) -> Result<Vec<ReasonValue<'_>>, ReasonError> {
    ReasonValues::new(header).collect()
}

fn unexpected(offset: usize, byte: u8, expected: Expected) -> ReasonError {
    ReasonError::UnexpectedByte {
        offset,
        byte,
        expected,
    }
}

fn incomplete(offset: usize, expected: Expected) -> ReasonError {
    ReasonError::Incomplete { offset, expected }
}

#[test]
fn the_example_of_rfc_3326() {
    let values = all(br#"SIP ;cause=200 ;text="Call completed elsewhere""#).unwrap();
    assert_eq!(values.len(), 1);
    let value = values[0];
    assert_eq!(value.protocol(), Protocol::Sip);
    assert_eq!(value.cause(), Some(200));
    assert_eq!(value.status_code(), Some(StatusCode::OK));
    assert_eq!(
        value.text().unwrap().as_str(),
        Some("Call completed elsewhere")
    );
    assert_eq!(value.location(), None);
    assert_eq!(value.params().count(), 0);

    let q850 = ReasonValue::parse_one(br#"Q.850 ;cause=16 ;text="Terminated""#).unwrap();
    assert_eq!((q850.protocol(), q850.cause()), (Protocol::Q850, Some(16)));
    assert_eq!(q850.status_code(), None);
}

#[test]
fn several_values_and_several_lines() {
    let header = br#"SIP;cause=480;text="Temporarily Unavailable", Q.850;cause=18;text="No user responding""#;
    let values = all(header).unwrap();
    assert_eq!(values.len(), 2);
    assert_eq!(
        values[0].status_code(),
        Some(StatusCode::TEMPORARILY_UNAVAILABLE)
    );
    assert_eq!(values[1].cause(), Some(18));
    assert_eq!(values[1].text().unwrap().to_string(), "No user responding");
    assert_eq!(values[0].raw(), &header[..44]);

    let lines: [&[u8]; 3] = [
        b"Reason: SIP;cause=487",
        b"reason:Q.850;cause=31\r\n",
        b"STIR;cause=438;text=\"Invalid Identity Header\"",
    ];
    let values: Vec<_> = ReasonValues::lines(lines)
        .collect::<Result<_, _>>()
        .unwrap();
    let protocols: Vec<_> = values.iter().map(ReasonValue::protocol).collect();
    assert_eq!(
        protocols,
        [Protocol::Sip, Protocol::Q850, Protocol::Other("STIR")]
    );
}

#[test]
fn tokens_and_names_ignore_case_quoted_strings_keep_it() {
    let value = ReasonValue::parse_one(br#"sip;CAUSE=486;Text="Busy HERE";LOCATION=ln"#).unwrap();
    assert_eq!(value.protocol(), Protocol::Sip);
    assert_eq!(value.protocol_str(), "sip");
    assert_eq!(value.cause(), Some(486));
    assert_eq!(value.text().unwrap().as_str(), Some("Busy HERE"));
    assert_eq!(value.location(), Some("ln"));
    assert_eq!(Protocol::from_token("q.850"), Protocol::Q850);
    assert_eq!(Protocol::from_token("Q850"), Protocol::Other("Q850"));
}

#[test]
fn white_space_and_folding_where_the_grammar_allows() {
    let header = b"  SIP \t; cause \r\n = 486\r\n\t;\n text= \"Busy\"  ,\r\n Q.850 ;cause=17  \r\n";
    let values = all(header).unwrap();
    assert_eq!(values.len(), 2);
    assert_eq!(values[0].cause(), Some(486));
    assert_eq!(values[0].text().unwrap().as_str(), Some("Busy"));
    assert_eq!(values[1].cause(), Some(17));
    // A line break without white space after it ends the header.
    assert_eq!(
        all(b"SIP;cause=486\r\nVia: x"),
        Err(unexpected(13, b'\r', Expected::SemicolonOrComma))
    );
}

#[test]
fn location_and_other_parameters() {
    let value = ReasonValue::parse_one(
        br#"Q.850;cause=34;location=RLN;x-a=[2001:db8::1];x-b="q \"x\"";flag;x-c=host.example"#,
    )
    .unwrap();
    assert_eq!(value.location(), Some("RLN"));
    let params: Vec<_> = value.params().map(|p| (p.name(), p.value())).collect();
    assert_eq!(
        params,
        [
            ("x-a", Some("[2001:db8::1]")),
            ("x-b", Some(r#""q \"x\"""#)),
            ("flag", None),
            ("x-c", Some("host.example")),
        ]
    );
}

#[test]
fn quoted_text_is_unescaped_on_demand() {
    let value = ReasonValue::parse_one(br#"SIP;text="a \"b\" \\ c""#).unwrap();
    let text = value.text().unwrap();
    assert_eq!(text.as_str(), None);
    assert_eq!(text.wire(), Some(r#"a \"b\" \\ c"#));
    assert_eq!(text.to_string(), r#"a "b" \ c"#);
    assert_eq!(text.to_cow(), r#"a "b" \ c"#);
    assert_eq!(text.unescaped_len(), 9);

    let folded = ReasonValue::parse_one(b"SIP;text=\"one  \r\n  two\"").unwrap();
    assert_eq!(folded.text().unwrap().to_string(), "one two");

    let utf8 = ReasonValue::parse_one("Q.850;cause=17;text=\"Besetzt – bitte später\"".as_bytes())
        .unwrap();
    assert_eq!(
        utf8.text().unwrap().as_str(),
        Some("Besetzt – bitte später")
    );
    assert_eq!(
        ReasonValue::parse_one(br#"SIP;text="""#)
            .unwrap()
            .text()
            .unwrap()
            .as_str(),
        Some("")
    );
}

#[test]
fn errors_name_their_offset() {
    let cases: [(&[u8], ReasonError); 22] = [
        (b"", incomplete(0, Expected::Token)),
        (b"   ", incomplete(3, Expected::Token)),
        (b";cause=1", unexpected(0, b';', Expected::Token)),
        (b"SIP;", incomplete(4, Expected::Token)),
        (b"SIP;;", unexpected(4, b';', Expected::Token)),
        (
            b"SIP cause=1",
            unexpected(4, b'c', Expected::SemicolonOrComma),
        ),
        (b"SIP;cause", incomplete(9, Expected::Equals)),
        (
            b"SIP;cause;text=\"x\"",
            unexpected(9, b';', Expected::Equals),
        ),
        (b"SIP;cause=", incomplete(10, Expected::Digit)),
        (
            b"SIP;cause=4x",
            unexpected(11, b'x', Expected::SemicolonOrComma),
        ),
        (b"SIP;cause=-1", unexpected(10, b'-', Expected::Digit)),
        (
            b"SIP;cause=99999999999",
            ReasonError::CauseTooLarge { offset: 10 },
        ),
        (b"SIP;text=Busy", unexpected(9, b'B', Expected::Quote)),
        (b"SIP;text=\"Busy", incomplete(14, Expected::Quote)),
        (b"SIP;text=\"a\\", incomplete(12, Expected::QuotedPair)),
        (
            b"SIP;text=\"a\\\r\"",
            unexpected(12, b'\r', Expected::QuotedPair),
        ),
        (
            b"SIP;text=\"a\x01\"",
            unexpected(11, 0x01, Expected::QuotedText),
        ),
        (
            b"SIP;text=\"a\r\nb\"",
            unexpected(11, b'\r', Expected::QuotedText),
        ),
        (
            b"SIP;text=\"\xff\"",
            ReasonError::InvalidUtf8 { offset: 10 },
        ),
        (
            b"SIP;cause=1;CAUSE=2",
            ReasonError::DuplicateParam { offset: 12 },
        ),
        (b"SIP;x=[zz]", unexpected(7, b'z', Expected::Ipv6Reference)),
        (b"SIP, ", incomplete(5, Expected::Token)),
    ];
    for (header, error) in cases {
        assert_eq!(
            all(header),
            Err(error),
            "{:?}",
            String::from_utf8_lossy(header)
        );
        assert_eq!(
            ReasonValue::parse_one(header),
            Err(error),
            "{:?}",
            String::from_utf8_lossy(header)
        );
    }
    assert_eq!(
        all(b"SIP;location=\"x\""),
        Err(unexpected(13, b'"', Expected::Token))
    );
    assert_eq!(
        all(b"SIP;x=,"),
        Err(unexpected(6, b',', Expected::ParamValue))
    );
}

#[test]
fn the_iterator_stops_after_an_error() {
    let mut values = ReasonValues::new(b"SIP;cause=200, ;x, Q.850");
    assert!(values.next().unwrap().is_ok());
    assert_eq!(
        values.next(),
        Some(Err(unexpected(15, b';', Expected::Token)))
    );
    assert_eq!(values.next(), None);
}

#[test]
fn parse_one_refuses_a_list() {
    assert_eq!(
        ReasonValue::parse_one(b"SIP;cause=200 , Q.850"),
        Err(unexpected(14, b',', Expected::End))
    );
}

#[test]
fn written_from_a_code() {
    assert_eq!(
        ReasonValue::sip(StatusCode::BUSY_HERE).to_string(),
        r#"SIP;cause=486;text="Busy Here""#
    );
    for entry in entries() {
        let value = ReasonValue::sip(entry.code());
        let written = value.to_string();
        let back = ReasonValue::parse_one(written.as_bytes()).unwrap();
        assert_eq!(back, value, "{written}");
        assert_eq!(back.status_code(), Some(entry.code()));
        assert_eq!(back.text().unwrap().as_str(), Some(entry.phrase()));
    }
    let unknown = StatusCode::from_u16(699).unwrap();
    assert_eq!(
        ReasonValue::sip(unknown).to_string(),
        r#"SIP;cause=699;text="Global Failure""#
    );
}

#[test]
fn written_from_parts_with_quoting_done_right() {
    let params = [
        Param::new("x-id", Some("\"a b\"")).unwrap(),
        Param::new("flag", None).unwrap(),
    ];
    let value = ReasonValue::new("Q.850")
        .unwrap()
        .with_cause(17)
        .with_text(ReasonText::new("say \"busy\" \\ now\x07").unwrap())
        .with_location("LN")
        .unwrap()
        .with_params(&params);
    let written = value.to_string();
    assert_eq!(
        written,
        r#"Q.850;cause=17;text="say \"busy\" \\ now\"#.to_owned()
            + "\x07"
            + r#"";location=LN;x-id="a b";flag"#
    );
    let back = ReasonValue::parse_one(written.as_bytes()).unwrap();
    assert_eq!(back, value);
    assert_eq!(back.text().unwrap().to_string(), "say \"busy\" \\ now\x07");

    assert_eq!(
        ReasonText::new("a\nb"),
        Err(unexpected(1, b'\n', Expected::QuotedText))
    );
    assert_eq!(
        ReasonValue::new("SIP;x"),
        Err(unexpected(3, b';', Expected::End))
    );
    assert_eq!(ReasonValue::new(""), Err(incomplete(0, Expected::Token)));
    assert!(Param::new("x", Some("a b")).is_err());
    assert!(Param::new("x", Some("\"open")).is_err());
}

#[test]
fn random_texts_round_trip() {
    const PIECES: [&str; 12] = [
        "a", "Z", " ", "\t", "\"", "\\", "é", "好", ",", ";", "=", "\x1b",
    ];
    let mut rng = Lcg(11);
    for _ in 0..5000 {
        let mut text = String::new();
        for _ in 0..rng.next() % 10 {
            text.push_str(PIECES[rng.next() as usize % PIECES.len()]);
        }
        let value = ReasonValue::new("SIP")
            .unwrap()
            .with_cause(rng.next())
            .with_text(ReasonText::new(&text).unwrap());
        let header = format!("{value}, {value}");
        let back = all(header.as_bytes()).unwrap();
        assert_eq!(back, [value, value], "{header}");
        assert_eq!(back[0].text().unwrap().to_cow(), text);
    }
}

#[test]
fn errors_read_well() {
    assert_eq!(
        ReasonValue::parse_one(b"SIP;text=x")
            .unwrap_err()
            .to_string(),
        "Reason header has byte 0x78 at offset 9: expected '\"'"
    );
    assert_eq!(
        ReasonValue::parse_one(b"SIP;cause=1;cause=1")
            .unwrap_err()
            .to_string(),
        "Reason header repeats the parameter at offset 12"
    );
}
