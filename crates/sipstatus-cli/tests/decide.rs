//! `sipstatus fork`, `sipstatus check-headers`, and the header obligations
//! in `explain` and the JSON export.

use std::process::{Command, Output};

use serde_json::Value;
use sipstatus::entries;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sipstatus"))
        .args(args)
        .output()
        .expect("the command runs")
}

fn text(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn the_export_carries_every_header_rule() {
    let output = run(&["list", "--format", "json"]);
    assert!(output.status.success());
    let json: Value = serde_json::from_str(&text(&output)).unwrap();
    for (row, entry) in json.as_array().unwrap().iter().zip(entries()) {
        let rules = row["header_rules"].as_array().unwrap();
        assert_eq!(rules.len(), entry.header_rules().len(), "{}", entry.code());
        for (got, rule) in rules.iter().zip(entry.header_rules()) {
            assert_eq!(
                *got,
                serde_json::json!({
                    "header": rule.header(),
                    "level": rule.level().name(),
                    "reference": rule.reference(),
                    "condition": rule.condition(),
                })
            );
        }
    }
}

#[test]
fn explain_lists_the_header_obligations() {
    let out = text(&run(&["405"]));
    assert!(
        out.contains("  headers   MUST Allow (RFC 3261 §21.4.6)\n"),
        "{out}"
    );
    let out = text(&run(&["413"]));
    assert!(
        out.contains("SHOULD Retry-After, if the condition is temporary (RFC 3261 §21.4.11)"),
        "{out}"
    );
    assert!(!text(&run(&["403"])).contains("headers"));
    assert!(
        text(&run(&["407"])).contains(
            "  RFC 6076  INVITE: SER denominator, SEER denominator, ISA denominator; REGISTER: IRA denominator\n"
        )
    );
    assert!(
        text(&run(&["302"])).contains(
            "  RFC 6076  INVITE: SER excluded, SEER excluded, ISA denominator; REGISTER: IRA denominator\n"
        )
    );
    assert!(!text(&run(&["183"])).contains("RFC 6076"));
    assert!(text(&run(&["405", "--lang", "de"])).contains("  Header      MUST Allow"));
    assert!(
        text(&run(&["413", "--lang", "de"]))
            .contains("SHOULD Retry-After, wenn der Zustand vorübergehend ist (RFC 3261 §21.4.11)")
    );
}

#[test]
fn fork_chooses_and_explains() {
    let out = text(&run(&["fork", "486", "503", "401"]));
    assert!(
        out.starts_with("401 Unauthorized\n  rule       preferred"),
        "{out}"
    );
    assert!(out.contains("forwards   branch 3"), "{out}");
    assert!(out.contains("aggregate"), "{out}");
    let out = text(&run(&["fork", "503"]));
    assert!(
        out.starts_with("500 Server Internal Error\n  rule       unavailable-as-500"),
        "{out}"
    );
    assert!(
        out.contains("replaces   branch 1 (503 Service Unavailable)"),
        "{out}"
    );
    let out = text(&run(&["fork"]));
    assert!(
        out.starts_with("408 Request Timeout\n  rule       timeout"),
        "{out}"
    );
    assert!(out.contains("generated  by the proxy"), "{out}");
    let out = text(&run(&["fork", "486", "603"]));
    assert!(out.contains("cancel the pending branches"), "{out}");
    let out = text(&run(&["fork", "--method", "OPTIONS", "408"]));
    assert!(out.starts_with("no response"), "{out}");
}

#[test]
fn check_headers_exits_1_for_a_broken_rule() {
    let bad = run(&["check-headers", "401", "Via", "To"]);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        text(&bad),
        "401 MUST carry WWW-Authenticate (RFC 3261 §22.2)\n"
    );
    let good = run(&["check-headers", "305", "m"]);
    assert_eq!(good.status.code(), Some(0));
    assert_eq!(text(&good), "ok\n");
}

#[test]
fn bad_arguments_are_one_line_and_exit_2() {
    for args in [
        &["fork", "486", "99"][..],
        &["fork", "abc"][..],
        &["fork", "--method", "IN VITE", "486"][..],
        &["check-headers", "4860"][..],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("sipstatus: "), "{err}");
    }
}
