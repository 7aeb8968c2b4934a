//! `sipstatus q850` and the Q.850 lines of the other commands.

use std::process::{Command, Output};

use serde_json::Value;
use sipstatus::{
    StatusCode,
    q850::{Cause, Profile, disagreements, entries},
};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sipstatus"))
        .args(args)
        .output()
        .expect("the command runs")
}

fn stdout(args: &[&str]) -> String {
    let output = run(args);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn one_line_error(args: &[&str], needle: &str) {
    let output = run(args);
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert!(output.stdout.is_empty());
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("sipstatus: ") && err.contains(needle),
        "{err}"
    );
}

#[test]
fn a_code_shows_the_rfc3398_cause() {
    assert!(stdout(&["486"]).contains("  Q.850     17 User busy (RFC 3398 §8.2.6.1)\n"));
    assert!(stdout(&["409"]).contains("31 Normal, unspecified (RFC 3398 §8.2.6.1, default"));
    assert!(stdout(&["499"]).contains("Q.850     31 Normal, unspecified"));
}

#[test]
fn a_cause_is_explained_with_every_profile() {
    let out = stdout(&["q850", "21"]);
    assert!(out.starts_with("21 Call rejected\n"), "{out}");
    assert!(
        out.contains("rfc3398     403 Forbidden, or 603 Decline (row) [rfc3398-location-user]")
    );
    assert!(out.contains("freeswitch  603 Decline (row)"));
    assert!(out.contains("asterisk    403 Forbidden (row)"));
    let undefined = stdout(&["q850", "45"]);
    assert!(undefined.contains("treated as 47 Resource unavailable, unspecified"));
    assert!(stdout(&["q850", "--lang", "de", "17"]).contains("Der Angerufene"));
}

#[test]
fn bad_input_is_one_line_and_exit_status_2() {
    one_line_error(&["q850", "0"], "1 to 127");
    one_line_error(&["q850", "128"], "1 to 127");
    one_line_error(&["q850", "x"], "not a Q.850 cause");
    one_line_error(&["q850"], "give a cause");
    one_line_error(&["q850", "--mapping", "yate"], "unknown profile");
    one_line_error(&["q850", "--compare", "pbx"], "unknown profile");
    one_line_error(&["q850", "--list", "17"], "cannot be used");
}

#[test]
fn the_cause_table_exports_agree_with_the_core() {
    let json: Value =
        serde_json::from_str(&stdout(&["q850", "--list", "--format", "json"])).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), entries().len());
    for (row, entry) in rows.iter().zip(entries()) {
        assert_eq!(row["cause"], entry.cause().as_u8());
        assert_eq!(row["name"], entry.name());
        assert_eq!(row["reason"], entry.q850_name());
        assert_eq!(row["class"], entry.class().slug());
        for p in Profile::ALL {
            assert_eq!(
                row["to_sip"][p.slug()]["code"],
                entry.cause().to_sip(p).code().as_u16()
            );
        }
    }
    assert_eq!(
        stdout(&["list", "--q850", "--format", "json"]),
        stdout(&["q850", "--list", "--format", "json"])
    );
    let csv = stdout(&["q850", "--list", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 1 + entries().len());
    let md = stdout(&["q850", "--list", "--format", "markdown"]);
    assert!(md.contains("| 17 | User busy | `USER_BUSY` |"));
}

#[test]
fn every_profile_mapping_exports_every_code_and_cause() {
    for p in Profile::ALL {
        let json: Value = serde_json::from_str(&stdout(&[
            "q850",
            "--mapping",
            p.slug(),
            "--format",
            "json",
        ]))
        .unwrap();
        assert_eq!(json["profile"], p.slug());
        let sip = json["sip_to_q850"].as_array().unwrap();
        assert_eq!(sip.len(), 700);
        for row in sip {
            let code = StatusCode::from_u16(row["code"].as_u64().unwrap() as u16).unwrap();
            let m = code.to_q850(p);
            assert_eq!(row["cause"], m.value().as_u16());
            assert_eq!(row["basis"], m.basis().slug());
        }
        let causes = json["q850_to_sip"].as_array().unwrap();
        assert_eq!(causes.len(), 127);
        for row in causes {
            let cause = Cause::from_u16(row["cause"].as_u64().unwrap() as u16).unwrap();
            assert_eq!(row["code"], cause.to_sip(p).code().as_u16());
        }
    }
}

#[test]
fn compare_lists_each_disagreement_once() {
    let json: Value = serde_json::from_str(&stdout(&[
        "q850",
        "--compare",
        "freeswitch",
        "--format",
        "json",
    ]))
    .unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(
        rows.len(),
        disagreements(Profile::Rfc3398, Profile::FreeSwitch).count()
    );
    assert!(rows.iter().any(|r| r["direction"] == "sip_to_q850"
        && r["from"] == 485
        && r["first"] == 1
        && r["second"] == 3));
    let table = stdout(&["q850", "--compare", "asterisk", "--with", "freeswitch"]);
    assert!(
        table.starts_with("freeswitch against asterisk: "),
        "{table}"
    );
    let same = stdout(&["q850", "--compare", "rfc3398"]);
    assert_eq!(same, "rfc3398 against rfc3398: 0 values differ\n");
}
