//! `sipstatus scan` on the committed traffic fixtures: every capture and log
//! in `tests/traffic/sipp` (recorded from SIPp) and `tests/traffic/gen`
//! (generated for each front end) must give the report its `expected.json`
//! names. The counts there come from the scenarios that made the files, not
//! from the scanner; `make test-traffic` runs the same comparison on a fresh
//! SIPp recording and checks tshark against the same counts.

use std::{
    fs,
    path::{Path, PathBuf},
    process::Command,
};

use serde_json::{Map, Value};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/traffic")
}

fn scan(path: &Path) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_sipstatus"))
        .args(["scan", "--format", "json"])
        .arg(path)
        .output()
        .expect("the command runs");
    assert!(
        output.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON on stdout")
}

/// Every way `got` departs from the parts of the report that `want` names.
fn differences(name: &str, want: &Map<String, Value>, got: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["responses", "requests"] {
        if let Some(w) = want.get(key)
            && &got[key] != w
        {
            out.push(format!("{name}: {key} {}, expected {w}", got[key]));
        }
    }
    if let Some(Value::Array(codes)) = want.get("codes") {
        let mut seen: Vec<&Value> = got["codes"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        for w in codes {
            let Some(at) = seen.iter().position(|g| g["code"] == w["code"]) else {
                out.push(format!("{name}: code {} missing", w["code"]));
                continue;
            };
            let g = seen.remove(at);
            for (key, value) in w.as_object().expect("code entries are objects") {
                if &g[key] != value {
                    out.push(format!(
                        "{name}: code {} {key} {}, expected {value}",
                        w["code"], g[key]
                    ));
                }
            }
            if g["other_phrases"].as_u64().unwrap_or(0) != 0 {
                out.push(format!("{name}: code {} has uncounted phrases", w["code"]));
            }
        }
        for g in seen {
            out.push(format!(
                "{name}: code {} seen {} times, expected none",
                g["code"], g["count"]
            ));
        }
    }
    if let Some(Value::Object(metrics)) = want.get("metrics") {
        for (key, w) in metrics {
            let g = &got["metrics"][key];
            let same = match (w.as_f64(), g.as_f64()) {
                (Some(w), Some(g)) => (w - g).abs() <= 0.01,
                (None, None) => w.is_null() && g.is_null(),
                _ => false,
            };
            if !same {
                out.push(format!("{name}: metric {key} {g}, expected {w}"));
            }
        }
    }
    if let Some(Value::Object(skipped)) = want.get("skipped") {
        let got_skipped: Map<String, Value> = got["skipped"]
            .as_object()
            .map(|m| {
                m.iter()
                    .filter(|(_, n)| n.as_u64() != Some(0))
                    .map(|(k, n)| (k.clone(), n.clone()))
                    .collect()
            })
            .unwrap_or_default();
        if &got_skipped != skipped {
            out.push(format!(
                "{name}: skipped {got_skipped:?}, expected {skipped:?}"
            ));
        }
    }
    out
}

fn check(dir: &str) {
    let dir = fixtures().join(dir);
    let text = fs::read_to_string(dir.join("expected.json")).expect("expected.json");
    let expected: Map<String, Value> =
        serde_json::from_str(&text).expect("expected.json is an object");
    assert!(!expected.is_empty());
    let mut all = Vec::new();
    for (name, want) in &expected {
        let want = want.as_object().expect("each file's report is an object");
        all.extend(differences(name, want, &scan(&dir.join(name))));
    }
    assert!(
        all.is_empty(),
        "{} differences:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn sipp_recordings_give_the_counts_of_their_scenario() {
    check("sipp");
}

#[test]
fn every_front_end_gives_the_counts_of_the_generated_exchange() {
    check("gen");
}

#[test]
fn a_departure_from_the_expected_report_is_found() {
    // The comparison itself must be able to fail: one count off, one phrase
    // renamed, one unexpected code, one metric off, one skip reason more.
    let want: Map<String, Value> = serde_json::from_str(
        r#"{"responses": 2, "codes": [{"code": 500, "count": 2, "phrases": {"Internal Server Error": 2}}],
            "metrics": {"ser": 50.0}, "skipped": {}}"#,
    )
    .unwrap();
    let got: Value = serde_json::from_str(
        r#"{"responses": 3, "codes": [{"code": 500, "count": 2, "phrases": {"Server Internal Error": 2}},
            {"code": 699, "count": 1}], "metrics": {"ser": 49.0}, "skipped": {"not-sip": 1, "malformed": 0}}"#,
    )
    .unwrap();
    let found = differences("f", &want, &got);
    assert_eq!(found.len(), 5, "{found:#?}");
    assert!(differences("f", &want, &serde_json::from_str(
        r#"{"responses": 2, "codes": [{"code": 500, "count": 2, "phrases": {"Internal Server Error": 2}, "other_phrases": 0}],
            "metrics": {"ser": 50.004}, "skipped": {"not-sip": 0}}"#).unwrap()).is_empty());
}
