//! `sipstatus scan` as a person and a tool use it.

/// The capture writers of sipstatus-scan's tests (a link to their file).
mod support;

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
};

use serde_json::Value;
use support::*;

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sipstatus"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command runs");
    let mut input = child.stdin.take().expect("stdin");
    input
        .write_all(stdin.unwrap_or_default())
        .expect("writes stdin");
    drop(input);
    child.wait_with_output().expect("the command ends")
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON output")
}

/// A directory of captures: two pcaps, a gzip pcapng in a subdirectory and
/// a text log.
fn captures(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("sipstatus-cli-scan-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("a.pcap"),
        pcap(1, &calls_udp(3, "200 OK"), false, false),
    )
    .unwrap();
    std::fs::write(
        dir.join("b.pcap"),
        pcap(113, &calls_udp(2, "486 Busy Here"), true, true),
    )
    .unwrap();
    let ng: Vec<(usize, Vec<u8>)> = call(7, "499 Whatever")
        .iter()
        .map(|m| (0, udp4(m)))
        .collect();
    std::fs::write(dir.join("sub/c.pcapng.gz"), gzip(&pcapng(&[1], &ng))).unwrap();
    std::fs::write(
        dir.join("sub/d.log"),
        "x SIP/2.0 180 Ringing\nx SIP/2.0 488 \n",
    )
    .unwrap();
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn json_follows_the_documented_schema() {
    let dir = captures("schema");
    let out = json(&run(&["scan", "--format", "json", s(&dir)], None));
    assert_eq!(out["responses"], 3 * 3 + 2 * 3 + 3 + 2);
    assert_eq!(out["answers"]["INVITE"]["486"], 2);
    let codes = out["codes"].as_array().unwrap();
    let order: Vec<u64> = codes.iter().map(|c| c["code"].as_u64().unwrap()).collect();
    assert_eq!(order, [100, 180, 200, 486, 488, 499]);
    let row = |code: u64| codes.iter().find(|c| c["code"] == code).unwrap();
    assert_eq!(row(486)["reason"], "Busy Here");
    assert_eq!(row(486)["class"], "client-error");
    assert_eq!(row(486)["count"], 2);
    assert_eq!(row(486)["phrases"]["Busy Here"], 2);
    assert_eq!(row(488)["phrases"][""], 1);
    assert_eq!(row(499)["reason"], Value::Null);
    assert_eq!(row(499)["treated_as"], 400);
    assert_eq!(out["requests"]["INVITE"], 6);
    assert_eq!(out["transactions"]["INVITE"]["200"], 3);
    assert_eq!(out["metrics"]["ser"], 50.0);
    assert_eq!(out["metrics"]["ira"], Value::Null);
    assert_eq!(out["skipped"]["not-sip"], 0);
    assert_eq!(out["input"]["files"], 4);
    let keys: Vec<&str> = out
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in ["responses", "codes", "requests", "metrics", "skipped"] {
        assert!(keys.contains(&key), "{key} in {keys:?}");
    }
}

#[test]
fn parallel_scans_merge_to_the_same_report() {
    let dir = captures("parallel");
    let one = run(&["scan", "--format", "json", "-j", "1", s(&dir)], None);
    let four = run(&["scan", "--format", "json", "-j", "4", s(&dir)], None);
    assert_eq!(json(&one), json(&four));
}

#[test]
fn stdin_is_read_with_a_dash() {
    let file = pcap(1, &calls_udp(2, "603 Decline"), false, false);
    let out = json(&run(&["scan", "--format", "json", "-"], Some(&file)));
    assert_eq!(out["codes"][2]["code"], 603);
    assert_eq!(out["input"]["bytes"], file.len());
}

#[test]
fn the_table_fits_and_says_what_was_seen() {
    let dir = captures("table");
    let out = run(&["scan", s(&dir)], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("20 responses, 12 requests in 4 inputs"),
        "{text}"
    );
    assert!(text.contains(" 499  (unknown, as 400)"), "{text}");
    assert!(text.contains("\"Busy Here\" 2"), "{text}");
    assert!(text.contains("metrics       SER 50.0%"), "{text}");
}

#[test]
fn csv_has_a_row_per_code_and_phrase() {
    let out = run(
        &["scan", "--format", "csv", "-"],
        Some(b"SIP/2.0 486 Busy Here\nSIP/2.0 486 Busy, here\n"),
    );
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "code,reason,class,treated_as,phrase,count\n\
         486,Busy Here,client-error,486,Busy Here,1\n\
         486,Busy Here,client-error,486,\"Busy, here\",1\n"
    );
}

#[test]
fn a_bad_input_is_one_line_and_a_failure() {
    let dir = captures("bad");
    std::fs::write(dir.join("z.bin"), b"\x00\x01\x02\x03binary").unwrap();
    let out = run(&["scan", "--format", "json", s(&dir)], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("sipstatus: ") && err.contains("z.bin: not a capture"),
        "{err}"
    );

    let missing = dir.join("missing.pcap");
    let out = run(&["scan", s(&missing)], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("missing.pcap: cannot read it"), "{err}");

    // --keep-going: the other files' counts, and still a failure.
    let out = run(
        &[
            "scan",
            "--keep-going",
            "--format",
            "json",
            s(&dir),
            s(&missing),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 2);
    let counts: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(counts["responses"], 20);
    assert_eq!(counts["input"]["files"], 4);
}

#[test]
fn strict_and_usage_errors() {
    let text = b"SIP/2.0 200\r\nSIP/2.0 200 OK\r\n";
    let out = json(&run(
        &["scan", "--strict", "--format", "json", "-"],
        Some(text),
    ));
    assert_eq!(out["responses"], 1);
    assert_eq!(out["skipped"]["malformed"], 1);
    let out = run(&["scan", "--format", "xml", "-"], Some(b""));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected table, json or csv"));
    let out = run(&["scan"], None);
    assert_eq!(out.status.code(), Some(2));
}
