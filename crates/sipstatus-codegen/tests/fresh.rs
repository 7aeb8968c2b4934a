//! Every committed generated file equals what the table gives now.

use std::{fs, path::Path};

#[test]
fn committed_artefacts_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut stale = Vec::new();
    for artefact in sipstatus_codegen::artefacts() {
        let committed = fs::read_to_string(root.join(artefact.path)).unwrap_or_default();
        if committed != artefact.contents {
            stale.push(artefact.path);
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale: {stale:?}; run `{}` and commit the result",
        sipstatus_codegen::REGENERATE
    );
}

#[test]
fn every_artefact_starts_with_the_do_not_edit_banner() {
    for artefact in sipstatus_codegen::artefacts() {
        let first = artefact.contents.lines().next().unwrap_or_default();
        assert!(
            first.contains(sipstatus_codegen::REGENERATE) && first.contains("do not edit"),
            "{} lacks the banner: {first}",
            artefact.path
        );
    }
}
