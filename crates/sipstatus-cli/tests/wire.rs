//! `sipstatus explain "SIP/2.0 ..."` and `sipstatus reason ...`: text from
//! the wire, for people and, in JSON, for tools.

use std::process::{Command, Output};

use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sipstatus"))
        .args(args)
        .output()
        .expect("the command runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn one_line_error(output: &Output) -> String {
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let err = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.starts_with("sipstatus: "), "{err:?}");
    err
}

#[test]
fn a_whole_status_line_is_recognised() {
    for args in [
        &["explain", "SIP/2.0 480 Temporarily not available"][..],
        &["SIP/2.0 480 Temporarily not available"],
        &[
            "explain",
            "SIP/2.0",
            "480",
            "Temporarily",
            "not",
            "available",
        ],
    ] {
        let text = stdout(&run(args));
        assert!(
            text.starts_with("SIP/2.0 480 Temporarily not available\n  phrase     an alias"),
            "{text}"
        );
        assert!(text.contains("480 Temporarily Unavailable\n"), "{text}");
        assert!(text.contains("TEMPORARILY_UNAVAILABLE"), "{text}");
    }
    let custom = stdout(&run(&["explain", "SIP/2.0 486 Out to lunch"]));
    assert!(
        custom.contains("a custom phrase; registered is \"Busy Here\""),
        "{custom}"
    );
    let german = stdout(&run(&["explain", "SIP/2.0 486 Busy Here", "--lang", "de"]));
    assert!(german.contains("der registrierte Text"), "{german}");
}

#[test]
fn a_status_line_in_json() {
    let text = stdout(&run(&[
        "explain",
        "--format",
        "json",
        "SIP/2.0 480 Temporarily not available",
    ]));
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["version"], "SIP/2.0");
    assert_eq!(doc["code"], 480);
    assert_eq!(doc["reason"], "Temporarily not available");
    assert_eq!(doc["phrase_kind"], "alias");
    assert_eq!(doc["canonical"], 480);
    assert_eq!(doc["entry"]["name"], "TEMPORARILY_UNAVAILABLE");
    let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 6);

    let unknown: Value = serde_json::from_str(&stdout(&run(&[
        "explain",
        "--format",
        "json",
        "SIP/2.0 499 x",
    ])))
    .unwrap();
    assert_eq!(unknown["entry"], Value::Null);
    assert_eq!(unknown["canonical"], 400);
    assert_eq!(unknown["phrase_kind"], "custom");

    // A code in JSON is its row of `list --format json`.
    let row: Value =
        serde_json::from_str(&stdout(&run(&["explain", "--format", "json", "486"]))).unwrap();
    assert_eq!(row[0]["reason"], "Busy Here");
}

#[test]
fn reason_values_are_explained() {
    let text = stdout(&run(&[
        "reason",
        r#"SIP;cause=480;text="Temporarily Unavailable", Q.850;cause=18;location=LN"#,
    ]));
    assert!(
        text.contains("cause      480 Temporarily Unavailable (4xx Client Error)"),
        "{text}"
    );
    assert!(
        text.contains("text       Temporarily Unavailable"),
        "{text}"
    );
    assert!(
        text.contains("cause      18 No user responding\n"),
        "{text}"
    );
    assert!(text.contains("location   LN"), "{text}");

    let lines = stdout(&run(&["reason", "Reason: SIP;cause=487", "STIR;cause=438"]));
    assert!(lines.contains("487 Request Terminated"), "{lines}");
    assert!(lines.contains("protocol   STIR"), "{lines}");
}

#[test]
fn reason_values_in_json() {
    let text = stdout(&run(&[
        "reason",
        "--format",
        "json",
        r#"SIP;cause=486;text="say \"busy\"";x=1;flag, Q.850;cause=18"#,
    ]));
    let doc: Value = serde_json::from_str(&text).unwrap();
    let values = doc.as_array().unwrap();
    assert_eq!(values.len(), 2);
    assert_eq!(values[0]["protocol"], "SIP");
    assert_eq!(values[0]["cause"], 486);
    assert_eq!(values[0]["text"], "say \"busy\"");
    assert_eq!(
        values[0]["params"],
        serde_json::json!([["x", "1"], ["flag", null]])
    );
    assert_eq!(values[0]["entry"]["code"], 486);
    assert_eq!(values[1]["entry"], Value::Null);
    assert_eq!(values[1]["location"], Value::Null);
    assert_eq!(values[1]["value"], "Q.850;cause=18");
}

#[test]
fn bad_wire_text_is_one_line_and_status_1() {
    let err = one_line_error(&run(&["explain", "SIP/2.0 4x6 Busy"]));
    assert!(err.contains("offset 9"), "{err}");
    let err = one_line_error(&run(&["reason", "SIP;cause=abc"]));
    assert!(err.contains("offset 10"), "{err}");
    let usage = run(&["reason", "SIP", "--format", "yaml"]);
    assert_eq!(usage.status.code(), Some(2));
}
