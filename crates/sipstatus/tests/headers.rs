//! Header obligations per code and the response linter.

use sipstatus::StatusCode;
use sipstatus::headers::{Level, check_headers, compact_form, header_rules};

fn code(n: u16) -> StatusCode {
    StatusCode::from_u16(n).unwrap()
}

fn rules(n: u16) -> Vec<(&'static str, Level, &'static str)> {
    code(n)
        .header_rules()
        .iter()
        .map(|r| (r.header(), r.level(), r.reference()))
        .collect()
}

/// Written out from the RFC texts, independently of the rows.
#[test]
fn the_obligations_each_rfc_states() {
    use Level::*;
    // RFC 6228 §5 (a UAS) and §6 (a proxy): a 199 carries a Reason with the
    // code that ended the early dialog.
    assert_eq!(rules(199), [("Reason", Must, "RFC 6228 §6")]);
    // RFC 3261 §13.3.1.4 (a 2xx to an INVITE), §12.1.1 (a 2xx that
    // establishes a dialog), §10.3 step 8 (a registrar's 200) and §11.2 (a
    // 200 to an OPTIONS).
    assert_eq!(
        rules(200),
        [
            ("Allow", Should, "RFC 3261 §13.3.1.4"),
            ("Allow", Should, "RFC 3261 §11.2"),
            ("Contact", Must, "RFC 3261 §12.1.1"),
            ("Contact", Must, "RFC 3261 §10.3"),
            ("Supported", Should, "RFC 3261 §13.3.1.4"),
            ("Supported", Should, "RFC 3261 §11.2"),
            ("Accept", May, "RFC 3261 §13.3.1.4"),
            ("Accept", Should, "RFC 3261 §11.2"),
            ("Accept-Encoding", Should, "RFC 3261 §11.2"),
            ("Accept-Language", Should, "RFC 3261 §11.2"),
            ("Date", Should, "RFC 3261 §10.3"),
        ]
    );
    // RFC 3261 §21.3.1: a 300 lists its choices in Contact, whatever the
    // method; §13.3.1.2 asks the same of 301 and 302 to an INVITE.
    assert_eq!(rules(300), [("Contact", Should, "RFC 3261 §21.3.1")]);
    for n in [301, 302] {
        assert_eq!(rules(n), [("Contact", Should, "RFC 3261 §13.3.1.2")], "{n}");
    }
    assert_eq!(rules(305), [("Contact", Must, "RFC 3261 §21.3.4")]);
    assert_eq!(rules(401), [("WWW-Authenticate", Must, "RFC 3261 §22.2")]);
    assert_eq!(rules(407), [("Proxy-Authenticate", Must, "RFC 3261 §22.3")]);
    assert_eq!(rules(405), [("Allow", Must, "RFC 3261 §21.4.6")]);
    assert_eq!(
        rules(415),
        [
            ("Accept", Must, "RFC 3261 §8.2.3"),
            ("Accept-Encoding", Must, "RFC 3261 §8.2.3"),
            ("Accept-Language", Must, "RFC 3261 §8.2.3"),
        ]
    );
    // RFC 4412 §4.6.2: by local policy.
    assert_eq!(
        rules(417),
        [("Accept-Resource-Priority", May, "RFC 4412 §4.6.2")]
    );
    assert_eq!(rules(420), [("Unsupported", Must, "RFC 3261 §21.4.15")]);
    // RFC 3329 §2.3.2: a server whose policy requires the agreement answers
    // 421 with its Security-Server list.
    assert_eq!(
        rules(421),
        [
            ("Require", Must, "RFC 3261 §21.4.16"),
            ("Security-Server", Must, "RFC 3329 §2.3.2"),
        ]
    );
    assert_eq!(rules(422), [("Min-SE", Must, "RFC 4028 §6")]);
    assert_eq!(rules(423), [("Min-Expires", Must, "RFC 3261 §10.3")]);
    assert_eq!(rules(424), [("Geolocation-Error", Must, "RFC 6442 §4.3")]);
    assert_eq!(rules(469), [("Recv-Info", Must, "RFC 6086 §4.2.2")]);
    assert_eq!(
        rules(470),
        [("Permission-Missing", Should, "RFC 5360 §5.9.2")]
    );
    assert_eq!(rules(488), [("Warning", Should, "RFC 3261 §13.3.1.3")]);
    // RFC 3329 §2.3.1: the server's list always; §2.3.2: Require with
    // sec-agree when the server started the agreement; §2.3.1: what the
    // client needs to start the mechanism, a Digest challenge for Digest.
    assert_eq!(
        rules(494),
        [
            ("Security-Server", Must, "RFC 3329 §2.3.1"),
            ("Require", Must, "RFC 3329 §2.3.2"),
            ("Proxy-Authenticate", Must, "RFC 3329 §2.3.1"),
        ]
    );
    assert_eq!(rules(606), [("Warning", May, "RFC 3261 §21.6.4")]);
    assert_eq!(rules(608), [("Call-Info", Should, "RFC 8688")]);
    // RFC 3261 §20.33 and §21: Retry-After with these codes.
    for n in [404, 480, 486, 500, 503, 600, 603] {
        let r = rules(n);
        assert_eq!((r.len(), r[0].0, r[0].1), (1, "Retry-After", May), "{n}");
    }
    assert_eq!(rules(413), [("Retry-After", Should, "RFC 3261 §21.4.11")]);
    assert!(rules(403).is_empty() && rules(425).is_empty() && rules(499).is_empty());
}

#[test]
fn conditions_that_depend_on_the_request_are_written_out() {
    let condition = |n: u16, header: &str| -> &'static str {
        code(n)
            .header_rules()
            .iter()
            .find(|r| r.header() == header)
            .unwrap()
            .condition()
    };
    // Every row of a 200 depends on the request's method.
    assert!(code(200).header_rules().iter().all(|r| !r.is_checked()));
    let options: Vec<&str> = code(200)
        .header_rules()
        .iter()
        .filter(|r| r.condition().contains("OPTIONS"))
        .map(|r| r.header())
        .collect();
    assert_eq!(
        options,
        [
            "Allow",
            "Supported",
            "Accept",
            "Accept-Encoding",
            "Accept-Language"
        ]
    );
    assert_eq!(
        condition(200, "Contact"),
        "in a response that establishes a dialog, as to an INVITE"
    );
    assert_eq!(
        condition(421, "Security-Server"),
        "if the server's policy requires the security agreement"
    );
    assert_eq!(
        condition(488, "Warning"),
        "when it rejects the offer of an INVITE"
    );
    assert_eq!(
        condition(494, "Require"),
        "if the server started the agreement itself"
    );
    assert_eq!(
        condition(494, "Proxy-Authenticate"),
        "if HTTP Digest is the mechanism the client will choose"
    );
    for (n, header) in [
        (199, "Reason"),
        (300, "Contact"),
        (424, "Geolocation-Error"),
    ] {
        assert_eq!(condition(n, header), "", "{n} {header}");
    }
}

#[test]
fn every_rule_belongs_to_a_code_of_the_table_and_cites_an_rfc() {
    for rule in header_rules() {
        let entry = rule
            .code()
            .entry()
            .unwrap_or_else(|| panic!("{rule}: no entry"));
        assert!(std::ptr::eq(
            entry.header_rules(),
            rule.code().header_rules()
        ));
        let reference = rule.reference();
        let number = reference
            .strip_prefix("RFC ")
            .unwrap_or_else(|| panic!("{reference}"));
        let (rfc, section) = number.split_once(' ').unwrap_or((number, ""));
        assert!(rfc.chars().all(|c| c.is_ascii_digit()), "{reference}");
        assert!(
            section.is_empty() || section.starts_with('§'),
            "{reference}"
        );
        assert!(
            !rule.header().is_empty() && !rule.header().contains(' '),
            "{rule}"
        );
        assert_eq!(
            sipstatus::__ffi::rule_header(rule).to_str(),
            Ok(rule.header())
        );
        assert_eq!(
            sipstatus::__ffi::rule_reference(rule).to_str(),
            Ok(rule.reference())
        );
        assert_eq!(
            sipstatus::__ffi::rule_condition(rule).to_str(),
            Ok(rule.condition())
        );
    }
}

#[test]
fn the_linter_reports_missing_must_and_should_rules() {
    let broken = |n: u16, names: &[&str]| -> Vec<&'static str> {
        check_headers(code(n), names).map(|r| r.header()).collect()
    };
    assert_eq!(
        broken(401, &["Via", "From", "To", "Call-ID", "CSeq"]),
        ["WWW-Authenticate"]
    );
    assert!(broken(401, &["WWW-AUTHENTICATE"]).is_empty());
    assert!(broken(401, &["  www-authenticate\t"]).is_empty());
    assert_eq!(broken(401, &["Proxy-Authenticate"]), ["WWW-Authenticate"]);
    assert_eq!(broken(470, &[]), ["Permission-Missing"]); // a SHOULD
    assert_eq!(broken(494, &["Require"]), ["Security-Server"]);
    assert_eq!(broken(424, &[]), ["Geolocation-Error"]);
    assert_eq!(broken(199, &["To"]), ["Reason"]);
    assert_eq!(broken(300, &[]), ["Contact"]);
    assert_eq!(broken(608, &["Call-Info-X"]), ["Call-Info"]);
    assert!(broken(305, &["M"]).is_empty()); // compact Contact
    assert_eq!(broken(305, &["c"]), ["Contact"]); // c is Content-Type
    // MAY rules and conditional rules are never reported.
    assert!(broken(486, &[]).is_empty());
    assert!(broken(413, &[]).is_empty());
    assert!(broken(415, &[]).is_empty());
    assert!(broken(302, &[]).is_empty());
    assert!(broken(200, &[]).is_empty());
    assert!(broken(488, &[]).is_empty());
    assert!(broken(417, &[]).is_empty());
    // Codes without obligations break none.
    assert!(broken(403, &[]).is_empty());
    // Bytes are accepted too, and bytes that are not UTF-8 match nothing.
    let bytes: [&[u8]; 2] = [b"\xff", b"allow"];
    assert_eq!(check_headers(code(405), &bytes).count(), 0);
}

#[test]
fn compact_forms_are_the_registered_ones() {
    let pairs = [
        ('a', "Accept-Contact"),
        ('b', "Referred-By"),
        ('c', "Content-Type"),
        ('d', "Request-Disposition"),
        ('e', "Content-Encoding"),
        ('f', "From"),
        ('i', "Call-ID"),
        ('j', "Reject-Contact"),
        ('k', "Supported"),
        ('l', "Content-Length"),
        ('m', "Contact"),
        ('n', "Identity-Info"),
        ('o', "Event"),
        ('r', "Refer-To"),
        ('s', "Subject"),
        ('t', "To"),
        ('u', "Allow-Events"),
        ('v', "Via"),
        ('x', "Session-Expires"),
        ('y', "Identity"),
    ];
    for byte in 0..=255u8 {
        let expected = pairs
            .iter()
            .find(|(c, _)| *c == byte.to_ascii_lowercase() as char)
            .map(|(_, full)| *full);
        assert_eq!(compact_form(byte), expected, "{:?}", byte as char);
    }
}

#[test]
fn rules_read_as_sentences() {
    let rule = &code(415).header_rules()[1];
    assert_eq!(
        rule.to_string(),
        "415 MUST carry Accept-Encoding if the request had a content encoding the server does \
         not understand (RFC 3261 §8.2.3)"
    );
    assert_eq!(Level::ALL.map(Level::name), ["MUST", "SHOULD", "MAY"]);
    for level in Level::ALL {
        assert_eq!(
            sipstatus::__ffi::level_name(level).to_str(),
            Ok(level.name())
        );
    }
}
